"""A new message template, written in Klaros and submitted to Meta for review (``POST /{waba-id}/message_templates``).

The checks are Meta's published ones that reject most drafts, said before anything is sent: the name (lowercase
letters, digits and underscores), the body (up to 1,024 characters, variables ``{{1}}``, ``{{2}}``… numbered in
order, not at the very start or end, an example value for each), header and footer (up to 60 characters), up
to ten quick-reply buttons of up to 25 characters. Meta's review outcome comes back by webhook
(``inbound/templates.py``) and the approved template is then fetched whole (``templates.fetch_named``).
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import MessageTemplate
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.core.changes import Changes

NAME = re.compile(r"^[a-z0-9_]{1,512}$")
VARIABLE = re.compile(r"\{\{\s*(\d+)\s*\}\}")
CATEGORIES = ("MARKETING", "UTILITY")  # authentication templates have a fixed form Klaros does not write
BODY_MAX, HEADER_MAX, FOOTER_MAX, BUTTON_MAX, BUTTONS_MAX = 1024, 60, 60, 25, 10


@dataclass
class Draft:
    name: str = ""
    category: str = "UTILITY"
    language: str = "de"
    header: str = ""
    body: str = ""
    footer: str = ""
    buttons: list[str] = field(default_factory=list)  # quick replies
    examples: list[str] = field(default_factory=list)  # one per body variable, in order

    def variables(self) -> list[str]:
        found: list[str] = []
        for number in VARIABLE.findall(self.body):
            if number not in found:
                found.append(number)
        return found

    def components(self) -> list[dict[str, Any]]:
        """The draft as Meta's ``components`` (the examples Meta's review asks for included)."""
        out: list[dict[str, Any]] = []
        if self.header.strip():
            out.append({"type": "HEADER", "format": "TEXT", "text": self.header.strip()})
        body: dict[str, Any] = {"type": "BODY", "text": self.body.strip()}
        if self.variables():
            body["example"] = {"body_text": [[e.strip() for e in self.examples[:len(self.variables())]]]}
        out.append(body)
        if self.footer.strip():
            out.append({"type": "FOOTER", "text": self.footer.strip()})
        buttons = [b.strip() for b in self.buttons if b.strip()]
        if buttons:
            out.append({"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": b} for b in buttons]})
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
            n=BODY_MAX))
    numbers = draft.variables()
    if numbers != [str(i) for i in range(1, len(numbers) + 1)]:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Number the values {numbers} in order.").format(
            numbers="{{1}}, {{2}}, {{3}}…"))
    if body and (VARIABLE.match(body) or re.search(r"\{\{\s*\d+\s*\}\}[.!?]?$", body)):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Meta refuses a value at the very start or end of the "
                                                         "text; put a word before and after it."))
    if numbers and (len(draft.examples) < len(numbers) or not all(e.strip() for e in draft.examples[:len(numbers)])):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Give an example for each value, as a customer would read "
                                                         "it (Meta's review looks at them)."))
    if len(draft.header.strip()) > HEADER_MAX or len(draft.footer.strip()) > FOOTER_MAX:
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "Header and footer may have at most {n} characters each.")
                    .format(n=HEADER_MAX))
    buttons = [b.strip() for b in draft.buttons if b.strip()]
    if len(buttons) > BUTTONS_MAX or any(len(b) > BUTTON_MAX for b in buttons):
        said.append(QT_TRANSLATE_NOOP("TemplateDrafts", "At most {n} buttons of at most {chars} characters each.")
                    .format(n=BUTTONS_MAX, chars=BUTTON_MAX))
    return said


class DraftRefused(ValueError):
    """The draft has problems (``problems``); nothing was sent."""


async def submit(sessions: sessionmaker[Session], graph: Any, draft: Draft) -> Changes:
    """Send the draft to Meta for review and keep it as PENDING; Meta's errors (a name taken, …) are raised
    as the Graph client raises them."""
    found = problems(draft)
    if found:
        raise DraftRefused(found[0])
    components = draft.components()
    with correlation.correlated(correlation.current(), prefix="ui") as cid:
        answer = await graph.create_template(draft.name, draft.language, draft.category, components,
                                             correlation_id=cid)

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
                template.rejected_reason = None
                session.flush()
                audit.record(session, "template_submitted", actor="user", subject=draft.name,
                             details={"language": draft.language, "category": draft.category,
                                      "meta_id": template.meta_id}, correlation_id=cid)
                return Changes(templates={template.id})

        return await asyncio.to_thread(_store)
