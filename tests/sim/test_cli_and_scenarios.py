"""``klaros-sim`` subcommands against a running simulator, scenario files, and settings from the environment."""

from __future__ import annotations

import json

import pytest

from klaros_sim import scenario
from klaros_sim.cli import main
from klaros_sim.config import ConfigError, SimConfig
from klaros_sim.control import SimControl, SimControlError, messages_in

CUSTOMER = "+4915112345678"


def run(capsys, sim, *argv) -> tuple[int, object]:
    code = main(["--sim", sim.base_url, *argv])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if code == 0 else out.err)


def test_say_media_location_press_via_cli(sim, hooks, capsys, tmp_path):
    code, said = run(capsys, sim, "say", CUSTOMER, "Hallo vom Terminal", "--name", "Anna")
    assert code == 0 and said["text"]["body"] == "Hallo vom Terminal"
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xffphoto")
    code, media = run(capsys, sim, "media", CUSTOMER, "image", "--file", str(photo), "--caption", "So eins")
    assert code == 0 and media["image"]["caption"] == "So eins"
    assert sim.simulator.media[media["image"]["id"]].data == b"\xff\xd8\xffphoto"
    code, loc = run(capsys, sim, "location", CUSTOMER, "52.52", "13.405", "--name", "Laden")
    assert code == 0 and loc["location"] == {"latitude": 52.52, "longitude": 13.405, "name": "Laden"}
    code, press = run(capsys, sim, "press", CUSTOMER, "Interessiert", "--reply-to", said["id"])
    assert code == 0 and press["button"] == {"payload": "Interessiert", "text": "Interessiert"}
    assert press["context"]["id"] == said["id"]
    code, react = run(capsys, sim, "react", CUSTOMER, said["id"], "👍")
    assert code == 0 and react["reaction"]["emoji"] == "👍"
    sim.wait_idle()
    assert len(hooks.bodies) == 5


def test_stop_not_on_whatsapp_advance_set_via_cli(sim, hooks, capsys):
    code, stopped = run(capsys, sim, "stop", CUSTOMER)
    assert code == 0 and stopped["text"]["body"] == "STOP"
    assert sim.simulator.customers["4915112345678"].marketing_opt_out
    code, _ = run(capsys, sim, "not-on-whatsapp", "+4915900000000")
    assert code == 0 and not sim.simulator.customers["4915900000000"].on_whatsapp
    assert sim.simulator.window_open(sim.simulator.customers["4915112345678"])
    code, clock = run(capsys, sim, "advance", "25h")
    assert code == 0 and clock["offset"] == 25 * 3600
    assert not sim.simulator.window_open(sim.simulator.customers["4915112345678"])
    code, settings = run(capsys, sim, "set", "delivery_delay=2", "read_delay=none", "failure_rate=0.25")
    assert code == 0 and (settings["delivery_delay"], settings["read_delay"], settings["failure_rate"]) == (
        2.0, None, 0.25)


def test_cli_errors_are_clear(sim, capsys):
    code, err = run(capsys, sim, "set", "nonsense=1")
    assert code == 1 and "nonsense" in err
    code, err = run(capsys, sim, "advance", "soon")
    assert code == 1 and "duration" in err
    assert main(["--sim", "http://127.0.0.1:9", "say", CUSTOMER, "x"]) == 1
    assert "cannot reach the simulator" in capsys.readouterr().err


def test_bundled_shop_day_scenario_plays(sim, hooks, capsys):
    code, result = run(capsys, sim, "scenario", "shop_day", "--speed", "1000")
    assert code == 0 and result["steps"] == len(scenario.load(scenario.BUNDLED / "shop_day.yaml")["steps"])
    sim.wait_idle()
    types = {m["type"] for b in hooks.bodies for m in messages_in(b)}
    assert types >= {"text", "image", "location", "audio", "document", "button", "contacts", "sticker",
                     "unsupported"}
    assert any(len(messages_in(b)) == 2 for b in hooks.bodies)  # the batched step


def test_json_scenario_and_results(sim, tmp_path):
    path = tmp_path / "day.json"
    path.write_text(json.dumps({"steps": [
        {"say": {"from": CUSTOMER, "body": "Morgen!"}},
        {"advance": "2d"},
        {"configure": {"read_delay": None}},
        {"not_on_whatsapp": "+4915900000000"},
    ]}), encoding="utf-8")
    results = scenario.play(sim, scenario.load(path))
    assert results[0]["text"]["body"] == "Morgen!" and results[1]["offset"] == 2 * 86400
    assert sim.settings()["read_delay"] is None


def test_bad_scenario_refused_before_anything_is_sent(sim, tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("steps:\n  - say: {from: '+4915112345678', body: x}\n  - shout: {}\n", encoding="utf-8")
    with pytest.raises(scenario.ScenarioError, match="step 2"):
        scenario.load(path)
    path.write_text("not: [a scenario", encoding="utf-8")
    with pytest.raises(scenario.ScenarioError, match="not valid"):
        scenario.load(path)
    assert sim.deliveries() == []


def test_control_refusal_is_reported(sim):
    with pytest.raises(SimControlError, match="needs 'body'"):
        sim.message(CUSTOMER, "text")
    with pytest.raises(SimControlError, match="unknown customer message type"):
        sim.message(CUSTOMER, "hologram")


def test_settings_from_environment():
    config = SimConfig.from_env({"KLAROS_SIM_PORT": "9999", "KLAROS_SIM_READ_DELAY": "none",
                                 "KLAROS_SIM_OUT_OF_ORDER": "yes", "KLAROS_SIM_APP_SECRET": "s"},
                                app_secret="flag-wins")
    assert (config.port, config.read_delay, config.out_of_order, config.app_secret) == (9999, None, True, "flag-wins")
    with pytest.raises(ConfigError, match="KLAROS_SIM_PORT"):
        SimConfig.from_env({"KLAROS_SIM_PORT": "eighty"})


def test_sim_url_from_environment(monkeypatch, sim):
    monkeypatch.setenv("KLAROS_SIM_URL", sim.base_url)
    with SimControl() as control:
        assert control.health()["phone_number_id"] == sim.config.phone_number_id


def test_clock_hold_release_choose_resume_via_cli(sim, hooks, capsys):
    code, clock = run(capsys, sim, "clock", "--freeze")
    assert code == 0 and clock["frozen"] is True
    code, later = run(capsys, sim, "advance", "90s")
    assert code == 0 and later["now"] == clock["now"] + 90
    code, shown = run(capsys, sim, "clock")
    assert code == 0 and shown["now"] == later["now"]
    assert run(capsys, sim, "hold")[0] == 0
    code, chosen = run(capsys, sim, "choose", CUSTOMER, "pickup", "Abholen")
    assert code == 0 and chosen["interactive"] == {"type": "button_reply",
                                                   "button_reply": {"id": "pickup", "title": "Abholen"}}
    code, row = run(capsys, sim, "choose", CUSTOMER, "t1", "Torte", "--list")
    assert code == 0 and row["interactive"]["type"] == "list_reply"
    code, resumed = run(capsys, sim, "resume", CUSTOMER)
    assert code == 0 and resumed["marketing_opt_out"] is False
    assert hooks.bodies == []  # held
    code, released = run(capsys, sim, "release")
    assert code == 0 and released["held"] == 0
    body = hooks.wait_for(lambda b: True)
    assert [c["field"] for c in body["entry"][0]["changes"]] == ["messages", "messages", "user_preferences"]
    sim.wait_idle()
    code, deliveries = run(capsys, sim, "webhooks")
    assert code == 0 and len(deliveries) == 1 and deliveries[0]["delivered"]
    code, outbound = run(capsys, sim, "outbound")
    assert code == 0 and outbound == []
    code, verified = run(capsys, sim, "verify-callback", "demo-verify-token")
    assert code == 0 and verified["ok"] is True
    code, _ = run(capsys, sim, "clock", "--unfreeze")
    assert code == 0 and sim.clock()["frozen"] is False


def test_serve_flags_override_environment(monkeypatch):
    """``serve`` takes each setting from its flag, else ``KLAROS_SIM_*``, else the demo default."""
    import klaros_sim.cli as cli

    seen = {}
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(config=app.state.sim.config, **kw))
    monkeypatch.setenv("KLAROS_SIM_WABA_ID", "777")
    monkeypatch.setenv("KLAROS_SIM_CALLBACK_URL", "http://127.0.0.1:1/env")
    monkeypatch.setenv("KLAROS_SIM_DELIVERY_DELAY", "2.5")
    assert cli.main(["serve", "--port", "9123", "--callback-url", "http://127.0.0.1:1/flag",
                     "--access-token", "tok", "--phone-number-id", "555"]) == 0
    config = seen["config"]
    assert (config.port, config.callback_url, config.access_token, config.phone_number_id, config.waba_id,
            config.delivery_delay, config.app_secret) == (9123, "http://127.0.0.1:1/flag", "tok", "555", "777", 2.5,
                                                          "demo-app-secret")
    assert seen["port"] == 9123 and seen["host"] == "127.0.0.1"


def test_cli_finds_the_simulator_through_the_environment(monkeypatch, sim, capsys):
    monkeypatch.setenv("KLAROS_SIM_URL", sim.base_url)
    assert main(["say", CUSTOMER, "ohne --sim"]) == 0
    assert json.loads(capsys.readouterr().out)["text"]["body"] == "ohne --sim"


def test_sim_url_after_the_verb(sim, capsys):
    """``--sim`` is accepted after the verb as well as before it; the one nearer the verb's arguments wins."""
    assert main(["say", "--sim", sim.base_url, CUSTOMER, "nach dem Verb"]) == 0
    assert json.loads(capsys.readouterr().out)["text"]["body"] == "nach dem Verb"
    assert main(["clock", "--freeze", "--sim", sim.base_url]) == 0
    assert json.loads(capsys.readouterr().out)["frozen"] is True and sim.clock()["frozen"] is True
    assert main(["--sim", sim.base_url, "say", CUSTOMER, "davor"]) == 0  # the verb does not reset it
    assert json.loads(capsys.readouterr().out)["text"]["body"] == "davor"
    assert main(["--sim", sim.base_url, "say", "--sim", "http://127.0.0.1:9", CUSTOMER, "x"]) == 1
    assert "cannot reach the simulator" in capsys.readouterr().err
