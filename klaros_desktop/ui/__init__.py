"""The desktop app's windows, pages, dialogs and item models (the only package that imports Qt widgets).

Importing it also works around a PySide6 defect seen with PySide6 6.12.0 on CPython 3.11: every call of a
C++ method that returns ``void`` (``QLabel.setText``, ``QPainter.save``, ``processEvents``…) and every
``QVariant`` that comes back empty drops one reference to ``None``. On CPython >= 3.12 ``None`` is immortal
and nothing happens; on 3.11 the app aborts with "Fatal Python error: none_dealloc" after some ten thousand
such calls (a few seconds of scrolling a thread). ``pyproject.toml`` keeps 3.11 installs on PySide6 < 6.12; should
6.12 be installed anyway (by hand, or a frozen build made from another environment), on CPython < 3.12 only,
``None`` gets a reference count it can never run out of, which is what 3.12 does by design.
``tests/desktop/ui/test_none_refcount.py`` proves it.
"""

from __future__ import annotations

import sys


def _immortalise_none() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import PySide6

    if not PySide6.__version__.startswith("6.12."):
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < 1 << 40:
        refcount.value += 1 << 42


_immortalise_none()
