"""What the tracking pages show, built from dashboard.queries frames: readable tables, a target's
chart, the weekly briefing deck of one bulletin's changes. Pure functions, no Streamlit."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from dashboard import i18n
from dashboard.chartspec import FONT_FAMILY, ChartMeta
from dashboard.export import slides, tables
from dashboard.formatting import axis_scale, count_ticks, format_value, money_ticks, year_words

REVISION_ORDER = ("new", "revised", "restated")


# The columns `_value` and `_subject` read. Rows are iterated over these alone: itertuples over a
# query's every Arrow-backed column costs a page tenths of a second at 500 bulletins.
VALUE_COLUMNS = ["value", "unit", "qualifier", "value_max"]
SUBJECT_COLUMNS = ["subject_ko", "subject_en"]


def _rows(frame: pd.DataFrame, columns: list[str]):
    return frame[columns].itertuples(index=False)


def _value(r, lang: str) -> str:
    return format_value(r.value, r.unit, r.qualifier, lang, r.value_max)


def _subject(r, lang: str) -> str:
    return (r.subject_en or r.subject_ko) if lang == "en" else r.subject_ko


def _year(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def target_rows(targets: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Tracked targets as the Tracker lists them; progress as 0–1 for a progress-bar column."""
    t = i18n.t
    return pd.DataFrame(
        {
            t("status", lang): [
                i18n.status_label(s, lang, sh)
                for s, sh in zip(targets["status"], targets["outcome_share"], strict=True)
            ],
            t("deadline", lang): year_words(targets["deadline_year"], lang),
            t("subject", lang): [_subject(r, lang) for r in _rows(targets, SUBJECT_COLUMNS)],
            t("latest_value", lang): [_value(r, lang) for r in _rows(targets, VALUE_COLUMNS)],
            t("progress", lang): targets["progress_share"].clip(lower=0, upper=1),
            t("province", lang): [i18n.region_label(r, lang) for r in targets["region"]],
            t("sector", lang): [i18n.sector_label(s, lang) for s in targets["sector"]],
            t("mentions", lang): targets["n_mentions"],
            t("revisions", lang): ["✎" * int(n) for n in targets["n_revisions"]],
            t("flags", lang): ["⚠" * int(n) for n in targets["n_flags"]],
        }
    )


def mention_rows(mentions: pd.DataFrame, lang: str) -> pd.DataFrame:
    t = i18n.t
    return pd.DataFrame(
        {
            t("bulletin_date", lang): pd.to_datetime(mentions["issue_date"]).dt.date,
            t("revision", lang): [
                i18n.revision_label(r.revision, r.changes, lang)
                for r in _rows(mentions, ["revision", "changes"])
            ],
            t("value", lang): [_value(r, lang) for r in _rows(mentions, VALUE_COLUMNS)],
            t("target_year", lang): year_words(mentions["target_year"], lang),
            t("flags", lang): [
                ", ".join(i18n.flag_label(f, lang) for f in (fl if fl is not None else []))
                for fl in mentions["flags"]
            ],
            t("sentence", lang): mentions["sentence"],
        }
    )


def evidence_rows(evidence: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A target's actuals: the year each describes, its role, the verdict it gives and its sentence."""
    t = i18n.t
    return pd.DataFrame(
        {
            t("evidence_year", lang): year_words(evidence["actual_year"], lang),
            t("value", lang): [format_value(r.value, r.unit, "=", lang) for r in evidence.itertuples()],
            t("role", lang): [i18n.evidence_role(r, lang) for r in evidence["role"]],
            t("verdict", lang): [
                "" if pd.isna(v) else i18n.status_label(v, lang) for v in evidence["verdict"]
            ],
            t("share_of_way", lang): ["" if pd.isna(v) else f"{v:.0%}" for v in evidence["share"]],
            t("bulletin_date", lang): pd.to_datetime(evidence["reported_on"]).dt.date,
            t("sentence", lang): evidence["sentence"],
        }
    )


def progress_words(target: dict, lang: str) -> str | None:
    """The figures progress comes from, in one line; None without an actual or a baseline."""
    if target["baseline_value"] is None or pd.isna(target["baseline_value"]):
        return None
    unit, qualifier = target["unit"], "="

    def value(v) -> str:
        return "-" if v is None or pd.isna(v) else format_value(v, unit, qualifier, lang)

    share = target["progress_share"]
    return i18n.t(
        "progress_words",
        lang,
        base=value(target["baseline_value"]),
        base_year=_year(target["baseline_year"]),
        actual=value(target["actual_value"]),
        actual_year=_year(target["actual_year"]) or "-",
        target=value(target["value"]),
        year=_year(target["deadline_year"]) or "-",
        share="-" if share is None or pd.isna(share) else f"{share:.0%}",
    )


def target_figure(target: dict, mentions: pd.DataFrame, evidence: pd.DataFrame, lang: str) -> go.Figure:
    """Baseline and actual points, the target as a marker at its year, the straight path required
    from the baseline, and each revision annotated at its mention's year."""
    t = i18n.t
    figure = go.Figure()
    # NaN-safe (a max() over a list starting with NaN is NaN, which left the axis in 위안 as "50B").
    largest = pd.Series([target["value"], *mentions["value"], *evidence["value"]], dtype=float).max()
    scale, axis_unit = axis_scale(target["unit"], largest, lang)  # 600억 위안 on an axis in 억 위안
    mentions = mentions.assign(value=mentions["value"] / scale)
    evidence = evidence.assign(value=evidence["value"] / scale)
    points = evidence.dropna(subset=["actual_year"])
    if len(points):
        figure.add_scatter(
            x=points["actual_year"], y=points["value"], mode="markers+lines", name=t("actual", lang),
            marker={"size": 10, "color": "#1F4E79"}, line={"color": "#1F4E79"},
        )  # fmt: skip
    dated = mentions.dropna(subset=["target_year"])
    if len(dated):
        figure.add_scatter(
            x=dated["target_year"], y=dated["value"], mode="markers", name=t("target_marker", lang),
            marker={"size": 14, "symbol": "star", "color": "#C00000"},
            text=[i18n.revision_label(r.revision, r.changes, lang) for r in dated.itertuples()],
            hovertemplate="%{x}: %{y:,}<br>%{text}<extra></extra>",
        )  # fmt: skip
        for r in dated.itertuples():
            if r.revision == "revised":
                figure.add_annotation(
                    x=r.target_year, y=r.value, text=f"{i18n.revision_label(r.revision, r.changes, lang)} ({r.issue_date:%Y.%m})",
                    showarrow=True, arrowhead=2, ay=-40,
                )  # fmt: skip
    base, year = target["baseline_value"], target["deadline_year"]
    if base is not None and not pd.isna(base) and year is not None and not pd.isna(year):
        figure.add_scatter(
            x=[target["baseline_year"], year], y=[base / scale, target["value"] / scale], mode="lines",
            name=t("required_path", lang),
            line={"dash": "dash", "color": "#7F7F7F"},
        )  # fmt: skip
    figure.update_layout(
        font={"family": FONT_FAMILY},
        xaxis={"title": t("target_year", lang), "dtick": 1},
        yaxis={"title": axis_unit, "rangemode": "tozero", **money_ticks()},
        legend={"orientation": "h", "y": -0.2},
        margin={"t": 30},
        height=420,
    )
    return figure


def change_counts(changes: pd.DataFrame, by: str, lang: str) -> pd.DataFrame:
    """Tidy (category, series, value): mentions of the bulletin per province or sector and revision."""
    label = i18n.region_label if by == "region" else i18n.sector_label
    if changes.empty:
        return pd.DataFrame(columns=["category", "series", "value"])
    counts = changes.groupby([by, "revision"]).size().rename("value").reset_index()
    counts["order"] = counts["revision"].map(REVISION_ORDER.index)
    counts = counts.sort_values(["order", by])
    return pd.DataFrame(
        {
            "category": [label(v, lang) for v in counts[by]],
            "series": [i18n.revision_label(r, None, lang) for r in counts["revision"]],
            "value": counts["value"].astype(int),
        }
    )


def change_figure(frame: pd.DataFrame, title: str, lang: str) -> go.Figure:
    figure = go.Figure()
    for series, rows in frame.groupby("series", sort=False):
        figure.add_bar(x=rows["category"], y=rows["value"], name=series)
    figure.update_layout(
        barmode="stack",
        title=title,
        font={"family": FONT_FAMILY},
        yaxis={
            "title": i18n.t("count_axis", lang),
            **count_ticks(frame.groupby("category")["value"].sum().max()),
        },
        height=380,
    )
    return figure


def change_table(changes: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The bulletin's tracked commitments with what changed (first), the value before, status,
    mentions and flags: the page's table and the weekly deck's closing table."""
    frame = tables.deck_table(changes, lang)
    frame.insert(0, tables.header("revision", lang), frame.pop(tables.header("revision", lang)))
    previous = [
        ""
        if pd.isna(r.previous_value)
        else f"{format_value(r.previous_value, r.unit, r.qualifier, lang)} ({_year(r.previous_year) or '-'})"
        for r in changes.itertuples()
    ]
    frame.insert(frame.columns.get_loc(i18n.t("value", lang)), i18n.t("before", lang), previous)
    return frame


def issue_deck(changes: pd.DataFrame, bulletin_day: date, filters_words: str, lang: str) -> bytes:
    """The weekly briefing of one bulletin: new / revised / restated by province and by sector as
    native charts, the bulletin's sentences in the notes, and the changes as the closing table."""
    source = f"{i18n.t('source_prefix', lang)}: {i18n.t('publisher', lang)}, {i18n.t('bulletin_title', lang)} {tables.bulletin_date(bulletin_day)}"
    sentences = tuple(dict.fromkeys(changes["sentence"].str.strip())) if len(changes) else ()
    charts = [
        slides.ChartSlide(
            kind="stacked_bar",
            frame=change_counts(changes, by, lang),
            meta=ChartMeta(
                title=i18n.t(title, lang),
                subtitle=filters_words,
                source=source,
                unit_label=i18n.t("count_axis", lang),
                lang=lang,
            ),
            sentences=sentences,
        )
        for by, title in (("region", "changes_by_province"), ("sector", "changes_by_sector"))
    ]
    cover = slides.Cover(
        filters=(filters_words,),
        sources=source,
        issued_on=bulletin_day,
        title=i18n.t("weekly_deck_title", lang),
        lang=lang,
    )
    return slides.build_deck(cover, charts, change_table(changes, lang))
