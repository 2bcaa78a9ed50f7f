"""JSON log lines, each stamped with the correlation id of the webhook or request that caused it.

Callers log ids, sizes, counts and reasons only: never a secret, token, pairing code or message text.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import time
import uuid
from contextvars import ContextVar
from typing import NamedTuple

import orjson

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


def _encode(line: dict) -> str:
    """Compact JSON, UTF-8 left as is; orjson, as this runs once per webhook (docs/relay.md, Benchmark)."""
    return orjson.dumps(line, default=str).decode("utf-8")


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
        batch = getattr(record, "stored_webhooks", None)
        if batch is not None:
            return self.format_stored(record, batch)
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
        return _encode(line)

    def format_stored(self, record: logging.LogRecord, batch: list[StoredWebhook]) -> str:
        """One line per webhook of a group commit, each exactly as a single ``webhook stored`` record would be."""
        head = {"ts": self.timestamp(record.created), "level": record.levelname.lower(), "logger": record.name}
        return "\n".join(_encode({**head, "msg": "webhook duplicate" if w.duplicate else "webhook stored",
                                  "correlation_id": w.correlation_id, "tenant_id": w.tenant_id,
                                  "status": 200, "size": w.size}) for w in batch)


class StoredWebhook(NamedTuple):
    correlation_id: str
    tenant_id: str
    size: int
    duplicate: bool


def webhooks(count: int) -> str:
    """``1 webhook``, ``3 webhooks``: the relay's logs are English, whose plural is this simple."""
    return f"{count} webhook" if count == 1 else f"{count} webhooks"


def log_stored(logger: logging.Logger, batch: list[StoredWebhook]) -> None:
    """Log the webhooks one group commit stored: one JSON line each, but one log record for the batch.

    A record per webhook is paid on the event loop (record, handler lock, formatting, a write system call);
    one per batch keeps the one-line-per-webhook format at a fraction of that (docs/relay.md, Benchmark).
    Written after the COMMIT and before any 200 is sent. Other handlers
    (the desktop's text log in demo mode) see one message naming every correlation id.
    """
    if batch and logger.isEnabledFor(logging.INFO):
        logger.info("%s stored: %s", webhooks(len(batch)), " ".join(w.correlation_id for w in batch),
                    extra={"stored_webhooks": batch})


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
