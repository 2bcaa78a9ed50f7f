"""The README's promise: exactly two set-up commands, and CI runs the very same test command."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Try it", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    return [line for block in blocks for line in block.strip().splitlines()]


def test_readme_has_exactly_two_setup_commands():
    commands = _setup_commands()
    assert len(commands) == 2
    launch, tests = commands
    assert "python3 -m venv .venv" in launch and "klaros demo" in launch
    assert "'.[test]'" in tests and "pytest" in tests


def test_the_shop_owners_part_asks_for_no_klaros_command():
    """Shop owners install from the releases page and use no terminal: their part of the README names no
    ``klaros`` command (those belong to the developers' part and "Everyday commands")."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("**Shop owners**", 1)[1].split("**Developers on Windows**", 1)[0]
    assert re.findall(r"`klaros(?: [^`]*)?`", section) == []


def test_ci_extracts_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"test_command=\$\((awk .*?) README\.md\)", script).group(1)
    extracted = subprocess.run(
        ["bash", "-c", f"{awk} README.md"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert extracted == _setup_commands()[1]
    assert "self-test" in script and "build.spec" in script
    assert "screenshots" in script


def test_every_relay_setting_is_documented_and_the_readme_has_a_deployment():
    """Operators configure the relay by environment: each variable the code reads is in docs/relay.md."""
    code = (ROOT / "relay" / "config.py").read_text(encoding="utf-8")
    variables = set(re.findall(r"KLAROS_RELAY_[A-Z_]+", code))
    assert {"KLAROS_RELAY_DATABASE_URL", "KLAROS_RELAY_MASTER_KEY_FILE"} <= variables
    guide = (ROOT / "docs" / "relay.md").read_text(encoding="utf-8")
    assert sorted(v for v in variables if v not in guide) == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("## For relay operators", 1)[1]
    for needed in ("KLAROS_RELAY_DATABASE_URL", "KLAROS_RELAY_MASTER_KEY_FILE", "KLAROS_RELAY_RETENTION_DAYS",
                   "klaros-relay migrate", "klaros-relay serve", "[Service]", "reverse_proxy"):
        assert needed in readme


def test_every_screen_the_readme_shows_is_one_ci_requires():
    """CI renders the screenshots and fails on a missing or blank one; a screen the README shows (light or dark)
    must be on that list, or it could silently stop being rendered."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"docs/screenshots/([a-z0-9-]+)-(?:light|dark)\.png", readme))
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    required = set(re.search(r"for screen in ([a-z0-9 \\\n-]+); do", script).group(1).split()) - {"\\"}
    assert shown and shown - required == set()
