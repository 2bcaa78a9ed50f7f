"""The column-wise values (``column_values``, what a launch freezes) equal the ones ``variables.resolver`` gives one
recipient at a time (what the preview shows), for every kind of source, over generated contacts: Unicode names,
whitespace of every kind, numbers and other JSON in custom fields, missing fields, fallbacks, fixed text with
``|``, recipients without a contact or with a number of their own."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text

from klaros_desktop.models import Campaign, CampaignRecipient, Contact
from klaros_desktop.services.campaigns import column_values, variables

KEYS = ("first_name", "code", "straße", "a.b", 'q"x', "x y", "n1")
ODD = column_values.WHITESPACE + "ab|Äßé漢😀-.,'\"\\\x00"
TEXTS = st.text(alphabet=st.one_of(st.sampled_from(ODD), st.characters(blacklist_categories=("Cs",))), max_size=10)
JSON_VALUES = st.one_of(
    TEXTS, st.none(), st.booleans(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.floats(allow_nan=False, allow_infinity=False), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(("k", "ü")), TEXTS, max_size=2))
NUMBERS = st.one_of(st.none(), st.just(""), st.from_regex(r"\+49[0-9]{6,9}", fullmatch=True))
CONTACTS = st.lists(st.fixed_dictionaries({
    "contact": st.booleans(),
    "display_name": st.one_of(st.none(), TEXTS),
    "profile_name": st.one_of(st.none(), TEXTS),
    "phone": NUMBERS,
    "recipient_phone": NUMBERS,
    "custom": st.dictionaries(st.sampled_from(KEYS), JSON_VALUES, max_size=4),
}), min_size=1, max_size=8)
SOURCES = st.lists(st.builds(
    variables.Source,
    st.one_of(st.sampled_from(variables.FIELDS), st.sampled_from([variables.CUSTOM_PREFIX + k for k in KEYS]),
              TEXTS.map(lambda t: variables.TEXT_PREFIX + t)),
    st.one_of(st.none(), TEXTS)), min_size=1, max_size=5)


def _reference(row: dict, sources: list[variables.Source]) -> list[str]:
    """The values as the launch resolved them before: the contact's columns, custom fields read back from JSON."""
    phone = row["recipient_phone"] or (row["phone"] if row["contact"] else None)
    contact = variables.ContactFields(row["display_name"], row["profile_name"], row["phone"],
                                      json.loads(json.dumps(row["custom"])) or None) if row["contact"] else None
    names = [str(i) for i in range(len(sources))]
    values, _ = variables.resolver(names, dict(zip(names, sources, strict=True)))(contact, phone)
    return [values[n] for n in names]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=CONTACTS, sources=SOURCES)
def test_column_wise_values_equal_those_resolved_one_recipient_at_a_time(sessions, rows, sources):
    with sessions.begin() as s:
        s.execute(delete(CampaignRecipient))
        s.execute(delete(Campaign))
        s.execute(delete(Contact))
        campaign = Campaign(name="c", template_name="t", template_language="de", status="draft")
        s.add(campaign)
        s.flush()
        for i, row in enumerate(rows):
            contact_id = None
            if row["contact"]:
                number = row["phone"] and f"{row['phone']}{i}"  # unique; "" for the first only
                contact = Contact(phone_e164=None if number == "" and i else number, display_name=row["display_name"],
                                  profile_name=row["profile_name"], custom_fields=row["custom"], notes="")
                s.add(contact)
                s.flush()
                contact_id, row["phone"] = contact.id, contact.phone_e164
            s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=contact_id, state="queued",
                                    phone_e164=row["recipient_phone"]))
        s.flush()
        assert column_values.resolve_into(s, campaign.id, "queued", sources) == len(rows)
        got = column_values.read(s)
        ids = s.scalars(select(CampaignRecipient.id).order_by(CampaignRecipient.id)).all()
        column_values.drop(s)
    assert [r[0] for r in got] == ids
    for row, frozen in zip(rows, got, strict=True):
        phone = row["recipient_phone"] or (row["phone"] if row["contact"] else None)
        assert (frozen[1], list(frozen[2:])) == (phone, _reference(row, sources)), (row, sources)


def test_fixed_text_keeps_its_bar_and_a_field_its_fallback(sessions, add_contact):
    """``text:a|b`` is the whole text; ``custom.code|  ohne  `` falls back (stripped) where the field is missing."""
    add_contact("+491700000001", "  Ünal\u2003Öz ", custom={"first_name": "\u00a0", "n": 7, "b": True})
    sources = [variables.Source.parse(s) for s in ("text: a|b ", "custom.code|  ohne  ", "first_name",
                                                   "custom.n", "custom.b", "name")]
    with sessions.begin() as s:
        campaign = Campaign(name="c", template_name="t", template_language="de", status="draft")
        s.add(campaign)
        s.flush()
        s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=s.scalar(select(Contact.id)), state="queued"))
        s.flush()
        column_values.resolve_into(s, campaign.id, "queued", sources)
        (row,) = column_values.read(s)
        assert s.execute(text("SELECT count(*) FROM temp.campaign_values")).scalar() == 1
    assert row[1:] == ("+491700000001", "a|b", "ohne", "Ünal", "7", "True", "Ünal\u2003Öz")


LONG_TEXTS = st.one_of(TEXTS, st.text(alphabet=st.sampled_from("Aü漢 \u00a0|\x00"), min_size=30, max_size=70))
TEMPLATES = {
    "positional": ("POSITIONAL", [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}} ist da"},
                                  {"type": "BODY", "text": "Hallo {{1}}, {{2}} und {{10}}."},
                                  {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Ansehen",
                                                                   "url": "https://x.example/{{1}}"}]}]),
    "named": ("NAMED", [{"type": "HEADER", "format": "TEXT", "text": "{{titel}}"},
                        {"type": "BODY", "text": "Hallo {{vorname}}, Code {{code}}."}]),
    "plain": ("POSITIONAL", [{"type": "BODY", "text": "Hallo {{1}}."}]),
}
SPEC_SOURCES = st.builds(
    variables.Source,
    st.one_of(st.sampled_from(variables.FIELDS), st.sampled_from([variables.CUSTOM_PREFIX + k for k in KEYS]),
              LONG_TEXTS.map(lambda t: variables.TEXT_PREFIX + t)),
    st.one_of(st.none(), TEXTS, st.just("du"), LONG_TEXTS))
LAUNCH_CONTACTS = st.lists(st.fixed_dictionaries({
    "display_name": st.one_of(st.none(), LONG_TEXTS),
    "profile_name": st.one_of(st.none(), TEXTS),
    "custom": st.dictionaries(st.sampled_from(KEYS), st.one_of(JSON_VALUES, LONG_TEXTS), max_size=3),
}), min_size=1, max_size=6)


def _campaign(sessions, template: str, sources: list[variables.Source], contacts: list[int]) -> int:
    """A draft campaign of ``template`` to ``contacts``, its variables filled from ``sources`` in order (the body's,
    the link button's, the title's)."""
    components = TEMPLATES[template][1]
    names = variables.placeholders(_Template(components))
    header = variables.header_placeholders(_Template(components))
    buttons = ["0"] if template == "positional" else []
    given = iter(sources)
    with sessions.begin() as s:
        campaign = Campaign(name="c", template_name=template, template_language="de", status="draft",
                            parameters=[{n: next(given).to_json() for n in names}],
                            button_sources={i: next(given).to_json() for i in buttons} or None)
        campaign.header_params = {"name": header[0], "source": next(given).to_json()} if header else None
        s.add(campaign)
        s.flush()
        for contact_id in contacts:
            number = s.get(Contact, contact_id).phone_e164
            s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=contact_id, state="queued", phone_e164=number))
        return campaign.id


def _launched(sessions, campaign_id: int):
    """Launch the campaign: the recipients' frozen values by number, or the refusal (its sentence, problems and
    code)."""
    from klaros_desktop.services.campaigns import lifecycle

    try:
        lifecycle.launch(sessions, campaign_id)
    except lifecycle.CampaignRefused as exc:
        return str(exc), exc.problems, exc.code
    with sessions() as s:
        return {r.phone_e164: (r.params, r.button_params, r.header_params) for r in s.scalars(
            select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id))}


def _frozen_one_by_one(sessions, campaign_id: int):
    """What ``_launched`` must give, worked out a recipient at a time from the ORM's contact by ``resolve_values``
    (what the preview shows): each recipient's values, in the order of its recipient id, the empty ones and the
    titles too long for the room the template leaves; the refusal those make, else the values as sent."""
    from klaros_desktop.services.campaigns import lifecycle
    from klaros_desktop.services.messaging import template_header

    with sessions() as s:
        campaign = s.get(Campaign, campaign_id)
        template = lifecycle._template(s, campaign.template_name, campaign.template_language)
        mapping, button_mapping = lifecycle._mapping(campaign), lifecycle._button_mapping(campaign)
        header_source = lifecycle._header_source(campaign)
        room = template_header.title_room(template)
        problems, long_titles, frozen = [], [], {}
        for recipient in s.scalars(select(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id)
                                   .order_by(CampaignRecipient.id)):
            contact = s.get(Contact, recipient.contact_id)
            phone = recipient.phone_e164 or contact.phone_e164
            got = lifecycle.resolve_values(template, mapping, button_mapping, contact, phone, header_source)
            if got.empty:
                problems.append({"recipient": phone, "empty": got.empty})
            for name, value in got.header.items():
                if len(value) > room:
                    long_titles.append({"recipient": phone, "too_long": [variables.header_key(name)],
                                        "length": len(template_header.filled_title(template, value))})
            frozen[phone] = (variables.parameters(template, got.names, got.values), got.buttons or None,
                             got.header or None)
        try:
            lifecycle._refuse(problems, long_titles, room, template)
        except lifecycle.CampaignRefused as exc:
            return str(exc), exc.problems, exc.code
        return frozen


class _Template:
    def __init__(self, components):
        self.components, self.name, self.parameter_format = components, "t", None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(template=st.sampled_from(sorted(TEMPLATES)), sources=st.lists(SPEC_SOURCES, min_size=5, max_size=5),
       rows=LAUNCH_CONTACTS)
def test_a_launch_freezes_or_refuses_exactly_as_resolved_one_recipient_at_a_time(sessions, template, sources, rows):
    from klaros_desktop.models import MessageTemplate

    with sessions.begin() as s:
        s.execute(delete(CampaignRecipient))
        s.execute(delete(Campaign))
        s.execute(delete(Contact))
        if s.scalar(select(MessageTemplate.id).where(MessageTemplate.name == template)) is None:
            fmt, components = TEMPLATES[template]
            s.add(MessageTemplate(name=template, language="de", category="MARKETING", status="APPROVED",
                                  parameter_format=fmt, components=components))
        contacts = []
        for i, row in enumerate(rows):
            contact = Contact(phone_e164=f"+4917{i:08d}", display_name=row["display_name"],
                              profile_name=row["profile_name"], custom_fields=row["custom"], notes="")
            s.add(contact)
            s.flush()
            contacts.append(contact.id)
    campaign_id = _campaign(sessions, template, sources, contacts)
    by_row = _frozen_one_by_one(sessions, campaign_id)
    assert _launched(sessions, campaign_id) == by_row, (template, sources, rows)
    event("refused: " + (by_row[2] or "empty") if isinstance(by_row, tuple) else "frozen")


def test_a_stored_first_name_is_frozen_when_the_title_has_a_variable_of_the_same_name(sessions):
    """The title's ``{{1}}`` from fixed text and the body's ``{{1}}`` from the first name: the stored first name is
    frozen, as the preview shows it (not the first word of the name)."""
    from klaros_desktop.models import MessageTemplate

    with sessions.begin() as s:
        fmt, components = TEMPLATES["positional"]
        s.add(MessageTemplate(name="positional", language="de", category="MARKETING", status="APPROVED",
                              parameter_format=fmt, components=components))
        contact = Contact(phone_e164="+491700000001", display_name="Dr. Anna Berg", notes="",
                          custom_fields={"first_name": "Anna"})
        s.add(contact)
        s.flush()
        contact_id = contact.id
    sources = [variables.Source.parse(spec) for spec in ("first_name", "name", "phone", "phone", "text:4711")]
    campaign_id = _campaign(sessions, "positional", sources, [contact_id])
    expected = {"+491700000001": (["Anna", "Dr. Anna Berg", "+491700000001"], {"0": "+491700000001"},
                                  {"1": "4711"})}
    assert _frozen_one_by_one(sessions, campaign_id) == expected
    assert _launched(sessions, campaign_id) == expected


def test_the_whitespace_stripped_is_pythons():
    import sys

    assert "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()) == column_values.WHITESPACE
