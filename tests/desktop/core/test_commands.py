"""The `klaros` core commands as a shop owner meets them: clear refusals, nothing stored on failure,
Ctrl+C stops a long-running sync cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from klaros_desktop.cli import main
from relay.embedded import RelayServer, sign, webhook_body

pytestmark = pytest.mark.slow


def _env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(NO_PROXY="127.0.0.1,localhost",
               PYTHON_KEYRING_BACKEND="klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring",
               KLAROS_TEST_KEYRING_FILE=str(tmp_path / "keyring.json"), **extra)
    return env


def test_commands_explain_what_is_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("KLAROS_META_TOKEN", raising=False)
    data = str(tmp_path / "p")
    assert main(["--data-dir", data, "sync", "--once"]) == 1
    assert "klaros pair" in capsys.readouterr().err
    assert main(["--data-dir", data, "send", "+4915112345678", "Hallo"]) == 2
    assert "klaros connect" in capsys.readouterr().err
    assert main(["--data-dir", data, "send", "+4915112345678"]) == 2
    assert "--template" in capsys.readouterr().err
    assert main(["--data-dir", data, "send", "+4915112345678", "--template", "x"]) == 2
    assert "--lang" in capsys.readouterr().err
    photo = tmp_path / "tulpen.jpg"
    photo.write_bytes(b"\xff\xd8\xff cake")
    assert main(["--data-dir", data, "send", "+4915112345678", "Hallo", "--header-file", str(photo)]) == 2
    assert "--header-file goes with --template" in capsys.readouterr().err
    assert main(["--data-dir", data, "send", "+4915112345678", "--template", "x", "--lang", "de",
                 "--header-file", str(tmp_path / "missing.jpg")]) == 2
    assert "there is no file" in capsys.readouterr().err


def test_a_commands_own_lang_is_the_templates_language_not_the_screens(tmp_path, capsys, monkeypatch):
    """`klaros send … --template T --lang de` names the template's language; only `klaros --lang de …` before
    the command picks the screens' language (for one run, through KLAROS_LANG)."""
    monkeypatch.delenv("KLAROS_META_TOKEN", raising=False)
    monkeypatch.delenv("KLAROS_LANG", raising=False)
    data = str(tmp_path / "p")
    assert main(["--data-dir", data, "send", "+4915112345678", "--template", "x", "--lang", "de"]) == 2
    assert "KLAROS_LANG" not in os.environ
    assert main(["--data-dir", data, "--lang", "de", "send", "+4915112345678", "Hallo"]) == 2
    assert os.environ.get("KLAROS_LANG") == "de"


def test_connect_with_a_bad_token_stores_nothing(tmp_path, capsys, monkeypatch):
    from klaros_desktop import secrets
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.setup import wiring
    from klaros_sim.embedded import running_simulator

    data = tmp_path / "p"
    with running_simulator(access_token="the-right-token") as sim:
        monkeypatch.setenv("KLAROS_META_TOKEN", "a-wrong-token")
        args = ["--data-dir", str(data), "connect", "--phone-number-id", sim.config.phone_number_id,
                "--waba-id", sim.config.waba_id, "--graph-url", sim.base_url]
        assert main(args) == 1
        assert "live check failed" in capsys.readouterr().err
        assert wiring.secret_store(Profile(data)).get(secrets.META_ACCESS_TOKEN) is None
        monkeypatch.setenv("KLAROS_META_TOKEN", "the-right-token")
        assert main(args) == 0
        assert wiring.secret_store(Profile(data)).get(secrets.META_ACCESS_TOKEN) == "the-right-token"


def test_connect_asks_for_the_token_with_a_hidden_prompt(tmp_path, capsys, monkeypatch):
    from klaros_desktop import secrets
    from klaros_desktop.paths import Profile
    from klaros_desktop.services.setup import wiring
    from klaros_sim.embedded import running_simulator

    data = tmp_path / "p"
    monkeypatch.delenv("KLAROS_META_TOKEN", raising=False)
    with running_simulator(access_token="typed-token") as sim:
        args = ["--data-dir", str(data), "connect", "--phone-number-id", sim.config.phone_number_id,
                "--waba-id", sim.config.waba_id, "--graph-url", sim.base_url]
        monkeypatch.setattr("sys.stdin.isatty", lambda: False)
        assert main(args) == 2  # no terminal to ask in, no variable: nothing is done
        assert "KLAROS_META_TOKEN" in capsys.readouterr().err
        prompts = []
        monkeypatch.setattr("sys.stdin.isatty", lambda: True)
        monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or " typed-token\n")
        assert main(args) == 0
        assert prompts and "hidden" in prompts[0]
        assert "typed-token" not in capsys.readouterr().out
    assert wiring.secret_store(Profile(data)).get(secrets.META_ACCESS_TOKEN) == "typed-token"
    assert b"typed-token" not in (data / "klaros.sqlite3").read_bytes()


def test_sync_long_polls_and_stops_cleanly_on_ctrl_c(tmp_path):
    import httpx

    if sys.platform == "win32":
        pytest.skip("SIGINT to a child process is POSIX-only; Ctrl+C is KeyboardInterrupt on Windows")
    env = _env(tmp_path)
    data = tmp_path / "p"
    with RelayServer(tmp_path / "relay") as relay:
        shop = relay.create_tenant("Shop")
        code = relay.add_device(shop.tenant_id, "Till")
        pair = subprocess.run([sys.executable, "-m", "klaros_desktop", "--data-dir", str(data), "pair", "--relay",
                               relay.url, "--code", code.code], env=env, capture_output=True, text=True, timeout=60)
        assert pair.returncode == 0, pair.stderr
        proc = subprocess.Popen([sys.executable, "-m", "klaros_desktop", "--data-dir", str(data), "sync",
                                 "--wait", "5"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout.readline().startswith("Syncing")
            body = webhook_body(shop, text="Sind Sie offen?", wamid="wamid.longpoll")
            response = httpx.post(relay.url + shop.webhook_path, content=body, trust_env=False,
                                  headers={"X-Hub-Signature-256": sign(body, shop.app_secret),
                                           "Content-Type": "application/json"})
            assert response.status_code == 200
            line = proc.stdout.readline()  # printed once the long poll woke and the page was applied
            assert "1 new message," in line, line
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        assert "Sync done" in out


def test_an_unconfirmed_send_exits_4_so_a_retrying_script_does_not_send_it_twice(tmp_path, capsys, monkeypatch):
    """Exit 1 (Meta refused) is safe to try again; an unconfirmed send may have reached the customer."""
    from klaros_desktop.commands import send as send_command
    from klaros_desktop.graph.errors import ServerError, UnconfirmedSend
    from klaros_desktop.services.messaging import policy
    from klaros_desktop.services.messaging.sending import SendOutcome

    error = UnconfirmedSend(ServerError(code=None, title="HTTP 500", http_status=500, correlation_id="cli-x"))

    async def lost_answer(ctx, args):
        return SendOutcome(False, policy.ALLOWED, message_id=1, error=str(error.explanation), correlation_id="cli-x",
                           exc=error)

    monkeypatch.setattr(send_command, "send", lost_answer)
    assert main(["--data-dir", str(tmp_path / "p"), "send", "+4915112345678", "Hallo"]) == send_command.EXIT_UNCONFIRMED
    err = capsys.readouterr().err
    assert err.startswith("Unconfirmed:") and "may have reached the customer" in err
