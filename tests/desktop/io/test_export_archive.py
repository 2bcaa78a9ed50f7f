"""``klaros export``: the archive holds every table as JSON lines, CSV, vCard, media and a README of every field."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
import vobject
from sqlalchemy import select

from klaros_desktop.cli import main
from klaros_desktop.models import AuditEvent, Contact, Message
from klaros_desktop.services.dataio.contacts_import import import_contacts
from klaros_desktop.services.dataio.export_archive import (
    DERIVED,
    FIELDS,
    MESSAGE_MEDIA_FIELDS,
    TABLE_FILES,
    readme_text,
    write_archive,
)

EXPECTED = {"contacts.jsonl", "conversations.jsonl", "messages.jsonl", "outbox.jsonl", "consent.jsonl",
            "templates.jsonl", "audit.jsonl", "media.jsonl", "contacts.csv", "contacts.vcf", "README.md"}


def jsonl(archive: zipfile.ZipFile, name: str) -> list[dict]:
    return [json.loads(line) for line in archive.read(name).decode("utf-8").splitlines()]


def test_archive_holds_everything(profile, sessions, shop, tmp_path):
    target = tmp_path / "out" / "shop.zip"
    report = write_archive(sessions, target, media_root=profile.media)
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert names >= EXPECTED
        assert {"media/in/zeb-photo.jpg", "media/in/kim-doc.pdf"} <= names
        contacts = {c["phone_e164"]: c for c in jsonl(archive, "contacts.jsonl")}
        assert contacts["+4930555111222"]["tags"] == ["VIP"]
        assert contacts["+4930555111222"]["custom_fields"] == {"email": "zeb@example.com"}
        messages = jsonl(archive, "messages.jsonl")
        out = next(m for m in messages if m["wamid"] == "wamid.out.kim")
        # the conversation with its ticks and billing category
        assert (out["status"], out["read_at"], out["pricing_category"], out["pricing_billable"]) == (
            "read", "2026-11-20T09:06:00Z", "service", False)
        assert len(messages) == 4 and len(jsonl(archive, "conversations.jsonl")) == 2
        assert jsonl(archive, "consent.jsonl")[0]["source"] == "keyword"
        assert jsonl(archive, "templates.jsonl")[0]["components"][0]["type"] == "BODY"
        assert {a["action"] for a in jsonl(archive, "audit.jsonl")} == {"message_sent"}
        rows = list(csv.DictReader(io.StringIO(archive.read("contacts.csv").decode("utf-8-sig"))))
        assert [r["Name"] for r in rows] == ["Zebulon Quartermaine", "Kim Keeper"]
        cards = list(vobject.readComponents(archive.read("contacts.vcf").decode("utf-8")))
        assert [c.fn.value for c in cards] == ["Zebulon Quartermaine", "Kim Keeper"]
        readme = archive.read("README.md").decode("utf-8")
        assert archive.read("media/in/zeb-photo.jpg") == b"\xff\xd8JPEG of Zebulon"
    assert "## messages.jsonl (4 rows)" in readme and "`pricing_category`" in readme
    assert report.counts["messages.jsonl"] == 4 and report.media_files == 2
    with zipfile.ZipFile(target) as archive:
        audit_after = archive.read("audit.jsonl")
    assert b"export.archive" not in audit_after  # the export's own audit entry is written after the archive
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "export.archive")).one()
        assert event.details["messages.jsonl"] == 4 and "+49" not in json.dumps(event.details)


def test_every_exported_column_is_described_in_the_readme():
    sections = {"contacts": Contact.__table__, **{s: t for s, t in TABLE_FILES.values()}}
    for section, table in sections.items():
        missing = {c.name for c in table.columns} - set(FIELDS[section]) - DERIVED.get(section, set())
        assert not missing, f"{section}: columns without a description: {sorted(missing)}"
    readme = readme_text()
    for section in FIELDS.values():
        for name in section:
            assert f"`{name}`" in readme


def test_exported_jsonl_rows_have_exactly_the_table_columns(sessions, shop, tmp_path):
    target = tmp_path / "a.zip"
    write_archive(sessions, target)
    with zipfile.ZipFile(target) as archive:
        row = jsonl(archive, "messages.jsonl")[0]
        assert set(row) == {c.name for c in Message.__table__.columns} | set(MESSAGE_MEDIA_FIELDS)
        assert not any(n.startswith("media/") for n in archive.namelist())


def test_failed_export_leaves_no_archive(sessions, shop, tmp_path, monkeypatch):
    from klaros_desktop.services.dataio import export_archive

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(export_archive, "write_vcards", boom)
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "x.zip"
    with pytest.raises(OSError, match="disk full"):
        write_archive(sessions, target)
    assert list((tmp_path / "exports").iterdir()) == []


def test_contacts_csv_and_vcard_round_trip(profile, sessions, shop, tmp_path, people):
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio.contacts_export import export_contacts

    assert export_contacts(sessions, tmp_path / "c.csv", "csv") == 2
    assert export_contacts(sessions, tmp_path / "c.vcf", "vcard") == 2
    original = people()
    for name in ("c.csv", "c.vcf"):
        engine, fresh = open_database(Profile(tmp_path / f"fresh-{name}").ensure())
        try:
            report = import_contacts(fresh, tmp_path / name)
            assert (report.imported, report.skipped) == (2, [])
            with fresh() as session:
                again = {c.phone_e164: (c.display_name, c.notes, sorted(t.name for t in c.tags), c.custom_fields,
                                        c.wa_id) for c in session.scalars(select(Contact))}
        finally:
            engine.dispose()
        assert again == {p: (v["name"], v["notes"], v["tags"], v["custom"], v["wa_id"]) for p, v in original.items()}


def test_formula_cells_are_neutralised_in_csv(sessions, tmp_path):
    from klaros_desktop.services.dataio.contacts_export import export_contacts

    with sessions() as session, session.begin():
        session.add(Contact(display_name="=HYPERLINK(\"http://x\")", phone_e164="+4930111111", notes="@SUM(A1)",
                            custom_fields={}))
    export_contacts(sessions, tmp_path / "c.csv", "csv")
    row = list(csv.reader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8-sig"))))[1]
    assert row[0].startswith("'=") and row[7] == "'@SUM(A1)" and row[1] == "+4930111111"


def test_cli_export_commands(profile, shop, tmp_path, capsys):
    assert main(["--data-dir", str(profile.root), "export", str(tmp_path / "all.zip")]) == 0
    assert "4 messages" in capsys.readouterr().out
    assert main(["--data-dir", str(profile.root), "contacts", "export", str(tmp_path / "c.vcf")]) == 0
    assert "2 contacts written" in capsys.readouterr().out
    assert (tmp_path / "c.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2


def test_the_archive_holds_the_events_sync_set_aside_with_their_bodies(sessions, shop, tmp_path):
    """A dead letter is the only copy of a customer's message the relay has dropped: it is the shop's data too."""
    from klaros_desktop.relay_client import PulledEvent
    from klaros_desktop.services.inbound import dead_letters

    body = {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {
        "messages": [{"from": "4930555111222", "id": "wamid.dead", "type": "text", "text": {"body": "Torte?"}}]}}]}]}
    with sessions.begin() as s:
        dead_letters.record(s, PulledEvent("00000007", "2026-11-25T08:00:00Z", "relay-7", {}), TypeError("x"),
                            body=body)
    report = write_archive(sessions, tmp_path / "a.zip")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        [row] = jsonl(archive, "sync_dead_letters.jsonl")
        readme = archive.read("README.md").decode("utf-8")
    assert (row["cursor"], row["body"], row["kind"], row["received_at"]) == (
        "00000007", body, "message", "2026-11-25T08:00:00Z")
    assert report.counts["sync_dead_letters.jsonl"] == 1 and "## sync_dead_letters.jsonl (1 rows)" in readme


def test_cli_contacts_export_counts_one_contact_in_the_singular(profile, sessions, tmp_path, capsys):
    with sessions() as session, session.begin():
        session.add(Contact(display_name="Anna", phone_e164="+4930111111", custom_fields={}))
    assert main(["--data-dir", str(profile.root), "contacts", "export", str(tmp_path / "c.csv")]) == 0
    assert f"1 contact written to {tmp_path / 'c.csv'} (csv)" in capsys.readouterr().out
