"""A campaign being built on screen, before it exists: who it would reach, what each would read, and whether it
could start.

The builder asks ``check`` each time the owner changes the audience or a variable (off the screen's thread);
it is the same audience selection and variable filling that ``lifecycle.create`` and ``launch`` use, so the
numbers shown are the numbers queued and the empty-variable list is the one launch would refuse with.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Contact, MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.campaigns import audience as audience_mod
from klaros_desktop.services.campaigns import header_parts, header_upload, lifecycle, variables
from klaros_desktop.services.core import settings
from klaros_desktop.services.media import header_media as header_mod
from klaros_desktop.services.messaging import policy, template_header
from klaros_desktop.services.messaging.buttons import of as link_buttons_of
from klaros_desktop.services.messaging.sending import SendOutcome, SendService, render_template_text
from klaros_desktop.services.people import phones
from klaros_desktop.services.pricing.forecast import Forecast, Planned, forecast_plan

SAMPLE = 200  # recipients offered for the preview


@dataclass(frozen=True)
class Draft:
    template_name: str
    language: str
    segment: audience_mod.Segment
    mapping: dict[str, str] = field(default_factory=dict)  # variable -> ``variables.Source`` spec
    header_media: str | None = None  # the file (path) or Meta's media id for a header with a file
    buttons: dict[str, str] = field(default_factory=dict)  # link button index -> ``variables.Source`` spec
    header_text: str | None = None  # the source spec of a text header's variable
    header_location: tuple[str, str, str, str] | None = None  # latitude, longitude, name, address as typed


@dataclass(frozen=True)
class TemplateChoice:
    name: str
    language: str
    category: str
    body: str
    variables: tuple[str, ...]
    problem: Phrase | str | None = None  # why campaigns cannot use it (a header with a variable ...)
    header: str | None = None  # image | video | document: the message shows such a file at the top
    buttons: tuple[str, ...] = ()  # indexes of the link buttons with a variable
    header_variable: str | None = None  # the variable of a text header (``1`` or a name)
    location: bool = False  # the message shows a map at the top (a place given per campaign)
    codes: tuple[str, ...] = ()  # which of ``buttons`` is a copy-code button (its value is the customer's code)


@dataclass
class Empty:
    contact_id: int | None
    name: str
    phone: str | None
    variables: list[str]
    length: int | None = None  # for a title too long: its length with this recipient's value


@dataclass
class Check:
    recipients: int = 0
    excluded: list[tuple[str, int]] = field(default_factory=list)  # (reason code, how many)
    empty: list[Empty] = field(default_factory=list)
    too_long: list[Empty] = field(default_factory=list)  # whose title would pass Meta's 60 characters
    sample: list[tuple[int, str]] = field(default_factory=list)  # (contact id, "Name (+49…)") for the preview
    problem: Phrase | str | None = None  # the template or the mapping cannot be used, in words
    forecast: Forecast | None = None  # the cost of sending to the recipients on the day asked for
    header: str | None = None  # image | video | document when the template shows a file at the top
    header_missing: bool = False  # ... and none is chosen yet: it may be saved as a draft, not started
    location_missing: bool = False  # a map at the top without its place yet: the same

    @property
    def launchable(self) -> bool:
        return self.recipients > 0 and not self.empty and not self.too_long and self.problem is None \
            and not self.header_missing and not self.location_missing


def approved_templates(sessions: sessionmaker[Session]) -> list[TemplateChoice]:
    """The templates Meta approved, by name and language, each with its body's variables."""
    choices = []
    with sessions() as session:
        for template in session.scalars(select(MessageTemplate).where(MessageTemplate.status == "APPROVED")
                                        .order_by(MessageTemplate.name, MessageTemplate.language)):
            body = next((str(c.get("text", "")) for c in template.components or []
                         if isinstance(c, dict) and str(c.get("type", "")).upper() == "BODY"), "")
            try:
                names, problem = tuple(variables.placeholders(template)), None
                header, buttons = variables.header_kind(template), tuple(variables.link_buttons(template))
                heading = next(iter(variables.header_placeholders(template)), None)
                location = variables.header_format(template) == "LOCATION"
                codes = tuple(b.index for b in link_buttons_of(template) if b.copies_code)
            except variables.VariableError as exc:
                names, problem, header, buttons = (), exc.args[0] if exc.args else str(exc), None, ()
                heading, location, codes = None, False, ()
            choices.append(TemplateChoice(template.name, template.language, (template.category or "").upper(),
                                          body, names, problem, header, buttons, heading, location, codes))
    return choices


def _label(contact: Contact | None, phone: str | None) -> str:
    name = (contact.display_name or contact.profile_name or "") if contact is not None else ""
    return f"{name} ({phone})" if name and phone else name or phone or ""


def _sources(draft: Draft) -> dict[str, variables.Source]:
    return {str(k): variables.Source.parse(v) for k, v in draft.mapping.items()}


def _button_sources(draft: Draft) -> dict[str, variables.Source]:
    return {str(k): variables.Source.parse(v) for k, v in draft.buttons.items()}


def _header_source(template: MessageTemplate, draft: Draft) -> tuple[str, variables.Source] | None:
    """The text header's variable and its source (``VariableError`` when the template has one and none is
    given)."""
    names = variables.header_placeholders(template)
    if not names:
        return None
    if not (draft.header_text or "").strip():
        raise variables.VariableError(header_parts.text_missing_sentence(names[0]))
    source = variables.Source.parse(draft.header_text or "")
    if source.source.startswith(variables.TEXT_PREFIX):  # the same for everyone: too long is known now
        too_long = template_header.title_too_long(template, source.source[len(variables.TEXT_PREFIX):].strip())
        if too_long is not None:
            raise variables.VariableError(too_long)
    return names[0], source


def location(draft: Draft) -> header_parts.Location | None:
    """The draft's place for a map at the top; None while nothing is typed; ``LocationRefused`` when wrong."""
    if draft.header_location is None or not any(part.strip() for part in draft.header_location):
        return None
    return header_parts.Location.of(*draft.header_location)


def check(sessions: sessionmaker[Session], draft: Draft, *, cost_on: date | None = None) -> Check:
    """Who the draft reaches, who is left out why, who would get an empty variable, and what sending it on
    ``cost_on`` (default today) would cost by Meta's rate card (read only)."""
    result = Check()
    with sessions() as session:
        template = policy.find_template(session, draft.template_name, draft.language) if draft.template_name \
            else None
        try:
            chosen = audience_mod.select_audience(session, draft.segment, draft.template_name or "", draft.language)
        except ValueError as exc:  # the template is not usable: count as if none were chosen
            result.problem = exc.args[0] if exc.args else str(exc)
            chosen = None
        if chosen is None or template is None:
            if template is None and draft.template_name and result.problem is None:
                result.problem = QT_TRANSLATE_NOOP("Campaigns", "Choose an approved template.")
            return result
        result.recipients = chosen.count
        result.excluded = chosen.exclusion_counts()
        result.forecast = forecast_plan(session, [Planned(m.contact_id, m.phone_e164) for m in chosen.included],
                                        template.category, on=cost_on)
        try:
            result.header = variables.header_kind(template)
            result.header_missing = result.header is not None and not (draft.header_media or "").strip()
            sources, button_sources = _sources(draft), _button_sources(draft)
            variables.check_mapping(template, sources)
            variables.check_buttons(template, button_sources)
            heading = _header_source(template, draft)
            if variables.header_format(template) == "LOCATION":
                result.location_missing = location(draft) is None
            usable = True
        except (variables.VariableError, header_parts.LocationRefused) as exc:
            result.problem = exc.args[0] if exc.args else str(exc)
            usable = False
        ids = [m.contact_id for m in chosen.included if m.contact_id is not None]
        contacts = {c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_(ids)))} if ids else {}
        for member in chosen.included:
            contact = contacts.get(member.contact_id)
            if len(result.sample) < SAMPLE and member.contact_id is not None:
                result.sample.append((member.contact_id, _label(contact, member.phone_e164)))
            if not usable:
                continue
            got = lifecycle.resolve_values(template, sources, button_sources, contact, member.phone_e164, heading)
            if got.empty:
                result.empty.append(Empty(member.contact_id, _label(contact, None), member.phone_e164, got.empty))
            for name, value in got.header.items():
                if value and template_header.title_too_long(template, value) is not None:
                    result.too_long.append(Empty(member.contact_id, _label(contact, None), member.phone_e164,
                                                 [variables.header_key(name)],
                                                 len(template_header.filled_title(template, value))))
    return result


@dataclass
class Rendered:
    text: str | None
    values: dict[str, str]
    empty: list[str]
    header: str | None = None  # image | video | document attached at the top
    buttons: dict[str, str] = field(default_factory=dict)  # link button index -> its value
    header_text: str | None = None  # a text header as this contact reads it (``{{n}}`` standing when empty)
    location: header_parts.Location | None = None  # the place on the map at the top, when given and valid
    template: MessageTemplate | None = None  # its footer and buttons, for the preview's bubble (read, detached)


def render(sessions: sessionmaker[Session], draft: Draft, contact_id: int | None) -> Rendered:
    """The message as this contact would read it (``{{n}}`` left standing where a value is empty)."""
    with sessions() as session:
        template = policy.find_template(session, draft.template_name, draft.language)
        if template is None:
            return Rendered(None, {}, [])
        contact = session.get(Contact, contact_id) if contact_id is not None else None
        try:
            heading = _header_source(template, draft)
        except variables.VariableError:
            heading = None  # said by ``check``; the title shows its variable standing
        got = lifecycle.resolve_values(template, _sources(draft), _button_sources(draft), contact,
                                       contact.phone_e164 if contact else None, heading)
        shown = {n: (v or "{{" + n + "}}") for n, v in got.values.items()}
        try:
            place = location(draft)
        except header_parts.LocationRefused:
            place = None
        return Rendered(render_template_text(template, variables.parameters(template, got.names, shown)), got.values,
                        got.empty, variables.header_kind(template), got.buttons,
                        lifecycle.header_title(template, got.header), place, template)


def _test_params(sessions: sessionmaker[Session], draft: Draft, number: str) -> tuple[Any, dict[str, Any]]:
    with sessions() as session:
        template = policy.find_template(session, draft.template_name, draft.language)
        if template is None:
            raise variables.VariableError(QT_TRANSLATE_NOOP("Campaigns", "Choose an approved template."))
        contact = session.scalar(select(Contact).where(Contact.phone_e164 == number))
        got = lifecycle.resolve_values(template, _sources(draft), _button_sources(draft), contact, number,
                                       _header_source(template, draft))
        if got.empty:
            raise variables.VariableError(QT_TRANSLATE_NOOP(
                "Campaigns", "The test message would have empty variables: {names}").format(
                names=", ".join(variables.label(n, variables.code_buttons(template)) for n in got.empty)))
        kind = variables.header_kind(template)
        if variables.header_format(template) == "LOCATION":
            place = location(draft)
            if place is None:
                raise variables.VariableError(header_parts.location_missing_sentence())
            got.header = {}
        else:
            place = None
    extra: dict[str, Any] = {"buttons": variables.button_components(got.buttons, template)}
    head = [place.component()] if place is not None else header_parts.text_component(got.header)
    if head:
        extra["header_by_id"] = head[0]
    if kind is not None:
        if not (draft.header_media or "").strip():
            raise variables.VariableError(header_upload.missing_sentence(kind))
        extra.update(header_mod.send_keywords(header_mod.parse(draft.header_media or "", kind)))  # refused: said
    return variables.parameters(template, got.names, got.values), extra


async def send_test(service: SendService, sessions: sessionmaker[Session], draft: Draft, number: str,
                    *, correlation_id: str | None = None) -> SendOutcome:
    """The draft's message to one number (the shop's own), with the values that number's contact would get;
    an ordinary template send (``may_send`` asked, audited), not part of any campaign. A header file is
    uploaded for the test."""
    params, extra = await asyncio.to_thread(_test_params, sessions, draft, number)
    return await service.send_template(number, draft.template_name, draft.language, params,
                                       correlation_id=correlation_id, refresh_unknown=False, **extra)


def parse_numbers(sessions: sessionmaker[Session], text: str) -> tuple[list[str], list[str]]:
    """Pasted recipients: one number per line (or separated by commas / semicolons), read like the contacts
    importer reads them (the shop's default country for numbers without +CC). Returns (E.164 numbers in order,
    each once; the pieces that are not a phone number)."""
    with sessions() as session:
        region = settings.get(session, settings.DEFAULT_REGION)
    numbers: dict[str, None] = {}
    bad: list[str] = []
    for piece in text.replace(";", "\n").replace(",", "\n").splitlines():
        piece = piece.strip()
        if not piece:
            continue
        try:
            numbers[phones.normalise(piece, region)] = None
        except phones.InvalidNumber:
            bad.append(piece)
    return list(numbers), bad
