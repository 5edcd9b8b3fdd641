"""Bulletin PDFs laid out as the publisher's are (tests/bulletin_pdf.py): A4, wrapped lines, bordered
tables with wrapped cells, a running header and page numbers. The records must be those of the text.

The per-seed agreement figures are printed by
    PYTHONPATH=$PWD .venv/bin/python -m pytest tests/etl/test_pdf_layout.py -k same_records -s -q
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from bulletin_pdf import RUNNING_HEADER, body_width, drawable, render_two_columns, table_cells
from fpdf import FPDF
from PIL import Image, ImageDraw

from etl import load
from etl.extract import extract_bulletin
from etl.model import Commitment
from etl.parse import parse_file
from etl.read import BulletinError, read_source

AGREEMENT_FIELDS = ("value", "unit", "qualifier", "target_year", "region", "sector")
MIN_F1 = 0.97


@pytest.fixture(scope="module")
def seed_pdfs(seed_paths, bulletin_pdf) -> dict[str, Path]:
    return {
        seed.name: bulletin_pdf(seed.read_text(encoding="utf-8"), f"{seed.stem}.pdf") for seed in seed_paths
    }


def agreement(text: list[Commitment], pdf: list[Commitment], fields: tuple[str, ...]) -> float:
    """F1 of the PDF's records against the text's, matched as multisets of `fields`."""
    expected = Counter(tuple(getattr(c, name) for name in fields) for c in text)
    found = Counter(tuple(getattr(c, name) for name in fields) for c in pdf)
    matched = sum((expected & found).values())
    if not matched:
        return 0.0
    precision, recall = matched / sum(found.values()), matched / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("index", range(5))
def test_seed_pdf_gives_the_same_records(seed_paths, seed_pdfs, index):
    seed = seed_paths[index]
    from_text = extract_bulletin(parse_file(seed))
    from_pdf = extract_bulletin(parse_file(seed_pdfs[seed.name]))

    f1 = agreement(from_text, from_pdf, ("value", "unit", "target_year"))
    print(f"{seed.stem}: text {len(from_text)} pdf {len(from_pdf)} F1(value, unit, target_year) {f1:.3f}")
    assert f1 >= MIN_F1
    key = AGREEMENT_FIELDS
    assert Counter(tuple(getattr(c, k) for k in key) for c in from_pdf) == Counter(
        tuple(getattr(c, k) for k in key) for c in from_text
    )


@pytest.mark.parametrize("index", range(5))
def test_wrapped_lines_come_back_whole_and_the_page_furniture_goes(seed_paths, seed_pdfs, index):
    seed = seed_paths[index]
    text = seed.read_text(encoding="utf-8")
    pdf_lines = [line.strip() for line in read_source(seed_pdfs[seed.name]).text.split("\n")]
    # A line the font cannot draw (☑, emoji) loses characters in any PDF set in it; a URL that the
    # conversion printed with a space inside cannot be told from one word broken over two lines.
    expected = [
        line.strip()
        for line in text.split("\n")
        if line.strip() and table_cells(line) is None and drawable(line.strip()) and "://" not in line
    ]
    assert len(expected) > 150
    assert [line for line in expected if line not in pdf_lines] == []
    # The running header and the page numbers are gone: what is left is what the text prints.
    assert pdf_lines.count(RUNNING_HEADER) == text.split("\n").count(RUNNING_HEADER)
    bare_numbers = [line for line in pdf_lines if re.fullmatch(r"\d{1,3}", line)]
    assert bare_numbers == [
        line.strip() for line in text.split("\n") if re.fullmatch(r"\d{1,3}", line.strip())
    ]


def test_a_year_table_keeps_its_title_header_and_cells(seed_paths, seed_pdfs):
    """Seed 002's compute plan: 〈컴퓨팅 인프라 고품질 발전 목표〉 over 지표 | 2023년 | 2024년 | 2025년."""
    seed = seed_paths[2]
    lines = read_source(seed_pdfs[seed.name]).text.split("\n")
    title = lines.index("〈컴퓨팅 인프라 고품질 발전 목표〉")
    assert lines[title + 1] == "\t\t지표\t2023년\t2024년\t2025년"
    assert lines[title + 2] == "연산 파워\t1\t연산력 규모 (EFLOPS)\t220\t206\t300"


def test_pdf_records_name_their_page_and_wrapped_sentences_are_whole_in_the_database(
    tmp_path, seed_paths, seed_pdfs
):
    seed = seed_paths[2]
    db_path = tmp_path / "tracker.duckdb"
    report = load.ingest([seed_pdfs[seed.name]], db_path)
    assert report.ok
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM commitments WHERE page IS NULL").fetchone() == (0,)
        # Seen on the rendered page 4 (pdftoppm): the storage bullet, the table title, the header
        # row, then the EFLOPS row. (Its 2025 cell, 300, is the body sentence's record: kept once.)
        cells = con.execute(
            "SELECT value, target_year, page, page_line FROM commitments"
            " WHERE unit = 'EFLOPS' AND sentence LIKE '%\t220\t206\t300' ORDER BY target_year"
        ).fetchall()
        assert cells == [(220, 2023, 4, 4), (206, 2024, 4, 4)]
        # A sentence wrapped over three printed lines is stored whole, as the text file has it.
        sentence = next(
            line for line in seed.read_text(encoding="utf-8").split("\n") if "300엑사플롭스까지" in line
        )
        stored = con.execute(
            "SELECT sentence, page FROM commitments WHERE unit = 'EFLOPS' AND value = 300 AND sentence = ?",
            [sentence],
        ).fetchall()
        assert stored == [(sentence, 3)]
        first_of_page_4 = con.execute(
            "SELECT text FROM bulletin_lines WHERE bulletin_id = ? AND page = 4 AND page_line = 1",
            [seed.stem],
        ).fetchone()
        assert first_of_page_4 == (
            " - 총 저장용량이 1800엑사바이트(EB)를 초과하고, 선진 저장용량 비중이 30% 이상으로 유도",
        )


def test_text_files_have_no_pages(seed_paths):
    bulletin = parse_file(seed_paths[0])
    assert bulletin.pages == () and bulletin.page_of(10) == (None, None)
    assert all(line.page is None for article in bulletin.articles for line in article.lines)


# ---------------------------------------------------------------- made-up layouts

FILLER = "- 한 줄 {n:02d}"  # words the seeds print: the seeds' fonts serve (tests/conftest.py)
LONG_SENTENCE = (
    "- 베이징시는 '27년까지 로봇 핵심 부품 기업 200개를 육성하고 로봇 산업 규모를 1,000억 위안 이상으로 "
    "확대하며 첨단 로봇 제품 100개를 개발하고 응용 시범 사례 500개를 발굴하는 목표를 제시하였다"
)


def test_a_sentence_over_a_page_break_is_one_sentence(bulletin_pdf):
    # 48 one-line bullets fill page 1 but for two printed lines; the sentence takes three.
    text = "\n".join([*(FILLER.format(n=n) for n in range(48)), LONG_SENTENCE, "- 끝"])
    pdf = bulletin_pdf(text, "break.pdf")
    source = read_source(pdf)
    lines = source.text.split("\n")

    assert lines[48] == LONG_SENTENCE
    assert source.pages[48][0] == 1 and source.pages[49] == (2, 2)  # "- 끝", under the sentence's tail
    assert lines[49] == "- 끝"


@pytest.mark.parametrize(("align", "fill"), [("J", 0.96), ("L", 0.9)])
def test_a_line_ending_near_the_margin_is_not_joined_to_the_next(bulletin_pdf, bulletin_fonts, align, fill):
    """A real line break after a line that nearly fills the column: justified text tells it by the
    unstretched last line (even when the next word would not have fitted); ragged text only when the
    next word would have fitted (else no layout can tell)."""
    near_full = "- 상하이시는 양자 컴퓨팅"
    fonts = bulletin_fonts(near_full + " 연구" + LONG_SENTENCE + "출처: 과기일보 (06.28)" + FILLER)
    while body_width(near_full + " 연구", fonts) < fill:
        near_full += " 연구"
    fillers = [FILLER.format(n=n) for n in range(60)]  # a second page: the running header is seen twice
    text = "\n".join([LONG_SENTENCE, near_full, "출처: 과기일보 (06.28)", LONG_SENTENCE, *fillers])
    lines = read_source(bulletin_pdf(text, "near.pdf", align)).text.split("\n")
    assert lines == [LONG_SENTENCE, near_full, "출처: 과기일보 (06.28)", LONG_SENTENCE, *fillers]


def test_a_table_over_a_page_break_is_one_table_under_one_header(bulletin_pdf):
    rows = [
        f"{n}\t지표 {n}번 항목의 설명이 길어서 칸 안에서 줄을 넘는 경우\t{n * 10}\t{n * 20}"
        for n in range(1, 31)
    ]
    text = "\n".join(
        [
            *(FILLER.format(n=n) for n in range(30)),
            "〈연도별 목표〉",
            "번호\t지표\t2024년\t2025년",
            *rows,
            "- 끝",
        ]
    )
    source = read_source(bulletin_pdf(text, "table.pdf"))
    lines = source.text.split("\n")

    start = lines.index("〈연도별 목표〉")
    assert lines[start + 1] == "번호\t지표\t2024년\t2025년"
    assert lines[start + 2 : start + 32] == rows  # the wrapped cell is one cell, the repeated header is gone
    assert lines[start + 32] == "- 끝"
    assert {page for page, _ in source.pages[start + 2 : start + 32]} == {1, 2}


def test_a_two_column_page_is_read_column_by_column(tmp_path, bulletin_fonts):
    items = [f"- 항목 {n:03d} 내용" for n in range(1, 151)]  # three columns' worth: two pages
    text = "\n".join(items)
    pdf = render_two_columns(text, tmp_path / "columns.pdf", bulletin_fonts(text))
    lines = read_source(pdf).text.split("\n")
    assert lines == items


def scanned_page_pdf(path: Path, fonts: dict[str, Path]) -> Path:
    """Page 1 with text, page 2 a scanned image of a page (pixels, no text layer)."""
    pdf = FPDF(format="A4")
    pdf.add_font("body", fname=str(fonts["body"]))
    pdf.set_font("body", size=10)
    pdf.add_page()
    pdf.cell(text="- 베이징시는 로봇 산업을 육성한다")
    pdf.add_page()
    scan = Image.new("L", (600, 850), 255)
    ImageDraw.Draw(scan).rectangle((60, 60, 540, 120), fill=0)
    pdf.image(scan, x=10, y=10, w=190)
    pdf.output(str(path))
    return path


def test_a_scanned_page_is_refused_with_its_number(tmp_path, bulletin_fonts):
    pdf = scanned_page_pdf(tmp_path / "scan.pdf", bulletin_fonts("- 베이징시는 로봇 산업을 육성한다"))
    with pytest.raises(BulletinError) as error:
        read_source(pdf)
    assert (
        str(error.value) == "scan.pdf: page 2 has no text layer (a scanned or image-only page); run OCR first"
    )
