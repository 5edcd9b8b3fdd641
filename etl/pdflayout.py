"""A bulletin PDF read as laid-out pages: the PDF half of the read stage (etl/read.py).

pdfplumber gives the characters, words, lines and ruled tables of each page; this
module turns them back into the lines of the text conventions etl/parse.py reads:
- a ruled table becomes tab-separated rows (a cell's wrapped lines are one cell), in
  its place on the page, so its title (the 〈…〉 line above it) and its header row (the
  years) stay with it; a table continued on the next page under a repeated header row
  is one table;
- a line that wrapped at the right margin is joined to the line it continues, also
  across a page break; real line breaks are kept;
- the running header and footer (text repeated at the same height on most pages) and
  the page numbers are dropped;
- a page printed in two columns is read column after column;
- a page with no text but an image (a scanned page) cannot be read: its number is reported.

Each line keeps where it was printed: its page and its position on the page (the
n-th printed line or table row from the top, running header excluded).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.pdftypes import PDFStream, resolve1
from pdfplumber.page import Page
from pdfplumber.table import Table
from pdfplumber.utils.exceptions import PdfminerException

# A line in the top or bottom band of this share of the page height may be a running header,
# a footer or a page number.
MARGIN_BAND = 0.12
# Printed at the same height on at least this share of the pages: a running header or footer.
RUNNING_SHARE = 0.5
# A bare page number: "4", "- 4 -", "— 12 —", "4 / 10".
PAGE_NUMBER = re.compile(r"^[\s\-—–·]*\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-—–·]*$")
# A line starting with a bullet, note, box or numbered mark starts a new item: it continues nothing.
# ("**" opens bold Markdown, not a "* note".)
ITEM_START = re.compile(r"^(?:[-–—•·●○◦▶►▷■□🔳※☑☞▽✓√△〈|#①-⑩]|\*(?!\*)|\d{1,2}\)\s)")
# Justified text: a wrapped line ends this close (pt) to the right margin; a paragraph's last line
# is not stretched. Text counts as justified when this share of its wrap-like lines end there.
JUSTIFIED_PT = 1.0
JUSTIFIED_SHARE = 0.8
# Only next words shorter than this (ems) say whether a line ran full: a URL fits after no line.
SHORT_WORD_EM = 6
# A vertical strip this wide near the middle of the page, crossed by no word: a column gutter.
MIN_GUTTER_PT = 8
# Each of two columns holds at least this share of the page's words (a few short lines are no column).
MIN_COLUMN_SHARE = 0.2
# Share of the space's width of a font size (Noto Sans CJK: 0.224 em), for the wrap test.
SPACE_EM = 0.22
# Positions closer than this (pt) are the same height.
SAME_HEIGHT_PT = 2


@dataclass(frozen=True)
class PrintedLine:
    """A line of text as the reader returns it, with where it was printed."""

    text: str
    page: int  # 1-based
    page_line: int  # 1-based: the n-th printed line or table row on the page


@dataclass
class Item:
    """A printed line or a table row on a page, in reading order."""

    text: str
    page: int
    page_line: int
    table_row: bool = False
    table: int = 0  # for a table row: which table of the page (1, 2 …)
    x0: float = 0.0
    x1: float = 0.0
    first_word: float = 0.0  # width of the line's first word
    size: float = 10.0
    right: float = 0.0  # the right margin of the column the line is in
    left: float = 0.0
    single_column: bool = True


@dataclass(frozen=True)
class Layout:
    lines: tuple[PrintedLine, ...]
    unreadable_pages: tuple[int, ...]  # image-only pages: no text layer
    damaged_pages: tuple[int, ...] = ()  # content that could not be read at all


# Errors a damaged page can raise deep inside pdfminer.
PAGE_ERRORS = (PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError, AssertionError)
# Operators that show text in a content stream (PDF 32000 §9.4.3).
_SHOWS_TEXT = re.compile(rb"(?:Tj|TJ|'|\")\s")


def read_layout(pdf: pdfplumber.PDF) -> Layout:
    pages = list(pdf.pages)
    raw_lines, damaged = [], []
    for number, page in enumerate(pages, start=1):
        try:
            raw_lines.append(page.extract_text_lines(return_chars=False))
        except PAGE_ERRORS:
            raw_lines.append([])
            damaged.append(number)
    running = running_lines(pages, raw_lines)
    unreadable: list[int] = []
    items: list[list[Item]] = []
    for number, page in enumerate(pages, start=1):
        if number in damaged or not page.chars:
            if number not in damaged and is_damaged(page):
                damaged.append(number)
            elif number not in damaged and (page.images or page.rects or page.curves):
                unreadable.append(number)
            items.append([])
            continue
        items.append(page_items(page, number, raw_lines[number - 1], running))
    share_right_margin(items)
    return Layout(tuple(join_items(items, is_justified(items))), tuple(unreadable), tuple(sorted(damaged)))


def is_damaged(page: Page) -> bool:
    """A page that gave no characters although it has content: a stream that does not
    decompress (pdfminer then reads it as empty), or text operators that drew nothing. A blank
    page (an empty stream, or only graphics settings) is not damaged."""
    for stream in page.page_obj.contents:
        stream = resolve1(stream)
        if not isinstance(stream, PDFStream):
            return True
        try:
            data = stream.get_data()
        except PAGE_ERRORS:
            return True
        if (resolve1(stream.attrs.get("Length")) or 0) > 0 and not data.strip():
            return True
        if _SHOWS_TEXT.search(data + b" "):
            return True
    return False


def share_right_margin(pages: list[list[Item]]) -> None:
    """Single-column pages share one right margin: the rightmost line of the document
    (a page of short lines would otherwise put its margin too far left)."""
    lines = [item for items in pages for item in items if item.single_column and not item.table_row]
    right = max((item.right for item in lines), default=0.0)
    for item in lines:
        item.right = right


def running_lines(pages: list[Page], raw_lines: list[list[dict]]) -> set[tuple[str, int]]:
    """(text key, height) of the lines printed in the top or bottom band of most pages."""
    counts: Counter[tuple[str, int]] = Counter()
    for page, lines in zip(pages, raw_lines, strict=True):
        counts.update({margin_key(page, line) for line in lines} - {None})
    needed = max(2, RUNNING_SHARE * len(pages))
    return {key for key, count in counts.items() if count >= needed}


def margin_key(page: Page, line: dict) -> tuple[str, int] | None:
    band = MARGIN_BAND * page.height
    if band < line["top"] < page.height - band:
        return None
    text = line["text"].strip()
    # Page numbers and dates change from page to page; their place does not.
    key = "#" if PAGE_NUMBER.match(text) else re.sub(r"\d+", "#", text)
    return key, round(line["top"] / SAME_HEIGHT_PT)


def page_items(page: Page, number: int, lines: list[dict], running: set[tuple[str, int]]) -> list[Item]:
    """The page's lines and table rows in reading order, running header and footer left out."""
    top, bottom = 0.0, page.height
    for line in lines:
        if margin_key(page, line) in running:
            if line["top"] < page.height / 2:
                top = max(top, line["bottom"])
            else:
                bottom = min(bottom, line["top"])
    # Strictly inside: the header's own characters touch the band's edge.
    body = page.within_bbox((0, top + 0.5, page.width, bottom - 0.5))
    ordered: list[Item] = []
    parts = columns(body)
    for column, tables in parts:
        ordered.extend(column_items(column, number, tables, single_column=len(parts) == 1))
    for index, item in enumerate(ordered, start=1):
        item.page_line = index
    return ordered


def columns(body: Page) -> list[tuple[Page, list[Table] | None]]:
    """The page's columns, left to right, each with its ruled tables where already found: two
    columns when a gutter near the middle is crossed by no word. Words in a ruled table do not
    count (its cells leave gaps of their own), and a table across the gutter makes one column."""
    tables = body.find_tables()
    boxes = [table.bbox for table in tables]
    words = [word for word in body.extract_words() if not inside(word, boxes)]
    cut = gutter(words, body)
    if cut is None or any(x0 < cut < x1 for x0, _, x1, _ in boxes):
        return [(body, tables)]
    x_0, y_0, x_1, y_1 = body.bbox
    return [(body.crop((x_0, y_0, cut, y_1)), None), (body.crop((cut, y_0, x_1, y_1)), None)]


def gutter(words: list[dict], body: Page) -> float | None:
    """The x of a vertical gap near the middle that no word crosses, with text on both sides."""
    middle = (body.bbox[0] + body.bbox[2]) / 2
    spans = sorted((word["x0"], word["x1"]) for word in words)
    if not spans:
        return None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= MIN_GUTTER_PT and abs((x0 + reach) / 2 - middle) < body.width * 0.15:
            left = sum(1 for word in words if word["x1"] <= reach)
            if min(left, len(words) - left) >= MIN_COLUMN_SHARE * len(words):
                return (x0 + reach) / 2
        reach = max(reach, x1)
    return None


def inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    """The object's centre lies in one of the boxes."""
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def column_items(column: Page, number: int, tables: list[Table] | None, *, single_column: bool) -> list[Item]:
    tables = column.find_tables() if tables is None else tables
    boxes = [table.bbox for table in tables]
    placed: list[tuple[float, list[Item]]] = []
    text_lines = column.filter(lambda obj: not inside(obj, boxes)).extract_text_lines(return_chars=True)
    left = min((line["x0"] for line in text_lines), default=column.bbox[0])
    right = max((line["x1"] for line in text_lines), default=column.bbox[2])
    for line in text_lines:
        item = line_item(line, number, left, right)
        item.single_column = single_column
        placed.append((line["top"], [item]))
    for index, table in enumerate(tables, start=1):
        rows = [
            Item("\t".join(cell_text(cell) for cell in row), number, 0, table_row=True, table=index)
            for row in table.extract()
        ]
        placed.append((table.bbox[1], rows))
    return [item for _, group in sorted(placed, key=lambda pair: pair[0]) for item in group]


def cell_text(cell: str | None) -> str:
    """A cell's wrapped lines as one cell text."""
    return " ".join((cell or "").split())


def line_item(line: dict, number: int, left: float, right: float) -> Item:
    chars = line["chars"]
    size = chars[0]["size"] if chars else 10.0
    first_word_end = next(
        (c["x1"] for c, after in pairwise(chars) if after["text"].isspace() or word_gap(c, after, size)),
        line["x1"],
    )
    # Indentation in ems, as the leading spaces of the text conventions (bullet depth).
    depth = max(0, round((line["x0"] - left) / size))
    return Item(
        " " * depth + line["text"].strip(),
        number,
        0,
        x0=line["x0"],
        x1=line["x1"],
        first_word=first_word_end - line["x0"],
        size=size,
        right=right,
        left=left,
    )


def word_gap(char: dict, after: dict, size: float) -> bool:
    """A space between two characters: the PDF may draw none and only move the pen."""
    return after["x0"] - char["x1"] > SPACE_EM * size * 0.6


def is_justified(pages: list[list[Item]]) -> bool:
    """Most lines whose next word would not have fitted end exactly at the margin: the text is
    justified, and a line ending short of the margin ends its paragraph."""
    items = [item for page in pages for item in page if not item.table_row]
    # A long next word (a URL) would not fit after most lines: it says nothing about the margin.
    wrap_like = [
        prev
        for prev, item in pairwise(items)
        if ran_full(prev, item) and item.first_word < SHORT_WORD_EM * item.size
    ]
    flush = [prev for prev in wrap_like if prev.x1 >= prev.right - JUSTIFIED_PT]
    return bool(wrap_like) and len(flush) >= JUSTIFIED_SHARE * len(wrap_like)


def join_items(pages: list[list[Item]], justified: bool) -> list[PrintedLine]:
    """Lines joined across wraps and page breaks; a table continued under its repeated header
    row is one table."""
    out: list[PrintedLine] = []
    previous: Item | None = None
    header: str | None = None  # the header row of the table being read
    for items in pages:
        for index, item in enumerate(items):
            if item.table_row:
                after_table = previous is not None and previous.table_row
                continued = after_table and index == 0  # a table running over the page break
                if continued and item.text == header:
                    previous = item
                    continue  # the header row repeated at the top of the next page
                same_table = previous is not None and (previous.page, previous.table) == (
                    item.page,
                    item.table,
                )
                if not continued and not same_table:
                    header = item.text
                    if after_table:  # two tables, one under the other: a blank line keeps them apart
                        out.append(PrintedLine("", item.page, item.page_line))
                out.append(PrintedLine(item.text, item.page, item.page_line))
            elif previous is not None and continues(previous, item, justified):
                joint = "" if " " not in previous.text.strip() else " "  # a word broken over lines
                last = out[-1]
                out[-1] = PrintedLine(last.text + joint + item.text.strip(), last.page, last.page_line)
            else:
                out.append(PrintedLine(item.text, item.page, item.page_line))
            previous = item
    return out


def continues(previous: Item, item: Item, justified: bool) -> bool:
    """`item` is the rest of `previous`, wrapped: `previous` ran to the right margin and `item`
    starts no new bullet, note or heading. In justified text a wrapped line ends exactly at the
    margin (one long word broken over lines need not)."""
    if previous.table_row or ITEM_START.match(item.text.strip()) or not ran_full(previous, item):
        return False
    # One word broken over lines fills its line to within a character.
    broken_word = " " not in previous.text.strip() and previous.x1 >= previous.right - previous.size
    return not justified or broken_word or previous.x1 >= previous.right - JUSTIFIED_PT


def ran_full(previous: Item, item: Item) -> bool:
    """The first word of `item` would not have fitted after `previous` on its line."""
    return previous.x1 + SPACE_EM * previous.size + item.first_word > previous.right + 0.5
