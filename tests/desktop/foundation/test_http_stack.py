"""The HTTP stack the app sends through: what it needs installed to stay cheap per request."""

from __future__ import annotations

import asyncio
import builtins

from httpcore._synchronization import current_async_library


def test_httpcore_names_the_event_loop_without_a_failed_import(monkeypatch):
    """httpcore imports sniffio inside the call it makes on every request; when sniffio is missing each call is
    an ImportError after a search of the whole import path. It is a declared dependency for that reason."""
    failed: list[str] = []
    real_import = builtins.__import__

    def watching(name, *args, **kwargs):
        try:
            return real_import(name, *args, **kwargs)
        except ImportError:
            failed.append(name)
            raise

    async def ask() -> str:
        monkeypatch.setattr(builtins, "__import__", watching)
        try:
            return current_async_library()
        finally:
            monkeypatch.setattr(builtins, "__import__", real_import)

    assert asyncio.run(ask()) == "asyncio"
    assert failed == []
