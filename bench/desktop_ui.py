"""Desktop UI benchmark (issue 7): one command, prints every figure with its target and a same-run baseline.

    .venv/bin/python bench/desktop_ui.py                                 # builds 100k contacts / 1M messages
    .venv/bin/python bench/desktop_ui.py --profile /tmp/klaros-bench-100k   # build once, reuse next time
                                                                           # (same folder as desktop_data.py's)
    .venv/bin/python bench/desktop_ui.py --contacts 5000 --messages 50000   # quick run
    .venv/bin/python bench/desktop_ui.py --profile DIR --launch-only --before /tmp/old-checkout
        # 1. only, with the start of another checkout of the app (``git worktree add --detach``) beside it
    .venv/bin/python bench/desktop_ui.py --profile DIR --turns --before /tmp/old-checkout
        # 1b. only: each turn of the GUI thread after the first paint, named, with its wall and CPU time
    .venv/bin/python bench/desktop_ui.py --profile DIR --turns-open --before /tmp/old-checkout
        # 1b. the same under ``klaros open`` (app.run_app), until its HTTP client is open

The big profile comes from ``bench/desktop_data.py``'s ``ensure_profile`` (built once with bulk inserts through
the migrated schema, reused when ``--profile DIR`` already holds one of that size); this script copies it and
adds one conversation of 10,000 messages to the copy, so the shared profile is never changed.

Every measurement runs in a fresh child process (so start-up and peak memory are the app's own, not this
script's), offscreen, with the light theme:
1. start to first paint: from launching ``python`` to the first paint of the conversation list of the main
   window (target < 1.0 s). Baselines in the same run: a bare ``QWidget`` shown by a fresh ``python``, and the
   main window on an empty profile; with ``--before DIR`` also the app of that checkout on the same profiles
   (copies taken down to its schema when this checkout's is newer), the runs taking turns so that a load from
   elsewhere falls on both. The other pages are built after that
   paint: the figure "all pages built" says when the last of them is up. "GUI stall" is the longest gap of a
   16 ms timer on the GUI thread from the first paint until the backend is attached (the database opened on a
   worker thread), beside the same checkout opening it on the GUI thread (``app.attach_backend``, the old way);
   "stall to pages" is the same gap until every page is built.
2. opening the 10k-message conversation until its thread is painted (target < 100 ms), then scrolling it
   from the newest message to the oldest a page at a time and back down (each step: scroll, load a page when
   an end is reached, paint), reported as the median / p95 / worst step (target < 100 ms; the worst steps are
   the ones that load a page), and the jump from the oldest back to the newest.
3. peak resident memory of that child process (target < 300 MB), against the empty-profile child.
4. search as you type in the chat list over the 1M messages: each key until the matching chats and the matching
   messages are painted, p95 (target < 50 ms), against the same typing on the empty profile.

Not run by pytest.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIG_CONVERSATION = 10_000
WINDOW_W, WINDOW_H = 1280, 800


# -- the child: one measured app start -------------------------------------------------------------------------

def _peak_rss_mb() -> float | None:
    """The peak resident memory of this process's own address space.

    Linux's ``ru_maxrss`` is not that in a child started by a bigger parent: at ``exec`` the kernel keeps the
    larger of the child's and the address space it replaced, which is the parent's when the child was forked or
    vforked from it, so every child of a parent holding a built profile reported the parent's peak.
    ``VmHWM`` belongs to the address space the child made itself."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # Linux
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource  # POSIX; this benchmark only, never the app
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def scroll_to_end(app, thread, model, direction: int) -> list[float]:
    """Page by page to one end of a chat (-1 oldest, 1 newest): each step scrolls, loads a page when an end is
    reached, and paints; the milliseconds of each step."""
    bar = thread.verticalScrollBar()
    steps: list[float] = []
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        t = time.perf_counter()
        bar.setValue(bar.value() + direction * bar.pageStep())
        thread.viewport().repaint()
        app.processEvents()
        steps.append((time.perf_counter() - t) * 1000)
        if direction < 0 and bar.value() == 0 and not model.has_older:
            break
        if direction > 0 and bar.value() == bar.maximum() and not model.has_newer:
            break
    return steps


class GuiTicks:
    """A 16 ms timer on the GUI thread (a frame): the times it fired tell how long the thread was busy elsewhere.
    ``stall_ms(start, end)``: the longest gap between ticks from ``start`` (a ``perf_counter`` time, e.g. the
    first paint) until the first tick after ``end`` (e.g. the backend attached), ``start`` counting as a tick."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.times: list[float] = []
        self.timer = QTimer(interval=16, timerType=Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))
        self.timer.start()

    def tick_after(self, app, moment: float, timeout: float = 30.0) -> None:
        """Run the event loop until the timer has fired after ``moment``."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout
        while not (self.times and self.times[-1] > moment) and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

    def stall_ms(self, start: float, end: float) -> float:
        after = [t for t in self.times if t > start]
        upto = [start] + [t for t in after if t <= end] + [t for t in after if t > end][:1]
        return max((b - a for a, b in itertools.pairwise(upto)), default=0.0) * 1000


class TurnLog:
    """Every turn of the GUI thread's event loop after the first paint that took a while, with its wall and thread
    CPU time (wall minus CPU: waiting, for the disk, the GIL or the machine's other processes) and what ran in
    it: a named build step (the window's attach steps, each page's build steps, an operation's answer) or else
    the event's type and receiver. Only for the ``turns`` child: its ``QApplication.notify`` in Python costs a
    little on every event, so the first-paint figures come from the other children."""

    FLOOR_MS = 2.0  # unnamed events shorter than this are not kept

    def __init__(self):
        import gc

        self.records: list[tuple[float, str, float, float]] = []  # (start, what, wall ms, cpu ms)
        self.depth = 0
        self.name: str | None = None  # what the step running now is called (set by the wrappers)
        self.gc_passes: list[tuple[int, float, int]] = []  # this turn's collections: (generation, ms, gen-0 count)
        self._gc_start = 0.0
        self.all_gc: list[tuple[float, int, float]] = []  # (start, generation, ms) of every collection
        gc.callbacks.append(self._gc_callback)

    def _gc_callback(self, phase: str, info: dict) -> None:
        import gc

        """A cyclic collection's start and stop (``gc.callbacks``): each pass in a turn is named with it."""
        if phase == "start":
            self._gc_start = time.perf_counter()
            self._gc_young = gc.get_count()[0]
        else:
            self.gc_passes.append((info["generation"], (time.perf_counter() - self._gc_start) * 1000,
                                   self._gc_young))
            self.all_gc.append((self._gc_start, info["generation"], self.gc_passes[-1][1]))

    def application(self, base):
        import threading

        log, gui = self, threading.get_ident()

        class App(base):
            def notify(self, receiver, event):
                if log.depth or threading.get_ident() != gui:  # (nested, or another thread's objects)
                    return super().notify(receiver, event)
                log.depth, log.name = 1, None
                log.gc_passes = []
                t, c = time.perf_counter(), time.thread_time()
                try:
                    return super().notify(receiver, event)
                finally:
                    wall, cpu = (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000
                    log.depth = 0
                    if log.name is not None or wall >= log.FLOOR_MS:
                        what = log.name or f"{event.type().name} to {type(receiver).__name__}"
                        if log.gc_passes:
                            what += " [" + ", ".join(f"gc{g} {ms:.1f} ms, {young} young"
                                                     for g, ms, young in log.gc_passes) + "]"
                        log.records.append((t, what, wall, cpu))

        return App([sys.argv[0]])

    def named(self, what: str) -> None:
        if self.name is None:
            self.name = what

    def name_the_steps(self) -> None:
        """Wrap the steps of this checkout's window (an older one may lack some: those are left as they are)."""
        from klaros_desktop.ui import main_window, ops

        log, window_class = self, main_window.MainWindow
        page_names = {1: "contacts", 2: "templates", 3: "analytics", 4: "campaigns"}
        if hasattr(window_class, "_attach_steps"):
            real_steps = window_class._attach_steps

            def _attach_steps(window, backend):
                steps = real_steps(window, backend)
                n = 0
                while True:
                    n += 1
                    log.named(f"attach step {n}")
                    try:
                        value = next(steps)
                    except StopIteration:
                        return
                    yield value

            window_class._attach_steps = _attach_steps
        if hasattr(window_class, "_build_next_page"):
            real_build = window_class._build_next_page
            counts: dict[int, int] = {}

            def _build_next_page(window):
                building = getattr(window, "_page_building", None)
                if building is not None:
                    index = building[0]
                else:
                    index = next((i for i in range(1, 5) if i not in window._built), None)
                if index is not None and window.backend is not None:
                    counts[index] = counts.get(index, 0) + 1
                    log.named(f"{page_names[index]} step {counts[index]}")
                return real_build(window)

            window_class._build_next_page = _build_next_page
        import asyncio

        real_run = asyncio.Handle._run

        def _run(handle):  # qasync runs asyncio's callbacks in a Qt timer's turn: name the coroutine's step
            callback = handle._callback
            task = getattr(callback, "__self__", None)
            coro = task.get_coro() if isinstance(task, asyncio.Task) else None
            frame = getattr(coro, "cr_frame", None)
            if frame is not None:  # where the coroutine resumes (the line of the await it waited at)
                log.named(f"asyncio {coro.__qualname__} from line {frame.f_lineno}")
            else:
                log.named(f"asyncio {getattr(callback, '__qualname__', type(callback).__name__)}")
            return real_run(handle)

        asyncio.Handle._run = _run
        dispatcher = getattr(ops, "_Dispatcher", None)
        if dispatcher is not None and hasattr(dispatcher, "_finished"):
            real_finished = dispatcher._finished

            def _finished(self, token, value):
                on_done = self.waiting.get(token, (None, None))[0]
                log.named(f"answer to {getattr(on_done, '__qualname__', type(on_done).__name__)}")
                return real_finished(self, token, value)

            dispatcher._finished = _finished

    def since(self, start: float) -> list[list]:
        return [[what, round(wall, 2), round(cpu, 2)] for t, what, wall, cpu in self.records if t >= start]

    def between(self, start: float, end: float) -> list[list]:
        return [[what, round(wall, 2), round(cpu, 2)] for t, what, wall, cpu in self.records if start <= t <= end]


def attach_in_background(app, klaros_app, window) -> None:
    """``klaros open``'s way: the database opened on a worker thread, the backend attached when it is ready; the
    GUI thread waits in its event loop (a busy ``processEvents`` loop would hold the GIL the worker needs)."""
    from PySide6.QtCore import QEventLoop

    waiting = QEventLoop()
    failed: list[BaseException] = []
    window.backend_attached.connect(lambda _backend: waiting.quit())
    klaros_app.attach_backend_in_background(window, lambda exc: (failed.append(exc), waiting.quit()))
    while window.backend is None and not failed:
        waiting.exec()
    if failed:
        raise failed[0]


def child(mode: str, launched: float, profile_dir: str | None, conversation_id: int | None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    turns = TurnLog() if mode in ("turns", "turns_open") else None
    app = turns.application(QApplication) if turns else QApplication([sys.argv[0]])
    result: dict = {}
    ticks = GuiTicks()

    class PaintWatch(QObject):
        def __init__(self):
            super().__init__()
            self.painted_at: float | None = None

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint and self.painted_at is None:
                self.painted_at = time.time()
                self.painted_perf = time.perf_counter()
            return False

    def wait_paint(watch: PaintWatch, timeout: float = 30.0) -> float:
        deadline = time.monotonic() + timeout
        while watch.painted_at is None and time.monotonic() < deadline:
            app.processEvents()
        if watch.painted_at is None:
            raise RuntimeError("no paint event")
        return watch.painted_at

    if mode == "bare":
        widget = QWidget()
        widget.resize(WINDOW_W, WINDOW_H)
        watch = PaintWatch()
        widget.installEventFilter(watch)
        widget.show()
        result["first_paint_s"] = wait_paint(watch) - launched
        result["peak_rss_mb"] = _peak_rss_mb()
        return result

    if mode in ("run_app", "turns_open"):
        if turns is not None:
            turns.name_the_steps()
        result.update(real_start(app, launched, Path(profile_dir), ticks))
        painted_perf, ready_perf = result.pop("painted_perf"), result.pop("ready_perf")
        if turns is not None:  # the turns until the HTTP client was open (what ``stall_ms`` spans)
            result["turns"] = turns.between(painted_perf, ready_perf)
            result["turns_after"] = turns.since(ready_perf)  # then until the window closed
            result["gc"] = [[g, round(ms, 2)] for t, g, ms in turns.all_gc if t >= painted_perf]
            import gc

            # what the start-up froze, and how much of it was garbage in cycles it will never free
            result["peak_rss_mb"], result["frozen"] = _peak_rss_mb(), gc.get_freeze_count()
            gc.unfreeze()
            result["frozen_garbage"] = gc.collect()
        result["app_from"] = str(Path(sys.modules["klaros_desktop"].__file__).parent.parent)
        return result

    from klaros_desktop import app as klaros_app
    from klaros_desktop.paths import Profile
    from klaros_desktop.ui import theme

    profile = Profile(Path(profile_dir))
    if turns is not None:
        turns.name_the_steps()
    if hasattr(klaros_app, "open_window"):  # the chat list from its first page, the database opened after
        window = klaros_app.open_window(app, profile)
        theme.apply(app, theme.LIGHT)
    else:  # an older checkout (``--before``): the database first, then the window
        from klaros_desktop.ui.main_window import MainWindow

        theme.apply(app, theme.LIGHT)
        window = MainWindow(klaros_app.open_backend(profile))
    window.resize(WINDOW_W, WINDOW_H)
    watch = PaintWatch()
    window.inbox.list.viewport().installEventFilter(watch)
    window.show()
    result["first_paint_s"] = wait_paint(watch) - launched
    result["sqlalchemy_at_paint"] = "sqlalchemy" in sys.modules
    result["conversations_loaded"] = window.inbox.conversations.rowCount()
    if mode in ("launch", "app", "turns") and hasattr(klaros_app, "attach_backend_in_background"):
        attach_in_background(app, klaros_app, window)  # as ``klaros open`` does
    elif hasattr(klaros_app, "attach_backend"):  # "launch_gui": the database opened on the GUI thread (the old way)
        klaros_app.attach_backend(window)
    backend = window.backend
    result["backend_s"] = time.time() - launched
    attached = time.perf_counter()
    ticks.tick_after(app, attached)
    result["stall_ms"] = ticks.stall_ms(watch.painted_perf, attached)
    result["app_from"] = str(Path(sys.modules["klaros_desktop"].__file__).parent.parent)
    if mode.startswith("launch") or mode == "turns":  # until every page is up (a window that builds them all
        # at once has them already)
        deadline = time.monotonic() + 30
        built = getattr(window, "_built", None)
        while built is not None and len(built) < 5 and time.monotonic() < deadline:
            app.processEvents()
        result["all_pages_s"] = time.time() - launched
        pages_done = time.perf_counter()
        ticks.tick_after(app, pages_done)
        result["pages_stall_ms"] = ticks.stall_ms(watch.painted_perf, pages_done)
    if turns is not None:  # the pages' first reads answered, and a moment for what they lay out
        from klaros_desktop.ui import ops

        deadline = time.monotonic() + 30
        while ops.pending() and time.monotonic() < deadline:
            app.processEvents()
        settle = time.monotonic() + 0.3
        while time.monotonic() < settle:
            app.processEvents()
        result["turns"] = turns.since(watch.painted_perf)

    if conversation_id is not None:
        thread = window.inbox.thread
        for _ in range(20):  # let the start settle (deferred layouts, the composer's first check)
            app.processEvents()
        watch = PaintWatch()
        thread.viewport().installEventFilter(watch)
        started = time.time()
        window.open_conversation(conversation_id)
        result["open_ms"] = (wait_paint(watch) - started) * 1000
        model = window.inbox.messages
        result["open_rows"] = model.rowCount()

        def scroll(direction: int) -> list[float]:
            return scroll_to_end(app, thread, model, direction)

        result["scroll_up_ms"] = scroll(-1)
        result["reached_oldest"] = not model.has_older
        result["held_rows"] = model.messages_loaded()
        t = time.perf_counter()
        thread.scroll_to_newest()
        thread.viewport().repaint()
        result["back_to_newest_ms"] = (time.perf_counter() - t) * 1000
        scroll(-1)
        result["scroll_down_ms"] = scroll(1)
        result["reached_newest"] = not model.has_newer
    if mode == "search":
        result.update(search_as_you_type(app, window))
    result["peak_rss_mb"] = _peak_rss_mb()
    from klaros_desktop.ui import ops

    deadline = time.monotonic() + 60  # reads the pages started on pool threads end before the process does
    while ops.pending() and time.monotonic() < deadline:
        app.processEvents()
    window.close()
    for close in backend.closers:
        close()
    return result


def real_start(app, launched: float, profile_dir: Path, ticks: GuiTicks) -> dict:
    """``klaros open``'s own start (``app.run_app``: the single-instance lock, the profile's preferences, the
    qasync loop, the HTTP client) until the chat list is painted and until every page is built; then the
    window closes the way the shop owner closes it."""
    import asyncio

    from PySide6.QtCore import QEvent, QObject

    from klaros_desktop.app import run_app
    from klaros_desktop.paths import Profile
    from klaros_desktop.ui import ops

    class ChatListPaint(QObject):
        def __init__(self):
            super().__init__()
            self.painted_at: float | None = None

        def eventFilter(self, obj, event) -> bool:
            if (self.painted_at is None and event.type() == QEvent.Type.Paint and obj.parent() is not None
                    and obj.parent().objectName() == "conversations"):
                self.painted_at = time.time()
                self.painted_perf = time.perf_counter()
            return False

    watch = ChatListPaint()
    app.installEventFilter(watch)
    result: dict = {}

    async def ready(window, _backend, _http) -> None:
        ready_at = time.perf_counter()  # the backend attached and the HTTP client opened
        result["backend_s"] = time.time() - launched
        deadline = time.monotonic() + 30
        while watch.painted_at is None and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        result["first_paint_s"] = watch.painted_at - launched
        while not (ticks.times and ticks.times[-1] > ready_at) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        result["stall_ms"] = ticks.stall_ms(watch.painted_perf, ready_at)
        result["painted_perf"], result["ready_perf"] = watch.painted_perf, ready_at
        built = getattr(window, "_built", None)
        while built is not None and len(built) < 5 and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        result["all_pages_s"] = time.time() - launched
        pages_done = time.perf_counter()
        while not (ticks.times and ticks.times[-1] > pages_done) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        result["pages_stall_ms"] = ticks.stall_ms(watch.painted_perf, pages_done)
        app.removeEventFilter(watch)
        while ops.pending() and time.monotonic() < deadline + 30:  # the pages' first reads end first
            await asyncio.sleep(0.01)
        window.close()

    run_app(Profile(profile_dir), on_ready=ready)
    return result


SEARCHES = ("tulips", "roses", "bestellung morgen", "lieferung", "rechnung bezahlt", "termin", "voucher", "danke")


def search_as_you_type(app, window) -> dict:
    """Type each of ``SEARCHES`` into the chat list's search a key at a time: from the key to both result lists
    (matching chats, matching messages with the hit set apart) painted. The search box's 200 ms pause (no
    query while the fingers are still moving) is left out: the figure is what one query and its paint cost.
    The query runs off the GUI thread (``InboxPage.search_now``); a key counts as done when the answer to the
    text it made is on screen (``search_shown``) and both lists are painted."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    inbox = window.inbox
    inbox.search.textChanged.disconnect()  # no pause timer: each key asks at once
    inbox.search.textChanged.connect(lambda _text: inbox.search_now())
    shown: list[str] = []
    waiting = QEventLoop()
    inbox.search_shown.connect(lambda text: (shown.append(text), waiting.quit()))
    inbox.search.setFocus()

    def answered(text: str, timeout_ms: int = 30_000) -> None:
        """Wait in an event loop, as the app waits (a busy ``processEvents`` loop would hold the GIL the query's
        thread needs)."""
        give_up = QTimer(singleShot=True, interval=timeout_ms)
        give_up.timeout.connect(waiting.quit)
        give_up.start()
        while (not shown or shown[-1] != text) and give_up.isActive():
            waiting.exec()
        if not shown or shown[-1] != text:
            raise RuntimeError(f"no answer to {text!r}")

    for _ in range(20):
        app.processEvents()
    steps: list[float] = []
    cpu: list[float] = []  # the process's CPU time per key (all threads): steadier than wall time on a busy machine
    gui: list[float] = []  # the GUI thread's part of it (the rest is the query on its pool thread)
    hits: list[int] = []
    for word in SEARCHES:
        inbox.search.clear()
        inbox.search_now()  # the box may have been empty already (no key, no question)
        answered("")
        for ch in word:
            t, c, g = time.perf_counter(), time.process_time(), time.thread_time()
            QTest.keyClick(inbox.search, ch if ch != " " else Qt.Key.Key_Space)
            answered(inbox.search.text())
            inbox.list.viewport().repaint()
            inbox.hits.viewport().repaint()
            app.processEvents()
            steps.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            gui.append((time.thread_time() - g) * 1000)
        hits.append(inbox.message_hits.rowCount())
    return {"search_ms": steps, "search_cpu_ms": cpu, "search_gui_cpu_ms": gui, "search_hits": hits}


def search_section(big: Path, empty: Path, messages: int, before: Path | None = None) -> None:
    """This checkout's search as you type on both profiles; with ``before``, that checkout's on the big one too,
    the runs interleaved (before, this, before, this) so a change in the machine's load hits both alike."""
    if before is not None:
        olds, news = [], []
        for _ in range(2):
            olds.append(run_child("search", big, tree=before))
            news.append(run_child("search", big))
        keys = ("search_ms", "search_cpu_ms", "search_gui_cpu_ms")
        old = {k: [x for r in olds for x in r.get(k, ())] for k in keys}
        searched = {k: [x for r in news for x in r[k]] for k in keys}
        searched["search_hits"] = news[-1]["search_hits"]
        old["search_hits"] = olds[-1]["search_hits"]
    else:
        old, searched = None, run_child("search", big)
    baseline = run_child("search", empty)

    def p95(steps: list[float]) -> float:
        return statistics.quantiles(steps, n=20)[18] if len(steps) >= 20 else max(steps)

    def line(run: dict, key: str) -> str:
        steps = run[key]
        return f"median {statistics.median(steps):.1f} ms, p95 {p95(steps):.1f} ms, worst {max(steps):.1f} ms"

    big_p95, empty_p95 = p95(searched["search_ms"]), p95(baseline["search_ms"])
    load = f", load average {os.getloadavg()[0]:.2f} (1 min)" if hasattr(os, "getloadavg") else ""
    print(f"\n4. Search as you type in the chat list ({len(SEARCHES)} searches, {len(searched['search_ms'])} "
          f"keys; key -> matching chats and messages painted{load})")
    print(f"   empty profile:             wall {line(baseline, 'search_ms')}; cpu {line(baseline, 'search_cpu_ms')}")
    if old is not None:
        print(f"   before ({before}), {messages:,} messages:")
        print(f"                              wall {line(old, 'search_ms')}")
        print(f"                              cpu  {line(old, 'search_cpu_ms')}")
        print(f"                   of it GUI thread {line(old, 'search_gui_cpu_ms')}")
        print(f"   this checkout, {messages:,} messages:")
        print(f"                              wall {line(searched, 'search_ms')}")
        print(f"                              cpu  {line(searched, 'search_cpu_ms')}")
        print(f"                   of it GUI thread {line(searched, 'search_gui_cpu_ms')}")
        print(f"   this / before: wall p95 {big_p95 / p95(old['search_ms']):.2f}x, cpu median "
              f"{statistics.median(searched['search_cpu_ms']) / statistics.median(old['search_cpu_ms']):.2f}x, "
              f"cpu p95 {p95(searched['search_cpu_ms']) / p95(old['search_cpu_ms']):.2f}x")
        if old["search_hits"] != searched["search_hits"]:
            print(f"   MESSAGES FOUND DIFFER: before {old['search_hits']}, this {searched['search_hits']}")
    else:
        print(f"   {messages:,} messages:      wall {line(searched, 'search_ms')}")
        print(f"                              cpu  {line(searched, 'search_cpu_ms')}")
    print(f"   p95 {big_p95:.1f} ms ({big_p95 / empty_p95:.2f}x empty) target p95 < 50 ms {_verdict(big_p95 < 50)}")
    print(f"   messages found per search (at most 50 shown): {searched['search_hits']}")


def compile_app(tree: Path = REPO) -> str:
    """An installed Klaros starts from bytecode: pip writes it at install time, PyInstaller bundles it. With
    ``PYTHONDONTWRITEBYTECODE`` set (this machine sets it) an editable checkout would compile every module of
    the app from source in every child, start-up that no user pays (docs/ui.md, Performance). Compile them
    once here; the children read the cache (the variable only stops writing it)."""
    import compileall

    for package in ("klaros_desktop", "klaros_sim", "relay"):
        compileall.compile_dir(tree / package, quiet=1)
    return "set" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "not set"


def run_child(mode: str, profile: Path | None = None, conversation_id: int | None = None,
              tree: Path = REPO) -> dict:
    """One measured start in a fresh process, of this checkout's app or of ``tree``'s (its packages first on the
    path; the measuring child is this script's either way)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if tree != REPO:
        env["PYTHONPATH"] = str(tree)
        profile = BEFORE_PROFILES.get(profile, profile)
    args = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--launched", repr(time.time())]
    if profile is not None:
        args += ["--profile", str(profile)]
    if conversation_id is not None:
        args += ["--conversation", str(conversation_id)]
    out = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8", check=False)
    if out.returncode != 0:
        raise RuntimeError(f"child {mode} failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- the profile ------------------------------------------------------------------------------------------------

# a profile of this checkout -> its copy at the ``--before`` checkout's schema (``profiles_for_before``)
BEFORE_PROFILES: dict[Path, Path] = {}


def schema_head_of(tree: Path) -> str:
    """The schema revision the app in ``tree`` opens (its ``db.SCHEMA_HEAD``), read from the file, not imported."""
    found = re.search(r'^SCHEMA_HEAD = "([^"]+)"', (tree / "klaros_desktop" / "db.py").read_text(encoding="utf-8"),
                      re.MULTILINE)
    if found is None:
        raise RuntimeError(f"{tree}: no SCHEMA_HEAD in klaros_desktop/db.py")
    return found.group(1)


def profiles_for_before(before: Path, profiles: list[Path], workdir: Path) -> str | None:
    """An older checkout cannot open a profile this checkout migrated further: give it copies downgraded to its
    own head with this checkout's migrations (their downgrade steps), so both sides open the same data. Returns
    the revision the copies were taken down to (None: the heads are equal and both sides share the profiles)."""
    from desktop_data import copy_profile

    from klaros_desktop.db import SCHEMA_HEAD, alembic_config, make_engine
    from klaros_desktop.paths import Profile

    theirs = schema_head_of(before)
    if theirs == SCHEMA_HEAD:
        return None
    from alembic import command

    for index, profile in enumerate(profiles):
        copy = copy_profile(Profile(profile), workdir / f"before-{index}")
        engine = make_engine(copy.database)
        try:
            command.downgrade(alembic_config(engine), theirs)
        finally:
            engine.dispose()
        BEFORE_PROFILES[profile] = copy.root
    return theirs


def add_big_conversation(profile_root: Path, size: int = BIG_CONVERSATION) -> int:
    """Give contact 1's conversation ``size`` messages (once); returns its conversation id."""
    from datetime import datetime, timedelta

    sys.path.insert(0, str(REPO / "bench"))
    import random

    from desktop_data import sentence, ts

    db = profile_root / "klaros.sqlite3"
    con = sqlite3.connect(db)
    try:
        conversation_id = con.execute("SELECT id FROM conversations WHERE contact_id = 1").fetchone()[0]
        have = con.execute("SELECT count(*) FROM messages WHERE conversation_id = ?", (conversation_id,)).fetchone()[0]
        if have >= size:
            return conversation_id
        rng = random.Random(7)
        first = con.execute("SELECT coalesce(max(id), 0) FROM messages").fetchone()[0] + 1
        start = datetime(2026, 10, 1)
        rows = []
        for i in range(size - have):
            outbound = i % 3 == 0
            when = ts(start + timedelta(minutes=4 * i))
            rows.append((first + i, f"wamid.uibench.{first + i:09d}", conversation_id, 1,
                         "out" if outbound else "in", "text", "text", sentence(rng) * rng.randint(1, 3), when,
                         "read" if outbound else "received", when, when))
        with con:
            con.executemany(
                "INSERT INTO messages(id, wamid, conversation_id, contact_id, direction, type, meta_type, text, "
                "timestamp, status, status_at, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            last = rows[-1][8]
            con.execute("UPDATE conversations SET last_message_at = ?, last_inbound_at = ? WHERE id = ?",
                        (last, last, conversation_id))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return conversation_id
    finally:
        con.close()


def profile_counts(profile_root: Path) -> tuple[int, int]:
    con = sqlite3.connect(profile_root / "klaros.sqlite3")
    try:
        return (con.execute("SELECT count(*) FROM contacts").fetchone()[0],
                con.execute("SELECT count(*) FROM messages").fetchone()[0])
    finally:
        con.close()


def launch_section(runs: int, big: Path, empty: Path, before: Path | None) -> None:
    """1. alone: this checkout's start beside ``before``'s, each case's runs alternating between the two."""
    trees = [("this checkout", REPO)] + ([("before", before)] if before else [])
    cases = [("bare QWidget", "bare", None)] + [(f"{label}, {what}", mode, (profile, tree))
                                                for mode, what, profile in (
                                                    ("launch", "empty profile", empty),
                                                    ("launch", "big profile", big),
                                                    ("run_app", "big profile, klaros open", big))
                                                for label, tree in trees]
    # the database opened on the GUI thread after the paint, as before it moved to a worker thread: same checkout
    cases.insert(3, ("this checkout, big profile, db on GUI thread", "launch_gui", (big, REPO)))
    results: dict[str, list[dict]] = {name: [] for name, _mode, _where in cases}
    for _ in range(runs):
        for name, mode, where in cases:
            results[name].append(run_child(mode, where[0] if where else None, tree=where[1] if where else REPO))

    def median(name: str, key: str) -> float:
        """(An older bench's child reports no ``all_pages_s``: its window built every page before the paint.)"""
        return statistics.median(r.get(key, r["first_paint_s"]) for r in results[name]) * 1000

    bare = median("bare QWidget", "first_paint_s")
    print(f"\n1. Start to first paint (python launch -> conversation list painted; median of {runs}, "
          "the cases taking turns)")
    print(f"   {'':46} {'first paint':>11} {'x bare':>7} {'database open':>14} {'GUI stall':>10} "
          f"{'all pages built':>16} {'stall to pages':>15}")
    print(f"   {'bare QWidget':46} {bare:8.0f} ms")
    for name, _mode, _where in cases[1:]:
        paint, pages = median(name, "first_paint_s"), median(name, "all_pages_s")
        opened = f"{median(name, 'backend_s'):11.0f} ms" if "backend_s" in results[name][0] else f"{'':14}"
        stall = (f"{statistics.median(r['stall_ms'] for r in results[name]):7.0f} ms" if "stall_ms" in results[name][0]
                 else f"{'':10}")
        target = f" target < 1000 ms {_verdict(paint < 1000)}" if "big profile" in name else ""
        pages_stall = (f"{statistics.median(r['pages_stall_ms'] for r in results[name]):12.0f} ms"
                       if "pages_stall_ms" in results[name][0] else f"{'':15}")
        print(f"   {name:46} {paint:8.0f} ms {paint / bare:6.2f}x {opened} {stall} {pages:13.0f} ms {pages_stall}"
              f"{target}")
        if "before" in name:
            ours = name.replace("before", "this checkout")
            print(f"   {'':46} {'':11} {'':7} this checkout / before: first paint "
                  f"{median(ours, 'first_paint_s') / paint:.2f}x")
    gui, worker = "this checkout, big profile, db on GUI thread", "this checkout, big profile"
    stalls = {name: statistics.median(r["stall_ms"] for r in results[name]) for name in (gui, worker)}
    print(f"   longest GUI-thread stall from first paint to backend attached: {stalls[worker]:.0f} ms with the "
          f"database opened on a worker thread, {stalls[gui]:.0f} ms on the GUI thread "
          f"({stalls[worker] / max(stalls[gui], 1e-9):.2f}x)")
    if before:
        print(f"   before = {before} (the app imported from {results[cases[-1][0]][0]['app_from']})")
    load = f", load average {os.getloadavg()[0]:.2f} (1 min) after the runs" if hasattr(os, "getloadavg") else ""
    print("   (launch: app.open_window, the database opened after the first paint on a worker thread (db on GUI "
          "thread: app.attach_backend, the old way; an older checkout: open_backend + MainWindow); klaros open: "
          "app.run_app, with the single-instance lock, the qasync loop and the HTTP client, its backend counted "
          "as open when the HTTP client is too. GUI stall: the longest gap of a 16 ms timer on the GUI thread "
          "from the first paint until the backend is attached; stall to pages: the same until every page is built"
          f"{load})")


def turns_section(runs: int, big: Path, before: Path | None, mode: str = "turns") -> None:
    """The turns of the GUI thread from the first paint until every page is built and has its first rows (the
    ``turns`` child), this checkout's beside ``before``'s, the runs taking turns: per step the median over the
    runs of its wall time and of the GUI thread's CPU time in it (the rest is waiting: disk, GIL, other
    processes), the longest first; then any other turn over a frame."""
    trees = [("this", REPO)] + ([("before", before)] if before else [])
    named = ("attach step", "contacts step", "templates step", "analytics step", "campaigns step", "answer to")
    got: dict[str, list[list]] = {label: [] for label, _tree in trees}
    after: dict[str, list[list]] = {label: [] for label, _tree in trees}
    passes: dict[str, list[list]] = {label: [] for label, _tree in trees}
    memory: dict[str, list[tuple]] = {label: [] for label, _tree in trees}
    for _ in range(runs):
        for label, tree in trees:
            run = run_child(mode, big, tree=tree)
            got[label].append(run["turns"])
            after[label].append(run.get("turns_after", []))
            passes[label].append(run.get("gc", []))
            memory[label].append((run.get("peak_rss_mb") or 0, run.get("frozen", 0), run.get("frozen_garbage", 0)))

    def per_step(label: str) -> dict[str, tuple[float, float, int]]:
        """what -> (median wall, median cpu, in how many runs); a step seen twice in a run counts its longest."""
        walls: dict[str, list[float]] = {}
        cpus: dict[str, list[float]] = {}
        for run in got[label]:
            longest: dict[str, tuple[float, float]] = {}
            for what, wall, cpu in run:
                what = what.split(" [gc")[0]  # a step's median whether or not a collection fell in it
                if what not in longest or wall > longest[what][0]:
                    longest[what] = (wall, cpu)
            for what, (wall, cpu) in longest.items():
                walls.setdefault(what, []).append(wall)
                cpus.setdefault(what, []).append(cpu)
        return {w: (statistics.median(walls[w]), statistics.median(cpus[w]), len(walls[w])) for w in walls}

    steps = {label: per_step(label) for label, _tree in trees}
    whats = sorted({w for table in steps.values() for w in table},
                   key=lambda w: -max(table.get(w, (0, 0, 0))[0] for table in steps.values()))
    load = f"load average {os.getloadavg()[0]:.2f} (1 min) after the runs" if hasattr(os, "getloadavg") else ""
    until = ("until the HTTP client is open, `klaros open` (app.run_app)" if mode == "turns_open" else
             "until every page is built and has its first rows")
    print(f"\n1b. GUI-thread turns after the first paint, {until} (median of {runs} runs; wall / CPU ms; {load})")
    header = "".join(f"{label:>22}" for label, _tree in trees)
    print(f"   {'':56}{header}")
    for what in whats:
        cells = [steps[label].get(what) for label, _tree in trees]
        if not what.startswith(named) and max((c[0] for c in cells if c), default=0) < 16:
            continue  # an unnamed event under a frame: not worth a line
        text = "".join(f"{c[0]:9.1f} / {c[1]:6.1f}{'*' if c[2] < runs else ' ':>5}" if c else f"{'-':>22}"
                       for c in cells)
        print(f"   {what[:56]:56}{text}")
    for label, _tree in trees:
        print(f"   {label}: each run's longest turn (wall / CPU ms, what ran; [gcN: a cyclic collection of "
              f"generation N in it])")
        for n, run in enumerate(got[label], 1):
            wall, cpu, what = max(((w, c, x) for x, w, c in run), default=(0, 0, "-"))
            at = next((i for i, (x, w, _c) in enumerate(run) if x == what and w == wall), 0)
            step = next((x for x, _w, _c in reversed(run[:at]) if x.startswith(named)), "the first paint")
            print(f"     run {n:2}: {wall:7.1f} / {cpu:6.1f}  {what[:90]} (after {step})")
            if mode == "turns_open":
                wall, cpu, what = max(((w, c, x) for x, w, c in after[label][n - 1]), default=(0, 0, "-"))
                print(f"       then: {wall:7.1f} / {cpu:6.1f}  {what[:90]}  (until the window closed)")
                full = [ms for g, ms in passes[label][n - 1] if g == 2]
                print(f"       cyclic collections after the first paint: {len(passes[label][n - 1])}, of them "
                      f"full: {len(full)} ({', '.join(f'{ms:.1f}' for ms in full) or '-'} ms)")
    for label, _tree in trees:
        longest = [max((wall for _what, wall, _cpu in run), default=0) for run in got[label]]
        over = [sum(1 for _what, wall, _cpu in run if wall > 16) for run in got[label]]
        print(f"   {label}: longest turn median {statistics.median(longest):.1f} ms (runs: "
              f"{', '.join(f'{x:.0f}' for x in longest)}); turns over 16 ms per run: {over}")
    if mode == "turns_open":
        for label, _tree in trees:
            rss, frozen, garbage = (statistics.median(m[i] for m in memory[label]) for i in range(3))
            print(f"   {label}: peak RSS at the window's close {rss:.0f} MB (max "
                  f"{max(m[0] for m in memory[label]):.0f}); objects frozen {frozen:,.0f}, of them garbage in "
                  f"cycles {garbage:,.0f} (medians)")
    print("   (* not in every run; unnamed: the event's type and receiver, shown when over a frame)")


def _verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--profile", type=Path, help="reuse (or build and keep) the big profile in this folder "
                        "(bench/desktop_data.py --profile DIR builds the same)")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs per case (the median is printed)")
    parser.add_argument("--search-only", action="store_true", help="only 4. (search as you type)")
    parser.add_argument("--launch-only", action="store_true", help="only 1. (start to first paint)")
    parser.add_argument("--turns", action="store_true", help="only 1b.: each GUI-thread turn after the first "
                        "paint (the window's attach steps, each page's build steps, the reads' answers) with its "
                        "wall and CPU time; with --before, that checkout's beside")
    parser.add_argument("--turns-open", action="store_true", help="only 1b. under `klaros open` (app.run_app), "
                        "from the first paint until its HTTP client is open")
    parser.add_argument("--before", type=Path, help="another checkout of the app (e.g. main, with `git worktree "
                        "add --detach`): its start to first paint is measured beside this one's, runs alternating")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--launched", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--conversation", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.launched, str(args.profile) if args.profile else None,
                               args.conversation)))
        return 0

    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from desktop_data import copy_profile, ensure_profile

    from klaros_desktop.db import open_database
    from klaros_desktop.paths import Profile

    workdir = Path(tempfile.mkdtemp(prefix="klaros-uibench-"))
    from machine import cpu_model

    print(f"CPU: {cpu_model()} ({os.cpu_count()} logical cores)")
    print(f"App compiled to bytecode first, as installed (PYTHONDONTWRITEBYTECODE {compile_app()}).")
    if args.before:
        args.before = args.before.resolve()
        compile_app(args.before)
    try:
        source = ensure_profile(args.profile or workdir / "big", args.contacts, args.messages)
        big = copy_profile(source, workdir / "ui").root  # the 10k-message conversation goes into a copy
        conversation_id = add_big_conversation(big)
        contacts, messages = profile_counts(big)
        empty = Profile(workdir / "empty").ensure()
        engine, _ = open_database(empty)
        engine.dispose()
        load = f" Load average {os.getloadavg()[0]:.2f} (1 min)." if hasattr(os, "getloadavg") else ""
        print(f"Profile: {contacts:,} contacts, {messages:,} messages; conversation {conversation_id} has "
              f"{BIG_CONVERSATION:,} messages.{load}")

        if args.before:
            down = profiles_for_before(args.before, [big, empty.root], workdir)
            if down:
                print(f"Before's copies of both profiles taken down to its schema {down} (this checkout's "
                      "downgrade steps).")

        if args.search_only:
            search_section(big, empty.root, messages, args.before)
            return 0

        def median_of(mode: str, profile: Path | None, conv: int | None = None) -> tuple[float, dict]:
            runs = [run_child(mode, profile, conv) for _ in range(args.runs)]
            runs.sort(key=lambda r: r["first_paint_s"])
            return runs[len(runs) // 2]["first_paint_s"], runs[len(runs) // 2]

        if args.turns or args.turns_open:
            turns_section(args.runs, big, args.before, "turns_open" if args.turns_open else "turns")
            return 0
        if args.launch_only:
            launch_section(args.runs, big, empty.root, args.before)
            return 0

        bare_s, bare = median_of("bare", None)
        empty_s, empty_run = median_of("app", empty.root)
        big_s, _ = median_of("app", big)
        print("\n1. Start to first paint (python launch -> conversation list painted; median of "
              f"{args.runs})")
        print(f"   bare QWidget:              {bare_s * 1000:7.0f} ms")
        print(f"   Klaros, empty profile:     {empty_s * 1000:7.0f} ms  ({empty_s / bare_s:.2f}x bare)")
        print(f"   Klaros, big profile:       {big_s * 1000:7.0f} ms  ({big_s / bare_s:.2f}x bare, "
              f"{big_s / empty_s:.2f}x empty) target < 1000 ms {_verdict(big_s < 1.0)}")

        run = run_child("app", big, conversation_id)
        up, down = run["scroll_up_ms"], run["scroll_down_ms"]

        def spread(steps: list[float]) -> str:
            p95 = statistics.quantiles(steps, n=20)[18] if len(steps) >= 20 else max(steps)
            order = sorted(range(len(steps)), key=steps.__getitem__)[-3:][::-1]
            worst = ", ".join(f"{steps[i]:.0f} (step {i + 1})" for i in order)
            return (f"{len(steps)} page steps, median {statistics.median(steps):.1f} ms, p95 {p95:.1f} ms, "
                    f"3 worst {worst} ms, target < 100 ms {_verdict(max(steps) < 100)}")

        print(f"\n2. Conversation with {BIG_CONVERSATION:,} messages")
        print(f"   open until painted:        {run['open_ms']:7.1f} ms ({run['open_rows']} rows loaded) "
              f"target < 100 ms {_verdict(run['open_ms'] < 100)}")
        print(f"   scroll up to the oldest:   {spread(up)}")
        print(f"                              first message reached: {run['reached_oldest']}, "
              f"{run['held_rows']:,} messages held")
        print(f"   scroll down to the newest: {spread(down)}; newest reached: {run['reached_newest']}")
        print(f"   jump back to the newest:   {run['back_to_newest_ms']:7.1f} ms")
        search_section(big, empty.root, messages)
        rss, empty_rss, bare_rss = run["peak_rss_mb"], empty_run["peak_rss_mb"], bare["peak_rss_mb"]
        print("\n3. Peak resident memory")
        if rss is None:
            print("   not measurable on this platform")
        else:
            print(f"   bare QWidget {bare_rss:.0f} MB, Klaros empty profile {empty_rss:.0f} MB, big profile after "
                  f"the 10k scroll {rss:.0f} MB ({rss / empty_rss:.2f}x empty) "
                  f"target < 300 MB {_verdict(rss < 300)}")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.profile:
        print(f"\nProfile kept at {args.profile}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
