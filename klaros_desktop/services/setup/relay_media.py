"""Media keeping on the relay, from this PC's Settings: give the relay a Meta token for the shop's media, take it
back, or ask whether it holds one. One use case for the Settings screen and the command line.

With a media token the relay downloads each photo, voice note and document a customer sends as soon as it
arrives, sealed for the shop's devices, and keeps it until every device has it: a PC that was off for more than
Meta's 7 days still gets the file. The token goes straight to the relay (which stores it encrypted); Klaros
keeps no copy of it on this PC and never writes it to the audit trail or the log.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation, secrets
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.media import relay_copies
from klaros_desktop.services.setup import wiring


async def media_keeping_on(sessions: sessionmaker[Session], store: secrets.SecretStore) -> bool:
    """Whether the relay keeps this shop's media (it holds a media token)."""
    config = wiring.relay_config(sessions, store)
    async with wiring.http_client() as http:
        return await wiring.make_relay(http, config).media_token_set()


async def set_media_keeping(sessions: sessionmaker[Session], store: secrets.SecretStore, token: str | None, *,
                            actor: str) -> Phrase:
    """Turn media keeping on with ``token`` (a Meta access token that may read the shop's media), or off
    (``None``); says what changed. ``ValueError`` for an empty token, before anything is sent."""
    if token is not None:
        token = token.strip()
        if not token:
            raise ValueError(QT_TRANSLATE_NOOP("Setup", "Paste the Meta access token first."))
    config = wiring.relay_config(sessions, store)
    with correlation.correlated(audit.cause_id(actor)) as cid:
        async with wiring.http_client() as http:
            on = await wiring.make_relay(http, config).set_media_token(token)
        with sessions.begin() as s:
            audit.record(s, "relay_media_keeping_on" if on else "relay_media_keeping_off", actor=actor,
                         subject=config.tenant_id, details={"relay": config.url}, correlation_id=cid)
    if on:
        return QT_TRANSLATE_NOOP("Setup", "The relay now keeps the photos, voice notes and documents your customers "
                                 "send until this computer has them, even if it is off for more than a week.")
    return QT_TRANSLATE_NOOP("Setup", "The relay no longer keeps your customers' files; Klaros fetches them from "
                             "WhatsApp, which keeps them for about 7 days.")


async def erase_relay_copies(sessions: sessionmaker[Session], store: secrets.SecretStore, raw_messages: list,
                             *, actor: str) -> int:
    """Delete the relay's copies of the files of these messages (``Message.raw`` of a person being erased), for
    every device of the shop; how many the relay deleted. Nothing to do (0) when the relay keeps none of them."""
    ids = sorted(relay_copies.references(raw_messages))
    return await delete_relay_copies(sessions, store, ids, actor=actor)


async def delete_relay_copies(sessions: sessionmaker[Session], store: secrets.SecretStore, ids: list[str], *,
                              actor: str) -> int:
    """Delete the relay's copies named by their ids (``ContactErasure.relay_media_refs``): the erasure's last step,
    after the local records are gone; how many the relay deleted."""
    if not ids:
        return 0
    config = wiring.relay_config(sessions, store)
    with correlation.correlated(audit.cause_id(actor)) as cid:
        async with wiring.http_client() as http:
            deleted = await relay_copies.forget(wiring.make_relay(http, config), ids)
        with sessions.begin() as s:
            audit.record(s, "relay_media_erased", actor=actor, subject=config.tenant_id,
                         details={"asked": len(ids), "deleted": deleted}, correlation_id=cid)
    return deleted
