"""Modules the chat list's first paint names but does not run: loaded on first use of one of their names.

Until the window has painted its chats, nothing may import SQLAlchemy (the models and most services do);
``lazy`` hands out such a module as a placeholder that loads on its first attribute access
(``importlib.util.LazyLoader``), so module-level imports stay as they read. ``load_all`` loads every placeholder
still waiting on one thread while no other touches one (a lazy module is not safe to load from two threads at
once on CPython 3.11): the worker thread that opens the database after the first paint (``app``), before the
backend is attached (until then nothing on the GUI thread uses them), or the GUI thread in
``MainWindow.attach`` when the database was opened there.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_waiting: list[ModuleType] = []


def lazy(name: str) -> ModuleType:
    """The module ``name``: itself when already imported, else a placeholder that imports it on first use."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    _waiting.append(module)
    return module


def load_all() -> None:
    """Load every placeholder not used yet."""
    while _waiting:
        getattr(_waiting.pop(), "__dict__", None)
