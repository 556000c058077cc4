"""Messages taken from the privacy mailbox (IMAP), so that each is imported once.

A message is known by its mailbox position (folder, UIDVALIDITY, UID): the server promises that
this triple never names another message. The Message-ID is kept beside it for the DPO; the case
itself already refuses a second import by Message-ID (cases.external_id).
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
    message_id: Mapped[str] = mapped_column(String(300), default="")
    # What the import said: created, duplicate or held (an error is not recorded: the message
    # stays in the folder and is tried again on the next fetch).
    status: Mapped[str] = mapped_column(String(20))
    case_number: Mapped[str | None] = mapped_column(String(20))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Set once the message was moved to the processed folder; a fetch that was cut off after
    # the import moves it next time instead of importing it again.
    moved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
