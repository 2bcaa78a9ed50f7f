"""A real ``kill -9`` of ``klaros campaign start --wait`` mid-campaign, then ``resume`` to the end: on the
simulator's side nobody received the campaign's template twice, and every recipient ended sent or held (may
have been sent), none lost. POSIX only: Windows has no SIGKILL (the product code stays portable)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import select

from klaros_desktop import db
from klaros_desktop.cli import main
from klaros_desktop.models import Campaign, CampaignRecipient, utcnow
from klaros_desktop.paths import Profile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGKILL")

COUNT = 80
NUMBERS = [f"+49151000004{i:02d}" for i in range(COUNT)]


def klaros_process(data, *args):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "klaros_desktop", "--data-dir", str(data), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


def template_sends(sim) -> Counter:
    """How many times the simulator accepted the campaign's template for each of our numbers."""
    found = Counter()
    for wa_id, sends in sim.recipients().items():
        if "+" + wa_id in NUMBERS:
            found["+" + wa_id] += sum(1 for s in sends if s["template"] == "order_ready")
    return found


def test_kill_9_mid_campaign_then_resume_sends_nobody_twice(tmp_path, sim, monkeypatch, capsys):
    data = tmp_path / "shop"
    monkeypatch.setenv("KLAROS_META_TOKEN", sim.config.access_token)
    monkeypatch.setenv("KLAROS_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))  # shared with the processes
    assert main(["--data-dir", str(data), "connect", "--phone-number-id", sim.config.phone_number_id,
                 "--waba-id", sim.config.waba_id, "--graph-url", sim.base_url]) == 0
    file = tmp_path / "kunden.csv"
    file.write_text("Name,Phone,Tags\n" + "".join(f"Kundin{i},{n},kill\n" for i, n in enumerate(NUMBERS)),
                    encoding="utf-8")
    assert main(["--data-dir", str(data), "contacts", "import", str(file)]) == 0
    assert main(["--data-dir", str(data), "campaign", "create", "Kill", "--template", "order_ready", "--lang", "de",
                 "--tag", "kill", "--var", "1=first_name", "--var", "2=text:4711", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["recipients"] == COUNT

    sending = klaros_process(data, "campaign", "start", "1", "--rate", "25", "--wait", "--json")
    deadline = time.monotonic() + 120
    while sum(template_sends(sim).values()) < COUNT // 4:  # the simulator's count: a quarter has gone out
        assert sending.poll() is None, sending.communicate()
        assert time.monotonic() < deadline, "the campaign did not get going"
        time.sleep(0.02)
    sending.send_signal(signal.SIGKILL)
    sending.wait(30)
    assert sending.returncode == -signal.SIGKILL
    before = template_sends(sim)
    assert 0 < sum(before.values()) < COUNT and max(before.values()) == 1

    engine, sessions = db.open_database(Profile(data))
    try:
        with sessions.begin() as s:  # three minutes later the dead sender's lease has run out
            campaign = s.get(Campaign, 1)
            assert campaign.runner_id is not None and campaign.status == "running"
            campaign.runner_until = utcnow() - timedelta(seconds=1)
        resumed = klaros_process(data, "campaign", "resume", "1", "--wait", "--json")
        out, err = resumed.communicate(timeout=300)
        assert resumed.returncode == 0, err
        report = json.loads(out.splitlines()[-1])

        sends = template_sends(sim)
        assert max(sends.values()) == 1  # zero duplicate wamids per recipient
        with sessions() as s:
            rows = {r.phone_e164: r for r in s.scalars(select(CampaignRecipient).where(
                CampaignRecipient.campaign_id == 1))}
    finally:
        engine.dispose()
    states = Counter(r.state for r in rows.values())
    assert set(states) <= {"sent", "delivered", "read", "held"} and sum(states.values()) == COUNT  # none lost
    delivered = {"sent", "delivered", "read"}
    by_wamid = {sent["id"]: "+" + wa_id for wa_id, items in sim.recipients().items() for sent in items}
    for number, row in rows.items():
        if row.state in delivered:  # its wamid on disk is the one the simulator gave that customer
            assert sends[number] == 1 and by_wamid[row.wamid] == number
        else:  # held: the request was under way or claimed when the process died; at most once at Meta
            assert row.state == "held" and sends[number] <= 1
    assert states["held"] <= 25  # at most the requests in flight at the kill (and their claims)
    assert report["sent"] > 0 and report["failed"] == report["skipped"] == 0
