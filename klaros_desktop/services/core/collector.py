"""Pausing Python's cyclic garbage collector around work that makes many objects and frees few until it ends.

While a sync page is applied its events' bodies, rows and statements stay alive until the commit; each young
collection then finds them all alive and moves them on, and every few pages a full collection walks the whole
heap (the app's and the pages' objects) for nothing. Paused, the page allocates without those passes; what it
leaves behind is collected by the first collection after it, as it would have been anyway.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off inside, back on after (if it was on before: one paused inside another stays paused)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
