"""Can Qt show a window here? Asked before a window is made, because Qt itself aborts the process when its
platform plugin cannot start, with a message that names neither the missing system libraries nor a fix.

On Linux with a Wayland or X display, the dynamic linker is asked which libraries Qt's wayland and xcb plugins
lack (Qt tries Wayland first, then X), and the Debian packages that hold them are named; without any display, or
with a Wayland display whose socket is gone, the answer says so. No Qt window is created here.
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


def platform_plugin(name: str) -> Path:
    """Qt's platform plugin ``libq<name>.so`` (``xcb``, ``wayland``)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / f"libq{name}.so"


def xcb_plugin() -> Path:
    return platform_plugin("xcb")


def _chosen_platform() -> str:
    """The platform Qt was told to use (``QT_QPA_PLATFORM``, without its options), "" when none."""
    return os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]


def wayland_socket() -> Path | None:
    """The socket ``WAYLAND_DISPLAY`` names (a name inside ``XDG_RUNTIME_DIR`` or a whole path); None without
    one or when it cannot be told where it is."""
    name = os.environ.get("WAYLAND_DISPLAY")
    if not name:
        return None
    if os.path.isabs(name):
        return Path(name)
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return Path(runtime) / name if runtime else None


def wayland_is_there() -> bool:
    """A Wayland display is named and, as far as can be told, still there."""
    if not os.environ.get("WAYLAND_DISPLAY"):
        return False
    socket = wayland_socket()
    return socket is None or socket.exists()


def display_problem() -> str | None:
    """On Linux with a display: why Qt's plugins for it would not load, in words with the packages to install.
    Qt tries Wayland first when there is one, then X; a problem only when none of them can load."""
    if not sys.platform.startswith("linux"):
        return None
    chosen = _chosen_platform()
    tried = [name for name, there in (("wayland", wayland_is_there()), ("xcb", bool(os.environ.get("DISPLAY"))))
             if there and chosen in ("", name)]
    if not tried:
        return None
    missing_by_plugin = {name: missing_libraries(platform_plugin(name)) for name in tried}
    if not all(missing_by_plugin.values()):
        return None
    missing = sorted({lib for libs in missing_by_plugin.values() for lib in libs})
    packages = " ".join(sorted({debian_package(lib) for lib in missing}))
    where = "this X display" if tried == ["xcb"] else "this Wayland display" if tried == ["wayland"] else \
        "this desktop (neither with Wayland nor with X)"
    return (f"Qt cannot open windows on {where}: the system libraries {', '.join(missing)} are missing. "
            f"Install them, on Debian or Ubuntu with: sudo apt install {packages}")


def no_display() -> str | None:
    """On Linux without an X or Wayland display (and no Qt platform chosen): why no window can open, and how to
    see the screens anyway."""
    if not sys.platform.startswith("linux") or _chosen_platform():
        return None
    if os.environ.get("DISPLAY") or wayland_is_there():
        return None
    gone = os.environ.get("WAYLAND_DISPLAY")
    why = (f"the Wayland display {gone} named in WAYLAND_DISPLAY is not there any more, and DISPLAY is not set"
           if gone else "neither DISPLAY nor WAYLAND_DISPLAY is set")
    return (f"Klaros needs a desktop to show its window, and none was found here ({why}). Start it from your "
            "desktop session. Without one, `klaros self-test` checks the installation, `klaros screenshots DIR` "
            "saves a picture of every screen, and QT_QPA_PLATFORM=offscreen runs Klaros with no window at all.")


def window_problem() -> str | None:
    """Why ``klaros`` / ``klaros demo`` could not open a window here, in words with the fix; None if it can."""
    return no_display() or display_problem()
