"""Profile folder selection, rotating log with correlation ids, the CLI's --data-dir."""

from __future__ import annotations

import logging
from pathlib import Path

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
