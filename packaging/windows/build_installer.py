"""Build the Windows installer from a PyInstaller folder: ``python packaging/windows/build_installer.py dist/klaros``.

The release runner (Windows) runs it on the Windows bundle; CI runs it on Linux against the Linux bundle with
``--app-exe klaros`` to prove the script compiles with every file of a real bundle. ``makensis`` comes from
NSIS 3 (Debian package ``nsis``; preinstalled on GitHub's Windows runners). Prints the installer's path.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from klaros_desktop import __version__  # noqa: E402


def version_quad(version: str) -> str:
    """NSIS's VIProductVersion wants four numbers: ``0.1.0`` -> ``0.1.0.0``; a suffix (``rc1``) is dropped."""
    numbers = []
    for part in version.split(".")[:4]:
        leading = re.match(r"\d*", part).group(0) or "0"  # "3rc1" -> 3
        numbers.append(str(int(leading)))
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller folder (dist/klaros)")
    parser.add_argument("--out", type=Path, default=None, help="default: dist/Klaros-VERSION-setup.exe")
    parser.add_argument("--app-exe", default="klaros.exe", help="the program's file name in the bundle")
    parser.add_argument("--version", default=__version__)
    parser.add_argument("--fast", action="store_true", help="zlib instead of solid LZMA (CI's compile check)")
    parser.add_argument("--makensis", default=shutil.which("makensis") or "makensis")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not (bundle / args.app_exe).is_file() or not (bundle / "_internal").is_dir():
        parser.error(f"{bundle} is not a PyInstaller folder with {args.app_exe} and _internal/")
    out = (args.out or ROOT / "dist" / f"Klaros-{args.version}-setup.exe").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    icon = ROOT / "resources" / "icons" / "klaros.ico"
    command = [
        args.makensis, "-V2", "-NOCD",
        f"-DVERSION={args.version}", f"-DVERSION_QUAD={version_quad(args.version)}",
        f"-DSRCDIR={bundle}", f"-DOUTFILE={out}", f"-DAPP_EXE={args.app_exe}",
        *([f"-DICON={icon}"] if icon.is_file() else []),
        *(["-DFAST_COMPRESSION"] if args.fast else []),
        str(HERE / "klaros.nsi"),
    ]
    started = time.monotonic()
    result = subprocess.run(command, check=False)
    if result.returncode != 0 or not out.is_file():
        print(f"makensis failed (exit {result.returncode})", file=sys.stderr)
        return 1
    size = out.stat().st_size / 1_000_000
    print(f"installer {out} ({size:.1f} MB) compiled in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
