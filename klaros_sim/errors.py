"""Meta's error catalogue and envelope, so every refusal looks exactly like the real Graph API's.

Titles and HTTP statuses follow ``shared/meta-cloud-api.md`` section 6 (Meta's error-code table as mirrored
by pywa and partner docs). Where Meta leaves the HTTP status open the choice is noted beside the code.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from typing import Any

# code -> (title, HTTP status for a synchronous refusal, default details)
CATALOGUE: dict[int, tuple[str, int, str]] = {
    100: ("Invalid parameter", 400, "Invalid parameter"),
    2500: ("Unknown path components", 400, ""),
    190: ("Invalid OAuth access token - Cannot parse access token", 401, ""),
    130429: ("Rate limit hit", 400, "Cloud API message throughput has been reached."),
    131000: ("Something went wrong", 500, "Something went wrong."),
    131008: ("Required parameter is missing", 400, "The request is missing a required parameter."),
    131009: ("Parameter value is not valid", 400, "One or more parameter values are invalid."),
    131016: ("Service unavailable", 503, "A service is temporarily unavailable. Please check our status page."),
    131026: ("Message undeliverable", 400, "Message Undeliverable."),
    131047: (
        "Re-engagement message",
        400,
        "Message failed to send because more than 24 hours have passed since the customer last replied "
        "to this number.",
    ),
    131048: (
        "Spam rate limit hit",
        400,
        "Message failed to send because there are restrictions on how many messages can be sent from this phone "
        "number. This may be because too many previous messages were blocked or flagged as spam.",
    ),
    131049: (
        "This message was not delivered to maintain healthy ecosystem engagement.",
        400,
        "In order to maintain healthy ecosystem engagement, the message failed to be delivered.",
    ),
    131050: (
        "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on "
        "WhatsApp from your business",
        400,
        "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on "
        "WhatsApp from your business",
    ),
    131051: ("Message type unknown", 400, "Message type is currently not supported."),
    # Marketing Messages API refusing a non-marketing template (partner-reported, see docs/simulator.md).
    131055: ("Method not allowed", 400, "The request method is not allowed for this message."),
    131052: ("Media download error", 400, "Unable to download the media sent by the user."),
    131053: ("Media upload error", 400, "Unable to upload the media used in the message."),
    131056: (
        "(Business Account, Consumer Account) pair rate limit hit",
        400,
        "Message failed to send because there were too many messages sent from this phone number to the "
        "same phone number in a short period of time.",
    ),
    # Meta answers a missing template with HTTP 404 in live captures; the table leaves it open.
    132001: ("Template name does not exist in the translation", 404, ""),
    132000: ("Number of parameters does not match the expected number of params", 400, ""),
    132012: ("Parameter format does not match format in the created template", 400, ""),
    # Meta's error table: "Template Hydrated Text Too Long: Translated text is too long." The simulator answers it
    # for a text header over 60 characters with its value filled in (that Meta uses this code there is a choice).
    132005: ("Template Hydrated Text Too Long", 400, "Translated text is too long."),
    132015: ("Template is Paused", 400, "Template is paused due to low quality so it cannot be sent."),
}

HREF = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"


def fbtrace_id() -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return "A" + "".join(secrets.choice(alphabet) for _ in range(22))


@dataclass
class MetaError(Exception):
    """A refusal the server turns into Meta's error envelope (or, for async failures, a status ``errors`` item)."""

    code: int
    details: str | None = None
    subcode: int | None = None
    message: str | None = None
    http_status: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.title)

    @property
    def title(self) -> str:
        return CATALOGUE.get(self.code, ("Unknown error", 400, ""))[0]

    @property
    def status(self) -> int:
        return self.http_status or CATALOGUE.get(self.code, ("", 400, ""))[1]

    @property
    def detail_text(self) -> str:
        return self.details if self.details is not None else CATALOGUE.get(self.code, ("", 400, ""))[2]

    def envelope(self) -> dict[str, Any]:
        """The synchronous body: ``{"error": {message, type, code, error_data, error_subcode?, fbtrace_id}}``."""
        error: dict[str, Any] = {
            "message": self.message or f"(#{self.code}) {self.title}",
            "type": "OAuthException",
            "code": self.code,
        }
        if self.code != 190:
            # Graph's token errors carry no error_data; WhatsApp errors always name the product and details.
            error["error_data"] = {"messaging_product": "whatsapp", "details": self.detail_text}
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        error.update(self.extra)
        error["fbtrace_id"] = fbtrace_id()
        return {"error": error}

    def status_error(self) -> dict[str, Any]:
        """The item in a ``failed`` status webhook's ``errors`` list."""
        return {
            "code": self.code,
            "title": self.title,
            "message": self.title,
            "error_data": {"details": self.detail_text},
            "href": HREF,
        }
