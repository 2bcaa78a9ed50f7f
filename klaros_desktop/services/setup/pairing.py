"""Pairing this profile with the shop's relay: one use case for the set-up wizard, ``klaros pair`` and the demo.

Generates the device's X25519 key pair, registers the public key (``POST /v1/pair``) and keeps the private key
and the device token only in the keyring. The keyring is checked before the code is spent, so a missing keyring
never wastes a single-use pairing code. The caller hands in its own session factory (the window's database, the
command's) and says who acts, so the audit row names the shop owner, the command line or the demo.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation, secrets
from klaros_desktop.models import SyncState
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.relay_client import DeviceKey, PairResult, RelayClient, RelayError
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.inbound.sync import SOURCE
from klaros_desktop.services.setup import wiring


class InsecureRelayAddress(ValueError):
    """The relay address would carry the device token in clear (or is no web address at all)."""


def check_relay_url(url: str) -> str:
    """The relay address if it is safe to send the device token to: ``https://``, or ``http://`` on this
    computer only (the demo's and a test's relay on loopback never leaves the machine)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return url.strip()
    if parts.scheme == "http" and parts.hostname:
        raise InsecureRelayAddress(QT_TRANSLATE_NOOP(
            "Setup", "The relay address must start with https:// so that nobody on the way can read this "
                     "computer's key. Ask whoever runs your relay for its https:// address."))
    raise InsecureRelayAddress(QT_TRANSLATE_NOOP(
        "Setup", "The relay address starts with https://, for example https://relay.example.com"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


CODE_REFUSED = QT_TRANSLATE_NOOP(
    "Setup", "The relay did not accept this pairing code: it is mistyped, was already used, or has expired "
    "(codes are valid for a limited time and only once). Ask whoever runs your relay for a new code, or, on a "
    "PC of your shop that is already set up, open Settings → “Pair another PC”.")


async def pair(sessions: sessionmaker[Session], store: secrets.SecretStore, relay_url: str, code: str, name: str,
               *, actor: str) -> Phrase:
    """Pair with the relay at ``relay_url`` using the one-time ``code``; says what was stored where."""
    relay_url = check_relay_url(relay_url)
    store.check()
    with correlation.correlated(audit.cause_id(actor)) as cid:
        key = DeviceKey.generate()
        async with wiring.http_client() as http:
            try:
                result = await RelayClient(http, relay_url).pair(code.strip(), key.public_b64, name)
            except RelayError as exc:
                if exc.http_status == 401:
                    raise RelayError(CODE_REFUSED, http_status=401) from exc
                raise
        _remember(sessions, store, relay_url, key, result, name, actor, cid)
    return QT_TRANSLATE_NOOP(
        "Setup", "Paired as device {device} of shop {shop}. The device key and token are kept {place}.").format(
        device=result.device_id, shop=result.tenant_id, place=store.place())


def _remember(sessions: sessionmaker[Session], store: secrets.SecretStore, relay_url: str, key: DeviceKey,
              result: PairResult, name: str, actor: str, cid: str, *, action: str = "device_paired") -> None:
    """Keep the device's key and token in the keyring and the relay's ids in the profile, audited."""
    store.set(secrets.DEVICE_PRIVATE_KEY, key.to_secret())
    store.set(secrets.RELAY_DEVICE_TOKEN, result.token)
    with sessions.begin() as s:
        settings.set_many(s, {settings.RELAY_URL: relay_url.rstrip("/"), settings.DEVICE_ID: result.device_id,
                              settings.TENANT_ID: result.tenant_id, settings.DEVICE_PUBLIC_KEY: key.public_b64})
        state = s.get(SyncState, SOURCE)
        if state is not None:  # a new device starts reading the queue afresh
            s.delete(state)
        audit.record(s, action, actor=actor, subject=result.device_id,
                     details={"relay": relay_url, "tenant_id": result.tenant_id, "name": name},
                     correlation_id=cid)


# ------------------------------------------------------------------------------------- self-service sign-up

SIGNUP_OFF = QT_TRANSLATE_NOOP(
    "Setup", "This relay does not let shops sign up by themselves. Ask whoever runs it for a pairing code, or "
    "choose another relay.")
SIGNUP_CODE_REFUSED = QT_TRANSLATE_NOOP(
    "Setup", "The e-mail code is wrong or has expired (it works once, for 30 minutes, and five wrong tries end "
    "it). Ask for a new code and type the newest one.")
WABA_TAKEN = QT_TRANSLATE_NOOP(
    "Setup", "This WhatsApp Business account is already set up on this relay. Pair this PC with a code from a PC "
    "of your shop that is already set up (Settings → “Pair another PC”) instead.")
MAIL_FAILED = QT_TRANSLATE_NOOP(
    "Setup", "The relay could not send the e-mail right now. Try again in a minute.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Setup", "Enter your e-mail address, for example laden@example.com.")


def _signup_error(exc: RelayError) -> RelayError:
    words = {404: SIGNUP_OFF, 401: SIGNUP_CODE_REFUSED, 409: WABA_TAKEN, 503: MAIL_FAILED, 400: BAD_EMAIL}
    phrase = words.get(exc.http_status or 0)
    return RelayError(phrase, http_status=exc.http_status) if phrase else exc


async def request_signup_code(relay_url: str, email: str) -> Phrase:
    """Ask the relay to mail a one-time code to ``email``; says where to look."""
    relay_url = check_relay_url(relay_url)
    email = email.strip()
    if "@" not in email or "." not in email.rsplit("@", 1)[-1]:
        raise ValueError(BAD_EMAIL)
    async with wiring.http_client() as http:
        try:
            await RelayClient(http, relay_url).request_signup_code(email)
        except RelayError as exc:
            raise _signup_error(exc) from exc
    return QT_TRANSLATE_NOOP("Setup", "We sent a six-digit code to {email}. It may take a minute; look in the spam "
                                      "folder too.").format(email=email)


@dataclass(frozen=True)
class SignedUp:
    message: Phrase
    webhook_url: str
    verify_token: str


async def sign_up(sessions: sessionmaker[Session], store: secrets.SecretStore, relay_url: str, *, email: str,
                  code: str, shop_name: str | None, waba_id: str, phone_number_id: str, app_secret: str,
                  name: str, actor: str) -> SignedUp:
    """Create the shop on the relay and pair this PC in one step (the relay checks the e-mail code). Without a
    ``shop_name`` the shop is named as Meta names the number (stored by ``meta_connection.connect``)."""
    relay_url = check_relay_url(relay_url)
    store.check()
    if not (shop_name or "").strip():
        with sessions() as s:
            shop_name = settings.get(s, settings.BUSINESS_NAME) or email
    with correlation.correlated(audit.cause_id(actor)) as cid:
        key = DeviceKey.generate()
        async with wiring.http_client() as http:
            try:
                made = await RelayClient(http, relay_url).sign_up(
                    email=email.strip(), code=code, name=shop_name.strip(), waba_id=waba_id,
                    phone_number_id=phone_number_id, app_secret=app_secret, public_key=key.public_b64,
                    device_name=name)
            except RelayError as exc:
                raise _signup_error(exc) from exc
        _remember(sessions, store, relay_url, key, made.paired, name, actor, cid, action="shop_signed_up")
    return SignedUp(QT_TRANSLATE_NOOP("Setup", "Your shop is created on the relay and this PC is paired. The device "
                                               "key and token are kept {place}.").format(place=store.place()),
                    made.webhook_url, made.verify_token)
