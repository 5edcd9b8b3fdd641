"""Targets as Korean news prose words them: several sentences to a paragraph, a year's goals
set in a work report, levels allotted in the past tense, a speaker's pledge, support handed out.
Every sentence here is made up; each states a pattern met in real web text (SOURCES.md)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract import extract_bulletin, reports_fact
from etl.model import Commitment
from etl.parse import parse_text

ISSUED = date(2025, 3, 5)


def records_of(body: str, headline: str = "가상성, 산업 육성 방안 발표") -> list[Commitment]:
    return records_of_page(f"{headline}\n2025-03-05\n{body}\n")


def records_of_page(text: str) -> list[Commitment]:
    """The records of a whole page: its headline, its own date line and its body."""
    return extract_bulletin(parse_text(text, file_name="news.txt", sha256="0" * 64, default_date=ISSUED))


def news(body: str, headline: str = "가상성, 산업 육성 방안 발표") -> dict[str, tuple]:
    """The records of a one-article news page: value_text → (kind, target_year, qualifier)."""
    return {r.value_text: (r.kind, r.target_year, r.qualifier) for r in records_of(body, headline)}


def test_a_deadline_carries_to_the_next_sentences_of_its_paragraph():
    records = news(
        "가상성은 2027년까지 로봇 기업 80개를 육성할 계획이다. 전문 단지도 6곳 조성된다. "
        "단위 생산액당 에너지 소비는 12% 감소되고, 폐기물 재활용률은 60%로 높아진다."
    )
    assert records["6곳"][:2] == ("target", 2027)
    assert records["12%"][:2] == ("target", 2027)
    assert records["60%"][:2] == ("target", 2027)


def test_a_plan_for_a_year_dates_the_figures_of_the_next_sentences():
    # "2027년을 위한 … 계획": what is planned for a year is due in it, as a deadline is
    records = news(
        "국가발전개혁위원회는 2027년을 위한 조기 투자 계획도 발표했다. "
        "여기에는 중앙 재정에서 약 1,800억 위안이 투입되는 대형 건설 사업이 포함되어 있다."
    )
    assert records["1,800억 위안"][1] == 2027
    # a year a figure was measured in is no year planned for
    records = news("가상성은 2024년 투자 실적을 발표했다. 여기에는 중앙 재정 1,200억 위안이 포함됐다.")
    assert records.get("1,200억 위안", ("actual",))[0] == "actual"


def test_a_past_fact_after_a_deadline_sentence_stays_a_fact():
    records = news(
        "가상성은 2027년까지 로봇 기업 80개를 육성할 계획이다. 지난해 로봇 기업은 52개를 기록했다."
    )
    assert records["80개"][:2] == ("target", 2027)
    assert records["52개"][0] == "actual"  # kept as the target's baseline, never as a target


def test_a_past_year_in_an_earlier_sentence_dates_nothing():
    records = news("가상성의 2023년 로봇 생산액은 90억 위안이었다. 성은 전문 단지 6곳을 조성할 계획이다.")
    assert records["6곳"] == ("target", None, "=")


def test_a_title_of_this_years_goals_dates_the_articles_figures():
    records = news(
        "- 도시 신규 일자리 110만 개 이상 창출\n- 주민 소득 증가율은 경제 성장률과 같은 수준으로 유지",
        headline="가상성 정부 업무보고, 올해 성장률 목표 6% 안팎 제시",
    )
    assert records["110만 개"] == ("target", 2025, ">=")


def test_this_years_goals_in_one_sentence_date_the_next_one():
    records = news("가상성은 올해 성장률 목표를 6% 안팎으로 제시했다. 물가 상승률 목표는 2% 안팎으로 잡았다.")
    assert records["6%"] == ("target", 2025, "~")
    assert records["2%"] == ("target", 2025, "~")


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        ("올해 재정적자율은 GDP 대비 3.5% 안팎으로 책정했으며 지출을 늘릴 방침이다.", "3.5%"),
        ("올해 과학기술 예산은 4200억 위안으로 편성됐다.", "4200억 위안"),
        ("가상성은 지방채 발행 한도를 1500억 위안으로 배정했다.", "1500억 위안"),
    ],
)
def test_a_level_allotted_is_a_target_in_any_tense(body, value_text):
    assert news(body)[value_text][0] in ("target", "funding")


def test_an_allotment_of_a_past_year_is_a_fact():
    assert "3800억 위안" not in news("2023년 과학기술 예산은 3800억 위안으로 편성됐다.")


def test_a_decision_with_any_verb_before_giro_plans():
    # "…만들기로 했다", "…늘리기로 했다": a decision reported in the past tense
    records = news("가상성은 신규 일자리를 15만 개 이상 만들기로 했다. 연구비는 8% 늘리기로 결정했다.")
    assert records["15만 개"][0] == "target"
    assert records["8%"][0] == "target"


def test_a_speakers_pledge_in_the_volitional_future():
    records = news("가상성 공업정보화청 청장은 관련 산업을 3000억 위안 이상 규모로 키우겠다고 밝혔다.")
    assert records["3000억 위안"][0] == "target"


def test_support_handed_out_now_is_funding_and_handed_out_before_is_not():
    records = news("신청 기업에는 최대 300만 위안의 연산력 바우처를 제공한다.")
    assert records["300만 위안"][0] == "funding"
    assert "200만 위안" not in news("지난해 신청 기업에 200만 위안의 바우처를 제공했다.")


def test_a_measure_named_in_brackets_sets_its_bare_number():
    records = news("가상성은 2026년까지 데이터센터 평균 전력효율지수(PUE)는 1.2 이하로 낮출 계획이다.")
    assert records["1.2"] == ("target", 2026, "<=")


def test_the_sides_a_plan_works_from_are_no_target():
    records = news(
        "가상성 방안은 기술 육성, 생태계 구축 등 4개 방면에서 추진된다. 기업 30개를 육성할 계획이다."
    )
    assert "4개" not in records
    assert "30개" in records


def test_a_label_value_row_restating_a_sentence_is_one_record_and_another_row_stays():
    records = records_of(
        "가상성은 올해 세수 수입을 3% 이상 늘리기로 했다.\n"
        "| 항목 | 목표치 | 비고 |\n| 세수 수입 증가율 | 3% 이상 | 재정 확충 |\n| 수출 증가율 | 3% 이상 | 교역 확대 |"
    )
    targets = sorted((r.line, r.value_text) for r in records if r.kind != "actual")
    assert targets == [(3, "3%"), (6, "3%")]  # the sentence, and the export row it does not word


def test_a_figure_quoted_for_emphasis_is_a_target_and_a_quoted_size_names_a_cluster():
    records = news(
        "가상성은 첨단산업 비중을 '15%' 이상으로 늘리겠다고 밝혔다. 성은 '5000억 위안' 클러스터를 조성한다."
    )
    assert records["15%"][0] == "target"
    assert records["15%"][2] == ">="
    assert "5000억 위안" not in records


def test_today_as_a_comparison_base_dates_nothing():
    records = news("가상성은 2027년까지 연산력을 현재보다 40% 이상 높일 것이라고 밝혔다.")
    assert records["40%"] == ("target", 2027, ">=")


def test_a_purpose_clause_plans():
    records = news("가상성은 신재생에너지 비중을 25% 이상에 달하도록 규정했다.")
    assert records["25%"][0] == "target"


def test_a_work_report_in_the_lead_dates_its_targets_and_its_review_stays_facts():
    body = (
        "성장이 5일 성 인민대표대회에서 정부업무보고를 했다. 주요 내용은 다음과 같다:\n"
        "1. 지난해 업무 회고\n• 신에너지차 생산량 90만 대 돌파\n"
        "2. 올해 주요 목표\n• 신규 일자리 70만 개 이상 창출"
    )
    records = news(body, headline="가상성 성장, 정부업무보고 발표")
    assert records["70만 개"] == ("target", 2025, ">=")
    assert records.get("90만 대", ("actual",))[0] == "actual"


def test_a_comparison_in_brackets_reports_no_fact_of_the_amount():
    records = news(
        "• 지방정부 특별채권 2조 위안 발행(전년 대비 3000억 위안 증가) 예정",
        headline="가상성, 올해 재정 운용 계획",
    )
    assert records["2조 위안"][0] in ("target", "funding")


def test_a_yearly_guidance_named_in_the_lead_dates_the_article():
    body = "가상성 에너지국은 ‘2025년도 에너지 작업 지도의견’을 발표했다.\n신규 발전 설비 설치량을 1억 kW 이상으로 늘린다."
    assert news(body, headline="가상성, 신규 발전 설비 확대")["1억 kW"] == ("target", 2025, ">=")


def test_the_base_of_a_slash_rate_and_a_definition_give_no_record():
    records = news(
        "가상성은 승용차 전력 소모량을 12kWh/100km로 낮출 계획이다. 6G는 5G보다 10배 빠른 통신 기술을 말한다."
    )
    assert "100km" not in records
    assert "10배" not in records


def test_a_reporters_byline_under_the_text_is_no_title():
    text = (
        "[가상일보 3월 2일 5면]향후 3년 안에 가상시는 총 40억 위안을 투입하여 창업 기업을 지원할 계획이다.\n"
        "가상시 시장은 창업 기업 수가 5000곳을 넘을 것이라고 밝혔다.\n"
        "홍길동 기자\n"
    )
    bulletin = parse_text(text, file_name="news.txt", sha256="0" * 64, default_date=ISSUED)
    assert bulletin.articles[0].headline == ""
    assert "40억 위안" in {r.value_text for r in extract_bulletin(bulletin)}


def test_a_plans_sentence_in_the_present_under_its_deadline_is_a_target_and_in_the_past_a_fact():
    lead = "가상성은 2027년까지 항만 물류 강성을 건설한다.\n"
    present = news(lead + "- 성내 항구의 대형 선석이 150개에 달하고 물동량이 5억 톤을 초과한다.")
    past = news(lead + "- 성내 항구의 대형 선석이 120개에 달했다.")
    assert present["150개"][:2] == ("target", 2027)
    assert past.get("120개", ("actual",))[0] == "actual"


def test_an_estimate_is_a_forecast_and_a_budget_reported_from_a_meeting_is_a_plan():
    records = news(
        "업계 추산에 따르면 2030년이면 생산액이 3조 위안에 달할 것으로 추산된다. "
        "회의에 따르면 중앙재정예산을 올해 200억 위안 편성한다."
    )
    assert "3조 위안" not in records
    assert records["200억 위안"][0] in ("target", "funding")


def test_the_content_of_a_plan_in_the_present_plans():
    lead = "가상시는 2027년까지 신흥산업을 키운다.\n"
    present = news(lead + "- 주요 기업을 40개 이상까지 늘린다는 내용도 규획에 포함됐다.")
    assert present["40개"] == ("target", 2027, ">=")


def test_a_link_between_china_and_another_region_is_no_foreign_plan():
    records = news("가상성은 2027년까지 중국-유럽 화물열차 운행 편수를 800편 이상으로 늘릴 계획이다.")
    assert records["800편"] == ("target", 2027, ">=")


def test_ten_thousand_eok_is_one_jo_and_teu_is_a_unit():
    records = news(
        "가상성은 2026년까지 무역 규모 1만억 위안을 돌파하고 컨테이너 물동량 900만 TEU를 초과할 계획이다."
    )
    assert records["1만억 위안"][:2] == ("target", 2026)
    assert records["900만 TEU"][:2] == ("target", 2026)
    assert [r.value for r in records_of("가상성은 2026년까지 무역 규모 1만억 위안을 돌파할 계획이다.")] == [
        1e12
    ]


def test_a_statistic_reported_under_a_deadline_is_a_fact_and_a_reporters_guess_no_target():
    lead = "가상시는 2027년까지 제조 강시를 건설한다.\n"
    records = news(lead + "- 지난 분기 공업 부가가치는 7.2% 증가한 것으로 나타났다.")
    assert records.get("7.2%", ("actual",))[0] == "actual"
    assert "6.8%" not in news("가상권의 전국 비중이 6.1%에서 6.8% 이상으로 늘어날 것으로 보인다.")


def test_an_opinion_is_a_plan_and_this_cites_the_one_just_named():
    body = (
        "가상시 인민정부는 최근 '체육산업 발전 실시의견'을 발표했다.\n"
        "이에 따르면 2026년까지 가상시의 체육산업 규모는 900억 위안을 돌파할 전망이다."
    )
    assert news(body, headline="가상시, 체육산업 키운다")["900억 위안"][:2] == ("target", 2026)


def test_a_forecast_someone_makes_is_no_plan_figure_under_a_plan_headline():
    body = "- 모건 증권사 분석가는 '35년 세계 로봇 시장 규모를 900억 달러로 예측"
    assert "900억 달러" not in news(body, headline="가상부, '로봇 혁신 발전 지도의견' 발표")
    body = "- 가상은행은 '35년 세계 로봇 시장 규모를 800억 달러로 예측"
    assert "800억 달러" not in news(body, headline="가상부, '로봇 혁신 발전 지도의견' 발표")


def test_concentrations_and_a_target_value_set_by_a_verb_of_setting():
    records = news(
        "가상시는 2027년까지 PM2.5를 45㎍/㎥로 떨어뜨린다.\n"
        "가상시는 물가 상승률을 3% 수준으로 억제하고 소득은 6% 늘리는 목표치도 제시했다."
    )
    assert records["45㎍/㎥"][:2] == ("target", 2027)
    assert records["6%"][0] == "target"


def test_a_citys_own_sentence_beats_an_outlets_name_in_the_headline():
    # (the subject must be a place the gazetteer knows: 난닝시, Guangxi)
    body = "한편, 난닝시는 2025년까지 3개 이상의 상장 체육업체를 육성하는 것을 목표로 한다."
    records = news(body, headline="가상무역협회, 중국 난닝시 체육산업 육성")
    assert records["3개"][:2] == ("target", 2025)


def test_national_before_a_noun_is_no_count_of_countries():
    records = news(
        "가상부는 2026년까지 50곳 이상의 국가문화 시범기지를 세우고 기업 90개를 육성하겠다고 밝혔다."
    )
    assert records["50곳"] == ("target", 2026, ">=")


def test_places_listed_as_the_subject_share_one_figure_and_a_list_before_deung_does_not():
    records = records_of("베이징시, 톈진시, 허베이성이 올해 경제 성장률 목표치를 5% 이상으로 제시했다.")
    assert sorted((r.region, r.value_text) for r in records) == [
        ("Beijing", "5%"),
        ("Hebei", "5%"),
        ("Tianjin", "5%"),
    ]
    listed = records_of(
        "가상국은 2026년까지 청두, 시안, 허페이 등 5개 도시에 데이터 기지 20곳을 세울 계획이다."
    )
    assert [r.value_text for r in listed].count("20곳") == 1


def test_the_province_the_lead_keeps_naming_is_the_articles_place():
    body = (
        "지난해 광시의 지역총생산은 2조 6천억 위안에 달했다.\n"
        "광시 주석은 광시 경제가 안정적으로 성장했다고 밝혔다.\n"
        "올해 목표에 따르면 투자는 8% 늘릴 예정이다."
    )
    records = records_of(body, headline="5년 평균 성장률 6%…올해 목표 제시")
    assert [r.region for r in records if r.value_text == "8%"] == ["Guangxi"]


def test_a_national_body_beside_a_province_keeps_the_article_national():
    body = "국무원은 광시, 광시의 사례를 들어 설명했다.\n올해 투자는 8% 늘릴 예정이다."
    records = records_of(body, headline="5년 평균 성장률 6%…올해 목표 제시")
    assert [r.region for r in records if r.value_text == "8%"] == ["National"]


def test_a_line_a_level_is_held_to_and_more_area_units():
    from etl.numbers import find_quantities

    assert [(q.text, q.qualifier) for q in find_quantities("실업률은 4%선 이내로")] == [("4%", "<=")]
    assert [(q.value, q.unit) for q in find_quantities("재배면적 8,000만㏊ 유지")] == [(80_000_000, "ha")]
    assert [q.unit for q in find_quantities("농도 30µg/㎥ 이하")] == ["ug_per_m3"]


def test_a_subject_cut_inside_a_won_conversion_keeps_only_its_noun():
    records = records_of(
        "가상시는 2027년까지 각각 5천억 위안(약 100조 원)급 소비 상권 4개를 형성할 계획이다."
    )
    assert [r.subject_ko for r in records if r.value_text == "4개"] == ["소비 상권"]


def test_a_glued_adnominal_copula_stands_between_a_figure_and_its_noun():
    for copula in ("인", "되는"):
        records = records_of(f"가상주는 보호방안을 제정해 2.4만헥타르{copula} 영구 농지보호구를 확정한다.")
        assert [r.subject_ko for r in records] == ["영구 농지보호구"]


def test_a_quoted_figure_with_its_verbs_noun_is_the_pledge():
    # the quote holds the figure and its verb's noun: the pledge itself, not a programme's name
    records = news("초안에는 15차 5개년 계획 기간 성장 목표를 '약 6% 달성'하겠다는 의지가 담겼다.")
    assert records["6%"][:2] == ("target", 2030)
    # a name keeps its number out: "'스마트 공장 300개' 프로젝트"
    assert "300개" not in news("가상성은 '스마트 공장 300개' 프로젝트를 2027년까지 추진한다.")


def test_a_past_time_named_with_dangsi_dates_a_figure_of_then():
    records = news(
        "가상시는 2030년까지 1인당 노동생산성을 45만 위안으로 높인다. "
        "노동생산성은 12차 5개년 계획 당시에는 18만 위안, 13차 5개년 계획 기간 중에는 26만 위안이었다."
    )
    assert records["45만 위안"][:2] == ("target", 2030)
    assert records["18만 위안"][0] == "actual"


def test_a_level_proposed_in_the_past_tense_under_a_plans_deadline_is_the_plans():
    body = (
        "가상시 인민대표대회는 15차 5개년 계획 초안을 공개했다.\n"
        "2030년까지 연평균 성장률은 5% 안팎을 유지한다.\n"
        "가상시는 또 1인당 48만 위안 이상의 노동생산성도 제시했다."
    )
    assert news(body)["48만 위안"][:2] == ("target", 2030)
    # a level raised in the past is what was done
    assert news(body.replace("노동생산성도 제시했다", "노동생산성을 달성했다")).get("48만 위안", ("actual",))[
        0
    ] == ("actual")


def test_targets_listed_after_the_sentence_that_announced_them_are_targets():
    body = (
        "올해 주요 지표 목표치는 대체로 시장 예상과 비슷한 수준으로 공개되었다. "
        "성장률 4.5% 안팎, 적자율 3.5%, 특별채권 4.2조 위안 등 예상했던 대로 놀라움은 없었다."
    )
    records = news(body, headline="가상국 정부업무보고 세 가지 키워드")
    assert {k: v[:2] for k, v in records.items()} == {
        "4.5%": ("target", 2025),
        "3.5%": ("target", 2025),
        "4.2조 위안": ("target", 2025),
    }
    # a list of last year's results after such a sentence stays a list of facts
    records = news(body.replace("등 예상했던 대로 놀라움은 없었다", "등을 지난해 기록했다"))
    assert all(v[0] != "target" for v in records.values())


def test_a_level_that_ranks_first_is_a_description():
    # "…로 세계 최대이나": the rank a level gives; nor is 개발도상국 a development to plan
    records = news(
        "한편 가상국의 풍력자원 보유량은 3억 2,000만kw로 세계 최대이나 이용률은 12%로 "
        "인도 등 개발도상국보다도 낮다."
    )
    assert all(v[0] != "target" for v in records.values())
    # a rank to reach stays a plan
    assert news("가상성은 2027년까지 풍력 설비를 5,000만kw로 늘려 전국 1위를 차지할 계획이다.")["5,000만kw"][
        0
    ] == ("target")


def test_a_change_from_a_level_in_a_latin_unit_starts_from_a_fact():
    records = news("- 2027년 풍력 설비용량은 지난해 6,500만kw에서 8,000만 kw로 증가")
    assert records["8,000만 kw"][:2] == ("target", 2027)
    assert records.get("6,500만kw", ("actual",))[0] == "actual"


def test_money_a_company_received_is_paid_not_pledged():
    records = news(
        "발개위는 3억 위안 규모의 장려금으로 기업을 지원하겠다고 밝혔다. "
        "그 중 가상전자와 가상통신은 각각 5000만 위안이 넘는 장려금을 받았다."
    )
    assert records["3억 위안"][0] in ("target", "funding")
    assert records.get("5000만 위안", ("actual",))[0] == "actual"


def test_what_a_figure_equals_is_a_gloss():
    records = news(
        "가상성 해상 풍력 단지는 연간 5억 kWh 이상의 전력을 생산하고 있다. "
        "이는 30만 톤의 석탄 소비를 줄이고 80만 톤의 이산화탄소 배출을 감축하는 효과와 같다."
    )
    assert all(v[0] != "target" for v in records.values())


def test_the_bodies_a_body_is_made_of_are_no_target():
    records = news(
        "가상성은 2027년까지 AI 전문교사 300명을 양성한다. 교육청은 12개 대학과 3개 연구기관, "
        "4개 출판사로 구성된 'AI 교육 연맹'을 지난해 마련했다."
    )
    assert {k: v[0] for k, v in records.items()} == {"300명": "target"}


def test_what_a_planned_project_is_expected_to_cost_is_the_plans_budget():
    body = (
        "가상주는 '국경 통로 건설 계획요강'에 따라 국경 도로 세 갈래를 완공할 계획이다.\n"
        "첫 갈래는 가상시에서 국경에 이르는 구간으로, 총 길이는 42㎞이며 25억위엔이 투입될 것으로 예상되고 있다.\n"
        "둘째 갈래는 길이가 36㎞이고 19억위엔 투자가 예상되고 있다."
    )
    records = news(body, headline="가상주, 국경 도로 건설 본격화")
    assert records["25억위엔"][0] in ("target", "funding")
    assert records["19억위엔"][0] in ("target", "funding")
    # an analyst's estimate of the money stays a forecast
    records = news(
        body.replace("19억위엔 투자가", "업계는 19억위엔 투자가"), headline="가상주, 국경 도로 건설 본격화"
    )
    assert "19억위엔" not in records


def test_figures_of_a_list_share_the_target_after_the_last():
    records = news(
        "올해 가상주의 투자유치 목표 중 외자는 2억달러, 내자는 80억위엔으로 "
        "각각 동기 대비 12.5%, 30% 성장을 목표로 하고 있다."
    )
    assert records["12.5%"][:2] == ("target", 2025)
    assert records["30%"][:2] == ("target", 2025)
    assert records["80억위엔"][:2] == ("target", 2025)
    # the same list reported as done stays a fact
    records = news("가상주의 외자와 내자 유치액은 지난해 동기 대비 각각 12.5%, 30% 증가했다.")
    assert all(v[0] != "target" for v in records.values())


def test_the_gist_of_a_plan_is_planned_whatever_was_done_since():
    records = news(
        "'백인 계획'인 이 사업은 향후 5년간 해외 석학 300명을 영입한다는 것이 골자로 "
        "최근 첫 20명이 선발돼 연구를 시작했다."
    )
    assert records["300명"][0] == "target"
    assert records.get("20명", ("actual",))[0] == "actual"


def test_a_work_reports_glosses_of_its_target_are_no_targets():
    body = (
        "가상국이 올해 재정적자 목표를 GDP의 3.4% 이상으로 확대하기로 했다.\n"
        "총리는 14기 전국인민대표회의(전인대) 개막식에서 업무보고를 통해 이같이 밝혔다. "
        "이는 지난해 2.9%에서 0.5%포인트 높아진 수준이다. "
        "3%는 재정적자율의 마지노선으로, 개혁·개방 이후 이를 넘긴 적은 한 번도 없다."
    )
    records = news(body, headline="[양회]가상국 올해 재정적자 목표치 'GDP의 3.4% 이상'으로 확대")
    assert {k: v[0] for k, v in records.items() if v[0] != "actual"} == {"3.4%": "target"}


def test_a_national_laboratorys_plan_is_the_states():
    records = news(
        "200여명의 연구 인력이 상주하게 될 가상국가실험실에는 향후 8억 위안이 추가 투입된다.",
        headline="가상시에 국가 해양실험실 개소",
    )
    assert records["8억 위안"][0] in ("target", "funding")
    # a company's or university's laboratory stays its own
    assert "8억 위안" not in news(
        "가상대학 실험실은 향후 8억 위안을 추가 투입한다.", headline="가상대학 실험실 확장"
    )


def test_key_projects_are_works_to_carry_out_and_key_tasks_a_plans_parts():
    records = news('가상시장은 "올해 가상시는 150개 중점 프로젝트를 추진할 것"이라고 밝혔다.')
    assert records["150개"][0] == "target"
    assert "12개" not in news("가상시는 계획에서 12개 중점 과제를 추진한다.")


def test_what_will_stand_on_an_area_is_planned():
    records = news("가상자유무역구는 가상신구 일부를 포괄해 98.5㎢의 면적에 들어선다.")
    assert records["98.5㎢"][0] == "target"
    assert "45만㎡" not in news("가상시의 물류단지는 2019년 45만㎡ 부지에 들어섰다.")


def test_the_breakdown_of_a_planned_figure_is_planned():
    records = news(
        "가상성은 올해 낡은 주택 30만가구를 개조할 계획인데 그중 시 본급 주택이 22만 4,000가구이고 "
        "현의 주택이 7만 6,000가구이다."
    )
    assert {k: v[:2] for k, v in records.items()} == {
        "30만가구": ("target", 2025),
        "22만 4,000가구": ("target", 2025),
        "7만 6,000가구": ("target", 2025),
    }
    # the breakdown of a figure reached stays a fact
    records = news("가상성은 지난해 낡은 주택 30만가구를 개조했는데 그중 시 주택이 22만 4,000가구이다.")
    assert all(v[0] != "target" for v in records.values())


def test_the_years_goals_date_the_list_of_them_on_the_next_line():
    body = (
        "가상신구에 외자 유입이 크게 늘고 있는 것으로 전해졌다.\n"
        '구청장은 "2025년 가상신구 경제발전의 주요 예상목표는 지역 총생산이 6% 이상 성장하는 것"이라고 발표했다.\n'
        "발표 내용인 즉, ▲재정 수입은 3000억 위안을 돌파하고 ▲수출입 총액은 1조 5000억 위안을 돌파하기 위해 노력한다."
    )
    records = news(body, headline="가상신구, 인민대표대회 개막")
    assert records["3000억 위안"][:2] == ("target", 2025)
    assert records["1조 5000억 위안"][:2] == ("target", 2025)


def test_this_years_work_named_before_a_sentence_that_plans_dates_it():
    records = news(
        "회의에서는 올해 새로 착공되는 임대주택 과업의 유형별 비중을 발표했다. "
        "신축 주택 가운데 7만채가 공개 임대에 배치될 예정이다. 그중 공공임대주택이 4만채에 달하고 "
        "가격제한주택 3만채가 새로 건설된다."
    )
    assert records["7만채"][:2] == ("target", 2025)
    assert records["4만채"][0] == "target"  # a part of what the sentence before plans


def test_a_rate_now_that_a_plan_raises_is_its_starting_level():
    records = news(
        "가상국은 2027년까지 주민 1만 명당 2명인 보건소 약사 수를 1만 명당 3-4명, "
        "간호사 수를 1만 명당 5.2명으로까지 늘릴 것을 목표로 삼았다."
    )
    assert records["3-4명"][:2] == ("target", 2027)
    assert records.get("2명", ("actual",))[0] == "actual"


def test_another_countrys_plan_stays_its_own_when_china_is_only_named_in_passing():
    body = (
        "가상국은 2030년까지 유학생 수를 40만명으로 늘리겠다는 목표를 잡았다.\n"
        "한편 미국은 중국어에 능통한 인재 5만명 양성을 목표로 한 재단을 만들었다."
    )
    records = news(body, headline="중국, 외국인 유학생 유치 확대")
    assert "5만명" not in records
    # "우리나라는" (China, in the Korean-language press of China) planning for a Chinese province
    records = news("우리나라는 칭하이성의 초원에 매년 보조금 30억원을 배치할 예정이다.")
    assert "30억원" in records


def test_a_span_of_years_after_the_figures_dates_them():
    records = news(
        "가상국 철도부는 두 도시 사이 180km 구간을 95억위안의 예산을 들여 3년 안에 완공할 계획이다."
    )
    assert records["180km"][:2] == ("target", 2028)
    # "앞으로 N년에 걸쳐": a window whose first year is the announcement's (2025 → 2029)
    records = news("가상국은 앞으로 5년에 걸쳐 변경 지역에 200억 달러를 쏟아 부을 것이라고 밝혔다.")
    assert records["200억 달러"][1] == 2029
    # a grant paid over three years names no deadline
    records = news("가상시는 신규 연구기관에 3년간 연 300만 위안의 운영 경비를 보조한다.")
    assert records["300만 위안"][1] is None


def test_a_figure_in_a_places_bracket_is_that_places_and_the_band_groups_them():
    body = (
        "◦ 각 지방 양회에서는 올해 소매판매 증가율 목표치가 제시됐음.\n"
        "- 8% 이상 증가율을 목표로 제시한 지역은 △ 구이저우(贵州, 11%) △ 산시(山西, 9%) △ 산시(陕西, 8.5%) 등임."
    )
    records = records_of(body, headline="각 성, 올해 소비 목표 제시")
    assert sorted((r.value_text, r.region) for r in records) == [
        ("11%", "Guizhou"),
        ("8.5%", "Shaanxi"),
        ("9%", "Shanxi"),
    ]


def test_an_industry_societys_vision_is_its_own():
    records = news(
        "가상차백인회의 홍길동 상무부비서장은 포럼에서 “우리의 비전 목표는 2050년까지 수소차 보유량을 "
        "2,000만대로 하는 것”이라며 “2050년 중국은 수소 사회에 진입할 것”이라고 밝혔다.",
        headline="2050년 中 수소차 2,000만대 목표",
    )
    assert "2,000만대" not in records
    # the vice-minister of commerce (상무부부장) is the ministry's
    records = news(
        "상무부부장은 “2027년까지 수출 기업 500곳을 육성할 것”이라고 밝혔다.",
        headline="상무부, 수출 기업 육성",
    )
    assert records["500곳"][0] == "target"


def test_a_level_stated_with_a_copula_in_an_outlook_is_the_outlook():
    records = news(
        "이를 통해 2030년이면 가상국의 풍력 누적 설치 용량은 900GW이며, 2035년까지의 누적 설치 용량은 "
        "1500GW 이상일 것이라고 관측했다.",
        headline="가상 풍력에너지 대회 개막",
    )
    assert all(v[0] != "target" for v in records.values())


def test_the_planned_investment_of_listed_works_is_planned():
    records = news(
        "올해 중점적으로 추진할 기초시설대상은 올해 계획투자가 30억원에 달하는 가상철도, "
        "총투자가 2.5억원에 달하는 가상다리 등이다."
    )
    assert records["30억원"][0] in ("target", "funding")
    assert records["2.5억원"][0] in ("target", "funding")
    # the same figures told as spent stay facts
    records = news("지난해 완공된 기초시설대상의 총투자는 2.5억원에 달했다.")
    assert all(v[0] != "target" for v in records.values())


def test_the_provinces_own_two_sessions_set_this_years_targets():
    body = (
        "전국 양회에 앞서 열린 각 지방 양회에서 민생이 주요 의제로 다뤄졌다고 보도했다.\n"
        "허난성은 취약계층 노인 5만 가구의 주택을 개조하기로 했고, 저장성은 요양보호사 4000명을 배출하기로 했다."
    )
    records = news(body, headline="가상국 지방정부, 민생 목표 잇따라 제시")
    assert records["5만 가구"][:2] == ("target", 2025)
    assert records["4000명"][:2] == ("target", 2025)


def test_a_plan_cited_with_its_period_in_its_title_is_the_source():
    records = news(
        '"가상시 도서관 발전 3년 행동방안(2025-2027)"에 따르면 공공도서관과 민간도서관이 40개 이상에 '
        "달하게 할 전망입니다.",
        headline="가상시, 도서관 확충",
    )
    assert records["40개"][0] == "target"


def test_vouchers_are_handed_out_in_the_year_they_are_announced():
    records = news(
        "가상시는 최근 2억4000만 위안의 전자 소비 바우처를 발행하겠다고 밝혔다. "
        "가상시는 또 신에너지차를 사는 주민에게 1인당 1만 위안의 보조금을 지급한다.",
        headline="가상시, 소비 진작책 발표",
    )
    assert records["2억4000만 위안"][1] == 2025
    assert records["1만 위안"][1] is None  # standing support names no year
    # a standing scheme of vouchers for firms names none either
    records = news("가상성은 연산력 바우처 제도를 도입해 기업당 연간 최대 800만 위안을 지원한다.")
    assert records["800만 위안"][1] is None


def test_a_deadline_a_later_line_sets_for_the_works_described_dates_them():
    body = (
        "가상주는 향후 국경 도로 두 갈래를 건설할 계획이다.\n"
        "첫 갈래는 가상시에서 국경에 이르는 고속도로 구간 건설, 이 구간 도로의 총 길이는 42㎞, 25억위엔이 투입된다.\n"
        "이 같은 도로의 건설기한을 전부 2028년으로 잡고 있는 가운데 관련 부문의 협력을 촉구했다."
    )
    records = news(body, headline="가상주, 국경 도로 건설 본격화")
    assert records["42㎞"][1] == 2028
    assert records["25억위엔"][1] == 2028


def test_a_figure_set_as_this_years_goal_or_task_is_a_target_in_any_tense():
    records = news(
        "가상성은 '신규 취업자 수 70만 명 달성'을 목표로 제시했고, 나무시는 신규 일자리 40만개 이상 "
        "창출을 올해의 임무로 설정했다.",
        headline="각 지방, 올해 고용 목표 제시",
    )
    assert records["70만 명"][0] == "target"
    assert records["40만개"][0] == "target"
    # a slogan quoted as the goal still names it ("'10개 새로운 돌파'를 목표로")
    assert "10개" not in news("가상시는 '10개 새로운 돌파'를 목표로 삼았다.")


def test_verb_nouns_listed_with_commas_take_the_tense_of_the_last_verb():
    records = news(
        "가상성은 전사회 고정자산투자를 5200억원 실현, 전해에 비해 21% 성장, 규모이상 공업기업 "
        "이윤액은 800억원을 돌파, 전해에 비해 18% 성장했다."
    )
    assert all(v[0] != "target" for v in records.values())
    # … and a list that plans stays planned
    records = news("가상성은 2027년까지 스마트 공장 300개 구축, 전문 단지 20곳 조성을 추진할 계획이다.")
    assert records["300개"][:2] == ("target", 2027)


def test_an_agency_reporting_a_citys_plan_with_the_day_between_is_no_actor():
    records = news(
        "코트라(KOTRA)는 난닝시가 올해 900억 위안을 투자해 320개의 신도시 사업 추진을 본격화할 예정이라고 "
        "29일 밝혔다.",
        headline="난닝 신도시 사업 박차",
    )
    assert records["900억 위안"][:2] in (("target", 2025), ("funding", 2025))
    assert records["320개"][:2] == ("target", 2025)


def test_months_within_which_a_plan_runs_say_when():
    records = news(
        "가상국 정부가 향후 6개월 내에 연산 용량을 현재 수준보다 25% 이상 확장하는 계획을 발표했다."
    )
    assert "6개월" not in records
    assert records["25%"][0] == "target"


def test_a_level_reached_as_a_modifier_before_the_level_planned_is_its_start():
    records = news(
        "총 연산 능력이 180엑사플롭에 달하는 가상국이 2027년 전까지 260엑사플롭을 돌파하는 것을 목표로 한다."
    )
    assert records["260엑사플롭"][:2] == ("target", 2027)
    assert records.get("180엑사플롭", ("actual",))[0] == "actual"
    # the modifier of a grant, with no later level, is the grant's
    assert news("가상시는 최대 200만 위안에 달하는 주택 보조금도 지급한다.")["200만 위안"][0] in (
        "target",
        "funding",
    )


def test_money_poured_in_is_planned_and_money_given_so_far_is_done():
    records = news(
        "가상국 정부가 철도 등 기간산업에 600억위안을 지원하는 등 앞으로 5년에 걸쳐 가상 지역에 "
        "300억 달러를 쏟아 부을 것이라고 보도했다. 가상국은 그간 수십 만 달러를 이 지역에 지원해 왔으며 "
        "이는 민심을 안정시키려는 의도이다."
    )
    assert records["300억 달러"][0] in ("target", "funding")
    assert records.get("수십 만 달러", ("actual",))[0] == "actual"


def test_a_fund_being_readied_and_money_put_up_are_planned():
    records = news(
        "보도에 따르면 중국은 미국 등 경쟁국에 맞서 2천억 위안에 달하는 새 반도체 투자 펀드 구성을 "
        "준비하고 있다. 재정부가 기금 전체 규모의 25%인 500억 위안을 내놓을 것으로 알려졌다.",
        headline="중국, 새 반도체 펀드 조성 준비",
    )
    assert records["2천억 위안"][0] in ("target", "funding")
    assert records["500억 위안"][0] in ("target", "funding")
    # a fund that stands at a level now is no plan
    assert "2천억 위안" not in news(
        "가상성의 반도체 투자 펀드는 현재 2천억 위안에 달하는 규모를 운용하고 있다."
    )


def test_a_review_article_states_its_plan_in_the_present_and_its_results_in_the_past():
    headline = "가상시의 2024년 경제 성과와 향후 전망"  # a past year: a review of the year
    records = news(
        "1. 혁신 – 기술 거래액 3000억 위안을 달성하고 첨단기업 2000개 이상을 확보한다.\n"
        "2. 지난 성과 – 기술 거래액은 2500억 위안을 달성했다.",
        headline=headline,
    )
    assert records["3000억 위안"][0] == "target"
    assert "2500억 위안" not in records or records["2500억 위안"][0] == "actual"


def test_gijun_inside_a_noun_is_no_as_of_date():
    lead = "가상부는 2027년까지 대기질을 개선한다.\n"
    records = news(lead + "- 측정기준에서 우량 일수 비율은 2024년의 80%에서 84%로 상향한다.")
    assert records["84%"][:2] == ("target", 2027)


def test_a_figure_repeated_on_a_later_line_is_one_record_on_a_news_page_and_no_longer_high_in_a_bulletin():
    body = (
        "가상부는 2027년까지 대형 소비 권역 3개를 조성한다.\n"
        "가상부는 문건에서 2027년까지 대형 소비 시장 3개를 형성한다는 목표를 제시했다."
    )
    assert [(r.line, r.confidence) for r in records_of(body) if r.value_text == "3개"] == [(3, "high")]
    from tests.etl.test_extract import made_up

    records = made_up("- '27년까지 대형 소비 권역 3개 조성\n- '27년까지 대형 소비 시장 3개 형성")
    assert [r.confidence for r in records if r.value_text == "3개"] == ["high", "medium"]


def test_a_standing_in_a_ranking_is_no_target_and_a_rank_to_reach_is():
    assert "1위" not in news("가상시의 로봇 생산량은 국내 도시 1위로 자리잡았다.")
    assert news("가상시는 2027년까지 로봇 생산량 전국 3위권 진입을 추진한다.")["3위권"][0] == "target"


def test_the_base_of_a_share_counted_out_of_it():
    from etl.numbers import find_quantities

    assert [q.text for q in find_quantities("국민 10명 중 6명 이상에게 보급") if q.per] == ["10명"]


def test_a_country_then_a_province_with_a_gloss_opens_the_lead():
    text = "중국 저장성(Zhejiang)이 수소 산업을 육성하기로 했다. 성은 2027년까지 충전소 50곳을 세운다.\n"
    bulletin = parse_text(text, file_name="news.txt", sha256="0" * 64, default_date=ISSUED)
    assert {r.region for r in extract_bulletin(bulletin)} == {"Zhejiang"}


def test_a_plan_outline_cited_in_double_quotes_owns_its_estimate():
    body = "가상부가 발표한 \"'건강 2035' 규획강요\"에 따르면 2035년까지 평균 수명은 80세에 달할 것으로 추정된다."
    assert news(body)["80세"][:2] == ("target", 2035)


def test_a_standard_is_no_as_of_date_and_a_base_year_of_a_multiple_dates_nothing_else():
    lead = "가상부는 2026년까지 제조업 디지털화를 추진한다.\n"
    assert news(lead + "- 가상부는 150개 산업 기준을 새로 만들 예정이다.")["150개"][:2] == ("target", 2026)
    records = news(
        "가상부는 2030년까지 특허 출원을 2020년의 2배로, 연구개발비를 GDP의 3%로 끌어올리기로 했다."
    )
    assert records["3%"][:2] == ("target", 2030)


def test_a_from_value_up_to_a_level_is_a_baseline():
    records = news("가상국은 재생에너지 비율을 2020년 25.5%에서 단계적으로 2030년에는 45%까지 올린다.")
    assert records["45%"][:2] == ("target", 2030)
    assert records.get("25.5%", ("actual",))[0] == "actual"


def test_an_amount_a_group_must_exceed_is_no_target():
    records = news("가상시는 2026년까지 500억 위안(약 9조원)을 초과하는 산업 12개를 키운다.")
    assert "500억 위안" not in records
    assert records["12개"][:2] == ("target", 2026)


def test_a_title_that_pledges_the_figure_owns_the_bodys_expectation():
    records = news(
        "중국 민간공항이 2027년까지 300개 이상에 달할 것으로 예상된다.",
        headline="中 2027년까지 민간공항 300개 이상으로 늘릴 것",
    )
    assert records["300개"][:2] == ("target", 2027)
    assert "300개" not in news("업계는 민간공항이 2027년까지 300개 이상에 달할 것으로 예상한다.")


def test_a_phase_named_before_its_size_is_no_count():
    from etl.numbers import find_quantities

    texts = [q.text for q in find_quantities("1기 1천500만㎾, 2기 900만㎾ 규모의 발전 기지 건설")]
    assert texts == ["1천500만㎾", "900만㎾"]


def test_round_amounts_in_words_and_freight_turnover():
    from etl.numbers import find_quantities

    assert [(q.text, q.value) for q in find_quantities("인재 십만 명과 천억 위안 규모")] == [
        ("십만 명", 100_000),
        ("천억 위안", 100_000_000_000),
    ]
    assert [q.text for q in find_quantities("십자형 교차로 3개")] == ["3개"]
    assert [q.unit for q in find_quantities("화물 회전량 900억 톤킬로미터")] == ["tonne_km"]


def test_a_national_compound_is_no_structure_and_a_purpose_is_no_listed_count():
    records = news("기획에 따르면 2026년까지 국가급 산림도시권 4개, 국가산림도시 150개를 건설할 예정이다.")
    assert records["4개"][:2] == ("target", 2026)
    assert records["150개"][:2] == ("target", 2026)
    records = news("가상부는 2027년까지 1인당 연간 관광 횟수가 5.5회가 되도록 하겠다고 제시했다.")
    assert records["5.5회"][:2] == ("target", 2027)


def test_an_efficiency_coefficient_sets_its_bare_number():
    records = news("가상부는 2027년까지 농경지 관개수 유효 이용계수를 0.62 이상으로 높인다.")
    assert records["0.62"] == ("target", 2027, ">=")


def test_a_thousands_group_closing_an_amount_counts_in_the_unit_below():
    from etl.numbers import find_quantities, parse_korean_number

    assert parse_korean_number("3억5천") == 350_000_000  # 3억 5천만, as news writes it
    assert parse_korean_number("2조4천") == 2_400_000_000_000
    assert parse_korean_number("3만5천") == 35_000
    assert parse_korean_number("3억 5000") == 300_005_000  # digits stay as printed
    assert [(q.value, q.unit) for q in find_quantities("육우 30만마리, 경작지 800만무")] == [
        (300_000, "head"),
        (8_000_000, "mu"),
    ]


def test_a_later_sentence_of_a_paragraph_keeps_the_place_its_first_sentence_names_as_subject():
    body = (
        "최근 후난(湖南)성 공업정보화청 등 6개 부서는 2028년까지의 드론 산업 계획을 공동 발표했다. "
        "연간 ▷500건의 시범 비행을 실시하고 ▷2만 명의 조종사를 양성한다는 방침이다.\n"
        "중국은 지난 3월 보조금 정책을 통해 드론 보급에 주력하고 있다. 2030년 드론 50만 대 보급을 목표로 하고 있다."
    )
    records = {r.value_text: r.region for r in records_of(body, headline="드론 산업에 힘 싣는 지방정부")}
    assert records["500건"] == "Hunan"
    assert records["2만 명"] == "Hunan"
    assert records["50만 대"] == "National"  # the country is the subject of the sentence before


def test_a_sentence_opening_with_a_bracketed_document_title_is_text_not_a_caption():
    body = (
        "국무원이 <가상 관광섬 건설 의견>을 발표했다.\n"
        "<의견>에 따르면 2030년까지 관광업 증가치 비중은 12% 이상에 달해야 한다.\n"
        "<주요 지표 비교>"
    )
    records = news(body, headline="관광섬 건설 의견 발표")
    assert records["12%"] == ("target", 2030, ">=")


def test_a_photo_caption_names_where_the_photo_was_taken_not_the_articles_place():
    body = (
        "중국 정부가 올해 자동차 판매 목표를 3천만대로 설정했다.\n"
        "후베이성 우한시에서 무인 버스가 운행하는 모습. [AFP=연합뉴스 자료사진]\n"
        "후베이성 우한시 시범구 전경 (사진=가상통신)\n"
        "정부는 올해 신에너지차 판매량을 1천500만대로 늘릴 계획이다."
    )
    records = records_of(body, headline='中 "올해 차 판매 3% 성장 목표"')
    # (the headline's quoted target, stated nowhere else, is a record of its own: GUIDELINES)
    assert {r.value_text: r.region for r in records} == {
        "3%": "National",
        "3천만대": "National",
        "1천500만대": "National",
    }


def test_a_central_bodys_plan_for_the_province_its_lead_keeps_naming_applies_there():
    body = (
        "국무원이 일전에 '허난성 가상시 물류 시범구 발전계획'을 비준했다.\n"
        "이는 허난의 발전을 추진하는 중요한 내용이며 허난성 물류 체계를 개선하는 의의가 있다.\n"
        "계획에 따라 2030년에 이르러 시범구 물류비용 비중은 12%로 낮아진다."
    )
    records = records_of(body, headline="국무원, '가상시 물류 시범구 발전계획' 비준")
    assert [(r.value_text, r.region) for r in records] == [("12%", "Henan")]
    # a national plan that cites one province's example once stays national
    body = (
        "국무원은 물류 발전계획을 발표했다. 허난성의 사례도 소개됐다.\n2030년 물류비용 비중은 12%로 낮아진다."
    )
    records = records_of(body, headline="국무원, '물류 발전계획' 발표")
    assert [(r.value_text, r.region) for r in records] == [("12%", "National")]


def test_ol_hanhae_is_this_year():
    records = news("총리는 업무보고에서 올 한해에만 도로 분야에 5000억위안 이상을 투자하기로 했다고 밝혔다.")
    assert records["5000억위안"][1] == 2025


def test_a_target_adjusted_from_one_level_to_another_is_set_at_the_second():
    records = news(
        "각 성이 올해 성장률 목표를 잇따라 낮췄다. 가상성은 성장률 목표를 8% 내외에서 6%~6.5%로 조정했다.",
        headline="지방정부 성장률 목표 하향",
    )
    assert records["6%~6.5%"][0] == "target"


def test_support_for_this_year_is_dated_and_a_measure_starting_this_year_is_not():
    records = news(
        "가상시는 올해 30억 위안의 자금을 조달해 기업의 연구 바우처를 지원한다. "
        "올해부터 기업당 연간 최대 500만 위안을 지원한다."
    )
    assert records["30억 위안"] == ("funding", 2025, "=")
    assert records["500만 위안"][:2] == ("funding", None)


def test_every_figure_of_a_list_a_goal_opens_is_a_target():
    records = news(
        "보고는 올해 가상성 발전의 주요목표는 지역생산총액 9%,공업 증가액 10%이상, 소매총액 12% , "
        "고정자산투자액 20% , 주민 1인당 소득을 7% 성장시키는 등 요구를 제기했다."
    )
    assert {v: records[v][:2] for v in ("9%", "10%", "12%", "20%", "7%")} == {
        v: ("target", 2025) for v in ("9%", "10%", "12%", "20%", "7%")
    }
    # a figure after a clause with its own verb is no item of the list
    records = news("올해 주요 목표는 성장률 6%이며, 지난해 투자는 8% 증가했다.")
    assert records["6%"][0] == "target"
    assert records.get("8%", ("actual",))[0] == "actual"


def test_a_page_that_never_names_the_yuan_writes_won_for_yuan():
    body = "올해 가상시는 5천만원 이상 중점 프로젝트 200개(총투자 900억원)를 추진할 계획이다."
    records = {r.value_text: r.unit for r in records_of(body, headline="가상시 중점 프로젝트 착공")}
    assert records == {"200개": "count", "900억원": "CNY"}
    # where the yuan is named, a won amount only converts it
    body = "올해 가상시는 중점 프로젝트에 50억 위안(약 9천억원)을 투자할 계획이다."
    records = {r.value_text: r.unit for r in records_of(body, headline="가상시 중점 프로젝트 착공")}
    assert records == {"50억 위안": "CNY"}


def test_a_title_like_last_line_does_not_make_a_pasted_article_a_headline_without_text():
    text = (
        "최근 가상시 봄철 프로젝트 착공식이 개최됐다.\n"
        "올해 가상시는 중점 프로젝트 200개를 추진할 계획이다.\n"
        "시장은 “투자가 미래를 결정한다”고 강조했다. /가상넷\n"
    )
    bulletin = parse_text(text, file_name="pasted.txt", sha256="0" * 64, default_date=ISSUED)
    assert [r.value_text for r in extract_bulletin(bulletin)] == ["200개"]


def test_places_marked_with_triangles_or_joined_by_gwa_share_their_figure():
    records = records_of(
        "- △ 톈진(天津) △ 충칭(重庆) △ 쓰촨(四川)은 2025년까지 디지털 경제 비중을 40% 이상으로 끌어올리겠다고 밝혔음.\n"
        "후베이성과 후난성이 나란히 올해 성장률 목표를 6% 이상으로 잡았다.",
        headline="지방정부 디지털 경제 목표",
    )
    assert sorted((r.value_text, r.region) for r in records) == [
        ("40%", "Chongqing"), ("40%", "Sichuan"), ("40%", "Tianjin"), ("6%", "Hubei"), ("6%", "Hunan"),
    ]  # fmt: skip


def test_a_plan_as_the_subject_that_expects_and_a_government_expecting_by_its_deadline_set_targets():
    records = news(
        "또 '행동 계획'에서는 2027년까지 가상시의 로봇 산업 규모가 800억 위안에 달할 것이라고 전망했다.\n"
        "우한시는 2028년까지 로봇 산업 수입을 200억 위안 이상에 도달시킬 것으로 전망했다.\n"
        "우한시는 올해 관광 수입이 12% 증가할 것으로 전망했다.",
        headline="가상시 로봇 산업 동향",
    )
    assert records["800억 위안"][:2] == ("target", 2027)
    assert records["200억 위안"][:2] == ("target", 2028)
    assert "12%" not in records  # this year's expectation of a statistic, no deadline it sets itself


def test_next_year_as_a_word_is_a_deadline():
    records = news(
        "현재 가상성은 AI와 제조를 통합하고 있으며, 내년까지 2000억위안 규모의 AI 산업을 구축할 계획이다."
    )
    assert records["2000억위안"][:2] == ("target", 2026)


def test_a_country_china_competes_with_is_no_foreign_actor():
    records = news(
        "보도에 따르면 중국이 미국 등 반도체 강국과 경쟁하기 위해 2000억위안을 목표로 새 펀드를 준비하고 있다.\n"
        "한편 한국 산업부는 2030년까지 수소차 30만 대를 보급할 계획이다.",
        headline="중국, 새 반도체 펀드 준비",
    )
    assert "2000억위안" in records
    assert "30만 대" not in records  # Korea's own plan, quoted beside


def test_a_news_page_states_its_figure_again_in_a_quote_as_one_record():
    body = (
        "□ 가상시 정부가 2027년 AI 핵심 산업 생산액 3,000억 위안을 달성하겠다는 목표를 밝힘.\n"
        "- 그는 “2027년까지 가상시 인공지능 기업들의 총매출을 3,000억 위안으로 키울 것”이라고 밝힘."
    )
    records = records_of(body, headline="가상시, 2027년 AI 산업 목표 제시")
    assert [(r.value_text, r.line) for r in records] == [("3,000억 위안", 3)]


def test_a_bulletin_article_keeps_distinct_targets_that_share_a_round_number():
    from tests.etl.test_extract import made_up

    records = made_up(
        "□ '27년까지 미래산업 핵심기술 100개 돌파, 선도기업 50개 육성\n"
        "- 전문인재 10만 명 육성, 대학 내 미래기술학원 50개 설립"
    )
    assert sorted(r.value_text for r in records) == ["100개", "10만 명", "50개", "50개"]


def test_an_amount_naming_a_class_of_enterprises_is_no_target():
    records = news(
        "2027년까지 매출 500억위안(약 9조원) 규모 기업 5곳을 키운다.\n"
        "* 매출액 규모 20억 위안을 초과한 선두기업 15개 육성"
    )
    assert set(records) == {"5곳", "15개"}


def test_a_forecast_someone_is_making_is_no_plan_figure():
    records = news(
        "가상부는 충전 인프라 계획을 발표했다. 2025년에는 전기차가 3000만대로 늘어날 것으로 예상하고 있다.",
        headline="가상부, 충전 인프라 계획 발표",
    )
    assert "3000만대" not in records


def test_the_past_tense_as_the_korean_papers_of_china_spell_it():
    records = news(
        "가상주는 봄갈이 자금 12억원이 수요되는데 2월까지 5억원이 투입되였다.", headline="가상주 봄갈이 준비"
    )
    assert records.get("5억원", ("actual",))[0] == "actual"


def test_a_level_a_change_has_brought_a_measure_to_is_its_baseline():
    records = news("가상부는 이를 통해 88%로 떨어진 쇠고기 자급률을 93%로 끌어올리기로 했다.")
    assert records["93%"][0] == "target"
    assert records.get("88%", ("actual",))[0] == "actual"


def test_places_listed_without_their_suffix_share_a_figure_and_jwau_is_about():
    records = records_of(
        "2023년 각 성의 성장률 목표가 공개됐다. 그 가운데 감숙, 하남이 6% 좌우로 목표를 확정했다.\n"
        "합비, 무호 등을 중심으로 2025년까지 산업 규모 500억 위안을 달성한다.",
        headline="각 성 2023년 성장률 목표 공개",
    )
    assert sorted((r.value_text, r.region, r.qualifier) for r in records if r.value_text == "6%") == [
        ("6%", "Gansu", "~"), ("6%", "Henan", "~"),
    ]  # fmt: skip
    # a list of focus areas ("… 등을 중심으로") is no subject: one record
    assert len([r for r in records if r.value_text == "500억 위안"]) == 1


def test_figures_listed_before_the_target_a_verb_sets_are_all_targets():
    records = news(
        "올해 도시 실업률은 5.5%로, 신규 고용은 1100만명 이상, 물가 상승률은 약 2%로 목표치를 제시했다."
    )
    assert {v: records[v][:2] for v in ("5.5%", "1100만명", "2%")} == {
        v: ("target", 2025) for v in ("5.5%", "1100만명", "2%")
    }


def test_a_verb_after_a_count_is_no_modifier_of_a_group_it_qualifies():
    records = news(
        "올해 도시 신규 취업자 수를 900만 명 이상 증가시키고 도시 실업률을 4.5% 이내로 억제하기로 했다."
    )
    assert records["900만 명"][0] == "target"


def test_an_amount_a_plan_expects_to_be_exceeded_and_a_funds_target_size():
    records = news(
        "관련 계획에 따르면 2027년까지 가상시의 연간 방문객은 300만 명을 상회할 전망이다.\n"
        "가상 개발구에서 최근 목표액이 50억 위안 규모인 '가상 로봇 펀드' 운용을 시작했다.",
        headline="가상시, 관광·로봇 산업 육성",
    )
    assert records["300만 명"][:2] == ("target", 2027)
    assert records["50억 위안"][0] == "target"


def test_a_media_outlet_reporting_a_government_plan_is_not_its_planner():
    records = news(
        "로이터와 CNBC 등은 중국 6개 부처가 2027년까지 컴퓨팅 파워를 400EFLOPS까지 끌어올리는 목표를 세웠다고 보도했다.",
        headline="중국, 컴퓨팅 파워 목표 제시",
    )
    assert records["400EFLOPS"][:2] == ("target", 2027)


def test_support_as_the_korean_papers_of_china_write_it_and_a_quota_raised_to_a_level():
    records = news(
        "가상성은 임상시험을 마친 제품에 최고 800만원의 자금을 지지한다고 밝혔다.",
        headline="가상성 바이오 지원",
    )
    assert records["800만원"][0] == "funding"  # a page that never names the yuan: 원 is 元
    records = news(
        "올해 특별채 쿼터를 3.9조 위안으로 전년 대비 4,000억 위안 증액했다.", headline="가상성 업무보고"
    )
    assert records["3.9조 위안"][:2] == ("target", 2025)


def test_a_lead_that_dates_the_announcement_before_its_government_subject_names_the_place():
    text = (
        "중국 여러 지역이 드론 산업 지원 정책을 내놓으며 시장이 커질 전망이다.\n"
        "13일 가상일보에 따르면 8월 12일 후난성 정부는 '드론 산업 실시 방안'(이하 방안)을 발표했다.\n"
        "또한 '방안'은 2027년까지 드론 산업 규모를 400억 위안으로 늘릴 것이란 목표를 제시했다.\n"
    )
    bulletin = parse_text(text, file_name="pasted.txt", sha256="0" * 64, default_date=ISSUED)
    assert [(r.value_text, r.region) for r in extract_bulletin(bulletin)] == [("400억 위안", "Hunan")]


def test_a_news_story_about_two_cities_goes_on_with_the_one_it_last_introduced():
    body = (
        "후베이성 우한시는 주요 프로젝트에 최대 500만위안의 장려금을 제공하는 조치를 시행한다.\n"
        "광둥성 광저우는 2027년까지 드론 산업 규모를 900억위안으로 키우는 계획을 최근 발표했다.\n"
        "물류와 관광 등 핵심 서비스에서 200억위안의 시장 규모를 달성한다는 목표가 담겼다."
    )
    records = {
        r.value_text: (r.region, r.city) for r in records_of(body, headline="중국 지방정부, 드론 산업 지원")
    }
    assert records["500만위안"] == ("Hubei", "Wuhan")
    assert records["200억위안"] == ("Guangdong", "Guangzhou")


def test_machines_counted_before_a_level_word_are_no_part_of_a_plan():
    records = news("2027년까지 제조업의 로봇 밀도를 노동자 1만 명당 450대 수준으로 끌어올리는 것이 목표다.")
    assert records["450대"][:2] == ("target", 2027)


def test_a_sentence_whose_topic_is_this_years_goals_states_one_in_every_clause():
    records = news(
        "올해 가상시의 주요목표는 지역총생산액을 300억원 완성하여 지난해 같은 시기보다 9% 증가하고 "
        "재정수입은 50억원 완성하여 지난해 같은 시기보다 8% 증가하는 것이다.",
        headline="가상시 올해 경제 목표",
    )
    assert {v: records[v][:2] for v in ("300억원", "9%", "50억원", "8%")} == {
        v: ("target", 2025) for v in ("300억원", "9%", "50억원", "8%")
    }
    records = news(
        "지난해 가상시의 목표는 6%였으나 실제 성장률은 5.2%에 그쳤다.", headline="가상시 경제 동향"
    )
    assert "5.2%" not in records or records["5.2%"][0] == "actual"


def test_a_won_amount_glossed_as_renminbi_is_yuan():
    records = {
        r.value_text: r.unit
        for r in records_of(
            "2025년까지 빅데이터 산업 규모를 3조 위안으로 키운다. 클라우드 산업은 2조 원(RMB)을 넘긴다."
        )
    }
    assert records == {"3조 위안": "CNY", "2조 원": "CNY"}


def test_the_body_of_a_news_page_keeps_two_fields_with_the_same_figure_for_the_same_year():
    body = (
        "가상부는 제조업 로드맵을 발표했다.\n"
        "중국 정부는 여러 분야의 목표를 내놨다.\n"
        "업계는 로드맵의 실행을 주목하고 있다.\n"
        "로봇 분야는 2025년에는 핵심부품 자급률을 50%까지 끌어올릴 계획이다.\n"
        "선박 분야는 2025년에는 고부가 선박 수주 비중을 50%까지 높일 계획이다."
    )
    assert [
        r.line for r in records_of(body, headline="가상부, 제조업 로드맵 발표") if r.value_text == "50%"
    ] == [6, 7]


def test_a_level_fixed_by_jeonghada_and_a_figure_set_without_a_target_noun_are_targets():
    records = news(
        "계획 요강은 향후 5년간 식량 생산능력 지표를 해마다 6억톤으로 정했다.", headline="가상 요강 발표"
    )
    assert records["6억톤"][0] == "target"
    records = news(
        "또 재정수입은 9% 증가, 수출입 총액은 5% 증가하는 것으로 설정했다.", headline="가상성 업무보고"
    )
    assert records["9%"][0] == "target"
    assert records["5%"][0] == "target"


def test_the_next_item_of_an_inline_list_is_no_count_of_a_threshold_group():
    records = news(
        "2026년에는 ▲데이터 기업의 수를 500개 이상 ▲데이터 거래 규모를 80억 위안 이상 ▲서비스 플랫폼 4개 이상 구축할 방침이다."
    )
    assert {v: records[v][0] for v in ("500개", "80억 위안", "4개")} == dict.fromkeys(
        ("500개", "80억 위안", "4개"), "target"
    )


def test_an_indicator_value_in_an_inline_list_is_no_count_of_listed_items():
    records = news(
        "주요 경제지표 목표로 △성장률 6.5% △물가 3% △고용창출 900만개 이상 △수출입 증가율 5% 등을 제시했다.",
        headline="가상 업무보고",
    )
    assert records["900만개"][0] == "target"


def test_a_figure_heading_the_noun_target_is_the_target_whatever_is_expected_of_it():
    records = news(
        "국장은 회의에서 올해 재생에너지 발전 비중이 25% 목표를 초과 달성할 것이라고 전망했다.",
        headline="가상국 에너지 회의",
    )
    assert records["25%"][:2] == ("target", 2025)


def test_a_plan_reported_through_the_media_is_no_forecast():
    records = news(
        "24일 외신과 인민일보 등에 따르면 중국 국무원은 2030년까지 비화석 에너지 비중을 30%가량 늘리겠다는 의견을 발표했다.",
        headline="중국, 탄소 정점 의견 발표",
    )
    assert records["30%"][:2] == ("target", 2030)


def test_many_machines_are_no_parts_of_a_plan_but_a_worlds_top_hundred_is_a_ranking():
    records = news(
        "| 디지털 지표 | 로봇 밀도 550대 (인구 1만 명당) 달성 | 스마트 공장 확산 |\n2028년까지 목표를 달성한다."
    )
    assert records["550대"][0] == "target"
    assert "100대" not in news("가상시는 2027년까지 세계 100대 AI 선도 기업을 10개 이상 육성한다.")


def test_a_base_year_is_never_the_date_of_a_change_measured_from_it():
    records = news(
        "이 계획이 실현되면 이산화탄소 배출량은 2020년 대비15% 감소하고, 비화석 비중은 25%에 도달한다.",
        headline="가상 탄소 계획",
    )
    assert records["15%"][0] == "target"  # not a fact of 2020


def test_every_figure_of_a_sentence_whose_topic_is_a_target_measure_is_a_target():
    # "목표 생산량은 …이고 …은 …이다": the topic names the measure as a target; a copula gives
    # each of its figures, however many clauses follow
    records = news(
        "가상부는 올해 광물별 쿼터를 고시했다. 구리, 아연의 올해 목표 생산량은 각각 6만 2000t과 "
        "4만 1000t이고 납, 니켈은 각각 3만 5000t과 12만t이다.",
        headline="가상부, 광물 생산 쿼터 고시",
    )
    for value in ("6만 2000t", "4만 1000t", "3만 5000t", "12만t"):
        assert records[value][:2] == ("target", 2025), value


def test_a_level_raised_or_frozen_for_the_year_is_an_allotted_quota():
    records = news(
        "가상부가 올해 흑연 생산량을 전년 대비 9% 증가한 31만t으로 상향 조정했다고 외신이 보도했다. "
        "희귀 흑연 생산량은 작년 수준인 3만t 이하로 동결했다.",
        headline="가상부, 흑연 쿼터 발표",
    )
    assert records["31만t"][:2] == ("target", 2025)
    assert records["3만t"][0] == "target"
    assert records["3만t"][2] == "<="


def test_a_revised_statistic_of_a_past_year_stays_a_fact():
    records = news("통계국은 지난해 공업 생산 증가율을 4.1%로 하향 조정했다.", headline="가상 통계 수정")
    assert "4.1%" not in records or records["4.1%"][0] == "actual"


def test_the_level_now_as_a_base_of_comparison_reports_no_fact_under_a_deadline():
    records = news(
        "가상국은 2030년까지 원전 30기를 새로 짓는다. 이를 통해 원전 발전용량을 현행(6월 말)보다 "
        "38% 확충한 80기가와트(GW)로 끌어올릴 방침이다.",
        headline="가상국 원전 확충",
    )
    assert records["80기가와트(GW)"][:2] == ("target", 2030)


def test_an_intent_reported_in_the_past_tense_still_plans():
    records = news(
        "가상국은 2030년까지 원전 30기를 새로 짓는다. 이를 통해 원전 발전용량을 현행(6월 말)보다 "
        "38% 확충한 80기가와트(GW)로 끌어올릴 방침이라고 신문이 전했다.",
        headline="가상국 원전 확충",
    )
    assert records["80기가와트(GW)"][:2] == ("target", 2030)


def test_a_quota_fixed_or_announced_by_a_notice_is_a_target_whatever_reports_it():
    records = news(
        "매체에 따르면 가상부는 전날 '2025년 광물 채굴량에 관한 통지'에서 2025년 텅스텐 채굴량을 9만t으로 "
        "확정했다. 통지는 금년 2차분 텅스텐 생산량을 4만 2000t, 제련량은 3만 8000t으로 고시했다.",
        headline="가상부, 텅스텐 쿼터 발표",
    )
    assert records["9만t"][:2] == ("target", 2025)
    assert records["4만 2000t"][0] == "target"
    assert records["3만 8000t"][0] == "target"


def test_public_bodies_counted_as_the_subject_are_the_actors_not_a_target():
    records = news(
        "가상국 정부 부처 9개는 2030년까지 재생 알루미늄 비중을 25% 이상 확대하는 제안을 내놓았다.",
        headline="가상국, 알루미늄 녹색화 제안",
    )
    assert "9개" not in records
    assert records["25%"][:2] == ("target", 2030)
    # a count of enterprises as the subject is what is to be reached
    assert news("가상시 단지에는 2027년까지 신규 기업 30개가 입주할 예정이다.")["30개"][0] == "target"


def test_an_amount_defining_a_class_of_enterprises_in_brackets_is_no_target():
    records = news(
        "방안은 2026년까지 규모 이상(연매출 3천만 위안 이상) 기업의 매출이 18조 위안을 돌파할 것이라고 밝혔다.",
        headline="가상부, 전자 산업 방안 발표",
    )
    assert "3천만 위안 이상" not in records and "3천만 위안" not in records
    assert records["18조 위안"][:2] == ("target", 2026)


def test_the_size_of_the_set_a_figure_is_picked_from_is_no_target():
    records = news(
        "전국 28개 성 가운데 가상성은 약 8%의 목표를 설정했다. 가상시는 내년까지 매출 증가폭이 "
        "35개 주요 업종 내 1위를 기록하도록 하고, 120개 후보 기업 중 40개를 선정할 계획이다.",
        headline="가상성 성장 목표",
    )
    assert "28개" not in records and "35개" not in records and "120개" not in records
    assert records["8%"][0] == "target"
    assert records["40개"][0] == "target"
    # not a pool: "5개 중대형 단지" (중대형, medium and large) is what is to be built
    assert news("가상시는 2027년까지 5개 중대형 산업단지를 조성한다.")["5개"][0] == "target"


def test_a_line_that_is_the_figure_alone_names_no_measure():
    records = news(
        "'9조 2300억 위안'\n가상성의 지난해 지역총생산은 9조 2300억 위안이었다. 가상성은 올해 성장률 목표를 5%로 제시했다.",
        headline="가상성, 올해 성장 목표 5% 달성 위해 투자 확대",
    )
    assert set(records) == {"5%"}


def test_a_subject_the_sentence_calls_a_company_states_a_company_plan():
    records = news(
        "가상국 에너지국은 2027년까지 수소충전소 500곳을 짓는다. 중국 최대 석유회사인 가상석유는 300억 위안을 "
        "투입해 2027년까지 1천 개의 충전소를 구축할 계획이다. 또 태양광 제조업체인 가상솔라는 생산능력을 "
        "1.5GW 규모로 확대할 계획이다.",
        headline="가상국 수소 계획",
    )
    assert set(records) == {"500곳"}


def test_a_plan_cited_as_the_source_of_an_expectation_within_n_years_sets_targets():
    records = news(
        "20일 공개된 '가상성 데이터 산업 발전 3개년 행동 계획'에 따르면 향후 3년 내에 가상성 데이터 산업 규모는 "
        "900억 위안을 넘어 전국의 8% 이상을 차지할 것으로 전망된다.",
        headline="가상성, 데이터 산업 중점 육성",
    )
    assert records["900억 위안"][:2] == ("target", 2028)
    assert records["8%"][:2] == ("target", 2028)
    # an institute's outlook within three years stays its own
    outlook = news(
        "가상연구소에 따르면 향후 3년 내에 가상성 데이터 산업 규모는 900억 위안을 넘을 것으로 전망된다."
    )
    assert "900억 위안" not in outlook


def test_a_money_range_naming_a_kind_of_thing_is_no_amount_but_a_level_entered_is():
    records = news(
        "행동방안은 2030년까지 500억 위안(약 9조원)대 복합 소비 랜드마크를 3~4개 신규 건설하고, "
        "1인당 소득은 3만 달러대 진입을 목표로 한다.",
        headline="가상시, 소비 중심 도시 방안",
    )
    assert "500억 위안(약 9조원)" not in records and "500억 위안" not in records
    assert records["3~4개"][:2] == ("target", 2030)
    assert records["3만 달러대"][0] == "target"


def test_a_change_from_a_base_of_comparison_is_no_level_to_reach():
    records = news(
        "- 지방채 3조 2000억 위안 발행(전년 대비 4000억 위안 증가) 예정",
        headline="가상국, 2026년까지 재정 확대 계획",
    )
    assert records["3조 2000억 위안"][:2] == ("target", 2026)
    assert records["4000억 위안"][0] == "actual"  # the change, kept as a fact beside the level
    # a change in points, not a level it is raised to ("…로 상향 조정")
    revised = news("- 투자 증가율은 평균 0.75%포인트 상향 조정됨.", headline="가상국 투자 지표 조정")
    assert "0.75%" not in revised


def test_a_count_taken_before_a_pool_is_read_as_a_target():
    records = news(
        "가상단지는 2027년까지 1억 위안 이상 프로젝트 60개를 도입할 예정인데 그 중 4개는 대형이다."
    )
    assert records["60개"][:2] == ("target", 2027)


def test_measures_counted_by_what_they_do_are_parts_of_the_plan():
    records = news(
        "가상시가 바이오 산업을 위해 27개 종합 지원책을 발표했다. 조치는 연구부터 임상까지 27개 지원 방안을 "
        "담고 있으며, 2026년까지 바이오 기업 50개를 육성할 계획이다.",
        headline="가상시, 바이오 지원 조치 발표",
    )
    assert set(records) == {"50개"}


def test_an_age_bounding_a_group_of_people_is_no_target_but_a_life_expectancy_is():
    records = news(
        "▶ 70세 이상 노인 건강관리율 75% 달성\n▶ 평균 기대수명 81세 달성",
        headline="가상성 '15·5' 건강 규획 (2026-2030)",
    )
    assert "70세" not in records
    assert records["75%"][:2] == ("target", 2030)
    assert records["81세"][:2] == ("target", 2030)


def test_the_level_a_change_reaches_from_the_present_one_is_the_target():
    records = news("가상시는 공공 충전소를 현재 60곳에서 150곳으로 늘린다.", headline="가상시 충전 계획")
    assert records["150곳"][0] == "target"
    assert records["60곳"][0] == "actual"  # the starting level, kept as the baseline
    inherited = news(
        "- 해외 접속 거점도 현재 70곳에서 110곳으로 확대한다.", headline="가상국, 2027년까지 인프라 확충"
    )
    assert inherited["110곳"][:2] == ("target", 2027)


def test_figures_in_brackets_that_places_set_are_targets_not_shares_compared():
    records = records_of(
        "각 지방정부는 목표를 정한다. 상하이시에 앞서 허난성 정저우(6.5%), 산둥성 칭다오(5%) 등으로 제시했다.\n"
        "세계 시장은 미국(33%)과 중국(27%)이 양분하고 있다.",
        headline="가상국 지방 성장 목표",
    )
    by_value = {r.value_text: (r.kind, r.region, r.city) for r in records}
    assert by_value["6.5%"] == ("target", "Henan", "Zhengzhou")
    assert by_value["5%"] == ("target", "Shandong", "Qingdao")
    assert "33%" not in by_value and "27%" not in by_value


def test_years_listed_before_each_pair_with_the_figures_in_order_or_share_one():
    records = records_of(
        "- (주요 내용) ▲2025년, 2026년 비화석 에너지 소비 비중 각각 19%, 21% 도달, "
        "▲2025년, 2026년 중점 산업의 배출량 각각 1억 2천만 톤씩 감축",
        headline="가상국 에너지 절약 방안",
    )
    years = sorted((r.value_text, r.target_year) for r in records)
    assert years == [("19%", 2025), ("1억 2천만 톤", 2025), ("1억 2천만 톤", 2026), ("21%", 2026)]


def test_a_conversion_in_brackets_does_not_break_a_list_of_figures_for_listed_years():
    records = news(
        "의견은 가상 산업 총 규모가 2027년과 2030년에 각각 9000억 위안(약 170조 원), 1조 3000억 위안에 "
        "달할 것으로 전망했다.",
        headline="국무원, 가상 산업 의견 발표",
    )
    assert records["9000억 위안"][:2] == ("target", 2027)
    assert records["1조 3000억 위안"][:2] == ("target", 2030)


def test_the_size_of_a_revision_is_no_level_but_the_level_revised_to_is():
    records = news(
        "- 가상성의 올해 투자 증가율 목표는 평균 0.6%포인트 상향 조정됨. 동부지역 목표 증가율은 12%로 상향 조정됨.",
        headline="가상국 성별 2026년 정부업무 보고",
    )
    assert "0.6%" not in records
    assert records["12%"][0] == "target"


def test_provincial_goals_of_the_year_each_keep_their_place_and_the_reports_year():
    # a lead naming this year's work reports by number dates the goals below; a figure shared by
    # two provinces is no restatement; a figure quoted for emphasis before 의 목표 is a figure
    records = records_of(
        "가상국 31개 성·시·자치구 대부분이 2025년 업무 보고를 발표한 가운데 성장 목표치를 제시했다.\n"
        "후베이성은 5.5%, 산둥성은 5% 이상, 장쑤성은 5%의 성장 목표치를 제시했다.\n"
        "상하이와 허난성은 모두 '5% 내외'의 목표치를 제시했다.",
        headline="가상국 각 성 성장 목표",
    )
    got = sorted((r.value_text, r.region, r.target_year) for r in records if r.kind == "target")
    assert got == [
        ("5%", "Henan", 2025),
        ("5%", "Jiangsu", 2025),
        ("5%", "Shandong", 2025),
        ("5%", "Shanghai", 2025),
        ("5.5%", "Hubei", 2025),
    ]


def test_a_roundup_of_this_years_provincial_goals_keeps_each_places_figure():
    records = records_of(
        "가상국 30개 성이 5% 안팎의 2025년 GDP 성장률 목표를 확정했다.\n"
        "목표치를 보면, 랴오닝·윈난·칭하이는 4.5% 내외, 나머지 대부분 지역이 5% 혹은 그 이상을 설정했다. "
        "그중 시짱자치구는 7% 이상으로 전국 최고 수준을 제시했고, 하이난성은 6%를 제시했다.\n"
        "그중 해남이 8.5% 좌우, 서장이 7.5% 좌우, 안휘가 6% 좌우이다.",
        headline="가상국 각 성 성장률 확정",
    )
    got = [(r.line, r.value_text, r.region, r.target_year) for r in records if r.kind == "target"]
    line4 = [g for g in got if g[0] == 4]
    # the list's places in the order the text names them; "나머지 대부분 지역이 5%" is none of theirs
    assert [g[2] for g in line4 if g[1] == "4.5%"] == ["Liaoning", "Yunnan", "Qinghai"]
    assert len([g for g in line4 if g[1] == "5%"]) <= 1  # not copied to the list's places
    assert ("7%", "Tibet", 2025) in [g[1:] for g in line4]
    assert ("6%", "Hainan", 2025) in [g[1:] for g in line4]
    # a place's name as the subject of each figure, under a lead on this year's goals
    assert [g[1:] for g in got if g[0] == 5] == [
        ("8.5%", "Hainan", 2025),
        ("7.5%", "Tibet", 2025),
        ("6%", "Anhui", 2025),
    ]


def test_a_part_of_a_pool_is_a_share_in_words_not_a_count_to_reach():
    records = news("2030년, 가상국 신차 3대 중 2대는 전기차…가상부는 2030년까지 보급률을 66%로 높인다.")
    assert set(records) == {"66%"}


def test_full_age_and_a_pool_of_ages_are_no_amounts():
    records = news("가상국 정부는 만 6세까지 자녀 1인당 연간 4000위안의 보조금을 지급할 계획이다.")
    assert set(records) == {"4000위안"}


def test_a_starting_level_with_its_conversion_and_a_spaced_unit_is_the_baseline():
    records = news(
        "계획은 1인당 구매 한도를 연간 2만 위안(약 380만원)에서 8만 위안으로 늘린다는 내용을 담았다."
    )
    assert records["8만 위안"][0] == "target"
    assert records["2만 위안"][0] == "actual"


def test_a_stage_dated_by_the_sentence_before_states_the_plans_figures_even_as_an_outlook():
    records = news(
        "첫 번째 단계로 2027년까지 로봇과 5대 분야의 융합을 실현한다. 이 시기에는 지능형 단말기 보급률이 "
        "65%를 넘어설 것으로 전망되며, 관련 산업 규모가 빠르게 성장한다.",
        headline="가상부, 3단계 목표 소개",
    )
    assert records["65%"][:2] == ("target", 2027)
    # without a stage dated before it, an outlook stays someone's
    assert "65%" not in news("업계는 지능형 단말기 보급률이 65%를 넘어설 것으로 전망했다.")


def test_an_obligation_in_any_verb_sets_a_target():
    records = news(
        "계획은 시범 지역의 R&D 지출 비율이 3.5%를 넘어야 하고 기대수명을 80세로 늘리는 성과를 "
        "내야 한다고 제시했다.",
        headline="가상국 지역 통합 계획",
    )
    assert records["3.5%"][0] == "target"
    assert records["80세"][0] == "target"


def test_a_ministrys_guideline_cited_as_the_source_states_its_figures():
    records = news(
        "공신부가 발표한 '가상 드론 제조업 발전에 관한 지침'에 따르면 2028년까지 드론산업 가치는 "
        "900억 위안에 달할 것으로 전망된다.",
        headline="가상국 드론 산업 급성장",
    )
    assert records["900억 위안"][:2] == ("target", 2028)


def test_a_quote_that_states_the_target_is_no_name():
    records = news(
        "가상국이 올해를 수소차 원년으로 삼았다.",
        headline="가상국 수소 굴기\n-'2035년 수소차 80만대·충전소 900기' 목표 제시",
    )
    assert records["80만대"][:2] == ("target", 2035)
    assert records["900기"][:2] == ("target", 2035)
    # a programme's name in quotes still names it
    assert "300개" not in news("가상시는 '스마트 공장 300개' 프로젝트를 추진한다.")


def test_a_grant_a_cited_plan_hands_a_company_is_the_plans():
    records = news(
        "신고지침에 따르면 MPW로 시험 생산을 하는 가상 팹리스 업체는 총 비용 중 40%를 250만위안 한도에서 지원하고, "
        "가상전자는 2027년까지 공장 3곳을 짓는다.",
        headline="가상구, 반도체 보조금 지침 발표",
    )
    assert records["40%"][0] == "funding"
    assert records["250만위안"][0] == "funding"


def test_the_place_of_a_reports_source_is_not_the_place_of_its_subject():
    records = records_of(
        "가상국의 '기술 허브' 선전시가 반도체 지원금을 내건 가운데 이번에는 선전시 중심부의 푸톈구(區)가 "
        "별도의 지원책을 발표했다.\n"
        "8일 홍콩 가상모닝포스트에 따르면 푸톈구는 신규 반도체 회사에 임대료를 할인한다고 밝혔다.\n"
        "또 정부가 매년 600만위안의 보조금을 3년간 제공한다고 덧붙였다.",
        headline="中 지방정부 반도체 지원책 경쟁",
    )
    grant = next(r for r in records if r.value_text == "600만위안")
    assert (grant.region, grant.city) == ("Guangdong", "Shenzhen")


def test_the_province_a_reported_plans_title_names_places_an_untitled_article():
    records = records_of(
        "일전 인쇄발부된 <가상 안휘성 2025년 소비품 교체 지원 실시방안>(이하 <방안>)에 따르면 노후 차량 교체를 지원한다.\n"
        "<방안>은 다음과 같이 제기했다. 2025년말까지 화물차를 2만대 이상 페기, 신규 구입한다.",
        headline="",
    )
    truck = next(r for r in records if r.value_text == "2만대")
    assert (truck.kind, truck.region, truck.target_year) == ("target", "Anhui", 2025)


def test_a_decision_in_a_briefs_style_and_a_will_in_any_verb_plan():
    records = news(
        "□ 가상 재정부가 특별국채 발행을 발표한 가운데, 800억 위안의 특별국채를 우선 발행하기로 함.\n"
        "- 업무보고는 재정적자 규모를 작년 대비 9000억 위안 늘릴 것이라고 밝힘.",
        headline="가상 재정부, 특별국채 발행",
    )
    assert records["800억 위안"][0] == "target"
    assert records["9000억 위안"][0] == "target"


def test_a_window_of_the_next_years_ends_with_its_last_year():
    # issued in 2025: "앞으로 3년간" covers 2025, 2026 and 2027; "향후 5년 동안" runs to 2029
    records = news(
        "가상성이 앞으로 3년간 데이터 기반시설 확충에 300억 위안 이상을 투자하겠다고 밝혔다. "
        "향후 5년 동안 스마트 공장 40곳을 새로 건설한다."
    )
    assert records["300억 위안"][:2] == ("funding", 2027)
    assert records["40곳"][:2] == ("target", 2029)


def test_a_window_told_late_in_the_year_opens_with_the_next_year():
    # told in November 2025, "앞으로 3년간" is 2026, 2027 and 2028
    page = (
        "가상성, 데이터 기반시설 확충\n2025-11-20\n"
        "가상성이 앞으로 3년간 데이터 기반시설 확충에 300억 위안 이상을 투자하겠다고 밝혔다.\n"
    )
    assert [(r.value_text, r.target_year) for r in records_of_page(page)] == [("300억 위안", 2028)]


def test_a_span_from_this_year_or_the_next_ends_with_its_last_year():
    # "올해부터 5년 동안" issued in 2025 runs to 2029; "내년부터 3년간" is 2026–2028
    records = news(
        "가상국은 올해부터 5년 동안 매년 특별채권 중에서 800억 위안을 부채 해결에 배정하기로 했다. "
        "가상성은 내년부터 3년간 스마트 공장 40곳을 새로 건설한다."
    )
    assert records["800억 위안"][1] == 2029
    assert records["40곳"][:2] == ("target", 2028)


def test_a_window_of_one_year_and_a_standing_grant_set_no_deadline():
    records = news("가상시는 앞으로 1년간 시범 사업을 운영한다. 신규 입주 기업에 최대 200만 위안을 지원한다.")
    assert records["200만 위안"][:2] == ("funding", None)


def test_a_sentence_of_this_years_work_dates_the_next_sentence_of_its_paragraph():
    records = news(
        "올해는 물류망 정비에 힘을 쏟아 농촌 도로 8만km를 신개축할 것이다. "
        "새로 개통하는 철도 거리는 3천km에 이를 예정이다."
    )
    assert records["3천km"][:2] == ("target", 2025)


def test_this_years_figures_so_far_date_no_plan_of_the_next_sentence():
    records = news(
        "올해 들어 10월까지 농촌 도로 8만km를 신개축했다. 새로 개통하는 철도 거리는 3천km에 이를 예정이다."
    )
    assert records["3천km"][:2] == ("target", None)


@pytest.mark.parametrize("body", ["민항국", "수리부", "국가체육총국", "해관총서"])
def test_a_central_administration_places_its_plan_in_the_nation(body):
    # a national plan whose examples name one city twice is still the nation's
    records = records_of(
        f"중국 {body}에서 5개년 발전계획을 발표했다. 2027년까지 시범 거점 60개를 새로 건설한다.\n"
        "예를 들어 광저우에는 거점 2곳이 생기고, 광저우 남부에도 1곳이 들어선다.",
        headline="2027년까지 시범 거점 60개 건설",
    )
    sites = next(r for r in records if r.value_text == "60개")
    assert (sites.region, sites.city) == ("National", None)


def test_a_grant_capped_over_a_span_of_years_is_a_standing_measure():
    records = news("가상시는 신설 연구소를 대상으로 3년 내 최대 150만 위안을 지원한다.")
    assert records["150만 위안"][:2] == ("funding", None)


def test_a_plans_own_period_frames_a_window_it_mentions():
    records = news(
        "가상성이 '디지털 협력 행동계획(2025-2030)'을 발표했다. 향후 5년간 매년 3천만 위안을 정보항 건설에 투입할 예정이다.",
        headline="가상성, 디지털 협력 행동계획(2025-2030) 발표",
    )
    assert records["3천만 위안"][1] == 2030


def test_a_window_in_a_work_report_looks_past_the_reports_year():
    records = news(
        "가상시 정부업무보고에 따르면 가상시는 향후 5년 동안의 목표로 디지털 경제 비중을 20% 수준으로 끌어올린다는 방침이다.",
        headline="가상시 정부업무보고 발표",
    )
    assert records["20%"][:2] == ("target", 2029)


def test_a_list_the_sentence_closes_as_the_goals_is_a_list_of_targets():
    # each item counted from last year ("전년 대비 … 성장한"), the list named the goals only at its end
    records = news(
        "주장은 '정부사업보고'를 통해 재정수입은 전년 대비 12% 성장한 80억 위엔, 수출입 총액은 9% 성장한 "
        "12억 달러, 농민 인당 소득은 5200위엔이 목표라고 말했다.",
        headline="가상주, 고속성장 기대",
    )
    for figure in ("12%", "80억 위엔", "9%", "12억 달러", "5200위엔"):
        assert records[figure] == ("target", 2025, "="), figure


def test_a_list_of_last_years_results_is_not_closed_by_a_later_goal():
    records = news(
        "재정수입은 전년 대비 12% 성장한 80억 위엔을 기록했고, 올해 소득 5200위엔을 목표로 한다.",
        headline="가상주, 고속성장 기대",
    )
    assert records["80억 위엔"][0] == "actual"


def test_an_expectation_of_the_next_clause_does_not_reach_back_past_ge_doemyeo():
    records = news(
        "가상성은 2026년에 고표준 농지 900만무를 새로 건설하게 되며 파종면적은 1억 2천만무 이상으로 "
        "안정될 것으로 예상된다."
    )
    assert records["900만무"][:2] == ("target", 2026)


def test_growth_for_an_older_five_year_plan_is_due_at_its_end():
    records = news(
        "가상주는 제12차 5개년 계획기간 생산총액 연평균 14% 증가시킬 방침이다.", headline="가상주 발전 방향"
    )
    assert records["14%"][:2] == ("target", 2015)


def test_the_one_thing_a_grant_pays_for_is_the_unit_of_the_grant():
    records = news(
        "가상시는 새 정책을 통해 수소 충전소 1곳을 건설하는 데 최대 300만 위안의 보조금을 지급하겠다고 밝혔다. "
        "전기 트럭 1대를 구입할 때 2만 위안을 지원한다."
    )
    assert set(records) == {"300만 위안", "2만 위안"}
    assert records["300만 위안"][0] == records["2만 위안"][0] == "funding"


def test_one_planned_site_with_no_grant_is_still_a_target():
    records = news("가상시는 2026년까지 수소 충전소 1곳을 시범 건설하는 데 힘을 모은다.")
    assert records["1곳"][:2] == ("target", 2026)


def test_a_fund_with_a_latin_name_is_no_company():
    records = news(
        "가상시 첨단구는 엔젤 투자 펀드 그룹을 조성한다. 이중 Seed Alpha 펀드는 초기 투자금으로 12억 위안을 마련한다."
    )
    assert records["12억 위안"][0] in ("target", "funding")


def test_a_list_of_levels_decided_together_is_a_list_of_targets():
    records = news(
        "또 소매총액은 동기 대비 11% 증가한 98억 위엔으로, 수출입총액은 지난해 대비 15% 증가한 9억 달러로, "
        "농민 순소득은 6% 증가한 4100위엔으로 각각 올리기로 했다.",
        headline="가상주 올해 경제 목표 확정",
    )
    for figure in ("98억 위엔", "15%", "9억 달러", "4100위엔"):
        assert records[figure][0] == "target", figure


def test_a_list_of_levels_reached_then_a_pledge_is_not_a_list_of_targets():
    records = news(
        '대변인은 "상반기 성장률이 작년 대비 가상성 4.7%, 나라성 3.9%로 반등했다"면서 "개방을 확대하겠다"고 밝혔다.'
    )
    assert records.get("4.7%", ("actual",))[0] == "actual"


def test_a_quoted_pledge_is_no_name():
    records = news(
        '가상국 항공국 관계자는 "제9차 개발계획 기간 동안 40개의 새로운 공항을 건설할 계획"이라며 '
        '"이렇게 되면 공항은 300개로 늘어나게 된다"고 밝혔다.'
    )
    assert records["40개"][0] == "target"


def test_a_name_in_quotes_still_names():
    records = news("가상시는 '스마트 공장 300개' 프로젝트를 추진한다.")
    assert "300개" not in records


def test_a_decision_a_report_relays_and_a_public_bodys_own_figures_are_no_forecasts():
    records = news(
        "보도에 따르면 가상시는 정착한 석사 인재에게 2년간 연간 8000위안의 생활 보조금을 제공하기로 했다. "
        "가상국 민항국에 따르면 올해 신규 노선 20개를 신설한다."
    )
    assert records["8000위안"][0] == "funding"
    assert records["20개"][0] == "target"


def test_what_a_public_body_says_a_project_can_save_is_no_pledge():
    records = news(
        "가상자치구 당국에 따르면 이에 따른 발전량은 연간 약 900억kWh로 3천만t의 석탄 사용을 줄일 수 있다."
    )
    assert records.get("3천만t", ("none",))[0] != "target"


def test_an_analysts_figure_a_report_relays_is_still_a_forecast():
    records = news("업계 보고서에 따르면 가상성 배터리 시장은 2027년 900억 위안에 이른다.")
    assert records.get("900억 위안", ("none",))[0] != "target"


def test_a_starting_level_now_dates_neither_its_change_nor_the_next_clause():
    records = news(
        "가상성은 대졸 인재를 현재 전체 노동자의 8.1%에서 18%까지 늘리고, 간부의 학위 소지자 비율도 "
        "80% 수준까지 끌어올린다는 방침이다.",
        headline="가상성, 2030년까지 인재 강국 건설",
    )
    assert records["18%"][:2] == ("target", 2030)
    assert records["80%"][:2] == ("target", 2030)


def test_each_of_the_cities_listed_before_the_clause_gets_the_figure():
    records = records_of(
        "그 중 베이징(北京), 상하이(上海), 선전 등 도시는 각각 연말까지 1만 개 이상의 기지국을 설치할 계획이다."
    )
    assert sorted(r.region for r in records if r.value_text == "1만 개") == [
        "Beijing",
        "Guangdong",
        "Shanghai",
    ]


def test_a_pledge_an_industry_report_relays_is_its_forecast():
    records = news("업계 보고서에 따르면 올해 신규 노선 20개를 신설한다.")
    assert "20개" not in records or records["20개"][0] != "target"


def test_what_a_foreign_ministry_reports_is_no_chinese_pledge():
    records = news("미국 상무부에 따르면 가상 기업은 올해 신규 공장 3곳을 건설한다.")
    assert records.get("3곳", ("none",))[0] != "target"


def test_the_target_a_revision_replaces_is_no_commitment():
    records = news(
        "가상성은 2030년까지 풍력 설비를 기존 목표치 400만kW를 1200만kW로 상향 조정했다. 당초 계획 30곳에서 45곳으로 늘린다."
    )
    assert "400만kW" not in records and "30곳" not in records
    assert records["1200만kW"][:2] == ("target", 2030)
    assert records["45곳"][0] == "target"


def test_a_work_conference_in_the_lead_sets_this_years_goals():
    records = news(
        "지난 4일에 열린 가상주 경제사업회의에서 올해 생산총액을 지난해 대비 10% 증가된 300억 위엔으로 확정했다.\n"
        "또 수출입총액은 15% 증가한 9억 달러로, 농민 순소득은 6% 증가한 4100위엔으로 각각 올리기로 했다.",
        headline="",
    )
    assert records["9억 달러"][:2] == ("target", 2025)
    assert records["4100위엔"][:2] == ("target", 2025)


def test_targets_after_a_full_stop_with_no_space_and_changes_against_a_base_year():
    # a saved page lost the space after "하였다."; "2020년에 비해" is a base, not the figure's date;
    # "만 위안 지역총생산 용수량" divides by ten thousand yuan, it is no amount
    records = news(
        "'방안'은 시범구의 임무를 명확히 하였다.2026년까지 연간 용수총량을 8억 1200만 입방미터 이내로 "
        "통제하며 만 위안 지역총생산 용수량은 2020년에 비해 14% 감소하고 비화석에너지 비중은 18% 이상으로 높인다."
    )
    assert records["8억 1200만 입방미터"] == ("target", 2026, "<=")
    assert records["14%"][:2] == ("target", 2026)
    assert records["18%"][:2] == ("target", 2026)
    assert "만 위안" not in records


def test_vouchers_issued_from_a_coming_date_are_planned():
    records = news("가상시 정부가 오는 15일부터 두 차례에 걸쳐 총 6억 위안 규모의 소비 쿠폰을 발행한다.")
    assert records["6억 위안"][0] in ("target", "funding")


def test_a_public_body_a_media_report_is_about_plans_and_a_company_it_is_about_does_not():
    records = news(
        "26일 가상일보에 따르면 항저우시 상무국은 배달 플랫폼을 통해 3억 위안 규모의 소비쿠폰을 발행한다. "
        "가상일보에 따르면 가상전자는 올해 스마트폰 500만 대를 출하한다."
    )
    assert records["3억 위안"][0] in ("target", "funding")
    assert records.get("500만 대", ("none",))[0] != "target"


def test_a_change_reported_as_a_finding_is_a_fact():
    records = news(
        "올 들어 가상 모델의 언어 및 영상 이해 능력은 각각 20%, 40% 향상된 것으로 나타났다. "
        "가상성은 2027년까지 이해 능력을 60% 향상할 것으로 보고 이를 목표로 제시했다."
    )
    assert records.get("20%", ("none",))[0] != "target" and records.get("40%", ("none",))[0] != "target"
    assert records["60%"][:2] == ("target", 2027)


def test_a_level_a_firm_reached_to_qualify_and_a_count_left_out_are_no_targets():
    records = news(
        "연간 신규 외자 금액이 3천만 달러 이상을 달성한 기업에 대해 최대 2천만 위안의 보상을 지급한다. "
        "2030년까지 공항 1,500개 이상을 건설할 예정으로, 기존 210개 공항을 제외하면 약 1,290개가 새로 건설된다."
    )
    assert "3천만 달러" not in records and "210개" not in records
    assert records["2천만 위안"][0] == "funding"
    assert records["1,500개"][:2] == ("target", 2030)


def test_this_years_goals_set_with_last_years_growth_in_brackets():
    records = news(
        "또 정부는 올해 목표를 생산총액 310억위엔(동기 대비 11% 증가), 고정자산투자 260억위엔(동기 대비 18%증가), "
        "농민 1인당 순소득 4천500위엔으로 정했다.",
        headline="가상주 인민대표대회 개막",
    )
    for figure in ("310억위엔", "260억위엔", "4천500위엔"):
        assert records[figure][0] != "actual" and records[figure][1] == 2025, figure


def test_a_goal_revised_from_last_years_level_is_the_new_level():
    records = news(
        "그중 가상성의 올해 성장률 목표는 작년의 7% 좌우에서 6~6.5%로 조정되고 나라성은 작년의 7% 이상에서 "
        "6.5% 이상으로 조정되었다."
    )
    assert records["6~6.5%"][0] == "target"
    assert records["6.5%"][0] == "target"
    assert records.get("7%", ("none",))[0] != "target"  # the levels revised from


def test_dwellings_counted_and_a_serial_name():
    records = news("국무원은 3년간 판자촌 1천500만 호를 개조하기로 했다. 중앙 1호 문건도 발표했다.")
    assert records["1천500만 호"][0] == "target"
    assert "1호" not in records


def test_places_listed_and_closed_by_deung_share_the_figure():
    records = records_of(
        "윈난, 신장(新疆)위구르자치구, 닝샤(寧夏)회족자치구, 칭하이(青海)등은 올해 목표치를 6∼7%로 잡았다.",
        headline="각 성 올해 성장률 목표 공개",
    )
    shared = sorted(r.region for r in records if r.value_text == "6∼7%")
    assert shared == ["Ningxia", "Qinghai", "Xinjiang", "Yunnan"]


def test_a_budget_that_beat_the_expectation_and_jobs_created_before_a_conjunction():
    records = news(
        "국방예산은 당초 예상치인 6% 안팎을 훨씬 웃도는 7.2%의 증가율을 보이며 1조 위안으로 책정됐다. "
        "올해 주요 목표로는 도시 신규 취업인원 1,100만 명 이상 창출과 도시 등록 실업율 4.5% 이하 등이 있다."
    )
    assert records["7.2%"][0] == "target"
    assert records.get("6%", ("none",))[0] != "target"
    assert records["1,100만 명"][0] == "target"


def test_figures_stated_respectively_for_listed_places_pair_in_order():
    records = records_of(
        "- '27년까지 항저우시와 난징시는 '22년 대비 각 800만 톤과 600만 톤을 줄인다.\n"
        "- 우한시와 창사시는 각각 1억 위안을 투입한다."
    )
    pairs = sorted((r.value_text, r.region) for r in records if r.unit == "t")
    assert pairs == [("600만 톤", "Jiangsu"), ("800만 톤", "Zhejiang")]
    shared = sorted(r.region for r in records if r.value_text == "1억 위안")
    assert shared == ["Hubei", "Hunan"]  # one figure for both: a copy each


def test_an_amount_that_sizes_the_class_of_what_is_counted_is_a_threshold():
    records = news(
        "방안은 오는 2027년까지 5천억 위안 규모의 소비 영역 4개를 육성한다는 목표를 제시했다. "
        "또 2026년까지 매출규모가 80억위안에 달하는 대형 기업을 12곳, 매출규모 30억위안 기업 25곳을 육성할 계획이다. "
        "2027년까지 투자 총액 300억 위안을 투입한다."
    )
    assert "5천억 위안" not in records and "80억위안" not in records and "30억위안" not in records
    assert records["4개"][:2] == ("target", 2027)
    assert records["12곳"][:2] == ("target", 2026)
    assert records["300억 위안"][0] in ("target", "funding")


def test_the_size_that_makes_a_group_with_no_count_after_it_is_a_threshold():
    # "…50억 위안 이상, 500억 위안 이상인 … 산업 클러스터 육성": sizes of the clusters to grow
    records = news(
        "가상성은 2027년까지 매출 20조 위안 달성 △ 생산액 50억 위안(약 9천억 원) 이상, 500억 위안(약 9조 원) "
        "이상인 경쟁력과 특색을 갖춘 산업 클러스터 육성 목표를 제시함."
    )
    assert "50억 위안" not in records and "500억 위안" not in records
    assert records["20조 위안"][:2] == ("target", 2027)
    # money to attract, before a verb, is the target itself
    assert (
        records_of("가상시는 2027년까지 5억위안 이상의 투자를 유치해 기업 30곳을 육성한다.")[0].value_text
        == "5억위안"
    )


def test_power_before_the_plant_it_sizes_is_its_capacity_unless_plants_are_counted():
    records = news(
        "가상시는 2030년까지 이곳에 1500만㎾ 이상의 전력 생산설비를 갖추고 석탄 3000만t을 생산할 계획이다."
    )
    assert records["1500만㎾"][:2] == ("target", 2030)
    records = news("가상성은 2030년까지 100만kW 이상의 발전설비 10기를 건설한다.")
    assert "100만kW" not in records and records["10기"][:2] == ("target", 2030)


def test_a_projects_cost_named_before_it_and_estimated_is_the_plans_budget():
    # "…건설은 총투자가 N에 달할 것으로 추산": what a project of the plan is to cost
    body = (
        "이가운데 가상관광구는 올해 1.2억위안을 투자하여 스키장을 확장한다. "
        "가상풍경구 관광도로건설은 총투자가 3200만위안에 달할 것으로 추산, 도로 전체 길이는 4킬로메터이다."
    )
    assert news(body, headline="가상시 올해 관광 프로젝트 계획")["3200만위안"][0] == "target"
    # an analyst's estimate stays a forecast
    body = "증권사 분석가는 가상풍경구의 총투자가 3200만위안에 달할 것으로 추산했다."
    assert "3200만위안" not in news(body, headline="가상시 올해 관광 프로젝트 계획")


def test_the_area_a_plan_sets_named_as_its_subject_is_a_target():
    # "계획 … 건축 면적은 N㎡이다" (规划建筑面积)
    body = "가상지구 개조 프로젝트의 계획 용적률 계산 건축 면적(Capacity building area)은 80만 2,000㎡이다."
    assert news(body, headline="가상시 도시 개조 계획 승인")["80만 2,000㎡"][0] == "target"


def test_a_paragraph_opening_with_a_bracketed_title_and_a_longer_particle_is_text_not_a_caption():
    body = (
        "국무원이 <가상지역 발전 계획>을 비준했다.\n"
        "<계획>에는 신규 도로 운영 길이가 2.4만km에 달해야 하고 녹지율이 23% 정도에 달하도록 한다는 내용이 포함된다.\n"
        "<주요 지표> 가상지역 발전 목표"
    )
    records = news(body, headline="가상지역 발전 계획 비준")
    assert set(records) == {"2.4만km", "23%"}


def test_a_central_ministry_named_by_its_latin_acronym_is_a_public_body_not_a_company():
    records = news(
        "NDRC는 2029년까지 전국 충전기 수를 2천만 개 이상으로 늘린다는 목표를 제시했다.",
        headline="중국, 충전 인프라 확충 목표 제시",
    )
    assert records["2천만 개"] == ("target", 2029, ">=")


def test_a_list_of_from_to_levels_closed_by_a_contracted_decision_holds_a_share_it_names():
    body = (
        "가상성은 2030년까지의 혁신 계획을 내놓았다. 특히 연구개발 투자 강도를 2.1%에서 3%로, "
        "디지털 산업이 지역총생산에서 차지하는 비중을 8.5%에서 12%로 각각 제고키로 했다."
    )
    records = news(body, headline="가상성, 혁신 계획 발표")
    assert records["3%"][:2] == ("target", 2030)
    assert records["12%"][:2] == ("target", 2030)
    assert records["2.1%"][0] == records["8.5%"][0] == "actual"  # the levels they start from


def test_the_year_whose_level_a_cut_is_counted_from_is_a_base_not_the_figures_date():
    body = (
        "국무원이 발표한 대기 계획에 따르면 2027년까지 미세먼지 농도는 2022년 수준에서 12%, "
        "황산화물 배출량은 9% 이상 줄이게 된다."
    )
    records = news(body, headline="중국, 대기 개선 계획")
    assert records["12%"] == ("target", 2027, "=")
    assert records["9%"] == ("target", 2027, ">=")
    subjects = {r.value_text: r.subject_ko for r in records_of(body, headline="중국, 대기 개선 계획")}
    assert subjects["12%"] == "미세먼지 농도"


def test_a_report_of_what_a_central_body_named_by_its_acronym_will_do_is_its_plan_not_a_forecast():
    records = news(
        "가상일보에 따르면 NEA는 올해 신규 태양광 설비를 2억kW 이상 늘린다.",
        headline="중국, 태양광 확대",
    )
    assert records["2억kW"] == ("target", 2025, ">=")


def test_a_figure_the_sentence_compares_another_with_is_a_base_not_a_target():
    body = (
        "가상성은 올해 성장률 목표를 5% 안팎으로 제시했다. "
        "지난 5개년 계획 시기의 8%와 비교해 목표는 처음으로 구간 목표로 바뀌었다. "
        "지난 계획의 2천만 톤에 비해 새 계획은 2027년 수소 생산량 3천만 톤을 목표로 한다."
    )
    records = news(body, headline="가상성 올해 목표 발표")
    assert "8%" not in records and "2천만 톤" not in records
    assert records["5%"][:2] == ("target", 2025)
    assert records["3천만 톤"][:2] == ("target", 2027)
    # a base the sentence names as this year's target is that target
    assert news("이는 올해 목표치인 7억t에 비해 크게 늘어나는 것이다.", headline="가상성 석탄 소비")["7억t"][
        :2
    ] == (
        "target",
        2025,
    )


def test_an_amount_that_sizes_any_class_a_count_follows_is_a_threshold_and_a_funds_size_is_not():
    body = (
        "가상시는 2028년까지 500억 위안(약 10조 원) 규모의 야간 상권 8개를 조성한다. "
        "또 200억 위안 규모의 산업 펀드를 설립한다."
    )
    records = news(body, headline="가상시 소비 촉진 방안")
    assert "500억 위안" not in records
    assert records["8개"][:2] == ("target", 2028)
    assert records["200억 위안"][:2] == ("funding", 2028)  # a fund set up: money committed


def test_a_result_to_bring_about_or_come_to_in_the_present_is_forward_and_in_the_past_is_a_fact():
    body = (
        "가상주는 올해 3만 헥타르의 면적에 숲을 만들게 된다. "
        "향후 5년 안에 고등학교 입학률을 92%에 이르게 한다. "
        "지난해 가상주는 2만 헥타르에 나무를 심게 됐다."
    )
    records = news(body, headline="가상주 조림 계획")
    assert records["3만 헥타르"][:2] == ("target", 2025)
    assert records["92%"][0] == "target"
    assert records["2만 헥타르"][0] == "actual"


def test_an_expected_target_is_a_target_not_a_forecast():
    records = news(
        "회의는 올해 가상성 관광업의 예상목표를 해외 관광객 80만 명 유치로 정했다.",
        headline="가상성 관광업 회의",
    )
    assert records["80만 명"][:2] == ("target", 2025)


def test_a_market_of_a_money_class_is_the_markets_size_unless_such_markets_are_counted():
    body = (
        "상무부 등 3개 부처는 2029년까지 5천억 위안(약 95조원)급 시장을 조성할 것이라고 발표했다. "
        "또 2개의 1천억 위안급 시장을 육성한다."
    )
    records = news(body, headline="중국, 실버경제 시장 육성")
    assert records["5천억 위안"][:2] == ("target", 2029)
    assert "1천억 위안" not in records
    assert records["2개"][:2] == ("target", 2029)
    clusters = news(
        "가상시는 3대 5천억 위안급 산업 클러스터 육성에 속도를 높인다.", headline="가상시 산업 육성"
    )
    assert "5천억 위안" not in clusters


def test_work_carried_out_trees_planted_costs_guaranteed_and_an_intent_are_forward():
    body = (
        "가상주는 올해 5만 헥타르의 윤작 시범사업을 진행하며 벼 재배면적을 3만 헥타르로 확대하려 한다. "
        "국유림 관리국에서 2만 헥타르를 책임지고 조림하고, 도로변에 나무 40만 그루를 심는다. "
        "중대 질병 치료비의 80%를 보장한다. 관련 기관은 비용 문제를 고려한다."
    )
    records = news(body, headline="가상주 농림업 업무 계획")
    assert records["5만 헥타르"][:2] == records["3만 헥타르"][:2] == ("target", 2025)
    for value_text in ("2만 헥타르", "40만 그루", "80%"):
        assert records[value_text][0] == "target", value_text


def test_a_list_closed_by_a_verb_of_reaching_made_a_plan_and_a_scene_set_with_a_copula():
    body = (
        "국무원은 2035년까지의 교통망 계획을 발표했다. "
        "또 국도가 총 30만km, 내륙 수로가 총 1만8천km에 이르도록 하겠다는 내용도 포함됐다. "
        "작년 말 현재 전국의 고속도로는 17만여km인데, 이 기간 3만km를 추가 건설해 총 길이를 20만km로 늘리겠다는 계획이다."
    )
    records = news(body, headline="중국, 교통망 계획 발표")
    assert records["30만km"][:2] == records["1만8천km"][:2] == ("target", 2035)
    assert records["20만km"][:2] == ("target", 2035)
    assert records.get("17만여km", ("actual",))[0] == "actual"


def test_the_phase_of_a_metro_line_is_an_ordinal_not_a_count():
    body = (
        "가상시는 2027년까지 도시철도 5호선 1기, 7호선 2기 등 모두 6개 노선을 건설하고 원전 2기를 추가한다."
    )
    records = news(body, headline="가상시 도시철도 건설 계획")
    assert "1기" not in records and "2기" in records  # the reactors are counted
    assert records["6개"][:2] == ("target", 2027)


def test_the_level_a_measure_is_at_as_the_object_a_change_takes_to_a_new_level_is_a_baseline():
    body = (
        "가상성은 2024년 기준 3만 개의 약국을 2028년까지 4만 개로 확대하겠다는 계획을 내놓았다. "
        "2024년 2조 위안 수준인 관광 수입을 3조 위안 수준으로 끌어올린다. "
        "또 500억 위안을 투자해 산업 규모를 2천억 위안으로 늘린다. "
        "바이오 산업 규모를 300억 위안, 신소재 산업 규모를 400억 위안으로 각각 늘린다."
    )
    records = news(body, headline="가상성 발전 계획")
    assert records["3만 개"][0] == "actual"
    assert records["2조 위안"][0] == "actual"
    assert records["4만 개"][:2] == ("target", 2028)
    assert records["3조 위안"][0] == "target"
    assert records["500억 위안"][0] in ("target", "funding")
    assert records["300억 위안"][0] == records["400억 위안"][0] == "target"  # a list, not a change


def test_a_level_no_more_than_now_and_a_state_reached_are_facts():
    body = (
        "가상시는 2030년까지 대중교통 분담률을 70%로 높인다. "
        "하지만 도시철도 기여도는 45%에 불과하다. "
        "민항국은 시험구 12곳의 설립을 승인한 상태다."
    )
    records = news(body, headline="가상시 교통 계획")
    assert records["70%"][:2] == ("target", 2030)
    assert records.get("45%", ("actual",))[0] == "actual"
    assert records.get("12곳", ("actual",))[0] == "actual"


def test_an_amount_in_brackets_converting_the_one_before_into_another_currency_is_no_record():
    records = news(
        "가상성은 2028년까지 연간 5천억 위안(약 690억 달러) 규모의 비용 절감을 목표로 한다. "
        "해외 투자 유치 목표는 100억 달러(약 720억 위안)이다."
    )
    assert set(records) == {"5천억 위안", "100억 달러"}


def test_past_endings_of_every_verb_form_report_facts_and_a_target_set_lower_is_set():
    body = (
        "- 가상성은 2027년까지 다음을 추진\n"
        "  - 2만 무의 경작지를 습지로 환원시켰다.\n"
        "  - 지난 3년간 나무 500만 그루를 새로 심어 숲을 늘렸다.\n"
        "  - 가상성은 9%에서 7% 안팎으로, 나상성은 8%에서 6.5%로 올해 성장률 목표치를 낮춰 잡았음."
    )
    records = news(body, headline="가상성 생태 계획")
    assert records.get("2만 무", ("actual",))[0] == "actual"
    assert records.get("500만 그루", ("actual",))[0] == "actual"
    assert records["7%"][0] == records["6.5%"][0] == "target"


def test_a_reported_clause_keeps_its_own_tense_under_the_verb_that_reports_it():
    records = news("중국 정부가 가상성 철도 건설에 900억 위안을 투입한다고 관영 매체가 보도했다.")
    assert records["900억 위안"][0] in ("target", "funding")


def test_a_decision_linked_to_the_next_clause_plans_and_a_ratio_set_like_last_years_is_set():
    records = news(
        "중국이 앞으로 3년간 2천만명을 빈곤에서 구제하기로 하고 서부 지역에 정책을 집중하기로 했다. "
        "한편 올해 재정 적자율은 작년과 동일한 3%로 설정했으며, 올해 5만kw 규모의 설비를 늘린다는 방침이다."
    )
    assert records["2천만명"][0] == "target"
    assert records["3%"][:2] == ("target", 2025)
    assert records["5만kw"][:2] == ("target", 2025)


def test_a_quota_a_budget_report_sets_is_a_target_not_someones_forecast():
    records = news(
        "예산보고에 따르면 올해 지방정부의 채권발행 한도액은 4000억 위안으로서 그중 3000억 위안은 일반채권이다."
    )
    assert records["4000억 위안"][:2] == ("target", 2025)


def test_a_target_set_governs_before_a_later_clauses_guess():
    records = news(
        "가상성 정부는 올해 관광 수입 목표를 800억위안으로 설정했는데 경기 둔화로 인해 2분기에는 다소 영향을 "
        "받았을 것으로 보인다.",
        headline="가상성 관광 수입 부진",
    )
    assert records["800억위안"][:2] == ("target", 2025)


def test_what_a_quoted_official_says_must_be_done_is_no_fact_of_the_verb_that_reports_it():
    records = news(
        '판공실 주임은 "앞으로 3년간 2천만명의 빈곤 인구를 구제하고 5만곳의 빈민촌, 300개 빈곤 현을 가난에서 '
        '벗어나게 해야 한다"고 말했다. 또 "투자금액의 60%인 200억위안이 남부 지역의 갑주와 을주, 병주를 위해 '
        '사용될 계획"이라고 덧붙였다.'
    )
    assert records["5만곳"][0] == "target"
    assert records["200억위안"][0] in ("target", "funding")


def test_a_size_without_a_count_is_the_things_own_size_and_with_one_a_class():
    records = news(
        "가상시 정부가 인구 150만명 규모의 신도시를 건설한다. "
        "당국은 2028년까지 500억 위안 규모 산업 클러스터 4곳을 짓겠다는 계획이다."
    )
    assert records["150만명"][0] == "target"
    assert "500억 위안" not in records and records["4곳"][:2] == ("target", 2028)


def test_a_cue_of_last_year_before_the_numbers_own_this_year_dates_another_figure():
    body = (
        "올해 가상성의 전체 예산이 작년도보다 8% 늘어난 2조 위안으로 편성됐다. "
        "지난해 지역총생산의 2.5%였던 재정적자 규모는 올해는 3% 수준인 900억 위안으로 확대된다."
    )
    records = news(body, headline="가상성 예산 발표")
    assert records["2조 위안"][:2] == ("target", 2025)
    assert records["900억 위안"][:2] == ("target", 2025)


def test_a_budgets_amount_is_allotted_in_any_wording_and_its_change_is_not():
    body = (
        "가상성 재정청은 올해 예산안을 제출했다. 이중 올해 성 본급의 예산 규모는 지난해보다 7.5% 늘어난 3200억 위안이었다. "
        "항목별로는 올해 교육 예산이 전년대비 9% 증가한 410억 위안으로 가장 많았다."
    )
    records = news(body, headline="가상성 예산안 제출")
    assert records["3200억 위안"][:2] == ("target", 2025)
    assert records["410억 위안"][:2] == ("target", 2025)
    assert "7.5%" not in records and "9%" not in records


def test_a_latin_gloss_of_where_a_site_lies_does_not_place_a_national_article():
    body = (
        "중국이 2027년까지 나프타 분해 능력을 3000만톤으로 확대한다.\n"
        "정유는 2027년까지 500만톤 이상의 대형설비를 증설하고 100만톤 이하의 소형설비는 폐쇄할 방침이다. "
        "또 Ningbo(Zhejiang), Zhoushan(Zhejiang), Qingdao(Shandong)의 비축기지가 가동에 들어갔다."
    )
    records = records_of(body, headline="중국, 2027년 석유화학 수요 전망")
    by_value = {r.value_text: r for r in records}
    assert by_value["3000만톤"].region == "National"
    assert "500만톤" not in by_value and "100만톤" not in by_value  # sizes of the facilities counted


def test_a_change_from_last_year_in_a_present_plan_is_a_base_not_a_fact():
    records = news("올해 가상시의 중대 프로젝트는 120개다. 투자액은 900억위안으로 전년대비 6.0% 확대한다.")
    assert records["900억위안"][0] == "target"


def test_cities_listed_each_after_its_province_with_latin_glosses_share_the_figure():
    body = (
        "저장성(Zhejiang) 항저우시(Hangzhou)와 닝보시(Ningbo), 후베이성(Hubei) 우한시(Wuhan) 등은 "
        "올해 GDP 성장률 목표로 5-6%를 설정했다."
    )
    records = records_of(body, headline="중국 주요 도시 올해 성장 목표")
    assert sorted((r.region, r.city) for r in records if r.value_text == "5-6%") == [
        ("Hubei", "Wuhan"),
        ("Zhejiang", "Hangzhou"),
        ("Zhejiang", "Ningbo"),
    ]


def test_money_a_province_gives_in_plain_words_is_funding():
    records = news("가상성은 매년 20명의 인재를 선발해 300만위안의 창업자금과 30만위안의 이주비를 준다.")
    assert records["300만위안"][0] == records["30만위안"][0] == "funding"


def test_a_pledge_a_minister_makes_in_quotes_under_a_reports_attribution_is_a_plan():
    records = news(
        "가상통신에 따르면 중국 인력부장은 최근 “내년에 5천명의 해외 전문가를 채용할 것”이라고 말했다. "
        "업계에 따르면 내년 시장 규모는 300억 위안에 이를 전망이다."
    )
    assert records["5천명"][:2] == ("target", 2026)
    assert "300억 위안" not in records


def test_what_a_plan_includes_as_work_to_do_is_a_target_even_reported_in_the_past():
    records = news(
        "가상주의 조림 계획에는 도시에 20만 평방미터의 녹지를 새롭게 조성하고 농촌 마을에 150헥타르 면적을 "
        "조림하는 등의 내용이 포함됐다.",
        headline="가상주 조림 계획",
    )
    assert records["150헥타르"][0] == "target"


def test_an_analysts_quoted_words_are_a_forecast_and_an_officials_are_the_plan():
    records = news(
        '가상증권 수석애널리스트는 "이번 계획에 따라 드론 시장이 향후 4년간 20%씩 확대되면서 2028년이면 '
        '900억위안 규모에 이르게 될 것"이라고 말했다. 민항국 관계자는 "2028년까지 40개의 새로운 공항을 '
        '건설할 계획"이라고 밝혔다.'
    )
    assert "20%" not in records and "900억위안" not in records
    assert records["40개"][:2] == ("target", 2028)


def test_a_level_fixed_from_last_year_and_a_count_set_against_last_years_are_this_years_goals():
    body = (
        "새로운 한해 가상주는 지역 총생산액은 전해보다 8% 증가한 300억 위엔, 재정수입은 지난해보다 10% 증가한 "
        "50억 위엔으로 확정하고 증가하는 수입의 60% 이상을 민생에 사용할 방침이다. "
        "올해 중점 프로젝트는 1200건으로 지난해의 2배로 늘린다."
    )
    records = news(body, headline="가상주 정부사업보고")
    assert records["50억 위엔"][0] == "target"
    assert records["1200건"][:2] == ("target", 2025)
    fixed = news(
        "가상주는 올해 재정수입을 지난해보다 10% 증가한 50억 위엔으로 확정했다.", headline="가상주 예산"
    )
    assert fixed["50억 위엔"][:2] == ("target", 2025)


def test_the_last_value_of_an_inline_list_a_document_sets_out_is_a_target_not_a_listed_count():
    records = news(
        "- 주요 지표 목표로는 △성장률 6%(6.5%) △고용창출 1,100만개(1,000만개)를 제시", headline="가상 보고서"
    )
    assert records["1,100만개"][0] == "target"


def test_a_count_of_a_size_class_made_with_되는_is_the_target_and_the_size_its_class():
    records = news("가상성은 2027년까지 연간 출하량이 500-999마리 되는 가정 농장이 3000개를 초과하도록 한다.")
    assert "500-999마리" not in records
    assert records["3000개"][:2] == ("target", 2027)


def test_the_year_a_native_multiple_is_counted_from_is_a_base():
    records = news("가상성은 2030년 지역총생산을 2020년의 두배에 이르게 한다고 명확히 했다.")
    assert records["두배"][:2] == ("target", 2030)


def test_a_change_that_modifies_the_level_after_it_is_no_record_and_a_ministrys_work_arrangement_is_a_plan():
    records = news(
        "규획에 따르면 가상시의 인구는 2030년까지 지금보다 50만 명 더 증가한 1천500만 명으로 통제된다. "
        "업무 안배에 따르면 공공기관 웹사이트 IPv6 보급률이 90%로 높아진다. "
        "판자촌이 많은 시와 현에서 보상 비율을 높여 금년 500만개 개조 목표를 반드시 실현하기로 결정함."
    )
    assert "50만 명" not in records and records["1천500만 명"][:2] == ("target", 2030)
    assert records["90%"][0] == "target"
    assert records["500만개"][:2] == ("target", 2025)


def test_a_quoted_sentence_whose_subject_is_a_company_states_the_companys_plan():
    records = news(
        "“네트워크 측면에서 차이나유니콤과 차이나텔레콤은 2027년까지 전국에 30만 개의 기지국을 공동 건설한다”고 "
        "부부장은 말했다."
    )
    assert "30만 개" not in records


def test_provinces_whose_goals_equal_the_nations_each_keep_the_figure():
    body = (
        "중앙은 2030년 국내총생산을 2020년의 두배로 늘린다는 목표를 제시했다.\n"
        "이미 계획을 발표한 성 가운데서 흑룡강, 복건, 강소 등지의 목표는 중앙과 같았는데 모두 2030년 "
        "지역생산총액과 주민소득이 2020년의 두배에 이르게 한다고 명확히 했다."
    )
    records = records_of(body, headline="각 성의 5개년 계획 목표")
    assert sorted(r.region for r in records if r.value_text == "두배" and r.line == 4) == [
        "Fujian",
        "Heilongjiang",
        "Jiangsu",
    ]


def test_a_latin_unit_ending_in_a_foreign_name_is_no_foreign_actor():
    records = news(
        "가상항은 2027년 컨테이너 취급량 3000만TEU, 해운철도복합운송량 90만 TEU를 달성하겠다는 목표다."
    )
    assert records["90만 TEU"][:2] == ("target", 2027)


def test_a_subsidy_standard_raised_is_set_and_a_finding_understood_is_a_fact():
    records = news(
        "노후 차량을 전기차로 교체할 때 적용되는 보조금 기준을 1만위안에서 3만위안으로 상향했다. "
        "태양광발전이 2000만kW로 2020년 대비 약 5배 확대된 것으로 파악된다."
    )
    assert records["3만위안"][0] in ("target", "funding")
    assert records.get("2000만kW", ("actual",))[0] == "actual"


def test_counts_listed_with_an_including_modifier_are_what_the_plan_deploys():
    records = news(
        "의견에 따르면 2030년까지 전국에 약 10개의 국제 물류 허브, 약 30개의 지역 물류 허브를 포함한 "
        "약 40개의 국가 물류 허브를 배치할 것을 제시했다."
    )
    assert records["10개"][0] == records["30개"][0] == "target"


def test_an_items_label_naming_targets_and_places_sharing_a_figure_within_their_item():
    body = (
        "ㅇ 각 성 정부가 정부 업무 보고에서 올해 신규 취업자 목표치를 제시함.\n"
        "- (신규 취업자 목표치) △갑성성 90만 명, △광둥성, 허난성 각각 80만 명, △쓰촨성, 허베이성 각각 60만 명 등"
    )
    records = records_of(body, headline="각 성, 일자리 목표 제시")
    by_value = sorted((r.value_text, r.region) for r in records if r.value_text in ("80만 명", "60만 명"))
    assert by_value == [
        ("60만 명", "Hebei"),
        ("60만 명", "Sichuan"),
        ("80만 명", "Guangdong"),
        ("80만 명", "Henan"),
    ]
    assert all(r.kind == "target" for r in records if r.value_text in ("80만 명", "60만 명"))


def test_figures_stated_respectively_with_their_own_qualifiers_or_quotes_pair_with_the_places():
    records = records_of(
        "광둥성과 장쑤성은 각각 5.0% 이상과 4.5% 내외를 목표로 제시했다. "
        "산둥성, 저장성은 각각 ‘6%‘ ‘6.5% 이상’으로 목표치를 잡았다.",
        headline="각 성 올해 성장 목표",
    )
    pairs = sorted((r.region, r.value_text) for r in records)
    assert pairs == [("Guangdong", "5.0%"), ("Jiangsu", "4.5%"), ("Shandong", "6%"), ("Zhejiang", "6.5%")]


def test_an_age_that_names_a_group_of_children_and_a_count_of_provinces_acting_are_no_records():
    records = news(
        "전국 31개 성·구·시 정부가 올해 목표치를 제시함. 가상성은 2027년까지 유치원의 2~3세 어린이 모집을 "
        "장려하고 돌봄 정원을 5만 개로 늘린다."
    )
    assert "31개" not in records and "2~3세" not in records
    assert records["5만 개"][:2] == ("target", 2027)


def test_a_headline_that_opens_with_its_figure_names_no_company():
    # "…확대" ends like a university's short name ("칭화대"); a head with a year and a figure is the news
    records = news(
        "중국 정부가 2028년까지 주요 분야의 설비 투자를 2024년 대비 30% 이상 늘리기로 했다. "
        "같은 기간 제조업체의 디지털 설계 도구 사용률은 85% 이상으로 높인다.",
        headline="28년까지 설비 투자 30% 확대, 노후 설비 교체",
    )
    assert records["30%"] == ("target", 2028, ">=")
    assert records["85%"] == ("target", 2028, ">=")


def test_the_formal_style_of_broadcast_news_states_plans_too():
    # -ㅂ니다 fuses with a stem that ends in a vowel (올리+ㅂ니다 = 올립니다) and follows verb-nouns as 합니다
    records = news(
        "가상성 당국은 노후 버스 한 대당 보조금을 현재 5만위안에서 7만위안으로 올립니다. "
        "충전소는 300곳으로 늘립니다. 스마트 가전 구매자에게는 판매가의 12%를 지원합니다.",
        headline="가상성, 노후 설비 교체 지원 확대",
    )
    assert records["7만위안"][0] == "target"
    assert "5만위안" not in records or records["5만위안"][0] == "actual"
    assert records["300곳"][0] == "target"
    assert records["12%"][0] == "funding"  # a share of the price paid out: support


def test_a_province_glossed_once_keeps_its_reading_in_later_bare_mentions():
    # 산시 is Shanxi (山西) or Shaanxi (陕西); the lead's characters decide for the whole article
    records = records_of(
        "북부 산시(山西)성이 2026년까지 공공 충전대를 9만 대로 늘린다.\n"
        "새 충전대는 2026년 산시성의 800개 마을에 보급될 예정이다.",
        headline="산시성, 충전 기반시설 확충",
    )
    assert {r.value_text: r.region for r in records} == {"9만 대": "Shanxi", "800개": "Shanxi"}


def test_a_subject_ending_in_dae_is_a_university_only_by_its_short_name():
    # 칭화대 is Tsinghua University; 충전대 (charging posts) and 확대 are no one's name
    records = news(
        "증설된 충전대는 2027년 가상성의 900개 마을에 보급될 예정이다. "
        "칭화대는 2027년까지 연구 인력 500명을 양성할 계획이다.",
        headline="가상성, 충전 기반시설 확충",
    )
    assert records["900개"][:2] == ("target", 2027)
    assert "500명" not in records


def test_a_target_asked_about_is_no_commitment_but_one_stated_before_the_question_is():
    records = news(
        "이번 계획에 연평균 6% 이상의 성장률 목표를 부과할지 관심이 쏠린다. "
        "가상성은 2027년까지 로봇 기업 80개를 육성하기로 했고, 이를 달성할지 주목된다.",
        headline="가상성, 새 5개년 계획 초안",
    )
    assert "6%" not in records
    assert records["80개"][:2] == ("target", 2027)


def test_a_budget_bill_cited_states_the_years_allotments():
    records = news(
        "가상국 재정부가 의회에 제출한 올해 예산안에 따르면 교육 예산은 전년 대비 6.5% 증가한 2조 3000억 위안이다.",
        headline="가상국 올해 예산안 공개",
    )
    assert records["2조 3000억 위안"][1:] == (2025, "=")
    assert records["2조 3000억 위안"][0] in ("target", "funding")


def test_a_fund_of_a_size_class_states_the_funds_size():
    # "…억 위안급 기금": a fund of about that size (not "100MW급 발전소", a plant's class)
    records = news(
        "가상시 정부는 정책 통지를 발표하고 500억 위안(약 9조원)급 바이오산업기금을 설립한다고 밝혔다.",
        headline="가상시, 바이오 산업 육성 정책 발표",
    )
    assert records["500억 위안"][0] in ("target", "funding")


def test_the_central_bank_by_its_short_name_is_a_public_body():
    records = news(
        "인민은행은 대출 원금의 70%를 시중은행에 저금리로 재대출하게 된다.",
        headline="중국, 과학기술 재대출 5000억 위안 마련",
    )
    assert records["70%"][0] in ("target", "funding")


def test_money_assigned_to_a_programme_is_allotted_in_any_tense():
    records = news(
        "가상시는 데이터 바우처 프로그램에 2억 위안을 할당했다.",
        headline="가상시, 데이터 바우처 발행",
    )
    assert records["2억 위안"][0] in ("target", "funding")


def test_money_being_readied_is_forward_but_a_programme_being_run_is_not():
    records = news(
        "가상성은 AI 인프라 투자에 추가로 5억 위안을 준비하고 있다. 가상성은 현재 시범 단지 12곳을 운영하고 있다.",
        headline="가상성, AI 인프라 투자 확대",
    )
    assert records["5억 위안"][0] in ("target", "funding")
    assert records.get("12곳", ("actual",))[0] == "actual"


def test_what_there_is_under_a_plans_deadline_is_no_target():
    records = news(
        "가상성은 2027년까지 공공 충전대를 12만 대로 늘린다. 현지의 기반 시설로는 충전소 900개와 충전대 2만 대가 있다.",
        headline="가상성, 2027년까지 충전대 12만 대",
    )
    assert records["12만 대"][:2] == ("target", 2027)
    assert records.get("900개", ("actual",))[0] == "actual"
    assert records.get("2만 대", ("actual",))[0] == "actual"


def test_what_experts_foresee_and_the_level_now_as_estimated_are_no_targets():
    records = news(
        "전문가들은 가상 산업 규모가 2030년까지 5조위안까지 성장할 것으로 내다봤다. "
        "가상성은 올해 300억위안으로 예상되는 차 산업 생산액을 2028년 600억위안으로 끌어올리기로 했다.",
        headline="가상성, 차 산업 육성",
    )
    assert "5조위안" not in records
    assert "300억위안" not in records
    assert records["600억위안"][:2] == ("target", 2028)


def test_what_has_become_possible_is_done():
    records = news(
        "강물을 냉열원으로 이용해 800만㎡에 가까운 공공건물에 에너지 공급이 가능해졌다.",
        headline="가상시, 녹색 건축 확대",
    )
    assert records.get("800만㎡", ("actual",))[0] == "actual"


def test_the_deck_under_a_country_headline_does_not_hide_the_province_of_the_lead():
    from etl.extract import article_place

    text = (
        "중국, 합금 산업 대개편…노후 설비 퇴출\n2025-03-05\n"
        "■ 2026년까지 노후 설비 폐쇄\n■ 제품 다양화: 고급 합금 추진\n■ 설비 대형화와 저탄소 전환\n"
        "■ 디지털 공장과 스마트 물류 도입\n"
        "중국 칭하이 자치구가 합금 산업의 구조 전환에 나선다. 칭하이는 노후 전기로를 폐쇄한다.\n"
        "2030년까지 생산액은 300억 위안을 목표로 설정했다.\n"
    )
    article = parse_text(text, file_name="news.txt", sha256="0" * 64).articles[0]
    assert article_place(article) == ("Qinghai", None)


def test_what_a_figure_amounts_to_is_no_target():
    records = news(
        "가상국은 2027년까지 수소 생산을 늘린다. 가상국은 매년 900만t의 수소를 생산하는데 이는 세계 생산량의 4분의 1에 해당한다.",
        headline="가상국, 2027년까지 수소 산업 육성",
    )
    assert records.get("4분의 1", ("actual",))[0] == "actual"


def test_an_official_foreseeing_what_the_plan_will_do_reports_the_plan():
    records = news(
        "왕 국장은 2026년 가상국 에너지국이 연간 약 1억㎾ 규모의 태양광 설비를 신설할 계획이라면서 "
        "재생에너지가 8억t 이상의 표준석탄을 대체할 것이라고 내다봤다.",
        headline="가상국, 올해 재생에너지 확대",
    )
    assert records["1억㎾"][:2] == ("target", 2026)


def test_a_year_alone_heads_the_goals_listed_under_it():
    records = records_of(
        "가상성은 관광섬 육성 계획을 발표했다.\n"
        "2027년\n- 관광업, 지역 GDP의 9% 이상 점유\n"
        "2030년\n- 관광업, 지역 GDP의 14% 이상 점유\n",
        headline="가상성, 관광섬 육성 계획 발표",
    )
    assert {r.value_text: (r.kind, r.target_year, r.qualifier) for r in records} == {
        "9%": ("target", 2027, ">="),
        "14%": ("target", 2030, ">="),
    }


def test_an_officials_outlook_that_names_no_plan_is_a_forecast():
    records = news(
        '리 국장은 "2030년에는 연간 항공 수요가 12억명으로 늘어날 것"이라고 내다봤다.',
        headline="가상국 민항국, 항공 수요 전망",
    )
    assert "12억명" not in records


def test_a_share_that_modifies_what_the_plan_secures_is_the_target():
    records = news(
        "- (대도시) 양돈장을 구축하는 등 방식으로 2027년까지 소비 수요 60%에 해당하는 공급원을 확보",
        headline="가상국, 돼지고기 공급 안정 방안",
    )
    assert records["60%"][:2] == ("target", 2027)


def test_the_korean_language_press_of_china_writes_neulida_as_neuida():
    # 늘이다 for 늘리다; the verb after the count is no modifier of an actor noun ("도시…")
    records = news(
        "도시 신규 취업자수를 1만 8000명 늘이고 도시등록실업률을 4.5% 이내로 통제하겠다.",
        headline="가상주, 올해 취업 목표",
    )
    assert records["1만 8000명"][0] == "target"
    assert records["4.5%"][2] == "<="


def test_a_count_of_places_the_works_reach_is_a_target_not_a_scope():
    records = news(
        "가상시는 2027년말까지 48개 행정촌의 주거환경 개선사업을 전부 완수할 계획이다. "
        "가상시는 9개 지역의 신규 장려 산업 목록을 발표했다.",
        headline="가상시, 농촌 주거환경 개선",
    )
    assert records["48개"][:2] == ("target", 2027)
    assert "9개" not in records


def test_governments_counted_act_and_a_share_describing_an_amount_is_no_target():
    records = news(
        "중국 12개 지방정부가 올해 경제 성장률 목표치를 낮췄다. "
        "재정부는 기금의 25%에 해당하는 500억위안가량을 2026년까지 출자할 계획이다.",
        headline="가상국, 지방 성장 목표 하향",
    )
    assert "12개" not in records
    assert "25%" not in records
    assert records["500억위안"][:2] == ("target", 2026)


def test_an_area_in_brackets_converting_the_one_before_is_no_target():
    records = news(
        "가상국은 2027년까지 대두 재배면적을 1억 2000만 묘(약 800만ha)로 늘릴 계획이다.",
        headline="가상국, 대두 진흥 방안",
    )
    assert records["1억 2000만 묘"][:2] == ("target", 2027)
    assert "800만ha" not in records


def test_a_quota_handed_down_is_allotted_in_any_tense_and_a_share_of_a_measure_is_a_target():
    records = news(
        "교육부는 2025년 직업대학 학생모집 증가량 90만명을 각 성에 시달했다. "
        "가상국은 2030년까지 GDP의 3%인 5000억 위안의 연구개발비를 투입한다.",
        headline="가상국, 직업교육 확대",
    )
    assert records["90만명"][0] == "target"
    assert records["3%"][:2] == ("target", 2030)
    assert records["5000억 위안"][1] == 2030


def test_the_news_reporting_a_project_in_the_present_reports_a_plan():
    records = news(
        "보도에 따르면 우선 단기적으로 가상시와 나무시를 잇는 150㎞ 길이 도시철 건설 공사에 돌입한다.",
        headline="가상성, 도시철 3개 노선 건설",
    )
    assert records["150㎞"][0] == "target"


def test_a_figure_quoted_for_emphasis_before_dolpa_is_the_target():
    records = news(
        "올해 가상시는 전정특신 기업 수 '8000개' 돌파, 매출 규모 '9000억 위안(약 170조원)' 돌파라는 목표를 제시했다.",
        headline="가상시, 올해 전정특신 기업 육성",
    )
    assert records["8000개"][:2] == ("target", 2025)
    assert records["9000억 위안"][:2] == ("target", 2025)


def test_a_pollutants_acronym_names_no_company():
    records = news(
        "이 계획에 따르면 가상 지역 연평균 PM2.5 농도는 2027년에는 55㎍/㎥로 낮아진 뒤 2030년에는 45㎍/㎥까지 떨어져야 한다.",
        headline="가상국, 대기오염 방지 계획",
    )
    assert records["55㎍/㎥"][:2] == ("target", 2027)
    assert records["45㎍/㎥"][:2] == ("target", 2030)


def test_a_million_firms_to_cultivate_are_no_actors_and_kiro_fuses_hagiro():
    records = news(
        "가상국 정부는 2030년까지 50만 개의 혁신형 중소기업, 5천 개 이상의 강소기업을 육성할 예정이다. "
        "가상국은 올해 고속철도 건설에 5천억 위안을 투자키로 하는 등 철도 투자를 늘린다.",
        headline="가상국, 중소기업 육성",
    )
    assert records["50만 개"][:2] == ("target", 2030)
    assert records["5천 개"][:2] == ("target", 2030)
    assert records["5천억 위안"][1] == 2025


def test_a_ministry_seeing_an_effect_so_names_no_plan():
    records = news(
        "가상국 상무부는 물류센터 확충만으로도 전체 소비지출의 2%인 900억위안가량 소비가 늘어날 것으로 보고 있다.",
        headline="가상국, 2026년까지 물류센터 확충",
    )
    assert "2%" not in records and "900억위안" not in records


def test_a_class_that_is_the_level_of_a_capacity_is_the_capacity():
    records = news(
        "계획에 따르면 가상시는 2027년까지 800만t급 선박 제조능력을 갖추고 100MW급 발전소 3곳을 건설한다.",
        headline="가상시, 조선 산업 육성 계획",
    )
    assert records["800만t"][:2] == ("target", 2027)
    assert "100MW" not in records and records["3곳"][:2] == ("target", 2027)


def test_a_clusters_own_size_class_is_its_size_unless_clusters_are_counted():
    records = news(
        "가상시는 5000억 위안(약 90조원)급 자동차 산업 클러스터 구축을 추진한다. "
        "가상성은 2028년까지 1조 위안급 산업 클러스터 3개를 육성한다. "
        "가상성은 로봇, 신소재 등 800억 위안급 특색 산업 클러스터를 조성한다.",
        headline="가상시, 자동차 산업 육성",
    )
    assert records["5000억 위안"][0] == "target"
    assert "1조 위안" not in records and records["3개"][:2] == ("target", 2028)
    assert "800억 위안" not in records  # one cluster of that class for each industry listed


def test_one_of_a_number_of_zones_counts_the_pool():
    records = news(
        "가상구는 전국 12개 솔선적으로 허가를 받은 수출가공구 시점구역의 하나인데 2027년까지 5억달러의 수출입액을 실현할 계획이다.",
        headline="가상구, 수출가공구 육성",
    )
    assert "12개" not in records
    assert records["5억달러"][:2] == ("target", 2027)


def test_an_institutions_outlook_is_a_forecast_whatever_verb_comes_first():
    records = news(
        "한 기관은 올해 임대주택 관련 투자가 9천억 위안을 넘어설 것이라며 경제 안정에 기여할 것이라고 내다봤다.",
        headline="가상국, 임대주택 공급 확대",
    )
    assert "9천억 위안" not in records


def test_the_countrys_subject_after_a_citys_paragraph_is_national():
    records = records_of(
        "가상시는 창업 인큐베이터 50곳을 운영하고 있다고 밝혔다.\n"
        "13차5개년규획 기간 동안 중국의 인큐베이터는 200만개의 일자리를 창출한다는 목표다.",
        headline="우한, 창업 생태계 조성",
    )
    assert {r.value_text: r.region for r in records if r.kind == "target"} == {"200만개": "National"}


def test_a_sentence_with_no_actor_goes_on_with_the_company_of_the_sentence_before():
    # a company plans in one paragraph; the next gives its figures with no subject of its own
    body = (
        "세계적 배터리 업체 노바셀(NovaCell)은 가상성 남부에서 저장 설비 프로젝트를 추진할 예정이다.\n"
        "약 40억 위안을 투입해 2027년 가동을 목표로 연간 8만 t의 소재를 생산한다.\n"
        "생산능력은 전지 12GWh이고 폐배터리 3만 t을 회수하는 설비도 건설한다."
    )
    assert news(body, headline="가상성, 배터리 산업 현황") == {}


def test_a_sentence_after_a_public_bodys_goes_on_with_the_public_body():
    body = (
        "가상성 정부는 남부에 저장 설비 단지를 조성할 계획이다.\n"
        "약 40억 위안을 투입해 2027년까지 연간 8만 t의 소재를 생산한다."
    )
    records = news(body, headline="가상성, 배터리 산업 현황")
    assert records["40억 위안"][0] == "funding"
    assert records["8만 t"][:2] == ("target", 2027)


def test_a_company_the_page_only_defines_or_a_company_a_cited_plan_addresses_carries_nothing():
    # "mu는 … 단위이다" defines a unit (no plan word); a cited guideline speaks of the firms it pays
    defined = news(
        "성은 2027년까지 대두 재배 면적을 늘린다. mu는 중국의 면적 단위이다.\n"
        "유채 생산은 2027년까지 12백만 t이 될 것이다.",
        headline="가상성, 농업 발전 방안 발표",
    )
    assert defined["12백만 t"][:2] == ("target", 2027)
    cited = news(
        "지침에 따르면 시험 생산을 하는 팹리스 업체는 비용의 40%를 지원받는다.\n"
        "선단 공정 기업에는 최대 600만 위안을 지원한다."
    )
    assert cited["600만 위안"][0] == "funding"


def test_an_official_with_a_latin_name_and_a_subject_after_its_source_are_no_company():
    spoken = news('Zhao 부총리는 "비화석 에너지 비중은 2030년까지 약 30%로 높아질 것"이라고 말했다.')
    assert spoken["30%"][:2] == ("target", 2030)
    sourced = news("KXI 연구위원에 따르면 중국 정부는 2027년까지 물류 허브 90개를 건설한다.")
    assert sourced["90개"][:2] == ("target", 2027)


def test_a_distance_that_says_where_a_site_lies_is_no_target():
    records = news("발사장은 성도에서 약 45km 떨어진 해안에 건설되며 발사대 3곳을 새로 건설한다.")
    assert "약 45km" not in records and "45km" not in records
    assert records["3곳"][0] == "target"


def test_an_events_edition_and_a_phase_of_a_port_area_count_nothing():
    records = news(
        "가상성 부성장은 7회 남해 포럼에서 계획을 밝혔다. 북항구역 3기 등의 프로젝트를 건설하고 "
        "물류센터 40곳을 조성할 계획이다."
    )
    assert "7회" not in records and "3기" not in records
    assert records["40곳"][0] == "target"


def test_construction_works_as_a_subject_are_no_company():
    records = news(
        "가상공항 확장공사는 2027년 완공될 예정이다. 신공항은 연간 여객 500만 명을 수용하는 목표로 건설된다."
    )
    assert records["500만 명"][0] == "target"


def test_a_level_reached_then_a_past_verb_reports_a_fact():
    records = news("그중 공공 충전소는 약 21만 개, 민간 충전소는 64만 개 이상으로 각각 30%, 40% 확대됐다.")
    assert all(kind != "target" for kind, _, _ in records.values())


def test_this_years_target_named_by_a_copula_is_a_target_even_when_missed():
    records = news("가상시의 1~9월 성장률은 5.1%로 올해 성장률 목표치인 6.5%를 하회했다.")
    assert records["6.5%"][:2] == ("target", 2025)
    past = news("지난해 성장률은 당초 목표치인 6%에 달했다.")
    assert past.get("6%", ("actual",))[0] != "target"


def test_a_figure_a_report_expects_and_the_news_carries_is_a_forecast():
    forecast = news(
        "위성항법 산업은 2027년이면 3천억 위안 규모로 커질 것이라고 통신이 연구소 보고서를 인용해 보도했다."
    )
    assert "3천억 위안" not in forecast
    carried = news("중국은 2027년까지 5G 보급률을 70%로 높일 것이라고 이 매체는 밝혔다.")
    assert carried["70%"][:2] == ("target", 2027)


def test_what_a_paper_analyses_is_its_forecast():
    records = news(
        "중국의 대형 도크는 2027년 이후 30개 이상에 달해 일본을 앞설 수 있다고 가상선박보는 분석했다."
    )
    assert "30개" not in records


def test_a_change_planned_from_last_years_level_is_a_target():
    records = news(
        "가상성 양로원에는 침대 5만 개가 있다.\n당국은 지난해 말보다 20% 더 많은 침대를 확충하겠다고 전했다.",
        headline="가상성, 2027년까지 양로 서비스 확충",
    )
    assert records["20%"][0] == "target"


def test_the_level_now_as_the_object_of_a_change_dates_only_itself():
    records = news(
        "가상성은 공항 면세점을 현재 2400㎡ 면적을 5100㎡로 늘리고, 시내 면세점을 새로 조성한다는 계획이다."
    )
    assert records["5100㎡"][0] == "target"
    assert records.get("2400㎡", ("actual",))[0] != "target"


def test_a_count_of_who_takes_part_is_no_target():
    records = news("이번 상담회에는 국내 기업 15개사와 현지 바이어 90개사가 참여해 상담을 진행한다.")
    assert "90개사" not in records


def test_lines_under_a_heading_of_results_are_facts():
    body = (
        "《가상 계획 추진 성과》\n"
        "■ (정책적 성과) 혁신센터 건설 등 추진 기반 마련\n"
        "• 7개 국가급 혁신센터와 35개 성급 혁신센터 건설, 120개 시범 프로젝트 선정 등"
    )
    records = news(body, headline="가상 계획 추진 성과와 2027년까지 목표")
    assert all(kind != "target" for kind, _, _ in records.values())


def test_a_government_subject_after_a_connective_owns_the_plan_after_a_company_sentence():
    body = (
        "가상테크(VirtuTech)는 부품 공장을 증설할 예정이다.\n"
        "이에 따라 중국 정부는 부품 국산화율을 2027년까지 60%로 높일 계획이라고 그는 전했다."
    )
    records = news(body, headline="가상성, 부품 산업 현황")
    assert records["60%"][:2] == ("target", 2027)


def test_a_facility_counted_after_a_structural_word_is_built_not_a_part_of_the_plan():
    records = news(
        "방안에 따르면 2027년까지 ▷소재 데이터 센터 ▷3개 중점 업계 전환 촉진 센터 ▷5개 중점 업계 "
        "혁신 센터 등을 건설할 방침이다. 또 80개의 녹색시범구역과 600개의 녹색공장을 건설한다."
    )
    assert records["3개"][:2] == ("target", 2027)
    assert records["5개"][:2] == ("target", 2027)
    assert records["80개"][0] == "target"
    plan = news("계획은 3개 중점 업계의 전환 과제를 제시했다.")
    assert "3개" not in plan  # a part of the plan: no facility


def test_items_a_plan_includes_before_its_verb_are_its_targets():
    records = news("가상성의 동부, 서부 신도시 2개와 중소 도시 5개를 포함해 벨트형 특구를 건설할 계획이다.")
    assert records["5개"][0] == "target"
    counted = news("세부적으로는 가상성을 포함해 8개 지방 정부가 '6% 이상'으로 제시했다고 밝혔다.")
    assert "8개" not in counted


def test_a_plans_contents_reported_in_the_past_are_its_targets():
    body = (
        "- 제품 분야에서는 ▲농산물 합격률 97% 이상 ▲공산품 합격률 93% 도달 ▲서비스 향상 등을 꼽았다.\n"
        "- 문건은 도로 총길이부터 도심 '30분 통근권' 비율을 70%까지 끌어올려야 한다는 등 구체적인 수치를 제시했다."
    )
    records = news(body, headline="가상성, 2027년까지 품질 강성 건설")
    assert records["97%"][:2] == ("target", 2027)
    assert records["93%"][:2] == ("target", 2027)
    assert records["70%"][:2] == ("target", 2027)


def test_figures_statistics_give_are_reached():
    records = news(
        "통계에 따르면 중국은 체육 활동에 자주 참가하는 사람 수가 3억 명에 도달하고 체질 기준에 "
        "도달하는 사람 비율이 88% 이상이다."
    )
    assert all(kind != "target" for kind, _, _ in records.values())


def test_a_growth_measured_against_last_years_same_period_is_no_fact_of_the_plan():
    records = news(
        "올해 가상주는 공업 생산액 300억 위안을 올려 지난해 같은 시기에 비해 20%의 성장을 실현한다는 목표를 세웠다."
    )
    assert records["300억 위안"][0] == "target"


def test_a_quoted_list_of_targets_named_as_a_plan_is_the_plans():
    records = news("가상시는 '무역 중대 프로젝트 80개 체결, 수출입 규모 200억 위안 증량' 계획을 제기했다.")
    assert records["80개"][0] == "target"
    named = news("가상시는 '스마트 공장 300개' 프로젝트를 추진한다.")
    assert "300개" not in named


def test_a_radius_that_says_where_and_round_the_clock_service_are_no_targets():
    records = news("경제특구는 가상시를 중심으로 800㎞ 범위 안에 조성되며 24시간 순찰 로봇 50대를 배치한다.")
    assert "800㎞" not in records and "24시간" not in records
    assert records["50대"][0] == "target"


def test_a_count_of_the_plans_strategies_is_its_structure():
    records = news('이어 "기업 해외 진출 지원 등 6개 세부 전략을 통해 목표를 달성할 것"이라고 설명했다.')
    assert "6개" not in records


def test_a_fund_of_a_size_set_up_is_money_committed_in_any_tense():
    records = records_of(
        "가상시 정부에 따르면 30억 위안(약 5,800억 원) 규모의 산업 전용 펀드도 함께 조성됐다."
    )
    (fund,) = [r for r in records if r.value_text == "30억 위안"]
    assert (fund.kind, fund.unit) == ("funding", "CNY")
    counted = news("현재는 △동부 펀드(약 200억위안) △서부 펀드(약 300억위안) 등 2개의 지역 펀드를 설립")
    assert "2개" not in counted


def test_a_won_amount_called_renminbi_is_yuan():
    records = records_of("가상성은 올해 중대 사업 건설 투자 규모를 1조원 인민폐 안팎으로 정했다.")
    (record,) = [r for r in records if r.value_text.startswith("1조원")]
    assert (record.unit, record.value) == ("CNY", 1e12)


def test_a_span_from_the_past_to_a_month_ahead_is_forward():
    records = news(
        "지난 2월부터 오는 11월까지 40개 이상 스마트 시범 프로젝트 대상이 결정되며 중점 영역 스마트화가 추진된다.",
        headline="가상성, 2025년 스마트 제조 추진",
    )
    assert records["40개"][0] == "target"


def test_who_sets_targets_and_by_how_many_points_they_cut_them_count_nothing():
    records = news(
        "가상시를 비롯한 21곳이 목표를 하향 조정했다. 가상성은 성장률 목표를 지난해 8%에서 올해는 6%로 2%p나 내렸다."
    )
    assert "21곳" not in records and "2%p" not in records
    assert records["6%"][:2] == ("target", 2025)


def test_a_verb_joined_to_a_past_one_reports_a_fact():
    records = news("가상성 규모이상 공업생산액이 1조원을 돌파하여 2015년 이래 최고 수준에 이르렀다.")
    assert all(kind != "target" for kind, _, _ in records.values())
    reported = news(
        "올해 가상시는 300만 위안을 투입하여 초가집 400채를 개조하게 되는데 개조 중점은 남부로 전해졌다."
    )
    assert reported["300만 위안"][0] == "funding"


def test_a_news_outlets_city_is_not_the_plans_place():
    records = records_of(
        "홍콩 가상모닝포스트는 19일 중국 국무원이 향후 3년간 가상 공장을 4개 설립하기로 했다고 보도했다.",
        headline="중국, 석유화학 생산능력 확대",
    )
    (record,) = [r for r in records if r.value_text == "4개"]
    assert record.region == "National"


def test_a_province_read_in_hanja_and_a_lead_about_a_provinces_city_place_the_article():
    records = records_of(
        "중국 요령성이 가상항을 허브 항만으로 육성한다.\n가상항은 2027년까지 선석 90개를 갖춘다.",
        headline="",
    )
    assert {r.value_text: r.region for r in records}["90개"] == "Liaoning"
    owned = records_of(
        "중국 허난성의 성도인 정저우 공항에 새 화물 터미널이 완공됐다.\n공항은 2030년까지 화물 처리능력 300만t을 갖출 계획이다.",
        headline="",
    )
    assert {r.value_text: r.region for r in owned}["300만t"] == "Henan"


def test_a_subject_after_a_time_of_year_owns_its_sentence():
    records = records_of(
        "올해 초, 국무원은 건강 계획을 발표하면서 2030년까지 평균 기대 수명을 80세로 높이기로 했다.",
        headline="베이징 주민 기대 수명 83세 넘어서",
    )
    (record,) = [r for r in records if r.value_text == "80세"]
    assert record.region == "National"


def test_a_bureau_glossed_with_a_latin_acronym_is_no_company():
    records = news(
        "중국 가상항공총국(CAAG)은 공항 확충을 위해 2027년까지 900억 위안을 투자할 것이라고 밝혔다."
    )
    assert records["900억 위안"][:2] == ("funding", 2027)


def test_a_work_meeting_as_the_source_states_the_plan():
    records = news(
        "6일 소집된 연변주 농촌사업회의에 따르면 올해 연변주는 농민 인당 순수입 9000위안을 실현하고 "
        "전문농장 150개 이상을 더 발전시킨다."
    )
    assert records["150개"][0] == "target"


def test_a_state_economist_is_an_official_not_a_company():
    records = news('천왕산 경제사는 "특히 올해 곡물생산량 6억t 계획을 반드시 실현할 것"이라면서 덧붙였다.')
    assert records["6억t"][0] == "target"


def test_what_a_plan_includes_to_cut_is_its_target():
    records = news("환경보호 방면에서는 초미세먼지(PM2.5) 농도를 7% 낮추는 내용도 포함됐다.")
    assert records["7%"][0] == "target"


def test_a_quota_for_a_half_year_is_a_level_set():
    records = news("◦ 중국은 해당 문건에서 상반기 희토류 채굴량을 9만 t, 제련량을 8만 t으로 정함.")
    assert records["8만 t"][0] == "target"


def test_results_listed_and_figures_joined_to_a_past_last_verb_are_facts():
    listed = news("▷가상 기업 120곳 유치 및 육성 ▷종사자 3만 명 ▷매출 50억 위안 이상 등 성과를 거뒀다.")
    assert all(kind != "target" for kind, _, _ in listed.values())
    joined = news("신규 고속도로는 6000km를 초과하고 운행 리정은 12만km를 초과했다.")
    assert all(kind != "target" for kind, _, _ in joined.values())


def test_the_level_now_a_change_takes_is_its_base():
    records = news(
        "가상 민항국은 현재 150개에 이르는 공항의 수를 2027년 190개, 2030년까지는 210개로 늘릴 것이라고 밝혔다."
    )
    assert records["210개"][:2] == ("target", 2030)
    assert records.get("150개", ("actual",))[0] != "target"


def test_a_population_that_sizes_the_counties_a_plan_covers_is_a_threshold():
    records = news("계획에 따라 2027년까지 상주인구가 8만명 이상인 현은 3급 병원을 하나 이상 건설한다.")
    assert "8만명" not in records


def test_a_unit_defined_by_another_is_no_amount():
    records = news("2027년까지 습지 보유량을 7억무(畝·1무는 약 200평) 이상으로 끌어올린다.")
    assert "1무" not in records
    assert records["7억무"][:2] == ("target", 2027)


def test_a_plan_once_set_in_the_past_perfect_is_an_old_target():
    records = news("가상국은 당초 2027년까지 원전 설비 3000만㎾를 확보한다는 계획을 세웠었다.")
    assert "3000만㎾" not in records


def test_a_target_in_a_quote_is_not_the_forecast_after_it():
    records = news(
        '그는 "올해 40만개의 기지국 증설을 목표로 하고 있다"며 "연내 150만개를 넘어설 것"으로 전망했다.'
    )
    assert records["40만개"][:2] == ("target", 2025)


def test_what_a_body_targets_named_as_the_subject_of_its_figure_is_a_target():
    records = news("올해 가상국이 목표한 반도체 자급률은 60%지만 2023년 20%에 불과하다.")
    assert records["60%"][:2] == ("target", 2025)
    past = news("지난해 가상국이 목표한 성장률은 5%였다.")
    assert past.get("5%", ("actual",))[0] != "target"


def test_a_target_output_named_as_a_subject_is_a_target():
    records = news(
        "현재 가상현에서 풍작이 예견되고 있는데 목표생산량은 30만 t, 연속 10년 증산을 실현하게 된다."
    )
    assert records["30만 t"][0] == "target"


def test_figures_of_what_was_allotted_are_levels_set():
    records = news("신문은 할당된 철강과 시멘트의 생산량은 각각 1억t, 4억t 이라고 전했다.")
    assert records["1억t"][0] == "target"
    assert records["4억t"][0] == "target"


def test_a_level_described_by_the_change_that_made_it_is_a_fact():
    records = news("이는 2019년 대비 12.5%, 20.1%씩 확대된 규모다.")
    assert all(kind != "target" for kind, _, _ in records.values())


def test_provinces_counted_as_whom_a_quota_also_reaches_are_no_target():
    records = news("△여타 간쑤, 산시 등 8여개 성에도 2027년까지 총 1억 kW의 설비를 감축하도록 요구했다.")
    assert "8여개" not in records


def test_an_amount_modifying_a_grant_handed_out_is_the_grant():
    records = news("고급 인재에게는 50,000~150만 위안에 달하는 주택 보조금도 지급한다.")
    assert records["50,000~150만 위안"][0] == "funding"
    reached = news("7000여 만 명에 달하는 빈곤인구가 아직 존재한다.")
    assert "7000여 만 명" not in reached


def test_a_standard_or_size_in_brackets_measured_against_is_no_target():
    records = news(
        "2027년까지 PM2.5 농도를 40㎍/㎥까지 낮춰야 한다. 국제 기준치(15㎍/㎥)보다 여전히 높은 수준이다.\n"
        "이는 가상섬 총면적(2만 4100㎢)에 근접하는 규모이자 가상도 총면적(1200㎢)의 20배에 달하는 수치다."
    )
    assert records["40㎍/㎥"][:2] == ("target", 2027)
    for figure in ("15㎍/㎥", "2만 4100㎢", "1200㎢", "20배"):
        assert figure not in records


def test_an_international_bodys_outlook_is_not_chinas():
    records = news(
        "국제통화기금(IMF)은 4.3%, 경제협력개발기구(OECD)와 세계은행(WB)은 각각 4.5%, 4.2%로 높아질 것으로 봤다."
    )
    assert not records


def test_work_finished_is_a_fact():
    records = news(
        "가상현은 25만무의 콩 파종을 전부 마쳤고 남현의 31만무 콩 파종도 마무리 단계에 들어섰고 북현 콩 파종도 "
        "약 90%를 완수하면서 19일까지 콩을 5000여만무 파종해 이미 80% 이상을 완수했다."
    )
    assert records.get("25만무", ("actual",))[0] != "target"


def test_the_end_of_this_year_is_a_deadline():
    records = news("가상국이 올 연말까지 500여 억 위안을 투입해 공공주택 400만 가구를 건설할 계획이다.")
    assert records["400만 가구"][:2] == ("target", 2025)


def test_a_day_or_part_of_the_year_with_no_year_printed_is_this_years():
    # "오는 26일", "이달 23일", "연말까지", "하반기에": dates inside the issue's own year
    records = news("재정부에 따르면 오는 26일 60억 위안 규모의 국채가 발행된다.")
    assert records["60억 위안"][:2] == ("target", 2025)
    records = news("가상시는 3번에 나눠 발행할 계획으로, 1단계는 이달 23일에 40억위안을 발행한다.")
    assert records["40억위안"][1] == 2025
    records = news("가상성은 연말까지 기지국 2만개를 건설하겠다고 밝혔다.")
    assert records["2만개"][:2] == ("target", 2025)
    # 년내, as the Korean-language papers of China spell 연내; not "5년내" (within five years)
    assert news("년내에 가상구는 1만여개의 5G 기지국을 건설한다.")["1만여개"][1] == 2025
    assert news("가상성은 5년내에 공장 10곳을 건설한다.")["10곳"][1] != 2025
    # a year, or last year, before the part of the year is what dates it
    records = news("가상성은 2027년 하반기까지 스마트 공장 30곳을 짓는다.")
    assert records["30곳"][:2] == ("target", 2027)
    records = news("가상성은 지난해 하반기 공장 12곳을 지었다. 올해는 공장 20곳을 지을 계획이다.")
    assert records.get("12곳", ("actual",))[0] != "target"


def test_a_level_approached_in_a_progressive_sentence_is_the_level_now():
    # under a headline's deadline, "…40%에 육박하고 … 차지하고 있다" reports today's state
    headline = "가상국, 에너지 전환 속도...2030년까지 신에너지 비중 50% 이상 목표"
    records = news(
        "녹색 전력이 전체 사용량에서 차지하는 비중은 35%에 육박하고 전기차 판매량은 세계 1위를 차지하고 있다.",
        headline,
    )
    assert records.get("35%", ("actual",))[0] == "actual"
    assert records["50%"][:2] == ("target", 2030)
    # the plan's own sentence in the plain present keeps the deadline
    records = news("부두 선석이 270개에 달하고 물동량은 1350만 TEU를 초과한다.", headline)
    assert records["270개"][:2] == ("target", 2030)


def test_the_parts_a_whole_is_divided_into_are_no_target():
    # "…등 크게 4가지로 분류된다", "3개 부문으로 나뉜다": how a plan divides, not what it builds
    records = news("가상시의 건설은 ▲주택 2만 채 건설 ▲2026년까지 도로 50km 건설 등 크게 4가지로 분류된다.")
    assert "4가지" not in records
    assert records["2만 채"][0] == "target"
    records = news("가상성의 지원 사업은 3개 부문으로 나뉘며 성은 기업 200곳을 지원할 계획이다.")
    assert "3개" not in records
    assert records["200곳"][0] == "target"


def test_how_many_parts_a_plan_has_is_no_target():
    headline = "가상국, 2030년까지 권역 발전 계획"
    # the parts divided into, past their own noun: "… 등 3개 권역으로 나눠 집중 지원"
    records = news(
        "또 △가상 · 나상 △다상 · 라상 △마상 · 바상 등 3개 권역으로 나눠 집중 지원할 방침이다.", headline
    )
    assert "3개" not in records
    # a structural noun as the topic the count completes: "발전방향은 크게 3가지다"
    assert "3가지" not in news("가상시의 미래 발전방향은 크게 3가지다.", headline)
    # …but never a target: "공장 건설 목표는 30개다"
    assert news("가상성의 공장 건설 목표는 30개다.", headline)["30개"][0] == "target"


def test_what_one_unit_is_in_brackets_is_no_figure():
    # "부지 2,000무(1무는 666평방미터)", "매 1무(畝…, 약 666㎡) 당": a unit defined, not an area
    records = news(
        "가상시는 산업신구에 30억 위안을 투입해 부지 2,000무(1무는 666평방미터) 규모의 단지를 구축할 예정이다."
    )
    assert "666평방미터" not in records and records["2,000무"][0] == "target"
    records = news(
        "가상성은 앞으로 유목민에 매 1무(畝중국 토지단위, 약 666㎡) 당 5위안의 보조금을 지원하기로 했다."
    )
    assert "666㎡" not in records and records["5위안"][0] == "funding"


def test_a_size_a_group_falls_short_of_is_a_threshold():
    # "상주인구가 200만명 안되는 도시는": the cities under a size, not a target of people
    records = news(
        "도시구역 상주인구가 200만명 안되는 도시는 입적 제한을 전면 취소한다.", "가상국, 2030년까지 호적 개혁"
    )
    assert "200만명" not in records


def test_our_province_or_prefecture_in_the_korean_press_of_china_is_the_papers_own():
    # "우리 성": the province a provincial paper names elsewhere in the article
    body = "가상 림초국에 따르면 흑룡강성에서 지난해 2690만그루를 식수했다.\n올해 우리 성은 100만무 조림을 조성한다."
    assert [(r.region, r.city) for r in records_of(body, headline="식수의 날")] == [("Heilongjiang", None)]
    # "우리 주": the Korean autonomous prefecture, Yanbian (Jilin)
    body = "올해 우리 주에서는 나무를 더 심게 된다. 의무식수기지 90곳에 350헥타르의 림지를 조성한다."
    places = {(r.region, r.city) for r in records_of(body, headline="조림록화로 삼림도시 건설")}
    assert places == {("Jilin", "Yanbian")}
    # "우리 성과" is our results, no province
    body = "우리 성과를 바탕으로 가상국은 2030년까지 조림 100만무를 조성한다."
    assert [r.region for r in records_of(body, headline="가상국 조림 계획")] == ["National"]


def test_a_policy_bank_setting_up_a_lending_programme_commits_money():
    # 국가개발은행 is a state policy bank; "…규모 특별 융자금을 마련했다" sets up a lending programme
    body = "22일 관영 신화통신에 따르면 정책은행인 국가개발은행은 중앙아시아 협력을 위해 80억 위안 규모 특별 융자금을 마련했다."
    assert news(body, headline="가상국, 중앙아시아에 융자")["80억 위안"][0] == "funding"


def test_forests_to_grow_and_a_policys_provisions_are_planned():
    # 키우다 and 배육 (培育): to grow forests or firms
    body = "올해에는 가상림구의 생태복원공정을 추진하여 삼림 211만무를 키우고 후비자원 61만무를 배육한다고 소개했다."
    records = news(body, headline="가상성 조림 사업")
    assert records["211만무"][:2] == ("target", 2025) and records["61만무"][:2] == ("target", 2025)
    # "'공고'에 따르면": what a public notice (公告) provides
    body = "‘공고’에 따르면, 2026년 1월 1일부터 2027년 12월 31일까지 신에너지차 구매세는 최대 2만 위안 선에서 50% 감면된다."
    records = news(body, headline="가상국 재정부, 신에너지차 구매세 감면 연장")
    assert records["2만 위안"][:2] == ("target", 2027) and records["50%"][:2] == ("target", 2027)
    # …not 공고히 (firmly) in a ministry's news
    body = "공업정보화부가 전한 소식에 따르면, 가상국 패널 산업은 세계 1위의 지위를 공고히 하고 있다."
    assert "1위" not in news(body, headline="가상국 디스플레이 산업")
    # "정책에 따르면": what a policy provides, not someone's expectation
    records = news("정책에 따르면 해마다 창업자금 3억 위안을 지원한다.", headline="가상주 창업 지원 정책")
    assert records["3억 위안"][0] == "funding"


def test_a_forecaster_named_after_the_figure_forecasts_it():
    # "…돌파할 것으로 상하이증권보는 내다봤다": the paper foresees, after the figure
    assert "8억 위안" not in news(
        "올해는 거래액이 8억 위안을 돌파할 것으로 상하이증권보는 내다봤다.", "가상 데이터거래소"
    )
    # an official foreseeing what the plan will do still reports the plan
    records = news("가상시는 2027년까지 공장 40곳을 건설할 계획이라고 관계자는 내다봤다.", "가상시 계획")
    assert records["40곳"][:2] == ("target", 2027)


def test_a_rank_that_describes_the_country_is_no_target():
    headline = "탄소배출 2위 국가 中, 2060년 탄소중립 달성 계획 추진"
    records = records_of("온실가스 배출 세계 1위인 중국이 원전 건설에 박차를 가한다.", headline)
    assert records == []  # neither the headline's 2위 nor the body's 1위
    # the rank to become stays a target
    records = news("가상성은 2030년까지 디지털 경제 규모 전국 3위권 도시로 도약할 계획이다.")
    assert records["3위권"][:2] == ("target", 2030)


def test_a_change_reported_by_an_arrow_is_a_fact():
    # a stacked sub-headline above the body, whose verb the next line lends it
    body = (
        "가상 수소 사업 보고서\n韓 수소장비 중국 수출액 12%↑\n"
        "[서울=뉴시스] 중국이 수소에너지로의 전환을 추진하는 가운데, 기업이 기회를 잡을 수 있다는 전망이 나왔다."
    )
    assert records_of(body, "중국의 수소 전환 가속") == []


def test_what_is_under_way_under_a_headlines_deadline_is_a_fact():
    # "…기지국을 설치해 … 구축에 앞장서고 있다": the progressive reports what is being done now
    records = news(
        "가상국은 이런 이점을 활용해 95만개가 넘는 기지국을 설치해 5G 네트워크 구축에 앞장서고 있다.",
        "가상국, 2025년까지 디지털 강국 건설 계획",
    )
    assert records.get("95만개", ("actual",))[0] == "actual"


def test_now_opening_a_sentence_that_states_a_policy_is_no_fact_cue():
    # "현재 가상시는 3년 내로 … 설치한다는 방침이다": what the policy is now
    body = "현재 가상시는 3년 내로 충전기 2만6000개, 쾌속 충전소 80여개를 설치한다는 방침이다."
    records = news(body, "가상시, 2012년까지 전기차 보급 계획")
    assert records["2만6000개"][0] == "target" and records["80여개"][0] == "target"
    # the city's name spaced from its 시, the count before its noun
    body = "현재 가상 시는 3년 내로 2만6000개 충전기, 80여개 쾌속 충전소를 설치한다는 방침이다."
    records = news(body, "가상시, 2012년까지 전기차 보급 계획")
    assert records["2만6000개"][0] == "target" and records["80여개"][0] == "target"
    # what it runs now stays a fact
    assert (
        news("현재 가상시는 충전기 2만6000개를 운영하고 있다.", "가상시 전기차").get(
            "2만6000개", ("actual",)
        )[0]
        == "actual"
    )


def test_a_central_bodys_target_quoted_in_an_article_on_companies_is_the_governments():
    body = (
        "국무원 총리가 정부사업보고에서 올해 중소기업의 광대역 평균 료금을 12% 더 낮추겠다고 밝혔다.\n"
        "가상통신은 올해 기지국 5만개를 새로 건설한다."
    )
    records = news(body, "3대 통신 운영사, 속도제고와 비용인하에 적극 호응")
    assert records["12%"][0] == "target" and "5만개" not in records


def test_a_clause_joined_to_a_sentence_closing_in_the_past_on_a_deed_is_done():
    # "…을 완성하여 … 초과했다": the joined clause takes the last verb's tense
    records = news("가상림장은 올해 청수환림 50만무를 완성하여 임무목표를 150% 초과했다.", "가상성 림업")
    assert records.get("50만무", ("actual",))[0] == "actual"
    # …not when the last verb reports or decides: the figures are the plan's
    records = news("가상시는 100억 위안을 투입해 공장 20곳을 건설하기로 결정했다.", "가상시 계획")
    assert records["20곳"][0] == "target" and records["100억 위안"][0] in ("target", "funding")
    records = news("가상시는 올해 공장 20곳을 짓고 도로 30km를 건설한다고 밝혔다.", "가상시 계획")
    assert records["20곳"][0] == "target" and records["30km"][0] == "target"


def test_the_value_of_a_purchase_that_earns_a_subsidy_is_a_threshold():
    body = (
        "가전 협회 방안에 따르면 400위안(약 7만원) 상당의 소가전제품 구입 시 40위안(약 7000원)의 보조금이 "
        "지급되며, 주방가전은 900위안 상당의 제품 구입 시 90위안의 보조금이 지급된다."
    )
    records = news(body, "가상시 가전 보조금")
    assert "400위안" not in records and "900위안" not in records
    assert records["40위안"][0] == "funding" and records["90위안"][0] == "funding"


def test_a_price_cap_on_what_a_subsidy_buys_is_a_threshold():
    # "18만위안(약 3150만원) 이하의 전기차 구입 시 보조금을 지급": the cars that qualify, not an amount paid
    body = (
        "가상국은 2027년까지 전기차 구매세를 면제하며 25만위안(약 4500만원) 이하의 전기차 구입 시 보조금을 지급한다. "
        "또 12만위안 미만의 소형차를 구매하는 공공기관에는 대당 1만위안을 지원한다."
    )
    records = news(body, "가상국, 전기차 보조금 연장")
    assert "25만위안" not in records and "12만위안" not in records
    assert records["1만위안"][:2] == ("funding", 2027)


def test_bodies_listed_with_others_as_who_acts_are_no_target():
    records = news(
        '교통부는 5개 부처 및 전력회사가 마련한 방안을 공개하면서 "올 연말까지 충전소 300곳을 세운다"고 밝혔다.'
    )
    assert "5개" not in records
    assert records["300곳"][:2] == ("target", 2025)


def test_the_level_now_that_falls_short_is_the_base_of_the_change():
    records = news(
        "가상국 정부는 현재 4분의 1 수준에 불과한 부품 국산화율을 올해 말까지 45%로 높일 계획이다."
    )
    assert records["45%"][:2] == ("target", 2025)
    assert records.get("4분의 1", ("actual",))[0] != "target"


def test_money_a_plan_invests_keeps_the_plans_time_but_a_grant_cap_does_not():
    # A total put into the plan's work is due when the work is (14차 5개년 기간 → 2025); a cap per
    # recipient is a standing measure with no deadline.
    records = news(
        "가상성 발개위에 따르면 14차 5개년 기간 가장 많은 자금이 들어가는 분야는 풍력이다. "
        "3조 위안 중 9000억 위안을 풍력, 4000억 위안은 수력에 투입할 계획이다. "
        "기업당 최대 500만 위안을 투자 보조금으로 지원한다."
    )
    assert records["9000억 위안"][1] == 2025
    assert records["4000억 위안"][1] == 2025
    assert records["500만 위안"][:2] == ("funding", None)


def test_a_place_only_so_far_away_is_a_distance():
    records = news(
        "가상 발사장은 관광 도시 남시로부터 45㎞밖에 떨어져 있지 않아 관광 상품으로 개발하기 좋다."
    )
    assert "45㎞" not in records


def test_work_a_verb_noun_names_said_to_be_done_is_a_fact():
    records = news(
        "가상성에 등록한 300개 중점 프로젝트가 모두 가동되어 1200억 위안의 투자를 마쳤으며 "
        "고정자산투자는 전국 평균을 웃돌았다."
    )
    assert "300개" not in records
    assert "1200억 위안" not in records


def test_results_a_verb_names_are_facts():
    records = news("가상신구는 첨단기업 512개와 '작은 거인' 기업 87개 인증을 추진하는 성과도 보였다.")
    assert "512개" not in records
    assert "87개" not in records


def test_the_sentence_after_a_plan_citation_goes_on_with_the_plans_figures():
    records = news(
        "가상성은 '수운 3개년 행동계획'을 수립했다. 계획에 따르면 2026년까지 항로 거리는 900km에 "
        "달할 것이다. 항구 물동량은 15억t을 초과하고 컨테이너 처리량은 1천200만TEU를 넘어설 것으로 "
        "예상된다. 업계는 수요가 크다고 본다. 세계 해운 시장은 2030년 9000억달러로 성장할 것으로 전망된다.",
        headline="가상성 항만 물동량 늘어",  # no plan named: only the citation can make them the plan's
    )
    assert records["1천200만TEU"][:2] == ("target", 2026)
    assert "9000억달러" not in records


def test_how_much_of_a_plan_was_done_is_a_fact():
    records = news(
        "올해 들어 가상국은 석탄 생산능력을 2400만t 감축해 연간 목표의 58.2%를 달성했다고 관영 매체가 전했다. "
        "신규 취업자는 12만 3,400명으로 년간 계획의 121.5%를 완수했다."
    )
    assert records.get("2400만t", ("actual",))[0] != "target"
    assert records.get("12만 3,400명", ("actual",))[0] != "target"


def test_a_fraction_of_a_total_equal_to_the_amount_after_it_is_no_target():
    records = news(
        "가상성은 1조 위안을 투자한다. 이중 4분의 1 남짓인 2600억 위안을 신형 인프라에 투자할 계획이다."
    )
    assert "4분의 1" not in records
    assert records["2600억 위안"][0] == "funding"


def test_the_difference_that_sets_a_level_apart_is_no_target():
    records = news("가상성은 올해 에너지 절감 목표를 지난해보다 2%포인트 높은 7%로 상향 설정했다.")
    assert "2%" not in records
    assert records["7%"][:2] == ("target", 2025)


def test_won_is_won_in_a_file_that_converts_dollars_into_won():
    # The file never names the yuan, but converts dollars into won: its headline's 원 is won.
    records = news(
        "가상국은 앞으로 10년간 500억 달러(약 65조2000억원) 규모 예산을 우주개발에 투입할 계획이다.",
        headline="가상국, 10년간 우주개발에 65조원 투입",
    )
    assert "65조원" not in records


def test_a_figure_a_condition_supposes_is_no_target():
    records = news(
        "가상성은 2025년까지 에너지 소모량을 20% 줄이기로 했다. 연간 절감률이 3%면 5년간 절감률은 15%에 그친다."
    )
    assert records["20%"][:2] == ("target", 2025)
    assert "3%" not in records


def test_a_figure_another_body_expects_is_no_target():
    records = news(
        "가상국은 올해 자동차 판매량을 3000만대로 늘릴 계획이다. 이 목표는 자동차협회에서 예상한 올해 판매량 "
        "3150만대, 전기차 판매량 1400만대에는 못 미친다고 통신은 전했다."
    )
    assert records["3000만대"][:2] == ("target", 2025)
    assert "3150만대" not in records
    assert "1400만대" not in records


def test_by_a_year_as_the_korean_language_press_of_china_writes_it_is_a_deadline():
    records = news(
        "가상성의 석탄 매장량은 2조 톤에 달한다. 2028년에 이르러 가상성은 대형 석탄 산업단지 6개를 "
        "형성한다. 석탄 생산량은 4억 톤을 넘어선다."
    )
    assert records["6개"][:2] == ("target", 2028)
    assert records["4억 톤"][:2] == ("target", 2028)


def test_a_central_body_saying_what_it_expects_of_its_own_work_states_its_plan():
    records = news(
        "가상 수리부 부부장(차관)은 올해 수리 프로젝트에 대한 연간 투자액은 9천억 위안에 이를 것으로 "
        "예상된다고 밝혔다. 업계 전문가는 관련 시장이 1조 위안에 이를 것으로 예상된다고 밝혔다.",
        headline="가상국 수리 투자 늘어",  # no plan named: only who speaks makes it the plan's
    )
    assert records["9천억 위안"][:2] == ("target", 2025)
    assert "1조 위안" not in records


def test_a_target_set_before_a_clause_that_guesses_stays_a_target():
    records = news(
        "가상국 정부가 오는 2027년까지 지역의료센터 150개 설립을 목표로 하면서 의료기기 시장이 더욱 "
        "성장할 것이라는 전망도 나온다.",
        headline="가상국 의료기기 시장 성장",
    )
    assert records["150개"][:2] == ("target", 2027)


def test_renminbi_named_before_a_won_amount_makes_it_yuan():
    records = news("가상성 교통운수청은 2026년 인민폐 7000억원의 고정자산투자를 완성할 계획이다.")
    assert "7000억원" in records


def test_a_year_named_as_a_standard_to_compare_with_is_a_base():
    records = news(
        "계획은 2030년에 이르러 도심 4개 구의 상주인구가 2020년 기준에 비해 해마다 1~2%p 하락하도록 통제한다."
    )
    assert records["1~2%p"][1] == 2030


def test_maturity_phases_and_sessions_count_nothing():
    records = news(
        "가상은행은 12개 시중 은행을 통해 1년 만기 대출을 제공할 계획이다. 반도체투자펀드 2기 모집도 "
        "진행한다. 가상시 15기 인민대표대회에서 원전 4기를 2028년까지 건설하기로 했다."
    )
    assert "만기" not in records
    assert "2기" not in records
    assert "15기" not in records
    assert records["4기"][:2] == ("target", 2028)


def test_a_lead_figure_the_body_states_with_its_own_year_is_the_bodys():
    records = records_of(
        "[가상일보] 가상성이 고급 인력 50만명을 유치한다.\n"
        "가상성 당국은 25일 인재 유치계획을 발표했다.\n"
        "가상성은 자유무역항 체제를 구축한다는 계획을 발표해 놓고 있다.\n"
        "전면적인 자유무역항 체제 구축을 위한 인재 유치에 나선 것이다.\n"
        "계획에 따르면 가상성 정부는 2027년까지 10만 명, 2029년까지 50만 명의 고급 인재를 유치한다.",
        headline="가상성 인재 50만명 유치… 2035년까지 자유무역항 완성",
    )
    fifty = [(r.line, r.target_year) for r in records if r.value == 500_000]
    assert fifty == [(7, 2029)]  # the body's line (headline 1, date 2, lead 3-5), its own year


def test_a_fraction_of_a_supposed_total_counts_no_people():
    # "4분의 1인": the fraction's numerator before 인 (is), no count of people; "…에 달한다 치면"
    # supposes the total the share is worked out from
    records = news(
        "오는 2030년 가상국 자동차 판매량이 4000만대에 달한다 치면, 신에너지차 판매량은 이중 4분의 1인 "
        "1000만대가 된다."
    )
    assert "1인" not in records
    assert "4000만대" not in records


def test_a_figure_a_calculation_supposes_is_no_target():
    records = news(
        "가상시 환경국은 올해 폐기물 연간 처리량을 2만t으로 계산하면 탄소 배출이 줄어든다고 밝혔다."
    )
    assert "2만t" not in records


def test_only_so_much_now_is_the_level_a_change_starts_from():
    records = news("가상국은 20∼40%에 불과한 부품 자급률을 2028년까지 75%까지 높이겠다는 목표를 갖고 있다.")
    assert records.get("20∼40%", ("actual",))[0] != "target"
    assert records["75%"][:2] == ("target", 2028)


def test_a_plan_compared_with_or_done_in_part_is_no_plan_word():
    records = news(
        "가상시의 재정수입은 12% 증가한 것으로 나타나 계획보다 4%나 증가했었다. "
        "10월 말까지 주요 프로젝트 누적 투자액은 1800억 위안으로 연간 계획의 91.2%를 완료했다."
    )
    assert records.get("12%", ("actual",))[0] != "target"
    assert records.get("1800억 위안", ("actual",))[0] != "target"


def test_a_level_adjusted_to_in_a_work_report_is_set():
    records = news(
        "가상시 시장은 정부공작보고에서 금년도 경제성장률을 7%로 잡았으며, 소비 증가율은 12%이상으로 조정했고, "
        "재정수입은 6% 증가로 계획했다고 보고했다."
    )
    assert records["12%"][:2] == ("target", 2025)


def test_a_level_allotted_this_year_after_last_years_figure_in_one_sentence_is_set():
    records = news(
        "지난해 토지 출양 수입은 420억 위안으로 당초 계획보다 3배에 달했는데, 금년에는 전년보다 약간 증가한 "
        "450억 위안으로 잡았다."
    )
    assert records["450억 위안"][:2] == ("target", 2025)
    assert records.get("420억 위안", ("actual",))[0] != "target"


def test_what_a_measure_intends_looks_forward():
    records = news(
        "가상국 정부가 해외 인재 유치 계획을 시행하기로 했다고 통신이 보도했다. 1인당 80만 위안의 격려금을 "
        "내걸고 해외 박사 2000명을 영입하려는 것이다."
    )
    assert records["2000명"][0] == "target"


def test_a_level_raised_to_before_what_follows_from_it_is_the_target():
    records = news(
        "가상성은 지난해 GDP의 1.5%를 차지했던 R&D 투자를 올해 1.8%수준으로 끌어올려 투자금액이 800억 위안에 "
        "달할 것으로 예상된다.",
        headline="가상성 R&D 투자 늘어",
    )
    assert records["1.8%"][:2] == ("target", 2025)


def test_bodies_joined_to_act_together_are_no_target():
    records = news(
        "가상 공업정보화부는 7개 기업을 연합해 3억 위안의 자본금을 투입하여 배터리 연구원을 구축할 계획이다."
    )
    assert "7개" not in records
    assert "3억 위안" in records


def test_a_hope_someone_holds_is_a_forecast():
    records = news(
        "가상성은 올해 수출입 총액이 6.5%의 성장속도를 유지하는 것을 기대해보고 있으며, 연초 목표인 7%보다 "
        "낮아도 총량은 1조달러를 돌파할 것이다.",
        headline="가상성 무역 동향",
    )
    assert "6.5%" not in records


def test_shares_of_the_whole_province_that_describe_a_place_are_no_targets():
    records = news(
        "가상경제권의 국토면적은 전 성의 41.2%, 상주인구는 전 성의 68%, 고정자산 투자는 전성의 79%로서 도시가 "
        "가장 밀집된 지역이다. 가상성은 2027년까지 이 지역 GDP 비중을 전 성의 85%로 높일 계획이다."
    )
    assert "41.2%" not in records
    assert "68%" not in records
    assert "79%" not in records
    assert records["85%"][:2] == ("target", 2027)


def test_kinds_counted_are_never_high_confidence():
    records = records_of(
        "가상시는 공업용, 서비스용, 특수용 3가지 로봇 형태를 주축으로 2028년까지 로봇 기업 50개를 육성한다."
    )
    levels = {r.value_text: r.confidence for r in records}
    assert levels.get("3가지", "medium") != "high"
    assert levels["50개"] == "high"


def test_a_title_of_this_years_work_dates_the_articles_yearless_targets():
    # the headline says 올해 and reports no fact: its targets are this year's (issue 2025)
    body = "가상주는 숲 3만 헥타르를 조성하고, 도시 녹지를 20만 평방미터 늘린다."
    records = news(body, headline="가상주 올해 숲 3만 헥타르 조성")
    assert records["3만 헥타르"][:2] == ("target", 2025)
    assert records["20만 평방미터"][:2] == ("target", 2025)
    # a part of the year, or a fact reached, is no frame
    assert news(body, headline="가상주 올해 상반기 조림 실적 공개")["3만 헥타르"][:2] == ("target", None)
    assert news(body, headline="가상주 올해 숲 면적 늘어났다")["3만 헥타르"][:2] == ("target", None)


def test_a_lead_that_plans_this_year_dates_the_lines_after_it():
    body = (
        "가상시는 올해 재정지출로 50억 위안을 편성하고 민생 개선에 쓸 방침이다.\n"
        "시는 주택 30만㎡를 개조하고 농촌 도로 400km를 새로 닦을 계획이다."
    )
    records = news(body, headline="가상시 재정 운용 방향")
    assert records["30만㎡"][:2] == ("target", 2025)
    assert records["400km"][:2] == ("target", 2025)


def test_a_five_year_plans_time_in_its_own_sentence_dates_the_target():
    records = news(
        "'12.5'기간에 성을 가로지르는 고속도로 4갈래를 전면 추진한다.", headline="가상성 교통 소식"
    )
    assert records["4갈래"][:2] == ("target", 2015)
    records = news("13.5기간, 자치구는 산업 프로젝트 2000개를 추진할 계획이다.", headline="가상성 교통 소식")
    assert records["2000개"][:2] == ("target", 2020)


def test_a_country_in_a_clause_describing_what_china_compares_with_is_no_actor():
    records = news(
        "중국은 미국이 운영하는 GPS(Global Positioning System)와 별도의 독자 시스템을 구축하며 "
        "2027년까지 위성 40여기를 궤도에 배치할 방침이다.",
        headline="가상 위성 소식",
    )
    assert records["40여기"][:2] == ("target", 2027)
    # the country as the subject of the plan's own clause is still its actor
    assert (
        news("한국이 발표한 계획은 2027년까지 위성 40기를 배치하는 것이다.", headline="가상 위성 소식") == {}
    )


def test_a_fund_launched_jointly_is_a_fund_set_up():
    records = news(
        "국가발전개혁위원회는 최근 가상은행과 2000억 위안 규모의 기금을 공동 발기하자는 내용의 협약을 체결했다.",
        headline="가상 기금 소식",
    )
    assert records["2000억 위안"][0] == "funding"


def test_the_investment_that_qualifies_a_firm_is_no_pledge():
    records = news(
        "가상시가 발표한 보조금 정책은 3억 위안 이상을 투자하는 기업에 투자비의 10%를 환급하는 게 골자다. "
        "중소기업이 설비 교체에 500만 위안 이상을 투자하면 투자비의 15%를 3000만 위안 이내에서 환급받을 수 있다.",
        headline="가상시 자동화 보조금",
    )
    assert "3억 위안" not in records and "500만 위안" not in records
    assert records["10%"][0] == records["15%"][0] == "target"
    assert records["3000만 위안"] == ("funding", None, "<=")


def test_support_seen_from_who_receives_it_is_support():
    records = news(
        "사업주는 신입 직원을 고용할 때마다 1000위안을 받는다. 시범 도시군은 해마다 최대 12억 위안을 받을 수 있다. "
        "2천만 달러가 넘는 신규 사업에 대해 인센티브를 준다.",
        headline="가상시 고용 지원",
    )
    assert records["1000위안"][0] == "funding"
    assert records["12억 위안"][0] == "funding"
    assert "2천만 달러" not in records  # which projects qualify


def test_a_central_body_as_the_source_of_an_expectation_states_its_plan():
    records = news(
        "중국 공업정보화부(工业和信息化部)에 따르면 2027년 국내 로봇시장 규모가 3조위안에 도달할 것으로 전망된다.",
        headline="가상 시장 소식",
    )
    assert records["3조위안"][:2] == ("target", 2027)
    assert (
        news(
            "가상연구원에 따르면 2027년 국내 로봇시장 규모가 3조위안에 도달할 것으로 전망된다.",
            headline="가상 시장 소식",
        )
        == {}
    )
    # a body that makes a forecast of its own is still forecasting
    assert (
        news(
            "공업정보화부에 따르면 업계는 2027년 시장 규모가 3조위안에 이를 것으로 내다봤다.",
            headline="가상 시장 소식",
        )
        == {}
    )


def test_this_years_spending_reported_as_the_budget_is_allotted():
    body = (
        "전인대는 5일 개막식에서 올해 중앙정부 지출이 4조1000억위안으로 전년대비 6.5% 증가했다고 밝혔다.\n"
        "과학기술에 대한 지출은 약 3600억위안으로 결정했다."
    )
    records = news(body, headline="올해 가상국 예산 발표")
    assert records["4조1000억위안"][:2] == ("funding", 2025)
    assert records["6.5%"][:2] == ("target", 2025)
    assert records["3600억위안"][:2] == ("funding", 2025)
    # a part of the year's spending is a statistic
    assert "2조위안" not in news(
        "올해 1~5월 중앙정부 지출이 2조위안으로 전년대비 3% 증가했다.", headline="가상국 재정 통계"
    )


def test_a_spending_resolved_under_an_attribution_is_the_bodys_decision():
    records = news(
        "매체들에 따르면 당국은 유아 교육을 위해 2025년 발전자금 200억 위안 지출을 의결했다.",
        headline="가상 교육 소식",
    )
    assert records["200억 위안"][:2] == ("funding", 2025)


def test_support_under_an_attribution_to_the_announcement_is_the_measure():
    records = news(
        "발표 내용에 따르면, 산단에 새로 입주하는 한국 기업에는 첫해 재정 공헌의 50%에 해당하는 인센티브를 지원한다.",
        headline="가상시 산업단지 우대",
    )
    assert records["50%"][0] in ("target", "funding")


def test_a_company_officer_speaks_for_the_company():
    body = (
        "프로젝트를 맡은 가상신에너지회사 왕 부매니저에 따르면 총 설비용량은 100만kW다.\n"
        '왕 부매니저는 "올해 말까지 100만kW 규모의 설비를 전력망에 연결할 계획"이라고 말했다.'
    )
    assert "100만kW" not in news(body, headline="가상 태양광 기지 소식")
    # the general manager of a state firm (总经理) speaks for its plan
    records = news(
        '가상철도총공사의 리 총경리는 "2027년까지 철도 운행거리를 20만km로 늘릴 방침"이라고 밝혔다.',
        headline="가상 철도 소식",
    )
    assert records["20만km"][:2] == ("target", 2027)


def test_the_people_a_report_cites_are_no_target():
    records = news(
        "관련 업체들은 장비 원가의 20%를 지원받으며, 이 중 3명의 관련 인원은 계획이 내년에 시행될 수 있다고 밝혔다.",
        headline="가상 보조금 소식",
    )
    assert "3명" not in records


def test_a_count_of_the_places_just_listed_is_no_target():
    records = news(
        "장쑤성 정부는 쑤저우, 우시, 창저우 3개 도시를 스마트 도시로 건설한다고 밝혔다.",
        headline="가상성 소식",
    )
    assert "3개" not in records
    # fields or parts of a plan listed before a count of what is built are no list of it
    records = news(
        "가상시는 의료, 교육, 제조 분야에서 3개의 AI 응용기지를 2027년까지 구축할 예정이다.",
        headline="가상시 소식",
    )
    assert records["3개"][:2] == ("target", 2027)


def test_a_number_in_the_gloss_of_a_quoted_name_is_part_of_the_name():
    records = news(
        "시 정부가 주도하는 '바이판'(百帆·100개의 돛) 위성 프로젝트는 2027년까지 위성 600기를 발사한다.",
        headline="가상 위성 소식",
    )
    assert "100개" not in records
    assert records["600기"][:2] == ("target", 2027)


def test_a_paragraph_that_opens_on_the_present_describes_it():
    body = (
        "가상성은 2027년까지 데이터센터 20곳을 건설할 계획이다.\n"
        "현재 가상성은 인터넷 강성이다. 2024년말 기준, 전자 제조업 규모는 1조 위안이다. 이용자 수도 5천만 명으로 전국 1위다."
    )
    records = news(body, headline="가상성 디지털 소식")
    assert records["20곳"][:2] == ("target", 2027)
    assert records.get("5천만 명", ("actual",))[0] == "actual"
    # a paragraph that opens on a policy now in force still states it
    body = (
        "가상성은 2027년까지 데이터센터 20곳을 건설할 계획이다.\n"
        "현재 성의 방침에 의하면 가상시는 예산의 0.6%를 지원받는다. 그밖의 도시는 평균 0.3% 수준이다."
    )
    assert news(body, headline="가상성 디지털 소식")["0.3%"][0] == "target"


def test_a_later_paragraph_that_states_a_level_as_it_stands_describes_it():
    body = (
        "가상성은 2027년까지 리튬 생산량을 10만t으로 늘릴 계획이다.\n"
        "가상성은 리튬 매장량이 전국에서 가장 많은 지역으로, 가상성 리튬 생산량이 전국의 80%가량을 차지한다."
    )
    records = news(body, headline="가상성 리튬 소식")
    assert records["10만t"][:2] == ("target", 2027)
    assert records.get("80%", ("actual",))[0] == "actual"
    # a bullet under the deadline's lead, or a paragraph that names the plan, still states it
    body = "가상성은 2027년까지 다음 목표를 실현한다.\n- 리튬 생산액은 500억 위안에 달한다"
    assert news(body, headline="가상성 리튬 소식")["500억 위안"][:2] == ("target", 2027)
    body = "가상성은 2027년까지 다음 목표를 실현한다.\n셋째, 개방 플랫폼. 생산액이 100억 위안을 넘는 개발구가 8개에 달한다."
    assert news(body, headline="가상성 리튬 소식")["8개"][:2] == ("target", 2027)


def test_the_korean_language_press_of_china_spells_a_past_tense_with_yeot():
    # 되였 is 되었 as the Korean-language papers of China print it: "객실이 새로 추가되였고" reports a fact
    assert reports_fact("의 객실이 새로 추가되였고 아시아 최대 스키장도 개장한다.")
    assert reports_fact("의 객실이 새로 추가되었고 아시아 최대 스키장도 개장한다.")
    assert not reports_fact("의 객실을 새로 추가하고 아시아 최대 스키장도 개장한다.")


def test_a_level_set_in_the_past_tense_is_set_not_reached():
    # "로 상향했다" tells of the setting: the level is a target, as sure as one set in the present
    records = {
        r.value_text: r
        for r in records_of("가상성은 비화석 에너지 비중을 2030년까지 30%로 상향했다.", "가상성 에너지 소식")
    }
    assert (records["30%"].kind, records["30%"].target_year, records["30%"].confidence) == (
        "target",
        2030,
        "high",
    )


def test_this_years_figure_in_the_work_report_is_a_target():
    records = news(
        "그는 정부업무보고에서 올해 도시취업 인구 1200만명을 새로 증가해 작년보다 많을 것이라고 말했다.",
        headline="가상국 총리 기자회견",
    )
    assert records["1200만명"][:2] == ("target", 2025)


def test_the_target_task_named_before_its_figure_states_it():
    records = news(
        "2011년부터 2014년까지 착공된 보장성 주택은 3000만채에 달하며 2025년의 목표 임무는 700만채이다.",
        headline="가상국 주택 소식",
    )
    assert records["700만채"][:2] == ("target", 2025)


def test_to_increase_in_the_plain_present_is_a_plan_and_a_past_causative_a_fact():
    records = news(
        "국장은 올해에 수력발전설비를 2000만킬로와트, 풍력발전설비를 1500만킬로와트 증가한다고 말했다.",
        headline="가상국 에너지 소식",
    )
    assert records["2000만킬로와트"][:2] == ("target", 2025)
    assert records["1500만킬로와트"][:2] == ("target", 2025)
    records = news(
        "중국은 연속 4년간 도시취업 인구 1200만명 이상을 새로 증가시켰으며 올해도 취업을 최우선 과제로 삼는다.",
        headline="가상국 고용 소식",
    )
    assert records.get("1200만명", ("actual",))[0] == "actual"


def test_a_distance_kept_from_a_place_says_where():
    records = news(
        "가상시는 바다와 단 15킬로메터의 거리를 두고 있어 항만 3곳을 새로 건설한다.",
        headline="가상시 항만 소식",
    )
    assert "15킬로메터" not in records
    assert records["3곳"][0] == "target"


def test_a_figure_a_year_over_a_span_takes_each_year_in_order():
    records = records_of(
        "중점 지역은 2021~2025년 전기차 보급 수량을 각각 2만 대, 3만 대, 4만 대, 5만 대, 6만 대 이상으로 확대할 계획이다.",
        "가상국 전기차 보급 목표",
    )
    assert [(r.value_text, r.target_year) for r in records] == [
        ("2만 대", 2021), ("3만 대", 2022), ("4만 대", 2023), ("5만 대", 2024), ("6만 대", 2025)
    ]  # fmt: skip
    # a plan's period with one figure each for several things is no figure a year
    records = news(
        "정부는 제14차 5개년 계획(2021-2025년)에서 두 소재를 육성해 2030년까지 생산능력을 각각 1만톤 이상으로 확대할 방침이다.",
        headline="가상국 소재 소식",
    )
    assert records["1만톤"][:2] == ("target", 2030)


def test_by_a_year_and_from_a_level_as_the_press_of_china_writes_them():
    # 到2027年 as "2027년에 이르면", 从 … 到 as "…으로부터 …으로"
    records = news(
        "2027년에 이르면 가공능력은 2020년의 2만톤으로부터 40만톤으로 늘어나고 생산총액은 80억 위안에 도달하게 된다.",
        headline="가상시 수산 소식",
    )
    assert records["40만톤"][:2] == ("target", 2027)
    assert records["80억 위안"][:2] == ("target", 2027)
    assert records.get("2만톤", ("actual",))[0] == "actual"


def test_the_next_five_years_of_a_five_year_plan_are_the_plans():
    records = news(
        "이번 회의에서는 향후 5년간의 틀을 정할 15차 5개년 계획이 논의된다. "
        "가상국은 앞으로 5년간 3조위안을 투입해 사회안전망을 재구축할 방침이다.",
        headline="가상국 회의 개막",
    )
    assert records["3조위안"][1] == 2030  # 2026-2030, not 2025 + 5 - 1


def test_hearsay_in_a_report_states_no_plan():
    body = "그 결과 가상국의 총 설비 용량은 연말까지 3억kW가 되어 전년 대비 10% 증가한다고 한다."
    records = news(body, headline="가상국 태양광 통계 보고")
    assert "3억kW" not in records and "10%" not in records
    # the same figure said as the plan's, in the present, is one
    body = "가상국은 연말까지 총 설비 용량을 3억kW로 확대하고 전년 대비 10% 증가시킨다."
    assert news(body, headline="가상국 태양광 통계 보고")["3억kW"][0] == "target"


def test_a_count_of_a_list_joined_by_dots_or_by_and_counts_the_list():
    records = news(
        "베이징·톈진·상하이·장쑤·저장 등 5개 성과 시에서 중고 가전을 반납하면 보조금 300위안을 지급한다.",
        headline="가상국 가전 보조금",
    )
    assert "5개" not in records and records["300위안"][0] == "funding"
    records = news(
        "채굴 쿼터는 가상희토그룹과 북방희토, 샤먼텅스텐, 광둥희토 등 4개 기업에 할당됐으며 2027년까지 정련 공장 5곳을 짓는다.",
        headline="가상국 희토류 쿼터",
    )
    assert "4개" not in records and records["5곳"][:2] == ("target", 2027)
    # an item that has 과 inside it is still one item
    records = news(
        "가상주는 주택 개조공사, 사람과 가축 분리공사, 도로 건설공사 등 3개 공사를 벌이게 된다.",
        headline="가상주 농촌",
    )
    assert "3개" not in records


def test_a_plan_quoted_or_published_in_its_sentence_states_its_figures():
    records = news(
        "가상망은 농업부가 발표한 '대두 진흥 실시방안'을 인용해 올해 재배면적을 1000만 묘 늘릴 계획이라고 보도했다. "
        "또 2027년엔 재배면적을 1억 5000만 묘까지 늘릴 전망이다.",
        headline="가상국 대두 소식",
    )
    assert records["1억 5000만 묘"][:2] == ("target", 2027)
    records = news(
        "당국은 '건강 2035' 계획 요강을 발표하면서 2035년까지 평균 기대 수명은 80세에 달할 것으로 예상했다.",
        headline="가상국 보건 소식",
    )
    assert records["80세"][:2] == ("target", 2035)


def test_a_central_body_that_expects_in_its_own_words_states_its_plan():
    records = news(
        "상무부는 2027년 해외직접투자가 누적 8천억달러에 이를 것으로 전망했다.",
        headline="가상국 투자 소식",
    )
    assert records["8천억달러"][:2] == ("target", 2027)
    # in the year's last quarter, what it expects of this year is its estimate of the outcome
    text = "가상국 통신 소식\n2025-12-20\n공업정보화부는 올해 통신 사업 총규모가 약 11% 증가할 것으로 전망했다.\n"
    records = records_of_page(text)
    assert [r.value_text for r in records if r.kind == "target"] == []


def test_a_target_rate_named_before_its_figure_states_it():
    records = news(
        "소비자 물가 목표 상승률은 3%로 지난해 3.5%보다 0.5포인트 낮아졌다.", headline="가상국 업무보고 요약"
    )
    assert records["3%"][0] == "target"


def test_this_years_subsidy_fund_reported_as_the_budget_is_allotted():
    records = news(
        "올해 중앙재정 주택건설 보조자금은 2000억위안으로 지난해 1600억위안에 비해 25% 증가했다.",
        headline="가상국 주택 소식",
    )
    assert records["2000억위안"][:2] == ("funding", 2025)


def test_a_lending_programme_amounting_to_a_sum_is_a_fund_set_up():
    records = news(
        "중앙은행이 과학기술 혁신을 위해 최대 4000억 위안에 달하는 재대출 프로그램을 마련했다.",
        headline="가상국 금융 소식",
    )
    assert records["4000억 위안"][0] in ("funding", "target")


def test_each_item_of_a_list_of_support_caps_is_support():
    records = news(
        "지급대상 품목은 TV·냉장고·세탁기 등 3종이며, 대당 보조금 상한액은 TV 500위안, 냉장고 400위안, 세탁기 300위안 등이다.",
        headline="가상국 가전 보조금",
    )
    assert records["500위안"][0] == records["400위안"][0] == records["300위안"][0] == "funding"
    # amounts a level is decided at, in the present passive
    records = news(
        "지원 금액은 등급에 따라 최대 300만 위안, 200만 위안으로 결정된다.", headline="가상성 기술 지원"
    )
    assert records["300만 위안"][0] in ("funding", "target") and "200만 위안" in records


def test_a_total_invested_under_a_lead_of_this_years_work_is_this_years():
    body = (
        "가상주가 올해 재정지출로 약 80억 위안을 편성하고 그 중 일부를 민생 개선에 쓸 방침이다.\n"
        "또 새 농촌 건설 보조자금으로 600만 위안을 투자할 계획이다."
    )
    assert news(body, headline="가상주 재정 운용")["600만 위안"][:2] == ("funding", 2025)


def test_the_place_a_meeting_is_held_in_is_not_the_figures_place():
    records = records_of(
        "전국인민대표대회는 5일 베이징 인민대회당에서 열린 개막식에서 올해 중앙정부 지출이 4조위안으로 6% 증가했다고 밝혔다.",
        "가상국 예산 발표",
    )
    assert {r.value_text: r.region for r in records}["4조위안"] == "National"


def test_a_list_of_firms_to_foster_is_no_count_of_actors():
    records = news(
        "가상시는 2027년까지 12개 선도기업, 8개 연구혁신본부를 육성할 예정이다.",
        headline="가상시 로봇산업 계획",
    )
    assert records["12개"][:2] == ("target", 2027)
    assert records["8개"][:2] == ("target", 2027)
    # the bodies that act, counted before their subject particle, are still actors
    assert "7개" not in news(
        "7개 부처는 공동으로 2027년까지 로봇 기업 50개를 육성한다.", headline="가상국 로봇 계획"
    )


def test_a_korean_body_that_reports_a_plan_is_not_its_actor():
    body = "가상시 경제정보화위원회는 2027년까지 로봇산업 규모를 200억 위안으로 끌어올리고 선도기업 12곳을 육성한다."
    records = news(body, headline="KOTRA, 의료 및 가정용 로봇 중점 육성")
    assert records["200억 위안"][:2] == ("target", 2027)
    assert records["12곳"][:2] == ("target", 2027)


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        (
            "가상시의 1분기 수출은 전년 동기 대비 12.4% 늘어난 것으로 분기 목표를 9일 앞당겨 완수했다.",
            "12.4%",
        ),
        ("가상시는 단위 GDP당 에너지 소비를 3.2% 줄여 목표 3% 이상을 웃돌았다.", "3.2%"),
        (
            "가상성은 2021~2025년 감축 목표의 91.3%를 작년 말까지 실현했다며 감축이 계획대로 진행되고 있다고 설명했다.",
            "91.3%",
        ),
    ],
)
def test_the_figures_of_a_target_met_are_results(body, value_text):
    assert news(body).get(value_text, ("actual",))[0] == "actual"


def test_a_target_still_to_meet_stays_a_target():
    assert news("가상시는 2027년까지 수출 목표를 초과 달성하기 위해 전시회 12회를 개최한다.")["12회"][:2] == (
        "target",
        2027,
    )


def test_a_level_passed_is_a_fact_and_a_level_to_pass_a_target():
    assert (
        news("가상성의 농기계화율은 68%를 넘어섰으며 주요 작물 파종은 전 과정 기계화를 실현했다.").get(
            "68%", ("actual",)
        )[0]
        == "actual"
    )
    assert news("가상성의 농기계화율은 2027년까지 80%를 넘어선다.")["80%"][:2] == ("target", 2027)


def test_won_after_renminbi_named_before_it_is_the_yuan():
    # the file names the yuan elsewhere, so a bare 원 would be a conversion; "인민폐로" names this one
    records = records_of(
        "가상시는 총 30억 위안의 기금을 조성한다. 중앙재정은 인민폐로 52억원에 달하는 전문자금을 배정한다."
    )
    assert {r.value_text: r.unit for r in records}["52억원"] == "CNY"


def test_an_experts_outlook_closing_the_sentence_covers_every_clause_before_it():
    body = (
        "류 모모 가상경제연구센터 특별 초청 전문가는 2030년까지 가상국의 수소 생산량이 200만t을 넘어 "
        "5000억 위안 규모의 시장을 형성해 업계를 이끌 것이라고 전망했다."
    )
    assert news(body) == {}
    # an official's outlook of the plan is not an analyst's
    body = "가상성 발전개혁위원회 관계자는 2030년까지 수소 생산량을 200만t으로 늘려 시장을 키울 것이라고 전망했다."
    assert news(body)["200만t"][:2] == ("target", 2030)


def test_a_fear_is_no_plan_and_a_misspelt_plan_is_a_plan():
    assert news("내년에는 구직자 1500만명이 한꺼번에 몰려 취업난이 심해질 것으로 우려되고 있다.") == {}
    assert news("2025년 가상구는 관광객 연 300만명을 접대할 게획입니다.")["300만명"][:2] == ("target", 2025)


def test_a_level_kept_in_the_past_is_a_fact_and_a_level_to_keep_a_target():
    records = news("통신은 실업률이 지난 3년간 5.1% 이하를 유지했지만 올해 목표는 5.5%로 정해졌다고 전했다.")
    assert records.get("5.1%", ("actual",))[0] == "actual"
    assert records["5.5%"][:2] == ("target", 2025)
    assert news("가상성은 2027년까지 실업률을 5.5% 이내로 유지할 계획이다.")["5.5%"][:2] == ("target", 2027)


def test_a_budget_allotted_with_no_year_is_the_issue_years_and_a_yearly_one_stands():
    records = news(
        "가상국은 중앙정부 과학기술 예산을 전년대비 8% 늘어난 2500억위안으로 책정했다.",
        headline="가상국 예산",
    )
    assert records["2500억위안"][:2] == ("target", 2025)
    records = news("가상시는 매년 인재 예산을 5억위안으로 편성한다.", headline="가상시 인재 정책")
    assert records["5억위안"][1] is None


def test_the_people_a_delegation_is_made_of_are_no_target():
    records = news(
        "이번 행사에는 가상성 정부와 기업 관계자 60여명으로 구성된 경제사절단이 참가해 2026년까지 합작 프로젝트 30개를 추진한다."
    )
    assert "60여명" not in records
    assert records["30개"][:2] == ("target", 2026)


def test_the_head_of_a_ministrys_department_is_no_company_president():
    body = (
        "가상국 생태환경부 토양환경사(司) 왕모모(王某某) 사장은 정례 기자회견에 참석했다.\n"
        "왕모모 사장은 2027년 말까지 오염 농지의 85%를 복원하는 목표를 달성할 수 있다고 설명했다."
    )
    assert news(body, headline="가상국, 토양 복원 추진")["85%"][:2] == ("target", 2027)
    # a company's president stays the company's
    body = "가상전자 리모모 사장은 2027년까지 공장 3곳을 짓겠다고 밝혔다."
    assert "3곳" not in news(body, headline="가상국, 토양 복원 추진")


def test_this_years_money_raised_from_last_years_is_set_for_the_year():
    body = '정 주임은 "보조 자금을 작년 800억위안(약 16조원)에서 올해 1600억위안(약 32조원)으로 확대했다"고 밝혔다.'
    records = news(body, headline="가상국 소비 진작")
    assert records["1600억위안"][1] == 2025
    assert records.get("800억위안", ("actual",))[0] == "actual"


def test_a_broadcaster_reporting_a_plan_is_not_a_company_with_a_plan():
    body = '관영 가상중앙TV(VCTV)는 새 기금을 소개하면서 "정부는 5000억위안의 사회 자본을 유치하는 것을 추진한다"고 보도했다.'
    assert news(body, headline="가상국 창업투자기금 출범")["5000억위안"][0] in ("target", "funding")


def test_figures_of_measures_announced_in_the_past_tense_are_planned():
    body = "가상국은 이웃 국가와 협력을 강화한다. 각국 800명의 학생들에 정부 장학금을 지급하는 등의 지원책도 공개했다."
    assert news(body, headline="가상국, 이웃 국가와 정상회의")["800명"][0] == "target"
    # measures taken, told as done, stay facts
    body = "가상국은 지난해 학생 800명에게 장학금을 지급했다."
    assert news(body, headline="가상국, 이웃 국가와 정상회의").get("800명", ("actual",))[0] == "actual"


def test_the_share_a_budget_takes_is_no_level_allotted():
    body = "4년 동안 일반 공공예산 지출 총액 가운데 과학 예산이 4.2%가량을 차지한 셈입니다."
    assert news(body, headline="가상국 예산 분석").get("4.2%", ("actual",))[0] == "actual"


def test_the_heads_of_state_at_a_summit_are_who_acts():
    body = "이에 대해 6개국 정상들은 모두 공감을 표하며 협력을 강화해야 한다고 입을 모았다."
    assert news(body, headline="가상국, 이웃 국가와 정상회의") == {}


def test_a_share_glossed_as_a_fraction_is_one_figure():
    records = news("가상국은 재생에너지 비중을 2040년까지 25%(전체의 4분의 1)로 끌어올리기로 했다.")
    assert records["25%"][:2] == ("target", 2040)
    assert "4분의 1" not in records


def test_the_items_of_a_plan_listed_after_it_are_planned():
    body = (
        "신규 노선을 포함한 5개 철도 노선이 승인을 받아 건설될 예정이다. 이 5개 노선들은 △1호선 연장 구간으로, "
        "가역에서 나역에 이르는 18km △6호선 다역에서 라역에 이르는 27km 등이다."
    )
    records = news(body, headline="가상시 철도 확대")
    assert records["18km"][0] == "target"
    assert records["27km"][0] == "target"
    # a list of lines already built stays a fact
    body = "지난해 5개 철도 노선이 개통됐다. 이 노선들은 △1호선 18km △6호선 27km 등이다."
    assert news(body, headline="가상시 철도 확대").get("18km", ("actual",))[0] == "actual"


def test_the_year_of_a_starting_level_with_a_spaced_unit_dates_only_the_start():
    body = "가상성은 2030년말까지 풍력 설비용량을 2024년 말의 500만 킬로와트에서 1200만 킬로와트로 늘릴 계획이다."
    assert news(body)["1200만 킬로와트"][:2] == ("target", 2030)


def test_the_length_of_a_line_to_build_is_an_amount_and_a_distance_away_is_not():
    body = "가상시와 나상시를 연결하는 720km 거리의 철도를 2028년까지 건설한다."
    assert news(body)["720km"][:2] == ("target", 2028)
    body = "가상시에서 30km 거리의 해안에 2028년까지 항만 2곳을 건설한다."
    assert "30km" not in news(body)


def test_a_foreign_agency_reporting_chinas_plan_is_not_the_actor():
    body = "EIA는 이 목표를 달성하기 위해 중국이 원자력 발전 용량을 2030년까지 60기가와트로 늘리려 하고 있다고 전했다."
    assert news(body, headline="중국, 원전 확대")["60기가와트"][:2] == ("target", 2030)


def test_a_lead_in_line_is_no_title_and_the_lead_dates_the_goals_it_opens():
    text = (
        "지난 10일 가상국 국무원은 ‘로봇산업 진흥계획’을 발표, 2025년~2027년까지 향후 3년동안 로봇산업의 "
        "6대 목표를 확정했다.\n"
        "6대 목표는\n"
        "▲시장 확대. 서비스 로봇 점유율 30%이상 도달.\n"
    )
    bulletin = parse_text(text, file_name="lead.txt", sha256="0" * 64, default_date=ISSUED)
    assert [article.headline for article in bulletin.articles] == [""]
    records = {r.value_text: (r.kind, r.target_year) for r in extract_bulletin(bulletin)}
    assert records["30%"] == ("target", 2027)


def test_a_share_it_will_come_to_is_planned_and_a_share_it_takes_is_a_fact():
    body = "2025년 신규 착공면적을 지역별로 보면 도심 지역은 26%, 근교 지역은 31%, 교외지역은 43%를 차지하게 된다."
    records = news(body, headline="가상시 주택 공급 계획")
    assert [records[v][0] for v in ("26%", "31%", "43%")] == ["target"] * 3
    body = "지난해 신규 착공면적은 도심 지역이 26%를 차지했다."
    assert news(body, headline="가상시 주택 공급 계획").get("26%", ("actual",))[0] == "actual"


def test_one_figure_each_for_two_subjects_is_two_records():
    records = records_of(
        "신규 착공면적 중 경제형 주택과 임대주택은 각각 300만㎡로 늘린다.", "가상시 주택 공급 계획"
    )
    assert [(r.value_text, r.subject_ko) for r in records] == [
        ("300만㎡", "경제형 주택"),
        ("300만㎡", "임대주택"),
    ]


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # from a level on which a plan builds (在…基础上), or by so much a year
        (
            "“방안”은 특색학교를 기존의 3000개소의 기초에서 2027년에는 2만개소로 발전시켜야 한다고 지적했다.",
            "3000개소",
        ),
        ("정부는 올해부터 3년 동안 장학생 수를 현재 8120명에서 매년 2천명씩 늘려나가기로 했다.", "8120명"),
        # done beyond the planned target
        (
            "올해 10월 말까지 전국에서 총 52,000개의 화장실을 신규 건설 혹은 개조했고 예정된 목표보다 12.5% 초과 완성했다.",
            "52,000개",
        ),
        # a streak
        ("판매량은 올해 3월 이후 7개월 연속으로 90만대를 돌파하는 등 호황을 맞고 있다.", "90만대"),
    ],
)
def test_starting_levels_results_and_streaks_are_no_targets(body, value_text):
    assert news(body, headline="가상국 정책").get(value_text, ("actual",))[0] == "actual"


def test_aspects_and_key_points_of_a_plan_are_its_structure():
    assert news("2025년은 5개 면에서 이 정책의 실시를 추진할 것이라고 말했다.", headline="가상국 정책") == {}
    assert (
        news(
            "총리는 올해 정부사업은 다음과 같은 4개 요점을 잘 장악해야 한다고 말했다.", headline="가상국 정책"
        )
        == {}
    )


def test_counts_a_report_raises_as_work_to_finish_are_planned():
    body = (
        "올해 자치구정부 보고서는 600개의 빈곤촌 퇴출, 8개 빈곤현 꼬리표 떼기를 기간 내에 완수하기 위해 "
        "힘쓸 것이라고 제기했다."
    )
    records = news(body, headline="가상구 빈곤 탈출")
    assert records["600개"][:2] == ("target", 2025)
    assert records["8개"][:2] == ("target", 2025)
    # what a document raises, with no will, stays its contents
    assert "12개" not in news(
        "요강은 12개 전략기술과 9개 기초과학 난제를 제기했다.", headline="가상구 빈곤 탈출"
    )


@pytest.mark.parametrize("network", ["송전망", "배전망", "충전망"])
def test_a_network_whose_name_ends_in_jeonmang_is_no_forecast(network):
    body = f"가상국이 2028년까지 3000억 위안을 들여 {network} 구축에 나설 계획이다."
    assert news(body, headline="가상국 전력")["3000억 위안"][:2] == ("target", 2028)


def test_a_plan_stated_then_an_effect_guessed_keeps_the_plans_figure():
    body = (
        "반면 올해 9억㎾인 전력생산능력을 오는 2030년까지 15억㎾ 이상으로 확대한다는 계획이어서 "
        "석탄 수입량은 지속적으로 늘어날 것으로 전망됐다."
    )
    records = news(body, headline="가상국 석탄")
    assert records["15억㎾"][:2] == ("target", 2030)
    assert records.get("9억㎾", ("actual",))[0] == "actual"  # this year's level, the start


def test_caps_each_in_order_under_a_will_contracted_to_toruk():
    body = "당국은 중형업체와 소형업체는 각각 7억t과 4억t만을 생산토록 제한할 것으로 알려졌다."
    records = records_of(body, "가상국 석탄 생산 제한")
    assert [(r.value_text, r.kind) for r in records] == [("7억t", "target"), ("4억t", "target")]


def test_a_quoted_meeting_that_a_report_names_is_a_public_body():
    body = (
        "가상일보 3일 보도에 따르면 최근 개최된 ‘상하이 2025년 도시건설 및 교통공작회의’는 올해 도시건설 "
        "및 교통 등 SOC건설에 1500억위엔을 투자한다고 밝혔다."
    )
    assert news(body, headline="상하이, 도시건설 투자")["1500억위엔"][1] == 2025


def test_one_figure_each_for_items_joined_by_middle_dots_is_one_record_each():
    records = records_of(
        "이번 소비쿠폰은 영어ㆍ한글ㆍ일본어판으로 각각 800만위안씩 발행된다.", "가상시 소비쿠폰"
    )
    assert [(r.value_text, r.subject_ko) for r in records] == [
        ("800만위안", "영어"),
        ("800만위안", "한글"),
        ("800만위안", "일본어판"),
    ]


@pytest.mark.parametrize(
    ("body", "value_text", "expected"),
    [
        # a size, not a scope: "…회 규모의 행사"
        (
            "문화관광부는 연휴 전후 전국에서 약 2만 회 규모의 문화·관광 행사가 열릴 예정이라고 밝혔다.",
            "2만 회",
            "target",
        ),
        # including, then the plan's verb
        (
            "공업정보화부는 6000여 곳 이상의 빈곤 마을을 포함해 2만 곳 이상의 마을에 FTTH 구축을 진행한다.",
            "6000여 곳",
            "target",
        ),
        # a plan's targets cited as the source of an expectation with no year
        (
            "통지 목표에 따르면 공무용 차량 등 분야에서 40만대 이상의 신에너지차가 보급될 것으로 예상된다.",
            "40만대",
            "target",
        ),
        # a problem to solve in a five-year plan's time
        (
            "회의는 《13.5》기간에 1억 2000만명의 농촌인구 음용수안전문제를 전면 해결한다고 지적했다.",
            "1억 2000만명",
            "target",
        ),
        # a half of this year, ahead
        (
            "가상시 교통공작회의는 올해 상반기 SOC건설에 1500억위안을 투자한다고 밝혔다.",
            "1500억위안",
            "funding",
        ),
    ],
)
def test_sizes_inclusions_cited_targets_problems_and_halves_ahead(body, value_text, expected):
    assert news(body, headline="가상국 정책")[value_text][0] == expected


def test_a_half_of_this_year_reported_is_a_fact():
    assert (
        news("가상시는 올해 상반기 1500억위안을 투자했다.", headline="가상국 정책").get(
            "1500억위안", ("actual",)
        )[0]
        == "actual"
    )


@pytest.mark.parametrize(
    ("body", "start", "target"),
    [
        (
            "이에 따라 천연가스의 1차에너지 분담률을 2024년 6.1% 수준에서 2030년까지 12%로 확대할 방침이다.",
            "6.1%",
            "12%",
        ),
        (
            "가상국 당국은 지난해 30억t이었던 석탄생산량을 2030년까지 연간 33억t 이하로 제한할 계획이다.",
            "30억t",
            "33억t",
        ),
        (  # the level now as a modifier of what grows "까지" (up to) the new one
            "가상시는 2030년까지 매년 40억위안을 투자해 20㎢의 항만을 80㎢까지 확대할 계획이다.",
            "20㎢",
            "80㎢",
        ),
    ],
)
def test_a_level_it_was_or_the_level_a_change_starts_from_is_no_target(body, start, target):
    records = news(body, headline="가상국 에너지")
    assert records.get(start, ("actual",))[0] == "actual"
    assert records[target][:2] == ("target", 2030)


def test_a_quote_closed_after_its_past_verb_keeps_the_next_quotes_deadline_to_itself():
    body = "부국장은 “현재 가상국의 궤도 위성은 200기를 넘었다”며 “2028년까지 100기 가까운 위성을 추가로 발사할 것”이라고 말했다."
    records = news(body, headline="가상국 위성")
    assert records.get("200기", ("actual",))[0] == "actual"
    assert records["100기"][:2] == ("target", 2028)


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # money yet to spend as the subject of its amount
        ("본 사업에 가상항공그룹과 쓰촨성이 공동 투자할 자금은 80억위안에 달한다.", "80억위안"),
        # to open a road in the present
        ("가상시는 우선 고속도로에서 가상시 구간 양방향 12㎞를 개방한다.", "12㎞"),
        # a plan followed (에 따라) as the source of an expectation
        (
            "이 행동계획에 따라 향후 4년사이 국가적 차원에서 3조위안이 넘는 동영상산업 클러스터를 형성할 전망이다.",
            "3조위안",
        ),
    ],
)
def test_money_to_spend_roads_to_open_and_a_plan_followed_are_planned(body, value_text):
    assert news(body, headline="쓰촨성 산업 정책")[value_text][0] == "target"


def test_the_brackets_a_grant_is_paid_for_are_no_targets():
    body = (
        "가상국 통지는 주행거리 300km 이하 모델의 경우 보조금을 하향조정하고, 주행거리에 따라 △150~200km 1.2만 위안, "
        "△200~300km 2만 위안, △300km 이상 3만 위안의 보조금을 지급한다."
    )
    records = news(body, headline="가상국 신에너지차 보조금")
    assert sorted(records) == ["1.2만 위안", "2만 위안", "3만 위안"]
    assert {kind for kind, *_ in records.values()} == {"funding"}
    # a length to build at the head of an item is still an amount
    body = "가상시는 2027년까지 △지하철 120km 건설 △역 30곳 신설 등을 추진한다."
    assert news(body, headline="가상시 교통 계획")["120km"][0] == "target"


def test_countries_listed_as_venues_are_not_the_actor():
    body = "2026년 ‘가상시 해외로’는 베트남, 인도네시아, 폴란드, 멕시코 등 8개 국가의 9개 도시에서 11차례의 전시회를 개최할 계획이다."
    assert news(body, headline="가상시 해외 진출 지원")["11차례"][:2] == ("target", 2026)


def test_this_years_issue_stated_with_a_copula_is_the_years_plan():
    body = "올해 초장기 특별국채 1조 3천억 위안을 발행한다. 그중 올해 우선 발행 규모는 8000억 위안이다."
    assert news(body, headline="가상국 국채 발행 계획")["8000억 위안"][:2] == ("target", 2025)


@pytest.mark.parametrize(
    ("body", "value_text"),
    [
        # the span just past
        ("가상성은 지난 6개월간 계획업무 가동, 통제조치 채택 등 4가지 일을 단행했다.", "6개월"),
        # progress as a rate of this year's target
        (
            "가상시 당국에 따르면 올 들어 9월까지 60개 주요투자프로젝트가 가동됐으며 이로써 총 150개 프로젝트를 실행, "
            "올해 목표의 88.2%의 달성률을 보였다.",
            "150개",
        ),
        # a level a change starts from, whatever expectation the change is worded with
        (
            "가상성 항만의 연간처리능력은 현재 100만톤에서 2027년까지 200만톤 수준으로 늘어나며 2030년까지 300만톤에 이를 전망이다.",
            "100만톤",
        ),
        # a past fact, then the plan after 으나
        (
            "가상항 터미널은 작년 120만TEU를 처리했으나 오는 2027년까지 연간처리능력을 230만TEU로 확대시킬 계획이다.",
            "120만TEU",
        ),
    ],
)
def test_spans_past_progress_rates_starts_and_facts_before_but_are_no_targets(body, value_text):
    assert news(body, headline="가상시 투자 계획").get(value_text, ("actual",))[0] == "actual"


def test_an_untitled_article_led_by_an_experts_proposals_holds_no_public_plan():
    text = (
        "가상대학 교수이자 국정전문가인 김모모 교수는 2030년 가상국 발전목표에 대해 권고했다고 가상신문이 보도했다.\n"
        "그에 따르면 성장목표는 2030년 가상국의 GDP가 2020년의 두 배로 늘어나는 것으로 평균성장률을 6.5%로 잡았다.\n"
    )
    bulletin = parse_text(text, file_name="expert.txt", sha256="0" * 64, default_date=ISSUED)
    assert [r.value_text for r in extract_bulletin(bulletin) if r.kind != "actual"] == []
    # a government's plan leading an untitled article stays a plan
    text = "가상시 정부는 2030년까지 GDP를 두 배로 늘리고 평균성장률을 6.5%로 잡았다고 가상신문이 보도했다.\n"
    bulletin = parse_text(text, file_name="plan.txt", sha256="0" * 64, default_date=ISSUED)
    assert "6.5%" in [r.value_text for r in extract_bulletin(bulletin) if r.kind == "target"]


def test_the_parts_a_report_is_divided_into_are_its_structure():
    assert (
        news(
            "성정부사업보고는 지난해 사업회고와 올해 주요과업 두개 부문으로 나뉘였습니다.",
            headline="가상국 정책",
        )
        == {}
    )


def test_a_figure_a_plan_was_once_run_at_is_no_target():
    # "-던": what a plan was being run at before it grew, a past state (a 2020s new-area plan)
    records = news(
        "- 당초 50억 위안 규모로 추진되던 가상단지 조성 사업은 점차 확대돼 2027년까지 120억 위안을 투입할 계획이다."
    )
    assert records["120억 위안"][:2] == ("funding", 2027)
    assert records.get("50억 위안", ("actual",))[0] == "actual"


def test_a_count_of_the_units_a_goal_is_broken_down_by_is_no_target():
    # "N개 지역별": the number of places a goal is allotted to, each, not a count to reach
    records = news("국무원은 31개 성별로 2027년까지 에너지 소비 강도를 각각 10~15% 낮추도록 했다.")
    assert "31개" not in records
    assert records["10~15%"][:2] == ("target", 2027)
    # a noun that only ends as 별 does is no breakdown ("특별 구역")
    assert news("가상성은 2027년까지 5개 특별 산업단지를 조성할 계획이다.")["5개"][:2] == ("target", 2027)


def test_a_count_right_before_an_amount_counts_what_the_amount_totals():
    # "10종 4100만톤": ten kinds, together 41 million tonnes; the amount is the target
    records = news("가상성, 2027년까지 광물 6종 900만t으로 생산 늘린다")
    assert records["900만t"][:2] == ("target", 2027)
    assert "6종" not in records


def test_a_forecast_without_its_subject_continues_the_forecasters_sentence():
    # the report that forecast in one sentence is the elided subject of the next "…할 것으로 전망했다"
    body = (
        "가상연구원 보고서는 2030년 전력 수요가 15% 늘어날 것으로 내다봤다. "
        "또 2028년 전기차 비중이 40%를 넘어서고, 충전 수요가 정점에 달할 것으로 전망했다."
    )
    assert "40%" not in news(body)
    # a sentence that names a plan of its own is the plan's
    body = (
        "가상연구원 보고서는 2030년 전력 수요가 15% 늘어날 것으로 내다봤다. "
        "가상성 계획은 2028년 전기차 비중이 40%를 넘어설 것으로 전망했다."
    )
    assert news(body)["40%"][:2] == ("target", 2028)


def test_a_place_expecting_its_growth_at_its_two_sessions_sets_the_years_goal():
    # 预期目标, printed as 전망/예측: what a province expects of this year at its 양회 is its target
    headline = "중국 각지 지방정부 양회 잇따라 개막"
    body = (
        "칭하이성은 올해 지역내총생산 성장률이 6%를 넘어설 것으로 전망했다.\n"
        "그 외에 간쑤(甘肅)성, 닝샤회족자치구는 각각 지역내총생산 성장률 5% 이상, 약 5.5%로 예측했다.\n"
        "가상연구원은 올해 전국 성장률이 4.5%에 그칠 것으로 전망했다."
    )
    records = news(body, headline)
    assert records["6%"][:2] == ("target", 2025)
    assert records["5%"][:2] == ("target", 2025)
    assert records["5.5%"][:2] == ("target", 2025)
    # one figure each, in the places' order, "약" before a figure or not
    assert sorted((r.value_text, r.region) for r in records_of(body, headline) if r.line == 4) == [
        ("5%", "Gansu"),
        ("5.5%", "Ningxia"),
    ]
    assert "4.5%" not in records  # an institute's outlook stays its own
    # outside the sessions, a province's outlook for the year is no goal it set
    assert "6%" not in news(body, "가상성 경제 동향")


def test_an_event_dated_this_year_in_the_lead_sets_no_deadline():
    # "2025년 2월에는 … 지정하였다": the date of a step taken, not the year's goals
    body = (
        "국무원은 2024년 가을 가상신구 개발계획을 국가계획에 포함시켰고, 2025년 2월에는 가상신구를 "
        "종합개혁시험구로 지정하였다.\n"
        "가상신구는 서울 면적의 3.7배에 이르며, 항구 면적은 30km2이다."
    )
    records = news(body, "가상신구 개요")
    assert "3.7배" not in records
    assert records.get("30km2", ("actual",))[0] == "actual"
    # a year that heads the year's goals still dates them
    body = "가상성은 2025년 경제성장 목표를 5%로 제시했다.\n가상성 소비 증가율은 4.5% 안팎이다."
    assert news(body, "가상성 개요")["5%"][:2] == ("target", 2025)


def test_a_count_of_firms_and_projects_to_attract_is_the_target():
    # "50개 이상의 기업과 … 프로젝트를 유치할 계획": what the plan attracts, not who acts
    records = news("가상단지는 2027년까지 30개 이상의 첨단기업과 인재 프로젝트를 유치할 계획이다.")
    assert records["30개"][:2] == ("target", 2027)
    # a count of bodies that act together stays no target
    records = news("5개 부처와 기업이 공동으로 2027년까지 로봇 기업 50개를 육성한다.")
    assert "5개" not in records and records["50개"][:2] == ("target", 2027)
    # nor the cities a plan joins into what it builds ("…와 주변을 통합해 … 건설")
    assert "9개" not in news("가상성은 2027년까지 9개 도시와 주변을 통합해 초대형 광역권을 건설하기로 했다.")


def test_phases_of_works_are_no_counts():
    # "1기, 2기 공사": the first and second phases of the works, named by their number
    records = news(
        "가상단지는 현재 2기 공사가 진행중이며, 1기, 2기 공사가 모두 완공되면 기업 40개를 유치할 계획이다."
    )
    assert records["40개"][0] == "target"
    assert "1기" not in records and "2기" not in records
    # "제1, 2기 공정으로 진행되며 1기 공정은 2009년 12월 완공을 목표로": the phases, with any particle
    records = news("가상기지는 제1, 2기 공정으로 진행되며 1기 공정은 2027년 12월 완공을 목표로 한다.")
    assert "1기" not in records and "2기" not in records
    # "스키장 3기 확장공사": the third phase of a facility's expansion
    records = news(
        "가상관광구는 올해 1.5억위안을 투자하여 스키장 3기 확장공사, 호텔 등 건설을 완수하게 된다."
    )
    assert "3기" not in records and records["1.5억위안"][1] == 2025
    # … written apart, opening its sentence: "3기 확장 공사는 2025년에 완료되어 가동될 예정이며"
    records = news(
        "3기 확장 공사는 2027년에 완료될 예정이며 완공 후 가상공항은 연간 승객 8천만 명을 수용한다."
    )
    assert "3기" not in records and records["8천만 명"][:2] == ("target", 2027)
    # reactors to build stay a count
    assert news("가상성은 2030년까지 원전 4기 건설 공사를 마칠 계획이다.")["4기"][0] == "target"
    assert news("가상성은 2030년까지 원전 2기 착공에 들어간다.")["2기"][0] == "target"
    # a phase finished or begun; of a railway or an airport; of a project named in brackets or by a code
    records = news(
        "지금 가상구역 개조공사는 1기를 마무리하고 2기 착공에 들어갔는데 내년 6월말에 마무리될 예정이다."
    )
    assert "1기" not in records and "2기" not in records
    records = news("가상시는 ▷가상 철도 2기 ▷나상 공항 3기 등 핵심 인프라 프로젝트 건설을 가속화할 방침이다.")
    assert "2기" not in records and "3기" not in records
    records = news(
        "가상성은 올해 연말까지 보중(渤中) G 1기, 반다오(半島) U1 2기 등 해상 풍력 프로젝트를 완공할 계획이다."
    )
    assert "1기" not in records and "2기" not in records


def test_the_source_of_a_statistic_is_no_forecast():
    # "통계에 따르면 … 으로 집계됐다": 에 따르면 cites where a fact comes from
    records = news(
        "12일 국가통계국이 발표한 통계에 따르면 올해 전국의 여름 곡물 총생산량은 1억2천350만t으로 집계됐다.",
        headline="가상국 곡물 생산",
    )
    assert records.get("1억2천350만t", ("actual",))[0] == "actual"
    # an expectation the statistics give stays a forecast
    assert "3천만t" not in news("통계에 따르면 올해 가상성의 곡물 생산량은 3천만t에 이를 전망이다.")


def test_a_figure_dated_this_year_by_a_month_is_a_fact_and_a_target_met_plans_nothing():
    # "올 8월 말 기준": the date a figure describes, printed with 올 for this year
    records = news("올 8월 말 기준, 가상국 해수 담수화 공정의 총규모는 하루 260만t을 넘어섰다.")
    assert records.get("260만t", ("actual",))[0] == "actual"
    # "…기준 … 목표를 조기에 달성했다": a plan word that says the target was met
    records = news("올해 7월 말 기준, 가상성의 충전소는 3만곳을 넘어서며 계획 목표를 조기에 달성했다.")
    assert records.get("3만곳", ("actual",))[0] == "actual"
    # a progress figure a plan word still governs stays the plan's
    assert news("'24년 말 기준 가상성 5G 기지국 120만 개 구축 예정")["120만 개"][0] == "target"


def test_counts_compared_in_brackets_after_other_countries_are_no_figures_of_chinas():
    # "미국(93기)·프랑스(56기)에 이어": each country's count, in brackets after its name
    body = (
        "가상성은 2030년까지 원전 10기를 새로 건설할 계획이다. "
        "중국은 55기의 원전을 가동하고 있어 미국(90기)·프랑스(50기)에 이어 세계 3위이다."
    )
    records = news(body)
    assert records["10기"][:2] == ("target", 2030)
    assert "90기" not in records and "50기" not in {k for k, v in records.items() if v[0] == "target"}


def test_a_stack_of_sub_headlines_is_one_line_each():
    # each sub-headline closes on its verbal noun: the first's results are no part of the next's goal
    body = (
        "수출 24.8% 증가, 대가상 무역 8.2% 증가\n"
        "2025년 성장률 목표 6%로 설정, 환경 정책 추진 시사\n"
        "가상성은 지난해 경제를 회복시켰다."
    )
    records = news(body, "가상성의 지난해 경제성적과 올해 기회는?")
    assert records["6%"][:2] == ("target", 2025)
    assert records.get("24.8%", ("actual",))[0] == "actual"
    assert records.get("8.2%", ("actual",))[0] == "actual"


def test_an_economists_reading_closed_in_the_nominal_style_is_his():
    # reports in the nominal style close on "…분석함", "…전망함": the economist's or professor's words
    body = (
        "ㅇ 가상증권 수석이코노미스트는 특별채권의 조기승인 한도는 전년도 발행액의 60% 이내로 규정되어 있는바, "
        "이번 최대치인 60%의 발행을 조기승인한 것은 채권을 신속 발행하여 사업을 추진하려는 정부의 의지를 "
        "보여주는 것이라고 분석함.\n"
        "ㅇ 가상대학 교수는 3조 위안 발행 조기승인은 적극적인 재정정책을 시행하겠다는 뜻이라며, 올 한 해 "
        "특별채권 발행액이 4조 위안을 초과할 것이라고 전망함."
    )
    records = news(body, "가상성, 특별채권 조기 발행 승인")
    assert "60%" not in records and "3조 위안" not in records and "4조 위안" not in records


def test_a_figure_built_joined_to_a_later_pledge_stays_built():
    # "…을 구축했고 … 달할 것이며": the plan word of the next predicate is not the first figure's
    records = news(
        "가상성은 현재 이미 30만kW의 발전 능력을 구축했고 건설 중인 발전 규모는 50만kW에 달할 것이다."
    )
    assert records.get("30만kW", ("actual",))[0] == "actual"
    assert records["50만kW"][0] == "target"
    # a later clause that takes the figure up again pledges it
    records = news("가상성은 올해 택지 중 60%를 임대주택에 투입했고 내년에도 이 기준을 견지할 것이다.")
    assert records["60%"][0] == "target"


def test_a_title_that_dates_next_years_spending_dates_the_article():
    # "2026년 소비 부양에 … 투입": what the title says is spent next year dates the budget lines under it
    headline = "가상성, 2026년 소비 부양에 '300억 위안' 투입…보조금 연장"
    records = news("이번 1차 보조금 예산인 120억 위안은 특별채권 발행을 통해 마련된다.", headline)
    assert records["120억 위안"][1] == 2026
    # a year that is a title's date of a past step does not ("2024년 …을 투입했다")
    headline = "가상성, 2024년 소비 부양에 '300억 위안' 투입했다"
    assert (
        news("이번 1차 보조금 예산인 120억 위안은 특별채권 발행을 통해 마련된다.", headline)["120억 위안"][1]
        != 2024
    )


def test_the_length_a_network_grows_from_is_its_base():
    # "11만km 길이에서 1만km가 추가된 총 길이 12만km": the base, the addition and the new total
    records = news(
        "국무원은 2030년까지 기존 8만km 길이에서 1만 5000km가 추가된 총 길이 9만 5000km의 고속도로망을 건설한다."
    )
    assert records.get("8만km", ("actual",))[0] == "actual"
    assert records["9만 5000km"][:2] == ("target", 2030)


def test_the_chinese_government_expecting_a_level_states_its_plan():
    # "중국 정부는 … 넘을 것으로 예상했다": the government's own expectation is its plan's figure (预计)
    body = "(가상=연합뉴스) 홍길동 특파원 = 중국 정부는 오는 2027년말 자국의 AI 산업 규모가 1조 위안을 넘을 것으로 예상했다."
    assert news(body, "중국, 2027년 AI 산업 1조 위안 예상")["1조 위안"][:2] == ("target", 2027)
    # a broker's expectation stays its own
    body = "가상증권은 오는 2027년말 중국의 AI 산업 규모가 1조 위안을 넘을 것으로 예상했다."
    assert "1조 위안" not in news(body, "중국 AI 산업 전망")


def test_capacity_to_close_or_weed_out_this_year_is_a_target():
    # "…을 폐쇄하고, … 생산능력 …을 도태시키게 됩니다" (关停, 淘汰): cuts planned for the year
    body = "알려진 데 의하면 2025년 중국은 소형 화력발전 터빈 800만 킬로와트를 폐쇄하고, 낙후한 제철 생산능력 2천만톤을 도태시키게 됩니다."
    records = news(body, "중국, 올해 낙후 생산능력 도태")
    assert records["800만 킬로와트"][:2] == ("target", 2025)
    assert records["2천만톤"][:2] == ("target", 2025)
    # closed already, it is a fact
    body = "중국은 지난해 소형 화력발전 터빈 800만 킬로와트를 폐쇄했다."
    assert news(body, "중국, 낙후 생산능력 도태").get("800만 킬로와트", ("actual",))[0] == "actual"


def test_a_pledge_declared_in_the_past_tense_is_the_target():
    # "…100만 인재 유치를 선언했다": the declaring is past, the pledge ahead
    records = news("가상시는 지난달 29일, 5년 내 50만 인재 유치를 선언했다.")
    assert records["50만 인재"][0] == "target"
    # a declaration that is only a date of the past names nothing pledged
    records = news("탄소중립 선언 이후 가상시의 배출량은 5% 줄었다.")
    assert records.get("5%", ("actual",))[0] == "actual"


def test_a_speed_is_a_specification_not_a_length():
    # "시속 200Km 이상의 철도망": how fast the trains run, not how long the network is
    records = news("가상성은 2030년까지 시속 250km 이상의 고속철도 1,200km를 건설한다.")
    assert "250km" not in records
    assert records["1,200km"][:2] == ("target", 2030)


def test_figures_of_a_condition_are_supposed():
    # "올해 투자가 8,000억위안을 넘어선다면 … 3조5,000억위안으로 늘어나게 된다": if, then — no pledge
    body = "대변인 말대로 올해 투자가 6,000억 위안을 넘어선다면 5년간 철도 투자는 2조 위안으로 늘어나게 된다."
    records = news(body, "가상성, 철도 투자 확대")
    assert "6,000억 위안" not in records and "2조 위안" not in records


def test_kinds_of_goods_a_subsidy_covers_are_no_targets():
    # "8종 가전제품 외에 … 12종의 … 용품에 대해서도 보조금을 지급": what the subsidy covers
    body = "국가에서 명시한 8종 가전제품 외에 정수기 등 12종의 주방 용품에 대해서도 최대 500위안의 보조금을 지급한다."
    records = news(body)
    assert "8종" not in records and "12종" not in records
    assert records["500위안"][0] == "funding"


def test_a_share_a_noun_of_allotting_names_is_no_level_allotted():
    # "…의 20% 정도 할당액을 차지하지만": 할당액 is a noun (a share), no verb that allots
    body = "현재 중국은 공업체계를 구축하고 산업규모가 세계 제조업의 20% 정도 할당액을 차지하지만 혁신력이 부족하다."
    assert news(body).get("20%", ("actual",))[0] == "actual"


def test_a_level_brought_about_in_the_past_is_reached():
    # "…을 95% 이상에 도달시켰다": a causative in the past tense
    body = "가상진은 프로젝트를 통해 제품의 심층가공률을 90% 이상에 도달시켰다."
    assert news(body).get("90%", ("actual",))[0] == "actual"


def test_a_state_that_still_holds_is_no_target():
    # "여전히 10%가 … 적용이 안 되고": what is still so
    body = "- 하지만 대도시 시공 단계에서 여전히 10%가 에너지절약 표준 적용이 안 되고 중소도시에서도 개혁을 건설에 적용하지 못하는 실정"
    assert news(body).get("10%", ("actual",))[0] == "actual"


def test_the_top_firms_a_share_is_given_to_are_a_pool():
    # "상위 10개사에 전체의 60%를": the top ten, the pool the share is of; the share is the target
    records = news("중국 정부는 2027년까지 상위 8개사에 전체 생산의 60%를 몰아주도록 하는 목표를 설정했다.")
    assert "8개사" not in records
    assert records["60%"][:2] == ("target", 2027)


def test_the_firms_a_quota_is_allotted_to_are_no_level():
    # "…중국기업 4개사에 할당된다": who receives the quota, not a level allotted
    body = "하반기 채굴량은 생산을 허용받은 국유기업 6개사에 할당된다."
    assert "6개사" not in news(body, "가상성, 올해 희토류 채굴 쿼터 발표")
    body = "채굴과 제련 쿼터는 모두 가상희토그룹과 나라희토그룹 2개 기업에 할당되었다."
    assert "2개" not in news(body, "가상성, 올해 희토류 채굴 쿼터 발표")


def test_money_readied_for_this_years_subsidy_is_committed():
    # "올해 … 보조금으로 50억위안을 준비했다고 밝히고": set aside, yet to be paid
    body = "가상부 부장은 올해 노후 자동차 교체 보조금으로 40억위안(7천억원)을 준비했다고 밝혔다."
    assert news(body, "가상부, 노후차 교체 보조금 지급")["40억위안"][:2] == ("funding", 2025)


def test_a_quota_raised_for_this_year_is_a_level_allotted():
    # "올해 희토류 수출쿼터를 1만680t 추가 확대했다고 밝혔다": the year's quota, set in the past tense
    body = "가상부는 17일 올해 희토류 수출쿼터를 1만2천t 추가 확대했다고 밝혔다."
    assert news(body, "가상부, 희토류 수출쿼터 추가 배정")["1만2천t"][:2] == ("target", 2025)
    # quotas described, how they vary, are no level set
    body = "전력 할당량은 지방의 에너지 구조에 따라 약 10%에서 약 90%로 다양하다."
    assert news(body, "가상성, 전력 할당량 발표").get("90%", ("actual",))[0] != "target"


def test_the_people_who_attend_are_no_target():
    # "중앙위원 168명, 후보위원 147명 … 이 참석한 가운데": who attended the session
    body = "공산당은 공보를 내고 중앙위원 160명, 후보위원 140명, 일부 전문가들이 참석한 가운데 2030년까지의 계획 제안서를 설명했다고 밝혔다."
    records = news(body, "가상 전체회의 폐막")
    assert "160명" not in records and "140명" not in records


def test_a_leaders_term_is_an_ordinal():
    # "집권 4기": the fourth term, no count
    assert "4기" not in news(
        "가상 주석의 집권 4기 여부가 결정되는 시점과 맞물려 목표를 집중 배치하는 모습이다."
    )


def test_last_years_target_compared_with_is_a_base():
    # "작년 목표치인 8%에 비해 0.5%포인트 떨어진 것이다": last year's target and the change, no target now
    body = "올해 가상성의 경제성장 목표치는 7.5%로, 작년 목표치인 8%에 비해 0.5%포인트 떨어진 것이다."
    records = news(body, "가상성, 올해 성장 목표 7.5%")
    assert records["7.5%"][:2] == ("target", 2025)
    assert "8%" not in records
    assert "0.5%포인트" not in records  # a change in points, read as one


def test_existing_lines_besides_which_a_plan_builds_are_no_targets():
    # "기존 7개의 수도방사선, 11개의 남북종선, 18개의 동서횡선 외 … 총 13만 6000km를 건설": what is there
    body = (
        "국무원은 2030년까지 기존 5개의 방사선, 9개의 종선 외 지역별 순환선 등을 더해 "
        "총 길이 12만km의 고속도로망을 건설할 계획이다."
    )
    records = news(body)
    assert "5개" not in records and "9개" not in records
    assert records["12만km"][:2] == ("target", 2030)
    # "50개 내외의": about fifty, no list of what is there
    assert news("가상성은 2027년까지 매년 50개 내외의 핵심 기술 프로젝트를 추진한다.")["50개"][0] == "target"


def test_the_level_a_daily_capacity_grows_from_is_its_base():
    # "220만 m³/일에서 260만m³/일로 늘리고": a rate's unit between the number and 에서
    records = news("가상성은 2027년까지 담수화 능력을 100만 m³/일에서 150만m³/일로 늘린다는 방침이다.")
    assert records.get("100만 m³", ("actual",))[0] == "actual"
    assert records["150만m³"][:2] == ("target", 2027)


def test_an_outlook_goes_on_from_a_survey_cited_in_the_sentence_before():
    # "'…조사'에 따르면 … 전망된다. 구체적으로는 … 13%, … 15%를 넘어설 것으로 전망했다": the survey's
    body = (
        "'가상 해양환경 조사'에 따르면, 향후 20년간 해양경제는 연평균 8% 성장할 것으로 전망된다. "
        "구체적으로는 2030년 GDP 중 해양 총생산 비중이 12%, 2040년에는 14%를 넘어설 것으로 전망했다."
    )
    records = news(body, "가상 해양경제 백서 발간")
    assert "12%" not in records and "14%" not in records
    # a plan cited there makes them the plan's
    body = body.replace("'가상 해양환경 조사'에 따르면", "'가상 해양경제 발전계획'에 따르면")
    assert news(body, "가상 해양경제 백서 발간")["12%"][:2] == ("target", 2030)


def test_bonds_let_out_in_the_second_half_are_planned():
    # "하반기에 나머지 100억 위안의 국채가 시장에 풀린다": the half-year dates money still to come
    body = "재정부 발표에 따르면 오는 26일 130억 위안 규모의 국채가 발행되며 하반기에 나머지 80억 위안의 국채가 시장에 풀린다."
    assert news(body, "가상부, 홍콩서 위안화 국채 발행")["80억 위안"][0] == "target"


def test_a_ratio_the_statistics_bureau_reports_is_no_budget_allotted():
    # "R&D 예산이 … 차지하는 비율은 2.69%로 … 증가했고 … 것이 통계국의 설명이다": a statistic
    body = "R&D 예산이 GDP에서 차지하는 비율은 2.5%로 전년 동기 대비 0.1%p 증가했다는 것이 통계국의 설명이다."
    records = news(body, "가상성 R&D 투자 통계 공보")
    assert records.get("2.5%", ("actual",))[0] == "actual"
    assert records.get("0.1%p", ("actual",))[0] == "actual"


def test_the_provinces_and_cities_counted_act():
    # "중국 31개 성시(省市)의 … 목표치가 모두 공개되면서": who set the targets, no count to reach
    body = "중국 31개 성시(省市)의 국내총생산(GDP) 목표치가 모두 공개되면서, 올해 성장의 핵심은 고질량 발전이라는 분석이 나온다."
    assert "31개" not in news(body, "중국 각 성시 성장 목표 공개")


def test_a_sentence_that_closes_on_an_outlook_gives_no_high_confidence():
    # "…(20억위엔), …(3억위엔) 등이 시달될 전망이다": the figures' own clauses look firm, the sentence does not
    body = "올해 말까지 가상시 전자제품산업단지(10억위엔), 나라시 니켈광 개발(3억위엔) 등이 시달될 전망이다."
    levels = {r.value_text: r.confidence for r in records_of(body)}
    assert levels == {"10억위엔": "medium", "3억위엔": "medium"}


def test_a_latin_unit_after_a_number_names_no_company():
    # "1800cc" is an engine size, not a firm: the sentence is the government's tax cut, and the
    # next sentence, with no subject, goes on with it
    records = news(
        "가상국 정부가 자동차 소비 지원책을 발표했다. 배기량 1800cc 이하 승용차의 구매세 8%는 4%로 감면된다. "
        "또 농촌 주민의 차량 구매를 돕기 위해 보조금으로 30억위안을 추가 투입하기로 했다."
    )
    assert records["4%"][0] == "target"
    assert records["30억위안"][0] in ("target", "funding")


def test_a_latin_company_name_still_makes_a_company_plan():
    records = news(
        "가상국 정부가 배터리 지원책을 발표했다. ACME는 2027년까지 배터리 공장 3곳을 건설할 계획이다."
    )
    assert "3곳" not in records or records["3곳"][0] not in ("target", "funding")


def test_the_income_that_qualifies_taxpayers_for_a_tax_cut_is_a_threshold():
    # the tax cut is the commitment; the income and turnover caps say who qualifies, in the sentence
    # and in a bracket after the group
    records = news(
        "가상국 세무총국에 따르면 2028년 말까지 연간 소득 150만 위안 이하 자영업자의 소득세를 40% 감면하고 "
        "소규모 납세자(연 매출액 300만 위안 이하)의 지방세를 30% 감면한다."
    )
    assert records["40%"][0] in ("target", "funding")
    assert records["30%"][0] in ("target", "funding")
    assert "150만 위안" not in records
    assert "300만 위안" not in records


def test_a_rate_as_the_topic_of_its_own_cut_is_where_the_change_starts():
    records = news("가상국 정부에 따르면 소형 트럭의 부가세율 13%는 9%로 인하된다.")
    assert records["9%"][0] == "target"
    assert records.get("13%", ("actual",))[0] == "actual"


def test_money_allotted_with_the_support_named_as_its_subject_is_the_plan():
    # "보조금이 배정됐다": the grant is what is allotted, not a verb of support before the allotting
    records = news(
        "가상성 상무청은 소비 촉진 사업에 3개월간 총 40억위안의 경품과 보조금이 배정됐다고 밝혔다. "
        "충전 시설은 30%까지 보조금이 책정됐다."
    )
    assert records["40억위안"][0] in ("target", "funding")
    assert records["30%"][0] in ("target", "funding")


def test_a_development_zone_named_by_its_latin_acronym_is_a_public_body():
    # BDA, the Beijing Economic-Technological Development Area (亦庄), grants like any district
    records = records_of(
        "BDA는 개인 소비자에게 최대 1,200위안, 기업 구매자에게는 최대 20만 위안의 로봇 구매 보조금을 지급한다는 방침이다.",
        headline="베이징 경제기술개발구, 로봇 소비 축제 개막",
    )
    taken = {r.value_text: r for r in records}
    assert taken["1,200위안"].kind == "funding" and taken["20만 위안"].kind == "funding"
    assert taken["20만 위안"].region == "Beijing"


def test_the_share_a_level_set_is_equal_to_is_set_with_it():
    # "GDP의 3.2%에 달하는 2조 위안으로 정했다": the share is the same level, set by the same verb
    records = news(
        "정부업무보고에 따르면 가상국은 올해 재정적자 목표치를 GDP의 3.2%에 달하는 2조 위안으로 정했다.",
        "가상국, 올해 재정적자 목표 발표",
    )
    assert records["2조 위안"][0] == "target"
    assert records["3.2%"][0] == "target"
    # a share reached, before a figure that is no level set, stays a fact
    records = news("가상국의 재정적자는 GDP의 3.2%에 달하는 2조 위안을 기록했다.", "가상국 재정 통계")
    assert records.get("3.2%", ("actual",))[0] == "actual"


def test_a_place_as_the_nominative_subject_owns_the_sentence_before_a_relative_clause():
    # "중국이 … 제품을 사는 소비자에게": 사는 qualifies the buyers; the sentence is the country's
    records = news("중국이 절전형 제품을 사는 소비자에게 모두 120억위안의 보조금을 주기로 했다.")
    assert records["120억위안"][0] in ("target", "funding")


def test_support_as_the_object_of_an_allotting_verb_is_allotted():
    records = news("가상시는 또 로봇 소비를 촉진하기 위해 8억위안의 보조금을 별도로 책정했다.")
    assert records["8억위안"][0] in ("target", "funding")


def test_what_a_measure_is_at_its_core_is_the_plan():
    # "…를 만드는 것이 골자다": the gist of the measure, a plan
    records = news(
        "이 대책은 향후 3년간 연매출 50억위안 이상인 업체 12개를 만드는 것이 골자다.",
        "가상시, 경공업 진흥 대책 발표",
    )
    assert records["12개"][0] == "target"
    assert "50억위안" not in records


def test_a_plan_joined_by_계획으로_to_its_expected_benefit_keeps_its_figure():
    # the forecast word closes the benefit clause, not the plan the figure is in
    records = news(
        "한편 올해 지린성은 90억 위안을 투자해 노후 주택단지 800개를 개조할 계획으로 총 50만 가구의 주민들이 "
        "혜택을 누릴 전망이다.",
        "지린성, 노후 주택 개조 추진",
    )
    assert records["800개"][0] == "target"


def test_a_benefit_that_is_given_in_the_present_is_the_policy():
    # "…자격이 주어진다", "…연구비가 주어진다": what the policy gives, in the plain present
    records = news(
        "가상시 대학 졸업자에게는 시세보다 최대 40% 할인된 임대료의 청년 아파트에 입주할 자격이 주어진다."
    )
    assert records["40%"][0] in ("target", "funding")
    # given in the past, a fact
    records = news("지난해 가상시 졸업자 3000명에게 청년 아파트 입주 자격이 주어졌다.")
    assert records.get("3000명", ("actual",))[0] != "target"


def test_the_age_support_lasts_until_is_no_amount_but_life_expectancy_is():
    records = news("가상시는 둘째 아이부터 매년 8000 위안을 6세까지 지원하기로 했다.")
    assert records["8000 위안"][0] in ("target", "funding")
    assert "6세" not in records
    records = news("가상시는 2030년까지 평균 기대수명을 81세까지 늘릴 계획이다.")
    assert records["81세"][0] == "target"


def test_a_figure_before_a_contrast_in_the_present_is_not_the_plan_after_it():
    # "…3000채에 불과하지만 내년부터 … 세울 계획이다": the plan is the second clause's
    records = news(
        "올해 가상시가 청년에게 제공한 주택은 3000채에 불과하지만 내년부터 매년 40만㎡ 이상의 토지에 인재 주택을 세울 계획이다."
    )
    assert records.get("3000채", ("actual",))[0] != "target"
    assert records["40만㎡"][0] == "target"


def test_a_level_to_hold_steady_is_a_target_even_when_it_matches_last_year():
    # 稳定在: "…이상으로 안정시키다"; "이는 지난해와 비슷하다" compares, it reports no fact of the figure
    records = news(
        "가상성 농업위원회에 따르면 올해 가상성은 농작물 파종면적을 5200만무 이상으로 안정시키게 되는데 이는 지난해와 비슷하다."
    )
    assert records["5200만무"][0] == "target"


def test_measures_listed_as_what_a_policy_contains_are_its_plan():
    # "정책에 △… 최대 2000만 위안의 보조금 지급 △… 등을 담았다": the past tense tells what the policy holds
    records = news(
        "가상구는 정책에 △칩 생산 공정별 최대 2000만 위안의 보조금 지급 △생산라인 개조 프로젝트 대상 최대 3500만 위안의 "
        "보조금 지급 △설계 인력 대상 기업별 연간 최대 40만 위안의 상여금 지급 등을 담았다.",
        "가상구, 반도체 지원 정책 발표",
    )
    for figure in ("2000만 위안", "3500만 위안", "40만 위안"):
        assert records[figure][0] in ("target", "funding"), figure


def test_support_reported_in_the_present_under_a_deadline_is_the_plan():
    # "…의 보조금을 지원한다고 발표했다": the reporting verb is past, the reported clause present
    records = news(
        "가상시는 2027년까지 충전기 3만 기 이상을 새로 건설하기로 했다. 또 충전기 제조업체에 연간 15만 위안/대, "
        "연간 최고 90위안/㎾의 보조금을 지원한다고 발표했다."
    )
    assert records["15만 위안"][0] in ("target", "funding")
    # a past deed reported stays a fact
    records = news(
        "가상시는 2027년까지 충전기 3만 기를 건설하기로 했다. 지난해 제조업체 12곳에 보조금을 지원했다고 밝혔다."
    )
    assert records.get("12곳", ("actual",))[0] != "target"


def test_last_year_as_the_base_of_a_rise_dates_no_fact_of_the_new_level():
    # "지난해보다 3,000억 위안 이상 증가한 1조 2,000억 위안 규모의 … 환급하는 … 확정": the new level, planned
    records = news(
        "가상국 국무원 상무회의에서 지난해보다 3,000억 위안 이상 증가한 1조 2,000억 위안 규모의 세금을 환급하는 "
        "부양책이 확정됐다."
    )
    assert records["1조 2,000억 위안"][0] in ("target", "funding")
    # a rise over last year to a level reached stays a fact
    records = news("가상국의 세수는 지난해보다 3,000억 위안 증가한 1조 2,000억 위안을 기록했다.")
    assert records.get("1조 2,000억 위안", ("actual",))[0] == "actual"


def test_spending_approved_or_decided_in_the_past_is_the_plan():
    # "…규모의 투자를 승인했다": what was decided is money still to spend
    records = news("가상국 국무원은 상무회의에서 1500억위안 규모의 철도 투자를 승인했다.")
    assert records["1500억위안"][0] == "target"
    # a deed done in the past stays a fact
    records = news("가상국 국무원은 지난해 1500억위안 규모의 철도 투자를 집행했다.")
    assert records.get("1500억위안", ("actual",))[0] == "actual"


def test_the_count_of_a_years_livelihood_projects_is_the_lists_structure():
    # "12가지 민생실사" (民生实事): how many items the year's list has, not a target
    records = news("가상시는 올해 10억원을 투입하여 9가지 민생실사를 실시하겠다고 시민들에게 약속했다.")
    assert "9가지" not in records
    assert records["10억원"][0] in ("target", "funding")


def test_a_quota_adjusted_to_a_level_in_the_passive_is_allotted():
    # "…1000세대로 … 500세대로 조절되였다" (调整, in the spelling of China's Korean-language papers)
    records = news(
        "가상시는 올해 안으로 위험주택 1500세대를 개조한다. 그중 D급 농가는 1000세대로 C급 농가는 500세대로 조절되였다."
    )
    assert records["1000세대"][0] == "target" and records["500세대"][0] == "target"


def test_a_whole_of_which_a_part_is_already_done_is_no_fact():
    # "8억위엔의 총투자 중 이미 1억위엔을 완수하여": 이미 dates the part, not the planned whole
    records = news(
        "가상호관광구대상은 8억위엔의 총투자 중 이미 1억위엔을 완수하여 올해안으로 풍경구건설을 마무리짓는다."
    )
    assert records["8억위엔"][0] in ("target", "funding")
    assert records.get("1억위엔", ("actual",))[0] != "target"


def test_a_financial_outlet_named_without_a_suffix_foresees_for_itself():
    # "차이신은 … 유발할 것으로 내다봤다": the outlet's outlook, not the plan's
    records = news("차이신은 두 정책은행 자금만으로도 2조위안 규모의 민간 투자를 유발할 것으로 내다봤다.")
    assert "2조위안" not in records
    # the outlet reporting a ministry's plan still gives the plan
    records = news("차이신에 따르면 가상국 재정부는 2조위안 규모의 특별국채를 발행할 계획이다.")
    assert records["2조위안"][0] in ("target", "funding")


def test_figures_listed_as_the_conditions_an_applicant_meets_are_thresholds():
    # "…연료전지차 50대 이상, 수소충전소 1개 이상 등 조건을 갖춰야 한다": who may apply, not a target
    records = news(
        "가상시 시범도시 신청지역은 지원정책 시행, 연료전지차 40대 이상, 수소충전소 2개 이상 등 조건을 갖춰야 한다."
    )
    assert "40대" not in records and "2개" not in records


def test_another_countrys_economy_named_as_a_circumstance_is_no_foreign_plan():
    # "미국 경기의 침체로 …": the US as the cause, not the actor; the vice-minister's pledge is China's
    records = news(
        "가상국 상무부 부부장은 그러나 미국 경기의 침체로 수출이 감소하겠지만 6%대 경제성장 유지를 위해 "
        "수출증대에 진력하겠다고 밝혔다."
    )
    assert records["6%"][0] == "target"
    # another country's ministry as the actor is still foreign
    records = news("한국 산업통상자원부는 2030년까지 수소차 20만 대를 보급할 계획이다.")
    assert "20만 대" not in records


def test_a_provincial_governments_announcement_as_the_source_is_its_plan():
    # "가상성 정부 발표에 따르면 2027년까지 … 폐쇄된다": the source is a public body
    records = news(
        "우선 허베이성 정부 발표에 따르면 2027년까지 조강생산능력 1500만 톤에 이르는 설비능력이 폐쇄된다."
    )
    assert records["1500만 톤"][0] == "target"
    # an industry association's announcement stays someone's forecast
    records = news("철강협회 발표에 따르면 2027년까지 조강생산능력 1500만 톤이 폐쇄될 것으로 예상된다.")
    assert "1500만 톤" not in records


def test_a_quoted_headline_fragment_that_ends_on_its_target_word_is_speech():
    # 中 총리, 업무보고..."올해 GDP 성장률 5% 안팎 목표": words quoted from the report, not a name
    records = records_of(
        "가상국 총리는 올해 경제 운영 방향을 밝혔다.",
        headline='가상국 총리, 정부업무보고..."올해 GDP 성장률 4.5% 안팎 목표"',
    )
    assert [(r.value_text, r.qualifier) for r in records] == [("4.5%", "~")]


def test_a_figure_joined_to_a_trend_that_goes_on_is_a_fact():
    # "…1800만 명을 돌파하며, 꾸준히 증가세를 이어가고 있다": the level passed, told in a running trend
    records = news("가상시 상주인구 수가 1800만 명을 돌파하며, 꾸준히 증가세를 이어가고 있다.")
    assert records.get("1800만 명", ("actual",))[0] == "actual"
    # work under way on a plan's verb keeps the plan's figure
    records = news("가상시는 2027년까지 300억 위안을 투자해 신도시를 건설하고 있다.")
    assert records["300억 위안"][0] in ("target", "funding")


def test_last_years_output_named_before_its_figure_is_a_fact():
    # "…전년 생산량 9억 톤을 하회하여 … 감산 목표를 달성할 전망": last year's level, the base
    records = news("올해 조강 생산량은 전년 생산량 9억 톤을 하회하여 정부의 감산 목표를 달성할 전망이다.")
    assert records.get("9억 톤", ("actual",))[0] != "target"


def test_a_count_cut_to_a_level_by_the_years_end_starts_from_the_first():
    # "…15개 철강사들을 올해 말까지 8개사로 줄이고": 15 is where the cut starts
    records = news(
        "또한 가상성은 가상시의 15개 철강사들을 올해 말까지 8개사로 줄이고 2030년까지 2개사로 통합할 계획이다."
    )
    assert records.get("15개", ("actual",))[0] != "target"
    assert records["8개사"][0] == "target" and records["2개사"][0] == "target"


def test_a_bodys_session_numbered_twice_counts_nothing():
    # "정협 12회 11차 상무회의": the 12th committee's 11th meeting
    records = news(
        "6일 가상시 정협 13회 9차 상무회의에서 부시장은 2030년까지 상주인구를 2500만 명 이내로 통제할 방침이라고 밝혔다."
    )
    assert "13회" not in records
    assert records["2500만 명"][0] == "target"


def test_a_target_set_joined_by_해_to_a_later_outlook_keeps_its_figures():
    # "…통제하는 것을 목표로 해 … 2000년엔 … 달할 전망": the outlook is the next clause's
    records = news(
        "가상국 공산당은 5개년계획 기간중▲국민경제는 年 7~8%의 성장▲물가는 年 6% 이하로 통제하는 것을 목표로 해 "
        "계획이 끝나는 오는 2030년엔 수출입총액 5천억달러에 이를 것으로 전망하고 있다."
    )
    assert records["7~8%"][0] == "target"


def test_the_month_an_announcement_was_made_dates_no_fact_of_its_future_figures():
    # "지난해 12월 발개위는 … 1조위안, … 7,000억위안이 각각 투자될 것이라고 발표했다"
    records = news(
        "지난해 12월 가상국 국가발전개혁위원회는 태양광 분야에 8000억위안, 풍력발전에 6,000억위안이 각각 투자될 "
        "것이라고 발표했다.",
        "가상국, 2030년까지 재생에너지 투자 계획",
    )
    assert records["8000억위안"][0] in ("target", "funding")
    assert records["6,000억위안"][0] in ("target", "funding")


def test_companies_listed_then_counted_as_the_subject_are_who_acts():
    # "…화인재벌, 이희성그룹 등 7사는 앞으로 5년간 20억달러를 투입": the count names who invests
    records = news(
        "또 가상그룹 및 홍콩의 나라재벌, 다라그룹 등 5사는 앞으로 5년간 10억달러를 투입할 예정이다."
    )
    assert "5사" not in records
    # a count of firms to move in stays a target
    records = news("가상시는 2027년까지 첨단기업 100개사를 유치할 계획이다.")
    assert records["100개사"][0] == "target"


def test_a_share_of_something_else_in_brackets_after_a_figure_is_a_gloss():
    # "면적이 5백22㎢(서울의 86%)이고": the area compared with Seoul, no share to reach
    records = news("가상신구는 면적이 300㎢(서울의 50%)이고 인구는 2030년께 200만명으로 늘어난다.")
    assert "50%" not in records
    assert records["200만명"][0] == "target"


def test_a_sentence_closing_on_a_years_goals_dates_every_figure_listed_before():
    # "… 일자리 1000만개이상 창출, 실업률 4.5% 통제 … 등을 올해의 목표로 지정했다", in an article
    # whose other lines speak of last year
    records = news(
        "작년 가상국의 성장률은 7.4%였다.\n이밖에 농촌에 새 일자리 800만개 이상 창출, 물가 상승률 3% 통제, "
        "수출 성장 5% 등을 올해의 목표로 지정했다.",
        "가상국, 성장 목표 7% 제시",
    )
    assert records["800만개"] == ("target", 2025, ">=")
    assert records["3%"][:2] == ("target", 2025)
    assert records["5%"][:2] == ("target", 2025)
    # a year printed in the closing dates them the same way
    records = news("가상성은 연구개발 투자 비중 3%, 첨단기업 2000개 등을 2028년 주요 목표로 확정했다.")
    assert records["3%"][1] == 2028
    assert records["2000개"][1] == 2028


def test_a_work_report_at_a_peoples_congress_dates_the_years_measures():
    # "… 대리시장은 … '베이징 제14기 인민대표대회 제5차회의' 업무보고에서 …": the city's work report
    body = (
        "가상시 시장은 지난 10일 열린 '가상시 제9기 인민대표대회 제3차회의' 업무보고에서 대기 개선 예산을 "
        "늘리겠다고 밝혔다.\n"
        "시는 석탄 소비량을 500만톤 이내로 제한하고 오염기업 1천개를 정리할 계획이다."
    )
    records = news(body, "가상시, 대기 개선에 예산 투입")
    assert records["500만톤"][:2] == ("target", 2025)
    assert records["1천개"][:2] == ("target", 2025)
    # a report on the congress that names no work report dates nothing
    body = "가상시 제9기 인민대표대회가 지난 10일 열렸다.\n시는 오염기업 1천개를 정리할 계획이다."
    assert news(body, "가상시, 대기 개선에 예산 투입")["1천개"][:2] == ("target", None)


def test_a_level_described_as_past_or_present_is_where_a_change_starts():
    # "지난해 … 10% 정도를 차지했던 비화석 연료의 비중을 2020년까지 15%로 높이고": the past adnominal
    records = news("가상국은 지난해 8% 정도를 차지했던 원자력의 비중을 2030년까지 12%로 높일 예정이다.")
    assert records["8%"][0] == "actual"
    assert records["12%"][:2] == ("target", 2030)
    # "현재 국내총생산(GDP)의 1.5% 수준인 연구개발비 비중을 향후 5년동안 2~2.5%로 확대": the level now,
    # of a whole named between 현재 and the figure (and a decimal point before the level to reach)
    records = news(
        "가상국 정부는 현재 국내총생산(GDP)의 1.2% 수준인 교육비 비중을 향후 5년동안 3.5%로 확대한다는 계획이다."
    )
    assert records["1.2%"][0] == "actual"
    assert records["3.5%"][0] == "target"


def test_the_count_a_consolidation_starts_from_is_no_target():
    # "1백20개 이상의 자동차제조공장을 2000년대초반까지 3∼4개의 대기업군으로 재편할 계획"
    records = news(
        "가상성은 전국에 흩어진 200개 이상의 시멘트 공장을 2030년까지 5~6개의 대형 그룹으로 재편할 계획이다."
    )
    assert records["200개"][0] == "actual"
    assert records["5~6개"] == ("target", 2030, ">=")
    # a count that is built, then run as groups, is the target
    records = news(
        "가상성은 시멘트 공장 200개를 2030년까지 새로 짓고 그중 5~6개의 대형 그룹으로 운영할 계획이다."
    )
    assert records["200개"][:2] == ("target", 2030)


def test_a_target_whose_outcome_is_reported_is_gone_by():
    # "지난해 가장 높은 12.5%를 목표로 정한 구이저우는 10.8%에 머물렀으며, 산시는 9.0%를 목표로 제시해
    # 놓고도 … 4.9%로 추락했다"
    records = news(
        "작년 가장 높은 11%를 목표로 정한 가상성은 8.2%에 머물렀으며, 나라성은 9.5%를 목표로 제시해 놓고도 "
        "3.1%로 추락했다."
    )
    assert not any(kind == "target" for kind, *_ in records.values()), records
    # this year's target named stays one, whatever the figures so far ("올해 … 목표치인 7%를 하회했다")
    records = news("가상시의 1분기 성장률은 올해 성장률 목표치인 6%를 하회했다.")
    assert records["6%"][0] == "target"
    # a target set, with no outcome, stays one
    assert news("가상성은 2027년까지 성장률 7%를 목표로 정했다.")["7%"][:2] == ("target", 2027)


def test_a_statistic_said_then_set_against_its_target_is_no_target():
    # "…지난해 GDP 증가율이 … 7.4%로 집계됐다고 밝혀 목표로 설정한 7.5%에 미달했다": a clause ends at 밝혀
    records = news("가상국 통계국은 지난해 성장률이 6.1%로 집계됐다고 밝혀 목표로 설정한 6.5%에 미달했다.")
    assert not any(kind == "target" for kind, *_ in records.values()), records


def test_a_count_of_who_set_targets_is_no_target():
    # "현재까지 구체적인 신에너지차 보급 목표를 제시한 지방정부는 9곳으로, …"
    records = news(
        "현재까지 구체적인 수소차 보급 목표를 제시한 지방정부는 7곳으로, 이들은 2030년까지 모두 5만 대를 보급한다."
    )
    assert records.get("7곳", ("actual",))[0] != "target"
    assert records["5만 대"][:2] == ("target", 2030)
    # the level a target is set at stays one
    assert news("가상성은 2030년까지 수소차 보급 목표를 7만 대 이상으로 정했다.")["7만 대"][0] == "target"


def test_a_count_set_as_a_level_is_no_list_of_items():
    # "…를 N개로 제시": the level a target is set at; "N개 과제를 제시" lists what the plan holds
    assert news("가상성은 수소차 보급 목표를 7만 대로 제시했다.")["7만 대"][0] == "target"
    assert "12개" not in news("가상성은 계획에서 12개 중점 과제를 제시했다.")


def test_a_change_worked_out_from_levels_stated_is_no_target_of_its_own():
    # "수력 발전 설비용량은 기존 250GW에서 260GW로 10GW 증대시킬 계획": the levels say it
    records = news("원자력 설비용량은 2030년까지 기존 60GW에서 75GW로 15GW 증대시킬 계획이다.")
    assert records["75GW"][:2] == ("target", 2030)
    assert records["60GW"][0] == "actual"
    assert "15GW" not in records
    # "…설치할 계획이며, 이는 … 기존에 발표했던 90GW에서 10% 이상 증대된 것이다": explained, not pledged
    records = news(
        "풍력 발전은 2030년까지 120GW를 설치할 계획이며, 이는 당국이 기존에 발표했던 100GW에서 20% 증대된 것이다."
    )
    assert records["120GW"][:2] == ("target", 2030)
    assert records["100GW"][0] == "actual"
    assert "20%" not in records
    # a growth rate pledged from a level stays a target
    records = news("가상성은 2030년까지 수출을 100억 달러에서 20% 늘릴 계획이다.")
    assert records["20%"][:2] == ("target", 2030)


def test_a_count_of_committee_members_as_the_subject_is_who_acts():
    # "후진타오 국가주석을 비롯한 9명의 상무위원들은 … 대회에 참석해 … 밝혔다"
    records = news(
        "국가주석을 비롯한 7명의 상무위원들은 대회에 참석해 2030년까지 연구인력 100만명을 양성하겠다고 밝혔다."
    )
    assert "7명" not in records
    assert records["100만명"][:2] == ("target", 2030)
    # a committee to set up is no member count
    assert news("가상성은 2027년까지 전문 위원회 3개를 설립한다.")["3개"][:2] == ("target", 2027)


def test_a_level_spelt_out_in_a_long_unit_word_starts_its_change():
    # "태양력 발전은 100 메가와트에서 2만 메가와트로, …": the unit written as a word of four syllables
    body = "가상성은 2030년까지 수력 발전은 100 메가와트에서 2만 메가와트로, 조력은 1만 메가와트에서 7만 메가와트로 늘린다."
    records = news(body)
    assert records["100 메가와트"][0] == records["1만 메가와트"][0] == "actual"
    assert records["2만 메가와트"][:2] == ("target", 2030)
    assert records["7만 메가와트"][:2] == ("target", 2030)


def test_a_paragraph_of_prose_takes_no_deadline_from_another_into_a_sentence_of_no_plan():
    # "시장은 9166억위안 규모에 달한다" two paragraphs under "2020년까지 매년 매출 20% 증가": the market now
    body = (
        "가상국 정부는 2030년까지 칩 산업을 키우는 정책을 발표했다.\n"
        "정책에 따르면 2030년까지 칩 산업 매출을 매년 15% 늘린다.\n"
        "가상국의 칩 산업은 세계 시장의 30%를 차지했다. 시장은 5천억위안(약 90조원) 규모에 달한다. "
        "가상국은 매년 칩 수입에 1천억달러를 쓴다."
    )
    records = news(body, headline="가상국, 칩 산업 육성 나서")
    assert records["15%"][:2] == ("target", 2030)
    assert records.get("5천억위안", ("actual",))[0] == "actual"
    assert records.get("1천억달러", ("actual",))[0] == "actual"
    # a deed in the plain present still goes on with the plan
    deed = body.replace(
        "가상국은 매년 칩 수입에 1천억달러를 쓴다.", "가상국은 칩 설계 기업에도 300억위안을 투자한다."
    )
    assert news(deed, headline="가상국, 칩 산업 육성 나서")["300억위안"][:2] == ("funding", 2030)


def test_a_figure_another_takes_the_place_of_is_no_target():
    # "2015년 감축폭도 20% 대신에 10%로 적용하기로 했다": the 10% replaces the 20%
    records = news(
        "재정부는 보조금 감축폭도 줄이기로 했다. 2026년 감축폭도 30% 대신에 15%로 적용하기로 했다."
    )
    assert "30%" not in records and records["15%"][:2] == ("target", 2026)
    records = news("가상국은 2027년까지 수소차를 5만 대 대신 8만 대 보급한다.")
    assert "5만 대" not in records and records["8만 대"][:2] == ("target", 2027)


def test_a_level_that_would_have_been_set_had_things_gone_otherwise_is_no_target():
    # "…상황이었더라면 경제 성장률 목표는 6% 안팎으로 설정했을 것이다": a counterfactual
    body = (
        '가상시 당서기는 "재해가 없는 해였더라면 올해 성장률 목표는 7% 안팎으로 설정했을 것이다"라고 밝혔다.'
    )
    assert "7%" not in news(body)
    # a target set, with no "had it been"
    assert news("가상시는 올해 성장률 목표를 7% 안팎으로 설정했다.")["7%"][0] == "target"


def test_a_guess_at_the_earliest_year_a_level_is_reached_is_a_forecast():
    # "이르면 2025년에 신에너지차 보급률이 50%에 도달하게 될 것이라고 말했다": when, guessed
    body = "전 장관은 회의에서 이르면 2027년에 가상국 수소차 보급률이 30%에 도달하게 될 것이라고 말했다."
    assert "30%" not in news(body)
    # "이르면 내년 초 … 발표할 예정": when a plan comes out, its figure still the plan's
    assert (
        news("가상국은 이르면 내년 초 1조 위안 규모의 부양책을 발표할 예정이다.")["1조 위안"][0] == "target"
    )


def test_the_day_a_report_came_out_dates_no_figure():
    # "…목표를 … 밝혔다고 차이나데일리가 2024년 1월 22일 보도했다": the report's day, no deadline
    body = "가상국 정부는 수소차 보급률 40% 목표를 세웠다고 가상일보가 2024년 1월 22일 보도했다."
    assert news(body)["40%"][1] is None
    # a day as a deadline still dates it
    body = "가상국 정부는 2025년 6월 30일까지 수소차 보급률을 40%로 높이겠다고 밝혔다."
    assert news(body)["40%"][1] == 2025


def test_a_figure_as_of_last_year_is_dated_by_it_not_by_the_deadline_of_the_clause_before():
    # "…2030년까지 … 1200GW 규모로 늘릴 계획이며, 지난해 말 기준 678GW의 … 용량을 이미 확보한 상태이다"
    body = "가상국은 2030년까지 풍력 발전 용량을 900GW 규모로 늘릴 계획이며, 지난해 말 기준 410GW의 풍력 발전 용량을 확보한 상태이다."
    records = news(body)
    assert records["900GW"][:2] == ("target", 2030)
    assert records["410GW"][0] == "actual"


def test_a_level_a_past_verb_kept_up_is_no_target_of_the_plan_the_sentence_names():
    # "2010년까지 10%대 고도성장을 이어가던 중국은 이미 12차 5개년 계획(2011~2015년)부터 …": what was
    body = (
        "2015년까지 9%대 고속성장을 이어가던 가상국은 13차 5개년 계획(2016~2020년)부터 성장전략을 전환했다."
    )
    assert news(body).get("9%", ("actual",))[0] == "actual"
    assert news("가상국은 2030년까지 연 8%대 성장을 이어갈 계획이다.")["8%"][:2] == ("target", 2030)


def test_a_ministry_both_governments_name_alike_is_chinas_in_a_page_on_china():
    # "국토부는 … 올해 보장성 주택을 짓기 위한 토지 7만7,400ha를 공급할 계획": China's land ministry
    records = news(
        "12일, 국토부는 기자회견을 통해 올해 보장성 주택을 짓기 위한 토지 5만ha를 공급할 계획이라고 밝혔다."
    )
    assert records["5만ha"][:2] == ("target", 2025)
    # Korea's ministry, named in full, is still another country's
    assert news("한편 국토교통부는 2030년까지 주택 50만 호를 공급할 계획이다.") == {}


def test_a_target_raised_or_cut_from_last_years_is_this_years_target_in_any_tense():
    # "재정적자 목표치를 지난해 2.6%에서 올해는 2.8%로 높였다": this year's target, set
    records = news("가상국은 GDP 대비 재정적자 목표치를 지난해 2.4%에서 올해는 2.9%로 높였다.")
    assert records["2.9%"][:2] == ("target", 2025) and records["2.4%"][0] == "actual"
    records = news("가상국은 성장률 목표를 지난해 6%에서 올해는 5.5%로 낮췄다.")
    assert records["5.5%"][:2] == ("target", 2025)


def test_a_pledge_quoted_as_a_vision_put_forward_is_no_forecast_of_the_news_agency_cited():
    # "신화통신에 따르면 … 부주임은 "앞으로 2020년까지 … 비중을 15%까지 끌어올리겠다"는 비전을 제시했다"
    body = (
        '가상통신에 따르면 홍길동 가상국 발전위원회(NDRC) 부주임은 "앞으로 2030년까지 GDP의 5%에 불과한 '
        '신산업의 비중을 20%까지 끌어올리겠다"는 비전을 제시했다.'
    )
    assert news(body)["20%"][:2] == ("target", 2030)
    # the agency's own guess stays a forecast
    assert "20%" not in news("가상통신에 따르면 2030년까지 신산업의 비중이 20%까지 높아질 것으로 보인다.")


def test_a_count_of_projects_a_body_approved_is_a_list_decided():
    # "국가발전개혁위원회는 … 동북3성 1백개 재개발 프로젝트를 승인했다": approved, not yet to reach
    body = "가상국 발전위원회는 800억위안에 이르는 가상3성 120개 재개발 프로젝트를 승인했다고 가상일보가 11일 보도했다."
    assert news(body).get("120개", ("actual",))[0] == "actual"
    assert (
        news("가상국이 올들어 9개의 국가급 경제개발 프로젝트를 확정했다.").get("9개", ("actual",))[0]
        == "actual"
    )
    # projects to be approved are a target
    assert news("가상국 발전위원회는 2027년까지 120개 재개발 프로젝트를 승인할 계획이다.")["120개"][:2] == (
        "target",
        2027,
    )


def test_a_sentence_opening_on_so_many_years_from_now_looks_forward():
    # "…투자할 계획이다. 5년 후엔 … 신에너지가 차지하는 비율이 11%를 넘어선다": five years ahead
    body = (
        "가상국 정부가 발표한 신에너지 계획에 따르면 향후 10년간 3조 위안을 투자할 계획이다. "
        "5년 후엔 총 에너지 소비에서 신에너지가 차지하는 비율이 15%를 넘어선다."
    )
    assert news(body)["15%"][:2] == ("target", 2030)
    # told in the past, it is a span from another start
    assert "200억 위안" not in news("가상시 기업은 설립 당시 작았다. 5년 후 매출이 200억 위안으로 늘었다.")


def test_a_yearly_level_a_change_takes_to_a_century_starts_from_the_level_now():
    # "현재 연간 1백30만대의 생산능력을 21세기까지 연간 5백만대로 늘릴 계획": 1백30만대 is the level now
    text = (
        "가상국, 자동차 산업 정책 발표\n1994-07-06\n"
        "이 계획에 의하면 가상국은 현재 연간 1백10만대의 생산능력을 21세기까지 연간 4백만대로 늘릴 계획이다.\n"
    )
    bulletin = parse_text(text, file_name="news.txt", sha256="0" * 64)
    records = {r.value_text: r.kind for r in extract_bulletin(bulletin)}
    assert records.get("1백10만대", "actual") == "actual" and records["4백만대"] == "target"


def test_last_years_meeting_where_a_plans_targets_were_set_dates_the_setting_not_the_figures():
    # "중국은 지난해 전인대에서 12차5개년규획 기간 동안 연평균 GDP 성장률 7%, … 등 각종 의제를 설정했다"
    body = "가상국은 지난해 전국인민대표대회(전인대)에서 15차5개년규획 기간 동안 연평균 GDP 성장률 5%, 도시화율 확대 등 각종 의제를 설정했다."
    assert news(body)["5%"][:2] == ("target", 2030)
    # a figure reached at last year's meeting stays a fact
    assert "6%" not in news("가상국은 지난해 전국인민대표대회에서 성장률 6%를 달성했다고 보고했다.")


def test_the_years_the_press_of_the_1990s_printed_date_their_targets():
    # "【북경 AFP 연합】 중국은 금세기말까지 … 2백80만∼3백만대 수준으로", "오는 98년까지 2년간 … 60%"
    text = (
        "가상국 자동차 계획\n1995-10-16\n"
        "【북경 AFP 연합】 가상국은 금세기말까지 자동차 생산능력을 연간 2백50만대 수준으로 늘릴 계획이다.\n"
        "가상국 정부는 오는 98년까지 2년간 주요 공장에서 부품의 70%를 생산토록 할 계획이다.\n"
    )
    records = {r.value_text: (r.kind, r.target_year, r.region) for r in records_of_page(text)}
    # the dateline names where the wire was filed, not whose plan it is
    assert records == {"2백50만대": ("target", 2000, "National"), "70%": ("target", 1998, "National")}


def test_a_work_report_named_with_a_gloss_inside_its_name_dates_the_articles_figures():
    # "…총리가 정부공작(업무)보고를 통해 이 같은 목표치를 공개한다고 밝혔다" over "…상한선은 3%를 유지하겠다"
    text = (
        "가상국 양회 개막\n2019-03-05\n"
        "가상국 국무원은 5일 전국인민대표대회(전인대) 개막식에서 총리가 정부공작(업무)보고를 통해 "
        "이 같은 목표치를 공개한다고 밝혔다.\n"
        "이외에 소비자물가지수(CPI) 상승률 상한선은 3%를 유지하겠다는 목표가 제시됐다.\n"
    )
    records = records_of_page(text)
    assert [(r.value_text, r.kind, r.target_year) for r in records] == [("3%", "target", 2019)]


def test_the_level_now_with_its_unit_set_apart_dates_only_itself():
    # "고정전화의 가입자수를 현재의 1억800만 가구에서 2억3000만 가구로 늘리고 △… 현재의 10%에서 35%까지"
    body = (
        "가상국 계획의 과제에는 오는 2030년까지 광케이블 총 연장을 50만㎞로 늘리는 등 통신망 정비도 포함됐다. "
        "가상국은 이를 통해 △고정전화의 가입자수를 현재의 1억800만 가구에서 2억3000만 가구로 늘리고 "
        "△전화 보급률을 현재의 10%에서 35%까지 끌어올릴 계획이다."
    )
    records = news(body)
    assert records["2억3000만 가구"][:2] == ("target", 2030) and records["35%"][:2] == ("target", 2030)
    assert records["1억800만 가구"][0] == records["10%"][0] == "actual"


def test_a_count_of_fields_named_past_a_modifier_is_the_plans_structure():
    # "반도체 등 12개 핵심 기술분야를 중점 육성하겠다": fields of the plan, not a count to reach
    body = "가상국 과학기술부는 오는 2030년까지 25억달러를 투자,반도체 등 12개 핵심 기술분야를 중점 육성하겠다고 30일 발표했다."
    records = news(body)
    assert "12개" not in records and records["25억달러"][:2] == (
        "funding",
        2030,
    )  # money to invest, in any currency
    assert news("가상국은 2030년까지 30개 핵심 산업단지를 조성한다.")["30개"][:2] == ("target", 2030)


def test_a_size_that_names_which_plants_are_closed_or_merged_is_a_threshold():
    # "연산 50만t 이하의 소규모 제철소를 합병", "30만 KW 이하의 화력(석탄)발전소 폐쇄"
    assert news("가상국은 2030년까지 연산 50만t 이하의 소규모 제철소를 합병할 계획이다.") == {}
    assert news("가상국은 올해 30만 KW 이하의 화력발전소를 폐쇄한다.") == {}
    assert news("가상국은 2030년까지 제철소 생산능력을 연산 50만t 늘린다.")["50만t"][:2] == ("target", 2030)


def test_a_short_year_after_jinan_is_a_year_gone_by():
    # "지난 96년 철강생산량 1억t을 돌파": the press of the 1990s printed its years so
    assert "1억t" not in news("지난 96년 철강생산량 1억t을 돌파한 가상국은 이제 효율화에 눈을 돌렸다.")


def test_an_exchange_rate_in_brackets_is_no_amount():
    # "2005년에는 3조위안(1위안=약 130원) 이상의 산업 규모를 달성할 방침이다"
    records = news("가상국은 2030년에는 3조위안(1위안=약 130원) 이상의 산업 규모를 달성할 방침이다.")
    assert records == {"3조위안": ("target", 2030, ">=")}


def test_the_change_a_budget_allotted_grew_by_is_no_level_allotted():
    # "전년대비 10.44% 증가한 51억 6000만 위안의 예산을 배정했다": the 51억 6000만 is the budget
    records = news("가상성 재정청은 올해 도로건설을 위해 전년대비 12.5% 증가한 40억 위안의 예산을 배정했다.")
    assert "12.5%" not in records and records["40억 위안"][:2] == (
        "funding",
        2025,
    )  # a budget allotted: money pledged


def test_a_rank_that_describes_the_country_as_a_great_power_is_no_target():
    body = "세계 2위의 에너지 소비대국으로 대체에너지 개발에 눈을 돌리고 있는 가상국이 오는 2030년 태양광 발전량을 지금보다 10배 늘릴 것이라고 밝혔다."
    records = news(body)
    assert "2위" not in records and records["10배"][:2] == ("target", 2030)


def test_a_deed_done_as_heard_is_a_fact():
    # "투자액만 420억元으로 90년들어 최고의 수치를 달성한 것으로 알려졌다"
    assert (
        news("가상국 화공부는 투자액만 300억元으로 90년대 들어 최고의 수치를 달성한 것으로 알려졌다.") == {}
    )
    # a decision heard of still plans
    assert news("가상국은 2030년까지 300억元을 투자하기로 한 것으로 알려졌다.")["300억元"][:2] == (
        "funding",
        2030,
    )


def test_how_far_short_of_a_named_target_a_level_fell_is_no_target():
    body = "그러나 가상국 정부가 발표한 2025년 목표인 50억입방미터의 70%에 그쳐 개발이 계획대로 추진되지 않는 것으로 나타났다."
    assert "70%" not in news(body)


def test_a_multiple_that_describes_the_level_after_it_is_no_target_of_its_own():
    # "2020년까지 이보다 두 배 이상 많은 8600만kW까지 늘리기로": the 8600만kW is the target
    assert news("가상국은 2030년까지 이보다 두 배 이상 많은 5000만kW까지 늘리기로 했다.") == {
        "5000만kW": ("target", 2030, "=")
    }
    assert news("가상국은 2030년까지 발전 용량을 두 배 늘리기로 했다.")["두 배"][:2] == ("target", 2030)


def test_one_verb_closes_a_list_of_changes_not_the_next_items_modifier():
    # "…비율을 9%에서 16%로, 전체 공업제품에서 차지하는 첨단산업 제품 비율을 15%에서 25%로 높이기로 했다"
    body = "가상국은 또 과학기술산업 비율을 8%에서 14%로, 공업제품에서 차지하는 첨단산업 제품 비율을 12%에서 22%로 높이기로 했다."
    records = news(body)
    assert records["14%"][0] == records["22%"][0] == "target"
    assert records["8%"][0] == records["12%"][0] == "actual"


def test_what_an_official_says_will_be_done_is_no_forecast_of_the_outlet_cited():
    # "…네트워크에 따르면 … 푸둥신구 구장 지앙량(姜樑)씨는 향후 3년 동안 … 1000억위안을 투자할 것이라고 밝혔다"
    body = (
        "15일 가상경제 네트워크에 따르면 14일 가상시정부 기자회견에서 가상신구 구장 홍길동(洪吉童)씨는 "
        "향후 3년 동안 가상신구의 기초시설 건설에 800억위안을 투자할 것이라고 밝혔다."
    )
    assert news(body)["800억위안"][:2] == ("funding", 2027)
    # not a ballpark's ("야구장은"), nor the outlet's own guess
    assert news("업계에 따르면 가상야구장은 향후 3년 동안 800억위안을 투자할 것이라고 밝혔다.") == {}


def test_provinces_and_autonomous_units_a_plan_covers_are_no_count_to_reach():
    # "2050년까지 … 서부 6개 성과 5개 자치구, 1개 직할시를 대대적으로 개발하겠다는 계획이다"
    body = "가상국 서부대개발 사업은 2050년까지 50년동안 서부 6개 성과 5개 자치구, 1개 직할시를 대대적으로 개발하겠다는 계획이다."
    assert news(body) == {}
    body = "가상국은 투자대상 지역이 30개 자치현, 1백21개 자치군이며 이들 지역에 2030년까지 500억 위안을 투자한다."
    assert news(body) == {"500억 위안": ("funding", 2030, "=")}
    # 성과 (results) is no province
    assert news("가상국은 2030년까지 10개 성과를 달성한다.")["10개"][:2] == ("target", 2030)


def test_a_count_followed_by_the_names_it_counts_is_an_enumeration():
    # "블루경제구는 산동성 동부 7개 도시 칭다오(青岛), 옌타이(烟台), 르자오(日照), …를 하나의 해양경제권으로 묶는"
    body = (
        "가상경제구는 가상성 동부 5개 도시 가상다오(假想岛), 옌상(烟想), 르상(日想), 웨상(潍想), 빈상(滨想)를 "
        "하나의 해양경제권으로 묶는 대규모 개발계획으로 2030년까지 추진된다."
    )
    assert news(body) == {}


def test_length_to_add_is_a_target():
    # "2만5000㎞길이의 철도를 추가, 총연장 11만㎞에 달하는 철로를 완성하기로 했다고 밝혔다"
    body = (
        "가상국은 오는 2030년까지 전국을 1일 생활권으로 묶는다는 방침을 세웠다. 가상통신은 철도부가 이같은 "
        "계획을 실현하기 위해 2만㎞길이의 철도를 추가, 총연장 9만㎞에 달하는 철로를 완성하기로 했다고 밝혔다."
    )
    assert news(body) == {"2만㎞": ("target", 2030, "="), "9만㎞": ("target", 2030, "=")}
    # added, in the past, is done
    assert "2만km" not in news("지난해 철도 2만km가 추가됐다.")


def test_a_five_year_plan_the_lead_announces_before_it_starts_dates_the_articles_figures():
    # "…내년부터 시작되는 12차 5개년계획 기간 … 성장률 …" over "…도시화 비율을 47%까지 높인다는 방침이다"
    text = (
        "가상국 향후 5년간 성장률 7% 목표\n2025-10-16\n"
        "가상증권보는 16일 정부 관계자를 인용해 새로운 경제개발계획을 확정한다면서 내년부터 시작되는 "
        "15차 5개년계획 기간 가상국 GDP 성장률 목표를 7%로 정했다고 보도했다.\n"
        "가상국은 이와 함께 연구비 지출을 GDP의 3%까지 끌어올리고 도시화 비율을 70%까지 높인다는 방침이다.\n"
        "총인구를 14억명으로 억제하는 가운데 경지 보유량을 1.2억㏊로 유지키로 했다.\n"
    )
    records = records_of_page(text)
    assert {(r.value_text, r.target_year) for r in records} == {
        ("7%", 2030),
        ("3%", 2030),
        ("70%", 2030),
        ("14억명", 2030),
        ("1.2억㏊", 2030),
    }


def test_a_lead_that_decides_this_years_work_dates_the_amounts_under_it():
    # "…각 지방정부가 올 한해 교통인프라 확충에 대규모 투자를 단행키로 했다." over "… 780억 위안 … 투입할 방침이다"
    text = (
        "가상 지방정부 교통 투자\n2015-01-30\n"
        "[가상뉴스=홍길동 기자]가상국 각 지방정부가 올 한해 교통인프라 확충에 대규모 투자를 단행키로 했다.\n"
        "가상성과 나상성은 교통인프라 사업에 각각 780억 위안, 745억 위안을 투입할 방침이다.\n"
        "다상성은 460억 위안을 투자한다.\n"
    )
    records = records_of_page(text)
    assert {(r.value_text, r.target_year) for r in records} == {
        ("780억 위안", 2015),
        ("745억 위안", 2015),
        ("460억 위안", 2015),
    }


def test_a_plan_named_by_how_many_years_it_runs_dates_the_articles_figures():
    # "발개위는 '3개년 동북진흥전략'을 발표했다" over "130여개 프로젝트에 … 투입해"
    text = (
        "가상국, 동북 부흥에 대규모 투자\n2016-05-13\n"
        "13일 가상통신에 따르면 최근 가상국 발전위원회는 ‘3개년 동북진흥전략’을 발표했다.\n"
        "발전위원회는 130여개 프로젝트에 1조6000억위안을 투입해 첨단 제조업을 육성한다.\n"
    )
    records = {r.value_text: r.target_year for r in records_of_page(text)}
    assert records["130여개"] == 2018


def test_a_bare_deadline_of_the_1990s_is_a_year():
    # "제1단계발전목표는 97년까지 승용차의 국산화율을 60%이상 …", not "10년까지 연장" (a span)
    text = "가상국 부품공업 육성\n1995-10-26\n제1단계발전목표는 97년까지 승용차의 국산화율을 60%이상으로 달성하는 것이다.\n"
    (record,) = records_of_page(text)
    assert (record.value_text, record.target_year) == ("60%", 1997)


def test_figures_stated_respectively_for_paired_places_go_one_to_each_past_their_conversions():
    # "간쑤(甘肅)와 충칭(重慶)은 … 각각 780억 위안(약 13조6700억원),  745억 위안(약 13조원)을, 후베이(湖北)와 …"
    body = (
        "간쑤(甘肅)와 충칭(重慶)은 교통인프라 사업에 각각 780억 위안(약 13조6700억원),  745억 위안(약 13조원)을, "
        "후베이(湖北)와 산시(陝西)성은 각각 624억 위안(약 11조원), 500억 위안(약 8조7600억원)을 투입할 방침이다."
    )
    assert [(r.value_text, r.region) for r in records_of(body)] == [
        ("780억 위안", "Gansu"),
        ("745억 위안", "Chongqing"),
        ("624억 위안", "Hubei"),
        ("500억 위안", "Shaanxi"),
    ]
    # one figure for two places is two records
    assert [r.region for r in records_of("베이징과 상하이는 각각 1억 위안을 투입한다.")] == [
        "Beijing",
        "Shanghai",
    ]


def test_levels_described_as_the_state_a_plan_would_change_are_no_targets():
    # "수력은 2억8000만kW, 풍력발전은 7548만kW, … 1471만kW에 그치고 있는 현 상황을 개선하는데 주력할 예정"
    records = news(
        "가상국은 2030년까지 청정에너지 비중을 크게 늘리기로 했다. 현재 조력은 120만kW, 지열은 각각 "
        "45만kW, 30만kW에 그치고 있는 현 상황을 개선하는데 주력할 예정이다. 조력은 2030년까지 500만kW로 늘린다."
    )
    assert records["120만kW"][0] == "actual"
    assert records["45만kW"][0] == "actual"
    assert records["30만kW"][0] == "actual"
    assert records["500만kW"][:2] == ("target", 2030)
    # a level to reach after the plan's verb is the plan's, whatever the state phrase says after it
    records = news("가상성은 풍력을 2027년까지 300만kW로 늘려 50만kW에 그치고 있는 현 상황을 바꿀 계획이다.")
    assert records["300만kW"][:2] == ("target", 2027)


def test_a_figure_reached_that_sizes_the_work_a_plan_will_complete_is_the_plans():
    # "25만무에 달하는 … 지역의 식수조림을 완수하고 1090개의 촌툰에 …, 1460키로메터의 국가, 성급 간선에 대한 록화"
    records = news(
        "캠페인의 주요 내용은 방침에 따라 12만무에 달하는 북부, 서부 등 지역의 조림을 완수하고 "
        "600키로메터의 철도 연선 녹화를 확대한다."
    )
    assert records["12만무"][0] == "target"
    assert records["600키로메터"][0] == "target"
    # a level reached that the sentence reports as a fact stays one
    records = news("성의 조림 면적은 12만무에 달하는 북부 지역의 숲을 포함해 크게 늘었다.")
    assert records.get("12만무", ("actual",))[0] == "actual"


def test_a_name_in_corner_brackets_and_a_simile_hold_no_amount():
    # "「중국의 10대 건설사업」을 되짚어보면 마치 10개의 만리장성을 동시에 쌓는듯한 …"
    text = (
        "가상국 기반시설 확충\n1994-02-08\n가상국은 오는 2000년까지 도로 3천㎞를 놓을 계획이다.이들중 정부가 "
        "역점을 두고 추진중인 「가상국의 8대 건설사업」을 되짚어보면 마치 8개의 운하를 동시에 파는듯한 엄청난 "
        "사업규모에 놀라지 않을수 없다.\n"
    )
    records = records_of_page(text)
    assert [(r.value_text, r.target_year) for r in records] == [("3천㎞", 2000)]
    # a plan's figures quoted in corner brackets are still the plan's when a target word follows
    assert news("가상성은 「2027년까지 공장 50개 건설」 목표를 제시했다.")["50개"][:2] == ("target", 2027)


def test_a_foreign_outlet_cited_as_the_source_makes_no_foreign_plan():
    # "미국 뉴욕타임스지 계산에 따르면 오는 2000년까지 무려 5천6백억달러가 투입될 계획이다"
    records = news("영국 가상타임스 계산에 따르면 가상국에는 오는 2000년까지 3천억달러가 투입될 계획이다.")
    assert records["3천억달러"][:2] == ("funding", 2000)
    # a foreign body's own plan cited stays foreign
    assert "2만대" not in news("한국 산업부 계획에 따르면 2030년까지 수소차 2만대가 보급될 예정이다.")


def test_a_setting_verb_spelt_inside_a_noun_sets_no_target():
    # "참가국 및 기관수는 총 192개국, 50개 국제기구이며": 제기 (to put forward) inside 국제기구
    records = news(
        "박람회 전시 면적은 총 5만㎡, 국제기구관 면적은 8천㎡이다.",
        headline="가상 박람회 개막…관람객 5천만명 목표",
    )
    assert records.get("5만㎡", (None,))[0] != "target"
    # the verb itself still sets one
    records = news("가상성은 로봇 기업 80개 육성 목표를 제기했다.")
    assert records["80개"][0] == "target"


def test_countries_counted_as_the_subject_are_who_takes_part():
    # "푸동지역에는 총 190개국, 48개 국제기구(기관)가 들어선다"
    records = news("전시 구역에는 총 120개국, 25개 국제기구(기관)가 들어선다.")
    assert all(kind != "target" for kind, *_ in records.values())
    # countries a plan reaches out to are its target
    assert news("가상국은 2030년까지 60개국과 협정을 체결할 계획이다.")["60개국"][:2] == ("target", 2030)


def dated(text: str) -> dict[str, tuple]:
    """The records of a one-article page whose date line is in `text`: value_text → (kind, target_year)."""
    return {r.value_text: (r.kind, r.target_year) for r in records_of_page(text)}


def test_a_decade_is_no_year():
    # "지난 50년대에 설정된 … 6개 전통공업지역에 … 자금이 공급될 것": the fifties, not 2050
    records = dated(
        "가상국 공업 개조\n1991-04-28\n"
        "부주임은 지난 60년대에 세워진 내륙의 공업기지 8곳에 우선 자금이 공급될 것이라고 말했다.\n"
    )
    assert records["8곳"][1] is None
    # a year after 지난 is still one: "지난 96년 철강생산량"
    records = dated("가상국 철강\n1997-05-02\n지난 96년 철강 생산량은 1억t을 기록했다.\n")
    assert records.get("1억t", ("actual", 1996)) == ("actual", 1996)


def test_a_claim_of_what_will_be_is_no_plan():
    # "2030년에는 70%에 달할 것이라는 주장도 제기되는 만큼"
    records = news("가상국은 석유 수입 의존도가 2030년에는 80%에 달할 것이라는 주장도 나온다.")
    assert records.get("80%", (None,))[0] != "target"


def test_figures_a_supposed_trend_would_give_are_no_targets():
    # "11차 5개년계획기간에 연 9%대의 성장을 계속하면 목표연도인 2010년에 이 목표의 60%를 달성하게 되며"
    records = dated(
        "가상국 성장 목표\n2005-09-07\n"
        "가상국이 연 8%대의 성장을 계속하면 2010년에 이 목표의 70%를 달성하게 된다.\n"
    )
    assert all(kind != "target" for kind, _ in records.values())


def test_a_target_told_as_met_is_none_to_pursue():
    # "국민총생산을 2000년까지 80년 수준의 4배로 증가시키는 목표를 최근 달성함에 따라 5년을 앞당긴데 이어"
    records = dated(
        "가상국 경제\n1996-12-30\n"
        "가상국이 생산액을 2000년까지 85년 수준의 3배로 늘리는 목표를 최근 달성함에 따라 계획을 고쳐 쓴다.\n"
    )
    assert records.get("3배", (None,))[0] != "target"
    # the same target still ahead is one
    records = dated(
        "가상국 경제\n1996-12-30\n가상국은 생산액을 2000년까지 85년 수준의 3배로 늘리는 목표를 세웠다.\n"
    )
    assert records["3배"] == ("target", 2000)


def test_a_level_told_in_the_progressive_is_the_level_now():
    # "경제성장률이 연 8∼10%에 이르고 있어 2020년 중진국 진입이 가능하다고"
    records = dated(
        "가상국 경제\n1996-12-30\n가상국은 2000년까지 생산액을 늘리고 있고 성장률이 연 7∼9%에 이르고 있어 "
        "2020년 목표 달성이 가능하다.\n"
    )
    assert records.get("7∼9%", ("actual",))[0] == "actual"


def test_a_state_oil_group_opening_with_earlier_is_a_company_planning_at_a_place():
    # "앞서 시노펙은 지난달 말 충칭(重慶)시 푸링구에서 셰일가스 생산량을 내년 말까지 연간 50억㎥ 규모로 확대할 계획이라고 밝혔다."
    records = news(
        "앞서 페트로차이나는 지난달 쓰촨(四川)성 가상구에서 가스 생산량을 내년 말까지 연간 30억㎥ 규모로 "
        "확대할 계획이라고 밝혔다."
    )
    assert "30억㎥" not in records
    # a province a report names as the actor is the plan's
    records = news("신화통신은 쓰촨성 정부가 내년 말까지 가스 생산량을 30억㎥로 늘릴 계획이라고 전했다.")
    assert records["30억㎥"][0] == "target"


def test_the_numbers_of_a_networks_name_are_no_counts():
    # "중국이 2015년까지 국가전력망 사업에 3종3횡1환망 사업을 추진, 완료할 예정이다."
    records = news("가상국이 2027년까지 4종4횡 고속도로망 사업을 추진, 완료할 예정이다.")
    assert records == {}


def test_the_gist_of_a_strategy_announced_is_its_target():
    # "…전화회선 용량을 … 1억7천만회선으로 확대하는 것 등을 골자로 하는 「정보통신산업 발전전략」을 발표했다고"
    records = dated(
        "가상국 통신 전략\n1998-12-03\n가상국 정보부는 앞으로 2년 이내에 광대역 가입자를 3천만명으로 확대하는 것 "
        "등을 골자로 하는 「통신 발전전략」을 발표했다고 가상신문이 보도했다.\n"
    )
    assert records["3천만명"] == ("target", 2000)


def test_an_outcome_told_after_a_plan_with_its_deadline_is_the_plans():
    # "…2000년까지 통신분야에 5,000억원을 투자할 계획이다." … "이에 따라 … 10.5대로 확대될 전망이다."
    records = dated(
        "가상국 통신 투자\n1996-09-30\n가상국은 2000년까지 통신분야에 3,000억원을 투자할 계획이다.\n"
        "이에 따라 전화보급률은 현재의 100명당 3.2대에서 8.5대로 높아질 전망이다.\n"
    )
    assert records["8.5대"] == ("target", 2000)
    # an outcome an analyst expects stays the analyst's
    records = dated(
        "가상국 통신 투자\n1996-09-30\n가상국은 2000년까지 통신분야에 3,000억원을 투자할 계획이다.\n"
        "이에 따라 전화보급률은 8.5대로 높아질 것으로 가상증권 애널리스트는 전망했다.\n"
    )
    assert records.get("8.5대", (None,))[0] != "target"


def test_a_state_council_decision_quoted_as_the_source_is_a_plan():
    # "국무원의 “현대 직업교육 발전을 다그칠데 관한 결정”에 따르면 2020년에 중등 직업학교 재학생은 2천3백50만명, …"
    records = news(
        "국무원의 “농촌 교육 발전에 관한 결정”에 따르면 2030년에 기술학교 재학생은 1천2백만명에 이를 전망이다."
    )
    assert records["1천2백만명"][:2] == ("target", 2030)
    # a decision named in running text cites no plan
    records = news("업계의 결정에 따르면 2030년에 기술학교 재학생은 1천2백만명에 이를 전망이다.")
    assert records.get("1천2백만명", (None,))[0] != "target"


def test_an_industry_associations_officer_is_no_companys():
    # "리신촹(李新創) 강철공업협회(CISA) 부회장은 …", later "리 부회장은 올해 … 감축 업무는 세 가지 … 첫째, 약
    # 5,000만톤에 달하는 설비를 감축하는 것이다."
    body = (
        "최근 세미나에서 왕가상(王假想) 비철금속공업협회(CNIA) 부회장은 올해 수요가 늘 것이라고 말했다.\n"
        "왕 부회장은 올해 감산 업무는 두 가지로 진행될 것이라고 말했다. 첫째, 약 300만톤의 설비를 감축하는 것이다."
    )
    records = news(body, headline="가상국 비철금속 감산 목표")
    assert records["300만톤"][0] == "target"
    # a company's vice-president stays the company's
    body = (
        "가상화학그룹의 왕가상 부회장은 올해 수요가 늘 것이라고 말했다.\n"
        "왕 부회장은 올해 증산 업무는 두 가지로 진행될 것이라고 말했다. 첫째, 약 300만톤의 설비를 늘리는 것이다."
    )
    assert "300만톤" not in news(body, headline="가상화학 증산 계획")


def test_a_conversion_past_the_units_name_in_hanja_is_no_figure_of_its_own():
    # "관개 면적 2천500여만 무(畝∙약 16666.67㎢) 확대"
    records = news("가상성은 관개 면적 3천만 무(畝∙약 20000㎢)를 확대할 예정이다.")
    assert set(records) == {"3천만 무"}


def test_the_total_told_as_the_outcome_of_the_plan_just_stated_is_the_plans():
    # "… 프로젝트를 실행할 예정이다." / "이에 따른 올해 수리 프로젝트의 총 투자액은 약 8천억 위안에 달할 것으로 예상된다."
    body = (
        "가상국 수리부는 올해 저수지 40여 개 건설 등 프로젝트를 실행할 예정이다.\n"
        "이에 따른 올해 수리 프로젝트의 총 투자액은 약 5천억 위안에 달할 것으로 예상된다."
    )
    assert news(body, headline="가상국 수리 투자 늘어")["5천억 위안"][:2] == ("target", 2025)
    # after a fact, the outcome is someone's expectation
    body = (
        "가상국 수리부는 지난해 저수지 40여 개를 건설했다.\n"
        "이에 따른 올해 수리 프로젝트의 총 투자액은 약 5천억 위안에 달할 것으로 예상된다."
    )
    assert news(body, headline="가상국 수리 투자 늘어").get("5천억 위안", (None,))[0] != "target"


def test_next_years_target_named_before_the_figure_is_a_target_whatever_is_expected():
    # "두 회사가 셰일가스 개발에 속도를 내면서 중국은 내년 목표량 65억㎥를 쉽게 초과 달성할 것으로 예상되고 있다."
    body = (
        "가상에너지는 내년에 생산량 목표를 10억㎥로 잡았다고 밝혔다.\n"
        "두 회사가 개발에 속도를 내면서 중국은 내년 목표량 40억㎥를 쉽게 초과 달성할 것으로 예상되고 있다."
    )
    assert news(body, headline="가상국 가스 생산 약진")["40억㎥"][:2] == ("target", 2026)
    # a past year's target named is no target now
    body = "가상국은 지난해 목표량 40억㎥를 초과 달성한 것으로 예상된다."
    assert news(body, headline="가상국 가스 생산 약진").get("40억㎥", (None,))[0] != "target"


def test_a_decision_told_in_the_past_then_joined_to_a_plan_is_ahead():
    # "…택시를 전기자동차로 교체하기 위해 9억위안을 투입하기로 했으며 … 충전소 1800개소를 설치할 계획이다."
    records = news(
        "가상시는 버스를 교체하기 위해 5억위안을 투입하기로 했으며 충전소 300개소를 설치할 계획이다."
    )
    assert records["5억위안"][0] == "funding"
    # a deed told in the past, joined to a plan, stays a deed
    records = news("가상시는 버스를 교체하기 위해 5억위안을 투입했으며 충전소 300개소를 설치할 계획이다.")
    assert records.get("5억위안", ("actual",))[0] == "actual"


def test_a_share_of_places_to_equip_is_no_class_of_qualifying_places():
    # "공공주차장은 주차면수 대비 10% 이상 충전시설을 설치하거나 공간 등 여건을 마련해 둬야 한다."
    records = news("가상시는 2027년까지 공공주차장 주차면수 대비 15% 이상 충전시설을 설치해야 한다.")
    assert records["15%"][:3] == ("target", 2027, ">=")


def test_a_completion_year_carries_to_the_next_sentences_of_its_paragraph():
    # "남수북조 사업은 최종적으로 2050년께 완료될 예정이다. 물이 부족한 북쪽 지방으로 보내는 수량을 448억㎥로 확대할 계획이다."
    records = news(
        "가상 운하 사업은 최종적으로 2040년께 완료될 예정이다. 북쪽으로 보내는 수량을 300억㎥로 확대할 계획이다."
    )
    assert records["300억㎥"][:2] == ("target", 2040)


def test_a_mid_year_report_keeps_the_years_plan_and_reports_what_was_done():
    # "올해 상반기까지 … 갱신조림 8200헥타르, 환림 9300헥타르 등 5만 1000헥타르의 조림을 완성하여 년초계획의 152%를
    # 달성하고 삼림육성은 5만 7351헥타르를 완성하여 계획면적 11만 8081헥타르의 48.6%를 달성하였다."
    records = news(
        "올해 상반기까지 가상임업그룹에서는 갱신조림 3100헥타르 등 2만 헥타르의 조림을 완성하여 년초계획의 120%를 "
        "달성하고 삼림육성은 4만 헥타르를 완성하여 계획면적 9만 헥타르의 44.4%를 달성하였다.",
        headline="가상임업그룹 조림 성과",
    )
    assert records["3100헥타르"][0] == "actual"
    assert records["2만 헥타르"][0] == "actual"
    assert records["4만 헥타르"][0] == "actual"
    assert records["9만 헥타르"][:2] == ("target", 2025)
    assert "120%" not in records and "44.4%" not in records


def test_last_years_level_a_change_is_measured_from_is_a_base():
    # "작년의 5,940만톤보다 190만톤이 늘어난 6,130만톤에 이를 것"
    records = news("가상성은 올해 생산량을 작년의 800만톤보다 50만톤 늘어난 850만톤으로 늘릴 계획이다.")
    assert "800만톤" not in records
    assert records["850만톤"][:2] == ("target", 2025)


def test_who_comes_from_where_to_take_part_is_no_target():
    # "19개국에서 160여개사 300여명의 경제인이 참석, … 벌일 예정이다"
    records = news("이번 회의에는 12개국에서 80여개사 200여명의 경제인이 참석, 투자 상담을 벌일 예정이다.")
    assert all(kind != "target" for kind, *_ in records.values())


def test_the_heads_of_the_bodies_counted_are_who_act():
    # "국무원 산하 17개부처 장관이 소조원이다"
    records = news("가상성은 2027년까지 공장 30개를 세운다. 성 산하 12개부처 장관이 소조원이다.")
    assert "12개" not in records and records["30개"][:2] == ("target", 2027)


def test_what_is_in_use_now_before_a_plan_clause_is_the_state_now():
    # "63개 건물 가운데 13개만이 사용중이고 올 연말까지 33개건물들을 채울 계획인 것으로 전해졌다."
    records = news(
        "가상 자유무역구는 2027년까지 입주기업 1만곳을 유치한다.\n"
        "아직 40개 건물 가운데 9개만이 사용중이고 올 연말까지 20개 건물을 채울 계획이다."
    )
    assert records.get("9개", ("actual",))[0] == "actual"
    assert records["20개"][0] == "target"


def test_a_city_ordering_its_mills_to_cut_output_commits_to_the_cut():
    # "탕산시가 관내 철강업체들에게 최대 50%까지 생산 설비 가동률을 낮출 것을 지시한 것으로 24일 확인됐다."
    # "이에 따르면 탕산시는 탕산강철, …, 시노자이언트 등 관내 6개 철강업체들에게 8월 1일까지 가동률을 20% 낮춰
    # 조업할 것을 지시했고 …"
    records = news(
        "가상시가 관내 시멘트업체들에게 최대 40%까지 가동률을 낮출 것을 지시한 것으로 3일 확인됐다.\n"
        "이에 따르면 가상시는 가상시멘트, 동방건재, 북산, 남강 등 관내 4개 업체들에게 8월 1일까지 가동률을 "
        "15% 낮춰 조업할 것을 지시했다."
    )
    assert records["40%"][0] == "target"
    assert records["15%"][0] == "target"
    assert "4개" not in records


def test_works_named_by_a_demonstrative_are_no_company():
    # "…인장지한(引江济汉) 공사가 빠르면 이달 말에 착공된다." / "이 공사는 … 67km에 달하는 수로를 만드는 것으로 약
    # 61억위엔이 투입될 예정이다."
    records = news(
        "가상 운하 공사가 이달 말에 착공된다.\n이 공사는 40km에 달하는 수로를 만드는 것으로 약 30억위엔이 투입될 예정이다."
    )
    assert records["40km"][0] == "target"
    assert records["30억위엔"][0] in ("target", "funding")


def test_a_planning_commission_named_after_its_outlook_expects_its_own_plan():
    # "한편,오는 2000년까지 심해정박소도 5백30개소로 늘어 10억t의 화물을 취급할 수 있을 것이라고 국가계획위원회는 전망했다."
    text = (
        "가상국 교통 청사진\n1995-05-09\n"
        "한편,오는 2000년까지 공항도 1백20개소로 늘어 5억명의 승객을 태울 수 있을 것이라고 국가계획위원회는 전망했다.\n"
    )
    assert dated(text)["1백20개소"] == ("target", 2000)
    # an institute's outlook stays its own
    text = text.replace("국가계획위원회는", "가상경제연구소는")
    assert dated(text).get("1백20개소", (None,))[0] != "target"


def test_a_multiple_naming_the_level_it_equals_is_derived():
    # "자동차 및 부품 수출을 오는 2010년까지 현재의 2배 이상 수준인 연간 1천억달러까지 끌어올리기로"
    records = news("가상성은 수출을 2030년까지 현재의 3배 이상 수준인 연간 500억달러까지 끌어올리기로 했다.")
    assert "3배" not in records and records["500억달러"][:2] == ("target", 2030)


def test_a_compound_headed_by_plan_is_no_plan_word():
    # "…두곳의 철광석광산(460㎢)을 국가계획광산으로 지정했다"
    records = news("가상부는 두곳의 광산(300㎢)을 국가계획광산으로 지정했다.")
    assert records.get("300㎢", ("actual",))[0] == "actual"


def test_an_analysis_found_is_no_plan():
    # "중국은 오는2000년까지 매년 7천t의 철광석을 수입해야될 것으로 분석됐다"
    text = "가상국 철강\n1996-05-28\n세미나에서는 가상국은 오는 2000년까지 매년 5천t의 철광석을 수입해야될 것으로 분석됐다.\n"
    assert dated(text).get("5천t", (None,))[0] != "target"


def test_one_figure_for_two_items_each_with_its_deadline_is_two_records():
    # "버스는 2017년까지, 택시는 2020년까지 100% 전동화한다는 목표를 수립했다."
    records = records_of(
        "가상시는 계획을 통해 트럭은 2027년까지, 승합차는 2029년까지 80% 전동화한다는 목표를 수립했다."
    )
    assert sorted((r.value_text, r.target_year, r.subject_ko) for r in records) == [
        ("80%", 2027, "트럭"),
        ("80%", 2029, "승합차"),
    ]


def test_a_quota_capped_at_a_level_is_set_in_any_tense():
    # "올해에는 1차 수출물량을 1만4446t으로 제한했다"
    records = news("가상국 상무부는 올해 1차 수출물량을 2만t으로 제한했다.")
    assert records["2만t"][:2] == ("target", 2025)


def test_the_level_now_naming_the_measure_a_change_moves_dates_only_itself():
    # "중국이 현재 15% 수준인 비화석 에너지 사용 비중을 5년 안에 5%포인트가량 끌어올리기로 해"
    records = news(
        "가상국이 현재 12% 수준인 재생에너지 비중을 5년 안에 4%포인트가량 끌어올리기로 해 주목을 끈다."
    )
    assert records.get("12%", ("actual",))[0] == "actual"
    assert records["4%포인트"][:2] == ("target", 2030)


def test_the_unit_a_bracket_defines_past_its_gloss_is_no_figure():
    # "1,000만 묘(亩·중국식 토지 면적 단위, 1묘는 약 666.67㎡) 늘려"
    records = news(
        "가상성은 재배 면적을 500만 묘(亩·중국식 토지 면적 단위, 1묘는 약 666.67㎡) 늘릴 계획이다."
    )
    assert set(records) == {"500만 묘"}


def test_a_month_named_as_the_date_of_a_figure_makes_it_a_fact():
    # "올해 말까지 740만 채의 보장제 주택을 착공하려 했으나 9월 말 시점으로 공사에 들어간 건 720만 채이며"
    records = news(
        "가상성은 올해 말까지 주택 300만 채를 착공할 계획이며 9월 말 시점으로 공사에 들어간 건 250만 채다."
    )
    assert records["300만 채"][:2] == ("target", 2025)
    assert records.get("250만 채", ("actual",))[0] == "actual"


def test_a_reached_size_of_works_to_start_is_the_plans():
    # "올해 상하이시는 총 216Km에 달하는 지하철 10개 노선의 공사에 착수한다고 해방일보는 3일 전했다."
    records = news("올해 가상시는 총 120Km에 달하는 지하철 노선의 공사에 착수한다고 가상일보는 3일 전했다.")
    assert records["120Km"][:2] == ("target", 2025)
    # works begun, in the past, are done
    records = news("가상국이 4기의 신규 원전 건설에 들어갔다.")
    assert records.get("4기", ("actual",))[0] == "actual"


def test_a_fund_a_body_set_up_named_after_the_verb_is_committed():
    # "상하이시가 첨단기술산업의 발전을 위해 마련한 100억위엔에 달하는 전문기금은 신호탄에 불과하다며"
    records = news("가상시가 바이오산업의 발전을 위해 마련한 50억위엔에 달하는 전문기금은 시작에 불과하다.")
    assert records["50억위엔"][0] in ("target", "funding")


def test_a_will_joined_to_a_closing_outlook_is_an_outlook():
    # "이에 따라 상하이시의 2006년 GDP는 처음으로 1조 위엔을 돌파할 것이며 … 유지하게 될 것으로 보인다."
    text = (
        "가상시 경제 동향\n2006-11-07\n가상시 시장은 1월부터 10월까지 총생산이 늘었다고 밝혔다.\n"
        "올해 가상시의 총생산은 처음으로 2조 위엔을 돌파할 것이며 두자리수 성장세를 유지하게 될 것으로 보인다.\n"
    )
    assert dated(text).get("2조 위엔", (None,))[0] != "target"


def test_a_scene_painted_is_what_is_there_now():
    # "400명의 현장 로동자가 유리 외벽을 설치하고 … 분주하게 움직이는 모습이다."
    records = news("300명의 현장 노동자가 외벽을 설치하면서 분주하게 움직이는 모습이다.")
    assert records.get("300명", ("actual",))[0] == "actual"


def test_a_doctor_is_a_person_not_a_company():
    # "장쟝 하이테크 과기단지 린징 박사는 … 향후 10년 내 20개 웨이퍼생산라인 … 을 유치하며"
    records = news("가상 과기단지 왕가상 박사는 2030년까지 웨이퍼생산라인 15개를 유치할 계획이라고 말했다.")
    assert records["15개"][:2] == ("target", 2030)
    # a company's officer stays the company's
    assert "15개" not in news(
        "가상반도체그룹 왕가상 사장은 2030년까지 생산라인 15개를 늘릴 계획이라고 말했다."
    )


def test_this_years_target_named_over_the_share_done_is_a_target():
    # "2019년 1월부터 7월까지 연간 목표 289만채중 207만채(71.6%)의 판자촌이 개조에 착공했으며"
    records = news("2025년 1월부터 6월까지 연간 목표 150만채중 90만채(60%)의 주택이 개조에 착공했다.")
    assert records["150만채"][:2] == ("target", 2025)
    assert records.get("90만채", ("actual",))[0] != "target"


def test_the_level_now_a_share_of_growth_starts_from_is_no_target():
    # "현재 1억1천만회선인 전화회선 용량을 오는 2000년 말까지 50% 이상 늘리는 것을 비롯해"
    text = "가상국 통신 전략\n1998-12-03\n주요 내용은 현재 8천만회선인 전화회선 용량을 오는 2000년 말까지 40% 이상 늘리는 것이다.\n"
    records = dated(text)
    assert records.get("8천만회선", ("actual",))[0] == "actual"
    assert records["40%"] == ("target", 2000)


def test_this_years_target_told_as_done_is_done():
    # "올해 철강 생산능력 감축 목표 5000만t를 완료했고 작년에는 6500만t을 줄였다고 쉬 처장은 소개했다."
    records = news(
        "올해 시멘트 생산능력 감축 목표 3000만t를 완료했고 작년에는 2000만t을 줄였다고 처장은 소개했다."
    )
    assert records.get("3000만t", ("actual",))[0] != "target"


def test_a_quote_of_figures_announced_as_the_goals_holds_targets():
    # ""1인당 지역 생산총액이 10만 위안 이상, … 12.2년에 이르며……" 장쑤성당위원회 뤄쯔쥔 서기가 발표한 기본적인
    # 현대화의 주요 목표와 내용은 …의 관심을 불러일으켰다."
    records = news(
        '"1인당 소득이 8만 위안 이상, 평균 수명은 80세를 넘으며……" 가상성 서기가 발표한 현대화의 주요 목표와 '
        "내용은 기자들의 관심을 불러일으켰다.",
        headline="가상성 현대화 실현 전망",
    )
    assert records["8만 위안"][0] == "target"
    # a quote of what was reached, announced as results, holds none
    records = news(
        '"1인당 소득이 8만 위안을 넘었으며……" 가상성 서기가 발표한 지난해 실적은 관심을 끌었다.',
        headline="가상성 실적 발표",
    )
    assert records.get("8만 위안", ("actual",))[0] != "target"


def test_items_standing_apart_after_a_clause_are_counted_by_the_count():
    # "…보도에 따르면, 지하철 11호선 북쪽구간, 12호선, 13호선 1단계 공사, 16호선(기존 11호선 남부 구간) 등 4개 신규 노선
    # 공사가 시작돼 2014년에 14개 노선, 500km의 지하철이 건설될 예정이다."
    records = news(
        "가상일보 보도에 따르면, 지하철 2호선 연장구간, 5호선, 7호선 1단계, 9호선 등 4개 신규 노선 공사가 시작돼 "
        "2028년에 12개 노선, 400km의 지하철이 건설될 예정이다."
    )
    assert "4개" not in records
    assert records["400km"][:2] == ("target", 2028)


def test_what_a_plan_holds_in_the_present_is_planned():
    # "방안에는 … 중국축구 투자 확대, 훈련장 두 곳 신설 등의 내용을 포함하고 있다."
    body = (
        "가상국은 2030년까지 체육 산업을 키우는 방안을 발표했다.\n"
        "방안에는 협회를 분리 운영하고, 경기장 세 곳 신설 등의 내용을 포함하고 있다."
    )
    assert news(body)["세 곳"][0] == "target"


def test_a_facility_built_to_a_capacity_holds_its_design_figures():
    # "…이 공항은 연간 4천만 명 규모의 여행객을 수용하고, 70만t의 화물을 처리할 수 있는 규모로 지어진다"
    records = news(
        "가상시 남쪽 40㎞ 지점에 들어서는 신공항은 연간 3천만 명의 여객을 수용하고, "
        "50만t의 화물을 처리할 수 있는 규모로 지어진다."
    )
    assert records["3천만 명"][0] == "target"
    assert records["50만t"][0] == "target"
    assert "40㎞" not in records  # a point so far away says where, no length to build
    # what was built (지어진, past) is no target
    records = news("가상시 신공항은 연간 3천만 명의 여객을 수용할 수 있는 규모로 지어진 공항이다.")
    assert records.get("3천만 명", ("actual",))[0] != "target"


def test_what_a_work_does_once_finished_is_its_design_figure():
    # "보아오공항이 개항하면 연간 여객수송량이 48만명, 화물운송량이 1440t에 달하고 … 달할 전망이다"
    records = news(
        "가상공항은 총 9억 위안을 투자해 건설된다. 가상공항이 개항하면 연간 여객수송량이 60만명, "
        "화물운송량이 2000t에 달할 전망이다."
    )
    assert records["60만명"][0] == "target"
    assert records["2000t"][0] == "target"
    # an expert's outlook on the same is someone's expectation
    records = news("업계 전문가들은 가상공항이 개항하면 연간 여객수송량이 60만명에 달할 것으로 전망했다.")
    assert "60만명" not in records


def test_a_plan_then_its_budget_worded_as_an_outlook():
    # "…6개 공항 이전 및 91개 공항에 대한 확장건설을 추진할 계획으로서 이때 … 투자되는 정부 예산은
    # 4250억 위안에 이를 전망이다"
    records = news(
        "가상성 정부는 8개 공항 이전 및 40개 공항의 확장을 추진할 계획으로서 이때 투입되는 정부 예산은 "
        "2100억 위안에 이를 전망이다."
    )
    assert records["8개"][0] == "target"
    assert records["40개"][0] == "target"  # the places the works reach are the count
    assert records["2100억 위안"][0] == "funding"
    # a market's size so worded is a forecast; a count that scopes another noun is no target
    assert news("가상성 공항 건설 시장의 규모는 2100억 위안에 이를 전망이다.") == {}
    assert news("가상성은 12개 도시의 이전 경험을 공유하기로 했다.") == {}


def test_a_change_from_an_amount_in_a_two_word_currency():
    # "…지원액을 기존의 연간 400만 홍콩 달러에서 800만 홍콩 달러로 늘리고"
    records = news(
        "가상시는 창업 기업 지원액을 기존의 연간 400만 홍콩 달러에서 800만 홍콩 달러로 늘리기로 했다."
    )
    assert records["400만 홍콩 달러"][0] == "actual"
    assert records["800만 홍콩 달러"][0] == "target"


def test_a_won_conversion_opened_with_hanhwa_hwansan_is_no_amount():
    # "…약 39억 9천만 달러 ( 한화 환산 약 4조 3천 억원) 규모의 교차투자를 실시하기로"
    records = news(
        "가상시는 2027년에 약 29억 9천만 달러 ( 한화 환산 약 3조 3천 억원) 규모의 투자를 실시하기로 했다."
    )
    assert set(records) == {"29억 9천만 달러"}


def test_a_process_node_is_a_specification():
    # "…32nm와 28nm 공정에 대한 양산을 시작하고 …"
    records = news("가상성은 2027년까지 14nm 공정을 양산하고 반도체 매출을 20% 늘릴 계획이다.")
    assert "14nm" not in records
    assert records["20%"][:2] == ("target", 2027)


def test_shares_of_a_cost_decided_and_the_share_glossing_an_amount():
    # "…추산되는 사업비의 58%는 차입을 통해 조달하되, 나머지 157억3000만위안(42%) 자금을 중앙정부 및 광둥성
    # 44.5%, 홍콩 42.9%, 마카오 12.5%의 비율로 분담하기로 했다"
    records = news(
        "총 300억위안(약 5조원)으로 추산되는 사업비의 60%는 차입을 통해 조달하되, 나머지 120억위안(40%) 자금을 "
        "중앙정부 50%, 가상성 30%, 가상시 20%의 비율로 분담하기로 했다."
    )
    assert records["300억위안"][0] in ("target", "funding")  # the cost worded as an estimate
    assert records["50%"][0] == records["30%"][0] == records["20%"][0] == "target"  # 하기로 했다: decided
    assert "40%" not in records  # the amount's share of the whole, no figure of its own
    # a decision not to is no pledge of its figures
    records = news("가상위원회는 10t 이하의 회전로 생산시설 허가를 내주지 않기로 했다.")
    assert records.get("10t", ("actual",))[0] != "target"


def test_the_end_of_a_plans_period_in_its_name_dates_what_is_set_ahead():
    # "“전국 관광업무 3개년 행동계획(2015~2017)”에 따르면 3년간 … 화장실 3만3000개를 신설하고 2만4000곳을 개조한다"
    records = news(
        "가상국은 “전국 관광업무 3개년 행동계획(2024~2026)”에 따르면 3년간 관광지 등에 화장실 3만3000개를 "
        "신설하고 2만4000곳을 개조한다."
    )
    assert records["3만3000개"][:2] == ("target", 2026)
    assert records["2만4000곳"][:2] == ("target", 2026)
    # … but dates no deed told without a verb: "'행동 계획(2022-2024)'의 일환으로 … 14개국과 협력 체결"
    records = news(
        "- 가상-아프리카 협력 포럼의 '가상 행동 계획(2024-2026)'의 일환으로 가상시에 설립된 협력 센터는 케냐, 가나, "
        "말리 등 아프리카 12개국과 협력 체결"
    )
    assert records.get("12개국", ("actual",))[0] != "target"


def test_a_count_of_times_sums_up_no_names_listed_before_it():
    # "…유인우주선, 달탐사선, 베이더우(北斗) 인공위성 … 의 발사 등 30차례의 우주발사를 계획"
    records = news(
        "가상일보에 따르면 가상국은 올해 유인우주선, 달탐사선, 톈궁(天宫) 위성의 발사 등 25차례의 우주발사를 계획하고 있다."
    )
    assert records["25차례"][:2] == ("target", 2025)
    assert news("가상국은 창사(長沙), 주저우(株洲) 등 2개 고신구에서 시범을 추진한다.") == {}


def test_an_analysts_words_between_when_it_spoke_and_in_a_second_quote():
    # "황 애널리스트는 이날 블룸버그 통신과의 전화 통화를 통해 "중국 정부가 … 연간 680억 위안씩 … 지출해야할 것"이라고"
    assert (
        news(
            '가상증권 애널리스트는 이날 가상통신과의 전화 통화를 통해 "중국 정부가 전력망 구축을 위해 연간 500억 '
            '위안씩 2027년부터 2030년까지 지출해야할 것"이라고 집계했다.'
        )
        == {}
    )
    # "…애널리스트는 “국무원 결정은 …”이라며 “연간 10GW 계획은 달성 가능한 것처럼 보인다”고 말했다"
    assert (
        news(
            "가상에너지 애널리스트는 “국무원 결정은 이전 목표보다 높은 것”이라며 “연간 12GW 계획은 달성 가능해 보인다”고 말했다."
        )
        == {}
    )
    # an official's words so placed are the plan's
    records = news(
        '가상시 발전개혁위원회 주임은 이날 기자회견을 통해 "2027년까지 전력망에 500억 위안을 투자할 것"이라고 밝혔다.'
    )
    assert records["500억 위안"][:2] == ("funding", 2027)


def test_a_level_with_its_change_and_a_level_not_reached_are_facts():
    # "상반기 생산량이 896만톤으로 3.2% 감소한 영향이 컸던 것으로 판단된다"
    assert (
        news("상반기 생산량이 296만톤으로 3.2% 감소한 영향이 컸다.").get("296만톤", ("actual",))[0]
        == "actual"
    )
    # "…1800만톤 이상으로 확대할 계획이었으나 상반기까지 900만톤을 넘기지 못해 …"
    records = news(
        "가상국은 2025년 에틸렌 생산량을 800만톤 이상으로 확대할 계획이었으나 상반기까지 300만톤을 넘기지 못해 "
        "목표를 달성하지 못할 것으로 예상된다."
    )
    assert records["800만톤"][:2] == ("target", 2025)
    assert records["300만톤"][0] == "actual"
    # a level to reach with its rise is still a target
    records = news("가상성은 2027년까지 생산량을 500만톤으로 20% 늘린다.")
    assert records["500만톤"][:2] == ("target", 2027)


def test_the_casualties_of_a_disaster_are_no_target():
    # "5월 대지진으로 7만여 명이 사망 하고 수백만 명의 이재민이 발생한 쓰촨 성 지역 재건에도 200억 위안을 추가로 투입하기로"
    records = news(
        "가상국은 지진으로 5만여 명이 사망 하고 수백만 명의 이재민이 발생한 가상성 지역 재건에도 200억 위안을 "
        "추가로 투입하기로 했다."
    )
    assert set(records) == {"200억 위안"}


def test_goals_set_out_each_with_its_verb_noun_are_targets():
    # "그는 또 올해 경제목표로 국내총생산(GDP)성장률 7% 달성, 고정자산투자 10% 증액, 무역액 3% 증가 등을 제시했다"
    records = news(
        "그는 또 올해 경제목표로 국내총생산(GDP)성장률 7% 달성, 고정자산투자 10% 증액, 무역액 3% 증가 등을 제시했다."
    )
    assert records["7%"][:2] == ("target", 2025)
    assert records["10%"][:2] == ("target", 2025)
    # a past year's goals so set out are gone by
    assert news("그는 2023년 경제목표로 성장률 7% 달성, 투자 10% 증액 등을 제시했다.") == {}


def test_since_this_year_began_dates_a_plan_in_the_issue_year():
    # "중국 정부가 올 들어 55개 중대 수리(水利) 프로젝트의 사전 사업을 중점적으로 추진하겠다고 밝혔다"
    records = news(
        "가상국 정부가 올 들어 55개 중대 수리 프로젝트의 사전 사업을 중점적으로 추진하겠다고 밝혔다."
    )
    assert records["55개"][:2] == ("target", 2025)
    assert news("올 들어 수출이 10% 늘었다.") == {}


def test_money_allotted_to_a_measure_is_funding():
    # "이러한 조치에는 3억 홍콩 달러를 배정하여 3,000개의 고속 충전기를 설치하고 …"
    records = news("가상 정부는 올해 예산안에서 3억 위안을 배정하여 고속 충전기 3,000개를 설치한다.")
    assert records["3억 위안"][:2] == ("funding", 2025)
    assert records["3,000개"][:2] == ("target", 2025)
    # in Hong Kong dollars too
    records = news("가상 특구정부는 2027년까지 혁신과기 기금에 155억 홍콩달러를 투입한다.")
    assert records["155억 홍콩달러"][:2] == ("funding", 2027)


def test_a_budget_report_of_this_year():
    # "중국은 올해 … 1,503억위안의 기록적인 적자 예산을 편성했다": record-breaking is an adjective, no 기록
    records = news("가상국은 올해 국내경기를 부양하기 위해 1,200억위안의 기록적인 적자 예산을 편성했다.")
    assert records["1,200억위안"][:2] == ("target", 2025)
    assert news("가상국 수출은 지난해 1,200억위안을 기록했다.") == {}
    # "…올해 7%로 설정한 성장률 목표를 달성하기 위해서인 것으로 분석되고 있다": the target set at it
    records = news(
        "가상국이 적자 예산을 편성한 이유는 내수를 진작시켜 올해 6%로 설정한 성장률 목표를 달성하기 위해서인 것으로 분석되고 있다."
    )
    assert records["6%"][:2] == ("target", 2025)
    # "한편 중국의 올해 국방 예산은 1,046억위안으로 작년보다 12.7% 증가, 역시 사상 최대규모가 될 전망이다"
    records = news(
        "한편 가상국의 올해 국방 예산은 1,046억위안으로 작년보다 12.7% 증가, 역시 사상 최대규모가 될 전망이다."
    )
    assert records["1,046억위안"][:2] == ("funding", 2025)
    assert news("업계 전문가들은 가상국의 올해 국방 예산이 1,046억위안으로 늘어날 것으로 전망했다.") == {}


def test_the_yuan_in_brackets_after_dollars_is_chinas_own_figure():
    # "이번 회의에서 통과될 중국의 새 국방예산 규모는 224억달러(1천853억위앤)이다"
    records = news("이번 회의에서 통과될 가상국의 새 국방예산 규모는 2027년 224억달러(1천853억위앤)이다.")
    assert set(records) == {"1천853억위앤"}
    # … the dollars in brackets after yuan convert it
    assert set(news("가상국은 2027년까지 1조 위안(약 1380억 달러)을 투자한다.")) == {"1조 위안"}


def test_made_to_reach_and_a_plans_measure_to_renovate():
    # "…스케트장이 500여개에 달하게 하고 스키장이 60개에 달하게 하여 …"
    records = news(
        "가상성은 3년 좌우의 시간을 들여 스케이트장이 500여개에 달하게 하고 스키장이 60개에 달하게 하여 빙설경제를 키운다."
    )
    assert records["60개"][0] == "target"
    # "총 3만3000개의 화장실을 새롭게 조성하고 2만4000개의 기존 화장실을 개조하는 방안도 담겼다"
    records = news(
        "행동계획에는 총 3만3000개의 화장실을 새롭게 조성하고 2만4000개의 기존 화장실을 개조하는 방안도 담겼다."
    )
    assert records["3만3000개"][0] == records["2만4000개"][0] == "target"


def test_a_step_done_then_the_next_planned():
    # "2014년 시행도시를 34개로 확대한데 이어 올해는 100개 도시로 확대할 예정이다"
    records = news(
        "지난 2022년 17개 도시에서 의료 개혁에 착수한 가상국 정부는 2024년 시행도시를 34개로 확대한데 이어 "
        "올해는 100개 도시로 확대할 예정이다."
    )
    assert records["34개"][0] == "actual"
    assert records["100개"][:2] == ("target", 2025)


def test_a_former_target_passed_is_no_target():
    # "…화장실 7만 개를 개조하거나 새로 지어 당초 목표였던 5만7천 개를 뛰어넘었다. 이어 2020년까지 … 6만4천 개를 건설할 계획"
    records = news(
        "화장실 7만 개를 새로 세워 당초 목표였던 5만 개를 뛰어넘었다. 이어 2027년까지 추가로 화장실 6만 개를 건설할 계획이다."
    )
    assert "5만 개" not in records
    assert records["6만 개"][:2] == ("target", 2027)


def test_the_places_a_line_runs_through_are_no_target():
    # "동변도 철도는 동북 3성 10여개 시와 30여개 현을 지나며, 연간 1천8백만명을 수송할 계획이다"
    records = news(
        "가상 철도부에 따르면 이 철도는 3성 10여개 시와 30여개 현을 지나며, 연간 1천8백만명을 수송할 계획이다."
    )
    assert set(records) == {"1천8백만명"}
    assert news("가상성은 2027년까지 10개 도시에 지하철을 건설한다.")["10개"][:2] == ("target", 2027)


def test_a_deck_line_above_a_paragraph_does_not_run_into_it():
    # a sub-headline "300㎢ 부지에 단계별 건설...전체 면적 40% 숲 조성, 저탄소 도시 실현" over a paragraph
    # that closes in the past ("…마스터플랜이 발표됐다."): its figures are read on their own line
    body = (
        "300㎢ 부지에 단계별 건설...전체 면적 40% 숲 조성, 저탄소 도시 실현\n"
        "가상국의 최신 경제특구 신도시 가상신구의 최종 마스터플랜이 발표됐다. 가상신구는 베이징에서 약 100㎞ "
        "떨어진 곳에 위치하며 지난해 4월 설립이 발표됐다."
    )
    records = news(body, headline="가상국 특구 가상신구 마스터플랜 발표")
    assert records["40%"][0] == "target"


def test_a_public_body_acting_inside_a_sentence_on_a_company_or_agency():
    # "코트라는 우선 중국 정부가 4조 위안을 투입하기로 한 … 공공 프로젝트 진출을 지원하고 …"
    records = news(
        "가상트라는 우선 중국 정부가 4조 위안을 투입하기로 한 환경·에너지 분야 등의 공공 프로젝트 진출을 지원하기로 했다."
    )
    assert records["4조 위안"][0] == "funding"
    # "…연구원은 "전일 보도에 따르면 중국 정부의 담당자가 2015년까지 … 20GW로 확대할 예정"이라며"
    records = news(
        "가상증권 연구원은 “전일 보도에 따르면 중국 정부의 담당자가 2027년까지 태양광 설치량 목표치를 기존 5GW에서 "
        "20GW로 확대할 예정”이라며 “수혜가 기대된다”고 말했다."
    )
    assert records["20GW"][:2] == ("target", 2027)
    # a company's own plan stays its own
    assert news("가상전자는 2027년까지 배터리 공장 3곳을 건설할 계획이다.") == {}


def test_names_given_as_examples_of_a_larger_count():
    # "둥자커우(董家口)항, 첸완(前灣)항 등 5곳의 물류산업단지와 러우산(樓山)물류센터 등 6곳의 물류센터를 조성할 예정"
    records = news(
        "가상시는 계획을 기반으로 둥자(董家)항, 첸완(前灣)항 등 5곳의 물류산업단지와 러우산(樓山)물류센터 등 6곳의 "
        "물류센터를 조성할 예정이다."
    )
    assert records["5곳"][0] == records["6곳"][0] == "target"
    # names as many as the count, or a count of who acts, are no target
    assert news("가상국은 창사(長沙), 주저우(株洲) 등 2개 고신구에서 시범을 추진한다.") == {}
    assert news("CATL, BYD 등 6개 기업이 2027년까지 배터리 공장을 짓는다.") == {}


def test_what_a_work_will_cost_and_a_plan_called_off():
    # "…이번 공사는 연내에 착공해 … 총 16억9500만위엔이 소요된다"
    assert news("이번 공사에는 총 16억9500만위엔이 소요된다.")["16억9500만위엔"][0] == "target"
    assert news("신청자가 입주하기까지 평균 4년 8개월이 소요된다.") == {}  # a waiting time, no money
    # "…중국이 약 200만 톤 규모의 구리 제련 설비 증설 계획을 중단했다고 밝힌 바 있다"
    assert (
        news(
            "앞서 가상협회는 지난 11월 가상국이 약 200만 톤 규모의 구리 제련 설비 증설 계획을 중단했다고 밝힌 바 있다."
        )
        == {}
    )
    assert news("가상국은 2027년까지 200만 톤 규모의 설비 증설 계획을 추진한다.")["200만 톤"][:2] == (
        "target",
        2027,
    )


def test_a_budget_report_is_the_years_fiscal_plan():
    # "왕부장은 … 정부예산보고를 통해 이같이 밝히고 … 세입예상규모는 … 3천9백12억원인데 비해 세출은 …"
    records = news(
        "가상 재정부장은 이날 정부예산보고를 통해 올해 세입예상규모는 전년보다 9.2% 늘어난 3천9백억위안이라고 밝혔다."
    )
    assert records["3천9백억위안"][:2] in (("target", 2025), ("funding", 2025))
    # a fiscal year printed bare is a year: 92회계연도 is 1992
    from etl.periods import year_mentions

    assert [m.year for m in year_mentions("92회계연도중 중국의 재정적자액")] == [1992]


def test_a_closed_quote_before_the_figures_is_another_statement():
    # "…책임자는 “… 지난해2000년 대비 다소 개선되었으나, … 높은 상태다”라며, 향후 3년간 이산화유황 2만톤, … 감소시켜"
    records = news(
        "가상시 환경보호국 책임자는 “과거 행동계획을 거치면서 대기질은 지난해 대비 다소 개선되었으나, 농도는 여전히 "
        "높은 상태다”라며, 향후 3년간 이산화유황 2만톤, 질소산화물 4만톤, 휘발성 유기물 10만톤을 각각 감소시키겠다”고 밝혔다."
    )
    assert records["2만톤"][0] == records["4만톤"][0] == records["10만톤"][0] == "target"


def test_a_level_as_of_a_date_in_an_outlook_is_a_statistic():
    # "이에 따라 … 2010년 현재 연간 여객 1,300만 명 및 화물·우편 12만 톤 수준에 도달한 운영실적이 점차 … 증가할 전망이다"
    records = news(
        "가상시는 2027년까지 공항을 확장할 계획이다. 이에 따라 2025년 현재 연간 여객 1,300만 명 수준에 도달한 "
        "운영실적이 점차 여객 3,800만 명으로 증가할 전망이다."
    )
    assert records.get("1,300만 명", ("actual",))[0] == "actual"


def test_a_count_of_places_whose_use_is_to_change():
    # "베이징은 이런 대규모 예산으로 700개 지역의 석탄사용을 청정에너지로 대체하고 …"
    records = news(
        "가상시는 이런 대규모 예산으로 700개 지역의 석탄사용을 청정에너지로 대체하고 노후 차량 30만대를 폐차하겠다고 밝혔다."
    )
    assert records["700개"][0] == records["30만대"][0] == "target"
    # … not a count of firms named as examples that are the topic ("…등 18개 물류기업 인프라도 … 확충 중에 있다")
    assert news("중촹(中創)물류, 푸뤄스(普洛斯)물류 등 18개 물류기업 인프라도 예정대로 확충 중에 있다.") == {}


def test_a_plan_reported_as_news_money_poured_in_and_a_budget_passed():
    # "중국이 향후 10년간 스마트그리드 사업에 4조위안(…)규모를 투자한다는 소식에 관련주가 급등하고 있다"
    records = news(
        "가상국이 향후 10년간 스마트그리드 사업에 4조위안(한화 약 660조원)규모를 투자한다는 소식에 관련주가 급등하고 있다."
    )
    assert records["4조위안"][0] == "target"
    assert news("가상국이 스마트그리드 사업에 4조위안을 투자했다는 소식에 관련주가 급등했다.") == {}
    # "중국이 지하수 오염방지에 5년동안 1조600억위안(한화 약 180조원)을 쏟아붓는다"
    records = news("가상국이 지하수 오염방지에 5년동안 1조600억위안(한화 약 180조원)을 쏟아붓는다.")
    assert records["1조600억위안"][0] == "funding"
    # "전인대는 이날 … 1조5,138억 위앤(227조원 상당) 규모의 올해 예산안을 통과시켰다"
    records = news(
        "가상성 인민대표대회는 이날 1조5,138억 위앤(227조원 상당) 규모의 올해 예산안을 통과시켰다."
    )
    assert records["1조5,138억 위앤"][:2] == ("target", 2025)


def test_a_target_named_by_irani_and_a_plans_cost_as_subject():
    # "이런 성장세라면 오는 2010년, …은 매출액 2천억 위엔이라는 발전목표를 … 달성할 것으로 예상된다"
    records = news(
        "이런 성장세라면 오는 2027년, 가상물류성은 매출액 2천억 위엔이라는 발전목표를 달성할 것으로 예상된다."
    )
    assert records["2천억 위엔"][:2] == ("target", 2027)
    # "투자의 프로젝트에 따른 총 투자액은 약 650억 위엔(한화로 약 14조)이며 …"
    records = news(
        "투자의 프로젝트에 따른 총 투자액은 약 650억 위엔(한화로 약 14조)이며 이는 가상지역에서 처음으로 갖는 지원 규모이다."
    )
    assert records["650억 위엔"][0] in ("target", "funding")
    # (a site's area stated is no plan; its total investment is what it will cost:
    # test_a_projects_total_investment_is_what_it_will_cost)
    assert news("발사장 부지 면적은 35만㎡이며 항구와 가깝다.") == {}


def test_spacecraft_counted_with_gi_are_no_ordinal():
    # "2020년까지 중국은 궤도 우주선 200기 이상, 연간 약 30번 발사를 실현하고 …"
    records = news(
        "가상그룹 당조서기는 인터뷰에서 2027년까지 가상국은 궤도 우주선 200기 이상, 연간 약 30번 발사를 실현할 것이라고 밝혔다."
    )
    assert records["200기"][:3] == ("target", 2027, ">=")


def test_a_plan_denied_and_a_research_centres_outlook():
    # "…추가로 500억위앤(元)규모의 국채를 발행할 계획이 없다고 5일 … 밝혔다"
    assert (
        news("가상국 재무부장은 가상국이 추가로 500억위앤(元)규모의 국채를 발행할 계획이 없다고 5일 밝혔다.")
        == {}
    )
    # "국가우정국 발전연구센터 … 담당자 …은 … 각각 100억 건, 1200억 위안을 초과할 것으로 내다봤다"
    body = "가상국 우정국 발전연구센터 담당자는 올해 2분기 택배업무량과 택배업 수입은 각각 100억 건, 1200억 위안을 초과할 것으로 내다봤다."
    assert news(body) == {}


def test_a_person_named_by_a_title_ending_in_sa_is_no_company():
    # "양 총설계사는 "… 올해 5~7개 베이더우 위성을, 내년 2~4개 베이더우 위성을 더 발사할 예정"": 설계사 is a person;
    # and a subject of two words whose second is such a title ("김 박사는") once crashed the extractor
    records = news(
        "양 총설계사는 “현재 가상 프로젝트 건설은 순조롭게 진행되고 있으며 올해 5~7개 위성을 더 발사할 예정이다”라고 밝혔다."
    )
    assert records["5~7개"][:2] == ("target", 2025)
    assert news("김 박사는 2027년까지 위성 30기를 발사할 계획이라고 말했다.")["30기"][:2] == ("target", 2027)


def test_the_annual_target_in_a_report_of_progress_so_far():
    # "지난 7월말까지는 석탄의 경우 9500만톤 규모의 생산 설비가 감축돼 연간 목표인 2억5000만톤의 38%에 불과했고 철강도
    # 목표 4500만톤의 47%에 해당하는 2100만톤의 생산설비가 감축되는데 그쳤다고 NDRC는 밝혔다"
    records = news(
        "지난 7월말까지는 석탄의 경우 9500만톤 규모의 생산 설비가 감축돼 연간 목표인 2억5000만톤의 38%에 불과했고 "
        "철강도 목표 4500만톤의 47%에 해당하는 2100만톤의 생산설비가 감축되는데 그쳤다고 발개위는 밝혔다."
    )
    assert records["2억5000만톤"][0] == records["4500만톤"][0] == "target"
    assert records["9500만톤"][0] == records["2100만톤"][0] == "actual"


def test_quoted_growth_targets_set_out_and_provinces_counted_in_hanja():
    # "30개 성시의 올해 GDP 목표 성장률은 모두 ‘5% 이상’을 제시했으며, … 하이난성으로 ‘9%이상’ 제시"
    records = news(
        "- 30개 성시의 올해 GDP 목표 성장률은 모두 ‘5% 이상’을 제시했으며, 성장 목표치가 가장 높은 곳은 가상성으로 ‘9%이상’ 제시"
    )
    assert records["5%"][:3] == ("target", 2025, ">=")
    assert records["9%"][:3] == ("target", 2025, ">=")
    # "■ 中 30개省 2022년 GDP 목표 성장률 ‘5% 이상’ 제시": 30 provinces set them, no count to reach
    assert set(news("■ 中 30개省 2025년 GDP 목표 성장률 ‘5% 이상’ 제시")) == {"5%"}
    assert news("'스마트 공장 300개' 프로젝트를 추진한다.") == {}  # a quoted name still names


def test_a_deed_set_against_anothers_is_a_fact():
    # "…산둥·저장·허난·쓰촨·후베이까지 총 7개 성 5조 위안을 돌파한 반면, …4개성은 1조 위안 미만"
    records = news("- 다상성·라상성까지 총 7개 성 5조 위안을 돌파한 반면, 마상성 등 4개성은 1조 위안 미만")
    assert records.get("5조 위안", ("actual",))[0] == "actual"


def test_a_headline_figure_restated_undated_below_once_per_line():
    # "中 원전 11기 건설 승인…2030년 최대 원전국 된다" over "중국 정부가 20일 원자력발전소 11기 건설 계획을 승인했다."
    # (a page saved with no date line: its date passed in)
    text = (
        "가상국 원전 11기 건설 승인…2030년 최대 원전국 된다\n"
        "가상국 정부가 20일 원자력발전소 11기 건설 계획을 승인했다. 가상국은 오는 2030년까지 세계에서 가장 많은 원전을 "
        "보유하게 될 것으로 전망된다.\n"
        "20일 관영 매체에 따르면 가상국 국무원 상무위원회는 전날 회의를 열어 원전 건설 계획을 승인했다.\n"
    )
    records = records_of_page(text)
    assert [r.value_text for r in records].count("11기") == 1
    # … but the headline's one figure restates only one of two alike on a body line: "2개의 10만t급 및 2개의 3만t급"
    records = records_of(
        "그 중 가상항에 2개의 10만t급 및 2개의 3만t급 컨테이너 선석을 건설한다는 계획이다.",
        headline="가상성, 올해 가상항에 10만t급 컨테이너 선석 2개 추가 건설",
    )
    assert [r.value_text for r in records].count("2개") == 2


def test_outlooks_that_are_targets_and_a_draft_plan_cited():
    # "…전문가들은 중국 당국이 올해 7%의 경제성장률 목표를 달성하기 위해 … 가속화할 것으로 전망하기도 했다"
    records = news(
        "이에 일부 전문가들은 가상 당국이 올해 7%의 경제성장률 목표를 달성하기 위해 예산의 집행을 가속화할 것으로 전망하기도 했다."
    )
    assert records["7%"][:2] == ("target", 2025)
    # "중국은 올해 6% 이상의 경제성장률 전망치 제시해 눈길을 끌었는데요": the expected target (预期目标) set out
    assert news("가상국은 올해 6% 이상의 경제성장률 전망치 제시해 눈길을 끌었다.")["6%"][:3] == (
        "target",
        2025,
        ">=",
    )
    assert news("업계 전문가들은 올해 성장률 전망치를 5%로 제시했다.") == {}
    # "초안에 따르면 베이징시는 2020년까지 … 궤도교통 총 연장을 1000㎞로 확장하고 2030년 … 80% 이상으로 …"
    records = news(
        "초안에 따르면 가상시는 2027년까지 궤도교통 총 연장을 1000㎞로 확장하고 2030년 친환경 교통수단 비율을 80% 이상으로 "
        "높일 전망이다."
    )
    assert records["1000㎞"][:2] == ("target", 2027)
    assert records["80%"][:2] == ("target", 2030)


def test_won_named_as_our_money_or_converting_dollars_after_a_comma():
    # "이번에도 270억 달러, 약 35조 원 규모 펀드를 조성하기로 했습니다": the won converts the dollars
    assert set(news("이번에도 270억 달러, 약 35조 원 규모 펀드를 조성하기로 했습니다.")) == {"270억 달러"}
    # "…올해 말까지 우리돈 38조 원의 예산을 조기 투입하기로 했습니다": won, never yuan
    assert news("가상 정부는 올해 말까지 우리돈 38조 원의 예산을 조기 투입하기로 했습니다.") == {}
    # a page that names no yuan still reads its 원 as yuan
    assert news("가상성은 2027년까지 총투자 1,598억원을 투입한다.")["1,598억원"][:2] == ("funding", 2027)


def test_a_rate_base_with_e_and_the_amount_a_target_needs():
    # "…중앙정부는 2015년까지 셰일가스 생산업체에 1㎥에 0.4위안의 보조금을 지급하기로 했다": 1㎥ is the base of the rate
    assert set(
        news("가상국 중앙정부는 2027년까지 셰일가스 생산업체에 1㎥에 0.4위안의 보조금을 지급하기로 했다.")
    ) == {"0.4위안"}
    # "…“내년까지 오염 저감 목표를 달성하려면 1조7500억위안(약 300조원)의 투자가 필요하지만 …”": an estimate of need
    body = "가상국 환경계획원 부원장은 “내년까지 오염 저감 목표를 달성하려면 1조7500억위안(약 300조원)의 투자가 필요하지만 간극이 크다”고 말했다."
    assert news(body) == {}
    assert news("가상시는 2027년까지 1조 위안을 투자해 오염을 줄일 계획이다.")["1조 위안"][:2] == (
        "funding",
        2027,
    )


def test_a_count_of_the_subject_is_where_the_change_it_undergoes_starts():
    # "N개 X이 M개 이상 줄어들고": N is what there is, M the change to reach
    records = news("가상성은 올해말까지 성 전체 512개 낙후촌이 300개 이상 줄어들게 될 것이라고 밝혔다.")
    assert records["512개"][0] == "actual"
    assert records["300개"] == ("target", 2025, ">=")
    # the change taking its own subject particle, about so many
    records = news("국무원은 2030년까지 전국 6만 4000개 노후 공장이 약 4만개가 퇴출하게 된다고 밝혔다.")
    assert records["6만 4000개"][0] == "actual"
    assert records["4만개"][:2] == ("target", 2030)
    # a count whose subject grows with no count before it stays the target
    assert news("가상성은 2027년까지 전기차 충전소 2만개가 새로 늘어나게 한다.")["2만개"][:2] == (
        "target",
        2027,
    )


def test_a_level_once_set_that_a_new_level_replaces_is_no_target():
    # "N으로 잡았던 X은 M으로 늘린다": N is the level set before, M the target now
    records = news(
        "가상성은 2027년까지 5천메가와트로 잡았던 태양광 발전 용량은 2만메가와트로 늘린다는 방침이다."
    )
    assert "5천메가와트" not in records
    assert records["2만메가와트"][:2] == ("target", 2027)
    records = news("가상성은 40%로 설정했던 재활용률 목표를 2027년까지 60%로 높이기로 했다.")
    assert "40%" not in records and records["60%"][:2] == ("target", 2027)
    # with no new level of the measure, the level set is the target still pursued
    assert news("가상성은 2027년까지 40%로 잡았던 목표를 달성하기 위해 투자를 늘린다.")["40%"][:2] == (
        "target",
        2027,
    )


def test_a_multiple_worked_out_from_stated_figures_is_no_target_of_its_own():
    # the outcome of the plan, said after a condition: "계획대로 되면 … 네 배 이상 커진다"
    assert news("계획대로 되면 가상성의 풍력 발전용량은 지금의 네 배 이상 커진다.") == {}
    # … or with its own clause a condition: "2배 이상 늘어나게 되면 …"
    assert news("이에 더해 도로망이 2030년 2배 이상 늘어나게 되면 가상성은 최대 도로망을 갖추게 된다.") == {}
    # a multiple of a figure named right before it
    assert news("가상성은 내년에 올해 투자액(1200억 위안)보다 약 세 배 많은 자금을 철도에 투입한다.") == {}
    # the multiple between two levels stated in amounts (까지), or naming the level after it (에 달하는)
    records = news("가상성은 2027년까지 물류 거점을 현재 40곳에서 80곳까지 두배로 늘릴 계획이다.")
    assert "두배" not in records and records["80곳"][:2] == ("target", 2027)
    records = news("가상성은 2027년까지 철도 길이를 현재 3,000km에서 두배에 달하는 6,100km로 늘린다.")
    assert "두배" not in records and records["6,100km"][:2] == ("target", 2027)
    # a multiple of a year's level, or on its own, is the target
    assert news("가상성은 2030년까지 관광 수입을 2020년의 3배로 늘릴 계획이다.")["3배"][:2] == (
        "target",
        2030,
    )
    assert news("가상성은 2027년까지 연구개발 투자를 두 배로 늘린다.")["두 배"][:2] == ("target", 2027)


def test_a_word_ending_in_je_before_a_count_is_no_ordinal_mark():
    # 제 marks an ordinal only as a word of its own ("제20기"), not as the end of 과제, 문제, 체제
    assert news("가상성은 2027년까지 핵심 연구과제 15개를 지원한다.")["15개"][:2] == ("target", 2027)
    assert news("가상성은 2027년까지 해결할 민생 문제 20건을 선정한다.")["20건"][:2] == ("target", 2027)
    assert "20기" not in news("가상성은 제20기 중앙위원회 결정에 따라 2027년까지 연구소 30개를 세운다.")


def test_last_years_figure_compared_with_dates_only_itself():
    # "지난해 3.8%보다 줄어든 3%로 운영할 계획": 지난해 dates the base, the 3% is the plan's level
    lead = "가상성 정부는 2025년 주요 목표를 다음과 같이 밝혔다. "
    records = news(lead + "재정적자는 지난해 3.8%보다 줄어든 3%로 운영할 계획이다.")
    assert records["3%"][:2] == ("target", 2025) and "3.8%" not in records
    # the same comparison reported as reached stays a fact
    assert (
        news(lead + "재정적자는 지난해 3.8%보다 줄어든 3%를 기록했다.").get("3%", ("actual",))[0] == "actual"
    )


def test_already_describing_the_topic_is_no_cue_of_the_figures_after_it():
    # "이미 … 운영하는 X은 매년 N을 투자해 …할 계획": 이미 tells of X, the yearly amount is planned
    body = "이미 세계 최대 규모의 풍력단지를 운영하는 가상성은 매년 300억 위안을 풍력에 투자해 2027년까지 설비를 2억kW로 늘릴 계획이다."
    assert news(body)["300억 위안"][0] == "funding"
    # 이미 in the figure's own clause still reports it
    assert news("가상성은 이미 300억 위안을 풍력에 투자했다.") == {}


def test_a_deed_joined_by_hae_to_a_past_verb_is_past():
    # "N을 달성해 5.2% 성장하였으며, 이는 …": the joined verb's tense is the next verb's
    body = "세부적으로는 가상시가 지역 총생산 1,734억 위안을 달성해 5.2% 성장하였으며, 이는 도시권의 79.5%를 차지한다."
    assert news(body) == {}
    assert "300억 위안" not in news(
        "가상시는 올해 300억 위안을 투입해 공장 20곳을 세웠고, 내년에는 50곳을 세울 계획이다."
    )
    # joined to a verb still ahead, the amount is the plan's
    body = "가상시는 2027년까지 지역 총생산 2,000억 위안을 달성해 도시권 최대가 될 계획이다."
    assert news(body)["2,000억 위안"][:2] == ("target", 2027)


def test_those_counted_before_who_they_are_and_attending_are_who_acts():
    # "전국 31곳 지방지도자, 군 간부 등 200여 명이 참석한 가운데": the count names who attended
    body = "국가주석을 비롯한 지도부와 전국 31곳 지방지도자, 군 간부 등 200여 명이 참석한 가운데 농촌 건설 토론회가 열렸다."
    assert news(body) == {}
    assert news("가상성은 2027년까지 전국 31곳 지방에 농촌 학교를 건설한다.")["31곳"][:2] == ("target", 2027)


def test_a_count_of_items_each_marked_by_a_triangle_counts_the_list():
    # "△A △B △C 등 3가지": the count sums the marked items up, as a comma-separated list
    body = "가상성 정부는 △인터넷 보급률 △전자상거래 총액 △스마트 제조 규모 등 3가지를 핵심 지표로 삼아 관리해 나갈 방침이다."
    assert news(body) == {}
    records = news("가상성은 2027년까지 △스마트 공장 300개 △디지털 작업장 20개 등을 구축한다.")
    assert records["300개"][:2] == ("target", 2027) and records["20개"][:2] == ("target", 2027)


def test_budgets_compared_by_a_superlative_are_described_not_allotted():
    # "예산은 각각 N으로 가장 규모가 큼" in a survey of research centres: the largest of the budgets
    # awarded, as they are, no budget allotted
    body = (
        "연구센터 중 12개는 중국과학원 연구소 소속이며, 주로 화학, 물리 등 분야에 집중되어 있음\n"
        "- 이중 중국과학원 해양연구소와 천문연구소의 연구과제 예산은 각각 12,500만 위안으로 가장 규모가 큼"
    )
    assert "12,500만 위안" not in news(body, headline="가상국 연구센터, 대부분 대학에 집중")
    assert news("가상성은 올해 교육 예산을 1,200억 위안으로 편성했다.")["1,200억 위안"][1] == 2025


def test_what_one_unit_is_in_brackets_is_a_definition():
    # "(1TEU=20피트 컨테이너 1개)": a gloss of the unit, no count of containers
    records = news("가상시는 2030년까지 항만 물동량을 연간 2200만TEU(1TEU=20피트 컨테이너 1개)로 늘린다.")
    assert records == {"2200만TEU": ("target", 2030, "=")}
    records = news("가상시는 2030년까지 항만 물동량을 연간 2200만TEU로 늘리고 컨테이너 부두 1개를 신설한다.")
    assert records["1개"][:2] == ("target", 2030)


def test_the_size_of_works_under_way_is_no_target_but_the_city_they_become_is():
    # "60㎢ 규모로 건설중인 신도시를 인구 50만 규모의 … 도시로 육성": the town being built is there; the
    # population it is to reach, written after 인구 with no counter, is the target
    body = (
        "가상성은 2030년까지 60㎢ 규모로 건설중인 신도시를 인구 50만 규모의 특화 도시로 육성하겠다고 밝혔다."
    )
    assert news(body) == {"50만": ("target", 2030, "=")}
    assert news("가상성은 2030년까지 60㎢ 규모로 신도시를 건설한다.")["60㎢"][:2] == ("target", 2030)


def test_a_multiple_that_sizes_the_figure_an_ine_sentence_explains_is_no_target():
    # "이는 … 발전용량(1820만kW)의 2.1배에 이르는 … 규모다": how big the plan's works are, compared
    body = (
        "가상성은 2030년까지 수력 발전소 4곳을 짓는다. "
        "이는 2029년 완공되는 가상댐 발전용량(1820만kW)의 2.1배에 이르는 어마어마한 규모다."
    )
    assert news(body) == {"4곳": ("target", 2030, "=")}
    assert news("가상성은 2030년까지 수력 발전용량을 현재의 2.1배로 늘린다.")["2.1배"][:2] == ("target", 2030)


def test_what_a_body_holds_now_is_no_target():
    # "N개의 연구실을 갖추고 있으며 …": what the institute has; a later verb of the sentence is not its
    body = "가상연구소는 2개의 국가 중점 실험실과 11개의 연구실을 갖추고 있으며 수소 기술 개발을 위한 연구를 수행한다."
    assert news(body) == {}
    assert news("가상성은 2027년까지 연구실 11개를 갖추고 있을 것이다.")["11개"][:2] == ("target", 2027)


def test_a_plan_as_it_originally_was_is_no_target():
    # "애초에 … 4%씩 감소시킨다는 계획이었지만, … 목표치를 수정한 상태다": replaced since
    body = "가상성은 애초에 에너지집약도를 매년 4%씩 감소시킨다는 계획이었지만, 목표 달성 실패 후 목표치를 수정한 상태다."
    assert news(body) == {}
    assert news("가상성은 2027년까지 에너지집약도를 매년 4%씩 감소시킨다는 계획이다.")["4%"][:2] == (
        "target",
        2027,
    )


def test_the_money_a_rate_is_per_may_name_what_it_measures_before_dang():
    # "10,000위안의 GDP 당 에너지 소비": the base of an intensity, as "GDP 1만 위안당"
    body = "가상성은 2027년까지 10,000위안의 GDP 당 에너지 소비를 2022년 대비 20% 삭감한다."
    assert news(body) == {"20%": ("target", 2027, "=")}


def test_the_year_whose_level_a_share_is_taken_of_is_a_base():
    # "오는 2030년에는 … 2005년 수준의 65% 이상 감축하고, … 1200기가와트로 늘어난다": 2005 is the level
    # the cut is counted from; 2030 dates both figures
    body = (
        "오는 2030년에는 국내총생산(GDP) 단위 당 이산화탄소 배출량이 2005년 수준의 65% 이상 감축하고, "
        "풍력과 태양광 에너지 능력은 1200기가와트로 늘어난다."
    )
    assert news(body) == {"65%": ("target", 2030, ">="), "1200기가와트": ("target", 2030, "=")}


def test_an_agency_seeing_what_will_be_is_its_forecast():
    # "…는 2030년까지 … 90% 성장하여 315bcm에 도달할 것으로 보았다": an outlook (보았다 as 봤다)
    body = (
        "국제에너지기구(International Energy Agency, IEA)는 2030년까지 가상국의 연간 천연가스 소비가 "
        "지금보다 90% 성장하여 315bcm에 도달할 것으로 보았다."
    )
    assert news(body) == {}
    assert news("가상성은 2030년까지 천연가스 소비를 지금보다 90% 늘린다.")["90%"][:2] == ("target", 2030)


def test_figures_of_a_topic_still_to_be_built_are_the_plans_though_stated_with_a_copula():
    # "새로 건설될 … 길이는 각각 5000km, 1.2만km 이고 …": the topic is what is to be made
    body = (
        "가상성은 2030년까지 송유관 건설 계획을 추진한다. 새로 건설될 원유 및 석유제품 파이프라인의 길이는 "
        "각각 5000km, 1.2만km 이고 수송능력은 각각 1.2억 톤, 0.9억 톤이다."
    )
    records = news(body)
    assert {
        text: records[text][:2] for text in ("5000km", "1.2만km", "1.2억 톤", "0.9억 톤")
    } == dict.fromkeys(("5000km", "1.2만km", "1.2억 톤", "0.9억 톤"), ("target", 2030))
    # what was finished, stated with a copula, stays a fact
    assert news("지난해 완공된 파이프라인의 길이는 1.2만km 이고 수송능력은 0.9억 톤이다.") == {}


def test_a_place_that_also_acts_takes_do_and_its_figures_are_its_own():
    # "산시(陝西)성 닝산현도 … 셋째 5천 위안 …": 도 ("also") marks the place acting; the same amount
    # another city gave is no restatement of this one's
    body = (
        "최근 허베이성 헝수이시는 셋째 자녀를 출산한 모든 가정에 5천위안의 출산 보조금을 지원하기로 했다.\n"
        "산시(陝西)성 닝산현도 첫째 2천 위안, 둘째 3천 위안, 셋째 5천 위안의 일회성 출산 보조금을 지급하기로 했다."
    )
    records = {(r.value_text, r.region) for r in records_of(body, "가상국 지방정부, 출산 보조금 경쟁")}
    assert records == {
        ("5천위안", "Hebei"),
        ("2천 위안", "Shaanxi"),
        ("3천 위안", "Shaanxi"),
        ("5천 위안", "Shaanxi"),
    }


def test_a_subsidy_a_city_says_it_will_give_reported_by_the_media_is_its_plan():
    # "현지 매체에 따르면 … 시는 … 보조금을 지원하겠다고 밝혔다": the media report a body's pledge
    body = "12일 현지 매체에 따르면 최근 가상성 가상시는 첫 아이를 출산하는 가정에 최고 1만위안의 보조금을 지원하겠다고 밝혔다."
    assert news(body)["1만위안"][0] == "funding"
    body = "현지 매체에 따르면 가상시 출산 가정은 내년 최고 1만위안의 보조금을 받을 것으로 예상된다."
    assert news(body) == {}


def test_spans_that_say_where_or_what_is_counted_by_are_no_amounts():
    # a distance in minutes ("30분 거리에 위치한"), a period something is counted by ("1개월 단위로"),
    # an age range bounding a group ("0~17세 미성년 인구")
    assert news("가상성은 2027년까지 공업단지에서 30분 거리에 위치한 가상항에 부두 3개를 건설한다.") == {
        "3개": ("target", 2027, "=")
    }
    body = "가상성은 2027년까지 유동 아동(유동인구 중 0~17세 미성년 인구)의 교육권리를 보장하고 학교 30곳을 짓는다."
    assert news(body) == {"30곳": ("target", 2027, "=")}
    assert "1개월" not in news("가상성은 올해 퇴직자가 1개월 단위로 받는 기본 연금을 5% 상향 조정한다.")
    # minutes as a measure to reach stay
    assert news("가상성은 2027년까지 도심 30분 생활권을 만든다.")["30분"][:2] == ("target", 2027)


def test_an_amount_raised_by_a_share_is_the_raise_but_a_rate_revised_is_the_revision():
    # "기본 연금을 5% 상향 조정한다": the pension is raised by 5%; "성장률 전망을 0.5% 하향 조정": the
    # size of the revision of an outlook
    assert news("가상성은 올해 기본 연금을 5% 상향 조정한다.")["5%"][:2] == ("target", 2025)
    assert news("가상성은 올해 성장률 목표를 0.5% 하향 조정했다.") == {}


def test_an_events_edition_before_its_name_counts_nothing():
    # "4회 한국 주간행사": the fourth edition, as "13회 보아오 포럼에서"
    records = news("가상시는 10월 4회 한국 주간행사를 열고 전시 부스 300개를 설치할 계획이다.")
    assert "4회" not in records and "300개" in records
    assert news("가상시는 2027년까지 연간 100회 행사를 개최한다.")["100회"][:2] == ("target", 2027)


def test_years_and_figures_paired_by_each_with_wa_go_in_order():
    # "2030년과 2060년에는 각각 25%와 80% 이상으로": 25% for 2030, 80% for 2060, each once
    body = "가상국은 2027년까지 비화석 에너지 비중을 20%로 늘리고 2030년과 2060년에는 각각 25%와 80% 이상으로 확대한다."
    records = [(r.value_text, r.target_year) for r in records_of(body)]
    assert records == [("20%", 2027), ("25%", 2030), ("80%", 2060)]


def test_the_level_now_a_long_way_before_the_level_to_reach_is_where_the_change_starts():
    # "현재 55% 인 도시화율을 2030년 … 끝나는 시점에 약 65% 이상으로": the level now, then the target
    body = "가상국은 현재 55% 인 도시화율을 2030년 제15차 5개년 경제개발계획 5개년이 끝나는 시점에 약 65% 이상으로 상향시킨다는 청사진을 갖고 있다."
    records = news(body)
    assert records["55%"][0] == "actual" and records["65%"][:2] == ("target", 2030)


def test_money_a_work_takes_or_is_put_to_is_the_plans_funding():
    # "공사에 투입되는 자금은 N이라고": the cost of the work just planned; "N은 …를 위해 사용된다": its use
    body = "가상성 철도국은 253㎞ 구간을 4년에 걸쳐 완공할 계획이라고 밝혔다. 공사에 투입되는 자금은 133억위엔이라고 신화통신이 보도했다."
    assert "133억위엔" in news(body)
    body = "가상성은 2027년까지 하수처리시설 10곳을 짓는다. 2,000억 위안은 산업폐수 처리를 위해 사용된다."
    assert news(body)["2,000억 위안"][1] == 2027
    # money spent, or the cost of what runs already, is a fact
    assert news("지난해 2,000억 위안이 산업폐수 처리에 사용됐다.") == {}
    assert news("현재 운영 중인 발전소의 총 사업비는 100억 위안이었다.") == {}


def test_the_time_a_trip_took_is_where_its_cut_starts():
    # "기존의 5시간 걸리던 운행시간이 90분으로 단축된다": 5시간 is the time now, 90분 the target
    body = (
        "가상 고속철은 2027년 완공될 예정이며 개통되면 기존의 5시간 걸리던 운행시간이 90분으로 대폭 단축된다."
    )
    assert news(body) == {"90분": ("target", 2027, "=")}


def test_a_government_an_analyst_quotes_as_its_topic_is_who_plans():
    # "…연구원은 "중국 정부는 … 건설하는 데 … 투자할 계획"이라며": the quote's topic is the government
    body = (
        '이 증권사 김가상 연구원은 "중국 정부는 2030년까지 전국에 2만3000km 철도 노선을 건설하는 데 '
        '2조8000억위안 이상을 투자할 계획"이라며 관련 종목을 추천했다.'
    )
    records = news(body)
    assert records["2만3000km"][:2] == ("target", 2030) and records["2조8000억위안"][0] == "funding"
    # a company the quote is about plans for itself
    assert (
        news(
            '이 증권사 김가상 연구원은 "가상전자는 2030년까지 공장 3곳을 건설할 계획"이라며 종목을 추천했다.'
        )
        == {}
    )


def test_a_verb_noun_an_amount_follows_names_an_item_and_governs_nothing():
    # "임대주택 330억위안, 광산판자촌 개조 35억위안, … 등에 … 투자됐다": 개조 names the next item; the
    # list's own predicate is the past 투자됐다
    body = "서민 주택건설은 임대주택 330억위안, 광산판자촌 개조 35억위안, 국유삼림지구 개조 43억위안 등에 408억위안이 투자됐다."
    assert news(body) == {}
    # a verb noun before a year still governs the count before it
    assert news("가상성은 로봇 기업 50개 육성 2027년까지 완료한다.")["50개"][:2] == ("target", 2027)


def test_a_name_quoted_between_a_backtick_and_an_apostrophe_is_a_name():
    # older typesetting opens a quote with ` and closes it with ': "`4개 기지, 1개 구'"
    assert news("국무원은 가상 지역을 `4개 기지, 1개 구' 로 건설하기로 했다.") == {}


def test_last_years_target_told_as_it_was_is_no_target():
    # "지난해 목표치는 '7% 안팎'이었다": what was aimed at last year, beside this year's
    body = "가상국이 5일 올해 경제성장률을 6.5~7%로 잡았다. 지난해 목표치는 '7% 안팎'이었다."
    assert list(news(body)) == ["6.5~7%"]
    assert news("가상국의 올해 목표치는 '7% 안팎'이다.")["7%"][:2] == ("target", 2025)


def test_macau_patacas_paid_out_are_funding_and_their_hong_kong_dollars_a_conversion():
    # "영주권자에게는 10,000 파타카(9,708홍콩달러)를 … 지급한다"
    body = "가상 특구는 올해에도 현금 지급을 계속한다. 영주권자에게는 10,000 파타카(9,708홍콩달러)를, 비영주권자에게는 6,000 파타카를 지급한다."
    assert news(body) == {"10,000 파타카": ("funding", None, "="), "6,000 파타카": ("funding", None, "=")}


def test_money_restated_is_one_record_whichever_verb_pledges_it():
    # "자녀 1명당 1년에 3600위안의 보조금을 지급" (funding) restated below as "1인당 매년 3600위안을 …
    # 받을 수 있다" (what a family receives): one pledge, one record
    body = (
        "가상국 정부가 자녀 1명당 1년에 3600위안의 육아보조금을 지급하기로 했다.\n"
        "이에 따라 유아 1인당 매년 3600위안을 만 3세까지 받을 수 있다."
    )
    assert [(r.line, r.value_text) for r in records_of(body)] == [(3, "3600위안")]


def test_the_span_of_an_average_carries_no_deadline_to_the_next_sentence():
    # "올해부터 2030년까지 향후 5년간의 … 평균 목표치는 6.5% 이상": the span is the average's own; the
    # deficit target of the next sentence is not due in 2030
    body = (
        "올해부터 2030년까지 향후 5년간의 경제성장 평균 목표치는 6.5% 이상으로 제시했다. "
        "재정적자 목표치는 GDP 대비 3%로 올렸다."
    )
    records = news(body)
    assert records["6.5%"][:2] == ("target", 2030) and records["3%"][1] != 2030


def test_a_meeting_cited_as_the_source_reports_its_resolution():
    # "회의에 따르면, … 구매세를 기존의 10%에서 5%로 인하한다": a meeting's decision, no one's outlook;
    # a report cited as the source still forecasts
    body = (
        "회의에 따르면, 소비를 늘리기 위해 올해 3월부터 12월까지 소형차 구매세를 기존의 8%에서 4%로 인하한다."
    )
    assert news(body)["4%"] == ("target", 2025, "=")
    assert news("보고서에 따르면, 올해 소형차 가격을 8% 인하한다.") == {}


def test_an_academician_speaking_is_a_person_not_a_company():
    # "첸 원사는 2020년까지 … 16개를 증설할 방침": 원사 (院士) ends like 회사 but names a person; and the
    # existing count "기존 3개 외에" is what the plan adds to, not a target
    body = "장 원사는 2030년까지 가상시의 도시철도 노선을 기존 5개 외에 12개를 신설할 방침이라고 말했다."
    assert news(body) == {"12개": ("target", 2030, "=")}
    assert news("가상 중공업 회사는 2030년까지 공장을 12개 신설할 방침이라고 말했다.") == {}
    # (new ones besides which more are built are targets too)
    records = news("가상시는 2030년까지 신규 노선 10개 외에 환승역 20개를 건설할 계획이다.")
    assert set(records) == {"10개", "20개"}


def test_the_level_now_describing_the_subject_is_the_base_of_the_level_after_it():
    # "현재 561km 길이의 지하철 길이가 약 660km까지 더 늘어날 것": 현재 dates the first length, not the second
    body = "가상시 관계자는 새 노선 계획에 따라 현재 320km 길이의 지하철 총연장이 약 450km까지 늘어날 것이라고 말했다."
    assert news(body) == {"320km": ("actual", None, "="), "450km": ("target", None, "~")}
    body = "가상시는 현재 30%의 보급률이 2030년 50%로 높아지도록 할 계획이다."
    assert news(body) == {"30%": ("actual", None, "="), "50%": ("target", 2030, "=")}


def test_a_governments_document_cited_as_the_source_is_the_governments_word():
    # "중국 정부 보고 문서에 따르면 2016년 철도 구축에 1,230억 달러를 투자한다": the body whose document it
    # is names the source; a research institute's report stays an outlook
    body = "가상국 정부 보고 문서에 따르면 올해 고속도로 건설에 800억 달러를 투자한다."
    assert news(body) == {"800억 달러": ("funding", 2025, "=")}
    assert news("가상 연구원 보고서에 따르면 올해 고속도로 건설에 800억 달러를 투자한다.") == {}


def test_a_public_body_acting_after_a_time_word_makes_the_attributed_sentence_its_plan():
    # "그의 소개에 따르면 올해 중국은 도시 등록실업률을 4.6%이내로 통제할 것이며": 올해 opens the clause
    # before the body that acts
    body = "그의 소개에 따르면 올해 중국은 도시 실업률을 5.5% 이내로 통제할 것이다."
    assert news(body) == {"5.5%": ("target", 2025, "<=")}
    body = "그의 소개에 따르면 내년 허난성 정부는 도시 실업률을 5.5% 이내로 통제할 것이다."
    assert news(body) == {"5.5%": ("target", 2026, "<=")}
    assert news("그의 소개에 따르면 올해 가상 그룹은 매출을 20% 늘릴 것이다.") == {}


def test_boilers_converted_by_their_steam_capacity_are_a_target_but_a_size_limit_is_not():
    # "1600스팀톤의 석탄 보일러 개조": the capacity converted; "10증기톤 이하 석탄 보일러": the boilers a
    # size names, as "30만톤 이하 탄광"
    assert news("가상시는 올해 2000스팀톤의 석탄 보일러를 가스 보일러로 개조한다.") == {
        "2000스팀톤": ("target", 2025, "=")
    }
    assert news("가상시는 10증기톤 이하 석탄 보일러를 올해 모두 퇴출한다.") == {}


def test_a_ratio_set_up_at_a_level_is_allotted():
    # "당산시는 감산 비율을 31.55%로 세웠다": 세우다 after 으로 sets the level, as 정하다 and 잡다 do
    assert news("가상시는 올해 겨울철 감산 비율을 35%로 세웠다.") == {"35%": ("target", 2025, "=")}
    assert news("가상시는 작년 감산 비율이 35%였다. 올해 새 공장을 세웠다.") == {}


def test_a_multiple_of_a_yardstick_or_describing_a_thing_is_no_target():
    # "경부고속도로 길이의 약 1667배에 달하는 교통망": the reporter's yardstick; "일반 컴퓨터보다 연산속도가
    # 2.4만배 빠른 … 양자컴퓨터": what a thing is like
    assert (
        news("가상국 정부는 2035년까지 경부고속도로 길이의 약 900배에 달하는 교통망을 구축키로 했다.") == {}
    )
    assert news("가상시는 2030년까지 여의도 면적의 20배에 이르는 신도시를 조성한다.") == {}
    assert (
        news("올해 5월에는 일반 컴퓨터보다 속도가 3만배 빠른 양자컴퓨터 개발에 성공하여 입지를 굳혔다.") == {}
    )
    # … but a thing still to make, as fast as a goal says, is the goal
    body = "가상대 교수는 “우리의 목표는 2030년까지 기존 컴퓨터보다 연산 능력이 10만 배 이상 빠른 양자 컴퓨터를 개발하는 것”이라고 말했다."
    assert news(body) == {"10만 배": ("target", 2030, ">=")}
    # a multiple of the level now stays the target; so does one an adverb makes a change
    assert news("가상시는 2030년까지 연구개발 투자를 현재의 3배로 늘릴 계획이다.") == {
        "3배": ("target", 2030, "=")
    }
    assert news("가상시는 2030년까지 처리 속도를 기존보다 10배 빠르게 높인다.")["10배"][:2] == (
        "target",
        2030,
    )


def test_one_outlook_word_closing_a_list_of_effects_in_nouns_governs_every_item():
    # "- GDP 5조7000억 위안 증가, 일자리 390만 개 창출 전망 -": 증가 is a noun of the list, not a verb
    assert news("- 생산액 3조 위안 증가, 일자리 200만 개 창출 전망 -") == {}
    assert set(news("- 연구비 10억 위안 지원, 인재 100명 양성 계획 -")) == {"10억 위안", "100명"}


def test_a_count_of_firms_that_refers_back_is_who_acts():
    # "공업정보화부는 3사가 앞으로 3년간 … 투자하는 금액이": the three operators named before, as subject
    body = (
        "가상전신·가상이동·가상통신은 사업권을 받았다. "
        "공업정보화부는 3사가 앞으로 3년간 네트워크 구축에 투자하는 금액이 2000억위안이라고 밝혔다."
    )
    assert "3사" not in news(body)
    # firms a noun names are the target's count
    assert news("가상시는 2030년까지 선도 기업 80사를 육성한다.") == {"80사": ("target", 2030, "=")}


def test_what_works_yield_once_done_as_expected_is_an_outlook():
    # "석유정제 프로젝트들은 대부분 2009-10년 완료되면 … 4억9555만톤으로 … 12.7% 확대되고, 2015년 … 달할
    # 것으로 예상된다": the condition and the closing expectation govern every clause
    body = (
        "가상 프로젝트들이 내년에 완료되면 가상성의 정제능력은 2027년 말 3억톤으로 10% 확대되고, "
        "2030년에는 4억톤에 달할 것으로 예상된다."
    )
    assert news(body, "가상성 정제능력 대폭 확대") == {}
    # a plan that builds once a plant is finished stays a plan
    body = "가상성은 신규 공장이 완공되면 2030년까지 생산능력을 3억톤으로 확대할 계획이다."
    assert news(body, "가상성 정제능력 대폭 확대") == {"3억톤": ("target", 2030, "=")}


def test_the_plain_present_of_lowering_verbs_plans():
    # "…를 5%로 낮춘다", "…를 50%로 줄인다": the ㄴ of the present fuses with 낮추/줄이, as with 늘린다
    assert news("가상시는 올해 석탄 비중을 50%로 줄인다.") == {"50%": ("target", 2025, "=")}
    assert news("가상시는 올해 실업률을 5%로 낮춘다.") == {"5%": ("target", 2025, "=")}
    assert news("가상시는 올해 석탄 소비를 10% 줄인다.") == {"10%": ("target", 2025, "=")}
    # a cut last year is a fact
    assert news("가상시는 지난해 석탄 소비를 10% 줄인 데 이어 새 공장을 짓는다.") == {}


def test_a_size_limit_of_vehicles_is_a_class():
    # "3t이하 소형 화물차 중 순수전기차 비중을 50% 이상으로": the trucks a weight names, no target
    body = "가상시는 2030년까지 5t이하 소형 화물차 중 전기차 비중을 60% 이상으로 늘린다."
    assert news(body) == {"60%": ("target", 2030, ">=")}


def test_the_outcome_of_a_decision_just_reported_is_the_plans_figure():
    # "…을 모두 전기차로 교체하기로 했다. 이에 따라 … 약 60만 대에 달하는 전기차가 새로 보급될 것으로
    # 보인다": what the decision comes to, no one's outlook
    headline = "가상국 공공차량 전기차로 교체"
    body = (
        "가상국이 주요 도시의 공공부문 차량을 모두 전기차로 교체하기로 했다. "
        "이에 따라 이들 지역에만 약 40만 대에 달하는 전기차가 새로 보급될 것으로 보인다."
    )
    assert news(body, headline) == {"40만 대": ("target", None, "~")}
    # a company's decision, or what experts make of a public one, stays an outlook
    body = "가상 자동차 회사는 공장을 전기차 공장으로 바꾸기로 했다. 이에 따라 약 40만 대의 전기차가 생산될 것으로 보인다."
    assert news(body, headline) == {}
    body = (
        "가상국이 공공부문 차량을 모두 전기차로 교체하기로 했다. "
        "이에 따라 전기차 시장은 약 500억 위안 규모로 커질 것으로 전문가들은 보고 있다."
    )
    assert news(body, headline) == {}


def test_a_file_that_glosses_one_won_amount_as_renminbi_writes_the_yuan_as_won():
    # "그는 국가내수에 추가한 인민폐로 4조원 투자중 2100억원을 환경보호에 이용하게 된다": the 2100억원 is
    # yuan as the 4조원 is, though the file names the renminbi
    records = records_of("가상국은 인민폐로 3조원 투자중 1500억원을 환경보호에 이용하게 된다.")
    assert {r.value_text: r.unit for r in records} == {"3조원": "CNY", "1500억원": "CNY"}
    # a file that converts yuan into won keeps its bare 원 as won
    records = records_of("가상국은 올해 500억 위안(약 9조원)을 투자한다. 나머지 2000억원은 도로에 투자한다.")
    assert {r.value_text: r.unit for r in records} == {"500억 위안": "CNY"}


def test_a_deed_the_plan_follows_on_is_a_fact():
    # "…각각 2t의 인삼 종자를 투하한 데 이어 내년에도 2t을 추가로 파종해 … 늘릴 계획이다": what was done,
    # then the plan; 데 이어 after any past adnominal (뿌린, 완공한)
    records = records_of(
        "가상성은 지난해와 올해 각각 3t의 종자를 뿌린 데 이어 내년에도 3t을 추가로 파종할 계획이다."
    )
    assert [(r.value_text, r.kind, r.target_year) for r in records] == [
        ("3t", "actual", None),
        ("3t", "target", 2026),
    ]
    records = records_of("가상성은 올해 공장 5곳을 완공한 데 이어 2030년까지 10곳을 더 짓는다.")
    assert [(r.value_text, r.kind, r.target_year) for r in records] == [
        ("5곳", "actual", None),
        ("10곳", "target", 2030),
    ]


def test_a_goal_once_set_and_by_how_much_it_was_beaten_are_no_targets():
    # "1100만 명을 목표로 잡았던 도시신규고용은 250만명 초과 달성한 것을 근거로 올해 6.5% 전후의 성장을
    # 지속하겠다": last year's goal and its overshoot; this year's growth is the target
    body = (
        "총리는 지난해 500만 명을 목표로 잡았던 신규고용은 100만명 초과 달성한 것을 근거로 "
        "올해 5% 전후의 성장을 지속하겠다고 발표했다."
    )
    assert news(body) == {"5%": ("target", 2025, "~")}
    assert news("가상시는 2030년까지 100만 명을 달성한다.") == {"100만 명": ("target", 2030, "=")}


def test_a_group_of_countries_by_its_acronym_counts_no_target():
    # "주요 7개국(G7)과 경제협력개발기구(OECD) 회원국의 정부 수반은 …": the group's name (and 개발 is the
    # organisation's)
    assert news("주요 20개국(G20)과 경제협력개발기구(OECD) 회원국의 정상은 대부분 참석하지 않았다.") == {}


def test_the_effect_a_measure_is_expected_to_have_is_no_target():
    # "390만개 일자리 창출 효과..환경보호산업에 '잔칫상'": the effect expected; 효과적 is only "effective"
    assert news("390만개 일자리 창출 효과..환경산업에 '잔칫상'") == {}
    body = "가상시는 2030년까지 50억 위안을 투자해 일자리 10만개를 창출하는 효과적인 정책을 편다."
    assert set(news(body)) == {"50억 위안", "10만개"}


def test_the_province_a_paper_comes_out_in_is_not_the_plans_place():
    # "쓰촨(四川)성에서 발행되는 화시도시보(华西都市报)는 … 민항국 발표를 인용": 발행되는 is no subject's 는
    body = (
        "쓰촨(四川)성에서 발행되는 가상도시보(假想都市报)는 25일 중국 민항국 발표를 인용해 공항 투자를 늘린다고 보도했다.\n"
        "민항국 발표에 따르면 향후 5년간 중국 전역에 40개 공항을 새로 짓는다."
    )
    assert [(r.value_text, r.region) for r in records_of(body)] == [("40개", "National")]
    body = "쓰촨(四川)성은 25일 공항 투자를 늘린다고 밝혔다.\n향후 5년간 공항 40개를 새로 짓는다."
    assert [(r.value_text, r.region) for r in records_of(body)] == [("40개", "Sichuan")]


def test_chinese_papers_by_their_kind_name_who_reports():
    # 都市报 도시보, 晚报 만보, 商报 상보: "청두 상업만보는 … 보도했다" names the paper, not Chengdu's plan
    body = "청두 상업만보는 25일 민항국이 향후 5년간 공항 40개를 새로 짓는다고 보도했다."
    assert [(r.value_text, r.region) for r in records_of(body)] == [("40개", "National")]
    body = "청두 가상도시보는 25일 민항국 발표를 인용해 공항 투자를 늘린다고 보도했다.\n향후 5년간 공항 40개를 새로 짓는다."
    assert [(r.value_text, r.region) for r in records_of(body)] == [("40개", "National")]


def test_won_named_as_won_in_brackets_stays_a_conversion_where_the_file_writes_yuan_as_won():
    # "인민폐 13조원(한화.약 1천3백조원)의 자금": the bracket converts into won, whatever the file's 원
    records = records_of("가상국은 2030년까지 인민폐 10조원(한화.약 1천8백조원)을 서부 지역에 투입한다.")
    assert [(r.value_text, r.unit) for r in records] == [("10조원", "CNY")]


def test_the_effect_a_planned_figure_is_of_stays_the_plans():
    # "1,530억불의 항공산업 활성화 유발효과를 낼 수 있는 500개 이상의 … 공항을 건설한다"
    body = "중국이 2030년까지 500억불의 항공산업 활성화 유발효과를 낼 수 있는 300개 이상의 크고 작은 공항을 건설한다."
    assert news(body, "중국 공항 건설")["500억불"] == ("target", 2030, "=")


def test_a_change_whose_clause_is_set_as_the_years_goal_is_a_target():
    # "PM10 농도를 전년대비 14% 이상 낮추는 것을 올해 대기 질량 개선 목표치로 책정했다": 전년대비 is the
    # change's base, not a fact reported
    body = "보도에 따르면 가상시는 PM10 농도를 전년대비 10% 이상 낮추는 것을 올해 대기 질량 개선 목표치로 책정했다."
    assert news(body)["10%"] == ("target", 2025, ">=")


def test_a_deadline_carried_by_an_anaphora_dates_no_fact_reported_since():
    # "…오는 연말까지 … 5%로 낮췄다. 이에 따라 지난 1월 … 시장점유율은 … 27.9%를 기록했고": the share
    # reached is no target of the year-end deadline
    body = (
        "지난 1월 가상국 정부는 오는 연말까지 소형차 구입세를 10%에서 5%로 낮췄다. "
        "이에 따라 지난 1월 소형차의 시장점유율은 전년 대비 3.6%포인트 늘어난 27.9%를 기록했다."
    )
    records = news(body)
    assert records["5%"] == ("target", 2025, "=") and records["27.9%"][0] == "actual"
    assert "3.6%포인트" not in records
    # what the plan brings about carries its deadline
    body = "가상성은 2027년까지 목표를 제시했다. 이를 통해 산업 규모 240억 위안을 창출한다."
    assert news(body) == {"240억 위안": ("target", 2027, "=")}


def test_the_level_a_budget_grows_from_is_no_level_allotted_even_with_a_conversion_after_each():
    # "예산은 기존 10억 위안(약 1800억 원)에서 50억 위안(약 9000억 원)으로 대폭 늘어난다"
    body = "예산은 기존 10억 위안(약 1800억 원)에서 50억 위안(약 9000억 원)으로 대폭 늘어난다."
    assert news(body) == {"10억 위안": ("actual", None, "="), "50억 위안": ("target", 2025, "=")}


def test_a_count_reported_as_reached_already_is_no_target_of_the_works_deadline():
    # "오는 2009년까지 15억달러를 투자해 조성하는 … 단지에는 이미 … 50여개사가 입주했다"
    body = "2030년까지 100억 위안을 투자해 조성하는 가상 단지에는 이미 50여개사가 입주했다."
    assert news(body) == {"100억 위안": ("funding", 2030, "=")}
    assert news("가상시는 2030년까지 이미 조성된 단지에 기업 50개를 유치한다.") == {
        "50개": ("target", 2030, "=")
    }


def test_the_level_now_a_years_size_names_is_the_base_of_a_subjects_change():
    # "현재 한해 근 7억명 규모인 해외 관광객이 2020년에는 약 15억명으로 늘어날 것"
    body = "현재 한해 근 7억명 규모인 해외 관광객이 2030년에는 약 15억명으로 늘어날 것이다."
    assert news(body)["7억명"][0] == "actual"


def test_this_years_base_of_a_change_leaves_the_level_to_next_years_word():
    # "내년 평균 수입 관세율이 올해 10.4%에서 9.9%로 하향조정된다": 올해 dates the base, 내년 the level;
    # 하향조정 run together is the verb
    body = "가상국의 내년 평균 관세율이 올해 10%에서 9%로 하향조정된다."
    assert news(body) == {"10%": ("actual", None, "="), "9%": ("target", 2026, "=")}
    # with no later year, this year's change is this year's
    assert news("가상국은 올해 보급률을 10%에서 15%로 높인다.")["15%"] == ("target", 2025, "=")


def test_a_level_a_measure_comes_down_to_and_what_works_are_designed_to_look_forward():
    # "평균 수입관세율이 기존의 9.8%에서 7.5%로 낮아지고", "노선은 총길이 436.5㎞로 … 설계되며"
    body = "가상국의 평균 수입관세율이 기존의 9.8%에서 7.5%로 낮아지고, 기업 부담은 줄어든다."
    assert news(body) == {"9.8%": ("actual", None, "="), "7.5%": ("target", None, "=")}
    body = "가상 고속철 노선은 총길이 300㎞로 설계되며 건설사업에 모두 500억 위안이 소요된다."
    assert news(body)["300㎞"] == ("target", None, "=")
    # the same verbs in the past report facts
    assert news("가상 교량은 지난해 길이 500㎞로 설계됐다.") == {}
    assert news("가상국의 실업률은 지난해 5%로 낮아졌다.") == {}


def test_what_follows_if_works_go_as_planned_told_as_expected_is_an_outlook():
    # "공사가 순조롭게 진행될 경우 … 점유율이 현재의 5%에서 10%로 높아질 것이라고 이 신문은 말했다"
    body = "공사가 순조롭게 진행될 경우 가상국의 시장 점유율이 현재의 5%에서 10%로 높아질 것이라고 이 신문은 말했다."
    assert news(body) == {}
    body = "가상성은 공사가 순조롭게 진행될 경우 2030년까지 공장 10곳을 짓는다고 밝혔다."
    assert news(body) == {"10곳": ("target", 2030, "=")}
    # the head of the works saying what they will do once done states their goal, not the press's outlook
    body = "이곳의 가상 소장은 이 사업이 완공되면 5만여명의 엔지니어를 고용해 연간 100억위안의 매출을 올릴 수 있을 것이라고 말했다."
    assert set(news(body)) == {"5만여명", "100억위안"}


def test_a_target_revised_to_a_level_in_one_word_is_allotted_whatever_follows():
    # "…철강생산목표를 1억2천만톤으로 상향조정,철강 대국화정책에 박차를 가하고 있다"
    body = "가상부는 2030년의 생산목표를 1억톤으로 상향조정,정책에 박차를 가하고 있다."
    assert news(body) == {"1억톤": ("target", 2030, "=")}


def test_a_public_body_acting_in_the_clause_a_report_relays_makes_it_the_bodys_plan():
    # "연합뉴스에 따르면 관영 중앙(CC)TV는 17일 우한시 정부는 … ‘우한 바우처’ 5억 위안어치를 발행한다고
    # 보도했다": the city government is who issues, whoever relays it
    body = "연합뉴스에 따르면 관영 가상TV는 17일 우한시 정부는 오는 19일부터 소비 쿠폰 3억 위안어치를 발행한다고 보도했다."
    assert news(body) == {"3억 위안": ("target", 2025, "=")}
    assert news("업계에 따르면 가상 그룹은 내년 매출이 3억 위안에 달할 것이라고 보도했다.") == {}
    # the present's ㄴ fused with the stem ("늘린다고") tells the act too; a forecaster's source does not
    body = "연합뉴스에 따르면 관영 가상TV는 17일 가상시 정부는 보조금을 3억 위안으로 늘린다고 보도했다."
    assert news(body) == {"3억 위안": ("target", None, "=")}
    assert news("분석가들의 예측에 의하면, 2030년 전에 중국은 입학 비율이 90% 이상 도달한다고 한다.") == {}


def test_our_country_in_a_chinese_officials_mouth_is_china():
    # "중국 주택 도시농촌건설부 륙극화 부부장이 9일 북경에서 3년내 우리나라는 8백65억원을 들여 …"
    body = "중국 주택건설부 가상 부부장이 9일 북경에서 3년내 우리나라는 500억원을 들여 16개 시범도시를 건설하게 된다고 소개하였다."
    assert news(body)["500억원"][0] == "target"
    # in a Korean writer's own sentence 우리나라 is Korea
    assert news("중국이 2030년까지 투자를 늘리자 우리나라는 2030년까지 100억원을 투입하기로 했다.") == {}


def test_what_one_can_receive_is_told_in_the_present():
    # "…판매가의 20%에 해당하는 보조금을 지원받을 수 있다": 있다 ends on ㅆ but is no past
    assert news("소비자는 대당 2000위안의 보조금을 지원받을 수 있다.") == {"2000위안": ("funding", None, "=")}
    body = "소비자가 1등급 제품을 구매하는 경우, 판매가의 20%에 해당하는 보조금을 지원받을 수 있다."
    assert news(body) == {"20%": ("funding", None, "=")}
    # a state a deed left ("진출해 있다") is still a fact
    assert news("가상시에는 한국기업 약 600여 사가 진출해 있다.") == {}


def test_a_part_set_aside_by_allotting_is_a_target_not_a_share_of_a_pool():
    # "자동차 번호판 10만대 중 2만대는 특별히 전기자동차를 위해 할당함으로써"
    body = "가상시는 내년 자동차 번호판 10만대 중 2만대는 특별히 전기자동차를 위해 할당하기로 했다."
    assert news(body)["2만대"] == ("target", 2026, "=")
    assert news("가상시의 자동차 10만대 중 2만대는 전기차다.") == {}


def test_a_figure_after_the_year_named_is_not_due_by_it():
    # "원자력 발전량을 2020년 5800kW까지 늘리고 이후 3000만kW를 확대해": 이후 moves past 2020
    body = "가상국은 원전 용량을 2030년 50GW까지 늘리고 이후 30GW를 더 확대할 계획이다."
    assert news(body) == {"50GW": ("target", 2030, "="), "30GW": ("target", None, "=")}
    assert news("가상국은 2030년 이후 원전 30GW를 더 짓는다.") == {"30GW": ("target", None, "=")}


def test_the_formal_style_of_broadcast_news_tells_the_past():
    # "…주택 355만 가구와 학교 3,000여 곳을 새로 짓는 등 복구계획 95%를 달성했다고 밝혔습니다"
    body = "가상성 당국은 지금까지 주택 120만 가구를 새로 짓는 등 재건계획 80%를 달성했다고 밝혔습니다."
    assert news(body) == {}
    assert news("가상시는 작년에 공장 120개를 지었습니다.") == {}
    # the same style of a plan is still a plan
    assert news("가상시는 내년까지 공장 120개를 짓기로 했습니다.") == {"120개": ("target", 2026, "=")}


def test_a_deed_listed_with_neun_deung_takes_the_tense_of_the_predicate_after_the_list():
    assert news("가상시는 학교 30곳을 새로 짓는 등 교육 투자를 크게 늘렸다.") == {}
    # a plan after the list keeps the deed ahead
    body = "가상시는 학교 30곳을 새로 짓는 등 교육 투자를 크게 늘릴 계획이다."
    assert news(body) == {"30곳": ("target", None, "=")}


def test_the_share_of_a_plan_done_named_in_one_compound():
    # "복구계획 95%를 달성했다": how much of the plan was done, no target
    assert news("가상성은 재건계획 80%를 달성했다.") == {}
    # … so the plan word does not set the deeds before it ahead
    assert news("가상성은 주택 12만 가구를 새로 짓고 재건계획 80%를 달성했다.") == {}
    assert news("가상성은 재건계획 80%를 달성할 계획이다.") == {"80%": ("target", None, "=")}


def test_a_state_held_now_before_a_contrast_is_no_target():
    # "중국은 철광석 수요의 50% 이상을 수입에 의존하고 있지만, … 의존도 등을 낮출 계획이다": the
    # progressive "-고 있" is one predicate with the contrast after it, not a link to the plan
    body = "가상국은 철광석 수요의 50% 이상을 수입에 의존하고 있지만, 정부는 의존도를 낮출 계획이다."
    assert news(body) == {}
    body = "가상국은 수입 의존도가 50%에 이르고 있으나 2030년까지 이를 30%로 낮출 계획이다."
    records = news(body)
    assert records["30%"] == ("target", 2030, "=") and records["50%"][0] == "actual"


def test_the_members_of_a_delegation_are_who_travels():
    # "…을 단장으로 한 … 투자유치사절단 40명이 오는 29일부터 3일간 우리나라를 방문할 계획"
    body = "가상시 부시장을 단장으로 한 투자유치사절단 40명이 오는 29일부터 한국을 방문할 계획이다."
    assert news(body) == {}
    assert news("가상시는 2030년까지 해외 인재 500명을 유치할 계획이다.") == {"500명": ("target", 2030, "=")}


def test_a_share_of_an_amount_equal_to_the_amount_after_it():
    # "투자금액의 70%인 350억위안이 … 사용될 계획": the share says what part the 350억 is
    body = "가상시는 2030년까지 500억 위안을 투자하고 투자금액의 70%인 350억 위안을 남부에 쓸 계획이다."
    assert set(news(body)) == {"500억 위안", "350억 위안"}
    # a share of a measure is the target itself
    body = "가상국은 2030년까지 R&D 투자를 GDP의 2.5%인 9000억 위안으로 늘린다."
    assert set(news(body)) == {"2.5%", "9000억 위안"}


def test_what_was_made_already_and_the_size_of_each_unit_are_no_targets():
    # "풍력발전기지에 설치된 80대의 5메가와트 풍력발전 유닛은 …을 공급할 수 있다"
    body = "가상 풍력기지에 설치된 80대의 5메가와트 풍력발전 유닛은 가정에 전력을 공급할 수 있다."
    assert news(body) == {}
    # units to be made are counted; each one's size is no total
    body = "가상시는 2030년까지 10기의 100만kW 원전을 짓는다."
    assert news(body) == {"10기": ("target", 2030, "=")}


def test_a_change_that_triggers_a_measure_is_a_condition():
    # "모돈 수가 전월 대비 5% 감소하면 즉시 재입식하고"
    body = "가상성은 농가의 모돈 수가 전월 대비 5% 감소하면 즉시 재입식하도록 할 계획이다."
    assert news(body) == {}
    assert news("가상성은 2030년까지 모돈 수를 5% 감소시킬 계획이다.") == {"5%": ("target", 2030, "=")}


def test_an_amount_that_sizes_the_projects_named_after_it_is_a_threshold():
    # "50억 위안(약 9,227억 원) 이상 규모의 중대형 사업과 … 66개 대형 투자 사업을 진행"
    body = "가상성은 50억 위안(약 9,227억 원) 이상 규모의 중대형 사업과 △ 에너지 △ 교통 등 66개 사업을 추진할 예정이다."
    assert news(body) == {"66개": ("target", None, "=")}
    # the size of a fund to set up is its own
    assert news("가상시는 2030년까지 100억 위안 이상 규모의 펀드를 조성한다.") == {
        "100억 위안": ("target", 2030, ">=")
    }


def test_an_expectation_joined_to_the_next_clause_is_a_forecast():
    # "…240만 대에 달할 것으로 보이고, 내년 초에는 … 정책이 출범할 것으로 예상된다": the
    # association's expectation, whatever verb the next clause has
    body = (
        "- 전국자동차판매협회 비서장은 “부품 공급난이 해소됐다. 올해 전기차 판매량은 300만 대에 달할 "
        "것으로 보이고, 하반기에는 구매를 촉진하는 정책이 추가로 나올 것으로 예상된다”라고 밝힘."
    )
    assert news(body) == {}
    body = "올해 가상시의 충전소 수는 500곳에 이를 것으로 보이며 연말에는 추가 대책이 나올 예정이다."
    assert news(body, headline="가상시 충전 시장 동향") == {}
    # the plan of a government stays its own
    assert news("가상시는 올해 충전소를 500곳 건설하고, 연말에는 추가 대책을 내놓을 계획이다.") == {
        "500곳": ("target", 2025, "=")
    }


def test_a_company_named_after_its_city_is_a_company():
    # "…목록에 오른 항저우 지하이(积海)반도체유한회사는 월 2만 개 웨이퍼를 생산할 수 있는 … 공장을 짓는다"
    body = (
        "쑤저우시 중점 사업 목록에 오른 쑤저우 신성(新星)반도체유한회사는 월 3만 개 웨이퍼를 생산하는 공장을 짓는다. "
        "총 200억 위안이 투자된다."
    )
    assert news(body) == {}
    # the city itself building stays the city's plan
    assert news("가상시는 올해 월 3만 개 웨이퍼를 생산하는 공장을 짓는다.") == {
        "3만 개": ("target", 2025, "=")
    }


def test_last_year_as_the_measure_of_a_rise_is_no_date():
    # "국방예산은 지난해와 같이 7.2% 증강하겠다고 밝혔다": the same rise as last year's, due this year
    body = (
        "가상국이 올해 성장률 목표치를 5% 안팎으로 설정하며 경제 안정을 최우선 과제로 삼겠다고 발표했다. "
        "교육예산은 지난해와 같이 6.5% 늘리겠다고 밝혔다."
    )
    assert news(body, headline="가상국 업무보고 발표")["6.5%"][:2] == ("target", 2025)
    assert news("교육예산은 작년처럼 6.5% 늘리겠다고 밝혔다.", headline="가상국 업무보고 발표")["6.5%"][
        :2
    ] == (
        "target",
        2025,
    )


def test_a_citys_official_speaks_for_the_city():
    # "항저우시 관계자는 "…"면서 "… 임대비용의 50%를 보조금으로 지급한다"고 소개했다"
    body = (
        '쑤저우시 관계자는 "전기차 판매에 보조금을 지급한다"면서 "전기차 임대자에게는 임대비용의 40%를 '
        '보조금으로 지급한다"고 소개했다.'
    )
    assert news(body, headline="쑤저우, 전기차 보급 시범 시작")["40%"][0] == "funding"
    # an analyst's words stay a forecast
    body = '가상증권 애널리스트는 "전기차 판매에 보조금이 늘어난다"면서 "임대 수요가 40% 늘어난다"고 말했다.'
    assert news(body, headline="쑤저우, 전기차 보급 시범 시작") == {}


def test_a_plan_titled_gihoek_with_its_period_is_cited():
    # "“경진풍사원정리2기공사기획(2013-2022년)에 의하면 … 877.92억원에 달할것이라고 한다": 规划 as 기획
    body = "“가상강정비3기공사기획(2024-2033년)에 의하면 10년간 이 공사에 투입하는 자금은 500억원에 달할것이라고 한다."
    assert news(body, headline="가상성, 강 정비 공사 시작")["500억원"][:2] == ("target", 2033)
    # a feature series' 기획 cites no plan: its outlook stays a forecast
    body = "가상일보 기획에 의하면 2030년 이 지역 관광객은 500만 명에 달할 전망이다."
    assert news(body, headline="가상성, 강 정비 공사 시작") == {}


def test_a_level_told_in_the_present_then_proposed_is_the_plans():
    # "…도시인구당 주택건축면적이 25평방미터에 도달한다고 명확히 제기했다" after the period's earlier deeds
    body = (
        "2005년 가상성 주택면적은 20평방미터였다. '15.5'기간 가상성에서는 개조 사업을 강화했다. "
        "가상성은 '15.5'기간에 노후주택구역을 전부 개조하여 도시인구당 주택건축면적이 30평방미터에 "
        "도달한다고 명확히 제기했다."
    )
    records = news(body, headline="가상성, 노후주택 개조 성과")
    assert records["30평방미터"][:2] == ("target", 2030)
    assert records["20평방미터"][0] == "actual"


def test_fuel_per_distance_is_one_rate():
    # "…평균 연료 소모량을 1㎞ 주행에 0.069ℓ로 낮추고": the distance is the rate's base, no target
    body = "가상국은 2030년까지 승용차 평균 연료 소모량을 1㎞ 주행에 0.04ℓ로 낮춘다."
    (record,) = records_of(body)
    assert (record.value_text, record.unit, record.target_year) == ("0.04ℓ", "l_per_km", 2030)
    (record,) = records_of("가상국은 2030년까지 승용차 평균 연료 소모량을 100킬로미터당 4리터로 낮춘다.")
    assert (record.value, record.unit) == (4, "l_per_100km")
    # an engine's displacement names a class of cars
    assert news("가상국은 내년부터 1.6ℓ 이하 차량의 구매세를 5%로 인하하고 1.6~2.5ℓ 차량세는 유지한다.") == {
        "5%": ("target", 2026, "=")
    }


def test_a_coming_month_dates_its_deadline():
    # "포테비오가 선전시에 오는 8월 11일까지 … 1300대를 보급한다": the issue's year (issued 2025-03-05)
    assert news("가상시는 오는 9월 말까지 충전소 40곳을 완공할 방침이다.") == {"40곳": ("target", 2025, "=")}
    # a coming month before the issue's is next year's
    assert news("가상시는 오는 2월까지 충전소 40곳을 완공할 방침이다.") == {"40곳": ("target", 2026, "=")}


def test_a_span_counted_from_a_year_ends_in_its_last_year():
    # "2006년부터 향후 5년간 … 경제수림대에 매년 660m2당 300위안의 보조금이 지급되고": 2006–2010
    body = "2025년부터 향후 5년간 녹화사업지역에 조성되는 경제림에 매년 1묘당 300위안의 보조금이 지급된다."
    assert news(body) == {"300위안": ("funding", 2029, "=")}
    assert news("가상시는 2026년부터 3년 동안 충전소 900곳을 짓는다.") == {"900곳": ("target", 2028, "=")}


def test_the_means_take_the_deadline_of_the_end_they_serve():
    # "5년 동안에 루계로 7억 2800만원을 투입해 2023년까지 방호림대 113만 5000무를 복구"
    body = "가상성은 5년 동안 누계로 3억 위안을 투입해 2029년까지 방호림 10만무를 복구한다."
    assert news(body) == {"3억 위안": ("funding", 2029, "="), "10만무": ("target", 2029, "=")}
    # a clause joined by -고 keeps its own time: the deadline is the next clause's
    body = "가상성은 올해 3억 위안을 투입하고 2029년까지 방호림 10만무를 복구한다."
    assert news(body)["3억 위안"][1] == 2025


def test_a_five_year_plan_by_ordinal_is_no_span_from_the_issue():
    # "“13.5(13번째 5개년 계획)”말에 이르러 항공산업 규모가 1200억위안에 달할 것": the plan's end
    body = "“15.5(15번째 5개년 계획)”말에 이르러 항공산업 규모가 1200억위안에 달할 것이다."
    assert news(body) == {"1200억위안": ("target", 2030, "=")}


def test_provinces_and_counties_glossed_with_their_rank_are_a_scope():
    # "그 범위는 6개 성(직할시, 자치구)의 128개 현(기, 시, 구)에 포함하고 … 877.92억원에 달할것"
    body = (
        "가상공사기획(2024-2033년)에 의하면 그 범위는 5개 성(직할시, 자치구)의 90개 현(기, 시, 구)에 "
        "포함하고 투입하는 자금의 규모는 300억 위안에 달할것이라고 한다."
    )
    assert news(body) == {"300억 위안": ("target", 2033, "=")}


def test_a_figure_as_the_predicate_closes_its_clause():
    # "작년의 조림면적은 25만무이고 올해 조림총면적은 35만무가 될것이며": last year's figure, then the plan
    records = news(
        "올해 가상시는 녹화를 강화할것이며 작년의 조림면적은 20만무이고 올해 조림총면적은 30만무가 될것이다."
    )
    assert records["20만무"][0] == "actual"
    assert records["30만무"][:2] == ("target", 2025)
    # a verb ending in 이고 is no copula: "배출량을 20% 줄이고 …" keeps its plan
    assert news("가상시는 2030년까지 배출량을 20% 줄이고 녹지를 넓힌다.")["20%"][:2] == ("target", 2030)


def test_who_gathers_at_an_event_is_its_size():
    # "350여개 국내외 헬리콥터 업체가 모이고 50여대 헬리콥터가 현장 전시, 공연에 참여한 제3회 … 박람회가
    # 9월 … 개최될 것으로 확정됐다"
    body = (
        "200여개 국내외 드론 업체가 모이고 30여대 드론이 현장 전시, 공연에 참여한 제2회 가상드론박람회가 "
        "10월 가상시에서 개최된다."
    )
    assert news(body) == {}
    # firms a plan draws in stay its target
    assert news("가상시는 2027년까지 드론 업체 200개를 유치한다.") == {"200개": ("target", 2027, "=")}


def test_what_was_spent_on_a_thing_named_by_its_participle_is_no_target():
    # "총 50억위안(약 9000억원)이 투입된 충칭신항의 안벽은 2220m이며"
    body = "총 30억위안(약 5400억원)이 투입된 가상신항의 안벽은 1500m이며, 8개의 선석을 보유, 연간 1000만t을 처리할 수 있다."
    assert "30억위안" not in news(body, headline="가상신항 부두 개통")
    # the prospective participle is the plan's
    body = "가상시는 총 30억 위안이 투입될 신항을 2027년까지 완공할 계획이다."
    assert news(body)["30억 위안"][1] == 2027


def test_a_price_stated_is_no_commitment():
    # "가격은 21만위안이지만 정부의 전기자동차 구입 보조금 덕에 10만8천위안(…)만 지불하면 구입할 수 있다"
    body = "가상차의 가격은 18만위안이지만 정부의 구입 보조금 덕에 9만위안만 지불하면 살 수 있다."
    assert "18만위안" not in news(body, headline="가상시, 전기차 개인 판매 시작")
    # a price a body sets is its measure
    body = "가상시는 올해 전기차 충전 가격을 kWh당 0.8위안으로 인하한다."
    assert news(body)["0.8위안"][:2] == ("target", 2025)


def test_a_threshold_that_names_the_class_whose_share_is_set():
    # "새로운 아파트를 구입할 때 90㎡ 이하의 소형 아파트 비율이 70%가 되도록 하고"
    body = "가상시는 신규 주택 공급에서 80㎡ 이하의 소형 주택 비율이 60%가 되도록 할 방침이다."
    assert news(body) == {"60%": ("target", None, "=")}


def test_how_many_times_a_deed_was_done_is_no_target():
    # sub-heading "習이 4차례 방문한 '마카오 배후지'"
    body = "中 '가상만구 핵심…'가상 합작구'\n총리가 3차례 방문한  '가상 배후지'\n법인세, 개인소득세 감면에 무관세까지"
    assert "3차례" not in news(body, headline="[가상 Biz] 가상 자본·인재 흡수하는 '가상 합작구'")
    # times still to come stay a plan's
    assert news("가상시는 올해 박람회를 3차례 개최할 계획이다.") == {"3차례": ("target", 2025, "=")}


def test_what_a_deed_done_brought_about_is_past():
    # "“지난 5월 … 총 10차례의 … 순례 활동을 진행한 결과, 8만여 대의 자동차를 판매, …”"
    body = (
        "가상부 대변인은 “지난 4월 가상자동차협회가 기획해 총 12차례의 자동차 농촌 순회 활동을 진행한 "
        "결과, 5만여 대의 자동차를 판매했다”고 밝혔다."
    )
    assert news(body, headline="가상부, 자동차 소비 촉진 조치 발표") == {}
    # a plan built on the result stays a plan
    body = "가상시는 시범사업을 실시한 결과를 토대로 시범단지 50곳을 추가 조성할 계획이다."
    assert news(body) == {"50곳": ("target", None, "=")}


def test_a_deed_explained_by_the_close_is_past():
    # "8월 2개 노선을 개통한 데 이어 2개월 만에 4개 노선이 추가 개통된 것이다"
    body = "가상시는 지난달 지하철 3개 노선을 새로 개통했다. 5월 1개 노선을 개통한 데 이어 3개월 만에 3개 노선이 추가 개통된 것이다."
    assert news(body, headline="가상시, 지하철 3개 노선 개통") == {}
    # what is to be done, explained, stays ahead
    assert news("가상시가 2027년까지 지하철 5개 노선을 추가 개통하게 되는 것이다.") == {
        "5개": ("target", 2027, "=")
    }


def test_districts_named_in_hanzi_are_the_list_a_count_sums_up():
    # "이 중 松江, 嘉定, 临港新城 3개 지역을 주요 발전기지로 삼는다는 계획."
    assert news("이 중 松山, 嘉平, 临海新城 3개 지역을 주요 발전기지로 삼는다는 계획.") == {}


def test_a_second_conversion_in_the_same_bracket_converts_too():
    # "중국은 2010년까지 4조위안(775조원, 5860억달러)을 투입해 내수경기를 부양하겠다는 계획"
    records = news("가상국은 2027년까지 2조위안(380조원, 2800억달러)을 투입해 내수를 부양할 계획이다.")
    assert set(records) == {"2조위안"}


def test_what_a_figure_amounts_to_in_the_passive_is_a_gloss():
    # "이는 상하이시 전체 생산의 3분의 1에 해당되는 규모다."
    body = "가상구는 2030년까지 생산액을 5000억 위안으로 늘린다. 이는 가상시 전체 생산의 4분의 1에 해당되는 규모다."
    assert set(news(body)) == {"5000억 위안"}


def test_any_past_stem_closes_a_clause_before_the_next():
    # "7월말까지 전 주의 33개 지원 건설 대상이 륙속 착공에 들어갔는데 … 그중 하나다"
    body = "가상주의 33개 지원 건설 대상이 륙속 착공에 들어갔는데 가상촌 관광 대상도 그중 하나다."
    assert news(body) == {}


def test_what_is_said_without_quotes_closes_its_clause():
    # "…베이징은 두개 국제허브공항을 보유한 도시로 되었다며 이 두 국제공항의 연간 물동량은 연 2.5억명을
    # 돌파할 예정이라고 전했습니다"
    body = (
        "글은 신공항이 정식 사용에 투입됨에 따라 가상시는 두개 국제공항을 보유한 도시로 되었다며 이 두 "
        "공항의 연간 물동량은 연 1.5억명을 돌파할 예정이라고 전했습니다."
    )
    assert set(news(body)) == {"1.5억명"}


def test_phases_listed_before_their_construction_project_are_ordinals():
    # "2021년까지 2기와 3기 건설 프로젝트가 모두 완성될 예정이다"
    assert news("2028년까지 2기와 3기 건설 프로젝트가 모두 완성될 예정이다.") == {}


def test_each_time_it_happens_is_a_condition():
    # "중국 GDP지수가 1% 성장할 때마다 도시에서는 130만~170만 개의 일자리가 창출되었다고"
    body = "가상원은 성장률이 1% 성장할 때마다 도시에서 100만 개의 일자리가 창출된다고 밝혔다."
    assert "1%" not in news(body)


def test_an_academy_of_social_sciences_and_its_blue_book_forecast():
    # "중국 사회과학원이 26일 발표한 청서의 내용에 따르면 … 2018년이 되면 … 60%에 달할 것으로 전망되었다"
    body = (
        "[신화망] 가상국 사회과학원이 26일 발표한 청서의 내용에 따르면, 현재 도시화 성장 속도에 비추어 "
        "2030년이 되면 전국의 도시화률이 70%에 달할 것으로 전망되었다."
    )
    assert news(body, headline="사회청서, 가상국 도시화 수준 2030년 70% 도달") == {}


def test_a_sentence_closing_as_an_estimate_estimates_all_its_figures():
    # "2015년에 소요될 총 인프라 투자수요 3.1조 위안 중 지방정부 채권발행 1조 위안, … 공급되어야 할 것으로 추산됨."
    body = "- 올해 소요될 총 투자수요 2조 위안 중 지방채 발행 1조 위안, 나머지 1조 위안은 민간자본이 공급할 것으로 추산됨."
    assert news(body, headline="가상국 양회 경제정책 방향") == {}


def test_a_threshold_for_whom_a_grant_is_paid():
    # "출력이 1,000킬로와트(kW)이상인 단선(單船)에 대해 최대 89만위엔까지 지급하고 있다"
    body = "가상부는 출력이 500킬로와트(kW)이상인 선박에 대해 최대 60만위안까지 지급한다."
    assert set(news(body)) == {"60만위안"}


def test_an_outlook_after_a_forecasters_sentence_is_still_its():
    # "청서에서는 … 접어들었다고 기술하고 있다. 2013년 말을 기준으로 … 54%를 초과했고, 현재 발전 속도로 볼 때
    # 2018년에는 60%에 달할 것으로 전망되었다."
    body = (
        "청서에서는 가상국의 도시화가 새로운 단계에 접어들었다고 기술하고 있다. 지난해 말을 기준으로 도시화 "
        "수준은 60%를 초과했고, 현재 속도로 볼 때 2030년에는 70%에 달할 것으로 전망되었다."
    )
    assert "70%" not in news(body, headline="가상국 도시화 계획 발표")
    # a province acting in its own sentence keeps its plan
    body = "청서에서는 도시화가 빨라졌다고 기술하고 있다. 허베이성은 2030년까지 도시화율을 70%로 높일 것으로 전망했다."
    assert news(body, headline="허베이성 도시화 계획 발표")["70%"][:2] == ("target", 2030)


def test_the_size_of_a_package_a_body_approves_is_a_commitment():
    # "중국정부는 6천억위엔에 달하는 전자 및 정보통신(IT) 산업 지원책을 승인하고 관련지원책을 발표했다"
    body = "가상국 정부는 3천억위안에 달하는 반도체 산업 지원책을 승인하고 관련지원책을 발표했다."
    assert set(news(body, headline="가상국, 반도체 산업 지원책 발표")) == {"3천억위안"}
    # a package of a past year is no commitment of this issue
    body = "가상국 정부는 2008년 승인한 4조위안 규모의 경기부양책을 발표했다."
    assert news(body, headline="가상국, 반도체 산업 지원책 발표") == {}


def test_a_level_put_forward_this_year_is_a_target_in_any_style():
    # "중국 정부가 올해 경제성장률을 6.5% 안팎으로 제시했습니다": 제시 puts the level forward, whatever 했 tells
    assert news("가상국 정부가 올해 경제성장률을 5.5% 안팎으로 제시했습니다.", headline="가상국 업무보고")[
        "5.5%"
    ][:2] == (
        "target",
        2025,
    )
    assert news("가상국 정부가 올해 경제성장률을 5.5% 안팎으로 제시했다.", headline="가상국 업무보고")[
        "5.5%"
    ][:2] == (
        "target",
        2025,
    )
    # a level reached stays a fact
    assert news("가상국의 지난해 경제성장률은 5.5%를 기록했다.", headline="가상국 업무보고") == {}


def test_a_rate_shown_is_a_fact():
    # "…10대 항만 중 가장 높은 8.6%의 증가율을 보였다": a rate shown, before the plan that follows
    records = news("가상시 수출은 12%의 성장세를 보였으며 내년에는 20%로 늘릴 계획이다.")
    assert records["12%"][0] == "actual"
    assert records["20%"][:2] == ("target", 2026)


def test_a_multiple_naming_the_size_after_it_is_a_likeness():
    # "인천경제자유구역의 10배 크기인 2270㎢의 땅에 약 60조원을 5년간 쏟아부어 … 건설한다"
    records = news("가상시는 가상특구의 5배 크기인 1200㎢의 땅에 2030년까지 산업기지를 건설한다.")
    assert "5배" not in records
    # a multiple set as the target stays one
    assert news("가상시는 2030년까지 수출을 2배로 늘린다.")["2배"][:2] == ("target", 2030)


def test_money_to_be_spent_in_a_five_year_plans_time_is_due_by_its_end():
    # "장강지역 최대 환적항인 난징항은 … ‘12.5’계획 기간 동안 54억5천만위안을 투자해 … 확장할 계획이다"
    # ("최대" describes the port, not a cap on the money)
    text = (
        "가상항 확장\n2011-06-20\n"
        "한편 가상강 유역 최대 환적항인 가상항은 늘어나는 화물을 처리하기 위해 ‘12.5’계획 기간 동안 "
        "30억위안을 투자해 부두를 확장할 계획이다.\n"
    )
    records = records_of_page(text)
    assert [(r.value_text, r.kind, r.target_year) for r in records] == [("30억위안", "funding", 2015)]


def test_the_plans_of_the_1990s_date_their_targets():
    # "95년에 끝나는 8차5개년계획기간중 6천만달러를 투자, … 공업단지를 조성하기로했다"
    text = (
        "가상국 공업단지\n1993-02-11\n"
        "가상국 정부는 99년에 끝나는 9차5개년계획기간중 8천만달러를 투자, 가상시에 공업단지를 조성하기로했다.\n"
    )
    records = records_of_page(text)
    assert [(r.value_text, r.target_year) for r in records] == [("8천만달러", 2000)]


def test_a_count_of_kinds_sums_up_the_items_listed_before_it():
    # "'4대 공정(四大工程)'이라고 불리는 이 사업은 철도, 가스, 전기, 수자원 4가지의 사회적 인프라를 … 연결하고"
    body = (
        "'3대 사업(三大工程)'이라 불리는 이 계획은 도로, 항만, 공항 3가지의 기반시설을 전국적으로 "
        "연결하고 개발을 촉진하려는 사업이다."
    )
    assert "3가지" not in news(body)
    # a count of things to make after the fields they serve stays: "의료, 교육, 제조 분야에서 3개의 기지"
    assert news("가상성은 의료, 교육, 제조 분야에서 3개의 기지를 2027년까지 건설한다.")["3개"][:2] == (
        "target",
        2027,
    )


def test_last_years_figure_closed_by_a_past_participle_is_what_was_done():
    # "지난해 480만TEU를 처리한 서커우항과 합쳐 2천900만TEU급 항만도시로 육성",
    # "지난해 1천149TEU로 세계 5위를 기록한 부산항도 큰 타격을 입게 될 수 있다"
    body = (
        "가상시는 2030년까지 두 항구를 각각 500만TEU 규모로 늘려 지난해 200만TEU를 처리한 "
        "가상항과 합쳐 1200만TEU급 항만도시로 육성한다는 계획이다."
    )
    records = news(body)
    assert records["200만TEU"][0] == "actual"
    assert records["1200만TEU"][:2] == ("target", 2030)  # a port's throughput class is its capacity
    assert (
        news("가상항은 지난해 150만TEU로 세계 9위를 기록한 다른 항구도 추월하게 될 것이다.").get(
            "150만TEU", ("actual",)
        )[0]
        == "actual"
    )


def test_a_ships_throughput_class_stays_a_class():
    # "2만TEU급 컨테이너선": the size of each ship, not an amount
    assert "2만TEU" not in news("가상그룹은 2027년까지 2만TEU급 컨테이너선을 건조한다.")


def test_a_rank_in_apposition_names_the_thing_ranked():
    # "중국이 세계 1위 항만인 홍콩을 둘러싼 … 삼각주에 5년 내로 … 항만을 개발할 계획이다"
    body = "가상국은 세계 2위 공항인 가상공항 주변에 5년 내로 새 활주로를 건설할 계획이다."
    assert "2위" not in news(body)


def test_a_figure_counted_since_a_past_event_is_a_fact():
    # "18차 당대회 이래 빈곤 인구가 6,853만 명 감소하고 … 최고 성적을 거두었으나, 향후 3년 간 …"
    body = (
        "19차 당대회 이래 빈곤 인구가 5,120만 명 감소하고 80여 개 현이 빈곤현에서 탈피하는 등 최고 성적을 "
        "거두었으나, 향후 3년 간 빈곤 퇴치 임무가 막중하다."
    )
    assert news(body).get("5,120만 명", ("actual",))[0] == "actual"


def test_a_prefecture_level_city_is_no_payment():
    # "중국내 18개 국가급, 성급, 지급시(地級市)의 공업단지를 조사한 결과 …": 지급시 is a rank of city
    body = "가상환경연합회가 가상성 내 12개 국가급, 성급, 지급시의 공업단지를 조사한 결과 9개 단지가 폐수를 흘려보냈다."
    assert "12개" not in news(body)


def test_what_is_made_every_day_now_is_the_amount_to_handle():
    # "…처리량이 6만 5000톤이 되여 매일 산생되는 6만 5000톤 정도의 음식물 쓰레기를 기본적으로 처리가능"
    body = (
        "가상시는 올해 말까지 처리능력이 3만톤이 되여 매일 발생되는 2만 8000톤 정도의 쓰레기를 모두 처리한다."
    )
    records = news(body)
    assert records["3만톤"][:2] == ("target", 2025)
    assert records.get("2만 8000톤", ("actual",))[0] == "actual"


def test_this_years_level_that_next_years_is_set_above_is_a_base():
    # "재정적자 목표는 GDP의 4%로, 올해 3%보다 높게 설정하기로 했다"
    records = news("가상성은 내년 적자율 목표를 4.5%로, 올해 3.5%보다 높게 설정하기로 했다.")
    assert records["4.5%"][:2] == ("target", 2026)
    assert "3.5%" not in records


def test_an_outcome_expected_to_be_recorded_is_a_forecast_and_its_start_a_base():
    # "올해 성장률은 2019년 6.1%에서 크게 줄어든 1.9% 정도를 기록할 전망이다" in an article on a plan
    body = "가상성의 올해 성장률은 2024년 5.2%에서 크게 줄어든 3.1% 정도를 기록할 전망이다."
    assert news(body) == {}


def test_places_said_to_have_none_now_are_a_fact():
    # "동부의 9개 성과 직할시 중 8개 성과 직할시에 국가표준의 빈곤인구가 없다며 2019년 중국은 재차 … 감소할 것"
    body = (
        "가상국 주임은 동부의 7개 성과 직할시 중 5개 성과 직할시에 국가표준의 빈곤 인구가 없다며 올해 가상국은 "
        "재차 500만명 이상의 빈곤 인구를 줄일 것이라고 했다."
    )
    records = news(body)
    assert "5개" not in records
    assert records["500만명"][:2] == ("target", 2025)


def test_money_a_public_bodys_official_says_will_be_spent_is_funding():
    # "대기오염 방지 사업에도 34억 위안이 투입될 것이라고 환경국 관계자는 전했다" (an official, no analyst)
    official = "이밖에 대기오염 방지 사업에도 20억 위안이 투입될 것이라고 환경국 관계자는 전했다."
    assert news(official)["20억 위안"][0] == "funding"
    assert "20억 위안" not in news(official.replace("환경국", "업계"))  # the trade's guess
    # "수질개선 사업에 총 106억 위안이 쓰여질 것으로 전해졌다": to be spent, in the future passive
    assert news("아울러 수질개선 사업에 총 50억 위안이 쓰여질 것으로 전해졌다.")["50억 위안"][0] == "funding"
    # a research body under the government guesses: "…성장할 것이라고 중국 정부 산하의 연구기관이 밝혔다"
    guessed = "이밖에 환경 사업에도 20억 위안이 투입될 것이라고 가상성 정부 산하의 연구기관이 밝혔다."
    assert "20억 위안" not in news(guessed)


def test_a_part_of_what_the_sentence_before_planned_is_the_plans():
    # "2006년부터 2020년까지 … 244개에 달하게 할 계획입니다. 그중 새로 건설하는 공항은 97개에 달할 전망입니다."
    body = (
        "2020년부터 2030년까지 가상성은 공항 총수가 80개에 달하게 할 계획입니다. 그중 새로 건설하는 공항은 "
        "25개에 달할 전망입니다."
    )
    assert news(body, headline="가상국 공항 건설 소식")["25개"][:2] == ("target", 2030)


def test_bodies_counted_after_their_names_act():
    # "월스트리트견문에 따르면 인민은행, 발개위, …, 재정부 5개 기관은 … 쿼터를 1천500억 위안 늘린다고 밝혔다"
    body = (
        "25일(현지시간) 가상경제견문에 따르면 인민은행, 재정부, 상무부 3개 기관은 공동 성명을 발표해 "
        "소기업을 지원하는 재대출 쿼터를 2천억 위안 늘린다고 밝혔다."
    )
    assert "2천억 위안" in news(body, headline="가상국 재대출 쿼터 증액")


def test_a_target_quoted_by_its_words_is_named():
    # "연초 세운 ‘1100만 명 일자리 창출’ 목표치 중 54.4%를 달성했다"
    body = "가상국이 올해 5월까지 총 300만 명의 일자리를 창출, 연초 세운 ‘900만 명 일자리 창출’ 목표치 중 33.3%를 달성했다."
    records = news(body)
    assert records["900만 명"][:2] == ("target", 2025)
    assert records["300만 명"][0] == "actual"


def test_a_company_in_apposition_as_the_subject_plans_for_itself():
    # "중국 최대 이동통신 업체인 차이나모바일이 … 올해 588억위안을 투자할 계획이라고 밝혔다"
    assert (
        news("가상국 최대 통신 업체인 가상모바일이 5G 망 확대에 올해 300억위안을 투자할 계획이라고 밝혔다.")
        == {}
    )
    # a government that helps a state firm still plans: "…는 국유기업인 X가 … 하도록 지원할 계획"
    helped = news("가상성 정부는 국유기업인 가상그룹이 올해 300억위안을 투자하도록 지원할 계획이다.")
    assert helped["300억위안"][:2] == ("funding", 2025)


def test_a_sentence_naming_no_one_goes_on_the_paragraphs_foreign_actor():
    # "미국 … 아르곤 국립연구소는 … 개발 계획을 발표했다. … 2021년 가동이 목표다. 투입될 예산은 5억달러 이상이다."
    body = (
        "지난 10일 미국 에너지부 산하 가상 국립연구소는 새 슈퍼컴퓨터 개발 계획을 발표했다. 2027년 가동이 "
        "목표다. 투입될 예산은 8억달러 이상이다."
    )
    assert "8억달러" not in news(body)
    # a Chinese body named last in the paragraph keeps it China's
    assert "8억달러" in news(body.replace("미국 에너지부 산하 가상 국립연구소는", "가상성 과학기술청은"))


def test_each_figure_of_a_list_before_a_threshold_qualifies():
    # "휴대전화는 가격이 1000위안(약 21만6000원), 냉장고는 2500위안, 컬러TV와 세탁기는 각각 2000위안 이하의
    # 저렴한 제품이어야 한다": price caps that make a product eligible, a conversion after the first
    body = "다만 휴대전화는 가격이 1500위안(약 30만원), 냉장고는 3000위안, 세탁기와 TV는 각각 2500위안 이하의 제품이어야 한다."
    assert news(body, headline="가상성 가전 보조금") == {}


def test_a_rank_a_place_held_is_told_of_it():
    # "지난해 1천149TEU로 세계 5위를 기록한 부산항도 큰 타격을 입게 될 수 있다"
    assert "7위" not in news(
        "지난해 세계 7위를 기록한 가상항도 올해 큰 타격을 입게 될 수 있다.", headline="가상국 항만"
    )


def test_this_plan_cited_dates_its_figures_by_the_plan_named_just_before():
    # "…국무원은 "'12차 5개년계획'기간 티베트 … 계획방안"을 비준했습니다. 이 방안에 따르면 9억여원을 투입해 …"
    text = (
        "가상구 문화재 보호\n2021-11-29\n"
        "올해 7월 국무원은 \"'14차 5개년계획'기간 가상구 발전지원 건설대상 계획방안\"을 비준했습니다.\n"
        "이 방안에 따르면 5억위안을 투입해 가상구의 중점 문화재 30여곳을 보수하게 됩니다.\n"
    )
    records = records_of_page(text)
    assert {(r.value_text, r.target_year) for r in records} == {("5억위안", 2025), ("30여곳", 2025)}


def test_the_end_of_last_year_when_this_years_quota_was_set_dates_nothing():
    # "작년 말 중국 정부는 올해 지방정부 채권발행 쿼터(한도)를 1조3900억위안으로 정하고 … 허용했다"
    body = "작년 말 가상국 정부는 올해 지방정부 채권발행 한도를 2조위안으로 정하고 이달부터 발행을 허용했다."
    assert news(body, headline="가상국 지방채")["2조위안"][:2] == ("target", 2025)


def test_weather_observation_is_no_forecast():
    # "30개 성·시·자치구의 45개 기상관측 시설 업그레이드 등에 사용된다": 관측 as observing, not foreseeing
    assert news("가상성은 2027년까지 기상관측 시설 30곳을 새로 짓는다.", headline="가상성 기상 사업")["30곳"][
        :2
    ] == (
        "target",
        2027,
    )


def test_a_figure_as_of_the_end_of_last_year_is_a_statistic():
    # "이 통신에 따르면 지난해 말 현재 중국의 공식 실업률은 4%로 조사됐다" after a forecast of this year
    body = (
        "가상국 정부는 올해 실업률이 5%를 넘지 않도록 조절할 계획이다. 통신은 올해도 실업률이 상승할 것으로 "
        "예상하고 있다. 이 통신에 따르면 지난해 말 현재 가상국의 공식 실업률은 4.2%로 조사됐다."
    )
    records = news(body, headline="가상국 실업률 관리")
    assert records.get("4.2%", ("actual",))[0] == "actual"


def test_a_share_achieved_is_described_not_planned():
    # "국토 면적의 0.6% 미만의 지역에서 중국 경제총량의 9분의 1을 달성해 낸 수치다"
    body = "가상구 판공실에 따르면 이는 국토 면적의 1% 미만의 지역에서 경제총량의 8분의 1을 달성해 낸 수치다."
    assert "8분의 1" not in news(body, headline="가상구 경제 총량 발표")


def test_the_terms_of_loans_are_no_target():
    # "3개월·6개월·1년 만기의 농업·소기업 지원 재대출 금리는 각각 0.95%, 1.15%, 1.25%로 낮아진다"
    body = "3개월·6개월·1년 만기의 중소기업 지원 재대출 금리는 각각 1.1%, 1.3%, 1.4%로 낮아진다."
    records = news(body, headline="가상국 재대출 금리 인하")
    assert not {"3개월", "6개월", "1년"} & set(records)


def test_a_county_defined_by_an_income_ceiling_in_brackets_is_a_threshold():
    # "전국 792개 빈곤현(1인당 연평균 수입이 런민비 700위안 이하인 현)에서 … 교육을 할 예정이며"
    body = "가상부는 전국 500개 빈곤현(1인당 연평균 수입이 런민비 800위안 이하인 현)에서 교육을 할 예정이다."
    assert "800위안" not in news(body, headline="가상부 농민 육성")


def test_a_quote_closed_with_myeonseo_ends_its_clause():
    # ""현재 중국의 각종 궤도 위성은 200기를 넘었다"면서 "2025년까지 100기 가까운 위성을 더 발사할 것""
    body = '국장은 "현재 가상국의 궤도 위성은 150기를 넘었다"면서 "2030년까지 80기의 위성을 더 발사할 것"이라고 밝혔다.'
    records = news(body, headline="가상국 위성 발사 계획")
    assert records.get("150기", ("actual",))[0] == "actual"
    assert records["80기"][:2] == ("target", 2030)


def test_the_places_where_works_go_on_now_are_no_target():
    # "중국 내 최소 5곳에서 인공태양 실험장치를 구축 중인 가운데 장시성에 추가로 새 … 건설에 들어갔다"
    body = "가상국 내 최소 4곳에서 핵융합 실험장치를 구축 중인 가운데 가상성에 추가로 새 대규모 프로젝트 건설에 들어갔다."
    assert "4곳" not in news(body, headline="가상국 핵융합 투자")


def test_how_long_a_thing_has_gone_on_is_no_target():
    # "홍콩의 민주화 촉구 시위가 4개월 넘게 이어지고 있는 가운데 … 주택 공급 확대 계획을 발표했다"
    body = "가상시의 시위가 3개월 넘게 이어지고 있는 가운데 시장이 주택 공급 확대 계획을 발표했다."
    assert "3개월" not in news(body, headline="가상시 주택 공급")


def test_how_far_a_date_is_moved_is_no_target():
    # "산샤댐이 당초 계획보다 9개월 앞당겨 오는 5월 20일 준공될 예정": the schedule moved, no amount
    assert "9개월" not in news("가상댐이 당초 계획보다 9개월 앞당겨 오는 5월 20일 준공될 예정이다.")
    assert "1년" not in news("가상성은 공사 기간을 1년 단축해 2027년 개통할 계획이다.")
    # (a span's worth of a stock is an amount: "3개월 분량의 비축유")
    assert news("가상성은 2027년까지 3개월 분량의 비축유를 확보할 계획이다.")["3개월"][0] == "target"


def test_a_surplus_of_the_last_fiscal_year_is_a_fact():
    # ""지난 회계연도에 총 238억파타카의 잉여예산이 발생함에 따라 현금 보너스 정책을 지속적으로 시행할 수 있게 됐다""
    body = (
        '장관은 입법회에서 "지난 회계연도에 총 150억파타카의 잉여예산이 발생함에 따라 현금 보너스 정책을 '
        '지속적으로 시행할 수 있게 됐다"면서 "이 정책은 주민들에게 도움을 줄 것"이라고 말했다.'
    )
    assert "150억파타카" not in news(body, headline="가상특구 현금 보너스")


def test_an_amount_in_won_converted_into_won_is_yuan_misprinted():
    # "재대출 한도도 4000억 위안(약 84조원) 높은 1조2000억원(약 253조원)으로 늘리기로 했다"
    body = "재대출 한도도 3000억 위안(약 60조원) 높은 9000억원(약 180조원)으로 늘리기로 했다."
    records = records_of(body, headline="가상국 재대출 한도 확대")
    assert [(r.value_text, r.unit) for r in records if r.value_text == "9000억원"] == [("9000억원", "CNY")]


def test_neuligo_for_neulligo_plans():
    # "본과생과 전문대생 국가장학금 정원을 매년 6만명에서 12만명으로 늘인다" (늘이다 for 늘리다)
    body = "가상부는 장학금 정원을 매년 5만명에서 10만명으로 늘인다."
    assert news(body, headline="가상부 장학금 확대")["10만명"][0] == "target"


def test_last_year_written_apart_dates_a_past_announcement():
    # "중국은 지난 해 3월 국방 지출을 전년보다 약 15% 증가한 7백 여억 달러로 늘인다고 발표했었습니다"
    body = "가상국은 지난 해 3월 국방 지출을 전년보다 약 12% 증가한 5백 여억 달러로 늘인다고 발표했었습니다."
    assert "12%" not in news(body, headline="가상국 국방비")


def test_patacas_with_the_place_before_them_and_their_won_conversion():
    # "내년 … 1인당 9천 마카오 파타카(약 132만2천 원)의 현금보너스를 지급하겠다"; the lead's "130여만 원" is won
    text = (
        "가상특구, 내년에도 현금 보너스\n2016-11-16\n"
        "가상특구는 내년에도 모든 주민들에게 100여만 원을 줄 예정이다\n"
        "행정장관은 2017 재정연도 시정보고에서 내년 주민에게 1인당 7천 마카오 파타카(약 100만 원)의 "
        "현금보너스를 지급하겠다고 밝혔다.\n"
    )
    records = records_of_page(text)
    assert [(r.value_text, r.unit, r.target_year) for r in records] == [("7천 마카오 파타카", "MOP", 2017)]


def test_this_years_sum_told_by_what_was_done_with_it_is_a_base():
    # "이 금액은 올해 나눠준 8천 파타카보다 1천 파타카 인상된 금액이며"
    body = "이 금액은 올해 나눠준 6천 파타카보다 1천 파타카 인상된 금액이다."
    assert "6천 파타카" not in news(body, headline="가상특구 현금 보너스")


def test_words_quoted_that_trail_off_are_speech_not_a_name():
    # "“대학생 창업자에게 최대 50만 위안(약 1억 원) 지급, 첨단기술 분야 박사 학위 소지자는 주거비 지원….”"
    body = (
        "“대학생 창업자에게 최대 30만 위안(약 6000만 원) 지급, 박사 학위 소지자는 주거비 지원….”\n"
        "가상시는 최고 수준의 창업 지원책으로 젊은 인재들을 끌어모으고 있다."
    )
    assert news(body, headline="“창업땐 최대 6000만원” 가상시 인재 지원")["30만 위안"][0] == "funding"


def test_money_a_body_decided_to_put_in_is_its_pledge_whatever_the_copula_says():
    # "칭다오시 정부가 투입하기로 한 20억 위안(약 3522억원)은 중국 산둥성 각 도시 중 최고 액수다"
    body = "창업 지원을 위해 가상시 정부가 투입하기로 한 15억 위안(약 2700억원)은 가상성 도시 중 최고 액수다."
    assert "15억 위안" in news(body, headline="가상시 창업 지원")


def test_what_a_press_conference_made_known_is_no_forecast():
    # "27일 기자가 중국지진조기경보망 시범운행 소식공개회에서 입수한 소식에 따르면, … 220만평방킬로메터의 …
    # 조기경보망이 오는 2022년말에 전부 건설되여 운행에 투입하게 된다"
    body = (
        "27일 기자가 가상경보망 시범운행 소식공개회에서 입수한 소식에 따르면, 150만평방킬로메터의 중점지역을 "
        "망라한 가상경보망이 오는 2027년말에 전부 건설되여 운행에 투입하게 된다."
    )
    assert news(body, headline="가상경보망 시범운행")["150만평방킬로메터"][:2] == ("target", 2027)


def test_any_past_stem_closing_the_figures_clause_reports_a_fact():
    # "지난 1988년 첫번째 기상 위성을 발사한 이후 모두 7기의 기상위성을 띄웠으며 오는 2020년까지 10기 이상 … 계획"
    body = "가상국은 지난 2001년 첫 탐사선을 띄운 이후 모두 5척의 탐사선을 띄웠으며 오는 2030년까지 8척 이상을 더 띄울 계획이다."
    records = news(body, headline="가상국 해양 탐사")
    assert records.get("5척", ("actual",))[0] == "actual"
    assert records["8척"][:2] == ("target", 2030)
    # (a will is no past: "…30억 위안을 투자하겠으며 …")
    assert news("가상시는 2030년까지 30억 위안을 투자하겠으며 시설도 늘린다.")["30억 위안"][0] == "funding"


def test_from_a_day_of_next_month_counts_ahead():
    # "중국 재정부는 … 내달 20일부터 5000위엔, 우리돈 85만4700원까지 면세를 실시키로 했다"
    body = (
        "24일 신화통신 등에 따르면 가상국 재정부는 가상섬을 관광지로 육성하기 위해 내달 15일부터 3000위엔, "
        "우리돈 50만원까지 면세를 실시키로 했다."
    )
    assert "3000위엔" in news(body, headline="가상섬 면세")


def test_a_cap_told_as_it_stands_now_is_no_level_allotted():
    # "중국은 현재 은행에 대한 외국인 지분율 상한을 단일 지분은 20%로, 합산 지분은 25%로 제한하고 있습니다"
    body = "가상국은 현재 은행에 대한 외국인 지분율 상한을 단일 지분은 15%로, 합산 지분은 30%로 제한하고 있습니다."
    records = news(body, headline="가상국 금융 개방")
    assert "30%" not in records and "15%" not in records


def test_a_public_bodys_acronym_glossed_earlier_is_no_company():
    # "중국 광파전영전시총국(SARFT)은 …" then "SARFT는 이와 함께 지역 방송국에 어린이 프로그램을 매일 30분씩 의무편성하고"
    text = (
        "가상국 방송 규제\n2004-08-13\n"
        "중국 방송영상총국(GSBA)은 어린이 채널을 늘리기로 했다.\n"
        "GSBA는 이와 함께 지역 방송국에 2006년까지 어린이 프로그램을 매일 40분씩 의무편성하도록 했다.\n"
    )
    records = records_of_page(text)
    assert [r.value_text for r in records] == ["40분"]


def test_a_comma_glued_to_the_next_word_ends_a_clause():
    # "SARFT는 31개 지역에서 50개 어린이 채널을 승인했고,후난성 … 올해 안에 … 채널을 출범시키기로 했다"
    text = (
        "가상국 방송 규제\n2004-07-16\n"
        "중국 방송영상총국(GSBA)은 어린이 채널을 늘리기로 했다.\n"
        "GSBA는 20개 지역에서 30개 어린이 채널을 승인했고,가상성에서 올해 안에 위성 채널 2개를 출범시키기로 했다.\n"
    )
    records = records_of_page(text)
    assert [r.value_text for r in records if r.kind != "actual"] == ["2개"]


def test_figures_a_plan_assumes_are_no_targets():
    # "…2030년 14억6000만명으로 최고치에 달하고 도시화율이 65%를 기록한다고 가정했을 때 …", "…는 가정하에"
    body = (
        '가상시 관계자는 "이번 주택계획은 2035년 인구가 900만명으로 정점에 이르고 도시화율이 80%를 '
        '기록한다고 가정했을 때 주거 수요를 맞출 수 있다"고 말했다.'
    )
    records = news(body, headline="가상시 주택계획")
    assert "900만명" not in records and "80%" not in records
    body = "계획은 2035년 인구가 900만명에 달한다는 가정하에 주택 40만 호를 공급하도록 했다."
    assert list(news(body, headline="가상시 주택계획")) == ["40만 호"]


def test_a_cumulative_sum_allotted_over_a_period_gone_by_is_spent():
    # "‘13.5’기간에 재정부는 학생후원보조경비를 루계로 2,243억원 배정했는데 …": what the period got
    body = "‘14.5’기간에 가상성 재정청은 장학 보조금을 누계로 120억원 배정했는데 이는 연평균 5% 증가했다."
    records = news(body, headline="가상성 장학 지원")
    assert records.get("120억원", ("actual",))[0] == "actual"
    # (money to be allotted over a period still ahead is a pledge)
    body = "가상성 재정청은 2028년까지 장학 보조금을 누계로 120억원 배정할 계획이다."
    assert news(body, headline="가상성 장학 지원")["120억원"][0] == "funding"


def test_an_old_level_glossed_in_won_after_a_comma_is_where_a_change_starts():
    # "규모도 기존 3,600억 위안, 64조원에서 4,000억 위안, 70조원으로 늘렸습니다"
    body = "가상국과 맺은 통화스와프 규모도 기존 1,500억 위안, 27조원에서 2,000억 위안, 36조원으로 늘리기로 했습니다."
    records = news(body, headline="가상국 통화스와프 확대")
    assert records.get("1,500억 위안", ("actual",))[0] == "actual"
    assert records["2,000억 위안"][0] != "actual"


def test_a_plan_that_names_last_year_makes_no_plan_of_its_figure():
    # "해양경제규모가 11차5개년 개발계획(11ㆍ5계획)의 마지막 해인 작년에 3조8000억위안에 이르러 10ㆍ5계획 마지막
    # 연도인 2005년의 1조7700억위안에서 매년 평균 13.5%씩 성장했다고 말했다"
    body = (
        "가상성 해양국장은 해양산업 규모가 14차5개년 계획의 마지막 해인 작년에 2조1000억위안에 이르러 "
        "13차5개년 계획 마지막 연도인 2020년의 1조5000억위안에서 매년 평균 7%씩 성장했다고 말했다."
    )
    records = news(body, headline="가상성 해양산업")
    assert all(kind == "actual" for kind, _, _ in records.values())


def test_a_figure_that_stopped_short_is_a_fact():
    # "보고서에서 2013년 중소도시의 도시화율이 35.1%에 그쳐, 중소도시가 앞으로 20년 안에 … 부상할 것이라고 지적하였다"
    body = (
        "보고서는 2025년 가상성 농촌의 인터넷 보급률이 42.5%에 그쳐, 농촌이 앞으로 10년 안에 디지털 경제의 "
        "주요 시장으로 떠오를 것이라고 지적했다."
    )
    records = news(body, headline="가상성 농촌 디지털 보고서")
    assert records.get("42.5%", ("actual",))[0] == "actual"


def test_a_level_a_benefit_is_raised_to_in_the_passive_is_planned():
    # "영주권자에게 500파타카의 의료쿠폰이 지급되고 노인을 위한 경로금도 6000파타카로 증가된다"
    body = "시민에게 300위안의 교통쿠폰이 지급되고 노인을 위한 생활수당도 2000위안으로 증가된다."
    assert news(body, headline="가상시 예산안")["2000위안"][0] != "actual"


def test_recruiting_a_number_of_people_is_planned():
    # "칭다오 당국은 올해 대중창업 지원공간 100곳 이상 조성, 창업 도우미 1000명 양성, 촹커 5만명 모집에 나선다"
    body = (
        "가상시 당국은 올해 창업 공간 40곳 이상 조성, 창업 멘토 500명 양성, 청년 창업가 2만명 모집에 나선다."
    )
    records = news(body, headline="가상시 창업 지원")
    assert set(records) == {"40곳", "500명", "2만명"}


def test_a_size_above_which_a_group_gets_support_is_no_target():
    # "이밖에 투자 자금이 100만달러 이상인 서비스업에 대해서는 … 공헌한 금액의 30%를 지원하며"
    body = "또 투자 금액이 500만달러 이상인 물류업에 대해서는 지방 재정에 낸 세금의 20%를 돌려주기로 했다."
    assert "500만달러" not in news(body, headline="가상시 투자 유치")


def test_the_size_of_the_villages_a_plan_covers_is_no_target():
    # "2020년까지 인구수 500명 이상의 건제촌(…)에 1만개 이상 농촌문화 강당을 건설할 예정", "인구수 1000명 이상
    # 건제촌에는 보급률 85% 이상까지 높이고"
    body = (
        "가상성은 2027년까지 인구수 800명 이상의 행정촌(行政村)에 5000개 이상 마을 도서관을 건설할 예정이며 "
        "인구수 2000명 이상 마을에는 보급률 90% 이상까지 높일 계획이다."
    )
    records = news(body, headline="가상성 마을 도서관")
    assert set(records) == {"5000개", "90%"}


def test_an_outlook_quoted_then_called_a_forecast_is_no_target():
    # '…연구소 소장 역시 "향후 몇 년 동안 … 30~40%의 성장률을 보일 것"이라며 "2025년 시장 규모가 1조 위안에
    # 도달할 것"이라고 전망했다'
    body = (
        '리밍(李明) 가상정보통신연구원 드론 및 데이터연구소 소장 역시 "향후 몇 년 동안 드론 시장이 연간 약 '
        '20~30%의 성장률을 보일 것"이라며 "2030년 시장 규모가 5000억 위안에 도달할 것"이라고 전망했다.'
    )
    assert news(body, headline="가상국 드론 시장") == {}


def test_a_markets_size_ahead_with_no_plan_is_an_outlook():
    # "중국 기업 클라우드 시장 규모는 2020년 약 1억달러에 육박한다", "…시장 규모가 오는 2020년 5000억 위안에 달할
    # 것으로 알려졌다"
    assert news("가상국 드론 시장 규모는 2030년 약 2000억 위안에 육박한다.", headline="가상국 드론") == {}
    body = "가상국 위성항법 산업의 시장 규모가 오는 2030년 8000억 위안에 달할 것으로 알려졌다."
    assert news(body, headline="가상국 위성항법") == {}
    # (a market a body plans to grow is its target)
    body = "가상시는 2030년까지 드론 시장 규모를 2000억 위안으로 키울 계획이다."
    assert news(body, headline="가상시 드론")["2000억 위안"][:2] == ("target", 2030)


def test_a_deed_explained_as_done_ends_with_its_first_clause():
    # "이는 전국 최후의 9,614가구, 3만9천900명 인구의 전기사용 문제가 전격적으로 해결된 것이자 … 행동계획이 원만히
    # 마무리되었음을 상징한다"
    body = (
        "12월 20일 오후, 가상촌에 수도가 들어옴에 따라 가상성 식수공급사업이 전부 준공돼 운영에 들어갔다. "
        "이는 전국 최후의 1,200가구, 4천500명 인구의 식수 문제가 전격적으로 해결된 것이자 전국 식수공급사업 "
        "3년 행동계획이 원만히 마무리되었음을 상징한다."
    )
    records = news(body, headline="가상성 식수 보장")
    assert all(kind == "actual" for kind, _, _ in records.values())


def test_a_level_set_by_a_deadline_is_no_level_now():
    # "올해 말까지 쟈딩구에 800~1000개에 이르는 충전시설을 설치하고 내년에는 … 2만5000개까지 늘린다는 계획이다"
    body = (
        "가상시는 올해 말까지 동구에 500~600개에 이르는 충전시설을 설치하고 내년에는 다른 지역으로 확대해 "
        "1만개까지 늘린다는 계획이다."
    )
    records = news(body, headline="가상시 충전시설")
    assert records["500~600개"][:2] == ("target", 2025)
    assert records["1만개"][0] == "target"


def test_a_projects_total_investment_is_what_it_will_cost():
    # "새로 건설되는 … 비행장은 … 자리잡고 있는데 총투자가 9.89억원에 달한다", "계획총투자가 2.54억원에 달하는 …
    # 대상건설을 추진하게 되는데 이 대상건설은 현재 가능성 편성을 진행되고 있는중이다", "총 투자규모가 180억 위안에
    # 달하는 … 항만 2기 공정이 일사분란하게 건설중이다"
    body = "새로 건설되는 가상공항은 가상진에 자리잡고 있는데 총투자가 7.5억원에 달한다."
    assert news(body, headline="가상공항 건설")["7.5억원"][0] != "actual"
    body = (
        "계획총투자가 3.2억원에 달하는 하천 정비 대상건설을 추진하게 되는데 이 대상건설은 현재 설계를 "
        "진행하고 있는중이다."
    )
    assert news(body, headline="가상시 하천 정비")["3.2억원"][0] != "actual"
    body = "가상시에서 총 투자규모가 90억 위안에 달하는 크루즈항 2기 공정이 건설중이다."
    assert news(body, headline="가상시 크루즈항")["90억 위안"][0] != "actual"
    # "총투자액은 54억원이다": whatever the copula, what the plant will cost (not a site described as
    # built: "발사장 총 투자액은 40억 위안이며, 1호 발사대는 '24년 6월 완공", test_extract.py)
    assert news("가상 발사장 총 투자액은 35억 위안이며 부지는 넓다.")["35억 위안"][0] != "actual"
    # (not a project finished, nor a year's investment in the statistics)
    body = "총투자가 900만원에 달하는 주택 개조 공사는 지난해 모두 완공됐다."
    assert news(body, headline="가상시 주택 개조").get("900만원", ("actual",))[0] == "actual"
    body = "가상개발구는 총투자가 2억달러에 달하는 가상항공 부품 프로젝트 등 대형 프로젝트를 적극 유치했다."
    assert news(body, headline="가상개발구 투자 유치").get("2억달러", ("actual",))[0] == "actual"
    body = "앞서 총 투자규모가 3000만달러에 달하는 정비 센터가 이미 해당 구역에서 착공했다."
    assert news(body, headline="가상 자유무역구").get("3000만달러", ("actual",))[0] == "actual"
    body = "올해 1~9월 가상성의 고정자산 총투자액은 5000억원으로 전년 동기 대비 8% 증가했다."
    assert news(body, headline="가상성 투자 통계").get("5000억원", ("actual",))[0] == "actual"


def test_the_countryside_of_a_population_moved_is_no_group_a_size_names():
    # "9개 성급 정부는 5000만명 이상의 농촌 인구와 기타 상주인구를 도시에 정착시키겠다는 목표치를 제시했다"
    body = "가상성 등 5개 성급 정부는 2000만명 이상의 농촌 인구를 도시에 정착시키겠다는 목표치를 제시했다."
    assert news(body, headline="가상국 도시화")["2000만명"][0] == "target"


def test_a_quoted_decision_whose_verb_closes_the_quote_is_speech_not_a_name():
    # '서기는 "매년 10억 위안(약 1760억원)을 조성해 연속적으로 5년간 50억 위안을 문화도시 건설사업에 투입할"것을
    # 결정했다고 … 보도했다'
    body = (
        '가상시위원회 서기는 "매년 5억 위안(약 900억원)을 조성해 연속적으로 4년간 20억 위안을 체육도시 '
        '건설사업에 투입할"것을 결정했다고 가상일보가 12일 보도했다.'
    )
    records = news(body, headline="가상시 체육도시")
    assert {"5억 위안", "20억 위안"} <= set(records)


def test_a_fund_set_up_under_a_quoted_name_with_its_phase():
    # "중국 정부는 국영 은행 및 기업들과 함께 3440억 위안 규모의 '국가집적회로산업투자기금 3단계'를 조성했다"
    body = (
        "가상국 정부는 국영 은행 및 기업들과 함께 1200억 위안 규모의 '국가로봇산업투자기금 2단계'를 조성했다."
    )
    assert news(body, headline="가상국 로봇 기금")["1200억 위안"][0] != "actual"


def test_two_counts_a_decision_joins_are_no_change_from_one_to_the_other():
    # "말단 행정마을 2만4천500여 곳과 합병마을 2만1천여 개의 도로를 연결하기로 했다"
    body = "가상성은 2027년까지 외딴 행정마을 3천200여 곳과 합병마을 1천800여 개의 도로를 연결하기로 했다."
    records = news(body, headline="가상성 농촌 도로")
    assert records["3천200여 곳"][0] == "target" and records["1천800여 개"][0] == "target"


def test_a_subject_glossed_with_its_english_company_name_is_a_company():
    # "중국의 충칭창안자동차(重慶長安·Chongqing Changan Automobile)가 2025년부터 … 1000억위안이 넘는 자금을 투자할 방침"
    body = (
        "중국의 가상창성자동차(假想昌盛·Jiaxiang Changsheng Automobile)가 2030년까지 내연기관 차 판매를 중단하고 "
        "500억위안이 넘는 자금을 투자할 방침이라고 밝혔다."
    )
    assert news(body, headline="가상창성자동차 전기차 전환") == {}


def test_a_count_of_the_names_in_its_brackets_is_no_target():
    # "2017년 베이징시는 구시가지 6곳(둥청(東城), 시청(西城), 차오양(朝陽), …)과 … 획정구역에서 저배출 지역 관리
    # 통제를 실시할 예정이다"
    body = (
        "2025년 가상시는 도심 4곳(동구(東區), 서구(西區), 남구(南區), 북구(北區))과 경제개발구에서 저배출 구역 "
        "관리를 실시할 예정이다."
    )
    assert "4곳" not in news(body, headline="가상시 저배출 구역")


def test_a_case_if_opens_is_supposed():
    # "만일 20킬로와트의 전기자동차를 구매한다면 10만위엔의 보조금을 받을 수 있어 구매부담이 크게 줄어든다"
    body = "만일 30킬로와트의 전기자동차를 구매한다면 6만위엔의 보조금을 받을 수 있다."
    assert "30킬로와트" not in news(body, headline="가상시 전기차 보조금")


def test_the_size_of_a_work_just_finished_is_no_target():
    # "이번에 마무리된 동선 1기 노선은 장쑤성 … 웨이하이에 이르는 1467㎞ 구간이다" (under a headline with a deadline)
    body = "이번에 마무리된 가상 운하 1기 노선은 가상성 북부에서 남부에 이르는 820㎞ 구간이다."
    assert news(body, headline="가상국, 2040년까지 운하망 완성").get("820㎞", ("actual",))[0] == "actual"
    # (a plan for a work finished is still a plan)
    body = "이번에 개통된 가상 노선은 2030년까지 운행 구간을 900㎞로 늘릴 계획이다."
    assert news(body, headline="가상 노선 개통")["900㎞"][0] == "target"


def test_a_kind_of_vehicle_as_the_subject_is_no_carmaker():
    # "또한 베이징에는 2012년까지 3만대의 전기자동차를 시범운영할 계획이다. 이 중 순수한 전기자동차는 2만3000대며,
    # 플러그인 하이브리드카도 7000대 운영된다."
    body = (
        "또한 가상시에는 2027년까지 2만대의 신에너지차를 시범운영할 계획이다. 이 중 순수한 전기자동차는 "
        "1만5000대며, 플러그인 하이브리드카도 5000대 운영된다."
    )
    records = news(body, headline="가상시 신에너지차 보급")
    assert {"2만대", "1만5000대", "5000대"} <= set(records)


def test_a_growth_rate_in_a_case_supposed_is_no_target():
    # "인당 GDP를 3.6만원(19% 성장시킬 경우 3.1만원)에 도달시키며"
    body = "가상시는 2027년까지 인당 GDP를 5.2만원(12% 성장시킬 경우 4.6만원)에 도달시킬 계획이다."
    records = news(body, headline="가상시 발전 목표")
    assert "12%" not in records and records["5.2만원"][:2] == ("target", 2027)


def test_centres_to_be_built_in_the_passive_are_planned():
    # "대용량 전지 회수처리점 2곳과 전문적인 설비보수 서비스센터도 10곳도 함께 세워진다"
    body = "가상시는 충전소 500곳을 설립하기로 했다. 전지 회수처리점 3곳과 설비보수 서비스센터도 8곳도 함께 세워진다."
    records = news(body, headline="가상시 충전 인프라")
    assert {"3곳", "8곳"} <= set(records)


def test_a_projects_cost_reached_in_the_present_with_its_areas():
    # "총 투자액은 9.77억원에 달하고 총 부지면적은 29.3만평방메터에 달하며 …"
    body = "이 번식단지 프로젝트는 가상시의 핵심 프로젝트중 하나이다. 총 투자액은 6.5억원에 달하고 총 부지면적은 12만평방메터에 달한다."
    assert news(body, headline="가상시 번식단지")["6.5억원"][0] != "actual"


def test_a_package_sized_without_its_genitive_is_decided():
    # "중국은 지난 5월 최대 정치행사인 양회에서 8조 5000억 위안(약 1500조원) 규모 슈퍼 경기부양책을 발표했다"
    body = "가상국은 지난 5월 양회에서 6조 위안(약 1000조원) 규모 슈퍼 경기부양책을 발표했다."
    assert news(body, headline="가상국 경기부양")["6조 위안"][0] != "actual"


def test_a_multiple_below_the_lead_is_no_restatement_of_the_leads_multiple():
    # "…지역생산총액과 … 재정수입을 각각 2010년의 두배로 증가하고 …" then, lines below, "…도시주민 인당
    # 가처분소득과 농촌주민 인당 순소득을 2010년의 2배로 증가"
    text = (
        "가상시 2030년까지 문화도시 건설\n2025년 01월 20일\n"
        "경제건설에서 2027년까지 지역생산총액과 재정수입을 각각 2020년의 두배로 증가하고 인당 GDP를 5만원에 도달시킨다.\n"
        "문화건설에서 2027년에 이르러 문화산업증가치를 지역생산총액의 8%이상 도달시킨다.\n"
        "사회건설에서 2027년에 이르러 도시주민 인당 가처분소득을 2020년의 2배로 증가시킨다.\n"
    )
    lines = [r.line for r in records_of_page(text) if r.unit == "ratio"]
    assert 5 in lines and 3 in lines


def test_the_investment_that_makes_a_project_major_is_no_target():
    # "올해 연변주에서는 투자가 5억위엔 이상에 달하는 중대 계속 건설대상 8개를 중점적으로 추진하게 된다"
    body = (
        "올해 가상주에서는 투자가 3억위엔 이상에 달하는 중대 계속 건설대상 12개를 중점적으로 추진하게 된다."
    )
    records = news(body, headline="가상주 대상건설")
    assert "3억위엔" not in records and records["12개"][0] == "target"


def test_a_figure_in_a_documents_title_in_angle_brackets_is_a_name():
    # "훈춘시가 <길림성 정부가 ‘짚을 고기로 바꾸는 것’ 및 천만마리 육우 건설 프로젝트를 실시할 데 관한 의견>을 착지하고"
    body = "가상시가 <가상성 정부가 백만마리 양돈 건설 프로젝트를 실시할 데 관한 의견>을 착지하고 양돈단지 3곳을 건설한다."
    assert list(news(body, headline="가상시 양돈단지")) == ["3곳"]


def test_one_to_one_is_no_count_of_machines():
    # "현지 기업과의 1대 1 상담회와 통역 등을 지원할 예정이다"
    body = "가상시는 참가 기업을 위해 현지 바이어와의 1대 1 상담회를 지원할 예정이다."
    assert news(body, headline="가상시 상담회") == {}


def test_a_handout_a_legislature_assents_to_is_decided():
    # "입법회는 찬성 34표, 기권 11표로 18세 이상의 모든 영주권자에게 홍콩달러 6천불을 지급하는 방안에 동의했다"
    body = "입법회는 찬성 30표, 기권 8표로 18세 이상의 모든 영주권자에게 홍콩달러 5천불을 지급하는 방안에 동의했다."
    assert news(body, headline="가상 특구 현금 지급")["5천불"][0] != "actual"


def test_money_a_finance_body_issued_is_funding():
    # "중앙재정이 2014년 농촌 의무교육 학생 영양개선계획 특별자금 162억위안을 하달했다", "최근에 농자재종합보조금
    # 243억원을 재차 조달했다고 21일 전했습니다"
    body = "가상성 재정청은 최근 2025년 농촌 학교 급식 특별자금 12억위안을 하달했다."
    assert news(body, headline="가상성 급식 자금")["12억위안"][0] != "actual"
    body = "재정부는 최근에 농자재종합보조금 80억원을 재차 조달했다고 21일 전했습니다."
    assert news(body, headline="농자재 보조금")["80억원"][0] != "actual"
    # "22일 재정부가 전한 소식에 따르면, 최근 중앙재정예산 100억 위안(…)을 집행해 …": the ministry's own news
    body = "22일 재정부가 전한 소식에 따르면, 최근 중앙재정예산 60억 위안(1조 1000억 원)을 집행해 농민에게 보조금을 지급했다."
    assert news(body, headline="농자 보조금")["60억 위안"][0] != "actual"
    # (not a sum over a period, nor the part spent by a date)
    body = "지난달 31일 기준으로 재정부는 올해 예산 900억위안 중 60%인 540억위안을 집행했다."
    assert news(body, headline="예산 집행").get("540억위안", ("actual",))[0] == "actual"
    body = "재정부는 이미 기타 업종에 200억원에 달하는 유가 보조금을 조달했고 앞으로 계속 추가할 계획입니다."
    assert news(body, headline="유가 보조금").get("200억원", ("actual",))[0] == "actual"
    body = "지난 5년간 중앙재정은 누적으로 급식 특별자금 300억위안을 하달했다."
    assert news(body, headline="급식 자금").get("300억위안", ("actual",))[0] == "actual"


def test_an_outcome_held_certain_is_no_target():
    # "중국은 2015년 에틸렌 생산량이 1700만톤을 초과하며 역대 최고치를 기록할 것이 확실시되고 있다"
    body = "가상국은 2025년 에틸렌 생산량이 2500만톤을 초과하며 역대 최고치를 기록할 것이 확실시되고 있다."
    assert news(body, headline="가상국 에틸렌") == {}


def test_a_count_of_ministries_named_in_its_brackets_is_who_acts():
    # "정부 4개 부처(교통부, 재무부, 국가개발개혁위원회, 공업정보화부)에서 공동으로 발표한 이번 정책은 …"
    body = (
        "정부 4개 부처(교통부, 재무부, 국가개발개혁위원회, 공업정보화부)에서 공동으로 발표한 이번 정책은 "
        "가상국 국적 선박에 적용되며, 노후선을 교체하는 선주사에 톤당 1,200위안의 보조금이 제공된다."
    )
    assert "4개" not in news(body, headline="노후선 교체 보조금")


def test_a_cause_told_as_a_noun_takes_the_past_of_what_it_caused():
    # "중국이 5GW의 설비를 늘림에 따라 총 태양광 발전 설비는 33GW 이상으로 늘었다"
    body = "가상국이 8GW의 설비를 늘림에 따라 총 풍력 발전 설비는 40GW 이상으로 늘었다."
    assert all(kind == "actual" for kind, _, _ in news(body, headline="가상국 풍력").values())
    # (not a cause of what is planned: "…가 증가함에 따라 … 50곳을 신설할 계획이다")
    body = "수요가 증가함에 따라 가상시는 2027년까지 충전소 50곳을 신설할 계획이다."
    assert news(body, headline="가상시 충전소")["50곳"][0] == "target"


def test_the_investment_that_makes_a_project_counted_is_no_target():
    # "투자가 3000만원 이상 되는 신규대상, 지속건설대상 도합 72개를 건설함으로써 50억원의 투자를 완수하고"
    body = "올해 가상현은 투자가 2000만원 이상 되는 신규대상, 지속건설대상 도합 40개를 건설할 방침이다."
    records = news(body, headline="가상현 대상건설")
    assert "2000만원" not in records and records["40개"][0] == "target"


def test_what_the_reporter_learned_is_no_source_of_a_forecast():
    # "료해에 따르면 올해 료녕은 전년의 용수총량을 149억립방메터이내로 통제하고 물기능구의 수질기준도달률을 78%로 끌어올린다"
    body = "료해에 따르면 올해 가상성은 전년의 용수총량을 90억립방메터이내로 통제하고 수질기준도달률을 80%로 끌어올린다."
    records = news(body, headline="가상성 물관리")
    assert records["90억립방메터"][:2] == ("target", 2025) and records["80%"][:2] == ("target", 2025)


def test_this_years_quota_as_the_subject_is_the_level_set():
    # "올해 첫 번째 텅스텐 정광 생산량 쿼터는 6만2000t으로 전년 6만 3000t에 비해 1.6% 줄였다"
    body = "올해 첫 번째 희토류 생산량 쿼터는 7만t으로 전년 7만 5000t에 비해 6.7% 줄였다."
    assert news(body, headline="가상국 희토류 쿼터")["7만t"][:2] == ("target", 2025)
    # (a change of this year's quota foreseen is no level set)
    body = "협회 관계자는 올해 생산쿼터는 5% 증가할 것이라고 전망했다."
    assert "5%" not in news(body, headline="가상국 희토류 쿼터")
    # "최근 몇년간 숭선진에서는 루계로 2억원이 넘는 자금을 투입하여 …": the last few years' money, spent
    body = "최근 몇년간 가상진에서는 루계로 3억원이 넘는 자금을 투입하여 주택 개조를 펼치고 있다."
    assert news(body, headline="가상진 주택 개조").get("3억원", ("actual",))[0] == "actual"


def test_the_size_of_the_furnaces_to_close_is_no_target():
    # "철강분야는 300㎥ 이하 용광로, 20톤 이하 회전로와 전기로를 예정대로 퇴출시키고 2011년까지 … 7200만 톤 … 퇴출"
    body = "철강분야는 400㎥ 이하 용광로, 30톤 이하 회전로와 전기로를 예정대로 퇴출시키고 2027년까지 제철능력 5000만 톤을 퇴출시킨다."
    records = news(body, headline="가상국 철강 감산")
    assert set(records) == {"5000만 톤"}


def test_what_a_work_has_come_to_have_is_no_target():
    # "6개의 활주로(평행 활주로 4개, 측 방향 활주로 2개)를 갖췄다" (under a headline with a deadline)
    body = (
        "가상공항은 지난 2020년 건설에 착수했다. 5개의 활주로(평행 활주로 3개, 측 방향 활주로 2개)를 갖췄다."
    )
    records = news(body, headline="가상공항, 2030년 여객 8000만명 목표")
    assert all(records.get(value, ("actual",))[0] == "actual" for value in ("5개", "3개", "2개"))
    # … under a heading in the body that sets a deadline too, in a paragraph that names the plan the
    # work was built under ("…제13차 5개년 계획에 따라 건설된 … 프로젝트의 일환으로 …")
    text = (
        "27일 문 여는 가상국제공항 미리보기\n2025-03-05\n가상시가 세 번째 국제공항 도시가 된다.\n"
        "2030년까지 연간 8000만명 승객 수용\n"
        "가상공항은 제14차 5개년 계획에 따라 건설된 최대 허브 공항 프로젝트의 일환으로 지난 2020년 5월 건설에 "
        "착수했다. 5개의 활주로(평행 활주로 3개, 측 방향 활주로 2개)를 갖췄다.\n"
    )
    assert not [r.value_text for r in records_of_page(text) if r.kind != "actual" and r.line == 5]


def test_an_amount_glossed_in_another_unit_is_one_target():
    # the same amount put another way, in brackets or after "즉", however far apart the units are
    records = news(
        "중국 당국은 민영 정유공장에 2026년분 원유 수입 한도를 2억1200만t(일일 425만 배럴)으로 배정했다."
    )
    assert records["2억1200만t"][:2] == ("target", 2026)
    assert "425만 배럴" not in records
    records = news("정부는 '27년까지 정제 능력을 연간 9억 톤, 즉 하루 1,800만 배럴로 묶을 계획이다.")
    assert records["9억 톤"][:2] == ("target", 2027)
    assert "1,800만 배럴" not in records
    # two amounts listed with no gloss word are two targets
    records = news("정부는 '27년까지 정제 능력을 연간 9억 톤, 저장 능력을 1,800만 배럴로 늘릴 계획이다.")
    assert set(records) >= {"9억 톤", "1,800만 배럴"}
    # a bracket that says more than the amount is no gloss
    records = news("정부는 '27년까지 항구 물동량을 3억 톤(컨테이너 2,000만 TEU 포함)으로 늘릴 계획이다.")
    assert set(records) >= {"3억 톤", "2,000만 TEU"}
    # money in brackets after a count is what the count is worth, a figure of its own
    records = news("가상시는 2027년까지 신에너지차 연간 12만대(약 360억 위안) 생산을 목표로 하고 있다.")
    assert set(records) >= {"12만대", "360억 위안"}


def test_a_full_stop_glued_to_a_name_in_hanja_ends_the_sentence():
    # "…밝혔다.李총리는 …": the next sentence's past figure does not take the pledge's deadline
    records = news(
        "리창 총리는 2030년까지 GDP를 2020년의 두 배로 늘리겠다고 밝혔다.李총리는 이날 보고에서 "
        "지난 5년간 연평균 12% 성장했다고 말했다."
    )
    assert records["두 배"][:2] == ("target", 2030)
    assert "12%" not in records


def test_a_plan_a_deed_is_measured_against_plans_nothing():
    # "예정보다 … 빠른 … 개통했다": the works are done, the plan is only the yardstick
    records = news(
        "국가관망공사는 타이안과 타이싱을 잇는 650㎞ 구간이 예정보다 4개월 빠른 20개월 만에 개통했다고 밝혔다."
    )
    assert records.get("650㎞", ("actual",))[0] == "actual"
    # a plan brought forward is still a plan
    records = news("가상성은 2027년까지 650㎞ 구간을 계획보다 1년 앞당겨 개통할 계획이다.")
    assert records["650㎞"][:2] == ("target", 2027)


def test_the_share_of_a_target_reached_so_far_is_progress():
    records = news("이에 따르면 올 상반기 신규 대출 규모가 연간 목표치의 55%에 육박한 셈임.")
    assert "55%" not in records
    # the share of a target still to deliver is planned
    records = news("가상성은 상반기에 연간 목표의 60%에 달하는 물량을 공급할 계획이다.")
    assert records["60%"][0] == "target"


def test_a_level_done_and_its_share_of_the_years_target_are_progress_in_the_present_too():
    # "…농촌도로는 3,183 킬로메터로서 년간목표 (3,000 킬로메터)의 106.1% 에 달한다": what was built and
    # how much of the target that is; the target in brackets stays the year's target
    records = news(
        "지금까지 가상성이 신축한 농촌도로는 3,100킬로미터로서 연간목표 (3,000킬로미터)의 103.3% 에 달한다."
    )
    assert records["3,100킬로미터"][0] == "actual"
    assert "103.3%" not in records
    assert records["3,000킬로미터"][0] == "target"


def test_a_size_a_change_starts_from_is_its_baseline():
    records = news(
        "가상성은 2027년까지 곡물 생산량을 지난해 4억6천만t 규모에서 5억t 규모로 늘린다는 방침이다."
    )
    assert records["5억t"][:2] == ("target", 2027)
    assert records["4억6천만t"][0] == "actual"


def test_a_year_a_multiple_is_counted_from_is_no_date_of_a_fact():
    # "2020년 기준으로 3배": the multiple's base year, not "as of 2020"
    records = news(
        "왕 부총리는 앞으로 10년 뒤면 GDP가 2020년 기준으로 3배, 1인당 소득은 2배가 될 것이라고 밝혔다."
    )
    assert records["3배"][0] == "target"
    assert records["2배"][0] == "target"
    # a count dated by 기준 is still a fact as of that year
    assert "400만 개" not in news("2024년 기준으로 5G 기지국은 400만 개다.")


def test_a_day_dates_the_event_of_its_own_clause_only():
    # "오는 11일까지 계속되며": how long a meeting lasts, no deadline of the count after it
    assert "2900여명" not in news(
        "올해 전인대는 오는 11일까지 계속되며 각 성과 시의 대표 2900여명이 참석했다."
    )
    # a day deadline in the figure's own clause still dates it
    assert news("가상성은 오는 6월 30일까지 신규 충전소 300개를 완공할 계획이다.")["300개"][:2] == (
        "target",
        2025,
    )
    # … nor a plan for that day told in the next clause
    assert news("정부는 오는 25일을 전후해 시범 도시 10곳을 선정, 발표할 계획이다.")["10곳"][:2] == (
        "target",
        2025,
    )


def test_a_target_told_with_a_past_copula_is_gone_by():
    records = news("중국 정부의 지난해 GDP 성장 목표치는 7.5%였고 실제 성장률은 8.1%였다.")
    assert "7.5%" not in records and "8.1%" not in records
    assert news("가상성의 올해 성장 목표치는 6%이다.")["6%"][0] == "target"


def test_a_count_about_so_many_is_no_scope():
    # "60개 좌우의 …": 左右 as the Korean-language press of China writes it, a qualifier, not a noun
    assert news("지도의견은 2027년까지 전국에 60개 좌우의 국가물류중추를 배치한다.")["60개"] == (
        "target",
        2027,
        "~",
    )
    # a target still ahead, told in the past before its expected shortfall, is still the target
    assert (
        news("2027년 원전 설비용량 목표치는 60GW였지만 공사 지연으로 55GW에 머물 것으로 예상된다.")["60GW"][0]
        == "target"
    )


def test_a_budget_secured_for_a_measure_is_money_committed():
    records = news("가상시는 오는 9월부터 이 제도를 시행하기 위해 2억8000만위안의 예산을 확보했다.")
    assert records["2억8000만위안"][0] in ("target", "funding")
    # securing as a noun allots nothing: "성장률 확보 … 효과"
    records = news(
        '딩 부부장은 "4월 1일 기준으로 중앙정부의 누적 투자액은 4천억위안에 달해 40.5%의 자금 집행이 이뤄졌다"고 '
        '밝히고 "중앙정부 자금은 경제 성장률 확보, 내수 확대 등에서 효과를 나타내기 시작했다"고 말했다.'
    )
    assert "40.5%" not in records


def test_what_a_supposed_case_comes_to_is_no_pledge():
    # "만약 … 있다면 총 … 받게 된다": the sum a case works out to, not a separate pledge
    assert "7200위안" not in news("만약 보육원을 3년 다니는 아이가 있다면 총7200위안을 받게 된다.")
    assert news("가상시는 아이 1명당 매년 2400위안을 지급한다.")["2400위안"][0] in ("target", "funding")


def test_a_headline_rounding_a_body_figure_restates_it():
    records = news(
        "중국 당국은 민영 정유공장에 2026년분 원유 수입 한도를 2억1240만t으로 배정했다.",
        headline="中, 민영 정유공장에 내년 원유 수입 한도 2.1억t 배정",
    )
    assert set(records) == {"2억1240만t"}
    # a round figure of one digit says too little to be the same: "100개" is no "150개"
    records = news(
        "가상성은 2027년까지 로봇 기업 150개를 육성할 계획이다.", headline="가상성, 로봇 기업 100개 육성"
    )
    assert set(records) == {"150개", "100개"}


def test_a_quote_closed_by_myeonseo_ends_what_its_figures_are_told_in():
    # '…자리매김했다"면서 "…': the quoted sentence closes at 다, its past governs the figure before it
    records = news(
        '이어 "OS 연동 장비 수는 9억 대를 돌파해 여러 제품군의 중추로 자리매김했다"면서 '
        '"AI 역량도 전반적으로 도약해 세계 선두권에 진입할 것"이라고 말했다.'
    )
    assert "9억 대" not in records
    records = news(
        '그는 "2027년까지 연동 장비 수를 12억 대로 늘릴 것"이라면서 "지원을 아끼지 않겠다"고 말했다.'
    )
    assert records["12억 대"][:2] == ("target", 2027)


def test_one_fact_on_top_of_another_takes_no_later_deadline():
    # "…로 크게 떨어진데다 …를 2030년께 …로 늘린다는": 데다 closes the fact's clause; the level it fell
    # to is no target of the plan after it
    records = news(
        "이같은 대책은 농업 성장률이 지난 90년 1:1.5에서 최근 1:4 비율로 크게 떨어진데다 지난해 곡물 생산량 "
        "4억t 규모를 2030년께 5억t 규모로 늘린다는 방침에서 나온 것이다."
    )
    assert records["5억t"][:2] == ("target", 2030)
    assert "1:4" not in records and "1:1.5" not in records


def test_a_decision_a_report_tells_of_is_no_forecast():
    # "…에 따르면 정부와 업계는 … 늘리기로 합의했다": the source tells of a decision taken
    records = news(
        "15일 중국증권보에 따르면 중국 정부와 업계는 최근 보조금 지원대상 제품의 종류도 12개에서 24개로 "
        "늘리기로 합의했다."
    )
    assert records["24개"][0] == "target"
    # a source's outlook stays a forecast
    assert "900억 위안" not in news("업계에 따르면 2030년 시장 규모는 900억 위안에 이를 전망이다.")


def test_the_level_a_target_is_put_at_is_the_target_whatever_the_verb():
    records = news(
        "리 장관은 연설에서 올해 홍콩의 실질 GDP 성장률 목표를 2%~3%로 재확인하며, 금융 허브 위상을 강화하겠다고 밝혔다."
    )
    assert records["2%~3%"][:2] == ("target", 2025)


def test_a_speakers_quote_is_no_name_and_a_quoted_share_is_no_name():
    # '"…목표치 3만5천명의 거의 3배로 열광적인 반응"이라며': speech, and the target it names
    records = news(
        '리 행정장관은 "지원자 수는 연간 인재 유치 목표치 3만5천명의 거의 3배로 열광적인 반응"이라며 '
        '"홍콩이 매력적인 곳임을 보여주는 것"이라고 말했다.'
    )
    assert records["3만5천명"][0] == "target"
    assert "3배" not in records  # the applicants against the target, almost three times: a fact
    records = news(
        "지도부는 중앙경제공작회의에서 성장률 목표를 금년의 7.5%에서 내년에는 ‘6.5% 내외’의 안정적 성장을 꾀하기로 했다."
    )
    assert records["6.5%"][:2] == ("target", 2026)
    # a quoted programme's name keeps its number out
    assert "300개" not in news("가상시는 '스마트공장 300개' 프로젝트를 추진한다.")


def test_a_likelihood_experts_see_is_a_forecast():
    records = news(
        "경제 전문가들은 국채 발행량은 올해만 6천 억 위안을 넘었기 때문에 내년에는 9천억 위안을 초과할 "
        "가능성이 높다고 보고 있다."
    )
    assert "9천억 위안" not in records


def test_a_trend_carried_on_is_a_supposition():
    records = news("이러한 속도대로라면 2027년에는 8000억위안을 넘어서고 2030년에는 1조위안을 돌파한다.")
    assert "8000억위안" not in records and "1조위안" not in records


def test_the_level_that_beat_a_target_is_the_outcome():
    assert "10.7%" not in news("구이저우는 10.7%의 성장률로 목표를 0.7%p 초과했다.")


def test_the_end_of_a_plan_period_as_a_yardstick_plans_nothing():
    records = news(
        "지난해 중국의 신에너지차 보유량은 3천140만 대로 '13차 5개년(2016~2020년) 계획' 말보다 6배 이상 "
        "증가한 것으로 나타났다."
    )
    assert "3천140만 대" not in records


def test_a_speakers_quote_closed_by_irami_holds_its_own_facts():
    # '"… 3분의 1가량이 빈곤에 허덕이고 있으며 … 빈곤층"이라며 "…이주시키기로 결정했다"': the decision of the
    # next quote governs neither figure, nor does 기로 결정 set a level
    records = news(
        '천 부성장은 "가상성 3분의 1가량이 빈곤에 허덕이고 있으며 이들 중 200만명은 극심한 빈곤층"이라며 '
        '"이들을 도시로 이주시키기로 결정했다"고 말했다.'
    )
    assert records == {}
    assert news("올해 재정적자율은 GDP 대비 3% 안팎으로 결정했다.")["3%"][0] == "target"


def test_a_verb_joined_by_myeo_takes_the_tense_of_the_verb_it_joins():
    # "…81%를 돌파하며, … 3위에 올랐다": the sentence's last verb tells it, a fact
    assert "81%" not in news(
        "운송 측면에서 보면, 가상시의 도시 버스망 커버율은 81%를 돌파하며, 중국 도시 중 3위에 올랐다."
    )
    records = news("가상시는 2027년까지 버스망 커버율 90%를 돌파하며, 중국 도시 중 1위에 오를 계획이다.")
    assert records["90%"][:2] == ("target", 2027)


def test_an_arrow_and_a_yuan_named_twice_start_a_change():
    # "2000위안→5000위안": the arrow's tail is the old level
    records = news(
        "1회당 거래금액 한도를 1500위안→4000위안, 연간 한도를 1만5000위안→2만위안으로 상향 조정한다."
    )
    assert records["4000위안"][0] == "target" and records["2만위안"][0] == "target"
    assert records["1500위안"][0] == "actual" and records["1만5000위안"][0] == "actual"  # baselines
    # "2만 원 인민폐에서 2만 6,000원 인민폐로": the yuan written 원 인민폐, as the press of China does
    records = news("연간 면세한도는 1인당 연간 1만 원 인민폐에서 1만 5,000원 인민폐로 상향 조정된다.")
    assert records.get("1만 원", ("actual",))[0] == "actual" and records["1만 5,000원"][0] == "target"


def test_what_has_been_done_once_is_past():
    # "…축소시킨 바 있다": -ㄴ 바 있다 after any syllable ending in ㄴ
    assert news("정부는 한때 900여개에 달했던 기업을 통폐합을 통해 80여개 미만으로 축소시킨 바 있다.") == {}


def test_a_targets_value_in_brackets_is_the_target():
    records = news(
        "※ 금년 5월 말 기준, 연간 신규지방채권 발행 목표액(2.9조 위안)의 45%에 해당하는 1조 3,000억 위안의 "
        "신규지방채권이 발행됐다."
    )
    assert records["2.9조 위안"][0] == "target"
    assert records.get("1조 3,000억 위안", ("actual",))[0] == "actual"


def test_an_existing_count_a_plan_adds_to_is_no_target():
    records = news("둘째 기존 12개 시범지역에 20개 도시를 추가해 시범 범위를 넓힌다.")
    assert "12개" not in records and records["20개"][0] == "target"


def test_a_quarter_a_lead_reviews_sets_no_years_goals():
    # "2026년 1분기 중국 국채는 … 조기 달성했으며": the period reported, no deadline for the lines below
    records = records_of_page(
        "中 1분기 국채 발행 최고치\n2026-04-02\n"
        "□ 2026년 1분기 중국 국채는 연간 목표의 20.5%를 조기 달성했으며 지방채는 특수목적채 중심으로 발행됨.\n"
        "- 1분기 동안 총 40종 국채가 발행되었으며 총 발행액은 3조 1,000억 위안에 달함.\n"
    )
    assert [r.value_text for r in records if r.kind != "actual"] == []


def test_insiders_tell_of_a_plan_not_an_outlook():
    # "소식통에 따르면 올해 … 발행한도는 700억 위안으로": what was decided, told by sources familiar with it
    records = news(
        "한편 소식통에 따르면 올해 지방정부 채권 발행한도는 650억 위안으로 이는 지난 2024년(300억 위안)보다 "
        "늘어난 수준이다."
    )
    assert records["650억 위안"][0] in ("target", "funding")
    # their outlook stays an outlook
    assert "900억 위안" not in news("소식통에 따르면 내년 시장 규모는 900억 위안에 이를 것으로 예상된다.")


def test_a_support_cap_stated_by_a_copula_is_the_measures():
    # "대출한도는 30만위안이며", "보조금 최대 한도는 2000위안이다": a measure's cap as it now stands
    records = news("개인창업의 경우 대출한도는 25만위안(한화 약 4500만원)이며 대출기간은 3년이다.")
    assert records["25만위안"][0] == "funding"
    records = news("에너지 효율 1등급의 경우 판매가의 15%를 보조하며, 개당 보조금 최대 한도는 1500위안이다.")
    assert records["1500위안"][0] == "funding"
    # a cap that was is history
    assert "1200위안" not in news("지난해 보조금 한도는 1200위안이었다.")


def test_a_unit_after_a_number_in_words_names_no_company():
    # "배기량 1천cc 이하의 …": cc after 천 is a measure, as after a digit, no organisation's name
    records = news(
        "2차 심의회에선 배기량 1천cc 이하의 소형 승용차에 대한 세금은 연 50-300 위안으로 낮추고 "
        "1천-1천600cc는 250-500 위안으로 조정키로 했다."
    )
    assert set(records) >= {"50-300 위안", "250-500 위안"}


def test_a_design_named_as_the_plan_is_a_plan():
    # "…석유를 비축한다는 복안이다": 복안 (a design) states the plan as 방침 does; "3기 기지가 완공되면": a phase
    records = news(
        "보도에 따르면 중국은 3단계 석유비축기지 건설을 통해 1단계로 1000만t에 이어 2기 공사가 끝나면 다시 "
        "2500만t, 3기 기지가 완공되면 2500만t 등 모두 6000만t의 석유를 비축한다는 복안이다."
    )
    assert records["6000만t"][0] == "target" and records["1000만t"][0] == "target"
    assert "3기" not in records and "2기" not in records


def test_a_level_now_taken_up_by_ireul_is_the_baseline():
    # "현재 … 200만t 정도며 이를 2027년까지 1000만t으로 늘릴 계획": 이를 takes the level now as the change's start
    records = news("중국의 현재 비축석유는 150만-250만t 정도며 이를 2027년까지 1000만t으로 늘릴 계획이다.")
    assert records["1000만t"][:2] == ("target", 2027)
    assert records["150만-250만t"][0] == "actual"


def test_money_known_to_have_been_spent_is_spent():
    # "…인프라 건설 투자에 집행된 것으로 알려졌다": spent, as "달성한 것으로 알려졌다" is reached
    assert "6,000억 위안" not in news(
        "특별국채 자금 6,000억 위안이 세 차례에 걸쳐 인프라 건설 투자에 집행된 것으로 알려졌다."
    )


def test_a_change_a_broadcast_announces_with_honorific_endings_is_planned():
    # "…74%로 높아지게 됩니다": -게 되다 in the broadcasts' polite style
    records = news("오늘부터 무관세 품목 비율이 기존 20%에서 70%로 높아지게 됩니다.")
    assert records["70%"][0] == "target" and records["20%"][0] == "actual"


def test_a_year_named_as_a_start_is_no_deadline_for_high_confidence():
    # "2029년 이후에 만료되는 … 채무 2조 위안은 … 상환될 것": the year the debt starts to fall due, no deadline
    records = records_of(
        '란 부장은 또한 "2030년 이후에 만료되는 판자촌 개조 채무 3조 위안은 원 계약 조항에 따라 상환될 것"이라고 말했다.'
    )
    assert [(r.value_text, r.confidence) for r in records if r.value_text == "3조 위안"] == [
        ("3조 위안", "medium")
    ]
    records = records_of("가상성은 2027년까지 스마트 공장 200개를 구축한다.")
    assert [(r.value_text, r.confidence) for r in records] == [("200개", "high")]


def test_a_year_an_earlier_sentence_plans_for_dates_the_next_sentences():
    # the next sentences go on with the year's work: "칭다오는 2016년에도 … 추진할 예정이다. … 사업 33개"
    records = news(
        "가상시는 2026년에도 스마트 교통 건설을 이어갈 예정이다. 교통 관련 사업 25개, 시민 서비스 "
        "사업 12개 등 모두 40억 위안 규모의 사업이 추진된다."
    )
    assert records["25개"][:2] == ("target", 2026)
    assert records["40억 위안"][:2] == ("target", 2026)
    # a plan told in the present: "첫번째 단계로 2024년에 4가지 정책조치를 출범시킨다. … 늘인다"
    records = news(
        "첫 단계로 2026년에 네 가지 조치를 시행한다. 장학금 정원을 매년 5만명에서 10만명으로 늘린다."
    )
    assert records["10만명"][:2] == ("target", 2026)


def test_a_day_in_an_earlier_sentence_dates_a_step_not_the_next_sentences():
    # "2009년 3월 1일부터 … 지급된다. … 지원한다": the day a measure starts, a standing cap after it
    records = news("가상시는 2026년 7월 1일부터 새 보조 제도를 시행한다. 기업당 최대 200만 위안을 지원한다.")
    assert records["200만 위안"][1] is None


def test_the_press_that_reports_is_no_place_of_a_later_target():
    # "홍콩 언론들은 … 밝혔다": the media at large report; the country's goal after them stays national
    body = (
        "(가상=연합뉴스) 중국은 올해 경기를 부양하기 위해 500억 위안의 적자 예산을 편성했다.\n"
        "홍콩 언론들은 재정부장이 오는 5일 이 예산안을 제출한다고 밝혔다.\n"
        "중국이 적자 예산을 편성한 것은 올해 6%의 성장률 목표를 달성하기 위한 것이라고 언론들은 분석했다."
    )
    records = {r.value_text: r for r in records_of(body, headline="중국, 적자 예산 편성")}
    assert (records["6%"].region, records["6%"].target_year) == ("National", 2025)


def test_a_place_that_names_an_event_or_a_clause_before_the_subject_is_no_actor():
    # "…베이징 동계올림픽 띄우기 나선 중국": the headline's place names the Games, the actor is the
    # country; "개최지가 베이징으로 결정된 뒤부터 중국 정부는": the subject is the government
    page = (
        "빙설 인구 2억명 육성…베이징 동계올림픽 앞둔 중국\n2025-03-05\n"
        "중국 정부가 빙설 스포츠 육성에 속도를 내고 있다.\n"
        "특히 개최지가 베이징으로 결정된 뒤부터 중국 정부는 빙설 산업 지원을 크게 늘렸다.\n"
        "계획에 따르면 2028년까지 전국에 스키장 700개를 확충하고 빙설 인구 2억명을 육성할 계획이다.\n"
    )
    records = {r.value_text: r for r in records_of_page(page)}
    assert (records["700개"].region, records["700개"].target_year) == ("National", 2028)
    assert records["2억명"].region == "National"
    # the headline alone: its place names the Games
    page = (
        "빙설 인구 2억명 육성…베이징 동계올림픽 앞둔 중국\n2025-03-05\n"
        "계획에 따르면 2028년까지 전국에 스키장 700개를 확충할 계획이다.\n"
    )
    assert [r.region for r in records_of_page(page)] == ["National"]


def test_a_level_reached_joined_to_what_it_will_come_to_looks_forward():
    # "…1만1천km에 달해 … 전체 길이가 3만km에 달하게 돼 …": -게 돼 joins the clause that comes of it
    records = news(
        "이 계획은 향후 5년간 가상성의 철도망을 촘촘히 만드는 것이 목적이다. 신규 철도 노선 길이는 "
        "5천km에 달해 가상성 전체 철도 길이가 2만km에 달하게 돼 도시의 90%를 잇게 된다."
    )
    assert records["5천km"][0] == "target"
    assert records["2만km"][0] == "target"
    # (a level reached and then a fact: "…1만km에 달해 세계 최장을 기록했다" stays a fact)
    fact = records_of("가상성 철도 길이는 지난해 1만km에 달해 세계 최장을 기록했다.")
    assert [r.kind for r in fact if r.kind == "target"] == []


def test_a_world_citys_figure_beside_a_chinese_one_is_no_target():
    # "이는 런던의 415km, 뉴욕의 371km를 초월하는 세계 최대 규모다": other cities, set beside the plan's
    body = (
        "가상시는 2030년까지 지하철 노선을 600km로 늘릴 계획이다. "
        "이는 런던의 420km, 뉴욕의 380km를 뛰어넘는 규모다."
    )
    records = news(body, headline="가상시 지하철 확충")
    assert records["600km"][:2] == ("target", 2030)
    assert "420km" not in records and "380km" not in records
    # (a paper named after a city reports, it plans nothing: "뉴욕타임스는 …")
    records = news("뉴욕타임스는 가상성이 2027년까지 300억 달러를 투자할 계획이라고 보도했다.")
    assert records["300억 달러"][1] == 2027


def test_provinces_counted_as_partners_are_who_acts():
    # "유관 부처와 6개 성과 함께 … 계획을 공동 연구 제정할 것": the provinces that draft it with the body
    body = "발개위는 향후 유관 부처와 6개 성과 함께 '가상지역 발전계획(2026~2035년)'을 공동 제정할 것이라고 밝혔다."
    assert "6개" not in news(body, headline="가상지역 발전계획 제정")


def test_support_for_next_year_is_dated_like_this_years():
    # "내년 영주권을 가진 모든 주민에게 1인당 9천 파타카를 지급하겠다": a one-off of next year
    records = news("가상시장은 내년 모든 주민에게 1인당 5천 위안을 지급하겠다고 밝혔다.")
    assert records["5천 위안"][:2] == ("funding", 2026)
    # "내년부터 …": a standing measure that starts then keeps no deadline
    records = news("가상시는 내년부터 신규 입주 기업에 최대 200만 위안을 지원한다.")
    assert records["200만 위안"][:2] == ("funding", None)


def test_next_year_planned_in_an_earlier_sentence_dates_the_next_one():
    # "…가 내년 … 보조금을 지급하기로 했다. … 1인당 300위안, … 1인당 200위안이 지급된다"
    records = news(
        "가상국 정부가 내년 춘제를 앞두고 저소득층에게 보조금을 지급하기로 했다. "
        "도시 지역 저소득층에게는 1인당 400위안, 농촌 지역에는 1인당 250위안이 지급된다."
    )
    assert records["400위안"][1] == 2026
    assert records["250위안"][1] == 2026


def test_this_year_a_figure_is_compared_with_is_no_date_of_it():
    # "내년 성장률 목표를 … 재정적자 목표는 올해보다 높은 GDP의 4%로 설정하기로": next year's target
    records = news("지도부는 내년 재정적자 목표를 올해보다 높은 GDP의 4%로 설정하기로 했다.")
    assert records["4%"][:2] == ("target", 2026)
    records = news("가상성은 내년에 올해 대비 20% 늘어난 500억 위안을 투자할 계획이다.")
    assert records["500억 위안"][1] == 2026


def test_a_window_after_a_past_date_of_its_plan_dates_the_figure():
    # "'16년 말 … 공동발표한 '…13차 5개년 규획'에 따르면, 향후 5년간 연간 8억톤의 석탄 공급을 축소할 계획"
    records = news(
        "'24년 말 발개위가 발표한 '가상공업 발전 규획'에 따르면, 향후 5년간 연간 2억톤의 생산 설비를 축소할 계획이다."
    )
    assert records["2억톤"][:2] == ("target", 2029)


def test_a_rank_in_a_year_ahead_in_the_headline_is_an_aim_not_a_report():
    # '中, 신규 원전 10기 승인…"2030년 세계 1위 등극"': the rank is the aim; the approval is the plan
    records = news(
        "가상국 정부가 신규 원전 8기 건설을 승인했다.",
        headline='가상국, 신규 원전 8기 승인…"2035년 세계 1위 등극"',
    )
    assert records["8기"][0] == "target"


def test_to_build_in_the_broadcasts_polite_present_looks_forward():
    # "중국 정부가 … 37헥타르 땅에 세계 최대 규모의 양자연구소를 짓습니다"
    records = news("가상국 정부가 가상시 40헥타르 땅에 대규모 연구소를 짓습니다.")
    assert records["40헥타르"][0] == "target"


def test_the_investment_opening_a_sentence_after_the_works_is_their_cost():
    # "10기 모두 … 건설된다. 이 가운데 8대는 … 채택될 예정이다. 투자 규모는 2000억 위안에 이른다."
    records = news(
        "가상국 정부가 신규 원전 6기 건설을 승인했다. 6기 모두 자체 개발한 원전으로 건설된다. "
        "투자 규모는 1500억 위안에 이른다."
    )
    assert records["1500억 위안"][0] == "target"
    # (a past year's: "지난해에도 … 투자규모는 683억위안이었으며")
    records = news(
        "지난해 가상시의 고정자산 투자는 크게 늘었다. 투자규모는 600억위안이었으며 절반이 민간투자다."
    )
    assert records.get("600억위안", ("actual",))[0] != "target"


def test_an_officials_quoted_will_after_a_news_source_is_no_forecast():
    # "25일 신화통신에 따르면 장 부총리는 … "향후 5년간 수입 규모가 8조달러에 달할 것"이라며 이같이 밝혔다"
    body = (
        '25일 가상통신에 따르면 장 부총리는 이날 열린 포럼 개막사에서 "향후 5년간 수입 규모가 '
        '8조달러에 달할 것"이라며 이같이 밝혔다.'
    )
    assert news(body, headline="가상국 부총리, 수입 확대")["8조달러"][:2] == ("target", 2029)


def test_a_verb_ending_in_hae_is_no_year_before_this_years_date():
    # "…에 대비해 년내 130만 개의 4G 기지국을 설치할 예정이다": 해 ends a verb, 년내 is this year
    records = news("가상성은 이용자 증가에 대비해 년내 5만 개의 기지국을 설치할 예정이다.")
    assert records["5만 개"][:2] == ("target", 2025)
    # ("지난해 하반기": the year before names the half)
    records = news("가상성은 지난해 하반기 기지국 2만 개를 설치했다.")
    assert records.get("2만 개", ("actual",))[0] == "actual"


def test_this_year_closing_a_span_a_past_verb_closes_tells_how_far_a_figure_came():
    # "초기 물동량이 약 70만톤, 2001년에는 1억톤으로 증가했고, 올해까지 5억톤으로 급증했다"
    records = news("가상항의 물동량은 2005년 1억톤으로 증가했고, 올해까지 4억톤으로 급증했다.")
    assert records.get("4억톤", ("actual",))[0] != "target"
    # this year as a deadline: "올해까지 … 늘릴 계획이다"
    assert news("가상항은 올해까지 물동량을 4억톤으로 늘릴 계획이다.")["4억톤"][:2] == ("target", 2025)
    # a date still ahead within the year: "오는 연말까지 … 구입세를 10%에서 5%로 낮췄다"
    records = news("지난 1월 가상국 정부는 오는 연말까지 소형차 구입세를 10%에서 5%로 낮췄다.")
    assert records["5%"][:2] == ("target", 2025)


def test_what_a_work_can_do_told_with_no_plan_is_no_pledge():
    # "하루 최대 4.8톤의 수소 공급으로 수소 전기차 800대의 충전 수요를 충족시킬 수 있으며, 현재 …"
    records = news(
        "가상 수소충전소는 지난해 완공됐다. 하루 최대 3.5톤의 수소 공급으로 수소차 600대의 "
        "충전 수요를 충족시킬 수 있으며, 현재 가장 큰 충전소다."
    )
    assert "3.5톤" not in records and "600대" not in records
    # "총생산액 20억원을 달성할 수 있고 … 1000명의 취업을 이끌 수 있다": a project's effects
    records = news("이 사업으로 총생산액 15억원을 달성할 수 있고 800명의 취업을 이끌 수 있다.")
    assert "15억원" not in records and "800명" not in records
    # "…30만톤의 원유선적과 … 입출을 확보할 수 있는 능력을 갖추었다": a capability held
    assert "30만톤" not in news("가상항은 수심 20m로 30만톤의 유조선이 드나들 수 있는 능력을 갖추었다.")
    # support one may receive is a pledge; so is what works planned will hold, or do once done
    assert news("가상시 시민은 최대 2000위안의 보조금을 지원받을 수 있다.")["2000위안"][0] == "funding"
    records = news("가상항은 100억 위안을 투자해 2억t의 물동량을 수용할 수 있는 10개 부두를 건설키로 했다.")
    assert records["2억t"][0] == "target"
    records = news(
        "가상댐이 완공되면 가상시 주민에게 매년 1억㎥의 식수를 공급할 수 있다. "
        "한편 하류의 관개면적을 5만 무 늘릴 수 있어 곡물 생산에 도움이 된다."
    )
    assert records["1억㎥"][0] == "target" and records["5만 무"][0] == "target"


def test_the_departments_concerned_are_a_public_source():
    # "관련 부문에 따르면 하반기 길림성에서는 로씨야로부터 1만톤의 옥수수를 반송하게 된다" (有关部门)
    records = news("관련 부문에 따르면 하반기 가상성에서는 이웃나라로부터 1만톤의 옥수수를 수입하게 된다.")
    assert records["1만톤"][:2] == ("target", 2025)
    # (a research firm's word stays its outlook)
    records = news("가상리서치에 따르면 하반기 가상성 옥수수 수입은 1만톤에 달할 전망이다.")
    assert "1만톤" not in records


def test_a_broadcasting_acronym_in_a_programmes_name_names_no_company():
    # "이번 전 도시의 DTV전면 전환 프로젝트는 2010년까지 300만 호 커버를 목표로 하고 있으며"
    records = news("이번 가상시의 DTV 전환 프로젝트는 2027년까지 300만 호 커버를 목표로 하고 있다.")
    assert records["300만 호"][:2] == ("target", 2027)


def test_ministries_counted_as_who_issued_a_plan_together_are_no_target():
    # "발개위 등 4개 부처 공동발표…2018년까지 1000억위안 시장 육성"
    records = news("가상위원회 등 5개 부처 공동발표…2027년까지 800억위안 시장 육성")
    assert "5개" not in records and records["800억위안"][:2] == ("target", 2027)
    # (a count of joint centres is what is built)
    assert news("가상시는 2027년까지 10개 공동 연구센터를 건설한다.")["10개"][:2] == ("target", 2027)


def test_things_counted_as_won_are_no_level_allotted():
    # "…자체 연구·개발을 통해 로봇 핵심기술 300여 건을 확보했고 …" (not "예산 … 확보했다")
    records = news(
        "가상시 기업들은 자체 연구개발을 통해 핵심기술 300여 건을 확보했고 제품 100여 종을 만들었다."
    )
    assert records.get("300여 건", ("actual",))[0] == "actual"


def test_a_lead_figure_the_body_dates_by_its_paragraph_is_one_commitment():
    # lead "중국이 628억위안을 투자, … 11개 첨단기술 개발에 나선다." and body "국무원은 2010년까지 …
    # 개발하기로 결정했다. … 국무원은 정부 자금 628억위안 외에 기업이 추가로 자금을 투입 …할 계획이다."
    page = (
        "가상국, 첨단기술 개발 착수\n2025-03-05\n"
        "가상국이 450억위안을 투자해 첨단기술 개발에 나선다.\n"
        "가상국 국무원은 2027년까지 기반기술을 개발하기로 결정했다. "
        "국무원은 정부 자금 450억위안 외에 기업이 추가로 자금을 투입하도록 할 계획이다.\n"
    )
    found = [(r.value, r.target_year) for r in records_of_page(page) if r.unit == "CNY"]
    assert found == [(45_000_000_000, 2027)]


def test_a_change_reported_after_a_level_in_its_unit_is_no_record():
    # "2011년 연초예산은 237억 … 위안으로 전년 연초예산 수보다 37억 … 위안(18.97%) 증가"
    records = news("가상부의 올해 예산은 180억 위안으로 전년 예산보다 25억 위안(16.1%) 증가했다.")
    assert "25억 위안" not in records and "180억 위안" in records
    # a growth rate a budget is told with, and the increase a plan sets beside its level, are records
    records = news("가상국은 올해 성장률을 6%로 예상하면서 국방 예산을 전년보다 11.2% 늘리겠다고 밝혔다.")
    assert records["11.2%"][0] == "target"
    records = news("가상국은 내년 경작면적을 9000만헥타로 올해보다 5만헥타 정도 늘릴 계획이다.")
    assert records["5만헥타"][0] == "target"


def test_a_level_set_against_the_same_period_a_year_before_is_reported():
    # "PM2.5 년평균 농도가 39.8μg/㎥로 전년 동기 대비 0.6μg 감소, … 2025년 할빈시 생태환경국은 …"
    records = news(
        "PM2.5 년평균 농도가 41.2μg/㎥로 전년 동기 대비 0.8μg 감소, 수질 우량 비률이 80%로 전년 동기 "
        "대비 5%포인트 증가... 2024년 가상시 생태환경국은 '푸른 가상시' 건설 목표를 확정하고 난관을 "
        "극복하여 년간 업무에서 뚜렷한 성과를 거두었다.",
        headline="가상시 생태환경국, 지난해 업무 결산",
    )
    assert records.get("41.2μg/㎥", ("actual",))[0] == "actual"
    # (a goal set as a rise on the same period stays a goal)
    records = news("가상시는 상반기 수출을 500억 달러로 전년 동기 대비 10% 늘릴 계획이다.")
    assert records["500억 달러"][0] == "target"


def test_what_a_work_could_do_told_in_the_past_is_no_pledge():
    # "…“4중 항로”로 발전돼 입출항 효율을 47% 높일 수 있었다”며"
    body = (
        "이어 “최근 투입된 새 항로는 “1중 항로”에서 “3중 항로”로 발전돼 입출항 효율을 35% 높일 수 "
        "있었다”며 “현재까지 가상항의 면적은 100㎢에 달한다."
    )
    assert "35%" not in news(body)


def test_n_years_from_now_dates_the_figure():
    # "앞으로 3년 후 연간 생산량을 1억대, 연간 생산액을 1천억위안으로 각각 늘릴 계획이다" (2011 → 2014)
    records = news("가상구는 앞으로 3년 후 연간 생산량을 5000만대로 늘릴 계획이다.")
    assert records["5000만대"][:2] == ("target", 2028)


def test_this_years_level_as_the_base_of_a_cut_dates_nothing():
    # "이산화탄소의 배출량을 금년도 수준에서 다시 20%낮추고 5년내 환경보호 중점 도시를 100개로 늘이며"
    records = news(
        "가상국 국장은 배출량을 금년도 수준에서 다시 15% 낮추고 5년내 중점 도시를 80개로 늘인다고 밝혔다."
    )
    assert records["15%"][:2] == ("target", 2030) and records["80개"][:2] == ("target", 2030)


def test_a_work_report_digest_lists_the_years_goals_as_bare_lines():
    # "정부업무보고 축약판": past years in sentences, then "GDP 성장률 약6.5%", "… 1100만 명 이상"
    page = (
        "가상국 정부업무보고 요약\n2025-03-05\n"
        "가상국 총리는 5일 정부업무보고를 했다. 다음은 요점.\n"
        "지난해 국내총생산은 100조 위안으로 증가했다.\n"
        "GDP 성장률 약5%\n도시 신규 취업자 1200만 명 이상, 도시 조사 실업률 5.5% 이내\n"
    )
    found = {r.value_text: (r.kind, r.target_year) for r in records_of_page(page)}
    assert found["5%"] == ("target", 2025) and found["1200만 명"] == ("target", 2025)
    assert found["5.5%"] == ("target", 2025) and "100조 위안" not in found


def test_an_amount_after_a_comma_named_as_another_currency_converts_the_one_before():
    # "요녕성 정부는 올해 말까지 200억위안, 미화 3억 2670만 달러를 투자해 항만관련 17개 프로젝트를 완성"
    records = news(
        "가상성 정부는 올해 말까지 150억위안, 미화 2억 4000만 달러를 투자해 항만 프로젝트 12개를 완성한다."
    )
    assert "2억 4000만 달러" not in records and records["150억위안"][0] == "funding"


def test_last_years_level_glossed_in_brackets_is_the_base_of_the_rise():
    # "올해 수출입규모도 지난해 735억2천만달러(전년 대비 51.6%증가)보다 15% 이상 늘려나갈 계획"
    records = news(
        "가상시는 또 올해 수출입규모도 지난해 600억달러(전년 대비 40%증가)보다 15% 이상 늘려나갈 계획이다."
    )
    assert "600억달러" not in records and "40%" not in records
    assert records["15%"][:3] == ("target", 2025, ">=")


def test_a_population_described_or_taken_as_a_whole_is_no_target():
    # "일자리는 중국과 같은 13억명 이상의 인구를 가진 대국에 있어서 최대의 민생이다"
    records = news(
        "가상국은 올해 취업자를 1100만명 늘린다. 일자리는 14억명 이상의 인구를 가진 대국의 민생이다."
    )
    assert "14억명" not in records and records["1100만명"][0] == "target"
    # "…2010년까지 6억명으로 늘어 전체 인구 13억명의46%를 차지할 것으로 예상했다"
    records = news(
        "가상부는 가입자가 2027년까지 6억명으로 늘어 전체 인구 14억명의 46%를 차지할 것으로 예상했다."
    )
    assert "14억명" not in records
    # (a population to hold to is a target)
    assert news("가상시는 2027년까지 상주 인구를 2300만명으로 제한한다.")["2300만명"][:2] == ("target", 2027)


def test_the_phases_works_are_split_into_count_nothing():
    # "이 프로젝트의 투자총액은 10억 위엔으로 3회에 나뉘어 투자, 건설될 예정이다"
    records = news("가상시 프로젝트의 투자총액은 12억 위엔으로 3회에 나뉘어 투자, 건설될 예정이다.")
    assert "3회" not in records and "12억 위엔" in records


def test_tens_of_thousands_spaced_is_a_vague_amount():
    # "수 만명에 달하는 산샤댐 이주민 취업문제를 해결하기 위해 올해 3000개 '미니'기업을 … 육성할 계획"
    records = {
        r.value_text: r
        for r in records_of(
            "가상구는 수 만명에 달하는 이주민의 취업을 위해 올해 500개 기업을 육성할 계획이다."
        )
    }
    assert "만명" not in records
    assert all(r.confidence == "low" for text, r in records.items() if text.startswith("수"))


def test_coming_to_reach_before_a_connective_looks_forward():
    # "…총 부지면적이 50만평방미터, 호수가 700호에 달하게 되는데 주로 주택구, … 등으로 나뉜다"
    records = news(
        "가상 집거구의 실시방안에 따르면 호수가 600호에 달하게 되는데 주로 주택구와 상업구로 나뉜다."
    )
    assert records["600호"][0] == "target"


def test_what_a_plan_yields_told_as_an_expectation_through_it_is_its_own():
    # "… 추진방안'을 내놓고 … 62개를 추진하겠다는 뜻을 밝혔다. … 이 프로젝트를 통해 새로 지어지는
    # 의료병동은 42만7000 평방미터에 이르고, 새로 늘어나는 병상은 3400 개에 이를 전망이다."
    page = (
        "가상시 의료시설 확충\n2025-03-05\n"
        "가상시는 2023년 공공시설 추진방안을 내놓고 2023년부터 2027년까지 의료시설 50개를 추진하겠다는 뜻을 밝혔다.\n"
        "그 중 병원 4개는 이미 2023년 준공됐다.\n"
        "이 프로젝트를 통해 새로 늘어나는 병상은 2800 개에 이를 전망이다.\n"
    )
    found = {r.value_text: (r.kind, r.target_year) for r in records_of_page(page)}
    assert found["2800 개"] == ("target", 2027)


def test_what_is_added_to_what_exists_takes_no_cue_of_it():
    # "600km에 달하는 해안도로는 이미 운영중인 상황이며, 이에 추가해 1000km의 고속도로를 부설해 연결시킨다는 방침"
    records = news(
        "구상 중인 1500km 중 500km에 달하는 도로는 이미 운영중인 상황이며, "
        "이에 추가해 1000km의 고속도로를 부설해 연결시킨다는 방침이다."
    )
    assert records["1000km"][0] == "target"


def test_a_box_titled_with_this_years_plan_dates_the_figures_listed_under_it():
    # "※ '14년 중국 일부 지방정부 투자계획 규모" over "- 쓰촨성 500개 중점프로젝트 2.88조 위안"
    page = (
        "가상국 지방정부 투자\n2025-03-05\n가상국 지방정부들이 대규모 인프라 투자계획을 발표했다.\n"
        "※ '25년 가상국 일부 지방정부 투자계획 규모\n- 가상성 중점프로젝트 1.5조 위안\n- 나상성 5,400억 위안\n"
    )
    found = {r.value_text: (r.kind, r.target_year) for r in records_of_page(page)}
    assert found == {"1.5조 위안": ("target", 2025), "5,400억 위안": ("target", 2025)}
    # (a box of last year's figures dates none)
    page = page.replace("'25년", "'24년").replace("투자계획 규모", "투자 실적")
    assert not [r for r in records_of_page(page) if r.kind == "target"]


def test_the_scope_of_works_set_about_is_a_target():
    # "신경보에 따르면, 베이징시는 현재 시내 700개의 공중화장실 시설을 대대적으로 개선하는 사업에 착수했다"
    records = news(
        "22일 가상일보에 따르면, 가상시는 현재 시내 600개의 공중화장실 시설을 대대적으로 개선하는 사업에 착수했다."
    )
    assert records["600개"][0] == "target"


def test_the_share_of_works_done_so_far_is_reported():
    # "공사대상은 현재 전체 공사량의 70%를 수행한 상태로서 올해 12월이면 … 마무리하게 될것"
    records = news(
        "가상시 건설국 부국장은 “지난 5월에 착공된 공사대상은 현재 전체 공사량의 60%를 수행한 상태로서 "
        "올해 12월이면 건설을 마무리하게 될것”이라고 밝혔다."
    )
    assert records.get("60%", ("actual",))[0] == "actual"
    # (a share of the plan to complete by a deadline is a target)
    assert news("가상시는 2027년까지 계획의 80%를 완료할 예정이다.")["80%"][:2] == ("target", 2027)


def test_a_figure_worked_out_for_a_supposed_case_is_no_record():
    # "예를 들어 파나맥스급 드라이 벌크선을 3만5000GT의 새 선박으로 교체할 경우 … 5250만위안의 보조금"
    body = (
        "예를 들어 케이프(Cape)급 드라이 벌크선을 4만GT의 새 선박으로 교체할 경우 "
        "선박회사는 정부로부터 6000만위안의 보조금을 지원 받을 수 있다."
    )
    assert "6000만위안" not in news(body)
    # (a body's plan given as an example stays a plan)
    assert news("예를 들어 가상시는 2027년까지 충전소 500개를 건설한다.")["500개"][:2] == ("target", 2027)


def test_the_residents_over_a_number_a_measure_serves_are_no_target():
    # "화장실 대혁명은 1500만 명이 넘는 북경주민과 올림픽 관광객의 편의를 극대화하기 위해 마련된 … 프로젝트다"
    assert "1200만 명" not in news(
        "화장실 혁명은 1200만 명이 넘는 가상시 주민과 관광객의 편의를 위해 마련된 프로젝트다."
    )


def test_a_level_passed_in_a_past_year_in_a_modifying_clause_is_a_fact():
    # "2022년 처음으로 연간 우유 생산량 4천만톤을 넘어선 중국이 2023년 4천150만톤의 우유를 생산할 것"
    records = news(
        "2022년 처음으로 연간 우유 생산량 3천만톤을 넘어선 가상국이 2027년 3천500만톤을 생산할 계획이다."
    )
    assert records["3천만톤"][0] == "actual" and records["3천500만톤"][:2] == ("target", 2027)


def test_an_amount_sizing_a_policy_announced_is_a_package():
    # "세금 감면 등을 포함해 약 2조 5천억 위안(미화 약 4천억 달러) 규모의 일자리 창출 정책을 발표했습니다"
    records = news(
        "가상국 총리는 11일 기자회견에서 세금 감면 등을 포함해 약 2조 위안(미화 약 3천억 달러) 규모의 일자리 창출 정책을 발표했다."
    )
    assert records["2조 위안"][0] == "target"


def test_figures_in_brackets_after_places_named_as_goals_are_each_places_goal():
    # "…12개 지역의 금년 GDP 성장률 목표가 8% 이상이었으며, 이 가운데 목표치가 가장 높은 지역은 각각
    # 시장(11% 이상), 충칭(약 10%) 및 구이저우(약 10%)"
    records = records_of(
        "이 가운데 목표치가 가장 높은 지역은 각각 가상성(11% 이상), 나상성(약 9%) 및 다상성(약 9%)이다."
    )
    assert sorted(r.value for r in records if r.kind == "target") == [9, 9, 11]
    # (shares compared in a description stay out: "미국(33%)과 중국(27%)")
    assert not news("특허 출원에서 가상국(31%)과 나상국(24%)이 양강 구도를 형성했다.")


def test_the_budget_works_need_is_their_cost():
    # "인공섬 '밍르다위' 조성에 약 6420억 홍콩달러(92조 371억원)의 예산이 필요하다고 밝혔다", "…바다매립
    # 공사에 1400억 홍콩달러가 필요하고"
    records = news(
        '가상시 국장은 "바다매립 공사에 1200억 홍콩달러가 필요하고 도로건설에 900억 홍콩달러의 예산이 필요하다"고 밝혔다.'
    )
    assert records["1200억 홍콩달러"][0] == "target" and records["900억 홍콩달러"][0] == "target"


def test_a_window_of_its_own_sentence_beats_the_leads_deadline():
    # under a 2020 lead, "중국 정부는 전기차 개발에 향후 3년간 100억위안을 투입한다는 계획을 세웠다" (2010 → 2012)
    page = (
        "가상국 전기차 육성\n2025-03-05\n"
        "- '30년까지 신에너지차 보급을 확대\n"
        "  - 가상국 정부는 전기차 개발에 향후 3년간 80억위안을 투입한다는 계획을 세웠다\n"
    )
    found = {r.value_text: r.target_year for r in records_of_page(page)}
    assert found["80억위안"] == 2027


def test_a_pledge_made_is_told_in_the_past():
    # "중국이 아프리카에 200억달러 차관을 제공하기로 약속했다"
    assert news("가상국이 아프리카에 150억달러 차관을 제공하기로 약속했다.")["150억달러"][0] == "funding"


def test_the_scope_of_works_approved_is_a_target():
    # "홍콩 의원들은 … 17,000채의 임시주택을 건설하는 프로젝트의 1단계를 승인했지만"
    records = news(
        "가상시 의원들은 12,000채의 임시주택을 건설하는 프로젝트의 1단계를 승인했지만 비용 문제를 비난했다."
    )
    assert records["12,000채"][0] == "target"


def test_an_ambassador_heading_a_page_speaks_for_the_state():
    # headline "싱하이밍 대사, “중국은 …”" over "리창 총리는 … 올해 경제 성장률 목표치를 5% 내외로 설정하고"
    page = (
        "가상명 대사, “가상국은 개방을 확대할 것”\n2025-03-05\n"
        "가상명 대사는 가상국 총리가 정부 업무 보고에서 올해 경제 성장률 목표치를 4% 내외로 설정했다고 말했다.\n"
    )
    assert [(r.value, r.target_year) for r in records_of_page(page)] == [(4, 2025)]


def test_a_change_a_sentence_opening_with_ine_works_out_may_take_its_particle():
    # "…1억 6600만 명에서 올해 연말 6000만 명가량으로 줄어들었다. 이는 5년새 총 1억 명이 줄어든 수치다."
    records = news(
        "가상국은 2027년까지 빈곤인구를 4000만 명으로 줄일 계획이다. 이는 5년새 총 5000만 명이 줄어든 수치다."
    )
    assert "5000만 명" not in records and records["4000만 명"][:2] == ("target", 2027)


def test_a_mechanism_named_by_its_parts_counts_nothing():
    # "빈곤퇴출과 제3자 평가 3항목 메커니즘을 건설하는 한편"
    assert "3항목" not in news(
        "가상국은 내년에 빈곤퇴출과 제3자 평가 3항목 메커니즘을 건설할 것이라고 밝혔다."
    )


def test_the_works_budget_opening_a_sentence_is_their_cost():
    # "…인공섬 건설을 추진하고 나섰다. 건설 예산만 6,240억 홍콩달러(한화 약 90조원)에 달한다."
    records = news(
        "가상시는 인공섬 건설을 추진하고 나섰다. 건설 예산만 5000억 홍콩달러(한화 약 70조원)에 달한다."
    )
    assert records["5000억 홍콩달러"][0] == "target"


def test_the_money_works_are_set_about_with_is_a_target():
    # "팡산구는 45억 위안(약 8160억 7500만원)을 들여 재해 후 재건 프로젝트를 가동했다"
    assert (
        news("가상시 가상구는 40억 위안을 들여 재해 후 재건 프로젝트를 가동했다.")["40억 위안"][0] == "target"
    )


def test_what_is_to_be_done_as_the_topic_a_copula_sizes_is_a_target():
    # "중국이 올해 발행할 특별 국채 규모는 1조 위안이다"
    assert news("가상국이 올해 발행할 특별 국채 규모는 8000억 위안이다.")["8000억 위안"][:2] == (
        "target",
        2025,
    )


def test_a_budget_put_forward_sizes_a_package():
    # "홍콩 정부가 1천200억 홍콩달러(한화 약 18조원)에 달하는 예산안을 내놨다고 CNBC가 26일 보도했다"
    records = news(
        "가상 정부가 1천200억 홍콩달러(한화 약 18조원)에 달하는 예산안을 내놨다고 가상통신이 26일 보도했다."
    )
    assert records["1천200억 홍콩달러"][0] == "target"


def test_a_task_handed_down_is_allotted_not_a_level_reached():
    # "올해 3월 국가는 22개 성(구, 시)의 249만명 빈곤인구를 전이시킬데 대해 임무를 하달했는데": 하달 (下达)
    records = news(
        "올해 3월 국가는 15개 성의 120만명 빈곤인구를 이주시킬 데 대해 임무를 하달했는데 이는 작년의 2배다."
    )
    assert records["120만명"][:2] == ("target", 2025)


def test_this_years_budget_bill_against_last_years_spending_is_allotted():
    # "올해 국방예산안은 작년 실제 집행액보다 11.2% 증가한 6702억7400만 위안이라고 밝혔다"
    records = news(
        "가상국 대변인은 4일 기자회견에서 올해 국방예산안은 작년 실제 집행액보다 8.5% 증가한 5000억 위안이라고 밝혔다.",
        headline="가상국 국방예산 발표",
    )
    assert records["5000억 위안"][:2] == ("target", 2025)


def test_a_level_cut_to_in_a_past_clause_before_the_plan_is_history():
    # "중국군은 지난 80년대 420만명에서, 최근 320만명으로 줄였고, 내년까지 50만명으로 감축할 예정입니다."
    records = news(
        "가상군은 지난 90년대 300만명에서, 최근 250만명으로 줄였고, 내년까지 200만명으로 감축할 예정이다."
    )
    assert records["200만명"][:2] == ("target", 2026)
    assert records.get("250만명", ("actual",))[0] == "actual"


def test_chinas_head_of_state_acts_for_china_and_a_president_for_another_country():
    # "…'미국의 뒷마당'을 국빈 방문한 후 주석은 … 후 주석은 또 향후 10년 간 1,000억 달러를 중남미에 투자하겠다고"
    records = news(
        "칠레, 페루 등 '미국의 뒷마당'을 방문한 왕 주석은 300억 달러 규모의 계약을 체결했다. "
        "왕 주석은 또 향후 10년 간 500억 달러를 남미에 투자하겠다고 밝혔다."
    )
    assert records["500억 달러"][0] in ("target", "funding")
    # "앞서 도널드 트럼프 대통령이 내년 회계연도의 국방예산을 10% 늘리겠다고 발표한 가운데 나온 겁니다"
    assert "10%" not in news(
        "가상국의 국방예산 소식은 앞서 홍길동 대통령이 내년 회계연도의 국방예산을 10% 늘리겠다고 발표한 가운데 나왔다.",
        headline="가상국 국방예산 7% 증액",
    )


def test_the_total_investment_stated_after_a_plan_announced_is_its_cost():
    # "…e스포츠 산업에 대한 대대적인 투자 계획을 발표했습니다. 총 투자 금액은 약 10억 위안 (…)입니다."
    records = news("가상성 정부는 e스포츠 산업에 대한 투자 계획을 발표했다. 총 투자 금액은 약 20억 위안이다.")
    assert records["20억 위안"][0] == "target"


def test_a_standard_raised_to_a_level_is_allotted():
    # "방목금지 보조표준을 기존의 무당 매년 6원에서 7.5원으로 상향조절하고"
    records = news("새 보조정책은 보조표준을 기존의 무당 매년 5위안에서 8위안으로 상향조절했다.")
    assert records["8위안"][0] == "target"
    assert records.get("5위안", ("actual",))[0] == "actual"


def test_a_size_before_a_comma_sizes_its_own_item_not_the_next_count():
    # "2022년까지 해당 타운을 30만 평 규모의 e스포츠 플랫폼으로 발전시키고, 1,000개 이상의 유명 기업과 …"
    records = news(
        "가상시는 2027년까지 해당 단지를 20만 평 규모의 플랫폼으로 발전시키고, 500개 이상의 기업을 유치한다."
    )
    assert records["20만 평"][:2] == ("target", 2027)
    assert records["500개"][:2] == ("target", 2027)


def test_a_leaders_proposals_listed_are_pledges():
    # "▲5년내 무역액 두배달성 … ▲100억달러규모 금융지원 … 등 6가지를 제안했다"
    records = news("가상국 총리는 ▲교역 확대 ▲50억달러 규모 금융지원 ▲문화교류 확대 등 3가지를 제안했다.")
    assert records["50억달러"][0] in ("target", "funding")


def test_the_years_tally_so_far_in_a_quote_is_a_fact():
    # "올 들어 9월까지 광산 사고로 인한 사망자수가 798명"이라며 "올 한해 사망자 수가 1000명이 넘지 않도록 할 것"
    records = news(
        '당국은 "올 들어 8월까지 사고 사망자가 500명"이라며 "올해 사망자가 800명을 넘지 않도록 할 것"이라고 밝혔다.',
        headline="가상국, 사고 사망자 감축",
    )
    assert records["800명"][0] == "target"
    assert records.get("500명", ("actual",))[0] == "actual"


def test_the_level_now_of_what_a_share_is_to_cut_is_no_target():
    # "연간 5천명을 웃도는 탄광사고 사망자 수를 올해 10% 정도줄인다는 계획이다"
    records = news("가상국은 연간 3천건을 웃도는 화재 건수를 올해 20% 줄인다는 계획이다.")
    assert records["20%"][:2] == ("target", 2025)
    assert "3천건" not in records


def test_a_plan_word_joined_to_a_guess_in_the_next_clause_keeps_its_figure():
    # "23,000km 이상의 철도가 건설될 예정으로 주로 중서부 지역으로 … 우선순위가 매겨질 것으로 보인다"
    records = news(
        "향후 5년간 1만km 이상의 철도가 건설될 예정으로 주로 서부 지역에 우선순위가 매겨질 것으로 보인다."
    )
    assert records["1만km"][0] == "target"


def test_a_deadline_printed_after_the_figure_in_its_own_clause_dates_it():
    # "2050년까지 23개 노선에 총 3,453km를 건설토록 되어 있는데 이 중 8개 노선 1,012km는 2020년까지 완성토록"
    records = news(
        "가상시는 2040년까지 20개 노선에 총 2,000km를 건설토록 되어 있는데 "
        "이 중 6개 노선 500km는 2030년까지 완성토록 계획되었다."
    )
    assert records["2,000km"][:2] == ("target", 2040)
    assert records["500km"][:2] == ("target", 2030)


def test_what_works_opened_a_day_ago_bring_about_is_reached():
    # "108km 길이의 지하철 5개 노선이 전날 개통되면서 베이징 지하철은 총 14개 노선이 운행되며 총 길이는 336km에 달하게 된다."
    records = news(
        "길이 50km의 지하철 3개 노선이 전날 개통되면서 가상시 지하철은 총 10개 노선이 운행되며 총 길이는 200km에 달하게 된다. "
        "가상시는 2030년까지 총 25개 노선을 운행할 계획이다."
    )
    assert records["25개"][:2] == ("target", 2030)
    assert all(records.get(text, ("actual",))[0] == "actual" for text in ("50km", "3개", "10개", "200km"))
    # (works to open, still ahead: "…이 개통되면 …에 달하게 된다")
    assert (
        news("지하철 3개 노선이 개통되면 가상시 지하철 총 길이는 200km에 달하게 된다.")["200km"][0]
        == "target"
    )


def test_a_sentence_opening_looking_back_dates_every_figure_of_its_list_as_now():
    # "지금까지 항원검사 중점생산기업의 주간 생산능력은 5억인분, …, 마스크 … 1억개, 방호복 … 300만건, …"
    records = news(
        "지금까지 진단키트 생산기업의 주간 생산능력은 3억개, 마스크 생산기업의 주간 생산능력은 2억개, "
        "방호복 생산기업의 주간 생산능력은 100만건으로 방역통제 수요를 충족시킬 수 있다."
    )
    assert all(records.get(text, ("actual",))[0] == "actual" for text in ("3억개", "2억개", "100만건"))


def test_the_whole_population_a_share_is_taken_of_is_no_target():
    # "중국은 올해 6월 말까지 14억 명에 달하는 전체 인구의 40%인 5억6천만 명을 대상으로 … 접종할 계획이다"
    records = news(
        "가상국은 올해 6월 말까지 5억 명에 달하는 전체 인구의 40%인 2억 명을 대상으로 백신을 접종할 계획이다."
    )
    assert records["2억 명"][:2] == ("target", 2025)
    assert "5억 명" not in records


def test_what_was_opened_before_the_next_step_is_done():
    # "우한시는 … 3일 1천병상 규모의 훠션산 병원을 연 데 이어 오는 6일에는 1천300개 병상을 갖춘 … 병원도 개원해"
    records = news(
        "가상시는 3일 800병상 규모의 가상산 병원을 연 데 이어 오는 6일에는 1천200개 병상을 갖춘 가상봉 병원도 개원할 예정이다."
    )
    assert records["1천200개"][0] == "target"
    assert records.get("800병상", ("actual",))[0] == "actual"


def test_a_leaders_first_person_pledge_reported_by_an_outlet_is_no_forecast():
    # "중국 앙시(央視)망에 따르면 시 주석은 … 5억 위안(865억 원)을, … 400만 달러(45억 원)를 출자하겠다고 밝혔다"
    records = news(
        "가상TV에 따르면 왕 주석은 이날 정상회의에서 협력 프로젝트에 3억 위안을, 신개발은행 준비자금으로 "
        "200만 달러를 출자하겠다고 밝혔다."
    )
    assert records["3억 위안"][0] in ("target", "funding")
    assert records["200만 달러"][0] in ("target", "funding")


def test_loans_provided_in_any_currency_are_pledged_money():
    # "국가개발은행은 20억 유로에 맞먹는 개발성 융자협력 대부금을 제공합니다"
    records = news("가상국 국가개발은행은 30억 유로에 맞먹는 개발성 융자협력 대부금을 제공합니다.")
    assert records["30억 유로"][0] in ("target", "funding")


def test_the_effect_a_figure_has_closing_its_gloss_is_no_target():
    # "이는 약 60만 가구의 한 해 전기 사용량을 충족하는 양으로 연간 100만t에 가까운 이산화탄소를 감축하는 효과가 있다"
    records = news(
        "가상성은 2027년까지 풍력 설비 30만kW를 건설한다. "
        "이는 약 40만 가구의 한 해 전기 사용량을 충족하는 양으로 연간 80만t에 가까운 이산화탄소를 감축하는 효과가 있다."
    )
    assert records["30만kW"][:2] == ("target", 2027)
    assert "40만 가구" not in records and "80만t" not in records


def test_a_distance_at_least_so_far_off_says_where():
    # "랴오닝성 좡허시 해안선에서 20㎞ 이상 떨어진 바다 깊은 곳, 높이 약 100m의 '풍차' 300여 기가 … 솟아 있다"
    records = news("가상성은 해안선에서 30㎞ 이상 떨어진 바다에 풍력발전기 200기를 세울 계획이다.")
    assert "30㎞" not in records
    assert records["200기"][0] == "target"


def test_lengths_in_metres_are_read():
    # "구이저우성 핑탕현에 건설 중인 지름 500m의 세계 최대의 전파망원경이 내년 9월 완공된다"
    records = news("가상성에 건설 중인 지름 300m의 전파망원경이 내년 9월 완공된다.")
    assert records["300m"][:2] == ("target", 2026)


def test_so_many_of_the_reporters_yardstick_is_an_image():
    # "상하이 전파망원경 경우 직경이 무려 65m, 총 면적은 농구장 8개와 맞먹어 …"
    records = news(
        "가상시 전파망원경 경우 직경이 무려 40m, 총 면적은 농구장 5개와 맞먹어 먼 천체까지 감지가 가능하고 "
        "모든 방향으로 움직일 수 있는 것으로 알려졌다."
    )
    assert "5개" not in records


def test_about_so_many_people_with_a_space_before_yeo():
    # "중국은 친링기지에 여름 80명, 겨울 30 여명의 인원을 상주시킨다는 계획이다"
    records = news("가상국은 새 기지에 여름 60명, 겨울 20 여명의 인원을 상주시킨다는 계획이다.")
    assert records["20 여명"] == ("target", None, "~")


def test_guidance_in_a_list_of_policy_words_is_no_india():
    # "우한시는 "당국 인도, 기업 참여, …" 방식을 채용하며 음식점 소비권 1억5000만 위안, …"
    records = news(
        "가상시는 \"당국 인도, 기업 참여, 온라인 배송, 오프라인 소비' 방식을 채용하며 "
        "음식점 소비권 8000만 위안, 쇼핑몰 소비권 9000만 위안을 발행한다."
    )
    assert records["8000만 위안"][0] in ("target", "funding")


def test_the_whole_planned_that_a_part_done_is_counted_against_is_the_target():
    # "올해 안에 도태할 예정이였던 소형 석탄보이라 55대중 현재 47대를 도태시켰고"
    records = news("올해 안에 도태할 예정이였던 소형 보일러 40대중 현재 30대를 도태시켰다.")
    assert records["40대"][:2] == ("target", 2025)
    assert records.get("30대", ("actual",))[0] == "actual"


def test_figures_of_a_clause_joined_to_a_past_report_are_facts():
    # "국내 관광객 수는 13억9천만명으로 6천230억위안(75조원)의 관광수입을 올려 각각 15%와 17.9%의 증가율을 보였다"
    records = news(
        "국내 관광객 수는 10억명으로 5000억위안의 관광수입을 올려 각각 10%와 12%의 증가율을 보였다."
    )
    assert all(records.get(t, ("actual",))[0] == "actual" for t in ("10억명", "5000억위안"))


def test_a_part_of_a_set_named_by_its_noun_and_places_glossed_are_no_targets():
    # "중국 당국이 4대 국영은행 중 2곳의 부실채권 처리를 위해 1천3백억위안을 투입할 계획"
    records = news("가상국 당국이 4대 국영은행 중 2곳의 부실채권 처리를 위해 1000억위안을 투입할 계획이다.")
    assert "2곳" not in records and records["1000억위안"][0] in ("target", "funding")
    # "올해 말까지 우선 중국 4개 직할시와 27개 성도(省都)의 쇼핑몰 … 비닐봉지 사용을 금지하기로 했다"
    assert "20개" not in news("올해 말까지 20개 성도(省都)의 쇼핑몰에서 비닐봉지 사용을 금지하기로 했다.")


def test_the_people_a_measure_is_for_are_no_target():
    # "중국이 9억명의 농민들을 위한 새로운 연금제도를 갖추고 10월부터 시범운영할 계획이라고 밝혔다"
    assert "5억명" not in news(
        "가상국이 5억명의 농민들을 위한 새로운 연금제도를 10월부터 시범운영할 계획이다."
    )


def test_a_level_agreed_for_next_year_from_this_years_bracketed_one():
    # "내년 양국의 배타적경제수역 내 상대국 어선의 입어 척수는 올해 규모(1450척)에서 50척이 줄어든 1400척으로 합의했다"
    records = news(
        "내년 가상 수역에 입어하는 어선 척수는 올해 규모(1200척)에서 30척이 줄어든 1170척으로 합의했다."
    )
    assert records["1170척"][:2] == ("target", 2026)
    assert records.get("1200척", ("actual",))[0] == "actual"
    assert "30척" not in records


def test_a_projects_cost_worded_as_an_outlook_is_the_plans_budget():
    # "…공항터미널 면적은 5천m2에 달하게 되며 총 10억 위엔의 자금이 투입될 전망이다"
    records = news(
        "가상공항 활주로 길이는 2천m에 달하게 되며 총 8억 위엔의 자금이 투입될 전망이다.",
        headline="가상시 공항 건설 계획",
    )
    assert records["8억 위엔"][0] in ("target", "funding")
    # "…2020년에 이르러 Ⅳ류 수질 달성을 목표로 내세웠고 … 총 투자액은 22.5억원에 달할것으로 전망되고있다"
    records = news(
        "가상주는 2027년에 이르러 수질 달성을 목표로 내세웠다. 또 20개 대상을 확정했으며 총 투자액은 12.5억 위안에 달할것으로 전망된다.",
        headline="가상주 수질 방지 계획",
    )
    assert records["12.5억 위안"][:2] == ("target", 2027)


def test_works_taken_into_a_plan_are_decided_not_done():
    # "…'실시방안'을 인용해 총사업비 1조6천억 위안을 투입하는 127개 중점사업에 … 3대 프로젝트가 최종 포함됐다고 보도했다"
    records = news(
        "가상뉴스망은 '진흥 3개년 계획 실시방안'을 인용해 총사업비 9000억 위안을 투입하는 100개 중점사업에 "
        "가상시의 교통 프로젝트가 최종 포함됐다고 보도했다."
    )
    assert records["9000억 위안"][0] in ("target", "funding")


def test_won_converted_into_korean_won_in_brackets_is_yuan():
    # "올연말부터 2000년까지 21억3천만원(한화 2천1백30억원상당)을 투입"
    records = news(
        "가상국 당국은 2027년까지 15억2천만원(한화 2천5백30억원상당)을 투입해 식량기지를 건설한다."
    )
    assert records["15억2천만원"][:2] in (("funding", 2027), ("target", 2027))


def test_hours_and_minutes_a_change_starts_from_are_one_duration():
    # "운행시간이 기존의 3시간 12분에서 1시간으로 대폭 단축된다"
    records = news("고속철이 개통되면 운행시간이 기존의 2시간 40분에서 50분으로 대폭 단축된다.")
    assert "2시간 40분" not in records and "40분" not in records
    assert records["50분"][0] == "target"


def test_the_top_of_a_range_of_speeds_is_a_speed():
    # "구간에 따라 시속 120km에서 최대 350km까지 운행돼"
    assert "300km" not in news("새 고속철은 구간에 따라 시속 160km에서 최대 300km까지 운행될 예정이다.")


def test_kilograms_in_the_one_character_sign():
    # "오는 2026년까지 곡물 생산량을 900억㎏으로 늘려"
    assert news("가상성은 오는 2027년까지 곡물 생산량을 600억㎏으로 늘린다.")["600억㎏"][:2] == (
        "target",
        2027,
    )


def test_the_share_of_people_living_in_an_area_is_no_size_class():
    # "오는 2015년까지 전 도시와 60% 이상의 농촌지역 거주 노인이 양로혜택을 누릴 수 있도록 할 계획이다"
    records = news(
        "가상성은 2027년까지 70% 이상의 농촌지역 거주 노인이 양로혜택을 누릴 수 있도록 할 계획이다."
    )
    assert records["70%"][:2] == ("target", 2027)


def test_a_past_verb_joined_by_go_closes_its_clause_before_the_plan():
    # "문화부는 지난해 말까지 총 13억3천600만 위안을 들여 세계 20곳에 중국문화센터 설치를 마쳤고 2020년까지 30곳을 늘린다는 계획이다"
    records = news(
        "가상부는 지난해 말까지 총 10억 위안을 들여 세계 15곳에 문화센터 설치를 마쳤고 2028년까지 25곳을 늘린다는 계획이다."
    )
    assert records["25곳"][:2] == ("target", 2028)
    assert all(records.get(t, ("actual",))[0] == "actual" for t in ("10억 위안", "15곳"))


def test_relief_funds_a_finance_ministry_deploys_are_issued():
    # "25일, 중국 재정부와 민정부는 허베이성에 2.5억위안에 달하는 중앙자연재해생활보조자금을 배치했다"
    records = news("25일, 가상국 재정부와 민정부는 가상성에 3.5억위안에 달하는 재해생활보조자금을 배치했다.")
    assert records["3.5억위안"][0] in ("target", "funding")


def test_a_citys_own_word_reported_by_a_paper_is_no_forecast():
    # "제남일보에 따르면 제남시는 … <정부 프로젝트>에서 향후 5년간 100개 박물관을 건설할 것을 밝혔다"
    records = news(
        "시안일보에 따르면 시안시는 최근 발표한 정부 프로젝트에서 향후 5년간 80개 박물관을 건설할 것을 밝혔다."
    )
    assert records["80개"][:2] == ("target", 2029)  # the five years 2025–2029


def test_a_zone_grown_to_a_level_in_the_present_is_a_target():
    # "이에 따라 선전 경제특구는 기존의 395㎢에서 1952㎢로 4배나 커진다"
    records = news(
        "가상국은 가상특구를 확장하기로 했다. 이에 따라 가상특구는 기존의 300㎢에서 1200㎢로 4배나 커진다."
    )
    assert records["1200㎢"][0] == "target"
    assert records.get("300㎢", ("actual",))[0] == "actual"


def test_a_foreign_place_as_the_yardstick_of_a_goal_names_no_foreign_plan():
    # "2030년까지 고비 사막에서 현재 유럽 전역의 생산량에 맞먹는 에너지를 생산하는 것이 목표다. 올해 3조위안(…)을 투입해 …"
    records = news(
        "가상국은 재생에너지 분야에 가장 많은 자금을 투입한다. 2030년까지 사막에서 현재 유럽 전역의 생산량에 맞먹는 "
        "에너지를 생산하는 것이 목표다. 올해 2조위안을 투입해 300GW 규모의 발전 시설을 짓기 시작할 계획이다."
    )
    assert records["2조위안"][0] in ("target", "funding")
    assert records["300GW"][0] == "target"


def test_a_park_to_be_established_over_an_area_is_a_target():
    # "동북호랑이 국가공원은 … 왕청·훈춘과 흑룡강성 동녕 일대의 1만 5000평방킬로메터에 건립된다"
    records = news("가상 국가공원은 가상성 일대의 8000평방킬로메터에 건립된다.")
    assert records["8000평방킬로메터"][0] == "target"


def test_the_money_to_invest_in_a_facility_opening_its_sentence_is_its_cost():
    # "이 설비에 투자하는 금액만 16억위안(약 2700억원)에 달하며, 이를 중심으로 물리학 연구단지도 조성한다"
    records = news(
        "가상시는 새 가속기를 설치할 예정이다. 이 설비에 투자하는 금액만 12억위안(약 2000억원)에 달한다."
    )
    assert records["12억위안"][0] in ("target", "funding")


def test_a_deficit_budget_bill_sized_and_drawn_up_is_the_years_budget():
    # "…경기진작을 위해 1,503억 위안(22조4,100억원)에 달하는 적자 예산안을 편성했다고 밝혔다"
    records = news(
        "총리는 정부업무보고를 통해 경기진작을 위해 1,200억 위안(20조원)에 달하는 적자 예산안을 편성했다고 밝혔다."
    )
    assert records["1,200억 위안"][0] in ("target", "funding")


def test_a_zones_planned_area_is_a_target_whatever_verb_sizes_it():
    # "단지 전반 기획면적은 50제곱킬로미터에 달하며 … 그 중 … 핵심구는 … 기획면적은 42제곱킬로미터에 달한다"
    records = news(
        "가상 산업단지의 규획면적은 35제곱킬로미터에 달하며 두 구역으로 나뉜다. 그 중 물류구는 가상항에 "
        "기반하고 기획면적은 6제곱킬로미터이다."
    )
    assert records["35제곱킬로미터"][0] == "target"
    assert records["6제곱킬로미터"][0] == "target"


def test_a_zones_area_with_no_plan_word_stays_a_fact():
    records = news("가상 산업단지의 면적은 35제곱킬로미터에 달하며 두 구역으로 나뉜다.")
    assert records.get("35제곱킬로미터", ("actual",))[0] != "target"


def test_a_part_of_a_planned_whole_reported_by_a_paper_is_a_target():
    # "이같은 국제고속공로의 길이는 2만km에 달할것이며 이중 중국 내 도로길이는 8백50km라고 전했다"
    records = news(
        "신문들은 가상 고속도로의 총길이는 3000km에 달할것이며 이중 가상국 구간은 420km라고 전했다."
    )
    assert records["3000km"][0] == "target"
    assert records["420km"][0] == "target"


def test_a_site_whose_works_start_later_is_a_target_and_one_begun_last_year_a_fact():
    # "… 공동으로 추진하는 44만3천평 규모의 '코리아타운'이 오는 9월 착공된다"
    records = news(
        "가상시가 추진하는 30만평 규모의 물류단지가 오는 5월 착공된다. 가상구는 지난해 10만평 규모의 단지를 착공했다."
    )
    assert records["30만평"][0] == "target"
    assert records.get("10만평", ("actual",))[0] == "actual"


def test_stock_resolved_to_be_released_is_a_target():
    # "현재 정부에서 비축하고 있는 돼지고기 20만톤을 시중에 풀기로 결의했으며"
    records = news("가상부는 현재 정부가 비축하고 있는 쌀 15만톤을 시중에 풀기로 결의했다.")
    assert records["15만톤"][0] == "target"


def test_a_capacity_class_glossed_in_brackets_sizes_the_plant():
    # "중국이 2030년까지 우주에 1MW(메가와트)급 규모의 태양광 발전소를 건설하고"
    records = news("가상국은 2035년까지 2MW(메가와트)급 규모의 해상 발전소를 건설할 계획이다.")
    assert records["2MW"][0] == "target"


def test_a_targets_level_in_brackets_is_the_target_whatever_is_foreseen_of_it():
    # "중국 정부가 설정한 신에너지차 판매량 목표(전체 자동차 판매량 중 20%)를 1~2년 앞당겨 달성할 것으로 보인다"
    records = news(
        "이 추세라면 가상국 정부가 정한 수소차 보급 목표(전체 판매량 중 15%)를 앞당겨 달성할 것으로 보인다."
    )
    assert records["15%"][0] == "target"


def test_a_target_glossed_in_brackets_and_reached_is_no_target():
    records = news("가상성은 지난해 정한 성장 목표(7%)를 이미 달성했다.")
    assert records.get("7%", ("actual",))[0] != "target"


def test_a_city_announcing_in_the_present_under_a_foreign_source_is_no_forecast():
    # "'저스트 오토' 등에 따르면 중국 베이징시는 2017년까지 … 1만개의 전기차 충전소를 세운다고 발표했다"
    records = news(
        "미국 매체 등에 따르면 톈진시는 2030년까지 도심 곳곳에 2만개의 수소 충전소를 세운다고 발표했다."
    )
    assert records["2만개"][0] == "target"


def test_a_handout_whose_payment_has_begun_is_a_commitment():
    # "허베이성 슝안신구도 주민들에게 디지털 위안화 총 5천만위안(약 92억5천만원) 지급에 착수했다"
    records = news("가상신구는 주민들에게 디지털 화폐 총 3천만위안(약 55억원) 지급에 착수했다.")
    assert records["3천만위안"][0] in ("target", "funding")


def test_the_counts_of_what_a_roadmap_holds_are_its_structure():
    # "5가지 주요 과학 주제와 17개 우선 발전 방향이 담긴 로드맵은 크게 3단계로 나뉜다"
    records = news(
        "가상국은 2050년까지의 우주 계획을 발표했다. 4가지 핵심 주제와 12개 우선 연구 방향이 담긴 로드맵은 "
        "크게 3단계로 나뉜다."
    )
    assert "4가지" not in records or records["4가지"][0] != "target"
    assert "12개" not in records or records["12개"][0] != "target"


def test_money_allotted_now_with_no_year_is_this_years():
    # "재정부와 응급관리부는 … 네 성에 중앙 홍수태풍 방재 보조금 3억2000만 위안을 긴급 교부",
    # "…홍수 피해를 본 허난, 산시, 쓰촨성에 중앙 정부 예산 3억5천만위안을 배정했다"
    records = news(
        "가상부는 홍수 피해를 본 세 성에 중앙 예산 2억위안을 배정했다. 재정부는 또 방재 보조금 1억 위안을 "
        "긴급 교부했다."
    )
    assert records["2억위안"][1] == 2025
    assert records["1억 위안"][1] == 2025


def test_a_standing_grant_and_a_foreign_ministrys_target_get_no_year_of_this_year():
    records = news(
        "가상성은 혁신 기업에 기업당 최대 500만 위안을 지원한다. 외교부 장관은 두 나라 무역 규모를 "
        "100억 달러로 늘리는 목표를 세웠다."
    )
    assert records["500만 위안"][1] is None
    assert records["100억 달러"][1] is None


def test_a_grant_one_can_receive_under_an_authoritys_word_is_the_grant():
    # "이스트레이크 지역 당국에 따르면 이 지역에 본사를 이전하는 회사들은 최대 500만위안을 … 지원받을 수 있다"
    records = news(
        "가상구 당국에 따르면 이 지역으로 본사를 옮기는 기업들은 최대 300만위안을 지원받을 수 있다."
    )
    assert records["300만위안"][0] in ("target", "funding")


def test_an_effect_one_can_bring_under_an_authoritys_word_stays_no_commitment():
    records = news("가상구 당국에 따르면 새 설비는 연간 탄소 배출을 20만t 줄일 수 있다.")
    assert records.get("20만t", ("actual",))[0] != "target"


def test_the_sizes_of_the_works_the_sentence_before_plans_are_targets():
    # "이 프로젝트는 … 2개의 30만t급 벌크화물 선석과 배후시설을 건설하는 공사다. 선석 길이는 826m, 연간
    # 취급능력은 2560만t이며 …"
    records = news(
        "이 사업은 가상항에 부두 3개와 배후시설을 건설하는 공사다. 부두 길이는 900m, 연간 취급능력은 1800만t이며 "
        "주요 화물은 석탄이다."
    )
    assert records["900m"][0] == "target"
    assert records["1800만t"][0] == "target"


def test_the_sizes_of_works_built_last_year_are_no_targets():
    records = news("가상시는 지난해 부두 2개를 건설했다. 부두 길이는 800m다.")
    assert records.get("800m", ("actual",))[0] != "target"


def test_a_place_acting_too_under_a_papers_report_is_no_company():
    # "SCMP는 중국 광둥 선전시 정부도 최근 블록체인 투자에 초점을 맞춘, 5억위안 규모의 펀드를 조성했다고 보도했다"
    records = news(
        "SCMP는 항저우시 정부도 최근 로봇 투자에 초점을 맞춘 3억위안 규모의 펀드를 조성했다고 보도했다."
    )
    assert records["3억위안"][0] in ("target", "funding")


def test_one_plants_power_class_is_its_capacity_and_counted_plants_share_a_class():
    # "이후 중국은 2035년 10㎿급 발전소를 추가로 건설하고, 2050년에는 … 2㎿급 발전소를 건설한다";
    # "중국이 계획하고 있는 7개 1000만㎾급 풍력 발전기지 중 …"
    records = news(
        "가상국은 2035년 20㎿급 해상 발전소를 건설한다. 또 2030년까지 5개 1000만㎾급 풍력 발전기지를 조성한다."
    )
    assert records["20㎿"][:2] == ("target", 2035)
    assert records["5개"][:2] == ("target", 2030)
    assert "1000만㎾" not in records or records["1000만㎾"][0] != "target"


def test_the_partys_congress_numbered_by_dae_counts_nothing():
    # "중공18대보고에서는 “2020년 샤오캉사회의 전면 완성”이라는 위대한 목표를 확보할 것을 제기했다"
    records = news("중공19대보고에서는 2035년까지 현대화를 실현하는 목표를 확보할 것을 제기했다.")
    assert "19대" not in records or records["19대"][0] != "target"


def test_a_distance_that_says_where_a_terminal_lies_is_no_target():
    # "상하이 동남쪽 30km 해상에 위치한 양산터미널은 오는 2020년까지 … 50개의 컨테이너 선석을 건설할 계획이다"
    records = news("가상시 남쪽 40km 해상에 위치한 신항은 2030년까지 부두 20개를 건설할 계획이다.")
    assert "40km" not in records or records["40km"][0] != "target"
    assert records["20개"][:2] == ("target", 2030)


def test_other_plants_of_a_class_share_it():
    # "2009년8월 다른 1000만 ㎾급 풍력발전기지가 아직 계획할 때 … 이미 시공을 시작했음"
    records = news("다른 1000만㎾급 풍력 발전기지가 계획 단계일 때 가상 기지는 이미 착공했다.")
    assert "1000만㎾" not in records or records["1000만㎾"][0] != "target"


def test_a_potential_seen_beside_a_plan_is_no_target():
    # "핵융합 산업이 '15차 5개년(2026~2030년) 계획'과 맞물려 1조 위안 규모의 시장으로 성장할 잠재력을 보이고 있다"
    records = news(
        "가상 산업이 '15차 5개년(2026~2030년) 계획'과 맞물려 5000억 위안 규모로 성장할 잠재력을 보이고 있다."
    )
    assert "5000억 위안" not in records or records["5000억 위안"][0] not in ("target", "funding")


def test_a_level_told_with_ro_before_the_deadline_and_the_new_level_is_the_level_now():
    # "전국에 등록된 친환경차량(에코카)는 55만5500대로 향후 2020년까지 500만대로 끌어 올린다는 전략이다"
    records = news(
        "전국에 등록된 수소차는 5만대로 향후 2030년까지 100만대로 끌어 올린다는 전략이다. 가상성은 2025년까지 "
        "보급률을 50%로 2030년까지 80%로 높인다."
    )
    assert records.get("5만대", ("actual",))[0] != "target"
    assert records["100만대"][:2] == ("target", 2030)
    assert records["50%"][:2] == ("target", 2025)
    assert records["80%"][:2] == ("target", 2030)


def test_the_span_that_makes_a_group_a_share_counts_nothing():
    # "2022년 말까지 … 시민의 45분 이내 통근 이동 비율은 56%가 도달하게 되며"
    records = news("2027년 말까지 시민의 30분 이내 출퇴근 비율은 60%에 도달하게 된다.")
    assert "30분" not in records or records["30분"][0] != "target"
    assert records["60%"][:2] == ("target", 2027)


def test_verbs_joined_by_go_before_what_is_pursued_are_both_pursued():
    # "내몽골은 현재 배기가스 배출량을 GDP 단위당 3% 줄이고, 에너지 소비 증가량을 석탄 약 500만톤으로 제한하는 것을
    # 추진하고 있다"
    records = news(
        "가상성은 현재 에너지 소비량을 GDP 단위당 4% 줄이고, 석탄 사용 증가량을 약 300만톤으로 제한하는 것을 "
        "추진하고 있다."
    )
    assert records["4%"][0] == "target"
    assert records["300만톤"][0] == "target"


def test_a_share_of_works_already_done_is_a_fact_whatever_follows():
    # "철도 노면 건설은 이미 96% 완성돼 10월부터 철도궤도를 부설하게 된다"
    records = news("가상선 노반 공사는 이미 85% 완성돼 다음 달부터 궤도를 부설하게 된다.")
    assert records.get("85%", ("actual",))[0] != "target"


def test_a_radius_that_says_who_lives_within_it_is_no_target():
    # "… 산림지대 반경 5㎞ 내에 거주하는 주민 9천110명을 다른 지역으로 이주시킬 계획이라고 밝혔다"
    records = news(
        "가상성 정부는 새 시설 부지 반경 3㎞ 내에 거주하는 주민 6천명을 이주시킬 계획이라고 밝혔다."
    )
    assert "3㎞" not in records or records["3㎞"][0] != "target"
    assert records["6천명"][0] == "target"


def test_the_level_now_as_a_modifier_is_a_fact_even_beside_an_outlook():
    # "현재 480만대인 베이징시의 자동차 등록대수는 오는 2012년까지 700만대까지 늘어날 전망이다"
    records = news(
        "가상시는 등록 대수를 제한하는 계획을 발표했다. 현재 300만대인 가상시의 자동차 등록대수는 오는 "
        "2030년까지 500만대까지 늘어날 전망이다."
    )
    assert records.get("300만대", ("actual",))[0] != "target"


def test_a_provincial_congress_shortened_to_indae_is_an_ordinal():
    # "성장대리 왕유림은 성 11기 인대 3차회의에 참석한 연변대표단 분조토론석상에서 …"
    records = news("성장은 성 13기 인대 2차회의에 참석해 새 산업단지를 건설하라고 강조했다.")
    assert "13기" not in records or records["13기"][0] != "target"


def test_the_amount_done_so_far_against_a_years_target_is_progress():
    # "금년 1~7월 석탄 생산량이 8,000만 톤 감축되어 … 조강 생산량은 2,470만 톤 감축되어 한해 감축 목표치(3,000만
    # 톤)의 80% 이상을 달성함."
    records = news(
        "금년 1~6월 시멘트 생산능력은 1,200만 톤 감축되어 한해 감축 목표치(2,000만 톤)의 60% 이상을 달성함."
    )
    assert records.get("1,200만 톤", ("actual",))[0] != "target"
    assert records.get("60%", ("actual",))[0] != "target"
    assert records["2,000만 톤"][0] == "target"


def test_the_plan_of_a_kind_of_body_is_no_private_actors_plan():
    # "그러나 일반 대학교의 모집계획은 657만명으로 규모가 계속 늘어나 …"
    records = news("올해 일반 대학교의 모집계획은 700만명으로 규모가 계속 늘어난다.")
    assert records["700만명"][0] == "target"


def test_seven_in_ten_allotted_is_a_proportion_and_seven_of_a_hundred_thousand_a_count():
    # "베이징시가 올해 신규 차량 10대 중 7대는 신에너지차에 배정하기로 했습니다"
    records = news(
        "가상시는 올해 신규 차량 10대 중 7대는 수소차에 배정하기로 했다. 가상성은 올해 번호판 20만 개 중 "
        "5만 개를 수소차에 배정한다."
    )
    assert "7대" not in records or records["7대"][0] != "target"
    assert records["5만 개"][0] == "target"


def test_a_years_figures_listed_with_eurosseo_are_statistics():
    # "전 시 생산총액은 111.5억원으로서 지난해 동기보다 15%, 재정수입은 12.3억원으로서 동기보다 14%, … 장성할 전망이다"
    records = news(
        "전 시 생산총액은 80억원으로서 지난해 동기보다 12%, 재정수입은 9억원으로서 동기보다 10%, 고정자산투자는 "
        "60억원으로서 동기보다 40% 장성할 전망이다.",
        headline="가상시 당대표대회 개막",
    )
    assert records.get("80억원", ("actual",))[0] not in ("target", "funding")
    assert records.get("9억원", ("actual",))[0] not in ("target", "funding")


def test_a_fraction_of_a_whole_to_cut_is_a_share_in_percent():
    # "계획에 따르면 2017년 연말까지, 우안의 제철, 제강 생산능력은 2013년에 비해 약 4분의 1이 감소될 전망이다"
    records = records_of("가상시는 2027년 말까지 철강 생산능력을 2023년에 비해 약 4분의 1 줄인다.")
    (share,) = [r for r in records if r.value_text.endswith("4분의 1")]
    assert (share.value, share.unit, share.target_year) == (25.0, "percent", 2027)


def test_the_level_now_a_share_stays_at_is_a_fact_and_the_level_to_come_a_target():
    # "현재 전체 전력생산량중 1% 수준에 머물고 있는 핵발전 전력비중이 2003년쯤에는 3%까지 향상될 것이라고 밝혔다"
    records = news(
        "당국은 현재 전체 발전량 중 2% 수준에 머물고 있는 풍력 비중이 2030년에는 8%까지 높아질 것이라고 밝혔다."
    )
    assert records.get("2%", ("actual",))[0] != "target"
    assert records["8%"][:2] == ("target", 2030)


def test_firms_named_only_as_a_class_a_rule_binds_are_no_company():
    # "중국은 … 자동차 제조사에 한해 신에너지차(NEV) 의무비율을 정했다. 제조사는 NEV 차량을 … NEV 목표치는 올해 … 10%"
    records = news(
        "가상국은 연간 3만대 이상 생산하는 자동차 제조사에 의무비율을 정했다. 제조사는 수소차 비중을 올해 8%, "
        "2027년에는 12%로 높여야 한다."
    )
    assert records["8%"][:2] == ("target", 2025)
    assert records["12%"][:2] == ("target", 2027)


def test_the_size_of_works_being_pursued_is_a_target():
    # "총길이 21.4킬로메터에 달하는 … 국도 방천-권하구간 대상건설을 추진하고있는데 이 대상은 이미 교량 및 …"
    records = news(
        "가상시교통국에 따르면 총길이 15킬로메터에 달하는 국도 구간 대상건설을 추진하고있는데 이 대상은 이미 "
        "교량 공사를 끝마친 상황이다."
    )
    assert records["15킬로메터"][0] == "target"
