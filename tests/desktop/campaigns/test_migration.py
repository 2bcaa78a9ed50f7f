"""Migration 0006 goes down and up again without losing the campaigns and recipients already stored."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from klaros_desktop import db


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
def test_0006_down_and_up_keeps_the_rows(profile):
    engine, _ = db.open_database(profile)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO campaigns (id, name, template_name, template_language, status, created_at)"
                              " VALUES (1, 'Alt', 'order_ready', 'de', 'draft', '2026-12-01 10:00:00')"))
            conn.execute(text("INSERT INTO campaign_recipients (campaign_id, state, attempts, updated_at) "
                              "VALUES (1, 'queued', 2, '2026-12-01 10:00:00')"))
        cfg = db.alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert "params" not in {c["name"] for c in inspect(engine).get_columns("campaign_recipients")}
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT campaign_id, state, attempts FROM campaign_recipients")).all() == [
                (1, "queued", 0)]  # the attempts column came back with its default
            assert conn.execute(text("SELECT name FROM campaigns")).scalar() == "Alt"
    finally:
        engine.dispose()


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index:sqlalchemy.exc.SAWarning")
def test_0008_saved_segments_down_and_up(profile):
    engine, _ = db.open_database(profile)
    try:
        assert "saved_segments" in inspect(engine).get_table_names()
        cfg = db.alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        assert "saved_segments" not in inspect(engine).get_table_names()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        assert {c["name"] for c in inspect(engine).get_columns("saved_segments")} == {
            "id", "name", "segment", "created_at", "updated_at"}
    finally:
        engine.dispose()
