"""Consent a webhook carries: STOP/START words and buttons in messages, and Meta's ``user_preferences``.

A message opts out only when it is exactly one of the shop's STOP words (``consent.Keywords``); a button
may also say "Stop promotions", which stops marketing only. START after a STOP by message or button also
lifts the marketing stop that came the same way. Each recorded event is audited with its correlation id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from klaros_desktop.models import Contact, Message
from klaros_desktop.services.core import audit
from klaros_desktop.services.inbound.contact_rows import ContactRows
from klaros_desktop.services.inbound.messages import Said
from klaros_desktop.services.messaging.statuses import meta_time
from klaros_desktop.services.people import consent

if TYPE_CHECKING:
    from klaros_desktop.services.inbound.apply import ApplyStats

MARKETING_STOP_PHRASES = {"STOP PROMOTIONS", "STOP MARKETING"}
_PREFERENCE = {"stop": consent.OPT_OUT, "resume": consent.OPT_IN, "signup": consent.OPT_IN}


class ConsentSignals:
    """Records the consent events of one batch (one session), with the shop's keywords read once."""

    def __init__(self, session: Session, people: ContactRows, *, actor: str):
        self.session = session
        self.people = people
        self.actor = actor
        self.keywords = consent.Keywords.from_settings(session)

    def _record(self, contact: Contact, kind: str, scope: str, source: str, stats: ApplyStats, *, occurred_at,
                detail: str | None, correlation_id: str | None, **evidence: int | None) -> None:
        """Record one event; ``evidence`` is ``message_id=`` for a message's words, nothing for Meta's word."""
        event = consent.record(self.session, contact, kind=kind, scope=scope, source=source, occurred_at=occurred_at,
                               evidence_message_id=evidence.get("message_id"), detail=detail,
                               correlation_id=correlation_id)
        if event is None:
            return
        stats.consent_events += 1
        stats.changes.contacts.add(contact.id)
        audit.record(self.session, f"consent_{kind}", actor=self.actor, subject=contact.phone_e164,
                     details={"scope": scope, "source": source, **evidence}, correlation_id=correlation_id)

    def from_messages(self, said: list[Said], stats: ApplyStats) -> None:
        for one in said:
            self._from_message(one, stats)

    def _from_message(self, said: Said, stats: ApplyStats) -> None:
        if said.type == "text":
            kind, source, scope = self.keywords.classify(said.text), "keyword", consent.SCOPE_ALL
        else:
            source, scope = "button", consent.SCOPE_ALL
            kind = self.keywords.classify(said.payload) or self.keywords.classify(said.text)
            folded = (consent.fold(value or "") for value in (said.payload, said.text))  # the payload may be an id
            if kind is None and any(phrase in MARKETING_STOP_PHRASES for phrase in folded):
                kind, scope = consent.OPT_OUT, consent.SCOPE_MARKETING
        if kind is None:
            return
        contact = self.session.get(Contact, said.contact_id)
        message_id = self.session.scalar(select(Message.id).where(Message.wamid == said.wamid))
        scopes = [scope]
        if kind == consent.OPT_IN:
            marketing = consent.state(self.session, contact).opted_out_marketing
            if marketing is not None and marketing.source in ("keyword", "button"):
                scopes.append(consent.SCOPE_MARKETING)
        for one_scope in scopes:
            self._record(contact, kind, one_scope, source, stats, occurred_at=said.occurred_at,
                         detail=(said.text or said.payload or "")[:200], correlation_id=said.correlation_id,
                         message_id=message_id)

    def from_user_preferences(self, value: dict, stats: ApplyStats, cid: str | None) -> None:
        """Meta's marketing stop/resume/signup, which the customer chose in WhatsApp itself."""
        profiles = {str(c.get("wa_id")): c for c in value.get("contacts") or [] if isinstance(c, dict)}
        for pref in value.get("user_preferences") or []:
            if not isinstance(pref, dict) or pref.get("category") != "marketing_messages" or not pref.get("wa_id"):
                continue
            kind = _PREFERENCE.get(pref.get("value"))
            if kind is None:
                continue
            wa_id = str(pref["wa_id"])
            profile = profiles.get(wa_id, {})
            row = self.people.contact(wa_id, profile.get("user_id"), (profile.get("profile") or {}).get("name"))
            self.people.write()
            contact = self.session.get(Contact, row.id)
            self._record(contact, kind, consent.SCOPE_MARKETING, "meta_user_preferences", stats,
                         occurred_at=meta_time(pref.get("timestamp")), detail=pref.get("detail"), correlation_id=cid)
