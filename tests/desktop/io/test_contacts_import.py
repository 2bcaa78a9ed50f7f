"""Importing contacts into the profile database: merging, one transaction, reports, consent, suppression."""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import func, select

from klaros_desktop.cli import main
from klaros_desktop.models import AuditEvent, ConsentEvent, Contact, ImportRun, Tag
from klaros_desktop.services.core import settings
from klaros_desktop.services.dataio.contacts_import import ContactsImporter, import_contacts
from klaros_desktop.services.dataio.text_decoding import ImportFileError
from klaros_desktop.services.people import suppression


def write(tmp_path, text: str, name: str = "contacts.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_every_sample_file_imports(sessions, samples, people):
    totals = {}
    for name in ("google_contacts.csv", "outlook_contacts.csv", "whatsapp_business_labels.csv",
                 "contacts_v21.vcf", "contacts_v30.vcf", "contacts_v40.vcf"):
        report = import_contacts(sessions, samples / name, region="DE")
        totals[name] = (report.imported, report.merged, [(p.line, p.reason) for p in report.skipped])
    assert totals["google_contacts.csv"] == (3, 0, [(6, "no phone number")])
    assert totals["whatsapp_business_labels.csv"] == (2, 1, [])
    assert totals["contacts_v21.vcf"][:2] == (1, 1)  # Jürgen's mobile is already there from Google
    people = people()
    juergen = people["+4915123456789"]
    assert juergen["name"] == "Jürgen Müller"
    assert juergen["tags"] == ["Stammkunden", "VIP"]
    assert juergen["notes"] == ("Stammkunde seit 2019.\nMag Rosen.\n"
                                "Liefert dienstags.\nZahlt bar, sehr zuverlässig und immer pünktlich.")
    assert juergen["custom"] == {"email": "juergen@example.com", "other_phones": ["+493012345678"]}
    assert people["+33612345678"]["name"] == "Françoise Lefèvre"  # Outlook, cp1252, mobile column
    assert people["+491701111111"]["tags"] == ["New customer", "Order complete", "Paid"]
    assert people["+447911123456"]["wa_id"] == "447911123456"
    assert people["+393471234567"]["custom"]["other_phones"] == ["+390612345678"]
    assert people["+34612345678"]["country"] == "ES"


def test_merge_fills_blanks_unites_tags_appends_notes_and_never_overwrites(sessions, tmp_path, people):
    with sessions() as session, session.begin():
        contact = Contact(display_name="Frau Weber", phone_e164="+4930123456", notes="Kundin seit 2020",
                          custom_fields={"email": "alt@example.com"})
        contact.tags.append(Tag(name="Stamm"))
        session.add(contact)
        session.add(Contact(phone_e164="+4930999999", notes="", custom_fields={}))
    path = write(tmp_path, "Name,Phone,Tags,Notes,Email,Company\n"
                           "Petra Weber,030 123456,stamm; Neu,Mag Tulpen,neu@example.com,Weber KG\n"
                           "Nur Nummer,+49 30 999999,,,,\n"
                           "Petra Weber,030 123456,,Mag Tulpen,,\n")
    report = import_contacts(sessions, path, region="DE")
    assert (report.imported, report.merged, report.skipped) == (0, 3, [])
    before = people()
    assert before["+4930123456"] == {
        "name": "Frau Weber", "notes": "Kundin seit 2020\nMag Tulpen", "tags": ["Neu", "Stamm"],
        "custom": {"email": "alt@example.com", "company": "Weber KG"}, "wa_id": None, "country": "DE",
    }
    assert before["+4930999999"]["name"] == "Nur Nummer"
    again = import_contacts(sessions, path, region="DE")
    assert (again.imported, again.merged) == (0, 3)
    assert people() == before  # importing twice changes nothing


def test_duplicates_inside_one_file_become_one_contact(sessions, tmp_path, people):
    path = write(tmp_path, "Name,Phone,Tags\nA,+4930111111,x\n,0049 30 111111,y\nB,030 111111,\n")
    report = import_contacts(sessions, path, region="DE")
    assert (report.imported, report.merged) == (1, 2)
    assert people()["+4930111111"]["tags"] == ["x", "y"]


def test_search_index_sees_imported_contacts_in_the_same_transaction(sessions, tmp_path):
    from sqlalchemy import text

    import_contacts(sessions, write(tmp_path, "Name,Phone,Tags,Notes\nZora Quist,+4930111111,gold,mag Dahlien\n"))
    with sessions() as session:
        for term in ("Zora", "gold", "Dahlien"):
            hits = session.execute(text("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": term})
            assert len(hits.all()) == 1, term


def test_failure_mid_import_writes_no_contact_and_marks_the_run_failed(sessions, tmp_path, monkeypatch):
    path = write(tmp_path, "Name,Phone,Tags\nA,+4930111111,x\nB,+4930222222,y\n")

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ContactsImporter, "_write_tags", staticmethod(explode))
    with pytest.raises(RuntimeError, match="disk full"):
        import_contacts(sessions, path)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        run = session.scalars(select(ImportRun)).one()
        assert (run.status, run.error) == ("failed", "disk full")
    monkeypatch.undo()
    report = import_contacts(sessions, path)
    assert report.imported == 2 and report.resumed_run_id == run.id
    with sessions() as session:
        assert [r.status for r in session.scalars(select(ImportRun).order_by(ImportRun.id))] == ["failed", "done"]


def test_run_row_records_the_report_and_the_import_is_audited(sessions, tmp_path):
    report = import_contacts(sessions, write(tmp_path, "Name,Phone\nA,+4930111111\nB,nope\n"))
    with sessions() as session:
        run = session.get(ImportRun, report.run_id)
        assert (run.status, run.total_rows, run.imported, run.skipped) == ("done", 2, 1, 1)
        assert run.report["skipped"] == [{"line": 3, "reason": "'nope' is not a phone number"}]
        assert run.report["layout"] == "generic" and run.source_format == "csv"
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "contacts.import")).one()
        assert event.details["imported"] == 1 and event.subject == f"import_run:{run.id}"
        assert "+4930111111" not in json.dumps(event.details)


def test_erased_numbers_are_not_imported_again(sessions, tmp_path):
    with sessions() as session, session.begin():
        suppression.suppress(session, "+4930111111", reason="erased on request")
    report = import_contacts(sessions, write(tmp_path, "Name,Phone\nA,030 111111\nB,030 222222\n"), region="DE")
    assert report.imported == 1
    assert [(p.line, "erased on request" in p.reason) for p in report.skipped] == [(2, True)]


def test_consent_column_records_import_consent_events_once(sessions, tmp_path):
    path = write(tmp_path, "Name,Phone,Consent\nA,+4930111111,yes\nB,+4930222222,no\nC,+4930333333,opt-out\n"
                           "D,+4930444444,vielleicht\n")
    report = import_contacts(sessions, path)
    assert report.consent_events == 3  # B's "no" is a marketing opt-out
    assert [(p.line, p.reason) for p in report.skipped] == [
        (5, "consent value 'vielleicht' not understood (use yes, no or opt-out)")
    ]
    again = import_contacts(sessions, path)
    assert again.consent_events == 0
    with sessions() as session:
        events = session.execute(
            select(Contact.phone_e164, ConsentEvent.kind, ConsentEvent.scope, ConsentEvent.source)
            .join(Contact, Contact.id == ConsentEvent.contact_id).order_by(Contact.phone_e164)
        ).all()
    assert [tuple(e) for e in events] == [
        ("+4930111111", "opt_in", "all", "import"), ("+4930222222", "opt_out", "marketing", "import"),
        ("+4930333333", "opt_out", "all", "import"),
    ]


def test_a_nein_is_recorded_and_the_same_list_saved_again_records_nothing_twice(sessions, tmp_path):
    first = write(tmp_path, "Name;Telefon;Einwilligung\nAnna;+4930111111;ja\nBen;+4930222222;nein\n", "a.csv")
    assert import_contacts(sessions, first).consent_events == 2
    # the same list, saved again by a spreadsheet (other bytes, same consent): nothing new
    again = write(tmp_path, "Name;Telefon;Einwilligung\r\nAnna;+4930111111;Ja\r\nBen;+4930222222;Nein\r\n",
                  "b.csv")
    assert import_contacts(sessions, again).consent_events == 0
    with sessions() as session:
        events = session.execute(select(Contact.display_name, ConsentEvent.kind, ConsentEvent.scope)
                                 .join(Contact, Contact.id == ConsentEvent.contact_id)
                                 .order_by(Contact.display_name)).all()
    assert [tuple(e) for e in events] == [("Anna", "opt_in", "all"), ("Ben", "opt_out", "marketing")]


def test_a_list_does_not_opt_someone_back_in_who_wrote_stop(sessions, tmp_path):
    from datetime import UTC, datetime

    from klaros_desktop.services.people import consent

    import_contacts(sessions, write(tmp_path, "Name,Phone\nAnna,+4930111111\n", "first.csv"))
    with sessions.begin() as session:
        anna = session.scalar(select(Contact))
        consent.record(session, anna, kind="opt_out", scope="all", source="keyword",
                       occurred_at=datetime.now(UTC))
    report = import_contacts(sessions, write(tmp_path, "Name,Phone,Consent\nAnna,+4930111111,yes\n", "old.csv"))
    assert report.consent_events == 0
    with sessions() as session:
        assert consent.state(session, session.scalar(select(Contact))).opted_out_all is not None


def test_region_rules(sessions, tmp_path):
    path = write(tmp_path, "Name,Phone\nA,030 111111\nB,+33 6 12 34 56 78\n")
    report = import_contacts(sessions, path)
    assert report.imported == 1
    assert "no country code" in report.skipped[0].reason and report.skipped[0].line == 2
    with pytest.raises(ImportFileError, match="unknown region 'XX'"):
        import_contacts(sessions, path, region="xx")
    with sessions() as session, session.begin():
        settings.set_value(session, settings.DEFAULT_REGION, "DE")
    assert import_contacts(sessions, path).imported == 1  # the profile's default region applies


def test_junk_numbers_each_get_a_reason(sessions, tmp_path, people):
    path = write(tmp_path, "Name,Phone\nA,hello\nB,12\nC,+99 1234 5678\nD,+49 30 1\nE,\nF,+49 30 1234567 ext. 12\n")
    report = import_contacts(sessions, path, region="DE")
    reasons = {p.line: p.reason for p in report.skipped}
    assert reasons[2] == "'hello' is not a phone number"
    assert "not a valid phone number" in reasons[3] or "too short" in reasons[3]
    assert "unknown country code" in reasons[4]
    assert "not a valid phone number" in reasons[5]
    assert reasons[6] == "no phone number"
    assert report.imported == 1 and "+49301234567" in people()


def _ten_thousand_rows(seed: int = 6):
    """A 10k-row CSV with errors sprinkled in; returns (text, expected skipped lines, expected new contacts)."""
    rng = random.Random(seed)
    lines = ["Name;Telefon;Tags;Notiz"]
    skipped: list[int] = []
    numbers: list[str] = []
    physical = 1
    for i in range(10_000):
        start = physical + 1
        number = f"+49151{10_000_000 + i * 7:08d}"
        note = ""
        kind = rng.random()
        if kind < 0.03:
            number = rng.choice(["n/a", "123", "+49 abc", "0000"])
            skipped.append(start)
        elif kind < 0.05:
            number = ""
            skipped.append(start)
        elif kind < 0.08 and numbers:
            number = rng.choice(numbers)  # a duplicate: merged, not skipped
        else:
            numbers.append(number)
        if rng.random() < 0.05:
            note = '"Zeile eins\nZeile zwei; mit Semikolon"'
        lines.append(f"Kunde {i};{number};tag{i % 7};{note}")
        physical = start + note.count("\n")
    return "\n".join(lines) + "\n", skipped, len(numbers)


def test_ten_thousand_rows_with_errors_sprinkled_in(sessions, tmp_path):
    text, expected_skipped, expected_new = _ten_thousand_rows()
    path = write(tmp_path, text, encoding="cp1252")
    report = import_contacts(sessions, path, region="DE")
    assert [p.line for p in report.skipped] == expected_skipped
    assert report.imported == expected_new
    assert report.imported + report.merged + len(report.skipped) == 10_000
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == expected_new
        assert session.scalar(select(func.count()).select_from(Tag)) == 7


def test_cli_json_report_and_file_errors(profile, tmp_path, capsys):
    good = write(tmp_path, "Name,Phone\nA,+4930111111\nB,+4930111111\nC,oops\n")
    assert main(["--data-dir", str(profile.root), "contacts", "import", str(good), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "imported": 1, "merged": 1, "skipped": [{"line": 4, "reason": "'oops' is not a phone number"}]
    }
    assert main(["--data-dir", str(profile.root), "contacts", "import", str(good)]) == 0
    out = capsys.readouterr().out
    assert "0 imported, 2 merged, 1 skipped" in out and "line 4: 'oops' is not a phone number" in out
    bad = write(tmp_path, "Vorname,Nachname\nA,B\n", name="bad.csv")
    assert main(["--data-dir", str(profile.root), "contacts", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "no phone number column" in err and "Nothing was imported" in err
    missing = tmp_path / "absent.csv"
    assert main(["--data-dir", str(profile.root), "contacts", "import", str(missing)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_map_and_delimiter_options(profile, tmp_path, capsys):
    path = write(tmp_path, "Kundin\tHandynummer\nAnna\t0151 23456789\n", name="tabs.txt")
    args = ["--data-dir", str(profile.root), "contacts", "import", str(path), "--region", "de", "--delimiter", "tab",
            "--map", "phone=Handynummer", "--map", "name=Kundin", "--json"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1


def _fts_rows(sessions):
    from sqlalchemy import text

    with sessions() as session:
        return session.execute(text("SELECT rowid, name, phone, tags, notes FROM contacts_fts ORDER BY rowid")).all()


def _triggers(sessions):
    from sqlalchemy import text

    with sessions() as session:
        return session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")).all()


def test_bulk_search_index_path_writes_what_the_triggers_write(tmp_path, samples):
    """Big imports fill contacts_fts in one statement; it must equal what migration 0002's triggers write."""
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    results = {}
    for label, threshold in (("triggers", 10**9), ("bulk", 0)):
        engine, sessions = open_database(Profile(tmp_path / label).ensure())
        try:
            with sessions() as session, session.begin():  # an existing contact that the import tags and merges
                session.add(Contact(display_name="Alt Kunde", phone_e164="+491701111111", profile_name="Alti",
                                    wa_id="491701111111", notes="vorher", custom_fields={}))
            importer = ContactsImporter(sessions, bulk_threshold=threshold)
            for name in ("google_contacts.csv", "whatsapp_business_labels.csv", "contacts_v30.vcf"):
                importer.import_file(samples / name, region="DE")
            results[label] = (_fts_rows(sessions), _triggers(sessions))
        finally:
            engine.dispose()
    assert results["bulk"] == results["triggers"]
    rows = results["bulk"][0]
    assert any("Paid" in r.tags and "vorher" in r.notes for r in rows)  # merged contact got its tags indexed


def test_bulk_search_rows_made_from_the_written_values_equal_the_triggers_rows(tmp_path, monkeypatch):
    """The bulk path makes a new contact's search row from the values it wrote: tags listed in another order than
    their ids, tags known before under other capitals, no name, a WhatsApp id, several flushes, and numbers
    merged into contacts of an earlier flush must give what the triggers give."""
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio import contacts_import

    rows = ["Name,Phone,Tags,Notes,WhatsApp ID"]
    for i in range(60):
        tags = ["zeta; Alpha", "ALPHA", "", "Mitte; zeta; neu", "Straße; STRASSE"][i % 5]
        name = "" if i % 7 == 0 else f"  Kunde  {i}"
        rows.append(f"{name},+49151{30_000_000 + i % 45},{tags},{'Notiz ' * (i % 3)},{'49151' if i % 4 else ''}")
    path = write(tmp_path, "\n".join(rows) + "\n")
    results = {}
    for label, threshold in (("triggers", 10**9), ("bulk", 0)):
        engine, sessions = open_database(Profile(tmp_path / label).ensure())
        try:
            with sessions() as session, session.begin():
                session.add_all([Tag(name="Zeta"), Tag(name="mitte")])
            monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 10)
            ContactsImporter(sessions, bulk_threshold=threshold, workers=0).import_file(path, region="DE")
            results[label] = _fts_rows(sessions)
        finally:
            engine.dispose()
    assert results["bulk"] == results["triggers"]
    assert any(" " in r.tags for r in results["bulk"])  # several tags in one row were compared


def test_failed_bulk_import_keeps_the_search_triggers(sessions, tmp_path, monkeypatch):
    before = _triggers(sessions)
    path = write(tmp_path, "Name,Phone,Tags\nA,+4930111111,x\nB,+4930222222,y\n")

    def explode(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(ContactsImporter, "_write_tags", staticmethod(explode))  # inside the bulk index batch
    with pytest.raises(RuntimeError):
        ContactsImporter(sessions, bulk_threshold=0).import_file(path)
    assert _triggers(sessions) == before and len(before) >= 2
    monkeypatch.undo()
    import_contacts(sessions, write(tmp_path, "Name,Phone,Tags\nC,+4930333333,z\n", name="small.csv"))
    assert [r.tags for r in _fts_rows(sessions)] == ["z"]  # the triggers still index ordinary writes


def test_worker_processes_give_the_same_result(tmp_path):
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    text, expected_skipped, expected_new = _ten_thousand_rows(seed=9)
    path = write(tmp_path, text)
    engine, sessions = open_database(Profile(tmp_path / "p").ensure())
    try:
        report = ContactsImporter(sessions, workers=1, pool_threshold=0, plain_share=2,
                                  wait_for_workers=True).import_file(path, region="DE")
    finally:
        engine.dispose()
    assert [p.line for p in report.skipped] == expected_skipped and report.imported == expected_new


@pytest.mark.parametrize("dies", ["in the worker", "on submit"])
def test_a_broken_worker_pool_falls_back_to_this_process(sessions, tmp_path, monkeypatch, dies):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from klaros_desktop.services.dataio import contacts_import

    class DeadPool:
        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            return False

        def shutdown(self, **_options):
            pass

        def submit(self, *_args):
            if dies == "on submit":
                raise BrokenProcessPool("A child process terminated abruptly")
            future = Future()
            future.set_exception(BrokenProcessPool("worker died"))
            return future

    monkeypatch.setattr(contacts_import, "make_pool", lambda _workers: DeadPool())
    path = write(tmp_path, "Name,Phone\n" + "".join(f"P{i},+4915{10_000_000 + i:08d}1\n" for i in range(4500))
                 + "Bad,nope\n")
    report = ContactsImporter(sessions, workers=2, pool_threshold=0, plain_share=2,
                              wait_for_workers=True).import_file(path)
    assert report.imported == 4500 and [(p.line, p.reason) for p in report.skipped] == [
        (4502, "'nope' is not a phone number")]


def _people(sessions) -> dict:
    with sessions() as session:
        return {c.phone_e164: {"name": c.display_name, "notes": c.notes, "tags": sorted(t.name for t in c.tags),
                               "custom": dict(c.custom_fields)} for c in session.scalars(select(Contact))}


@pytest.mark.parametrize("known", [True, False], ids=["profile-with-contacts", "empty-profile"])
@pytest.mark.parametrize("bulk_threshold", [0, 10**9])
def test_writing_every_few_numbers_gives_what_one_write_at_the_end_gives(tmp_path, monkeypatch, bulk_threshold,
                                                                         known):
    """Numbers are written every FLUSH_EVERY new ones; a number seen again later merges into the written
    contact exactly as within one batch, counts agree, and the file's last consent value wins."""
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio import contacts_import

    path = write(tmp_path, "Name,Phone,Tags,Notes,Company,Consent\n"
                 "Ann,+4930111111,a,first note,,yes\n"
                 ",+4930222222,b,,Bcorp,\n"
                 "Cem,+4930333333,,,,\n"
                 "Dora,+4930444444,d,,,yes\n"
                 "Ann Other,+4930111111,A;x,second note,Acorp,opt-out\n"
                 "Bea,+4930222222,b,late note,,\n"
                 "Eve,+4930555555,e,,,\n")
    outcomes = []
    for flush_every in (10**6, 2):
        monkeypatch.setattr(contacts_import, "FLUSH_EVERY", flush_every)
        engine, sessions = open_database(Profile(tmp_path / f"p{flush_every}").ensure())
        try:
            if known:
                with sessions() as session, session.begin():  # a contact the import merges into
                    session.add(Contact(display_name=None, phone_e164="+4930333333", notes="known"))
            report = ContactsImporter(sessions, bulk_threshold=bulk_threshold).import_file(path)
            with sessions() as session:
                consent = sorted((c.contact_id, c.kind, c.detail.rsplit(" ", 1)[-1])
                                 for c in session.scalars(select(ConsentEvent)))
            outcomes.append(((report.imported, report.merged, len(report.skipped), report.consent_events),
                             _people(sessions), consent, [tuple(r) for r in _fts_rows(sessions)]))
        finally:
            engine.dispose()
    assert outcomes[0] == outcomes[1]
    counts, people, consent, fts = outcomes[1]
    assert counts == ((4, 3, 0, 2) if known else (5, 2, 0, 2))
    assert people["+4930111111"]["name"] == "Ann" and people["+4930111111"]["tags"] == ["a", "x"]
    assert people["+4930111111"]["notes"] == "first note\nsecond note"
    assert people["+4930222222"]["name"] == "Bcorp" and people["+4930333333"]["name"] == "Cem"
    assert [kind for _contact, kind, _line in consent] == ["opt_out", "opt_in"]  # Ann's last value; Dora's
    assert any("a x" in row[3] for row in fts)



def test_the_plain_number_parser_imports_the_same_contacts_and_skips_the_same_rows(tmp_path, monkeypatch):
    """Old path (``phonenumbers.parse`` for every number) and new: same contacts, same skipped lines and reasons,
    in one process and with worker processes."""
    from sqlalchemy import text

    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.people import phones

    odd = ["+49 151 12345678", "0151 23456789", "0049 1512 3456780", "0151/3456-7890", "(0151) 4567 8901",
           "+49 (0) 151 5678 9012", "0151 234567ab", "015", "12", "+1 650 253 0000", "+44 7400 123456",
           "07400 123456", "+39 06 1234 5678", "+999 1234567", "4915167890123", "", "tel:+4915178901234",
           "'01519012345", "+49 30 1234567", "030 1234567", "0 1 5 1 2 2 3 3 4 4", "+33 6 12 34 56 78",
           "0151 12345678", "+43 664 1234567", "00 1 212 555 0123", "+0 151 1234567", "+4915112345678 ext 5"]
    rows = ["Name;Telefon;Tags"] + [f"Person {i};{number};t{i % 3}" for i, number in enumerate(odd * 3)]
    source = tmp_path / "odd.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")

    def run(name: str, fast: bool, workers: int) -> tuple:
        monkeypatch.setattr(phones, "_FAST_PARSE", fast)
        monkeypatch.setenv("KLAROS_BENCH_PLAIN_PARSE", "0" if fast else "1")
        target = Profile(tmp_path / name).ensure()
        engine, sessions = open_database(target)
        try:
            importer = ContactsImporter(sessions, workers=workers, pool_threshold=0 if workers else 10**9,
                                        plain_share=2, wait_for_workers=True)
            report = importer.import_file(source, region="DE")
            with sessions() as session:
                contacts = session.execute(text(
                    "SELECT phone_e164, display_name, country, custom_fields FROM contacts ORDER BY id")).all()
        finally:
            engine.dispose()
        return ([tuple(c) for c in contacts], [(p.line, p.reason) for p in report.skipped], report.imported,
                report.merged)

    old = run("old", False, 0)
    assert old[1] and old[0]  # the file has rows of both kinds
    assert run("new", True, 0) == old
    assert run("new-workers", True, 1) == old


@pytest.mark.parametrize(("numbers", "pooled"), [
    (lambda i: f"0151 {20_000_000 + i}", False),  # plain mobile numbers: cheaper here than sent to a worker
    (lambda i: f"+1 650 {200 + i // 10_000:03d} {i % 10_000:04d}", True),  # a shared calling code: the full parse
])
def test_worker_processes_only_for_numbers_that_cost_more_than_sending_them(tmp_path, monkeypatch, numbers, pooled):
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.dataio import contacts_import

    made = []
    real = contacts_import.make_pool

    def make_pool(workers):
        made.append(workers)
        return real(workers)

    monkeypatch.setattr(contacts_import, "make_pool", make_pool)
    path = write(tmp_path, "Name;Phone\n" + "".join(f"P {i};{numbers(i)}\n" for i in range(3000)))
    engine, sessions = open_database(Profile(tmp_path / "p").ensure())
    try:
        report = ContactsImporter(sessions, workers=1, pool_threshold=0).import_file(path, region="DE")
    finally:
        engine.dispose()
    assert report.imported == 3000 and not report.skipped
    assert made == ([1] if pooled else [])


def _everything(sessions) -> tuple:
    from sqlalchemy import text

    with sessions() as session:
        return tuple(session.execute(text(sql)).all() for sql in (
            "SELECT id, display_name, name_key, phone_e164, wa_id, country, notes, custom_fields FROM contacts "
            "ORDER BY id",
            "SELECT contact_id, tag_id FROM contact_tags ORDER BY 1, 2",
            "SELECT id, name FROM tags ORDER BY id",
            "SELECT rowid, name, phone, tags, notes FROM contacts_fts ORDER BY rowid",
            "SELECT contact_id, kind, scope, detail FROM consent_events ORDER BY id",
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))


def _mixed_rows() -> str:
    """Good rows in the shapes people type, bad rows, duplicates in other spellings, several numbers in a row,
    numbers that need a region, foreign ones, a note spanning lines (later line numbers move), a bad consent."""
    rows = ["Name,Phone,Mobile,Tags,Notes,Consent"]
    for i in range(700):
        shape = i % 10
        if shape == 0:
            phone, mobile = f"+49 151 {20_000_000 + i}", ""
        elif shape == 1:
            phone, mobile = f"0151 {20_000_000 + i - 1}", ""  # the row before's number, written nationally
        elif shape == 2:
            phone, mobile = f"030 {1_000_000 + i}", f"0170 {3_000_000 + i}"  # landline and mobile
        elif shape == 3:
            phone, mobile = f"+1 650 253 {i:04d}", ""  # a shared calling code: the full parse
        elif shape == 4:
            phone, mobile = f"06 {12_000_000 + i}", ""  # a French mobile without +33: right only in FR
        elif shape == 5:
            phone, mobile = "hello", ""
        elif shape == 6:
            phone, mobile = "", ""
        elif shape == 7:
            phone, mobile = f"0049 151 {20_000_000 + i - 7}", ""  # shape 0's number again
        elif shape == 8:
            phone, mobile = f"+44 7700 9{i:05d}", "+999 123"
        else:
            phone, mobile = f"{i}", ""  # too short everywhere
        notes = '"first line\nsecond line"' if i % 37 == 0 else ""
        consent = ["yes", "", "maybe", "nein"][i % 4] if i % 5 == 0 else ""
        rows.append(f"Person {i % 300},{phone},{mobile},t{i % 4},{notes},{consent}")
    return "\n".join(rows) + "\n"


def _import_result(tmp_path, name: str, path, region: str | None, default_region: str, **options) -> tuple:
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    engine, sessions = open_database(Profile(tmp_path / name).ensure())
    try:
        with sessions() as session, session.begin():
            settings.set_value(session, settings.DEFAULT_REGION, default_region)
        report = ContactsImporter(sessions, **options).import_file(path, region=region)
        return report, ((report.imported, report.merged, [(p.line, p.reason) for p in report.skipped],
                         report.consent_events, report.rows), _everything(sessions))
    finally:
        engine.dispose()


@pytest.mark.parametrize(("region", "default_region"), [("DE", ""), ("FR", "DE"), (None, "FR"), (None, "")])
def test_worker_processes_import_exactly_what_this_process_imports(tmp_path, monkeypatch, region, default_region):
    """Same rows, same skipped lines and reasons, same merges, whichever region decides; over many small chunks
    (so rows of one number are normalised by different workers and merged across flushes)."""
    from klaros_desktop.services.dataio import contacts_import

    monkeypatch.setattr(contacts_import, "_POOL_CHUNK", 37)
    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 90)
    path = write(tmp_path, _mixed_rows())
    here, expected = _import_result(tmp_path, "here", path, region, default_region, workers=0)
    pooled, result = _import_result(tmp_path, "pooled", path, region, default_region, workers=2, pool_threshold=0,
                                    plain_share=2, wait_for_workers=True)
    assert result == expected
    assert here.worker_chunks == 0 and pooled.worker_chunks >= 700 // 37  # every chunk went to a worker
    assert expected[0][0] > 100 and len(expected[0][2]) > 100  # both good and bad rows


def test_a_big_file_goes_to_the_workers_and_a_small_one_stays(tmp_path, caplog):
    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    numbers = "".join(f"P {i};+1 650 {200 + i // 10_000:03d} {i % 10_000:04d}\n" for i in range(600))
    big = write(tmp_path, "Name;Phone\n" + numbers, name="big.csv")
    small = write(tmp_path, "Name;Phone\n" + numbers[:300], name="small.csv")
    engine, sessions = open_database(Profile(tmp_path / "p").ensure())
    try:
        importer = ContactsImporter(sessions, workers=1, pool_threshold=big.stat().st_size, wait_for_workers=True)
        with caplog.at_level("INFO", logger="klaros_desktop.services.dataio.contacts_import"):
            assert importer.import_file(small, region="DE").worker_chunks == 0
            assert "worker process" not in caplog.text
            assert importer.import_file(big, region="DE").worker_chunks == 1
            assert "normalising numbers in 1 worker process(es)" in caplog.text
    finally:
        engine.dispose()


def test_workers_that_cannot_start_leave_the_numbers_to_this_process(tmp_path, monkeypatch, caplog,
                                                                     no_process_context):
    """A machine where no process can be started (the start itself fails, as it does when the system refuses a
    new process): the import completes in this process with the same result, and says so in the log."""
    from klaros_desktop.services.dataio import contacts_import, phone_columns

    monkeypatch.setattr(phone_columns.multiprocessing, "get_context", lambda _method: no_process_context)
    monkeypatch.setattr(contacts_import, "_POOL_CHUNK", 50)
    path = write(tmp_path, _mixed_rows())
    _here, expected = _import_result(tmp_path, "here", path, "DE", "", workers=0)
    with caplog.at_level("WARNING", logger="klaros_desktop.services.dataio.contacts_import"):
        report, result = _import_result(tmp_path, "pooled", path, "DE", "", workers=2, pool_threshold=0,
                                        plain_share=2, wait_for_workers=True)
    assert result == expected and report.worker_chunks == 0
    assert "normalising numbers in the importing process" in caplog.text
    assert len([r for r in caplog.records if "worker processes unusable" in r.getMessage()]) == 1  # said once


def test_stopping_an_import_while_workers_parse_keeps_nothing_and_stops_them(sessions, tmp_path, monkeypatch):
    """The caller stops the import (an exception from its progress callback, as a closed window or Ctrl+C would)
    while chunks are with the workers: nothing is kept, the run is failed, the search triggers are back, no worker
    process is left running, and the next import works."""
    import multiprocessing

    from klaros_desktop.services.dataio import contacts_import

    class Stop(Exception):
        pass

    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 300)
    monkeypatch.setattr(contacts_import, "PROGRESS_EVERY", 500)
    monkeypatch.setattr(contacts_import, "_POOL_CHUNK", 100)
    path = write(tmp_path, "Name,Phone,Tags\n" + "".join(f"P{i},+1 650 253 {i:04d},t{i % 3}\n" for i in range(3000)))
    before = _everything(sessions)
    seen = []

    def progress(rows):
        seen.append(rows)
        if rows >= 1000:
            raise Stop

    importer = ContactsImporter(sessions, bulk_threshold=0, workers=1, pool_threshold=0, plain_share=2,
                                progress=progress)
    with pytest.raises(Stop):
        importer.import_file(path, region="DE")
    assert seen == [500, 1000]
    assert multiprocessing.active_children() == []
    assert _everything(sessions) == before
    with sessions() as session:
        assert session.scalars(select(ImportRun.status)).all() == ["failed"]
    report = ContactsImporter(sessions, bulk_threshold=0, workers=1, pool_threshold=0, plain_share=2,
                              wait_for_workers=True).import_file(path, region="DE")
    assert report.imported == 3000 and report.worker_chunks == 30 and len(_fts_rows(sessions)) == 3000
