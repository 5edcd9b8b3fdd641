"""Values written the way a Korean (or English) reader writes them."""

from datetime import date

import pytest

from dashboard.components import provenance_line
from dashboard.formatting import axis_scale, format_value, ko_number, plain_number
from dashboard.i18n import unit_name


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "value_max", "expected"),
    [
        (1.8e12, "CNY", "=", None, "1.8조 위안"),
        (1.7e11, "CNY", "=", None, "1,700억 위안"),
        (5e7, "CNY", "~", None, "약 5,000만 위안"),
        (3500, "CNY", "=", None, "3,500 위안"),
        (300, "count", ">=", None, "300개 이상"),
        (25, "percent", ">=", None, "25% 이상"),
        (10, "percent", "<=", None, "10% 이하"),
        (300, "EFLOPS", "=", None, "300 EFLOPS"),
        (27916, "people", "=", None, "27,916명"),
        (421000, "people", "=", None, "42.1만명"),
        (3, "count", "=", 4, "3~4개"),
        (2.5, "GW", "=", None, "2.5 GW"),
        (500000, "t", ">=", None, "50만 톤 이상"),  # mass in the SI symbol reads as 톤
        (1.55e10, "HKD", "=", None, "155억 홍콩달러"),  # Hong Kong's dollars by their Korean name
        (10000, "MOP", "=", None, "10,000 파타카"),  # Macau's patacas likewise
        (90, "days", "=", None, "90일분"),  # days of a stock, written onto the number
        (3e8, "barrel", "=", None, "3억 배럴"),
        (1600, "steam_t", "=", None, "1,600 증기톤"),
    ],
)
def test_korean(value, unit, qualifier, value_max, expected):
    assert format_value(value, unit, qualifier, "ko", value_max) == expected


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "expected"),
    [
        (1.8e12, "CNY", "=", "CNY 1.8 trn"),
        (1.7e11, "CNY", "=", "CNY 170 bn"),
        (300, "count", ">=", "at least 300"),
        (25, "percent", "~", "about 25%"),
        (300, "EFLOPS", "=", "300 EFLOPS"),
        (1000, "people", "<=", "up to 1,000 people"),
        # every currency's code stands before the amount, Hong Kong's too (not "15.5 bn HKD")
        (1.55e10, "HKD", "=", "HKD 15.5 bn"),
        (10000, "MOP", "=", "MOP 10,000"),
        # a unit with an English word reads by it: barrels, not the code's "barrel"
        (3e8, "barrel", "=", "300 mn barrels"),
        (1600, "steam_t", "=", "1,600 t of steam/h"),  # boiler capacity (蒸吨)
        (4e9, "USD", ">=", "at least USD 4 bn"),
    ],
)
def test_english(value, unit, qualifier, expected):
    assert format_value(value, unit, qualifier, "en") == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(1700, "1,700"), (1.80, "1.8"), (0.125, "0.12"), (-0.001, "0"), (2, "2")]
)
def test_plain_number(value, expected):
    assert plain_number(value) == expected


def test_ko_number_uses_the_largest_korean_unit():
    assert [ko_number(v) for v in (1.2e12, 3.2e8, 42100, 999)] == ["1.2조", "3.2억", "4.21만", "999"]


@pytest.mark.parametrize(
    ("unit", "max_value", "lang", "expected"),
    [
        ("CNY", 1.7e11, "ko", (1e8, "억 위안")),
        ("CNY", 1.8e12, "ko", (1e12, "조 위안")),
        ("CNY", 1.7e11, "en", (1e9, "CNY bn")),
        ("count", 5000, "ko", (1.0, "개")),
        ("EFLOPS", 300, "en", (1.0, "EFLOPS")),
    ],
)
def test_axis_scale(unit, max_value, lang, expected):
    assert axis_scale(unit, max_value, lang) == expected


@pytest.mark.parametrize(
    ("unit", "lang", "expected"),
    [
        ("count_per_month", "ko", "개/월"),
        ("CNY_per_kW", "ko", "위안/kW"),
        ("m3_per_hour", "en", "m3/hour"),
        ("count_per_10k_people", "ko", "개/1만 명"),
        ("t_per_10k_CNY", "ko", "톤/1만 위안"),
        ("robots_per_10k_workers", "en", "robots per 10,000 workers"),
        ("EFLOPS", "ko", "EFLOPS"),  # shown as printed
        ("tonnes_per_fortnight", "ko", "tonnes_per_fortnight"),  # an unknown "per" part stays as it is
    ],
)
def test_rate_units_are_named(unit, lang, expected):
    assert unit_name(unit, lang) == expected


def test_a_rate_value_reads_with_its_unit():
    assert format_value(500_000, "count_per_month", ">=") == "50만 개/월 이상"


def test_urls_and_mail_addresses_in_bulletin_text_are_shown_as_code_not_links():
    from dashboard.components import escape_markdown

    text = "참고: https://www.gov.cn/zhengce/content_1.htm 및 www.most.gov.cn, 문의 a.b@most.cn"
    assert escape_markdown(text) == (
        "참고\\: `https://www.gov.cn/zhengce/content_1.htm` 및 `www.most.gov.cn`, 문의 `a.b@most.cn`"
    )


def test_bidi_controls_are_shown_not_obeyed():
    from dashboard.components import escape_markdown

    assert escape_markdown("파일 gnp\u202eexe.txt") == "파일 gnp⟨U\\+202E⟩exe\\.txt"


@pytest.mark.parametrize(
    ("source_kind", "lang", "expected"),
    [
        (
            "bulletin",
            "ko",
            "중국 과학기술 정책 주간동향 2025-04-22 · f.txt · 기사: 베이징, 로봇 행동계획 수립",
        ),
        ("article", "ko", "단일 기사 (웹) 2025-04-22 · f.txt · 기사: 베이징, 로봇 행동계획 수립"),
        ("article", "en", "Single article (web) 2025-04-22 · f.txt · Article: 베이징, 로봇 행동계획 수립"),
    ],
)
def test_provenance_names_what_kind_of_source_a_record_came_from(source_kind, lang, expected):
    record = {
        "issue_date": date(2025, 4, 22),
        "file_name": "f.txt",
        "article_title": "베이징, 로봇 행동계획 수립",
        "source_kind": source_kind,
    }
    assert provenance_line(record, None, lang) == expected


def test_a_bulletin_line_shows_its_emphasis_bold_and_everything_else_as_text():
    from dashboard.components import render_line

    line = "- 규모를 **1.8조 위안**으로 확대 <b>x</b> [링크](javascript:alert(1))"
    shown = render_line(line)
    assert "**1\\.8조 위안**" in shown  # bold, not literal asterisks
    assert "\\<b\\>" in shown and "<b>" not in shown
    assert "\\[링크\\]\\(javascript\\:alert\\(1\\)\\)" in shown


def test_a_lone_asterisk_pair_without_a_closing_one_stays_literal():
    from dashboard.components import render_line

    assert render_line("**열린 강조") == "\\*\\*열린 강조"


def test_the_marked_sentence_is_html_escaped_inside_its_block():
    from dashboard.components import highlight

    shown = highlight('목표 <img src=x onerror="alert(1)"> **100개** \u202e', number=7)
    assert shown.startswith('<div class="ptt-marked"') and shown.endswith("</div>")
    assert "<img" not in shown and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in shown
    assert "100개" in shown and "**" not in shown
    assert "⟨U+202E⟩" in shown and "\u202e" not in shown
    assert "<code>7</code> ▶" in shown


@pytest.mark.parametrize(
    ("years", "lang", "expected"),
    [
        ([2026.0, None, float("nan")], "ko", ["2026", "연도 미상", "연도 미상"]),
        ([2030, None], "en", ["2030", "No year"]),
    ],
)
def test_an_unknown_year_is_said_in_words_not_none(years, lang, expected):
    from dashboard.formatting import year_words

    assert year_words(years, lang) == expected
