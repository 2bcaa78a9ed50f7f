"""Applying webhooks: every type stored, duplicates and disorder harmless, statuses forward-only, consent."""

from __future__ import annotations

import itertools
import random

import pytest
from sqlalchemy import func, select

from klaros_desktop.models import (
    ConsentEvent,
    Contact,
    Conversation,
    Message,
    MessageTemplate,
    PendingStatus,
)
from klaros_desktop.services.inbound.apply import MalformedWebhook, WebhookApplier
from klaros_desktop.services.people import consent

WA = "4915112345678"


def _msg(sessions, wamid):
    with sessions() as s:
        return s.scalar(select(Message).where(Message.wamid == wamid))


def _count(sessions, model):
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_every_fixture_message_type_is_stored_none_dropped(apply, sessions, wh):
    samples = wh.fixture("pywa/message.json")
    wamids = set()
    for i, (name, body) in enumerate(samples.items()):
        for msg in body["entry"][0]["changes"][0]["value"]["messages"]:
            msg["id"] = f"wamid.fixture.{i}"  # the samples reuse one id; make each distinct
        wamids.add(f"wamid.fixture.{i}")
        stats = apply(body)
        assert stats.messages == 1, name
    with sessions() as s:
        rows = {m.wamid: m for m in s.scalars(select(Message))}
    assert set(rows) == wamids
    by_meta_type = {m.meta_type: m for m in rows.values()}
    assert by_meta_type["unsupported"].type == "unsupported"
    assert by_meta_type["text"].text
    assert by_meta_type["image"].media_id
    assert by_meta_type["reaction"].reply_to_wamid
    assert all(m.raw for m in rows.values())


def test_unknown_future_type_is_kept_as_unsupported(apply, sessions, wh):
    body = wh.envelope({"contacts": [{"profile": {"name": "X"}, "wa_id": WA}],
                        "messages": [{"from": WA, "id": "wamid.future", "timestamp": "1750000000",
                                      "type": "hologram", "hologram": {"beam": 1}}]})
    apply(body)
    m = _msg(sessions, "wamid.future")
    assert (m.type, m.meta_type, m.raw["hologram"]) == ("unsupported", "hologram", {"beam": 1})


def test_same_message_twice_changes_nothing(apply, sessions, wh):
    body = wh.text_message(WA, "wamid.a", "Hallo", 1750000000, name="Jörg")
    first = apply(body)
    second = apply(body)
    assert (first.messages, second.messages, second.duplicates) == (1, 0, 1)
    assert _count(sessions, Message) == 1
    with sessions() as s:
        conv = s.scalar(select(Conversation))
        contact = s.scalar(select(Contact))
    assert conv.unread_count == 1
    assert (contact.phone_e164, contact.wa_id, contact.profile_name, contact.country) == ("+" + WA, WA, "Jörg", "DE")


def _outbound(sessions, wamid):
    from klaros_desktop.models import utcnow

    with sessions.begin() as s:
        c = s.scalar(select(Contact).where(Contact.wa_id == WA)) or Contact(phone_e164="+" + WA, wa_id=WA)
        s.add(c)
        s.flush()
        conv = s.scalar(select(Conversation).where(Conversation.contact_id == c.id,
                                                   Conversation.phone_number_id == "x"))
        if conv is None:
            conv = Conversation(contact_id=c.id, phone_number_id="x")
            s.add(conv)
            s.flush()
        s.add(Message(wamid=wamid, conversation_id=conv.id, contact_id=c.id, direction="out", type="text",
                      text="Ihre Bestellung", timestamp=utcnow(), status="accepted"))


def test_read_before_delivered_keeps_read_and_both_times(apply, sessions, wh):
    _outbound(sessions, "wamid.out")
    apply(wh.status("wamid.out", "read", 1750000300, WA), wh.status("wamid.out", "delivered", 1750000200, WA),
          wh.status("wamid.out", "sent", 1750000100, WA))
    m = _msg(sessions, "wamid.out")
    assert m.status == "read"
    assert (m.sent_at.timestamp(), m.delivered_at.timestamp(), m.read_at.timestamp()) == (
        1750000100, 1750000200, 1750000300)
    assert (m.pricing_category, m.pricing_type, m.pricing_model, m.pricing_billable) == (
        "service", "free_customer_service", "PMP", False)


def test_statuses_apply_with_and_without_the_recipient_contacts_array(apply, sessions, wh):
    """Meta now names the recipient in ``contacts`` beside sent/delivered/read statuses; older bodies have none."""
    _outbound(sessions, "wamid.c")
    recipient = [{"profile": {"name": "Anna"}, "wa_id": WA, "user_id": "DE.13491208655302741918"}]
    stats = apply(wh.status("wamid.c", "sent", 100, WA, contacts=recipient),
                  wh.status("wamid.c", "delivered", 200, WA),
                  wh.status("wamid.c", "read", 300, WA, contacts=recipient))
    assert (stats.statuses, stats.messages, stats.ignored) == (3, 0, [])
    m = _msg(sessions, "wamid.c")
    assert (m.status, m.sent_at.timestamp(), m.read_at.timestamp()) == ("read", 100, 300)
    assert _count(sessions, Contact) == 1


@pytest.mark.parametrize("code", [131047, 131026])
def test_failed_is_final_with_code_and_reason(apply, sessions, wh, code):
    _outbound(sessions, "wamid.f")
    apply(wh.status("wamid.f", "sent", 100, WA), wh.status("wamid.f", "failed", 200, WA, error_code=code),
          wh.status("wamid.f", "delivered", 300, WA))
    m = _msg(sessions, "wamid.f")
    assert (m.status, m.error_code, m.error_text) == ("failed", code, f"details of {code}")
    with sessions() as s:  # only 131050 is a marketing opt-out
        assert s.scalar(select(func.count()).select_from(ConsentEvent)) == 0


def test_131050_records_marketing_opt_out_with_the_message_as_evidence(apply, sessions, wh):
    _outbound(sessions, "wamid.mkt")
    apply(wh.status("wamid.mkt", "failed", 200, WA, error_code=131050))
    apply(wh.status("wamid.mkt", "failed", 200, WA, error_code=131050))
    m = _msg(sessions, "wamid.mkt")
    with sessions() as s:
        events = list(s.scalars(select(ConsentEvent)))
        state = consent.state(s, s.get(Contact, m.contact_id))
    assert [(e.kind, e.scope, e.source, e.evidence_message_id) for e in events] == [
        ("opt_out", "marketing", "meta_131050", m.id)]
    assert state.opted_out_marketing is not None and state.opted_out_all is None


def test_131050_names_the_opted_out_contact_in_the_changes_report(apply, sessions, wh):
    _outbound(sessions, "wamid.mkt")
    stats = apply(wh.status("wamid.mkt", "failed", 200, WA, error_code=131050))
    assert _msg(sessions, "wamid.mkt").contact_id in stats.changes.contacts
    assert apply(wh.status("wamid.mkt", "failed", 200, WA, error_code=131050)).changes.contacts == set()


class _Heard:
    """A status listener as the campaigns package will register one: it only writes down what it is told."""

    def __init__(self):
        self.heard: list[tuple[int, str]] = []

    def listening(self, session):
        return True

    def status_changed(self, session, message, status):
        self.heard.append((message.id, status))


@pytest.fixture
def heard():
    from klaros_desktop.services.messaging import statuses

    listener = _Heard()
    statuses.add_status_listener(listener)
    yield listener.heard
    statuses.remove_status_listener(listener)


def test_a_registered_listener_hears_each_outbound_status_after_the_merge(apply, sessions, wh, heard):
    from klaros_desktop.services.messaging.statuses import reconcile_pending

    _outbound(sessions, "wamid.out")
    apply(wh.status("wamid.out", "delivered", 200, WA), wh.status("wamid.out", "sent", 100, WA))
    apply(wh.text_message(WA, "wamid.in", "Danke!", 300))  # an inbound message has no status to hear about
    apply(wh.status("wamid.later", "read", 400, WA))  # waits for its message: nothing to hear yet
    out = _msg(sessions, "wamid.out").id
    assert heard == [(out, "delivered"), (out, "delivered")]  # "sent" came late: the message stays delivered
    _outbound(sessions, "wamid.later")
    with sessions.begin() as s:
        later = s.scalar(select(Message).where(Message.wamid == "wamid.later"))
        reconcile_pending(s, later)
    assert heard[2:] == [(later.id, "read")]


def test_a_campaign_recipient_follows_its_message_status(apply, sessions, wh):
    from klaros_desktop.models import Campaign, CampaignRecipient

    _outbound(sessions, "wamid.c1")
    _outbound(sessions, "wamid.c2")
    with sessions.begin() as s:  # one recipient per contact and campaign: two campaigns to the same contact
        for wamid in ("wamid.c1", "wamid.c2"):
            campaign = Campaign(name=wamid, template_name="muttertag", template_language="de")
            s.add(campaign)
            s.flush()
            m = s.scalar(select(Message).where(Message.wamid == wamid))
            s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=m.contact_id, message_id=m.id, state="sending"))
            s.flush()
    apply(wh.status("wamid.c1", "delivered", 200, WA), wh.status("wamid.c2", "failed", 200, WA, error_code=131026))
    with sessions() as s:
        states = {s.get(Message, r.message_id).wamid: (r.state, r.error_code)
                  for r in s.scalars(select(CampaignRecipient))}
    assert states == {"wamid.c1": ("delivered", None), "wamid.c2": ("failed", 131026)}


def test_a_page_of_campaign_statuses_reads_the_recipients_once_and_moves_each_forward(database, sessions, wh):
    """A sync page of statuses for campaign messages: each recipient follows its message as one by one (forward
    only, failed final, a late delivered does not undo read), and the recipients are read with one query for the
    page, not one per status."""
    from sqlalchemy import event

    from klaros_desktop.models import Campaign, CampaignRecipient

    wamids = [f"wamid.c{i}" for i in range(6)]
    for wamid in wamids:
        _outbound(sessions, wamid)
    with sessions.begin() as s:
        campaign = Campaign(name="Muttertag", template_name="muttertag", template_language="de")
        s.add(campaign)
        s.flush()
        for wamid in wamids:
            m = s.scalar(select(Message).where(Message.wamid == wamid))
            s.add(CampaignRecipient(campaign_id=campaign.id, contact_id=None, message_id=m.id, state="sending"))
    page = [wh.status("wamid.c0", "sent", 100, WA), wh.status("wamid.c0", "delivered", 110, WA),
            wh.status("wamid.c1", "read", 120, WA), wh.status("wamid.c1", "delivered", 130, WA),
            wh.status("wamid.c2", "failed", 140, WA, error_code=131026), wh.status("wamid.c2", "read", 150, WA),
            wh.status("wamid.c3", "delivered", 160, WA), wh.status("wamid.c5", "sent", 170, WA)]
    asked = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM campaign_recipients" in statement:
            asked.append(statement)

    engine = database[0]
    event.listen(engine, "before_cursor_execute", count)
    try:
        with sessions.begin() as s:
            WebhookApplier(s).apply_batch([(body, "relay-test") for body in page])
    finally:
        event.remove(engine, "before_cursor_execute", count)
    with sessions() as s:
        states = {s.get(Message, r.message_id).wamid: (r.state, r.error_code)
                  for r in s.scalars(select(CampaignRecipient))}
    assert states == {"wamid.c0": ("delivered", None), "wamid.c1": ("read", None), "wamid.c2": ("failed", 131026),
                      "wamid.c3": ("delivered", None), "wamid.c4": ("sending", None), "wamid.c5": ("sent", None)}
    assert len(asked) <= 2  # whether anyone listens, and the page's recipients


def test_status_for_unknown_message_waits_and_is_reconciled(apply, sessions, wh):
    from klaros_desktop.services.messaging.statuses import reconcile_pending

    apply(wh.status("wamid.later", "delivered", 200, WA), wh.status("wamid.later", "delivered", 200, WA))
    assert _count(sessions, PendingStatus) == 1
    _outbound(sessions, "wamid.later")
    with sessions.begin() as s:
        assert reconcile_pending(s, s.scalar(select(Message).where(Message.wamid == "wamid.later"))) == 1
    assert _count(sessions, PendingStatus) == 0
    assert _msg(sessions, "wamid.later").status == "delivered"


def test_replay_in_every_order_and_twice_gives_the_same_result(sessions, wh, profile):
    """A conversation's webhooks, shuffled and duplicated, always end in the same state."""
    bodies = [
        wh.text_message(WA, "wamid.in1", "Haben Sie Brötchen?", 1000),
        wh.status("wamid.out1", "sent", 1100, WA),
        wh.status("wamid.out1", "delivered", 1200, WA),
        wh.status("wamid.out1", "read", 1300, WA),
        wh.text_message(WA, "wamid.in2", "STOP", 1400),
        wh.text_message(WA, "wamid.in3", "START", 1500),
    ]
    outcomes = set()
    rng = random.Random(6)
    orders = [list(p) for p in itertools.islice(itertools.permutations(bodies), 0, 720, 97)]
    orders += [rng.sample(bodies * 2, len(bodies) * 2) for _ in range(3)]
    for n, order in enumerate(orders):
        from klaros_desktop.models import Base

        with sessions.begin() as s:  # fresh data for each ordering
            for table in reversed(Base.metadata.sorted_tables):
                if table.name != "app_settings":
                    s.execute(table.delete())
        _outbound(sessions, "wamid.out1")
        for body in order:
            with sessions.begin() as s:
                WebhookApplier(s).apply(body)
        with sessions() as s:
            out = s.scalar(select(Message).where(Message.wamid == "wamid.out1"))
            conv = s.scalar(select(Conversation).where(Conversation.phone_number_id == wh.PHONE_NUMBER_ID))
            contact = s.get(Contact, out.contact_id)
            state = consent.state(s, contact)
            outcomes.add((
                out.status, out.read_at.timestamp(), out.delivered_at.timestamp(),
                s.scalar(select(func.count()).select_from(Message)),
                s.scalar(select(func.count()).select_from(ConsentEvent)),
                state.opted_out_all is None, conv.last_inbound_at.timestamp(),
                s.scalar(select(func.count()).select_from(PendingStatus)),
            ))
        assert len(outcomes) == 1, f"ordering {n} differs: {outcomes}"
    assert outcomes == {("read", 1300, 1200, 4, 2, True, 1500, 0)}


@pytest.mark.parametrize("text,expected", [
    ("STOP", "opt_out"), (" stop! ", "opt_out"), ("Arrêt", "opt_out"), ("ARRET", "opt_out"), ("baja", "opt_out"),
    ("Parar", "opt_out"), ("unsubscribe", "opt_out"), ("Stopp", "opt_out"), ("START", "opt_in"),
    ("please don't stop", None), ("Stopover in Berlin?", None), ("", None),
])
def test_stop_keywords_in_the_shops_languages(apply, sessions, wh, text, expected):
    apply(wh.text_message(WA, "wamid.k", text, 1000))
    with sessions() as s:
        kinds = [e.kind for e in s.scalars(select(ConsentEvent))]
    assert kinds == ([expected] if expected else [])


def test_start_after_stop_opts_back_in_with_its_message_as_evidence(apply, sessions, wh):
    from datetime import UTC, datetime

    from klaros_desktop.services.messaging import policy

    apply(wh.text_message(WA, "wamid.stop", "STOP", 1000), wh.text_message(WA, "wamid.start", "Start", 2000))
    now = datetime.fromtimestamp(2100, UTC)
    with sessions() as s:
        contact = s.scalar(select(Contact))
        events = [(e.kind, e.scope, e.source, e.evidence_message_id) for e in
                  s.scalars(select(ConsentEvent).order_by(ConsentEvent.occurred_at))]
        ids = {w: i for w, i in s.execute(select(Message.wamid, Message.id))}
        assert policy.may_send(s, contact, policy.FREE_FORM, now=now).allowed
    assert events == [("opt_out", "all", "keyword", ids["wamid.stop"]),
                      ("opt_in", "all", "keyword", ids["wamid.start"])]
    apply(wh.text_message(WA, "wamid.stop", "STOP", 1000))  # the STOP replayed later changes nothing
    with sessions() as s:
        assert policy.may_send(s, s.scalar(select(Contact)), policy.FREE_FORM, now=now).allowed


def _reply(wh, wamid: str, ts: int, content: dict) -> dict:
    return wh.envelope({"contacts": [{"profile": {"name": "Kunde"}, "wa_id": WA}],
                        "messages": [{"from": WA, "id": wamid, "timestamp": str(ts), **content}]})


@pytest.mark.parametrize("content,expected", [
    ({"type": "button", "button": {"text": "Stop promotions", "payload": "STOP_PROMO"}},
     ("opt_out", "marketing", "button")),
    ({"type": "button", "button": {"text": "Abmelden", "payload": "unsubscribe"}}, ("opt_out", "all", "button")),
    ({"type": "interactive", "interactive": {"type": "button_reply", "button_reply": {"id": "b1", "title": "STOP"}}},
     ("opt_out", "all", "button")),
    ({"type": "button", "button": {"text": "Yes, see you then", "payload": "CONFIRM"}}, None),
])
def test_quick_reply_buttons_record_consent_with_the_reply_as_evidence(apply, sessions, wh, content, expected):
    apply(_reply(wh, "wamid.btn", 1000, content))
    with sessions() as s:
        events = [(e.kind, e.scope, e.source, e.evidence_message_id) for e in s.scalars(select(ConsentEvent))]
        evidence = s.scalar(select(Message.id).where(Message.wamid == "wamid.btn"))
    assert events == ([(*expected, evidence)] if expected else [])


def test_stop_keywords_are_configurable(apply, sessions, wh):
    from klaros_desktop.services.core import settings

    with sessions.begin() as s:
        settings.set_value(s, settings.STOP_KEYWORDS, ["HALT", "AUFHÖREN"])
    apply(wh.text_message(WA, "wamid.k1", "aufhoren", 1000), wh.text_message(WA, "wamid.k2", "STOP", 1001))
    with sessions() as s:
        events = [(e.kind, e.evidence_message_id) for e in s.scalars(select(ConsentEvent))]
        evidence = s.scalar(select(Message.id).where(Message.wamid == "wamid.k1"))
    assert events == [("opt_out", evidence)]


def test_template_status_and_user_preferences(apply, sessions, wh):
    samples = wh.fixture("pywa/template_status_update.json")
    prefs = wh.fixture("pywa/user_marketing_preferences.json")
    apply(samples["approved"], samples["rejected"])
    with sessions() as s:
        templates = {t.name: t for t in s.scalars(select(MessageTemplate))}
    assert templates["order_confirmation"].status == "APPROVED"
    assert templates["order_confirmation"].category == "UTILITY"
    assert templates["abandoned_cart"].status == "REJECTED"
    assert "parameters" in templates["abandoned_cart"].rejected_reason
    import copy

    stop = copy.deepcopy(prefs["resume"])  # the samples have resume and signup; stop differs only in value
    pref = stop["entry"][0]["changes"][0]["value"]["user_preferences"][0]
    pref.update(value="stop", timestamp=pref["timestamp"] - 600, detail="User requested to stop marketing messages")
    apply(stop)
    with sessions() as s:
        contact = s.scalar(select(Contact).where(Contact.wa_id == "16505551234"))
        assert consent.state(s, contact).opted_out_marketing is not None
    apply(prefs["resume"], stop)  # resume is newer, so the replayed stop does not win
    with sessions() as s:
        assert consent.state(s, s.get(Contact, contact.id)).opted_out_marketing is None


def test_malformed_body_is_refused_clearly(sessions):
    with sessions.begin() as s, pytest.raises(MalformedWebhook):
        WebhookApplier(s).apply({"hello": "world"})


def _snapshot(sessions):
    with sessions() as s:
        contacts = sorted((c.phone_e164, c.profile_name, c.bsuid) for c in s.scalars(select(Contact)))
        convs = sorted((c.contact.phone_e164, c.unread_count, c.last_inbound_at)
                       for c in s.scalars(select(Conversation)))
        messages = sorted((m.wamid, m.status, m.text, m.contact_id is not None) for m in s.scalars(select(Message)))
        events = sorted((e.kind, e.scope, e.source) for e in s.scalars(select(ConsentEvent)))
        pending = sorted((p.wamid, p.status) for p in s.scalars(select(PendingStatus)))
    return contacts, convs, messages, events, pending


def test_one_big_batch_equals_one_event_at_a_time(sessions, wh, profile, tmp_path):
    from klaros_desktop import db
    from klaros_desktop.paths import Profile

    bodies = []
    for i in range(60):
        wa = f"49151000000{i % 7:02d}"
        bodies.append(wh.text_message(wa, f"wamid.b{i}", "STOP" if i == 30 else f"Text {i}", 1000 + i,
                                      name=f"Name {i % 7}-{i // 20}"))
        if i % 5 == 0:
            bodies.append(wh.status(f"wamid.unknown{i}", "delivered", 1000 + i, wa))
    bodies += bodies[:10]  # duplicates inside the same batch
    engine, other = db.open_database(Profile(tmp_path / "one-by-one"))
    try:
        for body in bodies:
            with other.begin() as s:
                WebhookApplier(s).apply(body)
        with sessions.begin() as s:
            stats = WebhookApplier(s).apply_batch([(b, "relay-batch") for b in bodies])
        assert (stats.messages, stats.duplicates, stats.pending, stats.consent_events) == (60, 8, 14, 1)
        assert _snapshot(sessions) == _snapshot(other)
        contacts = _snapshot(sessions)[0]
        assert len(contacts) == 7 and all(name.endswith("-2") for _, name, _ in contacts)  # newest profile name
    finally:
        engine.dispose()


def test_business_scoped_user_id_links_a_contact_before_and_after_the_number_is_known(apply, sessions, wh):
    bsuid = "DE.13491208655302741918"
    hidden = wh.envelope({"contacts": [{"profile": {"name": "Mia"}, "user_id": bsuid}],
                          "messages": [{"from_user_id": bsuid, "id": "wamid.u1", "timestamp": "1000", "type": "text",
                                        "text": {"body": "Hallo"}}]})
    apply(hidden)
    with sessions() as s:
        assert s.scalar(select(Contact.profile_name)) == "Mia"
    apply(wh.envelope({"contacts": [{"profile": {"name": "Mia K."}, "wa_id": WA, "user_id": bsuid}],
                       "messages": [{"from": WA, "id": "wamid.u2", "timestamp": "1001", "type": "text",
                                     "text": {"body": "Ich bin's"}}]}))
    with sessions() as s:
        contacts = list(s.scalars(select(Contact)))
        assert [(c.bsuid, c.phone_e164, c.wa_id, c.profile_name) for c in contacts] == [
            (bsuid, "+" + WA, WA, "Mia K.")]
        assert {m.contact_id for m in s.scalars(select(Message))} == {contacts[0].id}


@pytest.mark.parametrize("when", ["2026-03-29 01:59:59+00:00", "2026-03-29 03:00:00.000500+02:00",
                                  "0999-01-02 03:04:05.123456+00:00"])
def test_the_batch_writes_store_times_exactly_as_the_orm_does(sessions, when):
    """The applier's executemany helpers write times as text without the ORM: the same text (UTC, microseconds
    always written, the year in four digits), so the two kinds of rows sort and compare alike in SQL."""
    from datetime import datetime

    from sqlalchemy import text

    from klaros_desktop.services.inbound.bulk import bulk_update, insert_or_ignore

    moment = datetime.fromisoformat(when)
    _outbound(sessions, "wamid.orm")
    with sessions.begin() as s:
        orm = s.scalar(select(Message).where(Message.wamid == "wamid.orm"))
        orm.status_at = moment
        s.flush()
        row = {c: getattr(orm, c) for c in ("conversation_id", "contact_id", "direction", "type", "status")}
        insert_or_ignore(s, Message.__table__, [{**row, "wamid": "wamid.bulk", "timestamp": moment,
                                                 "created_at": moment}])
        bulk_id = s.scalar(select(Message.id).where(Message.wamid == "wamid.bulk"))
        bulk_update(s, Message, [{"id": bulk_id, "status_at": moment, "read_at": None}])
        s.add(Message(**row, wamid="wamid.orm2", timestamp=moment, created_at=moment))
    with sessions() as s:
        stored = dict(s.execute(text("SELECT wamid, timestamp || '|' || created_at FROM messages")).all())
        status_at = dict(s.execute(text("SELECT wamid, status_at FROM messages")).all())
    assert stored["wamid.bulk"] == stored["wamid.orm2"]
    assert status_at["wamid.bulk"] == status_at["wamid.orm"]
    with pytest.raises(ValueError, match="naive"), sessions.begin() as s:
        insert_or_ignore(s, Message.__table__, [{**row, "wamid": "wamid.naive", "timestamp": moment.replace(
            tzinfo=None), "created_at": moment}])
