"""The campaign sender's own CPU per message, without the network: one command.

    .venv/bin/python bench/campaign_overhead.py --recipients 20000 --rounds 3

``bench/campaign.py`` compares the campaign against a bare ``httpx`` loop over loopback to the simulator, which
shares the machine's two cores and makes every figure noisy. Here both send through an ``httpx.MockTransport``
that answers at once with the simulator's answer to a send, so what is measured is this process's CPU time per
message of each side alone: the bare loop (``http.post`` of the same payload, the answer not read), and the
campaign (``CampaignSender`` with the Graph client: its claims, requests, settlements and audit rows, the database
steps included). The two run in turn, ``--rounds`` times each, in the same process; the difference is what the
campaign adds per message, the part ``bench/campaign.py``'s ratio depends on. Not run by pytest.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from campaign import LANGUAGE, LIMITS, TAG, TEMPLATE, bare_payload, build_profile  # noqa: E402
from machine import cpu_model  # noqa: E402

from klaros_desktop.graph import GraphClient  # noqa: E402
from klaros_desktop.services.campaigns import lifecycle  # noqa: E402
from klaros_desktop.services.campaigns.audience import Segment  # noqa: E402
from klaros_desktop.services.campaigns.sender import CampaignSender, in_flight_limit  # noqa: E402
from klaros_desktop.services.core.audit import GraphAuditWriter  # noqa: E402
from klaros_desktop.services.messaging import templates  # noqa: E402

BASE = "http://sim.invalid"


def answer(request: httpx.Request) -> httpx.Response:
    """The simulator's answer to an accepted send (a fresh wamid each)."""
    answer.count += 1
    to = json.loads(request.content)["to"] if request.method == "POST" else ""
    return httpx.Response(200, json={"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}],
                                     "messages": [{"id": f"wamid.bench{answer.count:012d}"}]})


answer.count = 0


async def bare(count: int, in_flight: int, offset: int, url: str, headers: dict) -> None:
    numbers = iter(range(offset, offset + count))

    async def worker(http: httpx.AsyncClient) -> None:
        for i in numbers:
            response = await http.post(url, json=bare_payload(i), headers=headers)
            response.raise_for_status()

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer), limits=LIMITS) as http:
        await asyncio.gather(*(worker(http) for _ in range(in_flight)))


async def main_async(args) -> None:
    from klaros_sim.embedded import running_simulator

    root = Path(tempfile.mkdtemp(prefix="klaros-bench-overhead-", dir=args.tmp))
    try:
        engine, sessions = build_profile(root / "profile", args.recipients)
        with running_simulator() as sim:  # only for the templates
            async with httpx.AsyncClient(trust_env=False) as http:
                await templates.refresh(sessions, GraphClient(
                    http, phone_number_id=sim.config.phone_number_id, waba_id=sim.config.waba_id,
                    token=sim.config.access_token, base_url=sim.base_url, max_retries=0))
        created = lifecycle.create(sessions, "Bench", TEMPLATE, LANGUAGE, Segment(tags_any=(TAG,)),
                                   {"1": "first_name", "2": "text:4711"})
        lifecycle.launch(sessions, created.campaign_id, rate=args.rate)
        cid = created.campaign_id
        in_flight = in_flight_limit(args.rate)
        share = args.recipients // args.rounds
        async with httpx.AsyncClient(transport=httpx.MockTransport(answer), limits=LIMITS) as http:
            writer = GraphAuditWriter(sessions)
            graph = GraphClient(http, phone_number_id="1234", waba_id="5678", token="t", base_url=BASE,
                                max_retries=0, audit=writer)
            url, headers = graph.url("1234/messages"), {"Authorization": "Bearer t"}
            await bare(1000, in_flight, 0, url, headers)  # warm-up
            offset = 1000
            for i in range(args.rounds):
                cpu = time.process_time()
                await bare(share, in_flight, offset, url, headers)
                offset += share
                bare_ms = 1000 * (time.process_time() - cpu) / share
                before = answer.count
                await asyncio.to_thread(lifecycle.set_state, sessions, cid, "resume", actor="bench")
                sender = CampaignSender(sessions, graph, phone_number_id="1234", rate=args.rate, actor="bench")
                cpu = time.process_time()
                run = asyncio.create_task(sender.run(cid, wait=False))
                while not run.done():
                    await asyncio.wait({run}, timeout=0.05)
                    if answer.count - before >= share:
                        try:
                            await asyncio.to_thread(lifecycle.set_state, sessions, cid, "pause", actor="bench")
                        except lifecycle.CampaignRefused:  # the last round sent the last recipient: it is done
                            pass
                        break
                await run
                sent = answer.count - before
                campaign_ms = 1000 * (time.process_time() - cpu) / max(1, sent)
                print(f"   round {i + 1}: CPU ms/message campaign {campaign_ms:.3f} over {sent:,}, bare "
                      f"{bare_ms:.3f}: campaign/bare {campaign_ms / bare_ms:.2f}; load {os.getloadavg()[0]:.2f}",
                      flush=True)
            await writer.aclose()
        engine.dispose()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipients", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--tmp", default=None)
    args = parser.parse_args()
    print(f"CPU: {cpu_model()} ({os.cpu_count()} cores); load average at start {os.getloadavg()}", flush=True)
    asyncio.run(main_async(args))
    print(f"load average at the end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
