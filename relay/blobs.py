"""Private storage for kept media: sealed blobs by name, in a directory (the default) or an S3-compatible store.

``KLAROS_RELAY_MEDIA_URL`` chooses: a path or ``file:///path`` (a directory), or ``s3://bucket/prefix`` (any
S3-compatible object store: AWS, Cloudflare R2, MinIO, ...). For S3 the endpoint, region and credentials come
from the variables every S3 tool reads (``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL``, ``AWS_REGION`` /
``AWS_DEFAULT_REGION``, ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, or a profile), read by boto3 itself.

Blobs hold only ciphertext (``crypto.seal_media``): storage the operator rents sees sizes, never a file. All
methods are blocking; the relay calls them in worker threads. A full disk or a refused quota is
``StorageFull``, which the keeper reports to the device at once (it can still get the file from Meta);
any other failure is an ``OSError`` and is retried.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlparse

CHUNK = 256 * 1024
DEFAULT_MEDIA_URL = "klaros-relay-media"


class StorageFull(OSError):
    """No room for the blob (disk full, quota reached)."""


class Blobs(Protocol):
    description: str

    def put(self, name: str, data: bytes) -> None: ...

    def chunks(self, name: str) -> Iterator[bytes]:
        """The blob in pieces; FileNotFoundError when it is not there."""
        ...

    def delete(self, name: str) -> None:
        """Remove the blob; nothing happens when it is already gone."""
        ...

    def exists(self, name: str) -> bool: ...


def _check_name(name: str) -> str:
    """Names are ``<tenant id>/<media id>``, both hex made by the relay: nothing else may reach a path."""
    parts = name.split("/")
    if len(parts) != 2 or not all(p and p.isascii() and p.isalnum() for p in parts):
        raise ValueError("not a blob name")
    return name


class DirectoryBlobs:
    """One file per blob under ``root/<tenant id>/``, written to a temporary file, synced, then renamed: a blob
    is either whole or absent. Folders 0700 and files 0600 where the system has modes."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.description = f"directory {self.root}"

    def _path(self, name: str) -> Path:
        return self.root / _check_name(name)

    def put(self, name: str, data: bytes) -> None:
        path = self._path(name)
        temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise StorageFull(exc.errno, f"no room for media in {self.root}") from None
            raise

    def chunks(self, name: str) -> Iterator[bytes]:
        handle = self._path(name).open("rb")  # FileNotFoundError before the first piece

        def pieces() -> Iterator[bytes]:
            with handle:
                while piece := handle.read(CHUNK):
                    yield piece

        return pieces()

    def delete(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(name).unlink()

    def exists(self, name: str) -> bool:
        return self._path(name).is_file()


class S3Blobs:
    """Objects ``<prefix>/<tenant id>/<media id>`` in one bucket, through boto3 (the AWS SDK, which every
    S3-compatible store documents; its client is thread-safe, so one serves all worker threads)."""

    def __init__(self, bucket: str, prefix: str, client=None) -> None:
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.client("s3", config=Config(retries={"max_attempts": 3, "mode": "standard"},
                                                      connect_timeout=10, read_timeout=60))
        self.client = client
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.description = f"s3://{bucket}/{self.prefix}"

    def _key(self, name: str) -> str:
        _check_name(name)
        return f"{self.prefix}/{name}" if self.prefix else name

    def put(self, name: str, data: bytes) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.put_object(Bucket=self.bucket, Key=self._key(name), Body=data)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("EntityTooLarge", "QuotaExceeded", "XMinioStorageFull", "InsufficientStorage"):
                raise StorageFull(errno.ENOSPC, f"the object store refused the media: {code}") from None
            raise OSError(f"storing media failed: {code or 'error'}") from None
        except BotoCoreError as exc:
            raise OSError(f"storing media failed: {type(exc).__name__}") from None

    def chunks(self, name: str) -> Iterator[bytes]:
        from botocore.exceptions import ClientError

        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(name))["Body"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise FileNotFoundError(name) from None
            raise OSError("reading media failed") from None

        def pieces() -> Iterator[bytes]:
            try:
                yield from body.iter_chunks(CHUNK)
            finally:
                body.close()

        return pieces()

    def delete(self, name: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(name))  # S3 answers 204 for a missing key

    def exists(self, name: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(name))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return False
            raise
        return True


def open_blobs(url: str) -> Blobs:
    """The storage ``KLAROS_RELAY_MEDIA_URL`` names; ValueError for one it cannot be."""
    text = (url or DEFAULT_MEDIA_URL).strip()
    parsed = urlparse(text)
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise ValueError("KLAROS_RELAY_MEDIA_URL s3://BUCKET/PREFIX needs a bucket")
        return S3Blobs(parsed.netloc, unquote(parsed.path))
    if parsed.scheme == "file":
        return DirectoryBlobs(Path(unquote(parsed.path)))
    if parsed.scheme and len(parsed.scheme) > 1:  # "C:\\..." parses with scheme "c"
        raise ValueError(f"KLAROS_RELAY_MEDIA_URL must be a directory, file:///… or s3://bucket/prefix, got {url!r}")
    return DirectoryBlobs(Path(text))
