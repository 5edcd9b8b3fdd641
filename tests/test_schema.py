"""Convention: every table in etl/schema.sql is documented by a "-- table: NAME — what it holds" line."""

from __future__ import annotations

import re

from etl import config

SCHEMA = config.SCHEMA_FILE.read_text(encoding="utf-8")


def test_every_table_is_documented_right_above_its_create_statement():
    created = re.findall(r"^CREATE TABLE (\w+)", SCHEMA, flags=re.MULTILINE)
    documented = re.findall(r"^-- table: (\w+) — \S", SCHEMA, flags=re.MULTILINE)
    assert created, "no CREATE TABLE found"
    assert documented == created
    for table in created:
        assert re.search(rf"^-- table: {table} — [^\n]+\nCREATE TABLE {table} \(", SCHEMA, flags=re.MULTILINE)


def test_fresh_db_has_exactly_the_documented_tables(fresh_db):
    tables = {
        name for (name,) in fresh_db.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    assert tables == set(re.findall(r"^-- table: (\w+)", SCHEMA, flags=re.MULTILINE))
