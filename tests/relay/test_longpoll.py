"""Long-poll: a waiting pull answers as soon as a webhook is stored, in this process or another one."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from relay.testing import RelayProcess, RelayServer, create_tenant, prepare, relay_settings

GENEROUS = 2.0  # far below the 20 s wait: proves a wake-up, not a timeout; milliseconds are measured in bench/


def pull_in_background(url: str, token: str, after: str | None = None, wait: float = 20):
    result: dict = {}

    def run() -> None:
        params = {"wait": str(wait)}
        if after:
            params["after"] = after
        with httpx.Client(timeout=60) as client:
            response = client.get(url + "/v1/events", params=params, headers={"Authorization": f"Bearer {token}"})
        result["at"] = time.monotonic()
        result["json"] = response.json()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_waiting_pull_wakes_on_arrival(relay, http, post, pair):
    shop = relay.create_tenant()
    desk = pair(shop.tenant_id)
    thread, result = pull_in_background(relay.url, desk.token)
    time.sleep(0.3)  # let the pull reach its wait (setup, not an assertion)
    assert "json" not in result
    sent = time.monotonic()
    assert post(shop, text="wake up").status_code == 200
    thread.join(30)
    (event,) = result["json"]["events"]
    assert b"wake up" in desk.open(event)
    assert result["at"] - sent < GENEROUS


def test_wait_expires_with_no_events(relay, http, pair):
    desk = pair(relay.create_tenant().tenant_id)
    answer = desk.pull(http, wait=0.2)
    assert answer == {"events": [], "next_cursor": None}


def test_other_tenants_webhook_does_not_answer_the_pull(relay, http, post, pair):
    a, b = relay.create_tenant("A"), relay.create_tenant("B")
    desk_a = pair(a.tenant_id)
    thread, result = pull_in_background(relay.url, desk_a.token, wait=1.0)
    time.sleep(0.2)
    post(b, text="not for A")
    thread.join(30)
    assert result["json"]["events"] == []


@pytest.mark.slow
@pytest.mark.postgres
def test_pull_on_one_process_wakes_for_webhook_received_by_another(tmp_path, pg_url, http, pair_on):
    settings = relay_settings(tmp_path / "mp", pg_url)
    prepare(settings)
    shop = create_tenant(settings)
    with RelayProcess(settings) as receiver, RelayServer(tmp_path / "mp", settings=settings) as puller:
        desk = pair_on(puller, shop.tenant_id)
        cursor = None
        for i in range(5):
            thread, result = pull_in_background(puller.url, desk.token, after=cursor)
            time.sleep(0.3)
            from relay.testing import sign, webhook_body

            body = webhook_body(shop, text=f"cross-{i}")
            sent = time.monotonic()
            response = http.post(receiver.url + shop.webhook_path, content=body,
                                 headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
            assert response.status_code == 200
            thread.join(30)
            (event,) = result["json"]["events"]
            assert desk.open(event) == body
            assert result["at"] - sent < GENEROUS
            cursor = result["json"]["next_cursor"]
