"""What a PostgreSQL group commit costs per transaction: ``.venv/bin/python bench/relay_pg_commit.py``.

With several serving processes each writer gets a share of the webhooks, so its transactions get smaller
(about 46, 22 and 10 webhooks with 1, 2 and 4 processes under 100 shops at once, ``bench/relay_ingest.py
--pg-tenants-only``), and whatever a transaction costs besides its webhooks is paid every few webhooks. This
times the writer alone: a child process seals and commits batches of ``--batch`` webhooks of different shops
(100 shops, each with a paired device), one after the other, through ``GroupWriter.commit`` (the writer
process's own call), and reports the CPU time per transaction and per webhook of the child (sealing included)
and of its PostgreSQL backends (read from /proc by pid, found in ``pg_stat_activity`` by application name).

Old and new in one run: ``--old-tree DIR`` (e.g. ``git archive main relay | tar -x -C DIR``) runs that tree's
relay in the child instead of this one; the two take turns, ``--rounds`` each, and the median of each is
printed with the ratio. The load average is printed with each figure: the machine is shared.

Options: ``--batch N`` (default 10; several: ``--batch 10 --batch 45``), ``--transactions N`` per round
(default 400), ``--rounds R`` (default 3). PostgreSQL: ``KLAROS_TEST_PG_URL``. Diagnosis: with
``KLAROS_BENCH_PAUSE=FILE`` each child writes its pid to FILE and waits 2 s before its timed batches (to attach
perf or py-spy); ``KLAROS_BENCH_PROFILE=FILE`` records them with cProfile into FILE.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOPS = 100


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def own_cpu_seconds(pid: int) -> float:
    tick = os.sysconf("SC_CLK_TCK")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError, IndexError):
        return 0.0


def child(url: str, key_file: str, batch: int, transactions: int, app: str) -> None:
    """Runs in the child (this tree's relay or the old tree's, whichever is on the import path)."""
    import resource

    from sqlalchemy import create_engine, text

    from relay import crypto, db, store
    from relay.writer import GroupWriter, Incoming

    engines = db.make_engines(url)
    master = crypto.MasterKey.load(Path(key_file))
    with engines.read.connect() as conn:
        shops = [row[0] for row in conn.execute(text("SELECT id FROM tenants ORDER BY id"))]
    writer = GroupWriter(engines, master)
    admin = create_engine(url.split("?")[0], isolation_level="AUTOCOMMIT")

    def backends() -> float:
        with admin.connect() as conn:
            pids = [r[0] for r in conn.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :a"),
                                               {"a": app})]
        return sum(own_cpu_seconds(pid) for pid in pids)

    def batches(count: int, tag: str):
        n = 0
        for _ in range(count):
            items = []
            for _k in range(batch):
                body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": shops[n % len(shops)],
                                   "changes": [{"field": "messages", "value": {"messages": [{
                                       "id": f"wamid.{tag}{n}", "timestamp": str(int(time.time())),
                                       "text": {"body": "x" * 600}}]}}]}]}).encode()
                items.append(Incoming(shops[n % len(shops)], body, hashlib.sha256(body).digest(), f"c{n}",
                                      store.now_us()))
                n += 1
            yield items

    for items in batches(20, uuid.uuid4().hex):  # warm-up: device cache, prepared statements
        writer.commit(items)
    work = list(batches(transactions, uuid.uuid4().hex))
    before_tx, pg_before = writer.batches, backends()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    profile = None
    if os.environ.get("KLAROS_BENCH_PAUSE"):  # diagnosis: time to attach perf or strace to this pid
        Path(os.environ["KLAROS_BENCH_PAUSE"]).write_text(str(os.getpid()), encoding="ascii")
        time.sleep(2)
    if os.environ.get("KLAROS_BENCH_PROFILE"):
        import cProfile
        profile = cProfile.Profile()
        profile.enable()
    for items in work:
        writer.commit(items)
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["KLAROS_BENCH_PROFILE"])
    elapsed = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    pg_after = backends()
    done = writer.batches - before_tx
    writer.close()
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    print(json.dumps({"transactions": done, "webhooks": transactions * batch, "cpu": cpu, "pg": pg_after - pg_before,
                      "elapsed": elapsed}))


def run_child(tree: str, url: str, key_file: str, batch: int, transactions: int) -> dict:
    app = f"kbench_commit_{uuid.uuid4().hex[:6]}"
    env = dict(os.environ)
    if tree:
        env.update(PYTHONPATH=str(Path(tree).resolve()), PYTHONSAFEPATH="1")
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", f"{url}&application_name={app}",
                          key_file, str(batch), str(transactions), app], env=env, capture_output=True, text=True,
                         check=True, cwd=tempfile.gettempdir())
    return json.loads(out.stdout.strip().splitlines()[-1])


def setup(url: str, directory: str) -> None:
    """A migrated schema (this process's relay tree) with ``SHOPS`` shops, each with a paired device."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from relay import crypto, db, store
    from relay.embedded import add_device, create_tenant, prepare, relay_settings

    settings = relay_settings(Path(directory), url)
    prepare(settings)
    engines = db.make_engines(url)
    master = crypto.MasterKey.load(settings.master_key_file)
    for n in range(SHOPS):
        tenant = create_tenant(settings, f"Shop {n}")
        public = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                         serialization.PublicFormat.Raw)
        store.pair(engines, master, code=add_device(settings, tenant.tenant_id).code, public_key=public)
    engines.dispose()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--setup":
        setup(sys.argv[2], sys.argv[3])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old-tree", default="", help="the relay of another source tree, run beside this one")
    parser.add_argument("--batch", type=int, action="append", help="webhooks per transaction (default 10)")
    parser.add_argument("--transactions", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from machine import cpu_model
    from relay_ingest import PgSchema

    print(f"PostgreSQL group commit, writer alone; CPU: {cpu_model()} ({os.cpu_count()} logical cores); {load()}")
    trees = [("old", args.old_tree), ("new", "")] if args.old_tree else [("new", "")]
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as schemas:
        urls, keys = {}, {}
        for name, tree in trees:  # each tree's relay on a schema of its own migrations (its own dedupe key)
            urls[name] = schemas.enter_context(PgSchema())
            keys[name] = str(Path(tmp) / name / "relay.key")
            env = dict(os.environ)
            if tree:
                env.update(PYTHONPATH=str(Path(tree).resolve()), PYTHONSAFEPATH="1")
            subprocess.run([sys.executable, str(Path(__file__).resolve()), "--setup", urls[name],
                            str(Path(tmp) / name)], env=env, check=True, cwd=tempfile.gettempdir())
        print(f"{SHOPS} shops paired ({load()})", flush=True)
        for batch in args.batch or [10]:
            results: dict[str, list[dict]] = {name: [] for name, _ in trees}
            for r in range(args.rounds):
                for name, tree in trees:
                    got = run_child(tree, urls[name], keys[name], batch, args.transactions)
                    results[name].append(got)
                    per_tx, pg_tx = (got[k] / got["transactions"] * 1e6 for k in ("cpu", "pg"))
                    print(f"  batch {batch}, round {r + 1}, {name}: writer {per_tx:6.0f} µs/transaction, "
                          f"PostgreSQL {pg_tx:6.0f}; {got['transactions'] / got['elapsed']:.0f} transactions/s "
                          f"({load()})", flush=True)
            print(f"batch {batch}: median CPU per transaction (per webhook), writer + PostgreSQL backends:")
            medians = {}
            for name, _ in trees:
                runs = results[name]
                w = statistics.median(g["cpu"] / g["transactions"] for g in runs) * 1e6
                p = statistics.median(g["pg"] / g["transactions"] for g in runs) * 1e6
                tx_per_webhook = runs[0]["transactions"] / runs[0]["webhooks"]
                medians[name] = (w, p)
                print(f"  {name}: writer {w:6.0f} µs ({w * tx_per_webhook:5.1f} per webhook), PostgreSQL {p:6.0f} µs "
                      f"({p * tx_per_webhook:5.1f} per webhook), together {w + p:6.0f} µs")
            if "old" in medians:
                (wo, po), (wn, pn) = medians["old"], medians["new"]
                print(f"  new/old: writer {wn / wo:.2f}, PostgreSQL {pn / po:.2f}, "
                      f"together {(wn + pn) / (wo + po):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
