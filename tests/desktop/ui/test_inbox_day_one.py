"""What a shop owner expects of the inbox on day one (as in the WhatsApp Business app)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt

from klaros_desktop.services.core import settings
from klaros_desktop.ui import composer as composer_module
from klaros_desktop.ui.inbox import InboxPage

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


def _open(qtbot, backend, conversation_id) -> InboxPage:
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert page.select_conversation(conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    return page


def test_enter_sends_and_shift_enter_is_a_new_line_or_the_other_way_round(qtbot, backend, graph, customer,
                                                                           sessions, wait_ops):
    page = _open(qtbot, backend, customer[1])
    text = page.composer.text
    wait_ops()
    assert text.enter_sends and "Enter sends" in text.placeholderText()
    qtbot.keyClicks(text, "Ja,")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(text, "rote und gelbe.")
    assert text.toPlainText() == "Ja,\nrote und gelbe."
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(graph.sent) == 1, timeout=WAIT_MS)
    assert graph.sent[0][2] == "Ja,\nrote und gelbe."

    text.enter_sends_action(page).trigger()  # switched off in the text box's menu: kept in the profile
    wait_ops()
    with sessions() as s:
        assert settings.get(s, settings.ENTER_SENDS) is False
    qtbot.keyClicks(text, "Eine Zeile")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "und noch eine")
    assert text.toPlainText() == "Eine Zeile\nund noch eine" and len(graph.sent) == 1
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(graph.sent) == 2, timeout=WAIT_MS)

    other = InboxPage(backend)  # a new window reads the choice back
    qtbot.addWidget(other)
    wait_ops()
    assert other.composer.text.enter_sends is False


def _actions(page, row):
    index = page.messages.index(page.messages.rows.index(row))
    return {a.text(): a for a in page.thread.row_actions(index, page)}


def test_reply_quotes_react_sends_an_emoji_and_copy_copies(qtbot, backend, graph, customer, sessions, wait_ops):
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.models import Message

    page = _open(qtbot, backend, customer[1])
    question = next(r for r in page.messages.rows if r.text == "Haben Sie Tulpen?")
    actions = _actions(page, question)
    assert list(actions) == ["Reply", "React…", "Copy text", "Forward…"]
    actions["Reply"].trigger()
    assert page.composer.reply_bar.isVisible() and "Haben Sie Tulpen?" in page.composer.reply_label.text()
    qtbot.keyClicks(page.composer.text, "Ja, gelbe.")
    qtbot.keyClick(page.composer.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(graph.sent) == 1, timeout=WAIT_MS)
    assert not page.composer.reply_bar.isVisible()
    with sessions() as s:
        sent = s.query(Message).filter_by(direction="out", type="text").one()
        assert sent.reply_to_wamid == "wamid.IN.1"  # the customer sees their question quoted
    qtbot.waitUntil(lambda: any(r.quoted for r in page.messages.rows if r.direction == "out"), timeout=WAIT_MS)

    picker = page.react_picker(question)
    assert [b.text() for b in picker.buttons[:6]] == ["👍", "❤️", "😂", "😮", "😢", "🙏"]
    picker.buttons[0].click()
    qtbot.waitUntil(lambda: len(graph.sent) == 2, timeout=WAIT_MS)
    assert graph.sent[1] == ("reaction", "4915112345678", "wamid.IN.1", "👍")
    wait_ops()
    with sessions() as s:
        reaction = s.query(Message).filter_by(direction="out", type="reaction").one()
        assert (reaction.text, reaction.reply_to_wamid, reaction.status) == ("👍", "wamid.IN.1", "accepted")

    actions["Copy text"].trigger()
    assert QApplication.clipboard().text() == "Haben Sie Tulpen?"
    emoji = page.composer.pick_emoji()
    emoji.pick("🌷")
    assert page.composer.text.toPlainText().endswith("🌷")


def test_a_reaction_outside_the_window_is_refused_by_may_send(qtbot, backend, graph, apply, now, sessions,
                                                              wait_ops):
    from datetime import timedelta

    from klaros_desktop.models import Conversation

    apply(_conf.text_message("4915112345679", "wamid.IN.old", "Danke!", now - timedelta(hours=30), "Jonas"))
    with sessions() as s:
        conversation_id = s.scalar(Conversation.__table__.select().with_only_columns(Conversation.id))
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_conversation(conversation_id)
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    notices = []
    page.composer.notice.connect(notices.append)
    page.composer.send_reaction("wamid.IN.old", "👍")
    qtbot.waitUntil(lambda: bool(notices), timeout=WAIT_MS)
    assert graph.sent == [] and notices[0].startswith("Not sent: The 24-hour window closed")


def test_forward_puts_the_text_in_the_other_chat_only_when_it_may_take_text(qtbot, backend, graph, customer, apply,
                                                                            now, sessions):
    from datetime import timedelta

    from klaros_desktop.models import Contact

    apply(_conf.text_message("4915112345670", "wamid.IN.ben", "Hallo", now - timedelta(minutes=5), "Ben Open"))
    with sessions.begin() as s:
        s.add(Contact(display_name="Cora Closed", phone_e164="+4915112345671"))
    page = _open(qtbot, backend, customer[1])
    question = next(r for r in page.messages.rows if r.text == "Haben Sie Tulpen?")

    def choose(name):
        def run(dialog):
            qtbot.keyClicks(dialog.edit, name)
            dialog.choose()
            return True
        return run

    page.run_dialog = choose("Ben")
    _actions(page, question)["Forward…"].trigger()
    qtbot.waitUntil(lambda: page.composer.text.toPlainText() == "Haben Sie Tulpen?", timeout=WAIT_MS)
    assert page.current.name == "Ben Open" and graph.sent == []  # shown to the shop owner, not sent

    page.composer.text.clear()
    notices = []
    page.composer.notice.connect(notices.append)
    page.select_conversation(customer[1])
    qtbot.waitUntil(lambda: page.composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    page.run_dialog = choose("Cora")
    page.forward("Haben Sie Tulpen?")
    qtbot.waitUntil(lambda: bool(notices), timeout=WAIT_MS)
    assert page.current.name == "Cora Closed" and page.composer.mode == composer_module.TEMPLATE
    assert notices[0].startswith("Not forwarded: Cora Closed has not written to you yet")


def test_pin_keeps_a_chat_on_top_and_mute_silences_it(qtbot, window, backend, shop, sessions, apply, now,
                                                      monkeypatch, wait_ops):
    from klaros_desktop.services.inbound.sync import SyncReport

    page = window.inbox
    last = page.conversations.rows[-1]
    actions = {a.text(): a for a in page.chat_actions(last, page)}
    actions["Pin chat"].trigger()
    wait_ops()
    qtbot.waitUntil(lambda: page.conversations.rows[0].id == last.id, timeout=WAIT_MS)
    assert page.conversations.rows[0].pinned_at is not None
    anna = page.conversations.rows[page.conversations.row_of(next(
        r.id for r in page.conversations.rows if r.name == "Anna Schmidt"))]
    {a.text(): a for a in page.chat_actions(anna, page)}["Mute notifications"].trigger()
    wait_ops()
    monkeypatch.setattr(type(window), "isActiveWindow", lambda self: False)
    stats = apply(_conf.text_message("4915112345601", "wamid.IN.muted", "Noch da?", now, "Anna"))
    backend.applied(SyncReport(stats=stats))
    assert window.notifications == []  # a muted chat does not notify
    assert page.conversations.rows[0].id == last.id  # the pinned chat stays on top of a new message
    with sessions() as s:
        from klaros_desktop.models import Conversation

        assert s.get(Conversation, anna.id).unread_count >= 1  # muted, not lost


def test_the_contact_panel_beside_the_chat_is_edited_in_place(qtbot, window, backend, shop, sessions, wait_ops):
    from klaros_desktop.models import Contact
    from klaros_desktop.ui.contact_panel import tag_colour

    window.resize(1400, 900)
    page = window.inbox
    window.open_contact(shop["Anna Schmidt"])
    qtbot.waitUntil(lambda: page.panel.isVisible(), timeout=WAIT_MS)
    panel = page.panel
    assert panel.name.text() == "Anna Schmidt" and panel.number.text().startswith("+49 ")
    chips = [w for w in panel.tags.widgets if w.objectName() == "tagChip"]
    assert chips and tag_colour(panel.form.tags[0]) in chips[0].styleSheet()  # labels in their colour
    assert panel.consent.text() and panel.campaigns.text()

    panel.name.setText("Anna Schmidt-Berg")
    panel.name.editingFinished.emit()
    wait_ops()
    qtbot.waitUntil(lambda: page.title.text() == "Anna Schmidt-Berg", timeout=WAIT_MS)  # the chat follows
    panel.add_tag.setText("Hochzeit")
    panel.add_tag.returnPressed.emit()
    wait_ops()
    panel.notes.setPlainText("Mag gelbe Tulpen")
    panel._notes_timer.timeout.emit()
    wait_ops()
    with sessions() as s:
        anna = s.get(Contact, shop["Anna Schmidt"])
        assert anna.display_name == "Anna Schmidt-Berg" and anna.notes == "Mag gelbe Tulpen"
        assert "Hochzeit" in [t.name for t in anna.tags]
    panel.remove_tag("Hochzeit")
    wait_ops()
    with sessions() as s:
        assert "Hochzeit" not in [t.name for t in s.get(Contact, shop["Anna Schmidt"]).tags]

    window.resize(900, 600)  # a small window: the panel waits for "Contact info"
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=WAIT_MS)
    assert page.panel_button.isVisible() and not page.panel_button.isChecked()
    page.panel_button.click()
    assert panel.isVisible() and not page.chat_column.isVisible()  # no room for both: in the chat's place
    assert panel.back_button.isVisible()
    panel.back_button.click()
    assert not panel.isVisible() and page.chat_column.isVisible()


def _auto(sessions, **changes):
    from klaros_desktop.services.messaging import auto_replies as ar

    always = {d: ar.Hours("00:00", "23:59") for d in ar.DAYS}
    config = ar.AutoReplies(greeting_on=True, greeting_text="Willkommen bei Blumen Becker!", away_on=True,
                            away_text="Wir sind gerade nicht im Laden, wir melden uns morgen ab 9 Uhr.", hours=always)
    for key, value in changes.items():
        config = ar.AutoReplies(**{**config.__dict__, key: value})
    ar.save(sessions, config)
    return ar


def test_greeting_once_then_never_twice_within_the_quiet_time_marked_automatic(qtbot, backend, graph, apply, now,
                                                                               sessions, wait_ops):
    from datetime import timedelta

    from klaros_desktop.models import AuditEvent, Message
    from klaros_desktop.services.inbound.sync import SyncReport

    _auto(sessions)
    stats = apply(_conf.text_message("4915112345678", "wamid.IN.first", "Hallo!", now - timedelta(minutes=1), "Anna"))
    backend.applied(SyncReport(stats=stats))
    wait_ops()
    assert graph.sent == [("text", "4915112345678", "Willkommen bei Blumen Becker!")]
    stats = apply(_conf.text_message("4915112345678", "wamid.IN.second", "Noch da?", now, "Anna"))
    backend.applied(SyncReport(stats=stats))
    wait_ops()
    assert len(graph.sent) == 1  # not twice within the quiet time
    with sessions() as s:
        auto = s.query(Message).filter_by(direction="out").one()
        assert auto.automatic and auto.raw == {"automatic": "greeting"}
        assert s.query(AuditEvent).filter_by(action="auto_reply").count() == 1
    page = InboxPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.select_conversation(auto.conversation_id)
    row = next(i for i, r in enumerate(page.messages.rows) if r.automatic)
    bubble = page.thread.itemDelegate().bubble(page.messages.index(row), _option(page))
    assert bubble.template == "Automatic reply"  # marked in the thread


def _option(page):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    page.thread.initViewItemOption(option)
    return option


def test_away_outside_hours_and_never_to_an_opted_out_or_late_message(qtbot, backend, graph, apply, now, sessions,
                                                                      wait_ops):
    from datetime import timedelta

    from klaros_desktop.services.inbound.sync import SyncReport

    ar = _auto(sessions, greeting_on=False)
    ar.save(sessions, ar.AutoReplies(away_on=True, away_text="Heute geschlossen.",
                                     hours={d: None for d in ar.DAYS}))
    stats = apply(_conf.text_message("4915112345601", "wamid.IN.late", "Hallo?", now - timedelta(hours=2), "Old"))
    backend.applied(SyncReport(stats=stats))  # synced two hours late: no automatic answer
    wait_ops()
    assert graph.sent == []
    stats = apply(_conf.text_message("4915112345602", "wamid.IN.stop", "STOP", now, "Stopper"))
    backend.applied(SyncReport(stats=stats))  # opted out with this very message: may_send refuses
    wait_ops()
    assert graph.sent == []
    stats = apply(_conf.text_message("4915112345603", "wamid.IN.night", "Offen?", now, "Nacht"))
    backend.applied(SyncReport(stats=stats))
    wait_ops()
    assert graph.sent == [("text", "4915112345603", "Heute geschlossen.")]


def test_auto_reply_settings_refuse_what_would_send_nonsense(sessions):
    import pytest

    from klaros_desktop.services.messaging import auto_replies as ar

    with pytest.raises(ar.AutoReplyError, match="write the greeting"):
        ar.save(sessions, ar.AutoReplies(greeting_on=True, greeting_text="  "))
    with pytest.raises(ar.AutoReplyError, match="closes before it opens"):
        ar.save(sessions, ar.AutoReplies(hours={**ar.AutoReplies().hours, "mon": ar.Hours("18:00", "09:00")}))
    ar.save(sessions, ar.AutoReplies(away_on=True, away_text="Zu.", quiet_hours=48))
    assert ar.load(sessions).quiet_hours == 48 and ar.load(sessions).away_text == "Zu."


def test_the_greeting_and_away_screen_saves_hours_per_weekday(qtbot, window, sessions):
    from PySide6.QtCore import QTime

    from klaros_desktop.services.messaging import auto_replies as ar

    dialog = window.open_auto_replies()
    qtbot.addWidget(dialog)
    dialog.away_on.setChecked(True)
    dialog.save()
    assert "write the away message" in dialog.error.text() and dialog.isVisible()
    dialog.away_text.setPlainText("Wir sind ab Montag wieder da.")
    box, opens, closes = dialog.days["sat"]
    box.setChecked(True)
    opens.setTime(QTime(10, 0))
    closes.setTime(QTime(14, 0))
    dialog.days["wed"][0].setChecked(False)
    dialog.save()
    saved = ar.load(sessions)
    assert saved.away_on and saved.away_text == "Wir sind ab Montag wieder da."
    assert saved.hours["sat"] == ar.Hours("10:00", "14:00") and saved.hours["wed"] is None


def test_notification_settings_tray_and_sound(qtbot, window, backend, sessions, monkeypatch, wait_ops):
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.services.inbound.apply import ApplyStats
    from klaros_desktop.services.inbound.sync import SyncReport

    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    monkeypatch.setattr(type(window), "isActiveWindow", lambda self: False)
    backend.applied(SyncReport(stats=ApplyStats(messages=1)))
    assert len(window.notifications) == 1 and beeps == [1]
    tray, sound = window.notification_settings.menu_actions(window)
    sound.setChecked(False)
    backend.applied(SyncReport(stats=ApplyStats(messages=1)))
    assert len(window.notifications) == 2 and beeps == [1]
    tray.setChecked(False)
    backend.applied(SyncReport(stats=ApplyStats(messages=1)))
    assert len(window.notifications) == 2
    wait_ops()
    with sessions() as s:
        assert settings.get(s, settings.NOTIFY_TRAY) is False and settings.get(s, settings.NOTIFY_SOUND) is False


def test_a_template_written_in_klaros_is_checked_submitted_and_its_review_shown(qtbot, window, backend, graph,
                                                                              sessions, apply, wait_ops):
    from klaros_desktop.models import MessageTemplate
    from klaros_desktop.services.inbound.sync import SyncReport

    window.show_page(2)
    editor = window.templates.new_template()
    qtbot.addWidget(editor)
    editor.name.setText("Tulpen Angebot")
    editor.body.setPlainText("Diese Woche Tulpen für {{1}}")
    problems = editor.problems.text()
    assert "lowercase letters" in problems and "very start or end" in problems and "example" in problems
    assert not editor.submit_button.isEnabled()
    editor.name.setText("tulip_offer")
    editor.category.setCurrentIndex(editor.category.findData("MARKETING"))
    editor.body.setPlainText("Hallo {{1}}, diese Woche Tulpen für {{2}} im Bund!")
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("4,99 €")
    editor.buttons_edit.setText("Interessiert, Stopp")
    assert editor.problems.text() == "" and editor.submit_button.isEnabled()
    assert "[4,99 €]" in editor.preview.text() and "{{" not in editor.preview.text()
    editor.submit_button.click()
    wait_ops()
    body = graph.meta_templates["900"]["components"]
    assert body[0] == {"type": "BODY", "text": "Hallo {{1}}, diese Woche Tulpen für {{2}} im Bund!",
                       "example": {"body_text": [["Anna", "4,99 €"]]}}
    assert body[1]["buttons"] == [{"type": "QUICK_REPLY", "text": "Interessiert"},
                                  {"type": "QUICK_REPLY", "text": "Stopp"}]
    page = window.templates
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "tulip_offer")
    assert page.model.index(row, 3).data() == "In review"
    stats = apply(_conf.envelope({"event": "REJECTED", "message_template_id": 900,
                                  "message_template_name": "tulip_offer", "message_template_language": "de",
                                  "reason": "PROMOTIONAL"}, field="message_template_status_update"))
    graph.meta_templates["900"].update(status="REJECTED", rejected_reason="PROMOTIONAL")
    backend.applied(SyncReport(stats=stats))
    wait_ops()
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "tulip_offer")
    page.table.selectRow(row)
    assert "Rejected" in page.details.text() and "too promotional" in page.details.text()
    with sessions() as s:
        assert s.query(MessageTemplate).filter_by(name="tulip_offer").one().status == "REJECTED"


def test_notification_settings_are_read_off_the_gui_thread(qtbot, backend, sessions, monkeypatch, wait_ops):
    """The window reads the notification settings on a worker thread; what it reads shows in the View menu's
    entries once it arrives, and toggling them still saves."""
    import threading

    from klaros_desktop.ui.navigation import NotificationSettings

    settings.save_changes(sessions, {settings.NOTIFY_SOUND: False})
    on_gui_thread: list[bool] = []
    real = settings.read_many

    def read_many(sessions_, keys):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return real(sessions_, keys)

    monkeypatch.setattr(settings, "read_many", read_many)
    notifications = NotificationSettings(backend)
    tray, sound = notifications.menu_actions(None)
    wait_ops()
    assert on_gui_thread == [False]
    assert notifications.tray and not notifications.sound
    assert tray.isChecked() and not sound.isChecked()
    sound.setChecked(True)
    wait_ops()
    with sessions() as s:
        assert settings.get(s, settings.NOTIFY_SOUND) is True
