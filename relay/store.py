"""Storage operations on tenants, devices and events (synchronous; the web layer runs them in threads).

All of the relay's SQL on these tables is here, the group writer's batch statements included
(``EventBatch``); other modules call these functions.

Cursor safety: event ids are the cursors, and a device reads only its own tenant's events, so an id must never
become visible after a larger id *of the same tenant* (a puller that already moved past it would skip it).
Every transaction that inserts a tenant's events, and every pairing, first takes that tenant's event lock:
SQLite's write lock (``BEGIN IMMEDIATE``, one for the whole database) or, on PostgreSQL, a transaction-level
advisory lock keyed by the tenant (``lock_tenants``). Ids come from one sequence whose ``nextval`` only grows
(cache 1, the default), and a transaction draws its ids only once it holds its tenants' locks, that is after
every earlier transaction of those tenants committed: within a tenant, ids are drawn and committed in the same
order, across all server processes, while transactions of different tenants commit in parallel.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import orjson
from sqlalchemy import Connection, and_, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import IntegrityError

from relay import crypto
from relay.db import Engines
from relay.models import devices, event_keys, events, media, media_keys, signup_codes, tenants

log = logging.getLogger(__name__)

# PostgreSQL advisory locks: (TENANT_LOCK_CLASS, tenant_lock_key(tenant)) per tenant. EVENT_LOCK_KEY is the
# former single lock for every tenant, taken instead while GLOBAL_LOCK_SWITCH is set in the environment: kept only
# so that the relay benchmark can print both side by side in one run (remove with the benchmark's old mode).
TENANT_LOCK_CLASS = 0x6B6C6172  # "klar"
EVENT_LOCK_KEY = 0x6B6C61726F73  # "klaros"
GLOBAL_LOCK_SWITCH = "KLAROS_BENCH_GLOBAL_EVENT_LOCK"
NOTIFY_CHANNEL = "klaros_relay_events"
NOTIFY_IDS = 200  # tenant ids per notification: 33 bytes each, inside PostgreSQL's 8,000-byte payload


def now_us() -> int:
    return time.time_ns() // 1000


def new_id() -> str:
    return uuid.uuid4().hex


_ID_CHARS = frozenset("0123456789abcdef")


def is_id(value: str) -> bool:
    """Whether ``value`` has the form of an id ``new_id`` makes (anything else names no row: no query needed)."""
    return len(value) == 32 and _ID_CHARS.issuperset(value)


def tenant_lock_key(tenant_id: str) -> int:
    """The second key of the tenant's advisory lock (a signed 32-bit hash; two tenants sharing one only wait for
    each other now and then)."""
    return int.from_bytes(hashlib.blake2b(tenant_id.encode("utf-8"), digest_size=4).digest(), "big", signed=True)


def lock_tenants(conn: Connection, tenant_ids: set[str], *, wait: bool = True,
                 waited: list[float] | None = None) -> set[str]:
    """Take the event locks of these tenants for the rest of the transaction; the tenants now locked.

    Must be the transaction's first statement (no row lock held yet). On SQLite, a no-op returning them all:
    ``BEGIN IMMEDIATE`` already holds the one write lock. On PostgreSQL, ``wait`` takes every lock in key
    order, so that two waiting transactions can never wait for each other. Without ``wait``, only the locks
    free right now are taken (a try never waits, so never deadlocks); when none is free, the transaction waits
    for the lowest one, holding nothing, and then tries the others again. So it always gets at least one
    tenant, and the caller stores the rest in a later transaction instead of idling behind another process.

    ``waited`` gets the seconds spent in the statements that wait for a lock (a try never waits). The group
    writer's own connection sends the same forms on the driver (``WriteConnection``).
    """
    if conn.dialect.name != "postgresql" or not tenant_ids:
        return set(tenant_ids)

    def blocking(sql: str, params: dict) -> None:
        started = time.perf_counter()
        conn.execute(text(sql), params)
        if waited is not None:
            waited.append(time.perf_counter() - started)

    if os.environ.get(GLOBAL_LOCK_SWITCH):
        blocking("SELECT pg_advisory_xact_lock(:k)", {"k": EVENT_LOCK_KEY})
        return set(tenant_ids)
    by_key: dict[int, list[str]] = {}
    for tenant_id in tenant_ids:
        by_key.setdefault(tenant_lock_key(tenant_id), []).append(tenant_id)
    keys = sorted(by_key)
    if wait:
        # unnest yields the (sorted) keys in array order, and the locks are taken row by row in that order
        blocking(f"SELECT pg_advisory_xact_lock({TENANT_LOCK_CLASS}, k) FROM unnest(CAST(:keys AS int4[])) AS k",
                 {"keys": keys})
        return set(tenant_ids)
    try_sql = text(f"SELECT k FROM unnest(CAST(:keys AS int4[])) AS k "
                   f"WHERE pg_try_advisory_xact_lock({TENANT_LOCK_CLASS}, k)")
    got = list(conn.execute(try_sql, {"keys": keys}).scalars())
    if not got:
        blocking(f"SELECT pg_advisory_xact_lock({TENANT_LOCK_CLASS}, :k)", {"k": keys[0]})
        got = [keys[0], *conn.execute(try_sql, {"keys": keys[1:]}).scalars()]
    return {tenant_id for key in got for tenant_id in by_key[key]}


def held_key_purpose(tenant_id: str, body_sha256: bytes) -> str:
    return f"held-key/{tenant_id}/{body_sha256.hex()}"


class NotFound(LookupError):
    pass


class Conflict(ValueError):
    pass


class PairingRefused(PermissionError):
    """Wrong, used, revoked or expired pairing code (the caller cannot tell which, on purpose)."""


class RevokedWhilePairing(PairingRefused):
    """The device was revoked while its held events were wrapped to it: the pairing released at most one batch
    of its keys (``released``; ``released.more``: rows of ``tenant_id`` are left for the retention sweep)."""

    def __init__(self, tenant_id: str, released: Released) -> None:
        super().__init__("the device was revoked while pairing")
        self.tenant_id = tenant_id
        self.released = released


# ---------------------------------------------------------------------------------------------- tenants


@dataclass(frozen=True)
class Tenant:
    id: str
    name: str
    waba_id: str
    phone_number_id: str
    created_us: int
    email: str | None = None
    suspended_us: int | None = None

    @property
    def state(self) -> str:
        return "suspended" if self.suspended_us is not None else "active"


@dataclass(frozen=True)
class TenantSecrets:
    tenant: Tenant
    app_secret: bytes
    verify_token: str
    media_token: str | None = None  # the Meta token the relay keeps media with; None: the tenant did not opt in


def _tenant(row) -> Tenant:
    return Tenant(row.id, row.name, row.waba_id, row.phone_number_id, row.created_us, row.email, row.suspended_us)


def create_tenant(engines: Engines, master: crypto.MasterKey, *, name: str, waba_id: str, phone_number_id: str,
                  app_secret: str, verify_token: str | None = None, email: str | None = None) -> TenantSecrets:
    for label, value in (("name", name), ("WABA id", waba_id), ("phone number id", phone_number_id),
                         ("app secret", app_secret)):
        if not value or not value.strip():
            raise ValueError(f"the tenant's {label} must not be empty")
    tenant_id = new_id()
    verify_token = verify_token or crypto.new_verify_token()
    row = {
        "id": tenant_id, "name": name.strip(), "waba_id": waba_id.strip(),
        "phone_number_id": phone_number_id.strip(), "created_us": now_us(),
        "app_secret_enc": master.encrypt(app_secret.encode("utf-8"), f"app-secret/{tenant_id}"),
        "verify_token_enc": master.encrypt(verify_token.encode("utf-8"), f"verify-token/{tenant_id}"),
    }
    if email is not None:  # (only then: the migration tests create tenants on the schema before 0004 too)
        row["email"] = email
    try:
        with engines.write.begin() as conn:
            conn.execute(insert(tenants).values(**row))
    except IntegrityError:
        raise Conflict(f"a tenant with WABA id {waba_id} already exists") from None
    return TenantSecrets(_tenant_from_dict(row), app_secret.encode("utf-8"), verify_token)


def _tenant_from_dict(row: dict) -> Tenant:
    return Tenant(row["id"], row["name"], row["waba_id"], row["phone_number_id"], row["created_us"], row.get("email"))


def list_tenants(engines: Engines) -> list[Tenant]:
    with engines.read.connect() as conn:
        return [_tenant(r) for r in conn.execute(select(tenants).order_by(tenants.c.created_us))]


def get_tenant(engines: Engines, tenant_id: str) -> Tenant:
    with engines.read.connect() as conn:
        row = conn.execute(select(tenants).where(tenants.c.id == tenant_id)).first()
    if row is None:
        raise NotFound(f"no tenant {tenant_id}")
    return _tenant(row)


def media_token_purpose(tenant_id: str) -> str:
    return f"media-token/{tenant_id}"


def _secrets(row, master: crypto.MasterKey) -> TenantSecrets:
    media_token = None
    if row.media_token_enc is not None:
        media_token = master.decrypt(row.media_token_enc, media_token_purpose(row.id)).decode("utf-8")
    return TenantSecrets(
        _tenant(row),
        master.decrypt(row.app_secret_enc, f"app-secret/{row.id}"),
        master.decrypt(row.verify_token_enc, f"verify-token/{row.id}").decode("utf-8"),
        media_token,
    )


def set_media_token(engines: Engines, master: crypto.MasterKey, tenant_id: str, token: str | None) -> None:
    """Store the tenant's Meta media token encrypted under the master key, or remove it (``None``).

    ValueError for an empty token or one with spaces, control or non-ASCII characters inside (a pasted token with
    a line break would fail at Meta much later, in the background)."""
    blob = None
    if token is not None:
        if not token:
            raise ValueError("the media token must not be empty")
        if len(token) > 4096 or not all("!" <= ch <= "~" for ch in token):  # Meta's tokens are ASCII
            raise ValueError("the media token must be one word of printable ASCII characters")
        blob = master.encrypt(token.encode("utf-8"), media_token_purpose(tenant_id))
    with engines.write.begin() as conn:
        if conn.execute(update(tenants).where(tenants.c.id == tenant_id).values(media_token_enc=blob)).rowcount != 1:
            raise NotFound(f"no tenant {tenant_id}")


def tenant_secrets(engines: Engines, master: crypto.MasterKey, *, tenant_id: str | None = None,
                   waba_id: str | None = None, active_only: bool = False) -> TenantSecrets | None:
    """The tenant's decrypted secrets; ``active_only`` (webhook intake): None for a suspended tenant too."""
    where = tenants.c.id == tenant_id if tenant_id is not None else tenants.c.waba_id == waba_id
    if active_only:
        where = and_(where, tenants.c.suspended_us.is_(None))
    with engines.read.connect() as conn:
        row = conn.execute(select(tenants).where(where)).first()
    return None if row is None else _secrets(row, master)


TenantKey = tuple[str, str]  # ("id", tenant id) or ("waba", WABA id)
_KEYS_PER_STATEMENT = 500


def tenants_secrets(engines: Engines, master: crypto.MasterKey, keys: list[TenantKey], *,
                    active_only: bool = False) -> dict[TenantKey, TenantSecrets | None]:
    """``tenant_secrets`` for many tenants on one connection, each key answered (None: no such tenant)."""
    found: dict[TenantKey, TenantSecrets | None] = dict.fromkeys(keys)
    ids = [value for kind, value in keys if kind == "id"]
    wabas = [value for kind, value in keys if kind == "waba"]
    with engines.read.connect() as conn:
        for column, kind, values in ((tenants.c.id, "id", ids), (tenants.c.waba_id, "waba", wabas)):
            for start in range(0, len(values), _KEYS_PER_STATEMENT):
                where = column.in_(values[start:start + _KEYS_PER_STATEMENT])
                if active_only:
                    where = and_(where, tenants.c.suspended_us.is_(None))
                for row in conn.execute(select(tenants).where(where).order_by(tenants.c.id)):
                    key = (kind, row.id if kind == "id" else row.waba_id)
                    if found.get(key) is None:
                        found[key] = _secrets(row, master)
    return found


def rotate_app_secret(engines: Engines, master: crypto.MasterKey, tenant_id: str, app_secret: str) -> None:
    if not app_secret.strip():
        raise ValueError("the app secret must not be empty")
    blob = master.encrypt(app_secret.encode("utf-8"), f"app-secret/{tenant_id}")
    with engines.write.begin() as conn:
        if conn.execute(update(tenants).where(tenants.c.id == tenant_id).values(app_secret_enc=blob)).rowcount != 1:
            raise NotFound(f"no tenant {tenant_id}")


def suspend_tenant(engines: Engines, tenant_id: str, suspended: bool = True) -> None:
    """Suspend (webhooks answer 404, the handshake 403, devices 401; nothing is deleted) or resume a tenant."""
    with engines.write.begin() as conn:
        found = conn.execute(update(tenants).where(tenants.c.id == tenant_id).values(
            suspended_us=now_us() if suspended else None)).rowcount
    if found != 1:
        raise NotFound(f"no tenant {tenant_id}")


def record_handshake(engines: Engines, tenant_id: str) -> None:
    """Meta verified the tenant's webhook subscription now (its GET handshake passed)."""
    with engines.write.begin() as conn:
        conn.execute(update(tenants).where(tenants.c.id == tenant_id).values(handshake_us=now_us()))


@dataclass(frozen=True)
class WebhookStatus:
    tenant_id: str
    verify_token: str
    handshake_us: int | None  # the last passed subscription handshake
    last_event_us: int | None  # the newest webhook stored (kept as long as its dedupe hash: the retention)


def webhook_status(engines: Engines, master: crypto.MasterKey, tenant_id: str) -> WebhookStatus:
    with engines.read.connect() as conn:
        row = conn.execute(select(tenants.c.id, tenants.c.handshake_us, tenants.c.verify_token_enc).where(
            tenants.c.id == tenant_id)).first()
        if row is None:
            raise NotFound(f"no tenant {tenant_id}")
        last = conn.execute(select(func.max(events.c.received_us)).where(events.c.tenant_id == tenant_id)).scalar()
    token = master.decrypt(row.verify_token_enc, f"verify-token/{row.id}").decode("utf-8")
    return WebhookStatus(row.id, token, row.handshake_us, last)


def delete_tenant(engines: Engines, tenant_id: str) -> None:
    """Erase the tenant with everything the relay holds for it: events, their keys, devices."""
    with engines.write.begin() as conn:
        ids = select(events.c.id).where(events.c.tenant_id == tenant_id).scalar_subquery()
        conn.execute(delete(event_keys).where(event_keys.c.event_id.in_(ids)))
        conn.execute(delete(events).where(events.c.tenant_id == tenant_id))
        mine = select(media.c.id).where(media.c.tenant_id == tenant_id).scalar_subquery()
        conn.execute(delete(media_keys).where(media_keys.c.media_id.in_(mine)))
        conn.execute(delete(media).where(media.c.tenant_id == tenant_id))
        conn.execute(delete(devices).where(devices.c.tenant_id == tenant_id))
        if conn.execute(delete(tenants).where(tenants.c.id == tenant_id)).rowcount != 1:
            raise NotFound(f"no tenant {tenant_id}")


# ---------------------------------------------------------------------------------------------- devices


@dataclass(frozen=True)
class Device:
    id: str
    tenant_id: str
    name: str
    state: str  # "waiting" (code issued), "active", "revoked", "expired"
    created_us: int
    paired_us: int | None
    acked_cursor: int


@dataclass(frozen=True)
class PairingCode:
    device_id: str
    tenant_id: str
    code: str
    expires_us: int


@dataclass(frozen=True)
class Paired:
    device_id: str
    tenant_id: str
    token: str


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    tenant_id: str


ACTIVE = and_(devices.c.paired_us.is_not(None), devices.c.revoked_us.is_(None))


def add_device(engines: Engines, tenant_id: str, name: str, *, ttl_seconds: float) -> PairingCode:
    if not name.strip():
        raise ValueError("the device name must not be empty")
    code = crypto.new_pairing_code()
    device_id = new_id()
    expires = now_us() + int(ttl_seconds * 1_000_000)
    with engines.write.begin() as conn:
        if conn.execute(select(tenants.c.id).where(tenants.c.id == tenant_id)).first() is None:
            raise NotFound(f"no tenant {tenant_id}")
        conn.execute(insert(devices).values(
            id=device_id, tenant_id=tenant_id, name=name.strip(),
            code_hash=crypto.hash_secret(crypto.normalize_pairing_code(code)), code_expires_us=expires,
            created_us=now_us(), acked_cursor=0))
    return PairingCode(device_id, tenant_id, code, expires)


def _device(row, now: int) -> Device:
    if row.revoked_us is not None:
        state = "revoked"
    elif row.paired_us is not None:
        state = "active"
    else:
        state = "waiting" if row.code_expires_us > now else "expired"
    return Device(row.id, row.tenant_id, row.name, state, row.created_us, row.paired_us, row.acked_cursor)


def list_devices(engines: Engines, tenant_id: str | None = None) -> list[Device]:
    query = select(devices).order_by(devices.c.created_us)
    if tenant_id is not None:
        query = query.where(devices.c.tenant_id == tenant_id)
    now = now_us()
    with engines.read.connect() as conn:
        return [_device(r, now) for r in conn.execute(query)]


PAIR_CHUNK = 500  # held events re-wrapped to a first device per transaction


def pair(engines: Engines, master: crypto.MasterKey, *, code: str, public_key: bytes, name: str | None = None
         ) -> Paired:
    """Redeem a single-use code. Events held for a tenant without devices are sealed to this device.

    ValueError for a key no event could be sealed to (checked here too, not only by the HTTP route).

    Three steps, so that neither a guessed code nor a large backlog holds the lock that every group commit
    needs: the code is looked up on the read connection (a wrong one never reaches a write); the device
    claims it in a short transaction; the held events are wrapped to it ``PAIR_CHUNK`` at a time, each
    chunk in its own transaction without the event lock. Only the last step takes the tenant's event lock: it
    wraps what was held meanwhile (the device is not active yet, so new webhooks are still held), then
    activates the device, after which the writer seals to it. Each event is thus wrapped to the device
    exactly once, and a pull never sees an event before an older one it could read.

    A device revoked meanwhile is not activated (``RevokedWhilePairing``); the last step then releases at most
    one batch of the keys wrapped to it, like ``revoke_device``, and leaves the rest to the retention sweep.
    """
    crypto.check_public_key(public_key)
    code_hash = crypto.hash_secret(crypto.normalize_pairing_code(code))
    now = now_us()
    waiting = and_(devices.c.code_hash == code_hash, devices.c.paired_us.is_(None), devices.c.revoked_us.is_(None),
                   devices.c.code_expires_us > now)
    with engines.read.connect() as conn:
        row = conn.execute(select(devices.c.id, devices.c.tenant_id).where(waiting)).first()
    if row is None:
        raise PairingRefused("wrong, used or expired pairing code")
    device_id, tenant_id = row.id, row.tenant_id
    with engines.write.begin() as conn:  # claim: a second redemption of this code finds nothing from now on
        if conn.execute(update(devices).where(devices.c.id == device_id, waiting)
                        .values(code_hash=None, public_key=public_key)).rowcount != 1:
            raise PairingRefused("wrong, used or expired pairing code")
    last = 0
    while seen := _rewrap_chunk(engines, master, tenant_id, device_id, public_key, after=last, limit=PAIR_CHUNK):
        last = seen[-1]
    token = crypto.new_device_token()
    with engines.write.begin() as conn:
        lock_tenants(conn, {tenant_id})
        still = conn.execute(select(devices.c.id).where(
            devices.c.id == device_id, devices.c.paired_us.is_(None), devices.c.revoked_us.is_(None))).first()
        if still is None:  # revoked while its events were being wrapped: its keys go as any revocation's do
            refused = release_acknowledged_batch(conn, tenant_id, limit=PRUNE_BATCH_ROWS)
        else:
            refused = None
            rest = _held(conn, tenant_id, after=last, limit=None)  # held while the chunks were wrapped: few
            if rest:
                conn.execute(insert(event_keys), _wrap(master, tenant_id, device_id, public_key, rest))
            earliest = conn.execute(select(func.min(event_keys.c.event_id)).where(
                event_keys.c.device_id == device_id)).scalar_one()
            if earliest is not None:
                acked = earliest - 1
            else:  # a device cannot read what was sealed before it joined, so it must not hold back pruning
                acked = conn.execute(select(func.coalesce(func.max(events.c.id), 0)).where(
                    events.c.tenant_id == tenant_id)).scalar_one()
            _wrap_held_media(conn, master, tenant_id, device_id, public_key)
            # an active device exists from this commit on: nothing of this tenant stays held
            conn.execute(update(events).where(events.c.tenant_id == tenant_id, events.c.held_key.is_not(None))
                         .values(held_key=None))
            values = {"token_hash": crypto.hash_secret(token), "paired_us": now_us(), "acked_cursor": acked}
            if name and name.strip():
                values["name"] = name.strip()[:200]
            conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
    if refused is not None:
        raise RevokedWhilePairing(tenant_id, refused)
    return Paired(device_id, tenant_id, token)


def _revoked(conn: Connection, device_id: str) -> bool:
    """Whether the device is revoked (or gone)."""
    return conn.execute(select(devices.c.id).where(devices.c.id == device_id, devices.c.revoked_us.is_(None))
                        ).first() is None


def _held(conn: Connection, tenant_id: str, *, after: int, limit: int | None) -> list:
    query = (select(events.c.id, events.c.body_sha256, events.c.held_key)
             .where(events.c.tenant_id == tenant_id, events.c.live, events.c.held_key.is_not(None),
                    events.c.id > after).order_by(events.c.id))
    return conn.execute(query if limit is None else query.limit(limit)).all()


def _wrap(master: crypto.MasterKey, tenant_id: str, device_id: str, public_key: bytes, held: list) -> list[dict]:
    rows = []
    for event in held:
        data_key = master.decrypt(event.held_key, held_key_purpose(tenant_id, event.body_sha256))
        r = crypto.wrap_for_device(data_key, device_id, public_key)
        rows.append({"event_id": event.id, "device_id": device_id, "epk": r.epk, "nonce": r.nonce,
                     "wrapped_key": r.wrapped_key})
    return rows


def _wrap_held_media(conn: Connection, master: crypto.MasterKey, tenant_id: str, device_id: str,
                     public_key: bytes) -> None:
    """Media kept while the tenant had no device: their data keys go to its first device, as held events do."""
    held = conn.execute(select(media.c.id, media.c.held_key).where(
        media.c.tenant_id == tenant_id, media.c.held_key.is_not(None))).all()
    if not held:
        return
    wrapper = crypto.DeviceWrapper(device_id, public_key)
    rows = []
    for media_id, held_key in held:
        r = wrapper.wrap(master.decrypt(held_key, held_media_key_purpose(tenant_id, media_id)))
        rows.append({"media_id": media_id, "device_id": device_id, "epk": r.epk, "nonce": r.nonce,
                     "wrapped_key": r.wrapped_key})
    conn.execute(insert(media_keys), rows)
    conn.execute(update(media).where(media.c.id.in_([m for m, _ in held])).values(held_key=None))


def held_media_key_purpose(tenant_id: str, media_id: str) -> str:
    return f"held-media-key/{tenant_id}/{media_id}"


def _rewrap_chunk(engines: Engines, master: crypto.MasterKey, tenant_id: str, device_id: str, public_key: bytes,
                  *, after: int, limit: int) -> list[int]:
    """Wrap up to ``limit`` held events after ``after`` to the device; the ids looked at (all of them, also
    those skipped), in order; nothing (so the pairing stops wrapping) once the device is revoked.

    The unwrapping and X25519 work happens before the transaction; the transaction takes no event lock
    and skips events pruned or handed to another device meanwhile (locked ``FOR UPDATE`` on PostgreSQL;
    SQLite's write transaction excludes every other writer anyway). A device revoked before the chunk is
    read costs no wrapping; one revoked while it is wrapped, no rows: what would be written to it would only
    be released again (``pair``'s last step releases what earlier chunks wrote).
    """
    with engines.read.connect() as conn:
        if _revoked(conn, device_id):
            return []
        held = _held(conn, tenant_id, after=after, limit=limit)
    if not held:
        return []
    rows = {r["event_id"]: r for r in _wrap(master, tenant_id, device_id, public_key, held)}
    with engines.write.begin() as conn:
        if _revoked(conn, device_id):
            return []
        present = set(conn.execute(select(events.c.id).where(
            events.c.id.in_(list(rows)), events.c.live, events.c.held_key.is_not(None)).with_for_update()).scalars())
        if present:
            conn.execute(insert(event_keys), [rows[event_id] for event_id in rows if event_id in present])
    return [e.id for e in held]


def authenticate(engines: Engines, token: str) -> DeviceAuth | None:
    """The active device the token names, unless its tenant is suspended."""
    with engines.read.connect() as conn:
        row = conn.execute(select(devices.c.id, devices.c.tenant_id).join(
            tenants, tenants.c.id == devices.c.tenant_id).where(
            devices.c.token_hash == crypto.hash_secret(token), ACTIVE, tenants.c.suspended_us.is_(None))).first()
    return None if row is None else DeviceAuth(row.id, row.tenant_id)


PRUNE_BATCH_ROWS = 200  # events (and their keys) one retention transaction deletes at most: a few ms of lock


def revoke_device(engines: Engines, device_id: str, *, batch_rows: int = PRUNE_BATCH_ROWS) -> bool:
    """Revoke the device: its token and code stop working at once; whether rows are left to release.

    Its keys (events and media) and the events only it still held back are released in this transaction only
    as far as one batch goes (``release_acknowledged_batch``): a device far behind would otherwise make this
    one transaction delete thousands of rows while every webhook commit waits. The rest is the retention
    sweep's, batch by batch (``relay.retention.release_tenant``; found by ``tenants_to_release``). A revoked
    device can no longer read anything, so its keys left for the sweep are never served."""
    with engines.write.begin() as conn:
        row = conn.execute(select(devices.c.tenant_id).where(devices.c.id == device_id)).first()
        if row is None:
            raise NotFound(f"no device {device_id}")
        conn.execute(update(devices).where(devices.c.id == device_id, devices.c.revoked_us.is_(None)).values(
            revoked_us=now_us(), token_hash=None, code_hash=None))
        return release_acknowledged_batch(
            conn, row.tenant_id, limit=batch_rows).more


# ----------------------------------------------------------------------------------------------- events


@dataclass(frozen=True)
class PulledEvent:
    cursor: int
    received_us: int
    correlation_id: str
    size: int
    nonce: bytes
    ciphertext: bytes
    epk: bytes
    key_nonce: bytes
    wrapped_key: bytes


def pulled_bytes(size: int) -> int:
    """About how many bytes an event whose body has ``size`` bytes takes in a pull's JSON answer: the
    ciphertext (body + 16-byte tag) in base64, plus the fixed fields (cursor, time, ids, wrapped key)."""
    return 4 * -(-(size + 16) // 3) + 400


def fetch_events(engines: Engines, device: DeviceAuth, *, after: int, limit: int,
                 max_bytes: int | None = None) -> list[PulledEvent]:
    """The device's readable events after ``after``, oldest first (the tenant filter is belt and braces).

    With ``max_bytes``, only as many as fit that many bytes of answer (``pulled_bytes``), but at least one:
    the sizes are read first, so the ciphertexts of events that do not fit are never loaded.
    """
    mine = and_(event_keys.c.device_id == device.device_id, events.c.tenant_id == device.tenant_id,
                events.c.live, events.c.id > after)
    joined = events.join(event_keys, event_keys.c.event_id == events.c.id)
    with engines.read.connect() as conn:
        if max_bytes is not None:
            sizes = conn.execute(select(events.c.id, events.c.size).select_from(joined).where(mine)
                                 .order_by(events.c.id).limit(limit)).all()
            total, fits = 0, 0
            for _event_id, size in sizes:
                total += pulled_bytes(size)
                if fits and total > max_bytes:
                    break
                fits += 1
            if not fits:
                return []
            limit, mine = fits, and_(mine, events.c.id <= sizes[fits - 1].id)
        query = (
            select(events.c.id, events.c.received_us, events.c.correlation_id, events.c.size, events.c.nonce,
                   events.c.ciphertext, event_keys.c.epk, event_keys.c.nonce.label("key_nonce"),
                   event_keys.c.wrapped_key)
            .select_from(joined).where(mine).order_by(events.c.id).limit(limit)
        )
        return [PulledEvent(*row) for row in conn.execute(query)]


@dataclass(frozen=True)
class Released:
    events: int  # events whose content and keys were dropped (every active device had acknowledged them)
    keys: int  # event and media keys of revoked devices deleted
    more: bool  # the batch was full: there may be more to release

    @property
    def rows(self) -> int:
        return self.events + self.keys


@dataclass(frozen=True)
class Acked:
    cursor: int  # the device's acknowledged cursor
    released: Released  # what this transaction released (at most one batch; ``more``: the sweep has the rest)


def ack(engines: Engines, device: DeviceAuth, up_to: int) -> int:
    """Record that the device stored everything up to ``up_to``; returns the device's acknowledged cursor
    (``acknowledge`` also tells whether rows are left to release)."""
    return acknowledge(engines, device, up_to).cursor


def acknowledge(engines: Engines, device: DeviceAuth, up_to: int, *, batch_rows: int = PRUNE_BATCH_ROWS) -> Acked:
    """Record that the device stored everything up to ``up_to``, and release at most one batch of what every
    device has now acknowledged (the rest: the retention sweep, ``relay.retention.release_tenant``).

    Capped at the newest id that exists, so a device cannot acknowledge (and thereby delete) events not yet
    received.
    """
    with engines.write.begin() as conn:
        newest = conn.execute(select(func.coalesce(func.max(events.c.id), 0)).where(
            events.c.tenant_id == device.tenant_id)).scalar_one()
        target = min(up_to, newest)
        conn.execute(update(devices).where(devices.c.id == device.device_id, devices.c.acked_cursor < target)
                     .values(acked_cursor=target))
        acked = conn.execute(select(devices.c.acked_cursor).where(devices.c.id == device.device_id)).scalar_one()
        released = release_acknowledged_batch(conn, device.tenant_id, limit=batch_rows)
    return Acked(acked, released)


def release_acknowledged_batch(conn: Connection, tenant_id: str, *, limit: int) -> Released:
    """In the caller's transaction, release at most ``limit`` rows of the tenant: first keys of its revoked
    devices (event keys, then media keys), then the oldest events every active device has acknowledged (their
    content and all their keys dropped; such an event counts as one row, as in ``prune_expired_batch``).

    The event row itself (tenant, SHA-256 of the body, time, size) stays as a tombstone until the retention
    period ends, so Meta's retries of an already delivered webhook are still recognised as duplicates. An
    event above the lowest acknowledged cursor of the tenant's active devices is never touched. On PostgreSQL
    the events are claimed ``SKIP LOCKED``, so two processes releasing the same tenant share the work."""
    floor = conn.execute(select(func.min(devices.c.acked_cursor)).where(
        devices.c.tenant_id == tenant_id, ACTIVE)).scalar_one()
    keys = 0
    revoked = select(devices.c.id).where(devices.c.tenant_id == tenant_id, devices.c.revoked_us.is_not(None))
    # Keys of events at or below the floor go with their events below; taking only those above it keeps the
    # rows two transactions lock apart, so two processes releasing one tenant on PostgreSQL cannot deadlock.
    above = [] if floor is None else [event_keys.c.event_id > floor]
    for table, column, extra in ((event_keys, event_keys.c.event_id, above), (media_keys, media_keys.c.media_id, [])):
        if keys >= limit:
            break
        pairs = conn.execute(select(table.c.device_id, column).where(table.c.device_id.in_(revoked), *extra)
                             .order_by(table.c.device_id, column).limit(limit - keys)
                             .with_for_update(skip_locked=True)).all()
        by_device: dict[str, list] = {}
        for device_id, item in pairs:
            by_device.setdefault(device_id, []).append(item)
        for device_id, items in by_device.items():
            keys += conn.execute(delete(table).where(table.c.device_id == device_id, column.in_(items))).rowcount
    released = 0
    if floor is not None and keys < limit:
        ids = list(conn.execute(select(events.c.id).where(
            events.c.tenant_id == tenant_id, events.c.live, events.c.id <= floor).order_by(events.c.id)
            .limit(limit - keys).with_for_update(skip_locked=True)).scalars())
        if ids:
            conn.execute(delete(event_keys).where(event_keys.c.event_id.in_(ids)))
            released = conn.execute(update(events).where(events.c.id.in_(ids)).values(
                live=False, nonce=None, ciphertext=None, held_key=None)).rowcount
    return Released(released, keys, keys + released >= limit)


def release_acknowledged(engines: Engines, tenant_id: str, *, limit: int = PRUNE_BATCH_ROWS) -> Released:
    """One batch of ``release_acknowledged_batch`` in its own short write transaction."""
    with engines.write.begin() as conn:
        return release_acknowledged_batch(conn, tenant_id, limit=limit)


def tenants_to_release(engines: Engines) -> list[str]:
    """Tenants with rows left to release: keys of a revoked device, or a live event below the lowest
    acknowledged cursor of the tenant's active devices (left by a request that released only one batch, in
    this or another process, perhaps one that stopped since)."""
    with engines.read.connect() as conn:
        found = set(conn.execute(select(devices.c.tenant_id).where(devices.c.revoked_us.is_not(None), or_(
            select(event_keys.c.event_id).where(event_keys.c.device_id == devices.c.id).exists(),
            select(media_keys.c.media_id).where(media_keys.c.device_id == devices.c.id).exists()))
            .distinct()).scalars())
        floors = conn.execute(select(devices.c.tenant_id, func.min(devices.c.acked_cursor)).where(ACTIVE)
                              .group_by(devices.c.tenant_id)).all()
        for tenant_id, floor in floors:
            if tenant_id not in found and conn.execute(select(events.c.id).where(
                    events.c.tenant_id == tenant_id, events.c.live, events.c.id <= floor).limit(1)).first():
                found.add(tenant_id)
    return sorted(found)


def prune_expired_batch(engines: Engines, *, cutoff_us: int, limit: int = PRUNE_BATCH_ROWS) -> int:
    """Delete at most ``limit`` of the events received before ``cutoff_us`` with their keys, in one short write
    transaction (``EventBatch.expire``: the lowest ids, up to the first event still young); returns how many.

    Bounded so that the transaction holds SQLite's single write lock (or PostgreSQL's row locks) for a few
    milliseconds: the group writer's commits wait behind it. On PostgreSQL the rows are claimed ``SKIP LOCKED``,
    so the sweeps of several serving processes share the work instead of queueing on the same rows."""
    with engines.write.begin() as conn:
        return EventBatch(conn.connection.driver_connection, engines.is_sqlite, set()).expire(
            cutoff_us=cutoff_us, limit=limit)


def prune_expired(engines: Engines, *, retention_seconds: float, now: int | None = None,
                  batch_rows: int = PRUNE_BATCH_ROWS) -> int:
    """Delete events older than the retention period, acknowledged or not, batch by batch
    (``prune_expired_batch``); returns how many. The server's sweep is ``relay.retention.sweep_events``,
    which also pauses between batches."""
    cutoff = (now if now is not None else now_us()) - int(retention_seconds * 1_000_000)
    total = 0
    while True:
        removed = prune_expired_batch(engines, cutoff_us=cutoff, limit=batch_rows)
        total += removed
        if removed < batch_rows:
            return total


def queue_depths(engines: Engines) -> dict[str, int]:
    with engines.read.connect() as conn:
        rows = conn.execute(select(events.c.tenant_id, func.count()).where(events.c.live)
                            .group_by(events.c.tenant_id))
        return {tenant_id: count for tenant_id, count in rows}


# ---------------------------------------------------------------------------------- group-commit batches


EVENT_COLUMNS = ("tenant_id", "body_sha256", "received_us", "correlation_id", "size", "nonce", "ciphertext",
                 "held_key", "live", "body_time")
DEDUPE_KEY = "body_time, tenant_id, body_sha256"  # the unique key of ON CONFLICT (models.events)
LEGACY_BODY_TIME = -1  # events stored before the dedupe key had the body time (migration 0006)
KEY_COLUMNS = ("event_id", "device_id", "epk", "nonce", "wrapped_key")
MEDIA_COLUMNS = ("id", "tenant_id", "event_id", "meta_media_id", "kind", "state", "received_us", "attempts",
                 "next_attempt_us")
KEY_ROWS_PER_STATEMENT = 1000  # 5 parameters a row: far below SQLite's and PostgreSQL's parameter limits

# PostgreSQL statements of the group writer with the server's own placeholders ($1, $2, ...), run on a RawCursor:
# the driver neither parses their text nor keeps it (psycopg splits a statement of more than 50 parameters with a
# regular expression at every call), and dumps the parameters in its compiled code. One text per row count, made
# once; the driver prepares each text that recurs (``prepare_threshold``).
_PG_SQL: dict[tuple[str, int], str] = {}


def _pg_rows(rows: int, per_row: int) -> str:
    return ", ".join("(" + ", ".join(f"${r * per_row + c + 1}" for c in range(per_row)) + ")" for r in range(rows))


def pg_insert_events_sql(rows: int) -> str:
    """The events of a group commit and, in the same statement, its notification for the tenants that got an
    event (``NOTIFY_IDS`` a payload; the ``woken`` CTE runs as it is read), the channel the last parameter."""
    sql = _PG_SQL.get(("events", rows))
    if sql is None:
        sql = _PG_SQL["events", rows] = (
            f"WITH new AS (INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES {_pg_rows(rows, len(EVENT_COLUMNS))} "
            f"ON CONFLICT ({DEDUPE_KEY}) DO NOTHING RETURNING id, tenant_id, body_sha256), "
            f"woken AS (SELECT pg_notify(${rows * len(EVENT_COLUMNS) + 1}, "
            "string_agg(tenant_id, ' ' ORDER BY tenant_id)) "
            f"FROM (SELECT tenant_id, (row_number() OVER (ORDER BY tenant_id) - 1) / {NOTIFY_IDS} AS part "
            "FROM (SELECT DISTINCT tenant_id FROM new) AS d) AS p GROUP BY part) "
            "SELECT id, tenant_id, body_sha256 FROM new, (SELECT count(*) FROM woken) AS w")
    return sql


def pg_insert_events_and_keys_sql(rows: int) -> str:
    """``pg_insert_events_sql`` that also inserts the wrapped keys of the events it inserted, in the same
    statement: the keys come as six arrays (tenant, body hash, device, epk, nonce, wrapped key), one element a
    key, and are joined to the inserted rows by (tenant, body hash), unique among a batch's rows; a duplicate
    inserts no event, so none of its keys. One round trip fewer than inserting them after the ids came back,
    and a few parameters rather than five a key."""
    sql = _PG_SQL.get(("events+keys", rows))
    if sql is None:
        first = rows * len(EVENT_COLUMNS) + 2  # after the events' parameters and the channel
        arrays = ", ".join(f"CAST(${first + n} AS {kind}[])"
                           for n, kind in enumerate(("varchar", "bytea", "varchar", "bytea", "bytea", "bytea")))
        events_sql = pg_insert_events_sql(rows)
        head, tail = events_sql.split(" SELECT id, tenant_id, body_sha256 FROM new, ")
        sql = _PG_SQL["events+keys", rows] = (
            f"{head}, keyed AS (INSERT INTO event_keys ({', '.join(KEY_COLUMNS)}) "
            "SELECT new.id, k.device_id, k.epk, k.nonce, k.wrapped_key FROM new "
            f"JOIN unnest({arrays}) AS k(tenant_id, body_sha256, device_id, epk, nonce, wrapped_key) "
            "ON k.tenant_id = new.tenant_id AND k.body_sha256 = new.body_sha256) "
            f"SELECT id, tenant_id, body_sha256 FROM new, {tail}")
    return sql


def pg_active_devices_sql(tenant_ids) -> str | None:
    """``PG_ACTIVE_DEVICES`` with the tenant ids written into its text, to go in one message with BEGIN and the
    locks (``WriteConnection._pg_open``); None when an id is not plainly alphanumeric (the relay's ids are hex:
    only a hand-made one is refused, and then read by a statement of its own)."""
    if not all(_PLAIN_ID.fullmatch(tenant_id) for tenant_id in tenant_ids):
        return None
    literal = "'{" + ",".join(f'"{tenant_id}"' for tenant_id in tenant_ids) + "}'"
    return PG_ACTIVE_DEVICES.replace("%b", literal)


def legacy_duplicates_sql(pairs: int, mark: str) -> str:
    """The events from before migration 0006 that have one of ``pairs`` (tenant, hash) pairs: a join with the
    pairs, so that each is one seek of the whole unique key (an OR of the pairs let SQLite factor out the common
    ``body_time`` and read every such event)."""
    values = ", ".join([f"({mark}, {mark})"] * pairs)
    return ("SELECT e.tenant_id, e.body_sha256 FROM (VALUES " + values + ") AS v JOIN events AS e "
            f"ON e.body_time = {LEGACY_BODY_TIME} AND e.tenant_id = v.column1 AND e.body_sha256 = v.column2")


_PLAIN_ID = re.compile(r"[0-9A-Za-z_.-]{1,64}")
PG_TRY_LOCKS = f"SELECT k FROM unnest(CAST(%b AS int4[])) AS k WHERE pg_try_advisory_xact_lock({TENANT_LOCK_CLASS}, k)"
PG_ACTIVE_DEVICES = ("SELECT id, tenant_id, public_key FROM devices WHERE tenant_id = ANY(CAST(%b AS varchar[])) "
                     "AND paired_us IS NOT NULL AND revoked_us IS NULL ORDER BY id")

Recipients = dict[str, list[tuple[str, bytes]]]  # tenant id -> [(device id, X25519 public key)]


class EventBatch:
    """The SQL of one group commit (``relay.writer``), inside a transaction that holds the event locks of
    ``tenants`` (the only tenants whose events it may insert).

    Statements go straight to the driver connection (``dbapi``), inside the batch's transaction: the writer
    thread needs the GIL for every line of Python it runs between database calls, so this runs as little as
    possible per batch. Parameters are flat sequences, ``EVENT_COLUMNS`` / ``KEY_COLUMNS`` per row.
    """

    def __init__(self, dbapi, is_sqlite: bool, tenants: set[str], lock_wait: float = 0.0, *,
                 devices: Recipients | None = None, commit_with_insert: bool = False) -> None:
        self.tenants = tenants
        self.lock_wait = lock_wait  # seconds in lock statements that wait (for other processes' commits)
        self.is_sqlite = is_sqlite
        self._dbapi = dbapi
        self._mark = "?" if is_sqlite else "%s"
        self._notified = False
        self._raw_cursor = None
        # active devices read after the locks were held, in the message that took them (WriteConnection._pg_open)
        self._devices = devices
        # the driver connection is in autocommit mode with the transaction begun by hand: COMMIT may be pipelined
        self._commit_with_insert = commit_with_insert
        self.committed = False  # COMMIT went with the insert (insert_events_and_keys)

    def _raw(self):
        """PostgreSQL: a cursor for statements written with the server's placeholders (``pg_insert_events_sql``)."""
        if self._raw_cursor is None:
            import psycopg
            from psycopg.types.array import ListBinaryDumper

            self._raw_cursor = psycopg.RawCursor(self._dbapi)
            # arrays (the wrapped keys') in binary: the text form escapes every element with a regular expression
            self._raw_cursor.adapters.register_dumper(list, ListBinaryDumper)
        return self._raw_cursor

    def active_devices(self, tenant_ids: set[str]) -> Recipients:
        """The tenants' active devices (``ACTIVE``), in driver SQL: this runs once per batch. On PostgreSQL with
        an array, so that the statement's text (and its prepared plan) is the same for every batch."""
        if self._devices is not None:
            return {tenant_id: self._devices.get(tenant_id, []) for tenant_id in tenant_ids}
        current: Recipients = {tenant_id: [] for tenant_id in tenant_ids}
        if not self.is_sqlite:
            rows = self._dbapi.execute(PG_ACTIVE_DEVICES, (list(tenant_ids),))
        else:
            marks = ", ".join([self._mark] * len(tenant_ids))
            rows = self._dbapi.execute(
                f"SELECT id, tenant_id, public_key FROM devices WHERE tenant_id IN ({marks}) "
                "AND paired_us IS NOT NULL AND revoked_us IS NULL ORDER BY id", tuple(tenant_ids))
        for device_id, tenant_id, public_key in rows:
            current[tenant_id].append((device_id, bytes(public_key)))
        return current

    def insert_events(self, rows: int, params: tuple) -> list[tuple[int, str, bytes]]:
        """Insert; (id, tenant, body hash) of each row actually inserted (duplicates are skipped).

        PostgreSQL returns them with RETURNING in one round trip. On SQLite every row of a result is a
        separate ``sqlite3_step``, and around each one the driver releases and re-takes the GIL, each time
        waiting for the busy event loop. So SQLite inserts without RETURNING and reads the new rows back as
        one JSON value (parsed by orjson: a third of ``json``'s time): every id above the previous maximum is
        ours, since SQLite's write lock is one for all tenants (no other transaction inserts until this one
        ends) and ids are never reused (AUTOINCREMENT).
        That step would be wrong on PostgreSQL, where other tenants' transactions draw ids concurrently.

        On PostgreSQL the events go in with their keys (``insert_events_and_keys``).
        """
        assert self.is_sqlite, "PostgreSQL inserts events with their keys (insert_events_and_keys)"
        dbapi = self._dbapi
        (floor,) = dbapi.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
        dbapi.execute(self._insert_sql(rows), params)
        (packed,) = dbapi.execute(
            "SELECT json_group_array(json_array(id, tenant_id, hex(body_sha256))) FROM events WHERE id > ?",
            (floor,)).fetchone()
        return [(event_id, tenant_id, bytes.fromhex(digest)) for event_id, tenant_id, digest in orjson.loads(packed)]

    def insert_events_and_keys(self, rows: int, params: tuple, keys: tuple[list, ...], *,
                               commit: bool) -> list[tuple[int, str, bytes]]:
        """PostgreSQL: ``insert_events`` with the wrapped keys in the same statement (``pg_insert_events_and_keys_sql``;
        ``keys``: its six arrays); with ``commit`` (nothing else to write in this transaction) and a transaction
        begun by hand (``WriteConnection``), COMMIT goes in the same pipeline, so the server is waited for once.
        It returns only once the COMMIT did: a failed insert skips it and raises, and the caller rolls back."""
        assert not self.is_sqlite
        self._notified = True
        cursor = self._raw()
        sql = pg_insert_events_and_keys_sql(rows)
        if not (commit and self._commit_with_insert):
            return cursor.execute(sql, (*params, NOTIFY_CHANNEL, *keys)).fetchall()
        with self._dbapi.pipeline():
            cursor.execute(sql, (*params, NOTIFY_CHANNEL, *keys))
            self._dbapi.execute("COMMIT")
        self.committed = True
        return cursor.fetchall()

    def has_legacy_events(self) -> bool:
        """Whether events stored before the dedupe key had the body time are left (``LEGACY_BODY_TIME``)."""
        return self._dbapi.execute(
            f"SELECT 1 FROM events WHERE body_time = {LEGACY_BODY_TIME} LIMIT 1").fetchone() is not None

    def legacy_duplicates(self, keys: list[tuple[str, bytes]]) -> set[tuple[str, bytes]]:
        """Which of these (tenant, body hash) pairs an event stored before migration 0006 already has: its key
        has no body time, so ``ON CONFLICT`` cannot see it (one seek a pair, by the key's first columns)."""
        found: set[tuple[str, bytes]] = set()
        for start in range(0, len(keys), KEY_ROWS_PER_STATEMENT):
            chunk = keys[start:start + KEY_ROWS_PER_STATEMENT]
            rows = self._dbapi.execute(legacy_duplicates_sql(len(chunk), self._mark),
                                       tuple(v for pair in chunk for v in pair)).fetchall()
            found.update((tenant_id, bytes(digest)) for tenant_id, digest in rows)
        return found

    def insert_keys(self, params: list) -> None:
        """SQLite: the wrapped keys, ``KEY_ROWS_PER_STATEMENT`` rows a statement (PostgreSQL inserts them with the
        events, ``insert_events_and_keys``)."""
        assert self.is_sqlite, "PostgreSQL inserts the keys with the events (insert_events_and_keys)"
        per_row = len(KEY_COLUMNS)
        for start in range(0, len(params), KEY_ROWS_PER_STATEMENT * per_row):
            chunk = params[start:start + KEY_ROWS_PER_STATEMENT * per_row]
            self._dbapi.execute(self._keys_sql(len(chunk) // per_row), tuple(chunk))

    def insert_media(self, params: list) -> None:
        """Pending media rows of the batch's new events (``MEDIA_COLUMNS`` per row); rare, so one statement."""
        per_row = len(MEDIA_COLUMNS)
        row = "(" + ", ".join([self._mark] * per_row) + ")"
        rows = len(params) // per_row
        self._dbapi.execute(f"INSERT INTO media ({', '.join(MEDIA_COLUMNS)}) VALUES {', '.join([row] * rows)}",
                            tuple(params))

    def expire(self, *, cutoff_us: int, limit: int, at_least: int = 1) -> int:
        """Delete at most ``limit`` events received before ``cutoff_us``, any tenant's, with their keys, but none
        unless ``at_least`` are due; how many. The group commit's share of the retention sweep (``relay.writer``,
        ``EXPIRY_CHUNK``), and the sweep's batch (``prune_expired_batch``). Media rows stay (the keeper's sweep
        deletes blobs before their rows).

        The oldest events are those with the lowest ids, up to the first event still young: ids follow receipt
        only closely (a webhook that waited longer for its commit has a higher id than one received after it),
        so expiry stops there, and an expired event behind a young one waits for it (milliseconds) rather than
        expiry needing an index on the receipt time, which every insert and delete maintained.

        On SQLite the transaction holds the one write lock: no id below the last one read can appear, so one
        id range deletes exactly the events read and their keys. On PostgreSQL the events read are locked
        (``SKIP LOCKED``: another process's sweep takes other rows) and deleted by id, keys first."""
        if self.is_sqlite:
            rows = self._dbapi.execute("SELECT id, received_us FROM events ORDER BY id LIMIT ?", (limit,)).fetchall()
        else:
            rows = self._dbapi.execute("SELECT id, received_us FROM events ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED",
                                       (limit,)).fetchall()
        ids = []
        for event_id, received_us in rows:
            if received_us >= cutoff_us:
                break
            ids.append(event_id)
        if not ids or len(ids) < at_least:
            return 0
        if self.is_sqlite:
            self._dbapi.execute("DELETE FROM event_keys WHERE event_id <= ?", (ids[-1],))
            return self._dbapi.execute("DELETE FROM events WHERE id <= ? AND received_us < ?",
                                       (ids[-1], cutoff_us)).rowcount
        self._dbapi.execute("DELETE FROM event_keys WHERE event_id = ANY(%s)", (ids,))
        return self._dbapi.execute("DELETE FROM events WHERE id = ANY(%s)", (ids,)).rowcount

    def notify(self, tenant_ids: set[str]) -> None:
        """Wake long-polls in every server process (PostgreSQL delivers at COMMIT; SQLite runs one process).

        One notification names every tenant of the transaction, space-separated (``NOTIFY_IDS`` at most):
        every serving process's LISTEN connection receives each notification, so one per tenant cost each
        process about one per webhook when many shops send at once, and kept the locks held for a round trip
        per tenant. On PostgreSQL ``insert_events`` already sent it, in its own statement."""
        if self.is_sqlite or not tenant_ids or self._notified:
            return
        ids = sorted(tenant_ids)
        for start in range(0, len(ids), NOTIFY_IDS):
            self._dbapi.execute("SELECT pg_notify(%s, %s)", (NOTIFY_CHANNEL, " ".join(ids[start:start + NOTIFY_IDS])))

    def _keys_sql(self, rows: int) -> str:
        row = "(" + ", ".join([self._mark] * len(KEY_COLUMNS)) + ")"
        return f"INSERT INTO event_keys ({', '.join(KEY_COLUMNS)}) VALUES {', '.join([row] * rows)}"

    def _insert_sql(self, rows: int) -> str:
        row = "(" + ", ".join([self._mark] * len(EVENT_COLUMNS)) + ")"
        return (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES {', '.join([row] * rows)} "
                f"ON CONFLICT ({DEDUPE_KEY}) DO NOTHING")


class StorageError(RuntimeError):
    """A PostgreSQL group commit failed: the driver's error told by its class, SQLSTATE and primary message only.
    PostgreSQL's DETAIL line of some errors quotes the failing row (sealed bodies, hashes, ids), and the writer
    logs its errors; the error it replaces is not chained, so a logged traceback does not print it either."""

    @classmethod
    def of(cls, exc) -> StorageError:
        diag = exc.diag
        return cls(f"{type(exc).__name__} ({exc.sqlstate or 'no SQLSTATE'}): {diag.message_primary or 'no message'}")


class WriteConnection:
    """A group writer's own database connection: one of the write engine's connections, kept for the writer's
    life, with the transaction's statements, BEGIN and COMMIT issued on the driver. A batch then skips
    SQLAlchemy's pool checkout and return (on PostgreSQL with a pre-ping ``SELECT 1`` each) and its transaction
    bookkeeping, which cost the writer more CPU than the batch's BEGIN and COMMIT themselves. Durability is the
    COMMIT's, as before: a batch is answered only after it returned.

    SQLite: the engine's PRAGMAs (WAL, the configured ``synchronous``, the busy timeout) and ``BEGIN IMMEDIATE``.
    PostgreSQL: the driver connection in autocommit mode, so that the driver sends no BEGIN of its own, and a
    transaction is two round trips. The first is one simple-query message ``BEGIN; <locks>; <device lists>``
    (``_pg_open``): the device lists are a statement of their own, so READ COMMITTED takes their snapshot once
    the locks are held (in the locks' statement it would be that statement's start, before a waited-for pairing
    committed). The second is one pipeline: the events with their wrapped keys and notification in one statement
    (``pg_insert_events_and_keys_sql``, the server's placeholders: no parsing by the driver), then COMMIT. Each
    round trip wakes the writer and its backend, and under load each wake-up may wait for a core.

    A transaction that fails is rolled back; if even that fails, or the connection broke, it is dropped and the
    next batch takes a fresh one. On PostgreSQL a connection found broken by a batch's first message (a server
    restarted since the last batch: nothing of the batch was sent yet) is replaced at once and the message sent
    again, as the pool's pre-ping did. ``close`` gives the connection back to the pool."""

    def __init__(self, engines: Engines) -> None:
        self._engine = engines.write
        self.is_sqlite = engines.is_sqlite
        self._held = None  # the pool's proxy of the connection, checked out on first use

    def _driver(self):
        if self._held is None:
            self._held = self._engine.raw_connection()
            if not self.is_sqlite:
                self._held.driver_connection.autocommit = True
        return self._held.driver_connection

    @contextmanager
    def transaction(self) -> Iterator:
        """SQLite: ``BEGIN IMMEDIATE`` (SQLite's write lock, waiting up to the busy timeout) ... ``COMMIT``; the
        driver connection is yielded."""
        assert self.is_sqlite, "PostgreSQL batches begin with their locks (pg_batch)"
        dbapi = self._driver()
        dbapi.execute("BEGIN IMMEDIATE")
        try:
            yield dbapi
            dbapi.execute("COMMIT")
        except BaseException:
            self._roll_back()
            raise

    def catch_up(self) -> None:
        """A ``PASSIVE`` checkpoint on this connection, outside any transaction (``relay.checkpoints``: after the
        checkpoint thread copied the log, this copies what the writer appended meanwhile, so the transaction that
        follows starts the log over). Best effort: the thread's next checkpoint and the automatic one remain."""
        if self._held is None:
            return
        try:
            self._held.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("WAL catch-up checkpoint failed (%s)", type(exc).__name__)

    @contextmanager
    def pg_batch(self, tenant_ids: set[str], *, wait: bool) -> Iterator[EventBatch]:
        """PostgreSQL: one group-commit transaction on the kept connection (``event_batch``); driver errors
        leave as ``StorageError``."""
        import psycopg

        try:
            try:
                batch = self._pg_open(tenant_ids, wait)
                yield batch
                if not batch.committed:
                    self._held.driver_connection.commit()
            except BaseException:
                self._roll_back()
                raise
        except psycopg.Error as exc:
            raise StorageError.of(exc) from None

    def _pg_open(self, tenant_ids: set[str], wait: bool) -> EventBatch:
        """BEGIN, the locks (``lock_tenants``' forms) and the tenants' active devices in one simple-query message,
        keys and tenant ids written into its text (integers; ids of plain characters, ``pg_active_devices_sql``);
        a second round trip only for the rare try that finds every lock taken, after which the device lists are
        read again (``EventBatch.active_devices``). The lock wait of a waiting message is that round trip's
        time, its BEGIN and device lists included (a try never waits)."""
        import psycopg

        by_key: dict[int, list[str]] = {}
        for tenant_id in tenant_ids:
            by_key.setdefault(tenant_lock_key(tenant_id), []).append(tenant_id)
        keys = sorted(by_key)
        literal = "'{" + ",".join(map(str, keys)) + "}'"  # integers: safe in the text
        if os.environ.get(GLOBAL_LOCK_SWITCH):
            lock, wait = f"SELECT pg_advisory_xact_lock({EVENT_LOCK_KEY})", True
        elif wait:  # in key order (unnest keeps the array's), as lock_tenants
            lock = f"SELECT pg_advisory_xact_lock({TENANT_LOCK_CLASS}, k) FROM unnest(CAST({literal} AS int4[])) AS k"
        else:
            lock = (f"SELECT k FROM unnest(CAST({literal} AS int4[])) AS k "
                    f"WHERE pg_try_advisory_xact_lock({TENANT_LOCK_CLASS}, k)")
        # the device lists in the same message, as a statement of their own: READ COMMITTED takes its snapshot
        # when that statement starts, after the locks statement returned (a pairing waited for is then seen)
        devices_sql = pg_active_devices_sql(sorted(tenant_ids))
        message = "BEGIN; " + lock if devices_sql is None else f"BEGIN; {lock}; {devices_sql}"
        for attempt in range(2):
            dbapi = self._driver()
            started = time.perf_counter()
            try:
                cursor = dbapi.execute(message)
                break
            except psycopg.OperationalError:
                if attempt or not dbapi.broken:
                    raise
                broken, self._held = self._held, None
                broken.invalidate()
        waited = time.perf_counter() - started if wait else 0.0
        cursor.nextset()  # past BEGIN's result: the locks'
        got = keys if wait else [key for (key,) in cursor.fetchall()]
        devices: Recipients | None = None
        if devices_sql is not None:
            cursor.nextset()
            devices = {tenant_id: [] for tenant_id in tenant_ids}
            for device_id, tenant_id, public_key in cursor.fetchall():
                devices[tenant_id].append((device_id, bytes(public_key)))
        if not got:  # every lock was taken: wait for the lowest, holding none, then try the rest again
            started = time.perf_counter()
            dbapi.execute("SELECT pg_advisory_xact_lock(%s, %s)", (TENANT_LOCK_CLASS, keys[0]))
            waited = time.perf_counter() - started
            got = [keys[0], *(row[0] for row in dbapi.execute(PG_TRY_LOCKS, (keys[1:],)))]
            devices = None  # read before that wait: read again (EventBatch.active_devices)
        return EventBatch(dbapi, False, {tenant_id for key in got for tenant_id in by_key[key]}, waited,
                          devices=devices, commit_with_insert=True)

    def _roll_back(self) -> None:
        held = self._held
        if held is None:
            return
        try:
            dbapi = held.driver_connection
            if self.is_sqlite:
                if dbapi.in_transaction:
                    dbapi.execute("ROLLBACK")
            elif dbapi.broken:
                raise ConnectionError("the connection broke")
            else:
                dbapi.rollback()
        except Exception:
            self._held = None
            held.invalidate()

    def close(self) -> None:
        held, self._held = self._held, None
        if held is None:
            return
        if not self.is_sqlite:
            try:
                held.driver_connection.autocommit = False  # as the pool gives its connections out
            except Exception:
                held.invalidate()
                return
        held.close()


@contextmanager
def event_batch(engines: Engines, tenant_ids: set[str], *, wait: bool,
                connection: WriteConnection | None = None) -> Iterator[EventBatch]:
    """One group-commit transaction: takes event locks (``lock_tenants``; ``EventBatch.tenants`` names the
    tenants it got), commits on leaving, rolls back on an exception. On ``connection`` if given (the writer's
    own: ``WriteConnection``), else on a connection of the engine's pool; on SQLite the database's one write
    lock covers every tenant."""
    if connection is not None and connection.is_sqlite:
        with connection.transaction() as dbapi:
            yield EventBatch(dbapi, True, set(tenant_ids))
        return
    if connection is not None:
        with connection.pg_batch(tenant_ids, wait=wait) as batch:
            yield batch
        return
    with engines.write.begin() as conn:
        waited: list[float] = []
        locked = lock_tenants(conn, tenant_ids, wait=wait, waited=waited)
        yield EventBatch(conn.connection.driver_connection, engines.is_sqlite, locked, sum(waited))


# ------------------------------------------------------------------------------------- self-service sign-up


class SignupRefused(PermissionError):
    """Wrong, expired or exhausted e-mail code."""


def _code_mac(master: crypto.MasterKey, email: str, code: str) -> bytes:
    return master.mac(f"{email}\n{code}", "signup-code")


def issue_signup_code(engines: Engines, master: crypto.MasterKey, email: str, *, ttl_seconds: float,
                      attempts: int) -> str:
    """A new six-digit code for ``email`` (replacing any earlier one); only its keyed hash is stored."""
    code = f"{secrets.randbelow(10**6):06d}"
    now = now_us()
    row = {"code_hash": _code_mac(master, email, code), "expires_us": now + int(ttl_seconds * 1_000_000),
           "attempts_left": attempts, "created_us": now}
    with engines.write.begin() as conn:
        conn.execute(delete(signup_codes).where(signup_codes.c.email == email))
        conn.execute(insert(signup_codes).values(email=email, **row))
    return code


def redeem_signup_code(engines: Engines, master: crypto.MasterKey, email: str, code: str) -> None:
    """Use up the code, or SignupRefused; a wrong guess costs one of the code's attempts (none left: gone)."""
    given = _code_mac(master, email, "".join(ch for ch in code if ch.isdigit()))
    with engines.write.begin() as conn:  # the wrong guess is committed before it is refused
        row = conn.execute(select(signup_codes).where(signup_codes.c.email == email)).first()
        right = row is not None and row.expires_us > now_us() and hmac.compare_digest(row.code_hash, given)
        if right or (row is not None and row.attempts_left <= 1):
            conn.execute(delete(signup_codes).where(signup_codes.c.email == email))
        elif row is not None:
            conn.execute(update(signup_codes).where(signup_codes.c.email == email).values(
                attempts_left=row.attempts_left - 1))
    if not right:
        raise SignupRefused("wrong or expired code")


@dataclass(frozen=True)
class SignedUp:
    tenant: Tenant
    verify_token: str
    paired: Paired


def sign_up(engines: Engines, master: crypto.MasterKey, *, email: str, code: str, name: str, waba_id: str,
            phone_number_id: str, app_secret: str, public_key: bytes, device_name: str | None) -> SignedUp:
    """Create the tenant and pair its first device in one step, once the e-mail code is right.

    The key is checked and the WABA looked up before the code is used, so a request that cannot succeed does
    not spend it; Conflict when a shop with that WABA exists (a second sign-up would steal its webhooks)."""
    crypto.check_public_key(public_key)
    with engines.read.connect() as conn:
        if conn.execute(select(tenants.c.id).where(tenants.c.waba_id == waba_id.strip())).first() is not None:
            raise Conflict("a shop with this WhatsApp Business account is already on this relay")
    redeem_signup_code(engines, master, email, code)
    made = create_tenant(engines, master, name=name, waba_id=waba_id, phone_number_id=phone_number_id,
                         app_secret=app_secret, email=email)
    first = add_device(engines, made.tenant.id, device_name or "Klaros desktop", ttl_seconds=60)
    paired = pair(engines, master, code=first.code, public_key=public_key, name=device_name)
    return SignedUp(made.tenant, made.verify_token, paired)
