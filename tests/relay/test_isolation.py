"""Two tenants, two devices each: no token ever reads another tenant's events, and another tenant's cursor
(a valid position: every tenant's events draw their ids from one sequence) moves nothing but the device's own."""

from __future__ import annotations

import pytest

from relay import crypto, db, store


def test_two_tenant_two_device_matrix(relay, http, post, pair):
    shops = [relay.create_tenant("A"), relay.create_tenant("B")]
    desks = {shop.tenant_id: [pair(shop.tenant_id, f"{shop.name}{i}") for i in range(2)] for shop in shops}
    for shop in shops:
        for i in range(3):
            assert post(shop, text=f"{shop.name}-message-{i}").status_code == 200
    for shop in shops:
        other = next(s for s in shops if s is not shop)
        for desk in desks[shop.tenant_id]:
            events = desk.pull(http, limit=100)["events"]
            assert len(events) == 3
            bodies = [desk.open(e) for e in events]
            assert all(f"{shop.name}-message-".encode() in b for b in bodies)
            assert not any(f"{other.name}-message-".encode() in b for b in bodies)
            for e in events:  # only its own recipient entry is ever handed out
                assert [r["device_id"] for r in e["sealed"]["recipients"]] == [desk.device_id]
            # the other tenant's devices cannot open them
            for foreign in desks[other.tenant_id]:
                with pytest.raises(crypto.SealError):
                    foreign.open(events[0])
            assert desk.pull(http, after="0")["events"] == events


def texts(desk, events: list[dict]) -> list[str]:
    return [desk.open(e).split(b'"body":"')[1].split(b'"')[0].decode() for e in events]


def test_pulling_after_another_tenants_cursor_gives_only_own_later_events(relay, http, post, pair):
    a, b = relay.create_tenant("A"), relay.create_tenant("B")
    desk_a, desk_b = pair(a.tenant_id), pair(b.tenant_id)
    for text in ("a1", "b1", "a2", "b2", "a3"):
        assert post(a if text[0] == "a" else b, text=text).status_code == 200
    a_cursors = [e["cursor"] for e in desk_a.pull(http)["events"]]
    b_cursors = [e["cursor"] for e in desk_b.pull(http)["events"]]
    assert not set(a_cursors) & set(b_cursors)

    after_b1 = desk_a.pull(http, after=b_cursors[0])
    assert texts(desk_a, after_b1["events"]) == ["a2", "a3"] and after_b1["next_cursor"] == a_cursors[2]
    after_b2 = desk_a.pull(http, after=b_cursors[1])
    assert texts(desk_a, after_b2["events"]) == ["a3"]
    after_a1 = desk_b.pull(http, after=a_cursors[0])
    assert texts(desk_b, after_a1["events"]) == ["b1", "b2"] and after_a1["next_cursor"] == b_cursors[1]
    # past the other tenant's newest: nothing, and the cursor comes back as sent
    assert desk_b.pull(http, after=a_cursors[2]) == {"events": [], "next_cursor": a_cursors[2]}


def test_acking_another_tenants_cursor_moves_only_the_own_device(relay, http, post, pair):
    """The cap is the own tenant's newest event, the update the own device's row, the pruning the own
    tenant's events: each is checked against a cursor of the other tenant that is past the own events."""
    a, b = relay.create_tenant("A"), relay.create_tenant("B")
    desk_a = pair(a.tenant_id)
    b_desks = [pair(b.tenant_id, "B0"), pair(b.tenant_id, "B1")]
    engines = db.make_engines(relay.settings.database_url)

    def b_state() -> tuple[dict, list[list[str]]]:
        acked = {d.id: d.acked_cursor for d in store.list_devices(engines, b.tenant_id)}
        return acked, [texts(d, d.pull(http)["events"]) for d in b_desks]

    try:
        post(a, text="a1")
        post(b, text="b1")
        a1 = desk_a.pull(http)["events"][0]["cursor"]
        b1 = b_desks[0].pull(http)["events"][0]["cursor"]
        before = b_state()
        assert before[1] == [["b1"], ["b1"]]
        # B's cursor is past A's newest event: A's acknowledgement stops at A's newest
        assert desk_a.ack(http, b1).json() == {"acked": a1}
        assert b_state() == before

        post(b, text="b2")
        post(a, text="a2")
        a2 = desk_a.pull(http, after=a1)["events"][0]["cursor"]
        # A acknowledges everything it has, B's older events included by id: only A's own go
        assert desk_a.ack(http, a2).json() == {"acked": a2}
        acked, pulled = b_state()
        assert acked == before[0] and pulled == [["b1", "b2"], ["b1", "b2"]]
        assert desk_a.pull(http) == {"events": [], "next_cursor": None}
        depths = store.queue_depths(engines)
        assert depths.get(a.tenant_id, 0) == 0 and depths[b.tenant_id] == 2
    finally:
        engines.dispose()
