"""Prometheus text exposition of the relay's counters (per process; scrape every worker or sum them)."""

from __future__ import annotations

import bisect
import os
import threading
from collections import Counter

LATENCY_BUCKETS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Histogram:
    def __init__(self, buckets: tuple[float, ...] = LATENCY_BUCKETS) -> None:
        self.buckets = buckets
        self.counts = [0] * (len(buckets) + 1)
        self.total = 0.0
        self.n = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.buckets, value)] += 1
        self.total += value
        self.n += 1

    def lines(self, name: str) -> list[str]:
        out, running = [], 0
        for bound, count in zip(self.buckets, self.counts, strict=False):
            running += count
            out.append(f'{name}_bucket{{le="{bound}"}} {running}')
        out.append(f'{name}_bucket{{le="+Inf"}} {self.n}')
        out.append(f"{name}_sum {self.total:.6f}")
        out.append(f"{name}_count {self.n}")
        return out


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.accepted = Counter()  # "stored" | "duplicate"
        self.refused = Counter()  # reason
        self.unrouted_entries = 0
        self.delivery = Histogram()  # webhook received -> first handed to a pulling device
        self.pull = Histogram()  # duration of GET /v1/events (includes long-poll waiting)
        self.pulls_waiting = 0  # long-polls parked right now (changed on the event loop only)
        self.pull_wakeups = 0  # waiting long-polls woken by a commit for their tenant (event loop only)
        self.pulls_limited = Counter()  # "superseded" | "full" (event loop only)
        self.connections_open = 0  # counted by relay.serving's guard (event loop only)
        self.connections_closed = Counter()  # reason, by the guard
        # media keeping (relay/keeper.py, relay/media_api.py; event loop only)
        self.media_kept = 0
        self.media_kept_bytes = 0
        self.media_failures = Counter()  # reason
        self.media_retries = 0
        self.media_deleted = 0
        self.media_served = 0
        self.media_links_refused = Counter()  # reason
        # retention sweeps (relay/retention.py, the keeper's sweep; event loop only)
        # "events": deleted past retention (media: ``media_deleted``); "acknowledged": events released once every
        # device acknowledged them; "revoked_keys": keys of revoked devices (acks' own batches included)
        self.retention_deleted = Counter()
        self.retention_batches = Counter()  # "events" | "media" | "acknowledged": sweep transactions

    def accept(self, kind: str) -> None:
        with self._lock:
            self.accepted[kind] += 1

    def refuse(self, reason: str) -> None:
        with self._lock:
            self.refused[reason] += 1

    def render(self, queue_depths: dict[str, int], writer_batches: int = 0, writer_rows: int = 0,
               writer_restarts: int = 0, sealing_failures: dict[str, int] | None = None,
               media_stored_bytes: int = 0, lock_wait_seconds: float = 0.0,
               writer_expired: int = 0) -> str:
        """The exposition text; ``writer_expired``: events past retention the group commits deleted (counted
        among the retention's deleted events too)."""
        deleted = Counter(self.retention_deleted)
        if writer_expired:
            deleted["events"] += writer_expired
        lines = [
            "# HELP klaros_relay_process_info The serving process these metrics are of (each keeps its own).",
            "# TYPE klaros_relay_process_info gauge",
            f'klaros_relay_process_info{{pid="{os.getpid()}"}} 1',
            "# HELP klaros_relay_webhooks_accepted_total Webhooks answered 200, by outcome.",
            "# TYPE klaros_relay_webhooks_accepted_total counter",
        ]
        accepted = sorted(self.accepted.items())
        lines += [f'klaros_relay_webhooks_accepted_total{{outcome="{k}"}} {v}' for k, v in accepted]
        lines += [
            "# HELP klaros_relay_webhooks_refused_total Webhooks refused, by reason.",
            "# TYPE klaros_relay_webhooks_refused_total counter",
        ]
        lines += [f'klaros_relay_webhooks_refused_total{{reason="{k}"}} {v}' for k, v in sorted(self.refused.items())]
        lines += [
            "# HELP klaros_relay_unrouted_entries_total Operator-endpoint entries whose WABA id has no tenant.",
            "# TYPE klaros_relay_unrouted_entries_total counter",
            f"klaros_relay_unrouted_entries_total {self.unrouted_entries}",
            "# HELP klaros_relay_writer_batches_total Group-commit transactions (each one fsync on SQLite).",
            "# TYPE klaros_relay_writer_batches_total counter",
            f"klaros_relay_writer_batches_total {writer_batches}",
            "# HELP klaros_relay_writer_rows_total Webhook bodies written through group commit.",
            "# TYPE klaros_relay_writer_rows_total counter",
            f"klaros_relay_writer_rows_total {writer_rows}",
            "# HELP klaros_relay_event_lock_wait_seconds_total Time webhooks waited for their tenants' event locks "
            "(PostgreSQL: another process was committing for the tenant), summed over webhooks.",
            "# TYPE klaros_relay_event_lock_wait_seconds_total counter",
            f"klaros_relay_event_lock_wait_seconds_total {lock_wait_seconds:.6f}",
            "# HELP klaros_relay_writer_restarts_total Writer processes started again after one died.",
            "# TYPE klaros_relay_writer_restarts_total counter",
            f"klaros_relay_writer_restarts_total {writer_restarts}",
            "# HELP klaros_relay_writer_expired_total Events past retention deleted inside group-commit transactions "
            "(SQLite; also counted in klaros_relay_retention_deleted_total{kind=\"events\"}).",
            "# TYPE klaros_relay_writer_expired_total counter",
            f"klaros_relay_writer_expired_total {writer_expired}",
            "# HELP klaros_relay_sealing_failures_total Webhooks not stored (503) because their tenant has a "
            "device key nothing can be sealed to.",
            "# TYPE klaros_relay_sealing_failures_total counter",
            *(f'klaros_relay_sealing_failures_total{{tenant="{t}"}} {n}'
              for t, n in sorted((sealing_failures or {}).items())),
            "# HELP klaros_relay_queue_depth Events stored and not yet acknowledged by every device.",
            "# TYPE klaros_relay_queue_depth gauge",
        ]
        lines += [f'klaros_relay_queue_depth{{tenant="{t}"}} {n}' for t, n in sorted(queue_depths.items())]
        lines += [
            "# HELP klaros_relay_pulls_waiting Long-poll pulls of this process waiting for an event right now.",
            "# TYPE klaros_relay_pulls_waiting gauge",
            f"klaros_relay_pulls_waiting {self.pulls_waiting}",
            "# HELP klaros_relay_pull_wakeups_total Waiting long-polls woken to look again (a new event, or shutdown).",
            "# TYPE klaros_relay_pull_wakeups_total counter",
            f"klaros_relay_pull_wakeups_total {self.pull_wakeups}",
            "# HELP klaros_relay_pulls_limited_total Long-polls not left waiting: superseded by a newer pull of the"
            " same device (answered at once), or refused with 503 because the process holds its maximum (full).",
            "# TYPE klaros_relay_pulls_limited_total counter",
            *[f'klaros_relay_pulls_limited_total{{reason="{k}"}} {v}' for k, v in sorted(self.pulls_limited.items())],
            "# HELP klaros_relay_connections_open HTTP connections open in this process.",
            "# TYPE klaros_relay_connections_open gauge",
            f"klaros_relay_connections_open {self.connections_open}",
            "# HELP klaros_relay_connections_closed_total Connections the relay closed: idle, evicted, over_limit,"
            " header_timeout, body_timeout, head_too_large.",
            "# TYPE klaros_relay_connections_closed_total counter",
            *[f'klaros_relay_connections_closed_total{{reason="{k}"}} {v}'
              for k, v in sorted(self.connections_closed.items())],
            "# HELP klaros_relay_media_kept_total Inbound media files downloaded from Meta, sealed and stored.",
            "# TYPE klaros_relay_media_kept_total counter",
            f"klaros_relay_media_kept_total {self.media_kept}",
            "# HELP klaros_relay_media_kept_bytes_total Bytes of those files (as Meta served them).",
            "# TYPE klaros_relay_media_kept_bytes_total counter",
            f"klaros_relay_media_kept_bytes_total {self.media_kept_bytes}",
            "# HELP klaros_relay_media_failures_total Media files the relay gave up on, by reason.",
            "# TYPE klaros_relay_media_failures_total counter",
            *[f'klaros_relay_media_failures_total{{reason="{k}"}} {v}'
              for k, v in sorted(self.media_failures.items())],
            "# HELP klaros_relay_media_retries_total Media downloads put back for a later attempt.",
            "# TYPE klaros_relay_media_retries_total counter",
            f"klaros_relay_media_retries_total {self.media_retries}",
            "# HELP klaros_relay_media_deleted_total Kept media blobs deleted (every device had it, erased, expired).",
            "# TYPE klaros_relay_media_deleted_total counter",
            f"klaros_relay_media_deleted_total {self.media_deleted}",
            "# HELP klaros_relay_media_served_total Kept media blobs downloaded by devices through signed links.",
            "# TYPE klaros_relay_media_served_total counter",
            f"klaros_relay_media_served_total {self.media_served}",
            "# HELP klaros_relay_media_links_refused_total Media downloads refused with 403, by reason.",
            "# TYPE klaros_relay_media_links_refused_total counter",
            *[f'klaros_relay_media_links_refused_total{{reason="{k}"}} {v}'
              for k, v in sorted(self.media_links_refused.items())],
            "# HELP klaros_relay_media_stored_bytes Bytes of sealed media blobs in storage (read from the database).",
            "# TYPE klaros_relay_media_stored_bytes gauge",
            f"klaros_relay_media_stored_bytes {media_stored_bytes}",
            "# HELP klaros_relay_retention_deleted_total Rows deleted by kind: events past retention (acknowledged "
            "or not; by the sweeps and the group commits), acknowledged (events every device acknowledged, content "
            "and keys), revoked_keys.",
            "# TYPE klaros_relay_retention_deleted_total counter",
            *[f'klaros_relay_retention_deleted_total{{kind="{k}"}} {v}'
              for k, v in sorted(deleted.items())],
            "# HELP klaros_relay_retention_batches_total Short transactions the retention and media sweeps deleted "
            "in, by kind (events, media, acknowledged).",
            "# TYPE klaros_relay_retention_batches_total counter",
            *[f'klaros_relay_retention_batches_total{{kind="{k}"}} {v}'
              for k, v in sorted(self.retention_batches.items())],
            "# HELP klaros_relay_delivery_latency_seconds From webhook receipt to its first pull by a device.",
            "# TYPE klaros_relay_delivery_latency_seconds histogram",
            *self.delivery.lines("klaros_relay_delivery_latency_seconds"),
            "# HELP klaros_relay_pull_duration_seconds Duration of GET /v1/events, long-poll wait included.",
            "# TYPE klaros_relay_pull_duration_seconds histogram",
            *self.pull.lines("klaros_relay_pull_duration_seconds"),
        ]
        return "\n".join(lines) + "\n"
