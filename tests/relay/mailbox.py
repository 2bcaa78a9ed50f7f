"""A local SMTP server for the sign-up tests (aiosmtpd in a thread): the mails the relay sends, parsed."""

from __future__ import annotations

import email
import re
import threading
from email.message import Message

from aiosmtpd.controller import Controller

from relay.embedded import free_port


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.arrived = threading.Condition()
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler name
        with self.arrived:
            self.messages.append(email.message_from_bytes(envelope.content))
            self.arrived.notify_all()
        return "250 OK"

    def code_for(self, address: str, *, count: int = 1, timeout: float = 20) -> str:
        """The six-digit code of the ``count``-th mail to ``address`` (waits for it)."""
        with self.arrived:
            ok = self.arrived.wait_for(lambda: len(self.to(address)) >= count, timeout)
        assert ok, f"no mail number {count} to {address}: {[m['To'] for m in self.messages]}"
        return re.search(r"\b(\d{6})\b", self.to(address)[count - 1]["Subject"]).group(1)

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["To"] == address]

    @property
    def settings(self) -> dict:
        """Relay settings that send through this mailbox (plain SMTP on loopback)."""
        return {"smtp_host": "127.0.0.1", "smtp_port": self.controller.port, "smtp_security": "none",
                "smtp_from": "relay@klaros.test"}
