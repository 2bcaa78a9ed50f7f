"""Fixtures shared by the desktop's test folders."""

from __future__ import annotations

import pytest

from klaros_desktop.cli import main


@pytest.fixture
def klaros_cli(tmp_path, sim, monkeypatch, capsys):
    """``klaros`` run in-process on a profile connected to the test's simulator (``sim``, as the test module
    defines it): ``run(*args) -> (exit code, stdout)``; ``run.err`` holds the last stderr."""
    data = str(tmp_path / "p")
    monkeypatch.setenv("KLAROS_META_TOKEN", sim.config.access_token)

    def run(*args):
        code = main(["--data-dir", data, *args])
        captured = capsys.readouterr()
        run.err = captured.err
        return code, captured.out

    assert run("connect", "--phone-number-id", sim.config.phone_number_id, "--waba-id", sim.config.waba_id,
               "--graph-url", sim.base_url)[0] == 0
    return run
