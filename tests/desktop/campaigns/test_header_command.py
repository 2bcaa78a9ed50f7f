"""``klaros campaign create --header-var / --header-location`` against the simulator."""

from __future__ import annotations

import json

import pytest

from klaros_sim.templates import Template

CSV = "Name,Phone,Tags\nAnna Berg,+4915100000501,vip\n,+4915100000502,vip\n"


@pytest.fixture
def shop(tmp_path, sim, request):
    sim.simulator.templates["891"] = Template(
        "sendung_da", "de", "UTILITY",
        [{"type": "HEADER", "format": "TEXT", "text": "Sendung {{1}}", "example": {"header_text": ["AB1"]}},
         {"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist da.", "example": {"body_text": [["Anna"]]}}],
        status="APPROVED", id="891")
    sim.simulator.templates["892"] = Template(
        "neuer_laden", "de", "UTILITY",
        [{"type": "HEADER", "format": "LOCATION"},
         {"type": "BODY", "text": "Hallo {{1}}, wir haben neu eröffnet!", "example": {"body_text": [["Anna"]]}}],
        status="APPROVED", id="892")

    run = request.getfixturevalue("klaros_cli")  # connected after what is set up above
    file = tmp_path / "kunden.csv"
    file.write_text(CSV, encoding="utf-8")
    assert run("contacts", "import", str(file))[0] == 0
    return run


def _json(result):
    code, out = result
    assert code == 0, out
    return json.loads(out)


def test_header_var_fills_the_title_and_is_sent(shop, sim):
    created = _json(shop("campaign", "create", "Sendungen", "--template", "sendung_da", "--lang", "de", "--tag",
                         "vip", "--var", "1=first_name|Kundin", "--header-var", "first_name|Ihre Bestellung", "--json"))
    assert created["recipients"] == 2
    shown = _json(shop("campaign", "preview", "1", "--contact", "+4915100000501", "--json"))
    assert shown["header"] == {"type": "text", "text": "Sendung Anna"}
    assert _json(shop("campaign", "start", "1", "--wait", "--json"))["sent"] == 2
    headers = {m["to"]: m["payload"]["template"]["components"][0] for m in sim.outbound()}
    assert headers == {
        "4915100000501": {"type": "header", "parameters": [{"type": "text", "text": "Anna"}]},
        "4915100000502": {"type": "header", "parameters": [{"type": "text", "text": "Ihre Bestellung"}]}}


def test_header_location_is_checked_and_sent(shop, sim):
    code, _ = shop("campaign", "create", "Laden", "--template", "neuer_laden", "--lang", "de", "--tag", "vip",
                   "--var", "1=first_name|Kundin", "--header-location", "52.5,200,Laden,Straße 1", "--json")
    assert code != 0 and "longitude" in shop.err
    _json(shop("campaign", "create", "Laden", "--template", "neuer_laden", "--lang", "de", "--tag", "vip",
               "--var", "1=first_name|Kundin", "--json"))
    code, _ = shop("campaign", "start", "1", "--wait", "--json")
    assert code != 0 and "--header-location" in shop.err and sim.outbound() == []
    assert _json(shop("campaign", "start", "1", "--wait", "--header-location",
                      "52.5292,13.4012,Laden Mitte,Torstraße 1, Berlin", "--json"))["sent"] == 2
    assert {json.dumps(m["payload"]["template"]["components"][0]) for m in sim.outbound()} == {json.dumps(
        {"type": "header", "parameters": [{"type": "location", "location": {
            "latitude": "52.5292", "longitude": "13.4012", "name": "Laden Mitte", "address": "Torstraße 1, Berlin"}}]})}
