"""What the composer may offer one contact right now, and why not, in the shop owner's local time (no Qt).

The decision is always ``policy.may_send``; this module only turns it into what the composer shows: free
text, the approved templates (with their variables), or a blocked composer with a reason. ``policy``'s own
sentences carry UTC times for the log and the CLI; the composer says the same in local time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Contact, Message, MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase, local_time
from klaros_desktop.services.messaging import buttons, policy, template_header
from klaros_desktop.services.people import consent, phones

TEXT, TEMPLATE, BLOCKED, NONE = "text", "template", "blocked", "none"
_VAR = re.compile(r"\{\{\s*([\w]+)\s*\}\}")


@dataclass
class TemplateChoice:
    name: str
    language: str
    category: str
    body: str
    variables: list[str]
    template: MessageTemplate
    refused: Phrase | None = None  # why this template may not go to this contact
    labels: list[str] = field(default_factory=list)  # what each variable is, in the template's own words
    prefill: dict[str, str] = field(default_factory=dict)  # values Klaros knows from the contact
    examples: dict[str, str] = field(default_factory=dict)  # the sample values submitted to Meta
    proposed: bool = False  # in the contact's language: listed first
    header_kind: str | None = None  # image | video | document: the file the template shows at the top
    links: list[buttons.LinkButton] = field(default_factory=list)  # link buttons that take a value per customer
    link_prefill: dict[str, str] = field(default_factory=dict)  # button index -> a value from the contact's fields
    title_variable: str | None = None  # the variable in the title at the top (``template_header``), if any
    title: str = ""  # that title as the template writes it, ``Bestellung {{1}}``
    title_prefill: str = ""  # a value for it from the contact's fields
    title_example: str = ""  # the sample value submitted to Meta
    location: bool = False  # the template shows a map at the top: the place is asked for

    @property
    def named(self) -> bool:
        """``{{first_name}}`` variables (sent by name) rather than ``{{1}}``, ``{{2}}``."""
        return any(not v.isdigit() for v in self.variables)


@dataclass
class ComposerState:
    mode: str
    contact_id: int | None = None
    number: str | None = None
    name: str = ""
    reason: Phrase | None = None
    reason_code: str | None = None
    templates: list[TemplateChoice] = field(default_factory=list)


HOW = {
    "button": QT_TRANSLATE_NOOP("Compose", "with a button"),
    "import": QT_TRANSLATE_NOOP("Compose", "in an imported contact list"),
    "manual": QT_TRANSLATE_NOOP("Compose", "(set by hand in Klaros)"),
    "meta_131050": QT_TRANSLATE_NOOP("Compose", "(Meta reported that they stopped marketing messages)"),
    "meta_user_preferences": QT_TRANSLATE_NOOP("Compose", "in their WhatsApp settings"),
}


def _how(session: Session, event) -> Phrase:
    if event.source == "keyword":
        word = None
        if event.evidence_message_id is not None:
            word = session.scalar(select(Message.text).where(Message.id == event.evidence_message_id))
        return QT_TRANSLATE_NOOP("Compose", "by writing “{word}”").format(word=(word or "STOP").strip())
    return HOW.get(event.source) or QT_TRANSLATE_NOOP("Compose", "({source})").format(source=event.source)


def explain(session: Session, contact: Contact, decision: policy.Decision,
            now: datetime | None = None) -> Phrase | None:
    """``decision``'s reason in local time; other reasons (no times in them) are ``policy``'s sentence."""
    who = contact.name
    code = decision.reason_code
    if code == "opted_out":
        event = consent.state(session, contact).opted_out_all
        if event is not None:
            return QT_TRANSLATE_NOOP(
                "Compose", "{who} opted out of all messages {how} {when}. Klaros will not message them until they "
                "write START.").format(who=who, how=_how(session, event), when=local_time(event.occurred_at, now))
    if code == "marketing_opt_out":
        event = consent.state(session, contact).opted_out_marketing
        if event is not None:
            return QT_TRANSLATE_NOOP(
                "Compose", "{who} stopped marketing messages {how} {when}; only utility and service templates may "
                "be sent.").format(who=who, how=_how(session, event), when=local_time(event.occurred_at, now))
    if code == "outside_window":
        last = policy.last_inbound_at(session, contact)
        if last is None:
            return QT_TRANSLATE_NOOP(
                "Compose", "{who} has not written to you yet, so WhatsApp only allows an approved template to start."
            ).format(who=who)
        return QT_TRANSLATE_NOOP(
            "Compose", "The 24-hour window closed {closed} ({who} last wrote {last}). Until they write again, "
            "WhatsApp only allows approved templates.").format(
            closed=local_time(last + policy.WINDOW, now), who=who, last=local_time(last, now))
    return decision.reason


def template_body(template: MessageTemplate) -> str:
    for component in template.components or []:
        if isinstance(component, dict) and str(component.get("type", "")).upper() == "BODY":
            return str(component.get("text") or "")
    return ""


MEDIA_HEADERS = {"IMAGE": "image", "VIDEO": "video", "DOCUMENT": "document"}


def _parts(template: MessageTemplate, kind: str) -> list[dict]:
    return [c for c in template.components or [] if isinstance(c, dict) and str(c.get("type", "")).upper() == kind]


def _headers(template: MessageTemplate) -> list[dict]:
    return _parts(template, "HEADER")


def media_header(template: MessageTemplate) -> str | None:
    """``image``, ``video`` or ``document`` when the template shows such a file at the top (the composer asks
    for it), else None."""
    for component in _headers(template):
        kind = MEDIA_HEADERS.get(str(component.get("format", "TEXT")).upper())
        if kind:
            return kind
    return None


def link_buttons(template: MessageTemplate) -> list[str]:
    """The indexes (0-based, as Meta counts the template's buttons) of the URL buttons whose link has a
    variable; each takes one value per recipient (``buttons.of`` says what each asks for)."""
    return [b.index for b in buttons.of(template)]


def needs_header_values(template: MessageTemplate) -> bool:
    """A header the composer cannot fill (a product or an animation, or a title with more than one variable); a
    picture, video or document it asks for as a file, a title's variable as a value, a map's place as four fields."""
    for component in _headers(template):
        fmt = str(component.get("format", "TEXT")).upper()
        if fmt not in ("TEXT", template_header.LOCATION_FORMAT, *MEDIA_HEADERS) or (
                fmt == "TEXT" and len(_VAR.findall(str(component.get("text") or ""))) > 1):
            return True
    return False


def title_prefill(contact: Contact, template: MessageTemplate) -> str:
    """A value for the title's variable from the contact: as a body value is found (a field of the variable's name,
    a first name after a greeting), else a field whose name fits the words before it (``Bestellnummer`` for
    ``Bestellung {{1}}``); only one that keeps the title within Meta's 60 characters."""
    variable = template_header.title_variable(template)
    if variable is None:
        return ""
    title = template_header.title(template)
    found = prefill(contact, title, [variable]).get(variable, "")
    if not found:
        before = _VAR.split(title, 1)[0]
        found = next((str(v).strip() for k, v in (contact.custom_fields or {}).items()
                      if v not in (None, "") and not isinstance(v, (dict, list)) and buttons.field_fits(k, before)),
                     "")
    return found if found and template_header.title_problem(template, found) is None else ""


def template_variables(body: str) -> list[str]:
    seen: list[str] = []
    for name in _VAR.findall(body):
        if name not in seen:
            seen.append(name)
    return seen


def fill(body: str, values: dict[str, str], empty: str = "[{name}]") -> str:
    """``body`` with its ``{{n}}`` replaced by ``values``; a missing value shows as ``empty``."""
    return _VAR.sub(lambda m: values.get(m.group(1)) or empty.format(name=m.group(1)), body)


TEMPLATES_ASKED = QT_TRANSLATE_NOOP(
    "Compose", "WhatsApp refused the free message: more than 24 hours have passed since {who} last wrote by "
    "WhatsApp's clock. Send an approved template instead; once they answer you can write freely again.")


# The language most people of a number's country read; a contact's own "language" field comes first.
COUNTRY_LANGUAGE = {
    "DE": "de", "AT": "de", "CH": "de", "LI": "de", "LU": "de", "FR": "fr", "BE": "fr", "MC": "fr", "ES": "es",
    "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "IT": "it", "SM": "it", "PT": "pt", "BR": "pt",
    "NL": "nl", "PL": "pl", "TR": "tr", "GB": "en", "IE": "en", "US": "en", "CA": "en", "AU": "en", "NZ": "en",
    "IN": "en", "ZA": "en", "SE": "sv", "DK": "da", "NO": "nb", "FI": "fi", "CZ": "cs", "GR": "el", "RU": "ru",
    "UA": "uk", "RO": "ro", "HU": "hu", "HR": "hr", "ID": "id", "JP": "ja", "KR": "ko", "CN": "zh",
}
LANGUAGE_FIELDS = ("language", "Language", "Sprache", "langue", "idioma", "lingua")


def contact_languages(contact: Contact) -> list[str]:
    """The languages to propose templates in, best first: the contact's own language field, then their number's
    country's language (``de`` for a German number)."""
    found = []
    for key in LANGUAGE_FIELDS:
        value = (contact.custom_fields or {}).get(key)
        if isinstance(value, str) and value.strip():
            found.append(value.strip().replace("-", "_"))
    country = contact.country or (phones.region_of(contact.phone_e164) if contact.phone_e164 else None)
    if country and country.upper() in COUNTRY_LANGUAGE:
        found.append(COUNTRY_LANGUAGE[country.upper()])
    return found


def language_matches(template_language: str, languages: list[str]) -> bool:
    """``de`` proposes ``de`` and ``de_AT``; ``en_US`` proposes ``en_US`` and ``en``."""
    base = template_language.split("_")[0].lower()
    return any(lang.lower() == template_language.lower() or lang.split("_")[0].lower() == base for lang in languages)


def variable_label(body: str, variable: str) -> str:
    """What a variable stands for, for the field beside it: a named one by its name (``first_name`` -> "first
    name"), a numbered one by the words before it in the body (``Ihre Bestellung {{2}}`` -> "Bestellung …")."""
    if not variable.isdigit():
        return variable.replace("_", " ")
    match = re.search(r"([\w'’-]+(?:\s+[\w'’-]+)?)\s*[:#]?\s*\{\{\s*" + re.escape(variable) + r"\s*\}\}", body)
    if match:
        words = match.group(1).split()
        return " ".join(words[-2:]) + " …"
    return QT_TRANSLATE_NOOP("Compose", "value {n}").format(n=variable)


_GREETING = re.compile(r"\b(?:Hallo|Hi|Hello|Hola|Bonjour|Ciao|Dear|Liebe[r]?|Olá|Hej|Hoi|Salut)"
                       r"\s*,?\s*\{\{\s*(\w+)\s*\}\}")
FIRST_NAME_VARIABLES = {"first_name", "firstname", "vorname", "name_first"}
NAME_VARIABLES = {"name", "customer_name", "full_name", "kunde", "kundenname"}


def prefill(contact: Contact, body: str, variables: list[str]) -> dict[str, str]:
    """The values Klaros knows from the contact: a first name after a greeting or in ``{{first_name}}``, the name,
    the number, a custom field of the variable's name. The shop owner can change each before sending."""
    custom = {str(k).casefold(): str(v) for k, v in (contact.custom_fields or {}).items() if v not in (None, "")}
    name = (contact.display_name or contact.profile_name or "").strip()
    first = custom.get("first_name") or custom.get("vorname") or (name.split()[0] if name else "")
    values: dict[str, str] = {}
    greeted = {m.group(1) for m in _GREETING.finditer(body)}
    for var in variables:
        key = var.casefold()
        if key in custom:
            values[var] = custom[key]
        elif (key in FIRST_NAME_VARIABLES or var in greeted) and first:
            values[var] = first
        elif key in NAME_VARIABLES and name:
            values[var] = name
        elif key in ("phone", "number", "telefon") and contact.phone_e164:
            values[var] = contact.phone_e164
    return values


def example_values(template: MessageTemplate, variables: list[str]) -> dict[str, str]:
    """The sample values submitted to Meta with the template's body, by variable (numbered or named)."""
    for component in template.components or []:
        if isinstance(component, dict) and str(component.get("type", "")).upper() == "BODY":
            example = component.get("example") or {}
            rows = example.get("body_text") or []
            if rows and isinstance(rows[0], list):
                return {v: str(x) for v, x in zip(variables, rows[0], strict=False)}
            return {str(p.get("param_name")): str(p.get("example", ""))
                    for p in example.get("body_text_named_params") or [] if isinstance(p, dict)}
    return {}


def composer_state(sessions: sessionmaker[Session], contact_id: int, now: datetime | None = None, *,
                   templates_only: bool = False) -> ComposerState:
    """What the composer may offer this contact right now (runs on a worker thread).

    ``templates_only``: the shop owner chose "Send as template instead" on a message Meta refused with 131047
    (its clock closed the window before ours did): the approved templates, each still asked of ``may_send``."""
    with sessions() as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            return ComposerState(NONE)
        base = {"contact_id": contact.id, "number": contact.phone_e164, "name": contact.name}
        decision = policy.may_send(session, contact, policy.FREE_FORM, now=now)
        if decision.allowed and not templates_only:
            return ComposerState(TEXT, **base)
        if decision.allowed:
            reason, code = TEMPLATES_ASKED.format(who=contact.name), "meta_131047"
        else:
            reason, code = explain(session, contact, decision, now), decision.reason_code
        if code not in ("outside_window", "meta_131047"):
            return ComposerState(BLOCKED, reason=reason, reason_code=code, **base)
        choices = []
        languages = contact_languages(contact)
        for t in session.scalars(select(MessageTemplate).where(MessageTemplate.status == "APPROVED")
                                 .order_by(MessageTemplate.name, MessageTemplate.language)):
            allowed = policy.may_send(session, contact, policy.TEMPLATE, template_name=t.name,
                                      template_language=t.language, now=now)
            body = template_body(t)
            refused = None if allowed else explain(session, contact, allowed, now)
            if refused is None and needs_header_values(t):
                refused = QT_TRANSLATE_NOOP(
                    "Compose", "This template's header (a product, an animation or a title with several values) "
                    "is not one Klaros can fill in.")
            variables = template_variables(body)
            links = buttons.of(t)
            choices.append(TemplateChoice(
                t.name, t.language, (t.category or "").title(), body, variables, t, refused,
                labels=[variable_label(body, v) for v in variables], prefill=prefill(contact, body, variables),
                examples=example_values(t, variables),
                proposed=language_matches(t.language, languages), header_kind=media_header(t), links=links,
                link_prefill={b.index: v for b in links if (v := buttons.prefill(contact, b))},
                title_variable=template_header.title_variable(t), title=template_header.title(t),
                title_prefill=title_prefill(contact, t), title_example=template_header.title_example(t),
                location=template_header.takes_location(t)))
        choices.sort(key=lambda c: (not c.proposed, c.refused is not None, c.name, c.language))
        return ComposerState(TEMPLATE, reason=reason, reason_code=code, templates=choices, **base)
