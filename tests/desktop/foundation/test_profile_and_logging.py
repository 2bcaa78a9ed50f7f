"""Profile folder selection, rotating log with correlation ids, the CLI's --data-dir."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from klaros_desktop import cli, correlation, logging_setup
from klaros_desktop.paths import DATA_DIR_ENV, Profile, default_data_dir, resolve_data_dir


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    assert resolve_data_dir() == default_data_dir()
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir() == tmp_path / "from-env"
    assert resolve_data_dir(tmp_path / "from-cli") == tmp_path / "from-cli"


def test_default_data_dir_is_per_user_and_absolute():
    path = default_data_dir()
    assert path.is_absolute()
    assert "klaros" in str(path).lower()


def test_log_records_carry_the_correlation_id(tmp_path):
    log_file = logging_setup.configure(tmp_path / "logs")
    logger = logging.getLogger("klaros_desktop.test")
    with correlation.correlated(prefix="relay") as cid:
        logger.warning("applied event")
    logger.warning("no cause")
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert any(cid in line and "applied event" in line for line in lines)
    assert any("[-]" in line and "no cause" in line for line in lines)
    assert cid.startswith("relay-")
    assert correlation.current() is None


def test_cli_data_dir_creates_the_profile_for_every_command(tmp_path, capsys):
    target = tmp_path / "shop"
    assert cli.main(["--data-dir", str(target), "self-test"]) == 0
    profile = Profile(target)
    assert profile.database.exists()
    assert (profile.logs / "klaros.log").exists()
    out = capsys.readouterr().out
    assert "ok   database" in out and "self-test passed" in out


def test_env_data_dir_is_honoured(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "envshop"))
    assert cli.main(["self-test"]) == 0
    assert Path(tmp_path / "envshop" / "klaros.sqlite3").exists()


def test_desktop_log_handler_leaves_shared_records_untouched(tmp_path):
    """Demo mode runs the relay in-process: its JSON handler must still see the record as logged."""
    logging_setup.configure(tmp_path / "logs")
    seen: list[logging.LogRecord] = []

    class Spy(logging.Handler):
        def emit(self, record):
            seen.append(record)

    spy = Spy()
    root = logging.getLogger()
    root.addHandler(spy)
    try:
        logging.getLogger("relay.http").warning("webhook stored")
    finally:
        root.removeHandler(spy)
        for handler in [h for h in root.handlers if getattr(h, "_klaros", False)]:
            root.removeHandler(handler)
            handler.close()
    assert seen and not hasattr(seen[0], "correlation_id")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions; Windows profiles live in the user's own AppData")
def test_new_profile_folders_are_private(tmp_path):
    """The database, logs and media hold customers' messages: other local users must not read the folders."""
    old = os.umask(0o022)  # the usual default, under which mkdir makes 0755 folders
    try:
        profile = Profile(tmp_path / "new" / "shop").ensure()
    finally:
        os.umask(old)
    for folder in (profile.root, profile.backups, profile.logs, profile.media):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_an_existing_profile_made_before_is_made_private(tmp_path):
    root = tmp_path / "shop"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    (root / "klaros.sqlite3").write_bytes(b"")
    Profile(root).ensure()
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_folder_that_holds_no_profile_keeps_its_permissions(tmp_path):
    """``--data-dir`` pointed at an existing folder of the user's: Klaros does not change it until it is a profile."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    folder.chmod(0o755)
    Profile(folder).ensure()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_on_windows_no_posix_permission_call_is_made(tmp_path, monkeypatch):
    from klaros_desktop import paths

    def refuse(*_args, **_kwargs):
        raise NotImplementedError("os.chmod is a POSIX call here")

    monkeypatch.setattr(paths, "PRIVATE_FOLDERS", False)  # what os.name == "nt" decides at import
    monkeypatch.setattr(os, "chmod", refuse)
    profile = Profile(tmp_path / "shop").ensure()
    (profile.root / "klaros.sqlite3").write_bytes(b"")
    profile.ensure()
    assert profile.logs.is_dir() and profile.media.is_dir()
