"""may_send: the one decision, each refusal reason, and the 24-hour window edge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from klaros_desktop.models import Contact, Conversation, MessageTemplate
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.people import consent, suppression

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def shop(sessions):
    with sessions.begin() as s:
        c = Contact(phone_e164="+4915112345678", display_name="Jörg")
        s.add(c)
        s.flush()
        s.add(Conversation(contact_id=c.id, phone_number_id="pn", last_inbound_at=NOW - timedelta(hours=2)))
        s.add_all([
            MessageTemplate(name="order_ready", language="de", category="UTILITY", status="APPROVED"),
            MessageTemplate(name="sale", language="de", category="MARKETING", status="APPROVED"),
            MessageTemplate(name="draft", language="de", category="UTILITY", status="PENDING"),
        ])
    return c.id


def decide(sessions, contact_id, kind, name=None, now=NOW):
    with sessions.begin() as s:
        return policy.may_send(s, s.get(Contact, contact_id), kind, template_name=name,
                               template_language="de" if name else None, now=now)


def test_free_form_inside_window_and_templates_allowed(sessions, shop):
    assert decide(sessions, shop, policy.FREE_FORM).allowed
    assert decide(sessions, shop, policy.TEMPLATE, "order_ready").allowed
    assert decide(sessions, shop, policy.TEMPLATE, "sale").allowed


@pytest.mark.parametrize("hours,allowed", [(23.99, True), (24, False), (30, False)])
def test_window_is_24_hours_from_the_last_inbound_message(sessions, shop, hours, allowed):
    decision = decide(sessions, shop, policy.FREE_FORM, now=NOW - timedelta(hours=2) + timedelta(hours=hours))
    assert decision.allowed is allowed
    if not allowed:
        assert decision.reason_code == "outside_window"
        assert decide(sessions, shop, policy.TEMPLATE, "order_ready",
                      now=NOW + timedelta(hours=hours)).allowed  # templates still go


def test_never_wrote_means_template_only(sessions):
    with sessions.begin() as s:
        c = Contact(phone_e164="+4915100000009")
        s.add(c)
    d = decide(sessions, c.id, policy.FREE_FORM)
    assert (d.allowed, d.reason_code) == (False, "outside_window")


def test_template_unknown_and_not_approved(sessions, shop):
    assert decide(sessions, shop, policy.TEMPLATE, "nope").reason_code == "template_unknown"
    d = decide(sessions, shop, policy.TEMPLATE, "draft")
    assert (d.allowed, d.reason_code) == (False, "template_not_approved")
    assert "PENDING" in d.reason


def _consent(sessions, contact_id, kind, scope, when):
    with sessions.begin() as s:
        consent.record(s, s.get(Contact, contact_id), kind=kind, scope=scope, source="manual", occurred_at=when)


def test_opt_out_refuses_everything_until_opt_in(sessions, shop):
    _consent(sessions, shop, consent.OPT_OUT, consent.SCOPE_ALL, NOW - timedelta(hours=1))
    for kind, name in ((policy.FREE_FORM, None), (policy.TEMPLATE, "order_ready"), (policy.TEMPLATE, "sale")):
        d = decide(sessions, shop, kind, name)
        assert (d.allowed, d.reason_code) == (False, "opted_out")
    _consent(sessions, shop, consent.OPT_IN, consent.SCOPE_ALL, NOW - timedelta(minutes=5))
    assert decide(sessions, shop, policy.FREE_FORM).allowed


def test_marketing_opt_out_refuses_only_marketing(sessions, shop):
    _consent(sessions, shop, consent.OPT_OUT, consent.SCOPE_MARKETING, NOW - timedelta(hours=1))
    d = decide(sessions, shop, policy.TEMPLATE, "sale")
    assert (d.allowed, d.reason_code) == (False, "marketing_opt_out")
    assert decide(sessions, shop, policy.TEMPLATE, "order_ready").allowed
    assert decide(sessions, shop, policy.FREE_FORM).allowed


def test_older_opt_in_applied_later_does_not_undo_a_newer_opt_out(sessions, shop):
    _consent(sessions, shop, consent.OPT_OUT, consent.SCOPE_ALL, NOW - timedelta(hours=1))
    _consent(sessions, shop, consent.OPT_IN, consent.SCOPE_ALL, NOW - timedelta(hours=3))
    assert decide(sessions, shop, policy.FREE_FORM).reason_code == "opted_out"


def test_suppressed_number_is_refused_even_as_a_new_contact(sessions, shop):
    with sessions.begin() as s:
        suppression.suppress(s, "+4915122222222", reason="erased")
        c = Contact(phone_e164="+4915122222222")
        s.add(c)
    d = decide(sessions, c.id, policy.TEMPLATE, "order_ready")
    assert (d.allowed, d.reason_code) == (False, "suppressed")
    with sessions() as s:
        # the number itself is stored nowhere, only its salted hash
        from sqlalchemy import text

        stored = s.execute(text("SELECT number_hash FROM suppressed_numbers")).scalar()
    assert "4915122222222" not in stored and len(stored) == 64


def test_salt_is_per_profile(tmp_path):
    from klaros_desktop import db
    from klaros_desktop.paths import Profile

    hashes = []
    for name in ("a", "b"):
        engine, sessions = db.open_database(Profile(tmp_path / name))
        with sessions.begin() as s:
            hashes.append(suppression.number_hash(s, "+4915122222222"))
            assert suppression.number_hash(s, "+4915122222222") == hashes[-1]
        engine.dispose()
    assert hashes[0] != hashes[1]


def test_no_number_and_bad_kind(sessions):
    with sessions.begin() as s:
        c = Contact(bsuid="US.123")
        s.add(c)
    assert decide(sessions, c.id, policy.FREE_FORM).reason_code == "no_number"
    with pytest.raises(ValueError), sessions() as s:
        policy.may_send(s, s.get(Contact, c.id), "carrier_pigeon")
