"""Planning a campaign (audience, create, forecast, launch) reads and writes its recipients in bulk: the number
of statements does not grow with the audience, and the values frozen in bulk are the ones ``resolve_values``
gives one contact at a time (what the preview shows)."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select

from klaros_desktop.models import CampaignRecipient, Contact, Conversation, MessageTemplate, Tag, contact_tags, utcnow
from klaros_desktop.services.campaigns import lifecycle
from klaros_desktop.services.campaigns.audience import OPTED_IN, Segment, plain_audience, select_audience
from klaros_desktop.services.people import consent, suppression
from klaros_desktop.services.pricing.forecast import forecast

BODY = "Hallo {{1}}, Ihr Code {{2}} gilt bis Sonntag, {{3}}."
BUTTONS = {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stopp"},
                                          {"type": "URL", "text": "Bestellung", "url": "https://x.example/o/{{1}}"}]}


@pytest.fixture
def templates_(sessions):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="muttertag", language="de", category="MARKETING", status="APPROVED",
                              components=[{"type": "BODY", "text": BODY}, BUTTONS]))


@contextmanager
def counting(sessions):
    engine = sessions.kw["bind"]
    seen: list[str] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _people(sessions, add_contact, start: int, count: int) -> None:
    """``count`` contacts of every kind the audience tells apart: opted in or not, opted out, erased, abroad."""
    for i in range(start, start + count):
        kind = i % 6
        number = f"+4917{i:08d}" if kind != 5 else f"+4366{i:08d}"
        cid = add_contact(number, f"Kundin{i} Test", tags=("vip",), opt_in=kind in (0, 1, 5),
                          opt_out=consent.SCOPE_MARKETING if kind == 1 else None,
                          inbound_hours_ago=2 if kind == 0 else None, custom={"code": f"C{i}"} if kind else {})
        if kind == 2:
            with sessions.begin() as s:
                suppression.suppress(s, number, reason="erased")
        if kind == 3:
            with sessions.begin() as s:
                consent.record(s, s.get(Contact, cid), kind=consent.OPT_IN, scope=consent.SCOPE_ALL,
                               source="keyword", occurred_at=utcnow() - timedelta(days=3))


def _plan(sessions, segment: Segment) -> tuple[int, list[str]]:
    with counting(sessions) as seen:
        created = lifecycle.create(sessions, f"plan-{len(seen)}-{id(segment)}", "muttertag", "de", segment,
                                   {"1": "first_name", "2": "custom.code|none", "3": "text:bis bald"},
                                   buttons={"1": "custom.code|x"})
        forecast(sessions, created.campaign_id)
        lifecycle.launch(sessions, created.campaign_id)
    return created.campaign_id, seen


@pytest.mark.parametrize("segment", [Segment(tags_any=("vip",)),
                                     Segment(tags_any=("vip",), consent=OPTED_IN, countries=("DE", "AT")),
                                     Segment(consent="not_opted_out", custom_fields=(("code", ""),))])
def test_planning_takes_as_many_statements_for_many_recipients_as_for_few(sessions, templates_, add_contact,
                                                                          segment):
    _people(sessions, add_contact, 0, 12)
    _, few = _plan(sessions, segment)
    _people(sessions, add_contact, 12, 48)
    _, many = _plan(sessions, segment)
    assert len(many) == len(few), [s for s in many if s not in few][:5]


def test_values_frozen_in_bulk_are_those_resolved_one_by_one(sessions, templates_, add_contact):
    add_contact("+491700000001", "Anna Berg", tags=("vip",), opt_in=True, custom={"code": "A1"})
    add_contact("+491700000002", "  ", tags=("vip",), opt_in=True, custom={"code": 42, "first_name": "Bea"})
    add_contact("+491700000003", None, tags=("vip",), opt_in=True, custom={"first_name": "  "})
    add_contact("+491700000004", "Dora\u00a0Ende", tags=("vip",), opt_in=True, custom={"code": None})
    add_contact("+491700000005", "Emil", tags=("vip",), opt_in=True, custom={"code": "Ü-5"})
    with sessions.begin() as s:  # a WhatsApp profile name only, and a conversation on another number
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == "+491700000003"))
        contact.profile_name = "Cleo vom Profil"
        s.add(Conversation(contact_id=contact.id, phone_number_id="x", last_inbound_at=utcnow()))
    segment = Segment(tags_any=("vip",))
    mapping = {"1": "first_name|du", "2": "custom.code|none", "3": "name|Kundschaft"}
    created = lifecycle.create(sessions, "bulk", "muttertag", "de", segment, mapping, buttons={"1": "phone"})
    with sessions() as s:
        template = s.scalar(select(MessageTemplate).where(MessageTemplate.name == "muttertag"))
        contacts = {c.id: c for c in s.scalars(select(Contact))}
        campaign = lifecycle._get(s, created.campaign_id)
        expected = {}
        for member in select_audience(s, segment, "muttertag", "de").included:
            got = lifecycle.resolve_values(template, lifecycle._mapping(campaign), lifecycle._button_mapping(campaign),
                                           contacts[member.contact_id], member.phone_e164)
            expected[member.phone_e164] = ([got.values[n] for n in ("1", "2", "3")], got.buttons)
    assert lifecycle.launch(sessions, created.campaign_id) == 5
    with sessions() as s:
        frozen = {r.phone_e164: (r.params, r.button_params) for r in s.scalars(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == created.campaign_id, CampaignRecipient.state == lifecycle.QUEUED))}
    assert frozen == expected
    assert frozen["+491700000002"][0][:2] == ["Bea", "42"]
    assert frozen["+491700000003"][0][0] == "Cleo"


@pytest.fixture
def utility(sessions):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="abholung", language="de", category="UTILITY", status="APPROVED",
                              components=[{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung liegt bereit."}]))


def _recipients(sessions, campaign_id):
    with sessions() as s:
        return [(r.contact_id, r.phone_e164, r.state, r.reason_code) for r in s.scalars(
            select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id)
            .order_by(CampaignRecipient.id))]


@pytest.mark.parametrize("segment", [Segment(tags_any=("vip",)),
                                     Segment(tags_any=("vip", "neu"), tags_none=("gesperrt",)),
                                     Segment(tags_all=("vip", "neu")),
                                     Segment(tags_any=("vip",), window_open=True),
                                     Segment(tags_any=("vip",), window_open=False, inbound_within_days=30),
                                     Segment(inbound_within_days=30)])
def test_a_plain_audience_queued_by_sql_is_the_one_chosen_contact_by_contact(sessions, utility, add_contact,
                                                                             monkeypatch, segment):
    for i in range(12):
        tags = ("vip",) + (("neu",) if i % 3 == 0 else ()) + (("gesperrt",) if i % 5 == 0 else ())
        add_contact(f"+4917{i:08d}", f"Kundin{i}", tags=tags if i != 11 else ("neu",),
                    inbound_hours_ago={0: 2, 1: 30, 2: 24 * 40, 4: 1}.get(i))
    with sessions.begin() as s:  # a contact known by its BSUID only, and one whose number was cleared
        s.add(Contact(phone_e164=None, bsuid="US.bsuid.1", display_name="Ohne Nummer", notes="", custom_fields={}))
        s.flush()
        s.execute(contact_tags_insert(s, "vip"))
        s.scalar(select(Contact).where(Contact.phone_e164 == "+491700000007")).phone_e164 = ""
    mapping = {"1": "first_name|du"}
    with sessions() as s:
        assert plain_audience(s, segment, "abholung", "de") is not None
    by_sql = lifecycle.create(sessions, "sql", "abholung", "de", segment, mapping)
    # the same audience as if SQL could not decide it: every contact chosen by ``select_audience``
    monkeypatch.setattr(lifecycle.audience_mod, "plain_audience", lambda *args, **kwargs: None)
    by_python = lifecycle.create(sessions, "python", "abholung", "de", segment, mapping)
    assert (by_sql.recipients, by_sql.excluded) == (by_python.recipients, by_python.excluded)
    assert _recipients(sessions, by_sql.campaign_id) == _recipients(sessions, by_python.campaign_id)
    assert lifecycle.launch(sessions, by_sql.campaign_id) == by_sql.recipients


def contact_tags_insert(s, tag_name):
    """The newest contact tagged ``tag_name``."""
    return contact_tags.insert().values(contact_id=select(func.max(Contact.id)).scalar_subquery(),
                                        tag_id=select(Tag.id).where(Tag.name == tag_name).scalar_subquery())


def test_an_opt_out_or_an_erasure_in_the_audience_is_decided_contact_by_contact(sessions, utility, add_contact):
    add_contact("+491700000001", "Anna", tags=("vip",))
    cid = add_contact("+491700000002", "Bea", tags=("vip",), opt_out=consent.SCOPE_ALL)
    segment = Segment(tags_any=("vip",))
    with sessions() as s:
        assert plain_audience(s, segment, "abholung", "de") is None
    created = lifecycle.create(sessions, "optout", "abholung", "de", segment, {"1": "first_name"})
    assert (created.recipients, created.excluded) == (1, [("opted_out", 1)])
    with sessions.begin() as s:
        s.get(Contact, cid).phone_e164 = "+491700000003"
        consent_rows = s.scalars(select(consent.ConsentEvent).where(consent.ConsentEvent.contact_id == cid))
        for row in consent_rows:
            s.delete(row)
        suppression.suppress(s, "+491700000009", reason="erased")
    with sessions() as s:
        assert plain_audience(s, segment, "abholung", "de") is None
