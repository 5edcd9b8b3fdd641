"""The shared filters: one frozen value, kept in the URL and described in words for subtitles.

The sidebar (streamlit_app.py) builds a `Filters` from its widgets, the pages and
charts receive it, and `to_query_params`/`from_query_params` make a copied link reopen
the same view. `dashboard.queries.where_clause` turns it into parameterised SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dashboard import i18n

KINDS = ("target", "funding", "actual")

# Field name → URL parameter for the multi-valued filters.
_LIST_PARAMS = {
    "provinces": "province",
    "cities": "city",
    "sectors": "sector",
    "kinds": "kind",
    "issuers": "issuer",
    "units": "unit",
}

# Review flags → URL parameter ("1" when set); their words are i18n keys of the same name.
_FLAG_PARAMS = {"reviewed_only": "reviewed", "with_rejected": "rejected"}


@dataclass(frozen=True)
class Filters:
    provinces: tuple[str, ...] = ()  # region column values: Guangdong, National, Greater Bay Area …
    cities: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()  # sector ids
    year_from: int | None = None  # target year range; a bound set excludes records without a year
    year_to: int | None = None
    kinds: tuple[str, ...] = ()  # target | funding | actual
    issuers: tuple[str, ...] = ()
    date_from: date | None = None  # bulletin issue date range
    date_to: date | None = None
    text: str = ""  # searched in subject and sentence
    units: tuple[str, ...] = ()  # canonical units; a value chart shows one of them
    reviewed_only: bool = False  # only records a reviewer accepted, corrected or added
    with_rejected: bool = False  # rejected records are hidden unless asked for

    def to_query_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        for name, param in _LIST_PARAMS.items():
            values = getattr(self, name)
            if values:
                params[param] = list(values)
        for name in ("year_from", "year_to", "date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                params[name] = str(value)
        if self.text:
            params["q"] = self.text
        for name, param in _FLAG_PARAMS.items():
            if getattr(self, name):
                params[param] = "1"
        return params

    @classmethod
    def from_query_params(cls, params: Mapping[str, str | list[str]]) -> Filters:
        """Read the URL's parameters; a malformed value is ignored rather than trusted."""

        def values(param: str) -> tuple[str, ...]:
            raw = params.get(param, [])
            return tuple(v for v in ([raw] if isinstance(raw, str) else raw) if v)

        def first(param: str) -> str | None:
            found = values(param)
            return found[0] if found else None

        lists = {name: values(param) for name, param in _LIST_PARAMS.items()}
        lists["kinds"] = tuple(k for k in lists["kinds"] if k in KINDS)
        return cls(
            **lists,
            year_from=_parse_int(first("year_from")),
            year_to=_parse_int(first("year_to")),
            date_from=_parse_date(first("date_from")),
            date_to=_parse_date(first("date_to")),
            text=(first("q") or "").strip()[:200],
            **{name: first(param) == "1" for name, param in _FLAG_PARAMS.items()},
        )

    @staticmethod
    def malformed_query_params(params: Mapping[str, str | list[str]]) -> list[tuple[str, str]]:
        """(filter, value) for each URL value `from_query_params` ignores as malformed, so that the
        page can say so instead of dropping it silently. Filter names are those of i18n labels."""
        ignored = []
        for param, label, valid in (
            ("kind", "kind", lambda v: v in KINDS),
            ("year_from", "target_year", lambda v: _parse_int(v) is not None),
            ("year_to", "target_year", lambda v: _parse_int(v) is not None),
            ("date_from", "bulletin_date", lambda v: _parse_date(v) is not None),
            ("date_to", "bulletin_date", lambda v: _parse_date(v) is not None),
        ):
            raw = params.get(param, [])
            ignored += [(label, v) for v in ([raw] if isinstance(raw, str) else raw) if v and not valid(v)]
        return ignored

    def describe(self, lang: str = "ko") -> str:
        """The active filters in words, for a subtitle: "광둥성 · 반도체 · 목표연도 2025–2030"."""
        parts = [
            ", ".join(i18n.region_label(p, lang) for p in self.provinces),
            ", ".join(i18n.city_label(c, lang) for c in self.cities),
            ", ".join(i18n.sector_label(s, lang) for s in self.sectors),
            _range_words(i18n.t("target_year", lang), self.year_from, self.year_to),
            ", ".join(i18n.kind_label(k, lang) for k in self.kinds),
            ", ".join(self.issuers),
            _range_words(i18n.t("bulletin_date", lang), self.date_from, self.date_to),
            ", ".join(i18n.unit_name(u, lang) for u in self.units),
            f"“{self.text}”" if self.text else "",
            *(i18n.t(name, lang) for name in _FLAG_PARAMS if getattr(self, name)),
        ]
        words = " · ".join(p for p in parts if p)
        return words or i18n.t("all_commitments", lang)


def _range_words(label: str, start: object, end: object) -> str:
    if start is None and end is None:
        return ""
    if start is not None and end is not None:
        return f"{label} {start}–{end}" if start != end else f"{label} {start}"
    return f"{label} {start}–" if start is not None else f"{label} –{end}"


def _parse_int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and len(text) == 4 else None


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
