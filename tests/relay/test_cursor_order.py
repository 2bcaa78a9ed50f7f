"""A tenant's cursor never skips or reorders while several processes commit for several tenants at once.

Writer processes run group commits of random tenants' webhooks while reader processes (one per device) pull
by cursor with random page sizes. A cursor that became visible after a larger one would be skipped by a
reader already past it: its device would miss that event for ever. So every device must end up with exactly
the tenant's events, each once, in increasing cursor order.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from relay import crypto, db, store
from relay.embedded import create_tenant, prepare, relay_settings
from relay.models import events

WORKER = Path(__file__).resolve().parent / "cursor_order_worker.py"
WRITERS = 4
TENANTS = 4
BATCHES = 150  # per writer, 1..12 webhooks each


def paired_device(engines: db.Engines, master: crypto.MasterKey, tenant_id: str) -> str:
    code = store.add_device(engines, tenant_id, "Desk", ttl_seconds=600)
    public = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                   serialization.PublicFormat.Raw)
    return store.pair(engines, master, code=code.code, public_key=public).device_id


def finish(process: subprocess.Popen, what: str) -> None:
    try:
        _out, err = process.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 0, f"{what} failed: {err.decode(errors='replace')[-2000:]}"


@pytest.mark.slow
def test_concurrent_writer_processes_never_let_a_cursor_skip_or_reorder(tmp_path, database_url):
    settings = relay_settings(tmp_path / "order", database_url)
    prepare(settings)
    tenants = [create_tenant(settings, f"Shop {n}").tenant_id for n in range(TENANTS)]
    engines = db.make_engines(database_url)
    master = crypto.MasterKey.load(settings.master_key_file)
    # one device per tenant, a second one on the first tenant
    devices = [(paired_device(engines, master, t), t) for t in [*tenants, tenants[0]]]
    stop = tmp_path / "writers-done"
    url, key = database_url, str(settings.master_key_file)
    readers = [(subprocess.Popen([sys.executable, str(WORKER), "read", url, device_id, tenant_id, str(stop),
                                  str(tmp_path / f"seen-{n}.json"), str(n)], stderr=subprocess.PIPE), device_id)
               for n, (device_id, tenant_id) in enumerate(devices)]
    writers = [subprocess.Popen([sys.executable, str(WORKER), "write", url, key, str(100 + n), str(BATCHES),
                                 *tenants], stderr=subprocess.PIPE) for n in range(WRITERS)]
    try:
        for writer in writers:
            finish(writer, "a writer")
    finally:
        stop.touch()
        for reader, device_id in readers:
            finish(reader, f"the reader of device {device_id}")
    with engines.read.connect() as conn:
        stored = {t: list(conn.execute(select(events.c.id).where(events.c.tenant_id == t).order_by(events.c.id))
                          .scalars()) for t in tenants}
    engines.dispose()
    assert sum(len(ids) for ids in stored.values()) > WRITERS * BATCHES  # every batch stored something
    for n, (_device_id, tenant_id) in enumerate(devices):
        seen = json.loads((tmp_path / f"seen-{n}.json").read_text(encoding="utf-8"))
        reordered = [(a, b) for a, b in itertools.pairwise(seen) if b <= a]
        assert not reordered, f"device {n} got a cursor after a larger or equal one: {reordered[:5]}"
        skipped = sorted(set(stored[tenant_id]) - set(seen))
        assert not skipped, (f"device {n} never got {len(skipped)} of its tenant's events (visible only after a "
                             f"larger cursor had been pulled): {skipped[:10]}")
        assert seen == stored[tenant_id]
