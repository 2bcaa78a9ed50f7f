"""End to end on real processes: simulator (``python -m klaros_sim serve``) -> relay (``python -m relay serve``)
-> a paired device pulling sealed events, with a reply sent through GraphClient."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from klaros_desktop.graph import GraphClient
from klaros_sim.control import SimControl, messages_in, statuses_in
from relay import crypto
from relay.embedded import RelayProcess, add_device, create_tenant, free_port, prepare, relay_settings

pytestmark = pytest.mark.slow
CUSTOMER = "+4915112345678"
TOKEN = "e2e-access-token"


class Device:
    """What the desktop holds after pairing; pulls and opens sealed events."""

    def __init__(self, relay_url: str, settings, tenant_id: str):
        code = add_device(settings, tenant_id, "Kasse")
        self.key = X25519PrivateKey.generate()
        public = self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        response = httpx.post(relay_url + "/v1/pair", trust_env=False,
                              json={"code": code.code, "public_key": base64.b64encode(public).decode(), "name": "K"})
        assert response.status_code == 201, response.text
        data = response.json()
        self.device_id, self.token, self.tenant_id = data["device_id"], data["token"], data["tenant_id"]
        self.relay_url = relay_url
        self.cursor: str | None = None
        self.bodies: list[dict] = []

    def pull_until(self, predicate, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for body in self.bodies:
                if predicate(body):
                    return body
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing matching arrived through the relay ({len(self.bodies)} events)")
            params = {"wait": "1", **({"after": self.cursor} if self.cursor else {})}
            try:
                response = httpx.get(self.relay_url + "/v1/events", params=params, trust_env=False, timeout=10,
                                     headers={"Authorization": f"Bearer {self.token}"})
            except httpx.TransportError:
                time.sleep(0.2)  # the relay is restarting
                continue
            assert response.status_code == 200, response.text
            data = response.json()
            for event in data["events"]:
                raw = crypto.open_sealed(event["sealed"], tenant_id=self.tenant_id, device_id=self.device_id,
                                         private_key=self.key)
                self.bodies.append(json.loads(raw))
            self.cursor = data["next_cursor"] or self.cursor


def start_simulator(port: int, callback: str, tenant) -> subprocess.Popen:
    env = {**os.environ, "KLAROS_SIM_WEBHOOK_MAX_ATTEMPTS": "60", "KLAROS_SIM_WEBHOOK_RETRY_MAX_DELAY": "0.5"}
    process = subprocess.Popen(
        [sys.executable, "-m", "klaros_sim", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--callback-url", callback, "--app-secret", tenant.app_secret, "--access-token", TOKEN,
         "--phone-number-id", tenant.phone_number_id, "--waba-id", tenant.waba_id, "--fast",
         "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/_sim/health", trust_env=False, timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the simulator process did not start")
        time.sleep(0.05)


@pytest.fixture
def stack(tmp_path):
    settings = relay_settings(tmp_path / "relay")
    prepare(settings)
    tenant = create_tenant(settings, "Bäckerei Sonne")
    relay_port, sim_port = free_port(), free_port()
    relay = RelayProcess(settings, port=relay_port, log_file=tmp_path / "relay.log").start()
    sim = start_simulator(sim_port, f"http://127.0.0.1:{relay_port}{tenant.webhook_path}", tenant)
    try:
        yield settings, tenant, relay, f"http://127.0.0.1:{sim_port}"
    finally:
        sim.terminate()
        try:
            sim.wait(10)
        except subprocess.TimeoutExpired:
            sim.kill()
        relay.stop()


async def test_customer_message_and_reply_statuses_reach_the_device(stack):
    settings, tenant, relay, sim_url = stack
    device = Device(relay.url, settings, tenant.tenant_id)
    with SimControl(sim_url) as control:
        # Meta checks the callback before it subscribes it; the relay answers the tenant's challenge
        assert control.verify_callback(tenant.verify_token)["ok"] is True
        assert control.verify_callback("not-the-token")["ok"] is False
        sent = control.say(CUSTOMER, "Haben Sie heute Dinkelbrot?", name="Anna Becker")
        body = device.pull_until(lambda b: any(m["id"] == sent["id"] for m in messages_in(b)))
        (message,) = messages_in(body)
        assert message["text"]["body"] == "Haben Sie heute Dinkelbrot?"
        assert body["entry"][0]["changes"][0]["value"]["contacts"][0]["profile"]["name"] == "Anna Becker"
        # the relay accepted the signature (its answer may reach the simulator just after the device pulled)
        control.wait_until(lambda: control.deliveries()[0]["delivered"], 30, "the relay's 200")
        assert control.deliveries()[0]["responses"] == ["200"]

        async with httpx.AsyncClient(trust_env=False) as http:
            graph = GraphClient(http, phone_number_id=tenant.phone_number_id, waba_id=tenant.waba_id, token=TOKEN,
                                base_url=sim_url)
            reply = await graph.send_text(CUSTOMER, "Ja, bis 18 Uhr!", reply_to=sent["id"])
        for status in ("sent", "delivered", "read"):
            device.pull_until(lambda b, s=status: any(x["id"] == reply.wamid and x["status"] == s
                                                      for x in statuses_in(b)))


def test_webhooks_wait_out_a_relay_outage(stack, tmp_path):
    settings, tenant, relay, sim_url = stack
    device = Device(relay.url, settings, tenant.tenant_id)
    relay.kill()
    with SimControl(sim_url) as control:
        sent = control.say(CUSTOMER, "Sind Sie da?")
        control.wait_until(lambda: control.deliveries()[-1]["attempts"] >= 2, 30, "a failed delivery attempt")
        assert not control.deliveries()[-1]["delivered"]
        restarted = RelayProcess(settings, port=relay.port, log_file=tmp_path / "relay2.log").start()
        try:
            body = device.pull_until(lambda b: any(m["id"] == sent["id"] for m in messages_in(b)))
            assert messages_in(body)[0]["text"]["body"] == "Sind Sie da?"
            # the relay's 200 may reach the simulator just after the device pulled the body
            control.wait_until(lambda: control.deliveries()[-1]["delivered"], 30, "the restarted relay's 200")
        finally:
            restarted.stop()
