"""Correlation ids tie one cause (a relay event, a user action, a Graph request) to all its effects.

The id lives in a ``ContextVar`` so it follows asyncio tasks; the logging filter stamps it on every
record and the audit log stores it beside each entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_current: ContextVar[str | None] = ContextVar("klaros_correlation_id", default=None)


def new_id(prefix: str = "ui") -> str:
    """A fresh id; the prefix says where the chain started (``ui``, ``relay``, ``cli``, ``graph``)."""
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def current() -> str | None:
    return _current.get()


@contextmanager
def correlated(correlation_id: str | None = None, *, prefix: str = "ui") -> Iterator[str]:
    """Run a block under a correlation id (a new one unless given); restores the previous id after."""
    cid = correlation_id or new_id(prefix)
    token = _current.set(cid)
    try:
        yield cid
    finally:
        _current.reset(token)
