"""Walking webhook bodies into typed work, before anything touches the database.

A batch is sorted by kind first (messages, statuses, errors, other fields) so each kind is applied with a
few ``IN`` queries for the whole batch instead of one lookup per event.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class InboundMessage:
    """One ``messages[]`` object with what its change said around it."""

    msg: dict
    profile: dict  # the ``contacts[]`` entry of the sender (name, BSUID), or {}
    phone_number_id: str
    cid: str | None


@dataclass
class Work:
    """A batch's events by kind, each with the correlation id of the body it came in."""

    messages: list[InboundMessage] = field(default_factory=list)
    statuses: list[tuple[dict, str | None]] = field(default_factory=list)
    errors: list[tuple[dict, str | None]] = field(default_factory=list)  # ``errors[]`` of a messages change
    fields: list[tuple[str, dict, str | None]] = field(default_factory=list)  # other webhook fields, in order


def walk(items: list[tuple[dict, str | None]]) -> Work:
    """Sort checked bodies (see ``apply.check_body``) into work; what is not an object is skipped."""
    work = Work()
    for body, cid in items:
        for entry in body["entry"]:
            for change in (entry or {}).get("changes") or [] if isinstance(entry, dict) else []:
                value = change.get("value") if isinstance(change, dict) else None
                if not isinstance(value, dict):
                    continue
                field_name = change.get("field", "messages")
                if field_name != "messages":
                    work.fields.append((field_name, value, cid))
                    continue
                phone_number_id = str((value.get("metadata") or {}).get("phone_number_id") or "")
                profiles: dict[str, dict] = {}
                for c in value.get("contacts") or []:
                    if isinstance(c, dict):
                        for key in ("wa_id", "user_id"):
                            if c.get(key):
                                profiles[str(c[key])] = c
                for msg in value.get("messages") or []:
                    if isinstance(msg, dict):
                        profile = profiles.get(str(msg.get("from") or msg.get("from_user_id") or ""), {})
                        work.messages.append(InboundMessage(msg, profile, phone_number_id, cid))
                work.statuses.extend((st, cid) for st in value.get("statuses") or [] if isinstance(st, dict))
                work.errors.extend((error, cid) for error in value.get("errors") or [] if isinstance(error, dict))
    return work
