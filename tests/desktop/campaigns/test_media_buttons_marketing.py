"""Campaigns of templates with a picture, video or document at the top (sent by Meta's media id, the file uploaded
once) and with a link button whose URL has a variable (filled per recipient like the body's), and marketing
templates through Meta's Marketing Messages API when the shop turns it on; all against the simulator."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from klaros_desktop.models import Campaign, Contact
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.campaigns.sender import CampaignSender
from klaros_desktop.services.core import settings
from klaros_desktop.services.messaging import templates
from klaros_sim.templates import Template

NUMBERS = ["+4915100000301", "+4915100000302", "+4915100000303"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 200


def sender(sessions, graph, **kw):
    kw.setdefault("workers", 1)
    return CampaignSender(sessions, graph, backoff_first=0.05, pair_wait=0.05, **kw)


def components_to(sim) -> dict[str, list[dict]]:
    return {"+" + m["to"]: m["payload"]["template"].get("components") for m in sim.outbound()}


@pytest.fixture
def customers(add_contact):
    for i, number in enumerate(NUMBERS):
        add_contact(number, f"Kundin{i} Nachname", tags=("fruehling",), opt_in=True,
                    custom={"sendung": f"AB{i}"} if i else {})
    return NUMBERS


@pytest.fixture
async def tracking_template(sim, sessions, graph):
    """A utility template whose second button is a link with a variable (and a quick reply before it)."""
    sim.simulator.templates["777"] = Template(
        "paket_unterwegs", "de", "UTILITY",
        [{"type": "BODY", "text": "Hallo {{1}}, Ihr Paket ist unterwegs.", "example": {"body_text": [["Anna"]]}},
         {"type": "BUTTONS", "buttons": [
             {"type": "QUICK_REPLY", "text": "Danke"},
             {"type": "URL", "text": "Sendung verfolgen", "url": "https://shop.example/sendung/{{1}}",
              "example": ["https://shop.example/sendung/AB1"]}]}],
        status="APPROVED", id="777")
    await templates.refresh(sessions, graph)


def _spring(sessions, **kw):
    return lifecycle.create(sessions, "Fruehling", "spring_sale", "de", Segment(tags_any=("fruehling",)),
                            {"1": "first_name", "2": "text:20"}, **kw)


# ------------------------------------------------------------------ header media
async def test_a_picture_header_is_uploaded_once_and_sent_by_id_to_everyone(sessions, graph, sim, customers,
                                                                           synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    preview = lifecycle.preview(sessions, created.campaign_id, NUMBERS[1])
    assert preview.header == "image" and preview.text == "Hallo Kundin1, diese Woche 20 % auf alles!"
    lifecycle.launch(sessions, created.campaign_id)
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.to_json() == {"sent": 3, "skipped": 0, "failed": 0, "held": 0}
    assert len(sim.simulator.media) == 1  # one upload for the whole campaign
    (media_id,) = sim.simulator.media
    sent = components_to(sim)
    assert sent[NUMBERS[0]][0] == {"type": "header", "parameters": [{"type": "image", "image": {"id": media_id}}]}
    assert all(c[0] == sent[NUMBERS[0]][0] for c in sent.values())
    with sessions() as s:
        assert s.get(Campaign, created.campaign_id).header_media["media_id"] == media_id
    # a resumed or retried run does not upload again
    await sender(sessions, graph).run(created.campaign_id)
    assert len(sim.simulator.media) == 1


async def test_a_media_id_is_sent_as_given_without_an_upload(sessions, graph, sim, customers, synced_templates):
    media_id = await graph.upload_media(PNG, "image/png", "bild.png")
    created = _spring(sessions, header_media=media_id)
    lifecycle.launch(sessions, created.campaign_id)
    await sender(sessions, graph).run(created.campaign_id)
    assert len(sim.simulator.media) == 1
    assert all(c[0]["parameters"][0]["image"] == {"id": media_id} for c in components_to(sim).values())


async def test_launch_is_refused_in_words_while_the_picture_is_missing(sessions, sim, customers, synced_templates):
    created = _spring(sessions)  # a draft may wait for its picture
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert "picture" in str(refused.value) and "--header-media" not in str(refused.value)
    assert lifecycle.status(sessions, created.campaign_id)["state"] == "draft"
    lifecycle.set_header_media(sessions, created.campaign_id, "123456789012")
    assert lifecycle.launch(sessions, created.campaign_id) == 3


async def test_header_media_is_refused_where_it_does_not_fit(sessions, sim, customers, synced_templates, tmp_path):
    with pytest.raises(lifecycle.CampaignRefused) as refused:  # order_ready has no media header
        lifecycle.create(sessions, "X", "order_ready", "de", Segment(tags_any=("fruehling",)),
                         {"1": "first_name", "2": "text:1"}, header_media="123456789012")
    assert "no picture" in str(refused.value)
    pdf = tmp_path / "preise.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 100)
    with pytest.raises(lifecycle.CampaignRefused) as refused:  # spring_sale wants an image
        _spring(sessions, header_media=str(pdf))
    assert "picture" in str(refused.value) and "preise.pdf" in str(refused.value)
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        _spring(sessions, header_media="kein/solcher/pfad.png")
    assert "neither a file" in str(refused.value)
    created = _spring(sessions, header_media="123456789012")
    lifecycle.launch(sessions, created.campaign_id)
    with pytest.raises(lifecycle.CampaignRefused):  # frozen at launch
        lifecycle.set_header_media(sessions, created.campaign_id, "999999999999")


async def test_a_failed_upload_stops_the_campaign_with_the_reason_and_resume_tries_again(
        sessions, graph, sim, customers, synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    lifecycle.launch(sessions, created.campaign_id)
    picture.write_bytes(b"")  # the file was emptied after launch: Meta refuses the upload
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.state == "stopped" and sim.outbound() == []
    status = lifecycle.status(sessions, created.campaign_id)
    assert status["queued"] == 3 and "could not be uploaded" in status["reason"]
    picture.write_bytes(PNG)
    lifecycle.set_state(sessions, created.campaign_id, "resume")
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.sent == 3 and len(sim.simulator.media) == 1


async def test_a_test_send_carries_the_picture(sessions, graph, sim, customers, synced_templates, picture):
    created = _spring(sessions, header_media=str(picture))
    outcome = await sender(sessions, graph).send_test(created.campaign_id, NUMBERS[0])
    assert outcome.sent
    (sent,) = components_to(sim).values()
    assert sent[0]["type"] == "header" and sent[0]["parameters"][0]["type"] == "image"


# ------------------------------------------------------------------ URL button variables
async def test_a_link_button_variable_is_filled_per_recipient_and_frozen_at_launch(
        sessions, graph, sim, customers, tracking_template):
    created = lifecycle.create(sessions, "Pakete", "paket_unterwegs", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, buttons={"1": "custom.sendung|LAGER"})
    assert lifecycle.preview(sessions, created.campaign_id, NUMBERS[1]).buttons == {"1": "AB1"}
    lifecycle.launch(sessions, created.campaign_id)
    with sessions.begin() as s:  # changed after the launch: the frozen value is sent
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == NUMBERS[1]))
        contact.custom_fields = {"sendung": "ZZ9"}
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.sent == 3
    sent = components_to(sim)
    assert sent[NUMBERS[1]] == [
        {"type": "body", "parameters": [{"type": "text", "text": "Kundin1"}]},
        {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "AB1"}]}]
    assert sent[NUMBERS[0]][1]["parameters"] == [{"type": "text", "text": "LAGER"}]  # the fallback


async def test_an_empty_link_variable_blocks_the_launch_and_says_who(sessions, sim, customers, tracking_template):
    created = lifecycle.create(sessions, "Pakete", "paket_unterwegs", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, buttons={"1": "custom.sendung"})
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.problems == [{"recipient": NUMBERS[0], "empty": ["button:1"]}]
    assert f"{NUMBERS[0]}: link of button 2" in str(refused.value)


async def test_a_link_variable_needs_a_source_and_only_real_buttons_take_one(sessions, sim, customers,
                                                                              tracking_template):
    segment = Segment(tags_any=("fruehling",))
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "P", "paket_unterwegs", "de", segment, {"1": "first_name"})
    assert "link of button 2" in str(refused.value)
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "P", "paket_unterwegs", "de", segment, {"1": "first_name"},
                         buttons={"0": "text:x", "1": "text:y"})
    assert "button 1 (index 0) is a quick reply and takes no value" in str(refused.value)


async def test_the_simulator_refuses_a_link_button_template_without_its_variable(graph, sim, tracking_template):
    from klaros_desktop.graph.errors import GraphError

    with pytest.raises(GraphError) as caught:
        await graph.send_template("4915100000301", "paket_unterwegs", "de",
                                  [{"type": "body", "parameters": [{"type": "text", "text": "Anna"}]}])
    assert caught.value.code == 132000 and "button" in caught.value.details


# ------------------------------------------------------------------ the Marketing Messages API
async def test_marketing_templates_go_through_marketing_messages_when_the_shop_enables_it(
        sessions, graph, sim, customers, synced_templates, tracking_template):
    with sessions.begin() as s:
        settings.change(s, {settings.CAMPAIGNS_MARKETING_MESSAGES_API: True})
    created = _spring(sessions, header_media=await graph.upload_media(PNG, "image/png", "bild.png"))
    lifecycle.launch(sessions, created.campaign_id)
    utility = lifecycle.create(sessions, "Pakete", "paket_unterwegs", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, buttons={"1": "text:AB"})
    lifecycle.launch(sessions, utility.campaign_id)
    await sender(sessions, graph).run(created.campaign_id)
    await sender(sessions, graph).run(utility.campaign_id)
    lite = Counter((m["payload"]["template"]["name"], m["marketing_lite"]) for m in sim.outbound())
    assert lite == Counter({("spring_sale", True): 3, ("paket_unterwegs", False): 3})
    paths = Counter(r["path"].rsplit("/", 1)[-1] for r in sim.requests() if r["method"] == "POST")
    assert paths["marketing_messages"] == 3
    sim.wait_idle()
    spring = {m["id"] for m in sim.outbound() if m["marketing_lite"]}
    from klaros_sim.control import statuses_in

    categories = {s["pricing"]["category"] for b in sim.hooks.bodies for s in statuses_in(b)
                  if s["id"] in spring and s.get("pricing")}
    assert categories == {"marketing_lite"}


async def test_marketing_templates_use_messages_while_the_setting_is_off(sessions, graph, sim, customers,
                                                                        synced_templates):
    created = _spring(sessions, header_media=await graph.upload_media(PNG, "image/png", "bild.png"))
    lifecycle.launch(sessions, created.campaign_id)
    await sender(sessions, graph).run(created.campaign_id)
    assert [m["marketing_lite"] for m in sim.outbound()] == [False] * 3


async def test_the_marketing_messages_setting_changed_mid_run_takes_effect_at_the_next_claim(
        sessions, graph, sim, customers, synced_templates):
    """The sender reads the template and the setting once per step, not once per run: the owner turning the
    Marketing Messages API on while a campaign sends moves the recipients claimed after it."""
    created = _spring(sessions, header_media=await graph.upload_media(PNG, "image/png", "bild.png"))
    lifecycle.launch(sessions, created.campaign_id)
    first = sender(sessions, graph)
    real_step = first._step

    def switch_after_the_first_answer(campaign_id, outcomes, want, bucket, *requests):
        if outcomes and not first.switched:
            first.switched = True
            with sessions.begin() as s:
                settings.change(s, {settings.CAMPAIGNS_MARKETING_MESSAGES_API: True})
        return real_step(campaign_id, outcomes, want, bucket, *requests)

    first.switched = False
    first._step = switch_after_the_first_answer
    await first.run(created.campaign_id)
    assert [m["marketing_lite"] for m in sim.outbound()] == [False, True, True]


# ------------------------------------------------------------------ copy-code buttons
async def _coupon_template(sim, sessions, graph) -> None:
    """A marketing template whose second button copies a code (a quick reply before it)."""
    sim.simulator.templates["778"] = Template(
        "gutschein", "de", "MARKETING",
        [{"type": "BODY", "text": "Hallo {{1}}, Ihr Gutschein wartet.", "example": {"body_text": [["Anna"]]}},
         {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stopp"},
                                         {"type": "COPY_CODE", "example": "SPRING25"}]}],
        status="APPROVED", id="778")
    await templates.refresh(sessions, graph)


async def test_a_copy_code_button_takes_each_recipient_s_code_as_meta_s_coupon_code(sessions, graph, sim,
                                                                                      customers):
    """A marketing template with a copy-code button (Meta's coupon code templates): the code is given per
    recipient like a link's value, and goes as a ``copy_code`` button component with a ``coupon_code``."""
    await _coupon_template(sim, sessions, graph)
    created = lifecycle.create(sessions, "Gutschein", "gutschein", "de", Segment(tags_any=("fruehling",)),
                               {"1": "first_name"}, buttons={"1": "custom.sendung|LADEN20"})
    lifecycle.launch(sessions, created.campaign_id)
    report = await sender(sessions, graph).run(created.campaign_id)
    assert report.sent == 3
    sent = components_to(sim)
    assert sent[NUMBERS[1]][1] == {"type": "button", "sub_type": "copy_code", "index": "1",
                                   "parameters": [{"type": "coupon_code", "coupon_code": "AB1"}]}
    assert sent[NUMBERS[0]][1]["parameters"] == [{"type": "coupon_code", "coupon_code": "LADEN20"}]
    test = await sender(sessions, graph).send_test(created.campaign_id, NUMBERS[2])
    assert test.sent, test.error


async def test_an_empty_or_missing_code_is_named_the_code_of_its_button_not_a_link(sessions, graph, sim,
                                                                                   customers):
    """The copy-code button's value is a coupon code: the refusals call it that, not "link of button N"."""
    await _coupon_template(sim, sessions, graph)
    segment = Segment(tags_any=("fruehling",))
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.create(sessions, "G", "gutschein", "de", segment, {"1": "first_name"})
    assert "code of button 2" in str(refused.value) and "link" not in str(refused.value)
    created = lifecycle.create(sessions, "G", "gutschein", "de", segment, {"1": "first_name"},
                               buttons={"1": "custom.sendung"})
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.problems == [{"recipient": NUMBERS[0], "empty": ["button:1"]}]
    assert f"{NUMBERS[0]}: code of button 2" in str(refused.value) and "link" not in str(refused.value)
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        await sender(sessions, graph).send_test(created.campaign_id, NUMBERS[0])
    assert "empty variables: code of button 2" in str(refused.value)
