"""A UI operation runs under one correlation id, so its log lines and audit rows can be followed together."""

from __future__ import annotations

import asyncio

from klaros_desktop import correlation
from klaros_desktop.ui import ops


def test_each_background_operation_runs_under_its_own_id(qtbot):
    seen: list[str | None] = []

    def work() -> str | None:
        return correlation.current()

    async def async_work() -> str | None:
        await asyncio.sleep(0)
        return correlation.current()

    ops.run_sync(work, seen.append)
    ops.run_sync(work, seen.append)
    ops.run_async(async_work, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert all(cid and cid.startswith("ui-") for cid in seen)
    assert len(set(seen)) == 3
    assert correlation.current() is None  # the GUI thread's own context is untouched


def test_an_operation_started_inside_a_correlated_block_keeps_that_id(qtbot):
    seen: list[str | None] = []
    with correlation.correlated("ui-given-id"):
        ops.run_sync(correlation.current, seen.append)
        ops.run_async(lambda: asyncio.sleep(0, result=correlation.current()), seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == ["ui-given-id", "ui-given-id"]
