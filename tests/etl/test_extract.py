"""The extractor's rules, each on a sentence made up for the test and on a real seed line.

Expected records are worked out by reading the sentence, never copied from the
extractor's output. Made-up bulletins go through the real parser, so a test
sentence reaches the extractor exactly as a line of a bulletin would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.extract import extract_bulletin
from etl.model import RECORD_FIELDS, Commitment
from etl.parse import parse_file, parse_text

TEMPLATE = """중국 과학기술 정책 주/간/동/향

{part}

01 {headline}

■ {subheadline}(6.16)

{body}

참고자료

- ☑ {reference}
http://www.example.gov.cn/policy.html

| 발 행 일 | {issued}

| 발행기관 | 한중과학기술협력센터
"""


def made_up(
    body: str,
    headline: str = "허난성, '로봇산업 발전 행동계획(2024-2026)' 발표",
    subheadline: str = "로봇 산업 육성",
    part: str = "I 정책동향",
    reference: str = "关于印发机器人产业发展行动计划的通知",
    issued: str = "2023. 7. 7",
) -> list[Commitment]:
    text = TEMPLATE.format(
        part=part, headline=headline, subheadline=subheadline, body=body, reference=reference, issued=issued
    )
    return extract_bulletin(parse_text(text, file_name="made_up.txt", sha256="0" * 64))


def targets(records: list[Commitment]) -> list[tuple]:
    return [(r.value, r.unit, r.qualifier, r.target_year) for r in records if r.kind != "actual"]


@pytest.fixture(scope="module")
def seed_records(seed_paths: list[Path]) -> dict[str, list[Commitment]]:
    return {path.stem[:3]: extract_bulletin(parse_file(path)) for path in seed_paths}


def at(records: dict[str, list[Commitment]], seed: str, line: int) -> list[Commitment]:
    return [r for r in records[seed] if r.line == line]


# --- what counts --------------------------------------------------------------


def test_forward_targets_with_deadline() -> None:
    records = made_up("- 허난성은 '26년까지 로봇 기업 200개 육성, 산업 규모 500억 위안 돌파 목표를 제시")
    assert targets(records) == [(200, "count", "=", 2026), (50_000_000_000, "CNY", ">=", 2026)]
    assert {(r.region, r.plan_period, r.sector) for r in records} == {("Henan", "2024-2026", "robotics")}


def test_forward_targets_real(seed_records) -> None:
    # 000 l.301: "'25년까지 첨단 로봇 제품 100개 육성, 핵심 로봇산업 수입 300억 위안 초과, …"
    assert targets(at(seed_records, "000", 301)) == [
        (100, "count", "=", 2025),
        (30_000_000_000, "CNY", ">=", 2025),
    ]


def test_facts_already_reached_are_not_targets() -> None:
    records = made_up("- '22년 로봇 산업 규모는 800억 위안을 기록하여 전년 대비 12% 증가")
    assert targets(records) == []


def test_facts_already_reached_real(seed_records) -> None:
    # 001 l.66: "'22년 자연과학기금 예산은 330.10억 위안으로 전년대비 21.02억 위안, 6.8% 증가"
    assert at(seed_records, "001", 66) == []


def test_forecasts_are_not_commitments() -> None:
    assert made_up("- 2030년에는 로봇 시장 규모가 1조 위안에 이를 전망") == []


def test_forecasts_real(seed_records) -> None:
    # 000 l.429: the 2040 "1,216억 개" terminal connections are a forecast (전망)
    assert all(r.value != 121_600_000_000 for r in at(seed_records, "000", 429))


def test_document_structure_counts_are_not_commitments() -> None:
    assert made_up("- 5대 방향, 12개 중점 과제와 30개 구체적인 조치를 제시") == []


def test_document_structure_real(seed_records) -> None:
    # 000 l.185: "11개 중점행동계획과 54개 구체적인 조치를 발표"
    assert at(seed_records, "000", 185) == []


def test_counts_of_actors_are_not_commitments() -> None:
    assert made_up("- 7개 부처는 공동으로 '로봇산업 발전 행동계획'을 발표하고 추진") == []


def test_counts_of_actors_real(seed_records) -> None:
    # 000 l.181: "공업정보화부, 발개위 등 20개 정부 부처*로 구성된 …"
    assert at(seed_records, "000", 181) == []


def test_eligibility_threshold_is_part_of_the_subject() -> None:
    records = made_up("- '26년까지 매출액 50억 위안 이상의 선도 기업 20개 육성")
    assert targets(records) == [(20, "count", "=", 2026)]


def test_eligibility_threshold_real(seed_records) -> None:
    # 001 l.238: "매출액 100억 위안 이상의 세계 일류 제조기업 15개와 선두주자기업 50개를 육성"
    assert sorted(r.value for r in at(seed_records, "001", 238)) == [15, 50]


def test_won_conversion_is_not_a_commitment() -> None:
    records = made_up("- '26년까지 로봇 산업 규모 1,200억 위안(22조 8,000억 원) 달성")
    assert targets(records) == [(120_000_000_000, "CNY", "=", 2026)]


def test_won_conversion_real(seed_records) -> None:
    # 003 l.133: "'26년까지 인공지능 핵심 산업 규모 1700억 위안(32조 2,813억 원)에 달함"
    assert [(r.value, r.unit) for r in at(seed_records, "003", 133)] == [(170_000_000_000, "CNY")]


def test_numbers_in_quoted_names_are_not_commitments() -> None:
    assert made_up("- '신제조(新製造)100' 프로젝트와 '1+4' 제품 체계 구축 추진") == []


def test_numbers_in_quoted_names_real(seed_records) -> None:
    # 000 l.377: "'1개의 실험실, 2개의 산업기지와 4개의 센터(…)'의 과학기술 혁신플랫폼 체계 구축 완성"
    assert at(seed_records, "000", 377) == []


def test_research_articles_yield_only_explicit_targets() -> None:
    records = made_up(
        "- 연구팀은 120개 샘플을 분석하여 효율을 30% 향상",
        headline="허난대학, 신형 로봇 관절 개발 성공",
        part="II 기술동향",
    )
    assert records == []


# --- kinds --------------------------------------------------------------------


def test_grant_caps_are_funding() -> None:
    records = made_up("- 신설 로봇 혁신센터를 대상으로 최대 2,000만 위안 지원")
    assert [(r.kind, r.value, r.qualifier, r.target_year) for r in records] == [
        ("funding", 20_000_000, "<=", None)
    ]


def test_grant_caps_real(seed_records) -> None:
    # 001 l.350: "중심도시 1.5억 위안(…), 시급 도시 1억 위안(…)의 재정 지원금을 통하여 …"
    funding = [(r.kind, r.value) for r in at(seed_records, "001", 350) if r.unit == "CNY"]
    assert funding == [("funding", 150_000_000), ("funding", 100_000_000)]


def test_industry_scale_is_a_target_not_funding() -> None:
    records = made_up("- '26년까지 1조 위안 규모의 로봇 산업 클러스터 구축 및 투자 확대")
    assert [(r.kind, r.value) for r in records] == [("target", 1_000_000_000_000)]


def test_baselines_beside_a_target_are_actuals() -> None:
    records = made_up("- '22년 말 기준 로봇 산업 매출액은 300억 위안이며, '26년 500억 위안 달성 예정")
    assert [(r.kind, r.value, r.target_year, r.as_of_year) for r in records] == [
        ("actual", 30_000_000_000, None, 2022),
        ("target", 50_000_000_000, 2026, None),
    ]


def test_baselines_real(seed_records) -> None:
    # 001 l.276: 628억 ('22) is the baseline of 1,100억 ('25), both for Changshu
    assert [(r.kind, r.value) for r in at(seed_records, "001", 276)] == [
        ("actual", 62_800_000_000),
        ("target", 110_000_000_000),
    ]


# --- qualifiers, years, plan periods -------------------------------------------


def test_a_closing_qualifier_bounds_the_whole_list() -> None:
    records = made_up("- 시범도시는 각각 50개, 40개, 30개 이상의 로봇 기업을 육성")
    assert [(r.value, r.qualifier) for r in records] == [(50, ">="), (40, ">="), (30, ">=")]


def test_a_closing_qualifier_real(seed_records) -> None:
    # 001 l.351: "각각 500개, 400개, 300개 이상의 기업을 대상으로 …"
    assert [(r.value, r.qualifier) for r in at(seed_records, "001", 351)] == [
        (500, ">="),
        (400, ">="),
        (300, ">="),
    ]


def test_sibling_bullets_inherit_the_lead_deadline() -> None:
    body = "- 허난성은 로봇 발전 방안을 발표\n - '30년까지 로봇 기업 300개 육성\n - 로봇 혁신센터 20개 구축"
    records = made_up(body, headline="허난성, '로봇산업 발전 방안' 발표", reference="关于机器人产业的通知")
    assert targets(records) == [(300, "count", "=", 2030), (20, "count", "=", 2030)]


def test_sibling_bullets_real(seed_records) -> None:
    # 000 l.231 sits under l.230's "'30년까지"
    assert {r.target_year for r in at(seed_records, "000", 231)} == {2030}


def test_plan_end_is_the_default_deadline() -> None:
    records = made_up("- 로봇 혁신센터 15개를 구축하고 로봇 인재 2만 명 양성")
    assert targets(records) == [(15, "count", "=", 2026), (20_000, "people", "=", 2026)]


def test_work_plan_and_five_year_plan_real(seed_records) -> None:
    # 000 l.196 belongs to a "2023년 업무계획"; 000 l.298 names the national 14·5 plan
    assert {(r.plan_period, r.target_year) for r in at(seed_records, "000", 196)} == {("2023", 2023)}
    # (the same target is printed at l.296 and l.298: one record, at its first full statement)
    national = [r for line in (296, 297, 298) for r in at(seed_records, "000", line) if r.kind == "target"]
    assert [(r.value, r.plan_period, r.target_year, r.region) for r in national] == [
        (20, "2021-2025", 2025, "National")
    ]


# --- tables -------------------------------------------------------------------


def test_year_by_year_table_gives_one_record_per_cell() -> None:
    body = (
        "- 허난성은 로봇 발전 목표를 제시\n\n〈로봇산업 발전 목표〉\n\n"
        "지표\t2024년\t2025년\n로봇 기업 수 (개)\t120\t150\n산업 규모 (억 위안)\t300\t400"
    )
    records = made_up(body)
    assert sorted((r.target_year, r.value, r.unit) for r in records) == [
        (2024, 120, "count"),
        (2024, 30_000_000_000, "CNY"),
        (2025, 150, "count"),
        (2025, 40_000_000_000, "CNY"),
    ]


def test_year_by_year_table_real(seed_records) -> None:
    # 002 l.196: "연산력 규모 (EFLOPS)  220  206  300"; the 2025 cell restates l.189's 300엑사플롭스
    row = at(seed_records, "002", 196)
    assert [(r.target_year, r.value, r.unit) for r in row] == [(2023, 220, "EFLOPS"), (2024, 206, "EFLOPS")]
    assert [(r.value, r.unit, r.target_year) for r in at(seed_records, "002", 189) if r.unit == "EFLOPS"] == [
        (300, "EFLOPS", 2025)
    ]


# --- once each ------------------------------------------------------------------


def test_headline_restatement_is_kept_once_at_the_body() -> None:
    records = made_up(
        "- 허난성은 '26년까지 로봇 기업 200개 육성",
        headline="허난성, 로봇 기업 200개 육성 목표",
        subheadline="'26년까지 로봇 기업 200개 육성",
    )
    assert [(r.value, r.line) for r in records] == [(200, 9)]


def test_headline_restatement_real(seed_records) -> None:
    # 000 l.294 (■ line) restates l.301's 100개; the 요약 (l.58) is never read
    assert at(seed_records, "000", 294) == []
    assert at(seed_records, "000", 58) == []
    assert [r.value for r in at(seed_records, "000", 301) if r.unit == "count"] == [100]


def test_same_number_for_two_subjects_is_two_records() -> None:
    records = made_up("- '26년까지 로봇 시범 프로젝트 100개, 로봇 응용 시나리오 100개 구축")
    assert [(r.value, r.subject_ko) for r in records] == [
        (100, "로봇 시범 프로젝트"),
        (100, "로봇 응용 시나리오"),
    ]
    assert len({r.id for r in records}) == 2


def test_same_number_for_two_subjects_real(seed_records) -> None:
    # 000 l.212: "100개 이상의 산업 인터넷 시범 프로젝트, 100개 이상의 … 혁신 사례 선정"
    assert [r.value for r in at(seed_records, "000", 212)] == [100, 100]


# --- places and sectors -------------------------------------------------------------


def test_city_gives_its_province() -> None:
    records = made_up(
        "- 청두시는 '26년까지 로봇 기업 100개 육성",
        headline="청두시, '로봇산업 발전 행동계획(2024-2026)' 발표",
    )
    assert {(r.region, r.city) for r in records} == {("Sichuan", "Chengdu")}


def test_a_place_in_the_sentence_overrides_the_article_real(seed_records) -> None:
    # 001 l.245: "… 린강(臨港) 신구의 매출액 성장률을 20% 이상으로 향상" in a Shanghai plan
    assert [(r.region, r.city) for r in at(seed_records, "001", 245)] == [("Shanghai", "Lingang New Area")]


def test_a_parent_bullet_gives_the_place_real(seed_records) -> None:
    # 001 l.276 sits under l.275 "이 중 창수(常熟) 신에너지산업단지 …"
    assert {(r.region, r.city) for r in at(seed_records, "001", 276)} == {("Jiangsu", "Changshu")}


def test_sectors_real(seed_records) -> None:
    assert {r.sector for r in at(seed_records, "000", 196)} == {"industrial_internet"}
    assert {r.sector for r in at(seed_records, "002", 189)} == {"computing_data"}


# --- the record -------------------------------------------------------------------


def test_records_have_exactly_the_record_fields_and_point_at_their_line(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        lines = path.read_text(encoding="utf-8").split("\n")
        for record in extract_bulletin(parse_file(path)):
            data = record.record()
            assert tuple(data) == RECORD_FIELDS
            assert lines[record.line - 1] == record.sentence
            assert record.value_text in record.sentence


def test_ids_are_unique_and_stable(seed_paths: list[Path]) -> None:
    first = [c.id for path in seed_paths for c in extract_bulletin(parse_file(path))]
    second = [c.id for path in seed_paths for c in extract_bulletin(parse_file(path))]
    assert first == second
    assert len(set(first)) == len(first)


# --- the regression guard -------------------------------------------------------------


# Today (2026-12-02): F1 1.000, strict F1 1.000 on the 89 labelled commitments; the guard sits
# just under, so that only a real regression trips it.
def test_f1_on_the_labelled_seeds_stays_above_the_guard(seed_paths: list[Path], score) -> None:
    overall = score(seed_paths)["overall"]
    assert overall["gold"] == 89, overall  # every labelled seed was scored
    assert overall["f1"] >= 0.98, overall
    assert overall["strict_f1"] >= 0.97, overall


# --- rules found on bulletins nobody labelled (own sentences; no seed prints these forms) ------


def test_a_company_plan_is_no_public_commitment() -> None:
    assert made_up("- 화웨이는 '25년까지 AI 칩 연간 생산량을 100만 개로 확대할 계획") == []
    assert made_up("- BYD는 '26년까지 연간 20만 대 생산을 목표로 제시") == []


def test_a_company_headline_makes_the_article_private() -> None:
    records = made_up("- 해당 공장의 연간 생산능력은 '26년까지 50GWh로 계획", headline="CATL, 허난 공장 착공")
    assert records == []


def test_a_copula_states_an_amount_not_a_pledge() -> None:
    assert targets(made_up("- 발사장 총 투자액은 40억 위안이며, 1호 발사대 '26년 완공")) == []


def test_this_year_dates_a_target_to_the_issue_year() -> None:
    records = made_up(
        "- 올해 5G 공장 1만 개 건설", headline="공업정보화부, '2023년 5G 응용 확대 업무계획' 발표"
    )
    assert targets(records) == [(10_000, "count", "=", 2023)]
    assert {r.plan_period for r in records} == {"2023"}


def test_a_won_conversion_does_not_hide_the_qualifier() -> None:
    records = made_up("- '26년까지 산업 규모 4,000억 위안(약 73조 원) 돌파")
    assert targets(records) == [(400_000_000_000, "CNY", ">=", 2026)]


def test_rates_keep_what_they_are_per() -> None:
    records = made_up(
        "- '26년까지 연료전지 원가를 kW당 2,000위안 이하로, 웨이퍼 생산능력을 월 50만 장으로 확대"
    )
    assert [(r.value, r.unit, r.qualifier) for r in records] == [
        (2_000, "CNY_per_kW", "<="),
        (500_000, "count_per_month", "="),
    ]


def test_a_month_of_a_date_is_no_rate() -> None:
    # "8월 2개 노선을 개통한 데 이어 …": 월 after a day's number is the date, not "a month"
    records = made_up("- 가상시는 '26년 9월 3개 노선을 개통할 계획")
    assert [(r.value, r.unit) for r in records] == [(3, "count")]


def test_an_amount_per_10000_yuan_is_an_intensity() -> None:
    # "GDP 1만 위안당 0.85톤": the base is 10,000 yuan of output, not 10,000 people
    records = made_up("- '27년까지 GDP 1만 위안당 0.5톤의 표준석탄을 감축")
    assert [(r.value, r.unit) for r in records] == [(0.5, "t_per_10k_CNY")]


def test_robot_density_real(seed_records) -> None:
    # 001 l.227: "산업로봇 2만대를 신규 보급하여 1만명당 360대로 확대"
    assert [(r.value, r.unit) for r in at(seed_records, "001", 227) if r.value == 360] == [
        (360, "robots_per_10k_workers")
    ]


def test_a_table_row_without_unit_is_a_ratio() -> None:
    body = "- 허난성은 데이터센터 목표를 제시\n\n지표\t2025년\t2026년\n데이터센터 PUE\t1.3\t1.25"
    assert sorted((r.target_year, r.value, r.unit) for r in made_up(body)) == [
        (2025, 1.3, "ratio"),
        (2026, 1.25, "ratio"),
    ]


def test_a_subsidy_rate_is_funding() -> None:
    records = made_up("- 첫 테이프아웃 비용의 최대 30%를 보조")
    assert [(r.kind, r.value, r.unit, r.qualifier, r.target_year) for r in records] == [
        ("funding", 30, "percent", "<=", None)
    ]


def test_short_news_bullets_take_the_deadline_of_their_headline() -> None:
    records = made_up(
        "- 하이테크 기업 3.5만 개, 유니콘 기업 20개 육성",
        headline="우한시, 과학기술 혁신 중심 건설 추진",
        subheadline="우한시, '27년까지 하이테크 기업 3.5만 개 육성",
        part="III 단신동향",
        reference="武汉市科技创新中心建设方案",
    )
    assert targets(records) == [(35_000, "count", "=", 2027), (20, "count", "=", 2027)]


def test_a_subsidy_cap_named_before_the_amount_is_funding() -> None:
    records = made_up("- 단일 프로젝트 보조는 최대 1,000만 위안")
    assert [(r.kind, r.value, r.qualifier) for r in records] == [("funding", 10_000_000, "<=")]


def test_a_turnover_threshold_before_a_noun_is_no_commitment() -> None:
    records = made_up("- 연간 매출액 50억 위안 이상 기업이 본사를 이전하는 경우 최대 2,000만 위안 장려")
    assert [(r.kind, r.value) for r in records] == [("funding", 20_000_000)]


def test_counts_of_a_plans_parts_are_no_commitment() -> None:
    assert made_up("- 3대 목표와 12개 중점 과제를 제시") == []


def test_a_decimal_is_no_five_year_plan() -> None:
    records = made_up("- 인구 만 명당 발명특허 보유량을 '26년까지 13.5건으로 확대")
    assert [(r.value, r.plan_period) for r in records] == [(13.5, "2024-2026")]


def test_places_named_to_be_excluded_do_not_set_the_region() -> None:
    records = made_up(
        "- 전국(홍콩·마카오·타이완 제외) 로봇 기업을 '26년까지 1만 개로 확대",
        headline="공업정보화부, '로봇산업 발전 행동계획(2024-2026)' 발표",
    )
    assert [(r.value, r.region) for r in records] == [(10_000, "National")]


def test_a_past_experience_is_no_target() -> None:
    # "~ㄴ 바 있다": has been done before
    assert targets(made_up("- 앞서 로봇 시범 도시 5곳이 지정된 바 있으며 '26년까지 확대 예정")) == []


def test_a_past_experience_real(seed_records) -> None:
    # 003 l.137: "… 산둥성 지난- 칭다오 등 3개 지역 지정된 바 있으며, '22년 9월 … 3곳을 신규로 추가했고 …"
    assert [r for r in at(seed_records, "003", 137) if r.kind != "actual"] == []


def test_a_one_syllable_structure_noun_is_a_whole_word() -> None:
    # "11장 24조" names clauses; "3개 조성" builds three
    assert targets(made_up("- '26년까지 차량-도로 협동 시범구 3개 조성")) == [(3, "count", "=", 2026)]
    assert made_up("- 총 11장 24조로 구성된 관리방법을 제정") == []


def test_a_structure_noun_after_a_modifier_word() -> None:
    assert made_up("- 6대 중점 행동, 22개 세부 조치를 제시") == []


def test_a_reward_cap_is_funding() -> None:
    records = made_up("- 공공 데이터셋을 구축한 기업에 최대 300만 위안 보상")
    assert [(r.kind, r.value, r.qualifier) for r in records] == [("funding", 3_000_000, "<=")]


def test_an_approximate_count_before_its_noun() -> None:
    records = made_up("- 매년 50개 내외의 핵심 기술 공략 프로젝트를 추진")
    assert [(r.value, r.qualifier, r.per_year) for r in records] == [(50, "~", True)]


def test_a_lead_label_in_brackets_is_no_list_of_names() -> None:
    records = made_up("- (제조업 디지털 전환) 200개 이상의 스마트 공장 시범사업을 추진")
    assert targets(records) == [(200, "count", ">=", 2026)]


def test_an_enterprise_class_is_part_of_the_subject() -> None:
    records = made_up("- '26년까지 매출 억 위안급 기업 50개 육성")
    assert targets(records) == [(50, "count", "=", 2026)]


def test_a_box_does_not_inherit_the_deadline_of_the_bullet_before_it() -> None:
    body = (
        "- 허난성은 '25년까지 로봇 기업 100개 육성\n\n〈※ 참고: 허난성 로봇 펀드〉\n\n"
        "- ▶ 성 정부는 로봇 펀드에 50억 위안 투입"
    )
    records = made_up(body, headline="허난성, '로봇산업 발전 방안' 발표", reference="关于机器人产业的通知")
    assert [(r.value, r.target_year) for r in records] == [(100, 2025), (5_000_000_000, None)]


def test_a_company_named_by_its_corporate_ending() -> None:
    assert made_up("- 룽지그린에너지는 '25년까지 연간 전해조 생산능력을 5GW로 확대할 계획") == []
    # a public energy body stays public
    records = made_up("- 국가에너지국은 '26년까지 신형 에너지저장 설비 10GW 보급")
    assert targets(records) == [(10, "GW", "=", 2026)]


def test_a_company_headline_with_hanja_makes_its_restatements_private() -> None:
    records = made_up(
        "- 룽지그린에너지는 시안 본사에서 '25년까지 생산능력을 5GW로 확대할 계획",
        headline="룽지(隆基)그린에너지, 그린수소 장비 생산 확대",
        subheadline="'25년까지 전해조 생산능력 5GW 확보 계획",
    )
    assert records == []


def test_a_generic_subject_takes_the_plans_domain() -> None:
    records = made_up(
        "- '26년까지 국가급 혁신 플랫폼 5개 이상 구축",
        headline="톈진, '바이오제조 혁신 발전 행동방안(2024-2026)' 발표",
    )
    assert [(r.value, r.sector) for r in records] == [(5, "biomedicine")]


def test_a_subject_with_its_own_domain_keeps_it() -> None:
    records = made_up(
        "- '26년까지 산업로봇 2만 대 보급",
        headline="톈진, '바이오제조 혁신 발전 행동방안(2024-2026)' 발표",
    )
    assert [(r.value, r.sector) for r in records] == [(20_000, "robotics")]


def test_facts_in_a_reference_box_of_a_plan_real(seed_records) -> None:
    # 004 l.159, in 〈※ 참고: 청두·충칭 경제권〉 of a ('23~'27) plan whose ■ line says 2027년까지:
    # "… 총면적은 18.5만 제곱킬로미터로 중국 전역의 1.9%를 차지" describes, it does not commit
    assert [r for r in at(seed_records, "004", 159) if r.kind != "actual"] == []


def test_a_rewarded_share_is_funding_real(seed_records) -> None:
    # 004 l.194: "R&D 투자 500만 위안 이상 기업을 대상으로 실제 투자 금액의 10% 장려" — the 500만 is a
    # threshold (no record), the 10% a reward rate (GUIDELINES: one item, value 10%)
    assert [
        (r.kind, r.value, r.unit, r.target_year) for r in at(seed_records, "004", 194) if r.unit == "percent"
    ] == [("funding", 10, "percent", None)]


def test_an_amount_cut_by_a_line_break_is_read_across_it() -> None:
    # a PDF conversion's break: "… 최대 200" / "만 위안을 보조"
    records = made_up("- 중소기업에 연산력 바우처를 발급하여 기업당 연간 최대 200\n만 위안을 보조")
    assert [(r.kind, r.value, r.value_text, r.qualifier, r.line) for r in records] == [
        ("funding", 2_000_000, "200", "<=", 9)
    ]


def test_a_qualifier_behind_markdown_bold() -> None:
    records = made_up("- 1인당 최대 **500만 위안**의 연구비를 지원")
    assert [(r.value, r.qualifier) for r in records] == [(5_000_000, "<=")]


def test_focus_cities_do_not_narrow_a_province_wide_target() -> None:
    records = made_up(
        "- 허난성은 정저우(郑州), 뤄양(洛阳) 등을 중심으로 '26년까지 로봇 기업 300개 육성",
        headline="허난성, '로봇산업 발전 행동계획(2024-2026)' 발표",
    )
    assert [(r.value, r.region, r.city) for r in records] == [(300, "Henan", None)]


def test_a_glossed_noun_is_no_list_of_names() -> None:
    records = made_up("- '26년까지 데이터 전문인재 1만 명 양성, 데이터 거래 중개기관(數商) 500개 유치")
    assert [r.value for r in records] == [10_000, 500]


def test_a_research_teams_goal_is_no_public_commitment() -> None:
    assert made_up("- 연구진은 향후 3년 내 모듈 효율 28% 달성을 목표로 제시") == []


def test_a_size_class_is_no_amount() -> None:
    assert [r.value for r in made_up("- '26년까지 1㎡급 모듈 100개 보급")] == [100]


def test_progress_towards_a_target_is_no_target() -> None:
    records = made_up(
        "- '24년 기준 9.9%로 목표에 근접", headline="허난성, '로봇산업 발전 행동계획(2024-2026)' 발표"
    )
    assert targets(records) == []


def test_a_target_reached_early_is_no_target() -> None:
    records = made_up(
        "- 발명특허 보유량은 14.0건으로 14·5 목표치(12건)를 조기 달성",
        headline="국가지식재산권국, '24년 지식재산권 통계 발표",
    )
    assert targets(records) == []


def test_a_figure_reached_under_a_lead_deadline_is_a_fact() -> None:
    body = "- 허난성은 '26년까지 로봇 기업 300개 육성\n - 현재 로봇 출시 건수는 200여 개에 달하고, 응용 시나리오는 약 400개"
    assert targets(made_up(body)) == [(300, "count", "=", 2026)]


def test_history_gives_the_parent_bullet_and_the_inherited_deadline():
    from etl.extract import History, inherited_year, parent_line
    from etl.model import Line

    lead = Line(1, "- '30년까지 다음을 추진")
    first = Line(2, " - 시범 단지 12개 조성")
    second = Line(3, " - 기업 50개 육성")
    other = Line(4, "- '27년까지 기지국 3만 개")
    deep = Line(5, "    - 도시 5곳")
    history = History()
    history.append((lead, 2030))
    history.append((first, 0))
    # a sibling under the lead inherits its year and sits under it
    assert inherited_year(second, history) == 2030
    assert parent_line(second, history) is lead
    history.append((second, 0))
    history.append((other, 2027))  # a new lead closes the first one's bullets
    assert parent_line(deep, history) is other
    assert inherited_year(deep, history) == 2027
    assert parent_line(lead, history) is None  # nothing is shallower than a top-level bullet
    history.clear()
    assert inherited_year(second, history) is None and parent_line(second, history) is None
