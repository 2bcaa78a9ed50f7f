"""``may_send``: the one decision every send goes through (single message, template, later campaigns).

Refusal reasons, checked in this order: no number; erased (suppressed hash); opted out; template
unknown or not approved; marketing to a marketing opt-out; free-form outside the 24-hour customer
service window (from the customer's last inbound message).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klaros_desktop.models import Contact, Conversation, MessageTemplate, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.people import consent, suppression

WINDOW = timedelta(hours=24)

FREE_FORM = "free_form"
TEMPLATE = "template"
KINDS = (FREE_FORM, TEMPLATE)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason_code: str | None = None
    reason: Phrase | None = None  # English as a str; ui.i18n.render shows it translated
    template: MessageTemplate | None = None

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def _refuse(code: str, reason: Phrase) -> Decision:
    return Decision(False, code, reason)


def last_inbound_at(session: Session, contact: Contact) -> datetime | None:
    return session.scalar(
        select(func.max(Conversation.last_inbound_at)).where(Conversation.contact_id == contact.id)
    ) if contact.id is not None else None


def window_closes_at(session: Session, contact: Contact) -> datetime | None:
    last = last_inbound_at(session, contact)
    if last is None:
        return None
    return last + WINDOW


def find_template(session: Session, name: str, language: str) -> MessageTemplate | None:
    return session.scalar(select(MessageTemplate).where(MessageTemplate.name == name,
                                                        MessageTemplate.language == language))


def may_send(
    session: Session,
    contact: Contact,
    kind: str,
    *,
    template_name: str | None = None,
    template_language: str | None = None,
    now: datetime | None = None,
) -> Decision:
    """Allowed, or refused with a reason code and a sentence the shop owner understands."""
    if kind not in KINDS:
        raise ValueError(f"unknown send kind {kind!r}; expected one of {KINDS}")
    if kind == TEMPLATE and (not template_name or not template_language):
        raise ValueError("a template send needs the template name and language")
    if not contact.phone_e164:
        return _decide(contact, kind, set(), None, None, template_name, template_language, None, now)
    scopes = suppression.suppressed_scopes(session, contact.phone_e164)
    state = consent.state(session, contact) if "all" not in scopes else None
    template = find_template(session, template_name, template_language) if kind == TEMPLATE else None
    last = last_inbound_at(session, contact) if kind == FREE_FORM else None
    return _decide(contact, kind, scopes, state, template, template_name, template_language, last, now)


_FIND = object()


def may_send_templates(session: Session, contacts: Sequence[Contact | Any], template_name: str,
                       template_language: str, *, template: MessageTemplate | object | None = _FIND
                       ) -> list[Decision]:
    """``may_send(session, c, TEMPLATE, ...)`` for each of ``contacts``, with the facts read in a few queries
    for all of them (a campaign asks for a batch of recipients at once); the same decision, in order. A contact
    may be any object with ``id``, ``phone_e164`` and ``name`` (a plan reads columns, not ORM objects).
    ``template``: the template as the caller read it in this transaction (None: not known), instead of looking
    it up here."""
    if template is _FIND:
        template = find_template(session, template_name, template_language)
    assert template is None or isinstance(template, MessageTemplate)
    numbers = [c.phone_e164 for c in contacts if c.phone_e164]
    scopes = suppression.suppressed_scopes_many(session, numbers)
    states = consent.states(session, [c for c in contacts if c.phone_e164])
    no_facts = consent.ConsentState(None, None)
    plain: Decision | None = None  # the decision for a number without suppression or consent events
    if not scopes and not states:  # the usual case: nothing about anyone decides, only the template and the number
        with_number = next((c for c in contacts if c.phone_e164), None)
        if with_number is not None:
            plain = _decide(with_number, TEMPLATE, set(), no_facts, template, template_name, template_language,
                            None, None)
        return [plain if c.phone_e164 else _decide(c, TEMPLATE, set(), no_facts, template, template_name,
                                                   template_language, None, None) for c in contacts]
    decisions: list[Decision] = []
    for c in contacts:
        found = scopes.get(c.phone_e164) if c.phone_e164 else None
        state = states.get(c.id)
        if c.phone_e164 and not found and state is None:
            # nothing about this contact decides: the template alone does, the same for all of them
            if plain is None:
                plain = _decide(c, TEMPLATE, set(), no_facts, template, template_name, template_language, None, None)
            decisions.append(plain)
            continue
        decisions.append(_decide(c, TEMPLATE, found or set(), state or no_facts, template, template_name,
                                 template_language, None, None))
    return decisions


def _decide(contact: Contact, kind: str, scopes: set[str], state: consent.ConsentState | None,
            template: MessageTemplate | None, template_name: str | None, template_language: str | None,
            last: datetime | None, now: datetime | None) -> Decision:
    """The decision itself, from the facts ``may_send`` (or ``may_send_templates``) read."""
    now = now or utcnow()
    who = contact.name
    if not contact.phone_e164:
        return _refuse("no_number", QT_TRANSLATE_NOOP("Policy", "{who} has no phone number to send to.").format(
            who=who))
    if "all" in scopes:
        return _refuse("suppressed", QT_TRANSLATE_NOOP(
            "Policy", "This number belongs to a person whose data was erased; Klaros will not message it again."))
    assert state is not None
    if state.opted_out_all is not None:
        return _refuse("opted_out", QT_TRANSLATE_NOOP(
            "Policy", "{who} opted out of all messages on {when} ({source}); they can write START to opt back in."
        ).format(who=who, when=state.opted_out_all.occurred_at, source=state.opted_out_all.source))
    if kind == TEMPLATE:
        if template is None:
            return _refuse("template_unknown", QT_TRANSLATE_NOOP(
                "Policy", "Template {name!r} ({language}) is not known; refresh the templates from Meta."
            ).format(name=template_name, language=template_language))
        if template.status != "APPROVED":
            return _refuse("template_not_approved", QT_TRANSLATE_NOOP(
                "Policy", "Template {name!r} ({language}) is {status}, not approved by Meta."
            ).format(name=template_name, language=template_language, status=template.status))
        if (template.category or "").upper() == "MARKETING":
            if "marketing" in scopes:
                return _refuse("marketing_suppressed", QT_TRANSLATE_NOOP(
                    "Policy", "This number must not receive marketing messages."))
            if state.opted_out_marketing is not None:
                return _refuse("marketing_opt_out", QT_TRANSLATE_NOOP(
                    "Policy", "{who} stopped marketing messages on {when}; only service and utility messages may "
                    "be sent.").format(who=who, when=state.opted_out_marketing.occurred_at))
        return Decision(True, template=template)
    if last is None:
        return _refuse("outside_window", QT_TRANSLATE_NOOP(
            "Policy", "{who} has never written to you; start with an approved template.").format(who=who))
    if now - last >= WINDOW:
        return _refuse("outside_window", QT_TRANSLATE_NOOP(
            "Policy", "The 24-hour window closed at {closed} ({who} last wrote {last}); send an approved template."
        ).format(closed=last + WINDOW, who=who, last=last))
    return ALLOWED
