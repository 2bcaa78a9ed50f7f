"""``klaros contacts import``: CSV and vCard files into contacts, all or nothing, with a report per row.

Rules (decided for issue 6):
- Numbers become E.164 (``phonenumbers`` with the default region); a row without a usable number is
  skipped with its physical line number and the reason. The mobile/WhatsApp number of a row is preferred;
  its other valid numbers are kept in the custom field ``other_phones``.
- The same number twice (in the file, or already in the profile) is one contact: blanks are filled, tags
  united, notes appended; nothing the shop typed before is overwritten.
- Numbers erased on request (``suppressed_numbers``) are not brought back by an old file.
- The whole file is one transaction. An ``import_runs`` row is committed first as ``running``, and
  turned ``done`` in the same transaction as the contacts, so a crash leaves the run ``running``/``failed``
  and no contact half-written; importing the same file again is safe (it merges).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import itertools
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import ImportRun, SuppressedNumber, utcnow
from klaros_desktop.models.name_keys import name_key
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, counted, reason_of
from klaros_desktop.services.core import audit, collector, settings
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.services.dataio.csv_reader import parse_map_options, read_csv
from klaros_desktop.services.dataio.import_writer import ImportWriter, ImportWriterError, WriterUnavailable
from klaros_desktop.services.dataio.phone_columns import (
    POOL_THRESHOLD_BYTES,
    default_workers,
    make_pool,
    normalise_chunk,
    pick_number_or_reason,
)
from klaros_desktop.services.dataio.records import RowProblem, SourceRecord
from klaros_desktop.services.dataio.text_decoding import (
    MAX_IMPORT_BYTES,
    ImportFileError,
    decode_bytes,
    read_import_file,
)
from klaros_desktop.services.dataio.vcard_reader import looks_like_vcard, read_vcards
from klaros_desktop.services.people.phones import plain_e164

log = logging.getLogger(__name__)

_CONSENT_YES = {"yes", "y", "true", "1", "x", "ja", "j", "si", "sí", "oui", "sim", "opt-in", "opt in", "optin",
                "opted in", "opted-in", "subscribed", "granted", "consent", "angemeldet"}
_CONSENT_NO = {"no", "n", "false", "0", "nein", "non", "não", "nao", "-"}
_CONSENT_OUT = {"opt-out", "opt out", "optout", "opted out", "opted-out", "unsubscribed", "stop", "abgemeldet",
                "baja"}
_CHUNK = 500
_POOL_CHUNK = 2000
_SAMPLE_ROWS = 500  # rows looked at to decide whether worker processes pay
PLAIN_SHARE = 0.8
PROGRESS_EVERY = 2000
ERASED = QT_TRANSLATE_NOOP("Import", "this number was erased on request; it is not imported again")
ERASED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Import", "a number was erased while the import started; import the file again")
FLUSH_EVERY = 10_000  # new numbers held before they are written (and merged from then on)
# ... with a writer process, once it is ready: smaller batches keep it busy from early on, and leave less of its
# work for after the file is read
WRITER_FLUSH_EVERY = 2_000
REPORT_KEEP = 1000  # skipped rows kept in import_runs.report; the command prints them all
# Files from this size on write in a child process (``import_writer``), about 10,000 rows of the bench's files:
# the child starts while the file is read (ready after 0.04-0.06 s on Linux; where processes start slower, one
# not ready when the file is read is not waited for) and takes about 10 µs a row off the importing process.
WRITER_THRESHOLD_BYTES = 512 * 1024
_DEFAULT = object()


@dataclass
class ImportReport:
    """What an import did. ``to_json()`` is the ``--json`` output the issue specifies."""

    imported: int = 0
    merged: int = 0
    skipped: list[RowProblem] = field(default_factory=list)
    rows: int = 0
    source_format: str = ""
    encoding: str = ""
    delimiter: str | None = None
    layout: str | None = None
    columns: dict[str, Any] | None = None
    run_id: int | None = None
    resumed_run_id: int | None = None
    consent_events: int = 0
    seconds: float = 0.0
    worker_chunks: int = 0  # chunks of rows whose numbers a worker process normalised (0: all in this process)
    writer_process: bool = False  # the import's SQL ran in a writer process (``import_writer``)

    @property
    def changes(self) -> Changes:
        """An import can touch any number of contacts (and their chats' consent): the screens reload all."""
        return Changes.all()

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "merged": self.merged,
            "skipped": [{"line": p.line, "reason": p.reason} for p in self.skipped],
        }

    def summary(self) -> str:
        parts = [f"{self.imported} imported", f"{self.merged} merged", f"{len(self.skipped)} skipped"]
        how = f"{self.source_format}, {self.encoding}"
        if self.layout:
            how += f", {self.layout} layout"
        return f"{', '.join(parts)} ({counted(self.rows, 'row')} read; {how})"


class _Pending:
    """One number's accumulated data from every row that named it (made from its first row, ``add`` for the
    rest). A plain class with slots: an import makes one per new number."""

    __slots__ = ("country", "custom", "line", "name", "notes", "rows", "tags", "wa_id")

    def __init__(self, line: int, country: str | None, record: SourceRecord, other_phones: list[str]):
        self.line = line
        self.country = country
        self.rows = 1
        self.name = record.name or ""
        tags = record.tags
        if len(tags) == 1:
            self.tags: dict[str, str] = {tags[0].casefold(): tags[0]}  # casefolded -> as written
        else:
            self.tags = {}
            for tag in tags:
                self.tags.setdefault(tag.casefold(), tag)
        notes = record.notes
        if notes:
            if "\r" in notes:
                notes = notes.replace("\r\n", "\n").replace("\r", "\n")
            notes = notes.strip()
        self.notes: list[str] = [notes] if notes else []
        custom = record.custom
        self.custom: dict[str, Any] = {key: value for key, value in custom.items() if value not in ("", None)} if (
            custom) else {}
        if other_phones:
            known = self.custom.setdefault("other_phones", [])
            if isinstance(known, list):
                known.extend(p for p in other_phones if p not in known)
        self.wa_id = record.wa_id or ""

    def add(self, record: SourceRecord, other_phones: list[str]) -> None:
        self.rows += 1
        if not self.name and record.name:
            self.name = record.name
        for tag in record.tags:
            self.tags.setdefault(tag.casefold(), tag)
        if record.notes:
            notes = record.notes.replace("\r\n", "\n").replace("\r", "\n").strip()
            if notes and notes not in self.notes:
                self.notes.append(notes)
        if record.custom:
            for key, value in record.custom.items():
                if value not in ("", None):
                    self.custom.setdefault(key, value)
        if other_phones:
            known = self.custom.setdefault("other_phones", [])
            if isinstance(known, list):
                known.extend(p for p in other_phones if p not in known)
        if record.wa_id and not self.wa_id:
            self.wa_id = record.wa_id


DECLINED = "declined"  # a "no" in the consent column: recorded as a marketing opt-out (see ``_write_consent``)
CUSTOMER_SOURCES = ("keyword", "button", "meta_131050", "meta_user_preferences")  # the customer said it themselves


def consent_kind(value: str) -> str | None:
    """``opt_in``, ``opt_out`` or ``DECLINED`` ("no", "nein") for a consent cell, None for a blank one; raises
    ValueError when not understood."""
    folded = " ".join(value.strip().lower().split())
    if not folded:
        return None
    if folded in _CONSENT_NO:
        return DECLINED
    if folded in _CONSENT_YES:
        return "opt_in"
    if folded in _CONSENT_OUT:
        return "opt_out"
    raise ValueError(QT_TRANSLATE_NOOP("Import", "consent value {value!r} not understood (use yes, no or opt-out)")
                     .format(value=value.strip()))


def _pair(chunk: list, future, region: str | None, report: ImportReport, *, wait: bool = True,
          ) -> Iterator[tuple[SourceRecord | RowProblem, Any]]:
    """The chunk's items with their numbers: the worker's answer (``future``; None: no worker took the chunk) if
    it is there (or, with ``wait``, once it is), else normalised here. Without ``wait`` this process never idles
    for a worker that is still starting (a spawned worker needs about a second before its first answer) or
    behind."""
    numbers = None
    if future is not None and (wait or future.done()):
        try:
            numbers = iter(future.result())
        except BrokenProcessPool:  # a worker could not start or died: this chunk is done here instead
            log.warning("import worker process failed; normalising numbers in the importing process")
        else:
            report.worker_chunks += 1
    elif future is not None:
        future.cancel()  # not started yet: no worker spends time on it; started: its answer is dropped
    if numbers is None:
        numbers = iter(normalise_chunk([i.phones for i in chunk if not isinstance(i, RowProblem)], region))
    for item in chunk:
        yield item, None if isinstance(item, RowProblem) else next(numbers)


def _mostly_plain(head: list, region: str | None, share: float) -> bool:
    """Whether at least ``share`` of these records' first numbers are answered from their digits alone."""
    raws = [item.phones[0][1] for item in head if not isinstance(item, RowProblem) and item.phones]
    return bool(raws) and sum(plain_e164(raw, region) is not None for raw in raws) >= share * len(raws)


def _db_time(value: datetime) -> str:
    """A UTC time as ``UTCDateTime`` stores it in SQLite (naive UTC, SQLAlchemy's text format)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _chunks(items: list, size: int = _CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class ContactsImporter:
    """Imports files into one profile's database (``sessions`` from ``klaros_desktop.db.open_database``)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        actor: str = "user",
        bulk_threshold: int = 1000,
        workers: int | None = None,
        pool_threshold: int = POOL_THRESHOLD_BYTES,
        progress: Callable[[int], None] | None = None,
        max_bytes: int | None = None,
        plain_share: float = PLAIN_SHARE,
        wait_for_workers: bool = False,
        writer_threshold: int | object | None = _DEFAULT,
        wait_for_writer: bool = False,
    ):
        self.sessions = sessions
        # files from this size on write in a child process (0: every file, tests; None: never); by default
        # WRITER_THRESHOLD_BYTES, and never on one core: the writer only pays running beside this process
        if writer_threshold is _DEFAULT:
            writer_threshold = WRITER_THRESHOLD_BYTES if default_workers() >= 1 else None
        self.writer_threshold = writer_threshold
        # True: the first batch waits for the writer process to start, instead of the rows being written here if it
        # is not ready when the file is read (tests and the self-test, which must prove it works, whatever the timing)
        self.wait_for_writer = wait_for_writer
        self.max_bytes = max_bytes  # the largest file read; None: MAX_IMPORT_BYTES
        self.actor = actor
        self.bulk_threshold = bulk_threshold  # from this many numbers on, the search index is filled in bulk
        self.workers = default_workers() if workers is None else workers
        self.pool_threshold = pool_threshold  # files from this size on normalise numbers in worker processes
        self.progress = progress  # called with the rows read so far, every PROGRESS_EVERY rows (UI progress bar)
        # A file whose first rows' numbers are at least this share plain valid mobile numbers imports in one process
        # all the same: such a number is read from its digits in less time than it takes to send it to a worker.
        self.plain_share = plain_share  # above 1: no file stays in one process for its numbers (the self-test)
        # True: each chunk waits for its worker's answer instead of being normalised here when the worker is not
        # ready (tests and the self-test, which must prove the workers answer, whatever the timing)
        self.wait_for_workers = wait_for_workers

    def import_file(
        self,
        path: Path,
        *,
        region: str | None = None,
        mapping: dict[str, list[str]] | list[str] | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> ImportReport:
        """Import ``path``; raises ``ImportFileError`` (nothing written but the failed run) if it cannot be read."""
        started = time.perf_counter()
        path = Path(path)
        writer = self._spawn_writer(path)  # starts while the file is read
        try:
            data = read_import_file(path, MAX_IMPORT_BYTES if self.max_bytes is None else self.max_bytes)
            if isinstance(mapping, list):
                mapping = parse_map_options(mapping)
            sha = hashlib.sha256(data).hexdigest()
            cid = correlation.current() or correlation.new_id("cli")
            with correlation.correlated(cid):
                run_id, resumed = self._start_run(path, sha, cid)
                report = ImportReport(run_id=run_id, resumed_run_id=resumed)
                try:
                    with collector.paused(), self.sessions() as session:
                        if writer is None:
                            self._import_here(session, data, path, report, started, region=region, sha=sha,
                                              mapping=mapping, encoding=encoding, delimiter=delimiter)
                        else:
                            self._import_by_writer(session, writer, data, path, report, started, region=region,
                                                   sha=sha, mapping=mapping, encoding=encoding, delimiter=delimiter)
                except BaseException as exc:
                    if writer is not None:
                        writer.close()  # rolls back first: the run's row is then free to be marked failed
                    self._fail_run(run_id, exc)
                    raise
        finally:
            if writer is not None:
                writer.close()
        log.info("import of %s: %s", path.name, report.summary())
        return report

    def _spawn_writer(self, path: Path) -> ImportWriter | None:
        """The writer process for a big file (started, not yet waited for), else None."""
        if self.writer_threshold is None:
            return None
        try:
            if path.stat().st_size < self.writer_threshold:
                return None
            database = self._database_file()
        except OSError:  # read_import_file says what is wrong with the file
            return None
        if database is None:
            return None
        try:
            return ImportWriter.start(database, _writer_pragmas())
        except WriterUnavailable as exc:
            log.warning("%s; importing in this process", exc)
            return None

    def _database_file(self) -> Path | None:
        """The profile's SQLite file (None: not a file database, e.g. in memory)."""
        bind = self.sessions.kw.get("bind")
        url = getattr(bind, "url", None)
        if url is None or url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)

    def _import_here(self, session: Session, data: bytes, path: Path, report: ImportReport, started: float, *,
                     region: str | None, sha: str, **options) -> None:
        """The import in this process, in one transaction on ``session``."""
        run_id = report.run_id
        with session.begin():
            # the first statement writes, so the driver has opened the transaction before any DDL
            session.execute(update(ImportRun).where(ImportRun.id == run_id).values(status="running"))
            region = self._region(session, region)
            records = self._open(data, path, report, **options)
            db = _SessionDb(session)
            self._import(session, lambda: db, records, report, region=region, source=path.name, sha=sha,
                         big=len(data) >= self.pool_threshold)
            report.seconds = time.perf_counter() - started
            self._finish_run(session, run_id, report)
            audit.record(session, "contacts.import", actor=self.actor, subject=f"import_run:{run_id}",
                         details=self._audit_details(path, report))

    def _import_by_writer(self, session: Session, writer: ImportWriter, data: bytes, path: Path,
                          report: ImportReport, started: float, *, region: str | None, sha: str, **options) -> None:
        """The import with its writes in ``writer``'s transaction. ``session`` only reads the profile as it was
        before (region, salt, erased numbers) and holds no transaction while the writer writes. If the writer
        did not start, the import continues on ``session`` as ``_import_here`` does."""
        run_id = report.run_id
        with session.begin():  # the salt is made on first use: committed on its own, before the import
            region = self._region(session, region)
            settings.suppression_salt(session)
        records = self._open(data, path, report, **options)
        here: list[bool] = []

        def open_db() -> _Db:
            session.commit()  # the reads above end: no snapshot or lock of this process is left
            db: _Db | None = None
            if self.wait_for_writer or writer.answered():
                try:
                    writer.opened()
                    db = _WriterDb(writer, lambda sql, params=(): session.connection().exec_driver_sql(
                        sql, tuple(params)).all())
                except WriterUnavailable as exc:
                    log.warning("%s; importing in this process", exc)
            else:  # writing here now costs less than waiting for it and then its writing everything
                log.info("the import's writer process was not ready when the file was read; writing in this process")
                writer.abandon()
            if db is None:
                here.append(True)
                session.begin()
                db = _SessionDb(session, recheck_erased=True)
            db.run("UPDATE import_runs SET status = 'running' WHERE id = ?", (run_id,))
            return db

        db = self._import(session, open_db, records, report, region=region, source=path.name, sha=sha,
                          big=len(data) >= self.pool_threshold,
                          ready=(lambda: True) if self.wait_for_writer else writer.answered)
        report.seconds = time.perf_counter() - started
        if here:
            self._finish_run(session, run_id, report)
            audit.record(session, "contacts.import", actor=self.actor, subject=f"import_run:{run_id}",
                         details=self._audit_details(path, report))
            session.commit()
            return
        now = utcnow()
        db.run("UPDATE import_runs SET status = 'done', finished_at = ?, source_format = ?, total_rows = ?, "
               "imported = ?, merged = ?, skipped = ?, report = ? WHERE id = ?",
               (_db_time(now), report.source_format, report.rows, report.imported, report.merged,
                len(report.skipped), json.dumps(_run_report(report)), run_id))
        row = audit.values("contacts.import", actor=self.actor, subject=f"import_run:{run_id}",
                           details=self._audit_details(path, report), at=now)
        db.run("INSERT INTO audit_events (at, actor, action, subject, correlation_id, details) "
               "VALUES (?, ?, ?, ?, ?, ?)", (_db_time(row["at"]), row["actor"], row["action"], row["subject"],
                                            row["correlation_id"], json.dumps(row["details"])))
        writer.commit()
        report.writer_process = True

    @staticmethod
    def _audit_details(path: Path, report: ImportReport) -> dict[str, Any]:
        return {
            "file": path.name,
            "format": report.source_format,
            "imported": report.imported,
            "merged": report.merged,
            "skipped": len(report.skipped),
            "consent_events": report.consent_events,
        }

    # -- reading ---------------------------------------------------------------------------------------

    def _open(self, data: bytes, path: Path, report: ImportReport, **options) -> Iterable[SourceRecord | RowProblem]:
        decoded = decode_bytes(data, options["encoding"])
        report.encoding = decoded.encoding
        if looks_like_vcard(decoded.text) or path.suffix.lower() in (".vcf", ".vcard"):
            report.source_format = "vcard"
            if options["mapping"]:
                raise ImportFileError(QT_TRANSLATE_NOOP(
                    "Import", "--map applies to CSV files; vCard fields are read by their names"))
            return read_vcards(decoded.text)
        report.source_format = "csv"
        source = read_csv(decoded, mapping=options["mapping"], delimiter=options["delimiter"])
        report.delimiter = source.delimiter
        report.layout = source.plan.layout
        report.columns = source.plan.describe()
        return source.records

    @staticmethod
    def _region(session: Session, region: str | None) -> str | None:
        region = (region or settings.get(session, settings.DEFAULT_REGION) or "").strip().upper() or None
        if region and region not in phonenumbers.SUPPORTED_REGIONS:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "Import", "unknown region {region!r}; use a two-letter country code such as DE, FR or ES").format(
                region=region))
        return region

    # -- the import itself -----------------------------------------------------------------------------

    def _with_numbers(self, records: Iterable[SourceRecord | RowProblem], region: str | None, report: ImportReport,
                      *, big: bool) -> Iterator[tuple[SourceRecord | RowProblem, Any]]:
        """(item, normalised number or reason) per item, in file order; for big files worker processes normalise
        the next chunks of rows while the caller merges and writes the ones before."""
        if big and self.workers >= 1:
            head = list(itertools.islice(records, _SAMPLE_ROWS))
            records = itertools.chain(head, records)
            big = not _mostly_plain(head, region, self.plain_share)
        pool = make_pool(self.workers) if big and self.workers >= 1 else None
        if pool is None:
            for item in records:
                yield item, None if isinstance(item, RowProblem) else pick_number_or_reason(item.phones, region)
            return
        log.info("normalising numbers in %d worker process(es)", self.workers)
        waiting: deque[tuple] = deque()  # (chunk, its worker's future or None)
        chunk: list[SourceRecord | RowProblem] = []
        failed = False

        def submit() -> None:
            nonlocal failed
            phones = [item.phones for item in chunk if not isinstance(item, RowProblem)]
            future = None
            if not failed:
                try:
                    future = pool.submit(normalise_chunk, phones, region)
                except (BrokenProcessPool, RuntimeError, OSError) as exc:  # no worker could start, or one died
                    failed = True
                    log.warning("import worker processes unusable (%s); normalising numbers in the importing "
                                "process", exc)
            waiting.append((chunk, future))

        try:
            for item in records:
                chunk.append(item)
                if len(chunk) == _POOL_CHUNK:
                    submit()
                    chunk = []
                    while len(waiting) > 4 * self.workers:  # keep the workers busy while rows are written
                        yield from _pair(*waiting.popleft(), region, report, wait=self.wait_for_workers)
            if chunk:
                submit()
            while waiting:  # the file is read: what is left is the workers' (or here, if they are not there yet)
                yield from _pair(*waiting.popleft(), region, report, wait=self.wait_for_workers)
        finally:  # done, failed or stopped: chunks not started are dropped, running ones finish, workers exit
            pool.shutdown(wait=True, cancel_futures=True)

    def _import(
        self, session: Session, open_db: Callable[[], _Db], records: Iterable[SourceRecord | RowProblem],
        report: ImportReport, *, region: str | None, source: str, sha: str, big: bool = False,
        ready: Callable[[], bool] | None = None,
    ) -> _Db:
        """Read, merge and write, every ``FLUSH_EVERY`` new numbers, while worker processes parse the next rows.

        Writing as the file is read overlaps the database work with the number parsing. A number seen again
        after its contact was written merges into it by the rules for a contact that existed before the
        import (blanks filled, tags united, notes appended unless already there); consent is written once at
        the end, from the file's last consent value per number, as if the whole file had been read first.

        ``open_db`` gives the import's transaction (``_SessionDb`` on ``session``, or the writer process), asked
        for at the first write: with a writer process, the rows before are read while it starts. ``session``
        reads the salt and the erased numbers; if that was outside the import's transaction, the erased numbers
        are read again inside it, and the import stops if a number was erased in between. Returns the
        transaction's ``_Db``. ``ready``: whether the writer process has opened its transaction (then the rows
        are written every ``WRITER_FLUSH_EVERY`` new numbers; before, they are held).
        """
        salt = settings.suppression_salt(session)
        suppressed = set(session.scalars(select(SuppressedNumber.number_hash).where(SuppressedNumber.scope == "all")))
        pending: dict[str, _Pending] = {}
        consents: dict[str, tuple[str, int]] = {}  # E.164 -> (the file's last consent value, its line)
        ids: dict[str, int] = {}
        skipped = report.skipped
        now = utcnow()
        db: _Db | None = None
        started_empty = False

        def opened() -> _Db:
            nonlocal db, started_empty
            if db is None:
                db = open_db()
                db.written = ids
                if db.recheck_erased:
                    erased = {h for (h,) in db.rows(
                        "SELECT number_hash FROM suppressed_numbers WHERE scope = 'all'")} - suppressed
                    if erased:
                        raise ImportWriterError(ERASED_MEANWHILE)
                started_empty = bool(db.scalar("SELECT NOT EXISTS (SELECT 1 FROM contacts)"))
            return db

        with contextlib.ExitStack() as stack:
            index: _SearchIndexBatch | None = None

            def flush() -> None:
                nonlocal index
                sql = opened()
                if index is None:  # bulk search indexing when the first flush is already big
                    index = stack.enter_context(_SearchIndexBatch(sql, enabled=len(pending) >= self.bulk_threshold))
                # In a profile without contacts (checked inside this write transaction), only numbers an earlier
                # flush wrote can exist; nothing else needs looking up.
                may_exist = [n for n in pending if n in ids] if started_empty else None
                fresh: list[tuple] = []
                written = self._write_contacts(sql, pending, report, now, may_exist, fresh)
                index.index_written(self._write_tags(sql, pending, written), fresh)
                ids.update(written)
                pending.clear()

            progress = self.progress
            rows = 0
            # With a writer process, the rows are held until it is ready, however many: it is asked for first when
            # the file is read, if it is not ready by then (``open_db`` then writes here)
            flush_at = FLUSH_EVERY if ready is None else min(WRITER_FLUSH_EVERY, FLUSH_EVERY)
            # closed here, not when collected: stopping the import (an exception, the caller's included) stops the
            # worker processes before the rollback
            numbered = stack.enter_context(contextlib.closing(self._with_numbers(records, region, report, big=big)))
            for item, number in numbered:
                rows += 1
                if progress is not None and rows % PROGRESS_EVERY == 0:
                    progress(rows)
                if isinstance(item, RowProblem):
                    skipped.append(item)
                    continue
                if isinstance(number, str):
                    skipped.append(RowProblem(item.line, number))
                    continue
                e164, country, others = number
                kind = None
                if item.consent:
                    try:
                        kind = consent_kind(item.consent)
                    except ValueError as exc:
                        skipped.append(RowProblem(item.line, reason_of(exc)))
                        continue
                if suppressed and hmac.new(salt, e164.encode(), hashlib.sha256).hexdigest() in suppressed:
                    skipped.append(RowProblem(item.line, ERASED))
                    continue
                entry = pending.get(e164)
                if entry is None:
                    if len(pending) >= flush_at and (ready is None or db is not None or (
                            not len(pending) % 128 and ready())):
                        flush()
                    entry = pending[e164] = _Pending(item.line, country, item, others)
                else:
                    entry.add(item, others)
                if kind:
                    consents[e164] = (kind, item.line)
            if pending:
                flush()
            report.rows = rows
        skipped.sort(key=lambda p: p.line)
        sql = opened()
        if consents:
            report.consent_events = self._write_consent(sql, consents, ids, now, source, sha)
        return sql

    def _write_contacts(
        self, db: _Db, pending: dict[str, _Pending], report: ImportReport, now: datetime,
        may_exist: list[str] | None = None, fresh: list[tuple] | None = None,
    ) -> dict[str, int]:
        """Insert new contacts and merge into existing ones; returns {E.164: contact id} for every number.
        ``fresh`` gets (id, search name, search phone, notes) of each new contact, in id order, as the search
        index's insert trigger would read them.

        Plain DB-API ``executemany`` in the import's transaction: the ORM's per-row work would cost more than
        parsing the numbers. Values are stored exactly as the ORM stores them.
        """
        stamp = _db_time(now)
        numbers = list(pending) if may_exist is None else may_exist  # the ones that can already have a contact
        existing: dict[str, tuple] = {}
        if numbers:
            # A number the import has not written yet has the contact it had before the import, if any: read
            # without waiting for the writer (``read_before``); the others as the import left them.
            written = db.written
            ours = [n for n in numbers if n in written] if written else []
            theirs = [n for n in numbers if n not in written] if ours else numbers
            for read, wanted in ((db.rows, ours), (db.read_before, theirs)):
                for chunk in _chunks(wanted):
                    marks = ",".join("?" * len(chunk))
                    for row in read(
                        "SELECT id, phone_e164, display_name, notes, custom_fields, wa_id, country FROM contacts "
                        f"WHERE phone_e164 IN ({marks})", tuple(chunk)
                    ):
                        existing[row[1]] = row
        # Ids given explicitly, following the largest one: the transaction holds SQLite's write lock, so nobody
        # else can take them, and nothing has to be read back to learn them (nor, after the first flush, the
        # largest one: it is the last one given).
        next_id = db.next_id()
        new_rows: list[tuple] = []
        ids: dict[str, int] = {}
        updates: dict[tuple[str, ...], list[tuple]] = {}
        imported = merged = 0
        for e164, entry in pending.items():
            row = existing.get(e164) if existing else None
            if row is None:
                imported += 1
                merged += entry.rows - 1
                name = entry.name or None
                wa_id = entry.wa_id or None
                notes = entry.notes[0] if len(entry.notes) == 1 else "\n".join(entry.notes)
                new_rows.append((next_id, name, name_key(name, None, e164), e164, wa_id, entry.country, notes,
                                 json.dumps(entry.custom) if entry.custom else "{}"))
                ids[e164] = next_id
                if fresh is not None:  # SQL's trim() takes spaces only; a new contact has no profile name
                    fresh.append((next_id, name.strip(" ") if name else "", f"{e164} {wa_id}".strip(" ") if wa_id
                                  else e164, notes))
                next_id += 1
                continue
            merged += entry.rows
            contact_id, _phone, name, old_notes, old_custom, wa_id, country = row
            ids[e164] = contact_id
            change: dict[str, Any] = {}
            if not name and entry.name:
                change["display_name"] = entry.name
                change["name_key"] = name_key(entry.name, None, None)
            if not wa_id and entry.wa_id:
                change["wa_id"] = entry.wa_id
            if not country and entry.country:
                change["country"] = entry.country
            old_notes = old_notes or ""
            added = [n for n in entry.notes if n not in old_notes]
            if added:
                change["notes"] = "\n".join([old_notes, *added]) if old_notes else "\n".join(added)
            custom = json.loads(old_custom) if old_custom else {}
            custom = custom if isinstance(custom, dict) else {}
            merged_custom = {**entry.custom, **custom}
            if isinstance(entry.custom.get("other_phones"), list) and isinstance(custom.get("other_phones"), list):
                merged_custom["other_phones"] = custom["other_phones"] + [
                    p for p in entry.custom["other_phones"] if p not in custom["other_phones"]
                ]
            if merged_custom != custom:
                change["custom_fields"] = json.dumps(merged_custom)
            if change:
                columns = tuple(sorted(change))
                updates.setdefault(columns, []).append((*(change[c] for c in columns), stamp, contact_id))
        report.imported += imported
        report.merged += merged
        db.last_id = next_id - 1
        if new_rows:
            db.many(f"INSERT INTO contacts ({', '.join(_CONTACT_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(*row, stamp, stamp) for row in new_rows])
        # One UPDATE per set of changed columns, each run as executemany.
        for columns, rows in updates.items():
            assignments = ", ".join(f"{c} = ?" for c in columns)
            db.many(f"UPDATE contacts SET {assignments}, updated_at = ? WHERE id = ?", rows)
        return ids

    @staticmethod
    def _write_tags(db: _Db, pending: dict[str, _Pending], ids: dict[str, int]) -> dict[int, list[str]]:
        """Link the tags (creating missing ones); returns {contact id: the names of the tags linked now, in tag id
        order} for the contacts that got links. The tags are read once per import (the transaction holds the
        write lock: only the import adds any)."""
        wanted: dict[str, str] = {}
        for entry in pending.values():
            tags = entry.tags
            if tags:
                for folded, name in tags.items():
                    if folded not in wanted:
                        wanted[folded] = name
        if not wanted:
            return {}
        if db.tags is None:
            db.tags = dict(db.rows("SELECT id, name FROM tags"))
        names = db.tags
        tag_ids = {name.casefold(): tag_id for tag_id, name in names.items()}
        missing = [(name,) for folded, name in wanted.items() if folded not in tag_ids]
        if missing:
            db.many("INSERT OR IGNORE INTO tags (name) VALUES (?)", missing)
            names = db.tags = dict(db.rows("SELECT id, name FROM tags"))
            tag_ids = {name.casefold(): tag_id for tag_id, name in names.items()}
        links: list[tuple[int, int]] = []
        linked: dict[int, list[str]] = {}
        for e164, entry in pending.items():
            tags = entry.tags
            if not tags:
                continue
            contact_id = ids[e164]
            if len(tags) == 1:
                (folded,) = tags
                tag_id = tag_ids[folded]
                links.append((contact_id, tag_id))
                linked[contact_id] = [names[tag_id]]
            else:
                ordered = sorted({tag_ids[folded] for folded in tags})
                links.extend((contact_id, tag_id) for tag_id in ordered)
                linked[contact_id] = [names[tag_id] for tag_id in ordered]
        db.many("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)", links)
        return linked

    @staticmethod
    def _write_consent(
        db: _Db, consents: dict[str, tuple[str, int]], ids: dict[str, int], now: datetime, source: str,
        sha: str,
    ) -> int:
        """One consent event per contact whose consent the file changes, with the file and line as evidence.

        "yes" is an opt-in to all messages, "opt-out" an opt-out of all, "no" (``DECLINED``) a marketing opt-out:
        they did not agree to offers, and replies to their own questions stay possible. Nothing is recorded when
        the contact's consent in that scope already is what the file says (the same list imported again, or saved
        again by a spreadsheet), nor is an opt-in from a list allowed to undo an opt-out the customer gave
        themselves (STOP, a button, WhatsApp's settings): a list is older evidence than their own word."""
        marker = f"sha256 {sha[:16]}"
        # The import writes consent events only at the end of this: what is read here is the profile's before it.
        wished = {ids[e164]: wish for e164, wish in consents.items()}
        current: dict[tuple[int, str], tuple[str, str]] = {}  # (contact, scope) -> newest (kind, source)
        already: set[int] = set()  # this very file recorded their consent before
        for chunk in _chunks(list(wished)):
            listed = ",".join(str(int(c)) for c in chunk)
            rows = db.read_before(
                "SELECT contact_id, scope, kind, source FROM (SELECT contact_id, scope, kind, source, row_number() "
                "OVER (PARTITION BY contact_id, scope ORDER BY occurred_at DESC, id DESC) AS n FROM consent_events "
                f"WHERE contact_id IN ({listed})) WHERE n = 1")
            for contact_id, scope, kind, event_source in rows:
                current[(contact_id, scope)] = (kind, event_source)
            already.update(contact_id for (contact_id,) in db.read_before(
                f"SELECT contact_id FROM consent_events WHERE contact_id IN ({listed}) AND source = 'import' "
                "AND detail LIKE '%' || ? || '%'", (marker,)))
        cid = correlation.current()
        stamp = _db_time(now)
        rows = []
        for contact_id, (wish, line) in wished.items():
            if contact_id in already:
                continue
            kind, scope = (("opt_out", "marketing") if wish == DECLINED else (wish, "all"))
            now_kind, now_source = current.get((contact_id, scope), (None, None))
            if now_kind == kind:
                continue
            if kind == "opt_in" and now_kind == "opt_out" and now_source in CUSTOMER_SOURCES:
                continue
            rows.append((contact_id, kind, scope, f"imported from {source} ({marker}), line {line}", stamp, stamp,
                         cid))
        db.many("INSERT INTO consent_events (contact_id, kind, scope, source, detail, occurred_at, created_at, "
                "correlation_id) VALUES (?, ?, ?, 'import', ?, ?, ?, ?)", rows)
        return len(rows)

    # -- the import_runs row ---------------------------------------------------------------------------

    def _start_run(self, path: Path, sha: str, cid: str) -> tuple[int, int | None]:
        with self.sessions() as session, session.begin():
            unfinished = session.scalar(
                select(ImportRun.id)
                .where(ImportRun.source_sha256 == sha, ImportRun.status.in_(("running", "failed")))
                .order_by(ImportRun.id.desc())
                .limit(1)
            )
            run = ImportRun(
                source_name=str(path)[-500:],
                source_format=None,
                source_sha256=sha,
                status="running",
                correlation_id=cid,
            )
            session.add(run)
            session.flush()
            return run.id, unfinished

    @staticmethod
    def _finish_run(session: Session, run_id: int, report: ImportReport) -> None:
        run = session.get(ImportRun, run_id)
        run.status = "done"
        run.finished_at = utcnow()
        run.source_format = report.source_format
        run.total_rows = report.rows
        run.imported = report.imported
        run.merged = report.merged
        run.skipped = len(report.skipped)
        run.report = _run_report(report)

    def _fail_run(self, run_id: int, exc: BaseException) -> None:
        message = str(exc) or type(exc).__name__
        try:
            with self.sessions() as session, session.begin():
                run = session.get(ImportRun, run_id)
                if run is not None:
                    run.status = "failed"
                    run.finished_at = utcnow()
                    run.error = message[:2000]
        except Exception:  # the database itself may be what failed; the caller still gets the first error
            log.exception("could not mark import run %s as failed", run_id)


# The search row of a contact, exactly as migration 0002's triggers write it (a test compares both paths).
_FTS_ROW_SELECT = """
    SELECT c.id,
           trim(coalesce(c.display_name, '') || ' ' || coalesce(c.profile_name, '')),
           trim(coalesce(c.phone_e164, '') || ' ' || coalesce(c.wa_id, '')),
           coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                     WHERE ct.contact_id = c.id), ''),
           coalesce(c.notes, '')
    FROM contacts c"""
_FTS_TAGS_UPDATE = """
    UPDATE contacts_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
        JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = contacts_fts.rowid), '')
    WHERE rowid = ?"""
_BULK_TRIGGERS = ("contacts_fts_ai", "contact_tags_fts_ai")
_CONTACT_COLUMNS = ("id", "display_name", "name_key", "phone_e164", "wa_id", "country", "notes", "custom_fields",
                    "created_at", "updated_at")


class _SearchIndexBatch:
    """Fill ``contacts_fts`` for a big import in one statement per batch instead of one trigger run per row and tag.

    Per-row FTS5 triggers cost about five times the rest of an insert. Inside the import's transaction the
    two insert triggers are dropped; after each batch of contacts is written, ``index_written`` adds the
    batch's index rows with one ``INSERT … SELECT`` and refreshes the tags of contacts indexed before (the
    update trigger keeps their names and notes); at the end the triggers are re-created from their own
    stored SQL. SQLite DDL is transactional and the import holds the write lock for the whole transaction,
    so no other writer ever sees the schema without them, and a failed import rolls back to the triggers as
    they were.
    """

    def __init__(self, db: _Db, *, enabled: bool):
        self.db = db
        self.enabled = enabled
        self.saved: list[str] = []
        self.next_id = 0  # contacts from this id on have no index row yet

    def __enter__(self) -> _SearchIndexBatch:
        if not self.enabled:
            return self
        if not self.db.in_transaction():  # DDL outside a transaction would commit on its own
            self.enabled = False
            return self
        names = ",".join("?" * len(_BULK_TRIGGERS))
        self.saved = [sql for (sql,) in self.db.rows(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})", _BULK_TRIGGERS)]
        if len(self.saved) != len(_BULK_TRIGGERS):  # the schema changed under us: use the triggers as they are
            self.enabled = False
            return self
        self.next_id = self.db.next_id()
        for name in _BULK_TRIGGERS:
            self.db.run(f"DROP TRIGGER {name}")
        return self

    def index_written(self, tagged: dict[int, list[str]], fresh: list[tuple] | None = None) -> None:
        """Index the contacts written since the last call; ``tagged``: contacts that got tag links meanwhile, with
        the names of those tags; ``fresh``: (id, name, phone, notes) of the new contacts, as ``_write_contacts``
        wrote them.

        When ``fresh`` is every contact written since (it is within an import's transaction), their index rows
        are made from it with the tag names: a new contact has no other tags, and SQLite lists a contact's tags
        in tag id order (``contact_tags``' key), as the trigger's ``group_concat`` does; no statement has to
        read the contacts back and join their tags per row. Otherwise they are read back as the triggers would.
        """
        if not self.enabled:
            return
        top = self.db.next_id() - 1
        if fresh and fresh[0][0] == self.next_id and fresh[-1][0] == top and len(fresh) == top - self.next_id + 1:
            self.db.many(
                "INSERT INTO contacts_fts (rowid, name, phone, tags, notes) VALUES (?, ?, ?, ?, ?)",
                [(cid, name, phone, " ".join(tagged.get(cid, ())), notes) for cid, name, phone, notes in fresh])
        elif top >= self.next_id:
            self.db.run(f"INSERT INTO contacts_fts (rowid, name, phone, tags, notes) {_FTS_ROW_SELECT} WHERE c.id >= ?",
                        (self.next_id,))
        indexed_before = [(contact_id,) for contact_id in tagged if contact_id < self.next_id]
        self.db.many(_FTS_TAGS_UPDATE, indexed_before)
        self.next_id = top + 1

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.enabled or exc_type is not None:
            return  # on failure the transaction rolls back, triggers included
        for sql in self.saved:
            self.db.run(sql)


class _Db:
    """The import's transaction, as the import's SQL uses it: ``many`` (executemany) and ``run`` write, ``rows``
    and ``scalar`` read what the transaction sees. It holds SQLite's write lock throughout, so the largest
    contact id and the tags, once read, change only by the import's own writes (kept here)."""

    recheck_erased = True  # the erased numbers were read before this transaction began

    def __init__(self) -> None:
        self.last_id: int | None = None  # the largest contact id (None: not read yet)
        self.tags: dict[int, str] | None = None  # tag id -> name (None: not read yet)
        self.written: dict[str, int] = {}  # E.164 -> contact id of the numbers the import has written
        # Reads the profile as it was before the import (rows the import has not written): by default in the
        # import's transaction; with a writer process, on a connection of this process without waiting for the
        # writer (the writer holds the write lock, so nobody else has changed anything since it began)
        self.read_before = self.rows

    def next_id(self) -> int:
        if self.last_id is None:
            self.last_id = self.scalar("SELECT coalesce(max(id), 0) FROM contacts")
        return self.last_id + 1

    def in_transaction(self) -> bool:
        return True

    def many(self, sql: str, rows: list) -> None:
        raise NotImplementedError

    def run(self, sql: str, params: tuple | list = ()) -> None:
        raise NotImplementedError

    def rows(self, sql: str, params: tuple | list = ()) -> list:
        raise NotImplementedError

    def scalar(self, sql: str, params: tuple | list = ()) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None


class _SessionDb(_Db):
    """The transaction of ``session`` in this process (DB-API calls on its connection)."""

    def __init__(self, session: Session, *, recheck_erased: bool = False):
        super().__init__()
        self.recheck_erased = recheck_erased
        self.conn = session.connection()

    def in_transaction(self) -> bool:
        return bool(getattr(self.conn.connection.dbapi_connection, "in_transaction", False))

    def many(self, sql: str, rows: list) -> None:
        if rows:
            self.conn.exec_driver_sql(sql, rows)

    def run(self, sql: str, params: tuple | list = ()) -> None:
        self.conn.exec_driver_sql(sql, tuple(params))

    def rows(self, sql: str, params: tuple | list = ()) -> list:
        return self.conn.exec_driver_sql(sql, tuple(params)).all()


class _WriterDb(_Db):
    """The transaction of the import's writer process (``import_writer``): writes are sent without waiting."""

    def __init__(self, writer: ImportWriter, read_before: Callable[[str, tuple], list]):
        super().__init__()
        self.writer = writer
        self.many = writer.many
        self.run = writer.run
        self.rows = writer.rows
        self.read_before = read_before


def _writer_pragmas() -> list[str]:
    """The writer process's connection settings: the app's own."""
    from klaros_desktop import db

    return db.connection_pragmas()


def _run_report(report: ImportReport) -> dict[str, Any]:
    """``import_runs.report`` of a finished import."""
    return {
        **report.to_json(),
        "skipped": report.to_json()["skipped"][:REPORT_KEEP],
        "skipped_total": len(report.skipped),
        "encoding": report.encoding,
        "delimiter": report.delimiter,
        "layout": report.layout,
        "columns": report.columns,
        "consent_events": report.consent_events,
        "resumes_run": report.resumed_run_id,
    }


def numbers_in_file(sessions: sessionmaker[Session], path: Path, *, region: str | None = None,
                    mapping: dict[str, list[str]] | list[str] | None = None, encoding: str | None = None,
                    delimiter: str | None = None) -> list[str]:
    """The E.164 number of every usable row, in file order, read exactly as ``import_file`` reads the file
    (a campaign's recipients from a file: the file is imported first, then its numbers chosen). Reads only."""
    path = Path(path)
    importer = ContactsImporter(sessions)
    data = read_import_file(path, MAX_IMPORT_BYTES)
    if isinstance(mapping, list):
        mapping = parse_map_options(mapping)
    with sessions() as session:
        region = importer._region(session, region)
    records = importer._open(data, path, ImportReport(), mapping=mapping, encoding=encoding, delimiter=delimiter)
    numbers: dict[str, None] = {}  # ordered, each number once
    for item in records:
        if isinstance(item, RowProblem):
            continue
        picked = pick_number_or_reason(item.phones, region)
        if isinstance(picked, tuple):
            numbers.setdefault(picked[0])
    return list(numbers)


def import_contacts(sessions: sessionmaker[Session], path: Path, **options) -> ImportReport:
    """Shortcut for ``ContactsImporter(sessions).import_file(path, **options)``."""
    return ContactsImporter(sessions).import_file(path, **options)


def report_json(report: ImportReport) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False)
