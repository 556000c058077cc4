"""Mail held at intake because it is not a request (intake/non_request.py): a bounce, an
auto-reply, a newsletter, ... kept whole until the DPO dismisses it or imports it as a request.

The raw message is personal data (it may be a real person's mail after all): it is deleted
when the DPO decides, and the row stays as the record of that decision without it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from smarttek_dsar.storage.base import Base
from smarttek_dsar.storage.blob_slices import write_in_slices

HELD = "held"
DISMISSED = "dismissed"
IMPORTED = "imported"


class HeldMessage(Base):
    __tablename__ = "held_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(20), index=True)  # held | dismissed | imported
    kind: Mapped[str] = mapped_column(String(30))  # NotARequest.kind
    reason: Mapped[str] = mapped_column(Text)  # in words, no personal data
    held_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # What the mail says about itself (personal data: blanked when the DPO decides).
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    filename: Mapped[str] = mapped_column(String(300), default="")
    sender: Mapped[str] = mapped_column(String(400), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    # Deferred: the list never loads the mails themselves.
    raw: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    case_number: Mapped[str | None] = mapped_column(String(20))  # when imported as a request


# A held 96 MB .msg is written in slices on SQLite: the decision columns after `raw` are empty
# when it is held (storage/blob_slices.py).
write_in_slices(HeldMessage, "raw")
