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
3. what keeping the hourly summaries (migrations 0014, 0017) up to date costs sync: ``bench/desktop_data.py``'s sync
   apply (10k sealed events, pages of 500) on two copies of the profile (each on disk before its run), one as
   migrated and one with the summaries' triggers dropped, alternately (each side first in every other pair); wall
   time and CPU time per run, the best of each (target: the apply rate drops by < 10 %). That mix flatters the
   triggers: the profile's outbound messages are stored as read, so most of its statuses move no summary row. So the
   same is measured on fresh traffic too: outbound messages just accepted by Meta (a third of them a campaign's
   template), put in before the clock starts, then their statuses as Meta sends them, in time order: sent,
   delivered, read (60 %), some failed (5 %, half with Meta's pricing), each with its pricing category, and
   customers answering a third of them within minutes, every one of which moves a summary row or marks an answer;
4. with ``--before REF`` (e.g. the commit before the summaries): parts 1 and 2 of the same benchmark as that
   commit has it, run first, on a copy of the profile taken back to schema 0010, so the figures before and
   after come from the same session on the same machine.

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

from desktop_data import (  # noqa: E402
    bench_sync,
    copy_profile,
    ensure_profile,
    mobile,
    seal_events,
    sentence,
    ts,
    webhook,
)
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
    parser.add_argument("--sync-pairs", type=int, default=2, help="runs with and without the summaries (0: skip)")
    parser.add_argument("--sync-mix", choices=("profile", "fresh", "both"), default="both",
                        help="part 3's events: the profile mix, fresh traffic (see above), or both")
    parser.add_argument("--before", help="a git commit whose analytics to measure first, for comparison")
    parser.add_argument("--before-repeats", type=int, default=2)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical); {load()}; the machine may be shared with other work")
    profile = ensure_profile(args.profile, args.contacts, args.messages)
    if args.before:
        before(profile, args)
    now = newest_message(profile.database)
    started = time.perf_counter()
    from klaros_desktop.db import open_database

    engine, _sessions = open_database(profile)  # brings the schema to head: the summaries' backfill, once
    engine.dispose()
    print(f"\nopening the profile (migrating it if needed): {time.perf_counter() - started:.1f} s")

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


def drop_summaries(database: Path, *, schema_back: bool = False) -> None:
    """Take the summaries' triggers off a copy (``schema_back``: and everything else of 0014, back to 0010)."""
    import importlib.util

    names = []
    for stem in ("0014_analytics_summaries", "0017_analytics_reply_histogram"):
        path = REPO / "klaros_desktop" / "migrations" / "versions" / f"{stem}.py"
        spec = importlib.util.spec_from_file_location(f"migration_{stem}", path)
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        names += migration.TRIGGER_NAMES
    con = sqlite3.connect(database)
    for name in names:
        con.execute(f"DROP TRIGGER IF EXISTS {name}")
    if schema_back:
        con.execute("DROP INDEX IF EXISTS ix_messages_failed_time")
        con.execute("DROP TABLE IF EXISTS analytics_outbound")
        con.execute("DROP TABLE IF EXISTS analytics_inbound")
        con.execute("UPDATE alembic_version SET version_num = '0010'")
    con.commit()
    con.close()


def before(profile, args: argparse.Namespace) -> None:
    """Parts 1 and 2 as commit ``args.before`` measures them, on a copy of the profile at schema 0010."""
    import shutil
    import subprocess
    import tarfile
    import tempfile

    work = Path(tempfile.mkdtemp(prefix="klaros-analytics-before-"))
    try:
        archive = work / "code.tar"
        subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), args.before], check=True)
        code = work / "code"
        with tarfile.open(archive) as tar:
            tar.extractall(code, filter="data")
        copy = work / "profile"
        shutil.copytree(profile.root, copy, ignore=shutil.ignore_patterns("backups", "logs", "media"))
        drop_summaries(copy / profile.database.name, schema_back=True)
        print(f"\n0. BEFORE: commit {args.before}, its own bench/analytics.py, the profile at schema 0010", flush=True)
        subprocess.run([sys.executable, str(code / "bench" / "analytics.py"), "--profile", str(copy),
                        "--contacts", str(args.contacts), "--messages", str(args.messages),
                        "--repeats", str(args.before_repeats), "--sync-pairs", "0"],
                       env={**os.environ, "PYTHONPATH": str(code)}, check=True)
        print("\nAFTER: this commit", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


FRESH_CAMPAIGN = 900_001


def fresh_traffic(database: Path, contacts: int, count: int, seed: int = 15):
    """Fresh outbound messages put into ``database`` now (status ``accepted``, as Meta's answer to the send
    leaves them), and a function making the ``count`` sealed events that follow them (see the module's words)."""
    import random

    rng = random.Random(seed)
    con = sqlite3.connect(database)
    start = datetime.fromisoformat(con.execute("SELECT MAX(timestamp) FROM messages").fetchone()[0])
    start = start.replace(tzinfo=None) + timedelta(minutes=1)
    base = int(start.replace(tzinfo=UTC).timestamp())
    bodies: list[tuple[int, int, dict]] = []  # (unix time, order, body)
    outbound, recipients = [], []
    n = 0
    while len(bodies) < count:
        n += 1
        contact = rng.randint(1, contacts)
        wa, sent = mobile(contact)[1:], base + 2 * n
        wamid = f"wamid.fresh.{n:07d}"
        template = n % 3 == 0
        outbound.append((wamid, contact, contact, "out", "template" if template else "text",
                         "fruehlingsangebot" if template else None, "MARKETING" if template else None,
                         sentence(rng), ts(start + timedelta(seconds=2 * n)), "accepted",
                         ts(start + timedelta(seconds=2 * n)), ts(start), 0))
        if template:
            recipients.append((FRESH_CAMPAIGN, contact, "sent", n, wamid, ts(start)))
        pricing = ({"billable": True, "pricing_model": "PMP", "type": "regular", "category": "marketing"} if template
                   else {"billable": False, "pricing_model": "PMP", "type": "free_customer_service",
                         "category": "service"})

        def status(name: str, at: int, with_pricing: bool = True, *, wamid=wamid, wa=wa, pricing=pricing,
                   **extra) -> None:
            st = {"id": wamid, "status": name, "timestamp": str(at), "recipient_id": wa, **extra}
            if with_pricing:
                st["pricing"] = pricing
            bodies.append((at, len(bodies), webhook({"statuses": [st]})))

        status("sent", sent + 1)
        if rng.random() < 0.05:
            status("failed", sent + 3, rng.random() < 0.5, errors=[{
                "code": 131026, "title": "Message undeliverable", "message": "Message undeliverable",
                "error_data": {"details": "Message undeliverable"}}])
            continue
        status("delivered", sent + 5)
        if rng.random() < 0.6:
            status("read", sent + 60)
        if rng.random() < 0.33:
            bodies.append((sent + 120, len(bodies), webhook({
                "contacts": [{"profile": {"name": "Kundin"}, "wa_id": wa}],
                "messages": [{"from": wa, "id": f"wamid.answer.{n:07d}", "timestamp": str(sent + 120), "type": "text",
                              "text": {"body": sentence(rng)}}]})))
    bodies.sort(key=lambda b: (b[0], b[1]))
    with con:
        con.execute("INSERT OR IGNORE INTO campaigns (id, name, template_name, template_language, template_category, "
                    "status, created_at) VALUES (?, 'Frühling', 'fruehlingsangebot', 'de', 'MARKETING', 'running', ?)",
                    (FRESH_CAMPAIGN, ts(start)))
        con.executemany(
            "INSERT INTO messages (wamid, conversation_id, contact_id, direction, type, template_name, "
            "template_category, text, timestamp, status, status_at, created_at, automatic) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", outbound)
        ids = dict(con.execute("SELECT wamid, id FROM messages WHERE wamid >= 'wamid.fresh.' "
                               "AND wamid < 'wamid.fresh/'"))
        con.executemany(
            "INSERT OR IGNORE INTO campaign_recipients (campaign_id, contact_id, state, message_id, wamid, updated_at) "
            "VALUES (?,?,?,?,?,?)", [(c, k, st, ids[w], w, u) for c, k, st, _n, w, u in recipients])
    con.close()
    chosen = [body for _at, _order, body in bodies[:count]]
    return lambda public: seal_events(chosen, "tenant-bench", "device-bench", public, prefix="relay-fresh")


def sync_cost(profile, args: argparse.Namespace) -> None:
    mixes = ("profile", "fresh") if args.sync_mix == "both" else (args.sync_mix,)
    for mix in mixes:
        sync_cost_of(profile, args, mix)


def sync_cost_of(profile, args: argparse.Namespace, mix: str) -> None:
    import shutil
    import tempfile

    what = ("the profile's mix: new inbound texts and delivered/read for messages stored as read" if mix == "profile"
            else "fresh traffic: sent, delivered, read, failed of new outbound messages and customers' answers")
    print(f"\n3. sync apply with and without the summaries' triggers ({args.sync_events:,} events, pages of 500), "
          f"{what}")
    runs: dict[str, list[dict]] = {"with summaries": [], "without": []}
    work = Path(tempfile.mkdtemp(prefix="klaros-analytics-sync-"))
    try:
        for pair in range(args.sync_pairs):
            for label in (list(runs) if pair % 2 == 0 else list(runs)[::-1]):  # neither side always first
                copy = copy_profile(profile, work / f"{label.replace(' ', '-')}-{pair}")
                if label == "without":  # the schema stays at head, so opening it does not put them back
                    drop_summaries(copy.database)
                events_for = fresh_traffic(copy.database, args.contacts, args.sync_events) if mix == "fresh" else None
                runs[label].append(bench_sync(copy, args.contacts, args.messages, args.sync_events,
                                              events_for=events_for))
                shutil.rmtree(copy.root, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {label: max(r["rate"] for r in results) for label, results in runs.items()}
    cpu = {label: min(r["cpu"] for r in results) for label, results in runs.items()}
    for label in runs:
        print(f"   {label:>14}: best {best[label]:8,.0f} events/s (wall), best CPU {cpu[label]:6.2f} s")
    drop = 1 - best["with summaries"] / best["without"]
    cpu_more = cpu["with summaries"] / cpu["without"] - 1
    verdict = "meets" if drop < 0.10 else "MISSES"
    print(f"   apply rate drop with the summaries: {drop:.1%} (wall), CPU {cpu_more:+.1%}  (target < 10 %: {verdict}; "
          f"CPU: {cpu_model()}; {load()})")


if __name__ == "__main__":
    raise SystemExit(main())
