"""A pull's answer is bounded in bytes, not only in events: ``limit`` events of Meta's largest size would
otherwise be built in memory at once. At least one event always moves, however big."""

from __future__ import annotations

import gc
import tracemalloc

from relay.embedded import RelayServer

from .conftest import post_webhook

BUDGET = 1024 * 1024


def test_pulls_stay_within_the_byte_budget_and_still_move_a_bigger_event(tmp_path, database_url, http, pair_on):
    with RelayServer(tmp_path / "p", database_url=database_url, max_pull_bytes=BUDGET) as relay:
        shop = relay.create_tenant()
        desk = pair_on(relay, shop.tenant_id)
        texts = [f"{i:02d}" + "x" * 300_000 for i in range(10)]
        for text in texts:
            assert post_webhook(relay.url, http, shop, text=text).status_code == 200
        big = "B" * 2_500_000  # alone larger than the budget
        assert post_webhook(relay.url, http, shop, text=big).status_code == 200

        got, sizes, after = [], [], None
        while len(got) < len(texts) + 1:
            response = http.get(relay.url + "/v1/events", headers=desk.auth,
                                params={"limit": "100", **({"after": after} if after else {})})
            page = response.json()
            assert page["events"], "a pull must always move at least one event"
            sizes.append((len(page["events"]), len(response.content)))
            got += [desk.open(e) for e in page["events"]]
            after = page["next_cursor"]
        assert [t.encode() in body for t, body in zip([*texts, big], got, strict=True)] == [True] * 11
        *small_pages, (last_count, _) = sizes
        assert all(n >= 1 and size <= BUDGET for n, size in small_pages)
        assert len(small_pages) >= 4  # 10 events of ~400 KB in JSON: at most two fit a 1 MiB answer
        assert last_count == 1  # the big event moved on its own


def test_a_pull_does_not_build_limit_times_the_event_size_in_memory(tmp_path, database_url, http, pair_on):
    with RelayServer(tmp_path / "m", database_url=database_url, max_pull_bytes=BUDGET) as relay:
        shop = relay.create_tenant()
        desk = pair_on(relay, shop.tenant_id)
        for i in range(12):  # 12 events of ~400 KB waiting: ~6.4 MB as JSON in one answer without a bound
            assert post_webhook(relay.url, http, shop, text=f"{i:02d}" + "y" * 400_000).status_code == 200
        gc.collect()
        tracemalloc.start()
        try:
            response = http.get(relay.url + "/v1/events", headers=desk.auth, params={"limit": "100"})
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert response.status_code == 200 and len(response.json()["events"]) >= 1
        assert peak < 8 * BUDGET, f"one pull peaked at {peak / 2**20:.1f} MiB"
