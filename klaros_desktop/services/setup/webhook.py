"""The shop's webhook as the relay sees it (the wizard's last step and Settings): the address and verify token
to enter in Meta's App Dashboard, and whether Meta's subscription handshake and a first webhook arrived; and a
pairing code for the shop's next PC. Read-only towards the profile; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase, local_time
from klaros_desktop.relay_client import RelayClient
from klaros_desktop.secrets import SecretStore
from klaros_desktop.services.setup import wiring


@dataclass(frozen=True)
class WebhookState:
    webhook_url: str
    verify_token: str
    handshake_at: datetime | None
    last_event_at: datetime | None

    @property
    def proven(self) -> bool:
        """Meta verified the subscription and a webhook arrived: messages reach this shop end to end."""
        return self.handshake_at is not None and self.last_event_at is not None

    def summary(self) -> Phrase:
        """One sentence for the screen: what works, and what the shop owner does next."""
        if self.handshake_at is None:
            return QT_TRANSLATE_NOOP(
                "Setup", "Meta has not checked the address yet. In Meta's App Dashboard, open WhatsApp → "
                "Configuration, enter the callback URL and verify token shown here, click “Verify and save”, "
                "then test again.")
        if self.last_event_at is None:
            return QT_TRANSLATE_NOOP(
                "Setup", "Meta checked the address {when}, but no message has arrived yet. Subscribe to the "
                "“messages” field on the same page, then send a WhatsApp message to your shop's number from "
                "any phone and test again.").format(when=local_time(self.handshake_at))
        return QT_TRANSLATE_NOOP(
            "Setup", "Everything works: Meta checked the address {checked} and the last message arrived "
            "{arrived}.").format(checked=local_time(self.handshake_at), arrived=local_time(self.last_event_at))


def _moment(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


async def webhook_state(sessions: sessionmaker[Session], store: SecretStore) -> WebhookState:
    config = wiring.relay_config(sessions, store)
    async with wiring.http_client() as http:
        status = await RelayClient(http, config.url, token=config.token).webhook_status()
    return WebhookState(status.webhook_url, status.verify_token, _moment(status.handshake_at),
                        _moment(status.last_event_at))


@dataclass(frozen=True)
class NextPcCode:
    code: str
    expires_at: datetime | None


async def code_for_next_pc(sessions: sessionmaker[Session], store: SecretStore, name: str) -> NextPcCode:
    """A one-time code (valid an hour) the shop types into Klaros on its next PC to pair it."""
    config = wiring.relay_config(sessions, store)
    async with wiring.http_client() as http:
        made = await RelayClient(http, config.url, token=config.token).add_device(name)
    return NextPcCode(made.code, _moment(made.expires_at))
