"""Configuration by environment: defaults, every variable, clear errors, and the hand-over to workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from relay import cli
from relay.config import DEFAULT_DATABASE_URL, ConfigError, Settings


def test_defaults_are_a_sqlite_file_and_key_in_the_working_directory():
    settings = Settings.from_env({})
    assert settings.database_url == DEFAULT_DATABASE_URL == "sqlite:///klaros-relay.sqlite3"
    assert settings.master_key_file == Path("klaros-relay.key")
    assert settings.max_body_bytes == 4 * 1024 * 1024  # Meta's payloads reach 3 MB
    assert settings.retention_days == 30
    assert settings.pairing_ttl_hours == 24
    assert settings.max_wait_seconds == 30
    assert settings.operator_app_secret is None and settings.operator_verify_token is None
    assert settings.log_level == "info"
    assert settings.max_pull_bytes == 8 * 1024 * 1024
    assert settings.pair_attempts_per_minute == 10 and settings.metrics_token is None
    assert (settings.header_timeout_seconds, settings.body_timeout_seconds) == (10, 30)
    assert (settings.max_connections, settings.max_waiting_pulls, settings.max_pulls_per_device) == (4096, 2048, 4)
    assert settings.is_sqlite
    assert (settings.db_pool_size, settings.db_max_overflow) == (4, 4)


def test_every_variable_is_read_and_survives_the_worker_environment():
    env = {
        "KLAROS_RELAY_DATABASE_URL": "postgresql+psycopg://klaros@db/klaros",
        "KLAROS_RELAY_MASTER_KEY_FILE": "/srv/relay/master.key",
        "KLAROS_RELAY_MAX_BODY_BYTES": "2048",
        "KLAROS_RELAY_RETENTION_DAYS": "7",
        "KLAROS_RELAY_PAIRING_TTL_HOURS": "1.5",
        "KLAROS_RELAY_MAX_WAIT_SECONDS": "90",  # capped: the interface promises at most 30 s
        "KLAROS_RELAY_PRUNE_INTERVAL_SECONDS": "60",
        "KLAROS_RELAY_TENANT_CACHE_SECONDS": "0",
        "KLAROS_RELAY_EPHEMERAL_PER_EVENT": "yes",
        "KLAROS_RELAY_OPERATOR_APP_SECRET": "op-secret",
        "KLAROS_RELAY_OPERATOR_VERIFY_TOKEN": "op-token",
        "KLAROS_RELAY_LOG_LEVEL": "WARNING",
        "KLAROS_RELAY_PAIR_ATTEMPTS_PER_MINUTE": "5",
        "KLAROS_RELAY_METRICS_TOKEN": "scrape",
        "KLAROS_RELAY_MAX_PULL_BYTES": "65536",
        "KLAROS_RELAY_HEADER_TIMEOUT_SECONDS": "5",
        "KLAROS_RELAY_BODY_TIMEOUT_SECONDS": "20",
        "KLAROS_RELAY_MAX_CONNECTIONS": "1000",
        "KLAROS_RELAY_MAX_WAITING_PULLS": "300",
        "KLAROS_RELAY_MAX_PULLS_PER_DEVICE": "2",
        "KLAROS_RELAY_DB_POOL_SIZE": "3",
        "KLAROS_RELAY_DB_MAX_OVERFLOW": "0",
        "KLAROS_RELAY_COMMIT_WAIT_MS": "5",
    }
    settings = Settings.from_env(env)
    assert settings == Settings(
        database_url="postgresql+psycopg://klaros@db/klaros", master_key_file=Path("/srv/relay/master.key"),
        max_body_bytes=2048, retention_days=7, pairing_ttl_hours=1.5, max_wait_seconds=30,
        prune_interval_seconds=60, tenant_cache_seconds=0, operator_app_secret="op-secret",
        operator_verify_token="op-token", ephemeral_per_event=True, log_level="warning",
        pair_attempts_per_minute=5, metrics_token="scrape", max_pull_bytes=65536,
        header_timeout_seconds=5, body_timeout_seconds=20, max_connections=1000, max_waiting_pulls=300,
        max_pulls_per_device=2, db_pool_size=3, db_max_overflow=0, commit_wait_seconds=0.005)
    assert not settings.is_sqlite
    assert Settings.from_env(settings.to_env()) == settings


@pytest.mark.parametrize(("name", "value"), [
    ("KLAROS_RELAY_MAX_BODY_BYTES", "lots"),
    ("KLAROS_RELAY_MAX_BODY_BYTES", "0"),
    ("KLAROS_RELAY_MAX_PULL_BYTES", "0"),
    ("KLAROS_RELAY_PAIR_ATTEMPTS_PER_MINUTE", "-1"),
    ("KLAROS_RELAY_RETENTION_DAYS", "-1"),
    ("KLAROS_RELAY_PRUNE_INTERVAL_SECONDS", "0"),
    ("KLAROS_RELAY_LOG_LEVEL", "chatty"),
    ("KLAROS_RELAY_HEADER_TIMEOUT_SECONDS", "0"),
    ("KLAROS_RELAY_MAX_CONNECTIONS", "10"),
    ("KLAROS_RELAY_MAX_PULLS_PER_DEVICE", "0"),
    ("KLAROS_RELAY_DB_POOL_SIZE", "0"),
    ("KLAROS_RELAY_DB_POOL_SIZE", "2.5"),
    ("KLAROS_RELAY_DB_POOL_SIZE", "many"),
    ("KLAROS_RELAY_DB_MAX_OVERFLOW", "-1"),
    ("KLAROS_RELAY_COMMIT_WAIT_MS", "-1"),
    ("KLAROS_RELAY_COMMIT_WAIT_MS", "25"),
])
def test_unusable_values_name_the_variable(name, value):
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value})


def test_cli_reports_a_bad_setting_without_a_traceback(monkeypatch, capsys):
    monkeypatch.setenv("KLAROS_RELAY_RETENTION_DAYS", "forever")
    assert cli.main(["tenant", "list"]) == 2
    err = capsys.readouterr().err
    assert "KLAROS_RELAY_RETENTION_DAYS" in err and "Traceback" not in err


def test_a_pool_setting_that_is_not_a_whole_number_says_so():
    whole = r"KLAROS_RELAY_DB_POOL_SIZE must be a whole number of at least 1, got '2\.5'"
    with pytest.raises(ConfigError, match=whole):
        Settings.from_env({"KLAROS_RELAY_DB_POOL_SIZE": "2.5"})
    with pytest.raises(ConfigError, match=r"KLAROS_RELAY_DB_MAX_OVERFLOW must be a whole number of at least 0"):
        Settings.from_env({"KLAROS_RELAY_DB_MAX_OVERFLOW": "-1"})


def test_cli_refuses_a_bad_pool_size_before_touching_the_database(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("KLAROS_RELAY_DATABASE_URL", f"sqlite:///{(tmp_path / 'never.sqlite3').as_posix()}")
    monkeypatch.setenv("KLAROS_RELAY_DB_POOL_SIZE", "lots")
    assert cli.main(["serve"]) == 2
    err = capsys.readouterr().err
    assert "KLAROS_RELAY_DB_POOL_SIZE" in err and "Traceback" not in err
    assert not (tmp_path / "never.sqlite3").exists()
