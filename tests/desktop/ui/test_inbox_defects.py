"""The defects a shop owner hit within minutes in the inbox, contacts and templates screens; each test failed on
the code before its fix."""

from __future__ import annotations

import asyncio
import importlib.util
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from klaros_desktop.models import MessageTemplate
from klaros_desktop.relay_client import DeviceKey
from klaros_desktop.services.inbound.sync import SyncReport, SyncService
from klaros_desktop.ui import composer as composer_module
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, envelope, text_message = _conf.WAIT_MS, _conf.envelope, _conf.text_message


def _page(qtbot, backend, width=1100, height=700) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    return page


# ---------------------------------------------------------------- templates: approved means fetched
def test_an_approved_template_is_fetched_whole_when_its_status_webhook_arrives(qtbot, backend, graph, sessions):
    """Through the sync service as the app runs it (``Backend.attach_sync``): the page, then the fetch."""
    body = [{"type": "BODY", "text": "Hallo {{1}}, Ihre Tulpen sind da.", "example": {"body_text": [["Anna"]]}}]
    graph.meta_templates["777"] = {"id": "777", "name": "tulips_ready", "language": "de", "status": "APPROVED",
                                   "category": "UTILITY", "components": body, "parameter_format": "POSITIONAL"}
    key = DeviceKey.generate()
    relay = _conf.OnePageRelay(key)
    service = SyncService(sessions, relay, device_id=relay.device_id, tenant_id=relay.tenant_id, key=key)
    backend.attach_sync(service)
    relay.add(envelope({"event": "APPROVED", "message_template_id": 777, "message_template_name": "tulips_ready",
                        "message_template_language": "de", "reason": "NONE",
                        "message_template_category": "UTILITY"}, field="message_template_status_update"))
    heard = []
    backend.data_changed.connect(heard.append)
    asyncio.run(service.sync_once())
    assert graph.fetched == ["777"]
    with sessions() as s:
        template = s.scalar(select(MessageTemplate).where(MessageTemplate.name == "tulips_ready"))
        assert template.status == "APPROVED" and template.components == body
    assert len(heard) == 2 and heard[1].templates == {template.id}  # the screens hear of the fetch too


# ---------------------------------------------------------------- the chat list's search finds message text
def test_search_finds_message_text_with_the_hit_set_apart_and_opens_it(qtbot, backend, customer, apply, now):
    _contact_id, conversation_id = customer
    for i in range(30):  # the hit is far back: opening it must bring its stretch of the thread
        apply(text_message("4915112345678", f"wamid.IN.more{i}", f"Nachricht {i}", now - timedelta(minutes=9 - i / 10)))
    page = _page(qtbot, backend)
    page.search.setText("Tulpen")
    qtbot.waitUntil(lambda: page.message_hits.rowCount() == 1, timeout=WAIT_MS)
    assert page.hits.isVisible() and page.hits_label.text() == "Messages (1)"
    hit = page.message_hits.rows[0]
    from klaros_desktop.ui.delegates import MessageHitDelegate

    assert ("Tulpen", True) in MessageHitDelegate.parts(hit.snippet)  # the matched word is painted apart
    assert ("Haben Sie ", False) in MessageHitDelegate.parts(hit.snippet)
    assert page.conversations.rowCount() == 0  # no chat is named "Tulpen"
    page.hits.clicked.emit(page.message_hits.index(0))
    assert page.current is not None and page.current.id == conversation_id
    marked = [i for i, r in enumerate(page.messages.rows) if r.kind == "message" and r.text == "Haben Sie Tulpen?"]
    assert marked and page.thread.itemDelegate().marked == page.messages.rows[marked[0]].id
    assert page.thread.visualRect(page.messages.index(marked[0])).intersects(page.thread.viewport().rect())
    page.search.clear()
    qtbot.waitUntil(lambda: not page.hits_label.isVisible(), timeout=WAIT_MS)


def test_the_hit_of_a_long_thread_opens_on_its_own_stretch(qtbot, backend, customer, apply, now, monkeypatch):
    from klaros_desktop.services.reads import queries

    monkeypatch.setattr(queries, "PAGE", 10)
    for i in range(40):
        apply(text_message("4915112345678", f"wamid.IN.long{i}", f"Zeile {i}", now - timedelta(minutes=9 - i / 10)))
    page = _page(qtbot, backend)
    page.search.setText("Tulpen")
    qtbot.waitUntil(lambda: page.message_hits.rowCount() == 1, timeout=WAIT_MS)
    page.open_message(page.message_hits.rows[0])
    texts = [r.text for r in page.messages.rows]
    assert texts[0] == "Haben Sie Tulpen?" and page.messages.has_newer and not page.messages.has_older


# ---------------------------------------------------------------- no reordering under the mouse
def test_the_chat_list_does_not_reorder_under_the_pointer(qtbot, backend, apply, now):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    for i, (number, name) in enumerate((("4915100000001", "Anna"), ("4915100000002", "Ben"),
                                        ("4915100000003", "Clara"))):
        apply(text_message(number, f"wamid.order{i}", "Hallo", now - timedelta(minutes=30 - i), name))
    page = _page(qtbot, backend)
    names = lambda: [r.name for r in page.conversations.rows]  # noqa: E731
    assert names() == ["Clara", "Ben", "Anna"]
    viewport = page.list.viewport()
    QApplication.sendEvent(viewport, QEnterEvent(QPointF(20, 20), QPointF(20, 20), QPointF(20, 20)))
    stats = apply(text_message("4915100000001", "wamid.order.new", "Noch eine Frage", now, "Anna"),
                  text_message("4915100000009", "wamid.order.newcomer", "Guten Tag", now - timedelta(seconds=5),
                               "Dora"))
    backend.applied(SyncReport(stats=stats))
    assert names() == ["Clara", "Ben", "Anna"]  # under the pointer the rows stay put...
    assert page.conversations.rows[2].preview == "Noch eine Frage"  # ...but show what arrived
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert names() == ["Anna", "Dora", "Clara", "Ben"]  # the pointer left: each goes where it belongs


# ---------------------------------------------------------------- one notice per STOP
def test_a_stop_with_whatsapps_own_marketing_stop_puts_one_notice_in_the_chat(qtbot, backend, customer, apply, now):
    _contact_id, conversation_id = customer
    when = now - timedelta(minutes=1)
    apply(text_message("4915112345678", "wamid.IN.stop", "STOP", when, "Anna"),
          envelope({"contacts": [{"wa_id": "4915112345678", "profile": {"name": "Anna"}}],
                    "user_preferences": [{"wa_id": "4915112345678", "detail": "User requested to stop marketing",
                                          "category": "marketing_messages", "value": "stop",
                                          "timestamp": int(when.timestamp()) + 2}]}, field="user_preferences"))
    page = _page(qtbot, backend)
    assert page.select_conversation(conversation_id)
    notices = [r for r in page.messages.rows if r.kind == "notice"]
    assert len(notices) == 1 and "Opted out of all messages" in str(notices[0].text)


# ---------------------------------------------------------------- Ctrl+K and New chat
def test_ctrl_k_matches_names_and_numbers_only_and_shows_numbers_formatted(qtbot, window, shop):
    from klaros_desktop.ui.jump_dialog import JumpDialog

    jump = JumpDialog(window.backend, window)
    qtbot.addWidget(jump)
    qtbot.keyClicks(jump.edit, "be")
    shown = [jump.results.item(i).text() for i in range(jump.results.count())]
    assert shown, "someone in the demo shop has 'be' in their name"
    assert all(any(w.lower().startswith("be") for w in line.split("    ")[0].split()) for line in shown), shown
    jump.edit.clear()
    qtbot.keyClicks(jump.edit, "wagner")
    assert jump.results.item(0).text() == "Julia Wagner    +49 1511 2345603"  # as people read it


def test_new_chat_opens_a_contact_who_never_wrote_with_the_templates_offered(qtbot, window, backend, sessions,
                                                                              wait_ops):
    from klaros_desktop.models import Contact, Conversation

    with sessions.begin() as s:
        s.add(Contact(display_name="Zoe Neu", phone_e164="+4915199988877"))
    page = window.inbox

    def choose(dialog):
        qtbot.keyClicks(dialog.edit, "Zoe")
        dialog.choose()
        return True

    page.run_dialog = choose
    qtbot.mouseClick(page.new_chat_button, Qt.MouseButton.LeftButton)
    assert page.current is not None and page.current.name == "Zoe Neu"
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    with sessions() as s:
        assert s.query(Conversation).join(Contact).filter(Contact.display_name == "Zoe Neu").count() == 1


# ---------------------------------------------------------------- outbox, quitting, failed bubbles
def test_the_status_bar_says_what_not_sent_means_and_quitting_with_waiting_messages_asks(qtbot, window, backend):
    backend.outbox_counts = (0, 1)
    text = backend.status_text()
    assert text.startswith("Connected") and "1 message not sent: the chat marked “Not sent” says why" in text
    backend.outbox_counts = (2, 0)
    assert backend.status_text().endswith("2 messages waiting to be sent")
    asked = []
    window.confirm_quit = lambda n: asked.append(n) or False
    window.close()
    assert asked == [2] and window.isVisible()  # "Keep Klaros open"
    window.confirm_quit = lambda n: asked.append(n) or True
    window.close()
    assert asked == [2, 2] and not window.isVisible()


def test_a_131047_failure_is_readable_and_offers_a_template_instead(qapp, qtbot, backend, customer, sessions, now,
                                                                   approved_template):
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    from klaros_desktop.models import Message
    from klaros_desktop.ui import theme

    contact_id, conversation_id = customer
    with sessions.begin() as s:
        s.add(Message(wamid="wamid.OUT.late", conversation_id=conversation_id, contact_id=contact_id, direction="out",
                      type="text", text="Sind noch da!", timestamp=now - timedelta(minutes=1), status="failed",
                      error_code=131047, error_title="Re-engagement message"))
    page = _page(qtbot, backend)
    assert page.select_conversation(conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    row = next(i for i, r in enumerate(page.messages.rows) if r.wamid == "wamid.OUT.late")
    actions = [a.text() for a in page.thread.row_actions(page.messages.index(row), page)]
    assert actions[0] == "Send as template instead"
    for mode in (theme.LIGHT, theme.DARK):  # the bubble is painted in the warning colours, its text readable
        theme.apply(qapp, mode)
        page.thread.itemDelegate().clear_cache()
        rect = page.thread.visualRect(page.messages.index(row))
        image = QImage(rect.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor(theme.colours().thread_bg))
        painter = QPainter(image)
        option = QStyleOptionViewItem()
        option.rect = image.rect()
        option.font = page.thread.font()
        page.thread.itemDelegate().paint(painter, option, page.messages.index(row))
        painter.end()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
                   for y in range(0, image.height(), 3)}
        assert theme.colours().danger_bg in colours and theme.colours().bubble_out not in colours
    theme.apply(qapp, theme.LIGHT)
    page.thread.clicked.emit(page.messages.index(row))
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    assert "WhatsApp refused the free message" in page.composer.window_note.text()
    assert [c.name for c in page.composer.state.templates] == ["order_ready"]


# ---------------------------------------------------------------- the template composer
def test_the_template_composer_proposes_the_contacts_language_labels_values_and_stays_compact(
        qtbot, backend, apply, now, sessions):
    from klaros_desktop.models import Contact, Conversation
    from klaros_desktop.services.messaging import templates

    with sessions.begin() as s:
        templates.store(s, [
            {"id": "1", "name": "a_welcome", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Welcome {{1}}!"}]},
            {"id": "2", "name": "order_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihre Bestellung {{2}} ist da.",
                             "example": {"body_text": [["Anna", "4711"]]}}]},
            {"id": "3", "name": "visit_reminder", "language": "de", "status": "APPROVED", "category": "UTILITY",
             "parameter_format": "NAMED",
             "components": [{"type": "BODY", "text": "Liebe {{first_name}}, bis {{day}}!",
                             "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Eva"},
                                                                    {"param_name": "day", "example": "Montag"}]}}]},
        ])
    apply(text_message("4915112345679", "wamid.IN.9", "Danke!", now - timedelta(hours=30), "Jonas Weber"))
    with sessions() as s:
        conversation_id = s.scalar(select(Conversation.id))
        assert s.scalar(select(Contact.country)) in (None, "DE")
    page = _page(qtbot, backend)
    assert page.select_conversation(conversation_id)
    composer = page.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    assert composer.template_box.currentIndex() == 0 and composer.template_box.currentText() == "Choose a template…"
    assert [c.name for c in composer.state.templates] == ["order_ready", "visit_reminder", "a_welcome"]  # German first
    assert "Templates in German come first" in composer.preview_text()
    assert not composer.template_send.isEnabled()

    composer.template_box.setCurrentIndex(1)
    labels = [composer.fields_host.layout().itemAtPosition(0, c).widget().text() for c in (0, 2)]
    assert labels == ["Hallo …", "Ihre Bestellung …"]  # what each value is, in the template's words, not "Value 1"
    assert composer.variable_edits[0].text() == "Jonas"
    assert composer.preview_text() == "Hallo Jonas, Ihre Bestellung [4711] ist da."  # no {{2}}
    assert "{{" not in composer.preview_text()
    assert composer.height() <= 0.3 * page.height()

    composer.template_box.setCurrentIndex(2)
    assert [e.text() for e in composer.variable_edits] == ["Jonas", ""]
    assert composer.preview_text() == "Liebe Jonas, bis [Montag]!"
    composer.variable_edits[1].setText("Freitag")
    assert composer.template_values() == {"first_name": "Jonas", "day": "Freitag"}


def test_the_templates_screen_preview_shows_example_values_not_braces(qtbot, window):
    page = window.templates
    window.show_page(2)
    for row, template in enumerate(page.model.rows):
        page.table.selectRow(row)
        assert "{{" not in page.preview.text(), template.name


# ---------------------------------------------------------------- 900×600, navigation, a chat's menu
def test_at_900_by_600_the_chat_list_fits_and_the_navigation_counts_unread_chats(qtbot, window, sessions, shop):
    from klaros_desktop.models import Conversation
    from klaros_desktop.ui.navigation import BadgeRole

    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() == 900, timeout=WAIT_MS)
    page = window.inbox
    assert not page.list.horizontalScrollBar().isVisible()
    viewport = page.list.viewport().width()
    for i in range(min(5, page.conversations.rowCount())):  # every row, badge included, inside the list
        assert page.list.visualRect(page.conversations.index(i)).right() <= viewport
    assert page.stack.width() >= 340
    with sessions() as s:
        unread = s.query(Conversation).filter(Conversation.unread_count > 0, Conversation.archived.is_(False)).count()
    assert unread > 0
    qtbot.waitUntil(lambda: window.nav.item(0).data(BadgeRole) == unread, timeout=WAIT_MS)
    assert window.windowTitle().startswith(f"({unread}) ")
    row = next(r for r in page.conversations.rows if r.unread)
    page.select_conversation(row.id)  # reading it lowers the count
    qtbot.waitUntil(lambda: window.nav.item(0).data(BadgeRole) == unread - 1, timeout=WAIT_MS)


def test_right_clicking_a_chat_offers_mark_unread_archive_and_details(qtbot, window, wait_ops):
    page = window.inbox
    row = next(r for r in page.conversations.rows if not r.unread)
    page.select_conversation(row.id)
    labels = lambda r: {a.text(): a for a in page.chat_actions(r, page)}  # noqa: E731
    actions = labels(row)
    assert list(actions)[:5] == ["Open chat", "Mark as unread", "Pin chat", "Mute notifications", "Archive chat"]
    actions["Mark as unread"].trigger()
    wait_ops()
    assert page.current is None  # left for later
    qtbot.waitUntil(lambda: page.conversations.rows[page.conversations.row_of(row.id)].unread == 1, timeout=WAIT_MS)
    labels(page.conversations.rows[page.conversations.row_of(row.id)])["Archive chat"].trigger()
    wait_ops()
    qtbot.waitUntil(lambda: page.conversations.row_of(row.id) is None, timeout=WAIT_MS)
    page.filter_box.setCurrentIndex(page.filter_box.findData("archived"))
    archived = page.conversations.rows[page.conversations.row_of(row.id)]
    labels(archived)["Take out of the archive"].trigger()
    wait_ops()
    qtbot.waitUntil(lambda: page.conversations.row_of(row.id) is None, timeout=WAIT_MS)
    labels(archived)["Contact details…"].trigger()
    assert window.pages.currentIndex() == 1


# ---------------------------------------------------------------- contacts: consent, order, opt-in, import
def test_contacts_are_ordered_by_name_as_a_reader_expects_and_consent_always_says_something(qtbot, window,
                                                                                            sessions):
    from PySide6.QtCore import QCollator, QLocale

    from klaros_desktop.models import Contact

    with sessions.begin() as s:
        for name in ("Ümit Yıldız", "Émile Zola", "Zoe Zander", "ängel Test", "Ørsted Ole"):
            s.add(Contact(display_name=name))
    page = window.contacts
    window.show_page(1)
    page.apply_filter()
    names = [r.name for r in page.model.rows]
    collator = QCollator(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    from functools import cmp_to_key

    assert names == sorted(names, key=cmp_to_key(collator.compare))
    assert names.index("Ümit Yıldız") < names.index("Zoe Zander")
    consent = {r.name: page.model.index(i, 3).data() for i, r in enumerate(page.model.rows)}
    assert consent["Thomas Müller"] == "Opted out"
    assert consent["Ümit Yıldız"] == "Not asked yet"
    assert all(consent.values())  # never blank


def test_a_manual_opt_in_is_recorded_with_its_evidence_and_date(qtbot, window, shop, sessions):
    from PySide6.QtCore import QDate

    from klaros_desktop.models import AuditEvent, ConsentEvent

    page = window.contacts
    dialog = page.edit(shop["Anna Schmidt"])
    qtbot.addWidget(dialog)
    form = dialog.consent_form
    assert not form.isHidden()
    form.kind.setCurrentIndex(1)  # marketing opt-in
    form.record()
    assert "say how the customer gave" in form.message.text()  # no evidence, nothing recorded
    form.when.setDate(QDate.currentDate().addDays(-3))
    form.evidence.setText("Signed form at the counter, folder 2026")
    with qtbot.waitSignal(window.backend.data_changed, timeout=WAIT_MS):
        form.record()
    with sessions() as s:
        event = s.query(ConsentEvent).filter_by(contact_id=shop["Anna Schmidt"], source="manual").one()
        assert (event.kind, event.scope, event.detail) == ("opt_in", "marketing", "Signed form at the counter, "
                                                                                  "folder 2026")
        assert event.occurred_at.astimezone().date() == QDate.currentDate().addDays(-3).toPython()
        assert s.query(AuditEvent).filter_by(action="consent_opt_in").count() >= 1
    assert any("Signed form at the counter" in dialog.consent_list.item(i).text()
               for i in range(dialog.consent_list.count()))
    row = page.model.row_of(shop["Anna Schmidt"])
    assert page.model.index(row, 3).data() == "Opted in"
