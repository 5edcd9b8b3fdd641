"""Every word the dashboard shows, Korean first and English with the sidebar toggle.

Region and sector names come from the reference data (etl.gazetteer, etl.sectors), so
the map, the tables and the exports call a province the same thing.
"""

from __future__ import annotations

from etl import gazetteer, sectors

LANGS = ("ko", "en")

# key → (Korean, English)
LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("중국 과학기술 정책 목표 추적", "China S&T Policy Target Tracker"),
    "page_overview": ("개요", "Overview"),
    "page_explorer": ("목표 탐색", "Explorer"),
    "page_regions": ("지역", "Regions"),
    "page_sectors": ("산업", "Sectors"),
    "page_timeline": ("일정", "Timeline"),
    "page_detail": ("목표 상세", "Detail"),
    "page_sources": ("자료", "Sources"),
    "page_deck": ("브리핑 슬라이드", "Briefing deck"),
    "filters": ("필터", "Filters"),
    "language": ("언어", "Language"),
    "ignored_value": ("알 수 없는 {what} '{value}' 무시", "Unknown {what} '{value}' ignored"),
    "province": ("지역", "Province / region"),
    "city": ("도시", "City"),
    "sector": ("산업", "Sector"),
    "target_year": ("목표연도", "Target year"),
    "kind": ("유형", "Kind"),
    "issuer": ("발표 주체", "Issuer"),
    "bulletin_date": ("발행일", "Issue date"),
    "unit": ("단위", "Unit"),
    "search": ("검색 (대상·원문)", "Search (subject, sentence)"),
    "reset_filters": ("필터 초기화", "Reset filters"),
    "all_commitments": ("전체 목표", "All commitments"),
    "value": ("수치", "Value"),
    "subject": ("대상", "Subject"),
    "sentence": ("원문", "Source sentence"),
    "value_text": ("원문 표기", "As printed"),
    "field": ("항목", "Field"),
    "content": ("내용", "Value"),
    "reference_title": ("자료명", "Title"),
    "plan_period": ("계획 기간", "Plan period"),
    "article": ("기사", "Article"),
    "bulletin": ("주간동향", "Bulletin"),
    "commitments": ("목표", "Commitments"),
    "count_axis": ("목표 수 (건)", "Commitments (count)"),
    "n_bulletins": ("주간동향", "Bulletins"),
    "n_commitments": ("목표", "Commitments"),
    "n_provinces": ("지역", "Regions"),
    "n_sectors": ("산업", "Sectors"),
    "nearest_deadlines": ("다가오는 목표연도", "Nearest deadlines"),
    "empty": ("조건에 맞는 목표가 없습니다. 필터를 넓혀 보세요.", "No commitments match these filters."),
    "building_db": ("주간동향에서 데이터베이스를 만드는 중…", "Building the database from the bulletins…"),
    "built_db": ("데이터베이스를 만들었습니다.", "Database built."),
    "rows_shown": ("{n}건", "{n} commitments"),
    "select_row_hint": (
        "행을 선택하면 원문과 상세 정보가 열립니다.",
        "Select a row to open its source and details.",
    ),
    "choose_commitment": ("목표를 선택하세요", "Choose a commitment"),
    "no_commitment": ("선택한 목표가 없습니다. 목표 탐색에서 행을 선택하세요.", "No commitment selected."),
    "article_text": ("기사 본문 (원문 문장 강조)", "Article text (source sentence marked)"),
    "references": ("참고자료", "References"),
    "same_article": ("같은 기사의 다른 목표", "Other records from the same article"),
    "line": ("줄", "line"),
    "page_text": ("{page}쪽 본문 (원문 문장 강조)", "Text of page {page} (source sentence marked)"),
    "loaded_bulletins": ("불러온 자료 (주간동향·단일 기사)", "Files loaded (bulletins and single articles)"),
    "source_kind": ("자료 유형", "Kind of source"),
    "sources_hint": (
        "주간동향은 한 호 전체, 단일 기사는 웹에서 저장하거나 붙여 넣은 기사 하나입니다. "
        "발행일은 단일 기사의 경우 기사에 적힌 등록일·게시일 (없으면 발표일, 또는 --date로 지정한 날짜)입니다.",
        "A bulletin is a whole weekly issue; a single article is one article saved from the web or pasted. "
        "A single article's date is the one it prints (posted, else announced) or the one given with --date.",
    ),
    "failures": ("불러오지 못한 파일과 기록", "Files and records not loaded"),
    "no_failures": ("빠진 파일이나 기록이 없습니다.", "Every file and record loaded."),
    "articles": ("기사 수", "Articles"),
    "reason": ("사유", "Reason"),
    "file_name": ("파일", "File"),
    "choose_province": ("지역 선택 (다른 화면도 이 지역으로 필터)", "Choose a province (filters every page)"),
    "all": ("전체", "All"),
    "group_by": ("묶음 기준", "Group by"),
    "value_unit": ("수치 단위", "Unit of values"),
    "source_prefix": ("출처", "Source"),
    "source_more": ("외 {n}건", "and {n} more"),
    "publisher": ("한중과학기술협력센터", "KOSTEC"),
    "bulletin_title": ("중국 과학기술 정책 주간동향", "China S&T Policy Weekly"),
    "no_year": ("연도 미상", "No year"),
    "other_units_note": (
        "{unit} 단위만 표시, 다른 단위 {n}건 제외",
        "Only values in {unit}; {n} in other units left out",
    ),
    "map_note": (
        "지도: Apache ECharts 4.9.0 성(省)급 경계 (Apache-2.0)",
        "Map: Apache ECharts 4.9.0 province outlines (Apache-2.0)",
    ),
}

# bulletins.kind → (Korean, English): what a loaded file is.
SOURCE_KIND_LABELS = {
    "bulletin": ("주간동향 (전체 호)", "Bulletin (whole issue)"),
    "article": ("단일 기사 (웹)", "Single article (web)"),
}

KIND_LABELS = {
    "target": ("목표", "Target"),
    "funding": ("지원·투자", "Funding"),
    "actual": ("실적", "Actual"),
}

# Canonical unit → (Korean axis word, English axis word); other units show as printed.
UNIT_NAMES = {
    "CNY": ("위안", "CNY"),
    "KRW": ("원", "KRW"),
    "USD": ("달러", "USD"),
    "count": ("개", "count"),
    "people": ("명", "people"),
    "percent": ("%", "%"),
    "years": ("년", "years"),
    "ratio": ("배", "ratio"),
    "rank": ("위", "rank"),
    "percentage_points": ("%p", "pp"),
    "robots_per_10k_workers": ("대 (근로자 1만 명당)", "robots per 10,000 workers"),
}
# The "per …" part of a rate unit the extractor composes: count_per_month, CNY_per_kW, m3_per_hour.
PER_NAMES = {
    "month": ("월", "month"),
    "hour": ("시간", "hour"),
    "kW": ("kW", "kW"),
    "10k_people": ("1만 명", "10,000 people"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str = "ko", **values: object) -> str:
    text = _pick(LABELS[key], lang)
    return text.format(**values) if values else text


def region_label(name_en: str, lang: str = "ko") -> str:
    return gazetteer.region_label(name_en, lang)


def sector_label(sector_id: str, lang: str = "ko") -> str:
    return sectors.sector_label(sector_id, lang)


def kind_label(kind: str, lang: str = "ko") -> str:
    return _pick(KIND_LABELS[kind], lang) if kind in KIND_LABELS else kind


def source_kind_label(kind: str, lang: str = "ko") -> str:
    return _pick(SOURCE_KIND_LABELS[kind], lang) if kind in SOURCE_KIND_LABELS else kind


def unit_name(unit: str, lang: str = "ko") -> str:
    """The unit's word; a composed rate reads "개/월", "위안/kW"; any other unit shows as printed."""
    if unit in UNIT_NAMES:
        return _pick(UNIT_NAMES[unit], lang)
    base, sep, per = unit.partition("_per_")
    if sep and per in PER_NAMES:
        return f"{unit_name(base, lang)}/{_pick(PER_NAMES[per], lang)}"
    return unit
