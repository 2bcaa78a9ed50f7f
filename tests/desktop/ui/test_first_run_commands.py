"""``klaros self-test`` and ``klaros demo`` on a fresh machine: neither creates the shop's real profile unless
asked, the demo's throw-away folder goes even when the demo fails at start, and a display whose Qt plugin
lacks system libraries is named with the packages to install instead of Qt's abort."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pytest

from klaros_desktop import cli
from klaros_desktop import platform_check as install_check


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """The user's data folder as platformdirs finds it on Linux, still empty."""
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("KLAROS_DATA_DIR", raising=False)
    from klaros_desktop import paths

    assert str(paths.default_data_dir()).startswith(str(data))
    return data


def test_self_test_uses_a_throwaway_profile_and_says_it_checked_offscreen(fresh_home, monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda **kw: made.append(real_mkdtemp(**kw)) or made[-1])
    assert cli.main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert "Checking a throw-away profile" in out and "self-test passed" in out
    assert "no usable display, so the window checks ran offscreen" in out
    assert not fresh_home.exists()  # nothing in the user's data folder
    assert made and not Path(made[0]).exists()  # and the throw-away profile is gone


def test_self_test_checks_the_real_profile_when_asked(fresh_home, capsys):
    assert cli.main(["self-test", "--real-profile"]) == 0
    assert any(fresh_home.rglob("klaros.sqlite3"))


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path, monkeypatch):
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\necho '\tlibxcb-icccm.so.4 => not found'\necho '\tlibc.so.6 => /lib/libc.so.6'\n"
                        "echo '\tlibxkbcommon-x11.so.0 => not found'\n", encoding="utf-8")
    fake_ldd.chmod(0o755)
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    assert install_check.missing_libraries(plugin, str(fake_ldd)) == ["libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]
    monkeypatch.setattr(install_check, "missing_libraries", lambda _plugin: ["libxcb-icccm.so.4",
                                                                             "libxkbcommon-x11.so.0"])
    monkeypatch.setattr(install_check.sys, "platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    problem = install_check.display_problem()
    assert problem.endswith("sudo apt install libxcb-icccm4 libxkbcommon-x11-0")
    assert "libxcb-icccm.so.4" in problem


def test_demo_never_writes_the_real_profile_and_cleans_up_after_a_crash_at_start(fresh_home, monkeypatch):
    from contextlib import contextmanager

    from klaros_desktop.demo import runtime

    made: list[str] = []
    real_mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda **kw: made.append(real_mkdtemp(**kw)) or made[-1])

    @contextmanager
    def broken_world(root, **_kw):
        (Path(root) / "profile").mkdir()
        raise RuntimeError("the simulator did not start")
        yield  # pragma: no cover

    monkeypatch.setattr(runtime, "demo_world", broken_world)
    monkeypatch.setattr("klaros_desktop.platform_check.window_problem", lambda: None)
    with pytest.raises(RuntimeError, match="simulator did not start"):
        cli.main(["demo"])
    assert made and not Path(made[0]).exists()
    assert not fresh_home.exists()


def test_demo_without_a_display_says_so_instead_of_qts_abort(fresh_home, monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(install_check.sys, "platform", "linux")
    assert cli.main(["demo"]) == 1
    assert "Klaros needs a desktop to show its window" in capsys.readouterr().err
    assert not fresh_home.exists()


def test_ctrl_c_ends_the_demo_and_removes_its_folder(tmp_path):
    """``klaros demo`` in a terminal, ended with Ctrl+C once its window is up: it closes like a closed window
    (exit 0) and its throw-away folder is gone."""
    import os
    import re
    import signal
    import subprocess
    import time

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "x")}
    process = subprocess.Popen([sys.executable, "-m", "klaros_desktop", "demo"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    try:
        first = ""
        while not (found := re.search(r"Demo shop in (\S+)", first)):
            line = process.stdout.readline()
            assert line, first  # the demo ended before it said where its shop is
            first += line
        root = Path(found.group(1))
        log = root / "profile" / "logs" / "klaros.log"
        deadline = time.monotonic() + 90
        while not (log.exists() and "started on profile" in log.read_text(encoding="utf-8")):
            assert process.poll() is None and time.monotonic() < deadline, first + process.stdout.read()
            time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        assert process.wait(60) == 0, process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
    assert root.parent == tmp_path and not root.exists()


def _run_klaros(tmp_path, *args: str, **env: str):
    """``klaros ARGS`` in its own process as a shell without a desktop runs it: no DISPLAY, no WAYLAND_DISPLAY, no
    QT_QPA_PLATFORM (the suite's own offscreen setting is taken away), a fresh home."""
    import os
    import subprocess

    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR", "XDG_SESSION_TYPE")}
    clean.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "xdg-data"), **env)
    return subprocess.run([sys.executable, "-c", "import sys; from klaros_desktop.cli import main; "
                           "sys.exit(main(sys.argv[1:]))", *args],
                          env=clean, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
def test_the_readmes_first_command_without_a_desktop_says_so_in_words(tmp_path):
    done = _run_klaros(tmp_path, "demo")
    assert done.returncode == 1, done.stderr  # not Qt's abort (-6)
    assert "Klaros needs a desktop to show its window" in done.stderr
    assert "klaros screenshots" in done.stderr and "QT_QPA_PLATFORM=offscreen" in done.stderr
    assert "qt.qpa" not in done.stderr and "platform plugin" not in done.stderr
    assert not (tmp_path / "xdg-data").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY and WAYLAND_DISPLAY are Linux's")
def test_a_wayland_display_that_is_gone_is_no_desktop(tmp_path):
    """A shell that kept WAYLAND_DISPLAY from a session that ended (ssh, su, a terminal multiplexer)."""
    runtime = tmp_path / "run"
    runtime.mkdir()
    done = _run_klaros(tmp_path, "demo", WAYLAND_DISPLAY="wayland-9", XDG_RUNTIME_DIR=str(runtime))
    assert done.returncode == 1, done.stderr
    assert "Klaros needs a desktop to show its window" in done.stderr and "wayland-9" in done.stderr
    assert "qt.qpa" not in done.stderr


def test_a_wayland_desktop_whose_plugin_lacks_libraries_is_named_with_the_packages(tmp_path, monkeypatch):
    """Qt tries Wayland first when there is one, then X; only when neither can load does it abort."""
    import socket

    runtime = tmp_path / "run"
    runtime.mkdir()
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(runtime / "wayland-0"))
    lacking = {"libqwayland.so": ["libwayland-cursor.so.0"], "libqxcb.so": ["libxcb-icccm.so.4"]}
    monkeypatch.setattr(install_check, "missing_libraries", lambda plugin: lacking.get(plugin.name, []))
    monkeypatch.setattr(install_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    try:
        problem = install_check.window_problem()
        assert problem is not None and problem.endswith("sudo apt install libwayland-cursor0")
        monkeypatch.setenv("DISPLAY", ":0")  # X as well: Qt falls back to it, so both lists are named
        assert install_check.window_problem().endswith("sudo apt install libwayland-cursor0 libxcb-icccm4")
        lacking["libqxcb.so"] = []  # X can open windows: no problem even though Wayland cannot
        assert install_check.window_problem() is None
    finally:
        server.close()


def test_screenshots_never_write_the_real_profile(fresh_home, tmp_path, monkeypatch):
    # the screens are the demo shop's, rendered in a throw-away folder: its log goes there too, not to the shop's
    from klaros_desktop.demo import screenshots

    logged: list[Path] = []

    def render_nothing(out_dir, work_dir, schemes):
        import logging

        logging.getLogger("klaros_desktop.demo").warning("a dead letter set aside on purpose")
        logged.extend(Path(work_dir).rglob("klaros.log"))
        return []

    monkeypatch.setattr(screenshots, "render_all", render_nothing)
    assert cli.main(["screenshots", str(tmp_path / "shots")]) == 0
    assert not fresh_home.exists()  # no profile folder, no log in the user's data folder
    assert logged  # the run's own log, in its throw-away folder
