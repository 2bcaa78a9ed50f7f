"""Crash safety: an uncaught exception anywhere leaves a crash file in the profile's logs that holds none of the
customer's data or secrets, and the UI shows it with "Copy details"."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest

from klaros_desktop import crash_report, logging_setup

PHONE = "+49 151 23456789"
PHONE_DIGITS = "4915123456789"
BODY = "Hallo Frau Krause, Ihr Kleid in Größe 38 liegt bereit"
TOKEN = "EAAGm0PX4ZCpsBAKZAZBqT3xYcSecretAccessToken0123456789"
SECRETS = (PHONE, PHONE_DIGITS, "23456789", BODY, "Krause", TOKEN, "SecretAccessToken")


class SendFailed(RuntimeError):
    pass


def _send(to: str, body: str, token: str) -> None:
    headers = {"Authorization": f"Bearer {token}"}  # noqa: F841 - a local the report must not show
    try:
        raise ValueError(f"bad number {to}")
    except ValueError as exc:
        raise SendFailed(f"could not send {body!r} to {to} with {token}", to, body, token) from exc


def _crash() -> BaseException:
    try:
        _send(PHONE, BODY, TOKEN)
    except SendFailed as exc:
        return exc
    raise AssertionError("the stand-in send did not fail")


@pytest.fixture
def hooked(profile):
    logging_setup.configure(profile.logs)
    crash_report.install(profile.logs)
    yield profile
    crash_report.uninstall()


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked"


def test_excepthook_writes_a_crash_file_without_customer_data_or_tokens(hooked):
    exc = _crash()
    sys.excepthook(type(exc), exc, exc.__traceback__)
    files = crash_report.crash_files(hooked.logs)
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    _assert_clean(text)
    # what it does hold: the kinds of error, the chain, and where in the code
    assert "SendFailed" in text and "ValueError" in text and "which was caused by" in text
    assert f"{__name__}:" in text and "in _send" in text and "main thread" in text
    log_text = (hooked.logs / "klaros.log").read_text(encoding="utf-8")
    assert "SendFailed" in log_text and files[0].name in log_text
    _assert_clean(log_text)


def test_a_crashing_thread_is_reported(hooked):
    def work():
        _send(PHONE, BODY, TOKEN)

    thread = threading.Thread(target=work, name=f"sender-{PHONE_DIGITS}")
    thread.start()
    thread.join()
    files = crash_report.crash_files(hooked.logs)
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    _assert_clean(text)
    assert "background thread" in text and "SendFailed" in text


def test_a_failed_task_on_the_loop_is_reported(hooked):
    async def main():
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(crash_report.asyncio_handler)

        async def sender():
            _send(PHONE, BODY, TOKEN)

        task = loop.create_task(sender())
        await asyncio.wait([task])
        loop.call_exception_handler({"message": f"Task failed for {PHONE}", "exception": task.exception(),
                                     "task": task})
        loop.call_exception_handler({"message": f"no exception, but {TOKEN}"})

    asyncio.run(main())
    files = crash_report.crash_files(hooked.logs)
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    _assert_clean(text)
    assert "background task" in text
    log_text = (hooked.logs / "klaros.log").read_text(encoding="utf-8")
    _assert_clean(log_text)
    assert "without an exception (message)" in log_text


def test_keyboard_interrupt_is_left_to_python(hooked, monkeypatch):
    passed = []
    monkeypatch.setitem(crash_report._installed, "sys", lambda *args: passed.append(args[0]))
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert passed == [KeyboardInterrupt]
    assert crash_report.crash_files(hooked.logs) == []


def test_old_crash_files_are_pruned(profile, monkeypatch):
    monkeypatch.setattr(crash_report, "KEEP_FILES", 3)
    for n in range(5):
        (profile.logs / f"crash-2020010{n}-000000-1-1.txt").write_text("old", encoding="utf-8")
    crash_report.write(_crash(), where="test", log_dir=profile.logs)
    assert len(crash_report.crash_files(profile.logs)) == 3


def test_the_dialog_shows_the_report_and_copies_it(qtbot, hooked):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from klaros_desktop.ui import crash_dialog

    notice = crash_dialog.install(QApplication.instance())
    try:
        def work():
            _send(PHONE, BODY, TOKEN)

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: notice.dialog is not None and notice.dialog.isVisible())
        dialog = notice.dialog
        report_file = crash_report.crash_files(hooked.logs)[0]
        assert str(report_file) in dialog.message.text()
        dialog.copy_button.click()
        copied = QGuiApplication.clipboard().text()
        assert copied == report_file.read_text(encoding="utf-8")
        _assert_clean(copied)
        # a second crash while the dialog is open is counted into it, not stacked
        exc = _crash()
        sys.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: dialog.more == 1)
        assert notice.dialog is dialog
        dialog.close()
    finally:
        crash_report.set_notifier(None)
