"""Logging to a rotating file in the profile, every record stamped with the current correlation id.

What a line may hold is documented in docs/desktop-core.md ("The log file") and checked on a demo session by
``tests/desktop/core/test_log_privacy.py``: never a secret, a message text, a customer's number or a URL query.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from klaros_desktop import correlation

LOG_FORMAT = "%(asctime)s %(levelname)-7s [%(correlation_id)s] %(name)s: %(message)s"

# Libraries whose INFO lines are whole request URLs: media download URLs with their signed query, paging URLs
# that may carry ``access_token``, the simulator's control URLs with customers' numbers. Klaros logs its
# own requests (method, path without query, status); these speak only from WARNING on.
QUIET_LOGGERS = ("httpx", "httpcore")


class CorrelationFormatter(logging.Formatter):
    """Stamps each line with the record's correlation id, else the current one ("-" when there is none).

    It formats a copy of the record: handlers share one record object, and writing the "-" into it
    would hide the id from other handlers in the same process (the relay's, in demo mode).
    """

    def format(self, record: logging.LogRecord) -> str:
        if getattr(record, "correlation_id", None):
            return super().format(record)
        stamped = logging.makeLogRecord(record.__dict__)
        stamped.correlation_id = correlation.current() or "-"
        return super().format(stamped)


def close() -> None:
    """Close Klaros's log file (and console) handlers; nothing is logged to a file until ``configure`` again."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_klaros", False):
            root.removeHandler(handler)
            handler.close()


def configure(log_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send the ``klaros_desktop`` loggers to ``log_dir/klaros.log`` (5 x 2 MB, rotated). Idempotent."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "klaros.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_klaros", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler._klaros = True  # type: ignore[attr-defined]
        handler.setFormatter(CorrelationFormatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return log_file
