"""Every service that changes state writes an audit row with a correlation id, and no secret or message text.

``AUDITED`` is the table of record (docs/desktop-core.md repeats it): each module that writes to the profile,
with the audit actions it records. ``EXEMPT`` names the writers that do not audit and why. A new module that
writes without being listed fails ``test_every_writing_module_is_in_the_table``; the behavioural cases below
run each user-facing action with no correlation id set (as the UI calls them) and read the rows back.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

import klaros_desktop
from klaros_desktop.models import AuditEvent, ConsentEvent
from klaros_desktop.services.core import settings
from klaros_desktop.services.dataio.contacts_export import export_contacts
from klaros_desktop.services.dataio.contacts_import import ContactsImporter
from klaros_desktop.services.dataio.export_archive import write_archive
from klaros_desktop.services.inbound import dead_letters
from klaros_desktop.services.messaging import quick_replies, templates
from klaros_desktop.services.messaging.outbox import Outbox
from klaros_desktop.services.messaging.sending import SendService
from klaros_desktop.services.people import contact_edit
from klaros_desktop.services.privacy.erasure import erase_contact

PACKAGE = Path(klaros_desktop.__file__).parent

AUDITED: dict[str, set[str]] = {
    "services/people/contact_edit.py": {"contact_saved"},
    "services/dataio/contacts_import.py": {"contacts.import"},
    "services/dataio/contacts_export.py": {"contacts.export"},
    "services/dataio/export_archive.py": {"export.archive"},
    "services/privacy/erasure.py": {"contact.erase", "profile.erase"},
    "services/inbound/apply.py": {"meta_error"},
    "services/inbound/consent_signals.py": {"consent_{kind}"},
    "services/messaging/statuses.py": {"consent_opt_out"},  # 131050, for a status and for a send's answer alike
    "services/messaging/sending.py": {"send_refused", "message_sent", "send_failed", "send_unconfirmed"},
    "services/inbound/sync.py": {"sync_applied"},
    # an event set aside (recorded within sync's transaction), then what the shop owner does with it
    "services/inbound/dead_letters.py": {"sync_event_failed", "dead_letters_exported", "dead_letter_retried",
                                         "dead_letter_discarded"},
    "services/messaging/templates.py": {"templates_refreshed"},
    # Meta's notice that it will recategorize a template (the category itself changes a day later, by webhook)
    "services/inbound/templates.py": {"template_category_change_announced"},
    "services/media/downloads.py": {"media_downloaded"},
    "services/messaging/quick_replies.py": {"quick_replies_saved"},
    "services/messaging/outbox.py": {"outbox_queued", "outbox_removed", "outbox_sent", "outbox_held",
                                     "outbox_retry", "outbox_send_again"},
    "services/core/settings.py": {"settings_changed"},
    # every Graph request, through GraphAuditWriter, and the count of those it had to leave out
    "services/core/audit.py": {"graph_request", "graph_audit_gap"},
    "services/setup/pairing.py": {"device_paired"},
    "services/setup/meta_connection.py": {"meta_connected"},
    "services/campaigns/lifecycle.py": {"campaign_created", "campaign_started", "campaign_{action}",
                                        "campaign_release", "campaign_retry", "campaign_export"},
    "services/campaigns/sender.py": {"campaign_recipient", "campaign_stopped", "campaign_done", "campaign_test"},
    "services/campaigns/header_upload.py": {"campaign_header_uploaded"},
    "services/pricing/rates_csv.py": {"rate_card_imported"},
    "services/pricing/limits.py": {"messaging_limit_tier"},
    "services/campaigns/schedule.py": {"campaign_scheduled", "campaign_unscheduled", "campaign_schedule_refused"},
    "services/campaigns/segments.py": {"segment_saved", "segment_deleted"},
    "services/messaging/template_drafts.py": {"template_submitted"},
    "services/messaging/template_edits.py": {"template_edited", "template_edit_refused"},
    "services/setup/relay_media.py": {"relay_media_keeping_on", "relay_media_keeping_off", "relay_media_erased"},
}
EXEMPT: dict[str, str] = {
    "services/messaging/conversations.py": (
        "mark_read clears an unread badge, open_with adds an empty thread: view state"
    ),
    "services/people/contacts.py": "helpers of inbound, sending and contact_edit, whose callers audit the change",
    "services/people/consent.py": "consent.record is called by inbound, sending and contacts_import, which audit it",
    "services/people/suppression.py": "suppress is called by erasure (contact.erase)",
    # the webhook applier's parts: each page they apply is audited by sync (sync_applied) with its counts
    "services/inbound/bulk.py": "the applier's executemany helpers; their callers' batch is audited by sync",
    "services/inbound/contact_rows.py": "contacts and conversations Meta named, within a batch sync audits",
    "services/inbound/messages.py": "the inbound messages themselves, within a batch sync audits",
    "services/inbound/statuses.py": "status columns and waiting statuses, within a batch sync audits (a 131050 "
                                    "opt-out is audited by messaging/statuses.py)",
    "commands/install_check.py": "the self-test's player check writes a throw-away clip in a temporary folder, "
                                 "nothing of the profile",
    "services/core/json_rows.py": "runs a batch statement its callers give (audit.insert_many, the campaign "
                                  "sender's step), which audit it",
}
WRITES = re.compile(r"\b(session|self\.session|s)\.(add|add_all|delete|merge)\(|\.execute\((update|delete|insert|"
                    r"sqlite_insert)\(|\bset_(value|many)\(|\bwrite_bytes\(|\batomic_output\(|\bunlink\(|"
                    r"\b(audit|consent)\.record\(|\bexec_driver_sql\(|\b(insert_or_ignore|bulk_update)\(")


def test_every_writing_module_is_in_the_table():
    writers = {path.relative_to(PACKAGE).as_posix() for folder in ("services", "commands")
               for path in (PACKAGE / folder).rglob("*.py") if WRITES.search(path.read_text(encoding="utf-8"))}
    assert writers - set(AUDITED) - set(EXEMPT) == set(), "a module writes but is neither audited nor exempt"
    assert set(AUDITED) | set(EXEMPT) <= writers, "a listed module no longer writes (stale entry)"
    for module, actions in AUDITED.items():
        source = (PACKAGE / module).read_text(encoding="utf-8")
        for action in actions:
            assert f'"{action}"' in source or f"'{action}'" in source or f'f"{action}"' in source, (module, action)


# ---------------------------------------------------------------- behaviour, as the UI calls the services
NUMBER = "+4915112345678"
NAME = "Annegret Zimmermann"
NOTE = "Geheimnotiz: zahlt bar"
TEXT = "Ihre Torte ist um 15 Uhr fertig"
SECRETS = (NAME, NOTE, TEXT, "Wir haben bis 18 Uhr offen", "EAAG-token")


@dataclass
class Result:
    wamid: str = "wamid.OK"
    wa_id: str = NUMBER[1:]
    input: str = NUMBER
    message_status: str | None = None


class MetaRefused(Exception):
    def __init__(self, code):
        super().__init__(f"Meta error {code}")
        self.code, self.title, self.details, self.explanation = code, "refused", "details", "Meta refused it."


class FakeGraph:
    def __init__(self, fail_code=None):
        self.fail_code = fail_code

    async def send_text(self, to, body, *, reply_to=None, preview_url=False, correlation_id=None):
        if self.fail_code:
            raise MetaRefused(self.fail_code)
        return Result()

    async def send_template(self, to, name, language, components=None, *, correlation_id=None):
        raise MetaRefused(self.fail_code or 131050)

    async def list_templates(self, *, status=None):
        return [{"id": "1", "name": "order_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "Ihre Bestellung {{1}} ist fertig"}]}]


def _open_window(sessions):
    from klaros_desktop.services.inbound.apply import WebhookApplier

    body = {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": "1", "phone_number_id": "106"},
        "contacts": [{"profile": {"name": "Anna"}, "wa_id": NUMBER[1:]}],
        "messages": [{"from": NUMBER[1:], "id": "wamid.IN", "timestamp": str(int(__import__("time").time())),
                      "type": "text", "text": {"body": "Hallo"}}]}}]}]}
    with sessions.begin() as s:
        WebhookApplier(s).apply(body, correlation_id="relay-window")


def _save_contact(sessions, profile, tmp_path):
    contact_edit.save(sessions, contact_edit.ContactForm(display_name=NAME, phone=NUMBER, notes=NOTE))


CASES = {
    "contact saved": (_save_contact, [["contact_saved"]]),
    "quick replies saved": (lambda sessions, profile, tmp_path: quick_replies.save(
        sessions, [quick_replies.QuickReply("hours", "Wir haben bis 18 Uhr offen")]), [["quick_replies_saved"]]),
    "settings changed": (lambda sessions, profile, tmp_path: _in_tx(sessions, lambda s: settings.change(
        s, {settings.DEFAULT_REGION: "DE"})), [["settings_changed"]]),
    "outbox queued and sent": (lambda sessions, profile, tmp_path: (_open_window(sessions), _queue_and_flush(
        sessions)), [["outbox_queued", "message_sent", "outbox_sent"]]),
    "outbox held, sent again, deleted": (lambda sessions, profile, tmp_path: (
        _save_contact(sessions, profile, tmp_path), _queue_and_flush(sessions, then_delete=True)),
        [["contact_saved"], ["outbox_queued", "send_refused", "outbox_held", "outbox_send_again", "outbox_removed"]]),
    "contacts exported": (lambda sessions, profile, tmp_path: export_contacts(
        sessions, tmp_path / "c.csv", "csv"), [["contacts.export"]]),
    "archive exported": (lambda sessions, profile, tmp_path: write_archive(
        sessions, tmp_path / "a.zip", media_root=profile.media), [["export.archive"]]),
    "contacts imported": (lambda sessions, profile, tmp_path: ContactsImporter(sessions, workers=0).import_file(
        _csv(tmp_path)), [["contacts.import"]]),
    "templates refreshed": (lambda sessions, profile, tmp_path: asyncio.run(
        templates.refresh(sessions, FakeGraph())), [["templates_refreshed"]]),
    "text sent": (lambda sessions, profile, tmp_path: (_open_window(sessions), asyncio.run(
        SendService(sessions, FakeGraph()).send_text(NUMBER, TEXT))), [["message_sent"]]),
    "send refused": (lambda sessions, profile, tmp_path: (_save_contact(sessions, profile, tmp_path), asyncio.run(
        SendService(sessions, FakeGraph()).send_text(NUMBER, TEXT))), [["contact_saved"], ["send_refused"]]),
    "131050 answer opts out of marketing": (lambda sessions, profile, tmp_path: (_open_window(sessions), asyncio.run(
        SendService(sessions, FakeGraph(131050)).send_text(NUMBER, TEXT))), [["consent_opt_out", "send_failed"]]),
    "contact erased": (lambda sessions, profile, tmp_path: (_save_contact(sessions, profile, tmp_path), erase_contact(
        sessions, NUMBER, profile=profile)), [["contact_saved"], ["contact.erase"]]),
    "dead letters exported": (lambda sessions, profile, tmp_path: (_dead_letter(sessions), dead_letters.export(
        sessions, tmp_path / "d.jsonl")), [["sync_event_failed"], ["dead_letters_exported"]]),
    "dead letter tried again": (lambda sessions, profile, tmp_path: dead_letters.retry(
        sessions, _dead_letter(sessions)), [["sync_event_failed"], ["dead_letter_retried"]]),
    "dead letter discarded": (lambda sessions, profile, tmp_path: dead_letters.discard(
        sessions, _dead_letter(sessions)), [["sync_event_failed"], ["dead_letter_discarded"]]),
}


def _dead_letter(sessions) -> int:
    """A customer's message sync set aside (a bug of ours, say), as the relay sealed it for this device."""
    from klaros_desktop.relay_client import PulledEvent

    body = {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": "1", "phone_number_id": "106"},
        "contacts": [{"profile": {"name": NAME}, "wa_id": NUMBER[1:]}],
        "messages": [{"from": NUMBER[1:], "id": "wamid.DEAD", "timestamp": "1000", "type": "text",
                      "text": {"body": TEXT}}]}}]}]}
    with sessions.begin() as s:
        return dead_letters.record(s, PulledEvent("00000042", "2026-11-25T08:00:00Z", "relay-00000042", {}),
                                   TypeError(TEXT), body=body).id


def _queue_and_flush(sessions, *, then_delete=False):
    """Queue a text (as the composer does offline), flush it through the send service (as a reconnect does)."""
    from klaros_desktop.models import Contact

    with sessions() as s:
        contact_id = s.scalar(select(Contact.id).where(Contact.phone_e164 == NUMBER))
    box = Outbox(sessions)
    item = box.add(contact_id, NUMBER, TEXT)
    asyncio.run(box.flush(SendService(sessions, FakeGraph())))
    if then_delete:  # refused (no window): held; the shop owner puts it back in line, then deletes it
        box.send_again(item.id)
        box.remove(item.id)


def _in_tx(sessions, fn):
    with sessions.begin() as s:
        return fn(s)


def _csv(tmp_path):
    path = tmp_path / "import.csv"
    path.write_text(f"name,phone,notes\n{NAME},{NUMBER},{NOTE}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(CASES))
def test_each_action_leaves_its_rows_with_one_correlation_id_and_no_secret(case, sessions, profile, tmp_path):
    run, expected = CASES[case]  # expected: the actions of each correlation id
    with sessions() as s:
        before = s.scalar(select(func.max(AuditEvent.id))) or 0
    run(sessions, profile, tmp_path)
    with sessions() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.id > before,
                                                       AuditEvent.correlation_id != "relay-window")))
    groups: dict[str, list[str]] = {}  # one correlation id per action, shared by all the rows it caused
    for row in rows:
        assert row.correlation_id
        groups.setdefault(row.correlation_id, []).append(row.action)
    assert sorted(sorted(g) for g in groups.values()) == sorted(sorted(g) for g in expected)
    text = json.dumps([[r.subject, r.details] for r in rows], ensure_ascii=False, default=str)
    assert not [secret for secret in SECRETS if secret in text]
    if case == "contact erased":
        assert NUMBER not in text and NUMBER[1:] not in text


def test_131050_consent_event_and_its_audit_row_share_the_send_id(sessions):
    _open_window(sessions)
    outcome = asyncio.run(SendService(sessions, FakeGraph(131050)).send_text(NUMBER, TEXT))
    with sessions() as s:
        event = s.scalar(select(ConsentEvent).where(ConsentEvent.source == "meta_131050"))
        row = s.scalar(select(AuditEvent).where(AuditEvent.action == "consent_opt_out"))
    assert event.correlation_id == row.correlation_id == outcome.correlation_id
    assert row.details == {"scope": "marketing", "source": "meta_131050", "message_id": outcome.message_id}


def test_settings_change_audits_only_what_changed_and_never_hidden_values(sessions):
    with sessions.begin() as s:
        assert settings.change(s, {settings.DEFAULT_REGION: None}) == []  # unchanged: no row
        assert settings.change(s, {settings.DEFAULT_REGION: "AT", settings.SUPPRESSION_SALT: "ab" * 32}) == [
            settings.DEFAULT_REGION, settings.SUPPRESSION_SALT]
    with sessions() as s:
        [row] = s.scalars(select(AuditEvent).where(AuditEvent.action == "settings_changed"))
    assert row.details == {"keys": ["default_region", "suppression_salt"], "values": {"default_region": "AT"}}


async def _sync_one_message_that_fails(sessions, fake_relay) -> None:
    """The relay holds one text message (``TEXT`` from ``NUMBER``); one sync sets it aside as failed."""
    from klaros_desktop.relay_client import DeviceKey, RelayClient
    from klaros_desktop.services.inbound.sync import SyncService

    key = DeviceKey.generate()
    fake_relay.devices = {"dev-1": key.public_raw}
    fake_relay.add({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp", "messages": [
            {"from": NUMBER[1:], "id": "wamid.X", "timestamp": "1000", "type": "text", "text": {"body": TEXT}}]}}]}]})
    async with fake_relay.client() as http:
        service = SyncService(sessions, RelayClient(http, "http://relay.test", token=fake_relay.token),
                              device_id="dev-1", tenant_id="tenant-1", key=key)
        assert (await service.sync_once()).failed == 1


async def test_a_failed_sync_event_is_audited_without_the_message_it_carried(sessions, fake_relay, monkeypatch):
    """A database error's text holds the SQL parameters (the message, the number); the audit row keeps the error."""
    from sqlalchemy.exc import IntegrityError

    from klaros_desktop.services.inbound import apply as inbound

    def broken(self, items):
        raise IntegrityError("INSERT INTO messages ...", (NUMBER, TEXT), Exception("UNIQUE constraint failed"))

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", broken)
    await _sync_one_message_that_fails(sessions, fake_relay)
    with sessions() as s:
        [row] = s.scalars(select(AuditEvent).where(AuditEvent.action == "sync_event_failed"))
    assert row.details == {"error": "IntegrityError: UNIQUE constraint failed", "kind": "message",
                           "dead_letter": 1} and row.correlation_id


async def test_a_dead_letters_reason_never_quotes_the_event(sessions, fake_relay, monkeypatch):
    """Python's own errors quote the value they choke on (``int('Ihre Torte…')``): the reason says where instead."""
    from klaros_desktop.models import SyncDeadLetter
    from klaros_desktop.services.inbound import messages

    def choke(msg):
        return int(msg["text"]["body"])

    monkeypatch.setattr(messages, "message_content", choke)
    await _sync_one_message_that_fails(sessions, fake_relay)
    with sessions() as s:
        letter = s.scalars(select(SyncDeadLetter)).one()
        [row] = s.scalars(select(AuditEvent).where(AuditEvent.action == "sync_event_failed"))
    assert letter.body["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] == TEXT  # kept, whole
    assert (letter.error_class, letter.reason) == ("ValueError", "raised in services/inbound/messages.py in store")
    assert row.details["error"] == "ValueError: raised in services/inbound/messages.py in store"


def test_the_settings_dialog_saves_through_the_audited_services(qtbot, profile, sessions):
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Backend(profile, sessions))
    qtbot.addWidget(dialog)
    dialog.region.set_region("AT")
    dialog.add_reply("hours", "Wir haben bis 18 Uhr offen")
    dialog.save()
    with sessions() as s:
        rows = {r.action: r for r in s.scalars(select(AuditEvent))}
    assert rows["settings_changed"].details == {"keys": ["default_region"], "values": {"default_region": "AT"}}
    assert rows["quick_replies_saved"].details == {"count": 1, "shortcuts": ["hours"]}
    assert all(r.correlation_id for r in rows.values())
