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
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from charset_normalizer import from_bytes
from pdfminer.pdfdocument import PDFPasswordIncorrect
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
        return one_line(f"{where}: {self.reason}")

    def __reduce__(self):  # sent back from a worker process of the build's pool
        return (type(self), (self.path, self.reason, self.line))


def one_line(text: str) -> str:
    """`text` with its control characters written as escapes: a newline in a file name must not
    split a one-line message, nor a bidi override turn it around on a terminal."""
    return "".join(char if char.isprintable() or char == " " else ascii(char)[1:-1] for char in text)


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
    """The file's bytes. Only a regular file is read (a FIFO would block for ever, /dev/zero never
    ends), and the size limit holds for what is read, not for what stat said beforehand."""
    limit = config.MAX_INPUT_BYTES
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise BulletinError(path, "file not found") from None
    except OSError as error:
        kind = _kind_by_name(path)  # a socket cannot even be opened
        reason = f"is {kind}, not a bulletin file" if kind else f"cannot be read: {error.strerror or error}"
        raise BulletinError(path, reason) from None
    status = os.fstat(fd)
    kind = special_file_kind(status.st_mode)
    if kind or status.st_size > limit:
        os.close(fd)
        if kind:
            raise BulletinError(path, f"is {kind}, not a bulletin file")
        raise BulletinError(path, f"file is {status.st_size:,} bytes, over {_limit_words()}")
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise BulletinError(path, f"cannot be read: {error.strerror or error}") from None
    if len(data) > limit:
        raise BulletinError(path, f"file grew while read, over {_limit_words()}")
    if not data.strip():
        raise BulletinError(path, "file is empty")
    return data


def _limit_words() -> str:
    return f"the {config.MAX_INPUT_BYTES:,}-byte limit (PTT_MAX_INPUT_BYTES)"


def _kind_by_name(path: Path) -> str | None:
    try:
        return special_file_kind(path.stat().st_mode)
    except OSError:
        return None


def special_file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    found = next((words for test, words in kinds if test(mode)), None)
    return found or (None if stat.S_ISREG(mode) else "not a regular file")


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """Decode with the encoding charset-normalizer detects; newlines normalised to \\n."""
    best = from_bytes(data).best()
    if best is None:
        raise BulletinError(path, "binary data or an unknown encoding: not a text bulletin")
    text = str(best)
    if "\x00" in text:  # stored, a NUL would cut the line short in many a viewer
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise BulletinError(path, "NUL byte in the text: a damaged file, not a plain-text bulletin", line)
    if control_char_share(text) > MAX_CONTROL_CHAR_SHARE:
        raise BulletinError(path, f"binary data (decodes as {best.encoding} only with control characters)")
    if best.encoding not in ENCODING_NAMES:
        raise BulletinError(
            path, f"text in an unsupported encoding ({best.encoding}); expected UTF-8 or CP949/EUC-KR"
        )
    encoding = "utf-8-sig" if best.bom and best.encoding == "utf_8" else ENCODING_NAMES[best.encoding]
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def control_char_share(text: str) -> float:
    return len(_CONTROL_CHAR.findall(text)) / max(len(text), 1)


# The C0 control characters other than \t \n \f \r: what a text decoded from binary data is full of.
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def pdf_text(path: Path, data: bytes) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The PDF's text as laid out on its pages (etl/pdflayout.py) and each line's (page, line)."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layout = read_layout(pdf)
    except PdfminerException as error:
        if isinstance(error.args[0] if error.args else None, PDFPasswordIncorrect):
            raise BulletinError(path, "PDF is password-protected: save a copy without the password") from None
        raise BulletinError(path, f"not a readable PDF ({_cause(error)})") from None
    # A damaged PDF can fail deep inside pdfminer with any of these.
    except (PDFSyntaxError, ValueError, KeyError, TypeError) as error:
        raise BulletinError(path, f"not a readable PDF ({_cause(error)})") from None
    if not layout.lines:
        raise BulletinError(path, "PDF has no text layer (a scanned or image-only PDF); run OCR first")
    problems = []
    if layout.damaged_pages:
        problems.append(f"{_pages(layout.damaged_pages)} could not be read (damaged content)")
    if layout.unreadable_pages:
        has = "has" if len(layout.unreadable_pages) == 1 else "have"
        problems.append(
            f"{_pages(layout.unreadable_pages)} {has} no text layer (a scanned or image-only page)"
        )
    if problems:
        advice = "; run OCR first" if layout.unreadable_pages else "; the file is not loaded"
        raise BulletinError(path, "; ".join(problems) + advice)
    text = "\n".join(line.text for line in layout.lines)
    return text, tuple((line.page, line.page_line) for line in layout.lines)


def _pages(numbers: tuple[int, ...]) -> str:
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(str(number) for number in numbers)


def _cause(error: Exception) -> str:
    """pdfplumber wraps pdfminer's error, often one with an empty message: name its type then."""
    inner = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    return str(inner) or type(inner).__name__
