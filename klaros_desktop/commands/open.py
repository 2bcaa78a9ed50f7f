"""``klaros open``: the desktop app on the profile (also what a bare ``klaros`` does)."""

from __future__ import annotations

import argparse

from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("open", help="open the Klaros window (the default)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop.app import run_app

    return run_app(ctx.profile)
