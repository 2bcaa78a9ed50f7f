"""Suite-wide set-up: headless Qt and a keyring that never touches the developer's real one.

Set before any test module imports Qt or keyring (pytest loads this file first).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring"
os.environ["KLAROS_ALLOW_INSECURE_KEYRING"] = "1"  # the shipped app refuses the plaintext test keyring without it
os.environ.pop("KLAROS_TEST_KEYRING_FILE", None)
os.environ.pop("KLAROS_DATA_DIR", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
META_FIXTURES = REPO_ROOT / "tests" / "fixtures" / "meta"
PG_URL = os.environ.get("KLAROS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def meta_fixtures() -> Path:
    """Meta's sample payloads, kept in the repo (``tests/fixtures/meta/README.md`` says where they come from)."""
    return META_FIXTURES


@pytest.fixture
def profile(tmp_path):
    """A fresh, empty profile folder for one test."""
    from klaros_desktop.paths import Profile

    return Profile(tmp_path / "profile").ensure()


@pytest.fixture(autouse=True)
def _crash_hooks_restored():
    """``cli.main`` routes uncaught exceptions to crash files; a test that runs it must not leave that behind
    for the rest of the session (pytest reports thread exceptions through the hook it installed)."""
    yield
    from klaros_desktop import crash_report

    crash_report.uninstall()


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_gui_thread():
    """Once the session has a QApplication, cyclic garbage is collected on the test's (the GUI) thread only, as the
    app does (``ui.gui_collector``): a worker thread of one test (the database, a relay's server) must not delete
    a Qt object an earlier test left in a cycle while the GUI thread uses Qt. Due generations are collected after
    each test, so a session whose later tests spin no event loop does not pile garbage up."""
    qt = sys.modules.get("PySide6.QtWidgets")
    if qt is not None and qt.QApplication.instance() is not None:
        from klaros_desktop.ui import gui_collector

        gui_collector.install(qt.QApplication.instance())
    yield
    if "klaros_desktop.ui.gui_collector" in sys.modules:
        sys.modules["klaros_desktop.ui.gui_collector"].collect_due()


@pytest.fixture(autouse=True)
def _keyring_restored():
    """Each test starts with the keyring ``PYTHON_KEYRING_BACKEND`` names: ``klaros demo`` and ``klaros screenshots``
    install the demo's in-memory keyring for the rest of their process, and run in-process they would leave it to
    every later test, whose secrets then never reach ``KLAROS_TEST_KEYRING_FILE`` (a ``klaros`` subprocess of the
    same test reads the file and finds the profile not connected)."""
    import keyring

    before = keyring.get_keyring()
    yield
    if keyring.get_keyring() is not before:
        keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def _screens_language_restored(monkeypatch):
    """Each test starts in the language the session started in: a test that runs Klaros in German (``klaros
    --lang de …``, a profile whose Settings chose German) installs translators on the one QApplication of the
    test session, and every later test reading English text from a screen would fail."""
    monkeypatch.delenv("KLAROS_LANG", raising=False)
    from PySide6.QtCore import QCoreApplication, QLocale

    before = QLocale()
    yield
    i18n = sys.modules.get("klaros_desktop.ui.i18n")
    app = QCoreApplication.instance()
    while i18n is not None and i18n._installed:
        translator = i18n._installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    if QLocale() != before:  # also when a test set the default locale itself (dates, numbers), without translators
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _contact_name_keys_in_step():
    """Every profile database a test wrote ends with each contact's stored name key matching its names, so a
    writer of a contact's name that forgets the key (``name_order.name_key``) fails whichever test ran it."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    files: set[str] = set()

    def remember(dbapi_connection, _record) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            files.update(row[2] for row in dbapi_connection.execute("PRAGMA database_list") if row[1] == "main"
                         and row[2])

    event.listen(Pool, "connect", remember)
    yield
    event.remove(Pool, "connect", remember)
    from klaros_desktop.services.people.name_order import name_key

    for name in sorted(files):
        if not Path(name).exists():
            continue
        with contextlib.closing(sqlite3.connect(name)) as conn:
            try:
                rows = conn.execute("SELECT id, display_name, profile_name, phone_e164, name_key FROM contacts")
                stale = [row for row in rows if row[4] != name_key(*row[1:4])][:5]
            except sqlite3.DatabaseError:  # no contacts table (yet), not migrated to the stored key, not a database
                continue
        assert not stale, f"contacts written without their name key in {name}: {stale}"
