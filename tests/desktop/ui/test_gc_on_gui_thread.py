"""Python's cyclic garbage collector must never run on a worker thread in the app: a Qt object Python owns that
sits in a reference cycle (a closed dialog, a window whose signals name it) would be deleted there, in the middle
of whatever the GUI thread is doing with it, and crash the process. ``make_qapp`` hands collection to the GUI
thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt

from klaros_desktop.app import make_qapp


class _Cyclic(QObject):
    pass


def test_a_qt_object_in_a_cycle_is_deleted_on_the_gui_thread_not_on_a_worker(qapp):
    make_qapp()
    gc.collect()
    deleted_on: list[int] = []
    obj = _Cyclic()
    obj.me = obj  # a cycle: only the cyclic collector can free it
    obj.destroyed.connect(lambda *_: deleted_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection)
    del obj

    def allocate() -> None:  # enough new containers to trigger a collection if this thread may run one
        keep = [[] for _ in range(50_000)]
        del keep

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert worker.ident not in deleted_on  # not freed on the worker
    gui = threading.get_ident()
    gc.collect()  # as the GUI thread's timer does
    assert deleted_on == [gui]


def test_collection_comes_back_on_the_gui_thread_by_itself(qapp, qtbot):
    """With the automatic collector off, the GUI thread's timer collects once enough has been allocated."""
    make_qapp()
    assert not gc.isenabled()
    gc.collect()
    deleted: list[bool] = []
    obj = _Cyclic()
    obj.me = obj
    obj.destroyed.connect(lambda *_: deleted.append(True), Qt.ConnectionType.DirectConnection)
    del obj
    keep = [[] for _ in range(5 * gc.get_threshold()[0])]
    qtbot.waitUntil(lambda: deleted == [True], timeout=5000)
    del keep
