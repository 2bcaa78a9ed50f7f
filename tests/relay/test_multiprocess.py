"""Several server processes on one PostgreSQL: no cursor lost or duplicated while pulling during the burst."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from relay.embedded import RelayProcess, create_tenant, prepare, relay_settings, sign, webhook_body

TOTAL = 400


@pytest.mark.slow
@pytest.mark.postgres
async def test_two_processes_share_the_work_without_lost_or_duplicated_cursors(tmp_path, pg_url, pair_on):
    settings = relay_settings(tmp_path / "mp", pg_url)
    prepare(settings)
    shop = create_tenant(settings)
    bodies = [webhook_body(shop, wamid=f"wamid.mp{i:04d}") for i in range(TOTAL)]
    with RelayProcess(settings, workers=2) as a, RelayProcess(settings) as b:
        desk = pair_on(a, shop.tenant_id)
        received: list[tuple[int, str]] = []
        done = asyncio.Event()

        async def puller(client: httpx.AsyncClient) -> None:
            cursor = None
            while not (done.is_set() and len(received) >= TOTAL):
                params = {"wait": "1", "limit": "50", **({"after": cursor} if cursor else {})}
                page = (await client.get(a.url + "/v1/events", params=params, headers=desk.auth)).json()
                for event in page["events"]:
                    body = desk.open(event)
                    received.append((int(event["cursor"]), json.loads(body)["entry"][0]["changes"][0]["value"]
                                     ["messages"][0]["id"]))
                cursor = page["next_cursor"] or cursor
                if done.is_set() and not page["events"]:
                    break

        async def sender(client: httpx.AsyncClient, part: list[bytes], url: str) -> None:
            for body in part:
                response = await client.post(url + shop.webhook_path, content=body,
                                             headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
                assert response.status_code == 200

        async with httpx.AsyncClient(timeout=30) as client:
            pull_task = asyncio.create_task(puller(client))
            senders = [sender(client, bodies[i::8], (a.url, b.url)[i % 2]) for i in range(8)]
            await asyncio.gather(*senders)
            done.set()
            await asyncio.wait_for(pull_task, 60)
    cursors = [c for c, _ in received]
    assert cursors == sorted(cursors) and len(set(cursors)) == len(cursors)
    assert sorted(w for _, w in received) == sorted(f"wamid.mp{i:04d}" for i in range(TOTAL))
