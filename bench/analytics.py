"""Analytics benchmark: the Analytics screen on the 100k-contact / 1M-message profile of ``bench/desktop_data.py``.

    .venv/bin/python bench/analytics.py --profile /tmp/klaros-bench-100k    # build once (or reuse), then measure
    .venv/bin/python bench/analytics.py --contacts 5000 --messages 50000    # quick run

Measures, offscreen, on a profile whose messages span 600 days ("now" is its newest message):
1. the aggregates alone (``services.analytics.overview.load``: funnel, failures, conversations, cost, budget)
   for the last 30 days and the last 12 months, best and median of the repeats;
2. click to painted: the period picker changed on the shown Analytics screen (the "click"), until its numbers
   are read on the worker thread, put into the charts and tables, and the visible part of the screen is
   painted (``repaint``), alternating 30 days and 12 months; the SQLite share is the time spent in the
   aggregates' session over the whole (targets: < 200 ms for 30 days, < 500 ms for 12 months);
3. what keeping analytics fast costs sync: no summary tables, only the index ``ix_messages_timestamp``
   (migration 0010). ``bench/desktop_data.py``'s sync apply (10k sealed events, pages of 500) runs on two copies
   of the profile, with and without the index, alternately; wall time and CPU time per run, the best of each
   (target: the apply rate drops by < 10 %).

Not run by pytest. The machine may be shared: the CPU model and load average are printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from desktop_data import bench_sync, copy_profile, ensure_profile  # noqa: E402
from machine import cpu_model  # noqa: E402


def newest_message(database: Path) -> datetime:
    con = sqlite3.connect(database)
    try:
        value = con.execute("SELECT MAX(timestamp) FROM messages").fetchone()[0]
    finally:
        con.close()
    return datetime.fromisoformat(value).replace(tzinfo=UTC) + timedelta(minutes=1)


def one_pass(database: Path, chosen) -> float:
    """The same run's yardstick: one GROUP BY over the period's messages in plain sqlite3 (best of three)."""
    con = sqlite3.connect(database)
    try:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            con.execute("SELECT direction, status, COUNT(*) FROM messages WHERE timestamp >= ? AND timestamp < ? "
                        "GROUP BY 1, 2", (chosen.bounds()["start"], chosen.bounds()["end"])).fetchall()
            best = min(best, time.perf_counter() - started)
        return best
    finally:
        con.close()


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} (1 / 5 min)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, default=Path("/tmp/klaros-bench-100k"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sync-events", type=int, default=10_000)
    parser.add_argument("--sync-pairs", type=int, default=2, help="runs with and without the index (0: skip)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical); {load()}; the machine may be shared with other work")
    profile = ensure_profile(args.profile, args.contacts, args.messages)
    now = newest_message(profile.database)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.db import open_database
    from klaros_desktop.services.analytics import overview
    from klaros_desktop.services.analytics import period as periods
    from klaros_desktop.ui import theme
    from klaros_desktop.ui.analytics_page import AnalyticsPage
    from klaros_desktop.ui.backend import Backend

    app = QApplication.instance() or QApplication([])
    theme.apply(app, theme.LIGHT)
    engine, sessions = open_database(profile)
    try:
        print(f"\n1. the aggregates alone (now = {now:%Y-%m-%d %H:%M} UTC, the profile's newest message)")
        for name in ("30d", "12m"):
            chosen = periods.named(name, now, offset_minutes=0)
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                result = overview.load(sessions, chosen, now=now)
                times.append(time.perf_counter() - started)
            baseline = one_pass(profile.database, chosen)
            print(f"   {name:>4}: best {min(times) * 1000:7.1f} ms, median {statistics.median(times) * 1000:7.1f} ms"
                  f"  ({result.delivery.funnel.total:,} outbound, {result.conversations.inbound:,} inbound);"
                  f"\n         yardstick, one raw GROUP BY over the period in sqlite3: {baseline * 1000:.1f} ms"
                  f" -> the aggregates cost {min(times) / baseline:.1f} such passes")

        backend = Backend(profile, sessions)
        page = AnalyticsPage(backend)
        page.clock = lambda: now
        page.resize(1280, 800)
        painted: list = []
        page.painted.connect(painted.append)

        def wait_painted(timeout_ms: int = 120_000) -> None:
            loop = QEventLoop()
            page.painted.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            if not painted:
                loop.exec()
            page.painted.disconnect(loop.quit)

        page.show()
        wait_painted()  # the first open (30 days)
        app.processEvents()
        print("\n2. click to painted (period picker changed -> numbers read -> charts and tables painted)")
        figures: dict[str, list[tuple[float, float]]] = {"30d": [], "12m": []}
        for _ in range(args.repeats):
            for name in ("12m", "30d"):
                painted.clear()
                started = time.perf_counter()
                page.period_box.setCurrentIndex(page.PERIODS.index(name))  # the click
                wait_painted()
                page.repaint()  # the visible part of the screen, painted now
                elapsed = time.perf_counter() - started
                figures[name].append((elapsed, painted[0].query_seconds))
        targets = {"30d": 200, "12m": 500}
        for name, runs in figures.items():
            totals = [t for t, _q in runs]
            median = statistics.median(totals)
            share = statistics.median(q / t for t, q in runs)
            verdict = "meets" if median * 1000 < targets[name] else "MISSES"
            print(f"   {name:>4}: median {median * 1000:7.1f} ms, best {min(totals) * 1000:7.1f} ms, worst "
                  f"{max(totals) * 1000:7.1f} ms; SQLite share {share:.0%}  (target < {targets[name]} ms: {verdict})")
        page.close()
    finally:
        engine.dispose()
    if args.sync_pairs:
        sync_cost(profile, args)
    print(f"\n{load()}")
    return 0


def sync_cost(profile, args: argparse.Namespace) -> None:
    import shutil
    import tempfile

    print(f"\n3. sync apply with and without ix_messages_timestamp ({args.sync_events:,} events, pages of 500)")
    runs: dict[str, list[dict]] = {"with index": [], "without index": []}
    work = Path(tempfile.mkdtemp(prefix="klaros-analytics-sync-"))
    try:
        for pair in range(args.sync_pairs):
            for label in runs:
                copy = copy_profile(profile, work / f"{label.replace(' ', '-')}-{pair}")
                if label == "without index":  # the schema stays at 0010, so opening it does not put it back
                    con = sqlite3.connect(copy.database)
                    con.execute("DROP INDEX IF EXISTS ix_messages_timestamp")
                    con.commit()
                    con.close()
                runs[label].append(bench_sync(copy, args.contacts, args.messages, args.sync_events))
                shutil.rmtree(copy.root, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {label: max(r["rate"] for r in results) for label, results in runs.items()}
    cpu = {label: min(r["cpu"] for r in results) for label, results in runs.items()}
    for label in runs:
        print(f"   {label:>14}: best {best[label]:8,.0f} events/s (wall), best CPU {cpu[label]:6.2f} s")
    drop = 1 - best["with index"] / best["without index"]
    cpu_more = cpu["with index"] / cpu["without index"] - 1
    verdict = "meets" if drop < 0.10 else "MISSES"
    print(f"   apply rate drop with the index: {drop:.1%} (wall), CPU {cpu_more:+.1%}  (target < 10 %: {verdict})")


if __name__ == "__main__":
    raise SystemExit(main())
