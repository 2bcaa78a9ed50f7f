"""Simulator settings: one frozen object, filled from CLI flags, ``KLAROS_SIM_*`` variables or demo defaults.

Timing knobs are in real seconds so tests can make the simulator fast; Meta's own limits (24-hour window,
5-minute media URLs) run on the simulated clock, which ``advance`` moves forward without waiting.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

ENV_PREFIX = "KLAROS_SIM_"

# ``serve --fast`` and the test helper: near-instant statuses, review and webhook back-off.
FAST = {
    "sent_delay": 0.01,
    "delivery_delay": 0.05,
    "read_delay": 0.1,
    "template_review_delay": 0.1,
    "webhook_retry_base": 0.05,
    "webhook_retry_max_delay": 0.5,
    "webhook_max_attempts": 8,
}


class ConfigError(ValueError):
    """A setting cannot be used; the message names it."""


@dataclass(frozen=True)
class SimConfig:
    host: str = "127.0.0.1"
    port: int = 8765
    callback_url: str | None = None
    app_secret: str = "demo-app-secret"
    access_token: str = "demo-access-token"
    phone_number_id: str = "106540352242922"
    waba_id: str = "102290129340398"
    app_id: str = "1029384756473829"  # the Meta app of the access token (``GET /app``, resumable uploads)
    display_phone_number: str = "15550783881"
    verified_name: str = "Klaros Demo Shop"
    # Outbound status timing (real seconds after the send). read_delay None: the customer never reads.
    sent_delay: float = 0.05
    delivery_delay: float = 0.3
    read_delay: float | None = 1.0
    failure_rate: float = 0.0  # share of accepted messages that end in a failed status (131026)
    out_of_order: bool = False  # post `read` before `delivered`, as Meta's delivery does not guarantee order
    # Meta's limits.
    throughput_mps: int = 80  # per phone number, inbound and outbound -> 130429
    throughput_window: float = 1.0  # seconds the throughput is counted over (longer makes tests deterministic)
    pair_rate_burst: int = 45  # messages to one user before the pair limit bites -> 131056
    pair_rate_interval: float = 6.0  # one more message to the same user allowed per interval (seconds)
    # Business-initiated reach: unique users messaged outside the service window per moving 24 h (the business
    # portfolio's messaging limit, one of TIERS) and the number's quality rating; changing either live posts
    # Meta's phone_number_quality_update webhook.
    messaging_limit_tier: str = "TIER_250"
    quality_rating: str = "GREEN"
    marketing_per_user_limit: int = 0  # marketing templates one user gets per moving 24 h, then 131049; 0 = no cap
    marketing_limit_rate: float = 0.0  # share of marketing templates Meta withholds from the user -> 131049
    spam_rate_limit_rate: float = 0.0  # share of template sends failing with 131048 (spam rate limit)
    media_url_ttl: float = 300.0  # media URLs expire after five minutes (simulated clock)
    # Meta: media ids in webhooks expire after 7 days, ids of uploaded media after 30 days (simulated clock).
    inbound_media_ttl: float = 7 * 24 * 3600.0
    uploaded_media_ttl: float = 30 * 24 * 3600.0
    template_review_delay: float = 1.0  # PENDING -> APPROVED/REJECTED after this many real seconds
    # Webhook delivery.
    webhook_timeout: float = 5.0
    webhook_retry_base: float = 1.0  # first back-off; doubles per attempt
    webhook_retry_max_delay: float = 300.0
    webhook_max_attempts: int = 20  # Meta retries for up to 7 days; the simulator gives up sooner
    batch_window: float = 0.0  # collect changes this long and post them in one body
    duplicate_rate: float = 0.0  # share of delivered bodies posted again, as Meta does when an ACK is late
    business_scoped_ids: bool = True  # add user_id / recipient_user_id as Meta does since 2025
    auth_international_eligible: bool = True  # bill authentication templates abroad as authentication_international
    seed: int | None = None

    def __post_init__(self) -> None:
        """Refuse a setting of the wrong type or range here, where the caller hears it, instead of in the
        background task that would read it later (a string delay once stalled the status loop silently)."""
        for f in fields(self):
            _check(f.name, str(f.type), getattr(self, f.name))

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def with_(self, **changes: Any) -> SimConfig:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, *, defaults: Mapping[str, Any] | None = None,
                 **overrides: Any) -> SimConfig:
        """``defaults``, then ``KLAROS_SIM_<FIELD>`` variables, then explicit overrides (``None`` = not given)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = dict(defaults or {})
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = _parse(f.name, f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


RATES = ("failure_rate", "duplicate_rate", "marketing_limit_rate", "spam_rate_limit_rate")
# Meta's messaging limit tiers (since 2025-10-07 per business portfolio) -> unique users per moving 24 h.
TIERS: dict[str, int | None] = {"TIER_250": 250, "TIER_2K": 2000, "TIER_10K": 10_000, "TIER_100K": 100_000,
                                "TIER_UNLIMITED": None}
QUALITY_RATINGS = ("GREEN", "YELLOW", "RED", "UNKNOWN")
CHOICES: dict[str, tuple[str, ...]] = {"messaging_limit_tier": tuple(TIERS), "quality_rating": QUALITY_RATINGS}
AT_LEAST_ONE = ("webhook_max_attempts", "throughput_mps")
POSITIVE = ("webhook_timeout", "throughput_window")


def _check(name: str, kind: str, value: Any) -> None:
    """``value`` fits the field's annotation (``bool``, ``int``, ``float``, ``str``, each maybe ``| None``)
    and its range; ConfigError names the setting otherwise."""
    if value is None:
        if "None" in kind:
            return
        raise ConfigError(f"{name} must not be null")
    base = kind.split("|")[0].strip()
    if base == "bool":
        ok = isinstance(value, bool)
    elif base == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif base == "float":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    else:
        ok = isinstance(value, str)
    if not ok:
        raise ConfigError(f"{name} must be {kind}, not {type(value).__name__} {value!r}")
    if name in CHOICES and value not in CHOICES[name]:
        raise ConfigError(f"{name} must be one of {', '.join(CHOICES[name])}, not {value!r}")
    if base in ("int", "float"):
        low = 1 if name in AT_LEAST_ONE else 0
        if value < low or (name in POSITIVE and value == 0):
            raise ConfigError(f"{name} must be {'above' if name in POSITIVE else 'at least'} {low}, not {value}")
        if name in RATES and value > 1:
            raise ConfigError(f"{name} is a share between 0 and 1, not {value}")
        if name == "port" and value > 65535:
            raise ConfigError(f"port must be at most 65535, not {value}")


def _parse(name: str, kind: Any, raw: str) -> Any:
    kind = str(kind)
    try:
        if kind.startswith("bool"):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return None if raw.lower() == "none" else float(raw)
    except ValueError:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()} has an unusable value {raw!r} (expected {kind})") from None
    return raw
