"""Settings' live "Test connection": ask the relay and Meta, with the stored settings and keyring secrets,
whether they answer now (no Qt). Read-only: the relay is asked for one event without acknowledging it, and
Meta for the phone number's profile, so a check never moves the sync cursor or changes anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation
from klaros_desktop.models import SyncState
from klaros_desktop.secrets import NoSecureKeyring, SecretStore
from klaros_desktop.services import wiring
from klaros_desktop.services.audit import GraphAuditWriter
from klaros_desktop.services.sync import SOURCE


@dataclass(frozen=True)
class CheckResult:
    part: str  # relay | meta
    ok: bool
    message: str


def _explain(exc: BaseException) -> str:
    return getattr(exc, "explanation", None) or str(exc) or type(exc).__name__


async def check_relay(sessions: sessionmaker[Session], store: SecretStore, http) -> CheckResult:
    from klaros_desktop.relay_client import RelayClient

    try:
        config = wiring.relay_config(sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        return CheckResult("relay", False, _explain(exc))
    with sessions() as s:
        state = s.get(SyncState, SOURCE)
        cursor = state.cursor if state else None
    try:
        page = await RelayClient(http, config.url, token=config.token).pull(cursor, limit=1, wait=0)
    except Exception as exc:  # every failure is reported in words, never raised into the dialog
        return CheckResult("relay", False, f"The relay at {config.url} did not answer: {_explain(exc)}")
    waiting = "new messages are waiting" if page.events else "nothing is waiting"
    return CheckResult("relay", True, f"The relay at {config.url} answers and knows this device; {waiting}.")


async def check_meta(sessions: sessionmaker[Session], store: SecretStore, http) -> CheckResult:
    try:
        config = wiring.graph_config(sessions, store)
    except (wiring.NotConfigured, NoSecureKeyring) as exc:
        return CheckResult("meta", False, _explain(exc))
    writer = GraphAuditWriter(sessions)  # the check's request goes into the audit trail like any other
    try:
        with correlation.correlated(correlation.current(), prefix="ui"):
            number = await wiring.make_graph(http, config, audit=writer).phone_number()
    except Exception as exc:  # every failure is reported in words, never raised into the dialog
        return CheckResult("meta", False, f"Meta did not accept the connection: {_explain(exc)}")
    finally:
        await writer.aclose()
    shown = number.get("display_phone_number") or config.phone_number_id
    name = number.get("verified_name")
    quality = number.get("quality_rating")
    text = f"Meta answers for {shown}" + (f" ({name})" if name else "")
    if quality:
        text += f"; quality rating {str(quality).lower()}"
    return CheckResult("meta", True, text + ".")


async def check_connection(sessions: sessionmaker[Session], store: SecretStore) -> list[CheckResult]:
    async with wiring.http_client() as http:
        return [await check_relay(sessions, store, http), await check_meta(sessions, store, http)]
