"""Build a Debian package from the PyInstaller folder: ``python packaging/linux/build_deb.py dist/klaros``.

The program goes to /opt/klaros (one folder, as built), ``/usr/bin/klaros`` links to it, and a menu entry and
icon go to /usr/share. Only ``dpkg-deb`` is needed (every Debian and Ubuntu has it). The shop's data stays in
~/.local/share/klaros, outside the package: removing the package keeps it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from klaros_desktop import __version__  # noqa: E402

PACKAGE = "klaros"
# Libraries Qt's xcb platform loads from the system (PyInstaller does not bundle them), and the PulseAudio client
# Qt Multimedia plays sound through (build.spec leaves it out: the computer's matches its sound server)
DEPENDS = ["libc6", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
           "libegl1", "libfontconfig1", "libdbus-1-3", "libpulse0"]
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Klaros
GenericName=WhatsApp Business CRM
Comment=Answer your customers on WhatsApp and keep your contacts in one place
Exec=/usr/bin/klaros
Icon=klaros
Terminal=false
Categories=Office;Network;
StartupWMClass=Klaros
"""


def debian_version(version: str) -> str:
    """PEP 440 pre-releases sort before the release in Debian only with a tilde: 1.0rc1 -> 1.0~rc1."""
    for marker in ("rc", "b", "a", ".dev"):
        if marker in version:
            head, _, tail = version.partition(marker)
            return f"{head}~{marker.lstrip('.')}{tail}"
    return version


def architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def build(bundle: Path, out: Path, version: str = __version__, exe: str = "klaros", fast: bool = False) -> Path:
    """``fast``: gzip level 1 instead of xz (CI's smoke test: the same package, built in seconds)."""
    if not (bundle / exe).is_file():
        raise SystemExit(f"{bundle} has no {exe}: build the bundle first (pyinstaller build.spec)")
    with tempfile.TemporaryDirectory(prefix="klaros-deb-") as work:
        root = Path(work) / "root"
        shutil.copytree(bundle, root / "opt" / PACKAGE, symlinks=True)
        (root / "usr" / "bin").mkdir(parents=True)
        os.symlink(f"../../opt/{PACKAGE}/{exe}", root / "usr" / "bin" / PACKAGE)
        apps = root / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        (apps / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
        icon = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps"
        icon.mkdir(parents=True)
        shutil.copyfile(ROOT / "resources" / "icons" / "klaros-256.png", icon / f"{PACKAGE}.png")
        size_kb = sum(p.lstat().st_size for p in root.rglob("*")) // 1024
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: {PACKAGE}\n"
            f"Version: {debian_version(version)}\n"
            f"Architecture: {architecture()}\n"
            "Maintainer: Klaros <support@klaros.app>\n"
            f"Installed-Size: {size_kb}\n"
            f"Depends: {', '.join(DEPENDS)}\n"
            "Section: misc\n"
            "Priority: optional\n"
            "Description: WhatsApp Business CRM for small shops\n"
            " Klaros answers customers on WhatsApp through Meta's official Cloud API and keeps\n"
            " the shop's contacts, templates and messages on the shop's own PC.\n",
            encoding="utf-8")
        for path in [root, *root.rglob("*")]:  # dpkg wants 0755 folders whatever the umask was
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        out.parent.mkdir(parents=True, exist_ok=True)
        compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
        subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(out)], check=True,
                       stdout=subprocess.DEVNULL)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--fast", action="store_true", help="gzip -1 instead of xz (CI)")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "dist" / f"{PACKAGE}_{debian_version(args.version)}_{architecture()}.deb"
    build(args.bundle.resolve(), out.resolve(), args.version, fast=args.fast)
    print(f"package {out} ({out.stat().st_size / 1_000_000:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
