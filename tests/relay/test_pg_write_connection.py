"""The PostgreSQL group writer keeps one driver connection: few statements a transaction, none for the pool, a
restarted server costs no webhook, and a failed statement's error quotes no row."""

from __future__ import annotations

import traceback
import uuid

import psycopg
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, event, select, text

from relay import crypto, db, store
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.models import event_keys, events
from relay.writer import GroupWriter

from .conftest import PG_URL, incoming

pytestmark = pytest.mark.postgres


@pytest.fixture
def setup(tmp_path, pg_url):
    """Settings, engines and master key on a fresh schema; the engines' backends carry their own application
    name, so that a test can find and end them."""
    app = f"kt_{uuid.uuid4().hex[:10]}"
    settings = relay_settings(tmp_path / "pgw", f"{pg_url}&application_name={app}")
    prepare(settings)
    engines = db.make_engines(settings.database_url)
    yield settings, engines, crypto.MasterKey.load(settings.master_key_file), app
    engines.dispose()


def paired_shops(settings, engines, master, count: int):
    shops = []
    for n in range(count):
        shop = create_tenant(settings, f"Shop {n}")
        raw = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                     serialization.PublicFormat.Raw)
        store.pair(engines, master, code=add_device(settings, shop.tenant_id).code, public_key=raw)
        shops.append(shop)
    return shops


def end_sessions(application_name: str) -> None:
    """End every PostgreSQL session of that application name (what a database restart does to them)."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            ended = conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE application_name = :a AND pid <> pg_backend_pid()"),
                                 {"a": application_name}).all()
    finally:
        admin.dispose()
    assert ended and all(row[0] for row in ended)


def stored(engines) -> tuple[set[str], int]:
    with engines.read.connect() as conn:
        cids = set(conn.execute(select(events.c.correlation_id)).scalars())
        keys = len(conn.execute(select(event_keys.c.event_id)).all())
    return cids, keys


def frontend_round_trips(trace: str) -> int:
    """Messages after which the client waits for the server (libpq's trace): a simple query, or the Sync that
    ends a run of extended-protocol messages (a pipeline)."""
    lines = [line.split("\t") for line in trace.splitlines()]
    return sum(1 for fields in lines
               if fields[0] == "F" and len(fields) > 2 and fields[2].split()[0] in ("Query", "Sync"))


def test_a_group_commit_checks_out_nothing_and_is_two_round_trips(setup, tmp_path):
    """After its first batch the writer takes no connection from the pool (so no pre-ping ``SELECT 1``), and a
    transaction of several paired shops waits for the server twice: one message for BEGIN, the locks and the
    device lists, then one pipeline for the events with their wrapped keys and notification, and COMMIT. Every
    round trip is a wake-up of the writer and of its backend, each of which may wait for a core."""
    settings, engines, master, _app = setup
    shops = paired_shops(settings, engines, master, 3)
    writer = GroupWriter(engines, master)
    writer.commit([incoming(shop, "warm-up", f"w{n}") for n, shop in enumerate(shops)])

    checkouts: list[object] = []
    event.listen(engines.write, "checkout", lambda *args: checkouts.append(args))
    driver = writer._connection._driver()
    trace_path = tmp_path / "libpq.trace"
    with trace_path.open("wb") as trace:
        driver.pgconn.trace(trace.fileno())
        driver.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS | psycopg.pq.Trace.REGRESS_MODE)
        for round_ in range(3):
            results = writer.commit([incoming(shop, f"round {round_}", f"r{round_}s{n}")
                                     for n, shop in enumerate(shops)])
            assert all(r.event_id for r in results)
        driver.pgconn.untrace()
    writer.close()
    traced = trace_path.read_text(encoding="utf-8", errors="replace")
    assert checkouts == []
    assert "select 1" not in traced.lower()
    assert frontend_round_trips(traced) == 3 * 2, traced
    cids, keys = stored(engines)
    assert len(cids) == 12 and keys == 12


def test_a_writer_whose_backend_was_ended_between_batches_stores_the_next_batch(setup):
    """A PostgreSQL restart (here: the writer's backend terminated) is found on the next batch's first
    statement, before anything of it was written: the batch goes through on a fresh connection, as the pool's
    pre-ping did for a connection taken per batch."""
    settings, engines, master, app = setup
    (shop,) = paired_shops(settings, engines, master, 1)
    writer = GroupWriter(engines, master)
    writer.commit([incoming(shop, "before", "c1")])
    end_sessions(app)
    assert writer.commit([incoming(shop, "after", "c2")])[0].event_id
    assert writer.commit([incoming(shop, "later", "c3")])[0].event_id
    writer.close()
    assert stored(engines) == ({"c1", "c2", "c3"}, 3)


def test_a_failed_group_commit_is_rolled_back_and_its_error_quotes_no_row(setup):
    """PostgreSQL's DETAIL line of some errors quotes the failing row (here the sealed body and its hash): the
    error a failed batch raises, and so the writer's log line, names the failure but not the row. The
    transaction is rolled back and the connection serves the next batch."""
    settings, engines, master, _app = setup
    (shop,) = paired_shops(settings, engines, master, 1)
    writer = GroupWriter(engines, master)
    writer.commit([incoming(shop, "first", "c1")])
    with engines.write.begin() as conn:
        conn.execute(text("ALTER TABLE events ADD CONSTRAINT probe_small CHECK (size < 0) NOT VALID"))
    quoted = f"c-{uuid.uuid4().hex}"  # (made here: a traceback quotes the test's own source lines)
    with pytest.raises(store.StorageError) as caught:
        writer.commit([incoming(shop, "refused", quoted)])
    told = "".join(traceback.format_exception(caught.value))
    assert "probe_small" in told and "CheckViolation" in told
    assert quoted not in told and "Failing row" not in told
    with engines.write.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP CONSTRAINT probe_small"))
    assert writer.commit([incoming(shop, "refused", "c3")])[0].event_id
    writer.close()
    assert stored(engines) == ({"c1", "c3"}, 2)


def test_through_the_writer_process_a_webhook_after_the_backends_were_ended_is_answered_200(tmp_path, pg_url, http):
    """As under ``klaros-relay serve``: every PostgreSQL session of the relay ended between two webhooks (a
    database restart); the second webhook is still stored and answered 200, and the device gets both."""
    from relay.embedded import RelayServer

    from .conftest import pair_device, post_webhook

    app = f"kt_{uuid.uuid4().hex[:10]}"
    with RelayServer(tmp_path / "relay", database_url=f"{pg_url}&application_name={app}",
                     writer_process=True) as server:
        tenant = server.create_tenant("Restart shop")
        desk = pair_device(server, http, tenant.tenant_id)
        assert post_webhook(server.url, http, tenant, text="before").status_code == 200
        end_sessions(app)
        assert post_webhook(server.url, http, tenant, text="after").status_code == 200
        opened = [desk.open(e) for e in desk.pull(http)["events"]]
    assert [b"before" in o for o in opened] == [True, False] and b"after" in opened[1]
