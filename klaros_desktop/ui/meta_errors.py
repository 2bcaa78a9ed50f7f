"""Meta's failure codes in words a shop owner can act on (codes from Meta's Cloud API error reference).

The sentences are marked with ``QT_TRANSLATE_NOOP`` (context ``MetaErrors``, written out: lupdate reads only
literals) so Qt's lupdate collects them, and are translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "MetaErrors"

PLAIN = {
    131047: QT_TRANSLATE_NOOP(
        "MetaErrors", "More than 24 hours passed since the customer last wrote; send an approved template instead."),
    131026: QT_TRANSLATE_NOOP(
        "MetaErrors", "The number may not be on WhatsApp, or the customer's WhatsApp app is too old."),
    131050: QT_TRANSLATE_NOOP("MetaErrors", "The customer has stopped marketing messages from you."),
    131049: QT_TRANSLATE_NOOP(
        "MetaErrors", "Meta held this marketing message back to protect the customer's experience; try again later."),
    131021: QT_TRANSLATE_NOOP("MetaErrors", "You cannot send a message to your own number."),
    131051: QT_TRANSLATE_NOOP("MetaErrors", "WhatsApp does not support this message type."),
    131052: QT_TRANSLATE_NOOP("MetaErrors", "The customer's media could not be downloaded."),
    131053: QT_TRANSLATE_NOOP("MetaErrors", "The media could not be uploaded."),
    131056: QT_TRANSLATE_NOOP("MetaErrors", "Too many messages to this customer in a short time; wait a moment."),
    130429: QT_TRANSLATE_NOOP("MetaErrors", "Meta's sending limit was reached; Klaros will slow down."),
    131048: QT_TRANSLATE_NOOP("MetaErrors", "Meta limited sending because too many customers blocked or reported you."),
    132000: QT_TRANSLATE_NOOP("MetaErrors", "The template's variables do not match what Meta approved."),
    132001: QT_TRANSLATE_NOOP("MetaErrors", "The template does not exist in this language, or is not approved yet."),
    132015: QT_TRANSLATE_NOOP("MetaErrors", "The template was paused by Meta because of low quality."),
    132016: QT_TRANSLATE_NOOP("MetaErrors", "The template was disabled by Meta because of low quality."),
    190: QT_TRANSLATE_NOOP("MetaErrors", "Your Meta access token expired or was revoked; enter a new one in Settings."),
    10: QT_TRANSLATE_NOOP(
        "MetaErrors", "The access token lacks the permission for this; check the token's WhatsApp permissions."),
    100: QT_TRANSLATE_NOOP("MetaErrors", "Meta rejected a value in the request."),
    368: QT_TRANSLATE_NOOP("MetaErrors", "Meta temporarily blocked this account for policy violations."),
}


def plain_reason(code: int | None, title: str | None, details: str | None) -> str:
    """One sentence for a failed message: our words for known codes, else Meta's own title and details."""
    if code in PLAIN:
        return QCoreApplication.translate("MetaErrors", "Not delivered: {reason} (Meta error {code})").format(
            reason=QCoreApplication.translate(CONTEXT, PLAIN[code]), code=code)
    text = details or title or QCoreApplication.translate("MetaErrors", "Meta did not say why.")
    if code:
        return QCoreApplication.translate("MetaErrors", "Not delivered: {reason} (Meta error {code})").format(
            reason=text, code=code)
    return QCoreApplication.translate("MetaErrors", "Not delivered: {reason}").format(reason=text)
