"""Build dashboard/assets/china_provinces.geojson from Apache ECharts 4.9.0's China map (run once).

    python scripts/make_province_geojson.py            # fetches echarts@4.9.0 with `npm pack`
    python scripts/make_province_geojson.py FILE.tgz   # or uses a tarball already downloaded

ECharts 4 ships `map/json/china.json` (Apache-2.0) in a compact encoding: every ring is a
string of zig-zag, delta-encoded character pairs, decoded as in ECharts' own
`src/coord/geo/parseGeoJson.js`. The file holds the 34 province-level polygons only (no
South China Sea inset or boundary-line features); we key each by the English province
name the database uses, close the rings, round to 0.01° (about 1 km) and drop anything
that is not a province polygon.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "dashboard" / "assets" / "china_provinces.geojson"
MEMBER = "package/map/json/china.json"
ENCODE_SCALE = 1024

# GB/T 2260 code of each province-level unit → the English name of the `region` column.
PROVINCE_BY_CODE = {
    "110000": "Beijing", "120000": "Tianjin", "130000": "Hebei", "140000": "Shanxi",
    "150000": "Inner Mongolia", "210000": "Liaoning", "220000": "Jilin", "230000": "Heilongjiang",
    "310000": "Shanghai", "320000": "Jiangsu", "330000": "Zhejiang", "340000": "Anhui",
    "350000": "Fujian", "360000": "Jiangxi", "370000": "Shandong", "410000": "Henan",
    "420000": "Hubei", "430000": "Hunan", "440000": "Guangdong", "450000": "Guangxi",
    "460000": "Hainan", "500000": "Chongqing", "510000": "Sichuan", "520000": "Guizhou",
    "530000": "Yunnan", "540000": "Tibet", "610000": "Shaanxi", "620000": "Gansu",
    "630000": "Qinghai", "640000": "Ningxia", "650000": "Xinjiang", "710000": "Taiwan",
    "810000": "Hong Kong", "820000": "Macao",
}  # fmt: skip


def decode_ring(encoded: str, offset: list[int]) -> list[list[float]]:
    prev_x, prev_y = offset
    ring = []
    for i in range(0, len(encoded), 2):
        x, y = ord(encoded[i]) - 64, ord(encoded[i + 1]) - 64
        x, y = (x >> 1) ^ -(x & 1), (y >> 1) ^ -(y & 1)
        prev_x, prev_y = prev_x + x, prev_y + y
        ring.append([round(prev_x / ENCODE_SCALE, 2), round(prev_y / ENCODE_SCALE, 2)])
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring


def decode_polygon(rings: list[str], offsets: list[list[int]]) -> list[list[list[float]]]:
    return [decode_ring(ring, offset) for ring, offset in zip(rings, offsets, strict=True)]


def province_feature(feature: dict) -> dict | None:
    code = str(feature["properties"]["id"])
    geometry = feature["geometry"]
    if code not in PROVINCE_BY_CODE or geometry["type"] not in ("Polygon", "MultiPolygon"):
        return None
    offsets = geometry["encodeOffsets"]
    if geometry["type"] == "Polygon":
        polygons = [decode_polygon(geometry["coordinates"], offsets)]
    else:
        polygons = [decode_polygon(p, o) for p, o in zip(geometry["coordinates"], offsets, strict=True)]
    polygons = [p for p in polygons if len(p[0]) >= 4]
    name = PROVINCE_BY_CODE[code]
    return {
        "type": "Feature",
        "id": name,
        "properties": {"name": name, "name_zh": feature["properties"]["name"], "code": code},
        "geometry": {"type": "MultiPolygon", "coordinates": polygons},
    }


def load_source(tarball: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        if tarball is None:
            subprocess.run(["npm", "pack", "echarts@4.9.0"], cwd=tmp, check=True, capture_output=True)
            tarball = Path(tmp) / "echarts-4.9.0.tgz"
        with tarfile.open(tarball) as archive:
            return json.load(archive.extractfile(MEMBER))


def main() -> None:
    source = load_source(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    features = [f for f in map(province_feature, source["features"]) if f is not None]
    missing = set(PROVINCE_BY_CODE.values()) - {f["id"] for f in features}
    if missing:
        raise SystemExit(f"provinces missing from the source: {sorted(missing)}")
    collection = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(features)} provinces, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
