"""The records that flow through the pipeline: file → Bulletin/Article → Commitment.

Small frozen dataclasses, so that a stage can never change what an earlier
stage produced. Line numbers are 1-based lines of the decoded bulletin text
(for a text file, exactly the lines of the file).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

# The fields of a commitment record, in the order of docs/commitment-record.md.
# `python -m etl extract` prints exactly these keys.
RECORD_FIELDS: tuple[str, ...] = (
    "bulletin",
    "issue_date",
    "article_title",
    "kind",
    "value",
    "value_text",
    "unit",
    "qualifier",
    "target_year",
    "plan_period",
    "region",
    "city",
    "issuer",
    "sector",
    "subject_ko",
    "subject_en",
    "sentence",
    "line",
)


@dataclass(frozen=True)
class Line:
    """One line of a bulletin, as printed."""

    number: int
    text: str
    # headline | subheadline | body | table | caption | reference | source
    # (source: a 출처 line, its URL, or a web page's metadata or date line)
    kind: str = "body"
    # Where a PDF printed it: page (1-based) and its n-th printed line or table row on that page
    # (running header left out). None for a text file.
    page: int | None = None
    page_line: int | None = None


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: tuple[str, ...]  # cell texts with markup (HTML tags, ** …) removed


@dataclass(frozen=True)
class Table:
    caption: str | None  # the 〈…〉 line printed above the table, if any
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class Reference:
    """A source the article cites (참고자료 / 출처): title and/or URL."""

    title: str | None
    url: str | None
    line: int


@dataclass(frozen=True)
class Article:
    seq: int  # 1-based position in the bulletin
    part: str | None  # 특집기사 / 정책동향 / 기술동향 / 단신동향
    category: str | None  # 기술전략, 지역, 기업, 통계 … where printed
    number: int | None  # the printed article number, None where none is printed
    headline: str
    headline_line: int
    subheadline: str | None  # the ■ line under the headline
    subheadline_line: int | None
    announced_on: date | None  # the bracketed (6.16) date, resolved to a full date
    first_line: int
    last_line: int
    lines: tuple[Line, ...]  # every non-blank line from headline to last_line
    tables: tuple[Table, ...] = ()
    references: tuple[Reference, ...] = ()


BULLETIN_KINDS = ("bulletin", "article")


@dataclass(frozen=True)
class Bulletin:
    """A loaded file: a whole weekly bulletin, or one article saved from a web page or pasted
    (kind "article": one Article, no summary or contents, dated as etl/article.py says)."""

    id: str  # file stem
    file_name: str
    sha256: str
    issue_date: date
    publisher: str | None  # 발행인
    organisation: str | None  # 발행기관
    source_format: str  # text | pdf
    encoding: str  # utf-8, utf-8-sig, cp949 … (pdf for a PDF's text layer)
    lines: tuple[str, ...]  # the whole decoded text; lines[n - 1] is line n
    summary: tuple[Line, ...]  # the 요약 bullets
    contents: tuple[str, ...]  # headlines listed under CONTENTS
    articles: tuple[Article, ...]
    kind: str = "bulletin"  # bulletin | article
    # For a PDF: (page, line on the page) of each line, pages[n - 1] for line n; () for a text file.
    pages: tuple[tuple[int, int], ...] = ()

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def page_of(self, number: int) -> tuple[int, int] | tuple[None, None]:
        """(page, line on the page) where line `number` was printed; (None, None) for a text file."""
        return self.pages[number - 1] if 0 < number <= len(self.pages) else (None, None)


@dataclass(frozen=True)
class Commitment:
    bulletin: str
    issue_date: str
    article_title: str
    kind: str  # target | funding | actual
    value: float
    value_text: str
    unit: str
    qualifier: str  # = | >= | <= | ~
    target_year: int | None
    plan_period: str | None
    region: str
    city: str | None
    issuer: str
    sector: str
    subject_ko: str
    subject_en: str | None
    sentence: str
    line: int
    # Beyond the record definition; kept in the database.
    article_seq: int = 0
    value_max: float | None = None
    per_year: bool = False
    as_of_year: int | None = None  # for kind "actual": the year the figure describes
    extractor_version: str = ""
    confidence: str = "medium"  # high | medium | low, from the evidence the deciding rules saw
    rule: str = ""  # the named rule that accepted it (python -m etl explain shows why)
    occurrence: int = 1  # the n-th record with this value_text on this line
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            key = commitment_id(self.bulletin, self.line, self.value_text, self.occurrence)
            object.__setattr__(self, "id", key)

    def record(self) -> dict:
        """The commitment as a record of docs/commitment-record.md (exactly its keys)."""
        # its fields directly: asdict() deep-copies every value, and a build asks this of every record
        return {name: getattr(self, name) for name in RECORD_FIELDS}


@dataclass(frozen=True)
class RejectedCandidate:
    """A number the extractor read and did not take, with the named rule that rejected it:
    kept so that a reviewer can see the numbers not taken from any article."""

    bulletin: str
    article_seq: int
    line: int
    value_text: str
    value: float | None
    unit: str | None
    rule: str  # the rule's name
    reason: str  # what the rule means, in words
    sentence: str


def commitment_id(bulletin: str, line: int, value_text: str, occurrence: int = 1) -> str:
    """A stable key: the same bulletin, line and printed number give the same id on every rebuild.

    `occurrence` tells apart one line that prints the same text twice for two subjects
    ("100개 이상의 … 프로젝트, 100개 이상의 … 사례").
    """
    raw = f"{bulletin}|{line}|{value_text}|{occurrence}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]
