"""The shared filters: one table of fields, from which everything about a filter is derived.

`FIELDS` is the one home of a filter. From it come the `Filters` value (one attribute per
field, or two for a range), its URL parameters (`to_query_params`/`from_query_params`, so a
copied link reopens the same view), its SQL condition (`where_conditions`, used by
`dashboard.queries.where_clause`), its words in a subtitle (`describe`), the sidebar's widgets
(dashboard/sidebar.py) and the export command line's options (dashboard/export/__main__.py).
Adding a field here adds it to all of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, make_dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from dashboard import i18n
from etl.checks import KINDS as _CHECKED_KINDS

KINDS = tuple(_CHECKED_KINDS)

Params = Mapping[str, str | list[str]]


def _values(params: Params, param: str) -> tuple[str, ...]:
    raw = params.get(param, [])
    return tuple(v for v in ([raw] if isinstance(raw, str) else raw) if v)


def _first(params: Params, param: str) -> str | None:
    found = _values(params, param)
    return found[0] if found else None


def _parse_year(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and len(text) == 4 else None


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass(frozen=True)
class ListField:
    """Several values of one column; the sidebar offers the values the data holds."""

    name: str  # the Filters attribute: a tuple of the column's values
    param: str  # URL parameter (repeated) and command-line option (--param, repeatable)
    label: str  # i18n key: sidebar label, "ignored value" message
    column: str  # the commitments column it restricts
    words: Callable[[str, str], str] | None = None  # a value in words, in a language
    allowed: tuple[str, ...] = ()  # a closed vocabulary (URL values outside it are malformed)

    def attributes(self) -> list[tuple[str, Any, Any]]:
        return [(self.name, tuple, dataclass_field(default=()))]

    def to_params(self, filters: Any) -> dict[str, str | list[str]]:
        values = getattr(filters, self.name)
        return {self.param: list(values)} if values else {}

    def from_params(self, params: Params) -> dict[str, Any]:
        return {self.name: tuple(v for v in _values(params, self.param) if self.valid(v))}

    def valid(self, value: str) -> bool:
        return not self.allowed or value in self.allowed

    def malformed(self, params: Params) -> list[tuple[str, str]]:
        return [(self.label, v) for v in _values(params, self.param) if not self.valid(v)]

    def conditions(self, filters: Any) -> list[tuple[str, list]]:
        values = getattr(filters, self.name)
        return [(f"list_contains(?, {self.column})", [list(values)])] if values else []

    def word(self, value: str, lang: str) -> str:
        return self.words(value, lang) if self.words else value

    def describe(self, filters: Any, lang: str) -> str:
        return ", ".join(self.word(v, lang) for v in getattr(filters, self.name))


@dataclass(frozen=True)
class RangeField:
    """A closed or open-ended range of one column: attributes `<bound>_from` and `<bound>_to`,
    which are also their URL parameters. A bound set excludes the records without a value."""

    name: str  # the range as a whole: sidebar widget, command-line option ("--years 2025-2030")
    bound: str  # prefix of the two attributes
    label: str
    column: str
    parse: Callable[[str | None], Any]  # URL text → value; None when malformed

    @property
    def bounds(self) -> tuple[str, str]:
        return f"{self.bound}_from", f"{self.bound}_to"

    def attributes(self) -> list[tuple[str, Any, Any]]:
        return [(bound, Any, dataclass_field(default=None)) for bound in self.bounds]

    def to_params(self, filters: Any) -> dict[str, str | list[str]]:
        values = {bound: getattr(filters, bound) for bound in self.bounds}
        return {bound: str(value) for bound, value in values.items() if value is not None}

    def from_params(self, params: Params) -> dict[str, Any]:
        return {bound: self.parse(_first(params, bound)) for bound in self.bounds}

    def malformed(self, params: Params) -> list[tuple[str, str]]:
        return [
            (self.label, v) for bound in self.bounds for v in _values(params, bound) if self.parse(v) is None
        ]

    def conditions(self, filters: Any) -> list[tuple[str, list]]:
        start, end = (getattr(filters, bound) for bound in self.bounds)
        found = []
        if start is not None:
            found.append((f"{self.column} >= ?", [start]))
        if end is not None:
            found.append((f"{self.column} <= ?", [end]))
        return found

    def describe(self, filters: Any, lang: str) -> str:
        start, end = (getattr(filters, bound) for bound in self.bounds)
        label = i18n.t(self.label, lang)
        if start is None and end is None:
            return ""
        if start is not None and end is not None:
            return f"{label} {start}–{end}" if start != end else f"{label} {start}"
        return f"{label} {start}–" if start is not None else f"{label} –{end}"


@dataclass(frozen=True)
class TextField:
    """Words searched, as a literal, in the subject (Korean and English) and the sentence."""

    name: str
    param: str
    label: str
    columns: tuple[str, ...]
    max_chars: int = 200

    def attributes(self) -> list[tuple[str, Any, Any]]:
        return [(self.name, str, dataclass_field(default=""))]

    def to_params(self, filters: Any) -> dict[str, str | list[str]]:
        text = getattr(filters, self.name)
        return {self.param: text} if text else {}

    def from_params(self, params: Params) -> dict[str, Any]:
        return {self.name: (_first(params, self.param) or "").strip()[: self.max_chars]}

    def malformed(self, params: Params) -> list[tuple[str, str]]:
        return []

    def conditions(self, filters: Any) -> list[tuple[str, list]]:
        text = getattr(filters, self.name)
        if not text:
            return []
        # contains() takes the text literally: no LIKE pattern, no regular expression
        either = " OR ".join(f"contains(lower(coalesce({c}, '')), lower(?))" for c in self.columns)
        return [(f"({either})", [text] * len(self.columns))]

    def describe(self, filters: Any, lang: str) -> str:
        text = getattr(filters, self.name)
        return f"“{text}”" if text else ""


@dataclass(frozen=True)
class FlagField:
    """A yes/no choice; its words are the i18n key of its label. Each state may add a condition."""

    name: str
    param: str  # "1" in the URL when set
    label: str
    when_set: str = ""
    when_unset: str = ""

    def attributes(self) -> list[tuple[str, Any, Any]]:
        return [(self.name, bool, dataclass_field(default=False))]

    def to_params(self, filters: Any) -> dict[str, str | list[str]]:
        return {self.param: "1"} if getattr(filters, self.name) else {}

    def from_params(self, params: Params) -> dict[str, Any]:
        return {self.name: _first(params, self.param) == "1"}

    def malformed(self, params: Params) -> list[tuple[str, str]]:
        return []

    def conditions(self, filters: Any) -> list[tuple[str, list]]:
        condition = self.when_set if getattr(filters, self.name) else self.when_unset
        return [(condition, [])] if condition else []

    def describe(self, filters: Any, lang: str) -> str:
        return i18n.t(self.label, lang) if getattr(filters, self.name) else ""


Field = ListField | RangeField | TextField | FlagField

# The filters, in the order the sidebar shows them and a subtitle names them.
FIELDS: tuple[Field, ...] = (
    ListField("provinces", "province", "province", "c.region", i18n.region_label),
    ListField("cities", "city", "city", "c.city", i18n.city_label),
    ListField("sectors", "sector", "sector", "c.sector", i18n.sector_label),
    ListField("kinds", "kind", "kind", "c.kind", i18n.kind_label, allowed=KINDS),
    ListField("issuers", "issuer", "issuer", "c.issuer"),
    ListField("units", "unit", "unit", "c.unit", i18n.unit_name),
    TextField("text", "q", "search", ("c.subject_ko", "c.subject_en", "c.sentence")),
    RangeField("years", "year", "target_year", "c.target_year", _parse_year),
    RangeField("dates", "date", "bulletin_date", "c.issue_date", _parse_date),
    FlagField(
        "reviewed_only", "reviewed", "reviewed_only",
        when_set="c.review_status IN ('accepted', 'corrected', 'added')",
    ),
    # rejected records are hidden unless asked for
    FlagField("with_rejected", "rejected", "with_rejected", when_unset="c.review_status <> 'rejected'"),
)  # fmt: skip


class FilterValue:
    """What every Filters class does, for the fields in its `FIELDS`."""

    FIELDS: tuple[Field, ...] = ()

    def to_query_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        for spec in self.FIELDS:
            params.update(spec.to_params(self))
        return params

    @classmethod
    def from_query_params(cls, params: Params):
        """Read the URL's parameters; a malformed value is ignored rather than trusted."""
        values: dict[str, Any] = {}
        for spec in cls.FIELDS:
            values.update(spec.from_params(params))
        return cls(**values)

    @classmethod
    def malformed_query_params(cls, params: Params) -> list[tuple[str, str]]:
        """(filter, value) for each URL value `from_query_params` ignores as malformed, so that the
        page can say so instead of dropping it silently. Filter names are those of i18n labels."""
        return [found for spec in cls.FIELDS for found in spec.malformed(params)]

    def where_conditions(self) -> tuple[list[str], list]:
        """The SQL conditions on `commitments c`, each value a bound parameter."""
        conditions, params = [], []
        for spec in self.FIELDS:
            for condition, values in spec.conditions(self):
                conditions.append(condition)
                params.extend(values)
        return conditions, params

    def without(self, name: str):
        """The same filters with field `name` cleared: what the options of that field are counted under."""
        spec = field_named(name, self.FIELDS)
        return dataclasses.replace(self, **{attribute: f.default for attribute, _, f in spec.attributes()})

    def describe(self, lang: str = "ko") -> str:
        """The active filters in words, for a subtitle: "광둥성 · 반도체 · 목표연도 2025–2030"."""
        words = " · ".join(part for spec in self.FIELDS if (part := spec.describe(self, lang)))
        return words or i18n.t("all_commitments", lang)


def field_named(name: str, fields: tuple[Field, ...] = FIELDS) -> Field:
    return next(spec for spec in fields if spec.name == name)


def filters_class(fields: tuple[Field, ...]) -> type:
    """A frozen (hashable, cacheable) value class with the attributes of `fields`."""
    attributes = [attribute for spec in fields for attribute in spec.attributes()]
    return make_dataclass(
        "Filters", attributes, bases=(FilterValue,), frozen=True, namespace={"FIELDS": fields}
    )


Filters = filters_class(FIELDS)
Filters.__module__ = __name__
