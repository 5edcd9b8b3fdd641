"""The filtered commitments as a spreadsheet: CSV (UTF-8 with BOM) and XLSX.

Numbers stay numbers, with the unit in a column of its own, so a reader can sum and
sort in Excel; every row keeps its source sentence and bulletin date.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dashboard import i18n
from dashboard.formatting import format_value

# Excel runs a cell that starts with one of these as a formula (CSV injection);
# such text gets a leading apostrophe, which Excel reads as "this is text".
FORMULA_STARTS = ("=", "+", "@", "\t", "\r")
# A leading minus makes a formula only when an expression follows: "-1+2", "-=…", "-cmd|…",
# "-SUM(…)". The bulletins' "- 2025년까지 …" bullets are sentences and stay as printed.
_MINUS_FORMULA = re.compile(r"-\s*(?:[=+\-@]|[A-Za-z0-9_.$]+\s*[-+*/^&=<>(!:|])")


@dataclass(frozen=True)
class Column:
    key: str  # the commitments column it comes from
    width: int  # characters, for the XLSX
    label: Callable[[Any, str], str] | None = None  # value → what a reader sees
    number_format: str | None = None


def _qualifier(value: str, lang: str) -> str:
    return i18n.t(f"table.qualifier.{value}", lang) if i18n.has(f"table.qualifier.{value}") else ""


def _per_year(value: bool, lang: str) -> str:
    return i18n.t("table.word.per_year", lang) if value else ""


COLUMNS = (
    Column("issue_date", 11, number_format="yyyy-mm-dd"),
    Column("region", 16, i18n.region_label),
    Column("city", 12),
    Column("sector", 14, i18n.sector_label),
    Column("kind", 9, i18n.kind_label),
    Column("subject", 28),
    Column("value", 16, number_format="#,##0.##"),
    Column("value_max", 12, number_format="#,##0.##"),
    Column("unit", 8, i18n.unit_name),
    Column("qualifier", 7, _qualifier),
    Column("per_year", 7, _per_year),
    Column("value_text", 16),
    Column("target_year", 9, number_format="0"),
    Column("plan_period", 11),
    Column("issuer", 16),
    Column("article_title", 40),
    Column("sentence", 80),
    Column("bulletin", 22),
    Column("line", 6, number_format="0"),
    Column("id", 18),
    Column("review_status", 10, i18n.review_status_label),
    Column("reviewed_by", 14),
    Column("reviewed_at", 17, number_format="yyyy-mm-dd hh:mm"),
)


def header(key: str, lang: str) -> str:
    if i18n.has(f"table.header.{key}"):
        return i18n.t(f"table.header.{key}", lang)
    i18n_key = {
        "issue_date": "bulletin_date",
        "region": "province",
        "article_title": "article",
        "reviewed_by": "reviewer",
        "n_mentions": "mentions",
    }.get(key, key)
    return i18n.t(i18n_key, lang)


def table_frame(commitments: pd.DataFrame, lang: str = "ko") -> pd.DataFrame:
    """Commitments rows → the export table: labelled headers, words for codes, numbers kept numeric."""
    source = commitments.assign(
        subject=commitments["subject_en"].fillna(commitments["subject_ko"])
        if lang == "en"
        else commitments["subject_ko"],
        issue_date=pd.to_datetime(commitments["issue_date"]).dt.date,
    )
    out = {}
    for column in COLUMNS:
        values = source[column.key]
        if column.label is not None:
            values = values.map(lambda v, label=column.label: "" if _missing(v) else label(v, lang))
        out[header(column.key, lang)] = values
    frame = pd.DataFrame(out)
    for key in ("target_year", "line"):
        frame[header(key, lang)] = frame[header(key, lang)].astype("Int64")
    if "status" in commitments.columns:
        for key, values in tracking_words(commitments, lang).items():
            frame[header(key, lang)] = values
    return frame.reset_index(drop=True)


def tracking_words(commitments: pd.DataFrame, lang: str) -> dict[str, list]:
    """Status, mentions, revision and flags of each row in words (empty for an untracked actual)."""
    rows = list(commitments.itertuples())
    return {
        "status": [
            "" if _missing(r.status) else i18n.status_label(r.status, lang, r.outcome_share) for r in rows
        ],
        "n_mentions": [None if _missing(r.n_mentions) else int(r.n_mentions) for r in rows],
        "revision": [
            "" if _missing(r.revision) else i18n.revision_label(r.revision, r.changes, lang) for r in rows
        ],
        "flags": [
            ", ".join(i18n.flag_label(f, lang) for f in (r.flags if r.flags is not None else []))
            for r in rows
        ],
    }


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def is_formula(text: str) -> bool:
    """Would Excel read this cell as a formula?"""
    return text.startswith(FORMULA_STARTS) or bool(_MINUS_FORMULA.match(text))


def _as_text(value: object) -> object:
    if isinstance(value, str) and is_formula(value):
        return "'" + value
    return value


def to_csv(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a BOM: without it Excel reads Korean as mojibake."""
    safe = frame.map(_as_text)
    # %.15g: 1.8e12 as 1800000000000 and 300 as 300, not 1.8e+12 or 300.0.
    text = safe.to_csv(index=False, float_format="%.15g", lineterminator="\r\n")
    return text.encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame, about: dict[str, str], lang: str = "ko") -> bytes:
    """XLSX: the table on the first sheet (header row, filters, widths, formats); `about` on the second."""
    book = Workbook()
    sheet = book.active
    sheet.title = i18n.t("table.word.sheet_commitments", lang)
    _write_table(sheet, frame)
    info = book.create_sheet(i18n.t("table.word.sheet_about", lang))
    for row, (name, value) in enumerate(about.items(), start=1):
        info.cell(row, 1, name).font = Font(bold=True)
        info.cell(row, 2, value).data_type = "s"
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 100
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_table(sheet, frame: pd.DataFrame) -> None:
    bold, fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="1F4E79")
    formats = {header(c.key, "en"): c for c in COLUMNS} | {header(c.key, "ko"): c for c in COLUMNS}
    for j, name in enumerate(frame.columns, start=1):
        cell = sheet.cell(1, j, name)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        column = formats.get(name)
        sheet.column_dimensions[get_column_letter(j)].width = column.width if column else 14
    for i, record in enumerate(frame.itertuples(index=False), start=2):
        for j, (name, value) in enumerate(zip(frame.columns, record, strict=True), start=1):
            cell = sheet.cell(i, j, None if _missing(value) else value)
            if isinstance(value, str):
                # openpyxl would store "=…" as a formula; data is never a formula.
                cell.data_type = "s"
            column = formats.get(name)
            if column and column.number_format:
                cell.number_format = column.number_format
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def deck_table(commitments: pd.DataFrame, lang: str = "ko") -> pd.DataFrame:
    """The few columns a slide has room for, values written the way a reader writes them."""
    source = i18n.t("bulletin", lang)
    frame = pd.DataFrame(
        {
            i18n.t("province", lang): commitments["region"].map(lambda r: i18n.region_label(r, lang)),
            i18n.t("sector", lang): commitments["sector"].map(lambda s: i18n.sector_label(s, lang)),
            i18n.t("subject", lang): commitments["subject_ko"],
            # Target, funding or achieved figure: an achieved figure is never read as a target.
            i18n.t("kind", lang): commitments["kind"].map(lambda k: i18n.kind_label(k, lang)),
            i18n.t("value", lang): [
                format_value(r.value, r.unit, r.qualifier, lang, r.value_max)
                for r in commitments.itertuples()
            ],
            i18n.t("target_year", lang): commitments["target_year"].astype("Int64"),
            i18n.t("source_prefix", lang): [
                f"{source} {bulletin_date(d)}" for d in pd.to_datetime(commitments["issue_date"])
            ],
            i18n.t("review_status", lang): review_words(commitments, lang),
        }
    ).reset_index(drop=True)
    if "status" in commitments.columns:
        for key, values in tracking_words(commitments, lang).items():
            frame[header(key, lang)] = values
    return frame


def review_words(commitments: pd.DataFrame, lang: str = "ko") -> list[str]:
    """Each row's review state and who checked it: "수정 (kim)", "미검토"."""
    return [
        i18n.review_label(status, who, lang)
        for status, who in zip(commitments["review_status"], commitments["reviewed_by"], strict=True)
    ]


def bulletin_date(day) -> str:
    """A bulletin's date the way KOSTEC prints it: 2023.7.7."""
    return f"{day.year}.{day.month}.{day.day}"
