"""The profile's non-secret settings (``app_settings``), with names and defaults in one place.

Secrets never go here: they live in the OS keyring through ``klaros_desktop.secrets.SecretStore``.
"""

from __future__ import annotations

import secrets as _random
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import AppSetting
from klaros_desktop.services.core import audit

RELAY_URL = "relay_url"
DEVICE_ID = "device_id"
TENANT_ID = "tenant_id"
DEVICE_PUBLIC_KEY = "device_public_key"  # base64 raw X25519; public, so not a secret
PHONE_NUMBER_ID = "phone_number_id"
WABA_ID = "waba_id"
GRAPH_BASE_URL = "graph_base_url"
GRAPH_API_VERSION = "graph_api_version"
DEFAULT_REGION = "default_region"
STOP_KEYWORDS = "stop_keywords"
START_KEYWORDS = "start_keywords"
SUPPRESSION_SALT = "suppression_salt"
# what Meta said about the number when the shop connected (Settings shows them instead of the ids)
BUSINESS_NAME = "business_name"
DISPLAY_PHONE_NUMBER = "display_phone_number"
# the screens' language (a locale name such as "de"; None: the system's), theme and desktop notifications
LANGUAGE = "language"
THEME = "theme"  # "system" (default), "light" or "dark"
NOTIFICATIONS = "notifications"
# a MARKETING campaign goes only to contacts with a recorded marketing opt-in unless the shop turns this off
CAMPAIGNS_REQUIRE_MARKETING_OPT_IN = "campaigns_require_marketing_opt_in"
# a MARKETING campaign goes through Meta's Marketing Messages API (``/marketing_messages``, billed as
# marketing_lite) instead of ``/messages``; the shop must have accepted Meta's terms for it first
CAMPAIGNS_MARKETING_MESSAGES_API = "campaigns_marketing_messages_api"
# the shop's time zone (an IANA name such as Europe/Berlin) for scheduled campaigns; unset: the computer's own
SHOP_TIME_ZONE = "shop_time_zone"

# Enter sends and Shift+Enter starts a new line (as in WhatsApp); False: Enter is a new line, Ctrl+Enter sends
ENTER_SENDS = "enter_sends"
NOTIFY_TRAY = "notify_tray"  # a notice from the tray when a message arrives while the window is not in front
NOTIFY_SOUND = "notify_sound"  # and a sound with it

DEFAULT_STOP_KEYWORDS = [
    "STOP", "STOPP", "STOPPEN", "ARRET", "ARRÊT", "ARRETER", "BAJA", "PARAR", "PARE", "UNSUBSCRIBE", "CANCEL",
    "END", "QUIT", "ABMELDEN", "DESINSCRIRE", "DÉSINSCRIRE", "ALTO", "CANCELAR", "STOPPA", "AFMELDEN",
]
DEFAULT_START_KEYWORDS = ["START", "UNSTOP", "SUBSCRIBE", "ANMELDEN", "ALTA", "INICIAR", "COMMENCER", "RESUME"]

DEFAULTS: dict[str, Any] = {
    GRAPH_BASE_URL: "https://graph.facebook.com",
    GRAPH_API_VERSION: "v23.0",
    DEFAULT_REGION: None,
    STOP_KEYWORDS: DEFAULT_STOP_KEYWORDS,
    START_KEYWORDS: DEFAULT_START_KEYWORDS,
    CAMPAIGNS_REQUIRE_MARKETING_OPT_IN: True,
    THEME: "system",
    NOTIFICATIONS: True,
    ENTER_SENDS: True,
    NOTIFY_TRAY: True,
    NOTIFY_SOUND: True,
}


def get(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(AppSetting, key)
    if row is None or row.value is None:
        return DEFAULTS.get(key, default) if default is None else default
    return row.value


def set_value(session: Session, key: str, value: Any) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


def set_many(session: Session, values: dict[str, Any]) -> None:
    for key, value in values.items():
        set_value(session, key, value)


SHOWN_IN_AUDIT = {DEFAULT_REGION, STOP_KEYWORDS, START_KEYWORDS, GRAPH_BASE_URL, GRAPH_API_VERSION,
                  CAMPAIGNS_REQUIRE_MARKETING_OPT_IN, CAMPAIGNS_MARKETING_MESSAGES_API, SHOP_TIME_ZONE, ENTER_SENDS,
                  NOTIFY_TRAY, NOTIFY_SOUND}


def change(session: Session, values: dict[str, Any], *, actor: str = "user") -> list[str]:
    """The shop owner changes settings: store them and audit which changed (values only of harmless keys,
    never e.g. the suppression salt). Returns the changed keys; nothing changed, nothing audited."""
    changed = {key: value for key, value in values.items() if get(session, key) != value}
    set_many(session, changed)
    if changed:
        audit.record(session, "settings_changed", actor=actor, details={
            "keys": sorted(changed), "values": {k: v for k, v in changed.items() if k in SHOWN_IN_AUDIT}})
    return sorted(changed)


def read_many(sessions: sessionmaker[Session], keys: tuple[str, ...]) -> dict[str, Any]:
    """Several settings at once, in a short session of its own (for callers that hold no session: the screens)."""
    with sessions() as session:
        return {key: get(session, key) for key in keys}


def save_changes(sessions: sessionmaker[Session], values: dict[str, Any], *, actor: str = "user") -> list[str]:
    """``change`` in a transaction of its own: the settings dialog's save."""
    with sessions.begin() as session:
        return change(session, values, actor=actor)


def suppression_salt(session: Session) -> bytes:
    """The profile's random salt for hashing suppressed numbers; created on first use."""
    value = get(session, SUPPRESSION_SALT)
    if not value:
        value = _random.token_hex(32)
        set_value(session, SUPPRESSION_SALT, value)
        session.flush()
    return bytes.fromhex(value)
