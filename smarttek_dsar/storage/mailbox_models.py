"""Messages taken from the privacy mailbox (IMAP), so that each is imported once.

A message is known by its mailbox position (folder, UIDVALIDITY, UID): the server promises that
this triple never names another message. The SHA-256 of the Message-ID is kept beside it (the
Message-ID itself is the case's external id, which refuses a second import and which the
retention purge blanks; a Message-ID can carry the sender's address).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smarttek_dsar.storage.base import Base


class MailboxMessage(Base):
    __tablename__ = "mailbox_messages"
    __table_args__ = (
        UniqueConstraint("account", "folder", "uidvalidity", "uid",
                            name="uq_mailbox_messages_position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The mailbox account (user@host) and folder the message was read from.
    account: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[str] = mapped_column(String(300), default="")  # "sha256:<hex>"
    # What the import said: created, duplicate or held (an error is not recorded: the message
    # stays in the folder and is tried again on the next fetch).
    status: Mapped[str] = mapped_column(String(20))
    case_number: Mapped[str | None] = mapped_column(String(20))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Set once the message was moved to the processed folder; a fetch that was cut off after
    # the import moves it next time instead of importing it again.
    moved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
