"""A second start on the same profile hands over to the running Klaros instead of opening a second window."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from klaros_desktop.ui.single_instance import SingleInstance, instance_name

WAIT_MS = 5000


def test_second_start_on_a_profile_asks_the_first_to_come_forward(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path / "shop"), SingleInstance(tmp_path / "shop")
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.activate, timeout=WAIT_MS):
            assert second.hand_over()
    finally:
        first.release()
    assert second.acquire()  # the first closed: the next start runs
    second.release()


def test_profiles_do_not_block_each_other(tmp_path):
    shop, demo = SingleInstance(tmp_path / "shop"), SingleInstance(tmp_path / "demo")
    assert instance_name(tmp_path / "shop") != instance_name(tmp_path / "demo")
    try:
        assert shop.acquire() and demo.acquire()
    finally:
        shop.release()
        demo.release()


def test_a_crashed_instance_does_not_lock_the_profile_forever(tmp_path):
    """The lock of a process that died (killed, power cut) is taken over by the next start."""
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from klaros_desktop.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        assert SingleInstance(Path({str(tmp_path / "shop")!r})).acquire()
        os._exit(0)  # no unlock, no clean-up: as if it crashed
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    again = SingleInstance(tmp_path / "shop")
    try:
        assert again.acquire()
    finally:
        again.release()


def test_the_main_window_comes_to_the_front(qtbot, backend):
    from klaros_desktop.ui.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    window.bring_to_front()
    assert window.isVisible() and not window.isMinimized()


def test_starting_klaros_twice_on_a_profile_opens_one_window(tmp_path):
    """Two real ``klaros`` processes: the second brings the first forward and exits at once."""
    import os
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring")
    command = [sys.executable, "-m", "klaros_desktop", "--data-dir", str(tmp_path / "shop")]
    first = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        probe = SingleInstance(tmp_path / "shop")
        deadline = time.monotonic() + 60
        while not probe.hand_over(200):  # the first start listens once its window is about to show
            assert first.poll() is None, first.stderr.read().decode()
            assert time.monotonic() < deadline, "the first Klaros never started listening"
            time.sleep(0.1)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open on this profile: its window was brought to the front" in second.stderr
        assert first.poll() is None  # the first one still runs
    finally:
        first.terminate()
        first.wait(30)
