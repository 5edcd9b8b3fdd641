"""추적 / Tracker: tracked targets with status, deadline, latest value, progress and revision marks;
a chosen target's mentions over time, evidence and chart."""

import pandas as pd
import streamlit as st

from dashboard import cached, components, i18n, session, tracking

con, filters, lang = components.context()
as_of = session.as_of()
st.title(i18n.t("page_tracker", lang))
st.caption(components.escape_markdown(f"{filters.describe(lang)} · {i18n.t('as_of', lang)} {as_of:%Y-%m-%d}"))

# 1. The targets, soonest deadline first
targets = cached.tracked_targets(con, filters, as_of)
if targets.empty:
    st.info(i18n.t("no_targets", lang))
    st.stop()
components.show_targets(targets, lang, key="tracker_table")
st.caption(i18n.t("links_note", lang))

# 2. One target: its mentions over time, evidence and chart
labels = {
    r.target_id: f"{i18n.status_label(r.status, lang, r.outcome_share)} · {r.subject_ko} · "
    f"{i18n.region_label(r.region, lang)} · {'-' if pd.isna(r.deadline_year) else int(r.deadline_year)}"
    for r in targets[
        ["target_id", "status", "outcome_share", "subject_ko", "region", "deadline_year"]
    ].itertuples()
}
chosen = st.selectbox(
    i18n.t("choose_target", lang), list(labels), format_func=labels.get, key="tracker_target"
)
target = cached.tracked_target(con, chosen, as_of)
mentions = cached.target_mentions(con, chosen)
evidence = cached.target_evidence(con, chosen)
st.subheader(
    components.escape_markdown(
        f"{target['subject_ko']} — {tracking.target_rows(targets[targets['target_id'] == chosen], lang).iloc[0, 3]}"
    )
)
if words := tracking.progress_words(target, lang):
    st.write(components.escape_markdown(words))
growth = [
    f"{i18n.t(key, lang)} {target[key]:+.1%}"
    for key in ("growth_needed", "growth_observed")
    if pd.notna(target[key])
]
if growth:
    st.caption(" · ".join(growth))
st.plotly_chart(tracking.target_figure(target, mentions, evidence, lang), key="tracker_chart")
st.subheader(i18n.t("target_mentions", lang))
components.dataframe(
    tracking.mention_rows(mentions, lang),
    hide_index=True,
    key="tracker_mentions",
    column_config={i18n.t("sentence", lang): st.column_config.TextColumn(width="large")},
)
if not evidence.empty:
    st.subheader(i18n.t("evidence", lang))
    components.dataframe(
        tracking.evidence_rows(evidence, lang),
        hide_index=True,
        key="tracker_evidence",
    )
