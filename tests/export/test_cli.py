"""`python -m dashboard.export`: the files it writes and the inputs it refuses."""

from __future__ import annotations

import io
import subprocess
import sys
import xml.etree.ElementTree as ET

import pandas as pd
import pytest
from pptx import Presentation

from dashboard import charts, i18n
from dashboard.export.__main__ import main


def test_list_prints_the_chart_names_one_a_line():
    # A real process: what a scheduled job or a shell user sees.
    listed = subprocess.run(
        [sys.executable, "-m", "dashboard.export", "chart", "--list"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert listed.stdout.splitlines() == list(charts.CHARTS)


def test_deck_for_a_province_given_in_korean(export_db_file, tmp_path, capsys, chromium):
    out = tmp_path / "briefing.pptx"
    province = "광둥성"  # provinces.name_ko of the fixture, as a Korean user types it
    code = main(["deck", "--out", str(out), "--db", str(export_db_file), "--province", province,
                 "--years", "2025-2027", "--charts", "by_province,by_year"])  # fmt: skip
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    slides = Presentation(out).slides
    # Guangdong, years 2025–2027: c1, c2, c6. The region chart would be one bar (Guangdong): left out.
    assert len(slides) == 1 + 1 + 1
    (by_year,) = [shape.chart for shape in slides[1].shapes if shape.has_chart]
    # the year chart counts targets only: c1 and c6 (c2 is funding)
    assert sum(v or 0 for series in by_year.plots[0].series for v in series.values) == 2.0
    assert i18n.region_label("Guangdong", "ko") in slides[0].shapes[2].text_frame.text


def test_chart_svg_at_a_chosen_size(export_db_file, tmp_path, chromium):
    out = tmp_path / "by_sector.svg"
    assert main(["chart", "by_sector", "--format", "svg", "--size", "1280x720", "--out", str(out),
                 "--db", str(export_db_file), "--sector", "AI"]) == 0  # fmt: skip
    root = ET.fromstring(out.read_bytes())
    assert (root.get("width"), root.get("height")) == ("1280", "720")
    assert i18n.sector_label("AI", "ko") in "".join(root.itertext())


def test_table_csv(export_db_file, tmp_path):
    out = tmp_path / "commitments.csv"
    assert main(["table", "--format", "csv", "--out", str(out), "--db", str(export_db_file),
                 "--province", "Beijing"]) == 0  # fmt: skip
    back = pd.read_csv(io.BytesIO(out.read_bytes()), encoding="utf-8-sig")
    assert list(back["ID"]) == ["c3", "c4"]


@pytest.mark.parametrize("sector", ["반도체", "semiconductors", "Semiconductors", "데이터"])
def test_a_sector_is_taken_in_korean_english_or_as_its_id(export_db_file, tmp_path, sector):
    # 데이터 is one part of 컴퓨팅·데이터: it names computing_data alone
    expected = "computing_data" if sector == "데이터" else "semiconductors"
    out = tmp_path / "table.csv"
    assert (
        main(["table", "--format", "csv", "--out", str(out), "--db", str(export_db_file), "--sector", sector])
        == 0
    )
    back = pd.read_csv(io.BytesIO(out.read_bytes()), encoding="utf-8-sig")
    assert set(back[i18n.t("sector", "ko")]) == {i18n.sector_label(expected, "ko")}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["chart", "by_year", "--size", "800x600", "--out", "x.png"], "unsupported size"),
        (["chart", "nope", "--out", "x.png"], "name a chart"),
        (["chart", "by_year", "--format", "svg", "--out", "x.png"], "--out must end in .svg"),
        (["deck", "--out", "x.pptx", "--province", "Atlantis"], "unknown region 'Atlantis'"),
        (["deck", "--out", "x.pptx", "--sector", "'; DROP TABLE commitments; --"], "unknown sector"),
        (["deck", "--out", "x.pptx", "--years", "2030-2025"], "ends before it starts"),
        (["deck", "--out", "x.pptx", "--charts", "by_year,nope"], "unknown chart nope"),
        (["deck", "--out", "no/such/folder/x.pptx"], "folder for --out does not exist"),
    ],
)
def test_bad_input_is_refused_with_a_reason(export_db_file, tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main([*args, "--db", str(export_db_file)])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_database_says_how_to_build_it(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["deck", "--out", str(tmp_path / "x.pptx"), "--db", str(tmp_path / "none.duckdb")])
    assert "python -m etl build" in capsys.readouterr().err


def table_ids(export_db_file, tmp_path, *options: str) -> set[str]:
    out = tmp_path / "commitments.csv"
    assert main(["table", "--format", "csv", "--out", str(out), "--db", str(export_db_file), *options]) == 0
    return set(pd.read_csv(io.BytesIO(out.read_bytes()), encoding="utf-8-sig")["ID"])


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        # every filter of the dashboard is an option; names in Korean or English words (conftest.py's table)
        (["--sector", "반도체"], {"c1", "c4", "c6"}),
        (["--sector", "Semiconductors", "--kind", "target"], {"c1", "c4", "c6"}),
        (["--kind", "funding"], {"c2"}),
        (["--kind", "목표"], {"c1", "c3", "c4", "c5", "c6"}),
        (["--unit", "count"], {"c1", "c3"}),
        (["--years", "2027-"], {"c3", "c4", "c6"}),
        (["--years", "2025"], {"c1", "c2", "c5"}),
        (["--dates", "2023-08-01.."], {"c3", "c4", "c5", "c6"}),
        (["--dates", "..2023-07-31"], {"c1", "c2"}),
    ],
)
def test_every_filter_field_is_an_option(export_db_file, tmp_path, options, expected):
    assert table_ids(export_db_file, tmp_path, *options) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--kind", "goal"], "unknown kind 'goal'"),
        (["--years", "soon"], "--years must look like"),
        (["--dates", "2023-08-01..2023-07-01"], "ends before it starts"),
    ],
)
def test_bad_filter_values_are_refused(export_db_file, tmp_path, capsys, args, message):
    with pytest.raises(SystemExit) as exit_:
        main(["table", "--out", str(tmp_path / "x.csv"), "--db", str(export_db_file), *args])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err
