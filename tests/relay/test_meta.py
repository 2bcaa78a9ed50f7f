"""Signature check and envelope parsing, including Meta's real sample payloads."""

from __future__ import annotations

import json

import pytest

from relay import meta


def test_signature_matches_the_published_test_vector():
    header = "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914"
    assert meta.sign(b"test", "secret") == header
    assert meta.signature_ok(b"test", header, b"secret")
    assert meta.signature_ok(b"test", header.upper().replace("SHA256=", "sha256="), b"secret")


@pytest.mark.parametrize("header", [None, "", "sha1=abc", "sha256=", "sha256=00", "sha256=ünïcode",
                                    "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914"])
def test_bad_signature_headers_fail(header):
    assert not meta.signature_ok(b"test", header, b"secret")


def test_signature_binds_body_and_secret():
    header = meta.sign(b"body", "secret")
    assert not meta.signature_ok(b"body ", header, b"secret")
    assert not meta.signature_ok(b"body", header, b"other")


@pytest.mark.parametrize(("body", "reason"), [
    (b"not json", "not_json"),
    (b"\xff\xfe", "not_json"),
    (b"[]", "wrong_object"),
    (b'{"object": "page", "entry": [{"id": "1"}]}', "wrong_object"),
    (b'{"object": "whatsapp_business_account"}', "no_entries"),
    (b'{"object": "whatsapp_business_account", "entry": []}', "no_entries"),
    (b'{"object": "whatsapp_business_account", "entry": [{"changes": []}]}', "bad_entry"),
    (b'{"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [1]}]}', "bad_entry"),
])
def test_envelope_errors_have_reasons(body, reason):
    with pytest.raises(meta.PayloadError) as info:
        meta.parse_envelope(body)
    assert info.value.reason == reason


def test_every_shared_sample_webhook_parses_and_names_its_waba(meta_fixtures):
    samples = sorted((meta_fixtures / "pywa").glob("*.json"))
    samples += sorted((meta_fixtures / "current").glob("*.json"))
    checked = 0
    for path in samples:
        for body in json.loads(path.read_text(encoding="utf-8")).values():
            if not isinstance(body, dict) or body.get("object") != "whatsapp_business_account":
                continue
            payload = meta.parse_envelope(json.dumps(body).encode())
            for entry in payload["entry"]:
                ids = meta.phone_number_ids(entry)
                assert meta.entry_belongs(entry, str(entry["id"]), next(iter(ids)) if ids else "x")
                assert not meta.entry_belongs(entry, "someone-else", next(iter(ids)) if ids else "x")
            checked += 1
    assert checked >= 20


def test_foreign_phone_number_is_not_ours():
    entry = {"id": "W", "changes": [{"value": {"metadata": {"phone_number_id": "P2"}}}]}
    assert not meta.entry_belongs(entry, "W", "P1")
    assert meta.entry_belongs(entry, "W", "P2")
    assert meta.entry_belongs({"id": "W", "changes": [{"field": "message_template_status_update",
                                                       "value": {"event": "APPROVED"}}]}, "W", "P1")


def test_split_and_rebuild_are_deterministic():
    payload = {"object": "whatsapp_business_account",
               "entry": [{"id": "A", "changes": []}, {"id": "B", "changes": []}, {"id": "A", "changes": [{}]}]}
    groups = meta.split_by_waba(payload)
    assert [len(groups["A"]), len(groups["B"])] == [2, 1]
    first = meta.rebuild(payload, groups["A"])
    assert first == meta.rebuild(json.loads(json.dumps(payload)), meta.split_by_waba(payload)["A"])
    assert json.loads(first)["entry"] == groups["A"]


def test_newest_timestamp_reads_entry_times_and_listed_event_timestamps():
    from relay.meta import newest_timestamp

    def payload(*values, time=None):
        entry = {"id": "1", "changes": [{"field": "messages", "value": v} for v in values]}
        if time is not None:
            entry["time"] = time
        return {"object": "whatsapp_business_account", "entry": [entry]}

    assert newest_timestamp(payload({"messages": [{"timestamp": "1700000000"}],
                                     "statuses": [{"timestamp": 1700000500}, {"timestamp": "junk"}]})) == 1700000500
    assert newest_timestamp(payload({"message_echoes": [{"timestamp": "1700000000"}]}, time=1700000900)) == 1700000900
    assert newest_timestamp(payload({"statuses": [{"timestamp": "1700000000123"}]})) == 1700000000  # milliseconds
    assert newest_timestamp(payload({"messages": [{"timestamp": True}, {"timestamp": "-5"}, "x"]}, "nope")) is None
    assert newest_timestamp(payload({"event": "APPROVED"})) is None  # nothing to judge by
