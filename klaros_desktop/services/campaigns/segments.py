"""Saved segments: an audience the shop owner named once and picks again for the next campaign.

Only the filter is kept (``Segment.to_json``), never the people it chose: a saved segment counts again from
the contacts as they are when it is used.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from klaros_desktop.models import SavedSegment
from klaros_desktop.phrases import QT_TRANSLATE_NOOP
from klaros_desktop.services.campaigns.audience import Segment
from klaros_desktop.services.core import audit


class SegmentRefused(ValueError):
    """The segment cannot be saved; ``str(exc)`` says why."""


@dataclass(frozen=True)
class Saved:
    id: int
    name: str
    segment: Segment


def list_saved(sessions: sessionmaker[Session]) -> list[Saved]:
    with sessions() as session:
        return [Saved(row.id, row.name, Segment.from_json(row.segment))
                for row in session.scalars(select(SavedSegment).order_by(SavedSegment.name))]


def save(sessions: sessionmaker[Session], name: str, segment: Segment, *, actor: str = "user") -> Saved:
    """Store ``segment`` under ``name``; the same name again replaces its filter."""
    name = " ".join(name.split())
    if not name:
        raise SegmentRefused(QT_TRANSLATE_NOOP("Campaigns", "Give the segment a name."))
    if segment.numbers:
        raise SegmentRefused(QT_TRANSLATE_NOOP(
            "Campaigns", "A list of numbers is not a segment; save filters such as tags or countries."))
    with sessions.begin() as session:
        row = session.scalar(select(SavedSegment).where(SavedSegment.name == name))
        if row is None:
            row = SavedSegment(name=name, segment=segment.to_json())
            session.add(row)
        else:
            row.segment = segment.to_json()
        session.flush()
        audit.record(session, "segment_saved", actor=actor, subject=f"segment:{row.id}",
                     details={"name": name, "filters": sorted(segment.to_json())})
        return Saved(row.id, row.name, segment)


def delete(sessions: sessionmaker[Session], segment_id: int, *, actor: str = "user") -> bool:
    with sessions.begin() as session:
        row = session.get(SavedSegment, segment_id)
        if row is None:
            return False
        audit.record(session, "segment_deleted", actor=actor, subject=f"segment:{row.id}", details={"name": row.name})
        session.delete(row)
        return True
