"""Values as a Korean reader writes them (1.8조 위안, 1,700억 위안, 300개 이상, 25% 이상,
300 EFLOPS), or in English (CNY 1.8 trn, at least 300)."""

from __future__ import annotations

import math

import pandas as pd

from dashboard import i18n
from etl.numbers import CURRENCIES

_KO_SCALES = ((1e12, "조"), (1e8, "억"), (1e4, "만"))
_EN_SCALES = ((1e12, "trn"), (1e9, "bn"), (1e6, "mn"))
# Korean units written straight after the number; any other unit follows a space.
# Units whose Korean word is written onto the number ("300개", "25%", "90일분"); others after a space
# ("300 EFLOPS", "3억 배럴"). The words themselves are in dashboard/words.toml.
_KO_ATTACHED = frozenset(("count", "people", "percent", "years", "ratio", "days"))
_KO_QUALIFIER = {">=": " 이상", "<=": " 이하"}
_EN_QUALIFIER = {">=": "at least ", "<=": "up to ", "~": "about "}


def plain_number(value: float) -> str:
    """Up to two decimals, trailing zeros dropped, thousands separated: 1700 → "1,700", 1.80 → "1.8"."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def ko_number(value: float) -> str:
    """1.8e12 → "1.8조", 1.7e11 → "1,700억", 421000 → "42.1만"."""
    for scale, word in _KO_SCALES:
        if abs(value) >= scale:
            return f"{plain_number(value / scale)}{word}"
    return plain_number(value)


def en_number(value: float) -> str:
    for scale, word in _EN_SCALES:
        if abs(value) >= scale:
            return f"{plain_number(value / scale)} {word}"
    return plain_number(value)


def _ko_parts(value: float, unit: str) -> tuple[str, str, str]:
    # Money always in 만/억/조; other quantities only when large (27,916명 reads better than 2.79만 명).
    number = ko_number(value) if unit == "CNY" or abs(value) >= 1e5 else plain_number(value)
    word = i18n.unit_name(unit, "ko")
    return "", number, word if unit in _KO_ATTACHED else f" {word}"


def _en_parts(value: float, unit: str) -> tuple[str, str, str]:
    if unit in CURRENCIES:
        return f"{unit} ", en_number(value), ""
    number = en_number(value) if abs(value) >= 1e6 else plain_number(value)
    # (the unit's English word where it has one: "300 mn barrels", "2 robots per 10,000 workers")
    suffix = {"percent": "%", "count": ""}.get(unit, f" {i18n.unit_name(unit, 'en')}")
    return "", number, suffix


def format_value(
    value: float,
    unit: str,
    qualifier: str = "=",
    lang: str = "ko",
    value_max: float | None = None,
) -> str:
    """One commitment's number with unit and qualifier, as a reader of that language writes it.

    A printed range keeps both bounds and says the unit once: "3~4개", "CNY 1–2 bn".
    """
    parts = _en_parts if lang == "en" else _ko_parts
    prefix, number, suffix = parts(value, unit)
    if value_max is not None and not math.isnan(value_max) and value_max != value:
        number = f"{number}{'–' if lang == 'en' else '~'}{parts(value_max, unit)[1]}"
    text = prefix + number + suffix
    if lang == "en":
        return _EN_QUALIFIER.get(qualifier, "") + text
    return ("약 " if qualifier == "~" else "") + text + _KO_QUALIFIER.get(qualifier, "")


def year_words(years, lang: str = "ko") -> list[str]:
    """Years as a reader sees them: "2026", or "연도 미상" / "No year" where none is known."""
    return [i18n.t("no_year", lang) if year is None or pd.isna(year) else str(int(year)) for year in years]


def axis_scale(unit: str, max_value: float, lang: str = "ko") -> tuple[float, str]:
    """(divisor, axis unit) so a value axis reads in round units: CNY 1.7e11 → (1e8, "억 위안")."""
    if unit == "CNY":
        scales = _EN_SCALES if lang == "en" else _KO_SCALES
        for scale, word in scales:
            if abs(max_value) >= scale:
                return scale, f"CNY {word}" if lang == "en" else f"{word} 위안"
        return 1.0, i18n.unit_name(unit, lang)
    return 1.0, i18n.unit_name(unit, lang)


def whole_step(span: float, most: int = 8) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 … that cuts `span` into at most `most` steps."""
    step, factors = 1, (2, 2.5, 2)
    while span / step > most:
        step = int(step * factors[0])
        factors = factors[1:] + factors[:1]
    return step


def count_ticks(largest: float) -> dict:
    """A count axis in whole numbers (never 0.5건), evenly spaced."""
    return {"tick0": 0, "dtick": whole_step(largest), "tickformat": ",d"}


def money_ticks() -> dict:
    """A value axis already divided into 억/조 위안 (formatting.axis_scale): plain numbers, never
    plotly's SI suffixes ("50B")."""
    return {"tickformat": ",~r", "exponentformat": "none"}
