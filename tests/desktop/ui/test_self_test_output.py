"""``klaros self-test`` prints its own lines only: Qt Multimedia and FFmpeg write to the process's error output
themselves while the player check loads them and decodes its clip (a PipeWire library not found, the clip's
stream dump, no hardware decoder). A shop owner reads this output, so those lines go to the log, and only under a
failing check are they shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from klaros_desktop.commands import CommandContext, install_check
from klaros_desktop.ui import media_view

OURS = re.compile(r"(ok   |FAIL |note |Checking a throw-away profile|self-test passed|self-test FAILED)")
OTHERS = [name for name, _check in install_check.CHECKS if name != "player"]


@pytest.mark.slow
def test_the_player_check_prints_only_its_own_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    env.pop("QT_LOGGING_RULES", None)
    env.pop("QT_FFMPEG_DEBUG", None)
    skips = [arg for name in OTHERS for arg in ("--skip", name)]
    done = subprocess.run([sys.executable, "-m", "klaros_desktop", "--data-dir", str(tmp_path / "p"), "self-test",
                           *skips], env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
                          timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert any(line.startswith("ok   player") for line in lines)
    assert [line for line in lines if not OURS.match(line)] == []


def test_what_the_libraries_said_shows_under_a_failing_player_check(profile, monkeypatch, capfd):
    def loads_not():
        os.write(2, b"qt.multimedia.symbolsresolver: Couldn't load pipewire-0.3 library\n")
        return False

    monkeypatch.setattr(media_view, "multimedia_available", loads_not)
    with pytest.raises(RuntimeError) as failed:
        install_check._check_player(CommandContext(profile=profile))
    assert "Qt Multimedia does not load" in str(failed.value)
    assert "Couldn't load pipewire-0.3 library" in str(failed.value)  # the reason may be in it
    assert "pipewire" not in capfd.readouterr().err  # not twice, not between the lines


def test_the_player_check_passes_quietly_in_process(qapp, profile, capfd):
    assert "decodes video" in install_check._check_player(CommandContext(profile=profile))
    assert capfd.readouterr().err == ""


def test_without_python_s_error_output_the_libraries_are_still_kept(monkeypatch, capfd):
    """A windowed start on Windows has no ``sys.stderr``; the check neither breaks nor lets the libraries through."""
    monkeypatch.setattr(sys, "stderr", None)
    said: list[str] = []
    with install_check._libraries_output_kept(said):
        os.write(2, b"No HW decoder found\n")
    assert said == ["No HW decoder found"]
    assert "HW decoder" not in capfd.readouterr().err
