"""Campaign benchmark: one command, prints every figure with its target.

    .venv/bin/python bench/campaign.py                       # 100,000 recipients, 30 s at 80 msg/s, then 1,000 msg/s
    .venv/bin/python bench/campaign.py --recipients 20000 --slow-seconds 10     # quick run
    .venv/bin/python bench/campaign.py --recipients 40000 --pairs 4  # fewer, larger rounds

Measures, in one run, a campaign of ``--recipients`` contacts against the simulator on loopback. The simulator
runs in a process of its own (``python -m klaros_sim serve``), so it does not share the sender's GIL; its
throughput limit is set above the fastest tested rate and its messaging limit to unlimited.

1. plan: ``lifecycle.create`` (``select_audience`` over the tagged contacts, recipients queued), the cost
   forecast (``services/pricing``) and ``lifecycle.launch`` (every recipient's values frozen) for all of them
   (target < 2 s; ``--plan-only`` measures just this);
2. the campaign sent by ``CampaignSender`` at 80 msg/s for ``--slow-seconds``, then paused: the achieved rate
   (answers from the simulator per second, first to last) against the configured one (target within 5 %);
3. the rest of the campaign at ``--fast-rate`` (1,000 msg/s, the fastest Klaros allows) against a bare
   ``httpx.AsyncClient`` loop posting the same payloads to the same simulator with as many requests in flight
   (target >= 80 % of the bare loop). After a warm-up bare loop, the rest is sent in ``--pairs`` rounds, each
   adjacent to a bare loop of the same size (which one goes first alternates); the ratio is taken within each
   pair and the median counts. A single bare run before and one after the whole campaign differed by up to
   half between themselves: the simulator keeps every message (its memory and CPU per request grow as it
   goes) and the machine's load drifts, so only adjacent runs against the same simulator state compare. Every
   pair is printed, with this process's CPU time per message (the campaign's and the bare loop's; the simulator
   runs elsewhere) and the sender's database steps: their count, wall time, share of the round's wall time,
   answers settled and recipients claimed each, SQL statements each and commits per message;
4. peak RSS of this process (the sender; the simulator's memory is its own), with the peak after building the
   profile and after the plan, so what the figure is made of shows.

The profile (SQLite, ``synchronous=FULL`` as in the app) lives in a temporary folder on the same disk as
``--tmp``. Not run by pytest. The machine may be shared: the load average is printed at the start and the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import event, literal, select

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from machine import cpu_model  # noqa: E402

from klaros_desktop.db import open_database  # noqa: E402
from klaros_desktop.graph import GraphClient  # noqa: E402
from klaros_desktop.models import Campaign, Contact, Tag, contact_tags, utcnow  # noqa: E402
from klaros_desktop.paths import Profile  # noqa: E402
from klaros_desktop.services.campaigns import lifecycle  # noqa: E402
from klaros_desktop.services.campaigns.audience import Segment  # noqa: E402
from klaros_desktop.services.campaigns.sender import CampaignSender, in_flight_limit  # noqa: E402
from klaros_desktop.services.core.audit import GraphAuditWriter  # noqa: E402
from klaros_desktop.services.messaging import templates  # noqa: E402
from klaros_desktop.services.messaging.sending import template_components  # noqa: E402
from klaros_desktop.services.pricing.forecast import forecast  # noqa: E402
from klaros_sim.config import SimConfig  # noqa: E402

TEMPLATE, LANGUAGE = "order_ready", "de"
TAG = "bench"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=4.0)  # as wiring.py


class PoolStats:
    """``--pool-stats``: the HTTP pool's connections and idle ones at each of its bookkeeping passes (each pass
    checks every idle connection's socket, so idle connections cost the event loop per request)."""

    passes = connections = idle = 0

    @classmethod
    def install(cls) -> None:
        from httpcore._async.connection_pool import AsyncConnectionPool

        real = AsyncConnectionPool._assign_requests_to_connections

        def counted(pool):
            cls.passes += 1
            cls.connections += len(pool._connections)
            cls.idle += sum(1 for c in pool._connections if c.is_idle())
            return real(pool)

        AsyncConnectionPool._assign_requests_to_connections = counted

    @classmethod
    def take(cls) -> str:
        shown = (f"pool: {cls.passes} passes, {cls.connections / max(1, cls.passes):.1f} connections and "
                 f"{cls.idle / max(1, cls.passes):.1f} idle a pass")
        cls.passes = cls.connections = cls.idle = 0
        return shown


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Simulator:
    """``python -m klaros_sim serve`` in a process of its own, fast statuses, no webhook receiver (so no retries)."""

    def __init__(self, throughput: int):
        self.config = SimConfig(port=free_port())
        env = {**os.environ, "PYTHONPATH": str(REPO), "KLAROS_SIM_THROUGHPUT_MPS": str(throughput),
               "KLAROS_SIM_MESSAGING_LIMIT_TIER": "TIER_UNLIMITED", "KLAROS_SIM_READ_DELAY": "none",
               # no receiver: each status webhook is given up at once instead of retried for the rest of the run
               # (a retry task per status would grow the simulator's work as the campaign goes on)
               "KLAROS_SIM_WEBHOOK_MAX_ATTEMPTS": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "klaros_sim", "serve", "--fast", "--port", str(self.config.port),
             "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{self.config.base_url}/_sim/health", timeout=1, trust_env=False).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the simulator did not start")
            time.sleep(0.1)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def build_profile(root: Path, count: int):
    """A migrated profile with ``count`` tagged contacts (bulk inserts in slices, so that building, which is not
    what is measured, does not set the process's peak memory)."""
    engine, sessions = open_database(Profile(root))
    now = utcnow()
    with sessions.begin() as s:
        tag = Tag(name=TAG)
        s.add(tag)
        s.flush()
        for start in range(0, count, 10_000):
            s.execute(Contact.__table__.insert(), [
                {"phone_e164": f"+4915{i:09d}", "wa_id": f"4915{i:09d}", "display_name": f"Kundin{i} Bench",
                 "country": "DE", "notes": "", "custom_fields": {}, "created_at": now, "updated_at": now}
                for i in range(start, min(start + 10_000, count))])
        s.execute(contact_tags.insert().from_select(["contact_id", "tag_id"],
                                                    select(Contact.id, literal(tag.id))))
    return engine, sessions


class Counting:
    """The Graph client with the time of every accepted send noted (the achieved rate is read from these)."""

    def __init__(self, graph: GraphClient):
        self.graph = graph
        self.times: list[float] = []

    def __getattr__(self, name):
        return getattr(self.graph, name)

    async def send_template(self, *args, **kw):
        result = await self.graph.send_template(*args, **kw)
        self.times.append(time.perf_counter())
        return result


def rate_of(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


def bare_payload(i: int) -> dict:
    """The request body the campaign sends to recipient ``i`` (its number and variables), built as a bare loop
    would."""
    return {"messaging_product": "whatsapp", "to": f"4916{i:09d}", "type": "template",
            "template": {"name": TEMPLATE, "language": {"code": LANGUAGE},
                         "components": template_components([f"Kundin{i}", "4711"])}}


async def bare_loop(sim: SimConfig, count: int, in_flight: int, offset: int) -> float:
    """Messages a second of a bare ``httpx.AsyncClient`` posting the campaign's payload to ``count`` numbers."""
    url = f"{sim.base_url}/v23.0/{sim.phone_number_id}/messages"
    headers = {"Authorization": f"Bearer {sim.access_token}"}
    numbers = iter(range(offset, offset + count))
    times: list[float] = []

    async def worker(http: httpx.AsyncClient) -> None:
        for i in numbers:
            response = await http.post(url, json=bare_payload(i), headers=headers)
            response.raise_for_status()
            times.append(time.perf_counter())

    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0), trust_env=False,
                                 limits=LIMITS) as http:
        await asyncio.gather(*(worker(http) for _ in range(in_flight)))
    return rate_of(times)


class StepLog:
    """Every database step of a sender: its wall time, answers settled, recipients claimed, the in-flight window's
    free places when it began, and the SQL statements and commits it ran (counted on the engine)."""

    def __init__(self, engine):
        self.steps: list[tuple[float, int, int, int, int]] = []
        self.cpu = 0.0  # the steps' CPU seconds (their thread's)
        self.statements = 0
        self.commits = 0
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, *_args) -> None:
        self.statements += 1

    def _commit(self, *_args) -> None:
        self.commits += 1

    def watch(self, sender: CampaignSender) -> None:
        real = sender._step

        def step(campaign_id, outcomes, want, bucket, *release):
            statements, began, cpu = self.statements, time.perf_counter(), time.thread_time()
            result = real(campaign_id, outcomes, want, bucket, *release)
            self.cpu += time.thread_time() - cpu
            self.steps.append((time.perf_counter() - began, len(outcomes), len(result[1]), want,
                               self.statements - statements))
            return result

        sender._step = step

    def summary(self, seconds: float) -> dict[str, float]:
        steps = self.steps or [(0.0, 0, 0, 0, 0)]
        count = len(steps)
        return {"steps": len(self.steps), "step_ms": 1000 * sum(s[0] for s in steps) / count,
                "step_busy": sum(s[0] for s in steps) / seconds if seconds else 0.0,
                "settled": sum(s[1] for s in steps) / count, "claimed": sum(s[2] for s in steps) / count,
                "statements": sum(s[4] for s in steps) / count, "commits_per_message":
                self.commits / max(1, sum(s[1] for s in steps)),
                "step_cpu_ms": 1000 * self.cpu / max(1, sum(s[1] for s in steps))}


async def send_for(sessions, graph: Counting, campaign_id: int, rate: float, seconds: float | None,
                   messages: int | None = None, steps: StepLog | None = None) -> float:
    """Run the sender at ``rate``; after ``seconds`` or ``messages`` pause the campaign (the sender drains and
    stops)."""
    sender = CampaignSender(sessions, graph, phone_number_id=graph.phone_number_id, rate=rate, actor="bench")
    if steps is not None:
        steps.watch(sender)
    graph.times.clear()
    started = time.perf_counter()
    run = asyncio.create_task(sender.run(campaign_id, wait=False))
    while not run.done():
        await asyncio.wait({run}, timeout=0.1)
        if (seconds is not None and time.perf_counter() - started >= seconds) or (
                messages is not None and len(graph.times) >= messages):
            await asyncio.to_thread(lifecycle.set_state, sessions, campaign_id, "pause", actor="bench")
            break
    await run
    return rate_of(graph.times)


async def fast_pairs(sim: SimConfig, engine, sessions, counting: Counting, cid: int, args, in_flight: int, rest: int
                     ) -> dict:
    """Step 3: a warm-up bare loop (the simulator's and this process's first requests are slower), then ``--pairs``
    adjacent rounds of equal size, the campaign (resumed for its share of ``rest``, then paused) and the bare loop,
    which goes first in turn (ABBA), so the simulator's growing state and the machine's drifting load weigh on both
    alike. The ratio is taken within each pair; the median pair counts."""
    share = max(1, rest // args.pairs)
    offset = 0
    warm = await bare_loop(sim, args.warmup_messages, in_flight, offset)
    offset += args.warmup_messages
    print(f"   (warm-up bare loop of {args.warmup_messages:,}: {warm:.0f} msg/s; then {args.pairs} pairs of "
          f"{share:,} messages each; load {os.getloadavg()[0]:.2f})", flush=True)
    pairs: list[dict] = []
    for i in range(args.pairs):
        pair: dict = {}
        for kind in (("bare", "campaign") if i % 2 == 0 else ("campaign", "bare")):
            PoolStats.take()
            cpu, started, loop_cpu = time.process_time(), time.perf_counter(), time.thread_time()
            if kind == "bare":
                pair["bare"] = await bare_loop(sim, share, in_flight, 1_000_000 + offset)
                offset += share
                pair["bare_cpu_ms"] = 1000 * (time.process_time() - cpu) / share
                pair["bare_loop_ms"] = 1000 * (time.thread_time() - loop_cpu) / share
                pair["bare_pool"] = PoolStats.take()
                continue
            steps = StepLog(engine)
            await asyncio.to_thread(lifecycle.set_state, sessions, cid, "resume", actor="bench")
            pair["campaign"] = await send_for(sessions, counting, cid, args.fast_rate, None, share, steps)
            pair["sent"] = len(counting.times)
            pair["campaign_cpu_ms"] = 1000 * (time.process_time() - cpu) / max(1, len(counting.times))
            pair["campaign_loop_ms"] = 1000 * (time.thread_time() - loop_cpu) / max(1, len(counting.times))
            pair["steps"] = steps.summary(time.perf_counter() - started)
            pair["campaign_pool"] = PoolStats.take()
        pair["ratio"] = pair["campaign"] / pair["bare"] if pair["bare"] else 0.0
        pair["load"] = os.getloadavg()[0]
        st = pair["steps"]
        print(f"   (pair {i + 1}: campaign {pair['campaign']:.0f} msg/s over {pair['sent']:,}, bare loop "
              f"{pair['bare']:.0f}: {pair['ratio']:.0%}; CPU ms/message {pair['campaign_cpu_ms']:.2f} against "
              f"{pair['bare_cpu_ms']:.2f} (event loop's thread {pair['campaign_loop_ms']:.2f} against "
              f"{pair['bare_loop_ms']:.2f}, the steps' {st['step_cpu_ms']:.2f}); {st['steps']} steps of "
              f"{st['step_ms']:.1f} ms (busy "
              f"{st['step_busy']:.0%}), {st['settled']:.1f} settled + {st['claimed']:.1f} claimed and "
              f"{st['statements']:.1f} statements a step, {st['commits_per_message']:.3f} commits a message; "
              f"load {pair['load']:.2f})", flush=True)
        if args.pool_stats:
            print(f"      campaign's {pair['campaign_pool']}; bare loop's {pair['bare_pool']}", flush=True)
        pairs.append(pair)
    ratios = sorted(p["ratio"] for p in pairs)
    return {"configured": args.fast_rate, "in_flight": in_flight, "warm_up": warm, "pairs": pairs,
            "sent": sum(p["sent"] for p in pairs), "ratio_median": ratios[len(ratios) // 2] if len(ratios) % 2
            else (ratios[len(ratios) // 2 - 1] + ratios[len(ratios) // 2]) / 2,
            "campaign_median": sorted(p["campaign"] for p in pairs)[len(pairs) // 2],
            "bare_median": sorted(p["bare"] for p in pairs)[len(pairs) // 2]}


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def main_async(args) -> dict:
    root = Path(tempfile.mkdtemp(prefix="klaros-bench-campaign-", dir=args.tmp))
    sim = Simulator(throughput=max(2 * int(args.fast_rate), 2000))
    figures: dict = {}
    try:
        engine, sessions = build_profile(root / "profile", args.recipients)
        figures["rss_built_mb"] = peak_rss_mb()
        async with httpx.AsyncClient(timeout=httpx.Timeout(30.0, connect=10.0), trust_env=False,
                                     limits=LIMITS) as http:
            writer = GraphAuditWriter(sessions)
            graph = GraphClient(http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                                token=sim.config.access_token, base_url=sim.config.base_url, max_retries=0,
                                audit=writer)
            await templates.refresh(sessions, graph)

            started, plan_cpu = time.perf_counter(), time.process_time()
            created = lifecycle.create(sessions, "Bench", TEMPLATE, LANGUAGE, Segment(tags_any=(TAG,)),
                                       {"1": "first_name", "2": "text:4711"})
            planned = time.perf_counter()
            cost = forecast(sessions, created.campaign_id)
            forecast_done = time.perf_counter()
            queued = lifecycle.launch(sessions, created.campaign_id, rate=args.slow_rate)
            figures["plan_seconds"] = time.perf_counter() - started
            figures["plan_cpu_seconds"] = time.process_time() - plan_cpu
            figures["rss_planned_mb"] = peak_rss_mb()
            figures["plan_split"] = {"create": planned - started, "forecast": forecast_done - planned,
                                     "launch": time.perf_counter() - forecast_done,
                                     "forecast_total": str(cost.contract_json().get("total"))}
            assert queued == args.recipients, (queued, args.recipients)
            cid = created.campaign_id
            print(f"   (plan measured: {figures['plan_seconds']:.2f} s; sending ...)", flush=True)
            if args.plan_only:
                await writer.aclose()
                engine.dispose()
                figures["peak_rss_mb"] = peak_rss_mb()
                return figures

            counting = Counting(graph)
            slow = await send_for(sessions, counting, cid, args.slow_rate, args.slow_seconds)
            figures["slow"] = {"configured": args.slow_rate, "achieved": slow, "sent": len(counting.times)}
            print(f"   (at {args.slow_rate:g} msg/s: {slow:.1f} achieved; bare loop ...)", flush=True)

            in_flight = in_flight_limit(args.fast_rate)
            figures["fast"] = await fast_pairs(sim.config, engine, sessions, counting, cid, args, in_flight,
                                               args.recipients - len(counting.times))
            await writer.aclose()
            status = lifecycle.status(sessions, cid)
            with sessions() as s:
                state = s.get(Campaign, cid).status
            figures["status"] = status
            figures["state"] = state
        engine.dispose()
    finally:
        sim.close()
        shutil.rmtree(root, ignore_errors=True)
    figures["peak_rss_mb"] = peak_rss_mb()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipients", type=int, default=100_000)
    parser.add_argument("--slow-rate", type=float, default=80.0)
    parser.add_argument("--slow-seconds", type=float, default=30.0)
    parser.add_argument("--fast-rate", type=float, default=1000.0)
    parser.add_argument("--pairs", type=int, default=6,
                        help="rounds of step 3, each the campaign's share of the rest and a bare loop as large")
    parser.add_argument("--warmup-messages", type=int, default=3_000, help="the bare loop's warm-up before step 3")
    parser.add_argument("--plan-only", action="store_true", help="measure planning only (no sending)")
    parser.add_argument("--tmp", default=None, help="folder for the temporary profile (default: the system's)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="diagnosis only: Python's thread switch interval in seconds (default 0.005)")
    parser.add_argument("--pool-stats", action="store_true",
                        help="count the HTTP pool's connections and idle ones at each bookkeeping pass")
    args = parser.parse_args()

    print(f"CPU: {cpu_model()} ({os.cpu_count()} cores); load average at start {os.getloadavg()}")
    if args.pool_stats:
        PoolStats.install()
    if args.switch_interval:  # a diagnosis, not the app's setting: how long the steps wait for Python's lock
        sys.setswitchinterval(args.switch_interval)
    figures = asyncio.run(main_async(args))
    split = figures["plan_split"]
    print(f"1. plan (select_audience + create, forecast, launch) of {args.recipients:,}: "
          f"{figures['plan_seconds']:.2f} s = {split['create']:.2f} + {split['forecast']:.2f} + "
          f"{split['launch']:.2f} (target < 2 s) {'OK' if figures['plan_seconds'] < 2 else 'MISSED'}; CPU time of this "
          f"process {figures['plan_cpu_seconds']:.2f} s (what a shared machine does not inflate)")
    if args.plan_only:
        print(f"peak RSS: {figures['peak_rss_mb']:.0f} MB (after building the profile {figures['rss_built_mb']:.0f} "
              f"MB); load average at the end {os.getloadavg()}")
        return 0
    slow, fast = figures["slow"], figures["fast"]
    off = (slow["achieved"] / slow["configured"] - 1) * 100
    print(f"recipients: {args.recipients:,}; campaign {figures['state']}, {figures['status']['sent']:,} sent, "
          f"{figures['status']['held']} held, {figures['status']['failed']} failed")
    print(f"2. at {slow['configured']:g} msg/s for {args.slow_seconds:g} s: achieved {slow['achieved']:.1f} msg/s "
          f"({off:+.1f} %, target within 5 %) {'OK' if abs(off) <= 5 else 'MISSED'}")
    ratio = fast["ratio_median"]
    each = ", ".join(format(p["ratio"], ".0%") for p in fast["pairs"])
    print(f"3. at {fast['configured']:g} msg/s ({fast['in_flight']} in flight), {len(fast['pairs'])} pairs after a "
          f"warm-up: campaign median {fast['campaign_median']:.0f} msg/s, bare httpx loop median "
          f"{fast['bare_median']:.0f}; ratio within pairs {each}: "
          f"median {ratio:.0%} (target >= 80 %) {'OK' if ratio >= 0.8 else 'MISSED'}")
    print(f"4. peak RSS of the sending process: {figures['peak_rss_mb']:.0f} MB (peak after building the profile "
          f"{figures['rss_built_mb']:.0f} MB, after the plan {figures['rss_planned_mb']:.0f} MB)")
    print(f"load average at the end {os.getloadavg()}; the machine may be shared with other work")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
