"""``serve --workers N`` on PostgreSQL: one writer process for all serving processes, its transactions shared by
their webhooks, restarted when it dies, gone when ``serve`` stops; its commit loop answering each connection."""

from __future__ import annotations

import asyncio
import hashlib
import os
import queue
import re
import signal
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from relay import store
from relay.embedded import RelayProcess, create_tenant, prepare, relay_settings, sign, webhook_body
from relay.writer import Incoming, Stored
from relay.writer_process import WriterProcess, commit_forever, encode

from .conftest import RawConnection

linux_only = pytest.mark.skipif(not Path("/proc/self/task").exists() or sys.platform == "win32",
                                reason="finds processes through /proc and kills them by signal")


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = [int(c) for c in (task / "children").read_text(encoding="ascii").split()]
                found += children
                todo += children
        except OSError:
            continue
    return found


def cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def writer_pids(server: RelayProcess) -> list[int]:
    assert server.process is not None
    return [pid for pid in descendants(server.process.pid) if b"relay.writer_process" in cmdline(pid)]


def environ(pid: int) -> list[bytes]:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return []


def gone(pid: int) -> bool:
    try:
        return "Z" in Path(f"/proc/{pid}/stat").read_text(encoding="ascii").split()[2]
    except OSError:
        return True


def the_writer(server: RelayProcess) -> int:
    pids = writer_pids(server)
    assert len(pids) == 1, f"expected one writer process for every serving process, found {len(pids)}"
    return pids[0]


# ------------------------------------------------------------------------------------------ commit loop


class FakeWriter:
    """``GroupWriter.commit`` as the loop sees it: one transaction per call, ids in order."""

    def __init__(self) -> None:
        self.batches = 0
        self.lock_wait_seconds = 0.0
        self.expired = 0
        self.commits: list[list[str]] = []

    def commit(self, items: list[Incoming]) -> list[Stored]:
        self.commits.append([item.correlation_id for item in items])
        self.batches += 1
        self.lock_wait_seconds += 0.5
        return [Stored(len(self.commits) * 100 + n) for n in range(len(items))]


class FakeChannel:
    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.closed = False

    def send(self, data: bytes) -> None:
        self.sent.append(data)

    def close(self) -> None:
        self.closed = True


def row(name: str) -> tuple:
    return ("tenant", b"body", name.encode("ascii").ljust(32, b"-"), name, 1, ())


def test_batches_of_several_connections_share_one_transaction_and_each_connection_gets_its_answers():
    writer, a, b = FakeWriter(), FakeChannel(), FakeChannel()
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    for item in ((a, [row("a1"), row("a2")]), (b, [row("b1")]), (a, [row("a3")]), (b, None), None):
        inbox.put(item)
    commit_forever(writer, inbox, limit=512)
    assert writer.commits == [["a1", "a2", "b1", "a3"]]  # one COMMIT for both connections
    assert a.sent == [encode(("ok", [100, 101], 1, 0.5, 0, 4)) + encode(("ok", [103], 0, 0.0, 0, 0))]
    # the transaction is counted once (its first batch); each connection's first answer carries its size
    assert b.sent == [encode(("ok", [102], 0, 0.0, 0, 4))]
    assert b.closed and not a.closed  # b's stream ended after its batch was answered


def test_each_serving_process_holds_by_the_size_of_the_shared_transaction(tmp_path):
    async def answer() -> int:
        writer = WriterProcess(relay_settings(tmp_path / "hold"))
        writer._loop = asyncio.get_running_loop()
        future = writer._loop.create_future()
        writer._in_flight.append([(Incoming(*row("x")), future)])
        writer._answer(("ok", [7], 0, 0.0, 0, 40))  # another connection's batch opened the transaction
        assert (await future) == Stored(7)
        return writer._last_commit

    assert asyncio.run(answer()) == 40


# ----------------------------------------------------------------------------------- serve --workers 2


def pinned_connections(url: str, per_worker: int) -> dict[str, list[RawConnection]]:
    """Keep-alive connections by the serving process that accepted them (its pid, from /metrics)."""
    by_pid: dict[str, list[RawConnection]] = {}
    spare: list[RawConnection] = []
    for _ in range(400):
        if len(by_pid) >= 2 and all(len(c) >= per_worker for c in by_pid.values()):
            break
        conn = RawConnection(url)
        status, _, body = conn.request("GET", "/metrics")
        assert status == 200
        pid = next(line.split('"')[1] for line in body.decode("utf-8").splitlines()
                   if line.startswith("klaros_relay_process_info"))
        (by_pid.setdefault(pid, []) if len(by_pid.get(pid, [])) < per_worker else spare).append(conn)
    for conn in spare:
        conn.close()
    assert len(by_pid) == 2 and all(len(c) >= per_worker for c in by_pid.values()), "could not reach both workers"
    return by_pid


@pytest.fixture
def pg_settings(tmp_path, pg_url):
    settings = relay_settings(tmp_path / "shared", pg_url)
    prepare(settings)
    return settings


def transactions_by_tenants(settings) -> list[set[str]]:
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT xmin::text, tenant_id FROM events")).all()
    finally:
        engine.dispose()
    found: dict[str, set[str]] = {}
    for xmin, tenant_id in rows:
        found.setdefault(xmin, set()).add(tenant_id)
    return list(found.values())


def post_on(conn: RawConnection, shop, body: bytes, statuses: list[int]) -> None:
    status, _, _ = conn.request("POST", shop.webhook_path, body, {"X-Hub-Signature-256": sign(body, shop.app_secret),
                                                                  "Content-Type": "application/json"})
    statuses.append(status)


@linux_only
@pytest.mark.postgres
def test_two_workers_share_one_writer_process_and_its_transactions(tmp_path, pg_settings):
    a, b, c = (create_tenant(pg_settings, f"Worker shop {n}") for n in "abc")
    log_file = tmp_path / "serve.log"
    engine = create_engine(pg_settings.database_url)
    with RelayProcess(pg_settings, workers=2, log_file=log_file, log_level="debug") as server, engine.connect() as db:
        writer = the_writer(server)
        (pid_a, (conn_c, conn_a)), (pid_b, (conn_b, _)) = pinned_connections(server.url, per_worker=2).items()

        def sent(pid: str) -> int:
            return log_file.read_text(encoding="utf-8").count(f"serving process {pid} sent 1 webhook")

        # the writer busy with shop c's transaction (its event lock held here), both workers' webhooks queue up
        key = store.tenant_lock_key(c.tenant_id)
        db.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": store.TENANT_LOCK_CLASS, "k": key})
        statuses: list[int] = []
        threads = [threading.Thread(target=post_on, args=(conn_c, c, webhook_body(c), statuses))]
        threads[0].start()
        waiting = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                       "AND classid = :c AND objid = :k")
        wait_until(lambda: db.execute(waiting, {"c": store.TENANT_LOCK_CLASS, "k": key & 0xFFFFFFFF}).scalar_one() == 1)
        threads += [threading.Thread(target=post_on, args=(conn, shop, webhook_body(shop), statuses))
                    for conn, shop in ((conn_a, a), (conn_b, b))]
        for thread in threads[1:]:
            thread.start()
        wait_until(lambda: sent(pid_a) == 2 and sent(pid_b) == 1)
        db.rollback()  # lets shop c's transaction go; the next takes what both workers sent
        for thread in threads:
            thread.join(60)
        assert statuses == [200] * 3
        assert {a.tenant_id, b.tenant_id} in transactions_by_tenants(pg_settings)

        # a serving process that dies does not disturb the other's batches, nor the writer
        os.kill(int(pid_a), signal.SIGKILL)
        after: list[int] = []
        for i in range(20):
            post_on(conn_b, b, webhook_body(b, wamid=f"wamid.after{i}"), after)
        assert after == [200] * 20 and the_writer(server) == writer
        # uvicorn replaces the dead serving process, and the new one connects to the same writer
        wait_until(lambda: len(re.findall(r"serving process \d+ connected to the writer process",
                                          log_file.read_text(encoding="utf-8"))) == 3)
        assert the_writer(server) == writer
        for conn in (conn_a, conn_b, conn_c):
            conn.close()
    engine.dispose()
    text_log = log_file.read_text(encoding="utf-8")
    assert "listening" in text_log and "disconnected from the writer process" in text_log


def post(client: httpx.Client, url: str, shop, body: bytes) -> int:
    try:
        return client.post(url + shop.webhook_path, content=body,
                           headers={"X-Hub-Signature-256": sign(body, shop.app_secret),
                                    "Content-Type": "application/json"}).status_code
    except httpx.HTTPError:
        return 0


@linux_only
@pytest.mark.postgres
def test_a_killed_shared_writer_answers_503_then_comes_back_and_no_acknowledged_webhook_is_lost(pg_settings):
    shop = create_tenant(pg_settings, "Crash shop")
    acked: list[bytes] = []
    answers: list[int] = []
    stop = threading.Event()

    def sender(n: int, url: str) -> None:
        with httpx.Client(timeout=30) as client:
            i = 0
            while not stop.is_set():
                body = webhook_body(shop, wamid=f"wamid.crash{n}x{i:05d}")
                status = post(client, url, shop, body)
                answers.append(status)
                if status == 200:
                    acked.append(body)
                i += 1

    with RelayProcess(pg_settings, workers=2) as server:
        first = the_writer(server)
        threads = [threading.Thread(target=sender, args=(n, server.url)) for n in range(6)]
        for thread in threads:
            thread.start()
        try:
            wait_until(lambda: len(acked) >= 50)
            os.kill(first, signal.SIGKILL)
            wait_until(lambda: 503 in answers)  # in flight or sent while it is down: Meta retries those
            wait_until(lambda: httpx.get(server.url + "/healthz", timeout=10).status_code == 503)
            wait_until(lambda: [p for p in writer_pids(server) if p != first and not gone(p)])
            wait_until(lambda: httpx.get(server.url + "/healthz", timeout=10).status_code == 200)
            recovered = len(acked)
            wait_until(lambda: len(acked) >= recovered + 50)
        finally:
            stop.set()
            for thread in threads:
                thread.join(60)
        assert the_writer(server) != first
        assert set(answers) <= {200, 503}
    engine = create_engine(pg_settings.database_url)
    try:
        with engine.connect() as conn:
            stored = {bytes(h) for (h,) in conn.execute(text("SELECT body_sha256 FROM events"))}
    finally:
        engine.dispose()
    assert {hashlib.sha256(body).digest() for body in acked} <= stored


@linux_only
@pytest.mark.postgres
def test_stopping_serve_ends_the_shared_writer_and_removes_its_socket(pg_settings, tmp_path):
    shop = create_tenant(pg_settings, "Stop shop")
    runtime = tmp_path / "run"  # systemd's RuntimeDirectory=, where the unit has one
    runtime.mkdir()
    with RelayProcess(pg_settings, workers=2, env={"RUNTIME_DIRECTORY": str(runtime)}) as server:
        writer = the_writer(server)
        with httpx.Client(timeout=30) as client:
            assert post(client, server.url, shop, webhook_body(shop)) == 200
        paths = {value.split(b"=", 1)[1].decode("utf-8") for pid in descendants(server.process.pid)
                 for value in environ(pid) if value.startswith(b"KLAROS_RELAY_WRITER_SOCKET=")}
        assert len(paths) == 1, "the serving processes were not given the writer's socket"
        socket_path = paths.pop()
        assert Path(socket_path).exists() and (Path(socket_path).parent.stat().st_mode & 0o077) == 0
        assert Path(socket_path).parent.parent == runtime
    assert server.process.returncode is not None
    wait_until(lambda: gone(writer))
    assert not Path(socket_path).parent.exists()


class ScriptedStop:
    """``SharedWriter._stopping`` that records each pause instead of sleeping; set by the last fake process."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self.stopped = False

    def wait(self, seconds: float) -> bool:
        self.pauses.append(seconds)
        return self.stopped

    def is_set(self) -> bool:
        return self.stopped

    def set(self) -> None:
        self.stopped = True


class ExitingProcess:
    """A writer process that has exited (``code``), or, with ``stop``, one that lives until ``serve`` stops."""

    def __init__(self, pid: int, code: int, stop: ScriptedStop | None = None) -> None:
        self.pid, self.code, self.stop = pid, code, stop

    def wait(self, timeout: float | None = None) -> int:
        if self.stop is not None:
            self.stop.set()
        return self.code


def test_failed_restarts_of_the_shared_writer_back_off_doubling_to_the_cap_and_a_success_starts_over(tmp_path):
    """A writer that cannot start (its database down, say) is tried again after 1 s, then 2, 4 … up to 30 s, not
    in a tight loop; once one starts, the next crash is retried after 1 s again."""
    from relay.shared_writer import SharedWriter
    from relay.writer_process import RESTART_BACKOFF

    writer = SharedWriter(relay_settings(tmp_path / "backoff"))
    stop = ScriptedStop()
    writer._stopping = stop
    writer._process = ExitingProcess(101, -9)  # the running writer was killed
    script: list = [RuntimeError("did not start")] * 6 + [ExitingProcess(102, 1), ExitingProcess(103, 0, stop)]

    def spawn():
        step = script.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    writer._spawn = spawn
    try:
        writer._watch()
    finally:
        writer._stopping = threading.Event()
        writer._process = None
        writer.stop()
    first, cap = RESTART_BACKOFF
    assert (first, cap) == (1.0, 30.0)
    assert stop.pauses == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 1.0]
    assert writer.restarts == 2 and not script
