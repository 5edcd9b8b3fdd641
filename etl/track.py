"""Commitments → tracked targets: the same target across bulletins, its revisions, its evidence.

Run by etl/load.py after the bulletins load and before the new database is swapped in;
it rewrites `tracked_targets`, `target_mentions` and `target_evidence` from `commitments`,
so a build and an ingest give the same result.

**Linking.** Mentions (kind target or funding) are taken bulletin by bulletin in issue
order. A mention joins a target first seen in an *earlier* bulletin when place (region),
unit, kind and per-year are identical and the subjects are similar: the Dice coefficient
of their character bigrams (spaces and punctuation dropped) is at least `SIMILAR`. Two
records of one bulletin are never linked: the extractor already keeps a restatement inside
a bulletin once, so two records there are two commitments. A mention with the target's
deadline year links before any other; one with another year links only when it is the
target's single candidate and the target was still live (deadline not before the new
bulletin's year), so a year-by-year series is never read as a moved deadline and a new
goal set after a deadline passed is a new target. Each target takes at most one mention
per bulletin, the best by (same year, similarity, closeness of value). Links are automatic
only: a reviewer's merge or split is not applied here.

**Revisions.** Each later mention is compared with the one before it: a higher or lower
value is `raised` / `lowered`, another year `deadline_moved`; none of these is `restated`.

**Evidence.** Actuals (kind actual, with as_of_year) of the same region, unit and per-year
whose subject is similar to one of the target's mentions. The baseline is the newest one
known when the target was first reported; an actual reported in a later bulletin gives a
verdict when its year reaches the deadline (or it already meets the target): `achieved`,
`partly` (share of the way from baseline to target, or of the target without a baseline,
between 0 and 1) or `not_achieved` (no way made, or backwards).

**Status** depends on the date asked about, so it is not stored: the table macro
`target_status(as_of)` in etl/schema.sql computes it from what is stored here (deadline
per mention, verdict per evidence row with the date it was reported), using only the
bulletins issued by that date.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import duckdb

SIMILAR = 0.5  # Dice coefficient of subject bigrams from which two subjects are "the same measure"
TRACKED_KINDS = ("target", "funding")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Record:
    """A commitment row as the tracker needs it (a target, a funding line or an actual)."""

    id: str
    bulletin: str
    issue_date: date
    line: int
    kind: str
    region: str
    unit: str
    per_year: bool
    subject_ko: str
    value: float
    qualifier: str
    target_year: int | None
    as_of_year: int | None

    @property
    def measure(self) -> tuple:
        return (self.region, self.unit, self.per_year)


@dataclass
class Target:
    mentions: list[Record] = field(default_factory=list)
    similarities: list[float | None] = field(default_factory=list)
    _subjects: dict[str, None] = field(default_factory=dict, repr=False, compare=False)
    _read: int = field(default=0, repr=False, compare=False)  # mentions whose subject is in _subjects

    def subjects(self) -> Iterable[str]:
        """The distinct subjects of its mentions, in order (a target restated in 100 bulletins
        is compared once per wording, not once per mention). Mentions are only ever appended."""
        for mention in self.mentions[self._read :]:
            self._subjects.setdefault(mention.subject_ko, None)
        self._read = len(self.mentions)
        return self._subjects.keys()

    @property
    def first(self) -> Record:
        return self.mentions[0]

    @property
    def latest(self) -> Record:
        return self.mentions[-1]

    @property
    def deadline(self) -> int | None:
        return self.latest.target_year


# ---------------------------------------------------------------- similarity


@lru_cache(maxsize=1 << 16)  # every subject is compared with many others
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of a subject with spaces and punctuation removed ("5G 기지국" → 5G, G기, 기지, 지국)."""
    plain = _NOT_WORD.sub("", text.lower())
    if len(plain) < 2:
        return frozenset({plain}) if plain else frozenset()
    return frozenset(plain[i : i + 2] for i in range(len(plain) - 1))


def similarity(a: str, b: str) -> float:
    """Dice coefficient of the two subjects' bigrams: 2·|A∩B| / (|A|+|B|), 0 when either is empty."""
    first, second = bigrams(a), bigrams(b)
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


def subject_similarity(record: Record, target: Target) -> float:
    return max(similarity(record.subject_ko, subject) for subject in target.subjects())


# ---------------------------------------------------------------- linking


def link(mentions: Iterable[Record]) -> list[Target]:
    """Group mentions into targets, bulletin by bulletin in issue order (see the module docstring)."""
    targets: list[Target] = []
    by_measure: dict[tuple, list[Target]] = defaultdict(list)  # (kind, measure) → its targets
    for _, bulletin in _by_bulletin(mentions):
        # every assignment is settled before a target of this bulletin is added
        for record, target, score in _assignments(bulletin, by_measure):
            if target is None:
                targets.append(Target([record], [None]))
                by_measure[(record.kind, record.measure)].append(targets[-1])
            else:
                target.mentions.append(record)
                target.similarities.append(score)
    return targets


def _by_bulletin(records: Iterable[Record]) -> list[tuple[str, list[Record]]]:
    ordered = sorted(records, key=lambda r: (r.issue_date, r.bulletin, r.line, r.id))
    groups: dict[str, list[Record]] = {}
    for record in ordered:
        groups.setdefault(record.bulletin, []).append(record)
    return list(groups.items())


def _candidates(record: Record, by_measure: dict[tuple, list[Target]]) -> list[tuple[Target, float]]:
    """The earlier targets of the record's kind and measure with a similar subject."""
    return [
        (target, score)
        for target in by_measure.get((record.kind, record.measure), ())
        if (score := subject_similarity(record, target)) >= SIMILAR
    ]


def _admissible(record: Record, candidates: list[tuple[Target, float]]) -> list[tuple[Target, float]]:
    same_year = [(t, s) for t, s in candidates if t.deadline == record.target_year]
    if same_year:
        return same_year
    if len(candidates) != 1:
        return []
    target, _ = candidates[0]
    live = target.deadline is None or target.deadline >= record.issue_date.year
    return candidates if live else []


def _assignments(
    bulletin: list[Record], by_measure: dict[tuple, list[Target]]
) -> list[tuple[Record, Target | None, float]]:
    """Each record of one bulletin with the earlier target it continues (None: a new target)."""
    pairs = []
    for record in bulletin:
        for target, score in _admissible(record, _candidates(record, by_measure)):
            same_year = target.deadline == record.target_year
            pairs.append(((same_year, score, -_value_distance(record, target.latest)), record, target, score))
    pairs.sort(key=lambda p: p[0], reverse=True)
    taken_records: dict[str, tuple[Target, float]] = {}
    taken_targets: set[int] = set()
    for _, record, target, score in pairs:
        if record.id not in taken_records and id(target) not in taken_targets:
            taken_records[record.id] = (target, score)
            taken_targets.add(id(target))
    return [(r, *taken_records[r.id]) if r.id in taken_records else (r, None, 0.0) for r in bulletin]


def _value_distance(a: Record, b: Record) -> float:
    if a.value > 0 and b.value > 0:
        return abs(math.log(a.value / b.value))
    return 0.0 if a.value == b.value else math.inf


# ---------------------------------------------------------------- revisions


def changes(previous: Record, current: Record) -> list[str]:
    """How `current` differs from the mention before it: raised / lowered, deadline_moved."""
    found = []
    if current.value > previous.value:
        found.append("raised")
    elif current.value < previous.value:
        found.append("lowered")
    if current.target_year != previous.target_year:
        found.append("deadline_moved")
    return found


def revision(changed: list[str], first: bool) -> str:
    return "new" if first else ("revised" if changed else "restated")


# ---------------------------------------------------------------- evidence and progress


@dataclass(frozen=True)
class Evidence:
    actual: Record
    role: str  # baseline | earlier (before the baseline) | progress | outcome
    share: float | None  # of the way from baseline (or zero) to the target
    verdict: str | None  # achieved | partly | not_achieved; None while only progress


@dataclass(frozen=True)
class Progress:
    baseline: Record | None
    actual: Record | None  # the newest actual reported after the baseline
    share: float | None
    growth_needed: float | None  # yearly growth from baseline to target by its deadline
    growth_observed: float | None  # yearly growth from baseline to the newest actual


def related_actuals(target: Target, actuals: Iterable[Record]) -> list[Record]:
    """Actuals of the target's measure (place, unit, per-year) with a similar subject, oldest first."""
    found = [
        a
        for a in actuals
        if a.measure == target.first.measure
        and a.as_of_year is not None
        and subject_similarity(a, target) >= SIMILAR
    ]
    return sorted(found, key=lambda a: (a.as_of_year, a.issue_date, a.line))


def baseline_of(target: Target, actuals: list[Record]) -> Record | None:
    """The newest actual known when the target was first reported, from before its deadline."""
    known = [
        a
        for a in actuals
        if a.issue_date <= target.first.issue_date
        and (target.deadline is None or a.as_of_year < target.deadline)
    ]
    return max(known, key=lambda a: (a.as_of_year, a.issue_date), default=None)


def share_of_way(value: float, target_value: float, baseline: float | None) -> float | None:
    """(value − baseline) / (target − baseline); with no baseline, value / target."""
    start = baseline if baseline is not None else 0.0
    if target_value == start:
        return None
    return (value - start) / (target_value - start)


def meets(value: float, target_value: float, qualifier: str) -> bool:
    """A "이하" (<=) target is met from below, any other from above."""
    return value <= target_value if qualifier == "<=" else value >= target_value


def verdict(actual: Record, target: Target, share: float | None) -> str | None:
    latest = target.latest
    if meets(actual.value, latest.value, latest.qualifier):
        return "achieved"
    if target.deadline is None or actual.as_of_year < target.deadline or share is None:
        return None
    return "partly" if share > 0 else "not_achieved"


def evidence(target: Target, actuals: list[Record]) -> list[Evidence]:
    """Each related actual with its role, share of the way and (for a later report) verdict."""
    base = baseline_of(target, actuals)
    rows = []
    for actual in actuals:
        if actual is base:
            rows.append(Evidence(actual, "baseline", None, None))
            continue
        if base is not None and actual.as_of_year <= base.as_of_year:
            rows.append(Evidence(actual, "earlier", None, None))  # history before the baseline
            continue
        share = share_of_way(actual.value, target.latest.value, base.value if base else None)
        later = actual.issue_date > target.first.issue_date
        found = verdict(actual, target, share) if later else None
        reached = target.deadline is not None and actual.as_of_year >= target.deadline
        rows.append(Evidence(actual, "outcome" if reached else "progress", share, found))
    return rows


def yearly_growth(start: float, end: float, years: int) -> float | None:
    """Compound yearly growth from `start` to `end` over `years` years."""
    if start <= 0 or end <= 0 or years <= 0:
        return None
    return (end / start) ** (1 / years) - 1


def progress(target: Target, actuals: list[Record]) -> Progress:
    base = baseline_of(target, actuals)
    later = [a for a in actuals if a is not base and (base is None or a.as_of_year > base.as_of_year)]
    newest = later[-1] if later else None
    goal = target.latest
    share = share_of_way(newest.value, goal.value, base.value if base else None) if newest else None
    needed = observed = None
    if base is not None and target.deadline is not None:
        needed = yearly_growth(base.value, goal.value, target.deadline - base.as_of_year)
        if newest is not None:
            observed = yearly_growth(base.value, newest.value, newest.as_of_year - base.as_of_year)
    return Progress(base, newest, share, needed, observed)


# ---------------------------------------------------------------- database


def records(con: duckdb.DuckDBPyConnection) -> list[Record]:
    rows = con.execute(
        """
        SELECT id, bulletin, issue_date, line, kind, region, unit, per_year, subject_ko, value,
               qualifier, target_year, as_of_year
        FROM commitments ORDER BY issue_date, bulletin, line, id
        """
    ).fetchall()
    return [Record(*row) for row in rows]


TABLES = ("tracked_targets", "target_mentions", "target_evidence")


def tables(con: duckdb.DuckDBPyConnection) -> dict[str, list[dict]]:
    """The rows of the three tracking tables, computed from `commitments` (etl/load.py writes them)."""
    everything = records(con)
    targets = link(r for r in everything if r.kind in TRACKED_KINDS)
    actuals_by_measure: dict[tuple, list[Record]] = defaultdict(list)  # each target reads its own
    for r in everything:
        if r.kind == "actual":
            actuals_by_measure[r.measure].append(r)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    for target in targets:
        related = related_actuals(target, actuals_by_measure.get(target.first.measure, []))
        rows["tracked_targets"].append(_target_row(target, progress(target, related)))
        rows["target_mentions"].extend(_mention_rows(target))
        rows["target_evidence"].extend(_evidence_row(target, e) for e in evidence(target, related))
    return rows


def _target_row(target: Target, found: Progress) -> dict:
    first, latest = target.first, target.latest
    return {
        "target_id": first.id,
        "kind": first.kind,
        "region": first.region,
        "unit": first.unit,
        "per_year": first.per_year,
        "latest_id": latest.id,
        "first_seen": first.issue_date,
        "last_seen": latest.issue_date,
        "n_mentions": len(target.mentions),
        "n_revisions": sum(1 for a, b in itertools.pairwise(target.mentions) if changes(a, b)),
        "deadline_year": target.deadline,
        "first_value": first.value,
        "first_deadline_year": first.target_year,
        "baseline_id": found.baseline.id if found.baseline else None,
        "baseline_value": found.baseline.value if found.baseline else None,
        "baseline_year": found.baseline.as_of_year if found.baseline else None,
        "actual_id": found.actual.id if found.actual else None,
        "actual_value": found.actual.value if found.actual else None,
        "actual_year": found.actual.as_of_year if found.actual else None,
        "progress_share": found.share,
        "growth_needed": found.growth_needed,
        "growth_observed": found.growth_observed,
    }


def _mention_rows(target: Target) -> list[dict]:
    rows = []
    previous = None
    for seq, (record, score) in enumerate(zip(target.mentions, target.similarities, strict=True), start=1):
        changed = changes(previous, record) if previous else []
        rows.append(
            {
                "target_id": target.first.id,
                "commitment_id": record.id,
                "seq": seq,
                "bulletin": record.bulletin,
                "issue_date": record.issue_date,
                "value": record.value,
                "target_year": record.target_year,
                "revision": revision(changed, previous is None),
                "changes": changed,
                "similarity": score,
            }
        )
        previous = record
    return rows


def _evidence_row(target: Target, found: Evidence) -> dict:
    return {
        "target_id": target.first.id,
        "commitment_id": found.actual.id,
        "bulletin": found.actual.bulletin,
        "reported_on": found.actual.issue_date,
        "value": found.actual.value,
        "actual_year": found.actual.as_of_year,
        "role": found.role,
        "share": found.share,
        "verdict": found.verdict,
    }
