"""On SQLite the WAL is copied into the database file by the writer's checkpoint thread, beside the group
commits, never inside one: a commit (and every webhook waiting for its 200) waits only for its own fsync."""

from __future__ import annotations

import logging
import struct
from pathlib import Path

import pytest

from relay import checkpoints, db
from relay.embedded import add_device, create_tenant, prepare, relay_settings
from relay.writer import GroupWriter
from tests.relay.conftest import incoming

OLD_DEFAULT_PAGES = 1000  # SQLite's own wal_autocheckpoint


@pytest.fixture
def sqlite_writer(tmp_path):
    settings = relay_settings(tmp_path / "relay", f"sqlite:///{tmp_path / 'relay.db'}")
    prepare(settings)
    shop = create_tenant(settings)
    add_device(settings, shop.tenant_id, "Till")
    engines = db.make_engines(settings.database_url)
    from relay import crypto

    master = crypto.MasterKey.load(settings.master_key_file)
    yield engines, master, shop, Path(tmp_path / "relay.db")
    engines.dispose()


def commit_pages(writer: GroupWriter, shop, pages: int) -> None:
    """Group commits of 40 webhooks of ~4 KiB each until about ``pages`` WAL pages are written."""
    text = "x" * 3500
    for batch in range(pages // 60 + 1):
        writer.commit([incoming(shop, f"{batch}-{n}-{text}") for n in range(40)])


def test_group_commits_leave_the_database_file_to_the_checkpoint_thread(sqlite_writer, monkeypatch):
    engines, master, shop, path = sqlite_writer
    monkeypatch.setattr(checkpoints, "CHECKPOINT_SECONDS", 3600.0)  # the thread never gets to it here
    writer = GroupWriter(engines, master)
    try:
        size = path.stat().st_size
        commit_pages(writer, shop, 2 * OLD_DEFAULT_PAGES)
        assert path.stat().st_size == size  # no commit copied the WAL back
        done = writer.checkpointer.checkpoint()
        assert not done.busy and done.log_frames > 2 * OLD_DEFAULT_PAGES and done.copied == done.log_frames
        assert path.stat().st_size > size + 4 * 1024 * 1024
    finally:
        writer.close()


def log_generation(path: Path) -> int:
    """The WAL header's checkpoint sequence number: it goes up each time the log starts over."""
    with open(f"{path}-wal", "rb") as wal:
        return struct.unpack(">I", wal.read(16)[12:16])[0]


def test_after_the_threads_checkpoint_the_writer_copies_the_rest_so_the_log_starts_over(sqlite_writer, monkeypatch):
    """Under a steady load the writer has appended more by the time the thread's checkpoint ends, and a log with
    frames not yet copied never starts over (it would grow until the automatic bound)."""
    engines, master, shop, path = sqlite_writer
    monkeypatch.setattr(checkpoints, "CHECKPOINT_SECONDS", 3600.0)  # this test plays the thread's part
    writer = GroupWriter(engines, master)
    try:
        commit_pages(writer, shop, 300)
        generation = log_generation(path)
        done = writer.checkpointer.checkpoint()
        assert done.copied == done.log_frames
        commit_pages(writer, shop, 1)  # the whole log was copied: this transaction starts it over
        assert log_generation(path) == generation + 1
        commit_pages(writer, shop, 1)  # the thread's checkpoint ended while these commits ran: not copied
        assert log_generation(path) == generation + 1
        writer.checkpointer.catch_up = True  # what the thread then tells the writer
        commit_pages(writer, shop, 1)  # the writer copies the rest first, so this transaction starts the log over
        assert not writer.checkpointer.catch_up
        assert log_generation(path) == generation + 2
    finally:
        writer.close()


def test_the_log_keeps_starting_over_while_commits_never_stop(sqlite_writer, monkeypatch):
    engines, master, shop, path = sqlite_writer
    monkeypatch.setattr(checkpoints, "CHECKPOINT_SECONDS", 0.01)
    writer = GroupWriter(engines, master)
    try:
        commit_pages(writer, shop, 1)
        generation = log_generation(path)
        for _ in range(1000):  # well under the automatic bound's pages
            commit_pages(writer, shop, 1)
            if log_generation(path) >= generation + 3:
                break
        assert log_generation(path) >= generation + 3
    finally:
        writer.close()


def test_the_thread_checkpoints_after_commits_and_ends_once_idle(sqlite_writer, monkeypatch):
    engines, master, shop, path = sqlite_writer
    monkeypatch.setattr(checkpoints, "CHECKPOINT_SECONDS", 0.02)
    writer = GroupWriter(engines, master)
    try:
        size = path.stat().st_size
        commit_pages(writer, shop, 200)
        assert writer.checkpointer.wait_for(1, timeout=30)
        assert path.stat().st_size > size
        thread = writer.checkpointer._thread
        assert thread is not None or writer.checkpointer.checkpoints >= 1
        if thread is not None:
            thread.join(timeout=30)  # IDLE_ROUNDS quiet periods
            assert not thread.is_alive()
        assert writer.checkpointer._thread is None
        before = writer.checkpointer.checkpoints
        commit_pages(writer, shop, 60)  # a later commit starts it again
        assert writer.checkpointer.wait_for(before + 1, timeout=30)
    finally:
        writer.close()
    assert writer.checkpointer._thread is None


def test_every_connection_keeps_the_automatic_checkpoint_only_as_a_bound(sqlite_writer):
    engines, *_ = sqlite_writer
    for engine in (engines.read, engines.write):
        with engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
            assert pages * conn.exec_driver_sql("PRAGMA page_size").scalar() == db.AUTOCHECKPOINT_BYTES
            assert pages > 10 * OLD_DEFAULT_PAGES


class BrokenEngine:
    def raw_connection(self):
        raise OSError("disk gone")


def test_a_failed_checkpoint_is_one_warning_and_the_next_commit_tries_again(caplog):
    checkpointer = checkpoints.Checkpointer(BrokenEngine(), seconds=0.01)
    try:
        with caplog.at_level(logging.WARNING, logger="relay.checkpoints"):
            checkpointer.committed()
            thread = checkpointer._thread
            thread.join(timeout=30)  # fails once, then idles out
        assert not thread.is_alive()
        assert checkpointer.failures == 1 and checkpointer.checkpoints == 0
        assert [r.getMessage() for r in caplog.records] == [
            "WAL checkpoint failed (OSError); retried after the next commit"]
        checkpointer.committed()
        checkpointer._thread.join(timeout=30)
        assert checkpointer.failures == 2
    finally:
        checkpointer.close()
