"""Meta's errors as typed exceptions, each with a plain-language explanation for the shop owner.

Codes, titles and retry classes follow ``shared/meta-cloud-api.md`` section 6. ``retryable`` says whether
the client itself may try again; what the shop owner should do is in ``explanation``.
"""

from __future__ import annotations

from typing import Any

# code -> (what happened, what to do now), in words a shop owner understands.
EXPLANATIONS: dict[int, tuple[str, str]] = {
    0: ("WhatsApp no longer accepts Klaros's access key.",
        "Open the WhatsApp connection settings in Klaros and connect your account again."),
    190: ("WhatsApp no longer accepts Klaros's access key (it is wrong or has expired).",
          "Open the WhatsApp connection settings in Klaros and enter a new access token."),
    4: ("Klaros talked to WhatsApp too often in a short time.", "Wait a few minutes; Klaros will try again."),
    80007: ("Your WhatsApp account reached Meta's request limit.", "Wait a few minutes, then try again."),
    100: ("WhatsApp did not understand part of the message.",
          "Check the message (phone number, attachment, template) and try again; if it keeps happening, "
          "send the log file to support."),
    130429: ("You are sending messages faster than WhatsApp allows for your number.",
             "Nothing to do: Klaros slows down and sends the rest automatically."),
    131000: ("Something went wrong at WhatsApp.", "Try again in a moment."),
    131016: ("WhatsApp is temporarily unavailable.", "Try again in a few minutes."),
    131026: ("The message could not be delivered. The number may not use WhatsApp, or the customer's app is "
             "too old.", "Check the number with the customer or reach them another way."),
    131047: ("More than 24 hours have passed since this customer last wrote to you, so WhatsApp only allows "
             "an approved template message.", "Send a template (for example a short \"Do you have a minute?\" "
                                             "message); once the customer answers you can write freely again."),
    131049: ("WhatsApp held back this marketing message because the customer already got many.",
             "Do not send again today; try another day."),
    131050: ("This customer has stopped marketing messages from your shop in WhatsApp.",
             "Do not send them offers. Service messages and replies to their questions still work."),
    131051: ("WhatsApp does not support this kind of message.", "Send it as text or a picture instead."),
    131052: ("The customer's file could not be downloaded.", "Ask the customer to send it again."),
    131053: ("The attachment could not be sent (it is missing, too large or of a type WhatsApp refuses).",
             "Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and attach it again."),
    131056: ("You sent this customer many messages in a few seconds.",
             "Nothing to do: Klaros waits a little and sends the message."),
    131009: ("A value in the message is not allowed (for example a button title that is too long).",
             "Shorten or correct the highlighted field and send again."),
    131008: ("Something the message needs is missing.", "Fill in every field and send again."),
    132000: ("The template needs a different number of fill-in values than were given.",
             "Fill in every placeholder of the template, then send again."),
    132001: ("This template does not exist in that language or is not approved yet.",
             "Pick an approved template (Templates page) or wait until Meta approves it."),
    132012: ("A fill-in value does not match what the template expects (for example text instead of a picture).",
             "Check the template's fields and send again."),
    132015: ("Meta paused this template because customers reacted badly to it.",
             "Use another template, or edit this one and submit it again."),
    132016: ("Meta switched this template off because it was paused too often.", "Create a new template."),
}
GENERIC = ("WhatsApp refused the request.", "Try again later; if it keeps happening, send the log file to support.")
NETWORK = ("Klaros could not reach WhatsApp.", "Check the internet connection; Klaros will try again.")

RATE_LIMIT_CODES = {4, 80007, 130429, 131056}
RETRYABLE_CODES = {130429, 131056}
AUTH_CODES = {0, 190}
TEMPLATE_CODES = {132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069}
RECIPIENT_CODES = {131026, 131047, 131049, 131050}


class GraphError(Exception):
    """A refusal from the Graph API (or no answer at all: ``code`` None, ``http_status`` None)."""

    def __init__(self, *, code: int | None, title: str, details: str = "", subcode: int | None = None,
                 http_status: int | None = None, fbtrace_id: str | None = None, retryable: bool = False,
                 correlation_id: str | None = None):
        self.code = code
        self.subcode = subcode
        self.title = title
        self.details = details
        self.http_status = http_status
        self.fbtrace_id = fbtrace_id
        self.retryable = retryable
        self.correlation_id = correlation_id
        super().__init__(f"({code}) {title}" + (f": {details}" if details else ""))

    @property
    def what_happened(self) -> str:
        if self.code is None:
            return NETWORK[0]
        return EXPLANATIONS.get(self.code, GENERIC)[0]

    @property
    def what_to_do(self) -> str:
        if self.code is None:
            return NETWORK[1]
        return EXPLANATIONS.get(self.code, GENERIC)[1]

    @property
    def explanation(self) -> str:
        """Plain words for the shop owner: what happened, then what to do now."""
        return f"{self.what_happened} {self.what_to_do}"

    @classmethod
    def from_response(cls, http_status: int, body: Any, *, correlation_id: str | None = None) -> GraphError:
        """Build the right subclass from Meta's ``{"error": {...}}`` envelope (or a non-JSON error page)."""
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            return ServerError(code=None if http_status >= 500 else http_status, title=f"HTTP {http_status}",
                               http_status=http_status, retryable=http_status >= 500,
                               correlation_id=correlation_id)
        code = error.get("code")
        code = int(code) if isinstance(code, int | str) and str(code).isdigit() else None
        message = str(error.get("message", ""))
        title = message.split(") ", 1)[1] if message.startswith("(#") and ") " in message else message
        details = str((error.get("error_data") or {}).get("details", "")) if isinstance(
            error.get("error_data"), dict) else str(error.get("error_data") or "")
        return _make(code, title, details, error.get("error_subcode"), http_status, error.get("fbtrace_id"),
                     correlation_id)

    @classmethod
    def from_status_error(cls, item: dict[str, Any]) -> GraphError:
        """From one ``errors[]`` item of a ``failed`` status webhook (Meta reports some refusals only there)."""
        details = str((item.get("error_data") or {}).get("details", ""))
        return _make(item.get("code"), str(item.get("title") or item.get("message") or ""), details, None, None,
                     None, None)


class AuthError(GraphError):
    """The access token is wrong, expired or revoked: re-connect, never retry."""


class RateLimitError(GraphError):
    """Too many messages (throughput 130429, pair rate 131056, or app/WABA call limits)."""


class TemplateError(GraphError):
    """The template is missing, not approved, paused, or the parameters do not fit it."""


class RecipientError(GraphError):
    """This customer cannot get this message (not on WhatsApp, window closed, opted out of marketing)."""


class ServerError(GraphError):
    """Meta failed (5xx): retry later."""


class NetworkError(GraphError):
    """No answer from the Graph API at all."""


def _make(code: int | None, title: str, details: str, subcode: Any, http_status: int | None,
          fbtrace_id: Any, correlation_id: str | None) -> GraphError:
    kind: type[GraphError] = GraphError
    if code in AUTH_CODES:
        kind = AuthError
    elif code in RATE_LIMIT_CODES:
        kind = RateLimitError
    elif code in TEMPLATE_CODES:
        kind = TemplateError
    elif code in RECIPIENT_CODES:
        kind = RecipientError
    elif http_status is not None and http_status >= 500:
        kind = ServerError
    # Retry only what can succeed unchanged: throughput, pair rate (after its wait) and Meta's own failures.
    # Never a template problem, an opted-out user or a closed window.
    retryable = code in RETRYABLE_CODES or (http_status is not None and http_status >= 500)
    return kind(code=code, title=title, details=details, subcode=subcode if isinstance(subcode, int) else None,
                http_status=http_status, fbtrace_id=str(fbtrace_id) if fbtrace_id else None, retryable=retryable,
                correlation_id=correlation_id)
