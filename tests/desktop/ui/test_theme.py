"""Switching between light and dark while a dialog exists must not crash Qt (it did, with a segmentation fault)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCENARIO = textwrap.dedent("""
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from klaros_desktop.app import open_backend
    from klaros_desktop.paths import Profile
    from klaros_desktop.secrets import SecretStore
    from klaros_desktop.ui import theme
    from klaros_desktop.ui.setup_wizard import SetupWizard

    app = QApplication([])
    theme.apply(app, theme.LIGHT)
    profile = Profile(Path(tempfile.mkdtemp()) / "profile")
    profile.ensure()
    wizard = SetupWizard(open_backend(profile), SecretStore(str(profile.root)))
    wizard.open()
    app.processEvents()
    wizard.next()
    app.processEvents()
    wizard.reject()  # closed, not deleted: its widgets are still polished by every switch
    for scheme in (theme.DARK, theme.LIGHT, theme.DARK, theme.LIGHT):
        theme.apply(app, scheme)  # what follow_os does when the OS changes its colour scheme
        for _ in range(3):
            app.processEvents()
    print("switched")
""")


def test_theme_switches_after_the_setup_wizard_do_not_crash(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="klaros_desktop.secrets.plaintext_keyring.PlaintextKeyring")
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCENARIO], env=env, capture_output=True,
                         text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 0 and run.stdout.strip() == "switched", run.stderr[-3000:]
