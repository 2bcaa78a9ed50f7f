"""The app's background campaign sender: running campaigns are sent on the app's event loop while it is open.

Nothing here decides anything about sending: ``services.campaigns.schedule`` says which drafts are due,
``CampaignSender`` sends (claim, send, settle; its lease keeps a second window or a ``klaros campaign`` command
from sending the same campaign). The runner only starts them, tells the screens what moved (a ``Changes``
naming the campaign, twice a second while it sends) and says in words what it did on its own: a campaign that
was due while Klaros was closed starts at the next launch, and the owner is told so.
"""

from __future__ import annotations

import asyncio
import copy
import logging
import weakref
from collections.abc import Callable
from datetime import datetime

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from klaros_desktop.models import utcnow
from klaros_desktop.services.campaigns import lifecycle, overview, schedule
from klaros_desktop.services.campaigns.sender import CampaignSender, RunReport
from klaros_desktop.services.core.changes import Changes
from klaros_desktop.ui import ops
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.i18n import local_date, number, render

log = logging.getLogger(__name__)


def run_for(owner: QObject, work: Callable[[], object], done: Callable[[object], None] | None = None,
            failed: Callable[[BaseException], None] | None = None, *, is_async: bool = False) -> None:
    """``ops.run_sync`` (or ``run_async`` for a coroutine function) whose answer is dropped when ``owner`` was
    deleted meanwhile (a builder closed while its count ran), so no callback touches a dead widget."""

    def alive(callback):
        if callback is None:
            return None

        def call(value):
            if shiboken6.isValid(owner):
                callback(value)
        return call

    (ops.run_async if is_async else ops.run_sync)(work, alive(done), alive(failed) if failed else
                                                   alive(lambda exc: log.error("campaign screen: %s", exc)))

SCHEDULE_CHECK_MS = 30_000  # how often a scheduled time is looked for while the app runs
PROGRESS_MS = 500  # how often a sending campaign's screens hear of its progress


class CampaignRunner(QObject):
    notice = Signal(str)  # a sentence for the owner about something the runner did by itself
    sending_changed = Signal()  # a campaign started or stopped being sent by this window
    finished = Signal(int, object)  # campaign id, RunReport (or the exception that ended the run)

    def __init__(self, backend: Backend, *, clock: Callable[[], datetime] = utcnow,
                 sender_options: dict | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        self.clock = clock
        self.sender_options = dict(sender_options or {})
        self.sending: set[int] = set()
        self._senders: dict[int, CampaignSender] = {}
        self._ended_events: dict[int, asyncio.Event] = {}
        self.notices: list[str] = []  # every notice given (the campaigns screen shows the latest ones)
        self._checking = False
        self._schedule_timer = QTimer(self)
        self._schedule_timer.setInterval(SCHEDULE_CHECK_MS)
        self._schedule_timer.timeout.connect(self.check_schedule)
        self._progress = QTimer(self)
        self._progress.setInterval(PROGRESS_MS)
        self._progress.timeout.connect(self._tell_progress)
        # a bound method, not a lambda: no reference from the backend keeps the runner (and its timers) alive
        backend.online_changed.connect(self._online_changed)

    def _online_changed(self, online: bool) -> None:
        if online:
            self.send_running()

    def closer(self) -> Callable[[], object]:
        """For ``Backend.closers``: ``close`` through a weak reference, so the backend never keeps the runner
        alive (a runner kept by a cycle would be freed by the garbage collector on whatever thread runs it)."""
        method = weakref.WeakMethod(self.close)

        def close() -> object:
            bound = method()
            return bound() if bound is not None else None

        return close

    def start(self) -> None:
        """At launch: start what came due while Klaros was closed, send what was left running; then keep
        looking for due campaigns while the app runs."""
        self._schedule_timer.start()
        self.check_schedule()

    # ------------------------------------------------------------------ scheduling
    def check_schedule(self) -> None:
        if self._checking:
            return
        self._checking = True
        sessions, now = self.backend.sessions, self.clock()
        run_for(self, lambda: schedule.start_due(sessions, now, actor="system"), self._started_due,
                     self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        log.error("could not start the due campaigns: %s", exc)

    def _started_due(self, started: list[schedule.Started]) -> None:
        self._checking = False
        for item in started:
            when = local_date(item.scheduled_at, "d MMM yyyy HH:mm")
            if item.refused is not None:
                text = self.tr("Campaign “{name}” was due at {time} but did not start: {reason}").format(
                    name=item.name, time=when, reason=render(item.refused))
            elif item.late:
                text = self.tr("Campaign “{name}” was due at {time}, while Klaros was closed. It started now "
                               "({n} recipients).").format(name=item.name, time=when, n=number(item.queued))
            else:
                text = self.tr("Campaign “{name}” started as scheduled ({n} recipients).").format(
                    name=item.name, n=number(item.queued))
            self.say(text)
        if started:
            self.backend.changed(Changes(campaigns={s.campaign_id for s in started}))
        self.send_running()

    def say(self, text: str) -> None:
        self.notices.append(text)
        self.notice.emit(text)

    # ------------------------------------------------------------------ sending
    def can_send(self) -> bool:
        return getattr(self.backend.messenger, "graph", None) is not None and self.backend.online

    def send_running(self) -> None:
        """Send every running campaign this window is not sending yet (left running at the last close, started
        by a schedule, resumed from the command line)."""
        if not self.can_send():
            return
        sessions = self.backend.sessions
        run_for(self, lambda: [r.id for r in overview.rows(sessions) if r.state == lifecycle.RUNNING],
                     lambda ids: [self.send(i) for i in ids])

    def send(self, campaign_id: int) -> bool:
        """Send ``campaign_id`` in the background; False when it is sent already or there is no connection."""
        if campaign_id in self.sending or not self.can_send():
            return False
        messenger = self.backend.messenger
        # the campaign sender meets Meta's refusals itself (per code, with its own back-off): a client that
        # retried on its own would hide them from it
        graph = copy.copy(messenger.graph)
        graph.max_retries = 0
        sender = CampaignSender(self.backend.sessions, graph, phone_number_id=getattr(messenger, "phone_number_id", ""),
                                actor="user", **self.sender_options)
        self.sending.add(campaign_id)
        self._senders[campaign_id] = sender
        if ops.running_loop() is not None:
            self._ended_events[campaign_id] = asyncio.Event()
        self.sending_changed.emit()
        self._progress.start()
        run_for(self, lambda: sender.run(campaign_id, wait=True),
                lambda report: self._ended(campaign_id, report),
                lambda exc: self._ended(campaign_id, exc), is_async=True)
        return True

    def close(self):
        """The app closes (a ``Backend`` closer): no more schedule checks; while campaigns are being sent, the
        coroutine that stops their senders cleanly (``_stop_senders``), else None."""
        if not shiboken6.isValid(self):
            return None
        self._schedule_timer.stop()
        self._progress.stop()
        if not self._senders or ops.running_loop() is None:
            return None
        return self._stop_senders()

    async def _stop_senders(self, wait: float = 5.0) -> None:
        """Every sender gives back its lease, finishes the requests under way and stops (so nothing is left "may
        have been sent" and the next start sends on at once). Waits at most ``wait`` seconds; whatever is still
        under way then is settled by the next run's recovery."""
        senders = dict(self._senders)
        events = [e for cid, e in self._ended_events.items() if cid in senders]
        for campaign_id, sender in senders.items():
            await asyncio.to_thread(lifecycle.hand_back, self.backend.sessions, campaign_id, sender.runner_id)
        if events:
            try:
                await asyncio.wait_for(asyncio.gather(*(e.wait() for e in events)), timeout=wait)
            except TimeoutError:
                log.warning("campaign senders still busy at close; the next start settles their requests")

    def _tell_progress(self) -> None:
        if self.sending:
            self.backend.changed(Changes(campaigns=set(self.sending)))
        else:
            self._progress.stop()

    def _ended(self, campaign_id: int, outcome: RunReport | BaseException) -> None:
        self.sending.discard(campaign_id)
        self._senders.pop(campaign_id, None)
        event = self._ended_events.pop(campaign_id, None)
        if event is not None:
            event.set()
        if isinstance(outcome, BaseException):
            if isinstance(outcome, lifecycle.CampaignRefused):
                self.say(render(outcome))
            else:
                log.error("campaign %s: the sender failed: %s", campaign_id, outcome)
                self.say(self.tr("Sending campaign {id} stopped because of an error: {error}. Press Resume to "
                                 "continue.").format(id=campaign_id, error=render(outcome)))
        if not self.sending:
            self._progress.stop()
        self.backend.changed(Changes(campaigns={campaign_id}))
        self.sending_changed.emit()
        self.finished.emit(campaign_id, outcome)
        if not isinstance(outcome, BaseException):
            self.send_running()  # resumed while this run was ending: it is running again, send it
