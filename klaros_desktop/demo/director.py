"""The demo's simulated customers: they write first, answer the shop's replies, and one of them sends STOP.

Runs in a background thread and talks to the simulator only through its loopback control API
(``klaros_sim``'s ``/_sim`` routes), exactly as a test would; everything they send reaches Klaros the real
way (simulator webhook -> relay -> sync).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class Customer:
    number: str
    opening: list[str]
    answers: list[str] = field(default_factory=list)
    stop_after_reply: bool = False


CUSTOMERS = [
    Customer("+4915112345601", ["Hallo! Haben Sie für Samstag noch Pfingstrosen?"],
             ["Super, dann bitte 20 rosa für den Brautstrauß.", "Perfekt, danke! Bis Samstag :)"]),
    Customer("+4915112345602", ["Moin, diese Woche bitte 12 Tischsträuße statt 10."],
             ["Danke, wie immer Dienstag früh?"]),
    Customer("+4915112345607", ["Kann ich einen Geburtstagsstrauß für Freitag bestellen?"],
             ["Gern bunt, so um die 35 €.", "Abholung Freitag 17 Uhr."]),
    Customer("+4915112345604", ["Gibt es die Tulpen noch im Angebot?"], [], stop_after_reply=True),
    Customer("+393471234567", ["Hello, can you deliver flowers to the church on Saturday?"],
             ["The ceremony is at 11 am, St. Marien.", "Thank you so much!"]),
]

NEW_TEMPLATES = [
    {"name": "appointment_reminder", "language": "de", "category": "UTILITY",
     "components": [{"type": "BODY", "text": "Erinnerung: Ihr Termin bei Blumen Becker ist am {{1}} um {{2}} Uhr.",
                     "example": {"body_text": [["14.06.", "10"]]}}]},
    {"name": "weekly_offer", "language": "de", "category": "MARKETING",
     "components": [{"type": "BODY", "text": "Hallo {{1}}, diese Woche bei Blumen Becker: {{2}}. Antworten Sie "
                                             "STOP, um keine Angebote mehr zu bekommen.",
                     "example": {"body_text": [["Anna", "Tulpen für 4,99 €"]]}}]},
]


class Director:
    def __init__(self, sim, *, opening_gap: float = 4.0, answer_delay: float = 3.0, poll: float = 1.0,
                 on_error: Callable[[Exception], None] | None = None):
        self.sim = sim
        self.opening_gap = opening_gap
        self.answer_delay = answer_delay
        self.poll = poll
        self.on_error = on_error
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="klaros-demo-customers", daemon=True)
        self._seen: set[str] = set()
        self._answered: dict[str, int] = {}

    def start(self) -> Director:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop the customers; a no-op when they never started (the window closed before it was ready)."""
        self._stop.set()
        if self._thread.ident is not None:
            self._thread.join(5)

    def _digits(self, number: str) -> str:
        return number.lstrip("+")

    def _run(self) -> None:
        try:
            for customer in CUSTOMERS:
                for text in customer.opening:
                    if self._stop.wait(self.opening_gap):
                        return
                    self.sim.say(customer.number, text)
            self._seen = {m["id"] for m in self.sim.outbound()}
            while not self._stop.wait(self.poll):
                self._answer_new_replies()
        except Exception as exc:  # the demo goes on without its customers; say why in the log
            log.exception("demo customers stopped")
            if self.on_error:
                self.on_error(exc)

    def _answer_new_replies(self) -> None:
        for message in self.sim.outbound():
            if message["id"] in self._seen or message.get("error_code"):
                continue
            self._seen.add(message["id"])
            customer = next((c for c in CUSTOMERS if self._digits(c.number) == str(message.get("wa_id") or
                                                                                   message.get("to"))), None)
            if customer is None:
                continue
            if self._stop.wait(self.answer_delay):
                return
            if customer.stop_after_reply:
                self.sim.reply_stop(customer.number)
                customer.stop_after_reply = False
                continue
            index = self._answered.get(customer.number, 0)
            if index < len(customer.answers):
                self.sim.say(customer.number, customer.answers[index])
                self._answered[customer.number] = index + 1
