"""Meta's errors as typed exceptions, and the one catalogue of Meta's codes in plain language.

Codes, titles and retry classes follow ``shared/meta-cloud-api.md`` section 6. ``retryable`` says whether
the client itself may try again; what the shop owner should do is in ``explanation``. ``EXPLANATIONS`` is
the only place a code becomes words: ``klaros send`` prints them, the audit trail stores a failed send's
(``send_failed``), and the screens show a failed message's or a held outbox item's through
``failure_reason``, translated, since every sentence is a ``phrases`` Phrase (context ``GraphErrors``).
"""

from __future__ import annotations

from typing import Any

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase

# code -> (what happened, what to do now), in words a shop owner understands.
EXPLANATIONS: dict[int, tuple[Phrase, Phrase]] = {
    0: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp no longer accepts Klaros's access key."),
        QT_TRANSLATE_NOOP("GraphErrors", "Open the WhatsApp connection settings in Klaros and connect your account "
            "again.")),
    190: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp no longer accepts Klaros's access key (it is wrong or has "
            "expired)."),
        QT_TRANSLATE_NOOP("GraphErrors", "Open the WhatsApp connection settings in Klaros and enter a new access "
            "token.")),
    4: (
        QT_TRANSLATE_NOOP("GraphErrors", "Klaros talked to WhatsApp too often in a short time."),
        QT_TRANSLATE_NOOP("GraphErrors", "Wait a few minutes; Klaros will try again.")),
    80007: (
        QT_TRANSLATE_NOOP("GraphErrors", "Your WhatsApp account reached Meta's request limit."),
        QT_TRANSLATE_NOOP("GraphErrors", "Wait a few minutes, then try again.")),
    100: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp did not understand part of the message."),
        QT_TRANSLATE_NOOP("GraphErrors", "Check the message (phone number, attachment, template) and try again; if "
            "it keeps happening, send the log file to support.")),
    130429: (
        QT_TRANSLATE_NOOP("GraphErrors", "You are sending messages faster than WhatsApp allows for your number."),
        QT_TRANSLATE_NOOP("GraphErrors", "Nothing to do: Klaros slows down and sends the rest automatically.")),
    131000: (
        QT_TRANSLATE_NOOP("GraphErrors", "Something went wrong at WhatsApp."),
        QT_TRANSLATE_NOOP("GraphErrors", "Try again in a moment.")),
    131016: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp is temporarily unavailable."),
        QT_TRANSLATE_NOOP("GraphErrors", "Try again in a few minutes.")),
    131026: (
        QT_TRANSLATE_NOOP("GraphErrors", "The message could not be delivered. The number may not use WhatsApp, or "
            "the customer's app is too old."),
        QT_TRANSLATE_NOOP("GraphErrors", "Check the number with the customer or reach them another way.")),
    131047: (
        QT_TRANSLATE_NOOP("GraphErrors", "More than 24 hours have passed since this customer last wrote to you, so "
            "WhatsApp only allows an approved template message."),
        QT_TRANSLATE_NOOP("GraphErrors", "Send a template (for example a short \"Do you have a minute?\" message); "
            "once the customer answers you can write freely again.")),
    131049: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp held back this marketing message because the customer already "
            "got many."),
        QT_TRANSLATE_NOOP("GraphErrors", "Do not send again today; try another day.")),
    131050: (
        QT_TRANSLATE_NOOP("GraphErrors", "This customer has stopped marketing messages from your shop in WhatsApp."),
        QT_TRANSLATE_NOOP("GraphErrors", "Do not send them offers. Service messages and replies to their questions "
            "still work.")),
    131051: (
        QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp does not support this kind of message."),
        QT_TRANSLATE_NOOP("GraphErrors", "Send it as text or a picture instead.")),
    131052: (
        QT_TRANSLATE_NOOP("GraphErrors", "The customer's file could not be downloaded."),
        QT_TRANSLATE_NOOP("GraphErrors", "Ask the customer to send it again.")),
    131053: (
        QT_TRANSLATE_NOOP("GraphErrors", "The attachment could not be sent (it is missing, too large or of a type "
            "WhatsApp refuses)."),
        QT_TRANSLATE_NOOP("GraphErrors", "Check the file (pictures up to 5 MB, videos and audio up to 16 MB) and "
            "attach it again.")),
    131056: (
        QT_TRANSLATE_NOOP("GraphErrors", "You sent this customer many messages in a few seconds."),
        QT_TRANSLATE_NOOP("GraphErrors", "Nothing to do: Klaros waits a little and sends the message.")),
    131009: (
        QT_TRANSLATE_NOOP("GraphErrors", "A value in the message is not allowed (for example a button title that is "
            "too long)."),
        QT_TRANSLATE_NOOP("GraphErrors", "Shorten or correct the highlighted field and send again.")),
    131008: (
        QT_TRANSLATE_NOOP("GraphErrors", "Something the message needs is missing."),
        QT_TRANSLATE_NOOP("GraphErrors", "Fill in every field and send again.")),
    132000: (
        QT_TRANSLATE_NOOP("GraphErrors", "The template needs a different number of fill-in values than were given."),
        QT_TRANSLATE_NOOP("GraphErrors", "Fill in every placeholder of the template, then send again.")),
    132001: (
        QT_TRANSLATE_NOOP("GraphErrors", "This template does not exist in that language or is not approved yet."),
        QT_TRANSLATE_NOOP("GraphErrors", "Pick an approved template (Templates page) or wait until Meta approves "
            "it.")),
    132005: (
        QT_TRANSLATE_NOOP("GraphErrors", "A fill-in value makes the template's text longer than WhatsApp allows (the "
            "title at the top may have 60 characters with its value)."),
        QT_TRANSLATE_NOOP("GraphErrors", "Shorten the value and send again.")),
    132012: (
        QT_TRANSLATE_NOOP("GraphErrors", "A fill-in value does not match what the template expects (for example "
            "text instead of a picture)."),
        QT_TRANSLATE_NOOP("GraphErrors", "Check the template's fields and send again.")),
    132015: (
        QT_TRANSLATE_NOOP("GraphErrors", "Meta paused this template because customers reacted badly to it."),
        QT_TRANSLATE_NOOP("GraphErrors", "Use another template, or edit this one and submit it again.")),
    132016: (
        QT_TRANSLATE_NOOP("GraphErrors", "Meta switched this template off because it was paused too often."),
        QT_TRANSLATE_NOOP("GraphErrors", "Create a new template.")),
    131021: (
        QT_TRANSLATE_NOOP("GraphErrors", "This is your shop's own WhatsApp number."),
        QT_TRANSLATE_NOOP("GraphErrors", "Send the message to the customer's number instead.")),
    131048: (
        QT_TRANSLATE_NOOP("GraphErrors", "Meta limited your sending because too many customers blocked or reported "
            "your messages."),
        QT_TRANSLATE_NOOP("GraphErrors", "Send only to customers who asked for your messages, and send fewer for a "
            "while.")),
    10: (
        QT_TRANSLATE_NOOP("GraphErrors", "Klaros's access key lacks the permission for this."),
        QT_TRANSLATE_NOOP("GraphErrors", "Give the access token the WhatsApp permissions in Meta's business "
            "settings, then connect your account again.")),
    200: (
        QT_TRANSLATE_NOOP("GraphErrors", "The access token may not use this WhatsApp account: a permission or the "
            "account itself is missing from its system user."),
        QT_TRANSLATE_NOOP("GraphErrors", "In Meta Business Suite, open Settings → System users, assign your "
            "WhatsApp account to the system user, then generate a new token with the permissions "
            "whatsapp_business_messaging and whatsapp_business_management.")),
    133010: (
        QT_TRANSLATE_NOOP("GraphErrors", "This phone number is not registered with the WhatsApp Cloud API yet."),
        QT_TRANSLATE_NOOP("GraphErrors", "In WhatsApp Manager, open Phone numbers and finish the number's "
            "registration (Meta sends a code by SMS or call), then connect again.")),
    368: (
        QT_TRANSLATE_NOOP("GraphErrors", "Meta blocked this account for a while because of a policy violation."),
        QT_TRANSLATE_NOOP("GraphErrors", "Read Meta's message about it in your Meta business account; sending works "
            "again when the block ends.")),
}
GENERIC = (
    QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp refused the request."),
    QT_TRANSLATE_NOOP("GraphErrors", "Try again later; if it keeps happening, send the log file to support."),
)
NETWORK = (
    QT_TRANSLATE_NOOP("GraphErrors", "Klaros could not reach WhatsApp."),
    QT_TRANSLATE_NOOP("GraphErrors", "Check the internet connection; Klaros will try again."),
)


def _parts(code: int | None) -> tuple[Phrase, Phrase]:
    return NETWORK if code is None else EXPLANATIONS.get(code, GENERIC)


def _joined(what_happened: str, what_to_do: str) -> Phrase:
    return QT_TRANSLATE_NOOP("GraphErrors", "{what_happened} {what_to_do}").format(
        what_happened=what_happened, what_to_do=what_to_do)


def explain(code: int | None) -> Phrase:
    """What happened and what to do now, for Meta's ``code`` (None: Meta was not reached at all)."""
    return _joined(*_parts(code))


def failure_reason(code: int | None, title: str | None, details: str | None) -> Phrase:
    """One sentence for a message Meta did not deliver: our words for known codes, else Meta's own details or
    title (a failed message keeps those three from the status webhook or the send's answer)."""
    if code in EXPLANATIONS:
        return QT_TRANSLATE_NOOP("GraphErrors", "Not delivered: {reason} (Meta error {code})").format(
            reason=explain(code), code=code)
    reason = details or title or QT_TRANSLATE_NOOP("GraphErrors", "Meta did not say why.")
    if code:
        return QT_TRANSLATE_NOOP("GraphErrors", "Not delivered: {reason} (Meta error {code})").format(
            reason=reason, code=code)
    return QT_TRANSLATE_NOOP("GraphErrors", "Not delivered: {reason}").format(reason=reason)


def template_refusal(error: GraphError) -> Phrase:
    """Why Meta did not take a new or changed template: Meta's own sentence for people when it gave one (its
    template refusals are a bare code 100 "Invalid parameter" with the reason only there), else our words for the
    code."""
    reason = error.user_message or error.user_title or error.explanation
    return QT_TRANSLATE_NOOP("GraphErrors", "Meta did not accept the template: {reason}").format(
        reason=reason)


RATE_LIMIT_CODES = {4, 80007, 130429, 131056}
RETRYABLE_CODES = {130429, 131056}
# A send refused with one of these was not sent, by Meta's own description (its error codes page): the app's or
# the account's call limit (4, 80007), the number's throughput (130429), the pair rate (131056), and 131000,
# "Message failed to send due to an unknown error", for which Meta says to try again. Trying such a send again
# cannot reach the customer twice. Any other failure of Meta's (HTTP 5xx, 131016 "service unavailable", an answer
# without a code) does not say whether the message was queued, so the send is unconfirmed (``UnconfirmedSend``).
NOT_SENT_CODES = {4, 80007, 130429, 131056, 131000}
AUTH_CODES = {0, 190}
TEMPLATE_CODES = {132000, 132001, 132005, 132007, 132012, 132015, 132016, 132068, 132069}
RECIPIENT_CODES = {131026, 131047, 131049, 131050}


class GraphError(Exception):
    """A refusal from the Graph API (or no answer at all: ``code`` None, ``http_status`` None)."""

    def __init__(self, *, code: int | None, title: str, details: str = "", subcode: int | None = None,
                 http_status: int | None = None, fbtrace_id: str | None = None, retryable: bool = False,
                 correlation_id: str | None = None, user_title: str = "", user_message: str = ""):
        self.code = code
        # Meta's own words for people (``error_user_title`` / ``error_user_msg``), which template management
        # refusals carry beside the bare code 100
        self.user_title = user_title
        self.user_message = user_message
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
        return _parts(self.code)[0]

    @property
    def what_to_do(self) -> str:
        return _parts(self.code)[1]

    @property
    def explanation(self) -> str:
        """Plain words for the shop owner: what happened, then what to do now (a Phrase: translated on screen);
        a subclass with words of its own (a refused host) overrides the two parts."""
        return _joined(self.what_happened, self.what_to_do)

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
        made = _make(code, title, details, error.get("error_subcode"), http_status, error.get("fbtrace_id"),
                     correlation_id)
        made.user_title = str(error.get("error_user_title") or "")
        made.user_message = str(error.get("error_user_msg") or "")
        return made

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


UNCONFIRMED = (
    QT_TRANSLATE_NOOP("GraphErrors", "WhatsApp did not confirm this message: the connection broke or WhatsApp "
                      "failed after it had been sent, so it may have reached the customer."),
    QT_TRANSLATE_NOOP("GraphErrors", "Klaros does not send it again by itself. Check with the customer (or wait "
                      "for WhatsApp's delivery report) before sending it again."),
)


def explain_unconfirmed() -> Phrase:
    """What happened and what to do for a send whose outcome is unknown (``UnconfirmedSend``)."""
    return _joined(*UNCONFIRMED)


class UnconfirmedSend(GraphError):
    """A message send whose outcome nobody knows: the request went out, and then the connection broke, the answer
    timed out, or Meta failed (5xx) without saying the message was not sent. Meta's ``/messages`` has no
    idempotency key, so sending it again may deliver it twice: it is never retried by itself. ``code`` and
    ``http_status`` are Meta's, when it answered at all; ``cause`` the original error."""

    def __init__(self, cause: GraphError):
        super().__init__(code=cause.code, title=cause.title, details=cause.details, subcode=cause.subcode,
                         http_status=cause.http_status, fbtrace_id=cause.fbtrace_id, retryable=False,
                         correlation_id=cause.correlation_id, user_title=cause.user_title,
                         user_message=cause.user_message)
        self.cause = cause

    @property
    def what_happened(self) -> Phrase:
        return UNCONFIRMED[0]

    @property
    def what_to_do(self) -> Phrase:
        return UNCONFIRMED[1]


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
