"""Choosing the audience (segments, exclusions with reasons, the opt-in rule) and filling the variables."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from klaros_desktop.models import AuditEvent, Campaign, CampaignRecipient, Contact, MessageTemplate
from klaros_desktop.services.campaigns import lifecycle, variables
from klaros_desktop.services.campaigns.audience import Segment, live_count, select_audience
from klaros_desktop.services.core import settings
from klaros_desktop.services.people import suppression

BODY = "Hallo {{1}}, Ihr Code {{2}} gilt bis Sonntag."


@pytest.fixture
def marketing(sessions):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="muttertag", language="de", category="MARKETING", status="APPROVED",
                              components=[{"type": "BODY", "text": BODY}]))
        s.add(MessageTemplate(name="abholung", language="de", category="UTILITY", status="APPROVED",
                              components=[{"type": "BODY", "text": "Hallo {{vorname}}, alles bereit."}],
                              parameter_format="NAMED"))
        s.add(MessageTemplate(name="entwurf", language="de", category="UTILITY", status="PENDING",
                              components=[{"type": "BODY", "text": "x"}]))


def _audience(sessions, segment, template="muttertag"):
    with sessions() as s:
        return select_audience(s, segment, template, "de")


def test_segment_by_tags_any_all_none(sessions, marketing, add_contact):
    a = add_contact("+4915100000001", "Anna", tags=("vip", "berlin"), opt_in=True)
    b = add_contact("+4915100000002", "Ben", tags=("vip",), opt_in=True)
    c = add_contact("+4915100000003", "Cem", tags=("berlin", "wholesale"), opt_in=True)
    add_contact("+4915100000004", "Dora", opt_in=True)

    def ids(**kw):
        return sorted(m.contact_id for m in _audience(sessions, Segment(**kw)).included)

    assert ids(tags_any=("vip", "berlin")) == [a, b, c]
    assert ids(tags_all=("vip", "berlin")) == [a]
    assert ids(tags_any=("berlin",), tags_none=("wholesale",)) == [a]
    assert ids(tags_any=("VIP",)) == [a, b]  # tag names compare without case, as everywhere


def test_segment_by_country_consent_and_recent_inbound(sessions, marketing, add_contact):
    settings_off = {settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN: False}
    with sessions.begin() as s:
        settings.change(s, settings_off)
    de = add_contact("+4915100000001", "Anna", opt_in=True, inbound_hours_ago=2)
    fr = add_contact("+33612345678", "Chloé", inbound_hours_ago=24 * 10)
    es = add_contact("+34612345678", "Diego")

    def ids(**kw):
        return sorted(m.contact_id for m in _audience(sessions, Segment(**kw)).included)

    assert ids(countries=("DE", "FR")) == [de, fr]  # from the calling code: no country was stored
    assert ids(consent="opted_in") == [de]
    assert ids(inbound_within_days=3) == [de]
    assert ids(window_open=True) == [de]
    assert ids(window_open=False) == [fr, es]


def test_exclusions_have_reasons_and_marketing_needs_a_recorded_opt_in(sessions, marketing, add_contact):
    add_contact("+4915100000001", "Anna", tags=("k",), opt_in=True)
    add_contact("+4915100000002", "Ben", tags=("k",))  # never opted in
    add_contact("+4915100000003", "Cem", tags=("k",), opt_in=True, opt_out="all")
    add_contact("+4915100000004", "Dora", tags=("k",), opt_in=True, opt_out="marketing")
    add_contact(None, "Emil ohne Nummer", tags=("k",), opt_in=True)
    erased = add_contact("+4915100000006", "Frida", tags=("k",), opt_in=True)
    with sessions.begin() as s:
        suppression.suppress(s, s.get(Contact, erased).phone_e164, reason="erased")
    found = _audience(sessions, Segment(tags_any=("k",)))
    assert [m.phone_e164 for m in found.included] == ["+4915100000001"]
    assert dict(found.exclusion_counts()) == {"no_marketing_opt_in": 1, "opted_out": 1, "marketing_opt_out": 1,
                                              "no_number": 1, "suppressed": 1}
    # a utility template needs no marketing opt-in, and a marketing opt-out does not stop it
    utility = _audience(sessions, Segment(tags_any=("k",)), template="abholung")
    assert [m.phone_e164 for m in utility.included] == ["+4915100000001", "+4915100000002", "+4915100000004"]
    # the shop may relax the rule; the change is audited
    with sessions.begin() as s:
        assert settings.change(s, {settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN: False}) == [
            settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN]
    assert len(_audience(sessions, Segment(tags_any=("k",))).included) == 2
    with sessions() as s:
        row = s.scalar(select(AuditEvent).where(AuditEvent.action == "settings_changed"))
    assert row.details["values"] == {settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN: False}


def test_create_queues_the_included_and_keeps_the_excluded_with_reasons(sessions, marketing, add_contact):
    add_contact("+4915100000001", "Anna Berg", tags=("k",), opt_in=True)
    add_contact("+4915100000002", "Ben", tags=("k",))
    shown = live_count(sessions, Segment(tags_any=("k",)), "muttertag", "de")
    created = lifecycle.create(sessions, "Muttertag", "muttertag", "de", Segment(tags_any=("k",)),
                               {"1": "first_name", "2": "text:MUTTER10"}, actor="cli")
    assert shown == {"recipients": 1, "excluded": [{"reason": "no_marketing_opt_in", "count": 1}]}
    assert created.to_json() == {"campaign_id": created.campaign_id, "recipients": 1,
                                 "excluded": [{"reason": "no_marketing_opt_in", "count": 1}]}
    with sessions() as s:
        states = {r.phone_e164: (r.state, r.reason_code) for r in s.scalars(select(CampaignRecipient))}
        campaign = s.get(Campaign, created.campaign_id)
        audited = s.scalar(select(AuditEvent).where(AuditEvent.action == "campaign_created"))
    assert states == {"+4915100000001": ("queued", None), "+4915100000002": ("skipped", "no_marketing_opt_in")}
    assert campaign.status == "draft" and audited.correlation_id == f"campaign-{created.campaign_id}"


def test_create_refuses_unknown_or_unapproved_templates_and_bad_mappings(sessions, marketing, add_contact):
    add_contact("+4915100000001", "Anna", tags=("k",), opt_in=True)
    segment = Segment(tags_any=("k",))
    with pytest.raises(lifecycle.CampaignRefused, match="not known"):
        lifecycle.create(sessions, "x", "gibtsnicht", "de", segment, {})
    with pytest.raises(lifecycle.CampaignRefused, match="PENDING"):
        lifecycle.create(sessions, "x", "entwurf", "de", segment, {})
    with pytest.raises(lifecycle.CampaignRefused, match=r"missing \{\{2\}\}"):
        lifecycle.create(sessions, "x", "muttertag", "de", segment, {"1": "name"})
    with pytest.raises(lifecycle.CampaignRefused, match="unknown source"):
        lifecycle.create(sessions, "x", "muttertag", "de", segment, {"1": "nickname", "2": "phone"})
    with pytest.raises(lifecycle.CampaignRefused, match="Nobody"):
        lifecycle.create(sessions, "x", "muttertag", "de", Segment(tags_any=("none",)), {"1": "name", "2": "phone"})


def test_variable_sources_and_fallbacks():
    contact = Contact(phone_e164="+4915100000001", display_name="Anna Maria Berg",
                      custom_fields={"code": "A7", "first_name": ""})
    mapping = {"1": variables.Source.parse("first_name"), "2": variables.Source.parse("custom.code"),
               "3": variables.Source.parse("phone"), "4": variables.Source.parse("text:Gilt | bis Sonntag"),
               "5": variables.Source.parse("custom.missing|Kundin"), "6": variables.Source.parse("name")}
    values, empty = variables.resolve(contact, None, list(mapping), mapping)
    assert values == {"1": "Anna", "2": "A7", "3": "+4915100000001", "4": "Gilt | bis Sonntag", "5": "Kundin",
                      "6": "Anna Maria Berg"}
    assert empty == []
    stored = Contact(phone_e164="+1", display_name="Dr. Ernst Bauer", custom_fields={"first_name": "Ernst"})
    assert variables.resolve(stored, None, ["1"], mapping)[0] == {"1": "Ernst"}
    nameless = Contact(phone_e164="+1", custom_fields={})
    assert variables.resolve(nameless, None, ["1", "2"], mapping)[1] == ["1", "2"]


def test_an_empty_variable_blocks_launch_and_names_who(sessions, marketing, add_contact):
    add_contact("+4915100000001", "Anna Berg", tags=("k",), opt_in=True, custom={"code": "A1"})
    add_contact("+4915100000002", None, tags=("k",), opt_in=True, custom={"code": "B2"})
    add_contact("+4915100000003", "Cem", tags=("k",), opt_in=True)  # no code
    created = lifecycle.create(sessions, "M", "muttertag", "de", Segment(tags_any=("k",)),
                               {"1": "first_name", "2": "custom.code"})
    with pytest.raises(lifecycle.CampaignRefused) as refused:
        lifecycle.launch(sessions, created.campaign_id)
    assert refused.value.problems == [{"recipient": "+4915100000002", "empty": ["1"]},
                                      {"recipient": "+4915100000003", "empty": ["2"]}]
    assert "+4915100000002: {{1}}" in str(refused.value)
    with sessions() as s:
        assert s.get(Campaign, created.campaign_id).status == "draft"
        assert all(r.params is None for r in s.scalars(select(CampaignRecipient)))


def test_values_are_frozen_at_launch_and_previewed(sessions, marketing, add_contact):
    anna = add_contact("+4915100000001", "Anna Berg", tags=("k",), opt_in=True, custom={"code": "A1"})
    created = lifecycle.create(sessions, "M", "muttertag", "de", Segment(tags_any=("k",)),
                               {"1": "first_name|Kundin", "2": "custom.code"})
    shown = lifecycle.preview(sessions, created.campaign_id, "+4915100000001")
    assert shown.text == "Hallo Anna, Ihr Code A1 gilt bis Sonntag."
    assert lifecycle.launch(sessions, created.campaign_id, rate=20) == 1
    with sessions.begin() as s:
        s.get(Contact, anna).display_name = "Annegret"  # changed after launch: what was launched is sent
    with sessions() as s:
        assert s.scalar(select(CampaignRecipient.params)) == ["Anna", "A1"]
    assert lifecycle.preview(sessions, created.campaign_id, "+4915100000001").text == shown.text
    with pytest.raises(lifecycle.CampaignRefused, match="already started"):
        lifecycle.launch(sessions, created.campaign_id)


def test_named_variables(sessions, marketing, add_contact):
    add_contact("+4915100000001", "Anna Berg", tags=("k",))
    created = lifecycle.create(sessions, "A", "abholung", "de", Segment(tags_any=("k",)), {"vorname": "first_name"})
    lifecycle.launch(sessions, created.campaign_id)
    with sessions() as s:
        assert s.scalar(select(CampaignRecipient.params)) == {"vorname": "Anna"}
    assert lifecycle.preview(sessions, created.campaign_id, "+4915100000001").text == "Hallo Anna, alles bereit."


def test_link_button_variables_are_found_by_index_and_unfillable_headers_refused():
    """A URL button whose link has a variable takes a value per recipient (by the button's index); a text header's
    variable and a location are filled by campaigns; a header they cannot fill (a product) is refused with a
    sentence."""
    template = MessageTemplate(name="tracking", language="de", category="UTILITY", status="APPROVED", components=[
        {"type": "HEADER", "format": "DOCUMENT"},
        {"type": "BODY", "text": "Ihr Paket {{1}} ist unterwegs."},
        {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Anrufen", "phone_number": "+4930"},
                                        {"type": "URL", "text": "Verfolgen",
                                         "url": "https://shop.example/track/{{1}}"}]}])
    assert variables.placeholders(template) == ["1"] and variables.link_buttons(template) == ["1"]
    assert variables.header_kind(template) == "document"
    template.components[2]["buttons"][1]["url"] = "https://shop.example/track"  # a fixed link takes nothing
    assert variables.link_buttons(template) == []
    template.components[0] = {"type": "HEADER", "format": "TEXT", "text": "Hallo {{1}}"}
    assert variables.placeholders(template) == ["1"] and variables.header_placeholders(template) == ["1"]
    template.components[0] = {"type": "HEADER", "format": "LOCATION"}
    assert variables.header_kind(template) is None and variables.header_placeholders(template) == []
    template.components[0] = {"type": "HEADER", "format": "PRODUCT"}
    with pytest.raises(variables.VariableError, match="at the top"):
        variables.placeholders(template)
