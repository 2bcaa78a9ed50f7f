"""The statements of the campaign sender's database step, built once.

A fast campaign runs a step every few milliseconds, each with the same dozen statements; building them anew
each time (coercing every clause, computing the cache key to find the compiled form) cost more than running
them. Built once, each keeps its memoized cache key, and only the values change (``bindparam``; lists through
``expanding`` ones)."""

from __future__ import annotations

from sqlalchemy import Text, bindparam, insert, or_, select, type_coerce, update

from klaros_desktop.models import (
    AppSetting,
    CampaignRecipient,
    Contact,
    Conversation,
    Message,
    MessageTemplate,
    PendingStatus,
)
from klaros_desktop.services.campaigns import lifecycle as lc
from klaros_desktop.services.campaigns.audience import name_column

_rt, _mt, _ct, _conv = CampaignRecipient.__table__, Message.__table__, Contact.__table__, Conversation.__table__
_tt = MessageTemplate.__table__

# claiming: the due recipients (``campaign``, ``now``, ``want``), their contacts (``ids``)
DUE = select(
    _rt.c.id, _rt.c.contact_id, _rt.c.phone_e164, _rt.c.params, _rt.c.button_params, _rt.c.attempts,
    _rt.c.reason_code, _rt.c.error_code, _rt.c.message_id, _rt.c.header_params).where(
    _rt.c.campaign_id == bindparam("campaign"), _rt.c.state == lc.QUEUED,
    or_(_rt.c.next_attempt_at.is_(None), _rt.c.next_attempt_at <= bindparam("now"))
).order_by(_rt.c.id).limit(bindparam("want"))
CONTACTS = select(Contact.id, Contact.phone_e164, name_column(), Contact.country).where(
    Contact.id.in_(bindparam("ids", expanding=True)))
# each contact's conversation on the number (``ids``, ``pnid``; one at most: unique) gets the message's time and
# says its id, in one statement; the missing ones are created
CONVERSATIONS_TOUCHED = update(_conv).where(
    _conv.c.contact_id.in_(bindparam("ids", expanding=True)), _conv.c.phone_number_id == bindparam("pnid")
).values(last_message_at=bindparam("now")).returning(_conv.c.contact_id, _conv.c.id)
NEW_CONVERSATIONS = insert(_conv).returning(_conv.c.contact_id, _conv.c.id)
# the campaign's template as stored now (``name``, ``language``; the components as their stored text, parsed only
# when they changed) and one setting's stored value (``key``): read every step, so a change takes effect at once
TEMPLATE = select(*(type_coerce(c, Text) if c.key == "components" else c for c in _tt.c)).where(
    _tt.c.name == bindparam("name"), _tt.c.language == bindparam("language")).limit(1)
SETTING = select(AppSetting.value).where(AppSetting.key == bindparam("key"))
PENDING_MESSAGES = insert(_mt).returning(_mt.c.correlation_id, _mt.c.id)

# settling the plain acceptances: what is read first (``ids``, ``wamids``), then written
RECIPIENT_CLAIMS = select(_rt.c.id, _rt.c.state, _rt.c.correlation_id, _rt.c.message_id).where(
    _rt.c.id.in_(bindparam("ids", expanding=True)))
STATUSES_WAITING = select(PendingStatus.wamid).where(PendingStatus.wamid.in_(bindparam("wamids", expanding=True)))
SENT_MESSAGES = select(Message.id, Message.status, Message.wamid, Message.type, Message.template_name, Contact.id,
                       Contact.phone_e164, Contact.wa_id).join(Contact, Contact.id == Message.contact_id).where(
    Message.id.in_(bindparam("ids", expanding=True)))
CONTACT_WA_ID = update(_ct).where(_ct.c.id == bindparam("b_id")).values(wa_id=bindparam("b_wa_id"))
# the batch writes as one statement each, the rows read from one JSON array (``core.json_rows``): the
# message of each accepted request [id, wamid] (``?2`` the time), the recipient of each [id, correlation id,
# wamid, message id] (``?2`` sent at, ``?3`` the time; its ``message_id`` is already the one given, checked when
# read, and is not set again: that would run ``analytics_cr_au``, which moves the message out of its summary row
# and back), each claimed or refused recipient [id, state, reason, attempts, correlation id, message id] (``?2``
# the time)
MESSAGE_ACCEPTED_JSON = ("UPDATE messages SET wamid = j.value->>1, status = 'accepted', status_at = ?2 "
                         "FROM json_each(?1) AS j WHERE messages.id = j.value->>0")
RECIPIENT_SENT_JSON = (
    f"UPDATE campaign_recipients SET state = '{lc.SENT}', reason_code = NULL, error_code = NULL, "
    "next_attempt_at = NULL, sent_at = ?2, wamid = j.value->>2, updated_at = ?3 "
    "FROM json_each(?1) AS j WHERE campaign_recipients.id = j.value->>0 "
    f"AND campaign_recipients.state = '{lc.SENDING}' AND campaign_recipients.correlation_id = j.value->>1 "
    "AND campaign_recipients.message_id = j.value->>3")
CLAIMED_JSON = (
    "UPDATE campaign_recipients SET state = j.value->>1, reason_code = j.value->>2, attempts = j.value->>3, "
    "correlation_id = j.value->>4, message_id = j.value->>5, updated_at = ?2 "
    f"FROM json_each(?1) AS j WHERE campaign_recipients.id = j.value->>0 AND campaign_recipients.state = '{lc.QUEUED}'")
