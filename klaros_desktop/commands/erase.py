"""``klaros erase --contact NUMBER`` (one person, on request) and ``klaros erase --all`` (the whole profile)."""

from __future__ import annotations

import argparse
import sys

from klaros_desktop.commands import CommandContext, counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "erase",
        help="erase one person's data (keeping only a salted hash so they are never messaged) or the whole profile",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--contact", metavar="NUMBER", help="the person's phone number")
    what.add_argument("--all", action="store_true", help="the whole profile folder and its keyring entries")
    parser.add_argument("--region", metavar="CC", help="country for a number written without +CC")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(handler=run)


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print("Refusing to erase without confirmation: run it in a terminal or add --yes.", file=sys.stderr)
        return False
    answer = input(f"{question} Type 'yes' to confirm: ")
    return answer.strip().lower() == "yes"


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.all:
        return _erase_all(args, ctx)
    return _erase_contact(args, ctx)


def _erase_contact(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.db import open_database
    from klaros_desktop.services.people.phones import InvalidNumber
    from klaros_desktop.services.privacy.erasure import erase_contact

    if not args.yes and not _confirm(
        f"Erase every message, note, media file and consent record of {args.contact}? This cannot be undone."
    ):
        print("Nothing was erased.")
        return 1
    engine, sessions = open_database(ctx.profile)
    try:
        with correlation.correlated(prefix="cli"):
            report = erase_contact(sessions, args.contact, profile=ctx.profile, region=args.region, actor="cli")
        if report.relay_media_refs:
            _erase_relay_copies(sessions, ctx, report.relay_media_refs)
    except InvalidNumber as exc:
        print(f"Nothing was erased: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(report.summary())
    for problem in report.problems:
        print(f"  warning: {problem}", file=sys.stderr)
    return 0


def _erase_relay_copies(sessions, ctx: CommandContext, refs: list[str]) -> None:
    """The relay's kept copies of the person's files go too (it deletes unfetched copies at retention anyway,
    so a relay out of reach is a warning, not a failed erasure)."""
    import asyncio

    from klaros_desktop.secrets import NoSecureKeyring, SecretStore
    from klaros_desktop.services.setup import relay_media
    from klaros_desktop.services.setup.wiring import NotConfigured

    try:
        deleted = asyncio.run(relay_media.delete_relay_copies(sessions, SecretStore(str(ctx.profile.root)), refs,
                                                              actor="cli"))
    except (NotConfigured, NoSecureKeyring) as exc:
        print(relay_not_reached(len(refs), exc), file=sys.stderr)
        return
    print(relay_deleted(deleted, len(refs)))


def relay_not_reached(files: int, why: object) -> str:
    copies = "copy" if files == 1 else "copies"
    verb = "was" if files == 1 else "were"
    return f"  warning: the relay's {copies} of {counted(files, 'file')} {verb} not deleted now: {why}"


def relay_deleted(deleted: int, kept: int) -> str:
    return f"The relay deleted {deleted} of {counted(kept, 'kept file')}."


def _erase_all(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.services.privacy.erasure import ErasureError, erase_profile
    from klaros_desktop.services.setup.wiring import secret_store

    root = ctx.profile.root
    if not args.yes and not _confirm(
        f"Erase the whole Klaros profile at {root} (database, backups, logs, media) and its keyring entries? "
        "This cannot be undone."
    ):
        print("Nothing was erased.")
        return 1
    try:
        with correlation.correlated(prefix="cli"):
            result = erase_profile(ctx.profile, secret_store(ctx.profile), actor="cli")
    except ErasureError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Profile erased: removed {', '.join(result.removed)} from {root}; keyring entries removed.")
    if result.left:
        print(f"Left in place (not created by Klaros): {', '.join(result.left)}")
    if result.audit_log:
        print(f"The erasure is recorded (without any of the erased data) in {result.audit_log}.")
    else:
        print(f"warning: {result.audit_problem}", file=sys.stderr)
    return 0
