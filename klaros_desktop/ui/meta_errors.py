"""Meta's failure codes in words a shop owner can act on (codes from Meta's Cloud API error reference)."""

from __future__ import annotations

PLAIN = {
    131047: "More than 24 hours passed since the customer last wrote; send an approved template instead.",
    131026: "The message could not be delivered: the number may not be on WhatsApp, or the customer's app is "
            "too old.",
    131050: "The customer has stopped marketing messages from you.",
    131049: "Meta held this marketing message back to protect the customer's experience; try again later.",
    131021: "You cannot send a message to your own number.",
    131051: "WhatsApp does not support this message type.",
    131052: "The customer's media could not be downloaded.",
    131053: "The media could not be uploaded.",
    131056: "Too many messages to this customer in a short time; wait a moment.",
    130429: "Meta's sending limit was reached; Klaros will slow down.",
    131048: "Meta limited sending because too many customers blocked or reported you.",
    132000: "The template's variables do not match what Meta approved.",
    132001: "The template does not exist in this language, or is not approved yet.",
    132015: "The template was paused by Meta because of low quality.",
    132016: "The template was disabled by Meta because of low quality.",
    190: "Your Meta access token expired or was revoked; enter a new one in Settings.",
    10: "The access token lacks the permission for this; check the token's WhatsApp permissions.",
    100: "Meta rejected a value in the request.",
    368: "Meta temporarily blocked this account for policy violations.",
}


def plain_reason(code: int | None, title: str | None, details: str | None) -> str:
    """One sentence for a failed message: our words for known codes, else Meta's own title and details."""
    if code in PLAIN:
        return f"Not delivered: {PLAIN[code]} (Meta error {code})"
    text = details or title or "Meta did not say why."
    return f"Not delivered: {text}" + (f" (Meta error {code})" if code else "")
