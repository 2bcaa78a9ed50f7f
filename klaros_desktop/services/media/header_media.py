"""The picture, video or document at the top of a template, named to Meta by its media id: the composer's
template picker and campaigns (``campaigns.header_upload`` keeps a campaign's upload) both take it here.

The shop owner gives either a file (checked against Meta's type and size limits when chosen, uploaded through
the Graph client's ``POST /{phone-number-id}/media``) or the id of a file already uploaded. Meta keeps an uploaded
file for 30 days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from klaros_desktop.phrases import QT_TRANSLATE_NOOP, Phrase
from klaros_desktop.services.media import kinds

MEDIA_ID_RE = re.compile(r"^\d{6,30}$")  # Meta's media ids are long numbers

KIND_WORDS: dict[str, Phrase] = {
    kinds.IMAGE: QT_TRANSLATE_NOOP("Campaigns", "a picture"),
    kinds.VIDEO: QT_TRANSLATE_NOOP("Campaigns", "a video"),
    kinds.DOCUMENT: QT_TRANSLATE_NOOP("Campaigns", "a document"),
}
ATTACHED: dict[str, Phrase] = {
    kinds.IMAGE: QT_TRANSLATE_NOOP("Campaigns", "Picture attached"),
    kinds.VIDEO: QT_TRANSLATE_NOOP("Campaigns", "Video attached"),
    kinds.DOCUMENT: QT_TRANSLATE_NOOP("Campaigns", "Document attached"),
}


class HeaderMediaRefused(ValueError):
    """The file or id cannot be the template's header; the message says why in words."""


@dataclass(frozen=True)
class HeaderMedia:
    kind: str  # image | video | document (the template's header format)
    media_id: str | None = None  # Meta's id: given, or once the file is uploaded
    path: str | None = None  # the file to upload (absolute)
    filename: str | None = None  # a document's name as the customer sees it
    mime: str | None = None
    uploaded_at: str | None = None  # ISO time the file was uploaded by Klaros

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> HeaderMedia | None:
        if not data:
            return None
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})

    @property
    def shown_name(self) -> str:
        return self.filename or (Path(self.path).name if self.path else self.media_id or "")

    def component(self) -> dict[str, Any]:
        """The ``header`` component naming the file by its id (``{"type":"image","image":{"id":...}}``)."""
        if not self.media_id:
            raise ValueError("the header's file is not uploaded yet")
        media: dict[str, Any] = {"id": self.media_id}
        if self.kind == kinds.DOCUMENT and self.filename:
            media["filename"] = self.filename
        return {"type": "header", "parameters": [{"type": self.kind, self.kind: media}]}


def kind_word(kind: str | None) -> Phrase | str:
    return KIND_WORDS.get(kind or "", kind or "")


def parse(spec: str, kind: str) -> HeaderMedia:
    """A file path or Meta's media id for a header of ``kind``; a file is checked now (type and size as Meta
    takes them) so a wrong one is said when it is chosen, not at the first send."""
    spec = spec.strip()
    path = Path(spec).expanduser()
    if spec and path.is_file():
        try:
            attachment = kinds.check_file(path)
        except kinds.AttachmentRefused as exc:
            raise HeaderMediaRefused(exc.reason) from exc
        except OSError as exc:
            raise HeaderMediaRefused(QT_TRANSLATE_NOOP("Campaigns", "“{name}” cannot be read: {error}").format(
                name=path.name, error=exc.strerror or exc)) from exc
        if attachment.kind != kind:
            raise HeaderMediaRefused(QT_TRANSLATE_NOOP(
                "Campaigns", "The template shows {wanted} at the top; “{name}” is not one.").format(
                wanted=kind_word(kind), name=path.name))
        return HeaderMedia(kind, path=str(path.resolve()), mime=attachment.mime,
                           filename=attachment.filename if kind == kinds.DOCUMENT else None)
    if MEDIA_ID_RE.match(spec):
        return HeaderMedia(kind, media_id=spec)
    raise HeaderMediaRefused(QT_TRANSLATE_NOOP(
        "Campaigns", "“{spec}” is neither a file on this computer nor a WhatsApp media id.").format(spec=spec))


def read_file(header: HeaderMedia) -> bytes:
    data = Path(header.path or "").read_bytes()
    kinds.check(Path(header.path or "").name, len(data), data[:32], mime=header.mime)
    return data


def send_keywords(header: HeaderMedia | None) -> dict[str, Any]:
    """``SendService.send_template``'s keywords for one send of this header (a test): by id once uploaded,
    else the file itself, which that send uploads."""
    if header is None:
        return {}
    if header.media_id:
        return {"header_by_id": header.component()}
    try:
        data = read_file(header)
    except kinds.AttachmentRefused as exc:
        raise HeaderMediaRefused(exc.reason) from exc
    except OSError as exc:
        raise HeaderMediaRefused(QT_TRANSLATE_NOOP("Campaigns", "“{name}” cannot be read: {error}").format(
            name=header.shown_name, error=exc.strerror or exc)) from exc
    attachment = kinds.Attachment(header.kind, header.mime or "application/octet-stream", len(data),
                                  Path(header.path or "").name)
    return {"header": (attachment, data)}
