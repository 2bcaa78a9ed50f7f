"""Imports and erasure keep the contacts' stored name key (migration 0020) in step with their names: new rows,
blanks filled by a merge, vCards, big files written in batches, and what an erasure leaves."""

from __future__ import annotations

from sqlalchemy import text

from klaros_desktop.models import Contact
from klaros_desktop.services.dataio.contacts_import import ContactsImporter, import_contacts
from klaros_desktop.services.people import name_order
from klaros_desktop.services.privacy import erasure


def _keys(sessions) -> dict[str, tuple[str | None, str | None]]:
    """{number: (stored key, the key its names give)}."""
    with sessions() as s:
        rows = s.execute(text("SELECT phone_e164, display_name, profile_name, name_key FROM contacts")).all()
    return {r[0]: (r[3], name_order.name_key(r[1], r[2], r[0])) for r in rows}


def test_a_csv_import_writes_the_key_of_new_and_merged_contacts(sessions, tmp_path):
    with sessions.begin() as s:  # known by number only: the file names them
        s.add(Contact(phone_e164="+4930999999", notes="", custom_fields={}))
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\nÜmit Yılmaz,+49 151 12345678\nÉLODIE,+33 6 12 34 56 78\n,+49 160 1234567\n"
                    "Çelik,030 999999\n", encoding="utf-8")
    report = import_contacts(sessions, path, region="DE")
    assert (report.imported, report.merged) == (3, 1)
    assert _keys(sessions) == {"+4915112345678": ("umit yılmaz", "umit yılmaz"),
                               "+33612345678": ("elodie", "elodie"),
                               "+491601234567": ("+491601234567", "+491601234567"),
                               "+4930999999": ("celik", "celik")}


def test_a_vcard_import_writes_the_key(sessions, samples):
    import_contacts(sessions, samples / "contacts_v30.vcf", region="DE")
    keys = _keys(sessions)
    assert keys and all(stored == wanted and stored for stored, wanted in keys.values())


def test_a_big_import_written_in_batches_writes_every_key(sessions, tmp_path, monkeypatch):
    from klaros_desktop.services.dataio import contacts_import

    monkeypatch.setattr(contacts_import, "FLUSH_EVERY", 40)
    names = ["Ärger", "anna", "Œuvre", "ßtraße", "", "İsmail"]
    lines = [f"{names[i % len(names)]},+49151{20_000_000 + i}" for i in range(300)]
    lines += [f"Zweite {i},+49151{20_000_000 + i}" for i in range(0, 300, 4)]  # merges into written rows
    path = tmp_path / "big.csv"
    path.write_text("Name,Phone\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = ContactsImporter(sessions, bulk_threshold=10, workers=0).import_file(path, region="DE")
    assert report.imported == 300
    keys = _keys(sessions)
    assert len(keys) == 300 and [n for n, (stored, wanted) in keys.items() if stored != wanted] == []
    assert keys["+4915120000004"][0] == "zweite 4"  # a blank name filled by a later row of the file


def test_erasure_leaves_no_key_behind(sessions, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone\nÜmit,+49 151 12345678\nVera,+49 151 87654321\n", encoding="utf-8")
    import_contacts(sessions, path, region="DE")
    erasure.erase_contact(sessions, "+4915112345678")
    with sessions() as s:
        assert s.execute(text("SELECT name_key FROM contacts")).scalars().all() == ["vera"]
