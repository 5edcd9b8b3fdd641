"""Every word the dashboard shows, Korean first and English with the sidebar toggle.

The words live in one file, dashboard/words.toml, under namespaced keys ("deck.cover.title",
"code.kind.target", "chart.by_year.title"; the dashboard's own labels at the top level). Region,
city and sector names come from the reference data (etl/data, loaded into the database's
provinces, cities and sectors tables) through etl.gazetteer and etl.sectors, so the map, the
tables and the exports call a place the same thing.
"""

from __future__ import annotations

import math
import tomllib
from functools import cache
from pathlib import Path

from etl import gazetteer, sectors

LANGS = ("ko", "en")
WORDS_FILE = Path(__file__).with_name("words.toml")


@cache
def words() -> dict[str, dict[str, str]]:
    """Every key of words.toml, flattened with dots → {"ko": …, "en": …}."""
    with WORDS_FILE.open("rb") as handle:
        return dict(_flatten(tomllib.load(handle)))


def _flatten(table: dict, prefix: str = ""):
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and not set(value) <= set(LANGS):
            yield from _flatten(value, key + ".")
        else:
            yield key, value


def t(key: str, lang: str = "ko", **values: object) -> str:
    """The word for `key` in `lang` (English for "en", else Korean), with `{name}` filled in."""
    text = words()[key]["en" if lang == "en" else "ko"]
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in words()


def code_label(group: str, code: str, lang: str = "ko") -> str:
    """A stored code in words ("code.kind.target" → 목표); an unknown code shows as stored."""
    key = f"code.{group}.{code}"
    return t(key, lang) if has(key) else code


def review_status_label(status: str, lang: str = "ko") -> str:
    return t(f"status_{status}", lang) if has(f"status_{status}") else status


def review_label(status: str, reviewer: object, lang: str = "ko") -> str:
    """ "수정 (kim)": the review state and who checked it, for tables and exports."""
    label = review_status_label(status, lang)
    return (
        t("checked_by", lang, status=label, who=reviewer) if isinstance(reviewer, str) and reviewer else label
    )


def region_label(name_en: str, lang: str = "ko") -> str:
    return gazetteer.region_label(name_en, lang)


def city_label(name_en: str, lang: str = "ko") -> str:
    """A city as the dashboard shows it: "청두 (成都)", "린강신구 (临港)" in Korean, its English name
    in English (the reference table cities, etl/data/cities.csv)."""
    return gazetteer.region_label(name_en, lang)


def sector_label(sector_id: str, lang: str = "ko") -> str:
    return sectors.sector_label(sector_id, lang)


def kind_label(kind: str, lang: str = "ko") -> str:
    return code_label("kind", kind, lang)


def source_kind_label(kind: str, lang: str = "ko") -> str:
    return code_label("source_kind", kind, lang)


def unit_name(unit: str, lang: str = "ko") -> str:
    """The unit's word; a composed rate reads "개/월", "위안/kW"; any other unit shows as printed."""
    if has(f"code.unit.{unit}"):
        return t(f"code.unit.{unit}", lang)
    base, sep, per = unit.partition("_per_")
    if sep and has(f"code.unit_per.{per}"):
        return f"{unit_name(base, lang)}/{t(f'code.unit_per.{per}', lang)}"
    return unit


def status_label(status: str, lang: str = "ko", share: float | None = None) -> str:
    """ "부분 달성 (50%)" for partly with its share; other statuses by their word."""
    text = code_label("status", status, lang)
    if status == "partly" and share is not None and not math.isnan(share):
        text += f" ({share:.0%})"
    return text


def revision_label(revision: str, changes, lang: str = "ko") -> str:
    """ "상향 · 기한 변경" for a revised mention, else 신규 / 재언급."""
    changed = list(changes) if changes is not None and len(changes) else [revision]
    return " · ".join(code_label("revision", w, lang) for w in changed)


def flag_label(flag: str, lang: str = "ko") -> str:
    return code_label("flag", flag, lang)


def evidence_role(role: str, lang: str = "ko") -> str:
    return code_label("evidence_role", role, lang)
