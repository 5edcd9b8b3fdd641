"""Korean numerals and quantities: hand-worked tables, then Hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.numbers import Quantity, find_quantities, parse_korean_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2만 7,916", 27_916),
        ("5조 9,166억", 5_916_600_000_000),
        ("1.8조", 1_800_000_000_000),
        ("42.1만", 421_000),
        ("만", 10_000),
        ("2억 5천만", 250_000_000),
        ("1,700억", 170_000_000_000),
        ("326.99억", 32_699_000_000),
        ("80,258.70만", 802_587_000),
        ("9402.30", 9402.3),
        ("3,000", 3000),
        ("21만2,000", 212_000),  # no space between the groups
        ("32조 2,813억", 32_281_300_000_000),
        ("14조 8,114억 2,000만", 14_811_420_000_000),
        ("1만 6천", 16_000),
        ("천만", 10_000_000),
        ("3백", 300),
        (" 25 ", 25),
        ("0.5", 0.5),
        # the Chinese 万亿 with its thousands, as the Korean-language press of China prints it:
        # "빙설경제 총규모를 1만 2,000억원" (1.2万亿元)
        ("1만 2,000억", 1_200_000_000_000),
        ("1만 5천억", 1_500_000_000_000),
    ],
)
def test_parse_korean_number(text, expected):
    assert parse_korean_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "abc",
        "만원",
        "3 4",
        "3만 2억",
        "2만 17,916",
        "5백3천",
        "1,2",
        "3.",
        "'25",
        "5G",
        "12%",
        "-3",
        "억만",
        "2억 만",
    ],
)
def test_parse_korean_number_refuses_what_is_not_one_number(text):
    assert parse_korean_number(text) is None


def _summary(quantity: Quantity) -> tuple:
    return (quantity.text, quantity.value, quantity.unit, quantity.qualifier)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seeds: counts, with the qualifier printed after them
        (
            "- **(네트워크 시스템 구축 행동)** 기업 5G망 업데이트, 300개 이상 5G 공장 구축, "
            "30개 시범사업 추진",
            [("300개", 300, "count", ">="), ("30개", 30, "count", "=")],
        ),
        (
            "- **(표기 노드 식별 행동)** 누적 2급 노드* 수 300개 초과, 기업 접속 건수 30만 개 달성",
            [("300개", 300, "count", ">="), ("30만 개", 300_000, "count", "=")],
        ),
        (
            "'25년까지 첨단 로봇 제품 100개 육성, 핵심 로봇산업 수입 300억 위안 초과",
            [("100개", 100, "count", "="), ("300억 위안", 30_000_000_000, "CNY", ">=")],
        ),
        ("② 약 100개 휴머노이드 로봇 제품의 소량 생산", [("100개", 100, "count", "~")]),
        (
            "기업이 총 100만 개 / 10만 개 / 만 개 육성",
            [
                ("100만 개", 1_000_000, "count", "="),
                ("10만 개", 100_000, "count", "="),
                ("만 개", 10_000, "count", "="),
            ],
        ),
        ("인공지능 및 바이오헬스 분야 기업 1000여개 유치", [("1000여개", 1000, "count", "~")]),
        ("'22년 한해 1만 6천여회를 초과", [("1만 6천여회", 16_000, "count", "~")]),
        ("50여 개국에서 2천여명이 참석", [("50여 개국", 50, "count", "~"), ("2천여명", 2000, "people", "~")]),
        ("클라우드 플랫폼을 보유한 중소기업을 40만개로 늘리고", [("40만개", 400_000, "count", "=")]),
        ("논문 수는 2만 7,916편으로", [("2만 7,916편", 27_916, "count", "=")]),
        (
            "496척의 선박에 보급하고 3곳에 6가지 방식으로",
            [
                ("496척", 496, "count", "="),
                ("3곳", 3, "count", "="),
                ("6가지", 6, "count", "="),
            ],
        ),
        # money: yuan, won (flagged by unit) and dollars
        (
            "산업 규모는 1,700억 위안(32조 2,813억 원)에 달함",
            [
                ("1,700억 위안", 170_000_000_000, "CNY", "="),
                ("32조 2,813억 원", 32_281_300_000_000, "KRW", "="),
            ],
        ),
        (
            "지난해 부가가치 규모는 4.1조 위안(약 738조 8,200억 원)을 기록",
            [
                ("4.1조 위안", 4_100_000_000_000, "CNY", "="),
                ("738조 8,200억 원", 738_820_000_000_000, "KRW", "~"),
            ],
        ),
        ("산업 규모 1조 4,000억 위안 돌파", [("1조 4,000억 위안", 1_400_000_000_000, "CNY", ">=")]),
        ("디지털 전환 시범에 2억 5천만 위안 지원", [("2억 5천만 위안", 250_000_000, "CNY", "=")]),
        ("기업당 최대 1억 위안 지원", [("1억 위안", 100_000_000, "CNY", "<=")]),
        ("수출액 338억 달러", [("338억 달러", 33_800_000_000, "USD", "=")]),
        ("1,000억 위안급 특색 산업 클러스터를 조성", [("1,000억 위안", 100_000_000_000, "CNY", "=")]),
        # percentages and technical units
        (
            "제조업 부가가치 비중 25% 이상, R&D 투입 집중도 2.5% 이상",
            [
                ("25%", 25, "percent", ">="),
                ("2.5%", 2.5, "percent", ">="),
            ],
        ),
        ("도시 인구의 실업률 5.5% 안팎으로 억제", [("5.5%", 5.5, "percent", "~")]),
        ("연산력 규모 300엑사플롭스까지 끌어올리고", [("300엑사플롭스", 300, "EFLOPS", "=")]),
        ("총 저장용량이 1800엑사바이트(EB)를 초과하고", [("1800엑사바이트(EB)", 1800, "EB", ">=")]),
        ("'25년까지 총 연산력 12.5 EFLOPS에 달함", [("12.5 EFLOPS", 12.5, "EFLOPS", "=")]),
        ("전송지연 시간을 1ms 이내로 공제", [("1ms", 1, "ms", "<=")]),
        (
            "출하량은 722MW로, 생산능력은 누적 300GWh에 육박",
            [
                ("722MW", 722, "MW", "="),
                ("300GWh", 300, "GWh", "~"),
            ],
        ),
        ("10GW 규모 단지와 10GWh 공장", [("10GW", 10, "GW", "="), ("10GWh", 10, "GWh", "=")]),
        # power in kW is kept in GW, as commitment-record.md lists it: 389,000,000 kW = 389 GW
        ("3억 8,900만 킬로와트에 달하는 설비", [("3억 8,900만 킬로와트", 389, "GW", "=")]),
        ("연간 발전량 10.6억 킬로와트시", [("10.6억 킬로와트시", 1060, "GWh", "=")]),
        ("총면적은 18.5만 제곱킬로미터로", [("18.5만 제곱킬로미터", 185_000, "km2", "=")]),
        ("700km의 궤도 높이, 운반 능력 1.3톤", [("700km", 700, "km", "="), ("1.3톤", 1.3, "t", "=")]),
        ("1인당 기대수명이 80세 로 상승", [("1인", 1, "people", "="), ("80세", 80, "years", "=")]),
        ("소득 비율은 2.3:1로 축소", [("2.3:1", 2.3, "ratio", "=")]),
        ("생산량 전국 3위권 진입", [("3위권", 3, "rank", "<=")]),
        (
            "수출 기업 30사 이상, 해운 12노선을 신설",
            [("30사", 30, "count", ">="), ("12노선", 12, "count", "=")],
        ),
        ("제3사분기 실적", []),
        (
            "신규 노선 4000 Km이상, 하천 1만2천여㎞ 정비",
            [("4000 Km", 4000, "km", ">="), ("1만2천여㎞", 12000, "km", "~")],
        ),
        ("3년간 연속 1위를 차지", [("3년", 3, "years", "="), ("1위", 1, "rank", "=")]),
        ("최대 36K의 초전도 전이 온도, 800℃ 이상", [("36K", 36, "K", "<="), ("800℃", 800, "celsius", ">=")]),
        (
            "생산량이 2배 증가, 지수는 267.57점",
            [("2배", 2, "ratio", "="), ("267.57점", 267.57, "points", "=")],
        ),
        ("정부장학생 1만명을 지원", [("1만명", 10_000, "people", "=")]),
        # made up: forms the seeds do not print
        (
            "신규 데이터센터 5곳, 위성 12척, 표준 30항목 제정",
            [
                ("5곳", 5, "count", "="),
                ("12척", 12, "count", "="),
                ("30항목", 30, "count", "="),
            ],
        ),
        (
            "충전소 1,200개소 이상과 수소차 5천 대",
            [("1,200개소", 1200, "count", ">="), ("5천 대", 5000, "count", "=")],
        ),
        (
            "연구비 80,258.70만 위안, 인력 수만 명",
            [
                ("80,258.70만 위안", 802_587_000, "CNY", "="),
                ("수만 명", 10_000, "people", ">="),
            ],
        ),
        ("약 1.5조 원 규모", [("1.5조 원", 1_500_000_000_000, "KRW", "~")]),
        (
            "연구원 3,000명 가량과 기업 200개 남짓",
            [("3,000명", 3000, "people", "~"), ("200개", 200, "count", "~")],
        ),
        (
            "예산 5억 위안 미만, 기간 6개월 이내",
            [("5억 위안", 500_000_000, "CNY", "<="), ("6개월", 6, "months", "<=")],
        ),
        ("4.5%p 상승", [("4.5%p", 4.5, "percentage_points", "=")]),
        (
            "기업당 최고 500만 위안, 1억 위안 한도 내 지원",
            [
                ("500만 위안", 5_000_000, "CNY", "<="),
                ("1억 위안", 100_000_000, "CNY", "<="),
            ],
        ),
        ("적어도 10곳, 성장률 5%를 웃도는 수준", [("10곳", 10, "count", ">="), ("5%", 5, "percent", ">=")]),
        (
            "연면적 10만 제곱미터, 100만 가구, 24시간",
            [
                ("10만 제곱미터", 100_000, "m2", "="),
                ("100만 가구", 1_000_000, "households", "="),
                ("24시간", 24, "hours", "="),
            ],
        ),
    ],
)
def test_find_quantities(sentence, expected):
    assert [_summary(quantity) for quantity in find_quantities(sentence)] == expected


def test_romanised_yuan_livestock_heads_pyeong_and_a_copula_before_de():
    # "철도 신선 건설에 2.8조yuan(4,380억$)을 투입", "총 100만두에 달하는 모돈 감축", "30만 평 규모의
    # e스포츠 플랫폼", "빈곤인구는 무려 981만 5000명인데 그중 …"
    assert [_summary(q) for q in find_quantities("가상선 건설에 1.5조yuan을 투입하고")] == [
        ("1.5조yuan", 1_500_000_000_000, "CNY", "=")
    ]
    assert [_summary(q) for q in find_quantities("번식용 모돈 60만두를 줄이도록 했다")] == [
        ("60만두", 600_000, "head", "=")
    ]
    assert [_summary(q) for q in find_quantities("단지를 20만 평 규모로 키운다")] == [
        ("20만 평", 200_000, "pyeong", "=")
    ]
    assert [_summary(q) for q in find_quantities("이주 대상은 402만 3000명인데 그중 절반은")] == [
        ("402만 3000명", 4_023_000, "people", "=")
    ]
    # "총면적 … 소주개발에는 총 2조엔이 소요되는데", "넓이 1.7제곱km에"
    assert [_summary(q) for q in find_quantities("개발에는 총 3조엔이 소요된다")] == [
        ("3조엔", 3_000_000_000_000, "JPY", "=")
    ]
    assert [_summary(q) for q in find_quantities("넓이 2.5제곱km에 달하는")] == [
        ("2.5제곱km", 2.5, "km2", "=")
    ]
    # (a native numeral before a counter is no livestock: "두 개", "두 곳")
    assert [_summary(q) for q in find_quantities("공장 두 곳을 세운다")] == [("두 곳", 2, "count", "=")]


def test_the_base_of_a_rate_may_carry_a_conversion_in_brackets():
    base, converted, cut = find_quantities("GDP 1만 위안(약 190만원)당 물 사용량을 12% 이상 감축")
    assert (base.text, base.per) == ("1만 위안", True)
    assert cut.per is False


def test_one_of_a_measure_glued_to_a_figure_is_the_base_of_a_rate():
    # a flattened table cell: "1kg당 18위안" printed without 당
    (base,) = find_quantities("가격 목표 암모니아 1kg18위안 미만")
    assert (base.text, base.per) == ("1kg", True)
    one, ten = find_quantities("1곳 10개")
    assert (one.per, ten.per) == (False, False)


def test_a_level_moved_from_one_share_to_another_is_no_range():
    assert [(q.value, q.value_max) for q in find_quantities("점유율을 30%에서 50%로 높인다")] == [
        (30, None),
        (50, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "value_max", "unit", "text"),
    [
        ("3~4개 시나리오에서 시범 응용 사업 전개", 3, 4, "count", "3~4개"),  # seed
        ("3~5년 이내 상용화", 3, 5, "years", "3~5년"),  # seed
        ("기업 10-20개 선정", 10, 20, "count", "10-20개"),
        ("1~2억 위안 지원", 100_000_000, 200_000_000, "CNY", "1~2억 위안"),  # the multiplier is shared
        ("점유율 20%~30% 달성", 20, 30, "percent", "20%~30%"),
        ("설비 용량 2,000만~3,000만㎾ 확충", 20, 30, "GW", "2,000만~3,000만㎾"),  # 20,000,000 kW = 20 GW
        # the unit printed on both bounds, and a horizontal bar between them
        ("월 1500위안~5천 위안의 임차료 지원", 1500, 5000, "CNY", "1500위안~5천 위안"),
        ("현마다 300만위안―600만위안을 투입", 3_000_000, 6_000_000, "CNY", "300만위안―600만위안"),
        # a cut by a share between two bounds (下降40%—45%), not a level moved ("30%에서 50%로 높인다")
        ("배출량을 2010년의 30%에서 35%까지 감축", 30, 35, "percent", "30%에서 35%"),
    ],
)
def test_ranges_keep_both_bounds_and_read_as_at_least(sentence, value, value_max, unit, text):
    (quantity,) = find_quantities(sentence)
    assert (quantity.value, quantity.value_max, quantity.unit, quantity.qualifier, quantity.text) == (
        value,
        value_max,
        unit,
        ">=",
        text,
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("제조업 등 중점분야에 있어 수백 개의 로봇 혁신 응용기술", "수백 개", 100),  # seed
        ("수십 건의 특허", "수십 건", 10),
        ("수천억 위안 규모", "수천억 위안", 100_000_000_000),
    ],
)
def test_vague_amounts_give_their_lower_bound(sentence, text, value):
    (quantity,) = find_quantities(sentence)
    assert (quantity.text, quantity.value, quantity.qualifier) == (text, value, ">=")


@pytest.mark.parametrize(
    "sentence",
    [
        # years and dates
        "'25년까지 2025년 목표, '23~'25 계획, (2023-2025), 2023—2025年",
        "발표(6.16), (6.21), '19.6. 기준, 6월 4일, 1~4월",
        "‘23년 5월 기준, 2027년까지, 23년도 성과, '22년 말 기준",
        # plan codes, ordinals and names
        "'14·5 로봇산업 발전계획', 14.5 계획, 13차 5개년 기간, 3개년 계획",
        "5G, 6G, 3C 전자, IPv6, SRv6, 400G/800G, 2.0 버전, 1호, 39호, 제31회, 제2",
        "ISO 13228, V1.0, W(밴드), 'CG11837', '1+4', '2441', '2+6+N'",
        "3세대 반도체, 21세기 해상 실크로드, 6축 7회랑 8통로",
        # list markers and table cells
        "1) 글로벌 영향력이 있는 혁신 원천 구축 ① 국가 전략 01 광저우",
        "5\t대 기업\t1\t위",
        # unit declarations of a table column
        "직접비 금액(만 위안)\t(단위: 억 위안)\t(단위:만 대)",
        # web addresses
        "https://www.sohu.com/a/726649218_790178?spm=block7_109_O1D5ms_1_fd.3 300개",
    ],
)
def test_numbers_that_are_not_quantities(sentence):
    assert [q.text for q in find_quantities(sentence) if not q.text.endswith("300개")] == []


@pytest.mark.parametrize(
    ("sentence", "text", "structural"),
    [
        ("5대 방향을 제시", "5대", True),  # seed
        ("'10대 산업 발전 플랫폼'을 구축", "10대", True),  # seed
        ("세계 500대 기업의 투자프로젝트", "500대", True),  # seed
        ("'혁신 마일리지 100대' 기업 선정", "100대", True),  # seed
        ("산업로봇 2만대를 신규 보급", "2만대", False),  # seed
        ("1만명당 360대로 확대", "360대", False),  # seed
        ("판매량 186만 대 기록", "186만 대", False),  # seed
        ("드론 300대 이상 보급", "300대", False),
        ("7대 전략산업 육성", "7대", True),
        # the noun opening a quote: "中 칭다오, 3대 '신개발 지구' 건설 추진"
        ("가상시, 4대 '신개발 지구' 건설 추진", "4대", True),
    ],
)
def test_numbers_naming_a_list_are_flagged_structural(sentence, text, structural):
    (quantity,) = [q for q in find_quantities(sentence) if q.counter == "대"]
    assert (quantity.text, quantity.structural) == (text, structural)


@pytest.mark.parametrize(
    ("sentence", "per_texts"),
    [
        ("산업로봇 2만대를 신규 보급하여 1만명당 360대로 확대", ["1만명"]),  # seed
        ("인구 1만 명당 R&D 인력 수는 83.71명", ["1만 명"]),  # seed
        ("주민의 1인당 가처분 소득이 5만 위안 이상", ["1인"]),  # seed
        ("인구 10만 명당 병상 600개", ["10만 명"]),
        ("1만명 당 충전소 12개가 넘도록", ["1만명"]),  # news spacing
        ("승용차 전력 소모량은 13kWh/100km 이하로", ["100km"]),  # a slash's base
        ("당국은 5만 명 당원 교육", []),  # 당원 is a word, not "per"
    ],
)
def test_the_base_of_a_rate_is_flagged_per(sentence, per_texts):
    assert [q.text for q in find_quantities(sentence) if q.per] == per_texts


def test_offsets_and_counter_of_a_quantity():
    sentence = "- '27년까지 1조 6,500억 위안 에 달성하며 100개 이상"
    first, second = find_quantities(sentence)
    assert (first.start, first.end, first.counter) == (9, 21, "위안")
    assert sentence[second.start : second.end] == "100개" and second.counter == "개"


def _korean_reading(number: int) -> str:
    """27916 → "2만 7,916"; 5916600000000 → "5조 9,166억": the way the bulletins print amounts."""
    groups = []
    for unit, size in (("조", 10**12), ("억", 10**8), ("만", 10**4)):
        if number >= size:
            groups.append(f"{number // size:,}{unit}")
            number %= size
    if number or not groups:
        groups.append(f"{number:,}")
    return " ".join(groups)


# Values are floats: exact up to 2**53 (9,007조), far above any amount a bulletin prints.
@given(st.integers(min_value=0, max_value=2**53))
def test_round_trip_korean_reading(number):
    assert parse_korean_number(_korean_reading(number)) == number


@given(st.integers(min_value=0, max_value=2**53))
def test_round_trip_thousands_commas(number):
    assert parse_korean_number(f"{number:,}") == number


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["개", "위안", "건", "명", "%"]))
def test_round_trip_through_a_sentence(number, counter):
    sentence = f"목표로 {_korean_reading(number)}{counter}를 제시"
    (quantity,) = find_quantities(sentence)
    assert (quantity.value, quantity.text) == (number, f"{_korean_reading(number)}{counter}")


@given(st.text())
def test_parse_never_raises(text):
    parse_korean_number(text)


_KOREAN_NUMBER_TEXT = st.text(
    alphabet="0123456789,.:~- \t'만억조천백수십개위안원%여약이상초과년대당명세(EB)GW"
)


@given(st.one_of(st.text(), _KOREAN_NUMBER_TEXT))
def test_quantities_always_point_at_their_text(sentence):
    for quantity in find_quantities(sentence):
        assert sentence[quantity.start : quantity.end] == quantity.text
        assert quantity.qualifier in {"=", ">=", "<=", "~"}
        assert quantity.value_max is None or quantity.value_max >= 0


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("풍력 발전 용량을 9억㎾ 이상으로", [("9억㎾", 900, "GW", ">=")]),
        ("발전 설비 능력 23억 KW 안팎", [("23억 KW", 2_300, "GW", "~")]),
        ("발전량을 8.2억 킬로와트시 이상", [("8.2억 킬로와트시", 820, "GWh", ">=")]),
        ("국제 데이터 전송 용량 30Tbps 달성", [("30Tbps", 30, "Tbps", "=")]),
        ("곡물 생산량 1조 2000억근 이상 유지", [("1조 2000억근", 1_200_000_000_000, "jin", ">=")]),
        ("저장 설비 90기가와트 구축", [("90기가와트", 90, "GW", "=")]),
        # a figure quoted for emphasis keeps its qualifier; 넘기다 and 밑으로 bound it too
        ("비중을 '15%' 이상으로", [("15%", 15, "percent", ">=")]),
        ("보급률은 35%를 넘기고", [("35%", 35, "percent", ">=")]),
        ("화석 에너지 비중은 30% 밑으로", [("30%", 30, "percent", "<=")]),
    ],
)
def test_energy_and_bandwidth_units_and_news_qualifiers(sentence, expected):
    assert [_summary(q) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(("text", "qualifier"), [("9.5% 좌우", "~"), ("3% 전후로", "~"), ("5% 안팎", "~")])
def test_about_as_the_korean_papers_of_china_write_it(text, qualifier):
    assert [q.qualifier for q in find_quantities(text)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("30여만 명", 300_000, "~"),  # about three hundred thousand
        ("120여억 위안", 12_000_000_000, "~"),
        ("2500 만원", 25_000_000, "="),  # a multiplier set off by a space (machine translation)
        ("140 여억 위안", 14_000_000_000, "~"),
    ],
)
def test_about_inside_an_amount_and_a_multiplier_after_a_space(text, value, qualifier):
    assert [(q.value, q.qualifier, q.text) for q in find_quantities(text)] == [(value, qualifier, text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("풍력 설비를 3만메가와트선으로 늘린다", 30_000, "MW"),  # 선: the level of a round figure
        ("수입을 1만 달러선에서 유지", 10_000, "USD"),
        ("인구를 900만 명선까지", 9_000_000, "people"),
    ],
)
def test_a_counter_followed_by_the_level_line_is_read(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_a_counter_run_into_a_word_beginning_with_seon_is_no_counter():
    assert find_quantities("3개선정") == []  # 개 + 선정 (selection): no 선 of a level


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("택지 2천40ha를 공급", 2040, "ha"),  # hectares in Latin letters
        ("농지 9억 2천만 mu의 건설", 920_000_000, "mu"),  # the Chinese land unit in pinyin
        ("행정촌 200mbps 광섬유", 200, "Mbps"),  # bandwidth in lower case
    ],
)
def test_land_and_bandwidth_units_in_latin_letters(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_latin_land_units_inside_words_are_no_units():
    assert find_quantities("3 hands, 7 mutual funds") == []


def test_a_multiplier_in_words_takes_no_digits_after_it():
    # "만 3세" is 만 (full age) and 3세, not 10,003; "만 3천 명" keeps its thousands
    assert [(q.text, q.value) for q in find_quantities("만 3세까지 자녀")] == [("3세", 3)]
    assert [(q.text, q.value) for q in find_quantities("만 3천 명")] == [("만 3천 명", 13_000)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("보장성 임대주택 180만 채(실)를 건설", 1_800_000, "count"),  # dwellings
        ("신규 오수관망 9.5만킬로메터 건설", 95_000, "km"),  # km as the Korean papers of China spell it
        ("풍력 설비 1200만키로와트 건설", 12, "GW"),  # kW spelt 키로, in GW
        ("발전량 30억키로와트시 달성", 3_000, "GWh"),
        ("건축면적은 6.2만 평방메터에 달한다", 62_000, "m2"),  # m² spelt 메터
        ("컨테이너 물동량 4000만teu 달성", 40_000_000, "TEU"),  # TEU in lower case
        # renminbi by its Chinese name (人民幣元), as papers of the 1990s print it
        ("도로 건설에 1조2천3백억인민폐원을 투자", 1_230_000_000_000, "CNY"),
        ("기금 규모를 50억 인민폐로 늘린다", 5_000_000_000, "CNY"),
        ("수력발전소 총발전량 3150만Kwh", 31.5, "GWh"),  # kWh with a capital K
    ],
)
def test_units_as_the_papers_of_china_and_web_pages_print_them(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(value, unit)]


def test_a_channel_is_no_dwelling():
    assert find_quantities("채소 3채널 방송") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("2030년까지 생산량을 2020년의 두 배로 늘린다", 2.0),
        ("에너지 저장 용량을 5년 안에 세배 늘린다", 3.0),
        ("2020년 GDP를 2010년에 비해 한배 증장시킨다", 2.0),  # 增长一倍: an increase by one times
    ],
)
def test_a_multiple_in_native_korean_numerals_is_a_ratio(sentence, value):
    multiples = [q for q in find_quantities(sentence) if q.counter == "배"]
    assert [(q.value, q.unit) for q in multiples] == [(value, "ratio")]


def test_a_native_numeral_inside_a_word_or_a_boat_is_no_multiple():
    assert [q for q in find_quantities("두배추 가격과 한배를 탄 기업들") if q.counter == "배"] == []


def test_amounts_listed_before_the_one_printing_the_unit_share_it_and_the_lists_qualifier():
    found = [
        (q.text, q.value, q.unit, q.qualifier)
        for q in find_quantities("최대 각각 500만, 800만, 1200만 위안을 지원")
    ]
    assert found == [
        ("500만", 5_000_000, "CNY", "<="),
        ("800만", 8_000_000, "CNY", "<="),
        ("1200만 위안", 12_000_000, "CNY", "<="),
    ]
    # bare digits with no multiplier are list numbers: "1, 2, 3단계" keeps only the amount that has a unit
    assert [q.text for q in find_quantities("1, 2, 3단계에 각각 300만 위안")] == ["300만 위안"]


def test_a_fraction_in_words_is_a_share_in_percent_denominator_first():
    # a share of a whole is counted in percent, as the real-text labellers record it (약 4분의 1 → 25%)
    (fraction,) = find_quantities("전체 충전소의 5분의2는 공공 충전소로 운영한다")
    assert (fraction.text, fraction.value, fraction.unit) == ("5분의2", 40.0, "percent")
    (third,) = find_quantities("물 사용량을 3분의 1로 줄인다")
    assert (third.text, third.value, third.unit) == ("3분의 1", 33.33, "percent")
    assert find_quantities("0분의1") == []  # no fraction over zero


def test_per_unit_of_what_is_made_is_the_base_of_a_rate():
    (per_tonne, energy) = find_quantities("철강 1t 생산당 에너지 소모량을 550kg 이하로 낮춘다")
    assert per_tonne.text == "1t" and per_tonne.per
    assert not energy.per


def test_a_qualifier_glued_to_the_counter_and_about_inside_the_multipliers():
    (budget,) = find_quantities("재정지출로 약 76억3천만위엔정도를 예산하고")
    assert (budget.text, budget.value, budget.unit, budget.qualifier) == (
        "76억3천만위엔",
        7_630_000_000,
        "CNY",
        "~",
    )
    (livelihood,) = find_quantities("그 중 8천4백여만위엔을 민생에")
    assert (livelihood.value, livelihood.qualifier) == (84_000_000, "~")
    (floor,) = find_quantities("생산량 200만톤이상")
    assert (floor.text, floor.qualifier) == ("200만톤", ">=")
    # 左右 glued, as the Korean-language press of China prints it: "립방메터당 60마이크로그램좌우로"
    (about,) = find_quantities("투자를 50억위안좌우로")
    assert (about.text, about.value, about.qualifier) == ("50억위안", 5_000_000_000, "~")


def test_micrograms_whose_volume_is_named_before_the_number_are_a_concentration():
    # "PM2.5 농도를 립방메터당 60마이크로그램좌우로 통제" (the volume first, then the mass)
    (level,) = find_quantities("PM2.5 농도를 입방미터당 40마이크로그램 이하로")
    assert (level.value, level.unit, level.qualifier) == (40, "ug_per_m3", "<=")
    (level,) = find_quantities("립방메터당 28마이크로그람으로")
    assert (level.value, level.unit) == (28, "ug_per_m3")


def test_areas_as_the_korean_language_press_of_china_and_sino_korean_readings_print_them():
    found = [
        (q.text, q.value, q.unit)
        for q in find_quantities("공업주랑 340평방킬로미터, 주택 12만 평방미터, 콩 8000만 묘")
    ]
    assert found == [
        ("340평방킬로미터", 340, "km2"),
        ("12만 평방미터", 120_000, "m2"),
        ("8000만 묘", 80_000_000, "mu"),
    ]
    assert find_quantities("묘목을 심는다") == []


def test_a_ratio_against_one_the_other_way_round_gives_the_second_per_one():
    (ratio,) = find_quantities("의사와 간호사 비율을 1:1.5로 끌어올린다")
    assert (ratio.text, ratio.value, ratio.unit) == ("1:1.5", 1.5, "ratio")
    assert [q.text for q in find_quantities("1:1 매칭")] == ["1:1"]
    assert find_quantities("오후 1:30에 개막") == []  # a time, not a ratio


def test_routes_counted_in_galrae():
    (routes,) = find_quantities("변경지역을 잇는 고속도로 6갈래를 건설한다")
    assert (routes.text, routes.value, routes.unit) == ("6갈래", 6, "count")


def test_each_multiplier_may_be_set_off_by_a_space():
    # machine-translated text sets off every multiplier: "2 억 4000 만 kW" is 2억 4000만 kW
    [q] = find_quantities("총 설비 용량은 2 억 4000 만 kW가 된다")
    assert (q.text, q.value, q.unit) == ("2 억 4000 만 kW", 240.0, "GW")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula glued to the counter ends it
        ("서비스 수출입총액은 1조달러다.", ("1조달러", 1e12, "USD")),
        ("생산 목표는 3500만대였다.", ("3500만대", 3.5e7, "count")),
        ("총투자가 10억원인 협의를 맺었다", ("10억원", 1e9, "KRW")),
        ("관광수입을 지금의 6배인 수준으로", ("6배", 6.0, "ratio")),
        # … and 되다 glued, as the Korean-Chinese press writes an amount ("amounting to")
        ("2.4만헥타르되는 경작지를 보호구로 확정한다", ("2.4만헥타르", 2.4e4, "ha")),
        ("600개된 기업", ("600개", 600.0, "count")),
        # renminbi and mu by their other names
        ("100억 위앤을 투자한다", ("100억 위앤", 1e10, "CNY")),
        ("68억RMB를 투입한다", ("68억RMB", 6.8e9, "CNY")),
        ("1.82억畝의 농지", ("1.82억畝", 1.82e8, "mu")),
        # a space between 천 or 백 and the multiplier it counts; dollars and doses as the press of
        # China prints them
        ("앞으로 총 6천 억위엔을 투입하여", ("6천 억위엔", 6e11, "CNY")),
        ("기술자 7백 만 명을 양성", ("7백 만 명", 7e6, "people")),
        ("기금에 20억딸라를 증자한다", ("20억딸라", 2e9, "USD")),
        ("백신 3000만 회분을 제공한다", ("3000만 회분", 3e7, "count")),
        # exaflops without the final s; a vague amount with a space before its multiplier
        ("연산력 300엑사플롭을 돌파한다", ("300엑사플롭", 300.0, "EFLOPS")),
        ("수십 만 달러를 지원했다", ("수십 만 달러", 1e5, "USD")),
        # a hundred spelled out before its counter, as the Korean services of China's media write it
        ("신규 박물관 백개를 건설한다", ("백개", 100.0, "count")),
        (
            "고신기술기업 1만 5천 개 이상 확보",
            ("1만 5천 개", 15000.0, "count"),
        ),  # (one figure, not 천 개 again)
    ],
)
def test_counters_end_before_a_copula_and_read_other_names(text: str, expected: tuple) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.value, q.unit) == expected


def test_a_hundred_or_thousand_before_a_word_is_no_amount():
    assert find_quantities("5천 억제 목표") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("두개의 대형 터미널을 건설", [("두개", 2.0, "count")]),
        ("공원 세 곳을 조성한다", [("세 곳", 3.0, "count")]),
        ("다섯 개 기지", [("다섯 개", 5.0, "count")]),
        # kinds are a list's structure; 세계 is a word, not 세
        ("세 가지 조치", []),
        ("세계 일류 기업", []),
    ],
)
def test_counts_in_native_korean_numerals(text: str, expected: list) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 8到10个 as the press translates it: a range
        ("대형업체 8개에서 10개를 설립하고", [(8.0, 10.0)]),
        ("기업도 6개에서 9개 정도 만들어", [(6.0, 9.0)]),
        # a level changed from one to another: two figures
        ("8개에서 10개로 늘린다", [(8.0, None), (10.0, None)]),
    ],
)
def test_counts_from_one_to_another_without_a_change_are_a_range(text: str, expected: list) -> None:
    assert [(q.value, q.value_max) for q in find_quantities(text)] == expected


def test_square_kilometres_printed_with_a_plain_2():
    # "2,275km2": plain text prints ㎢ as km2; the 2 is the square, no figure of its own
    (area,) = find_quantities("신구의 면적은 2,275km2에 이른다")
    assert (area.value, area.unit, area.text) == (2275, "km2", "2,275km2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("올해 4천만 m3의 물을 절약한다", (40_000_000, "m3", "4천만 m3")),
        ("녹지 5만m2를 조성한다", (50_000, "m2", "5만m2")),
        ("농도를 약 35 μg/m3로 낮춘다", (35, "ug_per_m3", "35 μg/m3")),
        ("농도를 40㎍/m3 이하로 낮춘다", (40, "ug_per_m3", "40㎍/m3")),
    ],
)
def test_cubic_and_square_metres_printed_with_a_plain_digit(text, expected):
    # plain text prints ㎥ and ㎡ as m3 and m2, and ㎍/㎥ as μg/m3: the digit is the power
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.unit, quantity.text) == expected


@pytest.mark.parametrize(
    "printed", ["30마이크로그램/세제곱미터", "30마이크로그람/립방미터", "30마이크로그램/입방미터", "30㎍/㎥"]
)
def test_a_concentration_spelled_out_is_micrograms_per_cubic_metre(printed):
    # the Korean-language press of China spells ㎍/㎥ as 마이크로그람/립방미터
    (level,) = find_quantities(f"초미세먼지 평균 농도를 {printed} 이하로 낮춘다")
    assert (level.value, level.unit) == (30, "ug_per_m3")


def test_multipliers_printed_in_chinese_characters():
    # a Korean page reprinting a Chinese one: "96億元", "100万元" — the text stays as printed
    found = find_quantities("중앙재정 96億元을 투입하고 기업당 100万元을 지원")
    assert [(q.value, q.unit, q.text) for q in found] == [
        (9_600_000_000, "CNY", "96億元"),
        (1_000_000, "CNY", "100万元"),
    ]


def test_talents_counted_without_a_counter():
    (talents,) = find_quantities("앞으로 100만 인재 유치를 선언했다")
    assert (talents.value, talents.unit, talents.text) == (1_000_000, "people", "100만 인재")


def test_percentage_points_spelled_out():
    # "0.5%포인트": a change in points, as %p is
    (change,) = find_quantities("전년보다 0.5%포인트 낮다")
    assert (change.value, change.unit, change.text) == (0.5, "percentage_points", "0.5%포인트")


def test_a_copula_after_a_vowel_glued_to_the_counter():
    # "16억1천만달러라는 점": after a vowel the copula's 이 drops and 라는 follows the counter
    (amount,) = find_quantities("올해 수출 목표가 16억1천만달러라는 점을 감안하면")
    assert (amount.value, amount.unit, amount.text) == (1_610_000_000, "USD", "16억1천만달러")


def test_percentage_points_counted_as_the_korean_language_press_of_china_counts_them():
    # "도시화수준을 해마다 2개 포인트 제고해" (个百分点), "근시률을 해마다 0.5% 포인트이상 줄일것"
    found = [
        (q.text, q.value, q.unit)
        for q in find_quantities("보급률을 해마다 3개 포인트 제고하고 빈곤률은 0.8% 포인트 낮춘다")
    ]
    assert found == [("3개 포인트", 3, "percentage_points"), ("0.8% 포인트", 0.8, "percentage_points")]


def test_a_years_level_doubled_with_no_numeral():
    # "2010년의 국내총생산(GDP)을 2000년의 배로 늘릴 것이라고 … 밝혔다"
    (multiple,) = find_quantities("2030년의 수출액을 2020년의 배로 늘릴 것이다")
    assert (multiple.text, multiple.value, multiple.unit) == ("배", 2, "ratio")
    assert find_quantities("2020년의 배 한 척") == []  # a ship, no multiple


def test_one_to_one_as_the_name_of_a_scheme_is_no_ratio():
    # "사회기부, 1:1지원등 다섯가지 경로의 자금" (pairing assistance, 对口支援); a ratio stays one
    assert find_quantities("지방 모금과 1:1지원 등 네가지 경로") == []
    assert [(q.text, q.value) for q in find_quantities("의사와 간호사 비율을 1:1로 맞춘다")] == [("1:1", 1)]


def test_a_number_starts_after_a_headlines_two_dots():
    # "간쑤성에 22조원 투입..2만2천50메가와트 규모": ".." separates the headline's parts; no decimal point
    found = [(q.text, q.value) for q in find_quantities("가상성에 10조원 투입..1만3천20메가와트 규모")]
    assert ("1만3천20메가와트", 13_020) in found


def test_the_copula_며_glued_after_a_vowel_ends_the_counter():
    # "이 중 순수한 전기자동차는 2만3000대며, 플러그인 하이브리드카도 7000대 운영된다"
    (count,) = find_quantities("이 중 수소버스는 1만2000대며, 나머지는 전기버스다")
    assert (count.value, count.unit, count.text) == (12_000, "count", "1만2000대")


def test_an_amount_shares_the_currency_printed_after_its_conversion():
    # "20만(약 3680만원), 50만(약 9210만원), 100만 위안": each amount of the list in yuan, each
    # conversion in won; the converted amounts are no members of the list
    found = [
        (q.text, q.value, q.unit)
        for q in find_quantities("각각 최대 30만(약 5500만원), 60만(약 1억1000만원), 90만 위안을 지급")
    ]
    assert ("30만", 300_000, "CNY") in found and ("60만", 600_000, "CNY") in found
    assert ("90만 위안", 900_000, "CNY") in found
    assert ("5500만원", 55_000_000, "KRW") in found and ("1억1000만원", 110_000_000, "KRW") in found
    # "4000만(약 71억 원) 위안": the currency after the bracket, the text kept as printed
    found = [(q.text, q.value, q.unit) for q in find_quantities("총 4000만(약 71억 원) 위안의 경비")]
    assert ("4000만(약 71억 원) 위안", 40_000_000, "CNY") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # households (世帶) counted
        ("위험주택 1236세대를 개조한다", [(1236, "households")]),
        ("초가집 1만 2천5 세대를 개조", [(12005, "households")]),
        # a generation: of networks, chips, reactors, display lines — no households
        ("5세대 이동통신 기지국", []),
        ("10.5세대 LCD 라인", []),
        ("4세대 원전 상업 운영", []),
    ],
)
def test_households_counted_in_세대_but_not_a_generation(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def test_bare_numbers_listed_after_places_share_the_unit_printed_after_the_last():
    # "찬청구 7, 난하이구 20, … 산수이구 10곳": each district's figure, the unit printed once
    found = find_quantities("충전소는 가상구 7, 나라구 20, 다라시 14, 마라현 10곳이다")
    assert sorted((q.text, q.value, q.unit) for q in found) == [
        ("10곳", 10, "count"),
        ("14", 14, "count"),
        ("20", 20, "count"),
        ("7", 7, "count"),
    ]
    # bare list numbers with no place before each stay no quantities
    assert [q.text for q in find_quantities("1, 2, 3개 분야로 나눠 추진")] == ["3개"]


def test_minutes_after_hours_make_one_duration():
    # "베이징-상하이간 4시간30분": four and a half hours, not four
    (quantity,) = find_quantities("가상시-나상시간 3시간30분,")
    assert (quantity.text, quantity.value, quantity.unit) == ("3시간30분", 3.5, "hours")
    (quantity,) = find_quantities("2시간 15분 걸린다")
    assert quantity.value == 2.25
    assert [q.value for q in find_quantities("8시간 생활권")] == [8]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "재학생은 천4백80만명에 이르며",
            [("천4백80만명", 14_800_000)],
        ),  # a thousand with no digit before it
        ("가입자는 천2백만 명", [("천2백만 명", 12_000_000)]),
        ("회원은 천만 명", [("천만 명", 10_000_000)]),  # the round amount in words, as before
    ],
)
def test_a_leading_thousand_in_words_opens_an_amount(text, expected):
    assert [(q.text, q.value) for q in find_quantities(text)] == expected


def test_lines_are_counted_in_회선_not_read_as_times_at_a_level():
    (q,) = find_quantities("전화회선 용량을 1억2천만회선으로 늘린다")
    assert (q.text, q.value, q.unit) == ("1억2천만회선", 120_000_000, "count")


def test_about_may_stand_inside_a_later_group_of_an_amount():
    # "관개 면적 2천500여만 무" is about 2,500만 무
    (q,) = [q for q in find_quantities("관개 면적 3천200여만 무 확대") if q.unit == "mu"]
    assert (q.text, q.value) == ("3천200여만 무", 32_000_000)


def test_a_range_in_words_from_least_to_most_is_one_range():
    # "2013년 최저 500만 채에서 최대 600만 채의 공공주택 건설에 착수할 방침"
    (q,) = find_quantities("내년 최저 300만 채에서 최대 400만 채의 주택을 짓는다")
    assert (q.value, q.value_max, q.qualifier) == (3_000_000, 4_000_000, ">=")
    # a change from one level to another stays two figures
    assert len(find_quantities("현재 300만 채에서 400만 채로 늘린다")) == 2


def test_hong_kong_dollars_are_their_own_currency():
    # "…1천5백50억홍콩달러를 투입" is no US-dollar amount
    assert [(q.value, q.unit) for q in find_quantities("2040년까지 1천2백억홍콩달러를 투입한다")] == [
        (120_000_000_000, "HKD")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "한도액 HKD 9,000 지급",
            [("HKD 9,000", 9000, "HKD")],
        ),  # a code before the amount, as Hong Kong pages print money
        ("고령직원에게는 HKD5,000이 지급된다", [("HKD5,000", 5000, "HKD")]),
        ("US$ 1억을 투자한다", [("US$ 1억", 100_000_000, "USD")]),
        (
            "3조 원(RMB) 규모",
            [("3조 원", 3_000_000_000_000, "KRW")],
        ),  # a code glossing an amount is no amount
        ("USD 100억 달러를", [("100억 달러", 10_000_000_000, "USD")]),  # the unit after wins, read once
    ],
)
def test_a_currency_code_printed_before_the_amount(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "면화 생산량은 325만톤 내지 340만톤",
            [("325만톤 내지 340만톤", 3_250_000, 3_400_000, "t")],
        ),  # a range, 내지
        ("경작면적 9,000만헥타를 유지", [("9,000만헥타", 90_000_000, None, "ha")]),  # 헥타, shortened
        (
            "총 35억불을 투자",
            [("35억불", 3_500_000_000, None, "USD")],
        ),  # 불, dollars as older papers write them
        ("홍콩달러 5천불을 지급", [("5천불", 5_000, None, "HKD")]),  # … Hong Kong's, named before
        ("'3불 원칙'을 지킨다", []),  # a name (三不), no money
    ],
)
def test_older_papers_ranges_areas_and_dollars(text, expected):
    assert [(q.text, q.value, q.value_max, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a space between 천 and the multiplier it counts, in a later group: 4조 + 3천억
        ("약 4조 3천 억원 규모", [("4조 3천 억원", 4_300_000_000_000, "KRW")]),
        ("1조 2천 억 위안을 투입", [("1조 2천 억 위안", 1_200_000_000_000, "CNY")]),
        # energy made in a year printed in a unit of power is ㎾h: 120억 ㎾h = 12,000 GWh
        ("댐이 완공되면 연간 발전량은 120억㎾ 규모로", [("120억㎾", 12_000, "GWh")]),
        ("매년 전력 소비량이 약 300만kW에", [("300만kW", 3, "GWh")]),
        # … but capacity stays power, and so does 발전량 with no year, as loosely used for it
        ("발전설비 용량은 120억㎾로", [("120억㎾", 12_000, "GW")]),
        ("풍력 발전량은 1억5,000만 kW 수준으로", [("1억5,000만 kW", 150, "GW")]),
    ],
)
def test_spaced_multipliers_and_energy_printed_as_power(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a travel time in minutes, alone or as a range
        ("2027년에는 30분으로 연결될 것", [("30분", 30, None, "min")]),
        ("15∼20분으로 줄어든다", [("15∼20분", 15, 20, "min")]),
        # … never a clock time, nor minutes a count of hours took in, nor a fraction
        ("오후 3시 25분에 열린", []),
        ("4시간30분", [("4시간30분", 4.5, None, "hours")]),
        ("3분기 매출", []),
        ("3분의 1", [("3분의 1", 33.33, None, "percent")]),
        # older papers drop the 의 of a fraction: two thirds
        ("대부자금중 3분2가 이들 지역에", [("3분2", 66.67, None, "percent")]),
    ],
)
def test_minutes_and_fractions(text, expected):
    assert [(q.text, q.value, q.value_max, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("계획면적은 265평방킬로메터이다", [("265평방킬로메터", 265, "km2")]),
        ("건설용지 43평방키로메터", [("43평방키로메터", 43, "km2")]),
        ("시민에게 1만HK달러를 지급", [("1만HK달러", 10_000, "HKD")]),
    ],
)
def test_square_kilometres_spelt_out_and_hk_dollars_with_the_code_glued(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a city's size after 인구 with no counter is people
        ("신도시를 인구 50만 규모의 도시로 육성", [("50만", 500_000, "people")]),
        ("인구 1,200만의 대도시", [("1,200만", 12_000_000, "people")]),
        ("인구 14억5천만에 이른다", [("14억5천만", 1_450_000_000, "people")]),
        # with its counter it is read once, whole
        ("인구 14억 5천만 명", [("14억 5천만 명", 1_450_000_000, "people")]),
        # a change of population, or a number that is no size of it, is none
        ("인구가 50만 늘어", []),
        ("인구 50세 이상", [("50세", 50, "years")]),
    ],
)
def test_a_population_with_no_counter_after_ingu_is_people(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stock counted in days of use, and oil in barrels
        ("비축 물량을 전국 사용량의 90일분으로 늘린다", [("90일분", 90, "days")]),
        ("수입량 60일 분량에 해당하는 원유", [("60일 분량", 60, "days")]),
        ("원유 2억배럴을 비축한다", [("2억배럴", 200_000_000, "barrel")]),
        # berths as port news counts them
        ("2027년까지 컨테이너 전용 16선석을 건설", [("16선석", 16, "count")]),
        # boilers sized in tonnes of steam an hour (蒸吨), spelled as the press of China does and in Korean
        ("올해 1200스팀톤의 석탄 보일러를 개조", [("1200스팀톤", 1200, "steam_t")]),
        ("35증기톤 이하 보일러", [("35증기톤", 35, "steam_t")]),
        # volume as the Korean-language papers of China print 立方米, with the initial ㄹ they keep
        ("총 저수량은 1억7천600만립방미터", [("1억7천600만립방미터", 176_000_000, "m3")]),
        # the worth of goods an amount buys ends the amount: 어치
        ("바우처 5억 위안어치를 발행한다", [("5억 위안", 500_000_000, "CNY")]),
        ("매년 2000만립방메터의 물", [("2000만립방메터", 20_000_000, "m3")]),
    ],
)
def test_days_of_a_stock_barrels_of_oil_and_berths(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lower bound of a range glossed in won, the unit printed on the upper only
        ("2만(370만원)~6만 위안의 지원금", [("2만(370만원)~6만 위안", 20_000, 60_000, "CNY")]),
        ("3천(약 55만원)~5천 위안", [("3천(약 55만원)~5천 위안", 3_000, 5_000, "CNY")]),
        # a gloss on a figure of its own stays a conversion
        ("1만 위안(180만원)~", [("1만 위안", 10_000, None, "CNY"), ("180만원", 1_800_000, None, "KRW")]),
    ],
)
def test_a_range_whose_lower_bound_is_glossed_in_won(text, expected):
    assert [(q.text, q.value, q.value_max, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hours and minutes are one duration before a particle too ("…으로 단축", "…만에 잇는")
        ("운행시간이 2시간 30분으로 단축된다", [("2시간 30분", 2.5, "hours")]),
        ("두 도시를 1시간 45분만에 잇는다", [("1시간 45분", 1.75, "hours")]),
        ("5시간 30분이면 도착한다", [("5시간 30분", 5.5, "hours")]),
        # a fraction or a quarter after the hours is none of their minutes
        ("2시간 3분의 1", [("2시간", 2, "hours"), ("3분의 1", 33.33, "percent")]),
    ],
)
def test_hours_and_minutes_before_a_particle_are_one_duration(text, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # bottles: "2025년 3억병, 2035년 6억병 생산 목표"
        ("와인 2억병 생산 목표", [("2억병", 200_000_000, "count")]),
        # hospital beds, a counter of their own
        ("공립병원 1500병상 확충", [("1500병상", 1500, "count")]),
        # 병 inside a word is no counter
        ("병원 3곳과 병상 확충", [("3곳", 3, "count")]),
    ],
)
def test_bottles_and_hospital_beds_are_counted(sentence, expected):
    assert [(q.text, q.value, q.unit) for q in find_quantities(sentence)] == expected


def test_a_first_group_of_more_than_three_digits_is_read_as_printed():
    # "지원금으로 2935,000만 위안을 배정": 2,935,000만 (293.5억), never a figure "000만" of its own
    found = find_quantities("보조금으로 1870,000만 위안을 배정했다")
    assert [(q.text, q.value, q.unit) for q in found] == [("1870,000만 위안", 18_700_000_000, "CNY")]
    # digits right after a comma continue the number before it, so they start none
    assert find_quantities("예산은 1,000,00만 위안이다") == []


def test_a_big_city_is_no_count_of_machines():
    # "상주인구 300만~500만 대도시 정착 제한을 완화": 대도시 (大都市), not 대 counting machines
    found = find_quantities("인구 200만~400만 대도시의 호적 제한을 푼다")
    assert [q.text for q in found if q.unit == "count"] == []
    # 대 still counts machines before a particle: "100만대도 팔았다"
    assert [(q.text, q.unit) for q in find_quantities("전기차 100만대도 팔았다")] == [("100만대", "count")]


def test_so_many_years_spelt_with_a_space_is_no_count():
    # "제14차 5개 년(2021∼2025년) 규획": 5개년 with a space, the plan's span, no five things
    assert find_quantities("제14차 5개 년(2021∼2025년) 규획을 통해") == []
    assert [q.text for q in find_quantities("기업 5개 년간 매출")] == []
    assert [q.text for q in find_quantities("중점 기업 5개를 육성")] == ["5개"]


def test_a_vague_amount_may_print_a_space_after_su():
    # "수 만명에 달하는 산샤댐 이주민": tens of thousands, not one 만
    assert [(q.text, q.value, q.qualifier) for q in find_quantities("수 만명에 달하는")] == [
        ("수 만명", 10_000, ">=")
    ]
    assert [(q.text, q.value) for q in find_quantities("수 백개의 기업")] == [("수 백개", 100)]


def test_the_high_end_of_a_range_may_repeat_about():
    # "신약개발사업은 약 73만~약 370만 달러를 지원받는 반면"
    (grant,) = find_quantities("약 60만~약 250만 달러를 지원받는")
    assert (grant.value, grant.value_max, grant.unit) == (600_000, 2_500_000, "USD")


def test_jobs_counted_by_the_noun_alone():
    # "가능하다면 1천 300만 일자리를 올해 창출하는 것을 목표로"
    assert [(q.text, q.value, q.unit) for q in find_quantities("1천 200만 일자리를 창출")] == [
        ("1천 200만 일자리", 12_000_000, "count")
    ]
    assert find_quantities("일자리 창출에 주력") == []


def test_money_before_a_part_of_it_is_a_total_not_the_base_of_a_rate():
    # "최종 총 264억 홍콩달러 중 149억 홍콩달러의 자금을 확보해야 한다" (unlike "2대 중 1대")
    assert [(q.text, q.per) for q in find_quantities("총 200억 홍콩달러 중 120억 홍콩달러의 자금")] == [
        ("200억 홍콩달러", False),
        ("120억 홍콩달러", False),
    ]
    assert [(q.text, q.per) for q in find_quantities("2대 중 1대")] == [("2대", True), ("1대", False)]


def test_native_tens_compound_with_their_units():
    # "열다섯곳 중점 유지보수 대상", "스물두 곳"
    found = [(q.text, q.value) for q in find_quantities("문화재 열다섯곳과 유적 스물두 곳, 스무 곳")]
    assert found == [("열다섯곳", 15), ("스물두 곳", 22), ("스무 곳", 20)]
    assert find_quantities("한 곳에 모여") == []  # 한 alone stays "one", a word


def test_kilograms_are_counted_in_tonnes_as_the_record_counts_mass():
    # "곡물 생산량을 900억㎏으로 늘려" (labelled 9000만 t); "1인당 5킬로그램" (0.005 t)
    quantities = [(q.value, q.unit) for q in find_quantities("곡물 600억㎏, 쌀 2천만 킬로그램, 배급 20kg")]
    assert quantities == [(60_000_000, "t"), (20_000, "t"), (0.02, "t")]


def test_capitalised_square_kilometres_and_beds_are_units():
    # "총 개발부지는 서태호 지역내 총 10Km2", "36개 기관 11,600베드 규모의 의료기관"
    found = [(q.text, q.value, q.unit) for q in find_quantities("부지 총 8Km2, 병원 3,200베드 규모")]
    assert found == [("8Km2", 8.0, "km2"), ("3,200베드", 3200.0, "count")]
