"""A big import's SQL in a writer process (``import_writer``): the same database as an import in one process, all
or nothing when it is stopped, when the writer dies or when it cannot start."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from klaros_desktop.db import open_database
from klaros_desktop.models import Contact, ImportRun, Tag
from klaros_desktop.paths import Profile
from klaros_desktop.phrases import Phrase
from klaros_desktop.services.dataio import contacts_import, import_writer
from klaros_desktop.services.dataio.contacts_import import ContactsImporter
from klaros_desktop.services.dataio.import_writer import ImportWriterError
from klaros_desktop.services.people import consent, suppression


def _helpers():
    """The import tests' helpers (test modules are not a package here: loaded from their file)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("_import_test_helpers",
                                                  Path(__file__).with_name("test_contacts_import.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_base = _helpers()
_everything, _fts_rows, _mixed_rows, _triggers, write = (
    _base._everything, _base._fts_rows, _base._mixed_rows, _base._triggers, _base.write)

SAMPLE_FILES = ("google_contacts.csv", "outlook_contacts.csv", "whatsapp_business_labels.csv", "contacts_v21.vcf",
                "contacts_v30.vcf", "contacts_v40.vcf")


def _writer_children() -> list:
    return [p for p in multiprocessing.active_children() if p.name == "klaros-import-writer"]


def _shop(sessions) -> None:
    """Contacts before the import: one the files merge into (tags, notes, custom fields), one who wrote STOP, and
    an erased number."""
    with sessions.begin() as session:
        weber = Contact(display_name="Frau Weber", phone_e164="+4915123456789", notes="Kundin seit 2020",
                        custom_fields={"email": "alt@example.com"})
        weber.tags.append(Tag(name="stammkunden"))
        stop = Contact(phone_e164="+4915120000002", notes="", custom_fields={})  # _mixed_rows' row 2 (shape 1)
        session.add_all([weber, stop])
        session.flush()
        consent.record(session, stop, kind="opt_out", scope="all", source="keyword",
                       occurred_at=datetime(2026, 1, 1, tzinfo=UTC))
        suppression.suppress(session, "+4915120000010", reason="erased on request")  # _mixed_rows' row 11


def _state(sessions) -> tuple:
    """Everything an import writes, without the times it was written at (but with their stored shape)."""
    with sessions() as session:
        runs = session.execute(text(
            "SELECT id, source_name, source_format, status, total_rows, imported, merged, skipped, report, error, "
            "length(finished_at), length(started_at) FROM import_runs ORDER BY id")).all()
        audits = session.execute(text(
            "SELECT actor, action, subject, details, length(at) FROM audit_events ORDER BY id")).all()
        times = session.execute(text(
            "SELECT source, length(occurred_at), length(created_at), occurred_at = created_at, "
            "correlation_id IS NOT NULL FROM consent_events ORDER BY id")).all()
        stamps = session.execute(text(
            "SELECT length(created_at), length(updated_at), typeof(custom_fields) FROM contacts ORDER BY id")).all()
    return _everything(sessions), [tuple(r) for r in runs], [tuple(r) for r in audits], times, stamps


def _import_all(tmp_path, name: str, files, monkeypatch, **options) -> tuple:
    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 90)  # merges into contacts written by earlier flushes
    engine, sessions = open_database(Profile(tmp_path / name).ensure())
    try:
        _shop(sessions)
        importer = ContactsImporter(sessions, **options)
        reports = [importer.import_file(path, region="DE") for path in files]
        summary = [(r.imported, r.merged, [(p.line, p.reason) for p in r.skipped], r.consent_events, r.rows,
                    r.source_format, r.encoding, r.layout) for r in reports]
        return [r.writer_process for r in reports], summary, _state(sessions)
    finally:
        engine.dispose()


@pytest.mark.parametrize("bulk_threshold", [0, 10**9])  # the search index filled in bulk, and by its triggers
def test_the_writer_process_writes_exactly_what_this_process_writes(tmp_path, samples, monkeypatch, bulk_threshold):
    mixed = write(tmp_path, _mixed_rows(), name="mixed.csv")
    files = [samples / name for name in SAMPLE_FILES] + [mixed, mixed]  # the second time: nothing new
    here_used, here, expected = _import_all(tmp_path, "here", files, monkeypatch, bulk_threshold=bulk_threshold,
                                            writer_threshold=None)
    used, result, state = _import_all(tmp_path, "writer", files, monkeypatch, bulk_threshold=bulk_threshold,
                                      writer_threshold=0, wait_for_writer=True)
    assert here_used == [False] * len(files) and used == [True] * len(files)
    assert result == here
    assert state == expected
    assert here[-2][3] > 10 and here[-1][3] == 0 and here[-2][1] > 100  # consent events, merges
    assert any("erased on request" in reason for _line, reason in here[-2][2])
    assert _writer_children() == []


def test_a_big_file_goes_to_the_writer_and_a_small_one_stays(sessions, tmp_path):
    rows = "".join(f"P {i};0151 {20_000_000 + i}\n" for i in range(400))
    big = write(tmp_path, "Name;Phone\n" + rows, name="big.csv")
    small = write(tmp_path, "Name;Phone\n" + rows[:200], name="small.csv")
    importer = ContactsImporter(sessions, writer_threshold=big.stat().st_size, wait_for_writer=True)
    assert importer.import_file(small, region="DE").writer_process is False
    report = importer.import_file(big, region="DE")
    assert report.writer_process is True and report.imported == 400 - report.merged
    assert ContactsImporter(sessions, writer_threshold=None).import_file(big, region="DE").writer_process is False


class Stop(Exception):
    pass


def test_stopping_an_import_in_the_writer_keeps_nothing_and_leaves_no_process(sessions, tmp_path, monkeypatch):
    """The caller stops the import (its progress callback raises, as a closed window or Ctrl+C would) after the
    writer has written several batches: nothing is kept, the run is failed, the triggers are back, no writer process
    is left, and the next import works."""
    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 300)
    monkeypatch.setattr(contacts_import, "PROGRESS_EVERY", 500)
    _shop(sessions)
    path = write(tmp_path, "Name,Phone,Tags,Consent\n"
                 + "".join(f"P{i},0151 {30_000_000 + i},t{i % 3},yes\n" for i in range(3000)))
    before = _everything(sessions)
    seen = []

    def progress(rows):
        seen.append(rows)
        if rows >= 2000:
            assert len(_writer_children()) == 1
            raise Stop

    importer = ContactsImporter(sessions, bulk_threshold=0, writer_threshold=0, wait_for_writer=True,
                                progress=progress)
    with pytest.raises(Stop):
        importer.import_file(path, region="DE")
    assert seen == [500, 1000, 1500, 2000]
    assert _writer_children() == []
    assert _everything(sessions) == before
    with sessions() as session:
        assert session.scalars(select(ImportRun.status)).all() == ["failed"]
    report = ContactsImporter(sessions, bulk_threshold=0, writer_threshold=0,
                              wait_for_writer=True).import_file(path, region="DE")
    assert report.writer_process and report.imported == 3000 and report.consent_events == 3000
    assert len(_fts_rows(sessions)) == 3000 + 2


def test_a_killed_writer_fails_the_import_and_keeps_nothing(sessions, tmp_path, monkeypatch):
    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 300)
    monkeypatch.setattr(contacts_import, "PROGRESS_EVERY", 500)
    _shop(sessions)
    path = write(tmp_path, "Name,Phone,Tags\n" + "".join(f"P{i},0151 {30_000_000 + i},t{i % 3}\n" for i in range(3000)))
    before = _everything(sessions)
    triggers = _triggers(sessions)
    killed = []

    def progress(rows):
        if rows == 1500:
            (child,) = _writer_children()
            child.kill()
            child.join()
            killed.append(child.exitcode)

    importer = ContactsImporter(sessions, bulk_threshold=0, writer_threshold=0, wait_for_writer=True,
                                progress=progress)
    with pytest.raises(ImportWriterError, match="writer process stopped"):
        importer.import_file(path, region="DE")
    assert killed and killed[0] != 0
    assert _writer_children() == []
    assert _everything(sessions) == before and _triggers(sessions) == triggers
    with sessions() as session:
        run = session.scalars(select(ImportRun)).one()
        assert run.status == "failed" and "writer process stopped" in run.error
    again = ContactsImporter(sessions, writer_threshold=0, wait_for_writer=True).import_file(path, region="DE")
    assert again.writer_process and again.imported == 3000


def test_a_writer_that_cannot_start_leaves_the_import_to_this_process(tmp_path, monkeypatch, caplog,
                                                                      no_process_context):
    """No process can be made (the start raises): the import completes in this process, said once in the log."""
    path = write(tmp_path, _mixed_rows())
    _used, here, expected = _import_all(tmp_path, "here", [path], monkeypatch, writer_threshold=None)
    monkeypatch.setattr(import_writer.multiprocessing, "get_context", lambda _method: no_process_context)
    with caplog.at_level("WARNING", logger="klaros_desktop.services.dataio.contacts_import"):
        used, result, state = _import_all(tmp_path, "writer", [path], monkeypatch, writer_threshold=0,
                                          wait_for_writer=True)
    assert used == [False] and (result, state) == (here, expected)
    assert len([r for r in caplog.records if "importing in this process" in r.getMessage()]) == 1


def test_a_writer_that_cannot_open_the_database_leaves_the_import_to_this_process(tmp_path, monkeypatch, caplog):
    """The writer process starts but cannot open its transaction: found out after the first rows were read; the
    import goes on in this process from there, with the same result."""
    path = write(tmp_path, _mixed_rows())
    _used, here, expected = _import_all(tmp_path, "here", [path], monkeypatch, writer_threshold=None)
    monkeypatch.setattr(ContactsImporter, "_database_file", lambda _self: tmp_path / "no-such-folder" / "x.sqlite3")
    with caplog.at_level("WARNING", logger="klaros_desktop.services.dataio.contacts_import"):
        used, result, state = _import_all(tmp_path, "writer", [path], monkeypatch, writer_threshold=0,
                                          wait_for_writer=True)
    assert used == [False] and (result, state) == (here, expected)
    assert "could not open its transaction" in caplog.text and "importing in this process" in caplog.text
    assert _writer_children() == []


def test_a_number_erased_while_the_writer_starts_stops_the_import(sessions, tmp_path, monkeypatch):
    """The erased numbers are read before the writer's transaction begins; one erased in between (an erasure
    committing while the writer process starts) is found inside the transaction, and nothing is imported."""
    path = write(tmp_path, "Name,Phone\nA,+4930111111\nB,+4930222222\n")
    real = import_writer.ImportWriter.opened

    def opened(self):
        with sessions.begin() as session:
            suppression.suppress(session, "+4930222222", reason="erased on request")
        real(self)

    monkeypatch.setattr(import_writer.ImportWriter, "opened", opened)
    with pytest.raises(ImportWriterError, match="a number was erased while the import started") as raised:
        ContactsImporter(sessions, writer_threshold=0, wait_for_writer=True).import_file(path)
    # the import dialog shows it in the screen's language (ui.i18n.render translates an exception's Phrase)
    assert isinstance(raised.value.args[0], Phrase) and raised.value.args[0].context == "Import"
    with sessions() as session:
        assert session.scalars(select(Contact)).all() == []
        assert session.scalars(select(ImportRun.status)).all() == ["failed"]
    assert _writer_children() == []



def test_a_writer_not_ready_when_the_file_is_read_is_stopped_and_the_import_done_here(tmp_path, monkeypatch, caplog):
    """The importing process never waits for the writer to start (a slow machine, Windows and macOS start processes
    slower): one that has not opened its transaction when the file is read is stopped, and the rows are written in
    this process, with the same result."""
    path = write(tmp_path, _mixed_rows())
    _used, here, expected = _import_all(tmp_path, "here", [path], monkeypatch, writer_threshold=None)
    started = []
    real = import_writer.ImportWriter.start.__func__

    def start(cls, *args, **kwargs):
        writer = real(cls, *args, **kwargs)
        started.append(writer.process)
        return writer

    monkeypatch.setattr(import_writer.ImportWriter, "start", classmethod(start))
    monkeypatch.setattr(import_writer.ImportWriter, "answered", lambda _self: False)
    with caplog.at_level("INFO", logger="klaros_desktop.services.dataio.contacts_import"):
        used, result, state = _import_all(tmp_path, "writer", [path], monkeypatch, writer_threshold=0)
    assert used == [False] and (result, state) == (here, expected)
    assert len(started) == 1 and started[0].exitcode is not None  # it was started, and is gone
    assert "writer process was not ready" in caplog.text
    assert _writer_children() == []


@pytest.mark.parametrize("then", ["read", "commit"])
def test_a_statement_failing_in_the_writer_is_answered_at_the_next_read_or_commit(tmp_path, then):
    """Statements are sent without waiting; the first one's error comes back, with SQLite's error class, at the next
    read or at the commit, and nothing of the transaction is kept."""
    import sqlite3

    database = tmp_path / "w.sqlite3"
    with sqlite3.connect(database) as setup:
        setup.execute("CREATE TABLE t (a INTEGER UNIQUE)")
    writer = import_writer.ImportWriter.start(database, ["PRAGMA busy_timeout=5000"])
    try:
        writer.opened()
        writer.many("INSERT INTO t (a) VALUES (?)", [(1,), (2,)])
        writer.many("INSERT INTO t (a) VALUES (?)", [(3,), (2,)])  # fails
        writer.many("INSERT INTO t (a) VALUES (?)", [(4,)])  # not run after the failure
        with pytest.raises(ImportWriterError, match=r"IntegrityError: UNIQUE constraint failed: t\.a"):
            if then == "read":
                writer.rows("SELECT count(*) FROM t")
            else:
                writer.commit()
    finally:
        writer.close()
    assert writer.process is None and _writer_children() == []
    with sqlite3.connect(database) as check:
        assert check.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_no_writer_process_on_one_core(sessions, tmp_path, monkeypatch):
    """The writer only pays running beside the importing process: with one core the import stays in one process,
    unless forced."""
    monkeypatch.setattr(contacts_import, "default_workers", lambda: 0)
    assert ContactsImporter(sessions).writer_threshold is None
    assert ContactsImporter(sessions, writer_threshold=0).writer_threshold == 0
    monkeypatch.setattr(contacts_import, "default_workers", lambda: 1)
    assert ContactsImporter(sessions).writer_threshold == contacts_import.WRITER_THRESHOLD_BYTES


def test_a_writer_ready_first_does_not_lock_out_this_process_own_writes(sessions, tmp_path, monkeypatch):
    """The writer process starts while the file is read, and this process writes the run's row (and a first import's
    salt) after that. The writer takes the write lock only when asked, after them: a writer ready first must not
    keep them waiting for SQLite's busy timeout and then failing with "database is locked"."""
    path = write(tmp_path, "Name,Phone\nA,+4915112345678\nB,+4915112345679\n")
    spawned: list = []
    real_spawn, real_start_run = ContactsImporter._spawn_writer, ContactsImporter._start_run

    def spawn(self, file):
        spawned.append(real_spawn(self, file))
        return spawned[-1]

    def start_run(self, *args):
        assert spawned[0].channel.poll(30)  # the child has answered (it is up) before the run's row is written
        return real_start_run(self, *args)

    monkeypatch.setattr(ContactsImporter, "_spawn_writer", spawn)
    monkeypatch.setattr(ContactsImporter, "_start_run", start_run)
    report = ContactsImporter(sessions, writer_threshold=0, wait_for_writer=True).import_file(path)
    assert report.writer_process is True and report.imported == 2
    with sessions() as session:
        assert session.scalars(select(ImportRun.status)).all() == ["done"]
    assert _writer_children() == []
