"""Relay retention and WAL checkpoints on SQLite: ``.venv/bin/python bench/relay_retention.py``.

1. How long a retention sweep keeps webhooks waiting. A fresh SQLite database gets ``--events`` expired events
   written by the real group writer (``GroupWriter.commit``: rows, keys, indexes as in production); then, while
   a thread commits 10 webhooks every 10 ms through the same writer and times each commit, the sweep runs:
   in one transaction (main's former ``store.prune_expired``, its SQL copied here for the comparison), and
   batched (``relay.retention.sweep_events``) with 500 and with ``store.PRUNE_BATCH_ROWS`` events a batch.
   A run without a sweep gives the commits' own spread on this machine. Modes take turns, round by round.
2. ``--checkpoints``: the writer's checkpoint thread (``relay.checkpoints``: the WAL copied beside the commits,
   the writer copying only what it appended meanwhile) against SQLite's automatic checkpoint on the commit path
   at its default of 1,000 pages (the relay before the thread: ``old``). Webhooks at ``--rate`` per second in
   batches of 32 through ``GroupWriter.commit`` with a reader pulling beside them; the commit times, how often
   the log started over, its largest size, and the bytes the process wrote per webhook (``/proc/self/io``:
   the WAL and the checkpoints, this process's only writes).

3. ``--steady``: bytes written per webhook with retention at steady state. A table of ``--rows`` events that
   expire as fast as webhooks arrive (the retention is set so that the oldest passes it as the run starts), then
   ``--rate`` webhooks per second in transactions of ``--batch`` (repeatable) through ``GroupWriter.commit``
   with expiry on commit and the checkpoint thread, as the relay runs; what the process wrote (WAL and
   checkpoints, ``/proc/self/io``) per webhook, the commit times. Run it with ``PYTHONPATH`` at another tree's
   copy to compare that tree's relay on the same workload.

Prints the CPU model and the load average with every figure (a shared machine's neighbours show in both).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import os
import sqlite3
import tempfile
import threading
import time
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import delete, event, select

from relay import crypto, db, retention, store
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.metrics import Metrics
from relay.models import event_keys, events
from relay.writer import GroupWriter, Incoming

DAY_US = 86400 * 1_000_000
PAD = "x" * 720  # a webhook of about 930 bytes, a text message's size


def cpu_model() -> str:
    try:
        for row in Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace").splitlines():
            if row.startswith("model name"):
                return row.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def load() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def fresh(directory: Path, page_size: int = 0):
    """A migrated SQLite relay with one shop and one paired device: (settings, engines, master, tenant, device);
    with ``page_size``, its database made with pages of that size."""
    settings = relay_settings(directory)
    if page_size:
        directory.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(sqlite3.connect(directory / "relay.sqlite3")) as made:
            made.execute(f"PRAGMA page_size={page_size}")
            made.execute("PRAGMA journal_mode=WAL")
    prepare(settings)
    shop = create_tenant(settings)
    engines = db.make_engines(settings.database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                serialization.PublicFormat.Raw)
    paired = store.pair(engines, master, code=add_device(settings, shop.tenant_id).code, public_key=raw)
    return settings, engines, master, shop.tenant_id, store.DeviceAuth(paired.device_id, paired.tenant_id)


def webhook(tenant_id: str, tag: str, received_us: int) -> Incoming:
    """A text message's webhook in Meta's shape, its message timestamp at receipt (the dedupe key's body time)."""
    body = (f'{{"object": "whatsapp_business_account", "entry": [{{"id": "1", "changes": [{{"field": "messages", '
            f'"value": {{"messages": [{{"id": "wamid.{tag}", "timestamp": "{received_us // 1_000_000}", '
            f'"type": "text", "text": {{"body": "{PAD}"}}}}]}}}}]}}]}}').encode()
    return Incoming(tenant_id, body, hashlib.sha256(body).digest(), tag[:40], received_us)


def sweep_in_one_transaction(engines, cutoff_us: int) -> int:
    """main's former ``store.prune_expired`` (kept here only for this comparison)."""
    with engines.write.begin() as conn:
        old = select(events.c.id).where(events.c.received_us < cutoff_us)
        conn.execute(delete(event_keys).where(event_keys.c.event_id.in_(old)))
        return conn.execute(delete(events).where(events.c.received_us < cutoff_us)).rowcount


def sweep_run(workdir: Path, mode: str | int, count: int) -> dict:
    _settings, engines, master, tenant_id, _device = fresh(workdir)
    writer = GroupWriter(engines, master)
    now = store.now_us()
    for start in range(0, count, 500):
        writer.commit([webhook(tenant_id, f"old{n}", now - 31 * DAY_US + n)
                       for n in range(start, min(count, start + 500))])
    with sqlite3.connect(workdir / "relay.sqlite3") as raw:  # every run starts from an empty WAL
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    times: list[float] = []
    stop = threading.Event()

    def webhooks() -> None:
        while not stop.wait(0.01):
            items = [webhook(tenant_id, uuid.uuid4().hex, store.now_us()) for _ in range(10)]
            began = time.perf_counter()
            writer.commit(items)
            times.append((time.perf_counter() - began) * 1000)

    thread = threading.Thread(target=webhooks)
    thread.start()
    time.sleep(0.5)  # the writer runs before the sweep starts
    first = len(times)
    began = time.perf_counter()
    if mode == "no sweep":
        time.sleep(3.0)
        removed = 0
    elif mode == "one transaction":
        removed = sweep_in_one_transaction(engines, store.now_us() - 30 * DAY_US)
    else:
        removed = asyncio.run(retention.sweep_events(engines, Metrics(), retention_seconds=30 * 86400,
                                                     batch_rows=int(mode)))
    sweep_ms = (time.perf_counter() - began) * 1000
    last = len(times)
    stop.set()
    thread.join()
    engines.dispose()
    during = sorted(times[first:last + 1])  # the commit the sweep was holding up ends just after it
    return {"removed": removed, "sweep_ms": sweep_ms, "commits": len(during), "max": during[-1],
            "p99": during[min(len(during) - 1, int(len(during) * 0.99))]}


def log_generation(path: Path) -> int:
    """The WAL header's checkpoint sequence number: it goes up each time the log starts over."""
    with open(f"{path}-wal", "rb") as wal:
        return int.from_bytes(wal.read(16)[12:16], "big")


def written_bytes() -> int:
    with open("/proc/self/io", encoding="ascii") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("write_bytes:"))


def checkpoint_run(workdir: Path, mode: str, seconds: float, rate: float) -> dict:
    settings, engines, master, tenant_id, device = fresh(workdir)
    if mode == "old":
        for engine in (engines.read, engines.write):
            engine.dispose()

            @event.listens_for(engine, "connect")
            def _sqlite_default(dbapi_connection, _record) -> None:
                dbapi_connection.execute("PRAGMA wal_autocheckpoint=1000")

    writer = GroupWriter(engines, master)
    if mode == "old":
        writer.checkpointer.close()
        writer.checkpointer = None
    stop = threading.Event()
    path = workdir / "relay.sqlite3"

    def puller() -> None:  # a device pulling beside the writer, as in production
        after = 0
        while not stop.wait(0.01):
            got = store.fetch_events(engines, device, after=after, limit=50)
            if got:
                after = got[-1].cursor

    thread = threading.Thread(target=puller)
    thread.start()
    times, n, wal_max = [], 0, 0
    writer.commit([webhook(tenant_id, "first", store.now_us())])
    generation, wrote = log_generation(path), written_bytes()
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        items = [webhook(tenant_id, f"w{n + i}", store.now_us()) for i in range(32)]
        n += 32
        began = time.perf_counter()
        writer.commit(items)
        times.append((time.perf_counter() - began) * 1000)
        wal_max = max(wal_max, (workdir / "relay.sqlite3-wal").stat().st_size)
    wrote = written_bytes() - wrote
    restarts = log_generation(path) - generation
    stop.set()
    thread.join()
    checkpoints = writer.checkpointer.checkpoints if writer.checkpointer is not None else 0
    writer.close()
    engines.dispose()
    times.sort()
    at = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]  # noqa: E731
    return {"commits": len(times), "p50": at(50), "p99": at(99), "p999": at(99.9), "max": times[-1],
            "wal_mb": wal_max / 1e6, "restarts": restarts, "checkpoints": checkpoints, "kib": wrote / n / 1024,
            "database": settings.database_url}


def steady_run(workdir: Path, rows: int, batch: int, rate: float, seconds: float, page_size: int = 0) -> dict:
    _settings, engines, master, tenant_id, _device = fresh(workdir, page_size)
    base = store.now_us() - 3600 * 1_000_000
    filler = GroupWriter(engines, master)
    for start in range(0, rows, 500):
        filler.commit([webhook(tenant_id, f"old{n}", base + int(n * 1e6 / rate))
                       for n in range(start, min(rows, start + 500))])
    filler.close()
    with sqlite3.connect(workdir / "relay.sqlite3") as raw:  # every run starts from an empty WAL
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Message time: the n-th webhook is received at n / rate after the standing ones, however fast this machine
    # commits, so each run expires exactly as many as it stores (the writer's cutoff reads store.now_us).
    virtual = lambda: base + int((rows + n) * 1e6 / rate)  # noqa: E731
    writer = GroupWriter(engines, master, retention_seconds=rows / rate)
    times, n, real_now = [], 0, store.now_us
    store.now_us = virtual
    wrote, cpu = written_bytes(), time.process_time()
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        items = [webhook(tenant_id, f"w{n + i}", virtual() + int(i * 1e6 / rate)) for i in range(batch)]
        n += batch
        began = time.perf_counter()
        writer.commit(items)
        times.append((time.perf_counter() - began) * 1000)
    store.now_us = real_now
    elapsed = time.perf_counter() - started
    wrote, cpu = written_bytes() - wrote, time.process_time() - cpu
    expired = writer.expired
    writer.close()
    engines.dispose()
    times.sort()
    return {"kib": wrote / n / 1024, "rate": n / elapsed, "cpu_us": cpu / n * 1e6, "expired": expired,
            "p50": times[len(times) // 2],
            "p99": times[min(len(times) - 1, int(len(times) * 0.99))], "mb_s": wrote / elapsed / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=20000, help="expired events the sweep deletes (default 20000)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--checkpoints", action="store_true", help="only the checkpoint comparison")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each checkpoint run")
    parser.add_argument("--rate", type=float, default=1000.0, help="webhooks/s of the checkpoint and steady runs")
    parser.add_argument("--steady", action="store_true", help="only the bytes per webhook at steady state")
    parser.add_argument("--rows", type=int, default=120000, help="events standing in the steady runs")
    parser.add_argument("--batch", type=int, action="append", help="webhooks a transaction, steady runs (10, 30)")
    parser.add_argument("--page-size", type=int, action="append",
                        help="steady runs: database page size (repeatable; default: the relay's)")
    args = parser.parse_args()
    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical cores); load average at start {load():.2f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="klaros-bench-retention-") as tmp:
        if args.steady:
            print(f"steady state: {args.rows} events standing, expiring as fast as {args.rate:.0f} webhooks/s arrive; "
                  f"{args.seconds:.0f} s per run; relay from {Path(store.__file__).parent}", flush=True)
            for r in range(args.rounds):
                for batch, size in ((b, p) for b in args.batch or [10, 30] for p in args.page_size or [0]):
                    at_start = load()
                    x = steady_run(Path(tmp) / f"w{r}-{batch}-{size}", args.rows, batch, args.rate, args.seconds, size)
                    pages = f" pages {size or 'default'}" if args.page_size else ""
                    print(f"round {r + 1} batch {batch:>3}{pages}: {x['rate']:.0f} webhooks/s, "
                          f"CPU {x['cpu_us']:.0f} µs/webhook, wrote {x['kib']:.1f} "
                          f"KiB/webhook ({x['mb_s']:.1f} MB/s), expired {x['expired']}; commit p50 {x['p50']:.1f} "
                          f"p99 {x['p99']:.1f} ms; load {at_start:.2f}", flush=True)
            return 0
        if args.checkpoints:
            print(f"WAL checkpoints: {args.seconds:.0f} s per run at {args.rate:.0f} webhooks/s in batches of 32; "
                  "GroupWriter.commit times, ms")
            for r in range(args.rounds):
                for mode in ("old", "thread"):
                    at_start = load()
                    x = checkpoint_run(Path(tmp) / f"c{r}{mode}", mode, args.seconds, args.rate)
                    print(f"round {r + 1} {mode:>6}: {x['commits']} commits, p50 {x['p50']:.1f}, p99 {x['p99']:.1f}, "
                          f"p99.9 {x['p999']:.1f}, max {x['max']:.1f}; log started over {x['restarts']} times, "
                          f"largest {x['wal_mb']:.1f} MB; wrote {x['kib']:.1f} KiB/webhook"
                          + (f"; {x['checkpoints']} checkpoints by the thread" if mode == "thread" else "")
                          + f"; load {at_start:.2f}", flush=True)
            return 0
        print(f"retention sweep of {args.events} expired events while a thread commits 10 webhooks every 10 ms; "
              "the commits that ran during the sweep, ms")
        for r in range(args.rounds):
            for mode in ("no sweep", "one transaction", 500, store.PRUNE_BATCH_ROWS):
                at_start = load()
                x = sweep_run(Path(tmp) / f"s{r}{mode}".replace(" ", "_"), mode, args.events)
                label = mode if isinstance(mode, str) else f"batches of {mode}"
                print(f"round {r + 1} {label:>15}: deleted {x['removed']} in {x['sweep_ms']:.0f} ms; "
                      f"{x['commits']} commits meanwhile, longest {x['max']:.1f}, p99 {x['p99']:.1f}; "
                      f"load {at_start:.2f}", flush=True)
    print(f"end: load average {load():.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
