"""The privacy-mailbox and sending tests run against real servers (tests/mail_servers.py)."""

from tests.mail_servers import dovecot, smtp_server  # noqa: F401 - fixtures
