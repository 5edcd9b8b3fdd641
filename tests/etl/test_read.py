"""etl.read: every input format gives the same bulletin; every bad input a clear error."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from fpdf import FPDF

from etl import config
from etl.parse import parse_file
from etl.read import BulletinError, read_source

SEED = "004_32315275824c7094.txt"


@pytest.fixture(scope="module")
def korean_text(seed_paths) -> str:
    """Seed 004 with the few characters CP949 cannot encode (•, ✓, simplified Chinese) replaced by '?'."""
    text = next(path for path in seed_paths if path.name == SEED).read_text(encoding="utf-8")
    return text.encode("cp949", errors="replace").decode("cp949")


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp949", "cp949"), ("euc-kr", "cp949")],
)
def test_every_text_encoding_gives_the_same_articles(tmp_path, korean_text, encoding, detected):
    reference = tmp_path / "reference" / SEED
    reference.parent.mkdir()
    reference.write_bytes(korean_text.encode("utf-8"))
    encoded = tmp_path / SEED
    encoded.write_bytes(korean_text.encode(encoding))

    bulletin = parse_file(encoded)

    assert bulletin.encoding == detected  # CP949 is the superset of EUC-KR that Windows writes
    assert bulletin.articles == parse_file(reference).articles
    assert len(bulletin.articles) == 15
    assert bulletin.line(58) == "01 베이징·우시, 지식재산권 서비스 강화"
    assert not bulletin.line(1).startswith("\ufeff")


def test_windows_line_ends_give_the_same_articles(tmp_path, korean_text):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(korean_text.replace("\n", "\r\n").encode("utf-8"))
    lf = tmp_path / "lf.txt"
    lf.write_bytes(korean_text.encode("utf-8"))
    assert parse_file(crlf).articles == parse_file(lf).articles
    assert not any("\r" in line for line in parse_file(crlf).lines)


@pytest.mark.parametrize("index", range(5))
def test_pdf_text_layer_gives_the_same_headlines(tmp_path, seed_paths, write_pdf, index):
    seed = seed_paths[index]
    pdf = write_pdf(seed.read_text(encoding="utf-8"), tmp_path / f"{seed.stem}.pdf")

    from_pdf = parse_file(pdf)

    from_text = parse_file(seed)
    assert (from_pdf.source_format, from_pdf.encoding) == ("pdf", "pdf")
    assert from_pdf.issue_date == from_text.issue_date
    assert [a.headline for a in from_pdf.articles] == [a.headline for a in from_text.articles]
    assert [a.part for a in from_pdf.articles] == [a.part for a in from_text.articles]
    assert [line.text for line in from_pdf.summary] == [line.text for line in from_text.summary]


def test_source_keeps_the_sha256_of_the_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("발행일\n".encode())
    # sha256 of the 10 bytes "발행일\n", computed with `printf '발행일\n' | sha256sum`
    assert read_source(path).sha256 == "3e2ecdcdccefff7ac525149fc7db5c780147f2ef56106f7c81829db8245310a0"


def image_only_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a drawing, no text: what a scanned page looks like to a parser
    pdf.output(str(path))
    return path


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: write(tmp / "empty.txt", b""), "file is empty"),
        (lambda tmp: write(tmp / "blank.txt", b"\n  \n\t\n"), "file is empty"),
        (
            lambda tmp: write(tmp / "random.txt", random.Random(0).randbytes(4096)),
            "binary data or an unknown encoding: not a text bulletin",
        ),
        (
            lambda tmp: write(
                tmp / "chinese.txt",
                "广州市人民政府关于印发广州南沙科学城总体发展规划的通知。".encode("gb18030") * 5,
            ),
            "text in an unsupported encoding (gb18030); expected UTF-8 or CP949/EUC-KR",
        ),
        (
            lambda tmp: image_only_pdf(tmp / "scan.pdf"),
            "PDF has no text layer (a scanned or image-only PDF); run OCR first",
        ),
        (
            lambda tmp: write(tmp / "broken.pdf", b"%PDF-1.7\nnot really a pdf\n%%EOF\n"),
            "not a readable PDF (No /Root object! - Is this really a PDF?)",
        ),
        (lambda tmp: tmp, "is a directory, not a bulletin file"),
        (lambda tmp: tmp / "missing.txt", "file not found"),
        # Tests run as root, so permissions cannot make a file unreadable; a path through a file can.
        (lambda tmp: write(tmp / "plain.txt", b"x") / "inside.txt", "cannot be read: Not a directory"),
    ],
    ids=[
        "empty",
        "whitespace only",
        "random bytes",
        "Chinese GB18030",
        "image-only PDF",
        "broken PDF",
        "directory",
        "missing",
        "unreadable",
    ],
)
def test_bad_inputs_give_a_clear_error(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(BulletinError) as caught:
        parse_file(path)
    assert caught.value.reason == reason
    assert caught.value.path == path
    assert str(caught.value) == f"{path.name}: {reason}"


def test_oversized_input_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "MAX_INPUT_BYTES", 100)
    path = write(tmp_path / "big.txt", "가".encode() * 50)
    with pytest.raises(BulletinError, match=r"big.txt: file is 150 bytes, over the 100-byte limit"):
        read_source(path)


@pytest.mark.parametrize(
    ("path", "reason", "line", "text"),
    [
        ("seeds/a.txt", "file is empty", None, "a.txt: file is empty"),
        (Path("/x/b.pdf"), "issue date missing", 12, "b.pdf:12: issue date missing"),
    ],
)
def test_error_text_names_file_and_line(path, reason, line, text):
    error = BulletinError(path, reason, line)
    assert str(error) == text
    assert (error.reason, error.line) == (reason, line)
