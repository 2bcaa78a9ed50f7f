"""Logging to a rotating file in the profile, every record stamped with the current correlation id."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from klaros_desktop import correlation

LOG_FORMAT = "%(asctime)s %(levelname)-7s [%(correlation_id)s] %(name)s: %(message)s"


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
    return log_file
