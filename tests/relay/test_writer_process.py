"""The writer process that ``serve`` seals and stores through: same answers as the thread writer, survives its
own death and storage errors, and never outlives the serving process."""

from __future__ import annotations

import asyncio
import io
import os
import queue
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from relay import db
from relay.embedded import RelayProcess, RelayServer, create_tenant, prepare, relay_settings, webhook_body
from relay.writer_process import WriterProcess, _take, encode, read_frame

from .conftest import post_webhook

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="kills processes by signal")


@pytest.fixture
def served(tmp_path, database_url):
    """A relay whose webhooks go through a writer process, as under ``klaros-relay serve``."""
    with RelayServer(tmp_path / "relay", database_url=database_url, writer_process=True) as server:
        yield server


def writer_of(server: RelayServer) -> WriterProcess:
    writer = server.app.state.relay.writer
    assert isinstance(writer, WriterProcess)
    return writer


def wait_until(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_frames_round_trip_and_queued_batches_are_stored_together():
    stream = io.BytesIO(encode({"log_level": "info"}) + encode([("t", b"body", b"h" * 32, "cid", 1)]))
    assert read_frame(stream) == {"log_level": "info"}
    assert read_frame(stream) == [("t", b"body", b"h" * 32, "cid", 1)]
    with pytest.raises(EOFError):
        read_frame(stream)

    inbox: queue.SimpleQueue = queue.SimpleQueue()
    for frame in ([1, 2], [3], [4, 5, 6], [7]):
        inbox.put(("parent", frame))
    # merged until the limit is reached
    assert _take(inbox, limit=4) == ([("parent", [1, 2]), ("parent", [3]), ("parent", [4, 5, 6])], False)
    inbox.put(None)
    assert _take(inbox, limit=4) == ([("parent", [7])], True)  # the parent went away: store what came, then stop


def test_webhooks_go_through_a_child_process_sealed_stored_once_and_pulled(served, http, pair):
    tenant = served.create_tenant("Process shop")
    desk = pair(tenant.tenant_id)
    writer = writer_of(served)
    assert writer.alive and writer.pid != os.getpid()

    async def burst() -> list[int]:
        async with httpx.AsyncClient(timeout=20) as client:
            bodies = [webhook_body(tenant, text=f"order {i}", wamid=f"wamid.proc{i:04d}") for i in range(40)]
            bodies += bodies[:5]  # Meta's retries, some while the first copy is still in flight
            sent = [post_webhook_async(client, served.url, tenant, body) for body in bodies]
            return [r.status_code for r in await asyncio.gather(*sent)]

    statuses = asyncio.run(burst())
    assert statuses == [200] * 45
    page = desk.pull(http, limit=100)
    texts = sorted(desk.open(e) for e in page["events"])
    assert len(texts) == 40 and all(b"order " in t for t in texts)
    assert writer.rows == 45 and 1 <= writer.batches <= 45  # transactions: queued batches share one
    metrics = http.get(served.url + "/metrics").text
    assert "klaros_relay_writer_rows_total 45" in metrics


async def post_webhook_async(client: httpx.AsyncClient, url: str, tenant, body: bytes) -> httpx.Response:
    from relay.embedded import sign

    return await client.post(url + tenant.webhook_path, content=body,
                             headers={"X-Hub-Signature-256": sign(body, tenant.app_secret)})


@posix_only
def test_a_dead_writer_process_answers_503_then_is_replaced(served, http, pair):
    tenant = served.create_tenant("Crash shop")
    desk = pair(tenant.tenant_id)
    writer = writer_of(served)
    assert post_webhook(served.url, http, tenant, text="before").status_code == 200
    first = writer.pid
    os.kill(first, signal.SIGKILL)
    wait_until(lambda: not writer.alive)
    health = http.get(served.url + "/healthz")
    assert health.status_code == 503 and health.json()["writer"] == "restarting"
    assert post_webhook(served.url, http, tenant, text="while it is down").status_code == 503  # Meta retries
    wait_until(lambda: writer.alive)
    assert writer.pid != first and writer.restarts == 1
    assert http.get(served.url + "/healthz").status_code == 200
    assert "klaros_relay_writer_restarts_total 1" in http.get(served.url + "/metrics").text
    assert post_webhook(served.url, http, tenant, text="after").status_code == 200
    opened = [desk.open(e) for e in desk.pull(http)["events"]]
    assert [b"before" in o for o in opened] == [True, False] and b"after" in opened[1]


@posix_only
def test_the_writer_process_outlives_a_stop_signal_to_its_group_and_ends_with_its_parent(served, http, pair):
    """systemd and Ctrl+C signal every process of the group; the serving process drains, so its writer must
    stay until the parent closes the pipe."""
    tenant = served.create_tenant("Signal shop")
    pair(tenant.tenant_id)
    writer = writer_of(served)
    for sig in (signal.SIGTERM, signal.SIGINT):
        os.kill(writer.pid, sig)
    time.sleep(0.3)
    assert writer.alive and writer.restarts == 0
    assert post_webhook(served.url, http, tenant, text="still stored").status_code == 200
    pid = writer.pid
    served.stop()
    wait_until(lambda: not Path(f"/proc/{pid}").exists() if Path("/proc").exists() else True)


def test_an_answer_that_fits_no_batch_replaces_the_writer_instead_of_hanging(served, http):
    tenant = served.create_tenant("Desync shop")
    writer = writer_of(served)
    first = writer.pid
    loop = served.app.state.relay.hub.loop
    stdout = writer._child.process.stdout  # an answer arrives on the pipe while nothing is in flight
    loop.call_soon_threadsafe(stdout.feed_data, encode(("ok", [1], 1, 0.0, 0)))
    wait_until(lambda: writer.alive and writer.pid != first)
    assert post_webhook(served.url, http, tenant, text="after").status_code == 200


def test_a_storage_error_answers_503_and_the_writer_process_carries_on(served, http, pair):
    tenant = served.create_tenant("Broken table shop")
    desk = pair(tenant.tenant_id)
    engines = db.make_engines(served.settings.database_url)
    try:
        with engines.write.begin() as conn:
            conn.execute(text("ALTER TABLE event_keys RENAME TO event_keys_away"))
        assert post_webhook(served.url, http, tenant, text="cannot be stored").status_code == 503
        assert writer_of(served).alive
        with engines.write.begin() as conn:
            conn.execute(text("ALTER TABLE event_keys_away RENAME TO event_keys"))
    finally:
        engines.dispose()
    assert post_webhook(served.url, http, tenant, text="stored again").status_code == 200
    (event,) = desk.pull(http)["events"]
    assert b"stored again" in desk.open(event)


def child_pids(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii").split()]


@posix_only
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the child through /proc")
def test_the_writer_process_ends_with_its_serving_process_even_on_sigkill(tmp_path):
    settings = relay_settings(tmp_path / "orphan")
    prepare(settings)
    tenant = create_tenant(settings, "Orphan shop")
    with RelayProcess(settings) as server, httpx.Client(timeout=20) as http:
        assert post_webhook(server.url, http, tenant, text="stored").status_code == 200
        (child,) = child_pids(server.process.pid)
        server.kill()
    wait_until(lambda: not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2])


def test_serve_uses_a_writer_process_unless_told_to_use_a_thread(tmp_path):
    import subprocess

    settings = relay_settings(tmp_path / "mode")
    prepare(settings)
    code = (
        "from starlette.testclient import TestClient\n"
        "from relay.app import create_app_from_env\n"
        "app = create_app_from_env()\n"
        "with TestClient(app) as client:\n"
        "    assert client.get('/healthz').status_code == 200\n"
        "    print(type(app.state.relay.writer).__name__)\n"
    )
    kinds = {}
    for mode in ("", "thread"):
        env = {**os.environ, **settings.to_env(), "KLAROS_RELAY_WRITER": mode}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                              cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        kinds[mode] = done.stdout.split()[-1]
    assert kinds == {"": "GatheringWriterProcess", "thread": "GroupWriter"}  # relay.writer_frames
