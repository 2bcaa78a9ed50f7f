"""Sync apply of pre-sealed events, for instruction counts and a main-against-branch comparison (issue 20).

    .venv/bin/python bench/sync_apply.py seal --profile /tmp/klaros-bench-100k --out /tmp/events.pkl
    .venv/bin/python bench/sync_apply.py run --profile DIR --events /tmp/events.pkl --count 10000 [--tree DIR]
    valgrind --tool=callgrind --dump-instr=no .venv/bin/python bench/sync_apply.py run ... --count 10000
    (and again with --count 1000: the difference over 9,000 events is the instructions an event, set-up left out)

``seal`` seals bench/desktop_data.py's profile mix once (the relay's kept ephemeral keys) with a fresh device key and
pickles both, so the measured process neither seals nor builds anything. ``run`` applies the first ``--count`` of
them through ``SyncService.sync_once`` against desktop_data's in-memory relay to the profile in ``--profile``, which
it changes: give it a fresh copy each time (``copy_profile``, or ``cp``). ``--tree``: the source tree to import
``klaros_desktop`` from (e.g. main's, unpacked with ``git archive main | tar -x -C DIR``); default this one.

Printed: wall and CPU time an event (user and system), the applying thread's own wall and CPU time an event (what
the transactions wait for), how many events were opened beside a commit, each commit's wall and CPU time, read and
write system calls, the process's peak resident memory, and the load average. Not run by pytest.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pickle
import sqlite3
import sys
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None

REPO = Path(__file__).resolve().parent.parent


def _io() -> dict[str, int]:
    try:
        text = Path("/proc/self/io").read_text(encoding="ascii")
    except OSError:
        return {}
    return {k: int(v) for k, v in (line.split(": ") for line in text.splitlines())}


def seal(profile_dir: Path, out: Path, count: int) -> None:
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    import desktop_data

    from klaros_desktop.paths import Profile
    from klaros_desktop.relay_client import DeviceKey

    key = DeviceKey.generate()
    con = sqlite3.connect(Profile(profile_dir).database)
    names = dict(con.execute("SELECT id, profile_name FROM contacts"))
    con.close()
    events = desktop_data.sync_events(100_000, 1_000_000, count, "tenant-bench", "device-bench", key.public_raw,
                                      names, "kept")
    with open(out, "wb") as f:
        pickle.dump((key.to_secret(), events), f)


def run(tree: Path, profile_dir: Path, events_file: Path, count: int) -> None:
    sys.path.insert(0, str(tree))
    sys.path.insert(0, str(tree / "bench"))  # its desktop_data puts its own tree first on the path
    import desktop_data
    from sqlalchemy.engine.default import DefaultDialect

    import klaros_desktop.services.inbound.sync as sync
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.relay_client import DeviceKey

    with open(events_file, "rb") as f:
        secret, events = pickle.load(f)  # our own file, written by ``seal``
    events = events[:count]
    profile = Profile(profile_dir)
    engine, sessions = open_database(profile)

    commits: list[tuple[float, float]] = []
    do_commit = DefaultDialect.do_commit

    def timed_commit(dialect, connection) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        do_commit(dialect, connection)
        commits.append((time.perf_counter() - wall, time.thread_time() - cpu))

    DefaultDialect.do_commit = timed_commit
    applying = [0.0, 0.0]
    apply_events = sync.SyncService.apply_events

    def timed_apply(service, page):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return apply_events(service, page)
        finally:
            applying[0] += time.perf_counter() - wall
            applying[1] += time.thread_time() - cpu

    sync.SyncService.apply_events = timed_apply
    beside = [0]
    opener = getattr(sync, "_Opener", None)
    if opener is not None:
        take = opener.take

        def counted(self):
            got = take(self)
            beside[0] += len(got)
            return got

        opener.take = counted

    relay = desktop_data.PagedRelay(events, sync.PAGE_SIZE)
    service = sync.SyncService(sessions, relay=relay, device_id="device-bench", tenant_id="tenant-bench",
                               key=DeviceKey.from_secret(secret), page_size=sync.PAGE_SIZE)
    io_before, times_before, started = _io(), os.times(), time.perf_counter()
    report = asyncio.run(service.sync_once())
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    wall, times_after, io_after = time.perf_counter() - started, os.times(), _io()
    engine.dispose()
    assert relay.acked == events[-1].cursor, (relay.acked, events[-1].cursor)
    user = (times_after.user - times_before.user) / count * 1e6
    system = (times_after.system - times_before.system) / count * 1e6
    calls = {k: io_after.get(k, 0) - io_before.get(k, 0) for k in ("syscr", "syscw")}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if resource else float("nan")  # KiB on Linux
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "unavailable"
    print(f"{count:,} events from {tree}: wall {wall / count * 1e6:.0f} µs an event, CPU {user + system:.0f} "
          f"(user {user:.0f}, system {system:.0f}); applying thread: wall {applying[0] / count * 1e6:.0f}, CPU "
          f"{applying[1] / count * 1e6:.0f} µs an event; opened beside a commit: {beside[0]:,}; commits (wall, CPU "
          f"ms): {[(round(w * 1e3), round(c * 1e3)) for w, c in commits]}; read/write calls {calls['syscr']:,}/"
          f"{calls['syscw']:,}; peak RSS {peak:.0f} MiB; {report.summary()}; load average {load}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("seal", "run"))
    parser.add_argument("--profile", type=Path, required=True)
    parser.add_argument("--events", "--out", dest="events", type=Path, required=True)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--tree", type=Path, default=REPO)
    args = parser.parse_args(argv)
    if args.what == "seal":
        seal(args.profile, args.events, args.count)
    else:
        run(args.tree.resolve(), args.profile, args.events, args.count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
