"""A campaign's life outside the sending itself: create, launch (values frozen), pause, cancel, release a held
recipient, retry the retryable failures, status counts, preview and the outcomes as CSV.

Every change is audited under the campaign's own correlation id (``campaign-<id>``); the sends themselves
are audited under one id per request by ``sender.py``. Refusals raise ``CampaignRefused`` with a sentence.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, exists, func, literal, null, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.graph import errors as meta_errors
from klaros_desktop.models import Campaign, CampaignRecipient, Contact, Message, MessageTemplate, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.campaigns import audience as audience_mod
from klaros_desktop.services.campaigns import column_values, header_parts, header_upload, variables
from klaros_desktop.services.core import audit, bulk
from klaros_desktop.services.media import header_media as header_mod
from klaros_desktop.services.messaging import policy, template_header
from klaros_desktop.services.messaging.sending import render_template_text

# campaign states
DRAFT, RUNNING, PAUSED, STOPPED, DONE, CANCELLED = "draft", "running", "paused", "stopped", "done", "cancelled"
RESUMABLE = (PAUSED, STOPPED, RUNNING)

# recipient states
QUEUED, SENDING, SENT, DELIVERED, READ, REPLIED = "queued", "sending", "sent", "delivered", "read", "replied"
FAILED, SKIPPED, HELD = "failed", "skipped", "held"
STATES = (QUEUED, SENDING, SENT, DELIVERED, READ, REPLIED, FAILED, SKIPPED, HELD)

# a failure worth another try later; 131049 only after a day (Meta's per-user marketing limit)
RETRYABLE_CODES = {130429, 131056, 131000, 131016, 131049}
NOT_BEFORE_AFTER_131049 = timedelta(hours=24)

STOP_REASONS: dict[str, Phrase] = {
    "spam_limit": QT_TRANSLATE_NOOP("Campaigns", "Paused: {explanation}"),
    "template_error": QT_TRANSLATE_NOOP("Campaigns", "Stopped because WhatsApp refused the template: "
                                        "{explanation}"),
    "auth": QT_TRANSLATE_NOOP("Campaigns", "Stopped: {explanation} (Settings → WhatsApp connection)"),
    "owner": QT_TRANSLATE_NOOP("Campaigns", "Paused by you."),
    "template_refused": QT_TRANSLATE_NOOP("Campaigns", "Stopped: the template is no longer approved (or no longer "
                                          "known); refresh the templates and resume when Meta approves it."),
    "header_upload": header_upload.upload_failed_sentence(),
}


class CampaignRefused(ValueError):
    """The action cannot be done; ``str(exc)`` says why in words for the shop owner. ``code`` names the
    refusals a caller may answer in its own words (``header_missing``: the template's file is not chosen;
    ``location_missing``: its map's place is not given)."""

    def __init__(self, reason: Phrase | str, problems: list[dict[str, Any]] | None = None, *,
                 code: str | None = None):
        super().__init__(reason)
        self.problems = problems or []
        self.code = code


def campaign_cid(campaign_id: int) -> str:
    return f"campaign-{campaign_id}"


def stop_reason(campaign: Campaign) -> Phrase | None:
    """Why the campaign paused or stopped, in words (made from its code now, so translated and current)."""
    if not campaign.stop_code:
        return None
    sentence = STOP_REASONS.get(campaign.stop_code)
    if sentence is None:
        return QT_TRANSLATE_NOOP("Campaigns", "Stopped ({code}).").format(code=campaign.stop_code)
    if "{explanation}" not in sentence:
        return sentence
    return sentence.format(explanation=meta_errors.explain(campaign.stop_error_code))


@dataclass
class Created:
    campaign_id: int
    recipients: int
    excluded: list[tuple[str, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"campaign_id": self.campaign_id, "recipients": self.recipients,
                "excluded": [{"reason": reason, "count": count} for reason, count in self.excluded]}


def _template(session: Session, name: str, language: str) -> MessageTemplate:
    template = policy.find_template(session, name, language)
    if template is None:
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Template {name!r} ({language}) is not known; refresh the templates from Meta.").format(
            name=name, language=language))
    if template.status != "APPROVED":
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Template {name!r} ({language}) is {status}, not approved by Meta.").format(
            name=name, language=language, status=template.status))
    return template


def _mapping(campaign: Campaign) -> dict[str, variables.Source]:
    return {name: variables.Source.from_json(spec) for name, spec in (campaign.parameters or [{}])[0].items()}


def _button_mapping(campaign: Campaign) -> dict[str, variables.Source]:
    return {index: variables.Source.from_json(spec) for index, spec in (campaign.button_sources or {}).items()}


def _parse_sources(mapping: dict[str, str]) -> dict[str, variables.Source]:
    try:
        return {str(k).strip(): variables.Source.parse(v) for k, v in mapping.items()}
    except variables.VariableError as exc:
        raise CampaignRefused(exc.args[0] if exc.args else exc) from exc


def _header(template: MessageTemplate, spec: str | None) -> header_mod.HeaderMedia | None:
    """The header file for ``template`` from a path or media id (None when none is given yet)."""
    try:
        kind = variables.header_kind(template)
    except variables.VariableError as exc:
        raise CampaignRefused(exc.args[0] if exc.args else exc) from exc
    if spec is None or not spec.strip():
        return None
    if kind is None:
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Template {name!r} has no picture, video or document at the top; leave the file out."
        ).format(name=template.name))
    try:
        return header_mod.parse(spec, kind)
    except header_mod.HeaderMediaRefused as exc:
        raise CampaignRefused(exc.args[0] if exc.args else exc) from exc


def _header_text(template: MessageTemplate, spec: str | None) -> dict[str, Any] | None:
    """``campaigns.header_params`` for a text header's variable filled from ``spec`` (a source like a body
    variable's); None when the template's header has none. Refused: a variable without a source, or a source
    for a template whose header has no variable."""
    names = variables.header_placeholders(template)
    given = spec is not None and bool(spec.strip())
    if not names:
        if given:
            raise CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Template {name!r} has no variable in its title at the top; leave it out.").format(
                name=template.name))
        return None
    if not given:
        raise CampaignRefused(header_parts.text_missing_sentence(names[0]))
    source = _parse_sources({names[0]: spec or ""})[names[0]]
    if source.source.startswith(variables.TEXT_PREFIX):  # the same for everyone: too long is known now
        too_long = template_header.title_too_long(template, source.source[len(variables.TEXT_PREFIX):].strip())
        if too_long is not None:
            raise CampaignRefused(too_long)
    return {"name": names[0], "source": source.to_json()}


def _header_location(template: MessageTemplate, spec: str | header_parts.Location | None
                     ) -> header_parts.Location | None:
    """The location for a map header from ``LAT,LON,NAME,ADDRESS`` (None when not given yet; refused for a
    template without a map at the top, or out of range)."""
    if spec is None or (isinstance(spec, str) and not spec.strip()):
        return None
    if variables.header_format(template) != "LOCATION":
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Template {name!r} has no map at the top; leave the location out.").format(
            name=template.name))
    if isinstance(spec, header_parts.Location):
        return spec
    try:
        return header_parts.Location.parse(spec)
    except header_parts.LocationRefused as exc:
        raise CampaignRefused(exc.args[0] if exc.args else exc) from exc


def _header_source(campaign: Campaign) -> tuple[str, variables.Source] | None:
    found = header_parts.text_source(campaign)
    return (found[0], variables.Source.from_json(found[1])) if found else None


@dataclass
class Values:
    """One recipient's values: the body's (``names`` in order), the link buttons' and what came out empty (body
    variable names, ``button:INDEX`` for a link)."""

    names: list[str]
    values: dict[str, str]
    buttons: dict[str, str]
    empty: list[str]
    header: dict[str, str] = field(default_factory=dict)  # the text header's variable -> its value


def resolve_values(template: MessageTemplate, mapping: dict[str, variables.Source],
                   button_mapping: dict[str, variables.Source], contact: Contact | None, phone: str | None,
                   header_source: tuple[str, variables.Source] | None = None) -> Values:
    names = variables.check_mapping(template, mapping)
    indexes = variables.check_buttons(template, button_mapping)
    values, empty = variables.resolve(contact, phone, names, mapping)
    buttons, empty_buttons = variables.resolve(contact, phone, indexes, button_mapping)
    header: dict[str, str] = {}
    empty_header: list[str] = []
    if header_source is not None:
        header, empty_header = variables.resolve(contact, phone, [header_source[0]], dict([header_source]))
    return Values(names, values, buttons, empty + [variables.button_key(i) for i in empty_buttons]
                  + [variables.header_key(n) for n in empty_header], header)


def _get(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "There is no campaign {id}.").format(id=campaign_id))
    return campaign


def create(sessions: sessionmaker[Session], name: str, template_name: str, language: str,
           segment: audience_mod.Segment, mapping: dict[str, str], *, header_media: str | None = None,
           buttons: dict[str, str] | None = None, header_text: str | None = None,
           header_location: str | header_parts.Location | None = None, actor: str = "user") -> Created:
    """A draft campaign with its recipients queued and the excluded ones kept as ``skipped`` with their reason.

    ``mapping`` is variable -> source spec (``variables.Source.parse``); ``buttons`` the same for the link
    buttons' variables, by the button's index (0-based, as Meta counts them); ``header_media`` a file or Meta's
    media id for a template with a picture, video or document at the top (may be given later, before launch:
    ``set_header_media``); ``header_text`` the source of a text header's variable (required when it has one);
    ``header_location`` ``LAT,LON,NAME,ADDRESS`` for a template with a map at the top (may be given later:
    ``set_header_location``)."""
    sources = _parse_sources(mapping)
    button_sources = _parse_sources(buttons or {})
    with sessions.begin() as session:
        template = _template(session, template_name, language)
        header = _header(template, header_media)
        header_params = _header_text(template, header_text)
        location = _header_location(template, header_location)
        if location is not None:
            header_params = {header_parts.LOCATION: location.to_json()}
        try:
            variables.check_mapping(template, sources)
            variables.check_buttons(template, button_sources)
            plain = audience_mod.plain_audience(session, segment, template_name, language)
            chosen = audience_mod.select_audience(session, segment, template_name, language) \
                if plain is None else None
        except (variables.VariableError, ValueError) as exc:
            raise CampaignRefused(exc.args[0] if exc.args else exc) from exc
        if chosen is not None and not chosen.included:
            _nobody(len(chosen.excluded))
        campaign = Campaign(name=name, template_name=template_name, template_language=language,
                            template_category=template.category, status=DRAFT, audience=segment.to_json(),
                            parameters=[{k: s.to_json() for k, s in sources.items()}],
                            button_sources={k: s.to_json() for k, s in button_sources.items()} or None,
                            header_media=header.to_json() if header else None)
        campaign.header_params = header_params
        session.add(campaign)
        session.flush()
        campaign.correlation_id = campaign_cid(campaign.id)
        if chosen is not None:
            _insert_recipients(session, campaign.id, chosen)
            count, excluded = chosen.count, chosen.exclusion_counts()
        else:
            count, excluded = _queue_plain(session, campaign.id, plain)
            if not count:  # the campaign row goes with the transaction
                _nobody(sum(n for _, n in excluded))
        audit.record(session, "campaign_created", actor=actor, subject=f"campaign:{campaign.id}",
                     details={"template": template_name, "language": language, "recipients": count,
                              "excluded": dict(excluded), "audience": sorted(segment.to_json()),
                              "header": header.kind if header else None, "link_buttons": sorted(button_sources)},
                     correlation_id=campaign.correlation_id)
        return Created(campaign.id, count, excluded)


def _nobody(excluded: int) -> None:
    raise CampaignRefused(QT_TRANSLATE_NOOP(
        "Campaigns", "Nobody in this audience may receive the template ({excluded} left out)."
    ).format(excluded=Number(excluded)))


def _queue_plain(session: Session, campaign_id: int, chosen: Select) -> tuple[int, list[tuple[str, int]]]:
    """The recipients of a plain audience (``audience.plain_audience``) queued by SQL alone: those with a number
    queued, the others skipped as ``no_number``, in the order ``_insert_recipients`` writes them. Returns how
    many are queued and the exclusion counts."""
    table = CampaignRecipient.__table__
    columns = ["campaign_id", "contact_id", "phone_e164", "state", "reason_code", "attempts", "updated_at"]
    now = literal(utcnow(), table.c.updated_at.type)
    members = chosen.subquery()
    has_number = func.coalesce(members.c.phone_e164, "") != ""
    queued = session.execute(table.insert().from_select(columns, select(
        literal(campaign_id), members.c.id, members.c.phone_e164, literal(QUEUED), null(), literal(0), now)
        .where(has_number).order_by(members.c.id))).rowcount
    left_out = session.execute(table.insert().from_select(columns, select(
        literal(campaign_id), members.c.id, members.c.phone_e164, literal(SKIPPED), literal("no_number"),
        literal(0), now).where(~has_number).order_by(members.c.id))).rowcount
    return queued, [("no_number", left_out)] if left_out else []


def _insert_recipients(session: Session, campaign_id: int, chosen: audience_mod.Audience) -> None:
    """The recipients' rows, the included (queued) first, then the excluded (skipped with their reason), each in
    one INSERT ... SELECT over a list passed as one JSON parameter: a plan of 100,000 is a statement, not 100,000
    bound rows. An included member is a contact, whose number is read with it in the same transaction."""
    table = CampaignRecipient.__table__
    columns = ["campaign_id", "contact_id", "phone_e164", "state", "reason_code", "attempts", "updated_at"]
    now = literal(utcnow(), table.c.updated_at.type)
    if chosen.included:
        each = bulk.values_of([m.contact_id for m in chosen.included])
        session.execute(table.insert().from_select(columns, select(
            literal(campaign_id), Contact.id, Contact.phone_e164, literal(QUEUED), null(), literal(0), now)
            .join_from(each, Contact, Contact.id == each.c.value).order_by(each.c.key)))
    if chosen.excluded:
        each = bulk.values_of([[m.contact_id, m.phone_e164, m.reason_code] for m in chosen.excluded])
        item = each.c.value
        session.execute(table.insert().from_select(columns, select(
            literal(campaign_id), func.json_extract(item, "$[0]"), func.json_extract(item, "$[1]"), literal(SKIPPED),
            func.json_extract(item, "$[2]"), literal(0), now).select_from(each).order_by(each.c.key)))


def check_header_chosen(campaign: Campaign, template: MessageTemplate) -> None:
    """``CampaignRefused`` (code ``header_missing``) while a template with a file at the top has none chosen."""
    kind = variables.header_kind(template)
    if kind is not None and not campaign.header_media:
        raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "Not started: {why}").format(
            why=header_upload.missing_sentence(kind)), code="header_missing")
    if variables.header_format(template) == "LOCATION" and header_parts.location_of(campaign) is None:
        raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "Not started: {why}").format(
            why=header_parts.location_missing_sentence()), code="location_missing")
    names = variables.header_placeholders(template)
    if names and _header_source(campaign) is None:
        raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "Not started: {why}").format(
            why=header_parts.text_missing_sentence(names[0])), code="header_missing")


def set_header_location(sessions: sessionmaker[Session], campaign_id: int, spec: str | header_parts.Location, *,
                        actor: str = "user") -> header_parts.Location:
    """Choose the draft's place for a map at the top (``LAT,LON,NAME,ADDRESS``)."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        if campaign.status != DRAFT:
            raise CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Campaign {id} was already started ({status}); its place stays as it was sent.").format(
                id=campaign_id, status=campaign.status))
        template = _template(session, campaign.template_name, campaign.template_language)
        location = _header_location(template, spec)
        if location is None:
            raise CampaignRefused(header_parts.location_missing_sentence())
        campaign.header_params = {header_parts.LOCATION: location.to_json()}
        audit.record(session, "campaign_header_chosen", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"kind": header_parts.LOCATION, "location": location.to_json()},
                     correlation_id=campaign.correlation_id)
        return location


def set_header_media(sessions: sessionmaker[Session], campaign_id: int, spec: str, *, actor: str = "user") -> str:
    """Choose the draft's file for the top of the message (a path or Meta's media id); returns its kind."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        if campaign.status != DRAFT:
            raise CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Campaign {id} was already started ({status}); its file stays as it was sent.").format(
                id=campaign_id, status=campaign.status))
        template = _template(session, campaign.template_name, campaign.template_language)
        header = _header(template, spec)
        if header is None:
            raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "Give a file or a WhatsApp media id."))
        campaign.header_media = header.to_json()
        audit.record(session, "campaign_header_chosen", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"kind": header.kind, "by_id": header.path is None},
                     correlation_id=campaign.correlation_id)
        return header.kind


@dataclass
class Preview:
    phone_e164: str | None
    values: dict[str, str]
    empty: list[str]
    text: str | None
    header: str | None = None  # image | video | document when the message has such a file at the top
    header_name: str | None = None  # the chosen file's name (or its media id), or the place; None while not chosen
    buttons: dict[str, str] = field(default_factory=dict)  # link button index -> its value
    header_text: str | None = None  # a text header as this recipient reads it
    codes: tuple[str, ...] = ()  # which of ``buttons`` copy a code (``variables.label`` names it a code)


def _recipient_values(session: Session, campaign: Campaign, template: MessageTemplate, contact: Contact | None,
                      phone: str | None) -> tuple[list[str], dict[str, str], list[str]]:
    got = resolve_values(template, _mapping(campaign), _button_mapping(campaign), contact, phone,
                         _header_source(campaign))
    return got.names, got.values, got.empty


def preview(sessions: sessionmaker[Session], campaign_id: int, number: str) -> Preview:
    """The message as this contact would get it (frozen values once launched, else as resolved now)."""
    with sessions() as session:
        campaign = _get(session, campaign_id)
        template = _template(session, campaign.template_name, campaign.template_language)
        contact = session.scalar(select(Contact).where(Contact.phone_e164 == number))
        recipient = session.scalar(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.phone_e164 == number))
        got = resolve_values(template, _mapping(campaign), _button_mapping(campaign), contact, number,
                             _header_source(campaign))
        values, empty, buttons, header_values = got.values, got.empty, got.buttons, got.header
        if recipient is not None and recipient.params is not None:
            params = recipient.params
            values = dict(params) if isinstance(params, dict) else dict(zip(got.names, params, strict=False))
            buttons = dict(recipient.button_params or {})
            header_values = dict(recipient.header_params or {})
            empty = [n for n, v in values.items() if not v] + [variables.button_key(i) for i, v in buttons.items()
                                                               if not v]
        else:
            params = variables.parameters(template, got.names, values)
        header = header_mod.HeaderMedia.from_json(campaign.header_media)
        location = header_parts.location_of(campaign)
        kind = header_parts.LOCATION if variables.header_format(template) == "LOCATION" \
            else variables.header_kind(template)
        shown = location.shown if location else header.shown_name if header else None
        return Preview(number, values, empty, render_template_text(template, params), kind, shown, buttons,
                       header_title(template, header_values), variables.code_buttons(template))


def header_title(template: MessageTemplate, values: dict[str, str]) -> str | None:
    """A text header as the recipient reads it (a variable without a value left standing); None for none."""
    if variables.header_format(template) != "TEXT":
        return None
    text = next((str(c.get("text", "")) for c in template.components or []
                 if isinstance(c, dict) and str(c.get("type", "")).upper() == "HEADER"), "")
    return variables.PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1)) or m.group(0), text) or None


def launch(sessions: sessionmaker[Session], campaign_id: int, *, rate: float | None = None,
           actor: str = "user") -> int:
    """Freeze every queued recipient's values and set the campaign running; returns how many are queued.

    Refused while any recipient would get an empty variable (the problems list who and which)."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        if campaign.status != DRAFT:
            raise CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "Campaign {id} was already started ({status}); use resume.").format(
                id=campaign_id, status=campaign.status))
        template = _template(session, campaign.template_name, campaign.template_language)
        check_header_chosen(campaign, template)
        mapping, button_mapping = _mapping(campaign), _button_mapping(campaign)
        names = variables.check_mapping(template, mapping)
        indexes = variables.check_buttons(template, button_mapping)
        header_source = _header_source(campaign)
        room = template_header.title_room(template)  # the longest value the title's 60 characters leave
        queued = _freeze_columns(session, campaign_id, template, names, mapping, indexes, button_mapping,
                                 header_source, room)
        campaign.status, campaign.started_at = RUNNING, utcnow()
        campaign.rate_per_second = rate or campaign.rate_per_second
        audit.record(session, "campaign_started", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"queued": queued, "rate": campaign.rate_per_second},
                     correlation_id=campaign.correlation_id)
        return queued


def _and_more(more: int) -> Phrase | str:
    """``; and 1,234 more`` after the first names of a long list; nothing when the list was shown whole."""
    return QT_TRANSLATE_NOOP("Campaigns", "; and {count} more").format(count=Number(more)) if more > 0 else ""


def _refuse(problems: list[dict[str, Any]], long_titles: list[dict[str, Any]], room: int,
            template: MessageTemplate) -> None:
    """``CampaignRefused`` naming who would get an empty variable, else whose title would be too long."""
    if problems:
        codes = variables.code_buttons(template)
        who = "; ".join(f"{p['recipient']}: " + ", ".join(variables.label(n, codes) for n in p["empty"])
                        for p in problems[:20])
        more = len(problems) - 20
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Not started: {count} recipient(s) would get an empty variable ({who}{more}). Give "
            "those variables a fallback or fill in the contacts.").format(
            count=Number(len(problems)), who=who, more=_and_more(more)), problems)
    if long_titles:
        who = "; ".join(f"{p['recipient']}: {p['length']} of {template_header.TITLE_MAX}"
                        for p in long_titles[:20])
        more = len(long_titles) - 20
        raise CampaignRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "Not started: for {count} recipient(s) the title at the top would be longer than "
            "the {max} characters WhatsApp allows ({who}{more}). Shorten those values (the title leaves "
            "{room} characters for them) or fill the title from another field.").format(
            count=Number(len(long_titles)), max=Number(template_header.TITLE_MAX), who=who,
            more=_and_more(more), room=Number(max(0, room))),
            long_titles, code="header_too_long")


def _freeze_columns(session: Session, campaign_id: int, template: MessageTemplate, names: list[str],
                    mapping: dict[str, variables.Source], indexes: list[str],
                    button_mapping: dict[str, variables.Source], header_source: tuple[str, variables.Source] | None,
                    room: int) -> int:
    """Every queued recipient's values resolved a variable at a time for all of them (``column_values``),
    checked, and frozen onto the recipients by one UPDATE; returns how many. Refused as ``_refuse`` says."""
    keys = [("body", n) for n in names] + [("button", i) for i in indexes] + (
        [("header", header_source[0])] if header_source else [])
    sources = [mapping[n] for n in names] + [button_mapping[i] for i in indexes] + (
        [header_source[1]] if header_source else [])
    column = {key: f"f.v{i}" for i, key in enumerate(keys)}
    try:
        count = column_values.resolve_into(session, campaign_id, QUEUED, sources)
        problems: list[dict[str, Any]] = []
        if keys:
            for row in column_values.read(session, " OR ".join(f"v{i} = ''" for i in range(len(keys)))):
                empty = [n if kind == "body" else variables.button_key(n) if kind == "button"
                         else variables.header_key(n) for (kind, n), value in zip(keys, row[2:], strict=True)
                         if not value]
                problems.append({"recipient": row[1], "empty": empty})
        long_titles: list[dict[str, Any]] = []
        if header_source is not None:
            at = len(keys) + 1  # the header's value is the last column
            # bytes, not SQLite's characters (which stop at a NUL): never fewer than Python's len, checked below
            for row in column_values.read(session, f"length(CAST(v{len(keys) - 1} AS BLOB)) > :room",
                                          {"room": room}):
                if len(row[at]) > room:
                    long_titles.append({"recipient": row[1], "too_long": [variables.header_key(header_source[0])],
                                        "length": len(template_header.filled_title(template, row[at]))})
        _refuse(problems, long_titles, room, template)
        params: dict[str, Any] = {}

        def bind(value: str) -> str:
            params[f"k{len(params)}"] = value
            return f":k{len(params) - 1}"

        if variables.is_named(template):
            packed = "json_object(" + ", ".join(f"{bind(n)}, {column['body', n]}" for n in names) + ")"
        else:
            ordered = sorted(names, key=lambda n: int(n) if n.isdigit() else 0)
            packed = "json_array(" + ", ".join(column["body", n] for n in ordered) + ")"
        buttons = "json_object(" + ", ".join(f"{bind(i)}, {column['button', i]}" for i in indexes) + ")" \
            if indexes else "NULL"
        header = f"json_object({bind(header_source[0])}, {column['header', header_source[0]]})" \
            if header_source else "NULL"
        if count:
            table = CampaignRecipient.__table__
            stamp = table.c.updated_at.type.bind_processor(session.get_bind().dialect)  # as the ORM stores it
            session.execute(text(
                f"UPDATE {table.name} SET (params, button_params, phone_e164, header_params, updated_at) = "
                f"(SELECT {packed}, {buttons}, f.phone, {header}, :now FROM temp.{column_values.TABLE} AS f "
                f"WHERE f.id = {table.name}.id) WHERE id IN (SELECT id FROM temp.{column_values.TABLE})"),
                {**params, "now": stamp(utcnow()) if stamp else utcnow()})
        return count
    finally:
        column_values.drop(session)


def set_state(sessions: sessionmaker[Session], campaign_id: int, action: str, *, actor: str = "user") -> str:
    """``pause``, ``resume`` (back to running; the sender continues where it stopped) or ``cancel`` (the queued
    recipients are skipped as cancelled). Returns the new state."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        before = campaign.status
        if action == "pause" and before == RUNNING:
            campaign.status, campaign.stop_code, campaign.stop_error_code = PAUSED, "owner", None
        elif action == "resume" and before in RESUMABLE:
            campaign.status, campaign.stop_code, campaign.stop_error_code = RUNNING, None, None
        elif action == "cancel" and before in (DRAFT, RUNNING, PAUSED, STOPPED):
            campaign.status, campaign.finished_at = CANCELLED, utcnow()
            session.execute(update(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id,
                                                            CampaignRecipient.state == QUEUED)
                            .values(state=SKIPPED, reason_code="cancelled", updated_at=utcnow()))
        else:
            raise CampaignRefused(QT_TRANSLATE_NOOP("Campaigns", "Campaign {id} is {status}; it cannot {action}.")
                                  .format(id=campaign_id, status=before, action=action))
        audit.record(session, f"campaign_{action}", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"from": before, "to": campaign.status}, correlation_id=campaign.correlation_id)
        return campaign.status


def hand_back(sessions: sessionmaker[Session], campaign_id: int, runner_id: str) -> bool:
    """A sender's lease given up from outside (the app is closing): its workers settle the requests under way and
    claim nothing more, and the next run (this app's next start, or a command) need not wait for the lease to
    run out. The campaign stays running. False when that sender held no lease."""
    with sessions.begin() as session:
        return session.execute(update(Campaign).where(Campaign.id == campaign_id, Campaign.runner_id == runner_id)
                               .values(runner_id=None, runner_until=None)).rowcount == 1


def release(sessions: sessionmaker[Session], campaign_id: int, number: str, *, send: bool,
            actor: str = "user") -> str:
    """The shop owner decides on a held recipient (may have been sent): send it again, or drop it. Sending
    again from a finished campaign makes it run again (for that recipient)."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        recipient = session.scalar(select(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.phone_e164 == number))
        if recipient is None or recipient.state != HELD:
            raise CampaignRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "{number} is not held in campaign {id}.").format(number=number, id=campaign_id))
        recipient.state = QUEUED if send else SKIPPED
        recipient.reason_code = None if send else "dropped"
        recipient.next_attempt_at = None
        if send and campaign.status == DONE:  # the last one of a finished campaign: it runs again for this one
            campaign.status, campaign.finished_at = RUNNING, None
        audit.record(session, "campaign_release", actor=actor, subject=number,
                     details={"campaign_id": campaign_id, "send": send}, correlation_id=campaign.correlation_id)
        return recipient.state


def retry_failed(sessions: sessionmaker[Session], campaign_id: int, *, actor: str = "user") -> int:
    """Queue again the failed recipients whose failure may pass (never 131026, template or opt-out failures;
    131049 only a day after it). Returns how many; the campaign runs again if any.

    Held recipients (their send unconfirmed: it may have reached the customer) are never part of this: each is
    the owner's decision through ``release``, which says so; the audit row counts the held ones left out."""
    now = utcnow()
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        again = 0
        for recipient in session.scalars(select(CampaignRecipient).where(
                CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == FAILED,
                CampaignRecipient.error_code.in_(RETRYABLE_CODES))):
            not_before = recipient.next_attempt_at
            if not_before is None and recipient.error_code == 131049:  # Meta said so in a status webhook
                failed_at = session.scalar(select(Message.failed_at).where(Message.id == recipient.message_id))
                not_before = (failed_at or recipient.updated_at) + NOT_BEFORE_AFTER_131049
            if not_before is not None and not_before > now:
                continue
            recipient.state, recipient.reason_code, recipient.next_attempt_at = QUEUED, None, None
            again += 1
        if again and campaign.status in (DONE, PAUSED, STOPPED):
            campaign.status, campaign.finished_at, campaign.stop_code = RUNNING, None, None
        held = session.scalar(select(func.count()).select_from(CampaignRecipient).where(
            CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state == HELD)) or 0
        audit.record(session, "campaign_retry", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"queued_again": again, "held_left_alone": held}, correlation_id=campaign.correlation_id)
        return again


def note_replies(session: Session, campaign_id: int) -> int:
    """Recipients who wrote back after their message was sent become ``replied`` (read from the inbound
    messages, so no other package has to know about campaigns).

    After = stored after the campaign's message (a higher id) and stamped by Meta no earlier than the second
    it was sent in (``sent_at`` keeps whole seconds, as Meta's timestamps do): a message the customer wrote
    before the send but that synced late does not count."""
    after = and_(Message.contact_id == CampaignRecipient.contact_id, Message.direction == "in",
                 Message.id > CampaignRecipient.message_id, Message.timestamp >= CampaignRecipient.sent_at)
    first_reply = select(func.min(Message.timestamp)).where(after).scalar_subquery()
    replied = exists().where(after)
    return session.execute(update(CampaignRecipient).where(
        CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.state.in_((SENT, DELIVERED, READ)),
        CampaignRecipient.sent_at.is_not(None), CampaignRecipient.message_id.is_not(None), replied)
        .values(state=REPLIED, replied_at=first_reply), execution_options={"synchronize_session": False}).rowcount


def status(sessions: sessionmaker[Session], campaign_id: int) -> dict[str, Any]:
    """``{"state", "queued", "sent", ... "held"}``: each recipient counted once, in its latest state
    (``sending`` is counted as queued: it has not been settled yet)."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        note_replies(session, campaign_id)
        counts = Counter(dict(session.execute(select(CampaignRecipient.state, func.count()).where(
            CampaignRecipient.campaign_id == campaign_id).group_by(CampaignRecipient.state)).all()))
        result: dict[str, Any] = {"state": campaign.status}
        for state in (QUEUED, SENT, DELIVERED, READ, REPLIED, FAILED, SKIPPED, HELD):
            result[state] = counts.get(state, 0)
        result[QUEUED] += counts.get(SENDING, 0)
        reason = stop_reason(campaign)
        if reason:
            result["reason"] = str(reason)
        return result


EXPORT_HEADER = ("phone", "name", "state", "reason_code", "reason", "error_code", "wamid", "sent_at",
                 "replied_at", "attempts")


def outcome_reason(recipient: CampaignRecipient) -> str:
    if recipient.state == FAILED:
        return str(meta_errors.failure_reason(recipient.error_code, None, recipient.reason))
    if recipient.state == SKIPPED:
        return str(audience_mod.reason_text(recipient.reason_code))
    if recipient.state == HELD:
        return str(QT_TRANSLATE_NOOP("Campaigns", "May have been sent: WhatsApp did not confirm it (the connection "
                                     "broke or WhatsApp failed mid-request). Check with the customer before sending "
                                     "it again."))
    return ""


def export(sessions: sessionmaker[Session], campaign_id: int, path: Path, *, actor: str = "user") -> int:
    """Every recipient's outcome as UTF-8 CSV with a header; returns the rows written."""
    with sessions.begin() as session:
        campaign = _get(session, campaign_id)
        note_replies(session, campaign_id)
        rows = session.execute(select(CampaignRecipient, Contact).outerjoin(
            Contact, Contact.id == CampaignRecipient.contact_id).where(CampaignRecipient.campaign_id == campaign_id)
            .order_by(CampaignRecipient.id)).all()
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADER)
            for recipient, contact in rows:
                writer.writerow([recipient.phone_e164 or "", contact.name if contact else "", recipient.state,
                                 recipient.reason_code or "", outcome_reason(recipient), recipient.error_code or "",
                                 recipient.wamid or "",
                                 recipient.sent_at.isoformat() if recipient.sent_at else "",
                                 recipient.replied_at.isoformat() if recipient.replied_at else "",
                                 recipient.attempts])
        audit.record(session, "campaign_export", actor=actor, subject=f"campaign:{campaign_id}",
                     details={"rows": len(rows)}, correlation_id=campaign.correlation_id)
        return len(rows)
