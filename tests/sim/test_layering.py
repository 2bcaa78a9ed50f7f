"""The simulator is its own package (the desktop imports it, never the reverse); the Graph client has no Qt."""

from __future__ import annotations

import subprocess
import sys


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_simulator_never_imports_the_desktop():
    modules = imported_after("import klaros_sim.cli, klaros_sim.embedded, klaros_sim.server, klaros_sim.scenario")
    assert not {m for m in modules if m.startswith("klaros_desktop")}


def test_graph_client_imports_no_qt():
    modules = imported_after("from klaros_desktop.graph import GraphClient")  # loads the client module lazily
    assert not {m for m in modules if m.startswith(("PySide6", "qasync"))}
    assert "klaros_desktop.graph.client" in modules
