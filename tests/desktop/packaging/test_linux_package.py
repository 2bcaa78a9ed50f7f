"""The .deb scripts on a stand-in bundle (CI runs them on the real one): the package builds, installs into an
empty folder, runs its self-test through /usr/bin/klaros and uninstalls without leftovers; a program that writes
into its own folder or fails its self-test is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import build_deb  # noqa: E402
import smoke_test_deb  # noqa: E402

sys.path.remove(str(ROOT / "packaging" / "linux"))

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian's dpkg)")


def _bundle(folder: Path, *, writes_into_itself: bool = False, passes: bool = True) -> Path:
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "lib.txt").write_text("stand-in", encoding="utf-8")
    scribble = "open(os.path.join(here, '_internal', 'cache.bin'), 'w').write('x')\n" if writes_into_itself else ""
    exe = folder / "klaros"
    exe.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "here = os.path.dirname(os.path.realpath(__file__))\n"
        "profile = sys.argv[sys.argv.index('--data-dir') + 1]\n"
        "os.makedirs(profile, exist_ok=True)\n"
        f"{scribble}"
        f"print('self-test passed' if {passes} else 'self-test FAILED')\n"
        f"sys.exit(0 if {passes} else 1)\n",
        encoding="utf-8")
    exe.chmod(0o755)
    return folder


def test_the_package_installs_runs_and_uninstalls_cleanly(tmp_path):
    deb = build_deb.build(_bundle(tmp_path / "klaros"), tmp_path / "klaros.deb", version="1.2.0rc1")
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: klaros" in fields and "Version: 1.2.0~rc1" in fields and "libxcb-cursor0" in fields
    files = smoke_test_deb.package_files(deb)
    assert {"opt/klaros/klaros", "usr/bin/klaros", "usr/share/applications/klaros.desktop",
            "usr/share/icons/hicolor/256x256/apps/klaros.png"} <= set(files)
    assert smoke_test_deb.smoke(deb) == []


def test_a_program_that_writes_into_its_folder_is_caught(tmp_path):
    deb = build_deb.build(_bundle(tmp_path / "klaros", writes_into_itself=True), tmp_path / "klaros.deb", fast=True)
    problems = smoke_test_deb.smoke(deb)
    assert any("wrote into its installed folders" in p for p in problems)


def test_a_failing_self_test_is_caught(tmp_path):
    deb = build_deb.build(_bundle(tmp_path / "klaros", passes=False), tmp_path / "klaros.deb")
    assert any("self-test failed" in p for p in smoke_test_deb.smoke(deb))


def test_debian_versions_sort_pre_releases_first():
    assert build_deb.debian_version("1.0.0") == "1.0.0"
    assert build_deb.debian_version("1.0.0rc1") == "1.0.0~rc1"
    assert build_deb.debian_version("2.1b2") == "2.1~b2"
