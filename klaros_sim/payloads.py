"""Webhook bodies shaped as Meta posts them today (see ``shared/meta-fixtures``), and Meta-looking ids."""

from __future__ import annotations

import base64
import secrets
from typing import Any

OBJECT = "whatsapp_business_account"


def new_wamid(wa_id: str) -> str:
    """A wamid shaped like Meta's: base64 of a small protobuf-ish record holding the user's number."""
    digits = wa_id.encode("ascii")[:255]
    record = (
        b"\x1c\x18" + bytes([len(digits)]) + digits
        + b"\x15\x02\x00\x11\x18\x12" + secrets.token_hex(9).upper().encode()
    )
    return "wamid." + base64.b64encode(record + b"\x00").decode("ascii")


def new_numeric_id(length: int = 16) -> str:
    return str(secrets.randbelow(9 * 10 ** (length - 1)) + 10 ** (length - 1))


def new_user_id(country: str = "US") -> str:
    """A business-scoped user id (``US.1349...``), which Meta adds beside ``wa_id`` since 2025."""
    return f"{country}.{new_numeric_id(20)}"


def metadata(display_phone_number: str, phone_number_id: str) -> dict[str, str]:
    return {"display_phone_number": display_phone_number, "phone_number_id": phone_number_id}


def contact(wa_id: str, name: str, user_id: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"profile": {"name": name}, "wa_id": wa_id}
    if user_id:
        item["user_id"] = user_id
    return item


def messages_value(meta: dict[str, str], contacts: list[dict[str, Any]], messages: list[dict[str, Any]]) -> dict:
    value: dict[str, Any] = {"messaging_product": "whatsapp", "metadata": meta}
    if contacts:
        value["contacts"] = contacts
    value["messages"] = messages
    return value


def statuses_value(meta: dict[str, str], statuses: list[dict[str, Any]],
                   contacts: list[dict[str, Any]] | None = None) -> dict:
    """A status change; ``contacts`` (the recipient) sits between ``metadata`` and ``statuses`` as in Meta's
    syntax, which carries it on sent, delivered and read statuses and leaves it out of failed ones."""
    value: dict[str, Any] = {"messaging_product": "whatsapp", "metadata": meta}
    if contacts:
        value["contacts"] = contacts
    value["statuses"] = statuses
    return value


def pricing(category: str, type_: str) -> dict[str, Any]:
    """Per-message pricing (PMP, since 2025-07-01): free types are not billable."""
    return {"billable": type_ == "regular", "pricing_model": "PMP", "type": type_, "category": category}


def change(field: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"value": value, "field": field}


def body(entries: list[dict[str, Any]]) -> dict[str, Any]:
    return {"object": OBJECT, "entry": entries}
