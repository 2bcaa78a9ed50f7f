"""The inbox's template picker fills the body's values and a header file, not a link button's value: a template
whose link button has a variable is offered with the reason it cannot be sent from a chat (Meta would refuse the
message without it), instead of failing at Meta."""

from __future__ import annotations

from datetime import timedelta

from klaros_desktop.models import Contact
from klaros_desktop.services.messaging import compose, templates

from .conftest import text_message

WA = "4915112345678"


def test_a_template_with_a_link_variable_is_offered_with_the_reason_it_cannot_be_sent(sessions, apply, now):
    with sessions.begin() as s:
        templates.store(s, [
            {"id": "1", "name": "track_order", "language": "de", "status": "APPROVED", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Sendung ist unterwegs."},
                            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Verfolgen",
                                                             "url": "https://shop.example/track/{{1}}"}]}]},
            {"id": "2", "name": "visit_us", "language": "de", "status": "APPROVED", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Hallo {{1}}, bis bald!"},
                            {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Website",
                                                             "url": "https://shop.example/"}]}]}])
    apply(text_message(WA, "wamid.OLD", "Danke!", now - timedelta(hours=30), "Anna"))
    with sessions() as s:
        contact_id = s.query(Contact).filter_by(phone_e164="+" + WA).one().id
    state = compose.composer_state(sessions, contact_id, now)
    choices = {c.name: c for c in state.templates}
    assert choices["visit_us"].refused is None  # a fixed link needs nothing
    refused = choices["track_order"].refused
    assert refused is not None and "link" in refused.source
