"""A bulletin laid out as its PDF: the test suite's own renderer of any bulletin text.

The publisher's PDFs are A4 pages set in a 10 pt Korean font: long lines wrap at the
right margin, tables are bordered grids whose cells wrap, a running header names the
bulletin and every page carries its number. `render_bulletin` lays out any bulletin
text that way, so that the reader (etl/pdflayout.py) is tested on a layout, not on a
text layer with one PDF line per text line.

Conventions of the text files and how they are printed:
- a line with a tab, or a Markdown row "| a | b |", is a table row; consecutive rows
  are one bordered table (the first row is its header, repeated on a new page); HTML
  left in a cell by the conversion is printed as the text it marks up;
- leading spaces are the bullet depth, printed as an indent of one em each;
- a blank line is a small vertical gap.

Two faces of Noto Sans CJK (KR proportional and KR monospaced) in four sizes:
body 10 pt, tables 9 pt, running header 8 pt (mono), page number 9 pt (mono).

The font is subset to the text's characters and converted to TrueType outlines:
fpdf2 embeds a CFF font with an encoding CMap that pdfminer cannot read (its text
would come back empty), while a TrueType font is embedded Identity-H, which every
PDF reader understands.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import noto_cjk_sans_otc
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF
from fpdf.fonts import FontFace

RUNNING_HEADER = "중국 과학기술 정책 주간동향"
BODY_FACE = "Noto Sans CJK KR"
MONO_FACE = "Noto Sans Mono CJK KR"
BODY_PT, TABLE_PT, HEADER_PT, PAGE_NUMBER_PT = 10, 9, 8, 9
LINE_MM, TABLE_LINE_MM = 5.2, 4.6
MARGIN_MM = 20
HTML_TAG = re.compile(r"<[^>]*>")
PIPE_SEPARATOR = re.compile(r"^\|?[\s:|-]+\|?$")


def korean_truetype(text: str, path: Path, face: str = BODY_FACE) -> Path:
    """`face` of the Noto Sans CJK collection, subset to `text` and with TrueType outlines."""
    collection = TTCollection(str(noto_cjk_sans_otc.FONT_PATH), lazy=True)
    index = next(i for i, font in enumerate(collection.fonts) if font["name"].getDebugName(1) == face)
    font = TTFont(str(noto_cjk_sans_otc.FONT_PATH), fontNumber=index)
    options = Options()
    options.desubroutinize = True
    options.layout_features = []
    subsetter = Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(str(path))
    return path


def cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines by quadratic TrueType ones (fontTools' otf2ttf recipe)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in (
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
    ):  # fmt: skip
        setattr(maxp, field, 0)
    font["maxp"] = maxp
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


class BulletinPage(FPDF):
    """A4 with the running header and a page number on every page."""

    def header(self) -> None:
        self.set_font("mono", size=HEADER_PT)
        self.set_y(10)
        self.cell(0, 5, RUNNING_HEADER, align="R")
        self.line(MARGIN_MM, 16, self.w - MARGIN_MM, 16)
        self.set_y(MARGIN_MM + 2)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("mono", size=PAGE_NUMBER_PT)
        self.cell(0, 5, str(self.page_no()), align="C")


def new_document(fonts: dict[str, Path]) -> BulletinPage:
    pdf = BulletinPage(format="A4", unit="mm")
    pdf.set_margins(MARGIN_MM, MARGIN_MM + 2, MARGIN_MM)
    pdf.set_auto_page_break(True, margin=MARGIN_MM)
    pdf.add_font("body", fname=str(fonts["body"]))
    pdf.add_font("mono", fname=str(fonts["mono"]))
    return pdf


def drawable(text: str) -> bool:
    """Every character of `text` has a glyph in the body face (☑ and emoji have none: a PDF
    set in it loses them)."""
    return all(ord(char) in body_cmap() for char in text)


@cache
def body_cmap() -> frozenset[int]:
    collection = TTCollection(str(noto_cjk_sans_otc.FONT_PATH), lazy=True)
    face = next(font for font in collection.fonts if font["name"].getDebugName(1) == BODY_FACE)
    return frozenset(face.getBestCmap())


def fonts_for(text: str, folder: Path) -> dict[str, Path]:
    characters = text + RUNNING_HEADER + "0123456789"
    return {
        "body": korean_truetype(characters, folder / "body.ttf", BODY_FACE),
        "mono": korean_truetype(characters, folder / "mono.ttf", MONO_FACE),
    }


def render_bulletin(text: str, path: Path, fonts: dict[str, Path], align: str = "J") -> Path:
    """Lay out bulletin text as the publisher's PDF does; `fonts` from `fonts_for(text, …)`.
    Paragraphs are justified (`align` "J", as the publisher's are) or ragged right ("L")."""
    pdf = new_document(fonts)
    pdf.add_page()
    for block in blocks(text.split("\n")):
        if isinstance(block, list):
            table(pdf, block)
        elif not block.strip():
            pdf.ln(2)
        else:
            paragraph(pdf, block, align)
    pdf.output(str(path))
    return path


def render_two_columns(text: str, path: Path, fonts: dict[str, Path]) -> Path:
    """The text on pages of two columns, read down the left column first."""
    pdf = new_document(fonts)
    pdf.add_page()
    pdf.set_font("body", size=BODY_PT)
    with pdf.text_columns(
        ncols=2, gutter=10, text_align="LEFT", l_margin=MARGIN_MM, r_margin=MARGIN_MM
    ) as cols:
        for line in text.split("\n"):
            if line.strip():
                cols.write(text=line.strip() + "\n")
    pdf.output(str(path))
    return path


def blocks(lines: list[str]) -> list[str | list[list[str]]]:
    """Paragraph lines as they are; runs of table rows as a list of rows of cells."""
    out: list[str | list[list[str]]] = []
    for line in lines:
        cells = table_cells(line)
        if cells is None:
            out.append(line)
        elif cells:
            if not out or not isinstance(out[-1], list):
                out.append([])
            out[-1].append(cells)
    return out


def table_cells(line: str) -> list[str] | None:
    """The cells of a table row (HTML markup printed as its text); [] for a |---| rule; None: no row."""
    stripped = line.strip()
    if "\t" in line:
        cells = line.rstrip("\n").split("\t")
    elif stripped.startswith("|") and stripped.count("|") >= 2:
        if PIPE_SEPARATOR.match(stripped):
            return []
        cells = stripped.strip("|").split("|")
    else:
        return None
    return [" ".join(HTML_TAG.sub(" ", cell).split()) for cell in cells]


def body_width(text: str, fonts: dict[str, Path]) -> float:
    """How much of the text column (0–1) `text` fills in the body font: to write a line that
    ends just short of the margin."""
    pdf = new_document(fonts)
    pdf.set_font("body", size=BODY_PT)
    return pdf.get_string_width(text) / (pdf.epw - 2 * pdf.c_margin)


def paragraph(pdf: FPDF, line: str, align: str = "J") -> None:
    depth = len(line) - len(line.lstrip(" "))
    pdf.set_font("body", size=BODY_PT)
    indent = depth * BODY_PT * 0.3528  # one em (pt → mm) per leading space
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LINE_MM, line.strip(), align=align, new_x="LMARGIN", new_y="NEXT")


def table(pdf: FPDF, rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    # Wider columns for longer texts, so that short labels stay on one line.
    weights = [min(max(len(row[i]) for row in rows), 40) + 6 for i in range(width)]
    pdf.set_font("body", size=TABLE_PT)
    pdf.ln(1)
    header = FontFace(emphasis="", fill_color=(225, 230, 240))
    with pdf.table(
        col_widths=weights, line_height=TABLE_LINE_MM, text_align="LEFT", headings_style=header
    ) as grid:
        for row in rows:
            cells = grid.row()
            for cell in row:
                cells.cell(cell)
    pdf.ln(1)
