"""Bytes → text: the first stage of the pipeline.

A bulletin arrives as a text conversion (UTF-8 with or without BOM, or the old
Korean Windows encoding CP949/EUC-KR) or as the original PDF. Whatever it is,
this module returns its text and provenance, or raises `BulletinError` naming
the file and the reason. The encoding is detected (charset-normalizer), never
assumed. A PDF is read as laid-out pages by etl/pdflayout.py, which also gives
each line's page.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from charset_normalizer import from_bytes
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from etl import config
from etl.pdflayout import read_layout

PDF_MAGIC = b"%PDF-"

# Decoded text with more than this share of control characters is binary data
# that some single-byte code page happened to accept.
MAX_CONTROL_CHAR_SHARE = 0.01

# charset-normalizer's codec names → the names stored in bulletins.encoding.
ENCODING_NAMES = {"utf_8": "utf-8", "cp949": "cp949", "euc_kr": "euc-kr", "ascii": "utf-8"}


class BulletinError(Exception):
    """A bulletin file that cannot be read or parsed: which file, why, and where."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path.name}:{self.line}" if self.line is not None else self.path.name
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class SourceText:
    """A bulletin file's text with the provenance the database keeps."""

    text: str
    sha256: str
    source_format: str  # text | pdf
    encoding: str  # utf-8, utf-8-sig, cp949, euc-kr, pdf
    # For a PDF, (page, line on the page) of each text line; empty for a text file.
    pages: tuple[tuple[int, int], ...] = ()


def read_source(path: Path) -> SourceText:
    """Read a bulletin file (text or PDF) and return its text; BulletinError if that is impossible."""
    data = read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    if data.startswith(PDF_MAGIC):
        text, pages = pdf_text(path, data)
        return SourceText(text, sha256, "pdf", "pdf", pages)
    text, encoding = decode_text(path, data)
    return SourceText(text, sha256, "text", encoding)


def read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise BulletinError(path, "is a directory, not a bulletin file")
    try:
        size = path.stat().st_size
        if size > config.MAX_INPUT_BYTES:
            limit = f"the {config.MAX_INPUT_BYTES:,}-byte limit (PTT_MAX_INPUT_BYTES)"
            raise BulletinError(path, f"file is {size:,} bytes, over {limit}")
        data = path.read_bytes()
    except FileNotFoundError:
        raise BulletinError(path, "file not found") from None
    except OSError as error:
        raise BulletinError(path, f"cannot be read: {error.strerror or error}") from None
    if not data.strip():
        raise BulletinError(path, "file is empty")
    return data


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode with the encoding charset-normalizer detects; newlines normalised to \\n."""
    best = from_bytes(data).best()
    if best is None:
        raise BulletinError(path, "binary data or an unknown encoding: not a text bulletin")
    text = str(best)
    if control_char_share(text) > MAX_CONTROL_CHAR_SHARE:
        raise BulletinError(path, f"binary data (decodes as {best.encoding} only with control characters)")
    if best.encoding not in ENCODING_NAMES:
        raise BulletinError(
            path, f"text in an unsupported encoding ({best.encoding}); expected UTF-8 or CP949/EUC-KR"
        )
    encoding = "utf-8-sig" if best.bom and best.encoding == "utf_8" else ENCODING_NAMES[best.encoding]
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def control_char_share(text: str) -> float:
    controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\r\f")
    return controls / max(len(text), 1)


def pdf_text(path: Path, data: bytes) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The PDF's text as laid out on its pages (etl/pdflayout.py) and each line's (page, line)."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layout = read_layout(pdf)
    # A damaged PDF can fail deep inside pdfminer with any of these.
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as error:
        raise BulletinError(path, f"not a readable PDF ({error})") from None
    if not layout.lines:
        raise BulletinError(path, "PDF has no text layer (a scanned or image-only PDF); run OCR first")
    if layout.unreadable_pages:
        numbers = ", ".join(str(page) for page in layout.unreadable_pages)
        which = f"page {numbers} has" if len(layout.unreadable_pages) == 1 else f"pages {numbers} have"
        reason = f"{which} no text layer (a scanned or image-only page); run OCR first"
        raise BulletinError(path, reason)
    text = "\n".join(line.text for line in layout.lines)
    return text, tuple((line.page, line.page_line) for line in layout.lines)
