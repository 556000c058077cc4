"""Unexpected errors (bugs) go to a rotating log file in the user's log folder, for the
developers, and the user is told where it is.

What is written is where the program was (file, line, function of each frame) and the kind of
error, never the error's own text nor any value: exception messages and arguments can carry a
subject's name, personal code or an SQL statement's parameters, and a log file is kept and
copied around far more loosely than the case store."""

from __future__ import annotations

import logging
import logging.handlers
import threading
import traceback
from pathlib import Path

from smarttek_dsar.paths import user_log_dir

LOG_NAME = "smarttek-dsar.log"
MAX_BYTES = 1_000_000
BACKUPS = 4

_lock = threading.Lock()
_logger = logging.getLogger("smarttek_dsar.unexpected")
_logger.propagate = False  # never to the console or another handler someone configured


def _handler_for(path: Path) -> logging.Handler | None:
    for handler in _logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path:
            return handler
    return None


def log_file() -> Path:
    return user_log_dir() / LOG_NAME


def record_unexpected(exc: BaseException, where: str) -> Path:
    """Write where `exc` happened (no message, no values) and return the log file's path."""
    path = log_file()
    with _lock:
        if _handler_for(path) is None:
            for old in list(_logger.handlers):  # the log folder moved (tests, settings)
                _logger.removeHandler(old)
                old.close()
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
            _logger.addHandler(handler)
            _logger.setLevel(logging.ERROR)
        frames = traceback.extract_tb(exc.__traceback__)
        lines = [f"unexpected {type(exc).__module__}.{type(exc).__qualname__} in {where}"]
        lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
        cause = exc.__cause__ or exc.__context__
        if cause is not None:
            lines.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}")
        _logger.error("\n".join(lines))
        for handler in _logger.handlers:
            handler.flush()
    return path
