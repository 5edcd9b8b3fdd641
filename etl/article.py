"""Text → Bulletin of kind "article": one article saved from a web page or pasted.

The publisher's website (and research institutes' and news sites) give each article
a page of its own. Saved as text or pasted, such an item is laid out as

    [page chrome: menus, the site's banner, a byline above the title]
    headline                                  (maybe printed twice, maybe "… 원문보기 1")
    [metadata: "- 국가 중국", "- 원문발표일 2025-03-05", "• 등록일2025.03.21", "조회수 57",
     a byline "2019-03-11 11:42:08 출처:cri" or "작성자 … 작성일 25-03-10 14:31"]
    [■ sub-headline]
    body: □ ○ - bullets, or running prose with one long line per paragraph
    [<참고자료> entries, 출처: outlet + URL, a date line]
    [page chrome: 이전글 / 다음글 / 목록 / 관련기사 / 공유하기 / copyright …]

It becomes a Bulletin with one Article, so extraction and loading treat it as they
treat a whole bulletin; its id is the file stem.

The headline is a headline-like line (Korean, short, no bullet, no sentence, no metadata,
not a chrome word of etl/data/article.toml) above the first line of article text: one
printed twice, else the last one above the metadata block, else the first; a line of
fewer than MIN_HEADLINE_CHARS only where there is no longer one.

Its issue date is, in this order (the first rule that finds one decides):
  1. a publication date: the date after a publication label (등록일, 게시일, 작성일,
     발행일, 입력 … in etl/data/article.toml), on a metadata line or a byline;
  2. a date line: a short line above or below the body that is a date with at most
     a time, an outlet or a view count beside it ("2019-03-11 11:42:08 출처:cri");
  3. the announcement the article reports: the date after an announcement label
     (원문발표일, 발표일 …) or a whole date in brackets on the article's lines
     ("… 추진(25.12.19)", "<참고자료> (25.12.19, 科技部)") — the latest one, since an
     article is published on or after what it reports;
  4. the date given on the command line (`--date YYYY-MM-DD`).
With none of these the file is refused with a reason that names `--date`. Dates in
running prose ("2027년 12월 31일까지") are never used: they date events, deadlines
among them, not the article. Metadata counts only above and below the body: inside
it a dated line is article text.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from etl import dates, parse
from etl.config import REFERENCE_DIR
from etl.model import Article, Bulletin, Line, Reference
from etl.read import BulletinError

LAYOUT_FILE = REFERENCE_DIR / "article.toml"

KIND = "article"

# Metadata values are short ("중국", "2025-03-21", "269"); a longer line is article text.
MAX_METADATA_VALUE_CHARS = 40
# A date line is short: a date, maybe a time, an outlet or a byline.
MAX_DATE_LINE_CHARS = 60
# What may stand beside the date on a date line without making it a sentence.
DATE_LINE_HANGUL_LEFT = 12
# A byline with fields ("작성자 … 조회 3,375회 작성일 25-03-10 14:31") is no longer than this.
MAX_BYLINE_CHARS = 100
# A headline has at least this many characters (spaces aside): "주요동향", "게시판" are page chrome.
MIN_HEADLINE_CHARS = 8

# Bullets and marks a metadata line may start with: "- 국가 중국", "• 등록일2023.12.05"
METADATA_MARK = re.compile(r"^[-–•·*▪◦]\s*")
# A time beside a date: "11:42:08", "10:00", "07시12분"
TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*시\s*\d{1,2}\s*분")
# The outlet named on a byline: "출처:cri", "출처: 가상통신"
OUTLET = re.compile(r"출처\s*[:：].*$")
# A page's view count on a byline: "조회:4599", "조회수 57"
VIEW_COUNT = re.compile(r"조회수?\s*[:：]?\s*[\d,]+")
# The references heading of a web item, bracketed or not, maybe with its first entry after it:
# "<참고자료> (25.12.19, 科技部) …", "〈참고자료〉", "[참고자료]", "참고자료"
REFERENCES_HEADING = re.compile(r"^[<〈《\[【(]?\s*참고\s*자료\s*[>〉》\]】)]?\s*:?\s*(?P<rest>.*)$")
# A site's category label glued to a Korean title: "[참고자료]올해 中 보장성 임대주택 …" is a title.
LABELLED_TITLE = re.compile(r"^[\[【]\s*참고\s*자료\s*[\]】]\s*[가-힣中]")
# Marks a body line starts with; such a line is article text, never a headline. Unlike a
# bulletin's headline (parse.NOT_HEADLINE_START), a web title may open with a bracket or a quote.
BODY_MARK = tuple("□○◦●•·▶►▷-–—※*☑☞▽■🔳❍◎▲△◊◆◇❏⚪")
# The end of a sentence: "…밝혔다.", "…추진함", "…계획임."
SENTENCE_END = re.compile(r"(?:다|함|임|음)\s*\.?\s*$")
# A sentence ended inside a line, with more text after it: a paragraph cut short ("…추진키로 했다. 또
# 스마트 팩"), never a title.
INNER_SENTENCE_END = re.compile(r"(?:다|함|임|음)\.\s+\S")
# A line wholly in square brackets: a photo credit or a box title, "[사진 출처: 하이난성 정부]"
BRACKETED_LINE = re.compile(r"^\[[^\]]*\]$")
# A title's actor and its comma: "中 과기부, …", "저장성, …", "[중국 양회] 리창 총리, …"
TITLE_ACTOR = re.compile(r"^(?:\[[^\]]*\]\s*)?[^\s,]{1,12}(?:\s[^\s,]{1,12})?,\s")
# What may close a title after its verb: "… 발표 [CNN]", "… 수립(종합)", "… 추진…"
TITLE_TAIL = re.compile(r"(?:\s*[\[(][^\])]*[\])]|[\s.…]+)$")
QUOTE_MARKS = "‘’'「」『』《》“”\""
# A reporter's or a desk's address on a byline: "kr@example.cn", "hong@news.example.com"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# What a line of page chrome may open with before its word: "< Copyright ⓒ …", "- 이전글…"
CHROME_LEAD = re.compile(r"^[-–•·*※<\[(\s]+")


class UndatedArticleError(BulletinError):
    """A single article with no date in its text and none given: the fix is `--date`."""


@dataclass(frozen=True)
class Layout:
    publication_labels: tuple[str, ...]
    announcement_labels: tuple[str, ...]
    metadata_labels: tuple[str, ...]
    end_of_article: tuple[str, ...]
    chrome: frozenset[str]
    chrome_words: tuple[str, ...]
    headline_tails: tuple[str, ...]
    title_verbs: tuple[str, ...]
    item_title_marks: tuple[str, ...]
    untitled_mark: str
    photo_credit_words: tuple[str, ...]

    @property
    def label_pattern(self) -> re.Pattern:
        """A metadata line: optional bullet, a label, an optional ':' or '|', the value. The label
        is a word of its own: "국가 중국", not "국가발전개혁委 에너지硏 제시" (a headline)."""
        labels = {*self.publication_labels, *self.announcement_labels, *self.metadata_labels}
        alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
        return re.compile(rf"^(?P<label>{alternation})(?![가-힣A-Za-z])\s*[:：|]?\s*(?P<value>.*)$")

    @property
    def dated_field_pattern(self) -> re.Pattern:
        """A publication or announcement label followed by a date, anywhere on a byline."""
        labels = {*self.publication_labels, *self.announcement_labels}
        alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
        return re.compile(rf"(?P<label>{alternation})\s*[:：|]?\s*(?=[\d'’′])")

    @property
    def photo_credit_pattern(self) -> re.Pattern:
        """A photo credit closing a line: "[EPA=연합뉴스 자료사진]", "(사진=신화통신)"."""
        words = "|".join(re.escape(word) for word in self.photo_credit_words)
        return re.compile(
            rf"[\[(（【][^\[\]()（）【】]{{0,30}}(?:{words})[^\[\]()（）【】]{{0,30}}[\])）】]\s*$"
        )


@cache
def layout() -> Layout:
    with LAYOUT_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    return Layout(
        publication_labels=tuple(data["publication_labels"]),
        announcement_labels=tuple(data["announcement_labels"]),
        metadata_labels=tuple(data["metadata_labels"]),
        end_of_article=tuple(data["end_of_article"]),
        chrome=frozenset(data["chrome"]),
        chrome_words=tuple(data["chrome_words"]),
        headline_tails=tuple(data["headline_tails"]),
        title_verbs=tuple(data["title_verbs"]),
        item_title_marks=tuple(data["item_title_marks"]),
        untitled_mark=data["untitled_mark"],
        photo_credit_words=tuple(data["photo_credit_words"]),
    )


# How much of the first sentence names an article pasted without its title.
_UNTITLED_WORDS = 40


def display_title(article: Article) -> str:
    """The article's title as shown: its headline, or for text pasted without one the mark and
    its first words. The extractor reads `article.headline` ("" then), never this."""
    if article.headline:
        return article.headline
    first = next((line.text.strip() for line in article.lines if line.kind == "body"), "")
    opening = first[:_UNTITLED_WORDS] + ("…" if len(first) > _UNTITLED_WORDS else "")
    return f"{layout().untitled_mark} {opening}".strip()


def is_item_title(text: str) -> bool:
    """The title of one item of a newsletter page: "♣ 장시성, 2024년 '1269' 행동계획 발표"."""
    return text.lstrip().startswith(layout().item_title_marks)


@cache
def _label_pattern() -> re.Pattern:
    return layout().label_pattern


@cache
def _dated_field_pattern() -> re.Pattern:
    return layout().dated_field_pattern


# ---------------------------------------------------------------- the lines of a page


@dataclass(frozen=True)
class Metadata:
    """A metadata line: its label (None for a bare date line) and the date it carries, if any."""

    label: str | None
    day: date | None


def metadata_of(text: str) -> Metadata | None:
    """The line as page metadata, or None: a labelled field ("- 등록일 2025-03-21", "- 국가 중국"),
    a byline with a dated field ("작성자 … 작성일 25-03-10 14:31"), or a date line
    ("2019-03-11 11:42:08 출처:cri")."""
    bare = METADATA_MARK.sub("", text).strip()
    match = _label_pattern().match(bare)
    if match and _is_label_value(match.group("label"), match.group("value")):
        # a later field of the same line may carry the date: "작성자 관리자 작성일 2018-06-15"
        if (dated := _dated_field(bare)) and not _is_dated_label(match.group("label")):
            return dated
        return Metadata(match.group("label"), dates.first_date(match.group("value")))
    if dated := _dated_field(text):
        return dated
    if is_date_line(text):
        return Metadata(None, dates.first_date(text))
    return None


def _dated_field(text: str) -> Metadata | None:
    """A short line that is no sentence and carries "LABEL DATE" somewhere: a byline's fields."""
    if len(text) > MAX_BYLINE_CHARS or text.startswith(BODY_MARK) or SENTENCE_END.search(text):
        return None
    for match in _dated_field_pattern().finditer(text):
        mentions = dates.find_dates(text[match.end() :])
        if mentions and mentions[0].start == 0:
            return Metadata(match.group("label"), mentions[0].day)
    return None


def is_date_line(text: str) -> bool:
    """A byline or dateline: a date with at most a time, an outlet, a view count beside it
    ("2019-03-11 11:42:08 출처:cri", "가상미디어 2015년10월27일 07시12분 조회:4599"). A bullet
    ("- 2027년 12월 31일까지 시범 해역 10곳을 지정") or a line with other numbers is article text."""
    if len(text) > MAX_DATE_LINE_CHARS or text.startswith(BODY_MARK) or SENTENCE_END.search(text):
        return False
    mentions = dates.find_dates(text)
    if not mentions:
        return False
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = VIEW_COUNT.sub(" ", TIME.sub(" ", OUTLET.sub(" ", rest)))
    return not re.search(r"\d", rest) and len(parse.HANGUL.findall(rest)) <= DATE_LINE_HANGUL_LEFT


def _is_label_value(label: str, value: str) -> bool:
    """A label's value is short and, for a dated label, is a date ("등록 기업 수 …" is text)."""
    if len(value) > MAX_METADATA_VALUE_CHARS or SENTENCE_END.search(value):
        return False
    if _is_dated_label(label):
        return bool(dates.find_dates(value))
    # an undated label has a short value: "국가 중국", "조회수 269", "작성자 관리자 작성일 2018-06-15"
    return bool(value) and len(value.split()) <= 3


def _is_dated_label(label: str) -> bool:
    return label in layout().publication_labels or label in layout().announcement_labels


def is_end_of_article(text: str) -> bool:
    return CHROME_LEAD.sub("", text).startswith(layout().end_of_article)


def is_chrome(text: str) -> bool:
    return text in layout().chrome


def is_body_text(text: str) -> bool:
    """A line only article text looks like: a bullet, a sentence, a paragraph (a bare mark such as a
    menu's "-" is none)."""
    if not re.search(r"\w", text):
        return False
    return text.startswith(BODY_MARK) or bool(SENTENCE_END.search(text)) or parse.longer_than_a_title(text)


def headline_text(text: str) -> str:
    """The headline without the link words a page prints after it ("… 발표 원문보기 1")."""
    for tail in layout().headline_tails:
        text = re.sub(rf"\s*{re.escape(tail)}\s*\d*\s*$", "", text)
    return text.strip()


def is_headline(text: str) -> bool:
    """A short Korean line that is not a bullet, a metadata line, a source, a URL or page chrome."""
    return (
        bool(parse.HANGUL.search(text))
        and not parse.longer_than_a_title(text)
        and not text.startswith(BODY_MARK)
        and not SENTENCE_END.search(text)
        and not INNER_SENTENCE_END.search(text)
        and not is_chrome(text)
        and not parse.SOURCE.match(text)
        and (not REFERENCES_HEADING.match(text) or bool(LABELLED_TITLE.match(text)))
        and not parse.is_url(text)
        and not EMAIL.search(text)
        and not BYLINE.search(text)
        and not LEAD_IN.search(text)
        and metadata_of(text) is None
    )


# A line that opens what follows, not a title: "8대 목표는" over the goals' bullets, "주요 내용:".
LEAD_IN = re.compile(r"(?:은|는|[:：])\s*$")


# A reporter's byline under the text: "진보(靳博) 기자", "홍길동 특파원".
BYLINE = re.compile(r"(?:기자|특파원|통신원)\s*$")
# … of a name's length, when it stands alone above the text: "오수연기자", "베이징=홍길동 특파원".
_BYLINE_ALONE_CHARS = 20


# ---------------------------------------------------------------- the article's span


@dataclass(frozen=True)
class Span:
    """Where the article sits in the page: 0-based indices into the lines."""

    headline: int | None  # None: text pasted from under the title (its first line is a sentence)
    start: int  # the article's first line: the headline's, else the first sentence's
    end: int  # one past the article's last line (page chrome below is left out)
    metadata: dict[int, Metadata]  # metadata and date lines above, inside and below the body


def find_span(texts: list[str], file_name: str) -> Span:
    filled = [i for i, text in enumerate(texts) if text]
    metadata = metadata_blocks(texts, filled)
    headline = headline_index(texts, filled, metadata)
    untitled = untitled_start(texts, filled, metadata)
    # A paragraph above the first title-like line is the article's text, pasted without its
    # title; the short line below it is a heading of the body ("2026년 주요 지표 목표" over a
    # table). A short sentence up there may be page chrome ("로그인이 필요합니다.").
    if untitled is not None and (
        headline is None
        or untitled < headline
        and (
            is_paragraph(texts[untitled])
            # two sentences running above a line too short for a title: the text, and a heading of
            # its body ("지원 보조금" over the measures)
            or len(parse.compact(texts[headline])) <= _HEADING_CHARS
            and _sentences_above(texts, filled, untitled, headline) >= 2
            # three sentences running above a title-like line are the text: page chrome never runs
            # so long (the line is the text's own, a sentence whose stop was typed as a comma)
            or _sentences_above(texts, filled, untitled, headline) >= _TEXT_SENTENCES
            # a line closed by a full stop under the text's sentences is a caption ("숲이 울창한
            # 가상산."): a title ends with no stop
            or texts[headline].rstrip().endswith(".")
            or not _body_lines(texts, filled, metadata, headline + 1)
        )
    ):
        # (a title-like last line with nothing under it, "… 강조했다. /송화강넷", closes the text)
        return _span(texts, filled, metadata, None, untitled)
    if headline is None:
        raise BulletinError(
            file_name,
            "no recognisable bulletin or article structure (no 발행일 colophon of a whole bulletin, "
            "no headline of a single article: its title on a line of its own above the text)",
        )
    if not _body_lines(texts, filled, metadata, headline + 1):
        raise BulletinError(
            file_name, "a headline but no article text under it (nor a whole bulletin)", headline + 1
        )
    return _span(texts, filled, metadata, headline, headline + 1)


def _sentences_above(texts: list[str], filled: list[int], start: int, headline: int) -> int:
    return sum(_opens_text(texts[i]) for i in filled if start <= i < headline)


# Lines of text above a title-like line that make it the untitled article's text.
_TEXT_SENTENCES = 3


def untitled_start(texts: list[str], filled: list[int], metadata: dict[int, Metadata]) -> int | None:
    """Where an article pasted without its title starts: its first line that is not metadata is a
    Korean sentence ("베이징시는 … 육성할 계획이다."), maybe under the deck the title had ("-2025년 내
    계획"). None when the text has no such opening."""
    # (a photo's caption may stand above the text: "(자료사진:돈황막고굴)"; so may the outlet's name
    # wholly in brackets: "[산업일보]")
    # (and a bilingual brief may open with the text in another language: the Korean text follows)
    opening = [
        i
        for i in filled
        if i not in metadata
        and not is_chrome(texts[i])
        and not _is_photo_caption(texts[i])
        and not BRACKETED_LINE.match(texts[i].strip())
        and not _is_foreign_paragraph(texts[i])
        # (nor a reporter's byline alone above the text: "오수연기자")
        and not (BYLINE.search(texts[i]) and len(parse.compact(texts[i])) <= _BYLINE_ALONE_CHARS)
        # (nor the outlet the page relays, under its date line: "2016년10월03일 09:31" / "출처: 가상방송국")
        and not parse.SOURCE.match(texts[i])
    ]
    decks = 0
    while decks < min(_MAX_DECK_LINES, len(opening) - 1) and _is_deck_item(texts[opening[decks]]):
        decks += 1
    if not opening or not _opens_text(texts[opening[decks]]):
        return None
    return opening[decks]


def _is_foreign_paragraph(text: str) -> bool:
    """A paragraph with no Korean in it: "China has made plans to … reported." above the Korean text."""
    return not parse.HANGUL.search(text) and is_paragraph(text)


def _opens_text(text: str) -> bool:
    return bool(parse.HANGUL.search(text)) and bool(
        SENTENCE_END.search(text)
        or is_paragraph(text)
        # a brief's first item: "- 주요 목표로는 △…를 제시" (an item of some length, not "- 첫째")
        or text.lstrip().startswith(_BULLETS)
        and len(parse.compact(text)) >= _ITEM_CHARS
    )  # (not "… 다음과 같다:")


def _is_deck_item(text: str) -> bool:
    """A short marked line that no sentence ends: "-지방 이커머스 강화"; or one of a title's length
    under a mark that opens no body item, the deck of an old newspaper page ("◎철로 부설 주력/2천년까지
    5천억불 투입계획")."""
    text = text.lstrip()
    return (
        text.startswith(BODY_MARK)
        and not SENTENCE_END.search(text)
        and (
            len(parse.compact(text)) < _ITEM_CHARS
            or not text.startswith(_BULLETS)
            and not parse.longer_than_a_title(text)
        )
    )


# The marks that open a body's items, never a title's; and the least an item that opens a text says.
_BULLETS = ("- ", "– ", "• ", "● ", "○", "⚪", "▶", "■", "□", "ㅇ ", "◦", "◆", "◇")
_ITEM_CHARS = 20
_MAX_DECK_LINES = 3
_HEADING_CHARS = 12


# A full stop that closes a sentence inside a line: "…발표했다. 가상시는 …"
_INNER_SENTENCE_END = re.compile(r"(?:다|함|임|음)\.\s+\S")


def is_paragraph(text: str) -> bool:
    """Several sentences, or one longer than any title: article text, never a page's chrome."""
    return parse.longer_than_a_title(text) or bool(_INNER_SENTENCE_END.search(text))


def is_running_prose(text: str) -> bool:
    """A paragraph of running prose, as a web article prints its text: not a bullet of a brief, not a
    row of a table flattened into tab-separated cells."""
    text = text.strip()
    return "\t" not in text and not text.startswith(BODY_MARK) and is_paragraph(text)


def _body_lines(texts: list[str], filled: list[int], metadata: dict[int, Metadata], start: int) -> list[int]:
    end = _end(texts, filled, start)
    return [i for i in filled if start <= i < end and i not in metadata and not is_chrome(texts[i])]


def _end(texts: list[str], filled: list[int], start: int) -> int:
    return next((i for i in filled if i > start and is_end_of_article(texts[i])), len(texts))


def _span(
    texts: list[str], filled: list[int], metadata: dict[int, Metadata], headline: int | None, start: int
) -> Span:
    body = _body_lines(texts, filled, metadata, start)
    # Metadata counts only above the body's text (a deck may stand between the title and the
    # byline) and below it; inside the body a dated line is text.
    first_text = next((i for i in body if is_body_text(texts[i])), body[0])
    kept = {
        i: found
        for i, found in metadata.items()
        if i < first_text or body[-1] < i < _end(texts, filled, start)
    }
    return Span(headline, start if headline is None else headline, max([body[-1], *kept]) + 1, kept)


def metadata_blocks(texts: list[str], filled: list[int]) -> dict[int, Metadata]:
    """Metadata lines, in runs of consecutive lines of which at least one carries a date.

    A lone "- 국가 중점 프로젝트 10개" looks like a "국가" label but is article text; a page's
    metadata always states when it was posted or announced.
    """
    found = {i: meta for i in filled if (meta := metadata_of(texts[i])) is not None}
    kept: dict[int, Metadata] = {}
    run: list[int] = []
    for i in [*filled, None]:  # consecutive non-blank lines; None closes the last run
        if i in found:
            run.append(i)
            continue
        if any(found[j].day for j in run):
            kept.update((j, found[j]) for j in run)
        run = []
    return kept


def headline_index(texts: list[str], filled: list[int], metadata: dict[int, Metadata]) -> int | None:
    """The headline, among the headline-like lines above the first line of article text
    (a bullet, a sentence, a paragraph) that follows one of them:

    1. a line printed twice there (pages repeat their title under the site's banner): the second;
    2. else, of those above a metadata block (a board shows "title / 등록일 / 조회수"), the one
       most like a title (title_score), the nearest to the block among equals;
    3. else, of all, the one most like a title, the first among equals.

    Lines shorter than MIN_HEADLINE_CHARS are taken only when no longer one is there.
    """
    for minimum in (MIN_HEADLINE_CHARS, 1):
        candidates, first_body = header_headlines(texts, filled, metadata, minimum)
        if candidates:
            break
    else:
        return None
    printed = Counter(texts[i] for i in candidates)
    repeated = [i for i in candidates if printed[texts[i]] > 1]
    if repeated:
        return repeated[-1]
    first_meta = next((i for i in sorted(metadata) if first_body is None or i < first_body), None)
    above = [i for i in candidates if first_meta is not None and i < first_meta]
    score = {i: title_score(texts[i]) for i in candidates}
    if above:
        return max(reversed(above), key=score.get)
    return max(candidates, key=score.get)


def header_headlines(
    texts: list[str], filled: list[int], metadata: dict[int, Metadata], minimum: int
) -> tuple[list[int], int | None]:
    """Headline-like lines of at least `minimum` characters above the first line of article text
    that follows one of them, and that line (a sentence above all of them is page chrome)."""
    headlines: list[int] = []
    for position, i in enumerate(filled):
        if i in metadata or _is_photo_caption(texts[i]):
            continue  # (a photo's caption under the lead is no title: "… 전경. (사진/가상 기자)")
        if (
            is_headline(texts[i]) or is_verb_title(texts[i], _dated_below(texts, filled, position, metadata))
        ) and len(parse.compact(texts[i])) >= minimum:
            headlines.append(i)
        elif headlines and is_body_text(texts[i]):
            return headlines, i
    return headlines, None


def _dated_below(texts: list[str], filled: list[int], position: int, metadata: dict[int, Metadata]) -> bool:
    """The next line is metadata, past the outlet lines a page may print between a title and its
    date line ("출처:가상망 한국어판" above "2023-02-06 08:24:46")."""
    following = (i for i in filled[position + 1 :] if not parse.SOURCE.match(texts[i]))
    return next(following, None) in metadata


def is_verb_title(text: str, dated_below: bool) -> bool:
    """A news title written as a sentence without its full stop ("상하이, 바이오산업 키운다"),
    printed right above its byline or date line: it reads as a sentence, but a sentence of the
    body ends with a full stop and never stands above the byline."""
    # (a title may ask what follows: "…, 수혜 도시는" above its date line is no lead-in)
    return (
        dated_below
        and not text.rstrip().endswith(".")
        and is_headline(LEAD_IN.sub("", SENTENCE_END.sub("", text.rstrip())) + " ")
    )


def title_score(text: str) -> int:
    """How much a line looks like a news title: an actor before a comma ("中 과기부, …", "저장성,
    …") +2, a quoted name +1, an announcing verb at its end (발표, 수립 …) +1, a word of page
    chrome in it (구독, 로그인 …) -2."""
    words = layout()
    ending = TITLE_TAIL.sub("", text)
    return (
        2 * bool(TITLE_ACTOR.match(text))
        + any(mark in text for mark in QUOTE_MARKS)
        + ending.endswith(words.title_verbs)
        - 2 * any(word in text for word in words.chrome_words)
    )


# ---------------------------------------------------------------- parse


def parse_article(
    lines: list[str],
    *,
    file_name: str,
    sha256: str,
    source_format: str,
    encoding: str,
    default_date: date | None = None,
) -> Bulletin:
    """A single article's text as a one-article Bulletin; BulletinError when it is none."""
    texts = [parse.plain(raw) for raw in lines]
    span = find_span(texts, file_name)
    article_lines = read_lines(lines, texts, span)
    issue_date = issue_date_of(article_lines, span, default_date, file_name)
    subheadline = next((line for line in article_lines if line.kind == "subheadline"), None)
    # a metadata line is a reference only where it gives a URL ("원문 https://…")
    content = [
        line for line in article_lines if line.number - 1 not in span.metadata or parse.url_in(line.text)
    ]
    article = Article(
        seq=1,
        part=None,
        category=None,
        number=None,
        headline="" if span.headline is None else headline_text(texts[span.headline]),
        headline_line=span.start + 1,
        subheadline=parse.subheadline_text(subheadline) if subheadline else None,
        subheadline_line=subheadline.number if subheadline else None,
        announced_on=announced_on(article_lines, span, issue_date),
        first_line=span.start + 1,
        last_line=article_lines[-1].number,
        lines=tuple(article_lines),
        tables=parse.tables_of(article_lines),
        references=references_of(content),
    )
    return Bulletin(
        id=Path(file_name).stem,
        file_name=file_name,
        sha256=sha256,
        issue_date=issue_date,
        publisher=None,
        organisation=None,
        source_format=source_format,
        encoding=encoding,
        lines=tuple(lines),
        summary=(),
        contents=(),
        articles=(article,),
        kind=KIND,
    )


def read_lines(lines: list[str], texts: list[str], span: Span) -> list[Line]:
    """Every non-blank line from the headline to the article's end, with its kind."""
    out = [] if span.headline is None else [Line(span.headline + 1, lines[span.headline], "headline")]
    in_references = after_source = False
    for index in range(span.start + (span.headline is not None), span.end):
        raw, text = lines[index], texts[index]
        if not text:
            continue
        furniture = index in span.metadata or is_chrome(text)
        kind, in_references, after_source = line_kind(raw, text, furniture, in_references, after_source)
        # (the deck may stand under the page's date line: "등록 2024.03.05 …" between them)
        if kind == "body" and _only_the_headline(out) and _is_subheadline(text):
            kind = "subheadline"
        out.append(Line(index + 1, raw, kind))
    return parse.mark_spaced_tables(out)


def line_kind(
    raw: str, text: str, furniture: bool, in_references: bool, after_source: bool
) -> tuple[str, bool, bool]:
    """(kind, in_references, after_source) for one line of the article, as BodyReader.kind_of does
    for a bulletin; the page's metadata and chrome are sources (provenance, never read for numbers),
    a line wholly in square brackets ("[사진 출처: …]") or closed by a photo credit a caption."""
    if furniture:
        return "source", in_references, True
    if REFERENCES_HEADING.match(text):
        return "reference", True, False
    if parse.is_table_row(raw, text):
        return "table", in_references, False
    if parse.SOURCE.match(text):
        return "source", in_references, True
    if parse.is_url(text) and after_source:
        return "source", in_references, False
    if in_references:
        return "reference", True, False
    if parse.is_caption(text) or BRACKETED_LINE.match(text) or _is_photo_caption(text):
        return "caption", False, False
    return "body", False, False


# A photo caption is a sentence or two; a paragraph longer than this is article text.
CAPTION_CHARS = 250


def _is_photo_caption(text: str) -> bool:
    return len(text) <= CAPTION_CHARS and bool(layout().photo_credit_pattern.search(text))


def references_of(lines: list[Line]) -> tuple[Reference, ...]:
    """As for a bulletin, but a web item's entry opens with the date and issuer in brackets
    ("<참고자료> (25.12.19, 科技部) 关于…"): that is no part of the title."""
    return tuple(
        replace(reference, title=_undated_title(reference.title)) for reference in parse.references_of(lines)
    )


def _undated_title(title: str | None) -> str | None:
    if title is None:
        return None
    match = dates.BRACKETED_DATE.match(title)
    if match and dates.bracketed_dates(match.group(0)):
        title = title[match.end() :].strip()
    return title or None


def _only_the_headline(lines: list[Line]) -> bool:
    """The lines read so far are the headline and, maybe, the page's date or source lines."""
    return bool(lines) and lines[0].kind == "headline" and all(line.kind == "source" for line in lines[1:])


def _is_subheadline(text: str) -> bool:
    """The ■ line under a headline, or a short line that is no sentence and no bullet (a deck)."""
    if _SECTION_NUMBER.match(text):  # "1. 2024년 업무 회고": the body's first section, no deck
        return False
    return text.startswith(parse.SUBHEADLINE_MARKS) or is_headline(text)


_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")


# ---------------------------------------------------------------- dates


def issue_date_of(article_lines: list[Line], span: Span, default_date: date | None, file_name: str) -> date:
    """The article's date by the rules in the module docstring."""
    found = sorted(span.metadata.items())
    labels = layout()
    published = [meta.day for _, meta in found if meta.day and meta.label in labels.publication_labels]
    date_lines = [meta.day for _, meta in found if meta.day and meta.label is None]
    announced = announcement_dates(article_lines, span)
    for candidates in (published, date_lines):
        if candidates:
            return candidates[0]
    if announced:
        return max(announced)
    if default_date is not None:
        return default_date
    raise UndatedArticleError(
        file_name,
        "a single article without a date: none printed (등록일, a date line, or a bracketed "
        "announcement date such as (25.12.19)); pass --date YYYY-MM-DD",
    )


def announcement_dates(article_lines: list[Line], span: Span) -> list[date]:
    """Dates of the announcement the article reports: labelled, or whole dates in brackets."""
    labelled = [
        meta.day for meta in span.metadata.values() if meta.day and meta.label in layout().announcement_labels
    ]
    bracketed = [day for line in article_lines for day in dates.bracketed_dates(parse.plain(line.text))]
    return labelled + bracketed


def announced_on(article_lines: list[Line], span: Span, issue_date: date) -> date | None:
    """The announcement date: labelled (원문발표일), else the bracketed date closing the headline,
    the ■ line or the lead line — a whole date "(25.12.19)" or a month and day "(6.28)"."""
    labelled = [
        meta.day
        for _, meta in sorted(span.metadata.items())
        if meta.day and meta.label in layout().announcement_labels
    ]
    if labelled:
        return labelled[0]
    lead = [line for line in article_lines if line.kind in ("headline", "subheadline", "body")][:3]
    for line in lead:
        text = parse.plain(line.text)
        whole = dates.bracketed_dates(text)
        if whole:
            return whole[-1]
        match = parse.ANNOUNCED.search(text)
        if match:
            return parse.resolve_day(int(match.group(1)), int(match.group(2)), issue_date)
    return None


def line_sections(bulletin: Bulletin) -> list[tuple[str, int | None]]:
    """(section, article seq) per line: the article's lines, and page chrome around it."""
    article = bulletin.articles[0]
    return [
        ("article", article.seq) if article.first_line <= number <= article.last_line else ("chrome", None)
        for number in range(1, len(bulletin.lines) + 1)
    ]
