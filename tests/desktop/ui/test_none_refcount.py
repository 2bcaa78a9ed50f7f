"""PySide6 6.12 drops a reference to ``None`` on every void C++ call; on CPython 3.11 that aborts the app
("deallocating None") after some ten thousand calls. Importing ``klaros_desktop.ui`` must prevent it."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_process():
    code = (
        "import klaros_desktop.ui\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for i in range(300_000):\n"
        "    o.setObjectName('x')\n"
        "print('alive')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                         timeout=300, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "alive"
