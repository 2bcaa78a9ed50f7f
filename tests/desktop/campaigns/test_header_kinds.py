"""A campaign's header beyond a fresh file: a kept media id older than Meta keeps it is uploaded again (before the
run, or once when Meta says it is gone mid-run), a text header's variable filled per recipient like the body's,
and a fixed location for a map header; all against the simulator, which expires uploaded ids as Meta does."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from klaros_desktop.graph.errors import GraphError
from klaros_desktop.models import AuditEvent, Campaign, CampaignRecipient, Contact, utcnow
from klaros_desktop.services.campaigns import drafts, lifecycle
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.messaging import templates
from klaros_sim.templates import Template

from .test_media_buttons_marketing import PNG, components_to, sender

NUMBERS = ["+4915100000401", "+4915100000402", "+4915100000403"]
DAY = 24 * 3600.0


@pytest.fixture
def customers(add_contact):
    for i, number in enumerate(NUMBERS):
        add_contact(number, f"Kundin{i} Nachname", tags=("fruehling",), opt_in=True,
                    custom={"sendung": f"AB{i}"} if i else {})
    return NUMBERS


@pytest.fixture
async def header_templates(sim, sessions, graph):
    """A text header with a variable (positional and named) and a map header, beside the simulator's own."""
    sim.simulator.templates["881"] = Template(
        "sendung_da", "de", "UTILITY",
        [{"type": "HEADER", "format": "TEXT", "text": "Sendung {{1}}", "example": {"header_text": ["AB1"]}},
         {"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist da.", "example": {"body_text": [["Anna"]]}}],
        status="APPROVED", id="881")
    sim.simulator.templates["882"] = Template(
        "sendung_benannt", "de", "UTILITY",
        [{"type": "HEADER", "format": "TEXT", "text": "Sendung {{nummer}}",
          "example": {"header_text_named_params": [{"param_name": "nummer", "example": "AB1"}]}},
         {"type": "BODY", "text": "Hallo {{kunde}}!",
          "example": {"body_text_named_params": [{"param_name": "kunde", "example": "Anna"}]}}],
        status="APPROVED", parameter_format="NAMED", id="882")
    sim.simulator.templates["883"] = Template(
        "neuer_laden", "de", "MARKETING",
        [{"type": "HEADER", "format": "LOCATION"},
         {"type": "BODY", "text": "Hallo {{1}}, wir haben neu eröffnet!", "example": {"body_text": [["Anna"]]}}],
        status="APPROVED", id="883")
    await templates.refresh(sessions, graph)


def _spring(sessions, **kw):
    return lifecycle.create(sessions, "Fruehling", "spring_sale", "de", Segment(tags_any=("fruehling",)),
                            {"1": "first_name", "2": "text:20"}, **kw)


def _uploads(sessions, campaign_id) -> list[dict]:
    with sessions() as s:
        return [e.details for e in s.scalars(select(AuditEvent).where(
            AuditEvent.action == "campaign_header_uploaded", AuditEvent.subject == f"campaign:{campaign_id}")
            .order_by(AuditEvent.id))]


# ------------------------------------------------------------------ the simulator expires uploaded ids
async def test_the_simulator_refuses_a_template_header_naming_an_expired_id(sim, graph, sessions, synced_templates):
    media_id = await graph.upload_media(PNG, "image/png", "bild.png")
    header = [{"type": "header", "parameters": [{"type": "image", "image": {"id": media_id}}]},
              {"type": "body", "parameters": [{"type": "text", "text": "Anna"}, {"type": "text", "text": "20"}]}]
    await graph.send_template("4915100000401", "spring_sale", "de", header)
    sim.simulator.advance(30 * DAY + 1)
    with pytest.raises(GraphError) as refused:
        await graph.send_template("4915100000401", "spring_sale", "de", header)
    assert refused.value.code == 131053


# ------------------------------------------------------------------ a kept id older than Meta keeps it
async def test_a_kept_id_near_its_expiry_is_uploaded_again_once_before_the_run(
        sessions, graph, sim, customers, synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    lifecycle.launch(sessions, created.campaign_id)
    old_id = await graph.upload_media(PNG, "image/png", "fruehling.png")
    with sessions.begin() as s:  # uploaded by a run 29 and a half days ago, then paused
        campaign = s.get(Campaign, created.campaign_id)
        campaign.header_media = {**campaign.header_media, "media_id": old_id,
                                 "uploaded_at": (utcnow() - timedelta(days=29, hours=12)).isoformat()}
    sim.simulator.advance(29.5 * DAY)
    report = await sender(sessions, graph, workers=3).run(created.campaign_id)
    assert report.to_json() == {"sent": 3, "skipped": 0, "failed": 0, "held": 0}
    with sessions() as s:
        kept = s.get(Campaign, created.campaign_id).header_media
    assert kept["media_id"] != old_id and len(sim.simulator.media) == 2  # one new upload for the whole run
    assert {c[0]["parameters"][0]["image"]["id"] for c in components_to(sim).values()} == {kept["media_id"]}
    (upload,) = _uploads(sessions, created.campaign_id)
    assert upload["media_id"] == kept["media_id"] and upload["replaces"] == old_id


async def test_a_fresh_kept_id_is_not_uploaded_again(sessions, graph, sim, customers, synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    lifecycle.launch(sessions, created.campaign_id)
    await sender(sessions, graph).run(created.campaign_id)
    lifecycle.retry_failed(sessions, created.campaign_id)
    await sender(sessions, graph).run(created.campaign_id)
    assert len(sim.simulator.media) == 1 and len(_uploads(sessions, created.campaign_id)) == 1


async def test_meta_forgetting_the_id_mid_run_uploads_once_and_sends_to_everyone(
        sessions, graph, sim, customers, synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    lifecycle.launch(sessions, created.campaign_id)
    old_id = await graph.upload_media(PNG, "image/png", "fruehling.png")
    with sessions.begin() as s:  # kept as fresh, but Meta has forgotten it (its clock is ahead)
        campaign = s.get(Campaign, created.campaign_id)
        campaign.header_media = {**campaign.header_media, "media_id": old_id, "uploaded_at": utcnow().isoformat()}
    sim.simulator.advance(30 * DAY + 1)
    report = await sender(sessions, graph, workers=3).run(created.campaign_id)
    assert report.to_json() == {"sent": 3, "skipped": 0, "failed": 0, "held": 0}
    assert report.state == "done"
    (upload,) = _uploads(sessions, created.campaign_id)  # once, not per recipient
    assert upload["replaces"] == old_id
    assert {c[0]["parameters"][0]["image"]["id"] for c in components_to(sim).values()} == {upload["media_id"]}
    with sessions() as s:
        assert s.get(Campaign, created.campaign_id).header_media["media_id"] == upload["media_id"]
        assert {r.state for r in s.scalars(select(CampaignRecipient))} == {"sent"}


# ------------------------------------------------------------------ a text header with a variable
async def test_a_text_header_variable_is_filled_per_recipient_and_frozen(
        sessions, graph, sim, customers, header_templates):
    created = lifecycle.create(sessions, "Sendungen", "sendung_da", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, header_text="custom.sendung|ohne Nummer")
    shown = lifecycle.preview(sessions, created.campaign_id, NUMBERS[1])
    assert shown.header_text == "Sendung AB1" and shown.text == "Hallo Kundin1, Ihre Sendung ist da."
    lifecycle.launch(sessions, created.campaign_id)
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.to_json() == {"sent": 3, "skipped": 0, "failed": 0, "held": 0}
    sent = components_to(sim)
    assert sent[NUMBERS[0]][0] == {"type": "header", "parameters": [{"type": "text", "text": "ohne Nummer"}]}
    assert sent[NUMBERS[2]][0] == {"type": "header", "parameters": [{"type": "text", "text": "AB2"}]}
    assert sent[NUMBERS[2]][1] == {"type": "body", "parameters": [{"type": "text", "text": "Kundin2"}]}


async def test_an_empty_header_variable_blocks_launch_and_a_missing_source_is_refused(
        sessions, sim, customers, header_templates):
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "S", "sendung_da", "de", Segment(tags_any=("fruehling",)), {"1": "first_name"})
    assert "top" in str(refused.value)
    created = lifecycle.create(sessions, "S", "sendung_da", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, header_text="custom.sendung")
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.problems == [{"recipient": NUMBERS[0], "empty": ["header:1"]}]
    with pytest.raises(lifecycle.CampaignRefused):  # a template without such a header takes none
        lifecycle.create(sessions, "X", "order_ready", "de", Segment(tags_any=("fruehling",)),
                         {"1": "first_name", "2": "text:1"}, header_text="text:Hallo")


async def test_a_title_over_metas_60_characters_blocks_launch_naming_who_and_how_long(
        sessions, graph, sim, customers, header_templates):
    """The frozen title is what goes out: one too long for one recipient stops the launch like an empty variable
    (the owner shortens the field or the fallback; nobody is silently left out); a fixed text too long is refused
    when the campaign is made."""
    long_value = "B" * (60 - len("Sendung ") + 1)  # one character over with the title's own text
    with sessions.begin() as s:
        s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[2])).custom_fields = {"sendung": long_value}
    created = lifecycle.create(sessions, "S", "sendung_da", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, header_text="custom.sendung|ohne Nummer")
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.code == "header_too_long"
    assert refused.value.problems == [{"recipient": NUMBERS[2], "too_long": ["header:1"], "length": 61}]
    assert NUMBERS[2] in str(refused.value) and "61 of 60" in str(refused.value)
    with sessions() as s:  # nothing frozen, nothing sent: still a draft
        assert s.get(Campaign, created.campaign_id).status == "draft"
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "T", "sendung_da", "de", Segment(tags_any=("fruehling",)), {"1": "first_name"},
                         header_text="text:" + long_value)
    assert "WhatsApp allows 60" in str(refused.value)
    with sessions.begin() as s:
        s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[2])).custom_fields = {"sendung": long_value[1:]}
    assert lifecycle.launch(sessions, created.campaign_id) == 3  # exactly 60 characters go
    await sender(sessions, graph).run(created.campaign_id)
    assert components_to(sim)[NUMBERS[2]][0]["parameters"][0]["text"] == long_value[1:]


async def test_the_builders_check_names_who_would_get_a_title_too_long_before_launch(
        sessions, sim, customers, header_templates):
    long_value = "B" * (60 - len("Sendung ") + 2)
    with sessions.begin() as s:
        s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[1])).custom_fields = {"sendung": long_value}
    draft = drafts.Draft("sendung_da", "de", Segment(tags_any=("fruehling",)), {"1": "first_name"},
                         header_text="custom.sendung|ohne Nummer")
    got = drafts.check(sessions, draft)
    assert got.empty == [] and not got.launchable
    assert [(t.phone, t.variables, t.length) for t in got.too_long] == [(NUMBERS[1], ["header:1"], 62)]
    fixed = drafts.check(sessions, drafts.Draft("sendung_da", "de", draft.segment, {"1": "first_name"},
                                                header_text="text:" + long_value))
    assert "WhatsApp allows 60" in str(fixed.problem) and not fixed.launchable


async def test_a_named_text_header_is_sent_with_its_parameter_name(sessions, graph, sim, customers, header_templates):
    created = lifecycle.create(sessions, "S", "sendung_benannt", "de", Segment(tags_any=("fruehling",)),
                               {"kunde": "first_name"}, header_text="text:Frühling")
    lifecycle.launch(sessions, created.campaign_id)
    assert (await sender(sessions, graph).run(created.campaign_id)).sent == 3
    assert components_to(sim)[NUMBERS[0]][0] == {"type": "header", "parameters": [
        {"type": "text", "parameter_name": "nummer", "text": "Frühling"}]}


async def test_the_simulator_refuses_a_missing_header_text(sim, graph, header_templates):
    with pytest.raises(GraphError) as refused:
        await graph.send_template("4915100000401", "sendung_da", "de",
                                  [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert refused.value.code == 132000


# ------------------------------------------------------------------ a map at the top
LOCATION = "52.5292,13.4012,Laden Mitte,Torstraße 1, 10119 Berlin"


async def test_a_location_header_is_sent_as_metas_location_parameter(sessions, graph, sim, customers,
                                                                     header_templates):
    created = lifecycle.create(sessions, "Eröffnung", "neuer_laden", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, header_location=LOCATION)
    shown = lifecycle.preview(sessions, created.campaign_id, NUMBERS[0])
    assert shown.header == "location" and "Laden Mitte" in shown.header_name
    lifecycle.launch(sessions, created.campaign_id)
    assert (await sender(sessions, graph).run(created.campaign_id)).sent == 3
    expected = {"type": "header", "parameters": [{"type": "location", "location": {
        "latitude": "52.5292", "longitude": "13.4012", "name": "Laden Mitte",
        "address": "Torstraße 1, 10119 Berlin"}}]}
    assert all(c[0] == expected for c in components_to(sim).values())


def test_a_decimal_comma_is_read_in_a_field_of_its_own():
    from klaros_desktop.services.campaigns.header_parts import Location

    assert Location.of("52,5292", "13,4012", "Laden", "Straße 1").latitude == 52.5292


@pytest.mark.parametrize("spec,word", [("91,13,Laden,Straße 1", "latitude"), ("52,181,Laden,Straße 1", "longitude"),
                                       ("52,13,,Straße 1", "name"), ("52,13,Laden", "address"),
                                       ("Nord,13,Laden,Straße 1", "latitude")])
async def test_a_location_out_of_range_or_incomplete_is_refused(sessions, sim, customers, header_templates, spec,
                                                                 word):
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "E", "neuer_laden", "de", Segment(tags_any=("fruehling",)),
                         {"1": "first_name"}, header_location=spec)
    assert word in str(refused.value)


async def test_launch_waits_for_the_location_and_the_simulator_refuses_without_one(sessions, graph, sim, customers,
                                                                                  header_templates):
    created = lifecycle.create(sessions, "E", "neuer_laden", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"})
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.code == "location_missing" and "place" in str(refused.value)
    with pytest.raises(GraphError) as meta:
        await graph.send_template("4915100000401", "neuer_laden", "de",
                                  [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert meta.value.code == 132000
    with pytest.raises(GraphError) as meta:
        await graph.send_template("4915100000401", "neuer_laden", "de", [
            {"type": "header", "parameters": [{"type": "location", "location": {"latitude": "52", "longitude": "13"}}]},
            {"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert meta.value.code == 132012
    lifecycle.set_header_location(sessions, created.campaign_id, LOCATION)
    assert lifecycle.launch(sessions, created.campaign_id) == 3
