"""etl.article: a single article saved from a web page or pasted, read as a one-article bulletin.

The fixtures in tests/fixtures/articles/ are made up in the layouts of real web items (the
publisher's web item, a research institute's news board, a news site, a page with board
chrome, a pasted item without a date); names and numbers are invented. Expected values
are read off the fixture files by hand.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.article import UndatedArticleError, is_date_line, is_end_of_article, metadata_of, title_score
from etl.extract import extract_bulletin
from etl.parse import line_sections, parse_file, parse_text
from etl.read import BulletinError

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def parse(text: str, default_date: date | None = None):
    return parse_text(text, file_name="item.txt", sha256="0" * 64, default_date=default_date)


def kinds(bulletin) -> dict[int, str]:
    return {line.number: line.kind for line in bulletin.articles[0].lines}


def test_a_kostec_web_item_is_dated_by_its_announcement():
    bulletin = parse_file(ARTICLES / "kostec_web_item.txt")
    article = bulletin.articles[0]
    assert (bulletin.kind, bulletin.id) == ("article", "kostec_web_item")
    # no posting date is printed: the bracketed (25.11.24) of the lead line and the 참고자료 entry
    assert bulletin.issue_date == date(2025, 11, 24)
    assert article.announced_on == date(2025, 11, 24)
    assert article.headline == "中 공신부, '스마트 농기계 산업 고도화 행동계획' 발표"
    assert (article.headline_line, article.first_line, article.last_line) == (1, 1, 12)
    assert (article.part, article.number, article.subheadline) == (None, None, None)
    assert kinds(bulletin) == {
        1: "headline", 3: "body", 5: "body", 7: "body", 9: "body", 11: "reference", 12: "reference"
    }  # fmt: skip
    [reference] = article.references
    assert reference.title == "关于印发智能农机产业升级行动计划的通知"  # without "(25.11.24, 工业和信息化部)"
    assert reference.url == "https://www.miit.gov.cn/example/art_0001.html"
    assert (bulletin.summary, bulletin.contents, bulletin.publisher) == ((), (), None)


def test_a_research_board_item_is_dated_by_its_registration_not_the_original_announcement():
    bulletin = parse_file(ARTICLES / "kistep_brief.txt")
    article = bulletin.articles[0]
    assert bulletin.issue_date == date(2025, 4, 22)  # - 등록일 2025-04-22
    assert article.announced_on == date(2025, 4, 8)  # - 원문발표일 2025-04-08
    assert (article.headline_line, article.headline) == (2, "중국, 해양 신소재 산업 육성 지침 발표")
    assert kinds(bulletin) == {
        2: "headline", 3: "source", 4: "source", 5: "source", 6: "body", 7: "body", 8: "body", 9: "body"
    }  # fmt: skip
    # the board's name above, 목록 and the next item's headline below are page chrome
    assert [section for section, _ in line_sections(bulletin)] == ["chrome"] + ["article"] * 8 + [
        "chrome"
    ] * 2


def test_a_news_article_is_dated_by_its_byline():
    bulletin = parse_file(ARTICLES / "news_article.txt")
    assert bulletin.issue_date == date(2024, 6, 12)  # 2024-06-12 09:15:30 출처:가상통신
    assert kinds(bulletin) == {1: "headline", 2: "source", 3: "body", 4: "body"}
    assert line_sections(bulletin)[-1] == ("chrome", None)  # ⓒ … 무단전재 금지


def test_a_board_page_skips_the_chrome_above_the_title():
    bulletin = parse_file(ARTICLES / "board_page.txt")
    article = bulletin.articles[0]
    assert (
        article.headline == "광시, 신에너지차 부품 산업 클러스터 조성 방안 발표"
    )  # above • 등록일, not 동향 게시판
    assert bulletin.issue_date == date(2025, 12, 22)  # • 등록일2025.12.22
    assert (article.first_line, article.last_line) == (5, 9)  # 목록, 이전글, 다음글 are left out


@pytest.mark.parametrize(
    ("name", "taken", "never"),
    [
        ("kistep_brief.txt", {"5,000억 위안", "20개", "10만 명"}, "100만 대"),  # 다음글: another article
        ("board_page.txt", {"120개", "15곳"}, "2,000만 기"),
        ("kostec_web_item.txt", {"70%", "300개"}, None),
    ],
)
def test_single_articles_extract_and_the_next_articles_headline_is_never_read(name, taken, never):
    records = extract_bulletin(parse_file(ARTICLES / name))
    printed = {record.value_text for record in records}
    assert taken <= printed
    assert never not in printed
    assert {record.bulletin for record in records} == {Path(name).stem}


def test_without_a_date_the_error_asks_for_date():
    with pytest.raises(UndatedArticleError) as caught:
        parse_file(ARTICLES / "pasted_undated.txt")
    assert caught.value.path.name == "pasted_undated.txt"
    assert "pass --date YYYY-MM-DD" in caught.value.reason
    # a deadline in the body ("2027년 12월 31일까지") never dates the article
    assert "2027" not in str(caught.value)


def test_the_date_given_dates_an_undated_article_and_a_printed_one_wins():
    undated = parse_file(ARTICLES / "pasted_undated.txt", default_date=date(2025, 7, 1))
    assert undated.issue_date == date(2025, 7, 1)
    printed = parse_file(ARTICLES / "news_article.txt", default_date=date(2025, 7, 1))
    assert printed.issue_date == date(2024, 6, 12)


def test_a_publication_date_wins_over_a_byline_and_an_announcement():
    text = (
        "후베이, 광전자 산업 지원 조치 발표\n"
        "2025. 9. 3 가상일보\n"  # a date line
        "- 등록일 2025-09-10\n"  # the posting date: rule 1
        "□ 후베이성은 2027년까지 광전자 기업 40개 육성 추진(25.8.29)\n"
    )
    assert parse(text).issue_date == date(2025, 9, 10)
    assert parse(text.replace("- 등록일 2025-09-10\n", "")).issue_date == date(2025, 9, 3)
    assert parse(
        text.replace("- 등록일 2025-09-10\n", "").replace("2025. 9. 3 가상일보\n", "")
    ).issue_date == date(2025, 8, 29)


def test_the_latest_announcement_dates_an_article_that_reports_several():
    text = "충칭, 두 가지 방안 발표\n□ 방안 A 발표(25.3.2)\n□ 방안 B 발표(25.3.9)\n"
    assert parse(text).issue_date == date(2025, 3, 9)


def test_a_date_in_running_prose_is_no_issue_date():
    text = "톈진, 항만 자동화 계획\n톈진시는 2025년 5월 16일 항만 자동화 계획을 발표하고 2027년까지 자동화 부두 12곳을 건설하기로 했다.\n"
    with pytest.raises(UndatedArticleError):
        parse(text)


def test_a_lone_label_like_bullet_under_the_headline_is_article_text():
    # "국가" is a metadata label ("- 국가 중국"), but no dated metadata line stands beside it
    text = "장쑤, 실험실 체계 개편\n- 국가 중점 실험실 10개 구축\n- 등록일 없음\n"
    bulletin = parse(text, default_date=date(2025, 1, 2))
    assert kinds(bulletin)[2] == "body"


def test_a_dated_line_inside_the_body_stays_text():
    text = (
        "푸젠, 해상풍력 계획\n- 등록일 2025-02-03\n○ 1단계\n2025.3.1 가상일보\n○ 2단계 2030년까지 10GW 건설\n"
    )
    bulletin = parse(text)
    assert bulletin.issue_date == date(2025, 2, 3)
    assert kinds(bulletin)[4] == "body"  # between two body lines: not a byline


@pytest.mark.parametrize(
    ("text", "is_date"),
    [
        ("2019-03-11 11:42:08 출처:cri", True),
        ("가상미디어(VM) 2015년10월27일 07시12분 조회:4599", True),
        ("2026. 1. 16", True),
        ("- 2027년 12월 31일까지 시범 해역 10곳을 지정", False),  # a bullet
        ("2025.3.1 기준 기업 30개", False),  # another number beside the date
        ("2025년 5월 16일 국무원은 데이터 요소 활용 방안을 정식으로 발표했다.", False),  # a sentence
    ],
)
def test_date_lines(text, is_date):
    assert is_date_line(text) is is_date


@pytest.mark.parametrize(
    ("text", "label", "day"),
    [
        ("- 국가 중국", "국가", None),
        ("- 원문발표일 2025-03-05", "원문발표일", date(2025, 3, 5)),
        ("• 등록일2023.12.05", "등록일", date(2023, 12, 5)),
        ("입력 2025.05.16 10:00", "입력", date(2025, 5, 16)),
        ("조회수 269", "조회수", None),
        ("작성자 관리자 작성일 2018-06-15", "작성일", date(2018, 6, 15)),  # the dated field decides
        ("작성자 홍길동 기자 댓글 0건 조회 1,204회 작성일 25-06-03 10:12", "작성일", date(2025, 6, 3)),
    ],
)
def test_metadata_lines(text, label, day):
    found = metadata_of(text)
    assert (found.label, found.day) == (label, day)


@pytest.mark.parametrize(
    "text",
    [
        "- 등록 기업 수를 2027년까지 500개로 확대",  # a dated label needs a date for its value
        "- 국가 차원의 데이터 거래소를 2026년까지 3곳 설립하고 운영 규정을 마련하여 시행할 계획임",  # too long
        "국가발전개혁委 에너지硏 제시",  # a headline that opens with a label's word, glued to another
    ],
)
def test_article_text_is_no_metadata(text):
    assert metadata_of(text) is None


@pytest.mark.parametrize(
    ("text", "reason", "line"),
    [
        ("- 첫째\n- 둘째\n", "no headline of a single article", None),
        ("제목만 있는 메모\n", "a headline but no article text under it", 1),
    ],
)
def test_text_that_is_neither_bulletin_nor_article(text, reason, line):
    with pytest.raises(BulletinError) as caught:
        parse(text, default_date=date(2025, 1, 1))
    assert reason in caught.value.reason
    assert caught.value.line == line


# --- more page layouts: where the title and the date sit -------------------------------------


def test_a_trend_page_strips_the_link_words_after_its_title_and_reads_every_field():
    bulletin = parse_file(ARTICLES / "kistep_trend.txt")
    article = bulletin.articles[0]
    # "주요동향" twice above is the site's banner, too short for a title; "원문보기 1" a link
    assert (article.headline_line, article.headline) == (3, "중국과학원, 극지 과학 국제협력 행동방안 발표")
    assert (bulletin.issue_date, article.announced_on) == (date(2024, 8, 19), date(2024, 8, 12))
    assert [kinds(bulletin)[n] for n in range(4, 11)] == ["source"] * 6 + ["body"]  # 국가 … 권호, then □
    assert kinds(bulletin)[14] == "caption"  # < 4대 중점 임무 >


def test_a_byline_above_the_title():
    bulletin = parse_file(ARTICLES / "byline_first.txt")
    article = bulletin.articles[0]
    # the author's name, the byline and the editor's credit stand above the title
    assert (article.headline_line, article.headline) == (5, "가상방송 해설: 중국 신형 전력망 건설의 과제")
    assert bulletin.issue_date == date(2023, 4, 18)
    assert article.last_line == 9  # 번역/편집, the e-mail and 공유하기 close the page
    assert {record.value_text for record in extract_bulletin(bulletin)} >= {"500곳"}


def test_a_title_printed_twice_is_the_headline_and_its_second_copy_starts_the_article():
    bulletin = parse_file(ARTICLES / "portal_news.txt")
    article = bulletin.articles[0]
    assert article.headline == "[중국 경제] 하이난 자유무역항, 올해 외자 유치 목표 제시"
    assert article.headline_line == 8  # not the site's banner on line 1, not the first copy
    assert bulletin.issue_date == date(2026, 2, 11)  # 2026년02월11일
    assert kinds(bulletin)[9] == "caption"  # [사진 출처: …]
    assert [section for section, _ in line_sections(bulletin)][:7] == ["chrome"] * 7


def test_a_community_board_byline_with_fields():
    bulletin = parse_file(ARTICLES / "community_board.txt")
    article = bulletin.articles[0]
    assert article.headline == "쓰촨 전기차 배터리 재활용 산업 육성 방안 [가상일보]"
    # "작성자 … 조회 1,204회 작성일 25-06-03 10:12": the date after 작성일, a two-digit year
    assert bulletin.issue_date == date(2025, 6, 3)
    assert kinds(bulletin) == {2: "headline", 3: "source", 4: "source", 5: "body"}  # 페이지 정보 is chrome
    printed = {record.value_text for record in extract_bulletin(bulletin)}
    assert "5만 기" not in printed and "100억 위안" not in printed  # - 이전글 / - 다음글 headlines


def test_menu_chrome_above_the_title_is_left_out():
    bulletin = parse_file(ARTICLES / "site_menu.txt")
    article = bulletin.articles[0]
    # "가상센터 주간동향 구독하기" is long enough for a title but a subscription link
    assert (article.headline_line, article.headline) == (8, "中 생태환경부, '녹색 데이터센터 평가 지침' 발표")
    assert bulletin.issue_date == date(2026, 1, 9)  # (26.1.9) on the lead line and the 참고자료 entry
    assert [reference.title for reference in article.references] == ["绿色数据中心评价指南"]


def test_a_deck_between_title_and_byline_is_not_the_title():
    bulletin = parse_file(ARTICLES / "news_deck.txt")
    article = bulletin.articles[0]
    assert (article.headline_line, article.headline) == (1, "中, 공업용 로봇 산업 고도화 방안 발표")
    assert bulletin.issue_date == date(2025, 3, 5)  # 입력 2025.03.05 14:31
    assert kinds(bulletin)[3] == "source"


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("中 과기부, '개방과학 국제협력 행동계획' 발표", 4),  # actor, quote, verb
        ("저장성, 수소충전소 80곳 건설", 2),  # actor only
        ("[중국 경제] 하이난, 외자 유치 목표 제시", 3),  # a bracketed rubric before the actor
        ("시진핑의 양회 메시지 [CNN]", 0),
        ("2028년까지 로봇 밀도 두 배로…핵심 부품 자급률 제고", 0),  # a deck
        ("가상센터 주간동향 구독하기", -2),  # chrome
    ],
)
def test_title_score(text, score):
    assert title_score(text) == score


# --- any mixture of page lines: a one-article bulletin whose lines are the file's, or a clear error


PAGE_LINES = [
    "",
    "주요동향",
    "中 과기부, '가상 행동계획' 발표",
    "저장성, 2026년까지 수소충전소 80곳 건설",
    "- 국가 중국",
    "- 원문발표일 2025-03-05",
    "• 등록일2025.03.21",
    "2019-03-11 11:42:08 출처:가상방송",
    "□ 중국 과기부가 행동계획을 발표하고 2027년까지 시범구 20곳 조성 추진(25.12.19)",
    "○ (주요 내용) 기업 100개 육성",
    " - 2030년까지 연간 생산액 1조 위안 달성",
    "가상시는 2028년까지 공공 충전기 5만 기를 설치하겠다고 밝혔다.",
    "<참고자료>",
    "(25.12.19, 科技部) 关于…的通知 https://www.example.gov.cn/a.html",
    "출처: 가상일보 (06.27)",
    "https://news.example.cn/1",
    "[사진 출처: 가상통신]",
    "목록",
    "다음글 가상성, 2030년까지 로봇 100만 대 보급",
    "ⓒ 가상통신 무단전재 금지",
    "-",
    "|표|2025|2026|",
]


@given(st.lists(st.sampled_from(PAGE_LINES), max_size=14), st.booleans())
@settings(max_examples=300, deadline=None)
def test_any_page_is_an_article_or_a_clear_error(page, dated):
    text = "\n".join(page) + "\n"
    try:
        bulletin = parse(text, default_date=date(2025, 1, 1) if dated else None)
    except BulletinError as error:
        assert error.path.name == "item.txt" and error.reason
        return
    [article] = bulletin.articles
    assert bulletin.kind == "article" and bulletin.lines == tuple(page)
    assert 1 <= article.first_line == article.headline_line <= article.last_line <= len(page)
    assert [line.number for line in article.lines] == sorted({line.number for line in article.lines})
    assert all(bulletin.line(line.number) == line.text for line in article.lines)
    assert len(line_sections(bulletin)) == len(page)
    extract_bulletin(bulletin)  # every such article extracts without error


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("다음글 가상성, 수소 기금 조성", True),
        ("- 이전글가상시, 충전기 확충 25.06.02", True),  # a bullet before the word
        ("<저작권자(c) 가상뉴스, 무단 전재-재배포 금지>", True),
        ("※ 저작권자 ⓒ 가상경제, 무단전재-재배포 금지", True),
        ("ⓒ 가상통신 무단전재 금지", True),
        ("관련링크", True),
        ("※ 제1차 지침서는 2024년 11월 발표", False),  # a note of the article
        ("목표 달성을 위해 기업 100개를 지원", False),  # 목 … is no 목록
    ],
)
def test_end_of_article(text, ends):
    assert is_end_of_article(text) is ends


def test_a_title_written_as_a_sentence_above_its_date_line_is_the_headline():
    """News titles often end in a plain verb without a full stop; the date line under it tells
    it from a body sentence."""
    bulletin = parse(
        "江蘇 로봇산업 두 배로 키운다\n"
        "[2024-03-08, 09:10:11] 가상일보\n"
        "장쑤성 정부는 2027년까지 로봇 기업 300개를 육성하는 방안을 발표했다.\n"
    )
    (article,) = bulletin.articles
    assert article.headline == "江蘇 로봇산업 두 배로 키운다"
    assert bulletin.issue_date == date(2024, 3, 8)


def test_a_sentence_without_a_date_line_under_it_is_no_title():
    """The same plain-verb line with body text (not a date line) under it stays a sentence: the
    text is an article pasted without its title, both lines its body."""
    bulletin = parse(
        "장쑤성이 로봇산업을 두 배로 키운다\n"
        "장쑤성 정부는 2027년까지 로봇 기업 300개를 육성하는 방안을 발표했다.\n",
        default_date=date(2024, 3, 8),
    )
    assert bulletin.articles[0].headline == ""
    assert kinds(bulletin) == {1: "body", 2: "body"}


def test_a_sentence_title_with_its_outlet_line_above_the_date_line_is_the_headline():
    """News sites print the outlet ("출처: …") between the title and its date line; the title
    is still the plain-verb line above them."""
    bulletin = parse(
        "中 2030년까지 시내버스 전부 수소차로 바꾼다\n"
        "출처:가상통신 한국어판\n"
        "2024-05-14 10:20:30\n"
        "편집: 홍길동\n"
        "중국 당국은 2030년까지 시내버스 5만 대를 수소차로 바꾸는 계획을 발표했다.\n"
    )
    (article,) = bulletin.articles
    assert article.headline == "中 2030년까지 시내버스 전부 수소차로 바꾼다"
    assert bulletin.issue_date == date(2024, 5, 14)


# --- an article pasted from under its title ---------------------------------------------------


def test_an_article_pasted_without_its_title_is_read_from_its_first_sentence():
    text = (
        "가상시는 2일 배터리 재활용 방안을 내놓았다. 가상시는 재활용 기업 30개를 육성할 계획이다.\n"
        "hong@news.example.com 홍길동 기자\n"
        "원문 출처: 가상통신 한국어 서비스\n"
    )
    bulletin = parse(text, default_date=date(2025, 3, 4))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    assert kinds(bulletin)[1] == "body"
    assert kinds(bulletin)[3] == "source"  # the outlet line under the text is provenance, not a title
    (record,) = extract_bulletin(bulletin)
    assert (record.value_text, record.line, record.kind) == ("30개", 1, "target")


def test_an_untitled_page_under_its_source_line_or_its_byline_is_read():
    # "출처: 인민망 한국어판 19:03, July 31, 2015" or "오수연기자" above the text, no title
    for top in ("출처: 가상망 한국어판 19:03, July 31, 2025", "홍길동기자"):
        text = f"{top}\n가상시는 2일 배터리 재활용 방안을 내놓았다. 가상시는 재활용 기업 30개를 육성할 계획이다.\n"
        bulletin = parse(text, default_date=date(2025, 8, 4))
        assert bulletin.articles[0].headline == ""
        assert [(r.value_text, r.line) for r in extract_bulletin(bulletin)] == [("30개", 2)]
    # (the source line dates the page)
    assert parse(
        "출처: 가상망 한국어판 19:03, July 31, 2025\n가상시는 기업 30개를 육성할 계획이다.\n"
    ).issue_date == date(2025, 7, 31)


def test_a_brief_pasted_without_its_title_from_its_first_item_is_read():
    text = (
        "- 올해 주요 과제로 △개혁 심화 △소비 확대 등을 제시\n"
        "- 주요 지표 목표로는 △성장률 6% △신규 일자리 1,100만개를 제시\n"
    )
    bulletin = parse(text, default_date=date(2025, 3, 5))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    records = {r.value_text: (r.line, r.target_year) for r in extract_bulletin(bulletin)}
    assert records["6%"] == (2, 2025)


def test_a_paragraph_above_a_short_heading_is_the_article_not_page_chrome():
    paragraph = (
        "가상시 시장은 3일 업무 보고를 통해 올해 가상시의 경제 성장 목표를 공식 발표했다. "
        "가상시는 올해 지역총생산 성장률 목표를 6%로 설정하고 신규 일자리는 20만 개 이상 만들기로 했다."
    )
    text = f"{paragraph}\n가상시 주요 경제 지표 목표\n| 항목 | 목표치 |\n| 지역총생산 성장률 | 6% |\n"
    bulletin = parse(text, default_date=date(2026, 2, 3))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    records = extract_bulletin(bulletin)
    # the row restates the sentence's 6%: one record, at the sentence; both dated by the lead's 올해
    assert sorted((r.value_text, r.line, r.target_year) for r in records) == [
        ("20만 개", 1, 2026),
        ("6%", 1, 2026),
    ]


def test_a_short_sentence_above_the_title_is_still_page_chrome():
    text = "로그인이 필요합니다.\n가상시, 배터리 재활용 방안 발표\n2025-03-04\n가상시는 재활용 기업 30개를 육성할 계획이다.\n"
    article = parse(text).articles[0]
    assert (article.headline, article.headline_line) == ("가상시, 배터리 재활용 방안 발표", 2)


def test_an_untitled_article_is_shown_by_its_first_words_but_read_without_a_title():
    from etl.article import display_title

    text = "가상시는 2일 배터리 재활용 방안을 내놓았으며 재활용 기업 30개를 육성할 계획이다.\n"
    article = parse(text, default_date=date(2025, 3, 4)).articles[0]
    assert article.headline == ""  # the extractor reads no title into it
    assert (
        display_title(article)
        == "(제목 없음) 가상시는 2일 배터리 재활용 방안을 내놓았으며 재활용 기업 30개를 육성…"
    )
    (record,) = extract_bulletin(parse(text, default_date=date(2025, 3, 4)))
    assert record.article_title == display_title(article)


def test_a_title_with_a_reference_label_glued_to_it_is_the_headline():
    bulletin = parse(
        "[참고자료]올해 가상시 임대주택 용지 더 늘어…공급 확대 기대(가상망, 3.8)\n2025-03-09\n"
        "가상시는 올해 임대주택 용지 300ha를 공급할 계획이다.\n"
    )
    article = bulletin.articles[0]
    assert "임대주택 용지 더 늘어" in article.headline
    assert [r.value_text for r in extract_bulletin(bulletin)] == ["300ha"]


def test_an_untitled_page_may_keep_its_deck_above_the_text():
    # saved without its title: two short marked deck lines, then the article's sentences
    text = (
        "-2026년 내 계획\n-농촌 택배망 강화\n"
        "가상국이 물류 허브 확충에 나섰다.\n"
        "가상국 교통부는 2024년까지 40개, 2026년까지 모두 120개의 물류 허브를 만들 예정이다.\n"
    )
    bulletin = parse(text, default_date=date(2023, 5, 2))
    assert bulletin.articles[0].headline == ""
    records = {r.value_text: r.target_year for r in extract_bulletin(bulletin)}
    assert records == {"40개": 2024, "120개": 2026}


def test_short_marked_lines_alone_are_no_article():
    with pytest.raises(BulletinError, match="no recognisable"):
        parse("-2026년 내 계획\n-농촌 택배망 강화\n", default_date=date(2023, 5, 2))


def test_two_sentences_above_a_short_heading_are_the_untitled_articles_text():
    text = (
        "가상시 인민정부판공청은 지난 5일 '바이오 산업 혁신 지원 의견'을 발표했다.\n"
        "이에 포함되는 산업으로는 세포 치료와 첨단 의료기기 등이다.\n"
        "지원 보조금\n"
        "- 임상 시험 프로젝트마다 최대 800만 위안의 보조금을 제공한다.\n"
    )
    article = parse(text, default_date=date(2024, 8, 1)).articles[0]
    assert article.headline == "" and article.first_line == 1


def test_three_sentences_above_a_title_like_line_are_the_untitled_articles_text():
    # saved without its title; the sixth line is a sentence whose full stop was typed as a comma,
    # so it looks like a title: the sentences above it are the article, not page chrome
    text = (
        "가상국이 2030년까지 곡물 비축량을 지금의 3배인 900만t으로 늘릴 계획이다.\n"
        "가상국 발전위원회 부주임은 지난 3일 포럼에서 비축 계획을 밝혔다.\n"
        "부주임은 2030년에 900만t을 비축하고 2035년에는 1200만t으로 늘릴 계획이라고 말했다.\n"
        "가상국 곡물공사는 남부 항구에 30만t 규모의 비축기지를 짓는 것으로 알려졌다,\n"
        "비축기지는 내년에 완공된다.\n"
    )
    bulletin = parse(text, default_date=date(2024, 5, 3))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    assert ("900만t", 1) in [(r.value_text, r.line) for r in extract_bulletin(bulletin)]


def test_one_chrome_sentence_and_a_deck_above_a_title_stay_page_chrome():
    text = (
        "로그인이 필요합니다.\n회원가입 후 이용하세요.\n"
        "가상시, 배터리 재활용 방안 발표\n2025-03-04\n가상시는 재활용 기업 30개를 육성할 계획이다.\n"
    )
    article = parse(text).articles[0]
    assert (article.headline, article.headline_line) == ("가상시, 배터리 재활용 방안 발표", 3)


def test_a_photo_caption_under_an_untitled_lead_is_no_title():
    text = (
        "[가상통신 가상시 5월3일] 가상성이 앞으로 3년간 데이터 인프라에 300억 위안 이상을 투자하겠다고 밝혔다.\n"
        "4월 2일 촬영한 가상성 데이터센터 전경. (사진/홍길동 기자)\n"
        "관련 자금은 데이터 플랫폼 개발에 쓰이게 된다.\n"
    )
    bulletin = parse(text, default_date=date(2024, 5, 3))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    assert [(r.value_text, r.line) for r in extract_bulletin(bulletin)] == [("300억 위안", 1)]


def test_a_page_of_diamond_bullets_with_no_title_is_an_untitled_article():
    # a brief saved without its title: every paragraph opens with ◆ and none ends with a full stop
    text = (
        "◆ 가상시 정부는 5일 '26년 연간 2,000만 t 이상의 배출을 관리하기 위해 600여 개 기업을 "
        "대상으로 배출권 시범사업을 실시할 예정이라고 발표\n"
        "- 동 정부는 배출권 대부분을 무상으로 할당할 방침\n"
    )
    bulletin = parse(text, default_date=date(2025, 3, 4))
    assert bulletin.articles[0].headline == ""
    records = {r.value_text: r.target_year for r in extract_bulletin(bulletin)}
    assert records["600여 개"] == 2026


def test_a_paragraph_cut_short_after_a_sentence_is_no_headline():
    # a saved excerpt: a short quoted figure on top, then paragraphs, the last one cut mid-word
    text = (
        "‘50조 위안’\n"
        "가상국 당국이 2030년까지 추구하는 디지털 경제 규모다.\n"
        "가상국 당국은 최근 산업정보화 전국회의를 개최했다. 회의는 올해 업무과제를 발표했다.\n"
        "성은 3개년 실행 계획을 추진키로 했다. 또 스마트 팩\n"
    )
    bulletin = parse(text, default_date=date(2025, 1, 10))
    assert [line.number for line in bulletin.articles[0].lines if line.kind == "body"][:2] == [2, 3]


def test_a_caption_closed_by_a_full_stop_under_the_lead_is_no_title():
    # "울창한 숲으로 뒤덮인 가상산 풍경." under two paragraphs: a caption without its credit; a title ends with no stop
    text = (
        '최근 성정부의 배치에 따라 "가상성 녹색 선행구 건설 실시방안"을 인쇄발부한 것으로 알려졌다.\n'
        '"실시방안"에 따르면 2026년까지 가상시는 초미세먼지 평균 농도를 22마이크로그람/립방미터 이하로 '
        "낮추고 삼림피복률을 80%로 높일 계획이다.\n"
        "울창한 숲으로 뒤덮인 가상산 풍경.\n"
        "2030년까지 가상시의 생태환경질을 안정적으로 높인다.\n"
    )
    bulletin = parse(text, default_date=date(2024, 12, 10))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 1)
    assert ("80%", 2026) in {(r.value_text, r.target_year) for r in extract_bulletin(bulletin)}


def test_a_bracketed_photo_caption_above_an_untitled_text_is_skipped():
    # "(자료사진:…)" as the first line of a text saved without its title
    text = (
        "(자료사진:가상산 풍경)\n"
        "가상성과 나라국이 함께하는 조림 프로젝트가 올해 가상시에서 개시됩니다.가상성 정부는 생태 정돈을 다그쳤습니다.\n"
        "조림 프로젝트는 2026년까지 모두 800헥타르에 나무를 심을 계획입니다.\n"
    )
    bulletin = parse(text, default_date=date(2025, 3, 29))
    assert bulletin.articles[0].first_line == 2
    assert [(r.value_text, r.target_year) for r in extract_bulletin(bulletin)] == [("800헥타르", 2026)]


def test_a_title_run_together_with_its_decks_is_a_title_while_it_fits_a_title_without_spaces():
    # a title and its decks copied onto one line: 124 characters with spaces, 87 without
    title = (
        "지난해 가상국 바이오 투자 12억달러 전년比 40% ↓ 가상시, 연구 · 임상 · 상업화 및 마케팅 · 투자 등 "
        "지원 계획 발표 해외 기업 지역본부 · 연구 센터에도 최대 1억 위안 현금 지원 임상 시험 단계별 보조금 지급"
    )
    assert len(title) > 100 >= len("".join(title.split()))
    text = title + "\n가상시가 바이오 산업을 키우려고 기업마다 최대 1억 위안을 지원하는 계획을 발표했다.\n"
    article = parse(text, default_date=date(2024, 8, 26)).articles[0]
    assert article.headline == title
    # (one character more without spaces, and the line is text)
    longer = (
        title.replace("단계별", "단계별로 나누어 연구 개발 비용의 절반까지")
        + "\n가상시는 지원 계획을 발표했다.\n"
    )
    assert len("".join(longer.split("\n")[0].split())) > 100
    assert parse(longer, default_date=date(2024, 8, 26)).articles[0].headline == ""


def test_a_page_opening_with_its_text_in_another_language_is_read_from_the_korean_text():
    text = (
        "Virtualia plans a new state fund for its chip industry, a news agency reported. "
        "The fund would raise 200 billion yuan, and the finance ministry would put in about a fifth.\n"
        "가상국이 반도체 산업을 키우려고 새 국가 펀드를 만든다고 통신사가 보도했다. "
        "가상국은 2천억 위안을 모금하는 것을 목표로 하고 있다.\n"
    )
    bulletin = parse(text, default_date=date(2023, 9, 6))
    article = bulletin.articles[0]
    assert (article.headline, article.first_line) == ("", 2)
    assert [(r.value_text, r.line) for r in extract_bulletin(bulletin)] == [("2천억 위안", 2)]
    # text in another language alone is still no article
    with pytest.raises(BulletinError, match="no recognisable"):
        parse(text.split("\n")[0] + "\n", default_date=date(2023, 9, 6))


def test_a_title_asking_what_follows_above_its_date_line_is_the_headline():
    # a board item: its title ends on "…는" (a question), ⚪ bullets, the last one cut off mid-word
    text = (
        "가상국 인구 300만 도시 정착 요건 개방, 가장 큰 수혜 도시는\n"
        "2019-04-10\n"
        "□ 가상국 정부가 상주인구 300만 도시의 정착 요건을 풀기로 했음.\n"
        "⚪ 가상국 발전위원회는 최근 도시화 중점 임무에 관한 통지를 발표했음.\n"
        "- 가상국 정부는 2020년까지 5천만 명의 인구를 도시에 정착시킨다는 방침임.\n"
        "⚪ 가상국 주택부가 매년 출판하\n"
    )
    bulletin = parse(text)
    article = bulletin.articles[0]
    assert article.headline == "가상국 인구 300만 도시 정착 요건 개방, 가장 큰 수혜 도시는"
    assert bulletin.issue_date == date(2019, 4, 10)
    assert kinds(bulletin)[6] == "body"  # the cut-off ⚪ line is an item of the text, no title
    assert ("5천만 명", 2020) in [(r.value_text, r.target_year) for r in extract_bulletin(bulletin)]


def test_an_old_newspaper_deck_above_the_text_is_no_body_item():
    # a 1990s page saved from its deck down: a "◎…/…" line of a title's length, then the text
    text = (
        "◎해안 철도 건설에 총력/2천년까지 모두 3천2백억불 투입계획\n"
        "가상국은 요즘 기반시설 확충에 힘을 쏟고 있다.가상국 정부는 오는 2000년까지 해안 철도 1천8백㎞를 "
        "새로 놓고 항만 12곳을 넓힐 계획이다.\n"
        "▷해안 철도◁\n"
        "남쪽 항구에서 북쪽 국경까지 이어지는 철로를 놓는 사업이다.\n"
    )
    bulletin = parse(text, default_date=date(1994, 2, 8))
    assert (bulletin.articles[0].headline, bulletin.articles[0].first_line) == ("", 2)
    assert {r.value_text: r.target_year for r in extract_bulletin(bulletin)} == {
        "1천8백㎞": 2000,
        "12곳": 2000,
    }


def test_an_outlets_name_in_brackets_above_untitled_text_and_a_cut_last_line():
    # "[산업일보]" over the text, whose last paragraph the page cut off short, like a title
    text = (
        "[가상일보]\n"
        "가상시는 2027년까지 충전소 500곳을 새로 지을 계획이다. 시는 이를 위해 3억 위안을 투입한다.\n"
        "가상 무역관 측은 “최근 국제 에너지 수급상황에 더해 가상시는 심각한 대기오염\n"
    )
    bulletin = parse(text, default_date=date(2017, 3, 1))
    assert (bulletin.articles[0].headline, bulletin.articles[0].first_line) == ("", 2)
    assert {r.value_text for r in extract_bulletin(bulletin)} == {"500곳", "3억 위안"}


def test_a_deck_under_the_date_line_is_the_subheadline_and_restates_the_body():
    # a web page: title, its date line, a deck of short lines, then the story; the deck's figure the
    # story states again is restated (kept once, from the body), the one only the deck gives stays
    page = (
        "가상성 정부 업무보고 발표\n"
        "등록 2025.03.05 10:00:00\n"
        "연구개발비 8% 증액…성장률 6% 목표\n"
        "[가상시=통신] 가상성 정부는 5일 업무보고에서 올해 약 6%의 경제성장을 목표로 할 것이라고 밝혔다.\n"
    )
    bulletin = parse(page)
    assert kinds(bulletin)[3] == "subheadline"
    records = {(r.line, r.value_text): r.kind for r in extract_bulletin(bulletin)}
    assert records == {(3, "8%"): "target", (4, "6%"): "target"}


def test_a_deck_line_is_no_lead_sentence_that_dates_the_figures_above_it():
    # title, deck of results, deck of this year's goal, then the story: the second deck sets no
    # deadline for the first (with or without a date line between title and deck)
    for date_line in ("2025-03-05\n", ""):
        page = (
            f"가상성의 지난해 경제성적과 올해 기회는?\n{date_line}"
            "수출 24.8% 증가, 대가상 무역 8.2% 증가\n"
            "2025년 성장률 목표 6%로 설정, 환경 정책 추진 시사\n"
            "가상성은 지난해 경제를 회복시켰다.\n"
        )
        records = {r.value_text: r.kind for r in extract_bulletin(parse(page, default_date=date(2025, 3, 5)))}
        assert records == {"6%": "target"}, date_line


def test_a_table_flattened_into_spaced_text_gives_one_record_per_plan_year_cell():
    # "2016년 2017년 목표치" over "경제성장률 6.70% 6.50%": a web page's table copied as text; the
    # plan's column is the target, the year before it what was reached; each cell prints its unit
    bulletin = parse(
        "가상국 올해 경제 목표 발표\n2025-03-06\n"
        "가상국 정부가 올해 주요 경제 목표를 발표했다.\n"
        "주요 지표 추이\n"
        "2024년 2025년 목표치\n"
        "경제성장률 5.2% 5%\n"
        "철강생산능력 감소량 4,000만톤 3,000만톤\n"
        "국내총생산 120조3,000억위안 126조위안\n"
        "총리는 협력을 강조했다.\n"
    )
    kinds_of = kinds(bulletin)
    assert [kinds_of[n] for n in (5, 6, 7, 8, 9)] == ["table", "table", "table", "table", "body"]
    records = extract_bulletin(bulletin)
    assert [(r.value_text, r.value, r.unit, r.target_year) for r in records] == [
        ("5%", 5, "percent", 2025),
        ("3,000만톤", 30_000_000, "t", 2025),
        ("126조위안", 126e12, "CNY", 2025),
    ]


def test_a_line_of_years_over_prose_is_no_table():
    # years in a line of their own with no rows of figures under them stay text
    bulletin = parse(
        "가상국 계획 발표\n2025-03-06\n가상국 정부가 올해 계획을 발표했다고 밝혔다.\n2024년 2025년\n"
        "가상국은 2030년까지 공장 50곳을 짓는다.\n"
    )
    assert "table" not in kinds(bulletin).values()


def test_an_untitled_page_under_its_date_line_and_relayed_outlet_is_read():
    # "2016년10월03일 09:31" / "출처: 중앙인민방송국" above the text, no title
    text = "2025년03월04일 09:31\n출처: 가상방송국\n가상시는 2일 배터리 재활용 방안을 내놓았다. 가상시는 재활용 기업 30개를 육성할 계획이다.\n"
    bulletin = parse(text)
    assert bulletin.articles[0].headline == ""
    assert bulletin.issue_date == date(2025, 3, 4)
    assert [(r.value_text, r.line) for r in extract_bulletin(bulletin)] == [("30개", 3)]
