"""All SQL on kept media (tables ``media`` and ``media_keys``); synchronous, run in worker threads.

A row is inserted with its event by the group writer (``store.EventBatch.insert_media``, state ``pending``).
The keeper claims due rows (a lease, so two server processes never download the same file), and ends each
one ``kept`` (the sealed blob stored, a wrapped data key per active device) or ``failed`` (a short reason the
device is told), or puts it back with a later attempt time. A kept blob goes when every device it was sealed
to has acknowledged it, when a device erases it, or at the retention period; the blob is deleted before its
row, so a crash in between leaves a row the sweep finishes, never an unreferenced blob.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, delete, exists, func, insert, or_, select, update

from relay import crypto, store
from relay.db import Engines
from relay.models import devices, media, media_keys

PENDING, KEPT, FAILED = "pending", "kept", "failed"


def blob_name(tenant_id: str, media_id: str) -> str:
    return f"{tenant_id}/{media_id}"


@dataclass(frozen=True)
class Job:
    id: str
    tenant_id: str
    meta_media_id: str
    kind: str
    received_us: int
    attempts: int  # attempts before this one


def claim_due(engines: Engines, *, now_us: int, limit: int, lease_us: int) -> list[Job]:
    """Up to ``limit`` pending rows whose next attempt is due and that no keeper holds, leased in one transaction
    (SQLite's write lock; on PostgreSQL rows another process is claiming are skipped, ``SKIP LOCKED``)."""
    free = or_(media.c.claimed_until_us.is_(None), media.c.claimed_until_us < now_us)
    due = and_(media.c.state == PENDING, media.c.next_attempt_us <= now_us, free)
    with engines.read.connect() as conn:  # the common case, nothing due, costs no write transaction
        if conn.execute(select(media.c.id).where(due).limit(1)).first() is None:
            return []
    with engines.write.begin() as conn:
        rows = conn.execute(select(media.c.id, media.c.tenant_id, media.c.meta_media_id, media.c.kind,
                                   media.c.received_us, media.c.attempts)
                            .where(due).order_by(media.c.next_attempt_us).limit(limit)
                            .with_for_update(skip_locked=True)).all()
        if rows:
            conn.execute(update(media).where(media.c.id.in_([r.id for r in rows]))
                         .values(claimed_until_us=now_us + lease_us, attempts=media.c.attempts + 1))
    return [Job(*row) for row in rows]


def retry_later(engines: Engines, media_id: str, next_attempt_us: int, reason: str | None = None) -> None:
    """Still pending, tried again at ``next_attempt_us``; ``reason`` (why the attempt failed) stays on the row, so
    a device asking meanwhile hears that the copy is not coming soon and asks Meta itself."""
    with engines.write.begin() as conn:
        conn.execute(update(media).where(media.c.id == media_id, media.c.state == PENDING)
                     .values(next_attempt_us=next_attempt_us, claimed_until_us=None,
                             error=reason[:40] if reason else None))


def fail(engines: Engines, media_id: str, reason: str) -> None:
    with engines.write.begin() as conn:
        conn.execute(update(media).where(media.c.id == media_id, media.c.state == PENDING)
                     .values(state=FAILED, error=reason[:40], claimed_until_us=None))


@dataclass(frozen=True)
class Kept:
    """A file sealed and stored, to be recorded as kept."""

    job: Job
    data_key: bytes
    sha256: bytes
    size: int
    stored_size: int


def keep(engines: Engines, master: crypto.MasterKey, done: list[Kept]) -> list[bool]:
    """Mark the rows kept and wrap each data key to its tenant's active devices (or hold it under the master key
    while the tenant has none), all in one transaction. Per file, False when its row is gone (erased or its
    tenant deleted meanwhile): the caller deletes the blob it stored.

    Takes the tenants' event locks, as pairing's last step does: a device that pairs concurrently either is
    active here (and gets a wrapped key) or pairs afterwards and finds the keys held for it."""
    with engines.write.begin() as conn:
        store.lock_tenants(conn, {k.job.tenant_id for k in done})
        present = set(conn.execute(select(media.c.id).where(
            media.c.id.in_([k.job.id for k in done]), media.c.state == PENDING).with_for_update()).scalars())
        targets: dict[str, list] = {}
        for tenant_id in {k.job.tenant_id for k in done}:
            targets[tenant_id] = conn.execute(select(devices.c.id, devices.c.public_key).where(
                devices.c.tenant_id == tenant_id, store.ACTIVE).order_by(devices.c.id)).all()
        rows = []
        for k in done:
            if k.job.id not in present:
                continue
            held = None
            for device_id, public_key in targets[k.job.tenant_id]:
                r = crypto.wrap_for_device(k.data_key, device_id, bytes(public_key))
                rows.append({"media_id": k.job.id, "device_id": device_id, "epk": r.epk, "nonce": r.nonce,
                             "wrapped_key": r.wrapped_key})
            if not targets[k.job.tenant_id]:
                held = master.encrypt(k.data_key, store.held_media_key_purpose(k.job.tenant_id, k.job.id))
            conn.execute(update(media).where(media.c.id == k.job.id).values(
                state=KEPT, error=None, sha256=k.sha256, size=k.size, stored_size=k.stored_size, held_key=held,
                claimed_until_us=None))
        if rows:
            conn.execute(insert(media_keys), rows)
    return [k.job.id in present for k in done]


def stored_bytes(engines: Engines) -> int:
    with engines.read.connect() as conn:
        return int(conn.execute(select(func.coalesce(func.sum(media.c.stored_size), 0))
                                .where(media.c.state == KEPT)).scalar_one())


# --------------------------------------------------------------------------------------- what devices see


def reference(state: str, media_id: str, error: str | None, sha256: bytes | None, size: int | None,
              readable: bool) -> dict | None:
    """The ``klaros_media`` object a device gets for one media (docs/sealed-events.md), or None: kept, but
    not for this device (it paired after the file was sealed)."""
    if state == FAILED:
        return {"error": error or "failed"}
    if state == PENDING:
        return {"id": media_id, "pending": True}
    if not readable:
        return None
    return {"id": media_id, "sha256": (sha256 or b"").hex(), "size": int(size or 0)}


def refs_for_events(engines: Engines, device: store.DeviceAuth, first: int, last: int) -> dict[int, list[dict]]:
    """Media references of the tenant's events ``first``..``last``, per event id, as the device may use them."""
    mine = and_(media_keys.c.media_id == media.c.id, media_keys.c.device_id == device.device_id)
    query = (select(media.c.id, media.c.event_id, media.c.meta_media_id, media.c.state, media.c.error,
                    media.c.sha256, media.c.size, media_keys.c.device_id)
             .select_from(media.outerjoin(media_keys, mine))
             .where(media.c.tenant_id == device.tenant_id, media.c.event_id >= first, media.c.event_id <= last)
             .order_by(media.c.event_id))
    found: dict[int, list[dict]] = {}
    with engines.read.connect() as conn:
        for row in conn.execute(query):
            ref = reference(row.state, row.id, row.error, row.sha256, row.size, row.device_id is not None)
            if ref is not None:
                found.setdefault(row.event_id, []).append({"media_id": row.meta_media_id, "klaros_media": ref})
    return found


@dataclass(frozen=True)
class Target:
    """One media as one device may fetch it."""

    id: str
    tenant_id: str
    state: str
    error: str | None
    sha256: bytes | None
    size: int | None
    stored_size: int | None
    key: crypto.Recipient | None  # the device's wrapped data key (kept media it was sealed to)


def target(engines: Engines, device: store.DeviceAuth, media_id: str) -> Target | None:
    """The media if it belongs to the device's tenant; None otherwise (no row, another tenant's)."""
    if not store.is_id(media_id):
        return None
    mine = and_(media_keys.c.media_id == media.c.id, media_keys.c.device_id == device.device_id)
    with engines.read.connect() as conn:
        row = conn.execute(
            select(media.c.id, media.c.tenant_id, media.c.state, media.c.error, media.c.sha256, media.c.size,
                   media.c.stored_size, media_keys.c.epk, media_keys.c.nonce, media_keys.c.wrapped_key)
            .select_from(media.outerjoin(media_keys, mine))
            .where(media.c.id == media_id, media.c.tenant_id == device.tenant_id)).first()
    if row is None:
        return None
    key = None if row.epk is None else crypto.Recipient(device.device_id, bytes(row.epk), bytes(row.nonce),
                                                        bytes(row.wrapped_key))
    return Target(row.id, row.tenant_id, row.state, row.error, row.sha256, row.size, row.stored_size, key)


def acknowledge(engines: Engines, device: store.DeviceAuth, media_id: str) -> tuple[bool, str | None]:
    """The device has the file: its key goes. ``(known, blob to delete)``: the blob goes once no device's key
    (and no held key) is left."""
    if not store.is_id(media_id):
        return False, None
    with engines.write.begin() as conn:
        gone = conn.execute(delete(media_keys).where(
            media_keys.c.media_id == media_id, media_keys.c.device_id == device.device_id,
            media_keys.c.media_id.in_(select(media.c.id).where(media.c.tenant_id == device.tenant_id)))).rowcount
        if not gone:
            return False, None
        left = conn.execute(select(exists().where(media_keys.c.media_id == media_id))).scalar_one()
        held = conn.execute(select(media.c.held_key.is_not(None)).where(media.c.id == media_id)).scalar_one()
    return True, None if left or held else blob_name(device.tenant_id, media_id)


def forget(engines: Engines, names: list[str]) -> None:
    """Drop the rows of blobs already deleted from storage."""
    ids = [name.split("/", 1)[1] for name in names]
    if ids:
        with engines.write.begin() as conn:
            conn.execute(delete(media).where(media.c.id.in_(ids)))


def tenant_media(engines: Engines, tenant_id: str, ids: list[str] | None = None) -> list[str]:
    """Blob names of the tenant's media rows (``ids``: only those), whatever their state."""
    query = select(media.c.id).where(media.c.tenant_id == tenant_id)
    if ids is not None:
        query = query.where(media.c.id.in_([i for i in ids if store.is_id(i)]))
    with engines.read.connect() as conn:
        return [blob_name(tenant_id, media_id) for media_id in conn.execute(query).scalars()]


def sweep_candidates(engines: Engines, *, cutoff_us: int, limit: int = 500) -> list[str]:
    """Blobs to delete: media past retention (any state), and kept media no device's key is left for (each
    device acknowledged it, or was revoked)."""
    nobody = and_(media.c.state == KEPT, media.c.held_key.is_(None),
                  ~exists().where(media_keys.c.media_id == media.c.id))
    with engines.read.connect() as conn:
        rows = conn.execute(select(media.c.tenant_id, media.c.id).where(
            or_(media.c.received_us < cutoff_us, nobody)).limit(limit)).all()
    return [blob_name(t, m) for t, m in rows]
