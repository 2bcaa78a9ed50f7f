"""The layers of ARCHITECTURE.md, checked on the source: ui -> services -> models / clients, never back up."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DESKTOP = ROOT / "klaros_desktop"
BELOW_UI = ("services", "models", "graph", "relay_client", "secrets", "migrations")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _files(*parts: str) -> list[Path]:
    return [p for part in parts for p in sorted((DESKTOP / part).rglob("*.py"))]


def test_nothing_below_ui_imports_qt_or_the_ui():
    offenders = {}
    for path in _files(*BELOW_UI):
        bad = {name for name in _imports(path) if name.startswith(("PySide6", "klaros_desktop.ui", "qasync"))}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_ui_changes_data_only_through_services():
    """Widgets may read the ``utcnow`` clock from models, never tables: queries and writes live in services."""
    offenders = {}
    for path in _files("ui"):
        bad = {name for name in _imports(path)
               if name.startswith("klaros_desktop.models") and not name.endswith("utcnow")
               and name not in ("klaros_desktop.models", "klaros_desktop.models.base")}
        bad |= {name for name in _imports(path)
                if name.startswith("sqlalchemy") and not name.startswith("sqlalchemy.orm")}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_relay_and_the_simulator_never_import_the_desktop():
    for package in ("relay", "klaros_sim"):
        for path in sorted((ROOT / package).rglob("*.py")):
            assert not any(n.startswith("klaros_desktop") for n in _imports(path)), path
