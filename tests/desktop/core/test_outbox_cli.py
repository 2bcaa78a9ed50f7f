"""``klaros outbox`` lists what waits in the outbox and what is held (with the reason, in the shop owner's
words); ``klaros outbox send`` sends it now through ``Outbox.flush``, claiming each item in the database so an
item the running app is sending is never taken over. Sends run against the simulator; what the customer received
is read from the simulator's record."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from klaros_desktop import db
from klaros_desktop.models import Contact, OutboxItem, utcnow
from klaros_desktop.paths import Profile
from klaros_desktop.services.core import settings
from klaros_desktop.services.messaging.outbox import HELD, PENDING, SENDING, Outbox
from klaros_desktop.services.people import consent
from klaros_sim.templates import Template

ANNA, BERT = "+4915112345678", "+4915198765432"
TITLED = {"id": "911", "name": "parcel_ready_c", "language": "de", "status": "APPROVED", "category": "UTILITY",
          "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} ist fertig.",
                          "example": {"body_text": [["Anna", "B-1"]]}}]}


@pytest.fixture
def sim(recorded_simulator):
    handle = recorded_simulator(secret="outbox-cli-secret", token="EAAG-outbox-cli-token", seed=13, fast=True)
    handle.simulator.templates[TITLED["id"]] = Template(TITLED["name"], "de", TITLED["category"],
                                                        TITLED["components"], status="APPROVED", id=TITLED["id"])
    return handle


@pytest.fixture
def profile(klaros_cli, tmp_path):
    engine, sessions = db.open_database(Profile(tmp_path / "p"))
    yield sessions
    engine.dispose()


def _dead_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def _graph_url(sessions, url: str) -> None:
    with sessions.begin() as s:
        settings.set_value(s, settings.GRAPH_BASE_URL, url)


def _queue_offline(run, sessions, *numbers: str) -> None:
    _graph_url(sessions, _dead_url())
    for number in numbers:
        code, out = run("send", number, "--template", "parcel_ready_c", "--lang", "de", "--param", "Anna",
                        "--param", "B-1042")
        assert code == 5 and "Queued in the outbox" in out, run.err


def _received(sim, cid) -> list[dict]:
    return [m for m in sim.outbound() if m["correlation_id"] == cid]


def test_a_template_queued_offline_is_sent_once_and_an_opted_out_contacts_is_held(sim, klaros_cli, profile):
    run, sessions = klaros_cli, profile
    _queue_offline(run, sessions, ANNA, BERT)
    anna, bert = Outbox(sessions).items()
    code, out = run("outbox")
    assert code == 0
    assert "Waiting to be sent (2)" in out and ANNA in out and BERT in out and "parcel_ready_c" in out
    with sessions.begin() as s:
        contact = s.scalar(select(Contact).where(Contact.phone_e164 == BERT))
        consent.record(s, contact, kind=consent.OPT_OUT, scope=consent.SCOPE_ALL, source="manual",
                       occurred_at=utcnow())
    _graph_url(sessions, sim.base_url)

    code, out = run("outbox", "send")
    assert code == 3, (out, run.err)  # held by may_send, as `klaros send` exits for a refusal
    assert f"Sent to {ANNA}" in out and "Held" in out and "opted out" in out
    assert len(_received(sim, anna.correlation_id)) == 1 and _received(sim, bert.correlation_id) == []
    [held] = Outbox(sessions).items()
    assert (held.id, held.state, held.reason_code) == (bert.id, HELD, "opted_out")

    code, out = run("outbox", "send")  # nothing due: nothing sent again
    assert code == 0 and len(_received(sim, anna.correlation_id)) == 1
    code, out = run("outbox")
    assert code == 0 and "Held, waiting for you (1)" in out and BERT in out and "opted out" in out
    assert ANNA not in out and "Waiting to be sent" not in out
    code, out = run("outbox", "--json")
    [item] = json.loads(out)
    assert (item["id"], item["state"], item["number"], item["reason_code"], item["template"]) == (
        bert.id, HELD, BERT, "opted_out", "parcel_ready_c")
    assert "opted out" in item["reason"]


def test_an_item_the_app_is_sending_is_left_to_it(sim, klaros_cli, profile):
    """The app claimed Anna's item (``sending``): ``klaros outbox send`` neither sends it nor settles it as left
    mid-send, and Anna's later item waits behind it; Bert's goes. While WhatsApp cannot be reached, exit 5."""
    run, sessions = klaros_cli, profile
    _queue_offline(run, sessions, ANNA, ANNA, BERT)
    first, second, bert = Outbox(sessions).items()
    with sessions.begin() as s:
        s.execute(update(OutboxItem).where(OutboxItem.id == first.id).values(state=SENDING))
    code, out = run("outbox", "send")  # still unreachable
    assert code == 5 and "WhatsApp could not be reached" in out, out
    assert {i.id: i.state for i in Outbox(sessions).items()} == {first.id: SENDING, second.id: PENDING,
                                                                bert.id: PENDING}
    _graph_url(sessions, sim.base_url)
    code, out = run("outbox", "send")
    assert code == 5 and f"Sent to {BERT}" in out and "being sent" in out, out
    assert len(_received(sim, bert.correlation_id)) == 1
    assert _received(sim, first.correlation_id) == [] and _received(sim, second.correlation_id) == []
    assert {i.id: i.state for i in Outbox(sessions).items()} == {first.id: SENDING, second.id: PENDING}
    code, out = run("outbox")
    assert code == 0 and "being sent" in out and "Waiting to be sent (2)" in out
