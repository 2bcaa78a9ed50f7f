"""What one service operation changed, so each screen reloads only what concerns it.

In the spirit of Anki's ``OpChanges``: a use case (a sync batch, a send, an outbox flush, a contact edit)
returns a ``Changes`` naming the rows it touched; the UI's backend forwards it and every item model
re-reads just those rows. ``everything`` is for the rare operation whose reach is not worth listing (a
whole-profile erasure, a big import): screens then reload as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields


@dataclass
class Changes:
    conversations: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    contacts: set[int] = field(default_factory=set)
    templates: set[int] = field(default_factory=set)
    outbox: set[int] = field(default_factory=set)
    settings: bool = False
    dead_letters: bool = False  # relay events set aside or taken back (``services/inbound/dead_letters.py``)
    campaigns: set[int] = field(default_factory=set)  # a campaign's state or its recipients' progress
    everything: bool = False

    @classmethod
    def all(cls) -> Changes:
        return cls(everything=True)

    def merge(self, other: Changes | None) -> Changes:
        """Fold ``other`` into this report (in place) and return it."""
        if other is None:
            return self
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, set):
                mine |= theirs
            else:
                setattr(self, f.name, mine or theirs)
        return self

    @classmethod
    def combined(cls, reports: Iterable[Changes | None]) -> Changes:
        total = cls()
        for report in reports:
            total.merge(report)
        return total

    def touches_conversations(self) -> bool:
        return self.everything or bool(self.conversations or self.messages)

    def touches_contacts(self) -> bool:
        return self.everything or bool(self.contacts)

    def touches_templates(self) -> bool:
        return self.everything or bool(self.templates)

    def touches_campaigns(self) -> bool:
        """Campaign rows, or messages and chats (a status webhook or a customer's reply moves a recipient along
        the funnel)."""
        return self.everything or bool(self.campaigns or self.messages or self.conversations)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
