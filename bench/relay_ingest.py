"""Relay ingest benchmark, one command: ``.venv/bin/python bench/relay_ingest.py``.

Measures on loopback, in one run:

1. webhooks/s accepted (signed, verified, sealed to one device, durably committed) by ``klaros-relay serve``
   on SQLite (1 process; also with a fresh X25519 key per event, and with the thread writer instead of the
   writer process) and PostgreSQL (1 and 2 processes), against a bare Starlette handler on the same uvicorn
   stack that only returns 200 (1 and 2 processes);
2. webhook-to-pull latency p50/p99 with a device long-polling ``GET /v1/events?wait=30``: on the same
   process (SQLite, PostgreSQL) and across processes (webhook to one ``serve`` process, pull from another,
   woken by PostgreSQL LISTEN/NOTIFY).

The bare handler and the relays compared with it run side by side and take turns, round by round, so
both see the same load from the rest of the machine (2 shared cores); the ratio is taken round by round
(the median of the pairs is checked against the target), so it is the relay's cost, not the neighbours'.
Server CPU includes child processes (the writer process). Relay processes run at the default log level
(info: one JSON line per webhook), as in production.

Both sides use the HTTP stack installed in the venv (printed): httptools and uvloop with the ``relay`` extra
(what the deployment guide installs), h11 and asyncio without it.

The load generator is a small raw-HTTP/1.1 keep-alive client (pre-built, pre-signed requests; an asyncio
protocol, on uvloop when installed) so it costs the shared 2 CPU cores as little as possible.
Media keeping: ``relay SQLite, 1 proc, media kept`` is the same relay with a media token for its shop and every
webhook an inbound photo. Its keeper downloads each photo (a 40 KB file from a stand-in for Meta's media
endpoints in a process of its own on the same machine, so it takes its share of the two cores), seals and
stores it beside the 200, ``KLAROS_RELAY_MEDIA_DOWNLOADS`` at a time. After each of its rounds the benchmark
waits, untimed, until every photo of the round is kept, so that the backlog does not run into the other
contenders' rounds; its ratio to the bare handler is printed beside the plain relay's (the target: at most
5 points lower).

PostgreSQL scale-out (``--pg-tenants-only`` runs only this part): 100 shops, each with a paired device, send
at once (``--pg-tenants`` connections, requests spread over the shops in turn) to 1, 2 and 4 serving processes
on one PostgreSQL. The event locks as before (one advisory lock for every tenant, ``KLAROS_BENCH_GLOBAL_EVENT_LOCK``)
and as now (one per tenant) run side by side, their rounds interleaved. Lock wait: a sampler polls
``pg_stat_activity`` every few milliseconds for the relay's own sessions (named by ``application_name``); of
the samples in which a session was busy (running a statement or inside a transaction), the share in which it
was waiting for an advisory lock; and, as the target is stated, as a share of request time: the time webhooks
waited for their event locks (the relay's own ``klaros_relay_event_lock_wait_seconds_total``, scraped from
every serving process) over their request time (connections x elapsed: each connection always has one
request in flight). Beside it: CPU time per webhook of the relay's serving processes, of their writer
processes and of the PostgreSQL backends serving the relay's sessions (read from /proc by pid, found in
``pg_stat_activity``), the backends started during the rounds (connection churn) and the most PostgreSQL
sessions held at once, and the time the writer processes' threads waited for a CPU (/proc schedstat: on a
busy machine the writer, the serial stage, waiting behind the serving processes). The shops' tenant cache lasts
2 s, as in production, so their entries expire together during every round. ``--old-tree DIR`` compares the
relay of another source tree (an older commit) with this one instead of the two event locks.

Soak (``--soak``, ``--minutes N``, default 30): one SQLite ``serve`` process. Its capacity is measured first
(two full-speed runs of ``--requests``), then again with retention at its steady state (two more runs on a table
as large as the soak keeps, each expiring as many events as it stores: ``steady_state``), and both are printed;
then webhooks arrive at half of the second, open loop (each one's latency counts
from when it was due), for N minutes, while 1,000 long-polls of 250 devices of idle shops wait (started spread
over one wait period, re-polled as each is answered) and the retention sweep runs every 15 s with a 2-minute
retention, so it deletes rows throughout. Per minute: webhooks, p50/p99/max, errors, RSS of the serving and writer
processes, and what explains a p99 that grows: CPU ms per webhook of the serving process, its writer process and
the benchmark itself (/proc), the bytes the writer process wrote per webhook (WAL and checkpoints), webhooks per
group-commit transaction, events expired by the group commits and by
the sweep (in how many transactions), and how late the sender was (p99 ms after each webhook was due, then
waiting for one of its 64 connections: a late sender would be the benchmark falling behind, a long wait for a
connection is the relay). Before the soak: the capacity runs' CPU ms per webhook and webhooks per transaction,
and 10 s with only the long-polls waiting (their own CPU). At the end RSS at start and end, errors, long-polls
answered and the relay's retention metrics, and the slowest seconds of the soak (by when their webhooks were
due) beside what the relay did in the second before, that one and the next (sampled once a second:
transactions, events expired and swept, CPU of each process, bytes the writer wrote, and whether the database
file changed, which in WAL mode only a checkpoint does). Exit status 1 on any error. ``--rate R`` soaks at R
webhooks/s instead of half the capacity: on a shared machine the capacity measured at one moment can be more
than the machine has at the next, and a fixed rate lets two runs (old and new code) be compared. ``--old-tree DIR``
with ``--soak``: that tree's relay and this one, their capacity rounds taken in turns, then one soak after the
other at the same rate (half of this tree's capacity), and a table of both, minute by minute. (``--soak`` and
``--sqlite-only`` migrate the ``--old-tree`` relay's database with that tree's code; ``--pg-tenants-only`` pairs
with this tree's relay, so it needs a tree with this one's migrations.) Each relay's log
goes to a file; the end prints its lines other than the per-webhook ones (message, reason, status), and the
long-polls' answers by status. ``--py-spy DIR`` records the serving process (py-spy ``--nonblocking``, per thread)
for 50 s of each soak's second minute.

``--commit-wait-ms MS`` sets ``KLAROS_RELAY_COMMIT_WAIT_MS`` (the adaptive group-commit hold) for every relay
started (an older tree without it ignores it).

Options: ``--requests N`` per run, ``--concurrency C``, ``--samples S`` latency samples, ``--rounds R``,
``--skip-postgres``, ``--sqlite-only`` (only the bare handler and the plain SQLite relay), ``--media-only`` (only
the bare handler, the plain SQLite relay and the one keeping media), ``--pg-tenants-only``, ``--soak``. The table
splits each relay's CPU per webhook into its serving process and its writer process. PostgreSQL:
``KLAROS_TEST_PG_URL``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import bisect
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, text

from relay.embedded import (
    RelayProcess,
    create_tenant,
    free_port,
    media_webhook_body,
    prepare,
    relay_settings,
    sign,
    webhook_body,
)
from relay.serving import HTTP_PROTOCOL

PG_URL = os.environ.get("KLAROS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
HERE = Path(__file__).resolve().parent


def http_stack() -> str:
    """What uvicorn's "auto" picks here: httptools and uvloop with the ``relay`` extra, else h11 and asyncio."""
    import importlib.util

    http = "httptools" if importlib.util.find_spec("httptools") else "h11"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"HTTP parser {http}, event loop {loop}"


# ------------------------------------------------------------------------------------------ bare server


def bare_app():
    """The baseline: same server stack (uvicorn, the relay's HTTP protocol, Starlette), a handler that reads
    the body and answers 200."""
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def receive(request):
        await request.body()
        return JSONResponse({"stored": True, "duplicate": False})

    async def health(request):
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/webhooks/meta/{tenant_id}", receive, methods=["POST"]),
                             Route("/healthz", health)])


class BareProcess:
    FACTORY = "relay_ingest:bare_app"

    def __init__(self, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> BareProcess:
        code = (f"import uvicorn; uvicorn.run({self.FACTORY!r}, factory=True, host='127.0.0.1', "
                f"port={self.port}, workers={self.workers}, log_level='warning', access_log=False, "
                f"app_dir={str(HERE)!r}, server_header=False, http={HTTP_PROTOCOL!r})")
        self.process = subprocess.Popen([sys.executable, "-c", code])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("bare server did not start")

    def __exit__(self, *exc) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(20)


# ---------------------------------------------------------------------- Meta's media endpoints, stand-in

MEDIA_TOKEN = "bench-media-token"
PHOTO = bytes(range(256)) * 160  # 40 KB


def media_graph_app():
    """Every media id is the same 40 KB photo: ``GET /v23.0/{id}`` answers Meta's shape, the URL serves it."""
    import hashlib

    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    digest = hashlib.sha256(PHOTO).hexdigest()

    async def lookup(request):
        media_id = request.path_params["media_id"]
        base = f"{request.url.scheme}://{request.url.netloc}"
        return JSONResponse({"messaging_product": "whatsapp", "url": f"{base}/download/{media_id}",
                             "mime_type": "image/jpeg", "sha256": digest, "file_size": len(PHOTO), "id": media_id})

    async def download(request):
        return Response(PHOTO, media_type="image/jpeg")

    async def health(request):
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/v23.0/{media_id}", lookup), Route("/download/{media_id}", download),
                             Route("/healthz", health)])


class MediaGraphProcess(BareProcess):
    FACTORY = "relay_ingest:media_graph_app"


# ----------------------------------------------------------------------------------------- server CPU


def own_cpu_seconds(pid: int) -> float:
    """user+system CPU of the process alone (its children not included; Linux /proc; 0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError, IndexError):
        return 0.0


def tree_cpu_seconds(pid: int) -> float:
    """user+system CPU of a process and its children (Linux /proc; 0 elsewhere)."""
    total, todo = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    while todo:
        current = todo.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text(encoding="ascii").split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


# ------------------------------------------------------------------------------------------- raw client


def build_requests(tenant, port: int, count: int, tag: str, media: bool = False) -> list[bytes]:
    out = []
    for i in range(count):
        if media:
            body = media_webhook_body(tenant, f"{tag}{i:08d}", wamid=f"wamid.{tag}{i:08d}")
        else:
            body = webhook_body(tenant, text=f"benchmark order {i}", wamid=f"wamid.{tag}{i:08d}")
        head = (f"POST {tenant.webhook_path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                f"Content-Type: application/json\r\nX-Hub-Signature-256: {sign(body, tenant.app_secret)}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode("ascii")
        out.append(head + body)
    return out


class _KeepAliveClient(asyncio.Protocol):
    """One keep-alive connection: sends the next pre-built request as soon as the previous answer is complete.

    A protocol rather than asyncio streams: no coroutine switch per read, so less of the client's CPU per
    request (docs/relay.md, Benchmark). The client shares the machine's two cores with the server under test,
    so every microsecond it saves goes to the server (more to a server that uses both cores, like the relay
    and its writer)."""

    def __init__(self, pending, statuses: Counter, done: asyncio.Future) -> None:
        self.pending, self.statuses, self.done = pending, statuses, done
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.send_next()

    def send_next(self) -> None:
        request = next(self.pending, None)
        if request is None:
            self.transport.close()
        else:
            self.transport.write(request)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].lower()
            at = head.find(b"content-length:")
            length = int(head[at + 15:].split(b"\r\n", 1)[0]) if at >= 0 else 0
            if len(self.buffer) < end + 4 + length:
                return
            self.statuses[int(head[9:12])] += 1
            self.buffer = self.buffer[end + 4 + length:]
            self.send_next()

    def connection_lost(self, exc) -> None:
        if not self.done.done():
            self.done.set_result(None)


async def hammer(port: int, requests: list[bytes], concurrency: int) -> tuple[float, Counter]:
    """Send every request over ``concurrency`` keep-alive connections; (seconds, statuses)."""
    loop = asyncio.get_running_loop()
    statuses: Counter = Counter()
    pending = iter(requests)
    done = [loop.create_future() for _ in range(concurrency)]
    started = time.perf_counter()
    for future in done:
        await loop.create_connection(lambda f=future: _KeepAliveClient(pending, statuses, f), "127.0.0.1", port)
    await asyncio.gather(*done)
    return time.perf_counter() - started, statuses


def run(coro):
    """``asyncio.run`` on uvloop when it is installed (the cheaper client loop), else on asyncio's own."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)


@dataclass
class Contender:
    """One running server under load: its rounds' rates, statuses and CPU time."""

    label: str
    port: int
    tenant: object
    pid: int
    rates: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    cpu_seconds: float = 0.0
    own_cpu_seconds: float = 0.0  # the serving process alone (the rest: its writer process)
    requests: int = 0
    media_url: str | None = None  # keeps media: the relay's URL, to wait for each round's photos to be kept
    media_expected: int = 0

    def result(self) -> dict:
        return {"label": self.label, "rate": max(self.rates), "median": statistics.median(self.rates),
                "rates": list(self.rates), "statuses": dict(self.statuses),
                "cpu": self.cpu_seconds / self.requests * 1e6, "cpu_own": self.own_cpu_seconds / self.requests * 1e6}


def paired_ratio(relay: dict, bare: dict) -> float:
    """Median over rounds of relay rate / bare rate in the same round.

    Round r of the relay runs right after round r of the bare handler, so each pair saw the same machine;
    on a shared machine one contender's best round alone can be far above another round of the same code (a
    neighbour went quiet for a few seconds; docs/relay.md, Benchmark), and best-against-best then compares
    two different machines. The median of the paired ratios is the figure the 50 % target is checked on;
    best-against-best and median-against-median are printed beside it."""
    return statistics.median(r / b for r, b in zip(relay["rates"], bare["rates"], strict=True))


def interleaved(contenders: list[Contender], count: int, concurrency: int, rounds: int) -> None:
    """Round r of every contender runs before round r+1 of any (bare, relay, bare, relay, ...).

    The machine is shared and its load drifts over minutes; interleaving makes the baseline and the relay
    see the same drift, so their ratio measures the relay and not the neighbours. Each contender's best
    round is shown (the least disturbed), the ratio to the bare handler is taken round by round
    (``paired_ratio``); server CPU time per webhook is summed over all rounds.
    """
    for c in contenders:
        warm = min(500, count // 5)
        run(hammer(c.port, build_requests(c.tenant, c.port, warm, c.label[:4] + "w", c.media_url is not None),
                   concurrency))
        media_settled(c, warm)
    for r in range(rounds):
        first, others = contenders[0], contenders[1:]
        for c in [first, *(others if r % 2 == 0 else others[::-1])]:  # the relays take turns going first (ABBA)
            requests = build_requests(c.tenant, c.port, count, f"{uuid.uuid4().hex[:6]}r{r}", c.media_url is not None)
            before, own = tree_cpu_seconds(c.pid), own_cpu_seconds(c.pid)
            elapsed, got = run(hammer(c.port, requests, concurrency))
            c.cpu_seconds += tree_cpu_seconds(c.pid) - before
            c.own_cpu_seconds += own_cpu_seconds(c.pid) - own
            c.requests += count
            c.rates.append(count / elapsed)
            c.statuses.update(got)
            media_settled(c, count)


def media_settled(c: Contender, added: int, timeout: float = 600) -> None:
    """Untimed: wait until the relay kept (or gave up on) every photo sent so far, so its download backlog does
    not run into the next contender's round."""
    if c.media_url is None:
        return
    c.media_expected += added
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text_ = httpx.get(c.media_url + "/metrics", timeout=10).text
        done = sum(float(line.rsplit(" ", 1)[1]) for line in text_.splitlines()
                   if line.startswith(("klaros_relay_media_kept_total", "klaros_relay_media_failures_total")))
        if done >= c.media_expected:
            return
        time.sleep(0.2)
    raise RuntimeError(f"{c.label}: media not kept within {timeout} s")


# ------------------------------------------------------------------------------------------------ setup


RELAY_ENV: dict[str, str] = {}  # --commit-wait-ms: for every relay started (a tree without the setting ignores it)


def relay_env(env: dict[str, str] | None) -> dict[str, str]:
    return {**(env or {}), **RELAY_ENV}


def old_tree_env(tree: str) -> dict[str, str]:
    """The environment that makes ``python -m relay`` (and its writer process) import the relay of ``tree``:
    on its import path first, and the working directory (this tree) not put before it (Python 3.11+)."""
    return {"PYTHONPATH": str(Path(tree).resolve()), "PYTHONSAFEPATH": "1"}


def prepare_tree(settings, env: dict[str, str]) -> None:
    """``prepare`` by the relay that will serve the database: another tree's (``old_tree_env``) migrates it to
    its own head, which a relay refuses to serve if it differs from the code's."""
    if "PYTHONPATH" not in env:
        prepare(settings)
        return
    subprocess.run([sys.executable, "-m", "relay", "migrate"], env={**os.environ, **settings.to_env(), **env},
                   check=True, stdout=subprocess.DEVNULL)


class PgSchema:
    def __init__(self, application_name: str | None = None) -> None:
        self.schema = f"relay_bench_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        self.application_name = application_name

    def __enter__(self) -> str:
        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {self.schema}"))
        sep = "&" if "?" in PG_URL else "?"
        name = f"&application_name={self.application_name}" if self.application_name else ""
        return f"{PG_URL}{sep}options=-csearch_path%3D{self.schema}{name}"

    def __exit__(self, *exc) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {self.schema} CASCADE"))
        self.admin.dispose()


def pair(url: str, settings, tenant) -> tuple[str, str, X25519PrivateKey]:
    from relay.embedded import add_device

    code = add_device(settings, tenant.tenant_id, "bench desk")
    key = X25519PrivateKey.generate()
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    data = httpx.post(url + "/v1/pair", json={"code": code.code, "public_key": base64.b64encode(pub).decode()}
                      ).json()
    return data["device_id"], data["token"], key


async def latency(send_url: str, pull_url: str, tenant, token: str, samples: int) -> list[float]:
    """Send one webhook at a time to ``send_url`` while a device long-polls ``pull_url``; ms from send to
    the pull's answer. With two different servers this is the cross-process (LISTEN/NOTIFY) path."""
    sent: list[float] = []
    got: list[float] = []
    async with httpx.AsyncClient(timeout=60) as puller_client, httpx.AsyncClient(timeout=60) as sender_client:
        async def puller() -> None:
            cursor = None
            while len(got) < samples:
                params = {"wait": "30", **({"after": cursor} if cursor else {})}
                page = (await puller_client.get(pull_url + "/v1/events", params=params,
                                                headers={"Authorization": f"Bearer {token}"})).json()
                now = time.perf_counter()
                got.extend([now] * len(page["events"]))
                cursor = page["next_cursor"] or cursor

        task = asyncio.create_task(puller())
        await asyncio.sleep(0.3)
        for i in range(samples):
            body = webhook_body(tenant, text=f"latency {i}", wamid=f"wamid.lat{uuid.uuid4().hex}")
            sent.append(time.perf_counter())
            response = await sender_client.post(send_url + tenant.webhook_path, content=body,
                                                headers={"X-Hub-Signature-256": sign(body, tenant.app_secret)})
            assert response.status_code == 200, response.text
            await asyncio.sleep(0.02)  # pacing so the puller is parked again before the next webhook
        await asyncio.wait_for(task, 60)
    return [(g - s) * 1000 for s, g in zip(sent, got, strict=True)]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def with_latency(result: dict, lat: list[float]) -> dict:
    result["p50"], result["p99"] = percentile(lat, 50), percentile(lat, 99)
    result["mean"] = statistics.fmean(lat)
    return result


def settings_for(label: str, database_url: str | None, workdir: Path, **overrides):
    return relay_settings(workdir / label.replace(" ", "_").replace(",", ""), database_url,
                          **{"tenant_cache_seconds": 2.0, "prune_interval_seconds": 3600, **overrides})


@dataclass
class RelayUnderTest:
    label: str
    database_url: str | None
    workers: int = 1
    overrides: dict = field(default_factory=dict)
    env: dict = field(default_factory=dict)
    media: bool = False  # the shop has a media token; every webhook is a photo (needs ``graph_url`` in overrides)


def start_relay(stack: contextlib.ExitStack, spec: RelayUnderTest, workdir: Path) -> tuple[Contender, object]:
    """``klaros-relay serve`` at its default log level, one paired device (every webhook is sealed to it)."""
    settings = settings_for(spec.label, spec.database_url, workdir, **spec.overrides)
    prepare_tree(settings, spec.env)
    tenant = create_tenant(settings, "Bench shop")
    if spec.media:
        from relay import crypto, db, store

        engines = db.make_engines(settings.database_url)
        store.set_media_token(engines, crypto.MasterKey.load(settings.master_key_file), tenant.tenant_id,
                              MEDIA_TOKEN)
        engines.dispose()
    server = stack.enter_context(RelayProcess(settings, workers=spec.workers, log_level="info",
                                              env=relay_env(spec.env)))
    pair(server.url, settings, tenant)
    contender = Contender(spec.label, server.port, tenant, server.process.pid,
                          media_url=server.url if spec.media else None)
    return contender, (server, settings)


def relay_latency(server, settings, samples: int) -> list[float]:
    """A second shop, so the puller does not first drain the throughput runs' events."""
    quiet = create_tenant(settings, "Latency shop")
    _device, token, _key = pair(server.url, settings, quiet)
    return asyncio.run(latency(server.url, server.url, quiet, token, samples))


def run_group(bare_workers: int, specs: list[RelayUnderTest], workdir: Path, args, record) -> None:
    """A bare handler and the relays it is the baseline for, all running, their rounds interleaved."""
    from relay.embedded import RelayTenant

    with contextlib.ExitStack() as stack:
        bare = stack.enter_context(BareProcess(bare_workers))
        contenders = [Contender(f"bare handler, {bare_workers} process(es)", bare.port,
                                RelayTenant("bare", "bare", "1", "2", "secret", "token"), bare.process.pid)]
        servers = []
        for spec in specs:
            contender, server = start_relay(stack, spec, workdir)
            contenders.append(contender)
            servers.append((spec, server))
        interleaved(contenders, args.requests, args.concurrency, args.rounds)
        results = [c.result() for c in contenders]
        for (spec, (server, settings)), result in zip(servers, results[1:], strict=True):
            if spec.workers == 1 and not spec.media:
                with_latency(result, relay_latency(server, settings, args.samples))
        for result in results:
            record(result)


def cross_process_latency(database_url: str, workdir: Path, args) -> dict:
    """Two ``serve`` processes on one PostgreSQL: webhooks to the first, the device long-polls the second."""
    label = "PostgreSQL, webhook on A, pull on B"
    settings = settings_for(label, database_url, workdir)
    prepare(settings)
    tenant = create_tenant(settings, "Cross shop")
    with RelayProcess(settings, log_level="info") as a, RelayProcess(settings, log_level="info") as b:
        _device, token, _key = pair(b.url, settings, tenant)
        lat = asyncio.run(latency(a.url, b.url, tenant, token, args.samples))
    return with_latency({"label": label, "statuses": {}}, lat)


# ------------------------------------------------------------------------- PostgreSQL, many tenants at once

PG_TENANTS = 100
GLOBAL_LOCK_ENV = {"KLAROS_BENCH_GLOBAL_EVENT_LOCK": "1"}  # store.GLOBAL_LOCK_SWITCH: the former single lock


class LockSampler:
    """Polls ``pg_stat_activity`` in a thread while ``active``: per application name, how many samples saw one of
    its sessions busy (a statement running, or a transaction open) and how many of those waited for an advisory
    lock."""

    def __init__(self, names: list[str], interval: float = 0.003) -> None:
        self.names = names
        self.interval = interval
        self.busy: Counter = Counter()
        self.waiting: Counter = Counter()
        self.peak: Counter = Counter()  # most sessions open at once (any state), per application name
        # PostgreSQL backends of each application name: pid -> (name, CPU seconds when last read from /proc)
        self.backends: dict[int, tuple[str, float]] = {}
        self._cpu_lock = threading.Lock()
        self._cpu_read = 0.0
        self.active = threading.Event()
        self._stop = threading.Event()
        self._engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        self._thread = threading.Thread(target=self._run, daemon=True, name="lock-sampler")

    def __enter__(self) -> LockSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(10)
        self._engine.dispose()

    def _run(self) -> None:
        query = text("SELECT application_name, wait_event_type = 'Lock' AND wait_event = 'advisory' "
                     "FROM pg_stat_activity WHERE application_name = ANY(:names) "
                     "AND state IN ('active', 'idle in transaction')")
        sessions = text("SELECT application_name, pid FROM pg_stat_activity WHERE application_name = ANY(:names)")
        with self._engine.connect() as conn:
            while not self._stop.is_set():
                pids = conn.execute(sessions, {"names": self.names}).all()
                for name, count in Counter(name for name, _pid in pids).items():
                    self.peak[name] = max(self.peak[name], count)
                if time.monotonic() - self._cpu_read > 0.05:
                    self._read_cpu(pids)
                if not self.active.wait(0.1):
                    continue
                for name, waiting in conn.execute(query, {"names": self.names}):
                    self.busy[name] += 1
                    self.waiting[name] += bool(waiting)
                time.sleep(self.interval)

    def share(self, name: str) -> float:
        return self.waiting[name] / self.busy[name] if self.busy[name] else 0.0

    def _read_cpu(self, pids) -> None:
        with self._cpu_lock:
            self._cpu_read = time.monotonic()
            for name, pid in pids:
                cpu = own_cpu_seconds(pid)
                if cpu or pid not in self.backends:
                    self.backends[pid] = (name, cpu)
            for pid, (name, _cpu) in list(self.backends.items()):  # gone since: their last reading stays
                cpu = own_cpu_seconds(pid)
                if cpu:
                    self.backends[pid] = (name, cpu)

    def backend_cpu(self, name: str) -> tuple[float, int]:
        """(CPU seconds, backends) of every PostgreSQL backend this application name has had so far, read now
        (a backend that has exited counts with its last reading, at most 50 ms old)."""
        with self._engine.connect() as conn:
            pids = conn.execute(text("SELECT application_name, pid FROM pg_stat_activity "
                                     "WHERE application_name = ANY(:names)"), {"names": self.names}).all()
        self._read_cpu(pids)
        with self._cpu_lock:
            mine = [cpu for app, cpu in self.backends.values() if app == name]
        return sum(mine), len(mine)


def run_queue_seconds(pid: int, writers_only: bool = True) -> float:
    """Seconds the threads of a relay's writer processes (or of all its processes) spent runnable but waiting
    for a CPU (Linux /proc/PID/task/TID/schedstat; 0 elsewhere): the writer is the serial stage every serving
    process waits on, so its run-queue wait is a wait of every webhook."""
    total = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError, ValueError):
            mine = not writers_only or b"relay.writer_process" in Path(f"/proc/{current}/cmdline").read_bytes()
            for task in Path(f"/proc/{current}/task").iterdir():
                if mine:
                    with contextlib.suppress(OSError, ValueError, IndexError):
                        total += int((task / "schedstat").read_text(encoding="ascii").split()[1]) / 1e9
                todo += [int(c) for c in (task / "children").read_text(encoding="ascii").split()]
    return total


def relay_cpu_seconds(pid: int) -> tuple[float, float]:
    """(CPU seconds of a relay's whole process tree, of which its writer processes) (Linux /proc)."""
    total = writers = 0.0
    todo = [pid]
    while todo:
        current = todo.pop()
        cpu = own_cpu_seconds(current)
        total += cpu
        with contextlib.suppress(OSError):
            if b"relay.writer_process" in Path(f"/proc/{current}/cmdline").read_bytes():
                writers += cpu
        with contextlib.suppress(OSError, ValueError):
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text(encoding="ascii").split()]
    return total, writers


def lock_waits(port: int, processes: int, attempts: int = 20) -> dict[str, tuple[float, float, float]]:
    """``klaros_relay_event_lock_wait_seconds_total``, group-commit transactions and webhooks written of every
    serving process, by pid: each process keeps its own metrics, so /metrics is asked over many connections at
    once until every process has answered."""
    async def scrape() -> list[str]:
        async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_keepalive_connections=0)) as client:
            answers = await asyncio.gather(*(client.get(f"http://127.0.0.1:{port}/metrics")
                                             for _ in range(4 * processes)))
        return [a.text for a in answers]

    found: dict[str, tuple[float, float, float]] = {}
    for _ in range(attempts):
        for page in asyncio.run(scrape()):
            rows = page.splitlines()
            pid = next((row.split('"')[1] for row in rows if row.startswith("klaros_relay_process_info")), None)
            if pid is None:
                return {}  # a relay from before the metric (--old-tree)
            found[pid] = tuple(next(float(row.split()[1]) for row in rows if row.startswith(name + " "))
                               for name in ("klaros_relay_event_lock_wait_seconds_total",
                                            "klaros_relay_writer_batches_total", "klaros_relay_writer_rows_total"))
        if len(found) >= processes:
            break
    return found


def tenants_requests(tenants: list, port: int, count: int, tag: str) -> list[bytes]:
    """``count`` webhooks spread over the shops in turn, so every connection's next request is another shop's."""
    per = -(-count // len(tenants))
    built = [build_requests(t, port, per, f"{tag}t{n}") for n, t in enumerate(tenants)]
    return [built[i % len(tenants)][i // len(tenants)] for i in range(count)]


@dataclass
class TenantsContender:
    label: str
    mode: str  # "old" (one lock for every tenant) or "new" (a lock per tenant)
    workers: int
    app: str  # application_name of its database sessions
    rates: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    cpu_seconds: float = 0.0  # the relay's processes (serving and writer), summed over the timed rounds
    writer_cpu_seconds: float = 0.0  # of which its writer processes
    pg_cpu_seconds: float = 0.0  # PostgreSQL's backends serving its sessions
    pg_backends: int = 0  # backends started during the timed rounds (connections opened)
    request_seconds: float = 0.0  # summed over webhooks: connections x elapsed (each always has one in flight)
    lock_wait_seconds: float = 0.0  # summed over webhooks, from the relay's own metric (every process)
    writer_queue_seconds: float = 0.0  # its writer processes' threads runnable but waiting for a CPU
    requests: int = 0


def pg_many_tenants(workdir: Path, args) -> list[dict]:
    """100 shops at once against 1, 2 and 4 serving processes, old and new event locks side by side."""
    apps = {mode: f"kbench_{mode}_{uuid.uuid4().hex[:6]}" for mode in ("old", "new")}
    results: list[dict] = []
    with contextlib.ExitStack() as stack:
        urls = {mode: stack.enter_context(PgSchema(app)) for mode, app in apps.items()}
        shops: dict[str, tuple] = {}
        for mode, url in urls.items():
            # the production tenant cache (2 s): the 100 shops' entries expire together every 2 s, and the
            # connections that costs (at most the pool per process) show in the peak-connections column
            settings = settings_for(f"pg tenants {mode}", url, workdir, pair_attempts_per_minute=10 * PG_TENANTS)
            env = old_tree_env(args.old_tree) if mode == "old" and args.old_tree else {}
            prepare_tree(settings, env)  # each tree's relay on a schema of its own migrations
            tenants = [create_tenant(settings, f"Shop {n}") for n in range(PG_TENANTS)]
            with RelayProcess(settings, log_level="warning", env=relay_env(env)) as server:
                for tenant in tenants:
                    pair(server.url, settings, tenant)
            shops[mode] = (settings, tenants)
        print(f"  {PG_TENANTS} shops paired in each schema ({load()})", flush=True)
        sampler = stack.enter_context(LockSampler(list(apps.values())))
        for workers in (1, 2, 4):
            contenders = [TenantsContender(f"{mode}, {workers} process(es)", mode, workers, apps[mode])
                          for mode in ("old", "new")]
            bare = {"label": f"bare handler, {workers} process(es)", "mode": "bare", "workers": workers,
                    "rates": [], "cpu_seconds": 0.0, "requests": 0, "statuses": Counter()}
            with contextlib.ExitStack() as running:
                bare_server = running.enter_context(BareProcess(workers))
                run(hammer(bare_server.port, tenants_requests(shops["new"][1], bare_server.port, 1000, "bw"), 8))
                servers = {}
                for c in contenders:
                    settings, tenants = shops[c.mode]
                    env = {} if c.mode == "new" else (
                        old_tree_env(args.old_tree) if args.old_tree else GLOBAL_LOCK_ENV)
                    servers[c.mode] = running.enter_context(
                        RelayProcess(settings, workers=workers, log_level="info", env=relay_env(env),
                                     start_timeout=120))
                for c in contenders:  # warm-up on few connections: fills every process's tenant cache calmly
                    port = servers[c.mode].port
                    run(hammer(port, tenants_requests(shops[c.mode][1], port, 1000, f"w{workers}"), 8))
                waiting_before = {c.app: (sampler.busy[c.app], sampler.waiting[c.app]) for c in contenders}
                lock_before = {c.app: lock_waits(servers[c.mode].port, workers) for c in contenders}
                for c in contenders:
                    sampler.peak[c.app] = 0
                for r in range(args.rounds):
                    for c in contenders:
                        port = servers[c.mode].port
                        requests = tenants_requests(shops[c.mode][1], port, args.requests,
                                                    f"{uuid.uuid4().hex[:6]}r{r}")
                        pid = servers[c.mode].process.pid
                        sampler.active.set()
                        pg_before, backends_before = sampler.backend_cpu(c.app)
                        before, writers_before = relay_cpu_seconds(pid)
                        queued_before = run_queue_seconds(pid)
                        elapsed, got = run(hammer(port, requests, args.pg_tenants))
                        c.writer_queue_seconds += run_queue_seconds(pid) - queued_before
                        after, writers_after = relay_cpu_seconds(pid)
                        pg_after, backends_after = sampler.backend_cpu(c.app)
                        c.cpu_seconds += after - before
                        c.writer_cpu_seconds += writers_after - writers_before
                        c.pg_cpu_seconds += pg_after - pg_before
                        c.pg_backends += backends_after - backends_before
                        c.request_seconds += elapsed * args.pg_tenants
                        sampler.active.clear()
                        c.requests += args.requests
                        c.rates.append(args.requests / elapsed)
                        c.statuses.update(got)
                    # the same load on the bare handler with as many processes, its round beside the relays'
                    port, pid = bare_server.port, bare_server.process.pid
                    requests = tenants_requests(shops["new"][1], port, args.requests, f"{uuid.uuid4().hex[:6]}b{r}")
                    before = tree_cpu_seconds(pid)
                    elapsed, got = run(hammer(port, requests, args.pg_tenants))
                    bare["cpu_seconds"] += tree_cpu_seconds(pid) - before
                    bare["requests"] += args.requests
                    bare["rates"].append(args.requests / elapsed)
                    bare["statuses"].update(got)
                results.append({"label": bare["label"], "mode": "bare", "workers": workers, "rates": bare["rates"],
                                "rate": max(bare["rates"]), "median": statistics.median(bare["rates"]),
                                "cpu": bare["cpu_seconds"] / bare["requests"] * 1e6,
                                "statuses": dict(bare["statuses"])})
                for c in contenders:
                    busy0, waiting0 = waiting_before[c.app]
                    busy, waiting = sampler.busy[c.app] - busy0, sampler.waiting[c.app] - waiting0
                    after = lock_waits(servers[c.mode].port, workers)
                    waited, transactions, written = (
                        sum(v[k] - lock_before[c.app].get(p, (0.0, 0.0, 0.0))[k] for p, v in after.items())
                        for k in range(3))
                    results.append({"label": c.label, "mode": c.mode, "workers": workers, "rates": c.rates,
                                    "rate": max(c.rates), "median": statistics.median(c.rates),
                                    "lock_wait": waiting / busy if busy else 0.0, "samples": busy,
                                    "lock_request": waited / c.request_seconds if c.request_seconds else 0.0,
                                    "lock_processes": len(after),
                                    # the warm-up's own transactions are before lock_before: rounds only
                                    "per_tx": written / transactions if transactions else 0.0,
                                    "cpu": c.cpu_seconds / c.requests * 1e6,
                                    "cpu_writer": c.writer_cpu_seconds / c.requests * 1e6,
                                    "cpu_pg": c.pg_cpu_seconds / c.requests * 1e6,
                                    "writer_queue": c.writer_queue_seconds / c.requests * 1e6,
                                    "backends": c.pg_backends, "connections": sampler.peak[c.app],
                                    "statuses": dict(c.statuses)})
            print(f"  done: PostgreSQL, {PG_TENANTS} shops, {workers} process(es), old and new ({load()}): "
                  + "; ".join(
                f"{r['mode']} median {r['median']:.0f}/s, CPU us relay {r['cpu']:.0f} (writer {r['cpu_writer']:.0f}) "
                f"postgres {r['cpu_pg']:.0f}, lock wait {r['lock_request']:.2%} of request time, "
                f"{r['per_tx']:.1f} webhooks/transaction, writer run queue {r['writer_queue']:.0f} us"
                for r in results[-2:]) + f"; bare handler median {results[-3]['median']:.0f}/s, CPU us "
                f"{results[-3]['cpu']:.0f}", flush=True)
    return results


def print_many_tenants(results: list[dict], old_tree: str = "") -> None:
    by = {(r["mode"], r["workers"]): r for r in results}
    print()
    print(f"PostgreSQL, {PG_TENANTS} shops sending at once: " + (
        f"old = the relay of {old_tree} (per-tenant locks), new = this tree's" if old_tree else
        "old = one event lock for every tenant, new = one per tenant") + " (rounds interleaved)")
    print(f"{'processes':>9}  {'old best':>9} {'median':>7} {'lock wait':>9} {'CPU us':>7} {'conns':>5}  "
          f"{'new best':>9} {'median':>7} {'lock wait':>9} {'CPU us':>7} {'conns':>5}  {'new/old':>7}  "
          "statuses (old; new)")
    for workers in (1, 2, 4):
        old, new = by[("old", workers)], by[("new", workers)]
        paired = statistics.median(n / o for n, o in zip(new["rates"], old["rates"], strict=True))
        print(f"{workers:>9}  {old['rate']:9.0f} {old['median']:7.0f} {old['lock_wait']:9.1%} {old['cpu']:7.0f} "
              f"{old['connections']:5d}  {new['rate']:9.0f} {new['median']:7.0f} {new['lock_wait']:9.1%} "
              f"{new['cpu']:7.0f} {new['connections']:5d}  {paired:7.2f}  {old['statuses']}; {new['statuses']}")
    print("lock wait = share of the relay's busy database-session samples (statement running or transaction open) "
          "spent waiting for an advisory lock; new/old = median of the round-by-round ratios; CPU us = CPU time "
          "per webhook of the relay's processes (every serving process and its writer process; PostgreSQL's own "
          "not included); conns = most PostgreSQL sessions the relay's processes held at once (sampled)")
    for mode in ("old", "new"):
        one = by[(mode, 1)]["median"]
        print(f"{mode}: median webhooks/s against 1 process: 2 processes {by[(mode, 2)]['median'] / one:.2f}x, "
              f"4 processes {by[(mode, 4)]['median'] / one:.2f}x")
    bare1 = by[("bare", 1)]
    print(f"bare handler (same load, same processes, its rounds beside the relays'): median webhooks/s "
          f"{bare1['median']:.0f} / {by[('bare', 2)]['median']:.0f} / {by[('bare', 4)]['median']:.0f} at 1 / 2 / 4 "
          f"processes, against 1 process 2 processes {by[('bare', 2)]['median'] / bare1['median']:.2f}x, 4 processes "
          f"{by[('bare', 4)]['median'] / bare1['median']:.2f}x; CPU us a request {bare1['cpu']:.0f} / "
          f"{by[('bare', 2)]['cpu']:.0f} / {by[('bare', 4)]['cpu']:.0f}")
    for workers in (2, 4):
        relay = by[("new", workers)]["median"] / by[("new", 1)]["median"]
        base = by[("bare", workers)]["median"] / bare1["median"]
        print(f"new, {workers} processes: {relay:.2f}x of 1 process, the bare handler {base:.2f}x: "
              f"the relay's own scaling {relay / base:.2f}x (1.00 = it loses no more than the HTTP stack itself "
              f"loses to more processes on this machine)")
    new4 = by[("new", 4)]
    drops = [w for w, prev in ((2, 1), (4, 2)) if by[("new", w)]["median"] < by[("new", prev)]["median"]]
    print(f"targets (new): lock waits < 5% of request time with 4 processes: "
          f"{'met' if new4['lock_request'] < 0.05 else 'MISSED'} ({new4['lock_request']:.2%}; of database-busy "
          f"samples {new4['lock_wait']:.1%}); throughput does not drop when processes are added: "
          f"{'met' if not drops else 'MISSED (at ' + ', '.join(f'{w} processes' for w in drops) + ')'}")
    print("every round, webhooks/s in the order run:")
    for r in results:
        print(f"  {r['mode']}, {r['workers']} process(es): " + " ".join(f"{x:7.0f}" for x in r["rates"]))
    print()
    print("lock waits and CPU per webhook (us), by process count:")
    print(f"{'':>4} {'processes':>9} {'webhooks/s':>10} {'lock wait':>9} {'lock wait':>9}  {'relay':>6} {'serving':>7} "
          f"{'writer':>6} {'postgres':>8} {'all':>6}  {'new PG':>6}  {'wh/tx':>5}  {'writer':>6}")
    print(f"{'':>4} {'':>9} {'(median)':>10} {'% request':>9} {'% DB busy':>9}  {'':>6} {'':>7} {'':>6} "
          f"{'backends':>8} {'':>6}  {'sessions':>6}  {'':>5}  {'run q':>6}")
    for mode in ("old", "new"):
        for workers in (1, 2, 4):
            r = by[(mode, workers)]
            share = f"{r['lock_request']:9.2%}" if r["lock_processes"] else f"{'n/a':>9}"
            print(f"{mode:>4} {workers:>9} {r['median']:10.0f} {share} {r['lock_wait']:9.1%}  "
                  f"{r['cpu']:6.0f} {r['cpu'] - r['cpu_writer']:7.0f} {r['cpu_writer']:6.0f} {r['cpu_pg']:8.0f} "
                  f"{r['cpu'] + r['cpu_pg']:6.0f}  {r['backends']:>6}  {r['per_tx']:5.1f}  {r['writer_queue']:6.0f}"
                  + ("" if r["lock_processes"] in (0, workers) else f"  (lock wait of {r['lock_processes']} of "
                                                                     f"{workers} processes only)"))
    print("lock wait % request = time webhooks waited for event locks (the relay's own "
          "klaros_relay_event_lock_wait_seconds_total, every process) / their request time (connections x elapsed, "
          "as the load generator saw it); % DB busy = the pg_stat_activity samples above; relay = serving + writer "
          "processes; postgres backends = CPU of the PostgreSQL backends of the relay's sessions (/proc, read every "
          "50 ms); new PG sessions = backends started during the timed rounds; writer run q = time the writer "
          "processes' threads were runnable but waited for a CPU (/proc schedstat), per webhook")


# ------------------------------------------------------------------------------------------------- soak

SOAK_PULLS = 1000  # idle long-polls held open for the whole soak
SOAK_IDLE_SHOPS = 10  # their shops (no webhooks), each with 25 devices polling 4 at a time
SOAK_RETENTION_SECONDS = 120.0  # so the retention sweep deletes rows during the soak, not only looks
SOAK_PRUNE_SECONDS = 15.0
SOAK_IDLE_SECONDS = 10.0  # before the first webhook: the long-polls' own cost, measured


def sqlite_path(settings) -> str:
    return settings.database_url.removeprefix("sqlite:///")


def seed_events(settings, tenant, count: int, received_us: int) -> tuple[int, int]:
    """``count`` events of ``tenant`` as the writer stores them (a sealed soak webhook's size, one wrapped key per
    paired device), received at ``received_us``, straight into the relay's SQLite database in chunks (each a short
    write transaction, queued behind the writer's like any other); their first and last id."""
    import hashlib
    import sqlite3

    tenant_id = tenant.tenant_id
    size = len(webhook_body(tenant, text="soak seed")) + 16
    conn = sqlite3.connect(sqlite_path(settings), timeout=60, isolation_level=None)
    try:
        devices = [r[0] for r in conn.execute("SELECT id FROM devices WHERE tenant_id = ? AND paired_us IS NOT NULL "
                                              "AND revoked_us IS NULL", (tenant_id,))]
        tag, first, last = uuid.uuid4().hex, None, None
        for start in range(0, count, 20_000):
            n = min(20_000, count - start)
            conn.execute("BEGIN IMMEDIATE")
            (floor,) = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
            conn.executemany(
                "INSERT INTO events (tenant_id, body_sha256, received_us, correlation_id, size, nonce, ciphertext, "
                "held_key, live) VALUES (?, ?, ?, 'bench-seed', ?, ?, ?, NULL, 1)",
                [(tenant_id, hashlib.sha256(f"{tag}/{start + i}".encode()).digest(), received_us, size - 16,
                  os.urandom(12), os.urandom(size)) for i in range(n)])
            ids = [r[0] for r in conn.execute("SELECT id FROM events WHERE id > ? ORDER BY id", (floor,))]
            conn.executemany("INSERT INTO event_keys (event_id, device_id, epk, nonce, wrapped_key) VALUES "
                             "(?, ?, ?, ?, ?)", [(i, d, os.urandom(32), os.urandom(12), os.urandom(48))
                                                 for i in ids for d in devices])
            conn.execute("COMMIT")
            first = ids[0] if first is None else first
            last = ids[-1]
        return first, last
    finally:
        conn.close()


def age_events(settings, first: int, last: int, received_us: int) -> None:
    """Set the receipt time of the events with ids ``first`` .. ``last`` (one short write transaction)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(sqlite_path(settings), timeout=60, isolation_level=None)) as conn:
        conn.execute("UPDATE events SET received_us = ? WHERE id BETWEEN ? AND ?", (received_us, first, last))


def delete_events(settings, first: int = 1, last: int | None = None) -> None:
    """Delete the events with ids ``first`` .. ``last`` (None: the highest) and their keys, in short transactions."""
    import sqlite3

    conn = sqlite3.connect(sqlite_path(settings), timeout=60, isolation_level=None)
    try:
        if last is None:
            (last,) = conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
        for start in range(first, last + 1, 20_000):
            end = min(last, start + 19_999)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM event_keys WHERE event_id BETWEEN ? AND ?", (start, end))
            conn.execute("DELETE FROM events WHERE id BETWEEN ? AND ?", (start, end))
            conn.execute("COMMIT")
    finally:
        conn.close()


class _Exchange(asyncio.Protocol):
    """One keep-alive connection; ``request`` sends a pre-built request, its future gets the answer's status
    (0 when the connection is lost first)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = b""
        self.waiting: asyncio.Future | None = None
        self.ready = asyncio.get_running_loop().create_future()

    def connection_made(self, transport) -> None:
        self.transport = transport
        self.ready.set_result(None)

    def request(self, data: bytes) -> asyncio.Future:
        self.waiting = asyncio.get_running_loop().create_future()
        self.transport.write(data)
        return self.waiting

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        end = self.buffer.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self.buffer[:end].lower()
        at = head.find(b"content-length:")
        length = int(head[at + 15:].split(b"\r\n", 1)[0]) if at >= 0 else 0
        if len(self.buffer) < end + 4 + length:
            return
        self.buffer = self.buffer[end + 4 + length:]
        if self.waiting is not None and not self.waiting.done():
            self.waiting.set_result(int(head[9:12]))

    def connection_lost(self, exc) -> None:
        if self.waiting is not None and not self.waiting.done():
            self.waiting.set_result(0)


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the writer process), MB (Linux /proc; 0 elsewhere)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            for row in Path(f"/proc/{current}/status").read_text(encoding="ascii").splitlines():
                if row.startswith("VmRSS:"):
                    total += int(row.split()[1])
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text(encoding="ascii").split()]
        except (OSError, ValueError):
            continue
    return total / 1024


def samples() -> array:
    """A minute's samples as C doubles: a list of float objects is traversed by every full collection of the
    bench's cyclic GC, and over a soak's tens of millions of samples those collections paused the sender for
    longer and longer, which the soak then measured as the relay's latency."""
    return array("d")


@dataclass
class SoakMinute:
    latencies: array = field(default_factory=samples)
    dues: array = field(default_factory=samples)  # when each was due (perf_counter), beside its latency
    statuses: Counter = field(default_factory=Counter)
    late: array = field(default_factory=samples)  # ms the sender started a webhook after it was due
    queued: array = field(default_factory=samples)  # ms it then waited for one of the 64 connections
    cpu: dict = field(default_factory=dict)  # CPU seconds this minute: serving, writer, bench
    relay: dict = field(default_factory=dict)  # /metrics counters' growth this minute


SOAK_COUNTERS = {  # /metrics rows the soak prints per minute (their growth in the minute)
    "transactions": "klaros_relay_writer_batches_total ",
    "rows": "klaros_relay_writer_rows_total ",
    "deleted": 'klaros_relay_retention_deleted_total{kind="events"} ',
    "sweep_tx": 'klaros_relay_retention_batches_total{kind="events"} ',
    "expired": "klaros_relay_writer_expired_total ",  # the group commits' share of "deleted" (newer relays)
}


def soak_counters(text_: str) -> dict[str, float]:
    found = dict.fromkeys(SOAK_COUNTERS, 0.0)
    for row in text_.splitlines():
        for name, prefix in SOAK_COUNTERS.items():
            if row.startswith(prefix):
                found[name] = float(row.rsplit(" ", 1)[1])
    found["swept"] = found["deleted"] - found["expired"]
    return found


def proc_io(pid: int, field: str) -> int:
    """One counter of a process's /proc/PID/io (Linux; 0 elsewhere): ``syscw`` the write system calls it made so
    far, ``wchar`` the bytes it handed to them."""
    try:
        for row in Path(f"/proc/{pid}/io").read_text(encoding="ascii").splitlines():
            if row.startswith(f"{field}:"):
                return int(row.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def write_calls(pid: int) -> int:
    return proc_io(pid, "syscw")


def soak_cpu(pid: int) -> dict[str, float]:
    """CPU seconds so far: the serving process, its writer process (its children), this benchmark; and the
    serving process's write system calls (each answer is one, each batch handed to the writer process another)."""
    serving = own_cpu_seconds(pid)
    return {"serving": serving, "writer": tree_cpu_seconds(pid) - serving, "bench": own_cpu_seconds(os.getpid()),
            "writes": write_calls(pid), "writer_bytes": sum(io_written(c) for c in children(pid))}


def children(pid: int) -> list[int]:
    try:
        return [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text(encoding="ascii").split()]
    except (OSError, ValueError):
        return []


def io_written(pid: int) -> int:
    return proc_io(pid, "wchar")


async def timeline_sampler(port: int, pid: int, database: Path, samples: list[dict], stop: asyncio.Event) -> None:
    """Once a second: the relay's counters, its processes' CPU, the writer's bytes written and whether the
    database file changed (in WAL mode only a checkpoint writes it), for ``slow_seconds``."""
    async with httpx.AsyncClient(timeout=10) as client:
        while not stop.is_set():
            try:
                counters = soak_counters((await client.get(f"http://127.0.0.1:{port}/metrics")).text)
            except httpx.HTTPError:
                counters = {}
            try:
                stat = database.stat()
                db_state = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                db_state = (0, 0)
            writer = children(pid)
            samples.append({"at": time.perf_counter(), "cpu": soak_cpu(pid), "relay": counters, "db": db_state,
                            "written": sum(io_written(c) for c in writer)})
            await asyncio.sleep(1.0)


def slow_seconds(minutes: list[SoakMinute], samples: list[dict], top: int = 6) -> list[str]:
    """The seconds whose webhooks (by when they were due) waited longest, each beside what the relay did in that
    second and the one before: transactions, expired, sweep transactions, CPU, writer bytes, checkpoint."""
    if len(samples) < 3:
        return []
    start = samples[0]["at"]
    worst: dict[int, float] = {}
    for m in minutes:
        for due, ms in zip(m.dues, m.latencies, strict=True):
            second = int(due - start)
            worst[second] = max(worst.get(second, 0.0), ms)
    typical = statistics.median(worst.values()) if worst else 0.0
    rows = []
    ats = [sample["at"] for sample in samples]
    for second, ms in sorted(worst.items(), key=lambda kv: -kv[1])[:top]:
        described = []
        for k in (second - 1, second, second + 1):
            i = bisect.bisect_left(ats, start + k + 1)  # the sample interval that ends just after second k
            if not 0 < i < len(samples):
                continue
            a, b = samples[i - 1], samples[i]
            r = {name: b["relay"].get(name, 0) - a["relay"].get(name, 0)
                 for name in ("transactions", "expired", "swept", "sweep_tx")}
            described.append(f"s{k}: {r['transactions']:.0f} tx, expired {r['expired']:.0f}, swept {r['swept']:.0f} in "
                             f"{r['sweep_tx']:.0f} tx, CPU serving {b['cpu']['serving'] - a['cpu']['serving']:.2f} "
                             f"writer {b['cpu']['writer'] - a['cpu']['writer']:.2f} s, writer wrote "
                             f"{(b['written'] - a['written']) / 1e6:.1f} MB"
                             f"{', database file written (checkpoint)' if b['db'] != a['db'] else ''}")
        rows.append(f"second {second} (max {ms:.0f} ms; median second's max {typical:.0f} ms): " + "; ".join(described))
    return rows


async def soak_load(port: int, tenant, rate: float, minutes: int, pulls: list[bytes], pid: int,
                    database: Path | None = None) -> dict:
    """Webhooks at ``rate``/s, open loop (each one's latency counts from when it was due, so a stall shows
    as the latency of everything queued behind it), over 64 connections, while ``pulls`` long-polls wait."""
    loop = asyncio.get_running_loop()
    pull_statuses: Counter = Counter()
    stop = asyncio.Event()

    async def long_poll(request: bytes, start_after: float) -> None:
        await asyncio.sleep(start_after)  # desktops do not all poll in step: spread over one wait period
        while not stop.is_set():
            _transport, conn = await loop.create_connection(_Exchange, "127.0.0.1", port)
            await conn.ready
            while not stop.is_set():
                status = await conn.request(request)
                pull_statuses[status] += 1
                if status != 200:
                    conn.transport.close()
                    break
            conn.transport.close()

    pollers = [asyncio.create_task(long_poll(r, 25 * n / len(pulls))) for n, r in enumerate(pulls)]
    settle_until = time.perf_counter() + 60
    per_minute = [SoakMinute() for _ in range(minutes)]
    idle_rss = tree_rss_mb(pid)
    in_flight: set[asyncio.Task] = set()

    async def connect() -> _Exchange:
        _transport, conn = await loop.create_connection(_Exchange, "127.0.0.1", port)
        await conn.ready
        return conn

    async def send(request: bytes, due: float, minute: SoakMinute) -> None:
        began = time.perf_counter()
        minute.late.append((began - due) * 1000)
        conn = await free.get()
        minute.queued.append((time.perf_counter() - began) * 1000)
        try:
            if conn.transport.is_closing():  # the relay closes a connection left idle past its header timeout
                conn = await connect()
            status = await conn.request(request)
        except OSError:
            status = 0
        minute.latencies.append((time.perf_counter() - due) * 1000)
        minute.dues.append(due)
        minute.statuses[status] += 1
        if status == 0:  # the connection went: a new one takes its place
            conn = await connect()
        free.put_nowait(conn)

    # every poll waiting before the clock starts (the relay's own gauge): their first requests are not part of
    # the measured load
    async with httpx.AsyncClient(timeout=10) as client:
        while time.perf_counter() < settle_until:
            text_ = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
            waiting = next((float(row.rsplit(" ", 1)[1]) for row in text_.splitlines()
                            if row.startswith("klaros_relay_pulls_waiting")), 0.0)
            if waiting >= len(pulls):
                break
            await asyncio.sleep(0.2)
    idle_cpu = soak_cpu(pid)  # what the waiting long-polls alone cost (they re-poll as their waits run out)
    await asyncio.sleep(SOAK_IDLE_SECONDS)
    idle_cpu = {k: (v - idle_cpu[k]) / SOAK_IDLE_SECONDS for k, v in soak_cpu(pid).items()}
    print(f"  {len(pulls)} long-polls waiting, no webhooks, {SOAK_IDLE_SECONDS:.0f} s: CPU serving "
          f"{idle_cpu['serving']:.1%}, writer {idle_cpu['writer']:.1%}, bench {idle_cpu['bench']:.1%} of a core; "
          f"pulls answered {sum(pull_statuses.values())} so far", flush=True)
    free: asyncio.Queue = asyncio.Queue()
    for _ in range(64):  # opened now: the relay closes connections that stay silent past its header timeout
        free.put_nowait(await connect())
    rss = [tree_rss_mb(pid)]  # the start: every long-poll waiting, before the first webhook of the soak
    loads = [os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")]
    metrics_client = httpx.AsyncClient(timeout=30)

    async def counters() -> dict[str, float]:
        return soak_counters((await metrics_client.get(f"http://127.0.0.1:{port}/metrics")).text)

    cpu_before, relay_before = soak_cpu(pid), await counters()
    samples: list[dict] = []
    sampling = asyncio.Event()
    sampler = asyncio.create_task(timeline_sampler(port, pid, database, samples, sampling)) if database else None
    per = int(rate * 60)
    chunk = 50  # webhooks built just before they are due (fresh timestamps; no long pause of the sender)
    started = time.perf_counter()
    for m in range(minutes):
        tag = f"{uuid.uuid4().hex[:6]}m{m}"
        base = started + m * 60
        for first in range(0, per, chunk):
            requests = build_requests(tenant, port, min(chunk, per - first), f"{tag}c{first}")
            for i, request in enumerate(requests, start=first):
                due = base + i / rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                task = asyncio.create_task(send(request, due, per_minute[m]))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
            # A sender behind its schedule (after a minute the relay fell behind in) never sleeps above: without
            # this the whole minute's webhooks were built and queued in one turn of the loop, seconds in which
            # no answer was read and no long-poll re-sent; the relay (uvicorn's 5 s keep-alive timeout) closed
            # long-poll connections left idle that long, and a request sent as it closed counted as status 0.
            await asyncio.sleep(0)
        await asyncio.gather(*list(in_flight))
        rss.append(tree_rss_mb(pid))
        loads.append(os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan"))
        got = per_minute[m]
        cpu_now, relay_now = soak_cpu(pid), await counters()
        got.cpu = {k: cpu_now[k] - cpu_before[k] for k in cpu_now}
        got.relay = {k: relay_now[k] - relay_before[k] for k in relay_now}
        cpu_before, relay_before = cpu_now, relay_now
        print(f"  minute {m + 1}: {len(got.latencies)} webhooks, p99 {percentile(got.latencies, 99):.1f} ms, "
              f"errors {sum(n for s, n in got.statuses.items() if s != 200)}, RSS {rss[-1]:.0f} MB, "
              f"pulls answered {sum(pull_statuses.values())}, load {loads[-1]:.2f}; {soak_detail(got)}", flush=True)
    await metrics_client.aclose()
    sampling.set()
    if sampler is not None:
        await sampler
    stop.set()
    for task in pollers:
        task.cancel()
    await asyncio.gather(*pollers, return_exceptions=True)
    while not free.empty():
        free.get_nowait().transport.close()
    return {"minutes": per_minute, "rss": rss, "idle_rss": idle_rss, "loads": loads, "pulls": dict(pull_statuses),
            "slow": slow_seconds(per_minute, samples)}


def soak_detail(m: SoakMinute) -> str:
    """One minute's cost and shape: CPU ms per webhook (serving, writer, bench), webhooks per group-commit
    transaction, rows expired (by the writer's commits, by the sweep in how many transactions), and how late the
    sender was (p99 ms after due; then waiting for a connection)."""
    n = max(1, len(m.latencies))
    r = m.relay
    per_tx = r["rows"] / r["transactions"] if r.get("transactions") else float("nan")
    return (f"CPU ms/webhook serving {m.cpu['serving'] * 1000 / n:.3f} writer {m.cpu['writer'] * 1000 / n:.3f} "
            f"bench {m.cpu['bench'] * 1000 / n:.3f}; serving writes/webhook {m.cpu['writes'] / n:.2f}; "
            f"writer wrote {m.cpu['writer_bytes'] / n / 1024:.1f} KiB/webhook (WAL and checkpoints); "
            f"{per_tx:.1f} webhooks/transaction "
            f"({r['transactions']:.0f} tx); expired on commit {r['expired']:.0f}, swept {r['swept']:.0f} in "
            f"{r['sweep_tx']:.0f} tx; sender late p99 {percentile(m.late, 99):.1f} ms, waited for a connection "
            f"p99 {percentile(m.queued, 99):.1f} ms")


@dataclass
class SoakRelay:
    """One relay under soak: its server, shop, long-poll requests and capacity runs."""

    label: str
    server: RelayProcess
    settings: object
    tenant: object
    pulls: list[bytes]
    log_file: Path
    rates: list[float] = field(default_factory=list)
    burst_cpu: dict = field(default_factory=dict)
    steady_rates: list[float] = field(default_factory=list)  # capacity rounds with retention at steady state
    steady_seconds: float = 0.0
    steady_cpu: dict = field(default_factory=dict)
    burst_per_tx: float = float("nan")
    result: dict = field(default_factory=dict)
    alive: bool = True
    sweeps: list[str] = field(default_factory=list)

    @property
    def capacity(self) -> float:
        return statistics.median(self.rates)

    @property
    def steady_capacity(self) -> float:
        """Webhooks per second over all steady-state rounds (they expire as many events as they store in all,
        not round by round: the expired backlog drains in the first)."""
        return len(self.steady_rates) * self.steady_requests / self.steady_seconds if self.steady_seconds else 0.0

    steady_requests: int = 0


def start_soak_relay(stack: contextlib.ExitStack, label: str, env: dict, workdir: Path, args) -> SoakRelay:
    settings = settings_for(f"soak {label}", None, workdir, pair_attempts_per_minute=0,
                            retention_days=args.retention_seconds / 86400, prune_interval_seconds=SOAK_PRUNE_SECONDS)
    prepare_tree(settings, env)
    tenant = create_tenant(settings, "Soak shop")
    log_file = workdir / f"relay-{label.split()[0]}.log"
    server = stack.enter_context(RelayProcess(settings, log_level="info", env=relay_env(env), log_file=log_file))
    pair(server.url, settings, tenant)
    pulls = []
    for n in range(SOAK_IDLE_SHOPS):
        idle = create_tenant(settings, f"Idle shop {n}")
        for _ in range(SOAK_PULLS // SOAK_IDLE_SHOPS // 4):
            _device, token, _key = pair(server.url, settings, idle)
            pulls += [(f"GET /v1/events?wait=30 HTTP/1.1\r\nHost: 127.0.0.1:{server.port}\r\n"
                       f"Authorization: Bearer {token}\r\n\r\n").encode("ascii")] * 4
    return SoakRelay(label, server, settings, tenant, pulls, log_file)


def soak_burst(relay: SoakRelay, args, round_: int, steady: bool = False) -> None:
    """One full-speed run of ``--requests`` (a capacity round); its CPU, transactions and expired events added up
    (``steady``: a round with retention at steady state, counted apart)."""
    pid = relay.server.process.pid
    cpu_before, tx_before = soak_cpu(pid), soak_counters(httpx.get(relay.server.url + "/metrics").text)
    requests = build_requests(relay.tenant, relay.server.port, args.requests,
                              f"{uuid.uuid4().hex[:6]}{'s' if steady else 'c'}{round_}")
    elapsed, _statuses = run(hammer(relay.server.port, requests, args.concurrency))
    (relay.steady_rates if steady else relay.rates).append(args.requests / elapsed)
    if steady:
        relay.steady_seconds += elapsed
        relay.steady_requests = args.requests
    cpu_after, tx_after = soak_cpu(pid), soak_counters(httpx.get(relay.server.url + "/metrics").text)
    spent = relay.steady_cpu if steady else relay.burst_cpu
    for k in cpu_after:
        spent[k] = spent.get(k, 0.0) + cpu_after[k] - cpu_before[k]
    spent["tx"] = spent.get("tx", 0.0) + tx_after["transactions"] - tx_before["transactions"]
    spent["deleted"] = spent.get("deleted", 0.0) + tx_after["deleted"] - tx_before["deleted"]


def log_summary(path: Path) -> list[str]:
    """The relay's log lines other than the per-webhook ones, counted by message, reason and status."""
    import json

    seen: Counter = Counter()
    try:
        with path.open(encoding="utf-8", errors="replace") as f:
            for row in f:
                if '"webhook stored"' in row or '"webhook duplicate"' in row:
                    continue
                try:
                    line_ = json.loads(row)
                except ValueError:
                    seen[("(not JSON)", row.strip()[:80], "")] += 1
                    continue
                if isinstance(line_, dict):
                    seen[(str(line_.get("msg", line_.get("message", ""))), str(line_.get("reason", "")),
                          str(line_.get("status", "")))] += 1
    except OSError:
        return []
    return [f"{n} x {msg!r} reason={reason or '-'} status={status or '-'}" for (msg, reason, status), n in
            seen.most_common(12)]


def py_spy(pid: int, seconds: int, out: Path) -> subprocess.Popen | None:
    """py-spy on the serving process (non-blocking, per thread), raw stacks to ``out``; None without py-spy."""
    exe = Path(sys.executable).parent / "py-spy"
    if not exe.exists():
        print("  (py-spy not installed in this venv: no profile)", flush=True)
        return None
    return subprocess.Popen([str(exe), "record", "--nonblocking", "--threads", "-p", str(pid), "-d", str(seconds),
                             "-r", "200", "-f", "raw", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def steady_state(relays: list[SoakRelay], args) -> None:
    """Capacity with retention at steady state, which is what the soak runs against from its second retention
    period on: the table holds what the soak would keep (``--retention-seconds`` at half the capacity without
    retention), and each round expires as many events as it stores. The events of the capacity rounds before
    go first; then ``--requests`` events per round, with the lowest ids (as the oldest have in a steady state),
    and the standing ones after them, all received in the future (no sweep touches them while the other
    relay's rounds run); right before each round its share of the lowest is moved past retention. The
    standing events are deleted again before the soak (they would all expire in the same minute)."""
    future_us = int((time.time() + 3600) * 1_000_000)
    aged: dict[str, int] = {}
    standing: dict[str, tuple[int, int]] = {}
    for relay in relays:
        delete_events(relay.settings)
        aged[relay.label], _ = seed_events(relay.settings, relay.tenant, 2 * args.requests, future_us)
        count = int(args.retention_seconds * relay.capacity / 2)
        standing[relay.label] = seed_events(relay.settings, relay.tenant, count, future_us)
    for round_ in range(2):
        for relay in relays:
            first = aged[relay.label] + round_ * args.requests
            age_events(relay.settings, first, first + args.requests - 1,
                       int((time.time() - args.retention_seconds - 3600) * 1_000_000))
            soak_burst(relay, args, round_, steady=True)
    for relay in relays:
        spent = {k: v * 1000 / (2 * args.requests) for k, v in relay.steady_cpu.items()}
        first, last = standing[relay.label]
        print(f"  {relay.label}: capacity with retention at steady state ({last - first + 1} young events standing, "
              f"{relay.steady_cpu['deleted']:.0f} expired during {2 * args.requests} webhooks; rounds "
              f"{', '.join(f'{x:.0f}' for x in relay.steady_rates)}/s): {relay.steady_capacity:.0f}/s against "
              f"{relay.capacity:.0f}/s without ({relay.steady_capacity / relay.capacity:.0%}); CPU ms/webhook serving "
              f"{spent['serving']:.3f} writer {spent['writer']:.3f}; writer wrote "
              f"{relay.steady_cpu['writer_bytes'] / (2 * args.requests) / 1024:.1f} "
              f"KiB/webhook (without retention {relay.burst_cpu['writer_bytes'] / (2 * args.requests) / 1024:.1f}); "
              f"{2 * args.requests / max(1.0, relay.steady_cpu['tx']):.1f} webhooks/transaction ({load()})", flush=True)
        delete_events(relay.settings, first, last)


def soak(workdir: Path, args) -> int:
    """SQLite relay (one ``serve`` process): capacity measured first, then ``--minutes`` at half of it with
    ``SOAK_PULLS`` idle long-polls open and the retention sweep running; RSS, errors and p99 per minute.
    With ``--old-tree``, the old tree's relay and this one: capacity rounds taken in turns, then a soak of each,
    one after the other, at the same rate (half of this tree's capacity, or ``--rate``)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 16384)), hard))
    trees = [("new (this tree)", {})]
    if args.old_tree:
        trees.insert(0, (f"old ({args.old_tree})", old_tree_env(args.old_tree)))
    with contextlib.ExitStack() as stack:
        relays = [start_soak_relay(stack, label, env, workdir, args) for label, env in trees]
        print(f"  {len(relays[0].pulls)} long-polls per relay from {len(relays[0].pulls) // 4} devices of "
              f"{SOAK_IDLE_SHOPS} idle shops; retention {args.retention_seconds:.0f} s, swept every "
              f"{SOAK_PRUNE_SECONDS:.0f} s ({load()})", flush=True)
        for round_ in range(2):
            for relay in relays:
                soak_burst(relay, args, round_)
        for relay in relays:
            burst = 2 * args.requests
            spent = {k: v * 1000 / burst for k, v in relay.burst_cpu.items()}
            print(f"  {relay.label}: capacity runs (no long-polls yet; {args.concurrency} connections, "
                  f"{args.requests} webhooks, rounds {', '.join(f'{x:.0f}' for x in relay.rates)}/s): "
                  f"{relay.capacity:.0f}/s; CPU ms/webhook serving {spent['serving']:.3f} writer "
                  f"{spent['writer']:.3f}; serving writes/webhook {spent['writes'] / 1000:.2f}; "
                  f"{burst / max(1.0, relay.burst_cpu['tx']):.1f} webhooks/transaction", flush=True)
        steady_state(relays, args)
        rate = args.rate or relays[-1].steady_capacity / 2
        for relay in relays:
            why = "(--rate)" if args.rate else "(half of new's capacity with retention at steady state)"
            print(f"  soak of {relay.label} at {rate:.0f}/s {why} for "
                  f"{args.minutes} minutes ({load()})", flush=True)
            spy = None
            if args.py_spy and args.minutes >= 2:
                def later(relay=relay):
                    time.sleep(SOAK_IDLE_SECONDS + 70)  # the long-polls settle (~30 s), idle 10 s, minute 1
                    return py_spy(relay.server.process.pid, 50, Path(args.py_spy) / f"{relay.label.split()[0]}.raw")
                spy = threading.Thread(target=later, daemon=True)
                spy.start()
            relay.result = run(soak_load(relay.server.port, relay.tenant, rate, args.minutes, relay.pulls,
                                         relay.server.process.pid, Path(sqlite_path(relay.settings))))
            relay.alive = relay.server.process.poll() is None
            relay.sweeps = [row for row in httpx.get(relay.server.url + "/metrics", timeout=10).text.splitlines()
                            if row.startswith(("klaros_relay_retention_", "klaros_relay_pulls_limited",
                                               "klaros_relay_connections_closed"))]
            relay.server.stop()  # its long-polls and CPU no longer weigh on the next relay's soak
            if spy is not None:
                spy.join()
    code = 0
    for relay in relays:
        code |= print_soak(relay, rate, args)
    if len(relays) == 2:
        old, new = relays
        print()
        print(f"old against new, same run: capacity without retention {old.capacity:.0f}/s vs {new.capacity:.0f}/s, "
              f"with retention at steady state {old.steady_capacity:.0f}/s vs {new.steady_capacity:.0f}/s "
              f"({new.steady_capacity / max(1.0, old.steady_capacity):.2f}x); per minute (p99 ms old/new; serving "
              "and writer CPU ms per webhook old/new; KiB the writer wrote per webhook old/new; serving writes per "
              "webhook old/new):")
        for n, (a, b) in enumerate(zip(old.result["minutes"], new.result["minutes"], strict=True)):
            ca, cb = max(1, len(a.latencies)), max(1, len(b.latencies))
            print(f"  minute {n + 1}: p99 {percentile(a.latencies, 99):.1f} / {percentile(b.latencies, 99):.1f}; "
                  f"serving {a.cpu['serving'] * 1000 / ca:.3f} / {b.cpu['serving'] * 1000 / cb:.3f}; writer "
                  f"{a.cpu['writer'] * 1000 / ca:.3f} / {b.cpu['writer'] * 1000 / cb:.3f}; writer KiB "
                  f"{a.cpu['writer_bytes'] / ca / 1024:.1f} / {b.cpu['writer_bytes'] / cb / 1024:.1f}; writes "
                  f"{a.cpu['writes'] / ca:.2f} / {b.cpu['writes'] / cb:.2f}; load {old.result['loads'][n + 1]:.2f} / "
                  f"{new.result['loads'][n + 1]:.2f}")
    return code


def print_soak(relay: SoakRelay, rate: float, args) -> int:
    result = relay.result
    minutes = result["minutes"]
    errors = sum(n for m in minutes for s, n in m.statuses.items() if s != 200)
    pull_errors = sum(n for s, n in result["pulls"].items() if s != 200)
    p99s = [percentile(m.latencies, 99) for m in minutes]
    print()
    print(f"soak of {relay.label}: {args.minutes} min at {rate:.0f} webhooks/s (its capacity {relay.capacity:.0f}/s "
          f"without retention, {relay.steady_capacity:.0f}/s with retention at steady state), "
          f"{len(relay.pulls)} idle long-polls, retention sweep every {SOAK_PRUNE_SECONDS:.0f} s")
    print(f"{'minute':>6} {'webhooks':>8} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6} {'RSS MB':>7} "
          f"{'load':>5} {'serve':>6} {'writer':>6} {'writes':>6} {'wh/tx':>6} {'late99':>7}   (CPU ms and serving "
          "write calls per webhook; webhooks per transaction; sender's p99 ms late)")
    for n, m in enumerate(minutes):
        count = max(1, len(m.latencies))
        per_tx = m.relay["rows"] / m.relay["transactions"] if m.relay.get("transactions") else float("nan")
        print(f"{n + 1:>6} {len(m.latencies):>8} {percentile(m.latencies, 50):7.1f} {p99s[n]:7.1f} "
              f"{max(m.latencies):7.1f} "
              f"{sum(c for s, c in m.statuses.items() if s != 200):>6} {result['rss'][n + 1]:7.0f} "
              f"{result['loads'][n + 1]:5.2f} {m.cpu['serving'] * 1000 / count:6.3f} "
              f"{m.cpu['writer'] * 1000 / count:6.3f} {m.cpu['writes'] / count:6.2f} {per_tx:6.1f} "
              f"{percentile(m.late, 99):7.1f}")
    print(f"RSS (serving + writer process): {result['idle_rss']:.0f} MB before the long-polls; start (long-polls "
          f"waiting) {result['rss'][0]:.0f} MB, end {result['rss'][-1]:.0f} MB "
          f"({result['rss'][-1] - result['rss'][0]:+.0f} MB); webhook errors: {errors}; long-polls answered: "
          f"{sum(result['pulls'].values())}, not 200: {pull_errors} "
          f"(by status, 0 = connection lost: {dict(sorted(result['pulls'].items()))}); relay still running: "
          f"{relay.alive}")
    print(f"p99 per minute: min {min(p99s):.1f} ms, max {max(p99s):.1f} ms")
    print("slowest seconds (by when the webhooks were due) beside the relay's second before, that one and the next:")
    for row in result.get("slow", []):
        print("  " + row)
    print("retention, pull limits, connections the guard closed (/metrics): "
          + ("; ".join(relay.sweeps) or "none (older relay)"))
    print(f"relay log ({relay.log_file.name}), lines other than stored/duplicate webhooks: "
          + ("; ".join(log_summary(relay.log_file)) or "none"))
    return 0 if errors == 0 and pull_errors == 0 and relay.alive else 1


def load() -> str:
    one, five, fifteen = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


def line(r: dict, bare1: dict, bare2: dict) -> str:
    if "rate" in r:
        base = bare2 if "2 process" in r["label"] else bare1
        ratio = f"{paired_ratio(r, base):7.0%}" if not r["label"].startswith("bare") else "      -"
        through = f"{r['rate']:11.0f} {r['median']:8.0f} {ratio} {r['cpu']:10.0f}"
    else:
        through = f"{'-':>11} {'-':>8} {'-':>7} {'-':>10}"
    lat = f"{r['p50']:7.1f} {r['p99']:7.1f}" if "p50" in r else f"{'-':>7} {'-':>7}"
    return f"{r['label']:36} {through}  {lat}  {r['statuses']}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5,
                        help="timed runs per configuration, interleaved with the bare handler's")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--sqlite-only", action="store_true",
                        help="only the bare handler and the plain SQLite relay (the round-two ratio and p99 targets)")
    parser.add_argument("--media-only", action="store_true",
                        help="only the bare handler, the SQLite relay and the SQLite relay keeping media")
    parser.add_argument("--old-tree", default="",
                        help="with --soak: soak that tree's relay too, before this one's, at the same rate; "
                             "with --sqlite-only: also run the relay from this source tree (e.g. `git archive` of an "
                             "older commit), its rounds interleaved with the others'; with --pg-tenants-only: that "
                             "tree's relay is 'old' instead of the single event lock")
    parser.add_argument("--pg-tenants", type=int, default=PG_TENANTS,
                        help="connections of the PostgreSQL many-shops part (the shops send at once)")
    parser.add_argument("--pg-tenants-only", action="store_true",
                        help="only the PostgreSQL many-shops part: old and new event locks, 1, 2 and 4 processes")
    parser.add_argument("--soak", action="store_true",
                        help="only the soak: SQLite, half the measured capacity, idle long-polls, retention running")
    parser.add_argument("--minutes", type=int, default=30, help="length of the soak (default 30)")
    parser.add_argument("--retention-seconds", type=float, default=SOAK_RETENTION_SECONDS,
                        help="the soak's retention period (default 120 s: the sweep deletes rows from minute 3 on)")
    parser.add_argument("--py-spy", default="",
                        help="with --soak: record the serving process with py-spy (--nonblocking, per thread) for "
                             "50 s of minute 2 of each soak, raw stacks into this directory")
    parser.add_argument("--commit-wait-ms", type=float, default=None,
                        help="KLAROS_RELAY_COMMIT_WAIT_MS for the relays started (default: the relay's own)")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="webhooks/s of the soak instead of half the measured capacity (a shared machine's "
                             "capacity varies from one minute to the next: a fixed rate compares runs)")
    args = parser.parse_args()
    if args.commit_wait_ms is not None:
        RELAY_ENV["KLAROS_RELAY_COMMIT_WAIT_MS"] = repr(args.commit_wait_ms)
        print(f"KLAROS_RELAY_COMMIT_WAIT_MS={args.commit_wait_ms:g} for every relay started")
    print(f"relay ingest benchmark: {args.requests} webhooks per run, {args.rounds} interleaved rounds, "
          f"{args.concurrency} connections, {os.cpu_count()} CPUs, loopback; every webhook sealed to 1 device; "
          f"relay at log level info")
    print("strict epk = a fresh ephemeral X25519 key per event and device (default: one per device, kept up to "
          "60 s or 10,000 keys across batches); thread writer = KLAROS_RELAY_WRITER=thread (sealing and storing "
          "in a thread, not a writer process)")
    from machine import cpu_model

    print(f"server stack (every run): uvicorn, {http_stack()}; CPU: {cpu_model()} ({os.cpu_count()} logical cores)")
    print(f"start: {load()}", flush=True)
    if args.soak:
        print(f"(this run: only the soak, {args.minutes} minutes)", flush=True)
        with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
            code = soak(Path(tmp), args)
        print(f"end: {load()}")
        return code
    if args.pg_tenants_only:
        print(f"(this run: only the PostgreSQL part, {args.pg_tenants} connections, {PG_TENANTS} shops with a device "
              "each, requests spread over the shops in turn)", flush=True)
        with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
            print_many_tenants(pg_many_tenants(Path(tmp), args), args.old_tree)
        print(f"end: {load()}")
        return 0
    many_tenants: list[dict] = []
    results = []
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
        workdir = Path(tmp)

        def record(result: dict) -> None:
            results.append(result)
            print(f"  done: {result['label']} ({load()})", flush=True)

        if args.sqlite_only:
            specs = [RelayUnderTest("relay SQLite, 1 process", None)]
            if args.old_tree:
                specs.append(RelayUnderTest("relay SQLite, 1 process, old code", None,
                                            env=old_tree_env(args.old_tree)))
            run_group(1, specs, workdir, args, record)
        else:
            with MediaGraphProcess(1) as graph:
                kept = RelayUnderTest("relay SQLite, 1 proc, media kept", None, media=True,
                                      overrides={"graph_url": graph.url + "/v23.0"})
                others = [] if args.media_only else [
                    RelayUnderTest("relay SQLite, 1 proc, strict epk", None, overrides={"ephemeral_per_event": True}),
                    RelayUnderTest("relay SQLite, 1 proc, thread writer", None, env={"KLAROS_RELAY_WRITER": "thread"})]
                run_group(1, [RelayUnderTest("relay SQLite, 1 process", None), kept, *others], workdir, args, record)
            if args.media_only:
                pass
            elif args.skip_postgres:
                run_group(2, [], workdir, args, record)
            else:
                with PgSchema() as one, PgSchema() as two:
                    run_group(2, [RelayUnderTest("relay PostgreSQL, 1 process", one),
                                  RelayUnderTest("relay PostgreSQL, 2 processes", two, workers=2)],
                              workdir, args, record)
                with PgSchema() as url:
                    record(cross_process_latency(url, workdir, args))
                many_tenants = pg_many_tenants(workdir, args)
    order = ["bare handler, 1", "bare handler, 2", "relay SQLite, 1 process", "relay SQLite, 1 proc"]
    results.sort(key=lambda r: next((i for i, o in enumerate(order) if r["label"].startswith(o)), len(order)))
    bare1 = results[0]
    bare2 = results[1] if results[1]["label"].startswith("bare") else bare1
    print()
    print(f"{'run':36} {'webhooks/s':>11} {'median':>8} {'vs bare':>7} {'CPU us/req':>10}  {'p50 ms':>7} "
          f"{'p99 ms':>7}  statuses")
    print(f"{'':36} {'(best)':>11} {'':>8} {'(paired)':>7}")
    for r in results:
        print(line(r, bare1, bare2))
    print()
    print("every round, webhooks/s in the order run (each relay round right after the bare handler's):")
    for r in results:
        if "rates" in r:
            print(f"  {r['label']:36} " + " ".join(f"{x:7.0f}" for x in r["rates"]))
    sqlite = next(r for r in results if r["label"] == "relay SQLite, 1 process")
    paired = paired_ratio(sqlite, bare1)
    media = next((r for r in results if r["label"] == "relay SQLite, 1 proc, media kept"), None)
    if media is not None:
        media_paired = paired_ratio(media, bare1)
        print()
        print(f"media keeping on (every webhook a 40 KB photo, downloaded, sealed and stored beside the 200): "
              f"{media_paired:.0%} of the bare handler round by round, against {paired:.0%} without; "
              f"{(media_paired - paired) * 100:+.1f} points (target: no more than 5 points lower): "
              f"{'met' if media_paired >= paired - 0.05 else 'MISSED'}")
    print()
    print(f"relay SQLite against the bare handler: round by round (median) {paired:.0%}; best against best "
          f"{sqlite['rate'] / bare1['rate']:.0%}; median against median {sqlite['median'] / bare1['median']:.0%}")
    print(f"targets: SQLite >= 2000/s: {'met' if sqlite['rate'] >= 2000 else 'MISSED'} ({sqlite['rate']:.0f}); "
          f">= 50% of bare (round by round): {'met' if paired >= 0.5 else 'MISSED'} "
          f"({paired:.0%}); p50 < 20 ms: {'met' if sqlite['p50'] < 20 else 'MISSED'} "
          f"({sqlite['p50']:.1f}); p99 < 100 ms: {'met' if sqlite['p99'] < 100 else 'MISSED'} ({sqlite['p99']:.1f})")
    print(f"round two: >= 75% of bare (round by round): {'met' if paired >= 0.75 else 'MISSED'} ({paired:.0%}); "
          f"p99 < 20 ms: {'met' if sqlite['p99'] < 20 else 'MISSED'} ({sqlite['p99']:.1f})")
    old = next((r for r in results if r["label"] == "relay SQLite, 1 process, old code"), None)
    if old is not None:
        print(f"old code ({args.old_tree}) in the same run: {paired_ratio(old, bare1):.0%} of bare round by round, "
              f"p50/p99 {old['p50']:.1f}/{old['p99']:.1f} ms, CPU per webhook {old['cpu']:.0f} us (serving "
              f"{old['cpu_own']:.0f} + writer {old['cpu'] - old['cpu_own']:.0f}); new: {paired:.0%}, "
              f"{sqlite['cpu']:.0f} us (serving {sqlite['cpu_own']:.0f} + writer "
              f"{sqlite['cpu'] - sqlite['cpu_own']:.0f})")
    print("CPU per webhook by process (us): " + "; ".join(
        f"{r['label']}: {r['cpu']:.0f}" + (f" = serving {r['cpu_own']:.0f} + writer {r['cpu'] - r['cpu_own']:.0f}"
                                          if r['cpu'] - r['cpu_own'] >= 1 else "")
        for r in results if "cpu_own" in r))
    with_p = [r for r in results if "p50" in r]
    print("latency p50/p99 (ms) everywhere: " + "; ".join(f"{r['label']}: {r['p50']:.1f}/{r['p99']:.1f}"
                                                         for r in with_p))
    if many_tenants:
        print_many_tenants(many_tenants)
    print(f"end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
