"""etl.dates: whole dates in the spellings Korean bulletins and web pages print."""

from __future__ import annotations

from datetime import date

import pytest

from etl.dates import bracketed_dates, find_dates, first_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026. 1. 16", date(2026, 1, 16)),  # a colophon's spaced dots
        ("2026.1.16.", date(2026, 1, 16)),
        ("26.1.7", date(2026, 1, 7)),  # two-digit year: 2026
        ("2025-05-16", date(2025, 5, 16)),
        ("2025/5/16", date(2025, 5, 16)),
        ("2025년 5월 16일", date(2025, 5, 16)),
        ("2015년10월27일 07시12분", date(2015, 10, 27)),
        ("… 추진(25.12.19)", date(2025, 12, 19)),
        ("'25.12.19 발표", date(2025, 12, 19)),
        ("등록일2023.12.05", date(2023, 12, 5)),  # a label glued to the date
        ("작성일 25-03-10 14:31", date(2025, 3, 10)),  # a board's two-digit year with dashes
        ("2019-03-11 11:42:08 출처:cri", date(2019, 3, 11)),  # the time is no second date
        # the English form a Chinese site's Korean edition prints: "출처: 인민망 한국어판 19:03, July 31, 2015"
        ("출처: 가상망 한국어판 19:03, July 31, 2015", date(2015, 7, 31)),
        ("Sept. 3, 2020", date(2020, 9, 3)),
    ],
)
def test_each_spelling_reads_as_its_date(text, expected):
    assert first_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024. 13. 5",  # no 13th month
        "2025. 2. 30",  # no 30 February
        "3.12.5% 증가",  # a decimal, not a date
        "10.1.2.3",  # an address
        "연비 1.25 이하",
        "2025년 5월",  # no day: not a whole date
        "(6.28)",  # a month and day need a year from elsewhere
        "25-03.10",  # two separators: no date
        "Mayor 31, 2015",  # a word that begins like a month
    ],
)
def test_what_is_no_whole_date(text):
    assert find_dates(text) == []


def test_two_dates_in_order_with_their_places():
    text = "원문발표일 2025-03-05 / 등록일 2025-03-21"
    found = find_dates(text)
    assert [mention.day for mention in found] == [date(2025, 3, 5), date(2025, 3, 21)]
    assert text[found[1].start : found[1].end] == "2025-03-21"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("□ 과기부가 행동계획을 발표(25.12.19)", [date(2025, 12, 19)]),
        ("<참고자료> (25.12.19, 科技部) 关于…的通知", [date(2025, 12, 19)]),  # with its issuer
        ("（2025.3.5）", [date(2025, 3, 5)]),  # full-width brackets
        ("(6.28)", []),  # no year
        ("(2027년 12월 31일까지 완료)", []),  # a deadline in brackets is no dateline
    ],
)
def test_bracketed_dates_are_only_a_date_and_its_issuer(text, expected):
    assert bracketed_dates(text) == expected
