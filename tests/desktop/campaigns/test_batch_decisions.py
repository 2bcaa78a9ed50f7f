"""The campaign asks ``may_send`` for a batch of recipients at once (``policy.may_send_templates``): the same
decision as asking one by one, for every reason a recipient may be refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from klaros_desktop.models import Contact, MessageTemplate, utcnow
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.people import consent, suppression


@pytest.fixture
def mixed(sessions, add_contact, synced_templates):
    """Contacts refused for each reason, and some allowed, in a shuffled order."""
    ids = [
        add_contact("+4915100000300", "Frei"),
        add_contact("+4915100000301", "Alles Aus", opt_out=consent.SCOPE_ALL),
        add_contact("+4915100000302", "Werbung Aus", opt_out=consent.SCOPE_MARKETING),
        add_contact("+4915100000303", "Erlaubt", opt_in=True),
        add_contact("+4915100000304", "Gesperrt"),
        add_contact("+4915100000305", "Werbesperre"),
        add_contact("+4915100000306", "Wieder Da", opt_out=consent.SCOPE_ALL),
    ]
    with sessions.begin() as s:
        suppression.suppress(s, "+4915100000304", reason="erased")
        suppression.suppress(s, "+4915100000305", scope="marketing", reason="test")
        back = s.get(Contact, ids[6])
        consent.record(s, back, kind=consent.OPT_IN, scope=consent.SCOPE_ALL, source="keyword",
                       occurred_at=utcnow() - timedelta(hours=1))
        s.add(Contact(phone_e164=None, display_name="Ohne Nummer", notes="", custom_fields={}))
    return ids


@pytest.mark.parametrize(("template", "language"), [("order_ready", "de"), ("spring_sale", "de"),
                                                    ("gibt_es_nicht", "de")])
def test_batch_decisions_equal_one_by_one(sessions, mixed, template, language):
    with sessions() as s:
        contacts = list(s.scalars(select(Contact).order_by(Contact.id.desc())))
        one_by_one = [policy.may_send(s, c, policy.TEMPLATE, template_name=template, template_language=language)
                      for c in contacts]
        batch = policy.may_send_templates(s, contacts, template, language)
    assert [(d.allowed, d.reason_code, str(d.reason)) for d in batch] == [
        (d.allowed, d.reason_code, str(d.reason)) for d in one_by_one]
    codes = {d.reason_code for d in batch}
    if template == "spring_sale":  # every reason shows up at least once
        assert {None, "opted_out", "marketing_opt_out", "suppressed", "marketing_suppressed", "no_number"} <= codes
    elif template == "gibt_es_nicht":
        assert "template_unknown" in codes


def test_batch_decisions_see_a_template_that_is_no_longer_approved(sessions, mixed):
    with sessions.begin() as s:
        s.scalar(select(MessageTemplate).where(MessageTemplate.name == "order_ready")).status = "PAUSED"
    with sessions() as s:
        contacts = [s.get(Contact, mixed[0])]
        assert policy.may_send_templates(s, contacts, "order_ready", "de")[0].reason_code == "template_not_approved"
