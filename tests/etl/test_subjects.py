"""What a number counts, on sentences of the seeds' kind; expected subjects written by hand."""

from __future__ import annotations

import pytest

from etl.clauses import candidates
from etl.model import Line
from etl.subjects import list_subject, rate_subject, subject_of


def subjects(text: str) -> list[str]:
    found = list(candidates(Line(1, text)))
    return [list_subject(candidate, found) for candidate in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase after the number
        ("- 300개 이상 5G 공장 구축", ["5G 공장"]),
        ("- 100개 이상의 산업 인터넷 시범 프로젝트 선정", ["산업 인터넷 시범 프로젝트"]),
        # the phrase before it, after the sentence's topic
        ("- 허난성은 '26년까지 로봇 기업 200개 육성", ["로봇 기업"]),
        ("- 우수 기업기술센터 1000개를 육성", ["우수 기업기술센터"]),
        # the noun governed by "에 대해" / "을 대상으로"
        ("- 중대 과학기술 인프라 건설에 대해 최대 1억 위안 지원", ["중대 과학기술 인프라 건설"]),
        # a list shares one subject
        (
            "- 포상을 받은 기업을 대상으로 각각 500만 위안, 200만 위안 지원",
            ["포상을 받은 기업", "포상을 받은 기업"],
        ),
        # an earlier number on the line is no part of the next subject
        ("- 모범기업 20개와 시범기업 200개를 육성", ["모범기업", "시범기업"]),
    ],
)
def test_subjects(text: str, expected: list[str]) -> None:
    assert subjects(text) == expected


def test_a_subject_is_never_a_bare_particle_or_qualifier() -> None:
    found = candidates(Line(1, "- 이 중 3대 선도산업의 규모를 **1.8조 위안**으로 확대"))
    (amount,) = [c for c in found if c.quantity.unit == "CNY"]
    assert subject_of(amount) == "3대 선도산업의 규모"


@pytest.mark.parametrize(
    ("subject", "unit", "expected"),
    [
        ("1만명당", "robots_per_10k_workers", "로봇 밀도"),
        ("인구 만 명당 발명특허 보유량", "count_per_10k_people", "발명특허 보유량"),
    ],
)
def test_a_density_base_is_no_subject(subject: str, unit: str, expected: str) -> None:
    assert rate_subject(subject, unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-syllable noun keeps its word, its particle goes: not "… 기업 수는"
        ("- 현재 입주 바이오 기업 수는 120여 개이고", ["입주 바이오 기업 수"]),
        ("- 등록 학생 수가 5,000명에 달할 것", ["등록 학생 수"]),
        # a labelled clause whose figure follows an adverb of manner: the label, not the actors
        ("- ▶ 지원 규모 : 시 정부와 구 정부 공동으로 20억 위안 투입", ["지원 규모"]),
    ],
)
def test_subjects_keep_the_articles_wording(text: str, expected: list[str]) -> None:
    assert subjects(text) == expected


def test_a_combined_figure_names_every_member() -> None:
    # a sum over three industries is named for all three, not after the last one listed
    found = candidates(Line(1, "- 신소재, 바이오 및 양자 등 3대 미래산업의 생산액을 5,000억 위안으로 확대"))
    (amount,) = [c for c in found if c.quantity.unit == "CNY"]
    assert subject_of(amount) == "3대 미래산업(신소재·바이오·양자) 생산액"


def test_a_listed_group_of_another_size_is_left_as_it_was() -> None:
    # "2대" over three names: the list is no count of the group, so no members are claimed
    found = candidates(Line(1, "- 신소재, 바이오 및 양자 등 2대 산업의 규모를 100억 위안으로 확대"))
    (amount,) = [c for c in found if c.quantity.unit == "CNY"]
    assert "(" not in subject_of(amount)


def test_a_listed_group_names_only_its_own_figure() -> None:
    # the second figure of the line measures something else: its own words, not the group's
    found = candidates(
        Line(
            1,
            "- 신소재, 바이오 및 양자 등 3대 미래산업의 생산액을 5,000억 위안으로 확대하고, 기업 연구개발 비중을 3% 이상으로 향상",
        )
    )
    (share,) = [c for c in found if c.quantity.unit == "percent"]
    assert subject_of(share) == "기업 연구개발 비중"
