"""``klaros campaign ...`` as a shop owner uses it, against the simulator: JSON outputs, refusals exit non-zero."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

CSV = "Name,Phone,Tags\nAnna Berg,+4915100000201,vip\nBen,+4915100000202,vip\n,+4915100000203,vip\n" \
      "Cem,+4915100000204,stamm\n"


@pytest.fixture
def shop(tmp_path, klaros_cli):
    """A connected profile with four imported customers; returns a runner: run(*args) -> (exit, stdout)."""
    run = klaros_cli
    file = tmp_path / "kunden.csv"
    file.write_text(CSV, encoding="utf-8")
    assert run("contacts", "import", str(file))[0] == 0
    return run


def _json(result):
    code, out = result
    assert code == 0, out
    return json.loads(out)


def test_create_start_status_export(shop, sim, tmp_path):
    created = _json(shop("campaign", "create", "Abholung", "--template", "order_ready", "--lang", "de",
                         "--tag", "vip", "--var", "1=first_name|Kundin", "--var", "2=text:4711", "--json"))
    # the bundled card has no sourced rate for Germany: the forecast says so instead of guessing
    assert created == {"campaign_id": 1, "recipients": 3, "excluded": [], "forecast": {
        "currency": "USD", "rates_as_of": "2025-07-01", "total": 0.0, "unknown_markets": ["DE"]}}
    code, out = shop("campaign", "preview", "1", "--contact", "+4915100000203")
    assert code == 0 and out.strip() == "Hallo Kundin, Ihre Bestellung 4711 liegt zur Abholung bereit."
    assert _json(shop("campaign", "start", "1", "--rate", "20", "--wait", "--json")) == {
        "sent": 3, "skipped": 0, "failed": 0, "held": 0}
    assert _json(shop("campaign", "status", "1", "--json")) == {
        "state": "done", "queued": 0, "sent": 3, "delivered": 0, "read": 0, "replied": 0, "failed": 0,
        "skipped": 0, "held": 0}
    sent = Counter(m["to"] for m in sim.outbound())
    assert sent == Counter({"4915100000201": 1, "4915100000202": 1, "4915100000203": 1})
    out_file = tmp_path / "ergebnis.csv"
    assert shop("campaign", "export", "1", str(out_file))[0] == 0
    with out_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["state"] for r in rows] == ["sent"] * 3 and rows[0]["name"] == "Anna Berg"
    code, _ = shop("campaign", "start", "1", "--json")  # started already
    assert code == 3 and "already started" in shop.err
    code, _ = shop("campaign", "release", "1", "--recipient", "+4915100000201", "--drop")
    assert code == 3 and "not held" in shop.err


def test_an_empty_variable_refuses_to_start(shop, sim):
    _json(shop("campaign", "create", "Ohne", "--template", "order_ready", "--lang", "de", "--tag", "vip",
               "--var", "1=first_name", "--var", "2=text:4711", "--json"))
    code, _ = shop("campaign", "start", "1", "--wait", "--json")
    assert code == 3 and "+4915100000203: {{1}}" in shop.err
    assert sim.outbound() == []
    assert _json(shop("campaign", "status", "1", "--json"))["state"] == "draft"
    assert _json(shop("campaign", "cancel", "1", "--json")) == {"state": "cancelled"}


def test_recipients_from_a_csv_file_and_pause_resume(shop, sim, tmp_path):
    file = tmp_path / "liste.csv"
    file.write_text("Telefon;Name\n+4915100000204;Cem\n+4915100000299;Neu Kunde\n", encoding="utf-8")
    created = _json(shop("campaign", "create", "Liste", "--template", "order_ready", "--lang", "de", "--csv",
                         str(file), "--var", "1=name", "--var", "2=phone", "--json"))
    assert created["recipients"] == 2  # the new number was imported first, then chosen
    assert shop("campaign", "pause", "1")[0] == 3  # not running yet
    assert _json(shop("campaign", "start", "1", "--json"))["sent"] == 2
    code, _ = shop("campaign", "resume", "1", "--json")
    assert code == 3 and "nothing to resume" in shop.err


def test_create_refuses_an_unknown_template(shop):
    code, _ = shop("campaign", "create", "X", "--template", "gibt_es_nicht", "--lang", "de", "--tag", "vip",
                   "--json")
    assert code == 3 and "not known" in shop.err
    code, _ = shop("campaign", "create", "X", "--template", "order_ready", "--lang", "de", "--json")
    assert code == 2


def test_create_forecasts_with_an_imported_rate_card(shop, tmp_path):
    """After importing Meta's rate CSV, the forecast prices the German recipients: 3 utility messages outside
    the window at the card's 0.0500 USD (the synthetic fixture's figure)."""
    from pathlib import Path

    rates = Path(__file__).resolve().parents[2] / "fixtures" / "pricing" / "meta_rates_usd.csv"
    code, _out = shop("rates", "import", str(rates), "--effective", "2026-01-01")
    assert code == 0 and "line 10" in shop.err
    created = _json(shop("campaign", "create", "Abholung", "--template", "order_ready", "--lang", "de",
                         "--tag", "vip", "--var", "1=first_name|Kundin", "--var", "2=text:4711", "--json"))
    assert created["forecast"] == {"currency": "USD", "rates_as_of": "2026-01-01", "total": 0.15,
                                   "unknown_markets": []}
    code, out = shop("campaign", "create", "Nochmal", "--template", "order_ready", "--lang", "de",
                     "--tag", "vip", "--var", "1=first_name|Kundin", "--var", "2=text:4711")
    assert code == 0 and "Cost forecast: 0.15 USD for 3 charged message(s), 0 free" in out


def test_status_and_preview_show_the_cost(shop):
    """The human outputs say what is still to send costs and what one contact's message costs; the limit tier
    read from Meta at create (the simulator's TIER_250) gives the share of the messaging limit."""
    from pathlib import Path

    rates = Path(__file__).resolve().parents[2] / "fixtures" / "pricing" / "meta_rates_usd.csv"
    assert shop("rates", "import", str(rates), "--effective", "2026-01-01")[0] == 0
    assert shop("campaign", "create", "Abholung", "--template", "order_ready", "--lang", "de", "--tag", "vip",
                "--var", "1=first_name|Kundin", "--var", "2=text:4711")[0] == 0
    code, out = shop("campaign", "status", "1")
    assert code == 0 and "Still to send (3 queued):" in out
    assert "Uses 1% of your messaging limit (3 of 250 customers a day outside their 24-hour window)." in out
    code, out = shop("campaign", "preview", "1", "--contact", "+4915100000201")
    assert code == 0 and "Price of this message: 0.05 USD (utility, Germany, Meta's rates as of 2026-01-01)." \
        in shop.err
    code, out = shop("campaign", "status", "1", "--json")
    assert code == 0 and "forecast" not in out  # the status contract stays as it is


CSV_MORE = "Name,Phone,Tags,Stadt,Sendung,Consent\nAnna Berg,+4915100000301,vip,Köln,AB1,yes\n" \
           "Ben,+4915100000302,vip,Bonn,AB2,yes\nCem,+4915100000303,vip,köln,,yes\n"


@pytest.fixture
def shop_more(shop, sim, tmp_path):
    """The shop with three more customers (opted in) with a city and a parcel number, and a template whose
    second button is a link with a variable."""
    from klaros_sim.templates import Template

    sim.simulator.templates["778"] = Template(
        "paket_unterwegs", "de", "UTILITY",
        [{"type": "BODY", "text": "Hallo {{1}}, Ihr Paket ist unterwegs.", "example": {"body_text": [["Anna"]]}},
         {"type": "BUTTONS", "buttons": [
             {"type": "QUICK_REPLY", "text": "Danke"},
             {"type": "URL", "text": "Verfolgen", "url": "https://shop.example/s/{{1}}",
              "example": ["https://shop.example/s/AB1"]}]}], status="APPROVED", id="778")
    file = tmp_path / "mehr.csv"
    file.write_text(CSV_MORE, encoding="utf-8")
    assert shop("contacts", "import", str(file), "--map", "custom.stadt=Stadt", "--map",
                "custom.sendung=Sendung")[0] == 0
    return shop


def test_create_with_a_field_condition_a_picture_and_a_link_variable(shop_more, sim, tmp_path):
    shop = shop_more
    created = _json(shop("campaign", "create", "Köln", "--template", "paket_unterwegs", "--lang", "de",
                         "--tag", "vip", "--field", "stadt=Köln", "--var", "1=first_name",
                         "--button-var", "1=custom.sendung|LAGER", "--json"))
    assert created["recipients"] == 2  # Anna and Cem live in Köln (compared without case)
    code, out = shop("campaign", "preview", str(created["campaign_id"]), "--contact", "+4915100000303", "--json")
    assert code == 0 and json.loads(out)["buttons"] == {"1": "LAGER"}
    assert _json(shop("campaign", "start", str(created["campaign_id"]), "--wait", "--json"))["sent"] == 2
    buttons = {m["to"]: m["payload"]["template"]["components"][-1] for m in sim.outbound()}
    assert buttons["4915100000301"] == {"type": "button", "sub_type": "url", "index": "1",
                                        "parameters": [{"type": "text", "text": "AB1"}]}

    picture = tmp_path / "fruehling.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    created = _json(shop("campaign", "create", "Frühling", "--template", "spring_sale", "--lang", "de",
                         "--tag", "vip", "--field", "sendung=", "--var", "1=first_name", "--var", "2=text:20",
                         "--header-media", str(picture), "--json"))
    assert created["recipients"] == 2  # opted in and with any parcel number: Anna and Ben
    code, out = shop("campaign", "preview", str(created["campaign_id"]), "--contact", "+4915100000301")
    assert code == 0 and "picture attached" in out.lower()
    assert _json(shop("campaign", "start", str(created["campaign_id"]), "--wait", "--json"))["sent"] == 2
    headers = [m["payload"]["template"]["components"][0] for m in sim.outbound()
               if m["payload"]["template"]["name"] == "spring_sale"]
    (media_id,) = sim.simulator.media
    assert headers == [{"type": "header", "parameters": [{"type": "image", "image": {"id": media_id}}]}] * 2


def test_a_picture_template_without_header_media_is_created_but_not_started(shop_more, sim):
    shop = shop_more
    created = _json(shop("campaign", "create", "Frühling", "--template", "spring_sale", "--lang", "de",
                         "--tag", "vip", "--var", "1=first_name", "--var", "2=text:20", "--json"))
    code, _ = shop("campaign", "start", str(created["campaign_id"]), "--wait", "--json")
    assert code == 3 and "--header-media" in shop.err and sim.outbound() == []
    code, _ = shop("campaign", "create", "X", "--template", "order_ready", "--lang", "de", "--tag", "vip",
                   "--field", "stadt", "--json")
    assert code == 2 and "KEY=VALUE" in shop.err
    code, _ = shop("campaign", "create", "X", "--template", "paket_unterwegs", "--lang", "de", "--tag", "vip",
                   "--var", "1=name", "--button-var", "eins=text:x", "--json")
    assert code == 2 and "--button-var" in shop.err
