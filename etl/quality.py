"""Data-quality flags on commitments, computed on load (etl/load.py) into `data_flags`.

A flag points a reviewer at a number; it never changes one. Each rule is one function
returning (commitment id, flag, detail); the detail holds only the figures that raised it, so it
reads the same in Korean and English (the flag's name is translated by dashboard/i18n.py):

- `target_backwards`: year-by-year targets of one article (same place, unit and a similar
  subject) where a later year asks for less than an earlier one (more, for a "이하" target).
- `year_before_issue`: a target whose year is before its bulletin's year.
- `magnitude`: a number written in an unusual way ("15,000만": ten thousand or more before
  만/억/조, where the next unit up is the usual word), or at least `MAGNITUDE_RATIO` times
  away from the median of the same measure (unit and similar subject) in at least two
  other records.
- `missing_place`, `missing_unit`: the record has no region or no unit.
- `table_units`: cells of one table row for one measure (similar subjects) whose units disagree.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

import duckdb

from etl.track import SIMILAR, bigrams, similarity

# A slipped myriad word (만 for 억) is a factor of 10,000; 1,000 leaves room and spares honest spreads.
MAGNITUDE_RATIO = 1000.0
# Ten thousand or more written before a Korean myriad word: "15,000만 개" (= 1.5억).
_ODD_NOTATION = re.compile(r"(?<![\d,.])(?:\d{2,3},\d{3}|\d{1,3}(?:,\d{3}){2,}|\d{5,})\s*[만억조]")
_TABLE_ROW = re.compile(r"\t|\|")
UNKNOWN = ("", "unknown", "none")

Flag = tuple[str, str, str]


def rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every flag on the loaded commitments, one row per (commitment, flag)."""
    cursor = con.execute(
        """
        SELECT id, bulletin, article_seq, line, kind, value, value_text, unit, qualifier, per_year,
               target_year, year(issue_date) AS issue_year, region, subject_ko, sentence
        FROM commitments ORDER BY issue_date, bulletin, line, id
        """
    )
    # plain tuples, not a pandas frame: a build need not import pandas (seconds of start-up)
    names = [column[0] for column in cursor.description]
    records = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    found: dict[tuple[str, str], str] = {}
    for rule in (backwards, year_before_issue, magnitude, missing, table_units):
        for commitment_id, flag, detail in rule(records):
            found.setdefault((commitment_id, flag), detail)
    return [{"commitment_id": c, "flag": f, "detail": d} for (c, f), d in found.items()]


def _year(value) -> int | None:
    return None if value is None or value != value else int(value)  # NaN != NaN


def _similar_groups(records: list[dict]) -> list[list[dict]]:
    """Records grouped by subject similarity (each joins the first group whose opener it resembles)."""
    groups: list[list[dict]] = []
    for record in records:
        for group in groups:
            if similarity(record["subject_ko"], group[0]["subject_ko"]) >= SIMILAR:
                group.append(record)
                break
        else:
            groups.append([record])
    return groups


def backwards(records: list[dict]) -> list[Flag]:
    by_article: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        if r["kind"] == "target" and _year(r["target_year"]) is not None:
            by_article[(r["bulletin"], r["article_seq"], r["region"], r["unit"], r["per_year"])].append(r)
    flags = []
    for group in by_article.values():
        for series in _similar_groups(group):
            flags.extend(_backwards_in(series))
    return flags


def _backwards_in(series: list[dict]) -> list[Flag]:
    flags = []
    ordered = sorted(series, key=lambda r: _year(r["target_year"]))
    for earlier_index, later in enumerate(ordered):
        lower_is_better = later["qualifier"] == "<="
        for earlier in ordered[:earlier_index]:
            if _year(earlier["target_year"]) == _year(later["target_year"]):
                continue
            went_back = (
                later["value"] > earlier["value"] if lower_is_better else later["value"] < earlier["value"]
            )
            if went_back:
                detail = (
                    f"{_year(later['target_year'])}: {later['value_text']} "
                    f"{'>' if lower_is_better else '<'} {_year(earlier['target_year'])}: {earlier['value_text']}"
                )
                flags.append((later["id"], "target_backwards", detail))
                break
    return flags


def year_before_issue(records: list[dict]) -> list[Flag]:
    return [
        (
            r["id"],
            "year_before_issue",
            f"{_year(r['target_year'])} < {r['issue_year']}",
        )
        for r in records
        if r["kind"] == "target"
        and _year(r["target_year"]) is not None
        and _year(r["target_year"]) < r["issue_year"]
    ]


def magnitude(records: list[dict]) -> list[Flag]:
    flags = [
        (r["id"], "magnitude", r["value_text"]) for r in records if _ODD_NOTATION.search(r["value_text"])
    ]
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        if r["value"] > 0:
            by_unit[r["unit"]].append(r)
    for same_unit in by_unit.values():
        values_by_subject: dict[str, list[float]] = defaultdict(list)
        for record in same_unit:
            values_by_subject[record["subject_ko"]].append(record["value"])
        peers = _similar_values(values_by_subject)
        for record in same_unit:
            # the values of every other record of a similar subject (ids are unique, so "other"
            # means one occurrence of this record's own value less, when it is among them)
            values = peers[record["subject_ko"]]
            own = _self_similar(record["subject_ko"])  # then its own value is among `values`
            n = len(values) - (1 if own else 0)
            if n < 2:  # with one other figure there is no telling which one is off
                continue
            median = values.median_without(record["value"] if own else None)
            ratio = max(record["value"] / median, median / record["value"])
            if ratio >= MAGNITUDE_RATIO:
                flags.append(
                    (
                        record["id"],
                        "magnitude",
                        f"{record['value_text']}: {ratio:,.0f}× (median {median:,.6g}, n={n})",
                    )
                )
    return flags


class _SortedValues:
    """A multiset of values kept sorted, asked for its median with one value left out."""

    def __init__(self, values: list[float]) -> None:
        self.values = sorted(values)

    def __len__(self) -> int:
        return len(self.values)

    def median_without(self, value: float | None) -> float:
        """statistics.median of the values with one occurrence of `value` removed (None: none)."""
        data = self.values
        skip = bisect.bisect_left(data, value) if value is not None else len(data)
        n = len(data) - (1 if value is not None else 0)

        def at(i: int) -> float:
            return data[i] if i < skip else data[i + 1]

        return at(n // 2) if n % 2 == 1 else (at(n // 2 - 1) + at(n // 2)) / 2


def _self_similar(subject: str) -> bool:
    return similarity(subject, subject) >= SIMILAR  # an empty subject resembles nothing, not even itself


def _similar_values(values_by_subject: dict[str, list[float]]) -> dict[str, _SortedValues]:
    """For each subject, the values of every subject similar to it (itself included when it has
    bigrams). Each pair of distinct subjects is compared once, and only pairs that share a
    bigram (the others have similarity 0): comparing every record with every other took time
    growing with the square of the records, minutes at 500 bulletins."""
    subjects = list(values_by_subject)
    grams = [bigrams(subject) for subject in subjects]
    postings: dict[str, list[int]] = defaultdict(list)
    for index, subject_grams in enumerate(grams):
        for gram in subject_grams:
            postings[gram].append(index)
    out = {}
    for index, subject in enumerate(subjects):
        shared: Counter[int] = Counter()
        for gram in grams[index]:
            shared.update(postings[gram])
        values = [
            value
            for other, common in shared.items()
            if 2 * common / (len(grams[index]) + len(grams[other])) >= SIMILAR  # = similarity()
            for value in values_by_subject[subjects[other]]
        ]
        out[subject] = _SortedValues(values)
    return out


def missing(records: list[dict]) -> list[Flag]:
    flags = []
    for r in records:
        if str(r["region"] or "").strip().lower() in UNKNOWN:
            flags.append((r["id"], "missing_place", "-"))
        if str(r["unit"] or "").strip().lower() in UNKNOWN:
            flags.append((r["id"], "missing_unit", "-"))
    return flags


def table_units(records: list[dict]) -> list[Flag]:
    rows_: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        if _TABLE_ROW.search(r["sentence"]):
            rows_[(r["bulletin"], r["line"])].append(r)
    flags = []
    for cells in rows_.values():
        for measure in _similar_groups(cells):
            units = sorted({c["unit"] for c in measure})
            if len(units) > 1:
                flags.extend((c["id"], "table_units", " ≠ ".join(units)) for c in measure)
    return flags
