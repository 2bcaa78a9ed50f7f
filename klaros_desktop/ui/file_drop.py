"""Dropping a file from the file manager onto a screen: the contacts page and the import dialog both take one."""

from __future__ import annotations

from pathlib import Path


def accept_files(event) -> None:
    """``dragEnterEvent``: say yes while the drag carries files, so the cursor shows they may be dropped."""
    if event.mimeData().hasUrls():
        event.acceptProposedAction()


def dropped_file(event) -> Path | None:
    """``dropEvent``: the first local file of the drop (accepted), or None when nothing usable was dropped."""
    urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
    if not urls:
        return None
    event.acceptProposedAction()
    return Path(urls[0].toLocalFile())
