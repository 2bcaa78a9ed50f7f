"""``klaros-relay`` commands: migrate, tenants, devices; secrets never taken from arguments."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from relay import cli, db, store
from relay.crypto import MasterKey


@pytest.fixture
def env(tmp_path, database_url, monkeypatch):
    monkeypatch.setenv("KLAROS_RELAY_DATABASE_URL", database_url)
    monkeypatch.setenv("KLAROS_RELAY_MASTER_KEY_FILE", str(tmp_path / "secret" / "master.key"))
    monkeypatch.delenv("KLAROS_RELAY_APP_SECRET", raising=False)
    monkeypatch.delenv("KLAROS_RELAY_VERIFY_TOKEN", raising=False)
    return tmp_path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_before_migrate_explain(env, capsys):
    code, _, err = run(capsys, "tenant", "list")
    assert code == 2 and "migrate" in err


def test_full_cli_flow(env, capsys, monkeypatch):
    code, out, _ = run(capsys, "migrate")
    assert code == 0 and "created master key" in out
    key_file = env / "secret" / "master.key"
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert run(capsys, "migrate")[0] == 0  # idempotent, key kept
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code, _, err = run(capsys, "tenant", "create", "Shop", "--waba-id", "111", "--phone-number-id", "222")
    assert code == 2 and "KLAROS_RELAY_APP_SECRET" in err

    monkeypatch.setenv("KLAROS_RELAY_APP_SECRET", "s3cret-app")
    monkeypatch.setenv("KLAROS_RELAY_VERIFY_TOKEN", "my-verify")
    code, out, _ = run(capsys, "tenant", "create", "Shop", "--waba-id", "111", "--phone-number-id", "222", "--json")
    assert code == 0
    made = json.loads(out)
    assert set(made) == {"tenant_id", "webhook_path", "verify_token"}
    assert made["webhook_path"] == f"/webhooks/meta/{made['tenant_id']}"
    assert made["verify_token"] == "my-verify"
    code, _, err = run(capsys, "tenant", "create", "Dup", "--waba-id", "111", "--phone-number-id", "3")
    assert code == 2 and "already exists" in err

    listed = json.loads(run(capsys, "tenant", "list", "--json")[1])
    assert [t["tenant_id"] for t in listed] == [made["tenant_id"]]
    shown = json.loads(run(capsys, "tenant", "show", made["tenant_id"], "--json")[1])
    assert shown["waba_id"] == "111" and "s3cret-app" not in json.dumps(shown)

    code, out, _ = run(capsys, "device", "add", made["tenant_id"], "--name", "Till", "--json")
    device = json.loads(out)
    assert set(device) == {"device_id", "code"}
    devices = json.loads(run(capsys, "device", "list", made["tenant_id"], "--json")[1])
    assert devices[0]["state"] == "waiting"
    assert run(capsys, "device", "revoke", device["device_id"])[0] == 0
    assert json.loads(run(capsys, "device", "list", "--json")[1])[0]["state"] == "revoked"

    monkeypatch.setenv("KLAROS_RELAY_APP_SECRET", "rotated")
    assert run(capsys, "tenant", "rotate-secret", made["tenant_id"])[0] == 0
    engines = db.make_engines(os.environ["KLAROS_RELAY_DATABASE_URL"])
    try:
        found = store.tenant_secrets(engines, MasterKey.load(key_file), tenant_id=made["tenant_id"])
        assert found.app_secret == b"rotated"
    finally:
        engines.dispose()

    assert run(capsys, "tenant", "delete", made["tenant_id"])[0] == 2
    assert run(capsys, "tenant", "delete", made["tenant_id"], "--yes")[0] == 0
    assert json.loads(run(capsys, "tenant", "list", "--json")[1]) == []
    assert run(capsys, "device", "add", made["tenant_id"], "--name", "x")[0] == 2


def test_serve_refuses_workers_on_sqlite(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KLAROS_RELAY_DATABASE_URL", f"sqlite:///{(tmp_path / 'r.sqlite3').as_posix()}")
    monkeypatch.setenv("KLAROS_RELAY_MASTER_KEY_FILE", str(tmp_path / "k"))
    code, _, err = run(capsys, "serve", "--workers", "2")
    assert code == 2 and "PostgreSQL" in err


def test_python_dash_m_relay_runs():
    result = subprocess.run([sys.executable, "-m", "relay", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "tenant" in result.stdout and "device" in result.stdout
