"""`smarttek-dsar trust ...`: the certificate authorities signed requests (.edoc) are trusted
against. Administrators only; every change is in the audit trail.

    smarttek-dsar trust list [--json]
    smarttek-dsar trust add CERT.pem
    smarttek-dsar trust remove FINGERPRINT
"""

from __future__ import annotations

from pathlib import Path

from smarttek_dsar.cli.admin_commands import open_services
from smarttek_dsar.cli.output import print_json, print_table
from smarttek_dsar.cli.session import sign_in


def register(commands) -> None:
    p = commands.add_parser(
        "trust", help="the certificate authorities e-signed requests are verified against",
        description="Install the eParaksts CA certificates (none are bundled) after checking "
                    "their fingerprints against the CA's published ones; an .edoc signature "
                    "counts only when its chain ends at one of them.")
    actions = p.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the trusted authorities")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)
    add = actions.add_parser("add", help="trust a CA certificate (PEM or DER file)")
    add.add_argument("certificate", type=Path, metavar="CERT")
    add.set_defaults(handler=cmd_add)
    remove = actions.add_parser("remove", help="stop trusting an authority")
    remove.add_argument("fingerprint", metavar="FINGERPRINT",
                        help="its SHA-256 fingerprint, or at least the first 8 characters")
    remove.set_defaults(handler=cmd_remove)


def cmd_list(args) -> int:
    services = open_services(args)
    anchors = services.trust.list(sign_in(services, args.user))
    if args.json:
        print_json([{"subject": a.subject, "issuer": a.issuer, "sha256": a.sha256,
                     "valid_from": a.not_before.isoformat(),
                     "valid_until": a.not_after.isoformat()} for a in anchors])
        return 0
    if not anchors:
        print("No certificate authority is trusted yet: signed requests cannot be verified. "
              "Add one with `smarttek-dsar trust add CERT.pem`.")
        return 0
    print_table(["SUBJECT", "ISSUER", "VALID UNTIL", "SHA-256"],
                [[a.subject, a.issuer, a.not_after.date().isoformat(), a.sha256]
                 for a in anchors])
    return 0


def cmd_add(args) -> int:
    services = open_services(args)
    anchor = services.trust.add(sign_in(services, args.user), args.certificate)
    print(f"Trusted “{anchor.subject}” (valid until {anchor.not_after.date().isoformat()}), "
          f"SHA-256 {anchor.sha256}.")
    return 0


def cmd_remove(args) -> int:
    services = open_services(args)
    anchor = services.trust.remove(sign_in(services, args.user), args.fingerprint)
    print(f"No longer trusted: “{anchor.subject}”, SHA-256 {anchor.sha256}.")
    return 0
