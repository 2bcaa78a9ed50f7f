"""Connecting this profile to the shop's Meta account: one use case for the set-up wizard, ``klaros connect``
and the demo.

Nothing is stored before a live check passed: the phone number and the templates are read with the token first
(those requests are audited, also when they fail); then the token goes only to the keyring and the ids and
templates to the profile. The caller hands in its own session factory and says who acts.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop import correlation, secrets
from klaros_desktop.graph.errors import GraphError
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Number, Phrase
from klaros_desktop.services.core import audit, settings
from klaros_desktop.services.messaging import templates
from klaros_desktop.services.setup import wiring

WRONG_IDS = QT_TRANSLATE_NOOP(
    "Setup", "Meta does not know the phone number ID {phone} or the WhatsApp Business account ID {waba}, or the "
    "token may not see them. Copy both again from the App Dashboard (WhatsApp → API Setup) and make sure the "
    "token's system user has the WhatsApp account assigned.")


class WrongIds(ValueError):
    """Meta answered that the ids name nothing this token can see."""


async def connect(sessions: sessionmaker[Session], store: secrets.SecretStore, token: str, phone_number_id: str,
                  waba_id: str, *, graph_url: str | None = None, api_version: str | None = None,
                  actor: str) -> Phrase:
    """Check the token against Meta, then store the connection; says which number it is and how many templates."""
    store.check()
    writer = audit.GraphAuditWriter(sessions)  # the checks' requests are audited, also when they fail
    try:
        with correlation.correlated(audit.cause_id(actor)) as cid:
            with sessions() as s:
                base = graph_url or settings.get(s, settings.GRAPH_BASE_URL)
                version = api_version or settings.get(s, settings.GRAPH_API_VERSION)
            config = wiring.GraphConfig(phone_number_id, waba_id, base.rstrip("/"), version, token)
            async with wiring.http_client() as http:
                graph = wiring.make_graph(http, config, audit=writer)
                try:
                    number = await graph.phone_number()
                    items = await graph.list_templates()
                except GraphError as exc:
                    if exc.code == 100:  # "Unsupported get request. Object with ID ... does not exist"
                        raise WrongIds(WRONG_IDS.format(phone=phone_number_id, waba=waba_id)) from exc
                    raise
            store.set(secrets.META_ACCESS_TOKEN, token)
            with sessions.begin() as s:
                settings.set_many(s, {settings.PHONE_NUMBER_ID: phone_number_id, settings.WABA_ID: waba_id,
                                      settings.GRAPH_BASE_URL: config.base_url, settings.GRAPH_API_VERSION: version,
                                      settings.BUSINESS_NAME: number.get("verified_name"),
                                      settings.DISPLAY_PHONE_NUMBER: number.get("display_phone_number")})
                count = templates.store(s, items)
                audit.record(s, "meta_connected", actor=actor, subject=phone_number_id,
                             details={"waba_id": waba_id, "graph_url": config.base_url, "templates": count,
                                      "display_phone_number": number.get("display_phone_number")},
                             correlation_id=cid)
    finally:
        await writer.aclose()
    shown = number.get("display_phone_number") or phone_number_id
    name = number.get("verified_name")
    if name:
        return QT_TRANSLATE_NOOP("Setup", "Connected to {number} ({name}); {count} templates loaded. The access "
                                 "token is kept {place}.").format(number=shown, name=name, count=Number(count),
                                                                  place=store.place())
    return QT_TRANSLATE_NOOP("Setup", "Connected to {number}; {count} templates loaded. The access token is "
                             "kept {place}.").format(number=shown, count=Number(count), place=store.place())
