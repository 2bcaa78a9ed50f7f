"""Issue 7, screen by screen on the seeded demo shop: the inbox list (badges, preview, countdown, filters,
search), the thread (media placeholders, reply context, Meta's reason, notices), quick replies, contacts
(search as you type, tag filter, details, consent evidence, open conversation, drop to import, export),
templates updated by the status webhook, settings, the status bar, tray notifications, shortcuts,
accessible names, theme and remembered geometry."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QWidget,
)
from sqlalchemy import select

from klaros_desktop.models import MessageTemplate
from klaros_desktop.services.inbound.apply import ApplyStats
from klaros_desktop.services.inbound.sync import SyncReport, SyncService
from klaros_desktop.ui import composer as composer_module

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS, envelope, days_before_today = _conf.WAIT_MS, _conf.envelope, _conf.days_before_today
on_the_qasync_loop = _conf.on_the_qasync_loop


def _names(model) -> list[str]:
    return [r.name for r in model.rows]


# ---------------------------------------------------------------- inbox list
def test_conversation_list_rows_badges_preview_and_countdown(window):
    from klaros_desktop.ui.delegates import window_label

    rows = {r.name: r for r in window.inbox.conversations.rows}
    assert _names(window.inbox.conversations)[0] == "Emma Fischer"  # newest first
    assert rows["Emma Fischer"].unread == 2 and rows["Anna Schmidt"].unread == 0
    assert rows["Emma Fischer"].preview == "Kann ich einen Geburtstagsstrauß für Freitag bestellen?"
    assert rows["Mehmet Yilmaz"].preview_direction == "out" and rows["Mehmet Yilmaz"].preview_status == "sent"
    assert window_label(rows["Anna Schmidt"]) == "◷ 23h"
    assert window_label(rows["Julia Wagner"]) == ""  # closed 6 hours ago


def test_inbox_filters_and_search(qtbot, window):
    inbox = window.inbox
    all_chats = set(_names(inbox.conversations))
    inbox.filter_box.setCurrentIndex(inbox.filter_box.findData("unread"))
    assert set(_names(inbox.conversations)) == {"Emma Fischer", "Mehmet Yilmaz"}
    inbox.filter_box.setCurrentIndex(inbox.filter_box.findData("window"))
    assert set(_names(inbox.conversations)) == {"Emma Fischer", "Anna Schmidt", "Mehmet Yilmaz", "Hotel Krone"}
    tag = inbox.filter_box.findText("Tag: Hochzeit")
    assert tag > 0
    inbox.filter_box.setCurrentIndex(tag)
    assert set(_names(inbox.conversations)) == {"Anna Schmidt", "Sofia Rossi"}
    inbox.filter_box.setCurrentIndex(0)
    assert set(_names(inbox.conversations)) == all_chats
    qtbot.keyClicks(inbox.search, "krone")
    qtbot.waitUntil(lambda: _names(inbox.conversations) == ["Hotel Krone"], timeout=WAIT_MS)
    inbox.search.clear()
    qtbot.keyClicks(inbox.search, "01511 2345602")  # Mehmet's number as Germans write it (default country DE)
    qtbot.waitUntil(lambda: _names(inbox.conversations) == ["Mehmet Yilmaz"], timeout=WAIT_MS)


def test_opening_an_unread_chat_marks_it_read(qtbot, window, sessions, shop):
    from klaros_desktop.models import Conversation

    window.open_contact(shop["Emma Fischer"])
    qtbot.waitUntil(lambda: window.inbox.conversations.rows[0].unread == 0, timeout=WAIT_MS)
    with sessions() as s:
        assert s.scalar(select(Conversation.unread_count).where(Conversation.contact_id == shop["Emma Fischer"])) == 0


# ---------------------------------------------------------------- thread
def _bubbles(window):
    thread = window.inbox.thread
    delegate = thread.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(thread.viewport())
    option.rect = thread.viewport().rect()
    model = window.inbox.messages
    return [(model.rows[i], delegate.bubble(model.index(i), option)) for i in range(model.rowCount())]


def test_a_sent_template_bubble_shows_title_body_footer_and_buttons_and_an_old_one_its_text(window, shop, sessions):
    """The parts a template was sent with (``messages.template_parts``) are drawn as WhatsApp shows them, the
    same rendering as the Templates page's preview; a template message stored before Klaros kept its parts
    shows its text as it always did."""
    from sqlalchemy import update

    from klaros_desktop.models import Message

    window.open_contact(shop["Thomas Müller"])
    [(row, bubble)] = [(r, b) for r, b in _bubbles(window) if r.type == "template"]
    assert row.parts["header"] == {"kind": "text", "text": "Angebot der Woche"}
    assert bubble.body == "" and bubble.doc is not None  # drawn from the parts, not as plain text
    shown = bubble.doc.toPlainText()
    for part in ("Angebot der Woche", "Hallo Thomas, diese Woche: Tulpen im Bund für 4,99 €.",
                 "Blumen Becker, Hauptstraße 5", "↩ Reservieren", "↩ Keine Angebote"):
        assert part in shown
    assert shown.index("Angebot der Woche") < shown.index("Hallo Thomas") < shown.index("Blumen Becker") \
        < shown.index("Reservieren")
    title = bubble.doc.find("Angebot der Woche")
    assert title.charFormat().fontWeight() >= 600  # the title bold
    with sessions.begin() as s:  # as a message stored before 0022
        s.execute(update(Message).where(Message.template_name == "weekly_offer").values(
            template_parts=None, text="Hallo Thomas, diese Woche: Tulpen im Bund für 4,99 €."))
    window.open_contact(shop["Hotel Krone"])
    window.open_contact(shop["Thomas Müller"])
    [(row, bubble)] = [(r, b) for r, b in _bubbles(window) if r.type == "template"]
    assert row.parts is None and bubble.doc is None
    assert bubble.body == "Hallo Thomas, diese Woche: Tulpen im Bund für 4,99 €."


def test_thread_shows_media_by_type_reply_context_and_day(window, shop):
    window.open_contact(shop["Anna Schmidt"])
    bubbles = _bubbles(window)
    photo = next(b for r, b in bubbles if r.type == "image")
    assert photo.media == "image" and photo.body == "So ungefähr stelle ich mir den Strauß vor"
    assert "media support" not in photo.body
    quoted = next(b for _r, b in bubbles if b.quoted)
    assert quoted.quoted == "Hallo! Haben Sie für Samstag noch Pfingstrosen?"
    # a chip over the first message and wherever the day changes (Anna's chat began 3 hours ago)
    days = [days_before_today(r.timestamp) for r, _b in bubbles]
    assert [b.day for _r, b in bubbles] == [
        {0: "Today", 1: "Yesterday"}[d] if i == 0 or d != days[i - 1] else None for i, d in enumerate(days)]
    window.open_contact(shop["Emma Fischer"])
    voice = next(b for r, b in _bubbles(window) if r.type == "audio")
    assert voice.media == "audio" and voice.body == ""
    from klaros_desktop.ui.delegates import media_label

    assert media_label("audio") == "Voice message" and media_label("image") == "Photo"


def test_thread_ticks_and_failure_reason_in_plain_words(window, shop):
    window.open_contact(shop["Sofia Rossi"])
    failed = next(b for r, b in _bubbles(window) if r.status == "failed")
    assert failed.error.startswith("⚠ Not delivered: More than 24 hours have passed since this customer last wrote")
    assert failed.footer.endswith("⚠")
    window.open_contact(shop["Anna Schmidt"])
    footers = [b.footer for r, b in _bubbles(window) if r.direction == "out"]
    assert [f.split()[-1] for f in footers] == ["✓✓", "✓✓"]  # read, delivered


def test_thread_shows_the_stop_notice_and_blocked_reason_in_local_time(qtbot, window, shop):
    window.open_contact(shop["Thomas Müller"])
    notice = next(r for r in window.inbox.messages.rows if r.kind == "notice")
    assert notice.text.startswith("Opted out of all messages via STOP ") and " at " in notice.text
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.BLOCKED, timeout=WAIT_MS)
    assert "opted out of all messages by writing “STOP” " in composer.blocked_label.text()
    assert "UTC" not in composer.blocked_label.text()


def test_closed_window_banner_in_local_time(qtbot, window, shop, now):
    window.open_contact(shop["Julia Wagner"])
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    text = composer.window_note.text()
    # Julia wrote 30 hours ago, so her window closed 6 hours ago
    closed = {0: "today at ", 1: "yesterday at "}[days_before_today(now - timedelta(hours=6))]
    wrote = {1: "yesterday at ", 2: "on "}[days_before_today(now - timedelta(hours=30))]
    assert text.startswith("The 24-hour window closed " + closed) and "UTC" not in text
    assert "Julia Wagner last wrote " + wrote in text


def test_jump_to_a_conversation_far_down_the_list(qtbot, window, shop, sessions):
    """A chat not loaded in the list (100k of them) opens directly, without paging the list in."""
    from klaros_desktop.models import Conversation

    with sessions() as s:
        conv = s.scalar(select(Conversation.id).where(Conversation.contact_id == shop["Lukas Becker"]))
    model = window.inbox.conversations
    model.rows = [r for r in model.rows if r.id != conv]  # as if it were beyond the loaded pages
    assert window.inbox.select_conversation(conv)
    assert window.inbox.current.id == conv and window.inbox.title.text() == "Lukas Becker"
    assert window.inbox.messages.conversation_id == conv


# ---------------------------------------------------------------- composer: quick replies
def test_quick_replies_by_slash(qtbot, window, shop):
    window.open_contact(shop["Anna Schmidt"])
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEXT and bool(composer.text.replies), timeout=WAIT_MS)
    composer.text.setFocus()
    qtbot.keyClicks(composer.text, "Gern! /ho")
    popup = composer.text.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert popup.model().index(0, 0).data().startswith("/hours — ")
    qtbot.keyClick(composer.text, Qt.Key.Key_Return)
    assert composer.text.toPlainText() == "Gern! Wir haben Mo–Fr 8–18 Uhr und Sa 8–14 Uhr geöffnet."


def test_quick_replies_managed_in_settings(qtbot, window, backend):
    from klaros_desktop.services.messaging import quick_replies

    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.add_reply("parken", "Parkplätze gibt es hinter dem Laden.")
    dialog.region.setEditText("Atlantis")
    dialog.save()
    assert "“Atlantis” is not a country in the list" in dialog.error.text()
    dialog.region.set_region("AT")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "parken" in [r.shortcut for r in quick_replies.load(backend.sessions)]
    from klaros_desktop.services.core import settings

    with backend.sessions() as s:
        assert settings.get(s, settings.DEFAULT_REGION) == "AT"
    qtbot.waitUntil(lambda: "parken" in [r.shortcut for r in window.inbox.composer.text.replies], timeout=WAIT_MS)


# ---------------------------------------------------------------- contacts
def test_contacts_search_as_you_type_and_tag_filter(qtbot, window):
    page = window.contacts
    window.show_page(1)
    assert page.model.rowCount() == 16
    assert not page.edit_button.isEnabled() and not page.chat_button.isEnabled()  # nothing chosen yet
    qtbot.keyClicks(page.search, "Pfingst")  # a word in Anna's notes
    qtbot.waitUntil(lambda: _names(page.model) == ["Anna Schmidt"], timeout=WAIT_MS)
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 16, timeout=WAIT_MS)
    page.tag_box.setCurrentIndex(page.tag_box.findText("Großhandel"))
    assert set(_names(page.model)) == {"Hotel Krone", "Mehmet Yilmaz"}
    page.tag_box.setCurrentIndex(0)
    row = next(i for i, r in enumerate(page.model.rows) if r.name == "Thomas Müller")
    assert page.model.index(row, 3).data() == "Opted out"


def test_contact_dialog_shows_custom_fields_and_consent_evidence(qtbot, window, shop):
    dialog = window.contacts.edit(shop["Thomas Müller"])
    qtbot.addWidget(dialog)
    texts = [dialog.consent_list.item(i).text() for i in range(dialog.consent_list.count())]
    assert len(texts) == 1 and texts[0].startswith("Opted out of all messages via STOP ")
    assert "Evidence: their message “STOP”" in texts[0]
    assert dialog.phone.text() == "+49 1511 2345604"
    anna = window.contacts.edit(shop["Anna Schmidt"])
    qtbot.addWidget(anna)
    fields = {anna.custom.item(r, 0).text(): anna.custom.item(r, 1).text() for r in range(anna.custom.rowCount())}
    assert fields  # the demo shop gives Anna custom fields
    anna.notes.setPlainText("Hochzeit am 14. Juni. Mag Pfingstrosen und Eukalyptus.")
    anna._add_field("Lieblingsfarbe", "rosa")
    anna.save()
    again = window.contacts.edit(shop["Anna Schmidt"])
    qtbot.addWidget(again)
    assert again.notes.toPlainText().endswith("Eukalyptus.")
    fields = {again.custom.item(r, 0).text(): again.custom.item(r, 1).text() for r in range(again.custom.rowCount())}
    assert fields["Lieblingsfarbe"] == "rosa"


def test_open_conversation_from_contacts(qtbot, window, shop):
    page = window.contacts
    window.show_page(1)
    row = next(i for i, r in enumerate(page.model.rows) if r.name == "Hotel Krone")
    page.table.setCurrentIndex(page.model.index(row, 0))
    qtbot.mouseClick(page.chat_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 0
    assert window.inbox.current is not None and window.inbox.current.name == "Hotel Krone"
    dialog = page.edit(shop["Sofia Rossi"])
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.chat_button, Qt.MouseButton.LeftButton)
    assert window.inbox.current.name == "Sofia Rossi"


def test_drop_a_csv_on_contacts_opens_the_import(qtbot, window, tmp_path):
    path = tmp_path / "neu.csv"
    path.write_text("Name,Phone\nGreta,+49 151 23456789\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    page = window.contacts
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    dialogs = [d for d in page.findChildren(QWidget) if type(d).__name__ == "ImportDialog"]
    assert len(dialogs) == 1 and dialogs[0].path == path
    assert dialogs[0].table.item(0, 1).text() == "Greta"
    dialogs[0].close()


def test_import_from_the_file_menu(qtbot, window):
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Import contacts…")
    action.trigger()
    assert window.pages.currentIndex() == 1
    dialogs = [d for d in window.contacts.findChildren(QWidget) if type(d).__name__ == "ImportDialog"]
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].close()


def test_export_contacts(qtbot, window, tmp_path, wait_ops):
    out = tmp_path / "kunden.csv"
    with qtbot.waitSignal(window.contacts.notice, timeout=WAIT_MS) as notice:
        window.contacts.export(out)
    assert notice.args[0] == f"16 contacts written to {out}"
    text = out.read_text(encoding="utf-8-sig")
    assert "Anna Schmidt" in text and "+4915112345601" in text
    vcf = tmp_path / "kunden.vcf"
    with qtbot.waitSignal(window.contacts.notice, timeout=WAIT_MS):
        window.contacts.export(vcf)
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 16
    wait_ops()


# ---------------------------------------------------------------- templates
def test_templates_update_when_the_status_webhook_arrives(qtbot, window, backend, sessions):
    from klaros_desktop.services.inbound.apply import WebhookApplier

    page = window.templates
    window.show_page(2)
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "christmas_trees")
    assert page.model.index(row, 3).data() == "In review"
    page.table.selectRow(row)
    assert "reviewing" in page.details.text()
    body = envelope({"event": "APPROVED", "message_template_id": 9005, "message_template_name": "christmas_trees",
                     "message_template_language": "de", "reason": "NONE"}, field="message_template_status_update")
    with sessions.begin() as s:
        stats = WebhookApplier(s).apply(body, correlation_id="ui-test")
    assert stats.templates == 1
    backend.applied(SyncReport(stats=stats))  # what sync calls after applying a page; no timer involved
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "christmas_trees")
    assert page.model.index(row, 3).data() == "Approved"
    assert "4 approved" not in page.status.text() and "5 approved" in page.status.text()
    with sessions() as s:
        assert s.scalar(select(MessageTemplate.status).where(MessageTemplate.name == "christmas_trees")) == "APPROVED"


def test_template_preview_and_rejection_in_words(window):
    page = window.templates
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "free_gift")
    page.table.selectRow(row)
    assert "Rejected" in page.details.text() and "too promotional" in page.details.text()
    row = next(i for i, t in enumerate(page.model.rows) if t.name == "weekly_offer")
    page.table.selectRow(row)
    html = page.preview.text()
    assert "<b>Angebot der Woche</b>" in html and "Reservieren" in html
    assert page.model.index(row, 1).data() == "German"


# ---------------------------------------------------------------- status bar, tray, background sync
def test_status_bar_shows_the_sync_state(qtbot, window, backend):
    assert window.sync_label.text() == "Connected · no new events yet"
    backend.set_online(False)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Offline since "), timeout=WAIT_MS)
    backend.set_online(True)
    backend.applied(SyncReport())
    assert window.sync_label.text().startswith("Connected · last event ")


def test_tray_notification_only_when_not_focused(qtbot, window, backend, monkeypatch):
    monkeypatch.setattr(window, "isActiveWindow", lambda: True)
    backend.applied(SyncReport(stats=ApplyStats(messages=1)))
    assert window.notifications == []
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    backend.applied(SyncReport(stats=ApplyStats(messages=2)))
    assert window.notifications == [("Klaros", "2 new WhatsApp message(s)")]


def test_background_sync_on_the_qasync_loop_shows_new_messages(qapp, qtbot, window, backend, apply):
    """A sync service pulled by ``Backend.start_sync`` on the qasync loop; the new chat appears by itself."""
    import asyncio

    from_now = _conf.text_message("4917612345678", "wamid.BG.1", "Sind die Tulpen frisch?", datetime.now(UTC),
                                  "Nina")

    class FakeSync(SyncService):  # the real loop (``run_forever``) around a pull that needs no relay
        pulls = 0

        async def pull_and_apply(self, *, wait=0):
            self.pulls += 1
            report = SyncReport()
            if self.pulls == 1:
                report = SyncReport(stats=apply(from_now))
                self.on_applied(report)
            await asyncio.sleep(0.05)
            return report

    async def run():
        backend.start_sync(FakeSync(backend.sessions, None, device_id="", tenant_id="", key=None))
        for _ in range(400):
            if "Nina" in _names(window.inbox.conversations):
                break
            await asyncio.sleep(0.025)
        await backend.aclose()

    on_the_qasync_loop(qapp, run)
    assert _names(window.inbox.conversations)[0] == "Nina"


def test_background_sync_says_offline_while_the_relay_is_down_and_keeps_going(qapp, qtbot, window, backend,
                                                                              caplog, monkeypatch):
    """``Backend.start_sync`` runs the service's one loop: a bug is logged and retried, a relay that cannot be
    reached turns the status bar to offline, and the first pull that goes through turns it back."""
    import asyncio

    from klaros_desktop.relay_client import RelayError

    class DownThenUp(SyncService):
        pulls = 0

        async def pull_and_apply(self, *, wait=0):
            self.pulls += 1
            if self.pulls == 1:
                raise RuntimeError("a bug")
            if self.pulls <= 3:
                raise RelayError("The relay had a problem (502); Klaros will try again.", http_status=502,
                                 retryable=True)
            if self.pulls > 4:
                await asyncio.Event().wait()  # a long poll with nothing waiting; ended by ``aclose``
            return SyncReport()

    states: list[bool] = []
    monkeypatch.setattr(backend, "flush_outbox", lambda: None)  # nothing queued; no flush outlives the loop

    async def run():
        back = asyncio.Event()
        backend.online_changed.connect(lambda online: (states.append(online), online and back.set()))
        backend.start_sync(DownThenUp(backend.sessions, None, device_id="", tenant_id="", key=None),
                           first_backoff=0.001)
        await asyncio.wait_for(back.wait(), timeout=WAIT_MS / 1000)
        await backend.aclose()

    with caplog.at_level("ERROR"):
        on_the_qasync_loop(qapp, run)
    assert states == [False, True]
    assert window.sync_label.text() == "Connected · no new events yet"
    assert [r.getMessage()[:12] for r in caplog.records if r.levelname == "ERROR"] == ["sync failed;"]


# ---------------------------------------------------------------- keyboard, accessibility, theme, geometry
def test_shortcuts_ctrl_f_esc_and_ctrl_k(qtbot, window, shop, monkeypatch):
    from klaros_desktop.ui.jump_dialog import JumpDialog

    window.activateWindow()
    window.show_page(1)
    window.focus_search()
    assert QApplication.focusWidget() is window.contacts.search
    window.contacts.search.setText("anna")
    window.escape()
    assert window.contacts.search.text() == ""
    window.escape()
    assert window.pages.currentIndex() == 0
    keys = {a.shortcut().toString() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"Ctrl+K", "Ctrl+I", "Ctrl+1", "Ctrl+2", "Ctrl+3"} <= keys
    jump = JumpDialog(window.backend, window)
    qtbot.addWidget(jump)
    qtbot.keyClicks(jump.edit, "wagner")
    assert jump.results.count() == 1
    qtbot.keyClick(jump.edit, Qt.Key.Key_Return)
    assert jump.chosen == shop["Julia Wagner"]
    monkeypatch.setattr(JumpDialog, "exec", lambda self: (setattr(self, "chosen", shop["Julia Wagner"]), 1)[1])
    window.jump()
    assert window.inbox.current.name == "Julia Wagner"


def _unnamed(root: QWidget) -> list[str]:
    """Input controls with neither an accessible name, a text, nor a label pointing at them."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, QLineEdit | QComboBox | QPlainTextEdit | QAbstractItemView | QAbstractButton):
            continue
        if type(w).__name__ in ("QCalendarView",) or w.objectName().startswith("qt_"):
            continue
        if w.window() is not root.window() or isinstance(w.parent(), QLineEdit | QComboBox | QAbstractItemView):
            continue  # popups, and the internals of line edits (clear button), combo boxes and views
        named = w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()) or id(w) in buddies
        if not named:
            missing.append(f"{type(w).__name__} {w.objectName()!r} in {type(w.window()).__name__}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, window, shop, tmp_path):
    from klaros_desktop.ui.import_dialog import ImportDialog
    from klaros_desktop.ui.setup_wizard import SetupWizard

    window.open_contact(shop["Julia Wagner"])  # the template composer with its value fields
    qtbot.waitUntil(lambda: window.inbox.composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    from klaros_desktop.ui.privacy import EraseContactDialog, ExportDialog

    dialogs = [window.contacts.edit(shop["Anna Schmidt"]), window.open_settings(),
               ImportDialog(window.backend.sessions, None, window), SetupWizard(window.backend, None),
               EraseContactDialog(window.backend, shop["Anna Schmidt"], window), window.erase_everything(),
               ExportDialog(window.backend, tmp_path / "export.zip", window)]
    for d in dialogs:
        qtbot.addWidget(d)
    problems = _unnamed(window)
    for d in dialogs:
        problems += _unnamed(d)
    assert problems == [], "\n".join(problems)


def test_theme_follows_the_os(qapp, monkeypatch):
    from PySide6.QtGui import QColor, QPalette

    from klaros_desktop.ui import theme

    monkeypatch.setattr(theme, "os_scheme", lambda: theme.DARK)
    assert theme.apply(qapp) == theme.DARK
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.COLOURS[theme.DARK].window)
    monkeypatch.setattr(theme, "os_scheme", lambda: theme.LIGHT)
    assert theme.apply(qapp) == theme.LIGHT
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(theme.COLOURS[theme.LIGHT].window)


def test_window_geometry_is_remembered(qtbot, backend, shop):
    """Height and position come back (the offscreen screen is 800 px wide, so Qt fits the width to it)."""
    from klaros_desktop.ui.main_window import MainWindow

    for height in (690, 730):
        first = MainWindow(backend)
        qtbot.addWidget(first)
        first.show()
        first.setGeometry(30, 40, 1010, height)
        qtbot.waitUntil(lambda w=first, h=height: w.geometry().height() == h, timeout=WAIT_MS)
        first.close()
        second = MainWindow(backend)
        qtbot.addWidget(second)
        assert (second.geometry().y(), second.geometry().height()) == (40, height)


def test_window_expiring_while_the_chat_is_open(qtbot, window, shop, sessions):
    """The minute clock re-asks ``may_send`` when the countdown runs out: free text turns into templates."""
    from datetime import timedelta

    from sqlalchemy import update

    from klaros_desktop.models import Conversation, utcnow

    window.open_contact(shop["Anna Schmidt"])
    composer = window.inbox.composer
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEXT, timeout=WAIT_MS)
    expired = utcnow() - timedelta(hours=24, minutes=1)  # as if a day had passed since Anna last wrote
    with sessions.begin() as s:
        s.execute(update(Conversation).where(Conversation.contact_id == shop["Anna Schmidt"])
                  .values(last_inbound_at=expired))
    window.inbox.current.last_inbound_at = expired
    window.inbox._tick()
    qtbot.waitUntil(lambda: composer.mode == composer_module.TEMPLATE, timeout=WAIT_MS)
    assert "24-hour window closed" in window.inbox.window_state.text()


def test_first_start_says_what_is_missing(qtbot, qapp, profile, sessions):
    """An empty profile: the list says why it is empty, the status bar says set-up is missing (not "offline")."""
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.main_window import MainWindow

    w = MainWindow(Backend(profile, sessions))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.sync_label.text() == "Not connected yet · File → Set up connection…", timeout=WAIT_MS)
    assert w.inbox.list_empty.isVisible() and w.inbox.list_empty.text().startswith("No chats yet.")
    w.inbox.filter_box.setCurrentIndex(w.inbox.filter_box.findData("unread"))
    assert w.inbox.list_empty.text().startswith("No chats match.")
    assert w.templates.status.text() == "No templates yet." and not w.templates.caption.isVisible()
    qtbot.waitUntil(lambda: not w.contacts.empty.isHidden(), timeout=WAIT_MS)  # its first rows read: none
    assert w.contacts.empty.text().startswith("No contacts yet.")
    w.contacts.search.setText("Anna")
    w.contacts.apply_filter()
    qtbot.waitUntil(lambda: w.contacts.empty.text().startswith("No contacts match."), timeout=WAIT_MS)


def test_refresh_templates_from_meta(qtbot, window, graph, wait_ops):
    """The "Refresh from Meta" button pulls the WABA's list through the Graph client and shows it."""
    new = {"id": "9100", "name": "pickup_reminder", "language": "de", "status": "APPROVED", "category": "UTILITY",
           "components": [{"type": "BODY", "text": "Ihre Blumen warten auf Sie, {{1}}."}]}

    async def list_templates(*, status=None):
        return [new]

    graph.list_templates = list_templates
    page = window.templates
    page.refresh_from_meta()
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=WAIT_MS)
    assert "pickup_reminder" in [t.name for t in page.model.rows]
    assert "(1 received from Meta)" in page.status.text()
    wait_ops()


def test_import_progress_bar_follows_the_rows(qtbot, qapp, sessions, tmp_path):
    from klaros_desktop.ui.import_dialog import ImportDialog

    path = tmp_path / "viele.csv"
    lines = ["Name,Phone"] + [f"Kunde {i},+49151{20_000_000 + i}" for i in range(4500)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = ImportDialog(sessions, path)
    qtbot.addWidget(dialog)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as done:
        dialog.start_import()
    assert done.args[0].imported == 4500
    assert dialog.progress.maximum() == 4501  # lines in the file, header included
    assert 2000 in seen and 4000 in seen and seen[-1] == dialog.progress.maximum()
