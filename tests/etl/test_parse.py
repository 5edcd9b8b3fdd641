"""etl.parse on the five seeds, checked against values read off the files by hand, and on bad texts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.model import Bulletin, Reference
from etl.parse import line_sections, parse_file, parse_text, resolve_day, spaced_row, spaced_year_header
from etl.read import BulletinError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Per seed: issue date (발행일), then every article as (headline line, printed number, part, headline),
# read off the files. 003 prints its policy articles without numbers; its "12 —" before the
# headline at 336 is a page number, and "①4" at 398 an OCR-garbled "04", so neither is a number.
EXPECTED = {
    "000_1b9d18066b15c3c4.txt": (
        date(2023, 7, 7),
        [
            (66, 1, "특집기사", "광저우, '난사(南沙)과학성 총체발전계획('22~'35)' 수립"),
            (171, 2, "정책동향", "20개 부처, '산업 인터넷 중점 테스크포스팀' 2023년 업무계획 발표"),
            (225, 3, "정책동향", "베이징, ‘고급·정밀·첨단산업 과기혁신시스템 구축 방안’ 수립"),
            (292, 4, "정책동향", "베이징, '로봇산업 혁신 발전 행동계획(2023-2025)' 수립"),
            (370, 5, "정책동향", "텐진 빈하이 고신구, '세포 밸리(细胞谷)' 건설 가속화"),
            (422, 6, "정책동향", "중국, 기업별 6G 연구개발 현황 공개"),
            (468, 1, "기술동향", "중국과기대, 스칸듐 원소 고온 초전도 현상 기록"),
            (491, 2, "기술동향", "중국과학원, 고유의 정밀 유전자 편집기술 개발"),
            (521, 1, "단신동향", "공업정보화부, 2025년 혁신형 중소기업 100만 개 육성 목표"),
            (535, 2, "단신동향", "홍콩대-푸단대-시드니대, 탄소중립 관련 MOU 체결"),
            (548, 3, "단신동향", "중국정보통신원, '2023 빅 데이터 분야 10대 키워드' 발표"),
            (559, 4, "단신동향", "국내 대학 최대 규모의 클라우드 기반 지능형 컴퓨팅 플랫폼 출시"),
            (570, 5, "단신동향", "베이징공업대학·다싱(大興) 수소에너지 산·학 융합 센터 착공"),
            (581, 6, "단신동향", "광저우 경제개발구, 신재생에너지 저장산업 지원정책 발표"),
            (594, 7, "단신동향", "베이징대학교 에르도스(鄂爾多斯) 에너지 연구소 신설"),
        ],
    ),
    "001_439e8b69d6656657.txt": (
        date(2023, 6, 30),
        [
            (61, 1, "정책동향", "'22년 NSFC 사업 예산 및 분야 발표"),
            (142, 2, "정책동향", "국무원, 전기차 충전 인프라 체계 구축방안 발표"),
            (192, 3, "정책동향", "상하이, 제조업 고품질 발전을 위한 3개년 계획 발표"),
            (253, 4, "정책동향", "쑤저우(蘇州)시, 중국 신에너지산업 집중도 3위"),
            (331, 5, "정책동향", "공업정보화부&재정부, 중소기업 디지털 전환 시범사업 추진"),
            (377, 6, "정책동향", "네이처 인덱스 2023, 중국 과학연구 우수 논문 점유율 1위"),
            (423, 1, "기술동향", "중국과학원, 차세대 AI 모델인 ‘쯔둥타이추(紫東太初) 2.0’ 발표"),
            (445, 2, "기술동향", "물리화학연구소 외, 신형 종양 백신 개발"),
            (471, 1, "단신동향", "후베이성 최초 합성생물학 산업단지 가동"),
            (482, 2, "단신동향", "'일대일로' 해외 기후 및 환경 관측소 설치"),
            (493, 3, "단신동향", "중국 상반기 첨단제조업 투자 전년 동기 대비 12.8% 증가"),
            (504, 4, "단신동향", "베이징 경제기술개발구, 의약품 및 의료기기 혁신 서비스 스테이션 개설"),
            (515, 5, "단신동향", "창저우공업전문대학 & BYD사, BYD 산업대학 정식 설립"),
            (526, 6, "단신동향", "창어(嫦娥)6호, 유럽·프랑스 탐사 분석 기계 탑재"),
        ],
    ),
    "002_55297f25ffdea184.txt": (
        date(2023, 10, 13),
        [
            (51, 1, "특집기사", "푸장혁신포럼, 중국 5대 미래산업 선정"),
            (183, 2, "정책동향", "공업정보화부 외, '컴퓨팅 파워 인프라 고품질 발전 행동계획' 발표"),
            (255, 3, "정책동향", "과기부 외, '과학기술 윤리 심사방법' 발표"),
            (289, 4, "정책동향", "글로벌 싱크탱크(CCG), '일대일로' 10주년 보고서 공개"),
            (345, 5, "정책동향", "‘2023 웨강아오대만구 과학기술 성과이전 연간보고’ 발표"),
            (405, 1, "기술동향", "중국과학기술대학, 완전 수동적 양자 키 분배 실현"),
            (428, 2, "기술동향", "중국과학기술대학, 리튬배터리의 열폭주 제어 신기술 개발"),
            (454, 1, "단신동향", "바이두, 중국 최초의 양자 분야 대형 모델 출시"),
            (465, 2, "단신동향", "중국 연구진, 세계 최대 출력 풍력발전기 전체 자기 충전 성공"),
            (476, 3, "단신동향", "상하이, 바이오 의약 산업 규모 9,000억 위안에 달해"),
            (487, 4, "단신동향", "중국 창정2D 로켓, 원격탐사 39호 위성 발사 성공"),
            (498, 5, "단신동향", "중국, 세계 최초 그린수소 배출가스 저감 방법론 승인"),
            (509, 6, "단신동향", "중국약대-우시시(市), 바이오 의약 발전을 위한 전략협정 체결"),
            (520, 7, "단신동향", "중국, 국제적 영향력 있는 논문 수 세계 1위"),
        ],
    ),
    "003_59782443bdfe0993.txt": (
        date(2024, 6, 21),
        [
            (46, None, "정책동향", "국가발전개혁위, 서부지역 수소에너지 장려 산업 목록 신규 공개"),
            (98, None, "정책동향", "23년도 중국 생태환경 분야 10대 연구성과 발표"),
            (131, None, "정책동향", "청두시, '인공지능 산업 고품질 발전 3개년 계획' 마련"),
            (183, None, "정책동향", "중국, 전고체 배터리 연구개발(R&D)에 1조 원 투자"),
            (242, None, "정책동향", "2024 장강삼각주 지역 협동 혁신지수 발표"),
            (309, 1, "기술동향", "칭화대, 세계 최초 생체모방 3차원 구조 전자피부 개발 성공"),
            (336, None, "기술동향", "저장대, 'CG11837' 장수 유전자 신규 발견"),
            (362, 1, "단신동향", "상하이, 파괴적 기술 혁신 프로젝트 관리방법 발표"),
            (373, 2, "단신동향", "상무부, '국경 간 전자상거래 활성화 규칙' 발표"),
            (385, 3, "단신동향", "산동성, '연산력 인프라 고품질 구축 프로젝트' 수행"),
            (398, None, "단신동향", "톈진, 기술 성과 전환 및 혁신 18조 발표"),
            (410, 5, "단신동향", "중국 주도 차량용 레이더 국제 표준 제정"),
            (423, 6, "단신동향", "공기역학 및 미래 비행 과학 보급 실험실 신설"),
            (436, 7, "단신동향", "HSBC China, 기업용 디지털 위안화 서비스 출시"),
        ],
    ),
    "004_32315275824c7094.txt": (
        date(2023, 4, 7),
        [
            (58, 1, "정책동향", "베이징·우시, 지식재산권 서비스 강화"),
            (107, 2, "정책동향", "저장성, 텐무산(天目山) 실험실 기술이전센터 설립"),
            (126, 3, "정책동향", "충칭시, 청두·충칭 경제권 건설 방안('23~'27) 발표"),
            (180, 4, "정책동향", "상하이, '린강신구 과학기술혁신 정책' 발표"),
            (225, 5, "정책동향", "후베이, '기업 기술혁신역량 강화 계획' 발표"),
            (253, 6, "정책동향", "후룬연구원, 2023년 중국 알고리즘·연산력 100대 기업 발표"),
            (329, 1, "기술동향", "베이징양자정보과학연구원, 615km의 광섬유 양자통신 성공"),
            (351, 2, "기술동향", "우한과기대학, 신형 유전자편집 기술 개발"),
            (375, 1, "단신동향", "중국-아프리카 지구과학 협력 센터 설립"),
            (386, 2, "단신동향", "하이난성, 보아오 아시아 포럼(BFA) 개최"),
            (399, 3, "단신동향", "절강성 취저우시, 3개 연구원과 협력 체결"),
            (409, 4, "단신동향", "중국기상국-북경공과대학 협력 협정 체결"),
            (419, 5, "단신동향", "국내 최초 친환경 스마트 선박 R&D 사무실 설립"),
            (430, 6, "단신동향", "후베이성, 합성생물학 학회 설립"),
            (441, 7, "단신동향", "허난성, 공업정보화부 중점실험실 설립"),
        ],
    ),
}


@pytest.fixture(scope="module")
def bulletins() -> dict[str, Bulletin]:
    return {name: parse_file(SEEDS / name) for name in EXPECTED}


def article_at(bulletin: Bulletin, headline_line: int):
    return next(article for article in bulletin.articles if article.headline_line == headline_line)


@pytest.mark.parametrize("name", EXPECTED)
def test_issue_date_and_colophon(bulletins, name):
    bulletin = bulletins[name]
    assert bulletin.issue_date == EXPECTED[name][0]
    assert bulletin.publisher == "서행아"
    assert bulletin.organisation == "한중과학기술협력센터"
    assert bulletin.id == name.removesuffix(".txt")


@pytest.mark.parametrize("name", EXPECTED)
def test_every_article_headline_number_and_part(bulletins, name):
    articles = bulletins[name].articles
    found = [(a.headline_line, a.number, a.part, a.headline) for a in articles]
    assert found == EXPECTED[name][1]
    assert [a.seq for a in articles] == list(range(1, len(EXPECTED[name][1]) + 1))


@pytest.mark.parametrize("name", EXPECTED)
def test_lines_are_the_file_lines(bulletins, name):
    raw_lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    bulletin = bulletins[name]
    assert len(bulletin.lines) == len(raw_lines)
    assert all(bulletin.line(n) == raw_lines[n - 1] for n in range(1, len(raw_lines) + 1))


@pytest.mark.parametrize("name", EXPECTED)
def test_article_lines_are_every_non_blank_line_from_headline_to_end(bulletins, name):
    bulletin = bulletins[name]
    for article in bulletin.articles:
        expected = [
            n for n in range(article.headline_line, article.last_line + 1) if bulletin.line(n).strip()
        ]
        assert [line.number for line in article.lines] == expected
        assert all(line.text == bulletin.line(line.number) for line in article.lines)
        assert article.lines[0].kind == "headline"


@pytest.mark.parametrize(
    ("name", "headline_line", "last_line"),
    [
        ("000_1b9d18066b15c3c4.txt", 66, 162),  # ends with its 참고자료 URL
        ("000_1b9d18066b15c3c4.txt", 594, 603),  # last short news item: its 출처 URL, not the colophon
        ("001_439e8b69d6656657.txt", 61, 140),
        ("003_59782443bdfe0993.txt", 46, 90),  # unnumbered; the category header 기초연구 follows
        ("003_59782443bdfe0993.txt", 309, 327),  # the page number "12 —" after it is no article line
    ],
)
def test_article_ends(bulletins, name, headline_line, last_line):
    assert article_at(bulletins[name], headline_line).last_line == last_line


@pytest.mark.parametrize(
    ("name", "headline_line", "first_line"),
    [
        ("000_1b9d18066b15c3c4.txt", 171, 169),  # "02" on its own line two lines above
        ("001_439e8b69d6656657.txt", 61, 59),  # "## 01"
        ("000_1b9d18066b15c3c4.txt", 225, 225),  # number and headline on one line
        ("003_59782443bdfe0993.txt", 46, 46),  # no number
    ],
)
def test_article_starts_at_its_printed_number(bulletins, name, headline_line, first_line):
    assert article_at(bulletins[name], headline_line).first_line == first_line


@pytest.mark.parametrize(
    ("name", "headline_line", "subheadline_line", "announced_on"),
    [
        ("000_1b9d18066b15c3c4.txt", 66, 68, date(2023, 6, 16)),  # lead line printed without ■
        ("000_1b9d18066b15c3c4.txt", 292, 294, date(2023, 6, 28)),
        ("000_1b9d18066b15c3c4.txt", 521, 523, None),  # short news: no date on the ■ line
        ("001_439e8b69d6656657.txt", 61, 63, None),
        ("001_439e8b69d6656657.txt", 142, 144, date(2023, 6, 19)),  # "### ■ …(6.19)"
        ("002_55297f25ffdea184.txt", 255, 257, date(2023, 10, 19)),  # 6 days after the issue, same year
        ("003_59782443bdfe0993.txt", 46, None, date(2024, 6, 4)),  # "- …장려(6.4)": no ■ line, lead line
        ("004_32315275824c7094.txt", 107, None, date(2023, 3, 16)),  # "- 텐무산(天目山) … 마련(3.16)"
    ],
)
def test_subheadline_and_announcement_date(bulletins, name, headline_line, subheadline_line, announced_on):
    article = article_at(bulletins[name], headline_line)
    assert article.subheadline_line == subheadline_line
    assert article.announced_on == announced_on


def test_subheadline_text_drops_the_mark(bulletins):
    article = article_at(bulletins["000_1b9d18066b15c3c4.txt"], 292)
    assert (
        article.subheadline
        == "베이징은 국내 로봇산업 클러스터 구축 선도지역으로 '25년까지 첨단 로봇 제품 100개 육성(6.28)"
    )


@pytest.mark.parametrize(
    ("month", "day", "issue_date", "expected"),
    [
        (6, 16, date(2023, 7, 7), date(2023, 6, 16)),
        (12, 28, date(2024, 1, 5), date(2023, 12, 28)),  # a December date in a January issue
        (1, 3, date(2023, 12, 29), date(2024, 1, 3)),
        (10, 19, date(2023, 10, 13), date(2023, 10, 19)),
        (2, 30, date(2023, 3, 1), None),  # no such day
    ],
)
def test_resolve_day(month, day, issue_date, expected):
    assert resolve_day(month, day, issue_date) == expected


@pytest.mark.parametrize(
    ("name", "headline_line", "category"),
    [
        ("000_1b9d18066b15c3c4.txt", 171, "기술전략"),
        ("000_1b9d18066b15c3c4.txt", 422, "기업"),
        ("000_1b9d18066b15c3c4.txt", 468, "기초과학"),
        ("000_1b9d18066b15c3c4.txt", 66, None),  # 특집기사 has no category
        ("000_1b9d18066b15c3c4.txt", 521, None),  # short news are not in CONTENTS
        ("001_439e8b69d6656657.txt", 377, "통계"),
        ("002_55297f25ffdea184.txt", 183, "기술전략"),  # CONTENTS shortens the title
        ("002_55297f25ffdea184.txt", 428, "에너지"),
        ("003_59782443bdfe0993.txt", 98, "기초연구"),
        ("003_59782443bdfe0993.txt", 131, "지역"),  # "지 역 • 청두시, …" in CONTENTS
        ("003_59782443bdfe0993.txt", 183, "기업"),  # "기 업 · 중국, …"
        ("004_32315275824c7094.txt", 329, "양자정보"),
    ],
)
def test_category_from_contents(bulletins, name, headline_line, category):
    assert article_at(bulletins[name], headline_line).category == category


@pytest.mark.parametrize(
    ("name", "summary_lines", "contents"),
    [
        ("000_1b9d18066b15c3c4.txt", [57, 58, 59, 60, 61, 62], 8),
        ("001_439e8b69d6656657.txt", [47, 48, 49, 50, 51, 52], 8),
        ("003_59782443bdfe0993.txt", [32, 33, 34, 35, 36], 7),  # no 요약 heading
        ("004_32315275824c7094.txt", [49, 50, 51, 52, 53, 54], 8),
    ],
)
def test_summary_and_contents_are_not_articles(bulletins, name, summary_lines, contents):
    bulletin = bulletins[name]
    assert [line.number for line in bulletin.summary] == summary_lines
    assert len(bulletin.contents) == contents
    first_article = bulletin.articles[0].first_line
    assert all(line.number < first_article for line in bulletin.summary)


def test_summary_without_heading_or_blank_lines(bulletins):
    """Seed 003 as a PDF's text layer gives it: no blank lines, and no 요약 heading to start the summary."""
    seed = bulletins["003_59782443bdfe0993.txt"]
    dense = "\n".join(line for line in seed.lines if line.strip())
    bulletin = parse_text(dense, file_name="003.txt", sha256="0" * 64)
    assert [line.text for line in bulletin.summary] == [line.text for line in seed.summary]
    assert bulletin.contents == seed.contents
    assert [a.headline for a in bulletin.articles] == [a.headline for a in seed.articles]


def test_contents_headlines_as_printed(bulletins):
    assert (
        bulletins["003_59782443bdfe0993.txt"].contents[2]
        == "청두시, '인공지능 산업 고품질 발전 3개년 계획' 마련"
    )
    assert bulletins["001_439e8b69d6656657.txt"].contents[0] == "'22년 NSFC 사업 예산 및 분야 발표"


@pytest.mark.parametrize(
    ("name", "headline_line", "box_line"),
    [
        ("000_1b9d18066b15c3c4.txt", 66, 88),  # 〈※ 참고 : 남방해양과학공정 광동성실험실(광저우) 개요〉
        ("000_1b9d18066b15c3c4.txt", 292, 308),
        ("003_59782443bdfe0993.txt", 46, 55),
        ("004_32315275824c7094.txt", 126, 157),
    ],
)
def test_reference_boxes_belong_to_their_article(bulletins, name, headline_line, box_line):
    article = article_at(bulletins[name], headline_line)
    box = next(line for line in article.lines if line.number == box_line)
    assert box.kind == "caption"
    assert len([a for a in bulletins[name].articles if a.first_line <= box_line <= a.last_line]) == 1


@pytest.mark.parametrize(
    ("name", "line", "kind"),
    [
        ("000_1b9d18066b15c3c4.txt", 66, "headline"),
        ("000_1b9d18066b15c3c4.txt", 68, "subheadline"),
        ("000_1b9d18066b15c3c4.txt", 70, "body"),
        ("000_1b9d18066b15c3c4.txt", 76, "caption"),
        ("000_1b9d18066b15c3c4.txt", 80, "table"),  # an HTML fragment
        ("000_1b9d18066b15c3c4.txt", 98, "source"),
        ("000_1b9d18066b15c3c4.txt", 121, "table"),
        ("000_1b9d18066b15c3c4.txt", 155, "reference"),
        ("000_1b9d18066b15c3c4.txt", 158, "reference"),
        ("000_1b9d18066b15c3c4.txt", 529, "source"),
        ("000_1b9d18066b15c3c4.txt", 531, "source"),
        ("004_32315275824c7094.txt", 80, "subheadline"),  # a second ■ line within the article
    ],
)
def test_line_kinds(bulletins, name, line, kind):
    lines = {item.number: item for article in bulletins[name].articles for item in article.lines}
    assert lines[line].kind == kind


def test_year_table_cells(bulletins):
    article = article_at(bulletins["002_55297f25ffdea184.txt"], 183)
    (table,) = article.tables
    assert table.caption == "컴퓨팅 인프라 고품질 발전 목표"
    assert table.rows[0].line == 195
    assert table.rows[0].cells == ("", "", "지표", "2023년", "2024년", "2025년")
    assert table.rows[1].cells == ("연산 파워", "1", "연산력 규모 (EFLOPS)", "220", "206", "300")
    assert len(table.rows) == 9


def test_html_markup_is_stripped_from_cells(bulletins):
    article = article_at(bulletins["000_1b9d18066b15c3c4.txt"], 66)
    row = next(row for table in article.tables for row in table.rows if row.line == 122)
    assert row.cells[:2] == ("1", "디지털 해양")
    assert row.cells[2].startswith("스마트선박, 스마트항구, 해양어업")
    assert "<" not in row.cells[2]


def test_split_table_keeps_its_caption(bulletins):
    article = article_at(bulletins["000_1b9d18066b15c3c4.txt"], 370)
    platforms = [table for table in article.tables if table.caption == "10대 산업 발전 플랫폼"]
    assert [table.rows[0].line for table in platforms] == [391, 397]
    assert [len(table.rows) for table in platforms] == [5, 7]


@pytest.mark.parametrize(
    ("name", "headline_line", "reference"),
    [
        (
            "000_1b9d18066b15c3c4.txt",
            66,
            Reference(None, "http://www.gmlab.ac.cn/sysgk/sysjj/", 98),
        ),
        (
            "000_1b9d18066b15c3c4.txt",
            66,
            Reference(
                "重磅! 广州将再建一座科学城", "http://m.xinhuanet.com/gd/2019-05/09/c_1124470793.htm", 159
            ),
        ),
        (
            "000_1b9d18066b15c3c4.txt",
            521,
            Reference(
                "중국고신망 (06.27)",
                "http://www.chinahightech.com/html/hotnews/yaowen/2023/0627/5678867.html",
                529,
            ),
        ),
        (  # Markdown link with an escaped underscore
            "001_439e8b69d6656657.txt",
            142,
            Reference(
                "国务院办公厅关于进一步构建高质量充电基础设施体系的指导意见",
                "https://www.gov.cn/zhengce/content/202306/content_6887167.htm",
                185,
            ),
        ),
        (  # Markdown-escaped underscores in the link text only
            "001_439e8b69d6656657.txt",
            423,
            Reference(None, "http://k.sina.com.cn/article_1905628462_7195952e01901hjhb.html", 436),
        ),
        (  # title and URL on one line
            "003_59782443bdfe0993.txt",
            98,
            Reference(
                "2023年度中国生态环境十大科技进展发布",
                "https://tech.gmw.cn/2024-06/05/content_37365398.htm",
                123,
            ),
        ),
    ],
)
def test_references(bulletins, name, headline_line, reference):
    assert reference in article_at(bulletins[name], headline_line).references


def test_line_sections(bulletins):
    bulletin = bulletins["000_1b9d18066b15c3c4.txt"]
    sections = line_sections(bulletin)
    assert len(sections) == len(bulletin.lines)
    assert sections[7 - 1] == ("contents", None)  # CONTENTS
    assert sections[55 - 1] == ("summary", None)  # 요약
    assert sections[64 - 1] == ("body", None)  # "I 특집기사"
    assert sections[66 - 1] == ("article", 1)
    assert sections[169 - 1] == ("article", 2)  # the number line "02"
    assert sections[615 - 1] == ("colophon", None)  # | 발 행 일 | 2023. 7. 7


# A bulletin in the same conventions as the seeds but none of their text: numbered
# articles, one numbered on its own line, a Markdown one, a December date in a January
# issue, and a short-news part.
SMALL_BULLETIN = """\
중국 과학기술 정책 주/간/동/향

CONTENTS

1. 정책동향

기술전략

• 국무원, 양자기술 발전계획 발표

지역

• 선전, 로봇산업 지원정책 발표

본 보고서는 한중과학기술협력센터가 작성한 자료입니다.

요약

- 국무원은 양자기술 발전계획을 발표하였다.

I 정책동향

01 국무원, 양자기술 발전계획 발표

■ '27년까지 양자컴퓨터 10대 개발(12.28)

- 국무원은 양자기술 발전계획을 발표

참고자료

- ☑ 国务院关于量子技术发展规划的通知
https://www.gov.cn/example

02

## 선전, 로봇산업 지원정책 발표

### ■ 로봇 기업 100개 육성(1.3)

- 선전시는 로봇산업 지원정책을 발표

IV

단신동향

01 베이징, 인공지능 대회 개최

■ 대회에 50개국 참가

- 베이징에서 인공지능 대회 개최

출처: 과학망 (01.02)

https://news.example.cn/1

| 발 행 일 | 2024. 1. 5

| 발 행 인 | 홍길동

| 발행기관 | 한중과학기술협력센터
"""


def test_a_bulletin_the_rules_were_not_written_on():
    bulletin = parse_text(SMALL_BULLETIN, file_name="small.txt", sha256="0" * 64)
    assert bulletin.issue_date == date(2024, 1, 5)
    assert bulletin.publisher == "홍길동"
    found = [(a.number, a.part, a.category, a.headline, a.announced_on) for a in bulletin.articles]
    assert found == [
        (1, "정책동향", "기술전략", "국무원, 양자기술 발전계획 발표", date(2023, 12, 28)),
        (2, "정책동향", "지역", "선전, 로봇산업 지원정책 발표", date(2024, 1, 3)),
        (1, "단신동향", None, "베이징, 인공지능 대회 개최", None),
    ]
    assert [line.number for line in bulletin.summary] == [19]
    assert bulletin.articles[0].references == (
        Reference("国务院关于量子技术发展规划的通知", "https://www.gov.cn/example", 31),
    )
    assert bulletin.articles[2].references == (Reference("과학망 (01.02)", "https://news.example.cn/1", 52),)


def cut(text: str, before: str) -> str:
    return text[: text.index(before)]


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        (  # only bullets: nothing could be a headline
            "- 예산 검토\n- 다음 주 일정 확인\n",
            "no recognisable bulletin or article structure (no 발행일 colophon of a whole bulletin, "
            "no headline of a single article: its title on a line of its own above the text)",
            None,
        ),
        (  # a headline and nothing under it
            "오늘 회의 메모\n\n",
            "a headline but no article text under it (nor a whole bulletin)",
            1,
        ),
        (  # shaped like a single article, but nothing dates it
            "오늘 회의 메모\n- 예산 검토\n- 다음 주 일정 확인\n",
            "a single article without a date: none printed (등록일, a date line, or a bracketed "
            "announcement date such as (25.12.19)); pass --date YYYY-MM-DD",
            None,
        ),
        (  # cut in the middle of the second article
            cut(SMALL_BULLETIN, "- 선전시는"),
            "issue date (발행일) missing: the colophon is not there, the file looks truncated",
            39,  # the file's last line: it stops there
        ),
        (
            "중국 과학기술 정책 주/간/동/향\n\n| 발 행 일 | 2024. 1. 5\n",
            "no articles found (no part headers or article headlines)",
            None,
        ),
        (
            SMALL_BULLETIN.replace("2024. 1. 5", "2024. 13. 5"),
            "issue date (발행일) 2024. 13. 5 is not a date",
            56,
        ),
    ],
    ids=[
        "no structure",
        "headline only",
        "undated article",
        "truncated",
        "colophon only",
        "impossible issue date",
    ],
)
def test_texts_that_are_not_whole_bulletins(text, reason, line):
    with pytest.raises(BulletinError) as caught:
        parse_text(text, file_name="bad.txt", sha256="0" * 64)
    assert caught.value.reason == reason
    assert caught.value.line == line
    assert caught.value.path.name == "bad.txt"


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("2016년 2017년 목표치", ("", "2016년", "2017년 목표")),
        ("지표 2023년 2024년 2025년", ("지표", "2023년", "2024년", "2025년")),
        ("2020 2025", ("", "2020", "2025")),
        # one year, years apart, or words after them are no header of a table
        ("2025년 목표치", None),
        ("2020년 대비 2025년", None),
        ("2024년 2025년 성장률 비교표", None),
    ],
)
def test_a_flattened_header_of_years(text, cells):
    assert spaced_year_header(text) == cells


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("경제성장률 6.70% 6.50%", ("경제성장률", "6.70%", "6.50%")),
        ("국내총생산 74조4,127억위안 79조2,495억위안", ("국내총생산", "74조4,127억위안", "79조2,495억위안")),
        ("광의 화폐(M2)증가율 11.30% 12%", ("광의 화폐(M2)증가율", "11.30%", "12%")),
        # a sentence's last word is no figure; a row needs a label in Korean
        ("가상국은 공장 50곳을 짓는다.", None),
        ("2024 5% 6%", None),
    ],
)
def test_a_flattened_row_of_figures(text, cells):
    assert spaced_row(text) == cells
