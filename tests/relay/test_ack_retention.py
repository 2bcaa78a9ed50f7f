"""Ack, pruning and retention; and that no message text is left readable in the database."""

from __future__ import annotations

from sqlalchemy import func, select, text

from relay import db, store
from relay.models import events


def live_count(relay) -> int:
    engines = db.make_engines(relay.settings.database_url)
    try:
        with engines.read.connect() as conn:
            return conn.execute(select(func.count()).select_from(events).where(events.c.live)).scalar_one()
    finally:
        engines.dispose()


def test_event_deleted_only_when_every_active_device_acked(relay, http, post, pair):
    shop = relay.create_tenant()
    one, two = pair(shop.tenant_id, "one"), pair(shop.tenant_id, "two")
    for i in range(3):
        post(shop, text=f"m{i}")
    pulled = one.pull(http)
    assert len(pulled["events"]) == 3
    assert one.ack(http, pulled["events"][1]["cursor"]).json() == {"acked": pulled["events"][1]["cursor"]}
    assert live_count(relay) == 3  # device two has not acknowledged
    two.ack(http, pulled["events"][1]["cursor"])
    assert live_count(relay) == 1
    assert one.pull(http)["events"] == pulled["events"][2:]
    assert [e["cursor"] for e in two.pull(http, after=pulled["events"][0]["cursor"])["events"]] == \
        [pulled["events"][2]["cursor"]]


def test_revoking_the_laggard_releases_the_queue(relay, http, post, pair):
    shop = relay.create_tenant()
    one, two = pair(shop.tenant_id, "one"), pair(shop.tenant_id, "two")
    post(shop)
    one.ack(http, one.pull(http)["next_cursor"])
    assert live_count(relay) == 1
    engines = db.make_engines(relay.settings.database_url)
    try:
        store.revoke_device(engines, two.device_id)
    finally:
        engines.dispose()
    assert live_count(relay) == 0


def test_ack_cannot_run_ahead_of_stored_events(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    post(shop)
    cursor = desk.pull(http)["next_cursor"]
    assert desk.ack(http, "99999999").json() == {"acked": cursor}
    post(shop, text="later")
    (event,) = desk.pull(http, after=cursor)["events"]
    assert b"later" in desk.open(event)


def test_bad_ack_bodies_are_400(relay, http, pair):
    desk = pair(relay.create_tenant().tenant_id)
    for body in ({}, {"up_to": "abc"}, {"up_to": "-1"}, [1]):
        assert http.post(relay.url + "/v1/events/ack", json=body, headers=desk.auth).status_code == 400
    assert http.get(relay.url + "/v1/events", params={"after": "x"}, headers=desk.auth).status_code == 400
    assert http.get(relay.url + "/v1/events", params={"limit": "0"}, headers=desk.auth).status_code == 400
    assert http.get(relay.url + "/v1/events", params={"wait": "nan"}, headers=desk.auth).status_code == 400


def test_acked_events_are_still_deduplicated_until_retention(relay, http, post, pair):
    from relay.embedded import webhook_body

    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    body = webhook_body(shop, wamid="wamid.retry")
    post(shop, body)
    desk.ack(http, desk.pull(http)["next_cursor"])
    assert live_count(relay) == 0
    retry = post(shop, body)  # Meta retries for days
    assert retry.json()["duplicate"] is True
    assert desk.pull(http)["events"] == []


def test_retention_deletes_unacknowledged_events(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    post(shop, text="old")
    engines = db.make_engines(relay.settings.database_url)
    try:
        assert store.prune_expired(engines, retention_seconds=30 * 86400) == 0
        future = store.now_us() + 31 * 86400 * 1_000_000
        assert store.prune_expired(engines, retention_seconds=30 * 86400, now=future) == 1
    finally:
        engines.dispose()
    assert desk.pull(http)["events"] == []


def test_no_message_text_or_secret_anywhere_in_the_database(relay, http, post, pair, tmp_path):
    marker = "Pineapple-Secret-Order-4711"
    shop = relay.create_tenant()
    post(shop, text=marker)  # held for a future device
    desk = pair(shop.tenant_id)
    waiting = relay.add_device(shop.tenant_id, "not paired yet")  # an unused pairing code stays in the table
    post(shop, text=marker + "-2")
    needles = [marker.encode(), marker.encode("utf-16-le"), shop.app_secret.encode(), shop.verify_token.encode(),
               desk.token.encode(), waiting.code.encode(), waiting.code.replace("-", "").encode()]
    if relay.settings.is_sqlite:
        folder = tmp_path
        blobs = [p.read_bytes() for p in folder.rglob("*") if p.is_file() and "sqlite3" in p.name]
        assert blobs
    else:
        engines = db.make_engines(relay.settings.database_url)
        try:
            with engines.read.connect() as conn:
                blobs = [str(row).encode() + b"".join(v for v in row if isinstance(v, bytes))
                         for table in ("tenants", "devices", "events", "event_keys")
                         for row in conn.execute(text(f"SELECT * FROM {table}"))]
        finally:
            engines.dispose()
    for blob in blobs:
        for needle in needles:
            assert needle not in blob
