"""``klaros demo``'s world on loopback: the Meta simulator and a relay in this process, a paired profile.

The relay keeps its queue in SQLite inside the throw-away folder; the simulator posts signed webhooks to
it; the profile is paired and connected by the set-up use cases the wizard and ``klaros pair`` / ``klaros
connect`` run (``services.setup``), audited as ``demo``.
Demo secrets (a loopback simulator token, a device key for a throw-away relay) go to an in-memory keyring,
so the demo needs no OS keyring and leaves nothing in it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring

from klaros_desktop.demo.seed import PHONE_NUMBER_ID, SHOP_NAME, WABA_ID, seed_demo_shop
from klaros_desktop.paths import Profile

APP_SECRET = "klaros-demo-app-secret"


@dataclass
class DemoWorld:
    profile: Profile
    relay: object
    sim: object


def use_memory_keyring() -> None:
    """Demo secrets live only in this process's memory (never the OS keyring, never a file)."""
    from klaros_desktop.secrets.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


@contextlib.contextmanager
def demo_world(root: Path, *, fast: bool = False) -> Iterator[DemoWorld]:
    from klaros_desktop.db import open_database
    from klaros_desktop.services.setup import meta_connection, pairing, wiring
    from klaros_sim.embedded import running_simulator
    from relay.embedded import RelayServer

    use_memory_keyring()
    profile = Profile(root / "profile").ensure()
    relay = RelayServer(root / "relay").start()
    try:
        tenant = relay.create_tenant(SHOP_NAME, waba_id=WABA_ID, phone_number_id=PHONE_NUMBER_ID,
                                     app_secret=APP_SECRET)
        timing = {} if fast else {"sent_delay": 0.3, "delivery_delay": 1.0, "read_delay": 4.0,
                                  "template_review_delay": 8.0}
        with running_simulator(fast=fast, callback_url=relay.url + tenant.webhook_path, app_secret=APP_SECRET,
                               phone_number_id=PHONE_NUMBER_ID, waba_id=WABA_ID, verified_name=SHOP_NAME,
                               display_phone_number="4930123456", **timing) as sim:
            code = relay.add_device(tenant.tenant_id, "Demo PC").code
            store = wiring.secret_store(profile)
            engine, sessions = open_database(profile)
            try:
                asyncio.run(pairing.pair(sessions, store, relay.url, code, "Demo PC", actor="demo"))
                asyncio.run(meta_connection.connect(sessions, store, sim.config.access_token, PHONE_NUMBER_ID,
                                                    WABA_ID, graph_url=sim.base_url, actor="demo"))
                seed_demo_shop(sessions, live=True)
            finally:
                engine.dispose()
            yield DemoWorld(profile, relay, sim)
    finally:
        relay.stop()


async def create_templates(graph) -> None:
    """The shop submits two new templates; Meta (the simulator) reviews them and says so by webhook."""
    from klaros_desktop.demo.director import NEW_TEMPLATES

    for t in NEW_TEMPLATES:
        await graph.create_template(t["name"], t["language"], t["category"], t["components"])
