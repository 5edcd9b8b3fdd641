"""CSV and XLSX of the filtered commitments, read back with pandas and openpyxl."""

from __future__ import annotations

import io
from datetime import date, datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard import export, queries
from dashboard.export import tables
from dashboard.filters import Filters

# queries.commitments: newest bulletin first, then line order → c3, c4, c5, c6 (B2), c1, c2 (B1).
ORDER = ["c3", "c4", "c5", "c6", "c1", "c2"]
VALUES = [50, 20, 300, 1000, 300, 1e10]
UNITS = ["개", "%", "EFLOPS", "명", "개", "위안"]
QUALIFIERS = ["", "이상", "", "약", "이상", ""]
YEARS = [2027, 2030, 2025, 2027, 2025, 2025]
DATES = [date(2023, 8, 4)] * 4 + [date(2023, 7, 7)] * 2


def frame(con) -> pd.DataFrame:
    return tables.table_frame(queries.commitments(con, Filters()), "ko")


def test_table_frame_keeps_numbers_and_puts_units_and_words_in_their_own_columns(export_db):
    table = frame(export_db)
    assert list(table["ID"]) == ORDER
    assert list(table["수치"]) == VALUES
    assert list(table["단위"]) == UNITS
    assert list(table["조건"]) == QUALIFIERS
    assert list(table["목표연도"]) == YEARS
    assert list(table["발행일"]) == DATES
    assert table["원문"][5] == "광둥성은 2025년까지 AI 산업에 100억 위안을 투자한다."


def test_csv_has_a_bom_and_reads_back_to_the_same_rows(export_db):
    table = frame(export_db)
    data = export.table_file(export_db, Filters(), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    # 1e10 is written out in full, 300 without a decimal point.
    assert "10000000000," in data.decode("utf-8-sig") and ",300," in data.decode("utf-8-sig")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert list(back.columns) == list(table.columns)
    assert list(back["ID"]) == ORDER
    assert list(back["수치"]) == VALUES
    assert list(back["단위"]) == UNITS
    assert list(back["조건"]) == QUALIFIERS
    assert list(back["목표연도"]) == YEARS
    assert list(back["발행일"]) == [d.isoformat() for d in DATES]
    assert list(back["원문"]) == list(table["원문"])


def test_csv_follows_the_filters(export_db):
    data = export.table_file(export_db, Filters(provinces=("Guangdong",)), "csv")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["ID"]) == ["c6", "c1", "c2"]


def test_xlsx_reads_back_with_numbers_as_numbers_and_dates_as_dates(export_db):
    table = frame(export_db)
    data = export.table_file(export_db, Filters(sectors=("semiconductors",)), "xlsx")
    back = pd.read_excel(io.BytesIO(data), sheet_name=0)
    assert list(back.columns) == list(table.columns)
    assert list(back["ID"]) == ["c4", "c6", "c1"]
    assert list(back["수치"]) == [20, 1000, 300]
    assert list(back["단위"]) == ["%", "명", "개"]
    assert list(back["목표연도"]) == [2030, 2027, 2025]
    assert list(back["원문"]) == list(table.set_index("ID").loc[["c4", "c6", "c1"], "원문"])

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    value_cell = sheet.cell(2, headers.index("수치") + 1)
    date_cell = sheet.cell(2, headers.index("발행일") + 1)
    assert value_cell.data_type == "n" and value_cell.number_format == "#,##0.##"
    assert date_cell.value == datetime(2023, 8, 4) and date_cell.number_format == "yyyy-mm-dd"
    assert sheet.cell(1, 1).font.bold
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["Q"].width == 80  # the source sentence, 17th column


def test_xlsx_about_sheet_names_filters_and_source(export_db):
    data = export.table_file(export_db, Filters(provinces=("Guangdong",)), "xlsx", issued_on=date(2026, 1, 2))
    about = load_workbook(io.BytesIO(data)).worksheets[1]
    rows = {row[0]: row[1] for row in about.iter_rows(values_only=True)}
    assert rows["출처"] == "출처: 한중과학기술협력센터, 중국 과학기술 정책 주간동향 2023.8.4 외 1건"
    assert rows["내보낸 날짜"] == "2026-01-02"


def test_text_that_excel_would_run_as_a_formula_stays_text():
    table = pd.DataFrame({"원문": ['=HYPERLINK("http://x")', "- 2025년까지 300개"], "수치": [1.0, 2.0]})
    csv_text = tables.to_csv(table).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'- 2025년까지" not in csv_text and "- 2025년까지" in csv_text
    sheet = load_workbook(io.BytesIO(tables.to_xlsx(table, {}))).worksheets[0]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == '=HYPERLINK("http://x")'


def test_exports_say_which_numbers_were_checked_and_by_whom(export_db):
    export_db.execute(
        "UPDATE commitments SET review_status = 'corrected', reviewed_by = 'kim' WHERE id = 'c5'"
    )
    export_db.execute(
        "UPDATE commitments SET review_status = 'accepted', reviewed_by = 'lee' WHERE id = 'c1'"
    )
    records = queries.commitments(export_db, Filters())
    table = tables.table_frame(records, "ko")
    assert list(table["검토 상태"]) == ["미검토", "미검토", "수정", "미검토", "확인", "미검토"]
    assert list(table["검토자"].fillna("")) == ["", "", "kim", "", "lee", ""]
    deck = tables.deck_table(records, "en")
    assert list(deck["Review"]) == [
        "Not checked", "Not checked", "Corrected (kim)", "Not checked", "Accepted (lee)", "Not checked",
    ]  # fmt: skip
    # The slide notes: c5 (National, 2023-08-04) was corrected by kim; c3 was not checked.
    by_id = pd.DataFrame({"id": ["c5", "c3"], "value": [1, 1]})
    notes = export.contributing_sentences(export_db, Filters(), by_id)
    assert notes[1].startswith("[2023.8.4 · 중국 전국 · 수정 (kim)] ")
    assert notes[0].startswith("[2023.8.4 · ") and "(kim)" not in notes[0] and "미검토" not in notes[0]


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("-1+2", True),
        ("-=1+2", True),
        ("- =HYPERLINK(1)", True),
        ("-cmd|' /C calc'!A0", True),
        ("-SUM(A1:A2)", True),
        ("+1", True),
        ("@SUM(1)", True),
        ("\t=1", True),
        ("- 2025년까지 첨단 로봇 제품 100개 육성", False),
        ("- (미래산업) 디지털해양 육성", False),
        ("- 20개 부처", False),
        ("-5", False),
        ("로봇 100개", False),
    ],
)
def test_only_a_real_formula_gets_the_apostrophe(text, formula):
    assert tables.is_formula(text) is formula
