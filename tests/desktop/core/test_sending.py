"""The send service: refusals audited and never sent, successes stored with the wamid, Graph errors recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from klaros_desktop.models import AuditEvent, ConsentEvent, Contact, Conversation, Message, MessageTemplate, utcnow
from klaros_desktop.services.inbound.apply import WebhookApplier
from klaros_desktop.services.messaging.sending import SendService, render_template_text
from klaros_desktop.services.people import consent

NUMBER = "+4915112345678"


@dataclass
class FakeResult:
    wamid: str
    wa_id: str
    input: str
    message_status: str | None
    correlation_id: str | None


class FakeGraphError(Exception):
    def __init__(self, code, title, details, explanation):
        super().__init__(title)
        self.code, self.title, self.details, self.explanation = code, title, details, explanation


class FakeGraph:
    """Same shape as klaros_desktop.graph.GraphClient for the calls sending makes."""

    def __init__(self):
        self.calls = []
        self.fail_with = None
        self.templates = []

    async def send_text(self, to, body, *, reply_to=None, preview_url=False, correlation_id=None):
        return self._answer(("text", to, body, reply_to, correlation_id))

    async def send_template(self, to, name, language, components=None, *, correlation_id=None):
        return self._answer(("template", to, name, language, components, correlation_id))

    async def list_templates(self, *, status=None):
        return self.templates

    def _answer(self, call):
        self.calls.append(call)
        if self.fail_with:
            raise self.fail_with
        return FakeResult(f"wamid.sent{len(self.calls)}", call[1], call[1], None, call[-1])


@pytest.fixture
def graph():
    return FakeGraph()


@pytest.fixture
def service(sessions, graph):
    return SendService(sessions, graph, phone_number_id="pn", default_region="DE")


def _customer_wrote(sessions, hours_ago):
    with sessions.begin() as s:
        c = s.scalar(select(Contact).where(Contact.phone_e164 == NUMBER)) or Contact(phone_e164=NUMBER)
        s.add(c)
        s.flush()
        last = utcnow() - timedelta(hours=hours_ago)
        s.add(Conversation(contact_id=c.id, phone_number_id="pn", last_inbound_at=last))


def _audit(sessions, action):
    with sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


async def test_free_form_inside_window_is_sent_and_stored(sessions, service, graph):
    _customer_wrote(sessions, 1)
    outcome = await service.send_text("0151 12345678", "Ihre Torte ist fertig",  # national number, region DE
                                      reply_to="wamid.question")
    assert outcome.sent and outcome.wamid == "wamid.sent1"
    assert graph.calls[0][:4] == ("text", "4915112345678", "Ihre Torte ist fertig", "wamid.question")
    assert graph.calls[0][-1] == outcome.correlation_id
    with sessions() as s:
        m = s.scalar(select(Message))
    assert (m.direction, m.status, m.wamid, m.text, m.correlation_id, m.reply_to_wamid) == (
        "out", "accepted", "wamid.sent1", "Ihre Torte ist fertig", outcome.correlation_id, "wamid.question")
    [event] = _audit(sessions, "message_sent")
    assert event.correlation_id == outcome.correlation_id and event.subject == NUMBER
    assert (outcome.changes.conversations, outcome.changes.messages) == ({m.conversation_id}, {m.id})


async def test_refusal_is_audited_and_nothing_is_sent(sessions, service, graph):
    _customer_wrote(sessions, 30)
    outcome = await service.send_text(NUMBER, "Hallo?")
    assert not outcome.sent and outcome.decision.reason_code == "outside_window" and not outcome.changes
    assert graph.calls == []
    with sessions() as s:
        assert s.scalar(select(Message)) is None
    [event] = _audit(sessions, "send_refused")
    assert event.details["reason_code"] == "outside_window" and event.correlation_id == outcome.correlation_id


async def test_template_unknown_locally_is_refreshed_from_meta_then_sent(sessions, service, graph):
    graph.templates = [{"id": "1", "name": "order_ready", "language": "de", "status": "APPROVED",
                        "category": "UTILITY", "components": [{"type": "BODY", "text": "Hallo {{1}}, fertig: {{2}}"}]}]
    outcome = await service.send_template(NUMBER, "order_ready", "de", ["Jörg", "Torte"])
    assert outcome.sent
    assert graph.calls[0][4] == [{"type": "body", "parameters": [{"type": "text", "text": "Jörg"},
                                                                 {"type": "text", "text": "Torte"}]}]
    with sessions() as s:
        m = s.scalar(select(Message))
        template_id = s.scalar(select(MessageTemplate.id))
    assert (m.type, m.text, m.template_category) == ("template", "Hallo Jörg, fertig: Torte", "UTILITY")
    assert (outcome.changes.templates, outcome.changes.messages) == ({template_id}, {m.id})  # the refresh too


async def test_template_not_approved_is_refused(sessions, service, graph):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="sale", language="de", category="MARKETING", status="REJECTED"))
    outcome = await service.send_template(NUMBER, "sale", "de")
    assert outcome.decision.reason_code == "template_not_approved" and graph.calls == []
    assert _audit(sessions, "send_refused")[0].details["template"] == "sale"


async def test_graph_error_marks_the_message_failed_and_131050_opts_out_of_marketing(sessions, service, graph):
    with sessions.begin() as s:
        s.add(MessageTemplate(name="sale", language="de", category="MARKETING", status="APPROVED"))
    graph.fail_with = FakeGraphError(131050, "User stopped marketing", "chose to stop", "They stopped promotions.")
    outcome = await service.send_template(NUMBER, "sale", "de")
    assert not outcome.sent and outcome.error_code == 131050 and outcome.error == "They stopped promotions."
    with sessions() as s:
        m = s.scalar(select(Message))
        assert (m.status, m.error_code, m.error_text) == ("failed", 131050, "chose to stop")
        ev = s.scalar(select(ConsentEvent))
        assert (ev.kind, ev.scope, ev.source, ev.evidence_message_id) == ("opt_out", "marketing", "meta_131050", m.id)
    assert (outcome.changes.messages, outcome.changes.contacts) == ({m.id}, {m.contact_id})  # the bubble, consent
    graph.fail_with = None
    again = await service.send_template(NUMBER, "sale", "de")
    assert again.decision.reason_code == "marketing_opt_out"
    assert len(graph.calls) == 1


async def test_statuses_that_arrived_before_the_send_finished_are_applied(sessions, service, graph, wh):
    _customer_wrote(sessions, 1)
    with sessions.begin() as s:  # the relay was faster than Graph's answer
        WebhookApplier(s).apply(wh.status("wamid.sent1", "delivered", 2_000_000_000, "4915112345678"))
    outcome = await service.send_text(NUMBER, "Hallo")
    with sessions() as s:
        m = s.get(Message, outcome.message_id)
    assert m.status == "delivered" and m.pricing_category == "service"


def _with_callback(body: dict, cid: str) -> dict:
    for entry in body["entry"]:
        for change in entry["changes"]:
            for st in change["value"].get("statuses", []):
                st["biz_opaque_callback_data"] = cid
    return body


async def test_an_unconfirmed_send_waits_for_a_status_naming_its_correlation_id(sessions, service, graph, wh):
    """The answer was lost after the request went out: ``unconfirmed`` with the reason, then Meta's status webhook
    (which echoes the send's correlation id as biz_opaque_callback_data) gives the message its wamid and status."""
    from klaros_desktop.graph.errors import NetworkError, UnconfirmedSend

    _customer_wrote(sessions, 1)
    graph.fail_with = UnconfirmedSend(NetworkError(code=None, title="WhatsApp could not be reached",
                                                   details="Server disconnected"))
    outcome = await service.send_text(NUMBER, "Hallo", correlation_id="ui-lost")
    assert not outcome.sent and "may have reached the customer" in outcome.error
    with sessions() as s:
        m = s.get(Message, outcome.message_id)
        assert (m.status, m.wamid, m.failed_at) == ("unconfirmed", None, None)
    assert [a.correlation_id for a in _audit(sessions, "send_unconfirmed")] == ["ui-lost"]
    with sessions.begin() as s:  # another message's status naming another id changes nothing
        WebhookApplier(s).apply(_with_callback(wh.status("wamid.other", "sent", 2_000_000_000, "4915112345678"),
                                               "ui-someone-else"))
        WebhookApplier(s).apply(_with_callback(wh.status("wamid.lost", "delivered", 2_000_000_001, "4915112345678"),
                                               "ui-lost"))
    with sessions() as s:
        m = s.get(Message, outcome.message_id)
        assert (m.status, m.wamid, m.error_code, m.error_text) == ("delivered", "wamid.lost", None, None)


async def test_a_status_waiting_before_the_send_was_settled_unconfirmed_is_applied_then(sessions, service, graph, wh):
    from klaros_desktop.graph.errors import ServerError, UnconfirmedSend

    _customer_wrote(sessions, 1)
    with sessions.begin() as s:  # the relay was faster than the lost answer
        WebhookApplier(s).apply(_with_callback(wh.status("wamid.early", "sent", 2_000_000_000, "4915112345678"),
                                               "ui-early"))
    graph.fail_with = UnconfirmedSend(ServerError(code=None, title="HTTP 500", http_status=500))
    outcome = await service.send_text(NUMBER, "Hallo", correlation_id="ui-early")
    with sessions() as s:
        m = s.get(Message, outcome.message_id)
        assert (m.status, m.wamid) == ("sent", "wamid.early")


async def test_opted_out_customer_is_refused_with_when_and_how(sessions, service, graph):
    _customer_wrote(sessions, 1)
    with sessions.begin() as s:
        c = s.scalar(select(Contact))
        consent.record(s, c, kind="opt_out", scope="all", source="keyword", occurred_at=utcnow())
    outcome = await service.send_text(NUMBER, "Hallo")
    assert outcome.decision.reason_code == "opted_out" and "START" in outcome.decision.reason


async def test_bad_number_is_a_clear_error(service):
    from klaros_desktop.services.people.phones import InvalidNumber

    with pytest.raises(InvalidNumber, match="not a"):
        await service.send_text("hello", "x")


def test_render_template_text_without_body_falls_back_to_params():
    assert render_template_text(None, ["a", "b"]) == "a | b"
