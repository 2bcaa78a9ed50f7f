"""Settings' live "Test connection": ask the relay and Meta, with the stored settings and keyring secrets,
whether they answer now (no Qt). Read-only: the relay is asked for one event without acknowledging it, and
Meta for the phone number's profile, so a check never moves the sync cursor or changes anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import SyncState
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase, reason_of
from klaros_desktop.secrets import NoSecureKeyring, SecretStore
from klaros_desktop.services.core.audit import GraphAuditWriter
from klaros_desktop.services.inbound.sync import SOURCE
from klaros_desktop.services.setup import wiring


@dataclass(frozen=True)
class CheckResult:
    part: str  # relay | meta
    ok: bool
    message: str  # a Phrase when Klaros wrote it; ui.i18n.render shows it translated


async def check_relay(sessions: sessionmaker[Session], store: SecretStore, http) -> CheckResult:
    from klaros_desktop.relay_client import RelayClient

    try:
        config = wiring.relay_config(sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        return CheckResult("relay", False, reason_of(exc))
    with sessions() as s:
        state = s.get(SyncState, SOURCE)
        cursor = state.cursor if state else None
    try:
        page = await RelayClient(http, config.url, token=config.token).pull(cursor, limit=1, wait=0)
    except Exception as exc:  # every failure is reported in words, never raised into the dialog
        return CheckResult("relay", False, QT_TRANSLATE_NOOP(
            "ConnectionCheck", "The relay at {url} did not answer: {error}").format(
            url=config.url, error=reason_of(exc)))
    waiting = (QT_TRANSLATE_NOOP("ConnectionCheck", "new messages are waiting") if page.events
               else QT_TRANSLATE_NOOP("ConnectionCheck", "nothing is waiting"))
    return CheckResult("relay", True, QT_TRANSLATE_NOOP(
        "ConnectionCheck", "The relay at {url} answers and knows this device; {waiting}.").format(
        url=config.url, waiting=waiting))


async def check_meta(sessions: sessionmaker[Session], store: SecretStore, http) -> CheckResult:
    try:
        config = wiring.graph_config(sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        return CheckResult("meta", False, reason_of(exc))
    writer = GraphAuditWriter(sessions)  # the check's request goes into the audit trail like any other
    try:
        with correlation.correlated(correlation.current(), prefix="ui"):
            number = await wiring.make_graph(http, config, audit=writer).phone_number()
    except Exception as exc:  # every failure is reported in words, never raised into the dialog
        return CheckResult("meta", False, QT_TRANSLATE_NOOP(
            "ConnectionCheck", "Meta did not accept the connection: {error}").format(error=reason_of(exc)))
    finally:
        await writer.aclose()
    shown = number.get("display_phone_number") or config.phone_number_id
    name = number.get("verified_name")
    quality = number.get("quality_rating")
    return CheckResult("meta", True, _meta_answer(shown, name, str(quality).lower() if quality else None))


def _meta_answer(shown: str, name: str | None, quality: str | None) -> Phrase:
    if name and quality:
        return QT_TRANSLATE_NOOP("ConnectionCheck", "Meta answers for {number} ({name}); quality rating {quality}."
                                 ).format(number=shown, name=name, quality=quality)
    if name:
        return QT_TRANSLATE_NOOP("ConnectionCheck", "Meta answers for {number} ({name}).").format(
            number=shown, name=name)
    if quality:
        return QT_TRANSLATE_NOOP("ConnectionCheck", "Meta answers for {number}; quality rating {quality}.").format(
            number=shown, quality=quality)
    return QT_TRANSLATE_NOOP("ConnectionCheck", "Meta answers for {number}.").format(number=shown)


async def check_connection(sessions: sessionmaker[Session], store: SecretStore) -> list[CheckResult]:
    async with wiring.http_client() as http:
        return [await check_relay(sessions, store, http), await check_meta(sessions, store, http)]
