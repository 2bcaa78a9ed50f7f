"""A new message template, written in Klaros and submitted to Meta for review (``POST /{waba-id}/message_templates``).

The checks are Meta's published ones that reject most drafts, said before anything is sent: the name (lowercase
letters, digits and underscores), the body (up to 1,024 characters, variables ``{{1}}``, ``{{2}}``… numbered in
order, not at the very start or end, an example value for each), header and footer (up to 60 characters), up
to ten quick-reply buttons of up to 25 characters. Meta's review outcome comes back by webhook
(``inbound/templates.py``) and the approved template is then fetched whole (``SyncService.fetch_named``).

Beyond that, a draft may hold what Meta's template components allow and the editor shows: a picture, video or
document at the top (its example uploaded with Meta's Resumable Upload API, ``header_example``), up to two link
buttons (a value ``{{1}}`` only at the link's end, with a whole example link) and one call button, and values
by name (``{{first_name}}``, ``parameter_format`` NAMED: lowercase letters, digits and underscores, an example
for each).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes

NAME = re.compile(r"^[a-z0-9_]{1,512}$")
VARIABLE = re.compile(r"\{\{\s*(\d+)\s*\}\}")
ANY_VARIABLE = re.compile(r"\{\{\s*([^{}\s]*)\s*\}\}")
PARAM_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
PHONE = re.compile(r"^\+[1-9][0-9]{6,19}$")
CATEGORIES = ("MARKETING", "UTILITY")  # authentication templates have a fixed form Klaros does not write
MEDIA_HEADERS = ("IMAGE", "VIDEO", "DOCUMENT")
LOCATION = "LOCATION"  # a map at the top; the place is given when sending
COPY_CODE = "COPY_CODE"  # a button that copies a code (a coupon) given when sending; marketing templates only
CODE_MAX = 15  # characters of a copy-code button's code (Meta's coupon code templates)
# Meta's Resumable Upload API takes these types for a template's example (its upload guide).
EXAMPLE_TYPES = {"IMAGE": ("image/jpeg", "image/png"), "VIDEO": ("video/mp4",), "DOCUMENT": ("application/pdf",)}
BODY_MAX, HEADER_MAX, FOOTER_MAX, BUTTON_MAX, BUTTONS_MAX = 1024, 60, 60, 25, 10
URL_MAX, URL_BUTTONS_MAX, CALL_BUTTONS_MAX = 2000, 2, 1


def phone_digits(number: str) -> str:
    """``+49 30 123-4567`` as Meta takes it: ``+49301234567``."""
    return re.sub(r"[\s\-()/.]", "", number.strip())


@dataclass
class Action:
    """A link (``URL``) or call (``PHONE_NUMBER``) button: its label, the link or number, and for a link ending
    in ``{{1}}`` a whole example link; or a copy-code button (``COPY_CODE``), whose ``target`` is the example
    code (its label is WhatsApp's own)."""

    kind: str
    text: str
    target: str
    example: str = ""

    def wanted(self) -> bool:
        """A row left empty is no button; a copy-code row is one even before its code is typed (it has no label)."""
        return self.kind == COPY_CODE or bool(self.text.strip() or self.target.strip())

    def component(self) -> dict[str, Any]:
        if self.kind == COPY_CODE:  # WhatsApp writes the button's label itself
            return {"type": COPY_CODE, "example": self.target.strip()}
        if self.kind == "PHONE_NUMBER":
            return {"type": "PHONE_NUMBER", "text": self.text.strip(), "phone_number": phone_digits(self.target)}
        button: dict[str, Any] = {"type": "URL", "text": self.text.strip(), "url": self.target.strip()}
        if VARIABLE.search(self.target):
            button["example"] = [self.example.strip()]
        return button


@dataclass
class Draft:
    name: str = ""
    category: str = "UTILITY"
    language: str = "de"
    header: str = ""  # the text at the top (header_format TEXT)
    title_example: str = ""  # the example of the header's one value, when it has one
    body: str = ""
    footer: str = ""
    buttons: list[str] = field(default_factory=list)  # quick replies
    examples: list[str] = field(default_factory=list)  # one per body variable, in order
    parameter_format: str = "POSITIONAL"  # NAMED: values as {{first_name}}
    header_format: str = "TEXT"  # or IMAGE, VIDEO, DOCUMENT, LOCATION
    header_example: str = ""  # a media header's example: the upload's handle, or Meta's URL of it
    header_file: str = ""  # a file chosen to be the media header's example (uploaded when sent)
    actions: list[Action] = field(default_factory=list)  # link and call buttons
    actions_first: bool = False  # the link/call buttons before the quick replies (as Meta had them)

    def named(self) -> bool:
        return self.parameter_format.upper() == "NAMED"

    def variables(self) -> list[str]:
        """The body's values in order of first use: numbers (``{{1}}``), or names for a NAMED template."""
        found: list[str] = []
        for value in (ANY_VARIABLE if self.named() else VARIABLE).findall(self.body):
            if value not in found:
                found.append(value)
        return found

    def media(self) -> bool:
        return self.header_format.upper() in MEDIA_HEADERS

    def location(self) -> bool:
        return self.header_format.upper() == LOCATION

    def title_variables(self) -> list[str]:
        """The values of a text header (Meta allows one): ``1`` or a name."""
        return [] if self.media() or self.location() else ANY_VARIABLE.findall(self.header)

    def header_component(self) -> dict[str, Any] | None:
        title = self.header.strip()
        if self.location():
            return {"type": "HEADER", "format": LOCATION}
        if not title:
            return None
        header: dict[str, Any] = {"type": "HEADER", "format": "TEXT", "text": title}
        names = self.title_variables()
        if names:
            example = self.title_example.strip()
            header["example"] = ({"header_text_named_params": [{"param_name": names[0], "example": example}]}
                                 if self.named() else {"header_text": [example]})
        return header

    def components(self, *, header_handle: str | None = None) -> list[dict[str, Any]]:
        """The draft as Meta's ``components`` (the examples Meta's review asks for included); ``header_handle``
        is the media example's upload handle when it was just uploaded."""
        out: list[dict[str, Any]] = []
        if self.media():
            out.append({"type": "HEADER", "format": self.header_format.upper(),
                        "example": {"header_handle": [header_handle or self.header_example]}})
        elif (header := self.header_component()) is not None:
            out.append(header)
        body: dict[str, Any] = {"type": "BODY", "text": self.body.strip()}
        names = self.variables()
        if names:
            examples = [e.strip() for e in self.examples[:len(names)]]
            body["example"] = ({"body_text_named_params": [{"param_name": n, "example": e}
                                                           for n, e in zip(names, examples, strict=False)]}
                               if self.named() else {"body_text": [examples]})
        out.append(body)
        if self.footer.strip():
            out.append({"type": "FOOTER", "text": self.footer.strip()})
        replies = [{"type": "QUICK_REPLY", "text": b.strip()} for b in self.buttons if b.strip()]
        actions = [a.component() for a in self.actions if a.wanted()]
        buttons = actions + replies if self.actions_first else replies + actions
        if buttons:
            out.append({"type": "BUTTONS", "buttons": buttons})
        return out


def problems(draft: Draft) -> list[Phrase]:
    """What Meta would reject, in words; empty when the draft may be submitted."""
    said: list[Phrase] = []
    if not NAME.match(draft.name):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "The name may only hold lowercase letters, digits and "
                                                         "underscores, for example order_ready."))
    if draft.category not in CATEGORIES:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Choose whether it is a marketing or a utility message."))
    body = draft.body.strip()
    if not body:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Write the message text."))
    elif len(body) > BODY_MAX:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "The message text is longer than {n} characters.").format(
            n=Number(BODY_MAX)))
    numbers = draft.variables()
    if draft.named():
        if not all(PARAM_NAME.match(n) for n in numbers):
            said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "This template names its values, such as {example}: "
                                                             "use lowercase letters, digits and underscores, "
                                                             "starting with a letter.").format(
                example="{{first_name}}"))
    elif numbers != [str(i) for i in range(1, len(numbers) + 1)] or not all(
            v.isdigit() for v in ANY_VARIABLE.findall(draft.body)):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Number the values {numbers} in order.").format(
            numbers="{{1}}, {{2}}, {{3}}…"))
    if body and (ANY_VARIABLE.match(body) or re.search(r"\{\{[^{}]*\}\}[.!?]?$", body)):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Meta refuses a value at the very start or end of the "
                                                         "text; put a word before and after it."))
    if numbers and (len(draft.examples) < len(numbers) or not all(e.strip() for e in draft.examples[:len(numbers)])):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Give an example for each value, as a customer would read "
                                                         "it (Meta's review looks at them)."))
    said.extend(_title_problems(draft))
    if len(draft.header.strip()) > HEADER_MAX or len(draft.footer.strip()) > FOOTER_MAX:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Header and footer may have at most {n} characters each.")
                    .format(n=Number(HEADER_MAX)))
    if draft.media() and not (draft.header_file or draft.header_example):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Choose the picture, video or document shown at the top "
                                                         "(Meta's review looks at it)."))
    buttons = [b.strip() for b in draft.buttons if b.strip()]
    actions = [a for a in draft.actions if a.wanted()]
    if len(buttons) + len(actions) > BUTTONS_MAX or any(len(b) > BUTTON_MAX for b in buttons) or any(
            len(a.text.strip()) > BUTTON_MAX for a in actions):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "At most {n} buttons of at most {chars} characters each.")
                    .format(n=Number(BUTTONS_MAX), chars=Number(BUTTON_MAX)))
    said.extend(_action_problems(actions))
    said.extend(_code_problems(draft, [a for a in actions if a.kind == COPY_CODE]))
    return said


def _title_problems(draft: Draft) -> list[Phrase]:
    """Meta's rules for a value in a text header: one at most, ``{{1}}`` or a name as in the body, an example."""
    names = draft.title_variables()
    if not names:
        return []
    if len(names) > 1:
        return [QT_TRANSLATE_NOOP("TemplateDrafts", "The header may hold one value at most.")]
    if draft.named() and not PARAM_NAME.match(names[0]):
        return [QT_TRANSLATE_NOOP("TemplateDrafts", "This template names its values, such as {example}: use "
                                                    "lowercase letters, digits and underscores, starting with a "
                                                    "letter.").format(example="{{first_name}}")]
    if not draft.named() and names[0] != "1":
        return [QT_TRANSLATE_NOOP("TemplateDrafts", "The header's value is written {value}.").format(value="{{1}}")]
    if not draft.title_example.strip():
        return [QT_TRANSLATE_NOOP("TemplateDrafts", "Give an example for the header's value (Meta's review looks "
                                                    "at it).")]
    return []


def _code_problems(draft: Draft, codes: list[Action]) -> list[Phrase]:
    """Meta's rules for a copy-code button (its coupon code templates): marketing only, one, a code up to 15
    characters as the example."""
    said: list[Phrase] = []
    if not codes:
        return said
    if draft.category != "MARKETING":
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Meta allows a copy-code button only in marketing "
                                                         "templates."))
    if len(codes) > 1:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Meta allows one copy-code button per template."))
    if any(not c.target.strip() or len(c.target.strip()) > CODE_MAX for c in codes):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Give an example code for the copy-code button, at most {n} "
                                                         "characters (each customer gets their own when sending)."
                                      ).format(n=Number(CODE_MAX)))
    return said


def _action_problems(actions: list[Action]) -> list[Phrase]:
    """Meta's rules for link and call buttons (its template components reference)."""
    said: list[Phrase] = []
    actions = [a for a in actions if a.kind != COPY_CODE]
    links = [a for a in actions if a.kind == "URL"]
    calls = [a for a in actions if a.kind == "PHONE_NUMBER"]
    if len(links) > URL_BUTTONS_MAX or len(calls) > CALL_BUTTONS_MAX:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Meta allows at most two link buttons and one call button."))
    if any(not a.text.strip() for a in actions):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Give every link and call button a label."))
    for link in links:
        url = link.target.strip()
        values = ANY_VARIABLE.findall(url)
        if not re.match(r"^https?://[^\s/{}]+\.[^\s{}]*", url) or len(url) > URL_MAX:
            said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "A link button needs a web address starting with "
                                                             "https://, for example https://example.com/shop."))
        elif values and (values != ["1"] or not re.search(r"\{\{\s*1\s*\}\}$", url)):
            said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "A link may hold one value, {value}, and only at its "
                                                             "very end.").format(value="{{1}}"))
        elif values and not re.match(r"^https?://\S+$", link.example.strip()):
            said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Give an example of the whole link with its value "
                                                             "filled in (Meta's review opens it)."))
    if any(not PHONE.match(phone_digits(c.target)) for c in calls):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "A call button needs a phone number with its country code, "
                                                         "for example +49 30 1234567."))
    return said


class DraftRefused(ValueError):
    """The draft has problems (``problems``); nothing was sent."""


MEDIA_MAX = {"IMAGE": 5 * 1024 * 1024, "VIDEO": 16 * 1024 * 1024, "DOCUMENT": 100 * 1024 * 1024}
SUFFIX_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".mp4": "video/mp4",
                ".pdf": "application/pdf"}


def header_format_of(path: str) -> str | None:
    """The header a file can be the example of, by its name: IMAGE (JPEG, PNG), VIDEO (MP4), DOCUMENT (PDF)."""
    mime = SUFFIX_TYPES.get(Path(path).suffix.lower())
    return next((kind for kind, types in EXAMPLE_TYPES.items() if mime in types), None)


def file_problem(header_format: str, path: str) -> Phrase | None:
    """Why this file cannot be the example of a ``header_format`` header (its type or size), or None."""
    kind = header_format.upper()
    mime = SUFFIX_TYPES.get(Path(path).suffix.lower())
    if mime not in EXAMPLE_TYPES.get(kind, ()):
        return QT_TRANSLATE_NOOP("TemplateDrafts", "Meta takes a JPEG or PNG picture, an MP4 video or a PDF "
                                                    "document here; this file is none of them.")
    try:
        size = Path(path).stat().st_size
    except OSError:
        return QT_TRANSLATE_NOOP("TemplateDrafts", "The file cannot be read.")
    if not size or size > MEDIA_MAX[kind]:
        return QT_TRANSLATE_NOOP("TemplateDrafts", "The file is empty or larger than Meta allows ({mb} MB).").format(
            mb=Number(MEDIA_MAX[kind] // (1024 * 1024)))
    return None


def _sniffed(data: bytes, kind: str, said: str | None) -> str:
    mime = (said or "").split(";")[0].strip().lower()
    if mime in EXAMPLE_TYPES.get(kind, ()):
        return mime
    if data.startswith(b"\x89PNG"):
        return "image/png"
    return {"IMAGE": "image/jpeg", "VIDEO": "video/mp4", "DOCUMENT": "application/pdf"}[kind]


async def header_handle(graph: Any, draft: Draft, *, correlation_id: str | None = None) -> str | None:
    """The media header's example as a Resumable Upload handle, which a new template and every edit need (an
    edit sends all components again, and Meta's template node shows the example as a URL, not a handle): the
    file chosen, else Meta's current example fetched from its URL and uploaded again. None without a media
    header; a value that is neither URL nor file is taken as a handle already."""
    if not draft.media():
        return None
    kind = draft.header_format.upper()
    if draft.header_file:
        path = Path(draft.header_file)
        found = file_problem(kind, draft.header_file)
        if found:
            raise DraftRefused(found)
        data = await asyncio.to_thread(path.read_bytes)
        mime, name = SUFFIX_TYPES[path.suffix.lower()], path.name
    elif draft.header_example.startswith(("http://", "https://")):
        data, said = await graph.fetch_example(draft.header_example, correlation_id=correlation_id)
        mime = _sniffed(data, kind, said)
        name = "example" + next(s for s, m in SUFFIX_TYPES.items() if m == mime)
    else:
        return draft.header_example
    return await graph.upload_handle(data, mime, name, correlation_id=correlation_id)


async def submit(sessions: sessionmaker[Session], graph: Any, draft: Draft) -> Changes:
    """Send the draft to Meta for review and keep it as PENDING; Meta's errors (a name taken, …) are raised
    as the Graph client raises them."""
    found = problems(draft)
    if found:
        raise DraftRefused(found[0])
    with correlation.correlated(correlation.current(), prefix="ui") as cid:
        components = draft.components(header_handle=await header_handle(graph, draft, correlation_id=cid))
        named = {"parameter_format": "NAMED"} if draft.named() else {}
        answer = await graph.create_template(draft.name, draft.language, draft.category, components,
                                             correlation_id=cid, **named)

        def _store() -> Changes:
            with sessions.begin() as session:
                template = session.scalar(select(MessageTemplate).where(
                    MessageTemplate.name == draft.name, MessageTemplate.language == draft.language))
                if template is None:
                    template = MessageTemplate(name=draft.name, language=draft.language)
                    session.add(template)
                template.meta_id = str(answer.get("id") or template.meta_id or "") or None
                template.status = str(answer.get("status") or "PENDING")
                template.category = str(answer.get("category") or draft.category)
                template.components = components
                template.parameter_format = draft.parameter_format.upper()
                template.rejected_reason = None
                session.flush()
                audit.record(session, "template_submitted", actor="user", subject=draft.name,
                             details={"language": draft.language, "category": draft.category,
                                      "meta_id": template.meta_id}, correlation_id=cid)
                return Changes(templates={template.id})

        return await asyncio.to_thread(_store)
