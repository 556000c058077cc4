"""The privacy mailbox (requests fetched over IMAP) and answers sent by e-mail (SMTP)."""
