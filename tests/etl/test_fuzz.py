"""The whole extractor on arbitrary and mutated bulletin text (issue 12): it never raises anything
but BulletinError, and what would be loaded has finite values and ordered ranges."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import config, quarantine
from etl.extract import extract
from etl.parse import parse_text
from etl.read import BulletinError

SEED_TEXT = (config.PROJECT_DIR / "seeds" / "000_1b9d18066b15c3c4.txt").read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.split("\n")
# Characters the number reader and the rules react to, and some they never saw.
ALPHABET = "0123456789,.~-–%:'‘’\"()（） 만억조천백수여개명위안원년월일까지이상이하약최대목표달성육성 \t\u202e\x0b가A"
pieces = st.text(alphabet=ALPHABET, max_size=120)


def loaded_records(text: str):
    """What `prepare` would hand the loader for this text; None when the text is refused."""
    try:
        bulletin = parse_text(text, file_name="fuzz.txt", sha256="0" * 64)
        extraction, _problems = quarantine.screen(bulletin, extract(bulletin), Path("fuzz.txt"))
    except BulletinError:
        return None
    return extraction.records


def assert_sound(records) -> None:
    for record in records or []:
        assert math.isfinite(record.value), record
        if record.value_max is not None:
            assert math.isfinite(record.value_max) and record.value_max >= record.value, record
        assert record.sentence.strip(), record


FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(line=pieces, at=st.integers(100, len(SEED_LINES) - 1))
def test_a_line_of_arbitrary_text_inside_a_bulletin(line, at):
    assert_sound(loaded_records("\n".join(SEED_LINES[:at] + ["- " + line] + SEED_LINES[at:])))


@FUZZ
@given(at=st.integers(100, len(SEED_LINES) - 1), start=st.integers(0, 80), piece=pieces)
def test_a_seed_line_with_a_piece_replaced(at, start, piece):
    lines = list(SEED_LINES)
    lines[at] = lines[at][:start] + piece + lines[at][start + len(piece) :]
    assert_sound(loaded_records("\n".join(lines)))


@FUZZ
@given(st.text(max_size=400))
def test_arbitrary_text_is_refused_or_read(text):
    assert_sound(loaded_records(text))
