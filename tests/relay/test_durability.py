"""SIGKILL during a burst: every webhook answered 200 is pulled later, and nothing twice after ack."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from relay.embedded import RelayProcess, create_tenant, prepare, relay_settings, sign, webhook_body

TOTAL = 600
KILL_AFTER = 150


async def burst(process: RelayProcess, tenant, bodies: list[bytes]) -> set[str]:
    """Post concurrently; SIGKILL the server after KILL_AFTER successes; return wamids answered 200."""
    ok: set[str] = set()
    queue: asyncio.Queue = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)

    async def sender(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            body = queue.get_nowait()
            try:
                response = await client.post(process.url + tenant.webhook_path, content=body,
                                             headers={"X-Hub-Signature-256": sign(body, tenant.app_secret)})
            except httpx.HTTPError:
                continue
            if response.status_code == 200:
                ok.add(wamid_of(body))
                if len(ok) == KILL_AFTER:
                    process.kill()

    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(max_connections=32)) as client:
        await asyncio.gather(*(sender(client) for _ in range(32)))
    return ok


def wamid_of(body: bytes) -> str:
    return json.loads(body)["entry"][0]["changes"][0]["value"]["messages"][0]["id"]


def drain(http: httpx.Client, desk) -> tuple[list[str], str | None]:
    """Pull from the oldest kept event to the end; (wamids in order, last cursor)."""
    seen, cursor = [], None
    while True:
        page = desk.pull(http, after=cursor, limit=500)
        if not page["events"]:
            return seen, cursor
        seen += [wamid_of(desk.open(e)) for e in page["events"]]
        cursor = page["next_cursor"]


@pytest.mark.slow
async def test_sigkill_mid_burst_loses_nothing_answered(tmp_path, database_url, pair_on):
    settings = relay_settings(tmp_path / "crash", database_url)
    prepare(settings)
    shop = create_tenant(settings)
    bodies = [webhook_body(shop, text=f"order {i}", wamid=f"wamid.crash{i:04d}") for i in range(TOTAL)]
    first = RelayProcess(settings, log_file=tmp_path / "first.log").start()
    try:
        desk = pair_on(first, shop.tenant_id)
        answered = await burst(first, shop, bodies)
    finally:
        first.kill()
    assert len(answered) >= KILL_AFTER
    assert first.process.returncode == -9
    with RelayProcess(settings, port=first.port) as second, httpx.Client(timeout=30) as http:
        pulled, cursor = drain(http, desk)
        assert len(pulled) == len(set(pulled)), "an event was delivered twice"
        assert answered <= set(pulled), f"lost {len(answered - set(pulled))} acknowledged webhooks"
        assert desk.ack(http, cursor).status_code == 200
        # Meta retries whatever did not get a 200; duplicates of stored ones are absorbed
        for body in bodies:
            response = http.post(second.url + shop.webhook_path, content=body,
                                 headers={"X-Hub-Signature-256": sign(body, shop.app_secret)})
            assert response.status_code == 200
        after_ack, _ = drain(http, desk)
        assert set(after_ack).isdisjoint(pulled), "an acknowledged event came back"
        assert len(after_ack) == len(set(after_ack))
        assert set(after_ack) | set(pulled) == {wamid_of(b) for b in bodies}


def test_sqlite_connections_are_durable_and_keep_statement_journals_in_memory(tmp_path):
    """WAL with synchronous=FULL (a committed webhook survives a power cut); a group commit's statement
    journal stays in memory instead of a temporary file created and deleted per batch."""
    from relay import db

    engines = db.make_engines(f"sqlite:///{tmp_path / 'relay.sqlite3'}")
    try:
        for engine in (engines.read, engines.write):
            with engine.connect() as conn:
                pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
                assert pragma("journal_mode") == "wal"
                assert pragma("synchronous") == 2  # FULL
                assert pragma("temp_store") == 2  # MEMORY
    finally:
        engines.dispose()
