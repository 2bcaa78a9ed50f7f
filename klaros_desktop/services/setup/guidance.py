"""What the set-up tells a shop owner to open or install: the exact pages of Meta's Business Suite and App
Dashboard, the hosted relay this build points to, and what to install when no password store is usable.

The Meta addresses follow Meta's documentation (Access Tokens guide: Business Suite → Settings → Users →
System users → Generate new token, with ``whatsapp_business_messaging`` and ``whatsapp_business_management``;
Get Started: the App Dashboard's WhatsApp → API Setup shows the phone number ID and the WhatsApp Business
account ID; WhatsApp → Configuration takes the callback URL and verify token; App settings → Basic holds the
app secret). No Qt here.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from klaros_desktop.paths import resource_path
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase

SYSTEM_USERS_URL = "https://business.facebook.com/latest/settings/system_users"
APP_DASHBOARD_URL = "https://developers.facebook.com/apps/"
PHONE_NUMBERS_URL = "https://business.facebook.com/wa/manage/phone-numbers/"
ACCESS_TOKENS_DOC_URL = "https://developers.facebook.com/docs/whatsapp/access-tokens"
PERMISSIONS = ("whatsapp_business_messaging", "whatsapp_business_management")

DEFAULT_RELAY_ENV = "KLAROS_DEFAULT_RELAY_URL"


def default_relay_url(config: Path | None = None) -> str:
    """The hosted relay this build of Klaros points to (``resources/build.json``: ``default_relay_url``), or the
    one ``KLAROS_DEFAULT_RELAY_URL`` names; empty when neither says (then the shop types its own)."""
    if os.environ.get(DEFAULT_RELAY_ENV):
        return os.environ[DEFAULT_RELAY_ENV].strip()
    path = config or resource_path("build.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("default_relay_url") if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) else ""


def keyring_install_help(platform: str | None = None, desktop: str | None = None) -> Phrase:
    """What to install or unlock on this system so that Klaros can keep its keys safely."""
    platform = platform or sys.platform
    if platform == "win32":
        return QT_TRANSLATE_NOOP(
            "Keyring", "Windows keeps the keys in its Credential Manager, which comes with Windows. Sign in to "
            "Windows with your own user account (not a guest or a restricted session), then click “Try again”.")
    if platform == "darwin":
        return QT_TRANSLATE_NOOP(
            "Keyring", "macOS keeps the keys in your login keychain. Open the Keychain Access app, unlock the "
            "“login” keychain with your Mac password, then click “Try again”.")
    desktop = (desktop if desktop is not None else os.environ.get("XDG_CURRENT_DESKTOP", "")).lower()
    if "kde" in desktop:
        return QT_TRANSLATE_NOOP(
            "Keyring", "Install KDE Wallet: open a terminal and run “sudo apt install kwalletmanager” (Debian, "
            "Ubuntu) or “sudo dnf install kwalletmanager” (Fedora). Log out and back in, then click "
            "“Try again”.")
    return QT_TRANSLATE_NOOP(
        "Keyring", "Install GNOME Keyring: open a terminal and run “sudo apt install gnome-keyring” (Debian, "
        "Ubuntu) or “sudo dnf install gnome-keyring” (Fedora). Log out and back in so that it starts and "
        "unlocks with your login, then click “Try again”.")
