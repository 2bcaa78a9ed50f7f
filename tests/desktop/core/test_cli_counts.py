"""Every counted line the commands print agrees with its number: "1 recipient", "2 recipients", never
"1 events" or "recipient(s)"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from klaros_desktop.commands import (
    campaign,
    counted,
    dead_letters,
    erase,
    export,
    install_check,
    rates,
    screenshots,
    sync,
)
from klaros_desktop.commands import contacts as contacts_command


def test_the_shared_helper_takes_regular_and_irregular_nouns():
    assert counted(1, "event") == "1 event"
    assert counted(2, "event") == "2 events"
    assert counted(0, "event") == "0 events"
    assert counted(1, "audit entry", "audit entries") == "1 audit entry"
    assert counted(3, "audit entry", "audit entries") == "3 audit entries"


LINES = {
    "dead-letters list": (lambda n: dead_letters.heading(n),
                          "1 event Klaros could not use (newest first); the relay no longer has it:",
                          "2 events Klaros could not use (newest first); the relay no longer has them:"),
    "dead-letters footer": (lambda n: dead_letters.footer(n),
                            "Export it with --export FILE; try it again with --retry ID.",
                            "Export them with --export FILE; try one again with --retry ID."),
    "dead-letters export": (lambda n: dead_letters.written(n, Path("d.csv")),
                            "1 event written to d.csv.", "2 events written to d.csv."),
    "campaign create": (lambda n: campaign.created_line(7, n), "Campaign 7: 1 recipient", "Campaign 7: 2 recipients"),
    "campaign export": (lambda n: campaign.exported_line(n, Path("r.csv")),
                        "1 recipient written to r.csv", "2 recipients written to r.csv"),
    "erase, relay out of reach": (lambda n: erase.relay_not_reached(n, "offline"),
                                  "  warning: the relay's copy of 1 file was not deleted now: offline",
                                  "  warning: the relay's copies of 2 files were not deleted now: offline"),
    "erase, relay deleted": (lambda n: erase.relay_deleted(n, n),
                             "The relay deleted 1 of 1 kept file.", "The relay deleted 2 of 2 kept files."),
    "rates import": (lambda n: rates.imported_line("rates", SimpleNamespace(
        markets=n, currency="EUR", effective_from=SimpleNamespace(isoformat=lambda: "2026-10-01"))),
                     "Imported rates for 1 market in EUR, in force from 2026-10-01.",
                     "Imported rates for 2 markets in EUR, in force from 2026-10-01."),
    "screenshots": (lambda n: screenshots.written_line(n, Path("shots")),
                    "1 screenshot written to shots", "2 screenshots written to shots"),
    "export archive": (lambda n: export.written_line(Path("a.zip"), SimpleNamespace(
        counts={"contacts.jsonl": n, "audit.jsonl": n, "outbox.jsonl": n}, media_files=n)),
                       "Archive written to a.zip: 1 contact, 1 audit entry, 1 outbox item, 1 media file.",
                       "Archive written to a.zip: 2 contacts, 2 audit entries, 2 outbox items, 2 media files."),
    "self-test": (lambda n: install_check.verdict(n, n),
                  "self-test FAILED (1 of 1 check)", "self-test FAILED (2 of 2 checks)"),
    "contacts export": (lambda n: contacts_command.written_line(n, Path("c.vcf"), "vcard"),
                        "1 contact written to c.vcf (vcard)", "2 contacts written to c.vcf (vcard)"),
    "sync templates": (lambda n: sync._templates_note(1, n, True),
                       " Templates: 1 template fetched whole from Meta.",
                       " Templates: 2 templates fetched whole from Meta."),
}


@pytest.mark.parametrize("line", sorted(LINES))
def test_each_counted_line_reads_right_for_one_and_for_many(line):
    build, one, two = LINES[line]
    assert build(1) == one
    assert build(2) == two


def test_the_dead_letters_command_says_one_event(monkeypatch, tmp_path, capsys):
    """The whole `klaros dead-letters` path, with the list held to one set-aside event."""
    from datetime import UTC, datetime

    from klaros_desktop.cli import main
    from klaros_desktop.services.inbound import dead_letters as service

    letter = SimpleNamespace(id=4, when=datetime(2026, 12, 1, 9, 0, tzinfo=UTC), sender="", sender_name="",
                             what="a message", why="its kind is unknown", error_class="ValueError",
                             reason="bad", cursor="c4", attempts=1)
    monkeypatch.setattr(service, "list_dead_letters", lambda sessions: [letter])
    assert main(["--data-dir", str(tmp_path / "p"), "dead-letters"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 event Klaros could not use (newest first); the relay no longer has it:")
    assert "Export it with --export FILE" in out


def test_the_sync_and_import_summaries_the_commands_print_agree_with_their_numbers():
    """`klaros sync` prints the sync report's summary, `klaros contacts import` the import report's."""
    from klaros_desktop.services.dataio.contacts_import import ImportReport
    from klaros_desktop.services.inbound.apply import ApplyStats
    from klaros_desktop.services.inbound.sync import SyncReport

    def sync_summary(n: int) -> str:
        return SyncReport(events=n, unreadable=n, failed=n, stats=ApplyStats(
            messages=n, duplicates=n, statuses=n, pending=n, consent_events=n, templates=n)).summary()

    assert sync_summary(1) == ("1 event: 1 new message, 1 status, 1 waiting for its message, 1 consent change, "
                               "1 template update, 1 duplicate ignored, 1 unreadable, 1 failed")
    assert sync_summary(2) == ("2 events: 2 new messages, 2 statuses, 2 waiting for their message, "
                               "2 consent changes, 2 template updates, 2 duplicates ignored, 2 unreadable, 2 failed")
    one = ImportReport(imported=1, rows=1, source_format="csv", encoding="utf-8")
    assert one.summary() == "1 imported, 0 merged, 0 skipped (1 row read; csv, utf-8)"
    two = ImportReport(imported=2, rows=2, source_format="csv", encoding="utf-8")
    assert two.summary() == "2 imported, 0 merged, 0 skipped (2 rows read; csv, utf-8)"
