"""Tracked targets: similarity, linking, revisions, evidence, progress and the status macro,
on records made up here with every expected value worked out by hand."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from etl import config, track
from etl.track import Record

D1, D2, D3 = date(2024, 3, 8), date(2024, 9, 6), date(2026, 1, 16)


def rec(
    id: str,
    bulletin: str,
    day: date,
    value: float,
    year: int | None,
    subject: str = "양자 산업 규모",
    *,
    kind: str = "target",
    region: str = "Anhui",
    unit: str = "CNY",
    qualifier: str = "=",
    as_of: int | None = None,
    line: int = 10,
) -> Record:
    return Record(id, bulletin, day, line, kind, region, unit, False, subject, value, qualifier, year, as_of)


def actual(
    id: str,
    bulletin: str,
    day: date,
    value: float,
    as_of: int,
    subject: str = "양자 산업 규모",
    unit: str = "CNY",
) -> Record:
    return rec(id, bulletin, day, value, None, subject, kind="actual", as_of=as_of, unit=unit)


# ---- similarity: Dice of character bigrams, spaces and punctuation dropped


def test_bigrams_drop_spaces_and_punctuation():
    assert track.bigrams("5G 기지국") == {"5g", "g기", "기지", "지국"}
    assert track.bigrams("'양자'") == {"양자"}


def test_similarity_by_hand():
    # 수소충전소 {수소, 소충, 충전, 전소} vs 푸젠성 수소충전소 {푸젠, 젠성, 성수, 수소, 소충, 충전, 전소}: 2·4/(4+7)
    assert track.similarity("수소충전소", "푸젠성 수소충전소") == pytest.approx(8 / 11)
    # 저장 총량 {저장, 장총, 총량} vs 저장용량 {저장, 장용, 용량}: 2·1/6
    assert track.similarity("저장 총량", "저장용량") == pytest.approx(1 / 3)
    assert track.similarity("", "저장") == 0.0


# ---- linking


def test_restated_raised_and_lowered_are_one_target():
    targets = track.link(
        [rec("a", "t1", D1, 500e8, 2027), rec("b", "t2", D2, 500e8, 2027), rec("c", "t3", D3, 600e8, 2027)]
    )
    assert [[m.id for m in t.mentions] for t in targets] == [["a", "b", "c"]]
    first, second, third = targets[0].mentions
    assert track.changes(first, second) == [] and track.changes(second, third) == ["raised"]
    assert track.changes(third, second) == ["lowered"]


def test_place_unit_and_kind_must_agree():
    targets = track.link(
        [
            rec("a", "t1", D1, 100, 2026),
            rec("b", "t2", D2, 100, 2026, region="Hunan"),
            rec("c", "t2", D2, 100, 2026, unit="count", line=11),
            rec("d", "t2", D2, 100, 2026, kind="funding", line=12),
        ]
    )
    assert len(targets) == 4


def test_dissimilar_subjects_are_not_linked():
    targets = track.link(
        [rec("a", "t1", D1, 100, 2026, "수소충전소"), rec("b", "t2", D2, 100, 2026, "데이터센터 랙")]
    )
    assert len(targets) == 2


def test_two_records_of_one_bulletin_are_two_targets():
    targets = track.link([rec("a", "t1", D1, 15, 2025, line=10), rec("b", "t1", D1, 50, 2025, line=11)])
    assert len(targets) == 2


def test_a_live_target_with_another_year_is_a_moved_deadline():
    targets = track.link([rec("a", "t1", D1, 100, 2026), rec("b", "t2", D2, 100, 2027)])
    assert len(targets) == 1
    assert track.changes(*targets[0].mentions) == ["deadline_moved"]


def test_a_goal_set_after_the_deadline_passed_is_a_new_target():
    # t1's deadline 2025 is before t3's year (2026): a new goal, not a moved deadline.
    targets = track.link([rec("a", "t1", D1, 3000e8, 2025), rec("b", "t3", D3, 4000e8, 2027)])
    assert len(targets) == 2


def test_a_year_series_is_matched_year_by_year_and_never_moved():
    series = [rec(f"s{y}", "t1", D1, v, y, line=y) for y, v in ((2024, 6), (2025, 10), (2026, 15))]
    later = [rec("n2025", "t2", D2, 12, 2025, line=1), rec("n2028", "t2", D2, 20, 2028, line=2)]
    targets = track.link([*series, *later])
    by_first = {t.first.id: [m.id for m in t.mentions] for t in targets}
    assert by_first["s2025"] == ["s2025", "n2025"]
    # 2028 has three candidates of other years: no single target to move, so a new one.
    assert by_first["n2028"] == ["n2028"]


def test_each_target_takes_one_mention_per_bulletin_the_closest_value():
    targets = track.link(
        [
            rec("a", "t1", D1, 50, 2025),
            rec("b", "t2", D2, 15, 2025, line=1),
            rec("c", "t2", D2, 48, 2025, line=2),
        ]
    )
    by_first = {t.first.id: [m.id for m in t.mentions] for t in targets}
    assert by_first == {"a": ["a", "c"], "b": ["b"]}


# ---- evidence, verdicts and progress


def hydrogen() -> tuple[track.Target, list[Record]]:
    target = track.Target([rec("h", "t2", D2, 100, 2025, "수소충전소", unit="count", qualifier=">=")], [None])
    actuals = [
        actual("base", "t2", D2, 20, 2023, "푸젠성 수소충전소는", "count"),
        actual("late", "t4", D3, 60, 2025, "푸젠성 수소충전소는", "count"),
    ]
    return target, actuals


def test_half_the_way_from_baseline_is_partly():
    target, actuals = hydrogen()
    related = track.related_actuals(
        target, [*actuals, actual("other", "t4", D3, 9, 2025, "데이터센터", "count")]
    )
    assert [a.id for a in related] == ["base", "late"]
    rows = track.evidence(target, related)
    assert [(e.actual.id, e.role, e.verdict) for e in rows] == [
        ("base", "baseline", None),
        ("late", "outcome", "partly"),
    ]
    # (60 − 20) / (100 − 20) = 0.5
    assert rows[1].share == pytest.approx(0.5)


def test_progress_growth_needed_and_observed():
    target, actuals = hydrogen()
    found = track.progress(target, actuals)
    assert found.baseline.id == "base" and found.actual.id == "late"
    assert found.share == pytest.approx(0.5)
    # needed: (100/20)^(1/2) − 1 = √5 − 1; observed: (60/20)^(1/2) − 1 = √3 − 1
    assert found.growth_needed == pytest.approx(5**0.5 - 1)
    assert found.growth_observed == pytest.approx(3**0.5 - 1)


def test_going_backwards_is_not_achieved_and_meeting_it_is_achieved():
    target = track.Target([rec("r", "t1", D1, 80e4, 2025)], [None])
    base = actual("b", "t1", D1, 50e4, 2024)
    assert track.evidence(target, [base, actual("x", "t4", D3, 45e4, 2025)])[1].verdict == "not_achieved"
    assert track.evidence(target, [base, actual("y", "t4", D3, 90e4, 2025)])[1].verdict == "achieved"


def test_an_at_most_target_is_met_from_below():
    target = track.Target([rec("u", "t1", D1, 5.5, 2025, qualifier="<=")], [None])
    assert track.evidence(target, [actual("a", "t4", D3, 5.2, 2025)])[0].verdict == "achieved"


def test_an_actual_before_the_deadline_gives_progress_not_a_verdict():
    target = track.Target([rec("p", "t1", D1, 100, 2027)], [None])
    rows = track.evidence(target, [actual("a", "t1", D1, 40, 2023), actual("b", "t4", D3, 70, 2025)])
    assert [(e.role, e.verdict) for e in rows] == [("baseline", None), ("progress", None)]
    assert rows[1].share == pytest.approx(0.5)  # (70 − 40) / (100 − 40)


def test_no_related_actual_no_evidence():
    target = track.Target([rec("p", "t1", D1, 100, 2027)], [None])
    assert track.evidence(target, []) == []
    assert track.progress(target, []) == track.Progress(None, None, None, None, None)


# ---- status as of a date: the schema's macro


@pytest.fixture
def status_db():
    con = duckdb.connect(":memory:")
    con.execute(config.SCHEMA_FILE.read_text(encoding="utf-8"))
    mentions = [
        # target, commitment, seq, date, year
        ("due", "due", 1, "2024-03-08", 2026),
        ("moved", "moved", 1, "2024-03-08", 2025),
        ("moved", "moved2", 2, "2025-03-07", 2027),
        ("none", "none", 1, "2024-03-08", None),
        ("met", "met", 1, "2024-03-08", 2025),
        ("late", "late", 1, "2026-01-16", 2030),
    ]
    con.executemany(
        "INSERT INTO target_mentions VALUES (?, ?, ?, 't', ?, 1, ?, 'new', [], NULL)",
        [(t, c, s, d, y) for t, c, s, d, y in mentions],
    )
    con.execute(
        "INSERT INTO target_evidence VALUES ('met', 'a1', 't4', '2026-01-16', 60, 2025, 'outcome', 0.5, 'partly')"
    )
    yield con
    con.close()


def statuses(con, day: str) -> dict[str, str]:
    return dict(con.execute("SELECT target_id, status FROM target_status(?::DATE)", [day]).fetchall())


def test_status_depends_on_the_date_asked_about(status_db):
    assert statuses(status_db, "2024-06-30") == {
        "due": "upcoming",
        "moved": "upcoming",  # only the 2025 deadline was known then
        "none": "no_deadline",
        "met": "upcoming",
    }
    assert statuses(status_db, "2025-01-01")["moved"] == "due_this_year"  # t3 (2025-03-07) not yet out
    assert statuses(status_db, "2026-06-30") == {
        "due": "due_this_year",
        "moved": "upcoming",
        "none": "no_deadline",
        "met": "partly",  # the outcome reported in January 2026
        "late": "upcoming",
    }
    assert statuses(status_db, "2025-12-31")["met"] == "due_this_year"
    assert statuses(status_db, "2027-01-01")["moved"] == "due_this_year"
    assert statuses(status_db, "2028-01-01")["moved"] == "deadline_passed"
