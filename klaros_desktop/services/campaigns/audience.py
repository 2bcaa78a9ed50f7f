"""Who a campaign goes to: a segment of the contacts (or a list of numbers), and who is left out and why.

The live count and the exclusions come from the same function the campaign is created with, so what the
shop owner was shown is what is queued. Each excluded contact is named with a reason code; the reasons
are ``policy.may_send``'s own (the one decision for every send) plus the campaign rule that a MARKETING
template goes only to people with a recorded marketing opt-in (a per-shop setting relaxes it:
``settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN``, changed through ``settings.change``, which audits it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, String, cast, func, null, select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import ConsentEvent, Contact, Conversation, SuppressedNumber, Tag, contact_tags, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.bulk import among
from klaros_desktop.services.messaging import policy
from klaros_desktop.services.people import consent
from klaros_desktop.services.people import contacts as contact_service
from klaros_desktop.services.pricing.countries import country_of

NO_MARKETING_OPT_IN = "no_marketing_opt_in"
UNKNOWN_NUMBER = "unknown_number"

# consent filter values
OPTED_IN = "opted_in"  # a recorded opt-in (marketing or all) that no later opt-out undid
NOT_OPTED_OUT = "not_opted_out"  # anyone who has not opted out of all messages

EXCLUSION_REASONS: dict[str, Phrase] = {
    "no_number": QT_TRANSLATE_NOOP("Campaigns", "no phone number"),
    "suppressed": QT_TRANSLATE_NOOP("Campaigns", "erased on request (number suppressed)"),
    "opted_out": QT_TRANSLATE_NOOP("Campaigns", "opted out of all messages"),
    "marketing_opt_out": QT_TRANSLATE_NOOP("Campaigns", "stopped marketing messages"),
    "marketing_suppressed": QT_TRANSLATE_NOOP("Campaigns", "must not receive marketing messages"),
    NO_MARKETING_OPT_IN: QT_TRANSLATE_NOOP("Campaigns", "no recorded marketing opt-in"),
    UNKNOWN_NUMBER: QT_TRANSLATE_NOOP("Campaigns", "the number is not among the contacts"),
}


def reason_text(code: str | None) -> Phrase | str:
    return EXCLUSION_REASONS.get(code or "", code or "")


@dataclass(frozen=True)
class Segment:
    """A filter over the contacts. Empty fields do not filter; ``numbers`` (from a CSV) replaces the rest."""

    tags_any: tuple[str, ...] = ()
    tags_all: tuple[str, ...] = ()
    tags_none: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # ISO regions, from the number's calling code
    consent: str | None = None  # OPTED_IN | NOT_OPTED_OUT | None
    inbound_within_days: int | None = None  # last message from them at most this many days ago
    window_open: bool | None = None  # their 24-hour window is open (True) or closed (False)
    # (custom field, value): the contact's field equals the value (compared without case); an empty value
    # means "has any value in that field". Several pairs must all hold.
    custom_fields: tuple[tuple[str, str], ...] = ()
    numbers: tuple[str, ...] = ()  # E.164 numbers chosen by a file, instead of the filters

    def to_json(self) -> dict[str, Any]:
        return {k: [list(p) if isinstance(p, tuple) else p for p in v] if isinstance(v, tuple) else v
                for k, v in asdict(self).items() if v not in ((), None)}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Segment:
        data = {k: v for k, v in dict(data or {}).items() if k in cls.__dataclass_fields__}
        if "custom_fields" in data:
            data["custom_fields"] = tuple((str(k), str(v)) for k, v in data["custom_fields"])
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})

    @property
    def is_empty(self) -> bool:
        """No filter and no numbers: the segment would be every contact."""
        return not self.to_json()


class Member(NamedTuple):
    contact_id: int | None
    phone_e164: str | None
    reason_code: str | None = None  # None: included


@dataclass
class Audience:
    included: list[Member] = field(default_factory=list)
    excluded: list[Member] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.included)

    def exclusion_counts(self) -> list[tuple[str, int]]:
        """(reason code, how many), most frequent first."""
        return Counter(m.reason_code for m in self.excluded).most_common()


def has_marketing_opt_in(session: Session, contact: Contact) -> bool:
    """A recorded opt-in (scope marketing or all) that no later opt-out of either scope undid."""
    return contact.id is not None and contact.id in marketing_opt_ins(session, [contact.id])


def requires_marketing_opt_in(session: Session) -> bool:
    return bool(settings.get(session, settings.CAMPAIGNS_REQUIRE_MARKETING_OPT_IN))


def _tag_ids_query(names: tuple[str, ...]):
    return (select(contact_tags.c.contact_id).join(Tag, Tag.id == contact_tags.c.tag_id)
            .where(Tag.name.in_(names)))


class Candidate(NamedTuple):
    """The columns of a contact that choosing the audience needs (not the ORM object: a plan reads 100,000)."""

    id: int
    phone_e164: str | None
    name: str  # ``Contact.name``: may_send's sentences name the contact with it
    country: str | None = None
    custom_fields: dict | None = None

    @classmethod
    def of(cls, contact: Contact) -> Candidate:
        return cls(contact.id, contact.phone_e164, contact.name, contact.country, contact.custom_fields)


def name_column():
    """``Contact.name`` in SQL: the first non-empty of the shop's name, the profile name, the number, the BSUID."""
    return func.coalesce(func.nullif(Contact.display_name, ""), func.nullif(Contact.profile_name, ""),
                         func.nullif(Contact.phone_e164, ""), func.nullif(Contact.bsuid, ""),
                         "contact " + cast(Contact.id, String)).label("name")


def _custom_matches(fields: dict | None, wanted: tuple[tuple[str, str], ...]) -> bool:
    fields = fields or {}
    for key, value in wanted:
        have = fields.get(key)
        have = "" if have is None else str(have).strip()
        if not have or (value.strip() and have.casefold() != value.strip().casefold()):
            return False
    return True


def marketing_opt_ins(session: Session, contact_ids: list[int]) -> set[int]:
    """``has_marketing_opt_in`` for many contacts in two queries: the ids of those who have one."""
    if not contact_ids:
        return set()
    with_opt_in = set(session.scalars(select(ConsentEvent.contact_id).distinct().where(
        ConsentEvent.kind == consent.OPT_IN, among(ConsentEvent.contact_id, contact_ids))))
    if not with_opt_in:
        return set()
    states = consent.states(session, [Candidate(i, None, "") for i in with_opt_in])
    return {i for i in with_opt_in if i not in states
            or (states[i].opted_out_all is None and states[i].opted_out_marketing is None)}


def _candidate_query(segment: Segment, now: datetime, *columns: Any) -> Select:
    """The SQL part of the segment's filters (tags, last inbound message) over ``columns`` of the contacts."""
    query = select(*columns).order_by(Contact.id)
    if segment.tags_any:
        query = query.where(Contact.id.in_(_tag_ids_query(segment.tags_any)))
    for name in segment.tags_all:
        query = query.where(Contact.id.in_(_tag_ids_query((name,))))
    if segment.tags_none:
        query = query.where(Contact.id.not_in(_tag_ids_query(segment.tags_none)))
    if segment.inbound_within_days is not None or segment.window_open is not None:
        last = (select(Conversation.contact_id, func.max(Conversation.last_inbound_at).label("last"))
                .group_by(Conversation.contact_id).subquery())
        query = query.outerjoin(last, last.c.contact_id == Contact.id)
        if segment.inbound_within_days is not None:
            query = query.where(last.c.last >= now - timedelta(days=segment.inbound_within_days))
        if segment.window_open is True:
            query = query.where(last.c.last > now - policy.WINDOW)
        elif segment.window_open is False:
            query = query.where((last.c.last.is_(None)) | (last.c.last <= now - policy.WINDOW))
    return query


def _candidates(session: Session, segment: Segment, now: datetime) -> list[Candidate]:
    """The contacts the filters choose."""
    # the Candidate's fields (a plan reads 100,000 contacts: no ORM object per row)
    query = _candidate_query(segment, now, Contact.id, Contact.phone_e164, name_column(), Contact.country,
                             Contact.custom_fields if segment.custom_fields else null().label("custom_fields"))
    # Core rows in one fetch, as named tuples (their fields are read several times each, and faster than a Row's)
    found = list(map(Candidate._make, session.connection().execute(query).all()))
    if segment.custom_fields:
        found = [c for c in found if _custom_matches(c.custom_fields, segment.custom_fields)]
    if segment.countries:
        # the stored country, else the calling code's (``country_of`` gives ``phones.region_of``'s answer)
        wanted = {c.upper() for c in segment.countries}
        found = [c for c in found if (c.country or (country_of(c.phone_e164) if c.phone_e164 else None)) in wanted]
    if segment.consent == OPTED_IN:
        opted_in = marketing_opt_ins(session, [c.id for c in found])
        found = [c for c in found if c.id in opted_in]
    elif segment.consent == NOT_OPTED_OUT:
        states = consent.states(session, found)
        found = [c for c in found if c.id not in states or states[c.id].opted_out_all is None]
    return found


def exclusion(session: Session, contact: Contact, template_name: str, language: str, *,
              need_opt_in: bool | None = None) -> str | None:
    """Why this contact must not get the campaign (a reason code), or None. Template problems are the
    campaign's, not the contact's: they raise ``ValueError`` with may_send's sentence."""
    decision = policy.may_send(session, contact, policy.TEMPLATE, template_name=template_name,
                               template_language=language)
    if need_opt_in is None:
        need_opt_in = requires_marketing_opt_in(session)
    opted_in = marketing_opt_ins(session, [contact.id]) if contact.id is not None else set()
    return _excluded_by(contact.id, decision, need_opt_in, opted_in)


def select_audience(session: Session, segment: Segment, template_name: str, language: str, *,
                    now: datetime | None = None) -> Audience:
    """The recipients of ``segment`` for this template, and those left out with their reason.

    Every fact is read for the whole set at once (the send decision, the marketing opt-ins), so the number of
    queries does not grow with the audience."""
    now = now or utcnow()
    audience = Audience()
    need_opt_in = requires_marketing_opt_in(session)
    if segment.numbers:
        contacts: list[Candidate] = []
        seen: set[str] = set()
        for number in segment.numbers:
            if number in seen:
                continue
            seen.add(number)
            contact = contact_service.find_by_number(session, number)
            if contact is None:
                audience.excluded.append(Member(None, number, UNKNOWN_NUMBER))
            else:
                contacts.append(Candidate.of(contact))
    else:
        contacts = _candidates(session, segment, now)
    decisions = policy.may_send_templates(session, contacts, template_name, language)
    template = next((d.template for d in decisions if d.allowed), None)
    marketing = template is not None and (template.category or "").upper() == "MARKETING"
    opted_in = marketing_opt_ins(session, [c.id for c, d in zip(contacts, decisions, strict=True) if d.allowed]) \
        if marketing and need_opt_in else set()
    included, excluded = audience.included, audience.excluded
    plainly_in = not (marketing and need_opt_in)  # an allowed send is enough
    for contact, decision in zip(contacts, decisions, strict=True):
        if decision.allowed and plainly_in:
            included.append(Member(contact.id, contact.phone_e164))
            continue
        reason = _excluded_by(contact.id, decision, need_opt_in, opted_in)
        (excluded if reason else included).append(Member(contact.id, contact.phone_e164, reason))
    return audience


def plain_audience(session: Session, segment: Segment, template_name: str, language: str, *,
                   now: datetime | None = None) -> Select | None:
    """The segment as one SELECT of the contacts' ``id`` and ``phone_e164`` when nothing about any one of them
    decides beyond having a number, so SQL can queue them without Python reading each row: every filter is one
    SQL does, nobody was erased, none of them opted out of anything, and the template is approved and not a
    marketing one that needs recorded opt-ins. Then ``select_audience`` would include exactly those with a number
    and leave out the others as ``no_number``. None otherwise (``select_audience`` decides each contact)."""
    if segment.numbers or segment.custom_fields or segment.countries or segment.consent:
        return None
    if session.scalar(select(SuppressedNumber.number_hash).limit(1)) is not None:
        return None
    template = policy.find_template(session, template_name, language)
    if template is None or template.status != "APPROVED":
        return None
    if (template.category or "").upper() == "MARKETING" and requires_marketing_opt_in(session):
        return None
    now = now or utcnow()
    opted_out = session.scalar(select(ConsentEvent.id).where(
        ConsentEvent.kind == consent.OPT_OUT, ConsentEvent.scope.in_((consent.SCOPE_ALL, consent.SCOPE_MARKETING)),
        ConsentEvent.contact_id.in_(_candidate_query(segment, now, Contact.id).order_by(None))).limit(1))
    if opted_out is not None:
        return None
    return _candidate_query(segment, now, Contact.id, Contact.phone_e164)


def _excluded_by(contact_id: int | None, decision: policy.Decision, need_opt_in: bool, opted_in: set[int]
                 ) -> str | None:
    """``exclusion`` from a decision ``may_send`` (or ``may_send_templates``) already made; ``opted_in``: the
    contacts with a marketing opt-in (``marketing_opt_ins``; only read for a MARKETING template)."""
    if not decision.allowed:
        if decision.reason_code in ("template_unknown", "template_not_approved"):
            raise ValueError(decision.reason)
        return decision.reason_code
    marketing = (decision.template.category or "").upper() == "MARKETING"
    if marketing and need_opt_in and contact_id not in opted_in:
        return NO_MARKETING_OPT_IN
    return None


def live_count(sessions: sessionmaker[Session], segment: Segment, template_name: str, language: str
               ) -> dict[str, Any]:
    """What a screen shows while the owner edits the segment, in a short read-only session of its own:
    ``{"recipients", "excluded": [{"reason", "count"}]}``, the same numbers ``lifecycle.create`` will queue."""
    with sessions() as session:
        found = select_audience(session, segment, template_name, language)
    return {"recipients": found.count,
            "excluded": [{"reason": reason, "count": count} for reason, count in found.exclusion_counts()]}
