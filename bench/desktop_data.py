"""Desktop data benchmark (issue 6): one command, prints every figure with its target.

    .venv/bin/python bench/desktop_data.py                                     # 100k contacts, 1M messages
    .venv/bin/python bench/desktop_data.py --contacts 5000 --messages 50000    # quick run
    .venv/bin/python bench/desktop_data.py --profile /tmp/klaros-bench-100k     # build once, reuse next time
    .venv/bin/python bench/desktop_data.py --profile DIR --build-only           # just build (or reuse) DIR
    .venv/bin/python bench/desktop_data.py --profile DIR --parts 3              # only the sync apply
    .venv/bin/python bench/desktop_data.py --profile DIR --parts 3 --sync-mix profile --sync-runs paged/kept,new/kept
    .venv/bin/python bench/desktop_data.py --import-before REV --import-rows 30000,100000  # import: REV's vs this
    .venv/bin/python bench/desktop_data.py --import-floor --import-rows 30000,100000       # import vs its floors
    .venv/bin/python bench/desktop_data.py --import-workers --import-rows 30000,100000     # with/without workers
    .venv/bin/python bench/desktop_data.py --import-workers --import-shapes plain,full     # ... US numbers too

Reusing the profile (e.g. from bench/desktop_ui.py): ``ensure_profile(root, contacts, messages)`` returns a
``klaros_desktop.paths.Profile`` at ``root`` holding that many contacts and messages, building it only when
``root`` is empty or missing (``bench-profile.json`` in ``root`` is written last, so an interrupted build is
never taken for a finished one; a non-empty folder without it, or with another size, is refused, never
overwritten). The same from a shell: ``--profile DIR --build-only`` (``--keep`` is the older name of
``--profile``); then open it with ``klaros --data-dir DIR``. Nothing below changes a reused profile: the sync
measurement runs on copies.

Measures, in one run:
1. import rate of a 100k-row CSV (``klaros contacts import``'s service, into an empty profile) against a bare
   ``phonenumbers.parse`` loop over the same numbers (target: import >= 50 % of the bare loop's rate); both
   are run three times, alternately, and the best run of each counts;
2. search p95 through the search service (target < 30 ms) and the same FTS5 SQL in raw ``sqlite3``
   (target: service <= 2x raw);
3. sync apply rate over 10k sealed relay events through ``SyncService.sync_once`` against the relay's device API
   in memory (open the sealed event, apply, commit with the cursor, ack), pages of the app's ``PAGE_SIZE``
   (1,000, the relay's largest), with the app's durable commits (target >= 10,000 events/s), for two mixes
   (``--sync-mix``: the profile's, and bench/analytics.py's fresh traffic) and two ways the relay drew its
   ephemeral keys (``SHAPES``: a fresh one per event, and the relay's kept wrappers at the mix's arrival times),
   and against ``paged`` (each page in its own transaction), taking turns, each run on a fresh copy of the
   profile, the best of each counts (``--sync-pairs``), with wall rate and CPU time per event;
4. the database size;
5. what durable commits cost (``klaros_desktop.db.SYNCHRONOUS``: ``FULL``, every commit on disk before it
   returns, against ``NORMAL``): the import and the sync apply run alternately under each, on fresh copies,
   and the ratio of the best runs is printed.

The profile is built with bulk inserts through the migrated schema (its FTS5 triggers included), not through
the import path, so building 1M messages takes a minute or two, not an hour. Not run by pytest. The machine
may be shared: the figures are printed with the load average (``os.getloadavg``) at the start and the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import phonenumbers

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from machine import cpu_model  # noqa: E402

from klaros_desktop.db import open_database  # noqa: E402
from klaros_desktop.models.name_keys import name_key  # noqa: E402
from klaros_desktop.paths import Profile  # noqa: E402
from klaros_desktop.services.dataio.phone_columns import default_workers  # noqa: E402

FIRST = ["Anna", "Ben", "Clara", "David", "Elif", "Fatma", "Giulia", "Hugo", "Ines", "Jonas", "Kim", "Lena", "Mehmet",
         "Nora", "Oskar", "Paula", "Quentin", "Rosa", "Sven", "Tarek", "Ute", "Vera", "Wiebke", "Xaver", "Yusuf",
         "Zoë", "Jürgen", "Françoise", "José", "Ågot"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "García", "Rossi", "Yılmaz", "Kowalski", "Dubois", "Nowak", "Jensen", "Silva", "Öztürk", "Lefèvre"]
_WORD_TEXT = ("hallo danke bestellung lieferung morgen heute abholen geöffnet preis rabatt größe farbe blau rot grün "
         "schwarz tasche schuhe jacke paket rechnung bezahlt überweisung termin uhr laden adresse hola gracias "
         "pedido mañana precio talla bonjour merci commande demain prix hello thanks order tomorrow price size "
         "pickup delivery parcel invoice paid open closed weekend gift voucher ring necklace flowers roses tulips "
         "cake bread coffee table chair lamp repair warranty return exchange")
WORDS = _WORD_TEXT.split()
TAGS = ["VIP", "Stammkunde", "Neukunde", "Großhandel", "Newsletter", "Hochzeit", "Geburtstag", "Online", "Laden",
        "Rückruf", "Reklamation", "Gutschein", "B2B", "Export", "Blumen", "Schmuck", "Café", "Mode", "Technik",
        "Sonstige"]
PHONE_NUMBER_ID = "106540352242922"


def ts(value: datetime) -> str:
    """How SQLAlchemy's DateTime stores a (naive UTC) value in SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def mobile(i: int) -> str:
    """A distinct valid German mobile number per i (E.164)."""
    prefix = ("151", "160", "170", "171", "175", "152", "162", "172", "173", "174")[i % 10]
    return f"+49{prefix}{10_000_000 + i:08d}"


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))


# -- building the profile -------------------------------------------------------------------------------------

def build_profile(root: Path, contacts: int, messages: int, seed: int = 6) -> Profile:
    profile = Profile(root).ensure()
    engine, _sessions = open_database(profile)  # creates and migrates the schema (with the FTS5 triggers)
    engine.dispose()
    rng = random.Random(seed)
    con = sqlite3.connect(profile.database)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    t0 = datetime(2025, 1, 1)
    now = ts(datetime(2026, 11, 1))
    started = time.perf_counter()
    with con:
        con.executemany("INSERT INTO tags(id, name) VALUES (?, ?)", list(enumerate(TAGS, start=1)))
        rows = []
        for i in range(1, contacts + 1):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            note = sentence(rng) if rng.random() < 0.3 else ""
            rows.append((i, name, name_key(name, None, None), mobile(i), mobile(i)[1:], name.split()[0], "DE", note,
                         "{}", now, now))
        con.executemany(
            "INSERT INTO contacts(id, display_name, name_key, phone_e164, wa_id, profile_name, country, notes, "
            "custom_fields, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        links = {(i, rng.randint(1, len(TAGS))) for i in range(1, contacts + 1) for _ in range(rng.randint(0, 2))}
        con.executemany("INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) VALUES (?, ?)", sorted(links))
        con.executemany(
            "INSERT INTO conversations(id, contact_id, phone_number_id, last_message_at, last_inbound_at, "
            "unread_count, archived, created_at) VALUES (?,?,?,?,?,0,0,?)",
            [(i, i, PHONE_NUMBER_ID, now, now, now) for i in range(1, contacts + 1)])
    print(f"  contacts, tags, conversations: {contacts:,} in {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    batch = []
    step = timedelta(seconds=max(1, int(600 * 86400 / max(messages, 1))))
    for m in range(1, messages + 1):
        contact = rng.randint(1, contacts)
        outbound = m % 2 == 0
        when = t0 + step * m
        batch.append((
            m, f"wamid.bench.{m:09d}", contact, contact, "out" if outbound else "in", "text", "text",
            sentence(rng), ts(when), "read" if outbound else "received", ts(when),
            ts(when) if outbound else None, ts(when) if outbound else None,
            "service" if outbound else None, "free_customer_service" if outbound else None,
            0 if outbound else None, "PMP" if outbound else None, ts(when),
        ))
        if len(batch) == 20_000 or m == messages:
            with con:
                con.executemany(
                    "INSERT INTO messages(id, wamid, conversation_id, contact_id, direction, type, meta_type, text, "
                    "timestamp, status, status_at, sent_at, delivered_at, pricing_category, pricing_type, "
                    "pricing_billable, pricing_model, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    batch)
            batch.clear()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA optimize")
    con.close()
    print(f"  messages: {messages:,} in {time.perf_counter() - started:.1f} s", flush=True)
    return profile


MARKER = "bench-profile.json"


def ensure_profile(root: Path, contacts: int = 100_000, messages: int = 1_000_000, seed: int = 6) -> Profile:
    """The benchmark profile at ``root``: reused when ``root`` already holds one of this size, else built.

    Raises ``FileExistsError`` for a non-empty folder that is not such a profile (never overwrites it).
    """
    root = Path(root)
    marker = root / MARKER
    wanted = {"contacts": contacts, "messages": messages, "seed": seed}
    if marker.is_file():
        have = json.loads(marker.read_text(encoding="utf-8"))
        if {k: have.get(k) for k in wanted} == wanted:
            print(f"Reusing the profile in {root} ({contacts:,} contacts, {messages:,} messages)", flush=True)
            return Profile(root)
        raise FileExistsError(f"{root} holds a benchmark profile of another size ({have}); remove it or pick another")
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty and holds no finished benchmark profile; remove it or pick another")
    print(f"Building a profile with {contacts:,} contacts and {messages:,} messages in {root}", flush=True)
    profile = build_profile(root, contacts, messages, seed)
    marker.write_text(json.dumps({**wanted, "built_at": datetime.now(UTC).isoformat()}), encoding="utf-8")
    return profile


def copy_profile(profile: Profile, target: Path) -> Profile:
    """A copy of the profile's database (after a WAL checkpoint) in a new profile folder ``target``, on disk.

    The copy is flushed before it is returned: a fresh copy of a big profile is hundreds of MB in the OS's write
    cache, and the first checkpoint of a run measured on it (``synchronous=FULL`` syncs the database file) would
    wait for all of it. A copy that anything opened and closed before its run (a checkpoint at the close) was
    flushed there instead, so two runs compared on two copies would not start equal."""
    con = sqlite3.connect(profile.database)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    copy = Profile(target).ensure()
    shutil.copyfile(profile.database, copy.database)
    with open(copy.database, "rb+") as written:
        os.fsync(written.fileno())
    return copy


# -- 1. import rate -------------------------------------------------------------------------------------------

US_AREAS = (212, 305, 415, 617, 650, 702, 713, 808)


def write_import_csv(path: Path, rows: int, seed: int = 7, shape: str = "plain") -> list[str]:
    """A shop's CSV: names, numbers in the formats people type, tags, some notes. Returns the raw numbers.

    ``shape``: "plain", German mobile numbers (read from their digits, ``people.phones.plain_e164``); "full", US
    numbers (a calling code shared by several regions: every one takes ``phonenumbers``' full parse)."""
    rng = random.Random(seed)
    numbers = []
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Name", "Telefon", "Tags", "Notiz"])
        for i in range(rows):
            e164 = mobile(5_000_000 + i)
            national = "0" + e164[3:]
            raw = rng.choice([e164, f"{national[:4]} {national[4:]}", f"+49 {e164[3:6]} {e164[6:]}",
                              f"0049{e164[3:]}", f"{national[:4]}/{national[4:8]}-{national[8:]}"])
            if shape == "full":
                area, exchange = US_AREAS[i % len(US_AREAS)], 200 + (i // len(US_AREAS) // 10_000) % 700
                raw = rng.choice([f"+1 {area} {exchange} {i // len(US_AREAS) % 10_000:04d}",
                                  f"+1 ({area}) {exchange}-{i // len(US_AREAS) % 10_000:04d}"])
            numbers.append(raw)
            writer.writerow([f"{rng.choice(FIRST)} {rng.choice(LAST)}", raw, rng.choice(TAGS),
                             sentence(rng) if rng.random() < 0.2 else ""])
    return numbers


def _old_parse(old: bool) -> None:
    """The bench-only switch to the old number parsing (``phonenumbers.parse`` for every number), for this
    process and the import's worker processes (spawned: they read the environment)."""
    from klaros_desktop.services.people import phones

    os.environ["KLAROS_BENCH_PLAIN_PARSE"] = "1" if old else "0"
    phones._FAST_PARSE = not old


def bench_import(workdir: Path, rows: int, repeats: int = 3, *, compare_old: bool = False) -> dict:
    """The bare parse loop and the import, alternately ``repeats`` times; the best run of each counts, so a
    burst of load from other processes on a shared machine does not decide the ratio. ``compare_old``: each
    round also imports with the old number parsing, so old and new share the machine's load."""
    from klaros_desktop.services.dataio.contacts_import import ContactsImporter

    source = workdir / "import-100k.csv"
    numbers = write_import_csv(source, rows)
    parse_runs, import_runs, old_runs, cpu, old_cpu = [], [], [], [], []

    def one_import(name: str) -> tuple[float, tuple]:
        profile = Profile(workdir / name).ensure()
        engine, sessions = open_database(profile)
        try:
            before = os.times()
            started = time.perf_counter()
            report = ContactsImporter(sessions).import_file(source, region="DE")
            took = time.perf_counter() - started
            after = os.times()
        finally:
            engine.dispose()
        shutil.rmtree(profile.root, ignore_errors=True)
        assert report.imported == rows and not report.skipped, report.summary()
        return took, (after.user + after.system - before.user - before.system,
                      after.children_user + after.children_system - before.children_user - before.children_system)

    for attempt in range(repeats):
        started, parse_cpu = time.perf_counter(), time.process_time()
        for raw in numbers:
            phonenumbers.parse(raw, "DE")
        parse_runs.append(time.perf_counter() - started)
        parse_cpu = time.process_time() - parse_cpu
        _old_parse(False)
        took, used = one_import(f"import-profile-{attempt}")
        import_runs.append(took)
        cpu.append((parse_cpu, *used))
        if compare_old:
            _old_parse(True)
            try:
                took, used = one_import(f"import-profile-old-{attempt}")
                old_runs.append(took)
                old_cpu.append((parse_cpu, *used))
            finally:
                _old_parse(False)
    parse_rate, import_rate = rows / min(parse_runs), rows / min(import_runs)
    best = min(range(repeats), key=import_runs.__getitem__)
    result = {"rows": rows, "parse_rate": parse_rate, "import_rate": import_rate, "ratio": import_rate / parse_rate,
              "runs": [f"{p / i:.0%}" for p, i in zip(parse_runs, import_runs, strict=True)], "cpu": cpu[best]}
    if old_runs:
        result["old_ratio"] = rows / min(old_runs) / parse_rate
        result["old_runs"] = [f"{p / i:.0%}" for p, i in zip(parse_runs, old_runs, strict=True)]
        result["old_cpu"] = old_cpu[min(range(repeats), key=old_runs.__getitem__)]
    return result


# -- 2. search ------------------------------------------------------------------------------------------------

def search_queries(rng: random.Random, contacts: int) -> list[str]:
    queries = []
    for _ in range(60):
        queries.append(rng.choice(FIRST))
        queries.append(rng.choice(LAST)[:4])
        queries.append(rng.choice(WORDS))
        queries.append(f"{rng.choice(WORDS)} {rng.choice(WORDS)}")
        queries.append(rng.choice(TAGS))
        queries.append(mobile(rng.randint(1, contacts))[3:10])
    return queries


def bench_search(profile: Profile, contacts: int, limit: int = 50) -> dict:
    """Each query through the search service and, right after it, the same FTS5 SQL in raw ``sqlite3``, so a
    burst of load from other processes hits both sides alike."""
    from sqlalchemy import text

    from klaros_desktop.services.reads import search as search_service

    rng = random.Random(11)
    queries = search_queries(rng, contacts)
    engine, sessions = open_database(profile)
    con = sqlite3.connect(profile.database)
    contact_sql = ("SELECT c.id, c.display_name, c.profile_name, c.phone_e164 FROM contacts_fts f "
                   "JOIN contacts c ON c.id = f.rowid WHERE contacts_fts MATCH ? ORDER BY f.rank LIMIT ?")
    message_sql = ("SELECT m.id, m.contact_id, snippet(messages_fts, 0, '[', ']', '…', 12), m.timestamp, "
                   "m.direction FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                   "WHERE messages_fts MATCH ? ORDER BY messages_fts.rowid DESC LIMIT ?")

    # exactly the FTS5 expressions the service sends, built before the clock runs: raw is SQL only
    matches = {q: (search_service._phone_query(q, "DE") or search_service.fts_query(q), search_service.fts_query(q))
               for q in queries}

    def raw(q: str) -> None:
        contact_match, message_match = matches[q]
        if contact_match:
            con.execute(contact_sql, (contact_match, limit)).fetchall()
        if message_match:
            con.execute(message_sql, (message_match, limit)).fetchall()

    service_ms: list[float] = []
    raw_ms: list[float] = []
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
            for q in queries[:20]:  # warm the page cache the same way for both
                search_service.search(session, q, limit=limit, region="DE")
                raw(q)
            for q in queries:
                started = time.perf_counter()
                search_service.search(session, q, limit=limit, region="DE")
                service_ms.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                raw(q)
                raw_ms.append((time.perf_counter() - started) * 1000)
    finally:
        con.close()
        engine.dispose()

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=100)[94]

    return {"queries": len(queries), "service_p95": p95(service_ms), "raw_p95": p95(raw_ms),
            "service_median": statistics.median(service_ms), "raw_median": statistics.median(raw_ms)}


# -- 3. sync apply --------------------------------------------------------------------------------------------

RECENT_OUTBOUND = 10_000


SHAPES = {"per-event": "a fresh ephemeral key per event (KLAROS_RELAY_EPHEMERAL_PER_EVENT=1, and the relay before "
                        "it kept wrappers for webhooks arriving apart: each was a batch of one)",
          "kept": "the relay's default: one ephemeral key per device for up to 60 s / 10,000 keys, across batches, "
                  "at the mix's own arrival times (its webhooks' timestamps)"}


def seal_events(bodies: list[dict], tenant_id: str, device_id: str, public: bytes, prefix: str = "relay-bench", *,
                shape: str = "per-event"):
    """Webhook bodies as the relay hands them over: sealed for the device, with cursors 1, 2, ... ``shape``
    (``SHAPES``): how the relay drew the ephemeral keys; ``kept`` runs the relay's own ``KeptWrappers`` on a
    clock that reads each webhook's timestamp as its arrival."""
    from klaros_desktop.relay_client.client import PulledEvent
    from relay.crypto import KeptWrappers, seal_body, sealed_json, wrap_for_device

    arrived = [0.0]
    kept = KeptWrappers(clock=lambda: arrived[0]) if shape == "kept" else None
    events = []
    for n, body in enumerate(bodies):
        sealed = seal_body(json.dumps(body).encode("utf-8"), tenant_id)
        if kept is None:
            wrapped = wrap_for_device(sealed.data_key, device_id, public)
        else:
            arrived[0] = arrival(body)
            wrapped = kept.wrap(sealed.data_key, device_id, public)
        envelope = sealed_json(sealed.nonce, sealed.ciphertext, [wrapped])
        events.append(PulledEvent(cursor=f"{n + 1:012d}", received_at=None, correlation_id=f"{prefix}-{n}",
                                  sealed=envelope))
    return events


def arrival(body: dict) -> float:
    """When a bench webhook reached the relay: the timestamp of its first message or status."""
    value = body["entry"][0]["changes"][0]["value"]
    return float((value.get("messages") or value.get("statuses"))[0]["timestamp"])


def reseal(events, key, shape: str, tenant_id: str = "tenant-bench", device_id: str = "device-bench"):
    """The same events sealed again in ``shape`` (for event sources that seal per event, e.g. bench/analytics.py's
    fresh traffic): opened with the device's key, sealed anew, cursors and correlation ids kept."""
    from dataclasses import replace

    from klaros_desktop.relay_client import open_sealed

    bodies = [json.loads(open_sealed(e.sealed, tenant_id=tenant_id, device_id=device_id, key=key)) for e in events]
    again = seal_events(bodies, tenant_id, device_id, key.public_raw, shape=shape)
    return [replace(e, sealed=fresh.sealed) for e, fresh in zip(events, again, strict=True)]


def webhook(value: dict) -> dict:
    """A ``messages`` change ``value`` in Meta's webhook envelope."""
    value = {"messaging_product": "whatsapp",
             "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID}, **value}
    return {"object": "whatsapp_business_account",
            "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}]}


def sync_events(contacts: int, messages: int, count: int, tenant_id: str, device_id: str, public: bytes,
                profile_names: dict[int, str] | None = None, shape: str = "per-event"):
    """``count`` sealed relay events, shuffled: half new inbound texts from random contacts (with the profile
    name Meta already gave them), half delivered/read statuses for the shop's newest outbound messages
    (Meta reports them within minutes to days of the send, not for messages a year old)."""
    rng = random.Random(13)
    base = int(datetime(2026, 11, 2, tzinfo=UTC).timestamp())
    newest_outbound = messages - messages % 2  # outbound messages have even ids in build_profile
    recent = max(1, min(RECENT_OUTBOUND, newest_outbound // 2))
    bodies = []
    for n in range(count):
        contact = rng.randint(1, contacts)
        wa = mobile(contact)[1:]
        if n % 2 == 0:
            name = (profile_names or {}).get(contact) or "Kundin"
            bodies.append(webhook({"contacts": [{"profile": {"name": name}, "wa_id": wa}],
                                   "messages": [{"from": wa, "id": f"wamid.sync.{n:07d}", "timestamp": str(base + n),
                                                 "type": "text", "text": {"body": sentence(rng)}}]}))
        else:
            outbound = max(2, newest_outbound - 2 * rng.randrange(recent))
            bodies.append(webhook({"statuses": [{
                "id": f"wamid.bench.{outbound:09d}", "status": rng.choice(["delivered", "read"]),
                "timestamp": str(base + n), "recipient_id": wa,
                "pricing": {"billable": False, "pricing_model": "PMP", "type": "free_customer_service",
                            "category": "service"}}]}))
    return seal_events(bodies, tenant_id, device_id, public, shape=shape)


class PagedRelay:
    """The relay's device API in memory: pages of ``page`` events after a cursor, acks recorded; each request
    takes ``round_trip`` seconds (0: none), as a relay across the internet does."""

    def __init__(self, events, page: int, round_trip: float = 0.0):
        self.events = events
        self.page = page
        self.round_trip = round_trip
        self.acked: str | None = None

    async def pull(self, after, *, limit: int = 500, wait: float = 0):
        import asyncio

        from klaros_desktop.relay_client.client import RelayPage

        if self.round_trip:
            await asyncio.sleep(self.round_trip)
        start = 0 if after is None else int(after)
        chunk = self.events[start:start + min(limit, self.page)]
        return RelayPage(events=chunk, next_cursor=chunk[-1].cursor if chunk else after)

    async def ack(self, up_to: str) -> None:
        import asyncio

        if self.round_trip:
            await asyncio.sleep(self.round_trip)
        self.acked = up_to


def bench_sync(profile: Profile, contacts: int, messages: int, count: int, page: int | None = None, *,
               events_for=None, round_trip: float = 0.0, shape: str = "per-event", paged: bool = False) -> dict:
    """Apply ``count`` events in pages of ``page`` through ``SyncService.sync_once`` against an in-memory relay
    (open, apply, commit with the cursor, ack); the clock stops after a final WAL checkpoint, so page writes
    SQLite deferred are counted too. ``events_for(public_key)``: other events than ``sync_events``'s. ``page``:
    events per pull (default: the app's ``PAGE_SIZE``). ``round_trip``: seconds per relay request. ``shape``: how
    the relay drew the ephemeral keys (``SHAPES``). ``paged``: each page in its own transaction, as before pages
    read ahead shared a commit (``SyncService.pages_per_commit = 1``)."""
    import asyncio

    from klaros_desktop.relay_client import DeviceKey
    from klaros_desktop.services.inbound.sync import SyncService

    key = DeviceKey.generate()
    if events_for is None:
        con = sqlite3.connect(profile.database)
        names = dict(con.execute("SELECT id, profile_name FROM contacts"))
        con.close()
        events = sync_events(contacts, messages, count, "tenant-bench", "device-bench", key.public_raw, names, shape)
    else:
        events = events_for(key.public_raw)
        if shape != "per-event":
            events = reseal(events, key, shape)
    from klaros_desktop.services.inbound.sync import PAGE_SIZE

    page = page or PAGE_SIZE
    relay = PagedRelay(events, page, round_trip)

    engine, sessions = open_database(profile)
    try:
        service = SyncService(sessions, relay=relay, device_id="device-bench", tenant_id="tenant-bench", key=key,
                              page_size=page)
        if paged:
            service.pages_per_commit = 1
        started, cpu = time.perf_counter(), time.process_time()
        report = asyncio.run(service.sync_once())
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        engine.dispose()
    assert relay.acked == events[-1].cursor, (relay.acked, events[-1].cursor)
    applied = report.events - report.unreadable - report.failed
    return {"events": len(events), "applied": applied, "rate": len(events) / seconds, "seconds": seconds, "cpu": cpu,
            "cpu_us": cpu / len(events) * 1e6, "epks": len({e.sealed["recipients"][0]["epk"] for e in events})}


MIXES = {"profile": "half new inbound texts from random contacts, half delivered/read statuses for the newest "
                   f"{RECENT_OUTBOUND:,} outbound messages (stored as read)",
         "fresh": "bench/analytics.py's fresh traffic: sent, delivered, read, failed of new outbound messages (a third "
                  "a campaign's template) and customers' answers, in time order"}
SYNC_RUNS = (("new", "per-event"), ("paged", "kept"), ("new", "kept"))


def sync_part(profile: Profile, workdir: Path, args: argparse.Namespace) -> Profile:
    """Part 3: for each mix, the sync on events sealed per event, and on events sealed as the relay now does
    (``SHAPES``), with each page in its own transaction and with pages read ahead sharing one, taking turns (the
    order reversed every other pair), each on a fresh copy of the profile; the best of each counts. Returns the
    last synced copy (for part 4)."""
    from klaros_desktop.services.inbound.sync import PAGE_SIZE

    print(f"\n3. Sync apply of {args.sync_events:,} sealed relay events (pages of {PAGE_SIZE:,}) through "
          "SyncService.sync_once, "
          f"synchronous={db_synchronous()}, relay round trip {args.relay_ms:g} ms; CPU: {cpu_model()}; {load()}")
    print("   paged = new, but each page in its own transaction, as before the pages read ahead shared a commit")
    for shape, what in SHAPES.items():
        print(f"   {shape}: {what}")
    mixes = ("profile", "fresh") if args.sync_mix == "both" else (args.sync_mix,)
    last = None
    for mix in mixes:
        print(f"\n   mix {mix}: {MIXES[mix]}", flush=True)
        chosen = tuple(run for run in SYNC_RUNS if args.sync_runs is None or "/".join(run) in args.sync_runs)
        runs: dict[tuple[str, str], list[dict]] = {run: [] for run in chosen}
        for attempt in range(args.sync_pairs):
            for path, shape in (chosen if attempt % 2 == 0 else chosen[::-1]):
                if last is not None:
                    shutil.rmtree(last.root, ignore_errors=True)
                last = copy_profile(profile, workdir / f"sync-{mix}-{attempt}-{path}-{shape}")
                events_for = None
                if mix == "fresh":
                    from analytics import fresh_traffic

                    events_for = fresh_traffic(last.database, args.contacts, args.sync_events)
                runs[(path, shape)].append(bench_sync(last, args.contacts, args.messages, args.sync_events,
                                                      events_for=events_for, round_trip=args.relay_ms / 1000,
                                                      shape=shape, paged=path == "paged"))
        first = chosen[0]
        first_best = max(runs[first], key=lambda r: r["rate"])
        for (path, shape), results in runs.items():
            best = max(results, key=lambda r: r["rate"])
            cpu_us = min(r["cpu_us"] for r in results)
            listed = ", ".join(f"{r['rate']:,.0f}" for r in results)
            ratio = "" if (path, shape) == first else f" = {best['rate'] / first_best['rate']:.2f}x {'/'.join(first)};"
            verdict = f"{ratio} target >= 10,000/s {'OK' if best['rate'] >= 10_000 else 'MISSED'}"
            print(f"   {path:>6} {shape:>9} ({best['epks']:>6,} epks): best {best['rate']:7,.0f} events/s "
                  f"= {1e6 / best['rate']:4.0f} µs/event wall (runs {listed}), best CPU {cpu_us:5.0f} µs/event"
                  f"{verdict}", flush=True)
    print(f"   (best of {args.sync_pairs} each; {best['applied']:,} of {best['events']:,} applied in the last; "
          f"CPU: {cpu_model()}; {load()})")
    return last


# -- main -----------------------------------------------------------------------------------------------------

def durability_cost(profile: Profile, workdir: Path, args: argparse.Namespace, pairs: int = 2) -> dict:
    """Import and sync apply under ``synchronous=NORMAL`` and ``FULL``, alternately, each on a fresh copy."""
    import klaros_desktop.db as db

    chosen = db.SYNCHRONOUS
    best: dict[str, dict[str, float]] = {"NORMAL": {}, "FULL": {}}
    try:
        for attempt in range(pairs):
            for level in ("NORMAL", "FULL"):
                db.SYNCHRONOUS = level
                imp = bench_import(workdir, args.import_rows, repeats=1)
                copy = copy_profile(profile, workdir / f"durability-{level}-{attempt}")
                synced = bench_sync(copy, args.contacts, args.messages, args.sync_events)
                shutil.rmtree(copy.root, ignore_errors=True)
                runs = best[level]
                runs["import"] = max(runs.get("import", 0.0), imp["import_rate"])
                runs["sync"] = max(runs.get("sync", 0.0), synced["rate"])
    finally:
        db.SYNCHRONOUS = chosen
    return best


def db_synchronous() -> str:
    import klaros_desktop.db as db

    return db.SYNCHRONOUS


def load() -> str:
    if not hasattr(os, "getloadavg"):
        return "load average unavailable"
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


_IMPORT_CHILD = """
import json, os, sys, time
from pathlib import Path
tree, source, root = sys.argv[1:4]
sys.path.insert(0, tree)
from klaros_desktop.db import open_database
from klaros_desktop.paths import Profile
from klaros_desktop.services.dataio.contacts_import import ContactsImporter
warm = Path(root) / "warm-up"  # modules, number metadata and patterns loaded as the bare loop beside has them
sample = Path(root) / "warm-up.csv"
Path(root).mkdir(parents=True, exist_ok=True)
with open(source, encoding="utf-8", newline="") as lines:
    sample.write_text("".join(line for _n, line in zip(range(201), lines)), encoding="utf-8", newline="")
engine, sessions = open_database(Profile(warm).ensure())
ContactsImporter(sessions).import_file(sample, region="DE")
engine.dispose()
engine, sessions = open_database(Profile(Path(root) / "timed").ensure())
before, started, cpu, own = os.times(), time.perf_counter(), time.process_time(), time.thread_time()
report = ContactsImporter(sessions).import_file(Path(source), region="DE")
took, cpu, after = time.perf_counter() - started, time.process_time() - cpu, os.times()
own = time.thread_time() - own
engine.dispose()
print(json.dumps({"seconds": took, "imported": report.imported, "skipped": len(report.skipped), "cpu": cpu, "own": own,
                  "workers": after.children_user + after.children_system - before.children_user
                  - before.children_system}))
"""


def source_tree(rev: str, workdir: Path) -> Path:
    """The repository's files at ``rev`` (``git archive``), unpacked in ``workdir``: the code to compare with."""
    import subprocess
    import tarfile

    target = workdir / f"tree-{rev.replace('/', '_')}"
    archive = workdir / "tree.tar"
    subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), rev], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    archive.unlink()
    return target


def bench_import_against(workdir: Path, rows: int, before: Path, pairs: int = 3) -> dict:
    """The bare parse loop here, and the import in a child process with this tree's code and with ``before``'s,
    taking turns (ABBA: each pair swaps which import runs first); every run on a fresh profile, the best of each
    counts. The child first imports the file's first 200 rows into another profile (the import's modules, the
    number metadata and patterns loaded, as the bare loop has them in this process), then times only
    ``import_file`` of the whole file (wall, and its own and its workers' CPU, and of its own the importing
    thread's: with a core free for each, the wall time of a threaded import tends to the larger of that thread's
    CPU and the rest; on a loaded machine the wall figures say little about it)."""
    import subprocess

    source = workdir / "import-against.csv"
    numbers = write_import_csv(source, rows)
    runs: dict[str, list[dict]] = {"before": [], "now": []}
    bare: list[tuple[float, float]] = []
    for attempt in range(pairs):
        order = ("now", "before") if attempt % 2 == 0 else ("before", "now")
        for label in order:
            started, cpu = time.perf_counter(), time.process_time()
            for raw in numbers:
                phonenumbers.parse(raw, "DE")
            bare.append((time.perf_counter() - started, time.process_time() - cpu))
            root = workdir / f"against-{label}-{attempt}"
            tree = REPO if label == "now" else before
            done = subprocess.run([sys.executable, "-c", _IMPORT_CHILD, str(tree), str(source), str(root)],
                                  capture_output=True, text=True, cwd=workdir)
            if done.returncode:
                raise SystemExit(f"the {label} import failed:\n{done.stderr}")
            shutil.rmtree(root, ignore_errors=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            assert result["imported"] == rows and not result["skipped"], result
            runs[label].append(result)
    best_wall, best_cpu = min(w for w, _c in bare), min(c for _w, c in bare)
    out = {"rows": rows, "bare_wall": best_wall, "bare_cpu": best_cpu}
    for label, results in runs.items():
        best = min(results, key=lambda r: r["seconds"])
        cheapest = min(r["cpu"] + r["workers"] for r in results)
        path = min(max(r["own"], r["cpu"] - r["own"], r["workers"]) for r in results)
        out[label] = {"ratio": best_wall / best["seconds"], "seconds": best["seconds"], "cpu": cheapest,
                      "cpu_ratio": best_cpu / cheapest, "path": path, "path_ratio": best_cpu / path,
                      "runs": [f"{r['seconds']:.2f} s wall, {r['cpu']:.2f}+{r['workers']:.2f} s CPU (importing "
                               f"thread {r['own']:.2f})" for r in results]}
    return out


def _import_against(workdir: Path, rows_list: list[int], rev: str, pairs: int) -> int:
    before = source_tree(rev, workdir)
    for rows in rows_list:
        print(f"1. Import of a {rows:,}-row CSV: this tree against {rev}, each in a child process, taking turns "
              f"({pairs} each; the best counts); bare phonenumbers.parse loop beside them", flush=True)
        imp = bench_import_against(workdir, rows, before, pairs)
        print(f"   bare loop: {imp['bare_wall']:.3f} s wall, {imp['bare_cpu']:.3f} s CPU per {rows:,} numbers")
        for label in ("before", "now"):
            side = imp[label]
            print(f"   {label:>6}: {side['ratio']:.0%} of the bare loop by wall time (target >= 80 % "
                  f"{'OK' if side['ratio'] >= 0.8 else 'MISSED'}), {side['cpu_ratio']:.0%} by CPU time; best "
                  f"{side['seconds']:.3f} s wall, {side['cpu']:.3f} s CPU incl. workers "
                  f"({side['cpu'] / rows * 1e6:.1f} µs a row); busiest thread {side['path']:.3f} s CPU, "
                  f"{side['path_ratio']:.0%} of the bare loop's CPU (the best wall ratio a free core per thread "
                  f"allows); "
                  f"runs: {'; '.join(side['runs'])}")
        print(f"   CPU: {cpu_model()}; {load()}", flush=True)
    return 0


def bench_import_floor(workdir: Path, rows: int, repeats: int = 4) -> dict[str, float]:
    """What the import's CPU time is made of, against what no import of this file can go below: the bare parse loop,
    decoding and ``csv.reader`` alone, the numbers to E.164 alone, the file read into records, the whole import,
    and the SQL it sends (the rows it wrote, written again by the same statements into a fresh profile with the
    search index filled in bulk as the import does, and the commit). Best of ``repeats`` each, taking turns, warm,
    one process, CPU time."""
    import csv as csv_module
    import gc
    import io
    import itertools

    from klaros_desktop.services.dataio.contacts_import import ContactsImporter
    from klaros_desktop.services.dataio.csv_reader import read_csv
    from klaros_desktop.services.dataio.text_decoding import decode_bytes
    from klaros_desktop.services.people.phones import to_e164

    source = workdir / "import-floor.csv"
    numbers = write_import_csv(source, rows)
    data = source.read_bytes()
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(best.get(name, float("inf")), seconds)

    def timed(name: str, work) -> None:
        gc.disable()
        try:
            started = time.process_time()
            work()
            keep(name, time.process_time() - started)
        finally:
            gc.enable()

    for attempt in range(repeats):
        timed("bare", lambda: [phonenumbers.parse(raw, "DE") for raw in numbers])
        timed("csv_reader", lambda: list(csv_module.reader(io.StringIO(data.decode("utf-8"), newline=""),
                                                           delimiter=";")))
        timed("records", lambda: list(read_csv(decode_bytes(data)).records))
        timed("numbers", lambda: [to_e164(raw, "DE") for raw in numbers])
        written = Profile(workdir / f"floor-import-{attempt}").ensure()
        engine, sessions = open_database(written)
        try:
            started = time.process_time()
            ContactsImporter(sessions, workers=0).import_file(source, region="DE")
            keep("import", time.process_time() - started)
        finally:
            engine.dispose()
        con = sqlite3.connect(written.database)
        tables = {
            "tags": con.execute("SELECT id, name FROM tags").fetchall(),
            "contacts": con.execute("SELECT id, display_name, name_key, phone_e164, wa_id, country, notes, "
                                    "custom_fields, created_at, updated_at FROM contacts ORDER BY id").fetchall(),
            "links": con.execute("SELECT contact_id, tag_id FROM contact_tags ORDER BY 1, 2").fetchall(),
            "search": con.execute("SELECT rowid, name, phone, tags, notes FROM contacts_fts ORDER BY rowid").fetchall(),
        }
        con.close()
        again = Profile(workdir / f"floor-sql-{attempt}").ensure()
        engine, _sessions = open_database(again)  # the app's pragmas (synchronous, cache size, foreign keys)
        try:
            with engine.connect() as connection:
                cursor = connection.connection.dbapi_connection.cursor()
                cursor.execute("BEGIN IMMEDIATE")
                for trigger in ("contacts_fts_ai", "contact_tags_fts_ai"):
                    cursor.execute(f"DROP TRIGGER {trigger}")
                cursor.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", tables["tags"])
                marks = [time.process_time()]
                cursor.executemany(
                    "INSERT INTO contacts (id, display_name, name_key, phone_e164, wa_id, country, notes, "
                    "custom_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tables["contacts"])
                marks.append(time.process_time())
                cursor.executemany("INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)",
                                   tables["links"])
                marks.append(time.process_time())
                cursor.executemany("INSERT INTO contacts_fts (rowid, name, phone, tags, notes) VALUES (?, ?, ?, ?, ?)",
                                   tables["search"])
                marks.append(time.process_time())
                cursor.execute("COMMIT")
                marks.append(time.process_time())
        finally:
            engine.dispose()
        for name, (start, end) in zip(("sql_contacts", "sql_links", "sql_search", "sql_commit"),
                                      itertools.pairwise(marks), strict=True):
            keep(name, end - start)
        keep("sql", marks[-1] - marks[0])
        shutil.rmtree(written.root, ignore_errors=True)
        shutil.rmtree(again.root, ignore_errors=True)
    return best


def _import_floor(workdir: Path, rows_list: list[int]) -> int:
    labels = {"bare": "bare phonenumbers.parse loop", "import": "whole import (one process)",
              "csv_reader": "decoding + csv.reader alone", "records": "CSV read into records (reader + Python)",
              "numbers": "numbers to E.164 alone", "sql_contacts": "SQL: contacts insert",
              "sql_links": "SQL: tag links", "sql_search": "SQL: search rows", "sql_commit": "SQL: commit",
              "sql": "SQL: all of it"}
    for rows in rows_list:
        print(f"1. What the import of a {rows:,}-row CSV costs, against its floors (CPU time, best of 4, warm)",
              flush=True)
        best = bench_import_floor(workdir, rows)
        for key, label in labels.items():
            print(f"   {label:42} {best[key]:6.3f} s  {best[key] / rows * 1e6:5.1f} µs a row")
        floor = best["csv_reader"] + best["numbers"] + best["sql"]
        rest = best["import"] - floor
        print(f"   import: {best['bare'] / best['import']:.0%} of the bare loop by CPU time. Reader + numbers + SQL "
              f"alone: {floor / best['bare']:.2f}x the bare loop; 80 % needs the whole import <= 1.25x, which "
              f"leaves {max(0.0, 1.25 * best['bare'] - floor) / rows * 1e6:.1f} µs a row for all the rest; the rest "
              f"(records, merging, name keys, row building, fixed costs) takes {rest / rows * 1e6:.1f} µs a row")
        print(f"   CPU: {cpu_model()}; {load()}", flush=True)
    return 0


IMPORT_WAYS = {  # ContactsImporter options of each way --import-workers runs
    "in one process": {"workers": 0},
    "as shipped": {},
    "workers forced": {"workers": max(1, default_workers()), "pool_threshold": 0, "plain_share": 2},
}


def bench_import_workers(workdir: Path, rows: int, repeats: int = 3, shape: str = "plain") -> dict:
    """The bare parse loop and the import in each of ``IMPORT_WAYS``, in turns (the order rotating each round), in
    this process after a warm-up import; per way the best wall time, and the CPU time of this process and of its
    worker processes in that run (a worker's CPU is counted once it has exited, which the import waits for)."""
    from klaros_desktop.services.dataio.contacts_import import ContactsImporter

    source = workdir / f"import-{rows}-{shape}.csv"
    numbers = write_import_csv(source, rows, shape=shape)
    warm = workdir / "warm-up.csv"
    write_import_csv(warm, 300, seed=8, shape=shape)
    engine, sessions = open_database(Profile(workdir / "warm-up").ensure())
    ContactsImporter(sessions).import_file(warm, region="DE")
    engine.dispose()
    runs: dict[str, list[dict]] = {"bare loop": [], **{way: [] for way in IMPORT_WAYS}}
    ways = list(IMPORT_WAYS)
    for attempt in range(repeats):
        started, cpu = time.perf_counter(), time.process_time()
        for raw in numbers:
            phonenumbers.parse(raw, "DE")
        runs["bare loop"].append({"wall": time.perf_counter() - started, "main": time.process_time() - cpu,
                                  "workers": 0.0, "chunks": 0})
        for way in ways[attempt % len(ways):] + ways[:attempt % len(ways)]:
            profile = Profile(workdir / f"import-{rows}-{attempt}-{ways.index(way)}").ensure()
            engine, sessions = open_database(profile)
            try:
                before, started = os.times(), time.perf_counter()
                report = ContactsImporter(sessions, **IMPORT_WAYS[way]).import_file(source, region="DE")
                took, after = time.perf_counter() - started, os.times()
            finally:
                engine.dispose()
            shutil.rmtree(profile.root, ignore_errors=True)
            assert report.imported == rows and not report.skipped, report.summary()
            runs[way].append({"wall": took, "main": after.user + after.system - before.user - before.system,
                              "workers": after.children_user + after.children_system - before.children_user
                              - before.children_system, "chunks": report.worker_chunks})
    return {way: min(found, key=lambda r: r["wall"]) | {"all": [r["wall"] for r in found]}
            for way, found in runs.items()}


def _import_workers(workdir: Path, rows_list: list[int], shapes: list[str]) -> int:
    print(f"1. Import with and without worker processes ({default_workers()} on this machine; "
          "'workers forced': every file, whatever its numbers), against the bare phonenumbers.parse loop")
    for shape, rows in ((shape, rows) for shape in shapes for rows in rows_list):
        found = bench_import_workers(workdir, rows, shape=shape)
        bare = found["bare loop"]
        print(f"   {rows:,} rows of {shape} numbers; bare loop best "
              f"{bare['wall']:.2f} s wall, {bare['main']:.2f} s CPU "
              f"({bare['main'] / rows * 1e6:.1f} µs a row)")
        for way in IMPORT_WAYS:
            r = found[way]
            each = ", ".join(f"{bare_wall / wall:.0%}" for bare_wall, wall in zip(bare["all"], r["all"], strict=True))
            print(f"   {way:15} {bare['wall'] / r['wall']:4.0%} of the bare loop by wall "
                  f"({r['wall']:.2f} s; runs {each})"
                  f"; CPU {r['main']:.2f} s importing process ({r['main'] / rows * 1e6:.1f} µs a row) + "
                  f"{r['workers']:.2f} s workers; {r['chunks']} chunks from workers; {load()}", flush=True)
    print(f"   CPU: {cpu_model()}; End: {load()}")
    return 0


def _import_only(workdir: Path, rows: int) -> int:
    print(f"1. Import of a {rows:,}-row CSV, new and old number parsing alternately")
    imp = bench_import(workdir, rows, compare_old=True)
    print(f"   bare phonenumbers.parse loop: {imp['parse_rate']:,.0f} rows/s")
    print(f"   import, new: {imp['ratio']:.0%} of the bare loop (runs {', '.join(imp['runs'])}), target >= 80 % "
          f"{'OK' if imp['ratio'] >= 0.8 else 'MISSED'}")
    print(f"   import, old: {imp['old_ratio']:.0%} of the bare loop (runs {', '.join(imp['old_runs'])})")
    for name, (parse_cpu, main_cpu, worker_cpu) in (("new", imp["cpu"]), ("old", imp["old_cpu"])):
        print(f"   CPU time, best {name} import: {main_cpu:.2f} s importing process + {worker_cpu:.2f} s workers "
              f"against {parse_cpu:.2f} s for the parse loop beside it ({parse_cpu / (main_cpu + worker_cpu):.0%})")
    print(f"   {default_workers()} worker process(es) for the numbers; End: {load()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--import-rows", default="100000", help="rows of the import CSV (--import-before: a list)")
    parser.add_argument("--sync-events", type=int, default=10_000)
    parser.add_argument("--sync-pairs", type=int, default=3, help="part 3: rounds of its runs, taken in turns")
    parser.add_argument("--sync-mix", choices=("profile", "fresh", "both"), default="both",
                        help="part 3's events: the profile's mix, bench/analytics.py's fresh traffic, or both")
    parser.add_argument("--sync-runs", type=lambda text: set(text.split(",")), default=None,
                        help="part 3's runs, comma-separated PATH/SHAPE (new/per-event, paged/kept, new/kept; "
                        "default all), e.g. paged/kept,new/kept")
    parser.add_argument("--relay-ms", type=float, default=0.0,
                        help="part 3: each relay request's round trip in ms (0: the relay in memory answers at once)")
    parser.add_argument("--parts", default="12345", help="which parts to run (e.g. 3)")
    parser.add_argument("--profile", "--keep", dest="profile", type=Path, metavar="DIR",
                        help="build the profile in DIR and keep it, or reuse the one built there before "
                        "(--keep is the older name)")
    parser.add_argument("--build-only", action="store_true", help="only build (or reuse) --profile DIR, then exit")
    parser.add_argument("--import-only", action="store_true",
                        help="only the import, against the old number parsing in the same run")
    parser.add_argument("--import-before", metavar="REV",
                        help="only the import: this tree's against git revision REV's, each in a child process, "
                        "taking turns (with --import-rows, comma-separated sizes allowed: 30000,100000)")
    parser.add_argument("--import-pairs", type=int, default=3, help="runs of each side with --import-before")
    parser.add_argument("--import-workers", action="store_true",
                        help="only the import: in one process, as shipped, and with worker processes forced, in turns")
    parser.add_argument("--import-shapes", default="plain",
                        help="--import-workers: the numbers, plain (German mobiles), full (US numbers: the full parse) "
                        "or both comma-separated")
    parser.add_argument("--import-floor", action="store_true",
                        help="only the import: its CPU time against its floors (reader, numbers, SQL alone)")
    args = parser.parse_args(argv)
    import_sizes = [int(n) for n in str(args.import_rows).replace("_", "").split(",")]
    args.import_rows = import_sizes[0]
    if args.build_only and not args.profile:
        parser.error("--build-only needs --profile DIR")

    workdir = Path(tempfile.mkdtemp(prefix="klaros-bench-"))
    try:
        print(f"Start: {load()}; CPU: {cpu_model()}", flush=True)
        if args.import_floor:
            return _import_floor(workdir, import_sizes)
        if args.import_workers:
            return _import_workers(workdir, import_sizes, args.import_shapes.split(","))
        if args.import_before:
            return _import_against(workdir, import_sizes, args.import_before, args.import_pairs)
        if args.import_only:
            return _import_only(workdir, args.import_rows)
        try:
            profile = ensure_profile(args.profile or workdir / "profile", args.contacts, args.messages)
        except FileExistsError as exc:
            parser.error(str(exc))
        size_built = profile.database.stat().st_size
        if args.build_only:
            print(f"Profile ready in {profile.root} ({size_built / 1e6:,.0f} MB); open it with --data-dir.")
            return 0

        if "1" in args.parts:
            print(f"\n1. Import of a {args.import_rows:,}-row CSV")
            imp = bench_import(workdir, args.import_rows)
            print(f"   bare phonenumbers.parse loop: {imp['parse_rate']:,.0f} rows/s")
            print(f"   klaros contacts import:       {imp['import_rate']:,.0f} rows/s "
                  f"= {imp['ratio']:.0%} of the bare loop (target >= 50 %) "
                  f"{'OK' if imp['ratio'] >= 0.5 else 'MISSED'}", flush=True)
            print(f"   (best of 3 alternating runs each; per-run ratios {', '.join(imp['runs'])}; "
                  f"{default_workers()} worker process(es) for the numbers)")
            parse_cpu, main_cpu, worker_cpu = imp["cpu"]
            print(f"   CPU time of the best import: {main_cpu:.2f} s importing process + {worker_cpu:.2f} s workers; "
                  f"the parse loop beside it {parse_cpu:.2f} s")

        if "2" in args.parts:
            print(f"\n2. Search ({args.contacts:,} contacts, {args.messages:,} messages)")
            found = bench_search(profile, args.contacts)
            ratio = found["service_p95"] / found["raw_p95"]
            print(f"   {found['queries']} queries (names, name prefixes, words, two words, tags, number digits)")
            print(f"   search service p95: {found['service_p95']:.2f} ms (median {found['service_median']:.2f} ms), "
                  f"target < 30 ms {'OK' if found['service_p95'] < 30 else 'MISSED'}")
            print(f"   raw sqlite3 p95:    {found['raw_p95']:.2f} ms (median {found['raw_median']:.2f} ms); "
                  f"service/raw = {ratio:.2f}x, target <= 2x {'OK' if ratio <= 2 else 'MISSED'}", flush=True)

        if "3" in args.parts:
            synced_profile = sync_part(profile, workdir, args)
            size = sum(p.stat().st_size for p in synced_profile.root.glob("klaros.sqlite3*"))
        if "4" in args.parts and "3" in args.parts:
            print("\n4. Database size")
            print(f"   {size_built / 1e6:,.0f} MB after the build, {size / 1e6:,.0f} MB after the sync "
                  f"({size_built / max(args.messages, 1):,.0f} bytes per message incl. contacts and indexes)")
        if "5" in args.parts:
            print("\n5. Durable commits (synchronous=FULL, what the app uses) against synchronous=NORMAL")
            cost = durability_cost(profile, workdir, args)
            for what, label in (("import", "import rows/s"), ("sync", "sync events/s")):
                normal, full = cost["NORMAL"][what], cost["FULL"][what]
                print(f"   {label:15} NORMAL {normal:,.0f}  FULL {full:,.0f}  = {full / normal:.0%} of NORMAL "
                      f"(best of 2 alternating runs each; CPU: {cpu_model()})")
        print(f"\nEnd: {load()}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.profile:
        print(f"Profile kept at {args.profile} (reused by the next --profile {args.profile}; "
              "open it with --data-dir).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
