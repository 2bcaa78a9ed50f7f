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


# The ui is driven by the command line and the demo (``klaros open``, ``klaros demo``, the screenshots), never
# the other way round: a use case both need lives in services, where the ui calls it with its own actor.
ABOVE_UI = ("klaros_desktop.commands", "klaros_desktop.demo")


def ui_imports_from_above() -> dict[str, list[str]]:
    """ui file -> the commands / demo modules it imports."""
    offenders = {}
    for path in _files("ui"):
        bad = {name for name in _imports(path) if name == "klaros_desktop.commands" or name == "klaros_desktop.demo"
               or name.startswith(tuple(f"{above}." for above in ABOVE_UI))}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    return offenders


def test_the_ui_imports_neither_the_commands_nor_the_demo():
    assert ui_imports_from_above() == {}


# The ui never opens a database session: it hands its session factory to a service function, which opens one
# (the item models read through ``services/reads/pages``); the database itself is opened by ``app.py``.
SESSION_OPENERS = {"Session", "sessionmaker", "scoped_session", "open_database", "create_engine"}


def _called_name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def session_uses(path: Path) -> list[str]:
    """Where a file opens a session itself: ``sessions()`` / ``x.sessions()`` and their ``.begin()``, a Session,
    sessionmaker or engine made, ``session_scope`` named at all, a parameter typed ``Session``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            begins = isinstance(func, ast.Attribute) and func.attr == "begin" and _called_name(func.value) == "sessions"
            if begins or _called_name(func) in ("sessions", *SESSION_OPENERS):
                found.append(f"{node.lineno}: {ast.unparse(func)}()")
        elif isinstance(node, ast.Name | ast.Attribute) and _called_name(node) == "session_scope":
            found.append(f"{node.lineno}: session_scope")
        elif isinstance(node, ast.alias) and node.name.rsplit(".", 1)[-1] == "session_scope":
            found.append("import of session_scope")
        elif isinstance(node, ast.arg) and node.annotation is not None and (
                _called_name(node.annotation) == "Session"
                or (isinstance(node.annotation, ast.Constant) and node.annotation.value == "Session")):
            found.append(f"{node.lineno}: parameter {node.arg}: Session")
    return sorted(set(found))


def ui_session_users() -> dict[str, list[str]]:
    """ui file -> where it opens a session itself."""
    return {str(path.relative_to(ROOT)): uses for path in _files("ui") if (uses := session_uses(path))}


def test_the_ui_opens_no_database_session():
    assert ui_session_users() == {}


def test_the_relay_and_the_simulator_never_import_the_desktop():
    for package in ("relay", "klaros_sim"):
        for path in sorted((ROOT / package).rglob("*.py")):
            assert not any(n.startswith("klaros_desktop") for n in _imports(path)), path


# The domain packages of ``services/``, lowest first. A package may import only packages on a lower line:
# never one on its own line or above, so the graph has no cycle and no upward edge. ARCHITECTURE.md draws it.
SERVICE_LAYERS = (
    ("core",),
    ("people",),
    ("media",),
    ("messaging", "pricing"),
    ("reads", "inbound", "dataio", "privacy", "campaigns"),
    ("setup", "analytics"),
)
_RANK = {name: rank for rank, names in enumerate(SERVICE_LAYERS) for name in names}


def _service_package(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] != ["klaros_desktop", "services"] or len(parts) < 3:
        return None
    return parts[2]


def package_edges() -> dict[tuple[str, str], list[str]]:
    """(importing package, imported package) -> the files that make that edge."""
    edges: dict[tuple[str, str], list[str]] = {}
    for path in _files("services"):
        rel = path.relative_to(DESKTOP / "services")
        if len(rel.parts) < 2:
            continue
        source = rel.parts[0]
        for name in _imports(path):
            target = _service_package(name)
            if target is not None and target != source:
                edges.setdefault((source, target), []).append(str(path.relative_to(ROOT)))
    return edges


def test_services_are_domain_packages_with_no_loose_modules():
    services = DESKTOP / "services"
    loose = sorted(p.name for p in services.glob("*.py") if p.name != "__init__.py")
    assert loose == []
    packages = sorted(p.name for p in services.iterdir() if (p / "__init__.py").exists())
    assert set(packages) <= set(_RANK), f"a new package needs its place in SERVICE_LAYERS: {packages}"


def test_no_service_package_imports_one_above_or_beside_it():
    wrong = {f"{a} -> {b}": sorted(set(files)) for (a, b), files in package_edges().items()
             if _RANK[b] >= _RANK[a]}
    assert wrong == {}


def test_the_package_rule_catches_an_upward_import(tmp_path, monkeypatch):
    """The check above is only worth something if it fails: plant an upward import and see it reported."""
    fake = tmp_path / "klaros_desktop"
    for package in ("core", "people"):
        (fake / "services" / package).mkdir(parents=True)
        (fake / "services" / package / "__init__.py").write_text("", encoding="utf-8")
    (fake / "services" / "core" / "audit.py").write_text(
        "from klaros_desktop.services.people import contacts\n", encoding="utf-8")
    monkeypatch.setitem(globals(), "DESKTOP", fake)
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert ("core", "people") in package_edges()


def test_the_ui_checks_catch_a_planted_violation(tmp_path, monkeypatch):
    """Both ui checks above are only worth something if they fail: plant each kind of offence and see it reported."""
    ui = tmp_path / "klaros_desktop" / "ui"
    ui.mkdir(parents=True)
    (ui / "planted.py").write_text(
        "from klaros_desktop import demo\n"
        "from klaros_desktop.commands.pair import pair\n"
        "from klaros_desktop.db import open_database, session_scope\n"
        "from sqlalchemy.orm import Session, sessionmaker\n"
        "def tags(backend, session: Session, engine):\n"
        "    with backend.sessions() as s:\n"
        "        pass\n"
        "    with backend.sessions.begin() as s:\n"
        "        pass\n"
        "    with session_scope(backend) as s:\n"
        "        pass\n"
        "    return Session(engine), sessionmaker(bind=engine), open_database(backend.profile)\n",
        encoding="utf-8")
    (ui / "item_models.py").write_text("def rows(self):\n    return self.sessions()\n", encoding="utf-8")
    (ui / "backend.py").write_text("def for_profile(profile):\n    return open_database(profile)\n",
                                   encoding="utf-8")
    monkeypatch.setitem(globals(), "DESKTOP", tmp_path / "klaros_desktop")
    monkeypatch.setitem(globals(), "ROOT", tmp_path)
    assert ui_imports_from_above() == {"klaros_desktop/ui/planted.py": [
        "klaros_desktop.commands.pair", "klaros_desktop.commands.pair.pair", "klaros_desktop.demo"]}
    assert ui_session_users() == {
        "klaros_desktop/ui/planted.py": [
            "10: session_scope", "12: Session()", "12: open_database()", "12: sessionmaker()",
            "5: parameter session: Session", "6: backend.sessions()",
            "8: backend.sessions.begin()", "import of session_scope"],
        "klaros_desktop/ui/item_models.py": ["2: self.sessions()"],  # no file is let off any more
        "klaros_desktop/ui/backend.py": ["2: open_database()"]}
