"""Message templates as Meta keeps them: review (PENDING -> APPROVED/REJECTED) and the checks on a send.

The send checks mirror Meta's template errors: 132001 (no such name in that language, or not
approved; Meta reports both as 132001 - choice per ``shared/meta-cloud-api.md`` section 6), 132000 (parameter
count per component), 132012 (parameter format, e.g. text where the header expects an image) and 132005 (a text
header over 60 characters with its value filled in: Meta states the 60 for the template as made and names no code
for a send, so the count and the code are choices).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from klaros_sim.errors import MetaError
from klaros_sim.payloads import new_numeric_id

CATEGORIES = ("AUTHENTICATION", "MARKETING", "UTILITY")
# What the listing's filters accept (Graph API reference, WhatsApp Business Account message_templates): the
# category filter still takes the retired categories, which simply match nothing today.
FILTER_CATEGORIES = (*CATEGORIES, "ACCOUNT_UPDATE", "PAYMENT_UPDATE", "PERSONAL_FINANCE_UPDATE", "SHIPPING_UPDATE",
                     "RESERVATION_UPDATE", "ISSUE_RESOLUTION", "APPOINTMENT_UPDATE", "TRANSPORTATION_UPDATE",
                     "TICKET_UPDATE", "ALERT_UPDATE", "AUTO_REPLY", "TRANSACTIONAL", "OTP")
STATUSES = ("APPROVED", "IN_APPEAL", "PENDING", "REJECTED", "PENDING_DELETION", "DELETED", "DISABLED", "PAUSED",
            "LIMIT_EXCEEDED")
QUALITY_SCORES = ("GREEN", "YELLOW", "RED", "UNKNOWN")
NAME_RE = re.compile(r"^[a-z0-9_]{1,512}$")
PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
MEDIA_FORMATS = ("IMAGE", "VIDEO", "DOCUMENT")


@dataclass
class Template:
    name: str
    language: str
    category: str
    components: list[dict[str, Any]]
    status: str = "PENDING"
    parameter_format: str = "POSITIONAL"
    id: str = field(default_factory=lambda: new_numeric_id(16))
    rejected_reason: str = "NONE"
    forced_outcome: str | None = None
    quality_score: str = "UNKNOWN"  # Meta's score until recipients have reacted to enough sends
    approved_edits: list[float] = field(default_factory=list)  # when an APPROVED template was edited (sim clock)
    review: int = 0  # bumped by each edit, so only the latest review decides

    def as_graph(self, fields: list[str] | None = None) -> dict[str, Any]:
        """The template node: Meta's default fields, or exactly ``fields`` (and ``id``) when asked for."""
        node = {
            "name": self.name,
            "parameter_format": self.parameter_format,
            "components": self.components,
            "language": self.language,
            "status": self.status,
            "category": self.category,
            "id": self.id,
            **({"rejected_reason": self.rejected_reason} if self.status == "REJECTED" else {}),
        }
        if not fields:
            return node
        node["quality_score"] = {"score": self.quality_score}
        return {k: v for k, v in node.items() if k in fields or k == "id"}

    def body_text(self) -> str:
        return str((self.component("BODY") or {}).get("text", ""))

    def component(self, kind: str) -> dict[str, Any] | None:
        return next((c for c in self.components if str(c.get("type", "")).upper() == kind), None)


def demo_templates() -> list[Template]:
    """Approved templates a fresh demo WABA has, so sends work before anything is created."""
    return [
        Template(
            "hello_world",
            "en_US",
            "UTILITY",
            [
                {"type": "HEADER", "format": "TEXT", "text": "Hello World"},
                {
                    "type": "BODY",
                    "text": "Welcome and congratulations!! This message demonstrates your ability to send a "
                    "WhatsApp message notification from the Cloud API, hosted by Meta.",
                },
                {"type": "FOOTER", "text": "WhatsApp Business Platform sample message"},
            ],
            status="APPROVED",
            quality_score="GREEN",
        ),
        Template(
            "order_ready",
            "de",
            "UTILITY",
            [
                {"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} liegt zur Abholung bereit.",
                 "example": {"body_text": [["Anna", "4711"]]}},
            ],
            status="APPROVED",
            quality_score="GREEN",
        ),
        Template(
            "spring_sale",
            "de",
            "MARKETING",
            [
                {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2U="]}},
                {"type": "BODY", "text": "Hallo {{1}}, diese Woche {{2}} % auf alles!",
                 "example": {"body_text": [["Anna", "20"]]}},
                {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Interessiert"},
                                                {"type": "QUICK_REPLY", "text": "Stopp"}]},
            ],
            status="APPROVED",
            quality_score="GREEN",
        ),
    ]


def validate_new(body: Any) -> Template:
    if not isinstance(body, dict):
        # Graph reads the body as named parameters; a JSON list or scalar has none, so "name" is missing.
        raise MetaError(100, "The request body must be a JSON object with the template's parameters.",
                        message="(#100) The parameter name is required.")
    name = body.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise MetaError(100, "name: template names may only hold lowercase letters, digits and underscores",
                        message="(#100) Invalid parameter")
    language = body.get("language")
    if not isinstance(language, str) or not language:
        raise MetaError(100, "The parameter language is required.", message="(#100) Invalid parameter")
    category = str(body.get("category", "")).upper()
    if category not in CATEGORIES:
        raise MetaError(100, f"category must be one of {', '.join(CATEGORIES)}", message="(#100) Invalid parameter")
    components = body.get("components")
    if not isinstance(components, list) or not any(
        isinstance(c, dict) and str(c.get("type", "")).upper() == "BODY" for c in components
    ):
        raise MetaError(100, "components: a BODY component is required.", message="(#100) Invalid parameter")
    fmt = str(body.get("parameter_format", "POSITIONAL")).upper()
    check_components(category, components)
    return Template(name, language, category, components, parameter_format=fmt)


HEADER_TEXT_MAX, COPY_CODE_MAX = 60, 15


def _component_refused(title: str, sentence: str) -> MetaError:
    """Meta refuses a malformed component with code 100, "(#100) Invalid parameter", and its own title and sentence
    for people; the subcodes of these refusals are not documented, so none is sent."""
    return MetaError(100, sentence, message="(#100) Invalid parameter",
                     extra={"error_user_title": title, "error_user_msg": sentence})


def check_components(category: str, components: list[Any]) -> None:
    """Meta's rules for the parts Klaros writes (template components reference; location and coupon code
    templates): a text header of at most 60 characters with at most one parameter, whose example is required; a
    location header only in a utility or marketing template; one copy-code button, in a marketing template, with
    an example code of at most 15 characters."""
    for component in components:
        if not isinstance(component, dict):
            raise MetaError(100, "components: each component must be an object.", message="(#100) Invalid parameter")
        kind = str(component.get("type", "")).upper()
        if kind == "HEADER":
            fmt = str(component.get("format", "TEXT")).upper()
            if fmt == "TEXT":
                _check_header_text(component)
            elif fmt == "LOCATION" and category not in ("UTILITY", "MARKETING"):
                raise _component_refused("Location header not supported",
                                         "Only utility and marketing templates can have a location header.")
        elif kind == "BUTTONS":
            codes = [b for b in component.get("buttons") or [] if isinstance(b, dict)
                     and str(b.get("type", "")).upper() == "COPY_CODE"]
            if codes and category != "MARKETING":
                raise _component_refused("Button not supported",
                                         "Copy code buttons can only be used in marketing templates.")
            if len(codes) > 1:
                raise _component_refused("Too many buttons", "Templates are limited to one copy code button.")
            for code in codes:
                example = code.get("example")
                if not isinstance(example, str) or not example.strip():
                    raise _component_refused("Missing example", "A copy code button needs an example code.")
                if len(example) > COPY_CODE_MAX:
                    raise _component_refused("Example too long", f"The copy code button's example is longer than "
                                             f"{COPY_CODE_MAX} characters.")


def _check_header_text(header: dict[str, Any]) -> None:
    text = str(header.get("text") or "")
    if not text.strip():
        raise _component_refused("Missing header text", "A text header needs its text.")
    if len(text) > HEADER_TEXT_MAX:
        raise _component_refused("Header too long", f"The header text is longer than {HEADER_TEXT_MAX} characters.")
    names = _placeholders(text)
    if len(names) > 1:
        raise _component_refused("Too many parameters", "The header text supports one parameter.")
    if not names:
        return
    example = header.get("example") if isinstance(header.get("example"), dict) else {}
    positional = example.get("header_text")
    named = example.get("header_text_named_params")
    given = (isinstance(positional, list) and len(positional) == 1 and isinstance(positional[0], str)
             and positional[0].strip()) or (
        isinstance(named, list) and len(named) == 1 and isinstance(named[0], dict)
        and named[0].get("param_name") == names[0] and str(named[0].get("example") or "").strip())
    if not given:
        raise _component_refused("Missing example", "The header text has a parameter: include the example property "
                                 "with an example value for it.")


# Editing (Meta's "Template management" page, Edit templates): which statuses, what may change, how often.
EDITABLE_STATUSES = ("APPROVED", "REJECTED", "PAUSED")
EDIT_FIELDS = ("category", "components", "message_send_ttl_seconds")
APPROVED_EDITS_PER_DAY, APPROVED_EDITS_PER_30_DAYS = 1, 10
DAY = 24 * 3600.0


def _edit_refused(title: str, sentence: str) -> MetaError:
    """Meta refuses template management calls with code 100 and its own title and sentence for people
    (``error_user_title`` / ``error_user_msg``); the subcode of an edit refusal is not documented, so none is sent."""
    return MetaError(100, sentence, message="(#100) Invalid parameter",
                     extra={"error_user_title": title, "error_user_msg": sentence})


def check_edit(template: Template, body: Any, now: float) -> tuple[str | None, list[dict[str, Any]] | None]:
    """(new category or None, new components or None) for ``POST /{template-id}``, or the MetaError Meta answers.

    Limits: only APPROVED, REJECTED or PAUSED templates; category, components and time-to-live only (name and
    language are fixed); an approved template's category is fixed; an approved template at most once in 24 hours
    and ten times in 30 days (rolling windows here: Meta does not say whether they roll), rejected and paused
    ones without limit."""
    if not isinstance(body, dict):
        raise MetaError(100, "The request body must be a JSON object.", message="(#100) Invalid parameter")
    unknown = sorted(set(body) - set(EDIT_FIELDS))
    if unknown:
        raise _edit_refused("Template can't be edited",
                            f"Only the category, components and time-to-live of a template can be edited, not "
                            f"{', '.join(unknown)}.")
    if not any(k in body for k in EDIT_FIELDS):
        raise _edit_refused("Nothing to edit", "Give the template's new category or components.")
    if template.status not in EDITABLE_STATUSES:
        raise _edit_refused("Template can't be edited",
                            f"Only templates with an APPROVED, REJECTED or PAUSED status can be edited; this one is "
                            f"{template.status}.")
    category = str(body["category"]).upper() if "category" in body else None
    if category is not None and category not in CATEGORIES:
        raise MetaError(100, f"category must be one of {', '.join(CATEGORIES)}", message="(#100) Invalid parameter")
    if template.status == "APPROVED" and category is not None and category != template.category:
        raise _edit_refused("Category can't be edited", "You cannot edit the category of an approved template.")
    components = body.get("components")
    if components is not None and (not isinstance(components, list) or not any(
            isinstance(c, dict) and str(c.get("type", "")).upper() == "BODY" for c in components)):
        raise MetaError(100, "components: a BODY component is required.", message="(#100) Invalid parameter")
    if components is not None:
        check_components(category or template.category, components)
    if template.status == "APPROVED":
        recent = [t for t in template.approved_edits if now - t < 30 * DAY]
        if sum(1 for t in recent if now - t < DAY) >= APPROVED_EDITS_PER_DAY:
            raise _edit_refused("Edit limit reached", "An approved template can be edited once in a 24-hour window.")
        if len(recent) >= APPROVED_EDITS_PER_30_DAYS:
            raise _edit_refused("Edit limit reached",
                                "An approved template can be edited up to 10 times in a 30-day window.")
    return category, components


def components_update(template: Template) -> dict[str, Any]:
    """The value of ``message_template_components_update`` after an edit, as Meta's webhook reference shapes it:
    the body text as ``message_template_element``; ``message_template_title`` only for a text header,
    ``message_template_footer`` only with a footer, ``message_template_buttons`` only when there is a link or
    call button. Meta does not say whether that list then names the other buttons too; its button types include
    QUICK_REPLY, so the simulator lists every button then."""
    value: dict[str, Any] = {"message_template_id": int(template.id), "message_template_name": template.name,
                             "message_template_language": template.language,
                             "message_template_element": template.body_text()}
    header = template.component("HEADER")
    if header and str(header.get("format", "TEXT")).upper() == "TEXT":
        value["message_template_title"] = str(header.get("text", ""))
    footer = template.component("FOOTER")
    if footer:
        value["message_template_footer"] = str(footer.get("text", ""))
    buttons = [b for b in (template.component("BUTTONS") or {}).get("buttons") or [] if isinstance(b, dict)]
    if any(str(b.get("type", "")).upper() in ("URL", "PHONE_NUMBER") for b in buttons):
        listed = []
        for button in buttons:
            kind = str(button.get("type", "")).upper()
            item = {"message_template_button_type": kind,
                    "message_template_button_text": str(button.get("text", ""))}
            if kind == "URL":
                item["message_template_button_url"] = str(button.get("url", ""))
            elif kind == "PHONE_NUMBER":
                item["message_template_button_phone_number"] = str(button.get("phone_number", ""))
            listed.append(item)
        value["message_template_buttons"] = listed
    return value


def review_outcome(template: Template) -> tuple[str, str, dict[str, str] | None]:
    """(event, reason, rejection_info): rejects what Meta's review rejects most often, approves the rest."""
    if template.forced_outcome:
        if template.forced_outcome == "REJECTED":
            return "REJECTED", "PROMOTIONAL", None
        return template.forced_outcome, "NONE", None
    body = template.component("BODY") or {}
    text = str(body.get("text", ""))
    if re.search(r"\}\}\s*\{\{", text):
        return (
            "REJECTED",
            "INVALID_FORMAT",
            {
                "reason": "Your template has parameters placed next to each other (like {{1}}{{2}}) without text "
                "or punctuation between them.",
                "recommendation": "Separate parameters with descriptive text and ensure each parameter is clearly "
                "contextualized.",
            },
        )
    if text.strip().startswith("{{") or text.strip().endswith("}}"):
        return (
            "REJECTED",
            "INVALID_FORMAT",
            {
                "reason": "Your template starts or ends with a parameter.",
                "recommendation": "Add text before the first and after the last parameter.",
            },
        )
    return "APPROVED", "NONE", None


def _placeholders(text: str) -> list[str]:
    return PLACEHOLDER_RE.findall(text or "")


def check_send(template: Template | None, name: str, language: str, components: list[dict[str, Any]]) -> None:
    """Raise the MetaError Meta would answer for this template send, or return if it is acceptable."""
    if template is None:
        raise MetaError(132001, f"template name ({name}) does not exist in {language}")
    if template.status == "PAUSED":
        raise MetaError(132015)
    if template.status != "APPROVED":
        raise MetaError(132001, f"template name ({name}) does not exist in {language}")
    given: dict[str, dict[str, Any]] = {}
    for comp in components:
        if not isinstance(comp, dict):
            raise MetaError(132012, "components: each component must be an object")
        kind = str(comp.get("type", "")).lower()
        if kind == "button":
            given[f"button{comp.get('index', '0')}"] = comp
        else:
            given[kind] = comp
    header = template.component("HEADER")
    header_params = _parameters(given.get("header"), "header")
    if header and str(header.get("format", "TEXT")).upper() in MEDIA_FORMATS:
        expected = str(header["format"]).upper()
        if len(header_params) != 1:
            raise MetaError(
                132000,
                f"header: number of localizable_params ({len(header_params)}) does not match the expected "
                "number of params (1)",
            )
        got = str(header_params[0].get("type", "")).upper() if isinstance(header_params[0], dict) else ""
        if got != expected:
            raise MetaError(132012, f"header: Format mismatch, expected {expected}, received {got or 'UNKNOWN'}")
    elif header and str(header.get("format", "")).upper() == "LOCATION":
        _check_location(header_params)
    else:
        _check_text_params("header", _placeholders((header or {}).get("text", "")), header_params)
        _check_title_length(str((header or {}).get("text", "")), header_params)
    body = template.component("BODY") or {}
    body_params = _parameters(given.get("body"), "body")
    _check_text_params("body", _placeholders(body.get("text", "")), body_params)
    buttons = (template.component("BUTTONS") or {}).get("buttons") or []
    for index, button in enumerate(buttons):
        # a URL button whose link ends in a variable takes its value in a ``button`` component of sub_type
        # ``url`` at the button's index (0-based, in the template's order); a copy-code button its code
        if isinstance(button, dict) and str(button.get("type", "")).upper() == "COPY_CODE":
            _check_coupon(index, given.get(f"button{index}"))
            continue
        if not isinstance(button, dict) or str(button.get("type", "")).upper() != "URL":
            continue
        wanted = _placeholders(str(button.get("url", "")))
        comp = given.get(f"button{index}")
        if comp is not None and str(comp.get("sub_type", "")).lower() != "url":
            raise MetaError(132012, f"button at index {index}: sub_type must be url")
        _check_text_params(f"button at index {index}", wanted, _parameters(comp, f"button at index {index}"))


def _check_coupon(index: int, comp: dict[str, Any] | None) -> None:
    """A copy-code button takes its code at send time (Meta's coupon code templates): a ``button`` component of
    sub_type ``copy_code`` at its index with one ``coupon_code`` parameter, at most 15 characters."""
    where = f"button at index {index}"
    params = _parameters(comp, where)
    if comp is not None and str(comp.get("sub_type", "")).lower() != "copy_code":
        raise MetaError(132012, f"{where}: sub_type must be copy_code")
    if len(params) != 1:
        raise MetaError(132000, f"{where}: number of localizable_params ({len(params)}) does not match the expected "
                        "number of params (1)")
    param = params[0] if isinstance(params[0], dict) else {}
    if str(param.get("type", "")).lower() != "coupon_code":
        raise MetaError(132012, f"{where}: Format mismatch, expected COUPON_CODE, received "
                        f"{str(param.get('type') or 'UNKNOWN').upper()}")
    code = param.get("coupon_code")
    if not isinstance(code, str) or not code.strip() or len(code) > COPY_CODE_MAX:
        raise MetaError(132012, f"{where}: coupon_code must be 1 to {COPY_CODE_MAX} characters")


TITLE_MAX = 60  # characters of a text header with its value filled in (Meta's template limits)


def _check_title_length(text: str, params: list[Any]) -> None:
    if not params:
        return
    values = iter(str(p.get("text", "")) for p in params if isinstance(p, dict))
    filled = PLACEHOLDER_RE.sub(lambda _m: next(values, ""), text)
    if len(filled) > TITLE_MAX:
        raise MetaError(132005, f"header: text is {len(filled)} characters with its parameter; the limit is "
                        f"{TITLE_MAX}")


def _check_location(params: list[Any]) -> None:
    """A location header takes one ``location`` parameter: latitude and longitude (numbers, in range), name and
    address (Meta's location templates: all four given at send time)."""
    if len(params) != 1:
        raise MetaError(132000, f"header: number of localizable_params ({len(params)}) does not match the expected "
                        "number of params (1)")
    param = params[0] if isinstance(params[0], dict) else {}
    if str(param.get("type", "")).upper() != "LOCATION":
        raise MetaError(132012, f"header: Format mismatch, expected LOCATION, received "
                        f"{str(param.get('type') or 'UNKNOWN').upper()}")
    location = param.get("location") if isinstance(param.get("location"), dict) else {}
    for key, limit in (("latitude", 90.0), ("longitude", 180.0)):
        try:
            value = float(location.get(key))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise MetaError(132012, f"header: location {key} must be a number") from None
        if not -limit <= value <= limit:
            raise MetaError(132012, f"header: location {key} is out of range")
    for key in ("name", "address"):
        if not isinstance(location.get(key), str) or not location[key].strip():
            raise MetaError(132012, f"header: location {key} is required")


def _parameters(component: dict[str, Any] | None, where: str) -> list[Any]:
    params = (component or {}).get("parameters") or []
    if not isinstance(params, list):
        raise MetaError(132012, f"{where}: parameters must be a list")
    return params


def _check_text_params(where: str, placeholders: list[str], params: list[Any]) -> None:
    if len(params) != len(placeholders):
        raise MetaError(
            132000,
            f"{where}: number of localizable_params ({len(params)}) does not match the expected number of params "
            f"({len(placeholders)})",
        )
    for param in params:
        if not isinstance(param, dict) or param.get("type") not in ("text", "currency", "date_time"):
            got = param.get("type") if isinstance(param, dict) else type(param).__name__
            raise MetaError(132012, f"{where}: Format mismatch, expected TEXT, received {str(got).upper()}")
        if param["type"] == "text" and not str(param.get("text", "")).strip():
            raise MetaError(132012, f"{where}: parameter text must not be empty")
