"""JSON log lines, each stamped with the correlation id of the webhook or request that caused it.

Callers log ids, sizes, counts and reasons only: never a secret, token, pairing code or message text.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
import time
import uuid
from contextvars import ContextVar

_correlation: ContextVar[str | None] = ContextVar("klaros_relay_correlation_id", default=None)


_PROCESS_PREFIX = uuid.uuid4().hex[:8]
_counter = itertools.count(1)


def _new_process_prefix() -> None:
    global _PROCESS_PREFIX, _counter
    _PROCESS_PREFIX = uuid.uuid4().hex[:8]
    _counter = itertools.count(1)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_process_prefix)


def new_correlation_id() -> str:
    """Unique per webhook: a random per-process prefix and a counter (no system call per request)."""
    return f"relay-{_PROCESS_PREFIX}{next(_counter):08x}"


def set_correlation_id(value: str | None):
    return _correlation.set(value)


def reset_correlation_id(token) -> None:
    _correlation.reset(token)


def current_correlation_id() -> str | None:
    return _correlation.get()


_FIELDS = ("tenant_id", "device_id", "reason", "status", "size")
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # one encoder, not one per line


class JsonFormatter(logging.Formatter):
    """One JSON object per line. Runs once per webhook, so it avoids a datetime per record: the UTC
    timestamp text is cached per second and only the milliseconds are added."""

    def __init__(self) -> None:
        super().__init__()
        self._second = -1
        self._prefix = ""

    def timestamp(self, created: float) -> str:
        second = int(created)
        if second != self._second:
            self._prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
            self._second = second
        millis = min(999, round((created - second) * 1_000_000) // 1000)  # as datetime: round to µs, cut to ms
        return f"{self._prefix}.{millis:03d}+00:00"

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": self.timestamp(record.created),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "correlation_id": getattr(record, "correlation_id", None) or _correlation.get(),
        }
        attrs = record.__dict__
        for key in _FIELDS:
            value = attrs.get(key)
            if value is not None:
                line[key] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return _ENCODE(line)


def configure(level: str | int = "INFO", stream=None) -> None:
    """Route the relay's (and uvicorn's) logs to one JSON stream; idempotent.

    The JSON lines use none of the caller's file, line, thread or process fields, so the records skip
    collecting them (``logging._srcfile = None`` is the documented switch for the caller lookup).
    """
    logging._srcfile = None  # type: ignore[attr-defined]
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    handler._klaros_relay = True  # type: ignore[attr-defined]
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_klaros_relay", False):
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True  # access lines would carry query strings
