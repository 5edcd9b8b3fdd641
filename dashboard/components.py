"""Pieces every page shares: the page context, a registered chart on screen, the commitments table.

`show_chart` is the one place a chart reaches the screen, so the export buttons and
"add to deck" (dashboard/export) can be added beside it for every chart at once.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import cached, charts, db, i18n, session, tracking
from dashboard import export as exports
from dashboard.export import images, tables
from dashboard.export.images import DEFAULT_SIZE, file_name, layout_options
from dashboard.filters import Filters
from dashboard.formatting import format_value, year_words
from etl.review import STATUS_OF

DETAIL_PAGE = "dashboard/app_pages/detail.py"
REVIEW_PAGE = "dashboard/app_pages/review.py"


def context() -> tuple[duckdb.DuckDBPyConnection, Filters, str]:
    """The connection, the sidebar's filters and the language, as streamlit_app.py left them."""
    return db.get_connection(), session.filters.get(), session.lang.get()


def modebar_config(name: str) -> dict:
    """The chart's own camera button downloads a slide-sized PNG (1920×1080) named after the chart."""
    options = layout_options("png", DEFAULT_SIZE)
    return {
        "displaylogo": False,
        "modeBarButtonsToRemove": ["lasso2d", "select2d"],
        "toImageButtonOptions": {
            "format": "png",
            "filename": Path(file_name(name, DEFAULT_SIZE, "png")).stem,
            "width": options["width"],
            "height": options["height"],
            "scale": options["scale"],
        },
    }


def show_chart(
    con: duckdb.DuckDBPyConnection, name: str, filters: Filters, lang: str, on_select=None
) -> pd.DataFrame:
    """Draw chart `name` for the filters (or an empty-state message) and return its tidy data."""
    figure, screen, frame, meta = cached.render_for_page(con, name, filters, lang)
    if charts.is_empty(frame):
        st.info(f"{charts.CHARTS[name].title(lang)}: {charts.empty_words(frame, lang)}")
        return frame
    st.plotly_chart(
        screen,
        key=f"chart_{name}",
        config=modebar_config(name),
        on_select=on_select or "ignore",
        selection_mode="points",
    )
    # The source line and notes as text: it wraps on a phone where a line in the figure is clipped.
    st.caption(escape_markdown(" · ".join(p for p in (meta.source, meta.note) if p)))
    export_controls(name, figure, filters, lang)
    return frame


def export_controls(name: str, figure: go.Figure, filters: Filters, lang: str) -> None:
    """Under a chart: PNG/SVG at a chosen slide size (rendered on the server only when clicked),
    and "add to deck" with the filters the chart was drawn under."""
    row = st.container(horizontal=True)
    with row.popover(i18n.t("export.image", lang), icon=":material/download:", key=f"export_popover_{name}"):
        size = st.selectbox(
            i18n.t("export.size", lang),
            list(images.SLIDE_SIZES.values()),
            format_func=lambda s: s.label,
            key=f"export_size_{name}",
        )
        problem = images.export_problem()
        for fmt in images.FORMATS:
            st.download_button(
                fmt.upper(),
                # A callable runs only on click; the figure is passed, not the connection,
                # because Streamlit runs it in a thread of its own.
                data=lambda fmt=fmt: images.export_image(figure, fmt, size),
                file_name=images.file_name(name, size, fmt),
                mime="image/png" if fmt == "png" else "image/svg+xml",
                key=f"export_{fmt}_{name}",
                disabled=problem is not None,
                on_click="ignore",
            )
        st.caption(problem or i18n.t("export.modebar_hint", lang))
    row.button(
        i18n.t("export.add_to_deck", lang),
        icon=":material/add_to_queue:",
        key=f"add_to_deck_{name}",
        on_click=add_to_deck,
        args=(exports.DeckItem(name, filters), lang),
    )


def add_to_deck(item: exports.DeckItem, lang: str) -> None:
    """The deck (app_pages/deck.py) lives in the session, and in the URL so a reload keeps it."""
    st.toast(i18n.t("export.added", lang, n=session.add_to_deck(item)), icon=":material/slideshow:")


def commitment_rows(records: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Commitments as the tables show them: the value written the Korean (or English) way, names in words."""
    return pd.DataFrame(
        {
            i18n.t("value", lang): values_written(records, lang),
            i18n.t("unit", lang): [i18n.unit_name(u, lang) for u in records["unit"]],
            i18n.t("subject", lang): _subjects(records, lang),
            i18n.t("review_status", lang): tables.review_words(records, lang),
            i18n.t("target_year", lang): year_words(records["target_year"], lang),
            i18n.t("province", lang): [i18n.region_label(r, lang) for r in records["region"]],
            i18n.t("city", lang): [
                i18n.city_label(c, lang) if isinstance(c, str) else "" for c in records["city"]
            ],
            i18n.t("sector", lang): [i18n.sector_label(s, lang) for s in records["sector"]],
            i18n.t("kind", lang): [i18n.kind_label(k, lang) for k in records["kind"]],
            i18n.t("issuer", lang): records["issuer"],
            i18n.t("bulletin_date", lang): pd.to_datetime(records["issue_date"]).dt.date,
            i18n.t("sentence", lang): [plain_text(t) for t in records["sentence"]],
        }
    )


def values_written(records: pd.DataFrame, lang: str) -> list[str]:
    """Each commitment's value the way the tables write it. Only the five columns it needs are
    read, as lists: iterating rows of a frame with dozens of Arrow-backed columns (itertuples)
    cost seconds at 500 bulletins."""
    columns = (records[name].tolist() for name in ("value", "unit", "qualifier", "value_max"))
    return [
        format_value(value, unit, qualifier, lang, value_max)
        for value, unit, qualifier, value_max in zip(*columns, strict=True)
    ]


def readable_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A table as stored, for reading: headers in words ("column.<name>" in words.toml), dates
    without a time of 00:00:00 and times to the minute."""
    shown = frame.copy()
    for name in shown.columns:
        values = shown[name]
        if pd.api.types.is_datetime64_any_dtype(values):
            midnight = bool((values.dropna() == values.dropna().dt.normalize()).all())
            shown[name] = values.dt.strftime("%Y-%m-%d" if midnight else "%Y-%m-%d %H:%M")
        elif values.map(lambda v: isinstance(v, date)).any():
            shown[name] = values.map(lambda v: f"{v:%Y-%m-%d}" if isinstance(v, date) else v)
    return shown.rename(
        columns={name: i18n.t(f"column.{name}", lang) for name in shown.columns if i18n.has(f"column.{name}")}
    )


def _subjects(records: pd.DataFrame, lang: str) -> list[str]:
    if lang != "en":
        return list(records["subject_ko"])
    return [en or ko for en, ko in zip(records["subject_en"], records["subject_ko"], strict=True)]


# The commitments table: rows three lines high, so the source sentence wraps and reads without
# dragging its column; the table tall enough for about a dozen rows.
TABLE_ROW_HEIGHT = 78
TABLE_HEIGHT = 1000
# What a reader looks at first, left to right: the number, what it counts, the sentence it comes from.
TABLE_FIRST = ("value", "subject", "sentence", "target_year", "province", "city")


# A long table is shown a page at a time: the browser gets the rows it shows, not all 16,000 at
# 500 bulletins (a 7 MB table), and only those are written the Korean way on each run.
PAGE_ROWS = 200


def page_count(n_rows: int) -> int:
    return max(1, -(-n_rows // PAGE_ROWS))


def rows_of_page(records: pd.DataFrame, page: int) -> pd.DataFrame:
    """Page `page` (1 is the first) of the rows, in the order the query gave them."""
    start = (page - 1) * PAGE_ROWS
    return records.iloc[start : start + PAGE_ROWS]


def paged(records: pd.DataFrame, paging: session.Paging, lang: str) -> pd.DataFrame:
    """The rows of the page `paging` holds (brought within the table), under controls to turn it:
    previous, the page number, next, and which rows of how many these are."""
    pages = page_count(len(records))
    page = min(paging.get(), pages)
    if page != paging.get():  # a link's page past the end, or fewer rows than before
        paging.keep(page)
    if pages > 1:
        paging.widget.set(page)  # the page-number box shows the page, however it was chosen
        row = st.container(horizontal=True, vertical_alignment="bottom")
        row.button(
            i18n.t("previous_page", lang),
            icon=":material/chevron_left:",
            key=f"{paging.slot.key}_previous",
            disabled=page == 1,
            on_click=paging.keep,
            args=(page - 1,),
        )
        row.number_input(
            i18n.t("page_number", lang, pages=f"{pages:,}"),
            min_value=1,
            max_value=pages,
            step=1,
            key=paging.widget.key,
            on_change=lambda: paging.keep(paging.widget.get()),
            width=160,
        )
        row.button(
            i18n.t("next_page", lang),
            icon=":material/chevron_right:",
            key=f"{paging.slot.key}_next",
            disabled=page == pages,
            on_click=paging.keep,
            args=(page + 1,),
        )
        first = (page - 1) * PAGE_ROWS + 1
        last = min(page * PAGE_ROWS, len(records))
        row.caption(i18n.t("page_rows", lang, first=f"{first:,}", last=f"{last:,}", n=f"{len(records):,}"))
    return rows_of_page(records, page)


def show_table(
    records: pd.DataFrame, lang: str, key: str, on_select=None, paging: session.Paging | None = None
) -> pd.DataFrame:
    """The commitments as a table, a page at a time with `paging` (the downloads hold every row);
    with `on_select`, one row can be chosen. The rows shown."""
    shown = paged(records, paging, lang) if paging else records
    rows = commitment_rows(shown, lang)
    first = [i18n.t(name, lang) for name in TABLE_FIRST]
    dataframe(
        rows,
        hide_index=True,
        key=key,
        on_select=on_select or "ignore",
        selection_mode="single-row",
        height=min(TABLE_HEIGHT, 40 + TABLE_ROW_HEIGHT * len(rows)),
        row_height=TABLE_ROW_HEIGHT,
        column_order=first + [name for name in rows.columns if name not in first],
        column_config={
            i18n.t("subject", lang): st.column_config.TextColumn(width=200),
            i18n.t("sentence", lang): st.column_config.TextColumn(width=620),
        },
    )
    table_downloads(records, key, lang)
    return shown


def table_downloads(records: pd.DataFrame, key: str, lang: str) -> None:
    """The rows of a table as CSV and XLSX (made on click), with the filters in the XLSX."""
    filters = session.filters.get()
    stem = f"commitments_{date.today():%Y%m%d}"
    row = st.container(horizontal=True)
    for fmt, mime in (
        ("csv", "text/csv"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ):
        row.download_button(
            i18n.t(f"export.{fmt}", lang),
            data=lambda fmt=fmt: exports.table_bytes(records, filters, fmt, lang),
            file_name=f"{stem}.{fmt}",
            mime=mime,
            key=f"{key}_{fmt}",
            icon=":material/download:",
            on_click="ignore",
        )


def open_detail(commitment_id: str) -> None:
    """Remember the commitment to show and go to its detail page (filters stay in the session)."""
    session.commitment_id.set(commitment_id)
    st.switch_page(DETAIL_PAGE)


# The ASCII punctuation markdown could read as markup, each backslash-escaped (CommonMark allows
# it): bulletin text then carries no markup, link, HTML, LaTeX ($) or directive (:color[…]).
_MARKDOWN_SPECIAL = {ord(c): "\\" + c for c in "\\`*_{}[]()<>#+-.!|:$~&=^"}


# What GitHub-flavoured markdown would turn into a live link even when escaped: web and mail
# addresses. They are shown as code, which is never a link.
_AUTOLINKED = re.compile(
    r"(?:https?://|www\.)[^\s<>`\[\]()]*[^\s<>`\[\]().,;:!?'\"]|[\w.+-]+@[\w-]+\.[\w-]+(?:\.[\w-]+)*"
)
# Bidirectional controls (LRE … RLO, LRI … PDI, marks): an RLO shows "gnp.exe" as "exe.png".
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise_bidi(text: str) -> str:
    """Bidirectional control characters made visible (⟨U+202E⟩) instead of reordering the text."""
    return _BIDI_CONTROLS.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", str(text))


def neutralise_bidi_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell's bidi controls made visible (neutralise_bidi); cells
    without one, and the frame itself when none has one, are left as they are."""
    changed = {}
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.dtype, pd.StringDtype):  # in C, no Python call per cell
            marked = values.str.contains(_BIDI_CONTROLS.pattern, regex=True).fillna(False)
        elif values.dtype == object:
            marked = values.map(lambda value: isinstance(value, str) and bool(_BIDI_CONTROLS.search(value)))
        else:
            continue
        if marked.any():  # rare: only then a pass over the column in Python
            changed[column] = [
                neutralise_bidi(value) if isinstance(value, str) else value for value in values
            ]
    return frame.assign(**changed) if changed else frame


def dataframe(data: pd.DataFrame, **options):
    """st.dataframe for document text: a bidi override in a cell is shown, not obeyed (every
    table of the dashboard goes through here, so no cell shows "gnp.exe" as "exe.png")."""
    return st.dataframe(neutralise_bidi_frame(data) if isinstance(data, pd.DataFrame) else data, **options)


def escape_markdown(text: str) -> str:
    """Text that Streamlit's markdown shows exactly as written: no markup, no live link, no
    reordering by bidi controls."""
    text = neutralise_bidi(text)
    out, position = [], 0
    for match in _AUTOLINKED.finditer(text):
        out.append(text[position : match.start()].translate(_MARKDOWN_SPECIAL))
        out.append(f"`{match.group()}`")
        position = match.end()
    out.append(text[position:].translate(_MARKDOWN_SPECIAL))
    return "".join(out)


# The bulletins' text conversions print emphasis as markdown: "**1.8조 위안**".
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ESCAPED_EMPHASIS = re.compile(r"\\\*\\\*(?=\S)(.+?)(?<=\S)\\\*\\\*")


def render_line(text: str) -> str:
    """A bulletin line as markdown: escaped (escape_markdown), with only its own **emphasis**
    shown bold instead of as literal asterisks."""
    return _ESCAPED_EMPHASIS.sub(r"**\1**", escape_markdown(text))


def plain_text(text: str) -> str:
    """A bulletin line without its emphasis marks, for a table or a plain-text widget."""
    return _EMPHASIS.sub(r"\1", str(text))


def highlight(text: str, number: int | None = None) -> str:
    """The source sentence marked: a block with a strong yellow background and a dark edge, bold.

    HTML, so the mark is unmistakable; the text is HTML-escaped (and bidi controls made visible)
    first, and a block-level element keeps markdown from reading inside it."""
    escaped = html.escape(neutralise_bidi(plain_text(text)))
    prefix = f"<code>{number}</code> " if number is not None else ""
    return f'<div class="ptt-marked" style="{MARK_STYLE}">{prefix}▶ {escaped}</div>'


MARK_STYLE = (
    "background:#FFD54F;border-left:6px solid #E65100;padding:0.45rem 0.75rem;"
    "font-weight:700;color:#1A1A1A;border-radius:4px;margin:0.25rem 0"
)


def show_marked(text: str, number: int | None = None) -> None:
    st.markdown(highlight(text, number), unsafe_allow_html=True)


def show_marked_lines(lines: pd.DataFrame, marked: int) -> None:
    """Bulletin lines (columns line, text), escaped, the line numbered `marked` highlighted."""
    for line in lines.itertuples():
        if line.line == marked:
            show_marked(line.text)
        else:
            st.markdown(render_line(line.text))


def source_location(record: dict, lang: str) -> str:
    """Where the sentence is: "줄 45" in a text file; "p. 3, 줄 12" (the line on that page) in a PDF."""
    if pd.isna(record.get("page")):
        return f"{i18n.t('line', lang)} {record['line']}"
    return f"p. {int(record['page'])}, {i18n.t('line', lang)} {int(record['page_line'])}"


def provenance_line(record: dict, article: dict | None, lang: str) -> str:
    """'중국 과학기술 정책 주간동향 2023-07-07 · 000_….txt · 기사: <headline>'; for a single web
    article (bulletins.kind 'article') '단일 기사 (웹) 2025-04-22 · ….txt · 기사: <headline>'."""
    headline = article["headline"] if article else record["article_title"]
    kind = record.get("source_kind", "bulletin")
    source = i18n.source_kind_label(kind, lang) if kind == "article" else i18n.t("bulletin_title", lang)
    return (
        f"{source} {record['issue_date']:%Y-%m-%d} · {record['file_name']} · "
        f"{i18n.t('article', lang)}: {headline}"
    )


def commitment_facts(record: dict, lang: str) -> pd.DataFrame:
    """One commitment's fields as a two-column table of label and value."""
    city = f" · {i18n.city_label(record['city'], lang)}" if record["city"] else ""
    year = year_words(pd.Series([record["target_year"]]), lang)[0]
    facts = [
        ("kind", i18n.kind_label(record["kind"], lang)),
        ("value_text", record["value_text"]),
        ("unit", i18n.unit_name(record["unit"], lang)),
        ("target_year", year),
        ("plan_period", record["plan_period"] or ""),
        ("province", i18n.region_label(record["region"], lang) + city),
        ("sector", i18n.sector_label(record["sector"], lang)),
        ("issuer", record["issuer"]),
        ("bulletin_date", f"{record['issue_date']:%Y-%m-%d}"),
        ("article", record["article_title"]),
        ("review_status", i18n.review_label(record["review_status"], record["reviewed_by"], lang)),
    ]
    return pd.DataFrame(
        {
            i18n.t("field", lang): [i18n.t(key, lang) for key, _ in facts],
            i18n.t("content", lang): [v for _, v in facts],
        }
    )


def review_history(actions: list, lang: str, key: str) -> None:
    """A record's review actions, oldest first: when, who, what, the fields before and after, why."""
    if not actions:
        st.caption(i18n.t("no_history", lang))
        return
    dataframe(
        pd.DataFrame(
            {
                i18n.t("when", lang): [f"{a.at:%Y-%m-%d %H:%M}" for a in actions],
                i18n.t("reviewer", lang): [a.reviewer for a in actions],
                i18n.t("action", lang): [
                    i18n.review_status_label(STATUS_OF.get(a.action, a.action), lang) for a in actions
                ],
                i18n.t("before", lang): [_fields_text(a.before) for a in actions],
                i18n.t("after", lang): [_fields_text(a.after) for a in actions],
                i18n.t("reason", lang): [a.reason or "" for a in actions],
            }
        ),
        hide_index=True,
        key=key,
    )


def _fields_text(fields: dict) -> str:
    return ", ".join(f"{name}={value}" for name, value in fields.items())


def safe_links(references: pd.DataFrame, lang: str) -> pd.DataFrame:
    """References with only http(s) addresses kept as links (no javascript: or file: URLs)."""
    urls = [
        u if isinstance(u, str) and u.startswith(("http://", "https://")) else None for u in references["url"]
    ]
    return pd.DataFrame(
        {
            i18n.t("reference_title", lang): references["title"].fillna(""),
            "URL": urls,
            i18n.t("line", lang): references["line"],
        }
    )


def show_targets(targets: pd.DataFrame, lang: str, key: str) -> None:
    """Tracked targets (queries.tracked_targets) as a table with a progress bar per row."""
    dataframe(
        tracking.target_rows(targets, lang),
        hide_index=True,
        key=key,
        column_config={
            i18n.t("progress", lang): st.column_config.ProgressColumn(
                min_value=0.0, max_value=1.0, format="percent"
            )
        },
    )
