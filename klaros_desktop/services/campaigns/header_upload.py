"""A campaign's header file: uploaded once, by the first sending run, its Meta id then kept on the campaign so a
resume or a retry never uploads again (``media.header_media`` holds the file itself), with the time of the upload.
Meta forgets an upload after 30 days: a run that finds the kept id 29 days old uploads the frozen file again
first, and a send Meta answers with "media not found" (131053) uploads it again once for the whole run (the sender
then repeats that request). An id the owner gave without a file cannot be renewed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Campaign, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.campaigns import header_parts
from klaros_desktop.services.core import audit
from klaros_desktop.services.media.header_media import HeaderMedia, kind_word


def missing_sentence(kind: str) -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "The template shows {what} at the top of the message: choose the file "
                             "(or its WhatsApp media id) before the campaign starts.").format(what=kind_word(kind))


def upload_failed_sentence() -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "Stopped: the file for the top of the message could not be uploaded "
                             "to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it "
                             "(type and size), then resume.")


def pending_upload(sessions: sessionmaker[Session], campaign_id: int, now: datetime | None = None
                   ) -> HeaderMedia | None:
    """The campaign's header when its file has to be uploaded before a run (never yet, or its kept id is near
    Meta's 30 days, ``header_parts.REFRESH_AFTER``), else None."""
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        header = HeaderMedia.from_json(campaign.header_media) if campaign is not None else None
    return header if header_parts.needs_upload(header, now or utcnow()) else None


def kept_header(sessions: sessionmaker[Session], campaign_id: int) -> HeaderMedia | None:
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        return HeaderMedia.from_json(campaign.header_media) if campaign is not None else None


def store_uploaded(session: Session, campaign: Campaign, header: HeaderMedia, media_id: str, *,
                   actor: str, correlation_id: str | None, why: str | None = None) -> HeaderMedia:
    """Keep Meta's id on the campaign with the time of the upload (every later request, resume or retry names
    it). ``why`` says why a kept id was replaced (``aged``: near Meta's 30 days; ``expired``: Meta said so)."""
    done = replace(header, media_id=media_id, uploaded_at=utcnow().isoformat())
    campaign.header_media = done.to_json()
    details = {"kind": header.kind, "file": Path(header.path or "").name, "media_id": media_id}
    if header.media_id and header.media_id != media_id:
        details.update(replaces=header.media_id, why=why or "aged")
    audit.record(session, "campaign_header_uploaded", actor=actor, subject=f"campaign:{campaign.id}",
                 details=details, correlation_id=correlation_id)
    return done
