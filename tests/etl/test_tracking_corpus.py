"""The tracking corpus (tests/fixtures/tracking, four made-up bulletins) against its hand labels
(labels.toml, written before etl/track.py was run): link precision/recall over pairs of mentions,
revisions, evidence, status agreement and flags.

`pytest tests/etl/test_tracking_corpus.py -s` prints the figures.
"""

from __future__ import annotations

import itertools
import tomllib
from datetime import date

import duckdb
import pytest

from etl import config

LABELS = tomllib.loads(
    (config.PROJECT_DIR / "tests" / "fixtures" / "tracking" / "labels.toml").read_text(encoding="utf-8")
)
AS_OF = date.fromisoformat(LABELS["as_of"])


@pytest.fixture(scope="module")
def con(tracking_db_path):
    connection = duckdb.connect(str(tracking_db_path), read_only=True)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def keys(con) -> dict[str, str]:
    """commitment id → "bulletin:value_text", the labels' name for it (unique in the corpus's bulletins)."""
    rows = con.execute("SELECT id, bulletin || ':' || value_text FROM commitments").fetchall()
    names = [name for _, name in rows]
    assert len(names) == len(set(names))
    return dict(rows)


def pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for group in groups for p in itertools.combinations(group, 2)}


def predicted_targets(con, keys) -> dict[str, list[str]]:
    rows = con.execute(
        "SELECT target_id, commitment_id FROM target_mentions ORDER BY target_id, seq"
    ).fetchall()
    targets: dict[str, list[str]] = {}
    for target_id, commitment_id in rows:
        targets.setdefault(target_id, []).append(keys[commitment_id])
    return targets


def test_every_labelled_mention_is_extracted_and_tracked(con, keys):
    labelled = {m for t in LABELS["target"] for m in t["mentions"]}
    tracked = {m for ms in predicted_targets(con, keys).values() for m in ms}
    assert labelled == tracked


def test_link_precision_and_recall(con, keys):
    gold = pairs([t["mentions"] for t in LABELS["target"]])
    found = pairs(list(predicted_targets(con, keys).values()))
    precision = len(gold & found) / len(found) if found else 1.0
    recall = len(gold & found) / len(gold)
    print(
        f"\nlinks: gold {len(gold)} pairs, found {len(found)}, precision {precision:.3f}, recall {recall:.3f}"
    )
    assert precision == 1.0 and recall == 1.0


def test_revisions_match_the_labels(con, keys):
    rows = con.execute("SELECT commitment_id, revision, changes FROM target_mentions").fetchall()
    found = {keys[c]: (changes[0] if changes else revision) for c, revision, changes in rows}
    expected = {m: r for t in LABELS["target"] for m, r in zip(t["mentions"], t["revisions"], strict=True)}
    assert found == expected


def test_evidence_matches_the_labels(con, keys):
    for target in LABELS["target"]:
        first = target["mentions"][0]
        target_id = next(c for c, name in keys.items() if name == first)
        rows = con.execute(
            "SELECT commitment_id FROM target_evidence WHERE target_id = ?", [target_id]
        ).fetchall()
        if "evidence" in target:
            assert sorted(keys[c] for (c,) in rows) == sorted(target["evidence"]), target["name"]


def test_status_agreement(con, keys):
    rows = con.execute(
        "SELECT m.commitment_id, s.status, s.outcome_share FROM target_status(?) s"
        " JOIN target_mentions m ON m.target_id = s.target_id AND m.seq = 1",
        [AS_OF],
    ).fetchall()
    found = {keys[c]: (status, share) for c, status, share in rows}
    agree = sum(found[t["mentions"][0]][0] == t["status"] for t in LABELS["target"])
    print(f"\nstatus as of {AS_OF}: {agree}/{len(LABELS['target'])} agree")
    assert agree == len(LABELS["target"])
    for target in LABELS["target"]:
        if "share" in target:
            assert found[target["mentions"][0]][1] == pytest.approx(target["share"])


def test_flags_match_the_labels(con, keys):
    rows = con.execute("SELECT commitment_id, flag FROM data_flags").fetchall()
    assert {(keys[c], f) for c, f in rows} == {(f["mention"], f["flag"]) for f in LABELS["flag"]}
