"""The named rules: each decides its own example, every record says which rule took it and how
sure it is, rejected numbers are kept with their rule, `python -m etl explain` shows the evidence,
and the extractor's version follows its code and data."""

from __future__ import annotations

import shutil
import subprocess
import sys
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
    "inherited_deadline": ("- '26년까지 로봇 산업 고도화를 추진\n  - 시범 단지 12개 조성", {}),
    "research_explicit_plan": ("- 변환 효율을 30%로 높일 계획", {"part": "II 기술동향"}),
    "research_no_plan": ("- 변환 효율 26.1%의 전지를 개발", {"part": "II 기술동향"}),
    "private_actor_plan": ("- '27년까지 연구 인력 500명을 양성", {"headline": "칭화대, 인재 양성 계획 발표"}),
    "restated": ("- '26년까지 로봇 기업 50개 육성\n- 로봇 기업 50개 육성으로 산업 고도화", {}),
    "heading_restates_body": ("1) 로봇 기업 50개 육성\n\n- '26년까지 로봇 기업 50개 육성", {}),
    "year_table_cell": ("- 허난성은 목표를 제시\n\n지표\t2024년\t2025년\n로봇 기업 수 (개)\t120\t150", {}),
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
