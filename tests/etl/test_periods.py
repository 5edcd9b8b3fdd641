"""Years and plan periods as the bulletins print them; expected values read off by hand."""

from __future__ import annotations

import pytest

from etl.periods import five_year_plan_time, format_period, plan_period, year_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (year, until, as_of) for every year in the text
        ("- '25년까지 첨단 로봇 제품 100개 육성", [(2025, True, False)]),
        ("‘30년까지 고급·정밀·첨단산업의 우수 기업기술센터", [(2030, True, False)]),
        ("´26년까지 인공지능 산업 선도 기업 20개", [(2026, True, False)]),
        ("2027년까지 과학기술형 기업 2,000개 달성", [(2027, True, False)]),
        ("'23년 말까지 국가 전략적 과학기술 선도 기업을 육성", [(2023, True, False)]),
        ("'23년 5월 기준, 세계 500대 기업의 투자프로젝트 247건", [(2023, False, True)]),
        ("'22년말 기준 신에너지산업 매출액은 628억 위안", [(2022, False, True)]),
        ("'20년 해당 산업 규모가 1,000억 위안", [(2020, False, False)]),
        ("2023 산업 인터넷 대회 개최", [(2023, False, False)]),
        # made up: two years on one line, the second a deadline
        ("'21년 발표한 계획은 '27년까지 200개 육성", [(2021, False, False), (2027, True, False)]),
        # a closing quote before a count is no year: "‘…혁신센터’ 10개"
        ("‘고급·정밀·첨단산업 혁신센터’ 10개, 테스트베드 서비스 플랫폼 30개", []),
        # table cells and amounts are no years
        ("연산력 규모 (EFLOPS)\t1200\t1500\t1800", []),
        ("총 2,025개 기업", []),
        # a short year glued to the acronym of the measure it dates; "'5G" is no year
        ("(’19GRDP 증가율) 가상시 2.1% 증가", [(2019, False, False)]),
        ("'5G 기지국 10만 개", []),
        # made up: a year right after an ellipsis or a full stop with no space (headlines join
        # their parts with "..."); a decimal's digits are still no year
        ("속도 낸다...2030년까지 녹색전력 비중 60%", [(2030, True, False)]),
        ("계획을 밝혔다.2028년까지 공장 50곳", [(2028, True, False)]),
        ("증가율 1.2030 배", []),
        # a period whose end year is printed short: "13차 5개년 규획(2016~20) 기간 동안"
        ("15차 5개년 규획(2026~30) 기간 동안", [(2026, False, False), (2030, False, False)]),
        ("2026-28년 3개년 계획", [(2026, False, False), (2028, False, False)]),
        # (not a range of amounts after a year: "2026년 10~20%")
        ("2026년 10~20% 증가", [(2026, False, False)]),
    ],
)
def test_year_mentions(text: str, expected: list[tuple[int, bool, bool]]) -> None:
    assert [(m.year, m.until, m.as_of) for m in year_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("베이징, '로봇산업 혁신 발전 행동계획(2023-2025)' 수립", (2023, 2025)),
        ("광저우, '난사(南沙)과학성 총체발전계획('22~'35)' 수립", (2022, 2035)),
        ("北京市机器人产业创新发展行动方案（2023—2025年）", (2023, 2025)),
        ("상하이 제조업 고품질 발전 3개년 계획(‘23~’25)", (2023, 2025)),
        ("《临港新片区…若干政策》2023-2028", (2023, 2028)),
        ("'산업 인터넷 중점 테스크포스팀' 2023년 업무계획 발표", (2023, 2023)),
        ("'14·5 로봇산업 발전계획(十四五機器人產業發展規劃)'", (2021, 2025)),
        ("十四五规划", (2021, 2025)),
        # made up
        ("허난성, '수소에너지 산업 행동방안(2024—2027年)' 발표", (2024, 2027)),
        ("'15·5 과학기술 계획'", (2026, 2030)),
        # older plans still quoted in news: the 12th (2011-2015) as "12차 5개년" or "12·5"
        ("제12차 5개년 규획 요강", (2011, 2015)),
        ("11·5 기간의 성과", (2006, 2010)),
        ("성장률은 12.5 수준", None),
        ("국가 '13.5'계획 중점 공정", (2016, 2020)),
        ("10.5계획 요강", (2001, 2005)),
        # the plans before the 10th, in the press of the 1990s: "8차5개년계획", "9·5 계획"; a one-digit
        # "N·5" is a plan only with its plan word ("8·5에 열린" may be a date)
        ("7차5개년계획 기간의 성과", (1986, 1990)),
        ("가상국 '9·5 계획' 초안", (1996, 2000)),
        ("8·5에 열린 회의", None),
        # a gloss in brackets before the closing quote; "N번째 5개년" ("“13.5(13번째 5개년 계획)”말에")
        ("“15.5(15번째 5개년 계획)”말까지", (2026, 2030)),
        ("14번째 5개년 계획 기간", (2021, 2025)),
        # a quoted short name between the year and the plan word; a work plan's "요점"
        ("윈난성, 2025년 '3815' 행동계획 발표", (2025, 2025)),
        ("'2024년 산업망 작업 요점' 발표", (2024, 2024)),
        # an action plan of one year, 行动方案 translated as 행동방안
        ("‘스마트 가상성 건설 2026년 행동방안’을 배포했다", (2026, 2026)),
        # the tildes the Korean press prints a span with: the mathematical ∼ and the full-width ～
        ("'12.5(2011∼2015년) 가상 시설 건설 규획'을 발표했다", (2011, 2015)),
        ("가상 행동계획(2026～2028년)", (2026, 2028)),
        ("가상 규획(2021∼25년)", (2021, 2025)),
        # no period: a month range, a date range, a plain sentence
        ("'23년 1~4월 기준, 생산액은 32.8% 증가", None),
        ("6.16~6.20 개최", None),
        ("중소기업 디지털 전환 시범사업 추진", None),
    ],
)
def test_plan_period(text: str, expected: tuple[int, int] | None) -> None:
    assert plan_period(text) == expected


@pytest.mark.parametrize(
    ("period", "expected"), [((2023, 2025), "2023-2025"), ((2023, 2023), "2023"), (None, None)]
)
def test_format_period(period: tuple[int, int] | None, expected: str | None) -> None:
    assert format_period(period) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14·5 시기에 연구개발비를 늘린다", 2025),
        ("12·5 기간 생산액 연평균 15% 증가", 2015),
        ("'14·5 디지털경제 발전계획' 발표", None),  # a title, not a time
        # "N.5" where the plan is unmistakable: quoted, or followed by its time or plan word
        ("'12.5'기간에 고속도로 3갈래를 완공한다", 2015),
        ("《13.5》시기 신규 일자리 목표를 제기했다", 2020),
        ("13.5기간, 자치구 산업 프로젝트는 총 2000개", 2020),
        ("10.5계획기간중 농지 500만 무를 개량한다", 2005),
        ("제10차 5개년 기간 동안 도로 2만km 건설", 2005),
        ("99년에 끝나는 9차5개년계획기간중 항만 5곳을 건설", 2000),
        ("생산액이 12.5% 증가했다", None),  # a bare 12.5 is a number
        ("13.5건의 사고", None),
        # the time a review starts from
        ("'13차 5개년(2016~2020년)' 기간부터 혁신 역량이 강해졌다", None),
    ],
)
def test_five_year_plan_time(text: str, expected: int | None) -> None:
    assert five_year_plan_time(text) == expected


def test_five_year_plan_time_without_the_plan_word() -> None:
    # a line that names the plan's time through the plan ("계획 기간") tells of it in passing
    assert five_year_plan_time("2015년 끝나는 12차 5개년 계획 기간 내에 규모를 2배로 키운다") == 2015
    assert (
        five_year_plan_time("2015년 끝나는 12차 5개년 계획 기간 내에 규모를 2배로", plan_word=False) is None
    )
    assert five_year_plan_time("'14·5' 시기 주요 목표", plan_word=False) == 2025


def test_the_year_work_is_to_be_finished_in_is_a_deadline():
    # "남수북조 사업은 최종적으로 2050년께 완료될 예정이다."
    (mention,) = year_mentions("가상 운하 사업은 최종적으로 2040년께 완료될 예정이다.")
    assert (mention.year, mention.until) == (2040, True)
    (mention,) = year_mentions("신공항은 2030년 완공할 계획이다.")
    assert (mention.year, mention.until) == (2030, True)
    # a year something was finished in is a past year, not a deadline word
    (mention,) = year_mentions("운하는 2011년 착공됐다.")
    assert mention.until is False


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("2015년 PM 2.5 농도보다 18% 이상 낮추기로 했다", True),  # that year's level, measured from
        ("2008년 당시 주경기장을 재활용해", True),  # that year's time, no date of what follows
        ("2025년 생산량은 작년보다 10% 늘어난다", False),  # the year of the figure; last year the base
        ("2030년 발전량을 지금보다 10배 늘린다", False),
        ("배출량이 2005년 수준의 65% 이상 감축", True),  # a share of that year's level
        ("배출량을 2020년 수준보다 20% 줄인다", True),
        ("2030년 수준의 목표를 세운다", False),  # the year's level, no share of it
        ("농도를 2013년도의 40% 선까지 낮춘다", True),  # a share of that year's own level
        ("농도를 2020년의 약 60%로 낮춘다", True),
        ("2030년의 목표 20%를 달성한다", False),  # the year's target, named before its figure
    ],
)
def test_a_year_whose_level_or_time_is_named_is_no_date_of_the_figure(text, base):
    (mention,) = year_mentions(text)
    assert mention.base is base
