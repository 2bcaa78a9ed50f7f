"""The update line in the window: found -> downloading with progress -> "restart to update" with the notes;
refusals are said, an unreachable server is not; a rolled-back update is reported on the next start."""

from __future__ import annotations

from pathlib import Path

import pytest

from klaros_desktop import updater
from klaros_desktop.ui.update_notice import UpdateChecker, UpdateNotice


@pytest.fixture
def checker(qtbot, tmp_path, monkeypatch):
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    config = updater.UpdateConfig(url="http://127.0.0.1:1", trusted_root=tmp_path / "root.json",
                                  install_dir=tmp_path / "install", cache_dir=tmp_path / "cache")
    return UpdateChecker(config, notice, notice)


def test_a_release_is_downloaded_with_progress_then_offered(checker, qtbot, monkeypatch, tmp_path):
    release = updater.Release(version="9.1.0", notes="Faster search.", size=100)
    monkeypatch.setattr(updater, "check", lambda config: (release, object()))

    def download(config, client, found, progress):
        progress(50, 100)
        progress(100, 100)
        return updater.Staged(version=found.version, folder=tmp_path / "staged", notes=found.notes)

    monkeypatch.setattr(updater, "download", download)
    launched = []
    monkeypatch.setattr(updater, "launch_apply", lambda config, staged: launched.append(staged.version))
    checker.start()
    qtbot.waitUntil(lambda: checker.ready is not None)
    notice = checker.notice
    assert notice.isVisible()
    assert "Version 9.1.0 is ready — restart to update" in notice.label.text()
    assert notice.restart_button.isVisible() and notice.notes_button.isVisible()
    assert notice.progress.value() == 1000
    box = notice.show_notes()
    assert box.text() == "Faster search."
    box.close()
    notice.restart_button.click()
    assert launched == ["9.1.0"]


@pytest.mark.parametrize("problem, shown", [(updater.TAMPERED, True), (updater.EXPIRED, True),
                                            (updater.UNREACHABLE, False)])
def test_refusals_are_said_and_an_unreachable_server_is_not(checker, qtbot, monkeypatch, problem, shown):
    def refuse(config):
        raise updater.UpdateError(problem)

    monkeypatch.setattr(updater, "check", refuse)
    checker.notice.show()
    checker.check()
    qtbot.waitUntil(lambda: not checker.busy)
    assert checker.notice.isVisible() is shown
    if shown:
        assert checker.notice.label.text() == problem
        assert not checker.notice.restart_button.isVisible()


def test_the_last_result_is_reported_once_at_start(checker, qtbot, monkeypatch):
    monkeypatch.setattr(updater, "check", lambda config: (None, None))
    updater.record(checker.config.cache_dir, updater.ApplyResult(ok=False, version="9.0.0", tried="9.1.0",
                                                                  detail="self-test FAILED"))
    checker.start()
    assert "did not pass its check, so Klaros went back to version 9.0.0" in checker.notice.label.text()
    qtbot.waitUntil(lambda: not checker.busy)
    assert not Path(checker.config.result_file).exists()


def test_it_checks_at_start_and_then_every_day(checker, qtbot, monkeypatch):
    checks = []

    def check(config):
        checks.append(config)
        return None, None

    monkeypatch.setattr(updater, "check", check)
    checker.start()
    qtbot.waitUntil(lambda: len(checks) == 1 and not checker.busy)
    assert checker.timer.isActive() and not checker.timer.isSingleShot()
    assert checker.timer.interval() == 24 * 60 * 60 * 1000
    checker.timer.timeout.emit()  # a day later
    qtbot.waitUntil(lambda: len(checks) == 2 and not checker.busy)
