"""Settings in the shop owner's words: the business name and the number as people write it instead of ids
(those wait under "Advanced"), a searchable country list, theme, language and notifications that are saved
and take effect, and a pairing code for the shop's next PC from the relay."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from klaros_desktop import secrets
from klaros_desktop.services.core import settings
from klaros_desktop.ui import theme
from klaros_desktop.ui.backend import Backend
from klaros_desktop.ui.settings_dialog import SettingsDialog

_spec = importlib.util.spec_from_file_location("ui_conftest", Path(__file__).with_name("conftest.py"))
_conf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_conf)
WAIT_MS = _conf.WAIT_MS


@pytest.fixture
def connected(sessions):
    with sessions.begin() as s:
        settings.set_many(s, {settings.PHONE_NUMBER_ID: "106540352242922", settings.WABA_ID: "102290129340398",
                              settings.BUSINESS_NAME: "Blumen Becker", settings.DISPLAY_PHONE_NUMBER: "4930123456",
                              settings.DEVICE_ID: "0f3e9a8c2b7d4e1f9a6b5c4d3e2f1a0b",
                              settings.RELAY_URL: "https://relay.example.com"})


def _dialog(qtbot, profile, sessions, store=None) -> SettingsDialog:
    dialog = SettingsDialog(Backend(profile, sessions, secret_store=store or secrets.SecretStore(str(profile.root))))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def visible_texts(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_the_shop_tab_names_the_business_and_number_and_hides_the_ids(qtbot, profile, sessions, connected):
    dialog = _dialog(qtbot, profile, sessions)
    assert dialog.business_name.text() == "Blumen Becker"
    assert dialog.number.text() == "+49 30 123456"
    assert dialog.state.text() == "Not connected right now (Klaros keeps trying)"
    shown = " ".join(visible_texts(dialog))
    assert "106540352242922" not in shown and "0f3e9a8c2b7d4e1f9a6b5c4d3e2f1a0b" not in shown
    dialog.advanced.setChecked(True)
    shown = " ".join(visible_texts(dialog))
    assert "106540352242922" in shown and "0f3e9a8c2b7d4e1f9a6b5c4d3e2f1a0b" in shown


def test_the_country_list_is_searched_by_name_or_code_and_saved(qtbot, profile, sessions):
    dialog = _dialog(qtbot, profile, sessions)
    completer = dialog.region.completer()
    completer.setCompletionPrefix("deutsch")
    assert completer.currentCompletion() == "Germany · Deutschland (+49)"
    completer.setCompletionPrefix("+43")
    assert completer.currentCompletion() == "Austria · Österreich (+43)"
    dialog.region.setEditText("Germany · Deutschland (+49)")
    dialog.save()
    with sessions() as s:
        assert settings.get(s, settings.DEFAULT_REGION) == "DE"


def test_theme_language_and_notifications_are_saved_and_the_theme_applies(qtbot, qapp, profile, sessions):
    theme.apply(qapp, theme.LIGHT)
    dialog = _dialog(qtbot, profile, sessions)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
        "Like the system", "English", "Deutsch", "Español", "Français", "Italiano", "Português (Brasil)",
        "Türkçe"]
    dialog.theme.setCurrentIndex(dialog.theme.findData(theme.DARK))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.notifications.setChecked(False)
    dialog.save()
    try:
        assert theme.current() == theme.DARK and theme.forced == theme.DARK
        with sessions() as s:
            assert (settings.get(s, settings.THEME), settings.get(s, settings.LANGUAGE),
                    settings.get(s, settings.NOTIFICATIONS)) == ("dark", "de", False)
        assert dialog.backend.notifications is False
    finally:
        theme.forced = None
        theme.apply(QApplication.instance(), theme.LIGHT)


def test_a_regional_language_is_saved_with_its_region_and_shown_again(qtbot, profile, sessions):
    dialog = _dialog(qtbot, profile, sessions)
    dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))
    dialog.save()
    with sessions() as s:
        assert settings.get(s, settings.LANGUAGE) == "pt_BR"
    assert _dialog(qtbot, profile, sessions).language.currentText() == "Português (Brasil)"


def test_pair_another_pc_shows_a_code_that_pairs(qtbot, qapp, profile, sessions, tmp_path):
    """The code comes from the relay for this shop; a second PC pairs with it."""
    import asyncio

    from klaros_desktop.services.setup import pairing
    from relay.embedded import RelayServer

    with RelayServer(tmp_path / "relay") as relay:
        shop = relay.create_tenant("Blumen Becker")
        store = secrets.SecretStore(str(profile.root))
        asyncio.run(pairing.pair(sessions, store, relay.url, relay.add_device(shop.tenant_id).code, "Laden",
                                 actor="user"))
        dialog = _dialog(qtbot, profile, sessions, store)
        dialog.pair_button.click()
        qtbot.waitUntil(lambda: dialog.pair_code.isVisible(), timeout=WAIT_MS)
        assert dialog.pair_note.text().startswith("Type this code into Klaros on the other PC before ")
        from klaros_desktop import db
        from klaros_desktop.paths import Profile

        other = Profile(tmp_path / "second").ensure()
        engine, other_sessions = db.open_database(other)
        try:
            said = asyncio.run(pairing.pair(other_sessions, secrets.SecretStore(str(other.root)), relay.url,
                                            dialog.pair_code.text(), "Büro", actor="user"))
        finally:
            engine.dispose()
        assert f"of shop {shop.tenant_id}" in said
