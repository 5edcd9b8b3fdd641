"""Data-quality flags on records made up here; each rule fires on its case and stays quiet on the honest one."""

from __future__ import annotations

from etl import quality


def rec(id: str, value: float, year: int | None = 2025, **fields) -> dict:
    base = {
        "id": id, "bulletin": "b", "article_seq": 1, "line": 10, "kind": "target", "value": value,
        "value_text": f"{value:g}개", "unit": "count", "qualifier": "=", "per_year": False,
        "target_year": year, "issue_year": 2024, "region": "Guizhou", "subject_ko": "연산력 규모",
        "sentence": "- 연산력 규모",
    }  # fmt: skip
    return base | fields


def test_a_later_year_asking_for_less_is_flagged():
    flags = quality.backwards([rec("a", 20, 2025), rec("b", 18, 2026), rec("c", 30, 2027)])
    assert flags == [("b", "target_backwards", "2026: 18개 < 2025: 20개")]


def test_an_at_most_series_is_backwards_when_it_rises():
    records = [
        rec("a", 1.3, 2024, qualifier="<="),
        rec("b", 1.25, 2025, qualifier="<="),
        rec("c", 1.4, 2026, qualifier="<="),
    ]
    assert [f[0] for f in quality.backwards(records)] == ["c"]


def test_series_of_other_measures_or_articles_are_not_compared():
    assert quality.backwards([rec("a", 20, 2025), rec("b", 18, 2026, subject_ko="스마트 공장")]) == []
    assert quality.backwards([rec("a", 20, 2025), rec("b", 18, 2026, article_seq=2)]) == []


def test_a_target_year_before_the_bulletin():
    flags = quality.year_before_issue([rec("a", 1, 2023), rec("b", 1, 2024), rec("c", 1, None)])
    assert flags == [("a", "year_before_issue", "2023 < 2024")]


def test_unusual_myriad_notation_is_flagged():
    texts = {
        "a": "15,000만 개",
        "b": "10000만 개",
        "c": "1,500억 위안",
        "d": "15만 개",
        "e": "2조 5,000억 위안",
    }
    flags = quality.magnitude([rec(k, 1, value_text=v, subject_ko=k) for k, v in texts.items()])
    assert sorted(f[0] for f in flags) == ["a", "b"]


def test_a_value_a_thousand_times_off_the_median_of_its_measure():
    records = [
        rec("a", 100),
        rec("b", 120),
        rec("c", 110),
        rec("d", 150_000),
        rec("e", 1_000_000, subject_ko="기업"),
    ]
    flags = quality.magnitude(records)
    # d: median of a, b, c = 110 → 150,000 / 110 ≈ 1,364×; e has no similar measure.
    assert [(f[0], f[2]) for f in flags] == [("d", "150000개: 1,364× (median 110, n=3)")]


def test_missing_place_and_unit():
    flags = quality.missing([rec("a", 1, region=""), rec("b", 1, unit="unknown"), rec("c", 1)])
    assert flags == [("a", "missing_place", "-"), ("b", "missing_unit", "-")]


def test_one_table_row_in_two_units():
    row = "연산력 규모 (EFLOPS)\t20\t25"
    records = [
        rec("a", 20, sentence=row, unit="EFLOPS"),
        rec("b", 25, sentence=row, unit="percent"),
        rec("c", 5, sentence=row, unit="count", subject_ko="데이터센터 랙"),
        rec("d", 7, unit="percent"),  # not a table row
    ]
    assert sorted(f[0] for f in quality.table_units(records)) == ["a", "b"]


def test_magnitude_median_leaves_out_the_record_itself_and_counts_similar_subjects():
    # four records of one measure: the 1,000-fold outlier is flagged against the median of the
    # other three (15, 20, 30 → 20), and n counts only the others; "수소차" resembles none of them
    records = [
        rec("a", 20),
        rec("b", 15, subject_ko="연산력 규모 목표"),
        rec("c", 30),
        rec("d", 20000),
        rec("e", 5, subject_ko="수소차"),
    ]
    assert quality.magnitude(records) == [("d", "magnitude", "20000개: 1,000× (median 20, n=3)")]


def test_median_without_one_value_is_the_median_of_the_rest():
    values = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]
    for left_out in set(values):
        rest = list(values)
        rest.remove(left_out)
        # worked out by hand from the sorted rest, e.g. without 9: 1 1 2 3 4 5 6 → 3
        expected = {1.0: 4.0, 2.0: 4.0, 3.0: 4.0, 4.0: 3.0, 5.0: 3.0, 6.0: 3.0, 9.0: 3.0}[left_out]
        assert quality._SortedValues(values).median_without(left_out) == expected
    assert quality._SortedValues(values).median_without(None) == 3.5  # 1 1 2 3 | 4 5 6 9
