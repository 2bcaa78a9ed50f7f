"""``klaros export ARCHIVE.zip``: everything the shop has, as JSON lines, CSV, vCard and media, with a README."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klaros_desktop.commands import CommandContext, counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export everything (contacts, conversations, messages, consent, templates, audit) to a zip archive",
    )
    parser.add_argument("archive", type=Path, help="the .zip file to write (replaced if it exists)")
    parser.add_argument("--no-media", action="store_true", help="leave the downloaded media files out")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.db import open_database
    from klaros_desktop.services.dataio.export_archive import write_archive

    engine, sessions = open_database(ctx.profile)
    try:
        with correlation.correlated(prefix="cli"):
            report = write_archive(sessions, args.archive, media_root=None if args.no_media else ctx.profile.media,
                                   actor="cli")
    except OSError as exc:
        print(f"Export failed: {exc}. No archive was written.", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(written_line(args.archive, report))
    return 0


# what one row of each archive file is, singular and plural (a file not named here shows its own name)
ROWS = {
    "contacts": ("contact", "contacts"), "conversations": ("conversation", "conversations"),
    "messages": ("message", "messages"), "outbox": ("outbox item", "outbox items"),
    "consent": ("consent record", "consent records"), "templates": ("template", "templates"),
    "audit": ("audit entry", "audit entries"), "media": ("media record", "media records"),
    "sync_dead_letters": ("set-aside event", "set-aside events"),
}


def written_line(archive: Path, report) -> str:
    def rows(name: str, n: int) -> str:
        stem = name.split(".")[0]
        return counted(n, *ROWS[stem]) if stem in ROWS else f"{n} {stem}"

    counts = ", ".join(rows(name, n) for name, n in report.counts.items())
    return f"Archive written to {archive}: {counts}, {counted(report.media_files, 'media file')}."
