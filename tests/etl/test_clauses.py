"""Lines cut into clauses, numbers found with their clause; expected values read off by hand."""

from __future__ import annotations

import pytest

from etl.clauses import candidates, clauses, share_list_qualifiers
from etl.model import Line
from etl.numbers import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- 기업 5G망 업데이트, 300개 이상 5G 공장 구축, 30개 시범사업 추진",
            ["- 기업 5G망 업데이트, ", "300개 이상 5G 공장 구축, ", "30개 시범사업 추진"],
        ),
        # a linking verb ending closes a clause; "에 대해" does not
        ("로봇 100개를 육성하고 센터 10개 구축", ["로봇 100개를 육성하고 ", "센터 10개 구축"]),
        ("인프라 건설에 대해 최대 1억 위안 지원", ["인프라 건설에 대해 최대 1억 위안 지원"]),
        # a thousands comma is no clause break
        ("기업 1,000개 육성", ["기업 1,000개 육성"]),
        # a past fact linked by -는데 to the plan about it
        (
            "지난해 판매 비중은 35%였는데 이를 2035년까지 2배로 높인다",
            ["지난해 판매 비중은 35%였는데 ", "이를 2035년까지 2배로 높인다"],
        ),
        # 지난해, 올해 end in 해 but link nothing: "(지난해 대비 12% 증가)" stays with its figure
        (
            "예산으로 약 70억위안(지난해 대비 12% 증가)을 편성해 올해 지출한다",
            ["예산으로 약 70억위안(지난해 대비 12% 증가)을 편성해 ", "올해 지출한다"],
        ),
    ],
)
def test_clauses(text: str, expected: list[str]) -> None:
    assert [clause for _, clause in clauses(text)] == expected


def test_a_candidate_knows_its_clause_and_the_rest_of_its_sentence() -> None:
    line = Line(1, "- 테스트베드 플랫폼 30개, 선두주자 기업 100개를 육성")
    first, second = candidates(line)
    assert (first.quantity.text, first.clause, first.rest) == ("30개", "- 테스트베드 플랫폼 30개, ", ", ")
    assert first.tail.strip() == ", 선두주자 기업 100개를 육성"  # the governing verb is at the end
    assert second.clause == "선두주자 기업 100개를 육성"


def test_a_closing_qualifier_is_shared_by_the_list() -> None:
    text = "각각 500개, 400개, 300개 이상의 기업"
    assert [q.qualifier for q in share_list_qualifiers(find_quantities(text), text)] == [">=", ">=", ">="]
    text = "500개, 400개 및 300개 이상"  # not a bare list: only the last is bounded
    assert [q.qualifier for q in share_list_qualifiers(find_quantities(text), text)] == ["=", "=", ">="]


def test_a_full_stop_without_the_space_after_it_still_ends_the_clause():
    text = "중앙 예산은 9% 늘어난 8조 위안이었다.정부는 내년 적자를 늘린다."
    assert [clause for _, clause in clauses(text)] == [
        "중앙 예산은 9% 늘어난 8조 위안이었다.",
        "정부는 내년 적자를 늘린다.",
    ]


def test_a_full_stop_inside_a_bracket_ends_no_sentence():
    from etl.clauses import sentences

    text = "가상국의 5개년 계획(5.5계획. 2026∼2030년)에 따르면 도시화율은 2030년까지 60%로 높아진다. 다음 문장이다."
    spans = [text[start:end].strip() for start, end in sentences(text)]
    assert spans == [
        "가상국의 5개년 계획(5.5계획. 2026∼2030년)에 따르면 도시화율은 2030년까지 60%로 높아진다.",
        "다음 문장이다.",
    ]
