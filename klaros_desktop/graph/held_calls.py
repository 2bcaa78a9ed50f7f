"""Graph requests whose audit rows the caller writes itself, in its own transaction.

Inside ``held()`` the client does not hand a finished request to its audit sink (the writer thread, which
commits a transaction of its own): the request is kept in the block's list with the time it ended and the sink
it would have gone to. The caller writes each as its ``graph_request`` row in the transaction that stores the
request's outcome (a campaign's settling step), or gives the list back with ``release`` when it will not
(nothing is then lost: the rows go to their sinks as before). A context variable, so the requests of one task
are held and those of every other task are not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

# (the call, when it ended, the sink it would have gone to)
Held = tuple[Any, datetime, Callable[[Any], None]]

log = logging.getLogger(__name__)

_held: ContextVar[list[Held] | None] = ContextVar("klaros_graph_calls_held", default=None)


@contextmanager
def held() -> Iterator[list[Held]]:
    """The requests that end in this block (in this task) are kept in the list it yields. Leaving the block by an
    exception (a cancelled task, a crash) gives them back to their sinks."""
    calls: list[Held] = []
    token = _held.set(calls)
    try:
        yield calls
    except BaseException:
        release(calls)
        raise
    finally:
        _held.reset(token)


def hold(call: Any, at: datetime, sink: Callable[[Any], None]) -> bool:
    """Keep ``call`` when a ``held()`` block is open in this task (the client then does not report it)."""
    calls = _held.get()
    if calls is None:
        return False
    calls.append((call, at, sink))
    return True


def release(calls: list[Held]) -> None:
    """Hand what was held to the sinks after all (the caller will not write the rows)."""
    taken, calls[:] = list(calls), []
    for call, _at, sink in taken:
        try:
            sink(call)
        except Exception:  # the audit sink must never break a send (as in the client)
            log.exception("audit callback failed")
