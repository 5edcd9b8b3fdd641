"""Every word the dashboard shows, Korean first and English with the sidebar toggle.

Region and sector names come from the reference data (etl.gazetteer, etl.sectors), so
the map, the tables and the exports call a province the same thing.
"""

from __future__ import annotations

import math

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
    # Headline figures and chart notes that keep targets, funding and achieved figures apart.
    "n_targets": ("목표", "Targets"),
    "n_funding": ("지원·투자", "Funding"),
    "n_actuals": ("실적 (달성치)", "Achieved figures"),
    "targets_only_note": ("목표만 셈 (제외: {kinds})", "Targets only (not counted: {kinds})"),
    "actuals_left_out_note": (
        "실적(달성치) {n}건은 목표가 아니므로 제외",
        "Achieved figures left out (not targets): {n}",
    ),
    "one_category_note": (
        "이 조건에서는 항목이 하나뿐입니다",
        "Only one category under these filters",
    ),
    "by_city_title": (
        "{province} 도시별 목표·지원·실적 수",
        "{province}: targets, funding and actuals by city",
    ),
    "province_wide": ("성 전역 (도시 미지정)", "Province-wide (no city)"),
    "one_sector_title": ("{sector}: 유형별 수", "{sector}: commitments by kind"),
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
    "page_review": ("검토", "Review"),
    "reviewed_only": ("검토된 목표만", "Reviewed only"),
    "with_rejected": ("제외된 목표 포함", "Include rejected"),
    "reviewer": ("검토자", "Reviewer"),
    "reviewer_help": (
        "검토 기록에 남는 이름 (한 번 입력하면 링크에도 유지)",
        "The name your reviews are signed with (kept in the link)",
    ),
    "reviewer_needed": (
        "사이드바에 검토자 이름을 입력하세요.",
        "Enter your name as reviewer in the sidebar.",
    ),
    "read_only": (
        "읽기 전용 화면입니다. 검토와 자료 추가는 할 수 없습니다.",
        "This dashboard is read-only: reviews and uploads are turned off.",
    ),
    "review_status": ("검토 상태", "Review"),
    "reviewed_at": ("검토 일시", "Checked at"),
    "status_extracted": ("미검토", "Not checked"),
    "status_accepted": ("확인", "Accepted"),
    "status_corrected": ("수정", "Corrected"),
    "status_added": ("추가", "Added"),
    "status_rejected": ("제외", "Rejected"),
    "checked_by": ("{status} ({who})", "{status} ({who})"),
    "queue_progress": ("검토할 목표 {n}건 중 {i}번째", "{i} of {n} in the queue"),
    "queue_empty": ("검토할 목표가 없습니다.", "Nothing left to check."),
    "queue_done_too": ("검토한 목표도 보기", "Show reviewed records too"),
    "queue_bulletins": ("주간동향 선택 (비우면 전체)", "Bulletins (empty: all)"),
    "confidence": ("신뢰도", "Confidence"),
    "accept": ("확인", "Accept"),
    "next": ("다음", "Next"),
    "previous": ("이전", "Previous"),
    "keys_hint": ("단축키: A 확인 · N 다음 · P 이전", "Keys: A accept · N next · P previous"),
    "correct": ("수정", "Correct"),
    "save_correction": ("수정 저장", "Save correction"),
    "reject": ("제외", "Reject"),
    "reject_reason": ("제외 사유", "Reason"),
    "reason_not_commitment": ("목표가 아님", "Not a commitment"),
    "reason_duplicate": ("중복", "Duplicate"),
    "reason_wrong_article": ("다른 기사의 내용", "Wrong article"),
    "reason_other": ("기타", "Other"),
    "note": ("설명", "Note"),
    "add_missed": ("누락된 목표 추가", "Add a missed commitment"),
    "add_line": ("문장 (줄)", "Sentence (line)"),
    "add_number": ("줄에서 찾은 수치", "Number found on the line"),
    "no_numbers": ("이 줄에서 수치를 찾지 못했습니다.", "No number found on this line."),
    "add": ("추가", "Add"),
    "value_max": ("최대값", "Upper value"),
    "qualifier": ("조건", "Qualifier"),
    "subject_en": ("대상 (영문)", "Subject (English)"),
    "not_taken": ("추출하지 않은 수치", "Numbers not taken"),
    "not_taken_all": (
        "이 기사의 모든 수치 (제외 사유가 기록되지 않은 기사)",
        "Every number in the article (no reasons were recorded for it)",
    ),
    "saved": ("저장했습니다: {what}", "Saved: {what}"),
    "not_saved": ("저장하지 못했습니다: {reason}", "Not saved: {reason}"),
    "history": ("검토 이력", "Review history"),
    "no_history": ("아직 검토되지 않았습니다.", "Not reviewed yet."),
    "action": ("작업", "Action"),
    "before": ("이전 값", "Before"),
    "after": ("새 값", "After"),
    "when": ("일시 (UTC)", "When (UTC)"),
    "orphaned": ("연결할 목표가 없는 검토", "Reviews that match no record"),
    "why": ("이유", "Why"),
    "upload": ("자료 추가", "Add bulletins"),
    "upload_help": (
        ".txt (UTF-8/CP949/EUC-KR) 또는 텍스트가 있는 .pdf, 파일당 최대 {mb}MB",
        ".txt (UTF-8/CP949/EUC-KR) or .pdf with a text layer, up to {mb} MB each",
    ),
    "paste_article": (
        "또는 기사 하나를 붙여 넣기 (제목과 날짜가 있는 본문)",
        "Or paste one article (its text, with its title and date)",
    ),
    "upload_button": ("불러오기", "Load"),
    "upload_loaded": ("{file}: 목표 {n}건을 불러왔습니다.", "{file}: loaded with {n} commitments."),
    "upload_refused": ("{file}: 불러오지 못했습니다 — {reason}", "{file}: refused — {reason}"),
    "upload_already_loaded": ("{file}: 이미 불러온 파일입니다.", "{file}: already loaded."),
    "review_this": ("이 목표 검토하기", "Review this commitment"),
    "review_new": ("새 목표 검토하기", "Review the new commitments"),
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


def review_status_label(status: str, lang: str = "ko") -> str:
    return t(f"status_{status}", lang) if f"status_{status}" in LABELS else status


def review_label(status: str, reviewer: object, lang: str = "ko") -> str:
    """ "수정 (kim)": the review state and who checked it, for tables and exports."""
    label = review_status_label(status, lang)
    return (
        t("checked_by", lang, status=label, who=reviewer) if isinstance(reviewer, str) and reviewer else label
    )


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


# Tracking pages (추적, 이번 호, 마감 일정, 데이터 품질): status, revision and flag words.
LABELS.update(
    {
        "page_tracker": ("추적", "Tracker"),
        "page_this_issue": ("이번 호", "This issue"),
        "page_deadlines": ("마감 일정", "Deadlines"),
        "page_quality": ("데이터 품질", "Data quality"),
        "as_of": ("기준일 (상태 판단)", "Status as of"),
        "status": ("상태", "Status"),
        "deadline": ("기한", "Deadline"),
        "latest_value": ("최신 목표치", "Latest value"),
        "progress": ("진척도", "Progress"),
        "mentions": ("언급", "Mentions"),
        "revisions": ("수정", "Revisions"),
        "revision": ("변경", "Change"),
        "before": ("이전 값 (연도)", "Before (year)"),
        "flags": ("품질 플래그", "Flags"),
        "flag": ("플래그", "Flag"),
        "detail": ("근거", "Detail"),
        "no_flags": ("품질 플래그가 없습니다.", "No data-quality flags."),
        "choose_target": ("추적 목표 선택", "Choose a tracked target"),
        "target_mentions": ("주간동향별 언급", "Mentions over time"),
        "evidence": ("실적 근거", "Evidence (actuals)"),
        "baseline": ("기준치", "Baseline"),
        "actual": ("실적", "Actual"),
        "target_marker": ("목표", "Target"),
        "required_path": ("필요 경로", "Required path"),
        "growth_needed": ("필요 연평균 증가율", "Yearly growth needed"),
        "growth_observed": ("실제 연평균 증가율", "Yearly growth observed"),
        "progress_words": (
            "기준치 {base} ({base_year}) → 실적 {actual} ({actual_year}) → 목표 {target} ({year}): {share}",
            "baseline {base} ({base_year}) → actual {actual} ({actual_year}) → target {target} ({year}): {share}",
        ),
        "links_note": (
            "같은 목표의 연결은 지역·단위·대상 유사도·목표연도로 자동 판단한 것입니다 (검토자 병합·분리는 아직 반영되지 않음).",
            "Mentions are linked automatically by place, unit, subject similarity and year "
            "(a reviewer's merge or split is not applied yet).",
        ),
        "no_targets": ("조건에 맞는 추적 목표가 없습니다.", "No tracked targets match."),
        "choose_bulletin": ("주간동향 선택", "Choose a bulletin"),
        "n_new": ("신규", "New"),
        "n_revised": ("수정", "Revised"),
        "n_restated": ("재언급", "Restated"),
        "compared_with": ("{n}개 이전 호와 비교", "compared with {n} earlier bulletins"),
        "weekly_deck": ("주간 브리핑 슬라이드 (.pptx)", "Weekly briefing deck (.pptx)"),
        "weekly_deck_title": ("이번 호 목표 변화 브리핑", "This issue: what changed"),
        "changes_by_province": ("지역별 신규·수정·재언급", "New, revised and restated by province"),
        "changes_by_sector": ("산업별 신규·수정·재언급", "New, revised and restated by sector"),
        "deadlines_next": (
            "향후 12개월 내 기한 ({start} ~ {end})",
            "Falling due in the next 12 months ({start} – {end})",
        ),
        "deadlines_by_month": ("월별 기한 도래 목표", "Targets falling due by month"),
        "deadline_note": (
            "목표연도만 있는 목표는 그 해 12월 말을 기한으로 봅니다.",
            "A target with only a year falls due at the end of December of that year.",
        ),
        "month": ("월", "Month"),
        "evidence_year": ("실적 연도", "Year of the figure"),
        "role": ("구분", "Role"),
        "verdict": ("판정", "Verdict"),
        "share_of_way": ("목표까지 진척", "Share of the way"),
        "flags_by_kind": ("플래그 종류별 건수", "Flags by kind"),
        "quality_note": (
            "플래그는 검토할 수치를 가리킬 뿐 수치를 바꾸지 않습니다.",
            "A flag points a reviewer at a number; it never changes one.",
        ),
    }
)

STATUS_LABELS = {
    "upcoming": ("예정", "Upcoming"),
    "due_this_year": ("올해 기한", "Due this year"),
    "deadline_passed": ("기한 경과 · 결과 미상", "Deadline passed · outcome unknown"),
    "no_deadline": ("기한 없음", "No deadline"),
    "achieved": ("달성", "Achieved"),
    "not_achieved": ("미달성", "Not achieved"),
    "partly": ("부분 달성", "Partly achieved"),
}
REVISION_LABELS = {
    "new": ("신규", "New"),
    "restated": ("재언급", "Restated"),
    "revised": ("수정", "Revised"),
    "raised": ("상향", "Raised"),
    "lowered": ("하향", "Lowered"),
    "deadline_moved": ("기한 변경", "Deadline moved"),
}
EVIDENCE_ROLES = {
    "baseline": ("기준치", "Baseline"),
    "earlier": ("기준치 이전", "Before the baseline"),
    "progress": ("중간 실적", "Progress"),
    "outcome": ("기한 실적", "Outcome"),
}
FLAG_LABELS = {
    "target_backwards": ("연도별 목표 역행", "Year-by-year target goes backwards"),
    "year_before_issue": ("발행 전 연도의 목표", "Target year before the bulletin"),
    "magnitude": ("자릿수 의심", "Magnitude out of line"),
    "missing_place": ("지역 없음", "No place"),
    "missing_unit": ("단위 없음", "No unit"),
    "table_units": ("표 안의 단위 불일치", "Units disagree within a table"),
}


def status_label(status: str, lang: str = "ko", share: float | None = None) -> str:
    """ "부분 달성 (50%)" for partly with its share; other statuses by their word."""
    text = _pick(STATUS_LABELS[status], lang) if status in STATUS_LABELS else status
    if status == "partly" and share is not None and not math.isnan(share):
        text += f" ({share:.0%})"
    return text


def revision_label(revision: str, changes, lang: str = "ko") -> str:
    """ "상향 · 기한 변경" for a revised mention, else 신규 / 재언급."""
    words = list(changes) if changes is not None and len(changes) else [revision]
    return " · ".join(_pick(REVISION_LABELS[w], lang) if w in REVISION_LABELS else w for w in words)


def flag_label(flag: str, lang: str = "ko") -> str:
    return _pick(FLAG_LABELS[flag], lang) if flag in FLAG_LABELS else flag


def evidence_role(role: str, lang: str = "ko") -> str:
    return _pick(EVIDENCE_ROLES[role], lang) if role in EVIDENCE_ROLES else role
