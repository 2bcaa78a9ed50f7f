"""Opening sealed events and the sync loop: page per transaction, cursor after commit, ack after commit."""

from __future__ import annotations

import asyncio
import base64
import contextlib

import httpx
import pytest
from sqlalchemy import func, select

from klaros_desktop.models import AuditEvent, Message, SyncState
from klaros_desktop.relay_client import DeviceKey, RelayClient, RelayError, SealError, open_sealed
from klaros_desktop.services.inbound.sync import SyncService, SyncStopped

WA = "4915112345678"


def test_open_sealed_roundtrip_and_refusals(fake_relay):
    mine, other = DeviceKey.generate(), DeviceKey.generate()
    fake_relay.devices = {"dev-1": mine.public_raw, "dev-2": other.public_raw}
    fake_relay.add(b'{"hello": "Gr\xc3\xbc\xc3\x9fe"}')
    sealed = fake_relay.events[0]["sealed"]
    assert open_sealed(sealed, tenant_id="tenant-1", device_id="dev-1", key=mine) == '{"hello": "Grüße"}'.encode()
    assert open_sealed(sealed, tenant_id="tenant-1", device_id="dev-2", key=other).startswith(b'{"hello"')
    with pytest.raises(SealError, match="not among"):
        open_sealed(sealed, tenant_id="tenant-1", device_id="dev-3", key=mine)
    with pytest.raises(SealError, match="authentication"):
        open_sealed(sealed, tenant_id="tenant-1", device_id="dev-1", key=other)  # someone else's key
    with pytest.raises(SealError, match="authentication"):
        open_sealed(sealed, tenant_id="tenant-2", device_id="dev-1", key=mine)  # other tenant's AAD
    tampered = dict(sealed, ciphertext=base64.b64encode(b"x" * 40).decode())
    with pytest.raises(SealError):
        open_sealed(tampered, tenant_id="tenant-1", device_id="dev-1", key=mine)
    with pytest.raises(SealError, match="version"):
        open_sealed(dict(sealed, v=2), tenant_id="tenant-1", device_id="dev-1", key=mine)


def test_device_key_survives_the_keyring_round_trip_and_rejects_junk():
    key = DeviceKey.generate()
    assert DeviceKey.from_secret(key.to_secret()).public_raw == key.public_raw
    with pytest.raises(ValueError, match="pair this device again"):
        DeviceKey.from_secret("not base64!")


@pytest.fixture
async def http(fake_relay):
    async with fake_relay.client() as client:
        yield client


@pytest.fixture
def service(sessions, fake_relay, device, http):
    relay = RelayClient(http, "http://relay.test", token=fake_relay.token)
    return SyncService(sessions, relay, device_id="dev-1", tenant_id="tenant-1", key=device, page_size=3)


def _count(sessions, model):
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


async def test_sync_once_applies_pages_advances_cursor_and_acks(sessions, fake_relay, service, wh):
    for i in range(7):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    report = await service.sync_once()
    assert (report.events, report.pages, report.stats.messages) == (7, 3, 7)
    assert fake_relay.acks == ["00000003", "00000007"]  # the pages read ahead share a commit
    with sessions() as s:
        assert s.get(SyncState, "relay").cursor == "00000007"
        assert s.get(SyncState, "relay").events_applied == 7
        m = s.scalar(select(Message).where(Message.wamid == "wamid.0"))
        assert m.correlation_id == "relay-00000001"
        pages = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "sync_applied")))
        assert [p.details["events"] for p in pages] == [3, 4]
        assert pages[0].details["correlation_ids"] == ["relay-00000001", "relay-00000002", "relay-00000003"]
    again = await service.sync_once()
    assert again.events == 0 and _count(sessions, Message) == 7
    assert fake_relay.pulls[-1]["after"] == "00000007"


async def test_the_same_events_delivered_twice_change_nothing(sessions, fake_relay, service, wh):
    body = wh.text_message(WA, "wamid.dup", "Hallo", 1000)
    fake_relay.add(body)
    await service.sync_once()
    fake_relay.add(body)  # Meta retried; the relay stored it again under a new cursor
    with sessions.begin() as s:  # and a crash lost our cursor: everything comes again
        s.get(SyncState, "relay").cursor = None
    report = await service.sync_once()
    assert report.events == 2 and report.stats.duplicates == 2
    assert _count(sessions, Message) == 1


async def test_events_at_fault_are_kept_as_dead_letters_and_the_rest_applied_and_acked(sessions, fake_relay,
                                                                                     service, wh):
    """Passed over is not thrown away: the relay drops an acked event, so the device keeps what it could not use."""
    from klaros_desktop.models import SyncDeadLetter

    stranger = DeviceKey.generate()
    cannot_bind = wh.text_message(WA, "wamid.list", "Geheimer Text", 1001)
    cannot_bind["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = ["Geheimer", "Text"]
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))
    fake_relay.add(cannot_bind)  # opened, a webhook, but SQLite cannot store it
    fake_relay.add({"no": "entries"})  # opened, not a webhook
    fake_relay.add(b"this is not json")
    fake_relay.add(wh.text_message(WA, "wamid.x", "not for us", 1004), devices={"dev-9": stranger.public_raw})
    sealed_for_another = fake_relay.events[-1]["sealed"]
    fake_relay.add(wh.text_message(WA, "wamid.6", "sechs", 1005))
    report = await service.sync_once()
    assert (report.events, report.unreadable, report.failed, report.stats.messages) == (6, 3, 1, 2)
    assert fake_relay.acks == ["00000003", "00000006"]
    with sessions() as s:
        assert s.get(SyncState, "relay").cursor == "00000006"
        assert sorted(s.scalars(select(Message.wamid))) == ["wamid.1", "wamid.6"]
        letters = {d.cursor: d for d in s.scalars(select(SyncDeadLetter))}
        assert sorted(letters) == ["00000002", "00000003", "00000004", "00000005"]
        bound, no_entry, not_json, sealed = (letters[c] for c in sorted(letters))
        assert (bound.kind, bound.error_class, bound.body) == ("message", "ProgrammingError", cannot_bind)
        assert (no_entry.kind, no_entry.error_class, no_entry.body) == ("unknown", "MalformedWebhook",
                                                                       {"no": "entries"})
        assert (not_json.kind, not_json.error_class, not_json.body, not_json.body_text) == (
            "unreadable", "JSONDecodeError", None, "this is not json")
        assert (sealed.kind, sealed.error_class, sealed.body, sealed.sealed) == (
            "unreadable", "SealError", None, sealed_for_another)
        assert all(d.correlation_id == f"relay-{d.cursor}" and d.received_at and d.failed_at and d.reason
                   and "\n" not in d.reason and "Geheim" not in d.reason for d in letters.values())
        audited = {e.subject: e for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "sync_event_failed"))}
        assert sorted(audited) == sorted(letters)
        assert all(audited[c].details["dead_letter"] == d.id and audited[c].correlation_id == d.correlation_id
                   for c, d in letters.items())
        assert "Geheim" not in str([e.details for e in audited.values()])


async def test_a_failing_event_is_isolated_and_the_rest_of_the_page_is_kept(sessions, fake_relay, service, wh,
                                                                        monkeypatch):
    from klaros_desktop.services.inbound import apply as inbound

    original = inbound.WebhookApplier.apply_batch

    def flaky(self, items):
        if "boom" in str(items):  # what a malformed body makes the applier raise
            raise ValueError("invalid literal for int() with base 10: 'boom'")
        return original(self, items)

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", flaky)
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))
    fake_relay.add(wh.text_message(WA, "wamid.2", "boom", 1001))
    fake_relay.add(wh.text_message(WA, "wamid.3", "drei", 1002))
    report = await service.sync_once()
    assert (report.events, report.failed, report.stats.messages) == (3, 1, 2)
    with sessions() as s:
        failed = s.scalar(select(AuditEvent).where(AuditEvent.action == "sync_event_failed"))
        assert failed.subject == "00000002" and failed.details["error"].startswith("ValueError")
    assert fake_relay.acks == ["00000003"]


async def test_cursor_does_not_advance_when_the_transaction_fails(sessions, fake_relay, service, wh, monkeypatch):
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))

    def broken_advance(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(SyncService, "_advance", staticmethod(broken_advance))
    with pytest.raises(SyncStopped, match="RuntimeError") as stopped:
        await service.sync_once()
    assert str(stopped.value.__cause__) == "disk full"
    assert fake_relay.acks == []
    assert _count(sessions, Message) == 0  # the page's effects rolled back with it
    with sessions() as s:
        assert s.get(SyncState, "relay") is None


async def test_ack_failure_loses_nothing(sessions, fake_relay, service, wh):
    fake_relay.fail_ack = True
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))
    report = await service.sync_once()
    assert report.stats.messages == 1 and fake_relay.acks == []
    fake_relay.fail_ack = False
    fake_relay.add(wh.text_message(WA, "wamid.2", "zwei", 1001))
    await service.sync_once()
    assert fake_relay.acks == ["00000002"]  # acks are cumulative


async def test_bad_token_is_a_clear_error(sessions, fake_relay, device, http):
    relay = RelayClient(http, "http://relay.test", token="wrong")
    service = SyncService(sessions, relay, device_id="dev-1", tenant_id="tenant-1", key=device)
    with pytest.raises(RelayError, match="did not accept this device") as info:
        await service.sync_once()
    assert not info.value.retryable


async def test_pair_command_keeps_secrets_in_the_keyring_only(profile, fake_relay, monkeypatch):
    import contextlib

    from klaros_desktop import secrets
    from klaros_desktop.commands import CommandContext
    from klaros_desktop.commands.pair import pair
    from klaros_desktop.services.setup import wiring

    @contextlib.asynccontextmanager
    async def fake_http():
        async with fake_relay.client() as client:
            yield client

    monkeypatch.setattr(wiring, "http_client", fake_http)
    fake_relay.token = "Zq3v-device-token-that-is-long-enough-to-be-unique"
    ctx = CommandContext(profile=profile)
    with pytest.raises(RelayError, match="did not accept"):
        await pair(ctx, "https://relay.test", "WRONG", "till")
    message = await pair(ctx, "https://relay.test", "GOOD-CODE", "till")
    assert "dev-1" in message
    store = wiring.secret_store(profile)
    key = DeviceKey.from_secret(store.get(secrets.DEVICE_PRIVATE_KEY))
    assert key.public_raw == fake_relay.devices["dev-1"]
    assert store.get(secrets.RELAY_DEVICE_TOKEN) == fake_relay.token
    raw_db = profile.database.read_bytes() + b"".join(p.read_bytes() for p in profile.root.glob("*.sqlite3-wal"))
    assert key.to_secret().encode() not in raw_db and fake_relay.token.encode() not in raw_db


# ---------------------------------------------------------------- the one sync loop (``run_forever``)
class Flaky:
    """The fake relay behind a connection that fails ``down`` times (connection refused), then works."""

    def __init__(self, relay, down: int):
        self.relay, self.down, self.refused = relay, down, 0

    def handler(self, request):
        import httpx

        if self.down:
            self.down -= 1
            self.refused += 1
            raise httpx.ConnectError("connection refused", request=request)
        return self.relay.handler(request)


@contextlib.asynccontextmanager
async def behind(flaky: Flaky, sessions, device):
    """A sync service whose relay is reached through ``flaky``."""
    async with httpx.AsyncClient(transport=httpx.MockTransport(flaky.handler)) as http:
        relay = RelayClient(http, "http://relay.test", token=flaky.relay.token)
        yield SyncService(sessions, relay, device_id="dev-1", tenant_id="tenant-1", key=device)


class Loop:
    """``run_forever`` as a task, with its callbacks turned into a log and events a test can wait on."""

    def __init__(self, service: SyncService, **options):
        self.states: list[str] = []
        self.offline, self.online, self.applied = asyncio.Event(), asyncio.Event(), asyncio.Event()
        self.stop = asyncio.Event()
        service.on_applied = lambda report: self.applied.set() if report.events else None
        self.task = asyncio.ensure_future(service.run_forever(
            self.stop, wait=0, on_online=self._online, on_offline=self._offline, **options))

    def _online(self) -> None:
        self.states.append("online")
        self.online.set()

    def _offline(self, exc: BaseException) -> None:
        self.states.append(f"offline: {type(exc).__name__}")
        self.offline.set()

    async def until(self, event: asyncio.Event) -> None:
        await asyncio.wait_for(event.wait(), timeout=10)

    async def end(self):
        self.stop.set()
        return await asyncio.wait_for(self.task, timeout=10)


async def test_run_forever_is_offline_while_the_relay_is_down_then_online_and_syncs(sessions, fake_relay, device,
                                                                                   wh):
    flaky = Flaky(fake_relay, down=3)
    fake_relay.add(wh.text_message(WA, "wamid.1", "Noch offen?", 1000))
    async with behind(flaky, sessions, device) as service:
        loop = Loop(service, first_backoff=0.001)
        await loop.until(loop.offline)
        await loop.until(loop.online)
        await loop.until(loop.applied)
        report = await loop.end()
    assert loop.states == ["offline: RelayError", "online"]  # once each way, not once per failed pull
    assert flaky.refused == 3 and report.stats.messages == 1 and fake_relay.acks == ["00000001"]


async def test_run_forever_backoff_ends_at_once_when_stopped(sessions, fake_relay, device):
    async with behind(Flaky(fake_relay, down=1), sessions, device) as service:
        loop = Loop(service, first_backoff=3600)
        await loop.until(loop.offline)
        await loop.end()  # within the 10 s of ``until``, not after an hour's back-off
    assert loop.states == ["offline: RelayError"]


async def test_run_forever_logs_an_unexpected_error_and_keeps_going(sessions, fake_relay, service, wh, monkeypatch,
                                                                   caplog):
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    apply_events = service.apply_events
    failures = []

    def broken_once(events):
        if not failures:
            failures.append(len(events))
            raise RuntimeError("disk I/O error")
        return apply_events(events)

    monkeypatch.setattr(service, "apply_events", broken_once)
    with caplog.at_level("ERROR", logger="klaros_desktop.services.inbound.sync"):
        loop = Loop(service, first_backoff=0.001)
        await loop.until(loop.applied)
        report = await loop.end()
    assert failures == [1] and report.stats.messages == 1
    assert loop.states == ["online"]  # an error of ours is not a lost relay
    [logged] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert logged.getMessage().startswith("sync failed; retrying") and "disk I/O error" in logged.exc_text


# ---------------------------------------------------------------- what may be skipped, and what must come again
class Locked:
    """``apply_batch`` failing with SQLite's "database is locked" for any batch holding ``wamid``, while ``held``;
    with ``page_at_fault``, also a KeyError for any batch of more than one body (so sync goes one by one)."""

    def __init__(self, monkeypatch, wamid: str, *, page_at_fault: bool = False, times: int | None = None):
        from klaros_desktop.services.inbound import apply as inbound

        self.held, self.wamid, self.page_at_fault, self.times = True, wamid, page_at_fault, times
        original = inbound.WebhookApplier.apply_batch

        def apply_batch(applier, items):
            import sqlite3

            from sqlalchemy.exc import OperationalError

            if self.page_at_fault and len(items) > 1:
                raise KeyError("from")
            if self.held and self.wamid in str(items):
                if self.times is not None:
                    self.times -= 1
                    self.held = self.times > 0
                raise OperationalError("INSERT INTO messages ...", (), sqlite3.OperationalError("database is locked"))
            return original(applier, items)

        monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", apply_batch)


async def test_a_locked_database_stops_the_page_and_the_event_comes_again(sessions, fake_relay, service, wh,
                                                                         monkeypatch):
    """A long import holds the database: the event is not skipped (the relay would drop it once acked)."""
    from sqlalchemy.exc import OperationalError

    lock = Locked(monkeypatch, "wamid.2")
    for i in (1, 2, 3):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    with pytest.raises(SyncStopped, match="database is locked") as stopped:  # for the loop's back-off
        await service.sync_once()
    assert isinstance(stopped.value.__cause__, OperationalError) and stopped.value.cursor == "00000001"
    assert all(ack < "00000002" for ack in fake_relay.acks)
    with sessions() as s:
        state = s.get(SyncState, "relay")
        assert state is None or state.cursor is None or state.cursor < "00000002"
        assert s.scalar(select(Message).where(Message.wamid == "wamid.2")) is None
        assert s.scalar(select(AuditEvent).where(AuditEvent.action == "sync_event_failed")) is None
    lock.held = False  # the import finished: the next pull brings the event again and applies it
    report = await service.sync_once()
    assert fake_relay.acks[-1] == "00000003"
    with sessions() as s:
        assert s.scalar(select(Message).where(Message.wamid == "wamid.2")) is not None
        assert s.get(SyncState, "relay").cursor == "00000003"
    assert report.failed == 0


@pytest.mark.parametrize("error", [OSError(5, "Input/output error"), MemoryError(), RuntimeError("a bug of ours"),
                                   AttributeError("'NoneType' object has no attribute 'id'")],
                         ids=lambda e: type(e).__name__)
async def test_a_failure_that_may_pass_is_never_skipped(sessions, fake_relay, service, wh, monkeypatch, error):
    """Only an event at fault may be passed over; a disk, memory or our own bug must not cost the message."""
    from klaros_desktop.services.inbound import apply as inbound

    original = inbound.WebhookApplier.apply_batch

    def failing(self, items):
        if "wamid.2" in str(items):
            raise error
        return original(self, items)

    monkeypatch.setattr(inbound.WebhookApplier, "apply_batch", failing)
    for i in (1, 2, 3):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    with pytest.raises(SyncStopped) as stopped:
        await service.sync_once()
    assert stopped.value.__cause__ is error and fake_relay.acks == []
    assert _count(sessions, Message) == 0


async def test_a_stop_after_an_event_at_fault_keeps_and_acks_what_came_before(sessions, fake_relay, service, wh,
                                                                             monkeypatch):
    """One by one (the page held an event at fault): what committed before the stop is acked, nothing after."""
    lock = Locked(monkeypatch, "wamid.3", page_at_fault=True)
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))
    fake_relay.add({"no": "entries"})
    fake_relay.add(wh.text_message(WA, "wamid.3", "drei", 1002))
    applied = []
    service.on_applied = applied.append
    with pytest.raises(SyncStopped) as stopped:
        await service.sync_once()
    assert stopped.value.cursor == "00000003" and fake_relay.acks == ["00000002"]
    assert [(r.events, r.unreadable, r.stats.messages) for r in applied] == [(2, 1, 1)]
    with sessions() as s:
        assert s.get(SyncState, "relay").cursor == "00000002"
    lock.held = lock.page_at_fault = False
    await service.sync_once()
    assert fake_relay.acks[-1] == "00000003" and _count(sessions, Message) == 2


async def test_run_forever_pulls_a_stopped_event_again_and_stays_online(sessions, fake_relay, service, wh,
                                                                       monkeypatch, caplog):
    Locked(monkeypatch, "wamid.1", times=2)
    fake_relay.add(wh.text_message(WA, "wamid.1", "Hallo", 1000))
    with caplog.at_level("WARNING", logger="klaros_desktop.services.inbound.sync"):
        loop = Loop(service, first_backoff=0.001)
        await loop.until(loop.applied)
        report = await loop.end()
    assert report.stats.messages == 1 and fake_relay.acks == ["00000001"]
    assert loop.states == ["online"]  # the relay answered all along: a busy database is not "offline"
    stops = [r for r in caplog.records if "sync stopped at event 00000001" in r.getMessage()]
    assert len(stops) == 2 and all(r.levelname == "WARNING" and r.exc_info is None for r in stops)


def test_what_counts_as_the_events_fault():
    """``is_deterministic``: the event's own fault (set aside) against what may pass or is ours (stop)."""
    import json
    import sqlite3

    from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError, StatementError

    from klaros_desktop.services.inbound.apply import MalformedWebhook
    from klaros_desktop.services.inbound.sync import is_deterministic

    def db(cls, orig):
        return cls("INSERT ...", (), orig)

    at_fault = [MalformedWebhook("no entry"), SealError("wrong key"), ValueError("x"), KeyError("from"),
                TypeError("x"), OverflowError("int too large"), json.JSONDecodeError("x", "doc", 0),
                db(IntegrityError, sqlite3.IntegrityError("NOT NULL constraint failed: messages.wamid")),
                db(ProgrammingError, sqlite3.ProgrammingError("Error binding parameter 7: type 'list' is not "
                                                              "supported")),
                StatementError("naive datetime", "INSERT ...", (), ValueError("naive datetime given"))]
    may_pass = [db(OperationalError, sqlite3.OperationalError(m)) for m in (
                    "database is locked", "database table is locked", "disk I/O error", "database or disk is full")]
    may_pass += [db(ProgrammingError, sqlite3.ProgrammingError("Cannot operate on a closed database.")),
                 OSError(28, "No space left on device"), MemoryError(), RuntimeError("bug"), AttributeError("bug"),
                 StatementError("bug", "INSERT ...", (), RuntimeError("bug"))]
    assert [is_deterministic(e) for e in at_fault] == [True] * len(at_fault)
    assert [is_deterministic(e) for e in may_pass] == [False] * len(may_pass)


async def test_a_body_sqlite_cannot_store_is_passed_over_and_the_rest_applied(sessions, fake_relay, service, wh):
    """A text that is a list (no such webhook exists, but a relay bug could deliver one): SQLite refuses to bind it."""
    bad = wh.text_message(WA, "wamid.bad", "x", 1001)
    bad["entry"][0]["changes"][0]["value"]["messages"][0]["text"]["body"] = ["not", "text"]
    fake_relay.add(wh.text_message(WA, "wamid.1", "eins", 1000))
    fake_relay.add(bad)
    fake_relay.add(wh.text_message(WA, "wamid.3", "drei", 1002))
    report = await service.sync_once()
    assert (report.events, report.failed, report.stats.messages) == (3, 1, 2)
    assert fake_relay.acks == ["00000003"]


# ---------------------------------------------------------------- reading ahead, and a page applied twice
async def test_a_page_read_ahead_is_dropped_when_the_page_before_it_stops(sessions, fake_relay, service, wh,
                                                                         monkeypatch):
    """The next page is pulled and opened while one is applied; when that one stops, the page read ahead must not
    be applied before the stopped events come again (nor acked), or they would be skipped."""
    lock = Locked(monkeypatch, "wamid.5")
    for i in range(1, 8):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    with pytest.raises(SyncStopped) as stopped:
        await service.sync_once()
    assert stopped.value.cursor == "00000004" and fake_relay.acks == ["00000003"]
    assert any(p.get("after") == "00000006" for p in fake_relay.pulls)  # the page after the stopped one was read
    with sessions() as s:
        assert sorted(s.scalars(select(Message.wamid))) == ["wamid.1", "wamid.2", "wamid.3"]
        assert s.get(SyncState, "relay").cursor == "00000003"
    lock.held = False
    report = await service.sync_once()
    assert (report.events, report.stats.messages) == (4, 4) and fake_relay.acks[-1] == "00000007"
    with sessions() as s:
        assert sorted(s.scalars(select(Message.wamid))) == [f"wamid.{i}" for i in range(1, 8)]


async def test_pages_read_ahead_are_applied_in_order_and_each_acked_after_its_commit(sessions, fake_relay, service,
                                                                                   wh):
    """Each page in its own transaction (``pages_per_commit = 1``)."""
    service.pages_per_commit = 1
    committed_at_ack = []
    original_ack = service.relay.ack

    async def ack(up_to):
        with sessions() as s:  # what a crash right after this ack would find on disk
            committed_at_ack.append((up_to, s.get(SyncState, "relay").cursor, s.scalar(select(func.count(Message.id)))))
        await original_ack(up_to)

    service.relay.ack = ack
    for i in range(1, 11):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    report = await service.sync_once()
    assert (report.events, report.pages) == (10, 4)
    assert committed_at_ack == [("00000003", "00000003", 3), ("00000006", "00000006", 6),
                                ("00000009", "00000009", 9), ("00000010", "00000010", 10)]
    with sessions() as s:
        ids = {wamid: id_ for wamid, id_ in s.execute(select(Message.wamid, Message.id))}
    assert [ids[f"wamid.{i}"] for i in range(1, 11)] == sorted(ids.values())  # stored in the relay's order


def _snapshot(sessions) -> dict:
    """Every row of every table but the audit trail and the sync state (which a second apply may add to)."""
    from sqlalchemy import text

    with sessions() as s:
        tables = [t for (t,) in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name NOT IN ('audit_events', 'sync_state', 'alembic_version')"))]
        return {t: sorted(map(tuple, s.execute(text(f"SELECT * FROM {t}"))), key=repr) for t in tables}


async def test_a_page_applied_again_after_a_crash_between_commit_and_ack_changes_nothing(sessions, fake_relay,
                                                                                        service, wh):
    """Committed, then the ack never left (a crash, the relay gone) and the cursor is lost: the relay hands the
    same pages over again. Messages, statuses (one before its message), an opt-out and a failed, priced status
    applied twice leave every table as once: no duplicate, no second unread count, no count twice in the
    summaries."""
    from klaros_desktop.models import Contact, Conversation
    from klaros_desktop.services.messaging.statuses import meta_time

    with sessions.begin() as s:
        contact = Contact(phone_e164=f"+{WA}", wa_id=WA, display_name="Kundin")
        s.add(contact)
        s.flush()
        conv = Conversation(contact_id=contact.id, phone_number_id=wh.PHONE_NUMBER_ID, unread_count=0)
        s.add(conv)
        s.flush()
        for n in (1, 2, 3):
            s.add(Message(wamid=f"wamid.out.{n}", conversation_id=conv.id, contact_id=contact.id, direction="out",
                          type="template", template_name="fruehling", text="Angebot", status="accepted",
                          timestamp=meta_time(900 + n)))
    fake_relay.add(wh.status("wamid.out.1", "sent", 1001, WA, category="marketing", pricing_type="regular"))
    fake_relay.add(wh.status("wamid.out.1", "delivered", 1002, WA, category="marketing", pricing_type="regular"))
    fake_relay.add(wh.text_message(WA, "wamid.in.1", "Wie viel kostet das?", 1003))
    fake_relay.add(wh.status("wamid.out.1", "read", 1004, WA, category="marketing", pricing_type="regular"))
    fake_relay.add(wh.status("wamid.out.2", "failed", 1005, WA, category="marketing", pricing_type="regular",
                             error_code=131026))
    fake_relay.add(wh.status("wamid.later", "delivered", 1006, WA))  # its message is not known yet
    fake_relay.add(wh.text_message(WA, "wamid.in.2", "STOP", 1007))
    fake_relay.add(wh.status("wamid.out.3", "read", 1008, WA, category="marketing", pricing_type="regular"))
    fake_relay.fail_ack = True
    first = await service.sync_once()
    assert (first.stats.messages, first.stats.statuses, first.stats.pending) == (2, 5, 1)
    assert fake_relay.acks == [] and first.stats.consent_events == 1
    once = _snapshot(sessions)
    assert sum(n for *_, n in once["analytics_outbound"]) == 3 and once["pending_statuses"]
    with sessions.begin() as s:  # the crash lost the cursor: everything comes again
        s.get(SyncState, "relay").cursor = None
    fake_relay.fail_ack = False
    again = await service.sync_once()
    assert _snapshot(sessions) == once
    assert again.events == 8 and again.stats.duplicates == 2 and fake_relay.acks[-1] == "00000008"


async def test_search_finds_every_message_sync_applied_right_after_the_sync(sessions, fake_relay, service, wh):
    """Each page's messages go into the search index in the page's own transaction (one statement for the page's
    messages): found as soon as ``sync_once`` returns, still once each after the same pages came again."""
    from sqlalchemy import text

    from klaros_desktop.services.reads.search import search_messages

    for n in range(8):  # pages of 3: three commits
        fake_relay.add(wh.text_message(f"49151{2000000 + n % 3:07d}", f"wamid.s.{n}", f"Paket nummer{n} angekommen",
                                       2000 + n))

    def found() -> list[int]:
        with sessions() as s:
            return [n for n in range(8) if [h.snippet for h in search_messages(s, f"nummer{n}")]
                    == [f"Paket [nummer{n}] angekommen"]]

    report = await service.sync_once()
    assert (report.pages, report.stats.messages) == (3, 8)
    assert found() == list(range(8))
    with sessions.begin() as s:  # a crash lost the cursor: the pages come again
        s.get(SyncState, "relay").cursor = None
    again = await service.sync_once()
    assert (again.stats.messages, again.stats.duplicates) == (0, 8)
    assert found() == list(range(8))
    with sessions.begin() as s:  # FTS5's own check: the index holds exactly the messages' text
        s.execute(text("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"))


class _MetaDown:
    """A Graph client whose template reads fail as a Meta outage does."""

    def __init__(self):
        self.asked: list[str] = []

    async def get_template(self, template_id, *, correlation_id=None):
        self.asked.append(str(template_id))
        raise httpx.ConnectError("Meta unreachable")

    async def list_templates(self, *, status=None):
        raise httpx.ConnectError("Meta unreachable")


async def test_a_failed_template_fetch_leaves_what_the_webhook_brought(sessions, fake_relay, service, wh, caplog):
    """After a page that named a template the service fetches it whole; Meta unreachable is logged, the page stays
    applied and acked, and the sync goes on."""
    graph = _MetaDown()
    service.graph = lambda: graph
    heard = []
    service.on_fetched = heard.append
    approved = {"event": "APPROVED", "message_template_id": 555, "message_template_name": "tulips_ready",
                "message_template_language": "de", "reason": "NONE"}
    fake_relay.add(wh.envelope(approved, field="message_template_status_update"))
    fake_relay.add(wh.text_message(WA, "wamid.after", "Noch da?", 1000))
    report = await service.sync_once()
    assert (report.events, report.stats.templates, report.stats.messages) == (2, 1, 1)
    assert report.templates_fetched == 0 and heard == [] and graph.asked == ["555"]
    assert "fetching 1 template(s) a webhook named failed" in caplog.text
    with sessions() as s:
        assert s.get(SyncState, "relay").cursor == fake_relay.events[-1]["cursor"]


# ---------------------------------------------------------------- pages waiting at the relay, applied together
def _committed_at_each_ack(service, sessions) -> list[tuple[str, str, int]]:
    """(acked up to, the cursor on disk, messages on disk) at each ack: what a crash right after it would find."""
    seen: list[tuple[str, str, int]] = []
    original_ack = service.relay.ack

    async def ack(up_to):
        with sessions() as s:
            seen.append((up_to, s.get(SyncState, "relay").cursor, s.scalar(select(func.count(Message.id)))))
        await original_ack(up_to)

    service.relay.ack = ack
    return seen


async def test_pages_waiting_at_the_relay_share_a_commit_up_to_the_bound_each_acked_after_it(sessions, fake_relay,
                                                                                          service, wh):
    """The first page is applied as it comes; the pages read ahead meanwhile (as many as the relay had, at most
    ``pages_per_commit``) are applied in one transaction, and acked (up to their last event) only after it."""
    service.pages_per_commit = 2
    at_ack = _committed_at_each_ack(service, sessions)
    for i in range(1, 14):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    report = await service.sync_once()
    assert (report.events, report.pages, report.stats.messages) == (13, 5, 13)
    assert at_ack == [("00000003", "00000003", 3), ("00000009", "00000009", 9), ("00000013", "00000013", 13)]
    with sessions() as s:
        commits = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "sync_applied")))
        assert [c.details["events"] for c in commits] == [3, 6, 4]
        assert commits[1].subject == "00000004..00000009"
        ids = {wamid: id_ for wamid, id_ in s.execute(select(Message.wamid, Message.id))}
        assert s.get(SyncState, "relay").events_applied == 13
    assert [ids[f"wamid.{i}"] for i in range(1, 14)] == sorted(ids.values())  # stored in the relay's order


async def test_a_stop_in_pages_applied_together_commits_and_acks_none_of_them(sessions, fake_relay, service, wh,
                                                                           monkeypatch):
    """Pages applied in one transaction stop together: none of their events is committed or acked, all come
    again with the next pull, from the first of them."""
    service.pages_per_commit = 2
    lock = Locked(monkeypatch, "wamid.8")
    for i in range(1, 11):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    with pytest.raises(SyncStopped) as stopped:
        await service.sync_once()
    assert stopped.value.cursor == "00000004" and fake_relay.acks == ["00000003"]
    with sessions() as s:
        assert sorted(s.scalars(select(Message.wamid))) == ["wamid.1", "wamid.2", "wamid.3"]
        assert s.get(SyncState, "relay").cursor == "00000003"
    lock.held = False
    report = await service.sync_once()
    assert (report.events, report.stats.messages) == (7, 7) and fake_relay.acks[-1] == "00000010"
    with sessions() as s:
        assert sorted(s.scalars(select(Message.wamid))) == sorted(f"wamid.{i}" for i in range(1, 11))


async def test_pages_applied_together_again_after_a_crash_between_commit_and_ack_change_nothing(sessions, fake_relay,
                                                                                               service, wh):
    """Committed together, the ack lost and the cursor with it: the same pages again add no message, no unread."""
    from klaros_desktop.models import Conversation

    service.pages_per_commit = 3
    for i in range(1, 11):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    fake_relay.fail_ack = True
    first = await service.sync_once()
    assert first.stats.messages == 10 and fake_relay.acks == []
    once = _snapshot(sessions)
    with sessions.begin() as s:
        s.get(SyncState, "relay").cursor = None
    fake_relay.fail_ack = False
    again = await service.sync_once()
    assert again.stats.duplicates == 10 and _snapshot(sessions) == once
    with sessions() as s:
        assert s.scalar(select(Conversation.unread_count)) == 10
    assert fake_relay.acks[-1] == "00000010"


async def test_the_pages_read_ahead_are_opened_while_the_commit_before_them_is_written(sessions, fake_relay, service,
                                                                                      wh):
    """A commit waits for the disk without the GIL: the events of the pages read ahead meanwhile are opened beside
    it (on another thread), and those pages are still applied in order and acked only after their own commit."""
    import threading

    from sqlalchemy import event

    service.pages_per_commit = 2
    at_ack = _committed_at_each_ack(service, sessions)
    for i in range(1, 10):
        fake_relay.add(wh.text_message(WA, f"wamid.{i}", f"Nachricht {i}", 1000 + i))
    pulled, opened_beside = threading.Event(), threading.Event()
    opened_on: dict[str, int] = {}
    original_pull, original_open, original_apply = service.relay.pull, service.open_event, service.apply_events

    async def pull(after, **kwargs):
        page = await original_pull(after, **kwargs)
        if after == "00000006":
            pulled.set()
        return page

    def open_event(pulled_event):
        opened_on[pulled_event.cursor] = threading.get_ident()
        if pulled_event.cursor == "00000004":
            opened_beside.set()
        return original_open(pulled_event)

    def apply_events(events):
        assert pulled.wait(10)  # the pages after the first are all read ahead before it commits
        return original_apply(events)

    committing: list[int] = []
    seen_while_committing: list[bool] = []

    def on_commit(_connection):
        committing.append(threading.get_ident())
        if len(committing) == 1:  # the first page's commit: the next pages are opened meanwhile, elsewhere
            seen_while_committing.append(opened_beside.wait(10))

    service.relay.pull, service.open_event, service.apply_events = pull, open_event, apply_events
    engine = sessions.kw["bind"]
    event.listen(engine, "commit", on_commit)
    try:
        report = await service.sync_once()
    finally:
        event.remove(engine, "commit", on_commit)
    assert seen_while_committing == [True]
    assert opened_on["00000004"] != committing[0]
    assert (report.events, report.stats.messages) == (9, 9)
    assert at_ack == [("00000003", "00000003", 3), ("00000009", "00000009", 9)]
    with sessions() as s:
        ids = {wamid: id_ for wamid, id_ in s.execute(select(Message.wamid, Message.id))}
    assert [ids[f"wamid.{i}"] for i in range(1, 10)] == sorted(ids.values())
