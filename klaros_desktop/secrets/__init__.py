"""Secrets (Meta access token, relay device token, device private key) live only in the OS keyring.

``SecretStore`` is the one door to them. It never falls back to plaintext: with no usable keyring
backend it raises ``NoSecureKeyring`` with a message a shop owner can act on.
"""

from __future__ import annotations

import hashlib
import logging

import keyring
import keyring.backend
import keyring.errors

from klaros_desktop.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

META_ACCESS_TOKEN = "meta_access_token"
RELAY_DEVICE_TOKEN = "relay_device_token"
DEVICE_PRIVATE_KEY = "device_private_key"
KNOWN_SECRETS = (META_ACCESS_TOKEN, RELAY_DEVICE_TOKEN, DEVICE_PRIVATE_KEY)

# Backends that store nothing, or store secrets readable by anyone with the file.
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": QT_TRANSLATE_NOOP("Keyring", "no keyring service was found"),
    "keyring.backends.null.Keyring": QT_TRANSLATE_NOOP("Keyring", "the keyring is switched off (null backend)"),
    "keyrings.alt.file.PlaintextKeyring": QT_TRANSLATE_NOOP("Keyring", "it would store secrets as plain text"),
}

NO_KEYRING_HELP = QT_TRANSLATE_NOOP(
    "Keyring", "Klaros keeps your Meta access token and device keys only in the system's secure password store "
    "(Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: "
    "{reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service "
    "provider such as GNOME Keyring or KWallet, then start Klaros again.")


class NoSecureKeyring(RuntimeError):
    """No keyring backend that keeps secrets safely is available."""


def _qualified_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def describe_backend(backend: keyring.backend.KeyringBackend | None = None) -> str:
    backend = backend or keyring.get_keyring()
    name = getattr(backend, "name", None) or _qualified_name(backend)
    return f"{name} ({_qualified_name(backend)})"


_FRIENDLY_NAMES = {
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "the macOS Keychain",
    "keyring.backends.SecretService": "your desktop's keyring (Secret Service)",
    "keyring.backends.kwallet": "KDE Wallet",
    "keyring.backends.libsecret": "your desktop's keyring (libsecret)",
}


def friendly_name(backend: keyring.backend.KeyringBackend | None = None) -> str:
    """The password store's name as a shop owner knows it, for messages shown in the app."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    for prefix, name in _FRIENDLY_NAMES.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    if module.startswith("keyring.backends.chainer"):
        inner = getattr(backend, "backends", [])
        if inner:
            return friendly_name(inner[0])
    return getattr(backend, "name", None) or type(backend).__name__


def refusal_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why this backend must not hold our secrets, or None if it may."""
    qualified = _qualified_name(backend)
    if qualified in _REFUSED_BACKENDS:
        return _REFUSED_BACKENDS[qualified]
    if qualified == "keyring.backends.chainer.ChainerBackend" and not getattr(backend, "backends", []):
        return _REFUSED_BACKENDS["keyring.backends.fail.Keyring"]
    return None


class SecretStore:
    """Secrets of one profile, namespaced by the profile's folder so two profiles never collide."""

    def __init__(self, profile_key: str, backend: keyring.backend.KeyringBackend | None = None):
        digest = hashlib.sha256(profile_key.encode("utf-8")).hexdigest()[:12]
        self.service = f"Klaros/{digest}"
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def where(self) -> str:
        """Human-readable 'stored in …' line for the settings screen and the self-test."""
        return f"stored in {describe_backend(self.backend)}"

    def place(self) -> str:
        """Short 'in <password store>' phrase for messages a shop owner reads (no class names)."""
        return f"in {friendly_name(self.backend)}"

    def check(self) -> None:
        """Raise ``NoSecureKeyring`` unless the backend is secure and actually works (round trip)."""
        backend = self.backend
        reason = refusal_reason(backend)
        if reason:
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=reason))
        probe = "__klaros_probe__"
        try:
            backend.set_password(self.service, probe, "ok")
            value = backend.get_password(self.service, probe)
            backend.delete_password(self.service, probe)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=QT_TRANSLATE_NOOP(
                "Keyring", "the keyring refused access ({error})").format(error=str(exc)))) from exc
        if value != "ok":
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=QT_TRANSLATE_NOOP(
                "Keyring", "the keyring did not give back what was stored")))

    def get(self, name: str) -> str | None:
        self.check_refused()
        try:
            return self.backend.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=str(exc))) from exc

    def set(self, name: str, value: str) -> None:
        self.check_refused()
        try:
            self.backend.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=str(exc))) from exc
        log.info("secret %s %s", name, self.where())

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass

    def wipe(self) -> None:
        """Remove every secret this profile may have stored (used by ``klaros erase --all``)."""
        for name in KNOWN_SECRETS:
            self.delete(name)

    def check_refused(self) -> None:
        reason = refusal_reason(self.backend)
        if reason:
            raise NoSecureKeyring(NO_KEYRING_HELP.format(reason=reason))
