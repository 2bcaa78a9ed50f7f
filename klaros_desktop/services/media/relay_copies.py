"""Copies of media the relay kept for this shop (opt-in per tenant): their references, and deleting them.

A sealed event whose media the relay kept carries ``"klaros_media": {"id", "sha256", "size"}`` in the message's
media object (or ``{"error"}`` when the relay could not keep it). Erasing a person deletes the local files in
the same step and hands the references here, so the relay's copies go too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from klaros_desktop.relay_client.media import kept_media_id

log = logging.getLogger(__name__)


def references(raws: Iterable[dict | None]) -> set[str]:
    """The relay's ids of the kept copies named in these messages' raw objects."""
    return {media_id for media_id in map(kept_media_id, raws) if media_id}


async def forget(relay: Any, refs: Iterable[str]) -> int:
    """Ask the relay to delete its copies (``RelayClient.delete_media(ref_ids)``, one request for all); the count
    it confirmed. A relay client without that method (no media keeping on this relay) has nothing to delete: 0.
    A failure is logged, not raised: the relay deletes copies nobody fetched at its retention anyway."""
    delete = getattr(relay, "delete_media", None) if relay is not None else None
    ids = sorted(set(refs))
    if not callable(delete) or not ids:
        return 0
    try:
        return int(await delete(ids) or 0)
    except Exception as exc:
        log.warning("the relay's copies of an erased person's files could not be deleted now: %s",
                    type(exc).__name__)
        return 0
