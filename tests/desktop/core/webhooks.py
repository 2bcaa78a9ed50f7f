"""Builders for Meta webhook bodies in the shapes of Meta's webhook reference (messages, statuses, templates)."""

from __future__ import annotations

import json
from pathlib import Path

PHONE_NUMBER_ID = "106540352242922"
WABA_ID = "102290129340398"
SHARED = Path(__file__).resolve().parents[2] / "fixtures" / "meta"


def envelope(value: dict, field: str = "messages") -> dict:
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID}, **value}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"value": value, "field": field}]}]}


def text_message(wa_id: str, wamid: str, body: str, ts: int, name: str = "Kunde") -> dict:
    return envelope({
        "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
        "messages": [{"from": wa_id, "id": wamid, "timestamp": str(ts), "type": "text", "text": {"body": body}}],
    })


def status(wamid: str, name: str, ts: int, wa_id: str, *, category: str = "service",
           pricing_type: str = "free_customer_service", error_code: int | None = None,
           contacts: list[dict] | None = None) -> dict:
    """A status webhook; ``contacts`` adds the recipient array Meta now sends beside sent/delivered/read."""
    st: dict = {"id": wamid, "status": name, "timestamp": str(ts), "recipient_id": wa_id}
    if name != "failed":
        st["pricing"] = {"billable": pricing_type == "regular", "pricing_model": "PMP", "type": pricing_type,
                         "category": category}
    if error_code is not None:
        st["errors"] = [{"code": error_code, "title": "Error", "message": "Error",
                         "error_data": {"details": f"details of {error_code}"}}]
    return envelope({**({"contacts": contacts} if contacts else {}), "statuses": [st]})


def fixture(name: str) -> dict:
    path = SHARED / name
    return json.loads(path.read_text(encoding="utf-8"))
