"""The column-wise values (``column_values``, what a launch freezes) equal the ones ``variables.resolver`` gives one
recipient at a time (what the preview shows), for every kind of source, over generated contacts: Unicode names,
whitespace of every kind, numbers and other JSON in custom fields, missing fields, fallbacks, fixed text with
``|``, recipients without a contact or with a number of their own."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text

from klaros_desktop.models import Campaign, CampaignRecipient, Contact
from klaros_desktop.services.campaigns import column_values, variables

KEYS = ("first_name", "code", "straße", "a.b", 'q"x', "x y", "n1")
ODD = column_values.WHITESPACE + "ab|Äßé漢😀-.,'\"\\"
TEXTS = st.text(alphabet=st.one_of(st.sampled_from(ODD), st.characters(
    blacklist_categories=("Cs",), blacklist_characters="\x00")), max_size=10)
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
