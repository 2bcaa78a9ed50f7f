"""One campaign in detail: its progress while it runs (bar, remaining time, current rate), the funnel, the
failures and skips with their reasons in words, the held recipients waiting for the owner's decision, and the
actions its state allows (start, pause, resume, cancel, retry the failed, export).

The numbers are ``overview.detail`` (the counts ``klaros campaign status`` prints), re-read off the screen's
thread when a change report names the campaign or any message (a status webhook moves recipients along).
The rate is measured here from two readings a few seconds apart: what the owner sees is what happened.
"""

from __future__ import annotations

import html
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klaros_desktop.services.campaigns import lifecycle, overview
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.built_in_steps import BuiltInSteps
from klaros_desktop.ui.campaign_runner import run_for
from klaros_desktop.ui.i18n import (
    country_with_code,
    date_time_edit_format,
    day,
    language,
    local_date,
    money,
    number,
    percent,
    render,
)
from klaros_desktop.ui.phone_format import pretty_number

STATE_WORDS = {
    lifecycle.DRAFT: QT_TRANSLATE_NOOP("CampaignView", "Draft"),
    lifecycle.RUNNING: QT_TRANSLATE_NOOP("CampaignView", "Sending"),
    lifecycle.PAUSED: QT_TRANSLATE_NOOP("CampaignView", "Paused"),
    lifecycle.STOPPED: QT_TRANSLATE_NOOP("CampaignView", "Stopped"),
    lifecycle.DONE: QT_TRANSLATE_NOOP("CampaignView", "Finished"),
    lifecycle.CANCELLED: QT_TRANSLATE_NOOP("CampaignView", "Cancelled"),
}

# the funnel's lines: (label, what it counts, help)
FUNNEL = (
    ("queued", QT_TRANSLATE_NOOP("CampaignView", "Waiting"),
     QT_TRANSLATE_NOOP("CampaignView", "not sent yet")),
    ("sent", QT_TRANSLATE_NOOP("CampaignView", "Sent"),
     QT_TRANSLATE_NOOP("CampaignView", "accepted by WhatsApp")),
    ("delivered", QT_TRANSLATE_NOOP("CampaignView", "Delivered"),
     QT_TRANSLATE_NOOP("CampaignView", "arrived on their phone")),
    ("read", QT_TRANSLATE_NOOP("CampaignView", "Read"),
     QT_TRANSLATE_NOOP("CampaignView", "opened (only if they share read receipts)")),
    ("replied", QT_TRANSLATE_NOOP("CampaignView", "Replied"),
     QT_TRANSLATE_NOOP("CampaignView", "wrote back after it")),
    ("failed", QT_TRANSLATE_NOOP("CampaignView", "Failed"),
     QT_TRANSLATE_NOOP("CampaignView", "WhatsApp did not deliver it")),
    ("skipped", QT_TRANSLATE_NOOP("CampaignView", "Left out"),
     QT_TRANSLATE_NOOP("CampaignView", "not sent, for the reasons below")),
    ("held", QT_TRANSLATE_NOOP("CampaignView", "Your decision"),
     QT_TRANSLATE_NOOP("CampaignView", "may have been sent; see below")),
)
RATE_WINDOW_S = 10.0  # the current rate is measured over the last this many seconds


def state_word(state: str) -> str:
    word = STATE_WORDS.get(state)
    return QCoreApplication.translate("CampaignView", word) if word else state


def funnel_counts(counts: dict[str, int]) -> dict[str, int]:
    """Each stage counts everyone who got at least that far (a read message was also delivered and sent)."""
    replied = counts.get(lifecycle.REPLIED, 0)
    read = counts.get(lifecycle.READ, 0) + replied
    delivered = counts.get(lifecycle.DELIVERED, 0) + read
    sent = counts.get(lifecycle.SENT, 0) + delivered
    return {"queued": counts.get(lifecycle.QUEUED, 0), "sent": sent, "delivered": delivered, "read": read,
            "replied": replied, "failed": counts.get(lifecycle.FAILED, 0),
            "skipped": counts.get(lifecycle.SKIPPED, 0), "held": counts.get(lifecycle.HELD, 0)}


class RateMeter:
    """Messages settled per second over the last ``RATE_WINDOW_S`` seconds, from readings of the count."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic):
        self.monotonic = monotonic
        self.samples: deque[tuple[float, int]] = deque()

    def reset(self) -> None:
        self.samples.clear()

    def add(self, settled: int) -> None:
        now = self.monotonic()
        self.samples.append((now, settled))
        while len(self.samples) > 2 and now - self.samples[1][0] >= RATE_WINDOW_S:
            self.samples.popleft()

    def rate(self) -> float | None:
        if len(self.samples) < 2:
            return None
        (t0, n0), (t1, n1) = self.samples[0], self.samples[-1]
        return (n1 - n0) / (t1 - t0) if t1 > t0 and n1 >= n0 else None


def duration_words(seconds: float) -> str:
    if seconds < 60:
        return QCoreApplication.translate("CampaignView", "less than a minute")
    minutes = round(seconds / 60)
    if minutes < 90:
        return QCoreApplication.translate("CampaignView", "about {n} min").format(n=number(minutes))
    return QCoreApplication.translate("CampaignView", "about {h} h {m} min").format(h=minutes // 60, m=minutes % 60)


class ScheduleDialog(QDialog):
    """When a draft starts by itself: a date and time in the shop's time zone."""

    def __init__(self, current: datetime | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start the campaign later"))
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_edit_format())
        self.when.setAccessibleName(self.tr("Start time"))
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        if current is not None:
            start = QDateTime.fromSecsSinceEpoch(int(current.timestamp()))
        self.when.setDateTime(start)
        text = QLabel(self.tr("Klaros starts the campaign at this time (the shop's time zone) if it is open then, "
                              "or as soon as it is opened afterwards, and tells you so."), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.when)
        layout.addWidget(buttons)


class CampaignView(BuiltInSteps, QWidget):
    open_builder = Signal()
    shown = Signal(object)  # the ``overview.Detail`` just put on screen

    def __init__(self, backend: Backend, runner, parent: QWidget | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic, in_steps: bool = False):
        super().__init__(parent)
        self.backend = backend
        self.runner = runner
        self.campaign_id: int | None = None
        self.detail: overview.Detail | None = None
        self.meter = RateMeter(monotonic)
        self._loading = False
        self._again = False
        self._replies = True  # the next read notes who wrote back (the first one, and after messages arrived)
        self.begin_building(self._build_steps(), in_steps=in_steps)

    # ------------------------------------------------------------------ building
    def _build_steps(self):
        """The view's widgets, yielding (a true value) between its groups (the header and actions, the funnel,
        the held recipients, the rest), so that the campaigns page can be built at start-up one group per turn
        of the event loop. Nothing is connected to the backend or the runner before the last group.

        The scroll area and its body come first and every widget is made in the body, each group added to its
        column as it is built: under the app's style sheet a widget moved to another parent re-styles itself
        and all its children, so moving them all there at the end was one long turn. The look is ``app.qss``'s
        (a style sheet of the view's own re-styled every widget of it in one go)."""
        self.setObjectName("campaignView")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()  # (no parent until the scroll area takes it: it moves nowhere after)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 8, 4, 8)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.title = QLabel(body)
        self.title.setObjectName("threadTitle")
        self.title.setAccessibleName(self.tr("Campaign"))
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("muted")
        self.subtitle.setWordWrap(True)
        self.cost = QLabel(body)
        self.cost.setWordWrap(True)
        self.cost.setAccessibleName(self.tr("Cost forecast"))
        self.reason = QLabel(body)
        self.reason.setWordWrap(True)
        self.reason.setObjectName("campaignReason")
        self.reason.setAccessibleName(self.tr("Why the campaign paused or stopped"))
        self.progress = QProgressBar(body)
        self.progress.setAccessibleName(self.tr("Campaign progress"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress_text = QLabel(body)
        self.progress_text.setAccessibleName(self.tr("Progress, remaining time and rate"))

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start now"), body)
        self.start_button.setObjectName("primary")
        self.schedule_button = QPushButton(self.tr("Schedule…"), body)
        self.unschedule_button = QPushButton(self.tr("Do not start by itself"), body)
        self.pause_button = QPushButton(self.tr("Pause"), body)
        self.resume_button = QPushButton(self.tr("Resume"), body)
        self.resume_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel campaign…"), body)
        self.retry_button = QPushButton(self.tr("Retry the failed"), body)
        self.export_button = QPushButton(self.tr("Export results…"), body)
        for button in (self.start_button, self.schedule_button, self.unschedule_button, self.pause_button,
                       self.resume_button, self.cancel_button, self.retry_button, self.export_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        self.schedule_button.clicked.connect(lambda: self.schedule())
        self.unschedule_button.clicked.connect(self.unschedule)
        buttons.addStretch(1)
        self.start_button.clicked.connect(self.start_now)
        self.pause_button.clicked.connect(lambda: self.set_state("pause"))
        self.resume_button.clicked.connect(lambda: self.set_state("resume"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry_failed)
        self.export_button.clicked.connect(lambda: self.export())
        self.action_result = QLabel(body)
        self.action_result.setWordWrap(True)
        self.action_result.setObjectName("muted")
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.cost)
        column.addWidget(self.reason)
        column.addWidget(self.progress)
        column.addWidget(self.progress_text)
        column.addLayout(buttons)
        column.addWidget(self.action_result)

        yield True
        # the funnel: one line per stage, a bar as wide as its share of the recipients
        self.funnel_box = QFrame(body)
        self.funnel_box.setObjectName("funnel")
        grid = QGridLayout(self.funnel_box)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.funnel_bars: dict[str, QProgressBar] = {}
        self.funnel_numbers: dict[str, QLabel] = {}
        for row, (key, label, help_text) in enumerate(FUNNEL):
            name = QLabel(QCoreApplication.translate("CampaignView", label), self.funnel_box)
            bar = QProgressBar(self.funnel_box)
            bar.setTextVisible(False)
            bar.setFixedHeight(12)
            bar.setObjectName(f"funnel_{key}")
            bar.setAccessibleName(QCoreApplication.translate("CampaignView", label))
            number = QLabel("0", self.funnel_box)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMinimumWidth(56)
            hint = QLabel(QCoreApplication.translate("CampaignView", help_text), self.funnel_box)
            hint.setObjectName("muted")
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(number, row, 2)
            grid.addWidget(hint, row, 3)
            self.funnel_bars[key], self.funnel_numbers[key] = bar, number
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.reasons = QLabel(body)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAccessibleName(self.tr("Failures and people left out, with the reasons"))
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lower = QHBoxLayout()
        lower.addWidget(self.funnel_box, 3)
        lower.addWidget(self.reasons, 2)
        column.addLayout(lower)

        yield True
        self.held_box = QFrame(body)
        hl = QVBoxLayout(self.held_box)
        hl.setContentsMargins(0, 0, 0, 0)
        held_title = QLabel(self.tr("Waiting for your decision: the connection broke while these were being sent, "
                                    "so they may have arrived. Check the chat, then send again or leave it."),
                            self.held_box)
        held_title.setWordWrap(True)
        self.held_table = QTableWidget(0, 2, self.held_box)
        self.held_table.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Number")])
        self.held_table.verticalHeader().hide()
        self.held_table.horizontalHeader().setStretchLastSection(True)
        self.held_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held_table.setMaximumHeight(130)
        self.held_table.setAccessibleName(self.tr("Recipients waiting for your decision"))
        self.send_again_button = QPushButton(self.tr("Send again"), self.held_box)
        self.drop_button = QPushButton(self.tr("Do not send"), self.held_box)
        self.send_again_button.clicked.connect(lambda: self.release(True))
        self.drop_button.clicked.connect(lambda: self.release(False))
        hb = QHBoxLayout()
        hb.addWidget(self.send_again_button)
        hb.addWidget(self.drop_button)
        hb.addStretch(1)
        hl.addWidget(held_title)
        hl.addWidget(self.held_table)
        hl.addLayout(hb)
        column.addWidget(self.held_box)
        column.addStretch(1)

        yield True
        QWidget.setTabOrder(self.drop_button, scroll)  # (made first, it is reached by Tab last, as it was)
        self._reread = QTimer(self, singleShot=True, interval=150)
        self._reread.timeout.connect(self.reload)
        self.backend.data_changed.connect(self._data_changed)
        self.runner.sending_changed.connect(self._render)
        self._clear()

    # ------------------------------------------------------------------ reading
    def show_campaign(self, campaign_id: int) -> None:
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            self._replies = True
            self.meter.reset()
            self.action_result.clear()
        self.reload()

    def reload(self) -> None:
        if self.campaign_id is None:
            return
        if self._loading:  # one read at a time; a change meanwhile reads again after it
            self._again = True
            return
        self._loading = True
        sessions, campaign_id, replies = self.backend.sessions, self.campaign_id, self._replies
        self._replies = False
        run_for(self, lambda: overview.detail(sessions, campaign_id, replies=replies), self._loaded,
                self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.action_result.setText(self.tr("Could not read the campaign: {error}").format(error=render(exc)))

    def _loaded(self, detail: overview.Detail | None) -> None:
        self._loading = False
        if detail is not None and detail.row.id == self.campaign_id:
            self.detail = detail
            if detail.row.state == lifecycle.RUNNING:
                self.meter.add(detail.row.settled)
            self._render()
            self.shown.emit(detail)
        if self._again:
            self._again = False
            self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if self.campaign_id is None:
            return
        arrived = changes.everything or bool(changes.messages or changes.conversations)
        if arrived:
            self._replies = True
        if arrived or self.campaign_id in changes.campaigns:
            self._reread.start()

    # ------------------------------------------------------------------ showing
    def _clear(self) -> None:
        self.title.setText(self.tr("Choose a campaign above"))
        self.subtitle.clear()
        for widget in (self.reason, self.cost, self.progress, self.progress_text, self.held_box, self.funnel_box,
                       self.reasons):
            widget.hide()
        for button in self._buttons():
            button.hide()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.start_button, self.schedule_button, self.unschedule_button, self.pause_button,
                self.resume_button, self.cancel_button, self.retry_button, self.export_button)

    def _render(self) -> None:
        detail = self.detail
        if detail is None:
            return self._clear()
        row = detail.row
        c = theme.colours()
        self.title.setText(row.name)
        parts = [self.tr("Template {name} ({language})").format(
                     name=row.template, language=language(row.language, in_sentence=True)),
                 self.tr("{n} recipients").format(n=number(row.total - row.counts.get(lifecycle.SKIPPED, 0)))]
        if row.state == lifecycle.DRAFT and row.scheduled_at is not None:
            parts.append(self.tr("starts by itself on {time}").format(time=local_date(row.scheduled_at,
                                                                                       "d MMM yyyy HH:mm")))
        elif row.started_at is not None:
            parts.append(self.tr("started {time}").format(time=local_date(row.started_at, "d MMM yyyy HH:mm")))
        if row.finished_at is not None and row.state == lifecycle.DONE:
            parts.append(self.tr("finished {time}").format(time=local_date(row.finished_at, "d MMM yyyy HH:mm")))
        self.subtitle.setText(" · ".join([state_word(row.state), *parts]))
        self.reason.setVisible(bool(row.reason))
        self.reason.setText(render(row.reason) if row.reason else "")

        to_send = row.total - row.counts.get(lifecycle.SKIPPED, 0)
        done = to_send - row.counts.get(lifecycle.QUEUED, 0)
        self.progress.setRange(0, max(1, to_send))
        self.progress.setValue(done)
        self.progress.setVisible(row.state != lifecycle.DRAFT)
        self.progress_text.setVisible(row.state != lifecycle.DRAFT)
        self.progress_text.setText(self._progress_words(row, done, to_send))

        counts = funnel_counts(row.counts)
        for key, bar in self.funnel_bars.items():
            bar.setRange(0, max(1, row.total))
            bar.setValue(counts[key])
            self.funnel_numbers[key].setText(number(counts[key]))
        self.funnel_box.show()

        lines = []
        if detail.failures:
            heading = self.tr("Why some failed")
            lines.append(f"<p><b>{html.escape(heading)}</b></p><ul>")
            lines += [f"<li><span style='color:{c.danger}'>{number(n)}</span> · {html.escape(render(reason))}</li>"
                      for reason, n in detail.failures]
            lines.append("</ul>")
        if detail.skips:
            heading = self.tr("Why some were left out")
            lines.append(f"<p><b>{html.escape(heading)}</b></p><ul>")
            lines += [f"<li>{number(n)} · {html.escape(render(reason))}</li>" for reason, n in detail.skips]
            lines.append("</ul>")
        self.reasons.setText("".join(lines))
        self.reasons.setVisible(bool(lines))

        self.held_box.setVisible(bool(detail.held))
        self.held_table.setRowCount(len(detail.held))
        for i, held in enumerate(detail.held):
            self.held_table.setItem(i, 0, QTableWidgetItem(held.name or self.tr("(no name)")))
            self.held_table.setItem(i, 1, QTableWidgetItem(pretty_number(held.phone)))
        if detail.held and not self.held_table.selectedItems():
            self.held_table.selectRow(0)

        self.cost.setVisible(detail.forecast is not None)
        if detail.forecast is not None:
            self.cost.setText(self._cost_words(detail.forecast))
        state = row.state
        sending = row.id in self.runner.sending
        self.start_button.setVisible(state == lifecycle.DRAFT)
        self.schedule_button.setVisible(state == lifecycle.DRAFT)
        self.schedule_button.setText(self.tr("Change the time…") if row.scheduled_at else self.tr("Schedule…"))
        self.unschedule_button.setVisible(state == lifecycle.DRAFT and row.scheduled_at is not None)
        self.pause_button.setVisible(state == lifecycle.RUNNING)
        self.resume_button.setVisible(state in (lifecycle.PAUSED, lifecycle.STOPPED)
                                      or (state == lifecycle.RUNNING and not sending))
        self.resume_button.setText(self.tr("Send now") if state == lifecycle.RUNNING else self.tr("Resume"))
        self.cancel_button.setVisible(state in (lifecycle.DRAFT, lifecycle.RUNNING, lifecycle.PAUSED,
                                                lifecycle.STOPPED))
        self.retry_button.setVisible(detail.retryable > 0 and state in (lifecycle.DONE, lifecycle.PAUSED,
                                                                        lifecycle.STOPPED))
        self.retry_button.setText(self.tr("Retry the failed ({n})").format(n=number(detail.retryable)))
        self.export_button.setVisible(state != lifecycle.DRAFT)

    def _cost_words(self, forecast) -> str:
        if forecast.rates_as_of is None:
            return self.tr("Cost forecast: not known (no rate card covers that day).")
        total = money(forecast.total, forecast.currency)
        if forecast.unknown and not (forecast.charged or forecast.free):
            return self.tr("Cost forecast: not known; the price list has no price for {countries}.").format(
                countries=", ".join(country_with_code(k) for k in forecast.unknown_markets))
        if forecast.unknown:
            return self.tr("Cost forecast: at least {total} (no price yet for {countries}), Meta's rates as of "
                           "{day}.").format(total=total, day=day(forecast.rates_as_of),
                                            countries=", ".join(country_with_code(k) for k in forecast.unknown_markets))
        return self.tr("Cost forecast: {total}, Meta's rates as of {day}.").format(total=total,
                                                                                  day=day(forecast.rates_as_of))

    def _progress_words(self, row: overview.CampaignRow, done: int, to_send: int) -> str:
        share = percent((100 * done // to_send) / 100 if to_send else 1)  # 100 % only once all are done
        text = self.tr("{done} of {all} done ({share})").format(done=number(done), all=number(to_send), share=share)
        if row.state != lifecycle.RUNNING:
            return text
        if row.id not in self.runner.sending:
            if not self.runner.can_send():
                return text + " · " + self.tr("waiting for the connection to WhatsApp")
            return text + " · " + self.tr("about to send")
        rate = self.meter.rate()
        left = row.counts.get(lifecycle.QUEUED, 0)
        if rate is None:
            return text + " · " + self.tr("measuring the speed…")
        if rate <= 0:
            return text + " · " + self.tr("waiting (WhatsApp asked Klaros to slow down)")
        return text + " · " + self.tr("{left} left · {rate} messages a second").format(
            left=duration_words(left / rate), rate=number(rate, 1))

    # ------------------------------------------------------------------ actions
    def _act(self, work: Callable[[], object], done: Callable[[object], None] | None = None) -> None:
        campaign_id = self.campaign_id
        for button in self._buttons():
            button.setEnabled(False)

        def finished(value: object) -> None:
            for button in self._buttons():
                button.setEnabled(True)
            self.backend.changed(Changes(campaigns={campaign_id}))
            if done is not None:
                done(value)

        def failed(exc: BaseException) -> None:
            for button in self._buttons():
                button.setEnabled(True)
            self.action_result.setText(render(exc))
            self.reload()

        run_for(self, work, finished, failed)

    def start_now(self) -> None:
        sessions, campaign_id = self.backend.sessions, self.campaign_id

        def started(_queued: object) -> None:
            self.meter.reset()
            self.runner.send(campaign_id)

        def work():
            from klaros_desktop.services.campaigns import schedule

            schedule.clear_schedule(sessions, campaign_id)
            return lifecycle.launch(sessions, campaign_id)

        self._act(work, started)

    def schedule(self, local: datetime | None = None) -> None:
        """Start this draft by itself at a time in the shop's time zone (``local``: that wall-clock time;
        None asks for it)."""
        from klaros_desktop.services.campaigns import schedule

        sessions, campaign_id = self.backend.sessions, self.campaign_id
        if local is None:
            dialog = ScheduleDialog(self.detail.row.scheduled_at, self)
            if not dialog.exec():
                return
            local = dialog.when.dateTime().toPython()

        def work():
            at = schedule.to_utc(local.replace(tzinfo=None), schedule.zone_of(sessions))
            return schedule.set_schedule(sessions, campaign_id, at)

        self._act(work, lambda _at: self.runner.check_schedule())

    def unschedule(self) -> None:
        from klaros_desktop.services.campaigns import schedule

        sessions, campaign_id = self.backend.sessions, self.campaign_id
        self._act(lambda: schedule.clear_schedule(sessions, campaign_id))

    def set_state(self, action: str) -> None:
        sessions, campaign_id = self.backend.sessions, self.campaign_id

        def changed(state: object) -> None:
            self.meter.reset()
            if state == lifecycle.RUNNING:
                self.runner.send(campaign_id)

        self._act(lambda: lifecycle.set_state(sessions, campaign_id, action), changed)

    def cancel(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Cancel the campaign?"),
            self.tr("Nobody who has not received it yet will get it. Messages already sent stay sent. This cannot "
                    "be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_state("cancel")

    def retry_failed(self) -> None:
        sessions, campaign_id = self.backend.sessions, self.campaign_id

        def queued(count: object) -> None:
            self.action_result.setText(self.tr("{n} queued again.").format(n=number(count)))
            if count:
                self.runner.send(campaign_id)

        self._act(lambda: lifecycle.retry_failed(sessions, campaign_id), queued)

    def release(self, send: bool) -> None:
        row = self.held_table.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.held):
            return
        number = self.detail.held[row].phone
        sessions, campaign_id = self.backend.sessions, self.campaign_id

        def done(_state: object) -> None:
            if send:
                self.runner.send(campaign_id)

        self._act(lambda: lifecycle.release(sessions, campaign_id, number, send=send), done)

    def export(self, target: Path | None = None) -> None:
        if self.detail is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the campaign's results"),
                str(Path.home() / f"{self.detail.row.name}.csv"), self.tr("CSV files (*.csv)"))
            if not chosen:
                return
            target = Path(chosen)
        sessions, campaign_id = self.backend.sessions, self.campaign_id
        self._act(lambda: lifecycle.export(sessions, campaign_id, target),
                  lambda rows: self.action_result.setText(self.tr("{n} recipients written to {file}.").format(
                      n=number(rows), file=str(target))))
