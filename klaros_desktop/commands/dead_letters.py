"""``klaros dead-letters``: the events sync could not use and kept (the relay no longer has them).

Without options it lists them; ``--export FILE`` writes them with their bodies (``.csv``, else JSON lines),
``--retry ID`` applies one again (after an update of Klaros, say), ``--discard ID`` deletes one for good.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klaros_desktop.commands import CommandContext, counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("dead-letters", help="list, export, retry or discard the events sync could not use")
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--export", metavar="FILE", type=Path, help="write them with their bodies (.csv or .jsonl)")
    what.add_argument("--retry", metavar="ID", type=int, help="apply this one again")
    what.add_argument("--discard", metavar="ID", type=int, help="delete this one for good")
    parser.add_argument("--yes", action="store_true", help="discard without asking")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation

    with ctx.database() as sessions, correlation.correlated(prefix="cli"):
        if args.export is not None:
            return _export(sessions, args.export)
        if args.retry is not None:
            return _retry(sessions, args.retry)
        if args.discard is not None:
            return _discard(sessions, args.discard, args.yes)
        return _list(sessions)


def _list(sessions) -> int:
    from klaros_desktop.services.inbound import dead_letters

    letters = dead_letters.list_dead_letters(sessions)
    if not letters:
        print("Klaros used every event the relay handed over; none was set aside.")
        return 0
    print(heading(len(letters)))
    for letter in letters:
        when = letter.when.astimezone().strftime("%Y-%m-%d %H:%M")
        sender = f" from +{letter.sender}" if letter.sender else ""
        if letter.sender_name:
            sender = f" from {letter.sender_name} (+{letter.sender})"
        print(f"#{letter.id}  {when}  {letter.what}{sender}\n      {letter.why}\n"
              f"      {letter.error_class}: {letter.reason} (event {letter.cursor}, tried {letter.attempts}x)")
    print(footer(len(letters)))
    return 0


def heading(n: int) -> str:
    them = "it" if n == 1 else "them"
    return f"{counted(n, 'event')} Klaros could not use (newest first); the relay no longer has {them}:"


def footer(n: int) -> str:
    if n == 1:
        return "Export it with --export FILE; try it again with --retry ID."
    return "Export them with --export FILE; try one again with --retry ID."


def written(n: int, target: Path) -> str:
    return f"{counted(n, 'event')} written to {target}."


def _export(sessions, target: Path) -> int:
    from klaros_desktop.services.inbound import dead_letters

    try:
        count = dead_letters.export(sessions, target, actor="cli")
    except OSError as exc:
        print(f"Export failed: {exc}. Nothing was written.", file=sys.stderr)
        return 1
    print(written(count, target))
    return 0


def _retry(sessions, dead_letter_id: int) -> int:
    from sqlalchemy.exc import OperationalError

    from klaros_desktop.services.inbound import dead_letters

    try:
        outcome = dead_letters.retry(sessions, dead_letter_id, actor="cli")
    except OperationalError as exc:
        print(f"Klaros could not try it now ({exc.orig}); nothing changed. Try again in a moment.", file=sys.stderr)
        return 1
    if not outcome.applied:
        print(f"#{dead_letter_id} could still not be used: {outcome.reason}", file=sys.stderr)
        return 1
    print(f"#{dead_letter_id} applied and removed from the list.")
    return 0


def _discard(sessions, dead_letter_id: int, yes: bool) -> int:
    from klaros_desktop.services.inbound import dead_letters

    if not yes:
        if not sys.stdin.isatty():
            print("Refusing to discard without confirmation: run it in a terminal or add --yes.", file=sys.stderr)
            return 1
        answer = input(f"Delete #{dead_letter_id} for good? Klaros keeps no other copy. Type 'yes' to confirm: ")
        if answer.strip().lower() != "yes":
            print("Nothing was deleted.")
            return 1
    if not dead_letters.discard(sessions, dead_letter_id, actor="cli"):
        print(f"#{dead_letter_id} is not in the list.", file=sys.stderr)
        return 1
    print(f"#{dead_letter_id} deleted.")
    return 0
