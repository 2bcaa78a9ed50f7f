"""Secrets (Meta access token, relay device token, device private key) live only in the OS keyring.

``SecretStore`` is the one door to them. It accepts only the operating systems' own password stores
(``ALLOWED_BACKENDS``, checked for every backend inside a keyring ``ChainerBackend`` too), because keyring
picks whatever backend is installed with the highest priority, and a plugin such as ``keyrings.alt`` may
store secrets as plain text. With no usable store it raises ``NoSecureKeyring`` with a message a shop owner
can act on; it never falls back to plaintext.

Two stores of Klaros's own are accepted besides: the demo's in-memory store (``memory_keyring``: nothing is
ever written anywhere), and the plaintext test store (``plaintext_keyring``) only when
``KLAROS_ALLOW_INSECURE_KEYRING=1`` is set (tests and CI). Then every start logs a WARNING, and
``SecretStore.insecure_warning`` is the sentence the main window shows in a line of its own (``ui/keyring_warning``).
"""

from __future__ import annotations

import hashlib
import logging
import os

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

META_ACCESS_TOKEN = "meta_access_token"
RELAY_DEVICE_TOKEN = "relay_device_token"
DEVICE_PRIVATE_KEY = "device_private_key"
KNOWN_SECRETS = (META_ACCESS_TOKEN, RELAY_DEVICE_TOKEN, DEVICE_PRIVATE_KEY)

ALLOW_INSECURE_ENV = "KLAROS_ALLOW_INSECURE_KEYRING"
PLAINTEXT_TEST_BACKEND = "klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring"
DEMO_MEMORY_BACKEND = "klaros_desktop.secrets.memory_keyring.MemoryKeyring"

# The operating systems' password stores: encrypted at rest and handed only to the logged-in user.
ALLOWED_BACKENDS = frozenset({
    "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker / Credential Manager
    "keyring.backends.macOS.Keyring",  # macOS Keychain
    "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC, ... over D-Bus
    "keyring.backends.libsecret.Keyring",  # the same Secret Service through libsecret
    "keyring.backends.kwallet.DBusKeyring",  # KDE Wallet 5/6
    "keyring.backends.kwallet.DBusKeyringKWallet4",  # KDE Wallet 4
})

NO_SERVICE = QT_TRANSLATE_NOOP("Keyring", "no keyring service was found")
# Backends refused with a reason of their own; every other one not on the allow-list gets NOT_AN_OS_STORE.
_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": NO_SERVICE,
    "keyring.backends.null.Keyring": QT_TRANSLATE_NOOP("Keyring", "the keyring is switched off (null backend)"),
    "keyrings.alt.file.PlaintextKeyring": QT_TRANSLATE_NOOP("Keyring", "it would store secrets as plain text"),
}
NOT_AN_OS_STORE = QT_TRANSLATE_NOOP(
    "Keyring", "the keyring backend {backend} is not one of the system's password stores, and it may keep "
    "secrets as plain text")
TEST_STORE_REFUSED = QT_TRANSLATE_NOOP(
    "Keyring", "the configured keyring is Klaros's plain-text test keyring, which is only for tests "
    "(they set KLAROS_ALLOW_INSECURE_KEYRING=1)")
INSECURE_WARNING = QT_TRANSLATE_NOOP(
    "Keyring", "Not secure: Klaros keeps its access token and device keys in a test keyring as plain text, "
    "because KLAROS_ALLOW_INSECURE_KEYRING=1 is set. This is for tests only; never use it for a real shop.")

_NO_KEYRING_HELP = QT_TRANSLATE_NOOP(
    "Keyring", "Klaros keeps your Meta access token and device keys only in the system's secure password store "
    "(Windows Credential Manager, macOS Keychain, or Secret Service on Linux), and none is usable here: "
    "{reason}. Klaros will not store them as plain text. On Linux, install and unlock a Secret Service "
    "provider such as GNOME Keyring or KWallet, then {retry}.")
# Said for the command line; a screen says "start Klaros again" instead (ui.i18n.ON_SCREEN).
RUN_AGAIN = QT_TRANSLATE_NOOP("CommandLine", "run the command again")


def no_keyring_help(reason: object) -> Phrase:
    """Why no password store is usable and what to do, ending with the way to try again."""
    return _NO_KEYRING_HELP.format(reason=reason, retry=RUN_AGAIN)

_announced: set[str] = set()  # the insecure store is announced once per process (once per start)


class NoSecureKeyring(RuntimeError):
    """No keyring backend that keeps secrets safely is available."""


class WipeFailed(NoSecureKeyring):
    """The password store would not delete every secret (locked, unreachable). ``cleared`` are gone (or were
    never there), ``left`` may still be stored; ``error`` names what the store said."""

    def __init__(self, message: str, *, cleared: list[str], left: list[str], error: str):
        super().__init__(message)
        self.cleared, self.left, self.error = cleared, left, error


def _qualified_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _members(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    """The backends that really hold the secrets: a chainer's every member (it writes to the first that
    takes a secret and reads from any), else the backend itself."""
    if isinstance(backend, chainer.ChainerBackend):
        return list(getattr(backend, "backends", None) or [])
    return [backend]


def insecure_allowed() -> bool:
    """Whether the plaintext test store may be used: only with the variable set to exactly ``1``."""
    return os.environ.get(ALLOW_INSECURE_ENV) == "1"


def describe_backend(backend: keyring.backend.KeyringBackend | None = None) -> str:
    backend = backend or keyring.get_keyring()
    name = getattr(backend, "name", None) or _qualified_name(backend)
    return f"{name} ({_qualified_name(backend)})"


# The password stores by the names their systems give them (translators use the system's own name in their
# language, as the system's settings show it); the sentences around them are translated as usual.
_SECRET_SERVICE = QT_TRANSLATE_NOOP("Keyring", "Secret Service (GNOME Keyring / KWallet)")
_FRIENDLY_NAMES = {
    "keyring.backends.Windows": QT_TRANSLATE_NOOP("Keyring", "Windows Credential Manager"),
    "keyring.backends.macOS": QT_TRANSLATE_NOOP("Keyring", "macOS Keychain"),
    "keyring.backends.SecretService": _SECRET_SERVICE,
    "keyring.backends.libsecret": _SECRET_SERVICE,
    "keyring.backends.kwallet": QT_TRANSLATE_NOOP("Keyring", "KDE Wallet (KWallet)"),
}
_OWN_STORE_NAMES = {
    PLAINTEXT_TEST_BACKEND: QT_TRANSLATE_NOOP("Keyring", "Klaros's test keyring (not secure, for tests only)"),
    DEMO_MEMORY_BACKEND: QT_TRANSLATE_NOOP("Keyring", "the demo's memory (nothing is saved)"),
}


def friendly_name(backend: keyring.backend.KeyringBackend | None = None) -> Phrase | str:
    """The password store's name as a shop owner knows it, for messages shown in the app (a Phrase the
    screens translate; another backend's own name as it gives it)."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    for prefix, name in _FRIENDLY_NAMES.items():
        if module == prefix or module.startswith(prefix + "."):
            return name
    if _qualified_name(backend) in _OWN_STORE_NAMES:
        return _OWN_STORE_NAMES[_qualified_name(backend)]
    if module.startswith("keyring.backends.chainer"):
        inner = getattr(backend, "backends", [])
        if inner:
            return friendly_name(inner[0])
    return getattr(backend, "name", None) or type(backend).__name__


def refusal_reason(backend: keyring.backend.KeyringBackend) -> Phrase | None:
    """Why this backend must not hold our secrets, or None if it may (every member of a chainer must)."""
    members = _members(backend)
    if not members:
        return NO_SERVICE
    for member in members:
        qualified = _qualified_name(member)
        if qualified in ALLOWED_BACKENDS or qualified == DEMO_MEMORY_BACKEND:
            continue
        if qualified == PLAINTEXT_TEST_BACKEND:
            if insecure_allowed():
                continue
            return TEST_STORE_REFUSED
        if qualified in _REFUSED_BACKENDS:
            return _REFUSED_BACKENDS[qualified]
        return NOT_AN_OS_STORE.format(backend=qualified)
    return None


def insecure_warning(backend: keyring.backend.KeyringBackend | None = None) -> Phrase | None:
    """The warning to show while the plaintext test store holds the secrets, else None."""
    backend = backend or keyring.get_keyring()
    if any(_qualified_name(member) == PLAINTEXT_TEST_BACKEND for member in _members(backend)):
        return INSECURE_WARNING
    return None


def announce_insecure(backend: keyring.backend.KeyringBackend | None = None) -> Phrase | None:
    """Log the insecure-store WARNING once per process (``klaros`` calls this on every start); returns it."""
    warning = insecure_warning(backend)
    if warning is not None and "plaintext" not in _announced:
        _announced.add("plaintext")
        log.warning("%s Keyring in use: %s.", warning, describe_backend(backend))
    return warning


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

    def place(self) -> Phrase:
        """Short 'in <password store>' phrase for messages a shop owner reads (no class names)."""
        return QT_TRANSLATE_NOOP("Keyring", "in {name}").format(name=friendly_name(self.backend))

    @property
    def insecure_warning(self) -> Phrase | None:
        """A sentence for the UI while the secrets sit in the plaintext test store (tests and CI only)."""
        return insecure_warning(self.backend)

    def check(self) -> None:
        """Raise ``NoSecureKeyring`` unless the backend is secure and actually works (round trip)."""
        self.check_refused()
        backend = self.backend
        probe = "__klaros_probe__"
        try:
            backend.set_password(self.service, probe, "ok")
            value = backend.get_password(self.service, probe)
            backend.delete_password(self.service, probe)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(no_keyring_help(QT_TRANSLATE_NOOP(
                "Keyring", "the keyring refused access ({error})").format(error=str(exc)))) from exc
        if value != "ok":
            raise NoSecureKeyring(no_keyring_help(QT_TRANSLATE_NOOP(
                "Keyring", "the keyring did not give back what was stored")))

    def get(self, name: str) -> str | None:
        self.check_refused()
        try:
            return self.backend.get_password(self.service, name)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(no_keyring_help(str(exc))) from exc

    def set(self, name: str, value: str) -> None:
        self.check_refused()
        try:
            self.backend.set_password(self.service, name, value)
        except keyring.errors.KeyringError as exc:
            raise NoSecureKeyring(no_keyring_help(str(exc))) from exc
        log.info("secret %s %s", name, self.where())

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            pass

    def wipe(self) -> list[str]:
        """Remove every secret this profile may have stored (used by ``klaros erase --all``); returns their names.

        Raises ``WipeFailed`` on the first one the store will not delete, whatever the backend raised, so the
        caller can stop before it deletes anything else and say which secrets are left.
        """
        cleared: list[str] = []
        for index, name in enumerate(KNOWN_SECRETS):
            try:
                self.delete(name)
            except Exception as exc:  # backends raise KeyringLocked, InitError, D-Bus or Windows errors
                error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                raise WipeFailed(no_keyring_help(QT_TRANSLATE_NOOP(
                    "Keyring", "the keyring refused access ({error})").format(error=error)),
                    cleared=cleared, left=list(KNOWN_SECRETS[index:]), error=error) from exc
            cleared.append(name)
        return cleared

    def check_refused(self) -> None:
        """Raise ``NoSecureKeyring`` if the backend is not one we trust; announce the test store if it is used."""
        backend = self.backend
        reason = refusal_reason(backend)
        if reason:
            raise NoSecureKeyring(no_keyring_help(reason))
        announce_insecure(backend)
