"""``klaros update-apply``: run by the *new*, staged version after the app quit to update (``updater``).

Not for people to type: the app starts it with the folders to use. It waits for the old process to end,
installs itself over the old folder, keeps the result only if its self-test passes, records what happened for
the next start, and starts Klaros again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klaros_desktop import updater
from klaros_desktop.commands import CommandContext


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("update-apply", help=argparse.SUPPRESS)
    parser.add_argument("--install-dir", type=Path, required=True)
    parser.add_argument("--cache-dir", type=Path, required=True)
    parser.add_argument("--previous-version", required=True)
    parser.add_argument("--wait-pid", type=int, default=None)
    parser.add_argument("--staged-dir", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--exe-name", default=Path(sys.executable).name, help=argparse.SUPPRESS)
    parser.add_argument("--restart", action="store_true")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    staged = args.staged_dir or Path(sys.executable).resolve().parent
    if args.wait_pid and not updater.wait_for_exit(args.wait_pid):
        print("Klaros is still open; the update waits for the next start.", file=sys.stderr)
        return 1
    result = updater.apply(staged, args.install_dir, args.exe_name, args.previous_version)
    updater.record(args.cache_dir, result)
    print(f"updated to {result.version}" if result.ok else
          f"the update to {result.tried} failed its check; {result.version} was put back ({result.detail})")
    if args.restart:
        updater.restart(args.install_dir, args.exe_name)
    return 0 if result.ok else 1
