"""Dates printed in a text, in the forms Korean bulletins and web pages use.

    2026. 1. 16 · 2026.1.16. · 2025-05-16 · 2025/5/16 · 2025년 5월 16일 · 2025년5월16일
    26.1.7 · (25.12.19) · '25.12.19 · 25-03-10 (a two-digit year is 20yy)
    July 31, 2015 · Jul. 31, 2015 (the English form of a Chinese site's Korean edition: "19:03, July 31, 2015")

Only whole dates (year, month and day) are read: a month and day alone ("(6.28)")
need a year from elsewhere (etl.parse.resolve_day). Impossible dates (2024. 13. 5)
are no dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# One pattern, three spellings; no digit or decimal point may touch a date on either side,
# so "3.12.5%" or an IP address never reads as one.
FULL_DATE = re.compile(
    r"(?<![\d.])(?:"
    r"(?P<year>(?:19|20)\d{2})\s*(?:"
    r"[.\-/]\s*(?P<month>\d{1,2})\s*[.\-/]\s*(?P<day>\d{1,2})(?!\d)(?!\.\d)"  # 2026. 1. 16, 2025-05-16
    r"|년\s*(?P<k_month>\d{1,2})\s*월\s*(?P<k_day>\d{1,2})\s*일"  # 2025년 5월 16일
    r")"
    r"|['’′]?(?P<short_year>\d{2})(?P<sep>[.\-/])(?P<short_month>\d{1,2})(?P=sep)(?P<short_day>\d{1,2})"
    r"(?!\d)(?!\.\d)"  # 25.12.19, 25-03-10
    r"|(?<![A-Za-z])(?P<e_month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])\.?\s+(?P<e_day>\d{1,2}),?\s+"
    r"(?P<e_year>(?:19|20)\d{2})(?!\d)"  # July 31, 2015
    r")"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# A date in brackets, maybe with the issuing body: "(25.12.19)", "(25.12.19, 科技部)", "（2025.3.5）"
BRACKETED_DATE = re.compile(r"[(（]\s*(?P<date>[^()（）,，]{6,16}?)\s*(?:[,，][^()（）]*)?[)）]")


@dataclass(frozen=True)
class DateMention:
    day: date
    start: int
    end: int


def find_dates(text: str) -> list[DateMention]:
    """Every whole date in the text, in order."""
    mentions = []
    for match in FULL_DATE.finditer(text):
        day = _date_of(match)
        if day is not None:
            mentions.append(DateMention(day, match.start(), match.end()))
    return mentions


def first_date(text: str) -> date | None:
    mentions = find_dates(text)
    return mentions[0].day if mentions else None


def bracketed_dates(text: str) -> list[date]:
    """The whole dates printed in brackets: how a lead line or a 참고자료 entry dates an announcement."""
    days = []
    for match in BRACKETED_DATE.finditer(text):
        inner = match.group("date")
        mentions = find_dates(inner)
        # the bracket holds the date and nothing else but its issuer after a comma
        if (
            len(mentions) == 1
            and not inner[: mentions[0].start].strip()
            and not inner[mentions[0].end :].strip(" .")
        ):
            days.append(mentions[0].day)
    return days


def _date_of(match: re.Match) -> date | None:
    if match.group("short_year"):
        year = 2000 + int(match.group("short_year"))
        month, day = match.group("short_month"), match.group("short_day")
    elif match.group("e_month"):
        year, month, day = (
            int(match.group("e_year")),
            _MONTHS.index(match.group("e_month")[:3]) + 1,
            match.group("e_day"),
        )
    else:
        year = int(match.group("year"))
        month = match.group("month") or match.group("k_month")
        day = match.group("day") or match.group("k_day")
    try:
        return date(year, int(month), int(day))
    except ValueError:
        return None
