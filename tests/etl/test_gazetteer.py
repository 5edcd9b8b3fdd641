"""Places: the reference data, then mentions in sentences (real ones from the seeds and made-up traps)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.gazetteer import (
    cities,
    economic_regions,
    find_places,
    glossed_readings,
    issuer_place,
    names_central_body,
    normalise_issuer,
    province_of_city,
    provinces,
    region_label,
)

# The province-level names of docs/commitment-record.md and their ISO 3166-2:CN codes.
RECORD_PROVINCES = {
    "Beijing": "CN-BJ", "Tianjin": "CN-TJ", "Hebei": "CN-HE", "Shanxi": "CN-SX", "Inner Mongolia": "CN-NM",
    "Liaoning": "CN-LN", "Jilin": "CN-JL", "Heilongjiang": "CN-HL", "Shanghai": "CN-SH", "Jiangsu": "CN-JS",
    "Zhejiang": "CN-ZJ", "Anhui": "CN-AH", "Fujian": "CN-FJ", "Jiangxi": "CN-JX", "Shandong": "CN-SD",
    "Henan": "CN-HA", "Hubei": "CN-HB", "Hunan": "CN-HN", "Guangdong": "CN-GD", "Guangxi": "CN-GX",
    "Hainan": "CN-HI", "Chongqing": "CN-CQ", "Sichuan": "CN-SC", "Guizhou": "CN-GZ", "Yunnan": "CN-YN",
    "Tibet": "CN-XZ", "Shaanxi": "CN-SN", "Gansu": "CN-GS", "Qinghai": "CN-QH", "Ningxia": "CN-NX",
    "Xinjiang": "CN-XJ", "Hong Kong": "CN-HK", "Macao": "CN-MO", "Taiwan": "CN-TW",
}  # fmt: skip
RECORD_ECONOMIC_REGIONS = {
    "Greater Bay Area", "Yangtze River Delta", "Beijing-Tianjin-Hebei", "Chengdu-Chongqing", "Western Region",
}  # fmt: skip


def test_the_34_province_level_units_with_their_iso_codes():
    assert {province.name_en: province.iso_code for province in provinces()} == RECORD_PROVINCES
    assert len(provinces()) == 34


def test_province_centroids_lie_in_china():
    for province in provinces():
        assert 18 <= province.lat <= 54 and 73 <= province.lon <= 135, province.name_en


def test_economic_regions_are_those_of_the_record():
    assert {region.name_en for region in economic_regions()} == RECORD_ECONOMIC_REGIONS


def test_every_city_lies_in_a_known_province():
    known = {province.name_en for province in provinces()}
    assert all(city.province in known for city in cities())


def test_every_korean_name_names_one_place_except_the_documented_ones():
    places_by_name: dict[str, set[str]] = {}
    for province in provinces():
        for name in (province.name_ko, *province.aliases):
            places_by_name.setdefault(name, set()).add(province.name_en)
    for city in cities():
        for name in (city.name_ko, *city.aliases):
            places_by_name.setdefault(name, set()).add(city.name_en)
    for region in economic_regions():
        for name in (region.name_ko, *region.aliases):
            places_by_name.setdefault(name, set()).add(region.name_en)
    shared = {name: places for name, places in places_by_name.items() if len(places) > 1}
    # 산시 is 山西 Shanxi or 陕西 Shaanxi; 황푸 is 黄埔 (Guangzhou) or 黄浦 (Shanghai).
    assert shared == {
        "산시": {"Shanxi", "Shaanxi"},
        "황푸": {"Huangpu (Guangzhou)", "Huangpu (Shanghai)"},
    }


def _found(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(place.text, place.region, place.city) for place in find_places(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # seeds
        (
            "- 톈진 빈하이(滨海) 고신구는 ‘징진지 세포 밸리(细胞谷)’발전 가속화를 위해",
            [
                ("톈진", "Tianjin", None),
                ("빈하이(滨海)", "Tianjin", "Binhai New Area"),
                ("징진지", "Beijing-Tianjin-Hebei", None),
            ],
        ),
        (
            "- 광저우시 정부는 '난사과학성 총체발전계획('22~'35)'을 발표",
            [("광저우시", "Guangdong", "Guangzhou"), ("난사과학성", "Guangdong", "Guangzhou")],
        ),
        (
            "- ▶ 투입 규모 : 광동성 정부와 광저우시 정부 공동으로 70억 위안 투입",
            [("광동성", "Guangdong", None), ("광저우시", "Guangdong", "Guangzhou")],
        ),
        (
            "장쑤성 쑤저우(蘇州)시가 선전, 상하이에 이어 3위를 차지",
            [
                ("장쑤성", "Jiangsu", None),
                ("쑤저우(蘇州)시", "Jiangsu", "Suzhou"),
                ("선전", "Guangdong", "Shenzhen"),
                ("상하이", "Shanghai", None),
            ],
        ),
        (
            "- (경쟁·미래산업) **장강(張江)**, **린강(臨港)**, 바이오의약",
            [("장강(張江)", "Shanghai", "Zhangjiang"), ("린강(臨港)", "Shanghai", "Lingang New Area")],
        ),
        ("이창시(宜昌市) 합성생물학 산업단지", [("이창시(宜昌市)", "Hubei", "Yichang")]),
        # Shanghai's deep-water port by its own name; 양산 alone is "mass production", no place
        ("양산항의 올해 컨테이너 물동량 목표", [("양산항", "Shanghai", "Yangshan Port")]),
        ("대량 양산 체제를 갖춘다", []),
        ("6	산시성(陝西)	풍력, 태양광, 수소에너지", [("산시성(陝西)", "Shaanxi", None)]),
        (
            " - 윈난, 산시, 닝샤, 간쑤 등 지역은 수소연료",
            [
                ("윈난", "Yunnan", None),
                ("산시", "Shaanxi", None),
                ("닝샤", "Ningxia", None),
                ("간쑤", "Gansu", None),
            ],
        ),
        (
            "상하이 푸둥신구, 광둥성 선전시, 산둥성 지난- 칭다오 등 3개 지역, "
            "난징, 우한, 창사 3곳을 신규로 추가",
            [
                ("상하이", "Shanghai", None),
                ("푸둥신구", "Shanghai", "Pudong New Area"),
                ("광둥성", "Guangdong", None),
                ("선전시", "Guangdong", "Shenzhen"),
                ("산둥성", "Shandong", None),
                ("지난", "Shandong", "Jinan"),
                ("칭다오", "Shandong", "Qingdao"),
                ("난징", "Jiangsu", "Nanjing"),
                ("우한", "Hubei", "Wuhan"),
                ("창사", "Hunan", "Changsha"),
            ],
        ),
        (
            "- 징진지(베이징-톈진-허베이) 지역, 장강 삼각주 지역, 웨강아오 대만구(광둥·홍콩·마카오) 등",
            [
                ("징진지", "Beijing-Tianjin-Hebei", None),
                ("장강 삼각주", "Yangtze River Delta", None),
                ("웨강아오 대만구", "Greater Bay Area", None),
            ],
        ),
        (
            "청두(成都)·충칭(重庆) 경제권은 중국 징진지 수도권 지역, "
            "위강아오(광둥·홍콩·마카오) 대만구에 이은",
            [
                ("청두(成都)·충칭(重庆) 경제권", "Chengdu-Chongqing", None),
                ("징진지", "Beijing-Tianjin-Hebei", None),
                ("위강아오(광둥·홍콩·마카오) 대만구", "Greater Bay Area", None),
            ],
        ),
        (
            "- **(광둥·홍콩·마카오 혁신협력)** 선전 광명(光明)과학성과 둥관 송산후(松山湖) 과학성",
            [
                ("광둥", "Guangdong", None),
                ("홍콩", "Hong Kong", None),
                ("마카오", "Macao", None),
                ("둥관", "Guangdong", "Dongguan"),
                ("송산후(松山湖)", "Guangdong", "Dongguan"),
            ],
        ),
        ("- 공업정보화부는 6월 4일 제31회 중국국제정보통신전시회", [("공업정보화부", "National", None)]),
        ("- 지난해 중국 산업 인터넷 부가가치 규모는", []),
        ("- 지난 9월 개최된 푸장혁신포럼에서", []),
        ("- 전정특신 기업 1만개, 강소기업 1,000개, 단일 챔피언 기업", []),
        ("중국과학원 선전신기술연구원, 광동공업대학", [("중국과학원", "National", None)]),
        ("화능그룹(232건), 시안교통대학(225건), 중국과학원다롄화학물리연구소", []),
        ("10	하얼빈공업대학(선전)(哈爾濱工業大學(深圳))	33,12", []),
        (
            "후룬연구원(胡潤研究院)과 파저우(琶洲) 실험실(황푸)는",
            [("파저우(琶洲)", "Guangdong", "Guangzhou"), ("황푸", "Guangdong", "Guangzhou")],
        ),
        # made up: the traps in other words
        ("베이징대학교와 칭화대학, 베이징우정대학 연구진", []),
        (
            "중국과학원 광저우에너지연구원과 남방해양과학공정 광동성실험실",
            [("중국과학원", "National", None), ("광동성", "Guangdong", None)],
        ),
        ("장강 유역의 생태 보호와 장강삼각주 일체화", [("장강삼각주", "Yangtze River Delta", None)]),
        (
            "대만 반도체 기업과 웨강아오대만구 기업",
            [("대만", "Taiwan", None), ("웨강아오대만구", "Greater Bay Area", None)],
        ),
        (
            "허베이, 산시, 네이멍구의 석탄 산업",
            [("허베이", "Hebei", None), ("산시", "Shanxi", None), ("네이멍구", "Inner Mongolia", None)],
        ),
        ("산시성(山西) 정부가 발표", [("산시성(山西)", "Shanxi", None)]),
        ("산시성 정부가 발표", [("산시성", "Shaanxi", None)]),  # no clue: the preferred Shaanxi
        ("정책을 적극 선전하고, 홍보·선전 활동을 강화", []),
        ("창사 이래 최대 실적을 낸 기업", []),
        ("시안(試案)을 마련하고 시안교통대학과 협력", []),
        ("시안시와 지난(济南)시", [("시안시", "Shaanxi", "Xi'an"), ("지난(济南)시", "Shandong", "Jinan")]),
        ("데이터 저장 용량과 매출 신장", []),
        ("자동차 전장 부품, 민항 여객기, 그의 주장(主張)", []),
        (
            "장쑤성 전장시와 상하이 민항구",
            [
                ("장쑤성", "Jiangsu", None),
                ("전장시", "Jiangsu", "Zhenjiang"),
                ("상하이", "Shanghai", None),
                ("민항구", "Shanghai", "Minhang"),
            ],
        ),
        (
            "저장성 항저우와 신장위구르자치구",
            [
                ("저장성", "Zhejiang", None),
                ("항저우", "Zhejiang", "Hangzhou"),
                ("신장위구르자치구", "Xinjiang", None),
            ],
        ),
        (
            "후베이성 우한시와 허난성 정저우(郑州)에서",
            [
                ("후베이성", "Hubei", None),
                ("우한시", "Hubei", "Wuhan"),
                ("허난성", "Henan", None),
                ("정저우(郑州)", "Henan", "Zhengzhou"),
            ],
        ),
        ("상하이 황푸구의 금융기관", [("상하이", "Shanghai", None), ("황푸구", "Shanghai", "Huangpu")]),
        (
            "텐진시와 천진, 내몽고 그리고 광동",
            [
                ("텐진시", "Tianjin", None),
                ("천진", "Tianjin", None),
                ("내몽고", "Inner Mongolia", None),
                ("광동", "Guangdong", None),
            ],
        ),
        (
            "슝안신구와 이좡, 하이뎬구",
            [
                ("슝안신구", "Hebei", "Xiong'an New Area"),
                ("이좡", "Beijing", "Beijing Economic-Technological Development Area"),
                ("하이뎬구", "Beijing", "Haidian"),
            ],
        ),
        # a free trade zone glued to its place (自贸区 as 자무역구 too)
        (
            "톈진자유무역구와 광둥자무역구, 하이난자유무역항",
            [
                ("톈진자유무역구", "Tianjin", None),
                ("광둥자무역구", "Guangdong", None),
                ("하이난자유무역항", "Hainan", None),
            ],
        ),
    ],
)
def test_find_places(sentence, expected):
    assert _found(sentence) == expected


_PLACE_TEXT = st.text(alphabet="베이징시광저우산시(陝西)선전지난해 ,·-대만구웨강아오장강삼각주에는의")


@given(st.one_of(st.text(), _PLACE_TEXT))
def test_places_point_at_their_text(text):
    for place in find_places(text):
        assert text[place.start : place.end] == place.text
        assert place.kind in {"province", "city", "economic_region", "national"}


@pytest.mark.parametrize(
    ("city", "province"),
    [
        ("Chengdu", "Sichuan"),
        ("Guangzhou", "Guangdong"),
        ("Suzhou", "Jiangsu"),
        ("Wuxi", "Jiangsu"),
        ("Nansha", "Guangdong"),
        ("Lingang New Area", "Shanghai"),
        ("Binhai New Area", "Tianjin"),
        ("Xi'an", "Shaanxi"),
    ],
)
def test_province_of_city(city, province):
    assert province_of_city(city) == province


@given(st.one_of(st.text(), _PLACE_TEXT))
def test_issuer_place_never_raises(issuer):
    region, _ = issuer_place(issuer)
    assert region in {*RECORD_PROVINCES, *RECORD_ECONOMIC_REGIONS, "National", ""}


def test_province_of_an_unknown_city_is_an_error():
    with pytest.raises(KeyError):
        province_of_city("Atlantis")


@pytest.mark.parametrize(
    ("issuer", "place"),
    [
        # issuers of the gold records
        ("공업정보화부", ("National", None)),
        ("공업정보화부와 재정부", ("National", None)),
        ("공업정보화부 등 15개 부처", ("National", None)),
        ("산업 인터넷 중점 테스크포스팀(공업정보화부 등 20개 부처)", ("National", None)),
        ("발개위 등", ("National", None)),
        ("중국", ("National", None)),
        ("베이징시", ("Beijing", None)),
        ("베이징 경제정보화국", ("Beijing", None)),
        ("상하이시", ("Shanghai", None)),
        ("광저우시 정부", ("Guangdong", "Guangzhou")),
        ("광동성 정부와 광저우시 정부", ("Guangdong", "Guangzhou")),
        ("창수(常熟) 첨단기술개발구", ("Jiangsu", "Changshu")),
        ("이창시(宜昌市) 합성생물학 산업단지", ("Hubei", "Yichang")),
        ("청두시", ("Sichuan", "Chengdu")),
        # made up
        ("국가데이터국", ("National", None)),
        ("수리부", ("National", None)),  # a ministry the data does not list
        ("국가우주개발위원회", ("National", None)),  # a "국가…" body the data does not list
        ("중앙사이버안전위원회", ("National", None)),  # a "중앙…" body the data does not list
        ("선전시 난산구 정부", ("Guangdong", "Shenzhen")),
        ("상하이시 푸둥신구 관리위원회", ("Shanghai", "Pudong New Area")),
        ("연구팀 본부", ("", None)),
        ("충칭시 과학기술국", ("Chongqing", None)),
        ("지방 정부", ("", None)),
        ("공동건설 기관", ("", None)),
    ],
)
def test_issuer_place(issuer, place):
    assert issuer_place(issuer) == place


@pytest.mark.parametrize(
    ("name", "lang", "label"),
    [
        ("Guangdong", "ko", "광둥성 (广东)"),
        ("Beijing", "ko", "베이징시 (北京)"),
        ("Inner Mongolia", "ko", "네이멍구 (内蒙古)"),
        ("Hong Kong", "ko", "홍콩 (香港)"),
        ("National", "ko", "중국 전국"),
        ("National", "en", "National"),
        ("Greater Bay Area", "ko", "웨강아오 대만구"),
        ("Guangzhou", "ko", "광저우 (广州)"),
        ("Guangdong", "en", "Guangdong"),
        ("Somewhere", "ko", "Somewhere"),
    ],
)
def test_region_label(name, lang, label):
    assert region_label(name, lang) == label


@pytest.mark.parametrize(
    ("issuer", "region", "city", "expected"),
    [
        # a bare place is written as the place, so 상하이 and 상하이시 are one issuer
        ("상하이", "Shanghai", None, "상하이시"),
        ("상하이시", "Shanghai", None, "상하이시"),
        ("북경", "Beijing", None, "베이징시"),
        ("저장", "Zhejiang", None, "저장성"),
        ("광저우 정부", "Guangdong", "Guangzhou", "광저우시 정부"),
        # a word that names no body: the government of the record's place
        ("정부", "Guangdong", "Guangzhou", "광저우시 정부"),
        ("정부", "Zhejiang", None, "저장성 정부"),
        ("중국", "National", None, "중국 중앙정부"),
        ("중국 정부", "National", None, "중국 중앙정부"),
        # a named body stays as printed
        ("공업정보화부", "National", None, "공업정보화부"),
        ("베이징 경제정보화국", "Beijing", None, "베이징 경제정보화국"),
    ],
)
def test_normalise_issuer(issuer, region, city, expected):
    assert normalise_issuer(issuer, region, city) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the spellings of the Korean-language papers of China (no initial-sound rule: 료, 룡, 래)
        ("료녕·길림·흑룡강성 등 동북3성", [("Liaoning", None), ("Jilin", None), ("Heilongjiang", None)]),
        ("룡강 전면진흥의 새 청사진", [("Heilongjiang", None)]),
        ("할빈시 정부는 다음 달", [("Heilongjiang", "Harbin")]),
        # the Korean autonomous prefecture of Jilin and its seat
        ("연변, 1-2월 경제운행 호조", [("Jilin", "Yanbian")]),
        ("연길시는 관광객 유치에", [("Jilin", "Yanji")]),
    ],
)
def test_places_as_the_korean_language_papers_of_china_print_them(text, expected):
    assert [(p.region, p.city) for p in find_places(text)] == expected


def test_ningxia_and_xinjiang_as_the_korean_papers_of_china_print_them():
    assert [p.region for p in find_places("녕하, 청해 등 여러 성")] == ["Ningxia", "Qinghai"]
    assert [p.region for p in find_places("신장 위구르 자치구는 올해")] == ["Xinjiang"]
    assert find_places("경제가 신장 국면에 들어섰다") == []  # 신장 alone is growth


def test_an_autonomous_prefecture_and_a_zone_glued_to_their_names():
    assert [(p.region, p.city) for p in find_places("올해 연변조선족자치주 경제사업회의에서")] == [
        ("Jilin", "Yanbian")
    ]
    assert [(p.region, p.city) for p in find_places("우한하이테크산업개발구, 기금 조성")] == [
        ("Hubei", "Wuhan")
    ]
    assert find_places("조선족자치주 성립 기념") == []  # the suffix alone names no place
    assert [p.region for p in find_places("신장(新疆)위구르자치구, 닝샤(寧夏)회족자치구")] == [
        "Xinjiang",
        "Ningxia",
    ]
    assert [p.region for p in find_places("간쑤(甘肅), 산시(陝西)등은 올해")] == ["Gansu", "Shaanxi"]


def test_a_prefecture_level_city_counts_with_its_suffix_or_its_chinese_characters_only():
    assert [(p.region, p.city) for p in find_places("쌍압산시는 올해")] == [("Heilongjiang", "Shuangyashan")]
    assert [(p.region, p.city) for p in find_places("솽야산(双鸭山) 프로젝트")] == [
        ("Heilongjiang", "Shuangyashan")
    ]
    # the Sino-Korean reading the Korean-language press of China prints: 무순시 (撫順, Fushun)
    assert [(p.region, p.city) for p in find_places("무순시 심무신성에서는")] == [("Liaoning", "Fushun")]
    assert find_places("무순을 곁들인 요리") == []
    assert [(p.region, p.city) for p in find_places("허룽시, 옌지시")] == [
        ("Jilin", "Helong"),
        ("Jilin", "Yanji"),
    ]
    # bare, such a name is a Korean word even beside a place: 보이 (Pu'er) is "seen"
    assert [p.region for p in find_places("구이저우성은 성장세를 보이는 200개")] == ["Guizhou"]


def test_the_cities_of_yanbian_and_dunhua_only_with_its_suffix():
    assert [(p.region, p.city) for p in find_places("훈춘시는 올해 물동량 목표를")] == [("Jilin", "Hunchun")]
    assert [(p.region, p.city) for p in find_places("도문시와 돈화시")] == [
        ("Jilin", "Tumen"),
        ("Jilin", "Dunhua"),
    ]
    assert find_places("성장세 둔화 우려가 커졌다") == []  # 둔화 alone is a slowdown


def test_county_level_cities_of_the_northeast_with_their_suffix_or_government_glued():
    # "녕안시위와 녕안시정부의 주도하에" (Ning'an, 宁安), "…에 수분하시는" (Suifenhe), "안도현에 6개를"
    found = [(p.region, p.city) for p in find_places("가상현 녕안시위와 녕안시정부의 주도하에")]
    assert found == [("Heilongjiang", "Ning'an"), ("Heilongjiang", "Ning'an")]
    assert [(p.region, p.city) for p in find_places("수분하시는 올해, 해림시와 함께")] == [
        ("Heilongjiang", "Suifenhe"),
        ("Heilongjiang", "Hailin"),
    ]
    assert [p.city for p in find_places("왕청현과 안도현에 6개를")] == ["Wangqing", "Antu"]
    # bare, or glued to any other word, such a name stays a Korean word: 해림시장 (a market), 동강 (a river)
    assert find_places("해림시장에서") == [] and find_places("동강 유역의 공원") == []


def test_a_province_printed_in_pinyin_is_the_province():
    assert [p.region for p in find_places("중국 Anhui 지방정부는 2026년까지")] == ["Anhui"]
    assert [p.region for p in find_places("Zhejiang과 Jiangsu의 계획")] == ["Zhejiang", "Jiangsu"]
    assert find_places("Hunanese cuisine, AnhuiTech 등") == []  # part of a longer Latin word


def test_common_word_names_as_the_subjects_of_figures_in_a_roundup_of_provinces():
    text = "그중 해남이 8.5% 좌우, 서장이 7% 좌우, 강서, 신강이 6% 좌우, 안휘, 호북이 5.5% 좌우이다."
    assert [p.region for p in find_places(text)] == [
        "Hainan",
        "Tibet",
        "Jiangxi",
        "Xinjiang",
        "Anhui",
        "Hubei",
    ]
    # with no Chinese province confirmed beside them, the words stay words (a police chief, Honam)
    assert find_places("서장이 8% 인상을 지시했고 호남이 5% 늘었다") == []


def test_a_shared_name_glossed_once_reads_the_same_way_throughout_its_text():
    assert glossed_readings("산시(山西)성은 …\n산시성의 마을 …") == {("Shaanxi", None): ("Shanxi", None)}
    assert glossed_readings("산시성(陝西)은 …") == {("Shanxi", None): ("Shaanxi", None)}
    assert glossed_readings("산시성은 …") == {}  # nothing glossed: the preferred reading stays
    assert glossed_readings("산시(山西)와 산시(陝西)는 …") == {}  # both glossed: each mention says


def test_the_korean_language_press_of_china_spells_pudong_as_read_in_sino_korean():
    (pudong,) = [p for p in find_places("포동(浦东)신구가 방안을 발표했다") if p.kind == "city"]
    assert (pudong.region, pudong.city) == ("Shanghai", "Pudong New Area")


def test_a_direction_word_read_out_is_no_ministry():
    # "베이부(北部)만" is the Beibu Gulf: 부 here is 部 of 北部, not a ministry's
    assert issuer_place("베이부(北部)만 핵심산업") == ("", None)
    assert issuer_place("상무부(商務部)") == ("National", None)


def test_heilongjiang_in_the_spellings_of_the_korean_language_press_of_china():
    for spelling in ("헤이롱쟝성", "헤이롱장성"):
        (place,) = find_places(f"{spelling}은 디지털경제 규획을 발표했다")
        assert place.region == "Heilongjiang"


def test_a_citys_port_is_the_city_but_a_civil_airport_is_no_district():
    from etl.gazetteer import find_places

    (port,) = find_places("중국 광저우항이 컨테이너 처리량 목표를 정했다")
    assert (port.region, port.city) == ("Guangdong", "Guangzhou")
    assert find_places("향후 5년 동안 민항공항 60개를 추가 건설") == []


def test_hainan_island_is_hainan():
    from etl.gazetteer import find_places

    (island,) = find_places("중국이 하이난다오를 관광허브로 육성한다")
    assert island.region == "Hainan"


def test_a_province_with_the_word_region_glued_is_the_province():
    from etl.gazetteer import find_places

    assert [p.region for p in find_places("정부는 2030년까지 윈난지역에 고속도로 6000km를 건설한다")] == [
        "Yunnan"
    ]
    assert [p.region for p in find_places("후베이지역의 철도망")] == ["Hubei"]


@pytest.mark.parametrize(
    "name", ["국가계획위원회", "전자공업부", "우전부", "정보산업부", "철도부", "국가경제무역위원회"]
)
def test_the_central_bodies_of_the_1990s_and_2000s_are_central_bodies(name):
    # the archives of the 1990s name the State Planning Commission and the industry ministries of then
    assert names_central_body(f"{name}는 2000년까지")


@pytest.mark.parametrize("text", ["철도부문 투자를 늘린다", "농업부문의 생산성"])
def test_a_sector_spelt_like_a_ministry_is_no_body(text):
    assert not names_central_body(text)


def test_a_city_right_after_a_province_it_is_not_in_is_a_homonym_the_province_rules_out():
    # "후베이성 장저우 시 창장 본류와 첸장 시에 위치한 한장 사이를 연결할 이 운하는": Hubei's 荆州, not
    # Fujian's 漳州
    assert [(p.region, p.city) for p in find_places("후베이성 장저우 시의 운하")] == [("Hubei", None)]
    # a city of the province named before it stays
    assert [(p.region, p.city) for p in find_places("광둥성 선전시의 운하")] == [
        ("Guangdong", None),
        ("Guangdong", "Shenzhen"),
    ]
