"""Consent: opt-outs and opt-ins with their evidence, and the keywords customers use to give them.

The newest event per scope (by when it happened, not when we learnt it) decides, so events applied
out of order still give the right answer. Recording is idempotent: the same evidence twice adds nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from klaros_desktop.models import ConsentEvent, Contact
from klaros_desktop.models.base import UTCDateTime
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase, local_time
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.bulk import among

OPT_IN = "opt_in"
OPT_OUT = "opt_out"
SCOPE_ALL = "all"
SCOPE_MARKETING = "marketing"
SOURCES = ("keyword", "button", "import", "manual", "meta_131050", "meta_user_preferences")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, punctuation around the word dropped: ' Arrêt! ' -> 'ARRET'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.strip().strip(".!¡?¿,;:'\"()[]").split()).upper()


@dataclass(frozen=True)
class Keywords:
    """The shop's STOP/START words, folded; a message opts out only if it is exactly one of them."""

    stop: frozenset[str]
    start: frozenset[str]

    @classmethod
    def from_settings(cls, session: Session) -> Keywords:
        return cls(
            stop=frozenset(fold(k) for k in settings.get(session, settings.STOP_KEYWORDS)),
            start=frozenset(fold(k) for k in settings.get(session, settings.START_KEYWORDS)),
        )

    @cached_property
    def longest(self) -> int:
        return max((len(k) for k in self.stop | self.start), default=0)

    def classify(self, text: str | None) -> str | None:
        """OPT_OUT / OPT_IN when the whole message is one of the keywords, else None ("stop it" is no opt-out)."""
        if not text or len(text) > self.longest + 8:  # cheap exit for ordinary messages
            return None
        folded = fold(text)
        if folded in self.stop:
            return OPT_OUT
        if folded in self.start:
            return OPT_IN
        return None


def record(
    session: Session,
    contact: Contact,
    *,
    kind: str,
    scope: str,
    source: str,
    occurred_at: datetime,
    evidence_message_id: int | None = None,
    detail: str | None = None,
    correlation_id: str | None = None,
) -> ConsentEvent | None:
    """Add a consent event unless the same one (same evidence, or same time without evidence) exists."""
    if kind not in (OPT_IN, OPT_OUT) or scope not in (SCOPE_ALL, SCOPE_MARKETING) or source not in SOURCES:
        raise ValueError(f"bad consent event: kind={kind!r} scope={scope!r} source={source!r}")
    if contact.id is None:
        session.flush()
    same = select(ConsentEvent.id).where(
        ConsentEvent.contact_id == contact.id,
        ConsentEvent.kind == kind,
        ConsentEvent.scope == scope,
        ConsentEvent.source == source,
    )
    if evidence_message_id is not None:
        same = same.where(ConsentEvent.evidence_message_id == evidence_message_id)
    else:
        same = same.where(ConsentEvent.occurred_at == occurred_at)
    if session.scalar(same.limit(1)) is not None:
        return None
    event = ConsentEvent(
        contact_id=contact.id,
        kind=kind,
        scope=scope,
        source=source,
        occurred_at=occurred_at,
        evidence_message_id=evidence_message_id,
        detail=detail,
        correlation_id=correlation_id,
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ConsentState:
    opted_out_all: ConsentEvent | None  # the deciding opt-out, kept for the reason text
    opted_out_marketing: ConsentEvent | None


def state(session: Session, contact: Contact) -> ConsentState:
    """The contact's consent now: the newest event per scope decides."""
    latest: dict[str, ConsentEvent] = {}
    if contact.id is not None:
        for scope in (SCOPE_ALL, SCOPE_MARKETING):
            event = session.scalar(
                select(ConsentEvent)
                .where(ConsentEvent.contact_id == contact.id, ConsentEvent.scope == scope)
                .order_by(ConsentEvent.occurred_at.desc(), ConsentEvent.id.desc())
                .limit(1)
            )
            if event is not None and event.kind == OPT_OUT:
                latest[scope] = event
    return ConsentState(opted_out_all=latest.get(SCOPE_ALL), opted_out_marketing=latest.get(SCOPE_MARKETING))


def states(session: Session, contacts: list[Contact]) -> dict[int, ConsentState]:
    """``state`` for many contacts in one query (contact id -> state; contacts without events are left out)."""
    ids = [c.id for c in contacts if c.id is not None]
    if not ids:
        return {}
    latest: dict[tuple[int, str], ConsentEvent] = {}
    for event in session.scalars(select(ConsentEvent).where(
            among(ConsentEvent.contact_id, ids), ConsentEvent.scope.in_((SCOPE_ALL, SCOPE_MARKETING)))
            .order_by(ConsentEvent.contact_id, ConsentEvent.scope, ConsentEvent.occurred_at.desc(),
                      ConsentEvent.id.desc())):
        latest.setdefault((event.contact_id, event.scope), event)  # the first of each is the newest
    out: dict[int, ConsentState] = {}
    for (contact_id, scope), event in latest.items():
        if event.kind != OPT_OUT:
            continue
        before = out.get(contact_id, ConsentState(None, None))
        out[contact_id] = ConsentState(event if scope == SCOPE_ALL else before.opted_out_all,
                                       event if scope == SCOPE_MARKETING else before.opted_out_marketing)
    return out


# ---------------------------------------------------------------- the history as notices in a chat
_TS = UTCDateTime()


def _utc(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return _TS.process_result_value(value, None)


@dataclass
class ConsentNotice:
    id: int
    kind: str
    scope: str
    source: str
    occurred_at: datetime
    evidence_text: str | None
    detail: str | None

    def sentence(self) -> Phrase:
        if self.source == "keyword":
            word = self.evidence_text or self.detail
            how = (QT_TRANSLATE_NOOP("Consent", "via {word}").format(word=word) if word
                   else QT_TRANSLATE_NOOP("Consent", "via a keyword"))
        else:
            how = NOTICE_HOW.get(self.source, self.source)
        return NOTICE_WHAT[(self.kind == "opt_out", self.scope == "all")].format(
            how=how, when=local_time(self.occurred_at))


NOTICE_HOW = {
    "button": QT_TRANSLATE_NOOP("Consent", "with a button"),
    "import": QT_TRANSLATE_NOOP("Consent", "in an imported file"),
    "manual": QT_TRANSLATE_NOOP("Consent", "set by hand"),
    "meta_131050": QT_TRANSLATE_NOOP("Consent", "by Meta (they stopped marketing messages)"),
    "meta_user_preferences": QT_TRANSLATE_NOOP("Consent", "in their WhatsApp settings"),
}
NOTICE_WHAT = {  # (opted out, all messages) -> the notice
    (True, True): QT_TRANSLATE_NOOP("Consent", "Opted out of all messages {how} {when}"),
    (True, False): QT_TRANSLATE_NOOP("Consent", "Stopped marketing messages {how} {when}"),
    (False, True): QT_TRANSLATE_NOOP("Consent", "Opted in to all messages {how} {when}"),
    (False, False): QT_TRANSLATE_NOOP("Consent", "Opted in to marketing messages {how} {when}"),
}


def history(session: Session, contact_id: int) -> list[ConsentNotice]:
    rows = session.execute(text(
        "SELECT e.id, e.kind, e.scope, e.source, e.occurred_at, m.text, e.detail FROM consent_events e "
        "LEFT JOIN messages m ON m.id = e.evidence_message_id WHERE e.contact_id = :c "
        "ORDER BY e.occurred_at, e.id"), {"c": contact_id}).all()
    return [ConsentNotice(r[0], r[1], r[2], r[3], _utc(r[4]), r[5], r[6]) for r in rows]


SAME_STOP = timedelta(minutes=2)


def thread_notices(session: Session, contact_id: int) -> list[ConsentNotice]:
    """The notices a chat shows: the history, less a marketing stop that changes nothing the shop owner sees
    because the contact opted out of all messages at that moment (a customer's STOP often comes with WhatsApp's
    own "stop promotions", which would put two notices under one STOP)."""
    notices = history(session, contact_id)
    everything = [n for n in notices if n.scope == SCOPE_ALL]
    shown = []
    for notice in notices:
        if notice.scope == SCOPE_MARKETING and notice.kind == OPT_OUT:
            deciding = [n for n in everything if n.occurred_at <= notice.occurred_at + SAME_STOP]
            if deciding and deciding[-1].kind == OPT_OUT:
                continue
        shown.append(notice)
    return shown
