"""Intake: incoming request files (e-mail, Outlook, portal, scanned letter, signed .edoc) as
plain data.

No database and no Qt: the case services turn an `IncomingRequest` into a case.
"""

from smarttek_dsar.intake.detect import parse_incoming_file
from smarttek_dsar.intake.email_file import parse_eml
from smarttek_dsar.intake.incoming import IncomingAttachment, IncomingRequest, IntakeError
from smarttek_dsar.intake.outlook_msg import parse_msg
from smarttek_dsar.intake.portal_json import parse_portal_request
from smarttek_dsar.intake.scanned_letter import parse_scanned_letter
from smarttek_dsar.intake.signed_request import parse_signed_request

__all__ = [
    "IncomingAttachment",
    "IncomingRequest",
    "IntakeError",
    "parse_eml",
    "parse_incoming_file",
    "parse_msg",
    "parse_portal_request",
    "parse_scanned_letter",
    "parse_signed_request",
]
