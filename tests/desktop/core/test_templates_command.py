"""``klaros templates edit NAME --lang CODE ...`` against the simulator: the parts given replace the template's,
the rest stay; Meta's rules refuse before sending (exit 3), Meta's refusal is told in words (exit 1)."""

from __future__ import annotations

import httpx
import pytest

from klaros_desktop.cli import main
from klaros_sim.embedded import running_simulator

pytestmark = pytest.mark.slow
NEW_TEXT = "Hallo {{1}}, Ihre Bestellung {{2}} wartet im Laden auf Sie."


@pytest.fixture
def connected(tmp_path, monkeypatch, capsys):
    """A profile connected to a running simulator: (the ``--data-dir`` arguments, the simulator)."""
    with running_simulator(access_token="cli-token", template_review_delay=600) as sim:
        monkeypatch.setenv("KLAROS_META_TOKEN", "cli-token")
        data = ["--data-dir", str(tmp_path / "p")]
        assert main([*data, "connect", "--phone-number-id", sim.config.phone_number_id, "--waba-id",
                     sim.config.waba_id, "--graph-url", sim.base_url]) == 0
        capsys.readouterr()
        yield data, sim


def _node(sim, name: str) -> dict:
    with httpx.Client(base_url=sim.base_url, trust_env=False, headers={"Authorization": "Bearer cli-token"}) as meta:
        listed = meta.get(f"/v23.0/{sim.config.waba_id}/message_templates", params={"name": name}).json()["data"]
    return next(t for t in listed if t["name"] == name)


def test_templates_edit_changes_what_is_given_and_keeps_the_rest(connected, capsys):
    data, sim = connected
    assert main([*data, "templates", "edit", "order_ready", "--lang", "de", "--body", NEW_TEXT,
                 "--footer", "Blumen Becker"]) == 0
    out = capsys.readouterr().out
    assert "order_ready (de)" in out and "in review" in out and "correlation id cli-" in out
    node = _node(sim, "order_ready")
    assert node["status"] == "PENDING" and node["category"] == "UTILITY"
    assert node["components"] == [
        {"type": "BODY", "text": NEW_TEXT, "example": {"body_text": [["Anna", "4711"]]}},
        {"type": "FOOTER", "text": "Blumen Becker"}]


def test_templates_edit_refuses_what_meta_does_not_allow(connected, capsys):
    data, _sim = connected
    edit = [*data, "templates", "edit", "order_ready", "--lang", "de"]
    assert main([*edit, "--category", "MARKETING"]) == 3
    assert "category of an approved template" in capsys.readouterr().err
    assert main(edit) == 3
    assert "Nothing has changed" in capsys.readouterr().err
    assert main([*data, "templates", "edit", "gibt_es_nicht", "--lang", "de", "--body", "Hallo"]) == 3
    assert "no template gibt_es_nicht in de" in capsys.readouterr().err
    assert main([*edit, "--body", NEW_TEXT]) == 0
    capsys.readouterr()
    assert main([*edit, "--body", NEW_TEXT + " Danke!"]) == 3  # Meta reviews the first change
    assert "still reviewing" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # the language is part of the template's name
        main([*data, "templates", "edit", "order_ready"])
    assert usage.value.code == 2 and "--lang" in capsys.readouterr().err


def test_templates_edit_tells_meta_s_refusal_in_words(connected, capsys):
    data, sim = connected
    node = _node(sim, "order_ready")
    with httpx.Client(base_url=sim.base_url, trust_env=False, headers={"Authorization": "Bearer cli-token"}) as meta:
        assert meta.post(f"/v23.0/{node['id']}", json={"components": [  # a change made in WhatsApp Manager
            {"type": "BODY", "text": "Ihre Bestellung ist da, bis bald."}]}).status_code == 200
    sim.decide_template("order_ready", "APPROVED", language="de")
    assert main([*data, "templates", "edit", "order_ready", "--lang", "de", "--body", NEW_TEXT,
                 "--example", "Anna", "--example", "4711"]) == 1
    err = capsys.readouterr().err
    assert "Meta did not accept the template" in err and "24-hour" in err and "(Meta error 100)" in err


def test_templates_edit_sets_a_picture_link_and_call_buttons(connected, capsys, tmp_path):
    """``--header-file``, ``--link-button`` and ``--call-button`` go through the editor's draft and checks: the
    picture is uploaded as the example's handle, the buttons are Meta's URL and PHONE_NUMBER buttons."""
    data, sim = connected
    picture = tmp_path / "torte.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"cake" * 200)
    [body_before] = [c for c in _node(sim, "order_ready")["components"] if c["type"] == "BODY"]
    assert main([*data, "templates", "edit", "order_ready", "--lang", "de", "--header-file", str(picture),
                 "--link-button", "Zum Shop=https://example.com/shop/{{1}},https://example.com/shop/4711",
                 "--call-button", "Anrufen=+49 30 1234567"]) == 0
    assert "in review" in capsys.readouterr().out
    node = _node(sim, "order_ready")
    header, body, buttons = node["components"]
    assert header["type"] == "HEADER" and header["format"] == "IMAGE"
    assert header["example"]["header_handle"][0]  # the upload's handle (Meta shows it as a link)
    assert body == body_before  # what was not given stays
    assert buttons == {"type": "BUTTONS", "buttons": [
        {"type": "URL", "text": "Zum Shop", "url": "https://example.com/shop/{{1}}",
         "example": ["https://example.com/shop/4711"]},
        {"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+49301234567"}]}


def test_templates_edit_says_which_flag_it_cannot_read(connected, capsys, tmp_path):
    data, sim = connected
    edit = [*data, "templates", "edit", "order_ready", "--lang", "de"]
    assert main([*edit, "--link-button", "https://example.com/shop"]) == 2
    assert "--link-button takes LABEL=" in capsys.readouterr().err
    gif = tmp_path / "torte.gif"
    gif.write_bytes(b"GIF89a" + b"x" * 50)
    assert main([*edit, "--header-file", str(gif)]) == 2
    assert "JPEG or PNG picture" in capsys.readouterr().err
    assert main([*edit, "--link-button", "Zum Shop=https://example.com/shop/{{1}}"]) == 3  # no example link
    assert "example of the whole link" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # a text and a file at the top are one or the other
        main([*edit, "--header", "Abholbereit", "--header-file", str(gif)])
    assert usage.value.code == 2
    assert _node(sim, "order_ready")["status"] == "APPROVED"  # nothing was sent


def test_templates_edit_keeps_a_copy_code_button_and_takes_a_header_example(connected, capsys):
    """A template Klaros can now edit whole (a copy-code button, a value in its header): new link buttons do not
    drop the copy-code button, and ``--header-example`` gives the header value's example Meta requires."""
    data, sim = connected
    with httpx.Client(base_url=sim.base_url, trust_env=False, headers={"Authorization": "Bearer cli-token"}) as meta:
        assert meta.post(f"/v23.0/{sim.config.waba_id}/message_templates", json={
            "name": "code_sale", "language": "de", "category": "MARKETING", "components": [
                {"type": "BODY", "text": "Hallo {{1}}, Ihr Code wartet.", "example": {"body_text": [["Anna"]]}},
                {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "SALE20"}]}]}).status_code == 200
    sim.decide_template("code_sale", "REJECTED", language="de")  # the edit reads the templates from Meta first
    edit = [*data, "templates", "edit", "code_sale", "--lang", "de"]
    assert main([*edit, "--header", "Gutschein für {{1}}"]) == 3
    assert "example for the header's value" in capsys.readouterr().err
    assert main([*edit, "--header", "Gutschein für {{1}}", "--header-example", "Anna",
                 "--link-button", "Zum Shop=https://example.com/shop"]) == 0, capsys.readouterr().err
    header, _body, buttons = _node(sim, "code_sale")["components"]
    assert header == {"type": "HEADER", "format": "TEXT", "text": "Gutschein für {{1}}",
                      "example": {"header_text": ["Anna"]}}
    assert buttons["buttons"] == [{"type": "COPY_CODE", "example": "SALE20"},
                                  {"type": "URL", "text": "Zum Shop", "url": "https://example.com/shop"}]
