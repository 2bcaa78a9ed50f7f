"""A campaign's header file: uploaded once, by the first sending run, its Meta id then kept on the campaign so a
resume or a retry never uploads again (``media.header_media`` holds the file itself). What was given is frozen
at launch; a campaign resumed more than 30 days later needs a new file (Meta forgets uploads by then).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import Campaign, utcnow
from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.core import audit
from klaros_desktop.services.media.header_media import HeaderMedia, kind_word


def missing_sentence(kind: str) -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "The template shows {what} at the top of the message: choose the file "
                             "(or its WhatsApp media id) before the campaign starts.").format(what=kind_word(kind))


def upload_failed_sentence() -> Phrase:
    return QT_TRANSLATE_NOOP("Campaigns", "Stopped: the file for the top of the message could not be uploaded "
                             "to WhatsApp. Check that it is still where you chose it and that WhatsApp takes it "
                             "(type and size), then resume.")


def pending_upload(sessions: sessionmaker[Session], campaign_id: int) -> HeaderMedia | None:
    """The campaign's header when its file still has to be uploaded, else None."""
    with sessions() as session:
        campaign = session.get(Campaign, campaign_id)
        header = HeaderMedia.from_json(campaign.header_media) if campaign is not None else None
    return header if header is not None and not header.media_id and header.path else None


def store_uploaded(session: Session, campaign: Campaign, header: HeaderMedia, media_id: str, *,
                   actor: str, correlation_id: str | None) -> HeaderMedia:
    """Keep Meta's id on the campaign (every later request, resume or retry names it; nothing is uploaded
    again)."""
    done = replace(header, media_id=media_id, uploaded_at=utcnow().isoformat())
    campaign.header_media = done.to_json()
    audit.record(session, "campaign_header_uploaded", actor=actor, subject=f"campaign:{campaign.id}",
                 details={"kind": header.kind, "file": Path(header.path or "").name, "media_id": media_id},
                 correlation_id=correlation_id)
    return done
