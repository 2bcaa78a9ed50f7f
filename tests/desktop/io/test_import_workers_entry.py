"""The entry point the frozen bundle runs (``klaros_desktop/__main__.py``) starts import workers and the import's
writer process, and they work: ``klaros self-test``'s import check, from a separate process as a shop owner or CI
runs it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from klaros_desktop.commands import install_check


@pytest.mark.slow
def test_the_self_test_imports_through_a_worker_process_started_from_the_entry_point(tmp_path):
    skips = [arg for name, _check in install_check.CHECKS if name != "import-workers" for arg in ("--skip", name)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    done = subprocess.run([sys.executable, "-m", "klaros_desktop", "self-test", *skips], env=env, cwd=tmp_path,
                          capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("ok   import-workers: 12 contacts imported, their numbers normalised in a worker process, written by "
            "the writer process") in done.stdout
