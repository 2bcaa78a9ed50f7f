"""``klaros contacts import FILE`` and ``klaros contacts export FILE --format csv|vcard``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from klaros_desktop.commands import CommandContext, counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("contacts", help="import or export contacts (CSV, vCard)")
    actions = parser.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)

    imp = actions.add_parser(
        "import",
        help="import contacts from a CSV or vCard file",
        description="Import contacts from CSV (Google Contacts, Outlook, WhatsApp Business labels, any sheet with "
        "a phone column) or vCard 2.1/3.0/4.0. Numbers become E.164; duplicates are merged; the whole file "
        "is one transaction; every skipped row is listed with its line number.",
    )
    imp.add_argument("file", type=Path, help="the .csv or .vcf file")
    imp.add_argument("--region", metavar="CC", help="country for numbers written without +CC (e.g. DE)")
    imp.add_argument("--map", dest="mapping", action="append", metavar="FIELD=COLUMN", default=[],
                     help="read FIELD (name, phone, tags, notes, email, company, consent, custom.NAME, ...) "
                     "from COLUMN; repeatable")
    imp.add_argument("--encoding", help="the file's encoding, when detection guesses wrong (e.g. cp1252)")
    imp.add_argument("--delimiter", help="the CSV delimiter, when detection guesses wrong (use 'tab' for tabs)")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    imp.set_defaults(handler=run_import)

    exp = actions.add_parser("export", help="export every contact to CSV or vCard")
    exp.add_argument("file", type=Path, help="where to write (replaced if it exists)")
    exp.add_argument("--format", choices=("csv", "vcard"), help="default: from the file name (.vcf -> vcard)")
    exp.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.db import open_database
    from klaros_desktop.services.dataio.contacts_import import ContactsImporter
    from klaros_desktop.services.dataio.text_decoding import ImportFileError

    delimiter = {"tab": "\t", "\\t": "\t"}.get(args.delimiter, args.delimiter) if args.delimiter else None
    engine, sessions = open_database(ctx.profile)
    try:
        with correlation.correlated(prefix="cli"):
            report = ContactsImporter(sessions, actor="cli").import_file(
                args.file, region=args.region, mapping=args.mapping, encoding=args.encoding, delimiter=delimiter
            )
    except ImportFileError as exc:
        if args.json:
            print(json.dumps({"error": str(exc)}, ensure_ascii=False))
        print(f"Import failed: {exc}. Nothing was imported.", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return 0
    print(f"{args.file.name}: {report.summary()}")
    if report.resumed_run_id:
        print(f"(an earlier import of this file, run {report.resumed_run_id}, did not finish; this run completed it)")
    for problem in report.skipped:
        print(f"  line {problem.line}: {problem.reason}")
    return 0


def run_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from klaros_desktop import correlation
    from klaros_desktop.db import open_database
    from klaros_desktop.services.dataio.contacts_export import export_contacts

    fmt = args.format or ("vcard" if args.file.suffix.lower() in (".vcf", ".vcard") else "csv")
    engine, sessions = open_database(ctx.profile)
    try:
        with correlation.correlated(prefix="cli"):
            count = export_contacts(sessions, args.file, fmt, actor="cli")
    except OSError as exc:
        print(f"Export failed: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(written_line(count, args.file, fmt))
    return 0


def written_line(count: int, file: Path, fmt: str) -> str:
    return f"{counted(count, 'contact')} written to {file} ({fmt})"
