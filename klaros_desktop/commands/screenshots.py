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
    parser.set_defaults(handler=run, own_profile=True)  # never the real profile: see klaros_desktop.cli


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from klaros_desktop import logging_setup
    from klaros_desktop.app import make_qapp
    from klaros_desktop.demo import screenshots

    make_qapp()
    schemes = tuple(args.scheme or ("light", "dark"))
    with tempfile.TemporaryDirectory(prefix="klaros-shots-", ignore_cleanup_errors=True) as work:
        # the demo shop's log (its dead letters are set aside on purpose) stays with its throw-away profile
        logging_setup.configure(Path(work) / "logs", console=ctx.verbose)
        try:
            written = screenshots.render_all(args.dir, Path(work), schemes)
        finally:
            logging_setup.close()  # before the folder goes (Windows keeps open files)
    for path in written:
        print(path)
    print(written_line(len(written), args.dir))
    return 0


def written_line(n: int, folder: Path) -> str:
    return f"{counted(n, 'screenshot')} written to {folder}"
