"""The audit trail of the data commands: imports, exports and erasures, each with its correlation id and
without the erased data."""

from __future__ import annotations

import json

from sqlalchemy import select

from klaros_desktop.cli import main
from klaros_desktop.models import AuditEvent, ImportRun


def _audit(sessions) -> list[AuditEvent]:
    with sessions() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_import_export_and_erase_commands_are_audited_with_their_correlation_ids(profile, sessions, shop, tmp_path,
                                                                                 capsys):
    before = len(_audit(sessions))
    source = tmp_path / "new.csv"
    source.write_text("Name,Phone\nNia Newcomer,+4930555999000\n", encoding="utf-8")
    root = str(profile.root)
    assert main(["--data-dir", root, "contacts", "import", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"imported": 1, "merged": 0, "skipped": []}
    assert main(["--data-dir", root, "contacts", "export", str(tmp_path / "c.csv")]) == 0
    assert main(["--data-dir", root, "export", str(tmp_path / "all.zip")]) == 0
    assert main(["--data-dir", root, "erase", "--contact", "+4930555111222", "--yes"]) == 0

    events = _audit(sessions)[before:]
    assert [e.action for e in events] == ["contacts.import", "contacts.export", "export.archive", "contact.erase"]
    assert all(e.actor == "cli" and e.correlation_id and e.correlation_id.startswith("cli") for e in events)
    assert len({e.correlation_id for e in events}) == 4  # one per command
    with sessions() as session:
        run = session.scalars(select(ImportRun)).one()
    assert events[0].subject == f"import_run:{run.id}" and run.correlation_id == events[0].correlation_id
    dumped = json.dumps([(e.subject, e.details) for e in _audit(sessions)], ensure_ascii=False)
    for erased in ("Zebulon", "Quartermaine", "4930555111222", "xyzzy", "plugh"):
        assert erased not in dumped
