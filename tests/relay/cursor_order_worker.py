"""One writer or reader process of ``test_cursor_order`` (run by path, so it needs nothing from the tests).

``write URL KEY_FILE SEED BATCHES TENANT...``: group commits of 1..12 webhooks each, for tenants drawn at random.
``read URL DEVICE TENANT STOP_FILE OUT_FILE SEED``: pulls by cursor as fast as it can, a random page size each
time, until STOP_FILE exists and a pull after that found nothing; writes the cursors it got, in order, to OUT_FILE.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

from relay import crypto, db, store
from relay.writer import GroupWriter, Incoming, Stored


def write(url: str, key_file: str, seed: int, batches: int, tenants: list[str]) -> None:
    engines = db.make_engines(url)
    writer = GroupWriter(engines, crypto.MasterKey.load(Path(key_file)))
    rng = random.Random(seed)
    try:
        for b in range(batches):
            items = []
            for i in range(rng.randint(1, 12)):
                body = f"writer {seed} batch {b} item {i}".encode()
                items.append(Incoming(rng.choice(tenants), body, hashlib.sha256(body).digest(), f"c{seed}-{b}-{i}",
                                      store.now_us()))
            results = writer.commit(items)
            if not all(isinstance(r, Stored) and r.event_id for r in results):
                raise SystemExit(f"batch {b} was not stored whole: {results}")
    finally:
        engines.dispose()


def read(url: str, device_id: str, tenant_id: str, stop_file: str, out_file: str, seed: int) -> None:
    engines = db.make_engines(url)
    device = store.DeviceAuth(device_id, tenant_id)
    rng = random.Random(seed)
    cursor, seen = 0, []
    try:
        while True:
            stopping = Path(stop_file).exists()  # every writer ended before it was made: the next pull sees all
            rows = store.fetch_events(engines, device, after=cursor, limit=rng.randint(1, 8))
            seen += [r.cursor for r in rows]
            if rows:
                cursor = rows[-1].cursor
            elif stopping:
                break
    finally:
        engines.dispose()
    Path(out_file).write_text(json.dumps(seen), encoding="utf-8")


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "write":
        write(args[0], args[1], int(args[2]), int(args[3]), args[4:])
    else:
        read(args[0], args[1], args[2], args[3], args[4], int(args[5]))
