"""Two tenants, two devices each: no token ever reads another tenant's events."""

from __future__ import annotations

import pytest

from relay import crypto


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
            # cursors from the other tenant give nothing of theirs either
            for foreign in desks[other.tenant_id]:
                with pytest.raises(crypto.SealError):
                    foreign.open(events[0])
            assert desk.pull(http, after="0")["events"] == events


def test_acking_other_tenants_cursors_does_not_delete_their_events(relay, http, post, pair):
    a, b = relay.create_tenant("A"), relay.create_tenant("B")
    desk_a, desk_b = pair(a.tenant_id), pair(b.tenant_id)
    post(b, text="b1")
    post(a, text="a1")
    b_events = desk_b.pull(http)["events"]
    assert desk_a.ack(http, "999999").status_code == 200
    assert desk_b.pull(http)["events"] == b_events
