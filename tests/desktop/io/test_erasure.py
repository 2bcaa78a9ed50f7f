"""``klaros erase``: one person leaves only a salted hash with an opt-out; --all wipes profile and keyring."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.errors
import pytest
from sqlalchemy import func, select, text

from klaros_desktop.cli import main
from klaros_desktop.models import (
    AppSetting,
    AuditEvent,
    ConsentEvent,
    Contact,
    Conversation,
    MediaFile,
    Message,
    PendingStatus,
    SuppressedNumber,
)
from klaros_desktop.secrets import SecretStore
from klaros_desktop.secrets.plaintext_keyring import PlaintextKeyring
from klaros_desktop.services.dataio.contacts_import import import_contacts
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.people import suppression
from klaros_desktop.services.privacy.erasure import ErasureError, erase_contact, erase_profile
from klaros_desktop.services.setup.wiring import secret_store
from tests.desktop.io.conftest import KIM_BSUID, ZEB_BSUID, ZEB_PARENT_BSUID

ZEB = "+4930555111222"
SECRETS = [b"Zebulon", b"Quartermaine", b"xyzzy", b"plugh", b"4930555111222", b"zeb@example.com",
           ZEB_BSUID.encode(), ZEB_PARENT_BSUID.encode()]


def db_bytes(profile) -> bytes:
    return b"".join(p.read_bytes() for p in profile.root.glob("klaros.sqlite3*"))


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_erase_contact_removes_everything_but_a_salted_hash(profile, db, shop):
    engine, sessions = db
    report = erase_contact(sessions, "030 555111222", profile=profile, region="DE")
    assert (report.contacts, report.messages, report.conversations, report.consent_events, report.media_files) == (
        1, 2, 1, 1, 1)
    with sessions() as session:
        assert [c.display_name for c in session.scalars(select(Contact))] == ["Kim Keeper"]
        assert count(session, Message) == 2 and count(session, Conversation) == 1
        assert count(session, ConsentEvent) == 1 and count(session, MediaFile) == 1
        assert sorted(p.wamid for p in session.scalars(select(PendingStatus))) == [
            "wamid.elsewhere.kim.1", "wamid.out.kim"]
        suppressed = session.scalars(select(SuppressedNumber)).one()
        assert suppressed.scope == "all" and suppressed.number_hash == suppression.number_hash(session, ZEB)
        assert "4930555111222" not in suppressed.number_hash
        for term in ("Zebulon", "plugh", "xyzzy"):
            hits = session.execute(text("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": term})
            assert hits.scalar() == 0
            hits = session.execute(text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH :q"), {"q": term})
            assert hits.scalar() == 0
        kim = session.execute(text("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'parcel'")).scalar()
        assert kim == 1
        audits = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        erase_event = audits[-1]
        assert erase_event.action == "contact.erase" and erase_event.details["messages"] == 2
        dumped = json.dumps([(a.subject, a.details) for a in audits])
        assert "4930555111222" not in dumped and "+4930555333444" in dumped  # Kim's entries untouched
    assert not (profile.media / "in" / "zeb-photo.jpg").exists()
    assert (profile.media / "in" / "kim-doc.pdf").exists()
    log_text = (profile.logs / "klaros.log").read_text(encoding="utf-8")
    assert "4930555111222" not in log_text and "+4930555333444" in log_text
    engine.dispose()
    raw = db_bytes(profile)
    leaked = [s for s in SECRETS if s in raw]
    assert not leaked, f"erased data still in the database files: {leaked}"
    assert b"Kim Keeper" in raw


def test_statuses_waiting_for_messages_never_stored_go_by_the_ids_in_their_payload(profile, sessions, shop):
    """Statuses for wamids Klaros never stored name the person only in their payload: the number, the BSUID,
    the parent BSUID or a contacts block. They go too, and so do the BSUIDs learnt from them, wherever else
    they stand (here the log); Kim's waiting status stays as it was."""
    with sessions() as session:
        kim_before = session.scalars(select(PendingStatus.payload)
                                     .where(PendingStatus.wamid == "wamid.elsewhere.kim.1")).one()
    erase_contact(sessions, ZEB, profile=profile)
    with sessions() as session:
        left = {p.wamid: p.payload for p in session.scalars(select(PendingStatus))}
    assert sorted(left) == ["wamid.elsewhere.kim.1", "wamid.out.kim"]
    assert left["wamid.elsewhere.kim.1"] == kim_before and kim_before["recipient_user_id"] == KIM_BSUID
    log_text = (profile.logs / "klaros.log").read_text(encoding="utf-8")
    assert ZEB_BSUID not in log_text and "+4930555333444" in log_text
    raw = db_bytes(profile)
    assert not [s for s in SECRETS if s in raw], "erased data still in the database files"


def test_the_number_in_json_kept_for_others_is_scrubbed(profile, sessions, shop):
    """JSON that stays (Kim's message sharing Zebulon's contact card, an import report, a campaign's audience,
    audit details holding the number as a JSON number) loses Zebulon's ids; the rest of it is kept."""
    from datetime import UTC, datetime

    from klaros_desktop.models import Campaign, ImportRun
    from klaros_desktop.services.core import audit

    card = {"name": {"formatted_name": "Zeb", "first_name": "Zeb"},
            "phones": [{"phone": "+49 30 555111222", "wa_id": "4930555111222", "type": "CELL"}]}
    with sessions() as session, session.begin():
        kim = session.scalars(select(Contact).where(Contact.display_name == "Kim Keeper")).one()
        conv = session.scalars(select(Conversation).where(Conversation.contact_id == kim.id)).one()
        shared = Message(wamid="wamid.in.kim.card", conversation_id=conv.id, contact_id=kim.id, direction="in",
                         type="contacts", text="Zeb", timestamp=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
                         status="received", raw={"from": "4930555333444", "type": "contacts", "contacts": [card]},
                         context={"forwarded": True, "shared_contacts": ["+4930555111222"]})
        session.add(shared)
        session.add(ImportRun(source_name="old.csv", status="done", report={
            "skipped": [{"row": 3, "phone": "+4930555111222", "reason": "duplicate"}]}))
        session.add(Campaign(name="Advent", template_name="order_ready", template_language="de",
                             audience={"numbers": ["+4930555111222", "+4930555333444"]}))
        audit.record(session, "graph_request", actor="graph", subject="POST /v23.0/1234567890/messages",
                     details={"to": 4930555111222, "status": 200})
    erase_contact(sessions, ZEB, profile=profile)
    with sessions() as session:
        shared = session.scalars(select(Message).where(Message.wamid == "wamid.in.kim.card")).one()
        assert shared.raw["from"] == "4930555333444" and shared.text == "Zeb"
        assert shared.raw["contacts"][0]["phones"][0] == {"phone": "[erased]", "wa_id": "[erased]", "type": "CELL"}
        assert shared.context == {"forwarded": True, "shared_contacts": ["[erased]"]}
        run = session.scalars(select(ImportRun)).one()
        assert run.report["skipped"][0] == {"row": 3, "phone": "[erased]", "reason": "duplicate"}
        assert session.scalars(select(Campaign.audience)).one() == {"numbers": ["[erased]", "+4930555333444"]}
        request = session.scalars(select(AuditEvent).where(AuditEvent.action == "graph_request")).one()
        assert request.details == {"to": "[erased]", "status": 200}
    assert b"4930555111222" not in db_bytes(profile)


class Crash(BaseException):
    """Klaros stopped dead (power cut, killed): not an error any code would catch."""


def unlink_under(folder, error):
    """``Path.unlink`` raising ``error`` for files below ``folder`` (others are deleted as usual)."""
    real_unlink = Path.unlink

    def unlink(path, *args, **kwargs):
        if Path(path).resolve().is_relative_to(folder.resolve()):
            raise error
        return real_unlink(path, *args, **kwargs)

    return unlink


def test_files_of_an_erasure_cut_off_after_its_commit_are_done_at_the_next_start(profile, db, shop, monkeypatch):
    """Files are changed after the commit (a rolled-back erasure must not have lost them). Cut off in between,
    the erased person's photo would stay with no row pointing at it, and the log and a backup would keep their
    number: the commit records what is due, and the next start (``open_database``, which the app and every
    command call) does it."""
    from klaros_desktop.db import UNFINISHED_ERASURE, backup_database, open_database

    engine, sessions = db
    photo, kept = profile.media / "in" / "zeb-photo.jpg", profile.media / "in" / "kim-doc.pdf"
    backup = backup_database(profile.database, profile.backups, "before-0005")
    with monkeypatch.context() as patch:
        patch.setattr(Path, "unlink", unlink_under(profile.media, Crash()))
        with pytest.raises(Crash):
            erase_contact(sessions, ZEB, profile=profile)
    with sessions() as session:
        assert session.scalars(select(MediaFile.local_path)).all() == ["in/kim-doc.pdf"]  # the erasure committed
    assert photo.exists()  # an orphan: no row points at it any more
    assert "4930555111222" in (profile.logs / "klaros.log").read_text(encoding="utf-8") and backup.exists()
    engine.dispose()

    engine, sessions = open_database(profile)  # the next start
    with sessions() as session:
        assert session.get(AppSetting, UNFINISHED_ERASURE) is None  # nothing left to finish
    engine.dispose()
    assert not photo.exists() and kept.exists()
    log_text = (profile.logs / "klaros.log").read_text(encoding="utf-8")
    assert "4930555111222" not in log_text and ZEB_BSUID not in log_text and "+4930555333444" in log_text
    assert not backup.exists()
    assert not [s for s in SECRETS if s in db_bytes(profile)]


def test_a_media_file_that_cannot_be_deleted_now_goes_at_the_next_start(profile, db, shop, monkeypatch):
    """Windows refuses to delete a file a viewer has open: the erasure says so, and the next start retries."""
    from klaros_desktop.db import open_database

    engine, sessions = db
    photo = profile.media / "in" / "zeb-photo.jpg"
    with monkeypatch.context() as patch:
        patch.setattr(Path, "unlink", unlink_under(profile.media, PermissionError(13, "Permission denied")))
        report = erase_contact(sessions, ZEB, profile=profile)
    assert report.media_files == 1 and "could not be deleted" in str(report.problems)
    assert photo.exists()
    engine.dispose()
    engine, sessions = open_database(profile)
    assert not photo.exists()
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact.erase")).one()
        assert "finished_at_start" in event.details
    engine.dispose()


def test_a_wal_checkpoint_kept_busy_by_a_reader_is_reported_audited_and_done_at_the_next_start(
        profile, db, shop, monkeypatch):
    """The WAL holds the erased rows as they were until a checkpoint copies it back and truncates it; a reader
    inside a read transaction (another Klaros, a backup tool) keeps it from finishing, which SQLite says in the
    result row (busy, log, checkpointed). The erasure retries, then says so, on screen and in its audit row;
    the next start (the app cut off before its last connection closed) empties the WAL."""
    import sqlite3

    from klaros_desktop.db import open_database
    from klaros_desktop.services.privacy import erasure

    monkeypatch.setattr(erasure, "CHECKPOINT_WAIT_MS", 20)  # per attempt; the app waits a second
    engine, sessions = db
    wal = profile.root / "klaros.sqlite3-wal"
    reader = sqlite3.connect(profile.database)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM messages").fetchone()  # a read transaction, left open
        report = erase_contact(sessions, ZEB, profile=profile)
        assert [p for p in report.problems if "write-ahead log" in p and "until Klaros starts again" in p]
        with sessions() as session:
            event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact.erase")).one()
            assert event.details["wal_checkpoint"]["busy"] == 1 and event.details["messages"] == 2
            assert event.details["wal_checkpoint"]["log"] > 0  # SQLite's answer, not a lock error
        assert [s for s in SECRETS if s in wal.read_bytes()]  # what the report warns about is so
    finally:
        reader.close()

    open_database(profile)[0].dispose()  # the next start; the first engine never closed its connections
    assert not [s for s in SECRETS if s in db_bytes(profile)]
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact.erase")).one()
        assert event.details["wal_checkpoint"]["busy"] == 1 and "finished_at_start" in event.details
    engine.dispose()


def test_a_completed_erasure_leaves_nothing_to_finish_and_an_empty_wal(profile, db, shop):
    from klaros_desktop.db import UNFINISHED_ERASURE

    engine, sessions = db
    report = erase_contact(sessions, ZEB, profile=profile)
    assert report.problems == []
    with sessions() as session:
        assert session.get(AppSetting, UNFINISHED_ERASURE) is None
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact.erase")).one()
        assert "wal_checkpoint" not in event.details
    assert (profile.root / "klaros.sqlite3-wal").stat().st_size == 0
    engine.dispose()


def test_erased_number_is_refused_by_may_send_and_by_imports(profile, sessions, shop, tmp_path):
    erase_contact(sessions, ZEB, profile=profile)
    with sessions() as session, session.begin():
        ghost = Contact(phone_e164=ZEB, notes="", custom_fields={})  # e.g. re-created by hand
        decision = policy.may_send(session, ghost, "template", template_name="order_ready", template_language="de")
        assert not decision.allowed and decision.reason_code == "suppressed"
    csv_file = tmp_path / "old.csv"
    csv_file.write_text(f"Name,Phone\nZebulon,{ZEB}\n", encoding="utf-8")
    report = import_contacts(sessions, csv_file)
    assert report.imported == 0 and "erased on request" in report.skipped[0].reason


def test_backups_holding_the_number_are_deleted(profile, sessions, shop):
    from klaros_desktop.db import backup_database

    old = backup_database(profile.database, profile.backups, "before-0003")
    report = erase_contact(sessions, ZEB, profile=profile)
    assert report.backups_deleted == [old.name] and not old.exists()


def test_erasing_an_unknown_number_still_suppresses_it(profile, sessions, shop):
    report = erase_contact(sessions, "+4930999888777", profile=profile)
    assert report.contacts == 0 and "now suppressed" in report.summary()
    with sessions() as session:
        assert suppression.suppressed_scopes(session, "+4930999888777") == {"all"}
        assert count(session, Contact) == 2


def test_cli_erase_contact_needs_confirmation(profile, shop, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(["--data-dir", str(profile.root), "erase", "--contact", ZEB]) == 1
    assert "Nothing was erased" in capsys.readouterr().out
    monkeypatch.setattr("builtins.input", lambda _prompt: "yes")
    assert main(["--data-dir", str(profile.root), "erase", "--contact", ZEB]) == 0
    assert "Erased contacts: 1;" in capsys.readouterr().out
    assert main(["--data-dir", str(profile.root), "erase", "--contact", "not a number", "--yes"]) == 2
    assert "Nothing was erased" in capsys.readouterr().err


def test_cli_erase_refuses_without_a_terminal_or_yes(profile, shop, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--data-dir", str(profile.root), "erase", "--all"]) == 1
    assert profile.database.exists()


def test_erase_all_wipes_profile_and_keyring_but_not_foreign_files(profile, db, shop):
    engine, _sessions = db
    store = secret_store(profile)
    store.set("meta_access_token", "EAAG-secret")
    (profile.root / "my-own-notes.txt").write_text("not Klaros's", encoding="utf-8")
    result = erase_profile(profile, store, engine=engine)
    assert store.get("meta_access_token") is None
    assert result.left == ["my-own-notes.txt"]
    assert sorted(p.name for p in profile.root.iterdir()) == ["my-own-notes.txt"]
    assert {"klaros.sqlite3", "media", "logs", "backups"} <= set(result.removed)


def test_erase_all_cli_removes_the_folder_and_is_audited_outside_it(profile, shop, capsys, erasure_log):
    assert main(["--data-dir", str(profile.root), "erase", "--all", "--yes"]) == 0
    assert not profile.root.exists()
    out = capsys.readouterr().out
    assert "Profile erased" in out and str(erasure_log) in out
    [record] = [json.loads(line) for line in erasure_log.read_text(encoding="utf-8").splitlines()]
    assert (record["action"], record["actor"], record["subject"]) == ("profile.erase", "cli", str(profile.root))
    assert record["correlation_id"].startswith("cli") and "klaros.sqlite3" in record["details"]["removed"]
    assert record["details"]["keyring_entries_removed"] is True
    written = erasure_log.read_bytes()
    assert not any(secret in written for secret in SECRETS)  # the audit holds none of the erased data


def test_erase_all_refuses_an_audit_log_inside_the_profile(profile, db, shop, monkeypatch):
    engine, _sessions = db
    monkeypatch.setenv("KLAROS_ERASURE_LOG", str(profile.root / "logs" / "erasures.jsonl"))
    result = erase_profile(profile, secret_store(profile), engine=engine)
    assert result.audit_log is None and "inside the erased profile" in result.audit_problem
    assert not profile.root.exists()


def test_erase_all_refuses_a_folder_that_is_not_a_profile(tmp_path):
    from klaros_desktop.paths import Profile

    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "taxes.pdf").write_bytes(b"%PDF")
    with pytest.raises(ErasureError, match="not a Klaros profile"):
        erase_profile(Profile(folder), secret_store(Profile(folder)))
    assert (folder / "taxes.pdf").exists()


def test_a_contact_without_a_phone_number_can_be_erased_by_id(profile, sessions, shop):
    """A customer who wrote with a WhatsApp username is known only by Meta's BSUID: no number to erase by."""
    from datetime import UTC, datetime

    from klaros_desktop.services.core import audit
    from klaros_desktop.services.privacy.erasure import erase_contact_id

    bsuid = "US.13491208655302741918"
    when = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    with sessions() as session, session.begin():
        user = Contact(profile_name="Nimbus", bsuid=bsuid, notes="likes frobozz", custom_fields={})
        session.add(user)
        session.flush()
        conv = Conversation(contact_id=user.id, phone_number_id="1234567890", last_message_at=when,
                            last_inbound_at=when)
        session.add(conv)
        session.flush()
        session.add(Message(wamid="wamid.in.nimbus", conversation_id=conv.id, contact_id=user.id, direction="in",
                            type="text", text="frobozz please", timestamp=when, status="received",
                            raw={"user_id": bsuid}))
        audit.record(session, "message_received", subject=bsuid, details={"from": bsuid})
        user_id = user.id
    (profile.logs / "klaros.log").write_text(f"inbound from {bsuid}\n", encoding="utf-8")
    suppressed_before = len(sessions().scalars(select(SuppressedNumber)).all())

    report = erase_contact_id(sessions, user_id, profile=profile)

    assert (report.contacts, report.messages, report.conversations, report.number_hash) == (1, 1, 1, None)
    assert "no phone number" in report.summary()
    with sessions() as session:
        assert session.get(Contact, user_id) is None
        assert session.scalars(select(Message).where(Message.wamid == "wamid.in.nimbus")).first() is None
        assert len(session.scalars(select(SuppressedNumber)).all()) == suppressed_before  # nothing to suppress
        audits = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        assert bsuid not in json.dumps([(a.subject, a.details) for a in audits])
        assert audits[-1].action == "contact.erase" and audits[-1].subject == f"contact-id:{user_id}"
        assert count(session, Contact) == 2  # Zebulon and Kim untouched
    assert bsuid not in (profile.logs / "klaros.log").read_text(encoding="utf-8")
    assert b"frobozz" not in db_bytes(profile)
    with pytest.raises(ErasureError):
        erase_contact_id(sessions, user_id, profile=profile)


def test_erasing_by_id_a_contact_with_a_number_erases_the_number(profile, sessions, shop):
    from klaros_desktop.services.privacy.erasure import erase_contact_id

    with sessions() as session:
        zeb = session.scalars(select(Contact).where(Contact.phone_e164 == ZEB)).one().id
    report = erase_contact_id(sessions, zeb, profile=profile)
    assert report.contacts == 1 and report.number_hash is not None
    with sessions() as session:
        assert suppression.suppressed_scopes(session, ZEB) == {"all"}


# -- erase --all: the keyring before any file, and a failure reported and audited -----------------------------

class LockedKeyring(PlaintextKeyring):
    """The test keyring's secrets, behind a lock that refuses deletion (a locked GNOME Keyring, say)."""

    def delete_password(self, service, username):
        raise keyring.errors.KeyringLocked("the collection is locked")


class WatchedKeyring(PlaintextKeyring):
    """Notes whether the profile's database was still there when each secret was deleted."""

    def __init__(self, profile):
        super().__init__()
        self.profile = profile
        self.database_there: list[bool] = []

    def delete_password(self, service, username):
        self.database_there.append(self.profile.database.exists())
        super().delete_password(service, username)


def test_erase_all_removes_the_secrets_before_any_file(profile, db, shop):
    engine, _sessions = db
    plain = SecretStore(str(profile.root), backend=PlaintextKeyring())
    plain.set("meta_access_token", "EAAG-secret")
    watched = WatchedKeyring(profile)  # the same stored secrets, watched
    erase_profile(profile, SecretStore(str(profile.root), backend=watched), engine=engine)
    assert watched.database_there and all(watched.database_there)
    assert plain.get("meta_access_token") is None and not profile.root.exists()


def test_a_locked_keyring_stops_the_erasure_before_any_file_and_is_audited(profile, db, shop, erasure_log):
    engine, _sessions = db
    SecretStore(str(profile.root), backend=PlaintextKeyring()).set("meta_access_token", "EAAG-secret")
    before = sorted(p.name for p in profile.root.iterdir())
    with pytest.raises(ErasureError, match="password store") as caught:
        erase_profile(profile, SecretStore(str(profile.root), backend=LockedKeyring()), engine=engine)
    assert "nothing was erased" in str(caught.value).lower()
    assert sorted(p.name for p in profile.root.iterdir()) == before  # every file still there: it can be repeated
    assert SecretStore(str(profile.root), backend=PlaintextKeyring()).get("meta_access_token") == "EAAG-secret"
    [record] = [json.loads(line) for line in erasure_log.read_text(encoding="utf-8").splitlines()]
    assert (record["action"], record["outcome"]) == ("profile.erase", "failed")
    details = record["details"]
    assert details["keyring_entries_removed"] is False and details["removed"] == []
    assert "meta_access_token" in details["keyring_entries_left"] and "locked" in details["keyring_error"]
    assert b"EAAG-secret" not in erasure_log.read_bytes()


def test_erase_all_cli_reports_a_locked_keyring(profile, shop, capsys, erasure_log, monkeypatch):
    from klaros_desktop.services.setup import wiring

    monkeypatch.setattr(wiring, "secret_store", lambda p: SecretStore(str(p.root), backend=LockedKeyring()))
    assert main(["--data-dir", str(profile.root), "erase", "--all", "--yes"]) == 2
    captured = capsys.readouterr()
    assert "password store" in captured.err and "Profile erased" not in captured.out
    assert profile.database.exists()
    assert json.loads(erasure_log.read_text(encoding="utf-8"))["outcome"] == "failed"


def test_a_file_that_cannot_be_deleted_is_audited_too(profile, db, shop, erasure_log, monkeypatch):
    """After the keyring, a file Windows keeps open stops the erasure: the record says what went and what not."""
    import shutil as shutil_module

    engine, _sessions = db

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "The process cannot access the file", str(path))

    monkeypatch.setattr(shutil_module, "rmtree", refuse)
    with pytest.raises(OSError):
        erase_profile(profile, secret_store(profile), engine=engine)
    [record] = [json.loads(line) for line in erasure_log.read_text(encoding="utf-8").splitlines()]
    assert record["outcome"] == "failed" and record["details"]["keyring_entries_removed"] is True
    assert "cannot access" in record["details"]["error"]


def test_erasure_deletes_the_events_sync_set_aside_that_name_the_person(profile, db, shop):
    """Dead letters hold whole webhooks: the erased number in any field goes with them; others' stay."""
    from klaros_desktop.models import SyncDeadLetter
    from klaros_desktop.relay_client import PulledEvent
    from klaros_desktop.services.inbound import dead_letters

    engine, sessions = db

    def webhook(value):
        return {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": value}]}]}

    letters = {
        "zeb wrote": {"body": webhook({"contacts": [{"wa_id": "4930555111222", "profile": {"name": "Zebulon"}}],
                                       "messages": [{"from": "4930555111222", "text": {"body": "xyzzy"}}]})},
        "status to zeb": {"body": webhook({"statuses": [{"id": "wamid.s", "recipient_id": "4930555111222"}]})},
        "zeb, not json": {"body_text": "{broken 4930555111222 plugh"},
        "kim wrote": {"body": webhook({"messages": [{"from": "4930555333444", "text": {"body": "parcel?"}}]})},
        "a longer number": {"body": webhook({"messages": [{"from": "49305551112229"}]})},
        "sealed": {},
    }
    with sessions.begin() as s:
        for i, (name, payload) in enumerate(letters.items()):
            dead_letters.record(s, PulledEvent(f"{i:08d}", None, name, {"v": 1, "ciphertext": "AAAA"}),
                                ValueError("x"), **payload)
    erase_contact(sessions, ZEB, profile=profile)
    with sessions() as s:
        kept = sorted(s.scalars(select(SyncDeadLetter.correlation_id)))
    assert kept == ["a longer number", "kim wrote", "sealed"]
    engine.dispose()
    raw = db_bytes(profile)
    assert b"xyzzy" not in raw and b"plugh" not in raw and b"parcel?" in raw
