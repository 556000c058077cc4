"""Today and now for the date pickers, read from Python's clock, the one the services check the
entered dates against. Qt's QDate.currentDate() is a second clock: a fixed clock in the tests
does not reach it, and a picker defaulting to Qt's today could then hold a day the service
refuses as "in the future"."""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QDate, QDateTime


def today_qdate() -> QDate:
    day = date.today()
    return QDate(day.year, day.month, day.day)


def now_qdatetime() -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(time.time() * 1000))
