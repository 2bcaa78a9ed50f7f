"""What one webhook costs the relay, step by step: ``.venv/bin/python bench/relay_steps.py``.

``bench/relay_ingest.py`` measures the relay against a bare handler over HTTP; this says what the difference
is made of. Each step is timed in isolation, in one process, in µs of CPU per webhook (median of several
repeats), on a realistic text-message webhook sealed to one paired device:

- serving process: the bare handler's ASGI call (Starlette ``Request`` + ``JSONResponse``) and the relay's
  webhook route with the writer replaced by a hand-off that encodes the pipe frame and answers at once, then
  with no hand-off at all (both without HTTP parsing, which uvicorn does alike for both), then the route's
  pieces one by one;
- writer process: sealing, the SQLite group commit (``synchronous=FULL``, so its wall time includes the
  fsync; CPU shown beside it), the ``webhook stored`` log lines and the frame decoding, per webhook of a
  ``--batch`` webhook transaction (the mean batch under load is around 30).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import io
import logging
import marshal
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402

from relay import crypto, db, logs, meta, store  # noqa: E402
from relay.embedded import add_device, create_tenant, prepare, relay_settings, sign, webhook_body  # noqa: E402
from relay.writer import CommitQueue, GroupWriter, Incoming, Stored, log_outcomes  # noqa: E402


def per_call(fn, n: int, repeats: int = 5) -> tuple[float, float]:
    """(µs CPU, µs wall) per call of ``fn(i)``, the median of ``repeats`` runs of ``n`` calls."""
    cpu, wall = [], []
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        for i in range(n):
            fn(i)
        cpu.append((time.process_time() - c0) / n * 1e6)
        wall.append((time.perf_counter() - w0) / n * 1e6)
    return statistics.median(cpu), statistics.median(wall)


class InstantWriter(CommitQueue):
    """The serving process's side of the writer without the child: each batch is framed as for the pipe
    (``marshal``) and answered at once."""

    def start(self) -> None:
        self._wakeup = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._flush())

    async def _flush(self) -> None:
        while True:
            batch = await self._next_batch()
            marshal.dumps([(i.tenant_id, i.body, i.body_sha256, i.correlation_id, i.received_us, i.media)
                           for i, _ in batch])
            self._resolve(batch, [Stored(n + 1) for n in range(len(batch))])


class DirectWriter:
    """No hand-off at all: ``submit`` answers without the request ever waiting."""

    async def submit(self, item: Incoming) -> Stored:
        return Stored(1)


async def asgi_rate(app, path: str, bodies: list[bytes], headers: list[list], concurrency: int) -> tuple[float, float]:
    """µs CPU and wall per request of the ASGI app, ``concurrency`` requests in flight."""
    async def one(i: int) -> None:
        body = bodies[i % len(bodies)]
        sent = False

        async def receive():
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message) -> None:
            if message["type"] == "http.response.start":
                assert message["status"] == 200, message

        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
                 "root_path": "", "headers": headers[i % len(headers)], "client": ("127.0.0.1", 1),
                 "server": ("127.0.0.1", 8080), "state": {}}
        await app(scope, receive, send)

    n = 20000
    for _ in range(2):  # warm-up, then the timed run
        c0, w0 = time.process_time(), time.perf_counter()
        for start in range(0, n, concurrency):
            await asyncio.gather(*(one(i) for i in range(start, min(n, start + concurrency))))
    return (time.process_time() - c0) / n * 1e6, (time.perf_counter() - w0) / n * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", type=int, default=32, help="webhooks per writer transaction")
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    from machine import cpu_model
    from relay_ingest import bare_app, http_stack, load

    print(f"relay webhook steps, µs per webhook; CPU: {cpu_model()}; {http_stack()}; start: {load()}")
    try:
        import uvloop
        loop_factory = uvloop.new_event_loop
    except ImportError:
        loop_factory = None
    rows: list[tuple[str, str, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="relay-steps-") as tmp:
        settings = relay_settings(Path(tmp), tenant_cache_seconds=3600)
        prepare(settings)
        tenant = create_tenant(settings, "Steps shop")
        engines = db.make_engines(settings.database_url)
        master = crypto.MasterKey.load(settings.master_key_file)
        code = add_device(settings, tenant.tenant_id, "steps desk")
        public = X25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                        serialization.PublicFormat.Raw)
        store.pair(engines, master, code=code.code, public_key=public)
        bodies = [webhook_body(tenant, text=f"steps order {i}", wamid=f"wamid.steps{i:08d}") for i in range(4096)]
        secret = tenant.app_secret.encode()
        signatures = [sign(b, secret) for b in bodies]
        headers = [[(b"host", b"127.0.0.1:8080"), (b"content-type", b"application/json"),
                    (b"x-hub-signature-256", s.encode()), (b"content-length", str(len(b)).encode())]
                   for b, s in zip(bodies, signatures, strict=True)]
        print(f"body: {len(bodies[0])} bytes; writer batch: {args.batch} webhooks; "
              f"{args.concurrency} requests in flight on the serving side")

        # ---------------------------------------------------------------------------- serving process
        from relay.app import create_app
        from relay.wake import WakeHub
        from relay.web import Relay

        async def serving() -> None:
            gc.collect()
            gc.freeze()  # as the serving processes do after start-up (relay.app.create_app, freeze_heap)
            bare = bare_app()
            cpu, wall = await asgi_rate(bare, tenant.webhook_path, bodies, headers, args.concurrency)
            rows.append(("serving", "bare handler: Starlette Request + body + JSONResponse", cpu, wall))
            writer = InstantWriter(512, None)
            writer.start()
            relay = Relay(settings, engines, master, writer, WakeHub())
            app = create_app(settings)
            app.state.relay = relay
            await relay.tenant(tenant_id=tenant.tenant_id)
            cpu, wall = await asgi_rate(app, tenant.webhook_path, bodies, headers, args.concurrency)
            rows.append(("serving", "relay route, whole (writer: frame encode, answered at once)", cpu, wall))
            relay.writer = DirectWriter()
            cpu, wall = await asgi_rate(app, tenant.webhook_path, bodies, headers, args.concurrency)
            rows.append(("serving", "relay route, writer answered without waiting (no hand-off)", cpu, wall))

        if loop_factory is not None:
            with asyncio.Runner(loop_factory=loop_factory) as runner:
                runner.run(serving())
        else:
            asyncio.run(serving())

        n = 20000
        payload = meta.parse_envelope(bodies[0])
        t = tenant
        for label, fn in (
            ("  signature (HMAC-SHA256 of the raw body)", lambda i: meta.signature_ok(
                bodies[i % 4096], signatures[i % 4096], secret)),
            ("  envelope parse (orjson) and checks", lambda i: meta.parse_envelope(bodies[i % 4096])),
            ("  stale check (newest timestamp)", lambda i: meta.newest_timestamp(payload)),
            ("  entries belong to the shop", lambda i: all(meta.entry_belongs(e, t.waba_id, t.phone_number_id)
                                                          for e in payload["entry"])),
            ("  SHA-256 of the body (dedupe key)", lambda i: hashlib.sha256(bodies[i % 4096]).digest()),
            ("  correlation id + context variable", lambda i: logs.reset_correlation_id(
                logs.set_correlation_id(logs.new_correlation_id()))),
            ("  Incoming + receive time", lambda i: Incoming(t.tenant_id, bodies[0], b"", "c", store.now_us(), ())),
        ):
            cpu, wall = per_call(fn, n)
            rows.append(("serving", label, cpu, wall))

        # ------------------------------------------------------------------------------ writer process
        writer = GroupWriter(engines, master)
        batch_no = [0]

        def items(tag: str) -> list[Incoming]:
            batch_no[0] += 1
            out = []
            for k in range(args.batch):
                body = webhook_body(tenant, text=f"{tag} {k}", wamid=f"wamid.{tag}{batch_no[0]}x{k}")
                out.append(Incoming(t.tenant_id, body, hashlib.sha256(body).digest(), f"c{k}", store.now_us(), ()))
            return out

        writer.commit(items("warm"))  # fills the writer's device cache
        recipients = writer._devices
        batches = [items("seal") for _ in range(40)]
        cpu, wall = per_call(lambda i: writer.seal(batches[i % 40], recipients), 40)
        rows.append(("writer", "seal: AES-GCM body + key wrapped to 1 device", cpu / args.batch, wall / args.batch))
        fresh = [items("commit") for _ in range(5 * 40)]
        cpus, walls = [], []
        for r in range(5):
            c0, w0 = time.process_time(), time.perf_counter()
            for k in range(40):
                writer.commit(fresh[r * 40 + k])
            cpus.append((time.process_time() - c0) / (40 * args.batch) * 1e6)
            walls.append((time.perf_counter() - w0) / (40 * args.batch) * 1e6)
        seal_cpu = rows[-1][2]
        rows.append(("writer", "group commit, whole: seal + INSERTs + COMMIT (fsync)", statistics.median(cpus),
                     statistics.median(walls)))
        rows.append(("writer", "  of which SQL, COMMIT and fsync (whole less seal)",
                     statistics.median(cpus) - seal_cpu, statistics.median(walls) - seal_cpu))
        sink = io.StringIO()
        logs.configure("info")
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(sink)
        results = [Stored(k + 1) for k in range(args.batch)]
        cpu, wall = per_call(lambda i: log_outcomes(batches[i % 40], results), 200)
        rows.append(("writer", "'webhook stored' log lines (JSON)", cpu / args.batch, wall / args.batch))
        frame = marshal.dumps([(i.tenant_id, i.body, i.body_sha256, i.correlation_id, i.received_us, i.media)
                               for i in batches[0]])
        cpu, wall = per_call(lambda i: [Incoming(*row) for row in marshal.loads(frame)], 2000)
        rows.append(("writer", "frame decode (marshal) into Incoming", cpu / args.batch, wall / args.batch))
        engines.dispose()

    print(f"{'process':8} {'step':62} {'CPU us':>8} {'wall us':>8}")
    for process, label, cpu, wall in rows:
        print(f"{process:8} {label:62} {cpu:8.1f} {wall:8.1f}")
    print(f"end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
