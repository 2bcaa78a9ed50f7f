"""Fixtures for the contacts import/export, export archive and erasure tests: a migrated profile database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"


@pytest.fixture(autouse=True)
def erasure_log(tmp_path, monkeypatch) -> Path:
    """``erase --all`` records itself outside the profile; here in the test's folder, never the user's."""
    path = tmp_path / "erasure-log" / "profile-erasures.jsonl"
    monkeypatch.setenv("KLAROS_ERASURE_LOG", str(path))
    return path


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def db(profile):
    """(engine, sessionmaker) of a freshly migrated profile database."""
    from klaros_desktop.db import open_database

    engine, sessions = open_database(profile)
    yield engine, sessions
    engine.dispose()


@pytest.fixture
def sessions(db):
    return db[1]


@pytest.fixture
def people(sessions):
    """A function returning {E.164: {name, notes, tags, custom, wa_id, country}} of the profile, for assertions."""
    return lambda: contacts_by_phone(sessions)


def contacts_by_phone(sessions) -> dict:
    from klaros_desktop.models import Contact

    with sessions() as session:
        return {
            c.phone_e164: {
                "name": c.display_name,
                "notes": c.notes,
                "tags": sorted(t.name for t in c.tags),
                "custom": dict(c.custom_fields),
                "wa_id": c.wa_id,
                "country": c.country,
            }
            for c in session.scalars(select(Contact))
        }


# Meta's business-scoped user ids (BSUIDs) of the two customers; Zebulon's parent BSUID too.
ZEB_BSUID = "DE.4418205716093352"
ZEB_PARENT_BSUID = "DE.ENT.9081726354412"
KIM_BSUID = "DE.7730195528461290"


def status_for_a_message_never_stored(key: str, n: int, status: str, **who) -> dict:
    """A status webhook for a message Klaros never stored (sent from the WhatsApp Business app on the shop's
    phone, or by Klaros just before a crash lost Meta's answer): it waits in ``pending_statuses`` with Meta's
    status object as its payload, and only the ids in it say whose message it was."""
    return {"id": f"wamid.elsewhere.{key}.{n}", "status": status, "timestamp": "1795165200", **who}


@pytest.fixture
def shop(profile, sessions):
    """A small shop: Zebulon (to be erased) and Kim (kept), with chats, ticks, billing, consent, media, audit,
    and statuses waiting for messages Klaros never stored, in each shape Meta sends them."""
    from datetime import UTC, datetime, timedelta

    from klaros_desktop.models import (
        ConsentEvent,
        Contact,
        Conversation,
        MediaFile,
        Message,
        MessageTemplate,
        PendingStatus,
        Tag,
    )
    from klaros_desktop.services.core import audit

    t0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    (profile.media / "in").mkdir(parents=True, exist_ok=True)
    (profile.media / "in" / "zeb-photo.jpg").write_bytes(b"\xff\xd8JPEG of Zebulon")
    (profile.media / "in" / "kim-doc.pdf").write_bytes(b"%PDF Kim")
    ids = {}
    with sessions() as session, session.begin():
        vip = Tag(name="VIP")
        for key, name, phone, note, secret_text in (
            ("zeb", "Zebulon Quartermaine", "+4930555111222", "likes xyzzy roses", "my private plugh order"),
            ("kim", "Kim Keeper", "+4930555333444", "pays cash", "where is my parcel"),
        ):
            contact = Contact(display_name=name, phone_e164=phone, wa_id=phone[1:], notes=note,
                              custom_fields={"email": f"{key}@example.com"}, tags=[vip])
            session.add(contact)
            session.flush()
            conv = Conversation(contact_id=contact.id, phone_number_id="1234567890", last_message_at=t0,
                                last_inbound_at=t0)
            session.add(conv)
            session.flush()
            media = MediaFile(meta_media_id=f"media-{key}", mime_type="image/jpeg", direction="in",
                              local_path=f"in/{'zeb-photo.jpg' if key == 'zeb' else 'kim-doc.pdf'}")
            session.add(media)
            session.flush()
            inbound = Message(wamid=f"wamid.in.{key}", conversation_id=conv.id, contact_id=contact.id,
                              direction="in", type="image", text=secret_text, media_id=media.meta_media_id,
                              media_file_id=media.id, timestamp=t0, status="received",
                              raw={"from": phone[1:], "text": secret_text})
            outbound = Message(wamid=f"wamid.out.{key}", conversation_id=conv.id, contact_id=contact.id,
                               direction="out", type="text", text=f"Thanks {name}!",
                               timestamp=t0 + timedelta(minutes=5), status="read", sent_at=t0, delivered_at=t0,
                               read_at=t0 + timedelta(minutes=6), pricing_category="service",
                               pricing_type="free_customer_service", pricing_billable=False, pricing_model="PMP",
                               correlation_id=f"relay-{key}")
            session.add_all([inbound, outbound])
            session.flush()
            session.add(ConsentEvent(contact_id=contact.id, kind="opt_in", scope="all", source="keyword",
                                     evidence_message_id=inbound.id, detail=f"START from {phone}", occurred_at=t0))
            session.add(PendingStatus(wamid=f"wamid.out.{key}", status="played", timestamp=t0,
                                      payload={"recipient_id": phone[1:]}))
            bsuid = ZEB_BSUID if key == "zeb" else KIM_BSUID
            waiting = [status_for_a_message_never_stored(
                key, 1, "delivered", recipient_id=phone[1:], recipient_user_id=bsuid,
                pricing={"billable": False, "pricing_model": "PMP", "type": "free_customer_service",
                         "category": "service"})]
            if key == "zeb":
                waiting += [
                    # a user with a username: the number is withheld, only the BSUIDs name them
                    status_for_a_message_never_stored(key, 2, "read", recipient_user_id=ZEB_BSUID,
                                                      recipient_parent_user_id=ZEB_PARENT_BSUID),
                    # the newer shape: who it went to in a contacts block, with the profile name
                    status_for_a_message_never_stored(key, 3, "sent", contacts=[
                        {"wa_id": phone[1:], "user_id": ZEB_BSUID, "profile": {"name": name}}]),
                ]
            session.add_all(PendingStatus(wamid=p["id"], status=p["status"], timestamp=t0, payload=p)
                            for p in waiting)
            audit.record(session, "message_sent", subject=phone, details={"message_id": outbound.id, "to": phone},
                         correlation_id=f"relay-{key}")
            ids[key] = contact.id
        session.add(MessageTemplate(name="order_ready", language="de", category="UTILITY", status="APPROVED",
                                    components=[{"type": "BODY", "text": "Ihre Bestellung {{1}} ist da"}]))
    (profile.logs / "klaros.log").write_text(
        "2026-11-20 INFO [relay-zeb] sent to +4930555111222\n2026-11-20 INFO [relay-kim] sent to +4930555333444\n"
        f"2026-11-20 INFO status read for a message not stored yet, to {ZEB_BSUID}\n",
        encoding="utf-8",
    )
    return ids


@pytest.fixture
def no_process_context():
    """A ``multiprocessing`` context of a machine that refuses new processes: ``Process.start`` raises as the
    system does when it has none to give; everything else is the spawn context's."""
    import multiprocessing

    spawn = multiprocessing.get_context("spawn")

    class NoStart(spawn.Process):
        def start(self):
            raise OSError(11, "Resource temporarily unavailable")

    class Context:
        Process = NoStart

        def __getattr__(self, name):
            return getattr(spawn, name)

    return Context()
