"""Dead letters for the shop owner: listed in plain words, exported with their bodies, tried again, discarded."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from klaros_desktop.models import AuditEvent, Message, SyncDeadLetter
from klaros_desktop.relay_client import DeviceKey, PulledEvent, RelayClient
from klaros_desktop.services.inbound import dead_letters
from klaros_desktop.services.inbound.sync import SyncService
from klaros_desktop.services.reads import lookups

WA = "4915112345678"
TEXT = "Ist die Hochzeitstorte fertig?"


@pytest.fixture
async def synced(sessions, fake_relay, wh, monkeypatch):
    """Three events sync set aside: a message a bug of ours could not store (a TypeError, fixed since: the
    patch ends with the sync), an update that is not a webhook, one sealed for another device; and one applied."""
    from klaros_desktop.services.inbound import messages

    key = DeviceKey.generate()
    fake_relay.devices = {"dev-1": key.public_raw}
    fake_relay.add(wh.text_message(WA, "wamid.ok", "Danke!", 1000))
    fake_relay.add(wh.text_message(WA, "wamid.cake", TEXT, 1001, name="Greta"))
    fake_relay.add({"object": "whatsapp_business_account", "hello": "=1+1"})
    fake_relay.add(wh.text_message(WA, "wamid.far", "elsewhere", 1002),
                   devices={"dev-9": DeviceKey.generate().public_raw})
    original = messages.message_content

    def buggy(msg):
        if msg.get("id") == "wamid.cake":
            raise TypeError("unhashable type: 'dict'")
        return original(msg)

    monkeypatch.setattr(messages, "message_content", buggy)
    async with fake_relay.client() as http:
        service = SyncService(sessions, RelayClient(http, "http://relay.test", token=fake_relay.token),
                              device_id="dev-1", tenant_id="tenant-1", key=key)
        report = await service.sync_once()
    monkeypatch.setattr(messages, "message_content", original)  # the update that fixes the bug
    assert (report.events, report.failed, report.unreadable) == (4, 1, 2)
    return {letter.cursor: letter for letter in dead_letters.list_dead_letters(sessions)}


def _audit(sessions, action):
    with sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_the_list_says_what_and_why_in_plain_words(sessions, synced):
    assert lookups.dead_letter_count(sessions) == 3
    assert list(synced) == ["00000004", "00000003", "00000002"]  # newest first
    far, not_webhook, cake = synced.values()
    assert (cake.kind, cake.sender, cake.sender_name, cake.can_retry, cake.error_class) == (
        "message", WA, "Greta", True, "TypeError")
    assert cake.what == "A customer's message" and "After an update, Try again may work" in cake.why
    assert cake.reason == "raised in services/inbound/messages.py in store"  # where, not what it choked on
    assert (not_webhook.kind, not_webhook.sender, not_webhook.can_retry) == ("unknown", None, True)
    assert "not in the form WhatsApp uses" in not_webhook.why
    assert (far.kind, far.can_retry, far.error_class) == ("unreadable", False, "SealError")
    assert far.what == "Could not be opened" and "another computer" in far.why
    assert cake.when.isoformat() == "2026-11-25T08:00:00+00:00"  # when it reached the relay


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_export_holds_every_dead_letter_with_its_body(sessions, synced, tmp_path, suffix):
    target = tmp_path / "out" / f"dead-letters{suffix}"
    assert dead_letters.export(sessions, target) == 3
    raw = target.read_text(encoding="utf-8-sig")
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
        bodies = [json.loads(r["body"]) if r["body"] else None for r in rows]
        sealed = [json.loads(r["sealed"]) if r["sealed"] else None for r in rows]
    else:
        rows = [json.loads(line) for line in raw.splitlines()]
        bodies, sealed = [r["body"] for r in rows], [r["sealed"] for r in rows]
    assert [r["cursor"] for r in rows] == ["00000002", "00000003", "00000004"]
    assert set(rows[0]) == set(dead_letters.COLUMNS)
    assert bodies[0]["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] == TEXT
    assert bodies[1] == {"object": "whatsapp_business_account", "hello": "=1+1"}
    assert bodies[2] is None and sealed[2]["v"] == 1  # kept as the relay sealed it
    assert rows[0]["received_at"] == "2026-11-25T08:00:00Z"
    assert not list(tmp_path.joinpath("out").glob("*.part"))
    [row] = _audit(sessions, "dead_letters_exported")
    assert row.subject == target.name and row.details == {"count": 3, "format": suffix[1:]}


def test_a_csv_export_never_hands_a_spreadsheet_a_formula(sessions, tmp_path):
    with sessions.begin() as s:
        dead_letters.record(s, PulledEvent("00000001", None, "relay-1", {}), ValueError("x"), body_text="=HYPERLINK(1)")
    dead_letters.export(sessions, tmp_path / "d.csv")
    [row] = csv.DictReader(io.StringIO((tmp_path / "d.csv").read_text(encoding="utf-8-sig")))
    assert row["body_text"] == "'=HYPERLINK(1)"


def test_try_again_applies_it_once_the_bug_is_fixed_and_removes_it(sessions, synced):
    cake = synced["00000002"]
    outcome = dead_letters.retry(sessions, cake.id)
    assert outcome.applied and outcome.reason is None
    assert outcome.changes.dead_letters and outcome.changes.conversations
    with sessions() as s:
        message = s.scalar(select(Message).where(Message.wamid == "wamid.cake"))
        assert message.text == TEXT and message.correlation_id == "relay-00000002"
        assert s.get(SyncDeadLetter, cake.id) is None
    [row] = _audit(sessions, "dead_letter_retried")
    assert row.details == {"dead_letter": cake.id, "outcome": "applied"} and row.subject == "00000002"
    assert lookups.dead_letter_count(sessions) == 2


def test_try_again_on_one_still_at_fault_keeps_it_and_says_why(sessions, synced):
    not_webhook = synced["00000003"]
    outcome = dead_letters.retry(sessions, not_webhook.id)
    assert not outcome.applied and "not in the form WhatsApp uses" in outcome.reason
    with sessions() as s:
        assert s.get(SyncDeadLetter, not_webhook.id).attempts == 2
    [row] = _audit(sessions, "dead_letter_retried")
    assert row.details["outcome"] == "failed" and row.details["error"].startswith("MalformedWebhook")
    far = dead_letters.retry(sessions, synced["00000004"].id)
    assert not far.applied and "another computer" in far.reason
    assert not dead_letters.retry(sessions, 999).applied


def test_try_again_while_the_database_is_busy_raises_and_changes_nothing(sessions, synced, monkeypatch):
    from klaros_desktop.services.inbound import apply as inbound

    def locked(self, items):
        raise OperationalError("INSERT ...", (), sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", locked)
    with pytest.raises(OperationalError, match="database is locked"):
        dead_letters.retry(sessions, synced["00000002"].id)
    with sessions() as s:
        assert s.get(SyncDeadLetter, synced["00000002"].id).attempts == 1
    assert _audit(sessions, "dead_letter_retried") == []


def test_discard_deletes_it_for_good_with_an_audit_row(sessions, synced):
    far = synced["00000004"]
    assert dead_letters.discard(sessions, far.id)
    assert not dead_letters.discard(sessions, far.id)
    [row] = _audit(sessions, "dead_letter_discarded")
    assert row.details == {"dead_letter": far.id, "kind": "unreadable", "error_class": "SealError"}
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(SyncDeadLetter)) == 2


def test_the_command_lists_exports_tries_again_and_discards(profile, sessions, synced, tmp_path, capsys,
                                                            monkeypatch):
    from klaros_desktop.cli import main

    data = ["--data-dir", str(profile.root)]
    assert main([*data, "dead-letters"]) == 0
    out = capsys.readouterr().out
    assert "3 events Klaros could not use" in out
    cake, not_webhook, far = (synced[c] for c in ("00000002", "00000003", "00000004"))
    assert f"#{cake.id}" in out and "A customer's message from Greta (+4915112345678)" in out
    assert "TypeError: raised in services/inbound/messages.py in store" in out
    assert TEXT not in out  # the list says what and why, never the message

    assert main([*data, "dead-letters", "--export", str(tmp_path / "d.csv")]) == 0
    assert "3 events written to" in capsys.readouterr().out and (tmp_path / "d.csv").exists()

    assert main([*data, "dead-letters", "--retry", str(cake.id)]) == 0
    assert "applied" in capsys.readouterr().out
    assert main([*data, "dead-letters", "--retry", str(not_webhook.id)]) == 1
    assert "not in the form WhatsApp uses" in capsys.readouterr().err

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*data, "dead-letters", "--discard", str(far.id)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main([*data, "dead-letters", "--discard", str(far.id), "--yes"]) == 0
    assert main([*data, "dead-letters", "--discard", str(far.id), "--yes"]) == 1
    assert lookups.dead_letter_count(sessions) == 1
    with sessions() as s:
        actors = {r.action: r.actor for r in s.scalars(select(AuditEvent))}
    assert actors["dead_letters_exported"] == actors["dead_letter_retried"] == actors["dead_letter_discarded"] == "cli"


def test_the_command_says_when_there_are_none(profile, capsys):
    from klaros_desktop.cli import main

    assert main(["--data-dir", str(profile.root), "dead-letters"]) == 0
    assert "Klaros used every event" in capsys.readouterr().out
