"""``klaros screenshots DIR``: render every screen and dialog of the demo shop as PNG, light and dark."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from klaros_desktop.commands import CommandContext, counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshots", help="render every screen of the demo shop as PNG files")
    parser.add_argument("dir", type=Path, help="folder for the PNG files (<screen>-light.png, <screen>-dark.png)")
    parser.add_argument("--scheme", choices=("light", "dark"), action="append",
                        help="only this colour scheme (repeatable; default both)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from klaros_desktop.app import make_qapp
    from klaros_desktop.demo.screenshots import render_all

    make_qapp()
    schemes = tuple(args.scheme or ("light", "dark"))
    with tempfile.TemporaryDirectory(prefix="klaros-shots-") as work:
        written = render_all(args.dir, Path(work), schemes)
    for path in written:
        print(path)
    print(written_line(len(written), args.dir))
    return 0


def written_line(n: int, folder: Path) -> str:
    return f"{counted(n, 'screenshot')} written to {folder}"
