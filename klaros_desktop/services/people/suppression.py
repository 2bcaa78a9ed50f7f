"""Numbers that must never be messaged again, kept only as a salted hash (after erasure).

HMAC-SHA256 keyed with a per-profile random salt: the hash cannot be looked up in a table of all
phone numbers without the profile, yet the same number always gives the same hash so ``may_send``
can refuse it.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import select
from sqlalchemy.orm import Session

from klaros_desktop.models import SuppressedNumber
from klaros_desktop.services.core import settings
from klaros_desktop.services.core.bulk import among


def number_hash(session: Session, phone_e164: str) -> str:
    salt = settings.suppression_salt(session)
    return hmac.new(salt, phone_e164.encode("utf-8"), hashlib.sha256).hexdigest()


def suppress(session: Session, phone_e164: str, *, scope: str = "all", reason: str) -> SuppressedNumber:
    """Record the number (idempotent per scope)."""
    digest = number_hash(session, phone_e164)
    existing = session.scalar(
        select(SuppressedNumber).where(SuppressedNumber.number_hash == digest, SuppressedNumber.scope == scope)
    )
    if existing is not None:
        return existing
    row = SuppressedNumber(number_hash=digest, scope=scope, reason=reason)
    session.add(row)
    session.flush()
    return row


def suppressed_scopes(session: Session, phone_e164: str) -> set[str]:
    """The scopes (``all``, ``marketing``) under which this number is suppressed; empty if none."""
    digest = number_hash(session, phone_e164)
    return set(session.scalars(select(SuppressedNumber.scope).where(SuppressedNumber.number_hash == digest)))


def suppressed_scopes_many(session: Session, numbers: list[str]) -> dict[str, set[str]]:
    """``suppressed_scopes`` for many numbers in one query: number -> scopes (only the suppressed ones)."""
    if not numbers or session.scalar(select(SuppressedNumber.number_hash).limit(1)) is None:
        return {}  # nobody erased: no number needs hashing (a plan asks for 100,000 at once)
    salt = settings.suppression_salt(session)
    by_hash = {hmac.digest(salt, n.encode("utf-8"), "sha256").hex(): n for n in numbers}  # as ``hmac.new``
    found: dict[str, set[str]] = {}
    for digest, scope in session.execute(select(SuppressedNumber.number_hash, SuppressedNumber.scope).where(
            among(SuppressedNumber.number_hash, by_hash))):
        found.setdefault(by_hash[digest], set()).add(scope)
    return found
