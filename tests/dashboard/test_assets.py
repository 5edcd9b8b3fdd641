"""Conventions that pay: the shipped map fits the database's names, and every page is navigable."""

import json
import re
from pathlib import Path

from dashboard import charts
from etl import gazetteer

ROOT = Path(__file__).resolve().parents[2]


def test_geojson_has_one_polygon_feature_per_province_and_nothing_else():
    collection = json.loads(charts.GEOJSON_FILE.read_text(encoding="utf-8"))
    features = collection["features"]
    assert {f["geometry"]["type"] for f in features} == {"MultiPolygon"}  # no boundary-line features
    assert sorted(f["id"] for f in features) == sorted(p.name_en for p in gazetteer.provinces())
    assert all(f["id"] == f["properties"]["name"] for f in features)
    assert "南海诸岛" not in charts.GEOJSON_FILE.read_text(encoding="utf-8")


def test_geojson_is_small_and_within_china():
    assert charts.GEOJSON_FILE.stat().st_size < 400_000
    collection = json.loads(charts.GEOJSON_FILE.read_text(encoding="utf-8"))
    points = [
        point
        for feature in collection["features"]
        for polygon in feature["geometry"]["coordinates"]
        for ring in polygon
        for point in ring
    ]
    assert all(73 <= lon <= 136 and 18 <= lat <= 54 for lon, lat in points)


def test_geojson_licence_is_shipped_and_stated():
    readme = (charts.GEOJSON_FILE.parent / "README.md").read_text(encoding="utf-8")
    assert "echarts@4.9.0" in readme and "Apache License 2.0" in readme
    assert (charts.GEOJSON_FILE.parent / "LICENSE-echarts").is_file()


def test_every_page_file_is_registered_in_navigation():
    app = (ROOT / "streamlit_app.py").read_text(encoding="utf-8")
    registered = set(re.findall(r'\("(\w+\.py)", "page_\w+"\)', app))
    on_disk = {p.name for p in (ROOT / "dashboard" / "app_pages").glob("*.py") if p.name != "__init__.py"}
    assert on_disk <= registered
