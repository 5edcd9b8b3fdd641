"""Text → Bulletin: the layout of KOSTEC's weekly bulletin, read line by line.

A bulletin is laid out as

    cover title · CONTENTS (parts, categories, headlines) · 요약 bullets
    part header ("I 특집기사", "II" + "정책동향", or a bare "정책동향")
      [category header] [number line "02"] headline [■ sub-headline] body …
      참고자료 entries | 출처: outlet (06.27) + URL       ← closes an article
    … more articles and parts …
    colophon: "| 발 행 일 | 2023. 7. 7", 발행인, 발행기관

in two text conventions (plain text with tab tables; Markdown with '#'
headings and backslash escapes). Articles are numbered ("01 …", or "01" on
its own line) or not; an unnumbered headline is recognised by its place: the
first headline-like line after a part/category header or after the block
that closes the previous article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

from etl.model import Article, Bulletin, Line, Reference, Table, TableRow
from etl.read import BulletinError, read_source

DEFAULT_PARTS = ("특집기사", "정책동향", "기술동향", "단신동향")

# A category printed in CONTENTS and an article headline are taken to be the same
# entry when they are at least this similar (the contents often shorten a title).
CONTENTS_MATCH_RATIO = 0.6

# Headlines are short; a longer line at an article boundary is prose, not a headline.
MAX_HEADLINE_CHARS = 100

# Colophon: "| 발 행 일 | 2023. 7. 7" (also "| 발 행 일 | 2024. 6. 21.")
ISSUE_DATE = re.compile(r"발\s*행\s*일\s*\|?\s*(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})")
# "| 발 행 인 | 서행아"
PUBLISHER = re.compile(r"발\s*행\s*인\s*\|\s*(.+)")
# "| 발행기관 | 한중과학기술협력센터"
ORGANISATION = re.compile(r"발\s*행\s*기\s*관\s*\|\s*(.+)")
# Cover and colophon title: "중국 과학기술 정책 주/간/동/향"
TITLE = re.compile(r"주\s*/\s*간\s*/\s*동\s*/\s*향")
# Colophon banner lines: "CHINA", "SCIENCE", "KOREA-CHINA SCIENCE &", "TECHNOLOGY COOPERATION CENTER"
COLOPHON_BANNER = re.compile(
    r"^(CHINA|SCIENCE|KOREA-CHINA\b.*|TECHNOLOGY COOPERATION CENTER)$", re.IGNORECASE
)

CONTENTS_HEADING = re.compile(r"^CONTENTS$", re.IGNORECASE)
SUMMARY_HEADING = re.compile(r"^요\s*약$")
# Contents part line: "1. 특집기사", "### 2. 기술동향"
CONTENTS_PART = re.compile(r"^\d\.\s*(\S.*)$")
# Contents entry with its category in front: "기술전략 • 국가발전개혁위, …", "기 업 · 중국, 전고체 …"
CONTENTS_LABELLED_ENTRY = re.compile(r"^(?P<label>[^\s•·-](?:\s?[^\s•·]){0,9})\s+[•·]\s+(?P<headline>\S.*)$")
# Bulleted line: "• 베이징, '로봇산업 …' 수립", "- 상하이, 제조업 …"
BULLET = re.compile(r"^[-•·]\s*(\S.*)$")
# A run of this many blank lines ends the contents (seed layouts put one blank between entries).
CONTENTS_END_BLANKS = 3
# A summary bullet is a sentence, a contents entry a headline: "- … 육성 목표를 제시하였다."
SENTENCE_END = re.compile(r"다\.\s*$")

# Part header: "I 특집기사", "II" (its name follows on a later line), "IV"
ROMAN_PART = re.compile(r"^(?P<roman>[IVX]{1,4})(?:\s+(?P<name>\S.{0,11}))?$")
# The article number on its own line, headline after a blank line: "02"
NUMBER_LINE = re.compile(r"^(\d{2})$")
# Number and headline on one line: "03 베이징, ‘고급·정밀·첨단산업 과기혁신시스템 구축 방안’ 수립"
NUMBERED_HEADLINE = re.compile(r"^(?P<number>\d{2})\s+(?P<headline>\S.*)$")
# The same, with the number misread by OCR: "①4 톈진, 기술 성과 전환 및 혁신 18조 발표"
GARBLED_NUMBER = re.compile(r"^(?P<number>[0-9\u2460-\u2473]{2})\s+(?P<headline>\S.*)$")
# A page number the conversion left in the text: "12 —"
PAGE_FOOTER = re.compile(r"^[—–-]?\s*\d{1,3}\s*[—–]$")
# Numbered sub-section of an article, never a headline: "1) 로봇 '1+4' 제품 시스템 구축"
SUBSECTION = re.compile(r"^\d{1,2}\)")
# Announcement date closing the ■ line: "…첨단 로봇 제품 100개 육성(6.28)", "… 개발 (6.28)"
ANNOUNCED = re.compile(r"\(\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\)\s*$")
SUBHEADLINE_MARKS = ("■", "🔳")

REFERENCES_HEADING = re.compile(r"^참고\s*자료$")
# Source line: "* 출처: <http://www.gmlab.ac.cn/sysgk/sysjj/>", "출처: 중국고신망 (06.27)"
# "출처: …", and a news page's "원문 출처: 신화통신 …" under its last paragraph
SOURCE = re.compile(r"^(?:[-*]\s*)*(?:원문\s*|기사\s*)?출처\s*:\s*(?P<rest>.*)$")
# A short-news item closes with its outlet and date: "출처: 과학망 (06.21)" (the URL follows)
NEWS_SOURCE = re.compile(r"^출처\s*:\s*[^<\s(][^<]*\(\d{1,2}\.\d{1,2}\)$")
# Reference entry mark: "- ☑ 北京市高精尖产业科技创新体系建设实施方案", "☞ 《工业互联网…》印发"
REFERENCE_MARK = re.compile(r"^(?:-\s*)?[☑☞▽□]\s*")
# Markdown link, whose target is the clean URL: "[https://…content\\_6887167.htm](https://…content_6887167.htm)"
MARKDOWN_LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
URL = re.compile(r"https?://[^\s<>\]]+")
# Markdown escapes: "\* 출처", "content\\_6887167"
MARKDOWN_ESCAPE = re.compile(r"\\+([\\`*_{}\[\]()#+\-.!<>|~^])")
HEADING_MARKS = re.compile(r"^#+\s*")
HTML_TAG = re.compile(r"<[^>]*>")
# An HTML fragment the conversion left for a table cell: "<p>3대 거점</p> <ol …>"
HTML_ROW = re.compile(r"^</?(p|ul|ol|li|table|thead|tbody|tr|td|th|div|span|br)\b", re.IGNORECASE)
# Markdown table separator row: "|---|:---:|"
PIPE_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Lines starting with these are bullets, notes, captions or marks, never a headline.
NOT_HEADLINE_START = tuple('-–—•·●○⚪▶►▷■🔳※*☑☞▽□✓√〈<([（【|>"“')


def parse_file(path: Path, *, default_date: date | None = None) -> Bulletin:
    """Read a bulletin file (text or PDF) and parse it; `default_date` dates a single article
    that prints no date of its own (etl/article.py)."""
    source = read_source(path)
    return parse_text(
        source.text,
        file_name=path.name,
        sha256=source.sha256,
        source_format=source.source_format,
        encoding=source.encoding,
        pages=source.pages,
        default_date=default_date,
    )


def parse_text(
    text: str,
    *,
    file_name: str,
    sha256: str,
    source_format: str = "text",
    encoding: str = "utf-8",
    pages: tuple[tuple[int, int], ...] = (),
    default_date: date | None = None,
) -> Bulletin:
    """Parse a whole bulletin's decoded text, or a single article's; BulletinError when it is neither.

    A text with the colophon's 발행일 is a whole bulletin. A text without it is a whole
    bulletin cut short when it has the bulletin's front matter (its cover title or
    CONTENTS), and otherwise a single article saved from a web page or pasted.
    `pages`: for a PDF, the (page, line on the page) of each line of `text` (etl.read).
    """
    lines = split_lines(text)
    colophon = read_colophon(lines, file_name)
    if colophon is None and not has_bulletin_front(lines):
        # imported here: etl.article builds on this module's line rules
        from etl.article import parse_article

        article = parse_article(
            lines,
            file_name=file_name,
            sha256=sha256,
            source_format=source_format,
            encoding=encoding,
            default_date=default_date,
        )
        return replace(article, articles=tuple(with_pages(a, pages) for a in article.articles), pages=pages)
    body_end = colophon.first_index if colophon else len(lines)
    front = read_front_matter(lines, body_end)
    drafts = read_articles(lines, front, body_end)
    if colophon is None:
        raise BulletinError(
            file_name,
            "issue date (발행일) missing: the colophon is not there, the file looks truncated",
            len(lines),
        )
    if not drafts:
        raise BulletinError(file_name, "no articles found (no part headers or article headlines)")
    articles = tuple(
        with_pages(draft.build(seq, colophon.issue_date, front.contents), pages)
        for seq, draft in enumerate(drafts, start=1)
    )
    return Bulletin(
        id=Path(file_name).stem,
        file_name=file_name,
        sha256=sha256,
        issue_date=colophon.issue_date,
        publisher=colophon.publisher,
        organisation=colophon.organisation,
        source_format=source_format,
        encoding=encoding,
        lines=tuple(lines),
        summary=tuple(on_page(line, pages) for line in front.summary),
        contents=tuple(entry.headline for entry in front.contents),
        articles=articles,
        pages=pages,
    )


def on_page(line: Line, pages: tuple[tuple[int, int], ...]) -> Line:
    """The line with the page it was printed on (a PDF's); unchanged for a text file."""
    if not pages:
        return line
    page, page_line = pages[line.number - 1]
    return replace(line, page=page, page_line=page_line)


def with_pages(article: Article, pages: tuple[tuple[int, int], ...]) -> Article:
    if not pages:
        return article
    return replace(article, lines=tuple(on_page(line, pages) for line in article.lines))


def has_bulletin_front(lines: list[str]) -> bool:
    """The cover title (주/간/동/향) or a CONTENTS heading: what only a whole bulletin prints."""
    return any(TITLE.search(raw) or CONTENTS_HEADING.match(plain(raw)) for raw in lines)


def split_lines(text: str) -> list[str]:
    """Lines as numbered by an editor: lines[n - 1] is line n; a final newline adds no line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def plain(raw: str) -> str:
    """A line without Markdown heading marks, escapes and bold: what the layout rules look at."""
    text = raw.strip()
    # every line of a bulletin passes here several times: the patterns run only where their mark is
    if text.startswith("#"):
        text = HEADING_MARKS.sub("", text)
    if "\\" in text:
        text = MARKDOWN_ESCAPE.sub(r"\1", text)
    return text.replace("**", "").strip()


def compact(text: str) -> str:
    """Text without spaces, for labels printed letter-spaced ("지 역", "기 업")."""
    return "".join(text.split())  # str.split and re's \s agree on what is white space


def longer_than_a_title(text: str) -> bool:
    """Longer than any title, counted without spaces: what is not a title is text, with no length
    between the two (a 104-character line of a title and its decks, 98 without spaces, is a title)."""
    return len(compact(text)) > MAX_HEADLINE_CHARS


# ---------------------------------------------------------------- colophon


@dataclass(frozen=True)
class Colophon:
    issue_date: date
    publisher: str | None
    organisation: str | None
    first_index: int  # 0-based index of the colophon's first line: the body ends before it


def read_colophon(lines: list[str], file_name: str) -> Colophon | None:
    date_index = next((i for i in reversed(range(len(lines))) if ISSUE_DATE.search(lines[i])), None)
    if date_index is None:
        return None
    year, month, day = (int(group) for group in ISSUE_DATE.search(lines[date_index]).groups())
    try:
        issue_date = date(year, month, day)
    except ValueError:
        reason = f"issue date (발행일) {year}. {month}. {day} is not a date"
        raise BulletinError(file_name, reason, date_index + 1) from None
    first = date_index
    while first > 0 and (not lines[first - 1].strip() or is_colophon_banner(plain(lines[first - 1]))):
        first -= 1
    return Colophon(issue_date, colophon_field(PUBLISHER, lines), colophon_field(ORGANISATION, lines), first)


def is_colophon_banner(text: str) -> bool:
    return bool(COLOPHON_BANNER.match(text) or TITLE.search(text))


def colophon_field(pattern: re.Pattern, lines: list[str]) -> str | None:
    for raw in reversed(lines):
        match = pattern.search(raw)
        if match:
            return plain(match.group(1)) or None
    return None


# ---------------------------------------------------------------- front matter


@dataclass(frozen=True)
class ContentsEntry:
    part: str | None
    category: str | None
    headline: str


@dataclass(frozen=True)
class FrontMatter:
    contents: tuple[ContentsEntry, ...]
    summary: tuple[Line, ...]
    parts: frozenset[str]  # part names: the usual four and those CONTENTS lists
    categories: frozenset[str]  # category names CONTENTS lists, letter-spacing removed
    contents_start: int | None  # 0-based index of the CONTENTS heading
    contents_end: int  # 0-based index just past the contents
    summary_start: int  # 0-based index of the 요약 heading, else of the first line after the contents
    body_start: int  # 0-based index of the first line of the first part


def read_front_matter(lines: list[str], body_end: int) -> FrontMatter:
    texts = [plain(raw) for raw in lines[:body_end]]
    contents_index = next((i for i, text in enumerate(texts) if CONTENTS_HEADING.match(text)), None)
    summary_index = next((i for i, text in enumerate(texts) if SUMMARY_HEADING.match(text)), None)
    contents, contents_end = read_contents(texts, contents_index)
    parts = frozenset(DEFAULT_PARTS) | {entry.part for entry in contents if entry.part}
    categories = frozenset(compact(entry.category) for entry in contents if entry.category)
    search_from = max(i for i in (contents_end, summary_index, 0) if i is not None)
    body_start = next(
        (
            i
            for i in range(search_from, body_end)
            if "\t" not in lines[i] and part_header(texts[i], parts) is not None
        ),
        None,
    )
    if body_start is None:
        body_start = next(
            (i for i in range(search_from, body_end) if NUMBERED_HEADLINE.match(texts[i])), body_end
        )
    summary_start = summary_index if summary_index is not None else contents_end
    summary = tuple(
        Line(i + 1, lines[i], "body") for i in range(summary_start, body_start) if BULLET.match(texts[i])
    )
    return FrontMatter(
        contents, summary, parts, categories, contents_index, contents_end, summary_start, body_start
    )


def read_contents(texts: list[str], contents_index: int | None) -> tuple[tuple[ContentsEntry, ...], int]:
    """The entries listed under CONTENTS and the index where the contents end."""
    if contents_index is None:
        return (), 0
    entries: list[ContentsEntry] = []
    part = category = None
    blanks = 0
    for index in range(contents_index + 1, len(texts)):
        text = texts[index]
        if not text:
            blanks += 1
            if blanks >= CONTENTS_END_BLANKS and entries:
                return tuple(entries), index
            continue
        blanks = 0
        if SUMMARY_HEADING.match(text) or SENTENCE_END.search(text):
            return tuple(entries), index  # the summary follows, with or without its heading
        if match := CONTENTS_PART.match(text):
            part, category = match.group(1).strip(), None
        elif match := CONTENTS_LABELLED_ENTRY.match(text):
            category = match.group("label")
            entries.append(ContentsEntry(part, compact(category), match.group("headline").strip()))
        elif match := BULLET.match(text):
            entries.append(ContentsEntry(part, category and compact(category), match.group(1).strip()))
        elif is_label(text):
            category = text
        else:
            return tuple(entries), index  # the disclaimer or the publisher's name: contents are over
    return tuple(entries), len(texts)


def is_label(text: str) -> bool:
    """A category label: one short word or two ("기술전략", "ICT", "지 역")."""
    return len(compact(text)) <= 10 and len(text.split()) <= 2 and not any(mark in text for mark in ".,:()")


def part_header(text: str, parts: frozenset[str]) -> str | None:
    """The part a header line opens ("" for a bare roman numeral whose name follows), or None."""
    if compact(text) in parts:
        return compact(text)
    match = ROMAN_PART.match(text)
    if match:
        return (match.group("name") or "").strip()
    return None


def line_sections(bulletin: Bulletin) -> list[tuple[str, int | None]]:
    """(section, article seq) for every line of a parsed bulletin, in line order.

    Sections: cover, contents, summary, body (part and category headers between
    articles), article, colophon; for a single article (etl/article.py): article and
    chrome (the page around it).
    """
    if bulletin.kind == "article":
        from etl.article import line_sections as article_sections

        return article_sections(bulletin)
    lines = list(bulletin.lines)
    colophon = read_colophon(lines, bulletin.file_name)
    body_end = colophon.first_index if colophon else len(lines)
    front = read_front_matter(lines, body_end)
    sections: list[tuple[str, int | None]] = [("cover", None)] * len(lines)
    spans = [
        (front.contents_start, front.contents_end, "contents"),
        (front.summary_start, front.body_start, "summary"),
        (front.body_start, body_end, "body"),
        (body_end, len(lines), "colophon"),
    ]
    for start, end, section in spans:
        if start is not None:
            sections[start:end] = [(section, None)] * (end - start)
    for article in bulletin.articles:
        count = article.last_line - article.first_line + 1
        sections[article.first_line - 1 : article.last_line] = [("article", article.seq)] * count
    return sections


# ---------------------------------------------------------------- articles


@dataclass
class ArticleDraft:
    """An article while its lines are being collected."""

    part: str | None
    category: str | None
    number: int | None
    headline: str
    headline_line: int
    first_line: int
    lines: list[Line] = field(default_factory=list)

    def build(self, seq: int, issue_date: date, contents: tuple[ContentsEntry, ...]) -> Article:
        subheadline = self.subheadline_line()
        entry = matching_entry(self.headline, contents)
        return Article(
            seq=seq,
            part=self.part or (entry.part if entry else None),
            category=entry.category if entry and entry.category else self.category,
            number=self.number,
            headline=self.headline,
            headline_line=self.headline_line,
            subheadline=subheadline_text(subheadline) if subheadline else None,
            subheadline_line=subheadline.number if subheadline else None,
            announced_on=self.announced_on(subheadline, issue_date),
            first_line=self.first_line,
            last_line=self.lines[-1].number,
            lines=tuple(self.lines),
            tables=tables_of(self.lines),
            references=references_of(self.lines),
        )

    def subheadline_line(self) -> Line | None:
        if len(self.lines) > 1 and self.lines[1].kind == "subheadline":
            return self.lines[1]
        return None

    def announced_on(self, subheadline: Line | None, issue_date: date) -> date | None:
        """The bracketed (6.16) date of the ■ line, else of the headline or the lead line."""
        candidates = [subheadline] if subheadline else self.lines[:2]
        for line in candidates:
            match = ANNOUNCED.search(plain(line.text))
            if match:
                return resolve_day(int(match.group(1)), int(match.group(2)), issue_date)
        return None


def subheadline_text(line: Line) -> str:
    return plain(line.text).lstrip("".join(SUBHEADLINE_MARKS)).strip()


def resolve_day(month: int, day: int, issue_date: date) -> date | None:
    """The year that puts a printed month.day nearest the issue date (12.28 in a January issue: last year)."""
    candidates = []
    for year in (issue_date.year - 1, issue_date.year, issue_date.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda day_: abs(day_ - issue_date)) if candidates else None


def matching_entry(headline: str, contents: tuple[ContentsEntry, ...]) -> ContentsEntry | None:
    """The CONTENTS entry for an article: the most similar headline, if similar enough."""
    key = comparable(headline)
    # the same text is the best match there can be (ratio 1.0 only for identical texts)
    same = next((entry for entry in contents if comparable(entry.headline) == key), None)
    if same is not None:
        return same
    best, best_ratio = None, -1.0
    letters = Counter(key)
    for entry in contents:
        other = comparable(entry.headline)
        # the full ratio only where its cheap upper bound could reach the threshold and beat the
        # best so far (a tie keeps the earlier entry): every article against every entry was a
        # fifth of a bulletin's parse. The bound is difflib's quick_ratio (the letters two texts
        # share, as a multiset), counted in C rather than by the matcher's Python loops.
        bound = 2.0 * (letters & Counter(other)).total() / (len(key) + len(other))
        if bound < CONTENTS_MATCH_RATIO or bound <= best_ratio:
            continue
        ratio = SequenceMatcher(None, key, other).ratio()
        if ratio >= CONTENTS_MATCH_RATIO and ratio > best_ratio:
            best, best_ratio = entry, ratio
    return best


def comparable(headline: str) -> str:
    return _NOT_COMPARED.sub("", headline)


_NOT_COMPARED = re.compile(r"[\s'‘’\"“”「」《》]")


class BodyReader:
    """Walks the body line by line and cuts it into articles.

    `at_boundary` is true where an unnumbered headline may start: after a part or
    category header, a number line, and inside the block that closes an article
    (참고자료 entries, a short-news 출처 line and its URL).
    """

    def __init__(self, lines: list[str], front: FrontMatter) -> None:
        self.lines = lines
        self.front = front
        self.drafts: list[ArticleDraft] = []
        self.current: ArticleDraft | None = None
        self.part: str | None = None
        self.category: str | None = None
        self.at_boundary = True
        self.pending_number: tuple[int, int] | None = None  # (number, line) of a number line
        self.in_references = False
        self.after_source = False  # the previous line was a 출처 line: a URL line belongs to it

    def read(self, start: int, end: int) -> list[ArticleDraft]:
        for index in range(start, end):
            raw = self.lines[index]
            text = plain(raw)
            # A page number the conversion left behind belongs to no article.
            if text and not PAGE_FOOTER.match(text):
                self.read_line(index + 1, raw, text)
        self.close()
        return self.drafts

    def read_line(self, number: int, raw: str, text: str) -> None:
        if "\t" not in raw and self.read_header(number, text):
            return
        headline = self.headline_of(raw, text)
        if headline is not None:
            printed_number, headline_text = headline
            self.start_article(number, printed_number, headline_text)
        elif self.current is not None:
            self.current.lines.append(Line(number, raw, self.kind_of(raw, text)))

    def read_header(self, number: int, text: str) -> bool:
        """Part, category and number lines: they close the article before them."""
        part = part_header(text, self.front.parts)
        # "I 특집기사" opens a part anywhere; a roman numeral with an unknown name only between articles.
        if part is not None and (part in self.front.parts or not part or self.at_boundary):
            self.close()
            self.part, self.category = (part or None), None
            return True
        if self.at_boundary and compact(text) in self.front.categories:
            self.close()
            self.category = compact(text)
            return True
        match = NUMBER_LINE.match(text)
        if match:
            self.close()
            self.pending_number = (int(match.group(1)), number)
            return True
        return False

    def headline_of(self, raw: str, text: str) -> tuple[int | None, str] | None:
        """(printed number, headline) when this line starts an article, else None."""
        if "\t" in raw:
            return None
        match = NUMBERED_HEADLINE.match(text)
        # A zero-padded number starts an article anywhere; "10 …" only where an article may start,
        # since a table row flattened to text ("10 세포 유전자 진단") looks the same.
        if match and (match.group("number").startswith("0") or self.at_boundary):
            return int(match.group("number")), match.group("headline").strip()
        if self.pending_number is not None:
            return self.pending_number[0], text
        if self.at_boundary and is_headline_like(text):
            garbled = GARBLED_NUMBER.match(text)
            if garbled:
                return None, garbled.group("headline").strip()
            return None, text
        return None

    def start_article(self, number: int, printed_number: int | None, headline: str) -> None:
        self.close()
        first_line = self.pending_number[1] if self.pending_number else number
        headline_line = Line(number, self.lines[number - 1], "headline")
        self.current = ArticleDraft(
            self.part, self.category, printed_number, headline, number, first_line, [headline_line]
        )
        self.pending_number = None
        self.at_boundary = False

    def kind_of(self, raw: str, text: str) -> str:
        """The line's kind; also moves the boundary state on."""
        after_source, self.after_source = self.after_source, False
        if REFERENCES_HEADING.match(text):
            self.in_references = self.at_boundary = True
            return "reference"
        if is_table_row(raw, text):
            return "table"
        if SOURCE.match(text):
            self.after_source = True
            self.at_boundary = bool(NEWS_SOURCE.match(text))
            return "source"
        if is_url(text) and after_source:
            return "source"
        if self.in_references:
            return "reference"
        if text.startswith(SUBHEADLINE_MARKS) or (len(self.current.lines) == 1 and is_headline_like(text)):
            return "subheadline"
        if is_caption(text):
            return "caption"
        return "body"

    def close(self) -> None:
        if self.current is not None:
            self.drafts.append(self.current)
        self.current = None
        self.at_boundary = True
        self.in_references = False
        self.after_source = False


def read_articles(lines: list[str], front: FrontMatter, body_end: int) -> list[ArticleDraft]:
    return BodyReader(lines, front).read(front.body_start, body_end)


def is_headline_like(text: str) -> bool:
    """A short Korean line that is not a bullet, note, caption, table row, URL or sub-section."""
    return (
        bool(HANGUL.search(text))
        and not longer_than_a_title(text)
        and not text.startswith(NOT_HEADLINE_START)
        and not SUBSECTION.match(text)
        and not SOURCE.match(text)
        and not REFERENCES_HEADING.match(text)
        and not is_url(text)
    )


def is_url(text: str) -> bool:
    return bool(re.match(r"^[<\[]?https?://", text))


# A sentence that opens with the title of the document it cites: "<의견>에서는 …", "〈계획〉에 따르면 …",
# "<계획>에는 … 포함된다." (writers of Chinese-Korean papers bracket a title so): the bracket is its
# subject, not a caption. A particle glued to the bracket, or a finished sentence after it, marks
# running text; a caption is a bare title ("<표 1> 주요 지표").
_CITING_TITLE = re.compile(
    r"^[<〈][^<>〈〉]{1,60}[>〉]"
    r"(?:[가-힣]|\s?(?:에서는|에서|으로|[은는이가을를의에과와도로])(?![가-힣])|.*다[.!?](?:\s|$))"
)


def is_caption(text: str) -> bool:
    """A table or figure caption: "〈미래산업 육성 방향〉", "<주요국 양자정보 분야별 논문 수 비교>"."""
    if _CITING_TITLE.match(text):
        return False
    return text.startswith("〈") or (text.startswith("<") and not HTML_ROW.match(text) and not is_url(text))


def is_table_row(raw: str, text: str) -> bool:
    return "\t" in raw or bool(HTML_ROW.match(text)) or (text.startswith("|") and text.count("|") >= 2)


# ---------------------------------------------------------------- tables and references


def tables_of(lines: list[Line]) -> tuple[Table, ...]:
    """Runs of consecutive table rows; the caption is the 〈…〉 line just above a run.

    The bulletins split a long table in two and repeat its header row; the second
    part keeps the caption of the first.
    """
    tables: list[Table] = []
    rows: list[TableRow] = []
    caption: str | None = None
    previous: Line | None = None
    for line in [*lines, Line(0, "", "end")]:
        if line.kind == "table" and rows and previous is not None and line.number == previous.number + 1:
            append_row(rows, line)
        elif line.kind == "table":
            flush_table(tables, rows, caption)
            rows = []
            caption = caption_above(previous)
            append_row(rows, line)
        else:
            flush_table(tables, rows, caption)
            rows = []
        previous = line
    return tuple(tables)


def append_row(rows: list[TableRow], line: Line) -> None:
    text = plain(line.text)
    if text.startswith("|") and PIPE_SEPARATOR.match(text):
        return
    rows.append(TableRow(line.number, row_cells(line.text)))


def flush_table(tables: list[Table], rows: list[TableRow], caption: str | None) -> None:
    if not rows:
        return
    if caption is None and tables and tables[-1].rows[0].cells == rows[0].cells:
        caption = tables[-1].caption  # the second half of a split table
    tables.append(Table(caption, tuple(rows)))


def caption_above(line: Line | None) -> str | None:
    if line is None or line.kind != "caption":
        return None
    return clean_cell(plain(line.text).strip("〈〉<> "))


# A table a web page's copy flattened into spaced text: a header of years ("2016년 2017년 목표치") over
# rows of a label and one figure a year ("경제성장률 6.70% 6.50%", "국내총생산 74조4,127억위안 79조2,495억위안").
_SPACED_YEAR = re.compile(r"^(?:19|20)\d{2}년?$")
_SPACED_PLAN_WORD = re.compile(r"^(?:목표치?|계획|전망)$")
_SPACED_FIGURE = re.compile(r"^-?\d[\d,.]*(?:[조억만천]\d[\d,.]*)*[조억만천]?[^\s\d]{0,6}$")


def spaced_year_header(text: str) -> tuple[str, ...] | None:
    """The cells of a flattened header of years — a label, then one cell a year, the last marked
    목표 where a plan word closes the line — or None."""
    tokens = text.split()
    years = [i for i, token in enumerate(tokens) if _SPACED_YEAR.match(token)]
    if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    after = tokens[years[-1] + 1 :]
    if len(after) > 1 or (after and not _SPACED_PLAN_WORD.match(after[0])):
        return None
    if any(any(ch.isdigit() for ch in token) for token in tokens[: years[0]]):
        return None
    cells = [" ".join(tokens[: years[0]]), *(tokens[i] for i in years)]
    if after:
        cells[-1] += " 목표"  # "2017년 목표치": the plan's column
    return tuple(cells)


def spaced_row(text: str) -> tuple[str, ...] | None:
    """The cells of a flattened row: its label (with Hangul), then its figures."""
    tokens = text.split()
    count = 0
    while count < len(tokens) and _SPACED_FIGURE.match(tokens[-1 - count]):
        count += 1
    label = tokens[: len(tokens) - count]
    if not count or not label or not any("가" <= ch <= "힣" for ch in " ".join(label)):
        return None
    return (" ".join(label), *tokens[len(tokens) - count :])


def mark_spaced_tables(lines: list[Line]) -> list[Line]:
    """The lines of flattened year tables as table rows: a header of years and the rows under it
    with one figure a year."""
    out = list(lines)
    index = 0
    while index < len(out):
        header = spaced_year_header(out[index].text) if out[index].kind == "body" else None
        rows = index + 1
        while (
            header
            and rows < len(out)
            and out[rows].kind == "body"
            and (row := spaced_row(out[rows].text)) is not None
            and len(row) == len(header)
        ):
            rows += 1
        if header and rows - index >= 2:
            for i in range(index, rows):
                out[i] = replace(out[i], kind="table")
            index = rows
        else:
            index += 1
    return out


def row_cells(raw: str) -> tuple[str, ...]:
    stripped = raw.strip()
    if "\t" in raw:
        cells = raw.split("\t")
    elif stripped.startswith("|"):
        cells = stripped.strip("|").split("|")
    else:  # a flattened table's header or row (mark_spaced_tables), else one cell
        cells = list(spaced_year_header(stripped) or spaced_row(stripped) or [raw])
    cleaned = [clean_cell(cell) for cell in cells]
    while cleaned and not cleaned[-1]:
        cleaned.pop()
    return tuple(cleaned)


def clean_cell(cell: str) -> str:
    text = HTML_TAG.sub(" ", cell) if "<" in cell else cell
    if "\\" in text:
        text = MARKDOWN_ESCAPE.sub(r"\1", text)
    return " ".join(text.replace("**", "").split())  # white space runs as one space, none at the ends


def references_of(lines: list[Line]) -> tuple[Reference, ...]:
    """참고자료 entries and 출처 lines as (title, URL); a URL on the next line joins its title."""
    references: list[Reference] = []
    pending: Reference | None = None
    for line in lines:
        if line.kind not in ("reference", "source") or REFERENCES_HEADING.match(plain(line.text)):
            continue
        title, url = split_reference(line.text)
        if title is None and url and pending is not None:
            references.append(Reference(pending.title, url, pending.line))
            pending = None
            continue
        if pending is not None:
            references.append(pending)
            pending = None
        if title and not url:
            pending = Reference(title, None, line.number)
        elif title or url:
            references.append(Reference(title, url, line.number))
    if pending is not None:
        references.append(pending)
    return tuple(references)


def split_reference(raw: str) -> tuple[str | None, str | None]:
    text = plain(raw)
    source = SOURCE.match(text)
    if source:
        text = source.group("rest")
    text = REFERENCE_MARK.sub("", text)
    # The title is what precedes the URL; text after it is the URL's tail cut off by a stray space
    # ("…/content_ 572702.htm?div=-1").
    title = re.split(r"[<\[]?https?://", text, maxsplit=1)[0]
    return clean_cell(title) or None, url_in(raw)


def url_in(raw: str) -> str | None:
    link = MARKDOWN_LINK.search(raw)
    if link:
        return link.group(1)
    match = URL.search(MARKDOWN_ESCAPE.sub(r"\1", raw))
    return match.group(0).rstrip(").,") if match else None
