"""Relay settings, read once from the environment so every ``serve`` worker process sees the same values.

Environment variables (all optional):

- ``KLAROS_RELAY_DATABASE_URL``: SQLAlchemy URL; default ``sqlite:///klaros-relay.sqlite3`` in the working
  directory. PostgreSQL: ``postgresql+psycopg://user@host/db``.
- ``KLAROS_RELAY_MASTER_KEY_FILE``: 32-byte master key (created with mode 0600 by ``migrate``);
  default ``klaros-relay.key`` in the working directory.
- ``KLAROS_RELAY_MAX_BODY_BYTES``: largest webhook body accepted (default 4 MiB: Meta sends webhook payloads
  of up to 3 MB, see docs/relay.md).
- ``KLAROS_RELAY_RETENTION_DAYS``: events older than this are deleted even if not acknowledged (default 30).
- ``KLAROS_RELAY_PAIRING_TTL_HOURS``: lifetime of a pairing code (default 24).
- ``KLAROS_RELAY_PAIR_ATTEMPTS_PER_MINUTE``: ``POST /v1/pair`` attempts one client address may make in any
  minute, per server process (default 10; 0 = no limit); more get 429 with ``Retry-After``.
- ``KLAROS_RELAY_MAX_PULL_BYTES``: rough upper bound of one ``GET /v1/events`` answer (default 8 MiB); a
  pull returns fewer events than its ``limit`` rather than more bytes, but always at least one event.
- ``KLAROS_RELAY_MAX_WAIT_SECONDS``: longest long-poll a device may ask for (default 30).
- ``KLAROS_RELAY_PRUNE_INTERVAL_SECONDS``: how often each server prunes expired events (default 300).
- ``KLAROS_RELAY_TENANT_CACHE_SECONDS``: how long a server keeps a tenant's decrypted secrets in memory
  (default 2; a rotated secret takes effect on every server within that time).
- ``KLAROS_RELAY_DB_POOL_SIZE`` / ``KLAROS_RELAY_DB_MAX_OVERFLOW``: PostgreSQL connections a serving process
  keeps open, and how many more it may open for a burst (defaults 4 and 4). With its writer process and its
  LISTEN connection a serving process uses at most their sum plus 2 connections; processes times that must
  stay below the server's ``max_connections`` (100 by default). (``serve --workers N`` shares one writer
  process among its N processes: one connection fewer each, one for that writer.) SQLite ignores them.
- ``KLAROS_RELAY_EPHEMERAL_PER_EVENT``: ``1`` draws a fresh ephemeral X25519 key pair for every event and
  device; default ``0`` keeps one per device for up to 60 s and 10,000 keys, across batches (see
  docs/sealed-events.md).
- ``KLAROS_RELAY_COMMIT_WAIT_MS``: the longest a webhook waits, before its group commit, for others to share
  its transaction (default 2, at most 20; 0 = never): only when the last transaction was small and webhooks
  keep arriving, never under a backlog (see relay.writer).
- ``KLAROS_RELAY_LOG_LEVEL``: ``debug``, ``info`` (default), ``warning`` or ``error``; ``serve --log-level``
  overrides it.
- ``KLAROS_RELAY_METRICS_TOKEN``: when set, ``/metrics`` (tenant ids, queue depths) answers only requests
  with ``Authorization: Bearer <token>``, and ``/healthz`` names failing tenants only to them.
- ``KLAROS_RELAY_OPERATOR_APP_SECRET`` / ``KLAROS_RELAY_OPERATOR_VERIFY_TOKEN``: enable the operator-wide
  endpoint ``/webhooks/meta`` (one Meta app for many shops). Unset: that endpoint answers 404.

Self-service sign-up (``POST /v1/signup``, off unless enabled; see docs/relay.md):

- ``KLAROS_RELAY_SIGNUP``: ``1`` lets shops create themselves on this relay, their e-mail address confirmed
  with a one-time code. Needs ``KLAROS_RELAY_SMTP_HOST`` and ``KLAROS_RELAY_SMTP_FROM``.
- ``KLAROS_RELAY_PUBLIC_URL``: the relay's address as Meta and the desktops reach it (``https://relay.example.com``),
  for the webhook address a shop is given; default: the address the request came to.
- ``KLAROS_RELAY_SMTP_HOST``, ``KLAROS_RELAY_SMTP_PORT`` (587), ``KLAROS_RELAY_SMTP_USER``,
  ``KLAROS_RELAY_SMTP_PASSWORD``, ``KLAROS_RELAY_SMTP_FROM``, ``KLAROS_RELAY_SMTP_SECURITY`` (``starttls``,
  ``tls`` or ``none``): the mail server that sends the codes.
- ``KLAROS_RELAY_SIGNUP_PER_IP_PER_HOUR`` (10): sign-up requests (codes asked for and sign-ups tried) per client
  address and hour, per process; ``KLAROS_RELAY_SIGNUP_PER_EMAIL_PER_HOUR`` (3): codes sent to one address per
  hour. More get 429 with ``Retry-After``. A code lives ``KLAROS_RELAY_SIGNUP_CODE_MINUTES`` (30) and dies after
  5 wrong guesses.

Media keeping (for tenants that gave the relay a Meta media token; see ``relay.keeper``):

- ``KLAROS_RELAY_MEDIA_URL``: where sealed media are kept: a directory (default ``klaros-relay-media`` in the
  working directory, or ``file:///path``), or ``s3://bucket/prefix`` for any S3-compatible store, with the
  endpoint and credentials in the usual ``AWS_ENDPOINT_URL_S3``/``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``,
  ``AWS_SECRET_ACCESS_KEY``, ``AWS_REGION`` variables.
- ``KLAROS_RELAY_MEDIA_MAX_BYTES``: most bytes of sealed media kept at once, all tenants together (default 0:
  no limit but the storage's own); beyond it a file is reported ``storage_full`` to the device.
- ``KLAROS_RELAY_MEDIA_LINK_SECONDS``: lifetime of a signed media link (default 300, 10 to 3600).
- ``KLAROS_RELAY_MEDIA_DOWNLOADS``: files downloaded from Meta at once per serving process (default 4).
- ``KLAROS_RELAY_MEDIA_RETRY_SECONDS``: first wait before a failed download is tried again (default 30;
  doubling up to an hour, within Meta's 7 days).
- ``KLAROS_RELAY_GRAPH_URL``: Meta's Graph API with its version (default ``https://graph.facebook.com/v23.0``).

Connection limits, per serving process (see ``relay.serving``):

- ``KLAROS_RELAY_HEADER_TIMEOUT_SECONDS``: a request's line and headers must arrive within this time of the
  connection opening or of the previous answer (default 10); a silent connection is closed after it.
- ``KLAROS_RELAY_BODY_TIMEOUT_SECONDS``: a request's body must arrive within this time of its headers
  (default 30).
- ``KLAROS_RELAY_MAX_CONNECTIONS``: open connections (default 4096; never more than the open-file limit
  leaves room for); beyond it the longest-idle connection is closed for each new one.
- ``KLAROS_RELAY_MAX_WAITING_PULLS``: long-polls waiting at once (default 2048, at most half the connection
  limit); a pull that would wait beyond it gets 503 with Retry-After.
- ``KLAROS_RELAY_MAX_PULLS_PER_DEVICE``: waiting long-polls per device (default 4); a newer one answers the
  device's oldest at once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_DATABASE_URL = "sqlite:///klaros-relay.sqlite3"
DEFAULT_MASTER_KEY_FILE = "klaros-relay.key"
LOG_LEVELS = ("debug", "info", "warning", "error")
DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024  # Meta's largest webhook payload (3 MB) plus a margin
DEFAULT_MAX_PULL_BYTES = 8 * 1024 * 1024  # one largest event (base64 in JSON: ~5.4 MiB) and then some
DEFAULT_MEDIA_URL = "klaros-relay-media"
DEFAULT_GRAPH_URL = "https://graph.facebook.com/v23.0"
# PostgreSQL connections per serving process: 4 kept + 4 for bursts, +1 writer process, +1 LISTEN = 10, so
# that 8 serving processes stay inside PostgreSQL's default max_connections of 100
DEFAULT_DB_POOL_SIZE = 4
DEFAULT_DB_MAX_OVERFLOW = 4
# a webhook's longest wait for others to share its group commit (relay.writer, the adaptive hold)
DEFAULT_COMMIT_WAIT_MS = 2.0
MAX_COMMIT_WAIT_MS = 20.0


class ConfigError(ValueError):
    """A setting has a value the relay cannot use; the message names the variable."""


def _number(env: Mapping[str, str], name: str, default: float, *, minimum: float = 0) -> float:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {raw!r}")
    return value


def _whole(env: Mapping[str, str], name: str, default: int, *, minimum: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise ConfigError(f"{name} must be a whole number of at least {minimum}, got {raw!r}")
    return value


def log_level(raw: str | None, name: str = "KLAROS_RELAY_LOG_LEVEL") -> str:
    """A level name the relay accepts, lower case; ConfigError naming ``name`` otherwise."""
    if raw is None or raw.strip() == "":
        return "info"
    value = raw.strip().lower()
    if value not in LOG_LEVELS or not isinstance(logging.getLevelName(value.upper()), int):
        raise ConfigError(f"{name} must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return value


SMTP_SECURITY = ("starttls", "tls", "none")


def _security(raw: str | None) -> str:
    value = (raw or "").strip().lower() or "starttls"
    if value not in SMTP_SECURITY:
        raise ConfigError(f"KLAROS_RELAY_SMTP_SECURITY must be one of {', '.join(SMTP_SECURITY)}, got {raw!r}")
    return value


def _link_seconds(env: Mapping[str, str]) -> float:
    """Signed media links live minutes, not hours."""
    value = _number(env, "KLAROS_RELAY_MEDIA_LINK_SECONDS", 300.0, minimum=10)
    if value > 3600:
        raise ConfigError(f"KLAROS_RELAY_MEDIA_LINK_SECONDS must be at most 3600, got {value:g}")
    return value


def _commit_wait(env: Mapping[str, str]) -> float:
    value = _number(env, "KLAROS_RELAY_COMMIT_WAIT_MS", DEFAULT_COMMIT_WAIT_MS)
    if value > MAX_COMMIT_WAIT_MS:
        raise ConfigError(f"KLAROS_RELAY_COMMIT_WAIT_MS must be at most {MAX_COMMIT_WAIT_MS}, got {value:g}")
    return value / 1000


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    master_key_file: Path = Path(DEFAULT_MASTER_KEY_FILE)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    retention_days: float = 30.0
    pairing_ttl_hours: float = 24.0
    pair_attempts_per_minute: int = 10
    max_wait_seconds: float = 30.0
    max_pull_bytes: int = DEFAULT_MAX_PULL_BYTES
    prune_interval_seconds: float = 300.0
    tenant_cache_seconds: float = 2.0
    db_pool_size: int = DEFAULT_DB_POOL_SIZE
    db_max_overflow: int = DEFAULT_DB_MAX_OVERFLOW
    operator_app_secret: str | None = None
    operator_verify_token: str | None = None
    metrics_token: str | None = None
    writer_batch_max: int = 512
    commit_wait_seconds: float = DEFAULT_COMMIT_WAIT_MS / 1000
    ephemeral_per_event: bool = False
    log_level: str = "info"
    header_timeout_seconds: float = 10.0
    body_timeout_seconds: float = 30.0
    max_connections: int = 4096
    max_waiting_pulls: int = 2048
    max_pulls_per_device: int = 4
    signup_enabled: bool = False
    public_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    smtp_security: str = "starttls"
    signup_per_ip_per_hour: int = 10
    signup_per_email_per_hour: int = 3
    signup_code_minutes: float = 30.0
    media_url: str = DEFAULT_MEDIA_URL
    media_max_bytes: int = 0
    media_link_seconds: float = 300.0
    media_downloads: int = 4
    media_retry_seconds: float = 30.0
    graph_url: str = DEFAULT_GRAPH_URL

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            database_url=env.get("KLAROS_RELAY_DATABASE_URL") or DEFAULT_DATABASE_URL,
            master_key_file=Path(env.get("KLAROS_RELAY_MASTER_KEY_FILE") or DEFAULT_MASTER_KEY_FILE),
            max_body_bytes=int(_number(env, "KLAROS_RELAY_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, minimum=1)),
            retention_days=_number(env, "KLAROS_RELAY_RETENTION_DAYS", 30.0),
            pairing_ttl_hours=_number(env, "KLAROS_RELAY_PAIRING_TTL_HOURS", 24.0),
            pair_attempts_per_minute=int(_number(env, "KLAROS_RELAY_PAIR_ATTEMPTS_PER_MINUTE", 10)),
            max_pull_bytes=int(_number(env, "KLAROS_RELAY_MAX_PULL_BYTES", DEFAULT_MAX_PULL_BYTES, minimum=1)),
            max_wait_seconds=min(_number(env, "KLAROS_RELAY_MAX_WAIT_SECONDS", 30.0), 30.0),
            prune_interval_seconds=_number(env, "KLAROS_RELAY_PRUNE_INTERVAL_SECONDS", 300.0, minimum=0.05),
            tenant_cache_seconds=_number(env, "KLAROS_RELAY_TENANT_CACHE_SECONDS", 2.0),
            db_pool_size=_whole(env, "KLAROS_RELAY_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE, minimum=1),
            db_max_overflow=_whole(env, "KLAROS_RELAY_DB_MAX_OVERFLOW", DEFAULT_DB_MAX_OVERFLOW, minimum=0),
            operator_app_secret=env.get("KLAROS_RELAY_OPERATOR_APP_SECRET") or None,
            operator_verify_token=env.get("KLAROS_RELAY_OPERATOR_VERIFY_TOKEN") or None,
            metrics_token=(env.get("KLAROS_RELAY_METRICS_TOKEN") or "").strip() or None,
            commit_wait_seconds=_commit_wait(env),
            ephemeral_per_event=env.get("KLAROS_RELAY_EPHEMERAL_PER_EVENT", "").strip().lower() in {"1", "true", "yes"},
            log_level=log_level(env.get("KLAROS_RELAY_LOG_LEVEL")),
            header_timeout_seconds=_number(env, "KLAROS_RELAY_HEADER_TIMEOUT_SECONDS", 10.0, minimum=0.1),
            body_timeout_seconds=_number(env, "KLAROS_RELAY_BODY_TIMEOUT_SECONDS", 30.0, minimum=0.1),
            max_connections=int(_number(env, "KLAROS_RELAY_MAX_CONNECTIONS", 4096, minimum=16)),
            max_waiting_pulls=int(_number(env, "KLAROS_RELAY_MAX_WAITING_PULLS", 2048, minimum=1)),
            max_pulls_per_device=int(_number(env, "KLAROS_RELAY_MAX_PULLS_PER_DEVICE", 4, minimum=1)),
            signup_enabled=env.get("KLAROS_RELAY_SIGNUP", "").strip().lower() in {"1", "true", "yes"},
            public_url=(env.get("KLAROS_RELAY_PUBLIC_URL") or "").strip().rstrip("/") or None,
            smtp_host=(env.get("KLAROS_RELAY_SMTP_HOST") or "").strip() or None,
            smtp_port=int(_number(env, "KLAROS_RELAY_SMTP_PORT", 587, minimum=1)),
            smtp_user=env.get("KLAROS_RELAY_SMTP_USER") or None,
            smtp_password=env.get("KLAROS_RELAY_SMTP_PASSWORD") or None,
            smtp_from=(env.get("KLAROS_RELAY_SMTP_FROM") or "").strip() or None,
            smtp_security=_security(env.get("KLAROS_RELAY_SMTP_SECURITY")),
            signup_per_ip_per_hour=int(_number(env, "KLAROS_RELAY_SIGNUP_PER_IP_PER_HOUR", 10)),
            signup_per_email_per_hour=int(_number(env, "KLAROS_RELAY_SIGNUP_PER_EMAIL_PER_HOUR", 3)),
            signup_code_minutes=_number(env, "KLAROS_RELAY_SIGNUP_CODE_MINUTES", 30.0, minimum=1),
            media_url=(env.get("KLAROS_RELAY_MEDIA_URL") or "").strip() or DEFAULT_MEDIA_URL,
            media_max_bytes=int(_number(env, "KLAROS_RELAY_MEDIA_MAX_BYTES", 0)),
            media_link_seconds=_link_seconds(env),
            media_downloads=int(_number(env, "KLAROS_RELAY_MEDIA_DOWNLOADS", 4, minimum=1)),
            media_retry_seconds=_number(env, "KLAROS_RELAY_MEDIA_RETRY_SECONDS", 30.0, minimum=0.01),
            graph_url=(env.get("KLAROS_RELAY_GRAPH_URL") or "").strip().rstrip("/") or DEFAULT_GRAPH_URL,
        ).checked()

    def checked(self) -> Settings:
        """These settings, or ConfigError when sign-up is on without a mail server to send its codes."""
        if self.signup_enabled and not (self.smtp_host and self.smtp_from):
            raise ConfigError("KLAROS_RELAY_SIGNUP=1 needs KLAROS_RELAY_SMTP_HOST and KLAROS_RELAY_SMTP_FROM "
                              "(the codes that confirm a shop's e-mail address are sent by mail)")
        return self

    def to_env(self) -> dict[str, str]:
        """The environment that reproduces these settings in a child process (``serve --workers``)."""
        env = {
            "KLAROS_RELAY_DATABASE_URL": self.database_url,
            "KLAROS_RELAY_MASTER_KEY_FILE": str(self.master_key_file),
            "KLAROS_RELAY_MAX_BODY_BYTES": str(self.max_body_bytes),
            "KLAROS_RELAY_RETENTION_DAYS": str(self.retention_days),
            "KLAROS_RELAY_PAIRING_TTL_HOURS": str(self.pairing_ttl_hours),
            "KLAROS_RELAY_PAIR_ATTEMPTS_PER_MINUTE": str(self.pair_attempts_per_minute),
            "KLAROS_RELAY_MAX_WAIT_SECONDS": str(self.max_wait_seconds),
            "KLAROS_RELAY_MAX_PULL_BYTES": str(self.max_pull_bytes),
            "KLAROS_RELAY_PRUNE_INTERVAL_SECONDS": str(self.prune_interval_seconds),
            "KLAROS_RELAY_TENANT_CACHE_SECONDS": str(self.tenant_cache_seconds),
            "KLAROS_RELAY_DB_POOL_SIZE": str(self.db_pool_size),
            "KLAROS_RELAY_DB_MAX_OVERFLOW": str(self.db_max_overflow),
            "KLAROS_RELAY_COMMIT_WAIT_MS": repr(self.commit_wait_seconds * 1000),
            "KLAROS_RELAY_EPHEMERAL_PER_EVENT": "1" if self.ephemeral_per_event else "0",
            "KLAROS_RELAY_LOG_LEVEL": self.log_level,
            "KLAROS_RELAY_HEADER_TIMEOUT_SECONDS": str(self.header_timeout_seconds),
            "KLAROS_RELAY_BODY_TIMEOUT_SECONDS": str(self.body_timeout_seconds),
            "KLAROS_RELAY_MAX_CONNECTIONS": str(self.max_connections),
            "KLAROS_RELAY_MAX_WAITING_PULLS": str(self.max_waiting_pulls),
            "KLAROS_RELAY_MAX_PULLS_PER_DEVICE": str(self.max_pulls_per_device),
            "KLAROS_RELAY_MEDIA_URL": self.media_url,
            "KLAROS_RELAY_MEDIA_MAX_BYTES": str(self.media_max_bytes),
            "KLAROS_RELAY_MEDIA_LINK_SECONDS": str(self.media_link_seconds),
            "KLAROS_RELAY_MEDIA_DOWNLOADS": str(self.media_downloads),
            "KLAROS_RELAY_MEDIA_RETRY_SECONDS": str(self.media_retry_seconds),
            "KLAROS_RELAY_GRAPH_URL": self.graph_url,
        }
        if self.operator_app_secret:
            env["KLAROS_RELAY_OPERATOR_APP_SECRET"] = self.operator_app_secret
        if self.operator_verify_token:
            env["KLAROS_RELAY_OPERATOR_VERIFY_TOKEN"] = self.operator_verify_token
        if self.metrics_token:
            env["KLAROS_RELAY_METRICS_TOKEN"] = self.metrics_token
        env.update({
            "KLAROS_RELAY_SIGNUP": "1" if self.signup_enabled else "0",
            "KLAROS_RELAY_SMTP_PORT": str(self.smtp_port),
            "KLAROS_RELAY_SMTP_SECURITY": self.smtp_security,
            "KLAROS_RELAY_SIGNUP_PER_IP_PER_HOUR": str(self.signup_per_ip_per_hour),
            "KLAROS_RELAY_SIGNUP_PER_EMAIL_PER_HOUR": str(self.signup_per_email_per_hour),
            "KLAROS_RELAY_SIGNUP_CODE_MINUTES": str(self.signup_code_minutes),
        })
        for name, value in (("PUBLIC_URL", self.public_url), ("SMTP_HOST", self.smtp_host),
                            ("SMTP_USER", self.smtp_user), ("SMTP_PASSWORD", self.smtp_password),
                            ("SMTP_FROM", self.smtp_from)):
            if value:
                env[f"KLAROS_RELAY_{name}"] = value
        return env

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
