"""Render every screen and dialog of the demo shop offscreen, in light and dark, as PNG files.

Used by ``klaros screenshots DIR`` (CI runs it; the README shows the main ones). Each scheme is forced
through the palette, so the result does not depend on the machine's theme. It drives the ui from outside
(like a test), so it lives with the demo shop it shows: the ui imports neither the demo nor the commands.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from klaros_desktop.paths import Profile
from klaros_desktop.ui import ops, theme

SIZE = QSize(1280, 800)
NARROW = QSize(860, 700)  # a small laptop window: the thread's bubbles and their buttons must still fit
DIALOG_SIZE = QSize(760, 600)


def settle(timeout: float = 10.0) -> None:
    """Process events until background operations reported back (or ``timeout`` passed)."""
    deadline = time.monotonic() + timeout
    app = QCoreApplication.instance()
    while time.monotonic() < deadline:
        app.processEvents()
        if ops.pending() == 0:
            app.processEvents()
            return
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> Path:
    from klaros_desktop.ui import media_view

    settle()
    widget.repaint()
    media_view.wait_all()  # the thumbnails that paint asked for, made off the UI thread
    QApplication.processEvents()
    widget.repaint()
    QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def _demo_csv(folder: Path) -> Path:
    path = folder / "neue-kunden.csv"
    path.write_text(
        "Name;Telefon;Labels;Notiz\n"
        "Greta Neumann;0151 23456789;Newsletter;Kam über Instagram\n"
        "Felix Braun;+49 170 1234567;Stammkunde, Hochzeit;\n"
        "Ida Keller;12345;;Nummer unvollständig\n"
        "Oskar Lange;+49 160 9876543;Newsletter;\n"
        "Mia Schröder;;Stammkunde;keine Nummer\n", encoding="utf-8")
    return path


def render_all(out_dir: Path, work_dir: Path, schemes: tuple[str, ...] = (theme.LIGHT, theme.DARK)) -> list[Path]:
    from klaros_desktop.app import open_backend
    from klaros_desktop.demo.runtime import use_memory_keyring
    from klaros_desktop.demo.seed import contact_ids_by_name, seed_demo_shop
    from klaros_desktop.models import utcnow
    from klaros_desktop.services.core import settings

    app = QApplication.instance()
    out_dir.mkdir(parents=True, exist_ok=True)
    use_memory_keyring()  # as in ``klaros demo``: the wizard and settings show a working keyring
    profile = Profile(work_dir / "profile").ensure()
    backend = open_backend(profile)
    seed_demo_shop(backend.sessions)
    from klaros_desktop.demo import media_demo

    media_demo.attach_demo_files(backend.sessions, profile.media)  # the seeded photos as if downloaded
    media_chat = media_demo.seed_media_chat(backend.sessions, profile.media)

    from klaros_desktop.demo.campaigns import seed_demo_campaigns

    campaign_ids = seed_demo_campaigns(backend.sessions)
    with backend.sessions.begin() as session:  # paired the way ``klaros demo`` pairs: a relay on loopback
        settings.set_many(session, {settings.RELAY_URL: "http://127.0.0.1:8790", settings.DEVICE_ID: "demo-pc",
                                    settings.BUSINESS_NAME: "Blumen Becker",  # as Meta names the demo's number
                                    settings.DISPLAY_PHONE_NUMBER: "4930123456"})
    # the demo shop is shown as it looks in use: connected, last event just now
    backend.online, backend.offline_since, backend.last_event_at = True, None, utcnow()
    csv_path = _demo_csv(work_dir)
    written: list[Path] = []
    ids = contact_ids_by_name(backend.sessions)
    try:
        for scheme in schemes:
            theme.apply(app, scheme)
            written += _render_scheme(backend, scheme, out_dir, ids, csv_path, media_chat, campaign_ids)
    finally:
        for close in backend.closers:
            close()
    return written


def _render_scheme(backend, scheme: str, out_dir: Path, ids: dict[str, int], csv_path: Path,
                   media_chat: int | None = None, campaign_ids: dict[str, int] | None = None) -> list[Path]:
    from klaros_desktop.services.core.changes import Changes
    from klaros_desktop.ui.main_window import CAMPAIGNS, CONTACTS, INBOX, TEMPLATES, MainWindow

    written: list[Path] = []
    window = MainWindow(backend)
    window.resize(SIZE)
    window.show()
    settle()

    def shot(name: str, widget: QWidget) -> None:
        written.append(_save(widget, out_dir / f"{name}-{scheme}.png"))

    def dialog_shot(name: str, make: Callable[[], QWidget], size: QSize = DIALOG_SIZE) -> None:
        dialog = make()
        dialog.resize(size)
        dialog.show()
        settle()
        shot(name, dialog)
        dialog.close()

    def import_report() -> QWidget:
        """The report of importing the sample file into an empty profile (the shop's own stays as shown)."""
        from klaros_desktop.db import open_database
        from klaros_desktop.services.core import settings
        from klaros_desktop.ui.import_dialog import ImportDialog

        engine, sessions = open_database(Profile(csv_path.parent / f"import-{scheme}").ensure())
        closers.append(engine.dispose)
        with sessions.begin() as session:
            settings.set_value(session, settings.DEFAULT_REGION, "DE")
        dialog = ImportDialog(sessions, csv_path, window)
        dialog.start_import()
        return dialog

    def consent_tab() -> QWidget:
        dialog = window.contacts.edit(ids["Thomas Müller"])
        dialog.tabs.setCurrentWidget(dialog.consent_tab)
        return dialog

    def keyring_refused() -> QWidget:
        import keyring.backends.null

        from klaros_desktop.secrets import SecretStore
        from klaros_desktop.ui.setup_wizard import SetupWizard

        store = SecretStore(str(backend.profile.root), backend=keyring.backends.null.Keyring())
        wizard = SetupWizard(backend, store, window)
        wizard.open()
        return wizard

    def erase_contact() -> QWidget:
        from klaros_desktop.ui.privacy import EraseContactDialog

        dialog = EraseContactDialog(window.backend, ids["Anna Schmidt"], window)
        dialog.open()
        dialog.confirm.setText(dialog.digits)  # typed: the red button is on, as just before the click
        dialog.confirm.deselect()
        return dialog

    def erase_result() -> QWidget:
        """What the shop owner reads after erasing Anna (in a copy of the demo shop: the shop shown keeps her)."""
        from klaros_desktop.db import open_database
        from klaros_desktop.demo.seed import contact_ids_by_name, seed_demo_shop
        from klaros_desktop.ui.backend import Backend
        from klaros_desktop.ui.privacy import EraseContactDialog

        scratch = Profile(csv_path.parent / f"erase-{scheme}").ensure()
        engine, sessions = open_database(scratch)
        closers.append(engine.dispose)
        seed_demo_shop(sessions)
        copy = Backend(scratch, sessions, parent=window)
        dialog = EraseContactDialog(copy, contact_ids_by_name(sessions)["Anna Schmidt"], window)
        dialog.confirm.setText(dialog.digits)
        dialog.erase()
        settle()
        return dialog.show_result(window)

    def export_result() -> QWidget:
        """The result of exporting the demo shop (to a Documents folder of the work directory)."""
        from datetime import date

        target = csv_path.parent / f"Documents-{scheme}" / f"klaros-export-{date.today().isoformat()}.zip"
        dialog = window.export_all(target)
        settle()
        return dialog

    closers: list[Callable[[], object]] = []

    window.show_page(INBOX)
    for name, contact in (("inbox", "Anna Schmidt"), ("inbox-window-closed", "Julia Wagner"),
                          ("inbox-opted-out", "Thomas Müller"), ("inbox-failed", "Sofia Rossi")):
        window.open_contact(ids[contact])
        shot(name, window)
    _composer_header_shots(window, ids["Julia Wagner"], shot)
    _inbox_day_one_shots(window, ids, shot)
    # the outbox after a bad reconnect: one message held (the connection broke mid-send), one waiting to retry
    outbox_ids = _outbox_demo(backend, ids["Mehmet Yilmaz"])
    window.open_contact(ids["Mehmet Yilmaz"])
    shot("inbox-outbox", window)
    window.resize(NARROW)
    settle()
    shot("inbox-outbox-narrow", window)
    window.resize(SIZE)
    for item_id in outbox_ids:  # the other screens show the shop without them
        backend.outbox.remove(item_id)
    backend.refresh_outbox_counts()
    backend.changed(Changes.all())
    if media_chat is not None:  # a photo, a voice message, a PDF, a video, an expired photo; viewer; attach
        from klaros_desktop.demo.media_demo import render_media

        render_media(window, media_chat, shot, dialog_shot, csv_path.parent, settle)
    window.show_page(CONTACTS)
    shot("contacts", window)
    dialog_shot("contact-detail", lambda: window.contacts.edit(ids["Anna Schmidt"]), QSize(620, 560))
    dialog_shot("contact-consent", consent_tab, QSize(620, 560))
    window.show_page(TEMPLATES)
    window.templates.table.selectRow(2)
    shot("templates", window)
    if campaign_ids:
        window.show_page(CAMPAIGNS)
        _campaign_shots(window, shot, dialog_shot, campaign_ids)
    dialog_shot("import", lambda: window.contacts.import_file(csv_path))
    dialog_shot("import-report", import_report)
    from klaros_desktop.demo import onboarding_shots  # the wizard's steps, the token guide, Settings' tabs

    onboarding_shots.render(window, dialog_shot, settle)
    dialog_shot("wizard-keyring-refused", keyring_refused, onboarding_shots.WIZARD_SIZE)
    dialog_shot("greeting-away", lambda: _greeting_away(window), QSize(620, 760))
    dialog_shot("template-editor", lambda: _template_editor(window), QSize(900, 600))
    dialog_shot("template-editor-wide", lambda: _template_editor(window), QSize(1400, 900))
    dialog_shot("template-editor-map", lambda: _template_editor_map(window), QSize(900, 600))
    dialog_shot("template-editor-map-wide", lambda: _template_editor_map(window), QSize(1400, 900))
    dialog_shot("template-edit", lambda: _template_edit(window), QSize(900, 600))
    dialog_shot("template-editor-media", lambda: _template_edit_media(window), QSize(900, 620))
    dialog_shot("erase-contact", erase_contact, QSize(600, 440))
    dialog_shot("erase-contact-result", erase_result, QSize(520, 200))
    dialog_shot("export", export_result, QSize(600, 330))
    letters = _dead_letters_demo(backend)  # the status bar's count, then the screen File → Messages Klaros could…
    window.show_page(INBOX)
    shot("inbox-dead-letters", window)
    dialog_shot("dead-letters", window.dead_letters.open, QSize(820, 440))
    _forget_dead_letters(backend, letters)
    dialog_shot("erase-everything", window.erase_everything, QSize(660, 380))
    written += _analytics_shots(window, scheme, out_dir, csv_path.parent, closers)
    dialog_shot("crash", lambda: _crash_dialog(window), QSize(620, 420))
    window.show_page(INBOX)
    window.update_notice.show_ready("0.2.0", "Campaigns can be paused. Contacts import faster.")
    settle()
    shot("update-ready", window)
    window.update_notice.show_downloading("0.2.0", "")
    window.update_notice.show_progress(38, 100)
    settle()
    shot("update-downloading", window)
    window.update_notice.hide()
    window.close()
    window.deleteLater()
    settle()
    for close in closers:
        close()
    return written


def _campaign_shots(window, shot, dialog_shot, campaign_ids: dict[str, int]) -> None:
    """The campaigns list with a campaign half sent (its speed as measured over the last minute and a half) and
    a finished one with its funnel; the builder's three steps for an offer to the newsletter readers."""
    from collections import deque

    page = window.campaigns
    running = campaign_ids["Adventskränze vorbestellen"]
    page.runner.sending.add(running)  # as while this window sends it (the demo has no connection to send on)
    page.model.set_sending(page.runner.sending)
    page.select_campaign(running)
    settle()
    page.view.meter.samples = deque([(0.0, 0)])
    page.view.meter.monotonic = lambda: 90.0  # 423 sent in the last 90 s: 4.7 a second
    page.view.reload()
    shot("campaign-running", window)
    page.view.meter.reset()
    page.select_campaign(campaign_ids["Muttertag: Tulpen-Angebot"])
    shot("campaign-finished", window)
    page.runner.sending.discard(running)
    page.model.set_sending(page.runner.sending)

    def builder(tab: int):
        def make() -> QWidget:
            dialog = page.new_campaign()
            settle()
            dialog.name.setText("Tulpen der Woche")
            for i in range(dialog.tags_any.count()):
                if dialog.tags_any.item(i).data(0x0100) == "Newsletter":
                    dialog.tags_any.item(i).setCheckState(_checked())
            index = next(i for i in range(dialog.template_box.count())
                         if dialog.template_box.itemText(i).startswith("weekly_offer"))
            dialog.template_box.setCurrentIndex(index)
            dialog.variable_rows[0].fallback.setText("liebe Kundin")
            dialog.variable_rows[1].text.setText("Tulpen im Bund für 9,90 €")
            dialog.run_check()
            settle()
            dialog.tabs.setCurrentIndex(tab)
            return dialog
        return make

    from PySide6.QtCore import QSize as _Size

    for tab, name in enumerate(("campaign-builder-audience", "campaign-builder-message", "campaign-builder-send")):
        dialog_shot(name, builder(tab), _Size(960, 700))
    _media_builder_shot(page, dialog_shot)
    _header_builder_shots(page, dialog_shot)


# a picture offer with a link per customer: shown only in the builder's shot (added and removed around it, so the
# Templates screen's shots keep the demo's own templates)
PICTURE_TEMPLATE = {
    "id": "9107", "name": "spring_bouquets", "language": "de", "status": "APPROVED", "category": "MARKETING",
    "components": [{"type": "HEADER", "format": "IMAGE"},
                   {"type": "BODY", "text": "Hallo {{1}}, die ersten Frühlingssträuße sind da!"},
                   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Strauß ansehen",
                                                    "url": "https://blumen-becker.example/s/{{1}}"}]}]}


def _media_builder_shot(page, dialog_shot) -> None:
    """The builder's message step for a template with a picture at the top and a link button with a variable:
    the file chosen, the preview saying the picture is attached."""
    from PySide6.QtCore import QSize
    from sqlalchemy import delete

    from klaros_desktop.demo import media_samples
    from klaros_desktop.models import MessageTemplate
    from klaros_desktop.services.messaging import templates

    sessions = page.backend.sessions
    picture = Path(page.backend.profile.root) / "fruehlingsstrauss.jpg"
    picture.write_bytes(media_samples.photo(800, 418, hue=330, label="Frühling"))
    with sessions.begin() as session:
        templates.store(session, [PICTURE_TEMPLATE])

    def make() -> QWidget:
        dialog = page.new_campaign()
        settle()
        dialog.name.setText("Frühlingssträuße")
        for i in range(dialog.tags_any.count()):
            if dialog.tags_any.item(i).data(0x0100) == "Newsletter":
                dialog.tags_any.item(i).setCheckState(_checked())
        index = next(i for i in range(dialog.template_box.count())
                     if dialog.template_box.itemText(i).startswith("spring_bouquets"))
        dialog.template_box.setCurrentIndex(index)
        dialog.variable_rows[0].fallback.setText("liebe Kundin")
        dialog.button_rows[0].choose("text", "fruehling-2026")
        dialog.choose_header_media(picture)
        dialog.run_check()
        settle()
        dialog.tabs.setCurrentIndex(1)
        settle()
        return dialog

    try:
        dialog_shot("campaign-builder-media", make, QSize(960, 700))
    finally:
        with sessions.begin() as session:
            session.execute(delete(MessageTemplate).where(MessageTemplate.name == PICTURE_TEMPLATE["name"]))
        picture.unlink(missing_ok=True)


# a title with the customer's order number and a map to the shop's new address: only in the builder's shots
TITLE_TEMPLATE = {
    "id": "9110", "name": "bouquet_ready", "language": "de", "status": "APPROVED", "category": "UTILITY",
    "components": [{"type": "HEADER", "format": "TEXT", "text": "Bestellung {{1}}"},
                   {"type": "BODY", "text": "Hallo {{1}}, Ihr Strauß liegt zur Abholung bereit."}]}
LOCATION_TEMPLATE = {
    "id": "9111", "name": "we_have_moved", "language": "de", "status": "APPROVED", "category": "MARKETING",
    "components": [{"type": "HEADER", "format": "LOCATION"},
                   {"type": "BODY", "text": "Hallo {{1}}, Blumen Becker ist umgezogen! Ab Montag hier!"}]}


def _header_builder_shots(page, dialog_shot) -> None:
    """The builder's message step for a template whose title has a variable (filled from a contact field, with a
    fallback) and for one with a map at the top (the place typed in, checked)."""
    from PySide6.QtCore import QSize
    from sqlalchemy import delete

    from klaros_desktop.models import MessageTemplate
    from klaros_desktop.services.messaging import templates

    sessions = page.backend.sessions
    with sessions.begin() as session:
        templates.store(session, [TITLE_TEMPLATE, LOCATION_TEMPLATE])

    def make(name: str, fill: Callable[[Any], None]) -> Callable[[], QWidget]:
        def build() -> QWidget:
            dialog = page.new_campaign()
            settle()
            dialog.name.setText("Abholung" if name == TITLE_TEMPLATE["name"] else "Umzug")
            for i in range(dialog.tags_any.count()):
                if dialog.tags_any.item(i).data(0x0100) == "Newsletter":
                    dialog.tags_any.item(i).setCheckState(_checked())
            index = next(i for i in range(dialog.template_box.count())
                         if dialog.template_box.itemText(i).startswith(name))
            dialog.template_box.setCurrentIndex(index)
            dialog.variable_rows[0].fallback.setText("liebe Kundin")
            fill(dialog)
            dialog.run_check()
            settle()
            dialog.tabs.setCurrentIndex(1)
            settle()
            return dialog
        return build

    def title(dialog: Any) -> None:
        dialog.title_rows[0].choose("custom.Kundennummer", fallback="ohne Nummer")

    def place(dialog: Any) -> None:
        dialog.set_location("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")

    try:
        dialog_shot("campaign-builder-title", make(TITLE_TEMPLATE["name"], title), QSize(960, 700))
        dialog_shot("campaign-builder-location", make(LOCATION_TEMPLATE["name"], place), QSize(960, 700))
    finally:
        with sessions.begin() as session:
            session.execute(delete(MessageTemplate).where(MessageTemplate.name.in_(
                (TITLE_TEMPLATE["name"], LOCATION_TEMPLATE["name"]))))


HEADER_TEMPLATE = {  # the inbox's template picker with a picture at the top (added and removed around the shots)
    "id": "9108", "name": "new_flowers", "language": "de", "status": "APPROVED", "category": "MARKETING",
    "components": [{"type": "HEADER", "format": "IMAGE"},
                   {"type": "BODY", "text": "Hallo {{1}}, frische Tulpen sind da! Heute bis 18 Uhr im Laden."}]}


LINK_TEMPLATE = {  # the picker with a link button whose address ends in the customer's parcel number
    "id": "9109", "name": "parcel_on_its_way", "language": "de", "status": "APPROVED", "category": "UTILITY",
    "components": [{"type": "BODY", "text": "Hallo {{1}}, Ihr Strauß ist unterwegs und kommt morgen an."},
                   {"type": "BUTTONS", "buttons": [
                       {"type": "URL", "text": "Sendung verfolgen", "url": "https://blumen-becker.example/track/{{1}}",
                        "example": ["https://blumen-becker.example/track/LB-48213"]}]}]}


def _composer_header_shots(window, contact_id: int, shot: Callable[[str, QWidget], None]) -> None:
    """The window has closed; the picker's template shows a picture at the top: first asking for the file (with
    Meta's limit), then with the file chosen and named in the preview; then a template whose link button takes
    the customer's parcel number (one with a space, refused in words, then a right one); a title whose order
    number is the customer's (too long for Meta's 60 characters, then fitting) and a map at the top (the place
    given, then a latitude out of range)."""
    from sqlalchemy import delete

    from klaros_desktop.demo import media_samples
    from klaros_desktop.models import MessageTemplate
    from klaros_desktop.services.messaging import templates

    sessions = window.backend.sessions
    picture = Path(window.backend.profile.root) / "Tulpen.jpg"
    picture.write_bytes(media_samples.photo(800, 418, hue=350, label="Tulpen"))
    with sessions.begin() as session:
        templates.store(session, [HEADER_TEMPLATE])
    try:
        window.open_contact(contact_id)
        settle()
        composer = window.inbox.composer
        composer.recheck()
        settle()
        index = next(i for i in range(composer.template_box.count())
                     if composer.template_box.itemText(i).startswith(HEADER_TEMPLATE["name"]))
        composer.template_box.setCurrentIndex(index)
        settle()
        shot("inbox-template-header-missing", window)
        composer.set_header_file(picture)
        settle()
        shot("inbox-template-header", window)
        with sessions.begin() as session:
            templates.store(session, [LINK_TEMPLATE])
        composer.recheck()
        settle()
        index = next(i for i in range(composer.template_box.count())
                     if composer.template_box.itemText(i).startswith(LINK_TEMPLATE["name"]))
        composer.template_box.setCurrentIndex(index)
        settle()
        [link] = composer.link_edits.values()
        link.setText("LB 48213")
        settle()
        shot("inbox-template-link-wrong", window)
        link.setText("LB-48213")
        settle()
        shot("inbox-template-link", window)
        with sessions.begin() as session:
            templates.store(session, [TITLE_TEMPLATE, LOCATION_TEMPLATE])
        composer.recheck()
        settle()

        def choose(name: str) -> None:
            composer.template_box.setCurrentIndex(next(i for i in range(composer.template_box.count())
                                                       if composer.template_box.itemText(i).startswith(name)))
            settle()

        choose(TITLE_TEMPLATE["name"])
        composer.title_edit.setText("B-2026-0417 Hochzeitsstrauß mit Lieferung nach Potsdam")
        settle()
        shot("inbox-template-title-long", window)
        composer.title_edit.setText("B-2026-0417")
        settle()
        shot("inbox-template-title", window)
        choose(LOCATION_TEMPLATE["name"])
        composer.set_place("52.5292", "13.4012", "Blumen Becker", "Torstraße 1, 10119 Berlin")
        settle()
        shot("inbox-template-location", window)
        composer.place_latitude.setText("95.5")
        settle()
        shot("inbox-template-location-wrong", window)
    finally:
        with sessions.begin() as session:
            session.execute(delete(MessageTemplate).where(MessageTemplate.name.in_(
                [HEADER_TEMPLATE["name"], LINK_TEMPLATE["name"], TITLE_TEMPLATE["name"],
                 LOCATION_TEMPLATE["name"]])))
        picture.unlink(missing_ok=True)
        window.inbox.composer.recheck()
        settle()


def _checked():
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked


def _analytics_shots(window, scheme: str, out_dir: Path, work_dir: Path, closers: list) -> list[Path]:
    """The Analytics screen of the demo shop with its history (in a copy: the other screens show the shop
    without the extra customers), wide, its whole length, narrow, and a failure group opened."""
    from klaros_desktop.db import open_database
    from klaros_desktop.demo.seed import seed_demo_shop
    from klaros_desktop.demo.traffic import seed_traffic
    from klaros_desktop.ui.backend import Backend
    from klaros_desktop.ui.main_window import ANALYTICS, MainWindow

    scratch = Profile(work_dir / f"analytics-{scheme}").ensure()
    engine, sessions = open_database(scratch)
    closers.append(engine.dispose)
    from datetime import timedelta
    from decimal import Decimal

    from klaros_desktop.demo.traffic import import_simulator_rates
    from klaros_desktop.models import utcnow
    from klaros_desktop.services.analytics import budget

    seed_demo_shop(sessions)
    seed_traffic(sessions, newest_days=2)  # up to two days ago, so this month has charges against the budget
    import_simulator_rates(sessions, scratch.root, (utcnow() - timedelta(days=120)).date().replace(day=1))
    budget.save(sessions, budget.Budget(Decimal("25.00"), "USD"), actor="demo")
    copy = Backend(scratch, sessions, parent=window)
    copy.online, copy.offline_since, copy.last_event_at = True, None, window.backend.last_event_at
    shown = MainWindow(copy)
    shown.resize(SIZE)
    shown.show()
    shown.show_page(ANALYTICS)
    settle()
    page = shown.analytics
    written = [_save(shown, out_dir / f"analytics-{scheme}.png")]
    body = page.scroll.widget()
    written.append(_save(body, out_dir / f"analytics-full-{scheme}.png"))
    shown.resize(NARROW)
    settle()
    written.append(_save(shown, out_dir / f"analytics-narrow-{scheme}.png"))
    shown.resize(SIZE)
    page.failures_view.selectRow(0)
    page._open_failure(page.failures.index(0, 0))
    settle()
    dialog = getattr(page, "failed_dialog", None)
    if dialog is not None:
        dialog.resize(QSize(720, 380))
        written.append(_save(dialog, out_dir / f"analytics-failures-{scheme}.png"))
        dialog.close()
    shown.close()
    shown.deleteLater()
    return written


def _inbox_day_one_shots(window, ids: dict[str, int], shot: Callable[[str, QWidget], None]) -> None:
    """The inbox's day one, each at 1400×900 and at 900×600 (``-small``): the contact panel beside the chat, the
    search (chats and messages, the hit set apart and opened in its thread), a chat's right-click menu and a
    message's actions (drawn over the window where they open)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    inbox = window.inbox

    class _Still(QWidget):  # the window with a menu open over it, as one picture
        def __init__(self, picture):
            super().__init__()
            self.picture = picture

        def grab(self, *_args):
            return self.picture

    def with_menu(actions, at) -> QWidget:
        menu = QMenu(window)
        menu.addActions(actions)
        menu.adjustSize()
        settle()
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(at, menu.grab())
        painter.end()
        menu.deleteLater()
        return _Still(picture)

    for size, suffix in ((QSize(1400, 900), ""), (QSize(900, 600), "-small")):
        window.resize(size)
        settle()
        window.open_contact(ids["Anna Schmidt"])
        inbox._panel_chosen = True  # "Contact info" pressed (a small window hides it until then)
        inbox._place_panel()
        settle()
        shot(f"inbox-contact-panel{suffix}", window)
        inbox._panel_chosen = None
        inbox._place_panel()
        inbox.search.setText("Tulpen")
        inbox.apply_filter()
        settle()
        if inbox.message_hits.rowCount():
            inbox.open_message(inbox.message_hits.rows[0])
        shot(f"inbox-search{suffix}", window)
        inbox.search.clear()
        inbox.apply_filter()
        window.open_contact(ids["Anna Schmidt"])
        settle()
        row = inbox.conversations.rows[min(2, len(inbox.conversations.rows) - 1)]
        rect = inbox.list.visualRect(inbox.conversations.index(inbox.conversations.row_of(row.id)))
        shot(f"chat-actions{suffix}", with_menu(inbox.chat_actions(row, window),
                                                inbox.list.viewport().mapTo(window, rect.center())))
        message = next((i for i in range(len(inbox.messages.rows) - 1, -1, -1)
                        if inbox.messages.rows[i].direction == "in" and inbox.messages.rows[i].wamid), None)
        if message is not None:
            rect = inbox.thread.visualRect(inbox.messages.index(message))
            shot(f"message-actions{suffix}", with_menu(
                inbox.thread.row_actions(inbox.messages.index(message), window),
                inbox.thread.viewport().mapTo(window, rect.center())))
    window.resize(SIZE)
    settle()


def _template_editor(window) -> QWidget:
    """Templates → New template…, a marketing offer being written: a value in the header with its example, a
    copy-code button whose example code is missing (so Meta's rule shows), a quick reply."""
    editor = window.templates.new_template()
    editor.name.setText("fruehling_gutschein")
    editor.category.setCurrentIndex(editor.category.findData("MARKETING"))
    editor.header.setText("Ihr Frühlingsgutschein, {{1}}")
    editor.title_example.setText("Anna")
    editor.body.setPlainText("Hallo {{1}}, mit Ihrem Code sparen Sie bis Sonntag {{2}} auf alle Sträuße.")
    editor.example_edits[0].setText("Anna")
    editor.example_edits[1].setText("20 %")
    editor.footer.setText("Blumen Becker, Hauptstraße 5")
    editor.buttons_edit.setText("Keine Angebote mehr")
    editor.add_code.click()
    return editor


def _template_editor_map(window) -> QWidget:
    """Templates → New template…, a map at the top: the place is given each time it is sent."""
    editor = window.templates.new_template()
    editor.name.setText("neuer_laden")
    editor.header_kind.setCurrentIndex(editor.header_kind.findData("LOCATION"))
    editor.body.setPlainText("Hallo {{1}}, wir sind umgezogen! Ab Montag finden Sie uns hier, mit mehr Platz "
                             "für Ihre Blumen.")
    editor.example_edits[0].setText("Anna")
    editor.footer.setText("Blumen Becker")
    return editor


def _template_edit(window) -> QWidget:
    """Templates → Edit… on the approved weekly offer: name, language and category fixed, Meta's rules said,
    the footer being changed."""
    from klaros_desktop.services.messaging import template_edits

    editor = window.templates.open_editor(template_edits.prepare(window.backend.sessions, "weekly_offer", "de"))
    for edit, example in zip(editor.example_edits, ("Anna", "Tulpen im Bund für 4,99 €"), strict=False):
        edit.setText(example)
    editor.footer.setText("Blumen Becker, Hauptstraße 5 · Mo–Sa 9–18 Uhr")
    return editor


def _template_edit_media(window) -> QWidget:
    """Templates → Edit… on a template with a picture at the top, named values, a link and a call button (the
    demo's ``MEDIA_TEMPLATE``, opened as Meta has it; the link's example shown under it)."""
    from klaros_desktop.demo.seed import MEDIA_TEMPLATE
    from klaros_desktop.services.messaging import template_edits

    t = MEDIA_TEMPLATE
    draft = template_edits.draft_of(t["components"], t["name"], t["language"], t["category"], t["parameter_format"])
    editing = template_edits.Editing(name=t["name"], language=t["language"], status=t["status"],
                                     category=t["category"], meta_id=t["id"], draft=draft, blocked=None,
                                     category_fixed=True)
    editor = window.templates.open_editor(editing)
    editor.footer.setText("Blumen Becker, Hauptstraße 5 · Mo–Sa 9–18 Uhr")
    return editor


def _greeting_away(window) -> QWidget:
    """File → Greeting and away messages…, filled in as the demo florist would (not saved)."""
    dialog = window.open_auto_replies()
    dialog.greeting_on.setChecked(True)
    dialog.greeting_text.setPlainText("Willkommen bei Blumen Becker! Wir melden uns gleich bei Ihnen.")
    dialog.away_on.setChecked(True)
    dialog.away_text.setPlainText("Danke für Ihre Nachricht! Wir sind gerade nicht im Laden und antworten ab "
                                  "9 Uhr.")
    return dialog


def _outbox_demo(backend, contact_id: int) -> list[int]:
    """Queue two texts and a template and let a flaky connection answer the flush: the first is held as "may have
    reached the customer", the second waits for its next try, the template (written offline) waits behind it.
    Returns the items' ids."""
    import asyncio

    import httpx

    from klaros_desktop.services.messaging import templates
    from klaros_desktop.services.people import contact_edit

    class Flaky:
        errors = [httpx.ReadTimeout("read timed out"), httpx.ConnectError("connection refused")]

        async def send_text(self, number: str, body: str, *, correlation_id: str | None = None):
            raise self.errors.pop(0)

    box = backend.outbox
    number = contact_edit.load(backend.sessions, contact_id).phone
    held = box.add(contact_id, number, "Die 12 Tischsträuße kommen Dienstag um 8 Uhr, die Rechnung liegt bei.")
    waiting = box.add(contact_id, number, "Brauchen Sie auch wieder Kerzen dazu?")
    with backend.sessions.begin() as session:
        templates.store(session, [TITLE_TEMPLATE])
    template = box.add_template(contact_id, number, "bouquet_ready", "de", ["Mehmet"], header_text="B-2291")
    report = asyncio.run(box.flush(Flaky()))
    backend.refresh_outbox_counts()
    backend.changed(report.changes)  # as after a real flush: the list marks the chat
    return [held.id, waiting.id, template.id]


def _dead_letters_demo(backend) -> list[int]:
    """What sync sets aside in real life: a customer's message this version cannot store, a delivery report the
    database refused, one sealed for a computer paired before this one. Returns their ids."""
    from datetime import timedelta

    from klaros_desktop.demo.seed import PHONE_NUMBER_ID
    from klaros_desktop.models import utcnow
    from klaros_desktop.relay_client import PulledEvent, SealError
    from klaros_desktop.services.core.changes import Changes
    from klaros_desktop.services.inbound import dead_letters

    def at(hours: float) -> str:
        return (utcnow() - timedelta(hours=hours)).isoformat()

    def webhook(value: dict) -> dict:
        return {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
            "field": "messages", "value": {"messaging_product": "whatsapp", "metadata": {
                "display_phone_number": "4930123456", "phone_number_id": PHONE_NUMBER_ID}, **value}}]}]}

    message = webhook({"contacts": [{"profile": {"name": "Lena Hoffmann"}, "wa_id": "4917612345678"}],
                       "messages": [{"from": "4917612345678", "id": "wamid.DEMO.dead", "type": "order",
                                     "timestamp": "1764057600", "order": {"product_items": {"sku": "rosen-rot"}}}]})
    status = webhook({"statuses": [{"id": "wamid.DEMO.tick", "status": "read", "recipient_id": "393471234567",
                                    "timestamp": "1764057600"}]})
    with backend.sessions.begin() as session:
        ids = [dead_letters.record(session, PulledEvent(cursor, when, f"relay-{cursor}", sealed), error,
                                   body=body).id
               for cursor, when, sealed, error, body in (
                   ("00004711", at(26), {"v": 1}, SealError("this device is not among the event's recipients"), None),
                   ("00004790", at(5.2), {}, _raised(TypeError), status),
                   ("00004802", at(1.5), {}, _raised(KeyError), message))]
    backend.changed(Changes(dead_letters=True))
    return ids


def _raised(kind: type[Exception]) -> Exception:
    try:
        raise kind("demo")
    except Exception as exc:  # raised, so its reason says where, as a real one does
        return exc


def _crash_dialog(window) -> QWidget:
    """What an unexpected failure looks like (a report built from a raised error, not written anywhere)."""
    from klaros_desktop import crash_report
    from klaros_desktop.ui.crash_dialog import CrashDialog

    error = _raised(KeyError)
    text, summary = crash_report.build(error, where="main thread")
    report = crash_report.CrashReport(text=text, summary=summary,
                                      file=window.backend.profile.logs / "crash-20260601-101500-4242-1.txt")
    dialog = CrashDialog(report, window)
    dialog.open()
    return dialog


def _forget_dead_letters(backend, ids: list[int]) -> None:
    from klaros_desktop.services.core.changes import Changes
    from klaros_desktop.services.inbound import dead_letters

    for dead_letter_id in ids:
        dead_letters.discard(backend.sessions, dead_letter_id, actor="demo")
    backend.changed(Changes(dead_letters=True))
