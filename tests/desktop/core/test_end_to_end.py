"""End to end on real processes: simulator -> relay -> `klaros sync` -> `klaros send` -> status webhooks ->
`klaros sync`; the export archive then holds the conversation with its ticks and billing category."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile

import httpx
import pytest

from klaros_sim.control import SimControl
from relay.embedded import RelayProcess, add_device, create_tenant, free_port, prepare, relay_settings

pytestmark = pytest.mark.slow
CUSTOMER = "+4915112345678"
STRANGER = "+4915199999999"
TOKEN = "e2e-meta-access-token"


def _loopback_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(NO_PROXY="127.0.0.1,localhost",
               PYTHON_KEYRING_BACKEND="klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring",
               KLAROS_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"), KLAROS_META_TOKEN=TOKEN,
               QT_QPA_PLATFORM="offscreen")
    env.pop("KLAROS_DATA_DIR", None)
    return env


def _start_simulator(port: int, callback: str, tenant, env) -> subprocess.Popen:
    env = {**env, "KLAROS_SIM_WEBHOOK_MAX_ATTEMPTS": "60", "KLAROS_SIM_WEBHOOK_RETRY_MAX_DELAY": "0.5"}
    process = subprocess.Popen(
        [sys.executable, "-m", "klaros_sim", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--callback-url", callback, "--app-secret", tenant.app_secret, "--access-token", TOKEN,
         "--phone-number-id", tenant.phone_number_id, "--waba-id", tenant.waba_id, "--fast",
         "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
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
    env = _loopback_env(tmp_path)
    settings = relay_settings(tmp_path / "relay")
    prepare(settings)
    tenant = create_tenant(settings, "Bäckerei Sonne")
    relay_port, sim_port = free_port(), free_port()
    relay = RelayProcess(settings, port=relay_port, log_file=tmp_path / "relay.log").start()
    sim = _start_simulator(sim_port, f"http://127.0.0.1:{relay_port}{tenant.webhook_path}", tenant, env)
    try:
        yield env, settings, tenant, relay, f"http://127.0.0.1:{sim_port}"
    finally:
        sim.terminate()
        try:
            sim.wait(10)
        except subprocess.TimeoutExpired:
            sim.kill()
        relay.stop()


def klaros(env, data_dir, *args, expect: int | None = 0) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "klaros_desktop", "--data-dir", str(data_dir), *args],
                            env=env, capture_output=True, text=True, timeout=120)
    if expect is not None:
        assert result.returncode == expect, f"klaros {args[0]}: {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


def _messages(data_dir):
    from sqlalchemy import select

    from klaros_desktop import db
    from klaros_desktop.models import Message
    from klaros_desktop.paths import Profile

    engine, sessions = db.open_database(Profile(data_dir))
    try:
        with sessions() as s:
            return {m.wamid: (m.direction, m.status, m.text, m.pricing_category) for m in s.scalars(select(Message))}
    finally:
        engine.dispose()


def sync_until(env, data_dir, control, predicate, what: str, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while True:
        control.wait_idle(20)
        klaros(env, data_dir, "sync", "--once")
        messages = _messages(data_dir)
        if predicate(messages):
            return messages
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not arrive; have {messages}")
        time.sleep(0.2)


def test_sim_relay_sync_send_status_export(stack, tmp_path):
    env, settings, tenant, relay, sim_url = stack
    data = tmp_path / "shop"
    code = add_device(settings, tenant.tenant_id, "Kasse")
    out = klaros(env, data, "pair", "--relay", relay.url, "--code", code.code, "--name", "Kasse").stdout
    assert code.device_id in out
    out = klaros(env, data, "connect", "--phone-number-id", tenant.phone_number_id, "--waba-id", tenant.waba_id,
                 "--graph-url", sim_url).stdout
    assert "templates loaded" in out
    keyring = (tmp_path / "keyring.json").read_text(encoding="utf-8")
    assert TOKEN in keyring
    assert TOKEN.encode() not in (data / "klaros.sqlite3").read_bytes()

    with SimControl(sim_url) as control:
        # nobody wrote yet: free-form is refused with the reason, nothing goes to Meta
        refused = klaros(env, data, "send", STRANGER, "Hallo!", expect=3)
        assert "outside_window" in refused.stderr
        assert control.outbound() == []

        inbound = control.say(CUSTOMER, "Haben Sie heute Dinkelbrot?", name="Anna Becker")
        sync_until(env, data, control, lambda m: inbound["id"] in m, "the customer's message")

        sent = klaros(env, data, "send", CUSTOMER, "Ja, bis 18 Uhr!").stdout
        wamid = sent.split()[1]
        template = klaros(env, data, "send", CUSTOMER, "--template", "order_ready", "--lang", "de",
                          "--param", "Anna", "--param", "4711").stdout.split()[1]
        messages = sync_until(env, data, control,
                              lambda m: m.get(wamid, ("", ""))[1] == "read" and m.get(template, ("", ""))[1] == "read",
                              "the read ticks")
        assert messages[wamid] == ("out", "read", "Ja, bis 18 Uhr!", "service")
        assert messages[template][2] == "Hallo Anna, Ihre Bestellung 4711 liegt zur Abholung bereit."
        assert messages[template][3] == "utility"

        # the customer says STOP: the next send is refused, and the consent has the message as evidence
        stop = control.say(CUSTOMER, "STOP")
        sync_until(env, data, control, lambda m: stop["id"] in m, "the STOP")
        refused = klaros(env, data, "send", CUSTOMER, "Noch etwas?", expect=3)
        assert "opted_out" in refused.stderr

    status = json.loads(klaros(env, data, "status", "--json").stdout)
    assert status["device_id"] == code.device_id and status["statuses_waiting"] == 0
    archive = tmp_path / "export.zip"
    klaros(env, data, "export", str(archive))
    with zipfile.ZipFile(archive) as zf:
        rows = [json.loads(line) for line in zf.read("messages.jsonl").decode("utf-8").splitlines()]
        consent = [json.loads(line) for line in zf.read("consent.jsonl").decode("utf-8").splitlines()]
        audit = [json.loads(line) for line in zf.read("audit.jsonl").decode("utf-8").splitlines()]
    reply = next(r for r in rows if r["wamid"] == wamid)
    assert (reply["status"], reply["pricing_category"]) == ("read", "service")
    assert reply["sent_at"] and reply["delivered_at"] and reply["read_at"]
    assert any(r["wamid"] == inbound["id"] and r["direction"] == "in" for r in rows)
    stop_row = next(r for r in rows if r["wamid"] == stop["id"])
    assert any(c["kind"] == "opt_out" and c["evidence_message_id"] == stop_row["id"] for c in consent)
    actions = [a["action"] for a in audit]
    for action in ("device_paired", "meta_connected", "message_sent", "send_refused", "consent_opt_out"):
        assert action in actions
    sent_audit = next(a for a in audit if a["action"] == "message_sent" and a["details"]["wamid"] == wamid)
    assert sent_audit["correlation_id"] == reply["correlation_id"]
    [post] = [a for a in audit if a["action"] == "graph_request" and a["correlation_id"] == reply["correlation_id"]]
    assert post["subject"].startswith("POST /") and post["details"]["http_status"] == 200  # `klaros send`'s request


def _media_states(data_dir):
    from sqlalchemy import select

    from klaros_desktop import db
    from klaros_desktop.models import MediaFile, MediaState, Message
    from klaros_desktop.paths import Profile

    engine, sessions = db.open_database(Profile(data_dir))
    try:
        with sessions() as s:
            rows = s.execute(select(Message.wamid, MediaState.state, MediaFile.local_path)
                             .join(MediaState, MediaState.message_id == Message.id)
                             .outerjoin(MediaFile, MediaFile.id == Message.media_file_id)).all()
            return {wamid: (state, path) for wamid, state, path in rows}
    finally:
        engine.dispose()


def test_sync_once_returns_with_the_files_and_send_file_checks_limits(stack, tmp_path):
    env, settings, tenant, relay, sim_url = stack
    data = tmp_path / "shop"
    code = add_device(settings, tenant.tenant_id, "Kasse")
    klaros(env, data, "pair", "--relay", relay.url, "--code", code.code, "--name", "Kasse")
    klaros(env, data, "connect", "--phone-number-id", tenant.phone_number_id, "--waba-id", tenant.waba_id,
           "--graph-url", sim_url)
    photo = b"\xff\xd8\xff\xe0 the customer's cake"
    with SimControl(sim_url) as control:
        inbound = control.send_media(CUSTOMER, "image", photo, caption="So eine bitte")
        sync_until(env, data, control, lambda m: inbound["id"] in m, "the customer's photo")
        state, path = _media_states(data)[inbound["id"]]  # `sync --once` returned after the download
        assert state == "ready" and (data / "media" / path).read_bytes() == photo

        price_list = tmp_path / "Preisliste.pdf"
        price_list.write_bytes(b"%PDF-1.7 prices")
        out = klaros(env, data, "send", CUSTOMER, "--file", str(price_list), "--caption", "Unsere Preise").stdout
        assert out.startswith("Sent: ")
        [sent] = [m for m in control.outbound() if m["type"] == "document"]
        assert sent["payload"]["document"]["filename"] == "Preisliste.pdf"
        assert sent["payload"]["document"]["caption"] == "Unsere Preise"

        huge = tmp_path / "huge.jpg"
        huge.write_bytes(b"\xff\xd8\xff" + b"\0" * (6 * 1024 * 1024))
        refused = klaros(env, data, "send", CUSTOMER, "--file", str(huge), expect=3)
        assert "WhatsApp takes photos up to 5 MB" in refused.stderr
        assert len([r for r in control.requests() if r["path"].endswith("/media")]) == 1  # only the PDF

        tulips = tmp_path / "Tulpen.jpg"
        tulips.write_bytes(photo)
        out = klaros(env, data, "send", CUSTOMER, "--template", "spring_sale", "--lang", "de", "--param", "Anna",
                     "--param", "20", "--header-file", str(tulips)).stdout
        assert out.startswith("Sent: ")
        [sale] = [m for m in control.outbound() if m["type"] == "template"]
        header = sale["payload"]["template"]["components"][0]
        assert header["type"] == "header" and header["parameters"][0]["image"]["id"]
        assert len([r for r in control.requests() if r["path"].endswith("/media")]) == 2
