"""Fixtures shared by the whole suite: the seeds, a fresh database from the schema file, a PDF writer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import noto_cjk_sans_otc
import pytest
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable
from fpdf import FPDF

from etl import config

SEED_NAMES = (
    "000_1b9d18066b15c3c4.txt",
    "001_439e8b69d6656657.txt",
    "002_55297f25ffdea184.txt",
    "003_59782443bdfe0993.txt",
    "004_32315275824c7094.txt",
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/fixtures/golden/ from today's extraction (after a reviewed change)",
    )


@pytest.fixture(autouse=True)
def own_review_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test reviews into a store of its own, never the developer's data/reviews.sqlite."""
    path = tmp_path_factory.mktemp("reviews") / "reviews.sqlite"
    monkeypatch.setattr(config, "REVIEWS_PATH", path)
    monkeypatch.setenv("PTT_REVIEWS_PATH", str(path))
    return path


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The five bundled bulletins, by file name."""
    paths = [config.PROJECT_DIR / "seeds" / name for name in SEED_NAMES]
    assert all(path.is_file() for path in paths)
    return paths


@pytest.fixture
def fresh_db() -> Iterator[duckdb.DuckDBPyConnection]:
    """An empty in-memory database built from etl/schema.sql, the file the loader applies."""
    con = duckdb.connect(":memory:")
    con.execute(config.SCHEMA_FILE.read_text(encoding="utf-8"))
    yield con
    con.close()


@pytest.fixture(scope="session")
def write_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Path], Path]:
    """A function writing text into a PDF with a real text layer, one line of text per PDF line.

    The font is the Korean face of the Noto Sans CJK collection, subset to the text's
    characters and converted to TrueType outlines: fpdf2 embeds a CFF font with an
    encoding CMap that pdfminer cannot read (its text would come back empty), while
    a TrueType font is embedded Identity-H, which every PDF reader understands.
    """
    fonts: dict[frozenset[str], Path] = {}

    def write(text: str, path: Path) -> Path:
        characters = frozenset(text)
        if characters not in fonts:
            fonts[characters] = korean_truetype(text, tmp_path_factory.mktemp("font") / "korean.ttf")
        pdf = FPDF(format=(600, 297))  # wide enough that no line wraps
        pdf.add_font("korean", fname=str(fonts[characters]))
        pdf.set_font("korean", size=6)
        pdf.add_page()
        for line in text.split("\n"):
            if line.strip():
                pdf.cell(text=line.replace("\t", "    "), h=3, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln(3)
        pdf.output(str(path))
        return path

    return write


def korean_truetype(text: str, path: Path) -> Path:
    collection = TTCollection(str(noto_cjk_sans_otc.FONT_PATH), lazy=True)
    index = next(
        i for i, face in enumerate(collection.fonts) if face["name"].getDebugName(1) == "Noto Sans CJK KR"
    )
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
