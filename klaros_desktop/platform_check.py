"""Can Qt show a window here? Asked before a window is made, because Qt itself aborts the process when its
platform plugin cannot start, with a message that names neither the missing system libraries nor a fix.

On Linux with an X display, the dynamic linker is asked which libraries Qt's xcb plugin lacks, and the Debian
packages that hold them are named; without any display the answer says so. No Qt window is created here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library (their naming rule: ``libxcb-icccm.so.4`` is in
    ``libxcb-icccm4``, ``libxkbcommon-x11.so.0`` in ``libxkbcommon-x11-0``: a dash when the name ends in a digit)."""
    match = re.fullmatch(r"(lib[\w.+-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not match:
        return soname
    name, version = match.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{version}".lower().replace("_", "-")


def missing_libraries(plugin: Path, ldd: str | None = None) -> list[str]:
    """The shared libraries ``plugin`` needs that the dynamic linker cannot find (``ldd``'s "not found")."""
    ldd = ldd or shutil.which("ldd")
    if not ldd or not plugin.exists():
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line})


def xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def display_problem() -> str | None:
    """On Linux with an X display: why Qt's xcb plugin would not load, in words with the packages to install."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] not in ("", "xcb"):
        return None
    missing = missing_libraries(xcb_plugin())
    if not missing:
        return None
    packages = " ".join(sorted({debian_package(lib) for lib in missing}))
    return (f"Qt cannot open windows on this X display: the system libraries {', '.join(missing)} are missing. "
            f"Install them, on Debian or Ubuntu with: sudo apt install {packages}")


def no_display() -> str | None:
    """On Linux without an X or Wayland display (and no Qt platform chosen): why no window can open."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("Klaros needs a desktop to show its window, and none was found here (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Start it from your desktop session; `klaros self-test` checks the "
            "installation without one.")


def window_problem() -> str | None:
    """Why ``klaros`` / ``klaros demo`` could not open a window here, in words with the fix; None if it can."""
    return no_display() or display_problem()
