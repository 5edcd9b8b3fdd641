"""The named rules: each decides its own example, every record says which rule took it and how
sure it is, rejected numbers are kept with their rule, `python -m etl explain` shows the evidence,
and the extractor's version follows its code and data."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from test_extract import TEMPLATE, made_up

from etl import config, sectors
from etl.extract import Decision, bulletin_decisions, extract
from etl.parse import parse_text
from etl.rules import RULES, vocabulary

HEADLINE = "허난성, '로봇산업 발전 행동계획(2024-2026)' 발표"


def decisions(body: str, headline: str = HEADLINE, part: str = "I 정책동향") -> list[Decision]:
    text = TEMPLATE.format(
        part=part, headline=headline, subheadline="로봇 산업 육성", body=body,
        reference="关于印发机器人产业发展行动计划的通知", issued="2023. 7. 7",
    )  # fmt: skip
    return bulletin_decisions(parse_text(text, file_name="made_up.txt", sha256="0" * 64))


# Rules whose example needs more than one body line, or another kind of article.
CONTEXT = {
    "inherited_but_reported": ("- '26년까지 로봇 산업 고도화를 추진\n  - 현재 관련 기업은 약 300개", {}),
    "under_review_heading": ("1. 지난해 업무 회고\n◊ 식량 생산량 6950억kg 초과", {}),
    "inherited_deadline": ("- '26년까지 로봇 산업 고도화를 추진\n  - 시범 단지 12개 조성", {}),
    "research_explicit_plan": ("- 변환 효율을 30%로 높일 계획", {"part": "II 기술동향"}),
    "research_no_plan": ("- 변환 효율 26.1%의 전지를 개발", {"part": "II 기술동향"}),
    "private_actor_plan": ("- '27년까지 연구 인력 500명을 양성", {"headline": "칭화대, 인재 양성 계획 발표"}),
    "restated": ("- '26년까지 로봇 기업 50개 육성\n- 로봇 기업 50개 육성으로 산업 고도화", {}),
    "heading_restates_body": ("1) 로봇 기업 50개 육성\n\n- '26년까지 로봇 기업 50개 육성", {}),
    "year_table_cell": ("- 허난성은 목표를 제시\n\n지표\t2024년\t2025년\n로봇 기업 수 (개)\t120\t150", {}),
    "place_goal": (
        "- 그중 해남이 9.5% 좌우, 안휘가 6% 좌우이다",
        {"headline": "중국 각 성, 올해 성장 목표 공개"},
    ),
    "work_report_list": (
        "- 총리는 5일 정부업무보고를 했다. 다음은 요점이다.\n- 도시 신규 취업자 1100만 명 이상",
        {"headline": "가상국 정부업무보고 요약"},
    ),
    "table_cell_in_body": (
        "- '25년까지 로봇 기업 150개 육성\n\n지표\t2024년\t2025년\n로봇 기업 수 (개)\t120\t150",
        {},
    ),
}


@pytest.mark.parametrize("name", list(RULES))
def test_each_rule_decides_its_own_example(name: str) -> None:
    body, context = CONTEXT.get(name, ("- " + RULES[name].example, {}))
    found = decisions(body, **context)
    # an actual that no target needs is dropped later: the rule that read it is kept as taken_by
    assert any(name in (d.rule, d.taken_by) for d in found), [(d.value_text, d.rule) for d in found]


def test_every_rule_has_a_meaning_and_an_example() -> None:
    for rule in RULES.values():
        assert rule.verdict in ("reject", "target", "actual")
        assert rule.meaning and rule.example


def test_records_name_their_rule_and_rejections_their_reason() -> None:
    text = TEMPLATE.format(
        part="I 정책동향", headline=HEADLINE, subheadline="로봇 산업 육성",
        body="- 계획은 8대 방향을 제시하고, '27년까지 스마트 공장 200개를 구축",
        reference="关于印发", issued="2023. 7. 7",
    )  # fmt: skip
    extraction = extract(parse_text(text, file_name="made_up.txt", sha256="0" * 64))
    assert [(r.value, r.rule, r.confidence) for r in extraction.records] == [(200, "future_year", "high")]
    assert [(r.value_text, r.rule, r.reason) for r in extraction.rejected] == [
        ("8대", "document_structure", RULES["document_structure"].meaning)
    ]


def test_rejections_of_a_real_seed_line(seed_paths: list[Path]) -> None:
    # 000 l.185: "11개 중점행동계획과 54개 구체적인 조치를 발표" names parts of the plan
    from etl.parse import parse_file

    extraction = extract(parse_file(seed_paths[0]))
    assert {(r.value_text, r.rule) for r in extraction.rejected if r.line == 185} == {
        ("11개", "document_structure"),
        ("54개", "document_structure"),
    }


# --- confidence ---------------------------------------------------------------------


def confidences(body: str) -> list[tuple[float, str]]:
    return [(r.value, r.confidence) for r in made_up(body) if r.kind != "actual"]


def test_an_explicit_future_deadline_with_a_verb_is_high() -> None:
    assert confidences("- '27년까지 스마트 공장 200개를 구축") == [(200, "high")]


def test_an_inherited_deadline_only_is_low() -> None:
    assert confidences("- '26년까지 로봇 산업 고도화를 추진\n  - 시범 단지 12개 조성") == [(12, "low")]


def test_a_vague_amount_or_a_range_is_low() -> None:
    assert confidences("- '27년까지 스마트 공장 약 200개를 구축") == [(200, "low")]
    assert confidences("- '27년까지 스마트 공장 200~300개를 구축") == [(200, "low")]


def test_a_target_with_no_year_of_its_own_is_medium() -> None:
    assert confidences("- 신규 데이터센터 15개를 건설") == [(15, "medium")]


def test_a_target_in_a_sentence_with_an_outlook_word_is_not_high() -> None:
    # a word of an outlook or a claim anywhere in its sentence, not only at its close
    assert confidences("- '27년까지 스마트 공장 200개를 구축하며 관련 시장 전망도 밝다") == [(200, "medium")]


def test_an_amount_in_brackets_is_not_high() -> None:
    # "(일일 … 배럴)" glosses the figure before, "(그중 …)" details it: neither is certain on its own
    assert confidences("- '27년까지 연간 정제능력 9억t(그중 신규 1억t)을 확보") == [
        (900000000, "high"),
        (100000000, "medium"),
    ]


def test_a_count_of_firms_a_quota_goes_to_is_low() -> None:
    # "… 6개 생산업체와 3개 도매업체 등 총 9개 업체에 배정": who receives the quota, a borderline class
    body = "- '27년까지 희토류 수출 쿼터 1만톤을 6개 생산업체와 3개 도매업체 등 총 9개 업체에 배정"
    assert [c for c in confidences(body) if c[0] in (3, 9)] == [(3, "low"), (9, "low")]
    assert confidences("- '27년까지 첨단 기업 300개를 육성") == [(300, "high")]


def test_a_year_table_cell_is_high() -> None:
    body = "- 허난성은 목표를 제시\n\n지표\t2024년\t2025년\n로봇 기업 수 (개)\t120\t150"
    assert confidences(body) == [(120, "high"), (150, "high")]


# --- unitless measures ----------------------------------------------------------------


def test_a_bare_number_after_a_unitless_measure_is_a_ratio_target() -> None:
    records = made_up("- '26년까지 신규 데이터센터 PUE를 1.3 이하로 낮추고 재생에너지 비중 40% 달성")
    assert [(r.value, r.unit, r.qualifier, r.target_year) for r in records] == [
        (1.3, "ratio", "<=", 2026),
        (40, "percent", "=", 2026),
    ]


def test_a_unitless_measure_stated_as_it_is_is_no_target() -> None:
    assert made_up("- 현지 데이터센터 14개의 평균 PUE는 1.4 수준") == []


# --- vocabulary from the data files -----------------------------------------------------


def test_a_forward_verb_of_the_data_file_ends_the_subject() -> None:
    # 절감 is a forward verb of extraction.toml (subjects.py once had its own shorter list)
    records = made_up("- '26년까지 중소기업 연산력 이용 비용 25% 절감")
    assert [r.subject_ko for r in records] == ["중소기업 연산력 이용 비용"]


def test_a_verb_stem_inside_a_noun_does_not_end_the_subject() -> None:
    # "보조금" is a noun, not the verb 보조
    records = made_up("- '26년까지 인재 1인당 80만 위안 주거 보조금 지급")
    assert "보조금" in records[0].subject_ko


def test_sector_roles_come_from_the_data_file() -> None:
    assert {"rnd_innovation", "sme_enterprise"} <= sectors.with_role("generic")
    assert {"robotics", "AI"} <= sectors.with_role("domain")
    assert not sectors.with_role("generic") & sectors.with_role("domain")


def test_the_vocabulary_is_read_from_extraction_toml() -> None:
    vocab = vocabulary()
    assert "절감" in vocab.forward_verbs and "까지" not in vocab.forward_verbs
    assert "PUE" in vocab.unitless_measures


# --- the extractor's version ---------------------------------------------------------------


def test_the_version_changes_with_a_data_file(tmp_path: Path) -> None:
    files = []
    for path in config.extractor_files():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        files.append(copy)
    before = config.extractor_version(files)
    assert before == config.EXTRACTOR_VERSION  # the same bytes give the same version
    data = tmp_path / "extraction.toml"
    data.write_bytes(data.read_bytes() + b"\n# a comment\n")
    after = config.extractor_version(files)
    assert after != before and after.startswith("2.") and len(after) == 14


# --- python -m etl explain ---------------------------------------------------------------------


def test_explain_prints_the_evidence_and_the_rule_of_a_line(tmp_path: Path) -> None:
    text = TEMPLATE.format(
        part="I 정책동향", headline=HEADLINE, subheadline="로봇 산업 육성",
        body="- 계획은 8대 방향을 제시하고, '27년까지 스마트 공장 200개를 구축",
        reference="关于印发", issued="2023. 7. 7",
    )  # fmt: skip
    path = tmp_path / "made_up.txt"
    path.write_text(text, encoding="utf-8")
    number = text.splitlines().index("- 계획은 8대 방향을 제시하고, '27년까지 스마트 공장 200개를 구축") + 1
    result = subprocess.run(
        [sys.executable, "-m", "etl", "explain", f"{path}:{number}"],
        capture_output=True, text=True, cwd=config.PROJECT_DIR, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"{path}:{number}: - 계획은 8대 방향" in out  # the line, Korean as is
    assert "8대  [count]  REJECTED" in out and "rule document_structure:" in out
    assert "200개  [count]  TAKEN as target, confidence high, year 2027" in out
    assert "rule future_year:" in out and "verb:      구축" in out and "'27년까지 → 2027 (까지)" in out


def test_explain_names_a_line_without_numbers(tmp_path: Path, seed_paths: list[Path]) -> None:
    from etl.__main__ import main

    assert main(["explain", f"{seed_paths[0]}:1"]) == 0


def test_the_evidence_carries_the_subject() -> None:
    found = [d for d in decisions("- '27년까지 스마트 공장 200개를 구축") if d.evidence]
    assert found[0].evidence.subject == "스마트 공장"


# --- classes that failed on real web text (each on a sentence made up for the test) -------------


def made_up_article(body: str, headline: str) -> list:
    return [(r.value, r.unit, r.target_year) for r in made_up(body, headline=headline) if r.kind != "actual"]


def test_a_headline_actor_with_a_technology_acronym_is_no_company() -> None:
    body = "- '27년까지 산업용 AI 에이전트 800개를 구축"
    assert made_up_article(body, "中 'AI+제조' 정책 발표, 5대 분야 시범 추진") == [(800, "count", 2027)]
    assert made_up_article(body, "ESS 산업 고도화 방안 발표, 안전 기준 강화") == [(800, "count", 2027)]
    # a name in Latin letters is still a company's plan
    assert made_up_article(body, "Unitree, 휴머노이드 판매 계획 발표") == []


def test_a_prime_or_curly_year_mark_dates_a_figure() -> None:
    assert made_up("- ′22년 로봇 산업 규모는 800억 위안을 기록") == []
    assert [(r.value, r.target_year) for r in made_up("- ’26년까지 로봇 기업 90개 육성")] == [(90, 2026)]


def test_the_cue_of_one_sentence_does_not_leak_into_the_next_on_the_same_line() -> None:
    line = "- 연구기관 보고서에 따르면 시장은 300억 위안 수준임. 허난성은 '26년까지 로봇 기업 120개를 육성할 계획이다."
    assert [(r.value, r.target_year) for r in made_up(line) if r.kind != "actual"] == [(120, 2026)]


def test_national_as_a_modifier_is_no_count_of_countries() -> None:
    assert [r.value for r in made_up("- '26년까지 100개의 국가 스마트 제조 시범기지를 건설")] == [100]
    assert made_up("- '26년까지 20개 국가와 공동연구를 추진") == []


def test_a_dateline_is_not_the_place_of_the_targets() -> None:
    records = made_up(
        "- (베이징=신화통신) 상무부는 '26년까지 전국에 물류 거점 50개를 조성한다고 밝혔다.",
        headline="중국, 물류 거점 확충 방안 발표",
    )
    assert [(r.value, r.region, r.city) for r in records] == [(50, "National", None)]
    # an outlet, the place and the day in brackets: "[가상통신 상하이 3월 5일]"
    records = made_up(
        "- [가상통신 상하이 3월 5일] 중국이 '27년까지 물류 거점 40개를 조성하겠다고 밝혔다.",
        headline="중국, 물류 거점 확충 방안 발표",
    )
    assert [(r.value, r.region, r.city) for r in records] == [(40, "National", None)]
    # unbracketed, as Chinese outlets' Korean services print it: "광저우 5월 9일발 가상넷소식:"
    records = made_up(
        "- 광저우 5월 9일발 가상넷소식: 교통운수부는 '27년까지 물류 거점 30개를 조성할 계획이라고 밝혔다.",
        headline="중국, 물류 거점 확충 방안 발표",
    )
    assert [(r.value, r.region, r.city) for r in records] == [(30, "National", None)]
    # unbracketed, the place and the reporter who filed from it: "상하이=홍길동특파원"
    # … or the agency that filed it, from one place or two ("베이징.도쿄=외신종합"), or a paper's
    # correspondent there ("가상경제 베이징 특파원 홍길동 기자=")
    for dateline in (
        "상하이=김가상특파원",
        "상하이=김가상 기자",
        "상하이.도쿄=외신종합",
        "상하이=가상뉴스",
        "가상경제 상하이 특파원 김가상 기자=",
    ):
        records = made_up(
            f"- {dateline} 교통운수부는 '27년까지 물류 거점 20개를 조성하기로 했다.",
            headline="중국, 물류 거점 확충 방안 발표",
        )
        assert [(r.value, r.region, r.city) for r in records] == [(20, "National", None)]


def test_the_plan_of_another_country_is_no_chinese_commitment() -> None:
    body = (
        "- 허난성은 '26년까지 수소차 1만 대를 보급할 계획\n"
        "- 한편 한국 산업통상자원부는 '30년까지 수소차 30만 대를 보급할 계획"
    )
    assert [r.value for r in made_up(body)] == [10_000]
    # "인도기금" (a guidance fund) names no India
    assert [r.value for r in made_up("- '26년까지 시 정부 인도기금 30억 위안을 출자")] == [3_000_000_000]


def test_one_figure_for_each_of_several_places_gives_one_record_per_place() -> None:
    records = made_up("- '26년까지 정저우와 뤄양에 각각 3개의 로봇 산업단지를 조성")
    assert sorted((r.value, r.city) for r in records) == [(3, "Luoyang"), (3, "Zhengzhou")]
    assert len({r.id for r in records}) == 2


def test_one_figure_for_each_listed_measure_gives_one_record_per_measure() -> None:
    records = made_up(
        "- '25년까지 ▷기업 디지털화 보급률 ▷전자상거래 도입 기업 비율 등을 모두 70% 이상으로 끌어올릴 계획"
    )
    assert sorted((r.subject_ko, r.value, r.qualifier) for r in records) == [
        ("기업 디지털화 보급률", 70, ">="),
        ("전자상거래 도입 기업 비율", 70, ">="),
    ]


def test_respective_amounts_are_not_shared() -> None:
    records = made_up("- 국가급과 성급 실험실에 각각 500만 위안, 200만 위안 지원")
    assert sorted(r.value for r in records) == [2_000_000, 5_000_000]


def test_a_heading_of_this_years_targets_dates_the_lines_under_it() -> None:
    body = (
        "1. 지난해 업무 회고\n◊ 식량 생산량 6950억kg\n◊ 세수 우대 2조 위안 초과\n"
        "2. 올해 주요 예상 목표\n• 식량 생산량 6500억kg 이상\n• 신규 취업자 1200만 명 이상"
    )
    # 6500억 kg = 6.5억 t: mass is counted in tonnes
    assert made_up_article(body, HEADLINE) == [(650_000_000, "t", 2023), (12_000_000, "people", 2023)]


def test_a_quoted_statement_is_no_quoted_name() -> None:
    records = made_up("- 당국은 “2030년까지 친환경 산업 규모를 12조 위안으로 키울 것”이라고 밝혔다")
    assert [(r.value, r.target_year) for r in records] == [(12_000_000_000_000, 2030)]


def test_a_forecast_that_governs_a_list_rejects_every_figure() -> None:
    assert made_up("- 백서는 '25년까지 연간 5만 대, '35년 130만 대에 이를 것으로 예상했다") == []


def test_an_attributed_sentence_that_reports_a_plan_is_kept() -> None:
    line = "- 신문에 따르면 정저우시는 '25년까지 수소차 1만 대 보급 목표를 제시했다"
    assert [r.value for r in made_up(line)] == [10_000]
    assert made_up("- 업계 자료에 따르면 '25년 수소차 판매는 1만 대") == []


def test_a_figure_described_in_the_present_progressive_is_no_target() -> None:
    assert made_up("- 중국 기업들은 세계 시장 점유율 25%를 확보하고 있음") == []


def test_a_headline_figure_the_body_reports_as_reached_is_no_target() -> None:
    records = made_up(
        "- 베이징시는 '22년 5G 기지국 2만 개를 건설했다", headline="베이징, 5G 기지국 2만 개 건설"
    )
    assert [r for r in records if r.kind != "actual"] == []


def test_a_base_year_is_not_the_date_of_the_target() -> None:
    records = made_up("- '25년까지 제조업 로봇 밀도를 '20년 대비 2배로 늘릴 계획")
    assert [(r.value, r.target_year) for r in records] == [(2, 2025)]


def test_a_level_described_is_no_level_to_reach() -> None:
    assert made_up("- 상위 논문 비중은 5.5%로 여전히 낮음") == []


def test_a_reduction_to_a_level_is_a_target() -> None:
    records = made_up("- '26년까지 핵심 부품 수입 의존도 40% 이하로 감소")
    assert [(r.value, r.qualifier, r.target_year) for r in records] == [(40, "<=", 2026)]


def test_the_value_a_change_starts_from_is_no_target() -> None:
    records = made_up("- 로봇 밀도를 '22년의 200대에서 300대로 늘릴 계획")
    assert [(r.value, r.target_year) for r in records if r.kind != "actual"] == [(300, 2026)]


def test_a_count_of_items_a_document_lists_is_no_target() -> None:
    assert made_up("- 요강은 12개 전략기술과 9개 기초과학 난제를 제기") == []
    # …but a target the document sets is one
    assert [r.value for r in made_up("- 계획은 '26년까지 스마트 공장 40개를 목표로 제시")] == [40]


def test_a_count_under_a_structural_count_is_structural() -> None:
    assert made_up("- 6대 분야에서 20개 핵심기술을 개발할 계획") == []


def test_a_forward_verb_inside_a_noun_does_not_look_forward() -> None:
    # the 개발 of 경제개발구 is no verb of action; the firms only moved in
    assert made_up("- 반도체 기업 14곳이 정저우 경제개발구에 입주") == []


def test_a_clause_in_the_progressive_states_a_fact() -> None:
    assert made_up("- 그중 52곳이 실제로 사용되고 있으며 나머지는 시험 운영") == []


def test_a_size_described_with_a_copula_is_no_target() -> None:
    assert made_up("- 수조 위안 규모인 제조 분야에 필수적인 지원을 제공") == []


def test_a_second_sentence_that_carries_on_the_first_keeps_its_year() -> None:
    line = "- 정저우시는 '26년까지 수소차 5천 대를 보급하는 목표를 제시했다. 이를 통해 산업 부가가치 120억 위안을 창출한다는 것이다."
    assert [(r.value, r.target_year) for r in made_up(line)] == [(5000, 2026), (12_000_000_000, 2026)]


def test_a_figure_with_no_noun_takes_the_subject_of_the_figure_before_it() -> None:
    line = "- '27년까지 스마트 단말기 보급률을 60% 이상으로 늘리고, '30년에는 85%까지 높일 계획"
    assert [r.subject_ko for r in made_up(line)] == ["스마트 단말기 보급률", "스마트 단말기 보급률"]


def test_a_heading_figure_the_body_rejects_is_no_target_either() -> None:
    records = made_up(
        "- 업계 백서에 따르면 정저우에는 이미 5G 기지국 8천여 개가 세워졌음",
        headline="정저우, 8천여 개 5G 기지국 건설",
    )
    assert [r for r in records if r.kind != "actual"] == []


def test_a_budget_stated_with_a_copula_in_a_sentence_that_plans_is_kept() -> None:
    records = made_up("- 총 예산은 3억 2,000만 위안이며, 150개 과제를 지원할 예정임")
    assert 320_000_000 in [r.value for r in records if r.kind != "actual"]


def test_a_list_closed_by_etc_is_no_scope() -> None:
    records = made_up("- '27년까지 핵심 기술 15건 확보, 선도 제품 80건 보급 등의 수치 목표를 제시")
    assert sorted(r.value for r in records) == [15, 80]


def test_to_whom_money_goes_is_no_company_subject() -> None:
    records = made_up("- 감지·제어·OS 등 기술 개발 기업에는 최대 3,000만 위안의 지원금이 제공됨")
    assert [(r.value, r.kind) for r in records] == [(30_000_000, "funding")]


def test_thresholds_that_qualify_cities_or_groups_are_no_targets() -> None:
    line = "- 핵심산업규모 40억 위안, 유관산업규모 150억 위안이 넘는 도시를 우선 선정할 계획"
    assert made_up(line) == []
    line = "- ▷올해 신규 투자액 300만 위안(약 5억원) 이상 ▷스마트 공장 건설 등을 대상으로 비용을 지원"
    assert made_up(line) == []


def test_a_past_ending_under_a_deadline_states_a_fact() -> None:
    body = "- '26년까지 다음을 추진\n  - 신규 상장사 중 중소기업이 48%를 차지해 주도적 위치를 점했다"
    assert [r for r in made_up(body) if r.kind != "actual"] == []


def test_explain_reads_a_single_article_with_its_date(capsys) -> None:
    from etl.__main__ import main

    article = config.PROJECT_DIR / "tests" / "fixtures" / "articles" / "pasted_undated.txt"
    assert main(["explain", str(article)]) == 2  # undated: asks for --date, like extract
    assert "--date" in capsys.readouterr().err
    assert main(["explain", str(article), "--date", "2025-03-01"]) == 0
    out = capsys.readouterr().out
    assert "  rule " in out and ("TAKEN" in out or "REJECTED" in out)


def test_a_deadline_counted_in_years_from_the_announcement() -> None:
    """ "5년 내에 … 3곳을 구축" in a bulletin of 2023 sets 2028; a range of years names no one year,
    and a year printed on the line still wins."""
    within = made_up("- 시 정부는 4년 내에 공동 실험실 6곳을 구축하고 인재 500명을 유치할 계획")
    assert [(r.value, r.target_year) for r in within] == [(6, 2027), (500, 2027)]
    ranged = made_up("- 시 정부는 3~5년 이내 공동 실험실 6곳을 구축할 계획")
    plain = made_up("- 시 정부는 공동 실험실 6곳을 구축할 계획")  # the article's plan period decides
    assert [(r.value, r.target_year) for r in ranged] == [(r.value, r.target_year) for r in plain]
    printed = made_up("- 시 정부는 2년 내 '26년까지 공동 실험실 6곳을 구축할 계획")
    assert [(r.value, r.target_year) for r in printed] == [(6, 2026)]


def web_article(text: str, day: date = date(2024, 3, 1)) -> list:
    """The records of a single web article (no bulletin template around it)."""
    return extract(parse_text(text, file_name="item.txt", sha256="0" * 64, default_date=day)).records


def test_a_place_named_as_the_topic_after_an_opening_word_is_the_place() -> None:
    """ "일례로, 톈진(天津)은 …": the topic of the sentence, not the first words, names the place."""
    records = made_up(
        "- 수소 정책이 잇달아 나오고 있음. 일례로, 톈진(天津)은 '26년까지 수소차 5천 대를 보급하겠다는 목표를 제시",
        headline="중국, 수소 산업 정책 동향",
    )
    assert [(r.value, r.region) for r in records] == [(5_000, "Tianjin")]


def test_the_next_sentence_of_a_paragraph_keeps_the_place_of_the_one_before() -> None:
    records = made_up(
        "- 충칭시는 '27년까지 바이오 생산액을 500억 위안으로 늘릴 계획이다. 또 선도 기업 40개를 육성한다는 방침이다.",
        headline="중국, 바이오 산업 동향",
    )
    assert [(r.value, r.region) for r in records] == [(50_000_000_000, "Chongqing"), (40, "Chongqing")]
    # China itself as the later topic ends the carry
    records = made_up(
        "- 충칭시는 관련 회의를 열었다. 중국은 '27년까지 선도 기업 40개를 육성한다는 방침이다.",
        headline="중국, 바이오 산업 동향",
    )
    assert [(r.value, r.region) for r in records] == [(40, "National")]


def test_a_ministry_and_a_province_in_the_lead_place_the_article_in_the_province() -> None:
    """A web page whose metadata lines sit above the lead ("발행기관", "저자") and whose lead names a
    ministry with a province: the province (and the city the lead names) is the place; the old
    spelling 쟝쑤 is Jiangsu."""
    text = (
        "중국, 국가 바이오 혁신원 건설\n발행기관\n과학망\n저자\n조회\n1,234\n"
        "중국 과학기술부와 쟝쑤성(江蘇省)은 공동으로 ‘난징(南京) 바이오 과학원’을 기반으로 혁신원 건설을 시작했다.\n"
        "혁신원은 5년 내에 공동 실험실 4곳을 구축하고 전문인재 2,000명을 유치하게 된다.\n"
    )
    records = web_article(text, date(2024, 3, 1))
    assert [(r.value, r.region, r.city, r.target_year) for r in records] == [
        (4, "Jiangsu", "Nanjing", 2029),
        (2_000, "Jiangsu", "Nanjing", 2029),
    ]


def test_a_news_article_takes_the_place_its_lead_names_as_subject() -> None:
    """A headline in Chinese characters ("天津 …") names no place the gazetteer reads: the lead's
    subject ("톈진시가 …") does."""
    text = (
        "天津 로봇산업 새 도약\n[2024-03-01, 10:00:00] 가상저널\n"
        "톈진시가 정부 차원에서 2027년까지 로봇산업 생산액을 900억위안으로 끌어올리는 계획을 수립했다고 밝혔다.\n"
        "로봇산업은 도시의 핵심 산업으로 꼽힌다.\n"
    )
    assert [(r.value, r.region) for r in web_article(text)] == [(90_000_000_000, "Tianjin")]


def test_a_multiple_is_recorded_as_a_ratio() -> None:
    assert [(r.value, r.unit) for r in made_up("- '26년까지 로봇 생산량을 2배로 늘릴 계획")] == [(2, "ratio")]


def test_a_plans_figure_worded_as_an_expectation_is_a_target() -> None:
    """GUIDELINES: a plan's targets worded with 전망/예상 are targets; analysts' forecasts are not."""
    cited = made_up("- 계획에 따르면 '26년까지 연간 수소 생산량은 5만~8만t에 달해 중요한 축이 될 전망이다.")
    assert [(r.value, r.value_max, r.unit, r.target_year, r.rule) for r in cited] == [
        (50_000, 80_000, "t", 2026, "plan_forecast")
    ]
    # the headline names the plan; the sentence names no other source
    passive = made_up("- '26년까지 로봇 산업 매출은 3조 위안에 달할 것으로 예상된다.")
    assert [(r.value, r.target_year, r.confidence) for r in passive] == [(3_000_000_000_000, 2026, "medium")]


def test_an_analysts_or_associations_forecast_in_a_plan_article_is_no_target() -> None:
    assert made_up("- 업계에 따르면 '26년까지 로봇 산업 매출은 3조 위안에 달할 전망") == []
    assert made_up("- 중국로봇산업연맹은 '30년 로봇 수요가 약 90만 대에 달할 것으로 전망") == []
    assert made_up("- 증권사 보고서는 '26년까지 로봇 산업 매출이 3조 위안에 달할 것으로 예상") == []
    # no plan in the headline and none cited: still someone's expectation
    assert (
        made_up(
            "- '26년까지 로봇 산업 매출은 3조 위안에 달할 것으로 예상된다.", headline="중국 로봇 산업 동향"
        )
        == []
    )
    # a past year is no plan's target either
    assert made_up("- 계획에 따르면 '21년 로봇 산업 매출은 1조 위안에 달한 것으로 추정") == []


def test_national_after_a_modifier_is_no_count_of_countries_either() -> None:
    records = made_up(
        "- '30년까지 약 50개의 단지형 국가 시범기지와 약 500개의 기업형 국가 시범기지를 건설할 계획"
    )
    assert [(r.value, r.qualifier) for r in records] == [(50, "~"), (500, "~")]
    assert made_up("- '26년까지 12개 협력 국가와 공동연구를 추진") == []


def test_a_company_the_paragraph_introduces_makes_its_plan_a_company_plan() -> None:
    """A state-owned company named without a company word ("시노펙은") is a company where the
    paragraph introduces it as one ("국영 전력회사인 …") or with a Latin name in brackets."""
    line = (
        "- 중국 2대 국영 전력회사인 화뎬(華電·Huadian)의 발전량은 900억 kWh에 달하는데, 이는 전체의 8%에 해당하는 양임. "
        "화뎬은 '25년까지 충전소 2,000개를 구축할 계획임."
    )
    assert made_up(line, headline="중국, 국유기업 에너지 투자 동향") == []
    bracketed = "- 궈뎬(Guodian)은 '25년까지 충전소 800개를 구축할 계획임."
    assert made_up(bracketed, headline="중국, 국유기업 에너지 투자 동향") == []
    # a government body with its acronym in brackets is still a government
    ministry = "- 국가에너지국(NEA)은 '25년까지 충전소 800개를 구축할 계획임."
    assert [r.value for r in made_up(ministry, headline="중국, 에너지 투자 동향")] == [800]


def test_a_count_of_provinces_as_actors_is_no_target() -> None:
    assert (
        made_up("- 중국의 31개 성(省), 직할시, 자치구 전체가 '26년까지 산업 발전 목표를 설정하고 추진") == []
    )
    assert made_up("- 12개 직할시와 성이 '26년까지 협력 계획을 수립") == []


def test_a_lead_place_is_the_subject_the_lead_opens_with_not_an_example() -> None:
    """An article with no actor in its headline: the lead's opening subject places it; a province
    given as an example ("일례로, …는") in a national story does not place the whole article."""
    text = (
        "中 국유기업 수소 산업에 진출\n2024-03-01\n"
        "□ 중국 국유기업의 절반 이상이 수소 산업에 진출한 것으로 나타남.\n"
        "- 지원 정책도 잇달아 나오고 있음. 일례로, 톈진(天津)은 '26년까지 수소차 5천 대를 보급하겠다는 목표를 제시함.\n"
        "- 국유기업들은 '27년까지 충전소 300개를 새로 구축할 계획임.\n"
    )
    assert [(r.value, r.region) for r in web_article(text)] == [(5_000, "Tianjin"), (300, "National")]


def test_an_expectation_past_the_plans_period_is_no_plan_figure() -> None:
    # the made-up plan runs 2024-2026: a 2030 outlook is not one of its figures
    assert made_up("- 계획에 따르면 '30년까지 로봇 산업 매출은 5조 위안에 달할 전망") == []


def test_a_plan_period_the_lead_quotes_after_a_deck_and_a_date_line_dates_the_targets() -> None:
    """A news page: headline, a deck of bullets, a date-and-outlet line, then the lead that quotes the
    plan with its period: targets with no year of their own take the period's end (GUIDELINES)."""
    text = (
        "충칭시, 반도체 산업 진흥에 500억위안 펀드 조성\n"
        "-충칭, 500억위안 투입해 50개 이상 반도체 핵심 기술 개발 지원 -청두, 반도체 산업 성장 촉진\n"
        "2024-03-01     가상뉴스\n"
        "중국 충칭시가 반도체 산업에 10년 동안 운영되는 펀드를 조성한다. 청두시도 육성안을 발표했다.\n"
        "충칭 정부는 ‘충칭 반도체 산업 육성 계획(2024-2026)’을 지난달 발표하면서 지원책을 확정했다.\n"
    )
    records = web_article(text)
    assert (50, 2026) in [(r.value, r.target_year) for r in records]


def test_each_item_of_a_newsletter_page_has_the_actor_its_title_names() -> None:
    text = (
        "청두무역관-2024-11호(4.2)\n무역관 뉴스레터\n중국\n청두무역관\n2024-04-02\n출처 : 가상무역관\n"
        "♣ 윈난성, 2024년 산업 행동계획 발표\n"
        "ㅇ최근 윈난성은 핵심 산업망 현대화를 위한 행동 계획의 2024년 작업 요점을 발표함\n"
        "- 2024년 규모 이상 공업 부가가치 7% 증가 목표 제시\n"
        "♣ 구이저우성, 데이터센터 확충\n"
        "ㅇ구이저우성 정부는 데이터 산업 고도화 방안을 내놓았음\n"
        "- '26년까지 대형 데이터센터 20곳을 건설할 계획\n"
    )
    records = web_article(text, date(2024, 4, 2))
    assert [(r.value, r.region, r.issuer) for r in records] == [
        (7, "Yunnan", "윈난성"),
        (20, "Guizhou", "구이저우성"),
    ]
    # the year's plan an item's title names dates its lines without a year of their own
    text = text.replace(
        "- '26년까지 대형 데이터센터 20곳을 건설할 계획", "- 대형 데이터센터 20곳을 건설할 계획"
    )
    text = text.replace("♣ 구이저우성, 데이터센터 확충", "♣ 구이저우성, 2024년 '데이터 120' 행동계획 발표")
    assert [(r.value, r.target_year) for r in web_article(text, date(2024, 4, 2))] == [(7, 2024), (20, 2024)]


def test_wien_spelling_thresholds_past_a_count_and_a_derived_multiple() -> None:
    """ "위엔" is the yuan; "1억위엔이 넘는 50개 선도제품" says which products count; the 2배 after
    "…에서 …으로" restates the change the amounts state."""
    line = (
        "- 허난성은 로봇 생산규모를 '22년 500억위엔에서 '26년까지 1천억위엔으로 2배로 끌어올릴 계획이다. "
        "또 매출액이 1억위엔이 넘는 50개 선도제품을 육성할 방침이다."
    )
    records = [(r.value, r.unit) for r in made_up(line) if r.kind == "target"]
    assert records == [(100_000_000_000, "CNY"), (50, "count")]
    # a multiple on its own is the target
    assert [(r.value, r.unit) for r in made_up("- '26년까지 로봇 생산량을 3배로 늘릴 계획")] == [(3, "ratio")]


def test_a_past_figure_whose_own_verb_reports_a_fact_is_no_planned_target() -> None:
    """ "'22년 … 800억 위안을 기록한 허난성은 '26년 1,500억 위안으로 … 목표": the plan word governs
    the later figure only."""
    line = "- 계획에 따르면 '22년 로봇 매출이 800억 위안을 기록한 허난성은 '26년 1,500억 위안으로 늘릴 것을 목표로 한다."
    assert [(r.value, r.target_year) for r in made_up(line) if r.kind == "target"] == [
        (150_000_000_000, 2026)
    ]
    # a past deadline that a plan word governs stays a (low) planned target
    planned = made_up("- '22년 말까지 기지국 3만 개 건설을 계획", issued="2023. 7. 7")
    assert [(r.value, r.rule) for r in planned] == [(30_000, "past_year_planned")]


def test_a_plan_word_after_a_quoted_statement_does_not_plan_the_figure_inside_it() -> None:
    line = "- 농업부 관계자는 “10년의 노력 끝에 종자 자급률은 70%를 돌파했다”라며《계획》관련 상황을 소개함."
    assert [r for r in made_up(line) if r.kind == "target"] == []
    # a quoted plan is still a plan
    quoted = "- 농업부 관계자는 “'26년까지 종자 자급률을 80%로 높일 계획”이라며 의지를 밝혔다."
    assert [(r.value, r.target_year) for r in made_up(quoted)] == [(80, 2026)]


def test_a_dateline_city_does_not_become_the_city_of_a_province_article() -> None:
    text = (
        "[경제동향] 中 지린, 2030년까지 빙설산업 총생산액 2천억 위안 목표\n2024-12-01\n"
        "(중국 창춘=가상통신) 지린(吉林)성이 오는 2030년까지 빙설산업 총생산액을 2천억 위안 이상으로 끌어올리겠다는 목표를 설정했다.\n"
        "방안은 오는 2027년까지 산업망을 구축해 총생산액을 1천500억 위안 이상으로 끌어올리겠다는 단계적 목표를 세웠다.\n"
    )
    assert {(r.region, r.city) for r in web_article(text, date(2024, 12, 1))} == {("Jilin", None)}


def test_a_sentence_reporting_someones_explanation_is_attributed() -> None:
    """ "…를 견인한다는 설명이다": what an official or analyst explained, no plan."""
    line = "- 업계 인사는 말했다. 연산력에 1위안을 투자하면 5위안의 GDP 증가를 견인한다는 설명이다."
    assert made_up(line, headline="중국, 연산력 산업 동향") == []
    # a plan so explained is still a plan
    planned = "- '26년까지 연산력 센터 30곳을 건설할 계획이라는 설명이다."
    assert [r.value for r in made_up(planned)] == [30]


def test_a_count_of_the_items_listed_before_it_is_no_target() -> None:
    line = "- 국가발개위는 관련 부처와 함께 충전망 배치 최적화, 서비스 수준 향상, 기술 혁신 강화 등 3가지 작업을 '26년까지 시행할 방침"
    assert made_up(line) == []
    line = "- 허난성은 제조중심, 물류중심, 연구중심 등 3개 중심을 주축으로 '26년까지 로봇 기업 40개를 육성할 계획"
    assert [r.value for r in made_up(line)] == [40]
    # a count that is not the length of the list is a target
    line = "- 허난성은 정저우, 뤄양 등에 '26년까지 로봇 산업단지 5개를 조성할 계획"
    assert [r.value for r in made_up(line)] == [5]


def test_a_money_class_before_its_noun_is_no_amount() -> None:
    # the yuan class says how big each cluster is; the count of clusters is the target
    body = "- '27년까지 2개의 5천억 위안(약 95조 원)급 로봇 산업 클러스터와 5개의 1,000억 위안급 기지를 조성"
    assert made_up_article(body, HEADLINE) == [(2, "count", 2027), (5, "count", 2027)]
    # an amount with no class mark stays
    assert made_up_article("- '27년까지 로봇 산업 규모 5천억 위안 달성", HEADLINE) == [
        (500_000_000_000, "CNY", 2027)
    ]


def test_a_decision_to_do_reported_in_the_past_tense_still_plans() -> None:
    # no year in the sentence: none is made up
    body = "- 시 정부는 로봇 산업 단지 조성에 총 120억 위안을 투자하기로 했다"
    assert made_up_article(body, HEADLINE) == [(12_000_000_000, "CNY", None)]
    body = "- 시 정부는 '26년까지 로봇 시범 공장 30개를 건설키로 결정했다"
    assert made_up_article(body, HEADLINE) == [(30, "count", 2026)]
    body = "- 시 정부는 로봇 산업 단지 조성에 총 120억 위안을 투자키로 했다"
    assert made_up_article(body, HEADLINE) == [(12_000_000_000, "CNY", None)]
    # what was done stays a fact
    assert made_up_article("- 시 정부는 로봇 산업 단지 조성에 총 120억 위안을 투자했다", HEADLINE) == []


def test_standard_coal_equivalent_is_a_unit() -> None:
    body = "- '25년까지 재생에너지 소비량 3억 표준석탄 환산톤(TCE) 달성, '27년까지 4억 톤 표준석탄 도달"
    assert made_up_article(body, HEADLINE) == [(300_000_000, "tce", 2025), (400_000_000, "tce", 2027)]


def test_the_time_of_a_five_year_plan_dates_its_figures_by_the_plans_end() -> None:
    body = (
        "- '35년까지 로봇 강국을 실현\n"
        "- 14차 5개년(2021~2025) 기간 주요 목표는 다음과 같음\n"
        "  - 로봇 밀도를 5년간 총 20% 높이고\n"
        "- 14차 5개년 기간 동안 로봇 R&D 투자를 연평균 8% 이상 늘릴 계획"
    )
    assert made_up_article(body, HEADLINE) == [(20, "percent", 2025), (8, "percent", 2025)]
    # the plan's title names no time: its lines keep their own deadline
    assert made_up_article("- '26년까지 14·5 로봇 계획의 시범 기지 12개 조성", HEADLINE) == [
        (12, "count", 2026)
    ]


def test_a_trade_office_byline_in_the_headline_is_no_place() -> None:
    records = made_up(
        "- '27년까지 재생에너지 발전 기지 30곳을 건설", headline="(중국 상하이 무역관) 中, 재생에너지 확대"
    )
    assert [(r.value, r.region) for r in records] == [(30, "National")]


def test_a_figure_a_change_starts_from_at_a_level_is_a_baseline() -> None:
    body = "- '27년까지 로봇 산업 비중을 현재 12%에서 18% 수준으로 높이기로 했다"
    assert made_up_article(body, HEADLINE) == [(18, "percent", 2027)]


def test_what_a_plan_builds_on_is_there_already() -> None:
    body = "- 시는 현재 25개 로봇 시범 단지를 기반으로 '27년까지 로봇 기업 80개를 육성할 계획"
    assert made_up_article(body, HEADLINE) == [(80, "count", 2027)]
    body = "- 기존 12개 혁신 플랫폼을 바탕으로 '27년까지 플랫폼 20개로 확대"
    assert made_up_article(body, HEADLINE) == [(20, "count", 2027)]


def test_a_generic_subject_in_an_energy_plan_takes_energy() -> None:
    # R&D and its platforms are generic measures: in a plan about energy they are energy's
    records = made_up(
        "- '25년까지 신규 핵심 기술 연구개발 분야를 40개까지 확대",
        headline="국가에너지국, '현대 에너지 체계 계획' 발표",
    )
    assert [(r.value, r.sector) for r in records] == [(40, "energy_green")]


def test_a_money_level_reaches_at_least_its_amount() -> None:
    records = made_up("- 성 정부는 '27년까지 GDP 규모를 5조위안대로 끌어올린다는 계획임")
    assert [(r.value, r.unit, r.qualifier, r.target_year) for r in records] == [
        (5_000_000_000_000, "CNY", ">=", 2027)
    ]


def test_a_bullet_kept_inline_opens_a_new_sentence() -> None:
    # a web box saved as one line: the deadline of one bullet does not date the fact in the next
    line = "- 성 정부는 '28년까지 로봇 기업 60개를 육성 - 현재 로봇 생산의 약 40%를 수입 부품에 의존하고 있음"
    assert made_up_article(line, HEADLINE) == [(60, "count", 2028)]


def test_a_number_that_completes_a_target_noun_is_a_target() -> None:
    """A number that says "…목표도 X% 이상이다": what the 목표 is, even as a copula and with the issue year's date
    (this bulletin is of 2023)."""
    assert confidences("- 허난성의 2023년 로봇산업 성장 목표도 6% 이상이다") == [(6, "medium")]
    assert confidences("- 허난성은 로봇산업 성장 목표를 작년의 5%에서 7% 이상으로 상향했다") == [
        (7, "medium")
    ]


def test_a_number_a_setting_verb_proposes_under_a_target_sentence_is_a_target() -> None:
    """A setting verb in "… 성장률 목표를 제시한바, … 8% 안팎을 제시함": 제시 of a number where 목표 is named."""
    assert confidences("- 각 시는 올해 성장률 목표를 제시한바, 정저우시는 가장 높은 7% 이상을 제시함") == [
        (7, "medium")
    ]
    # "안팎" is an approximate amount: low, as every vague amount
    assert confidences("- 각 시는 올해 성장률 목표를 제시한바, 정저우시는 7% 안팎을 제시함") == [(7, "low")]
    # without any 목표, "제시" of a number is no target; a figure compared against is a base
    assert confidences("- 정저우시는 관람객 수 7만 명을 제시함") == []
    assert confidences("- 올해 목표는 작년 목표(4% 이상) 대비 상향 조정됨") == []


def test_under_a_deadline_a_past_verb_that_sets_a_plan_word_keeps_the_target() -> None:
    """ "…을 달성한다는 목표를 제시했다" under a lead's deadline: the past tense reports the plan
    being set, not the figure reached; a figure reached ("현재 …") stays a fact."""
    lead = "- '26년까지 로봇 산업 고도화를 추진\n"
    assert confidences(lead + "  - 문건은 로봇 밀도 40% 달성 목표를 제시했다") == [(40, "low")]
    assert confidences(lead + "  - 시범 단지를 12개로 늘리는 등의 목표들을 세워놓고 있다") == [(12, "low")]
    assert confidences(lead + "  - 현재 관련 기업은 약 300개로 목표를 제시했다") == []


def test_a_comparison_with_the_expectation_is_no_forecast() -> None:
    """A figure "…로 예상치보다 높았다" compares a figure reached with what was expected: a fact of a past
    year, not someone's forecast; "… 달할 것으로 예상" still is one."""
    found = decisions("- '22년 로봇 산업 성장률은 12.5%로 예상치보다 높았다")
    # read as an actual (past_year), then dropped as no target's baseline
    assert [(d.value_text, d.taken_by) for d in found] == [("12.5%", "past_year")]
    found = decisions("- '22년 로봇 산업 성장률은 12.5%에 달할 것으로 예상된다")
    assert [d.rule for d in found] == ["forecast"]


def test_a_requirement_set_for_a_figure_is_a_target() -> None:
    """A figure that "…이어야 한다" (must be) is required by the plan, even when the sentence goes on
    in the past tense ("… 지침도 마련했다") under a lead's deadline."""
    lead = "- '26년까지 로봇 산업 고도화를 추진\n"
    line = "  - 시범 단지의 로봇 비중이 30% 이상이어야 한다는 지침도 마련했다"
    assert confidences(lead + line) == [(30, "low")]
