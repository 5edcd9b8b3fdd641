"""이번 호 / This issue: one bulletin's tracked commitments — new, revised, restated against every
bulletin loaded before it — by province and sector, and its weekly briefing deck in one click."""

import pandas as pd
import streamlit as st

from dashboard import cached, components, i18n, session, tracking

con, filters, lang = components.context()
st.title(i18n.t("page_this_issue", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Which bulletin: the latest by default
bulletins = cached.bulletins(con)
if bulletins.empty:
    st.info(i18n.t("empty", lang))
    st.stop()
dates = dict(zip(bulletins["id"], pd.to_datetime(bulletins["issue_date"]).dt.date, strict=True))
chosen = st.selectbox(
    i18n.t("choose_bulletin", lang),
    list(dates),
    format_func=lambda b: f"{dates[b]:%Y-%m-%d} · {b}",
    key="issue_bulletin",
)
earlier = sum(day < dates[chosen] for day in dates.values())
st.caption(i18n.t("compared_with", lang, n=earlier))

# 2. New, revised, restated
changes = cached.issue_changes(con, filters, chosen, session.as_of())
counts = changes["revision"].value_counts()
for column, key in zip(st.columns(3), ("new", "revised", "restated"), strict=True):
    column.metric(i18n.t(f"n_{key}", lang), int(counts.get(key, 0)))
if changes.empty:
    st.info(i18n.t("empty", lang))
    st.stop()

# 3. By province and sector
left, right = st.columns(2)
for column, by, title in ((left, "region", "changes_by_province"), (right, "sector", "changes_by_sector")):
    with column:
        frame = tracking.change_counts(changes, by, lang)
        st.plotly_chart(tracking.change_figure(frame, i18n.t(title, lang), lang), key=f"issue_chart_{by}")
components.dataframe(tracking.change_table(changes, lang), hide_index=True, key="issue_table")

# 4. The weekly briefing deck of exactly this
st.download_button(
    i18n.t("weekly_deck", lang),
    data=lambda: tracking.issue_deck(changes, dates[chosen], filters.describe(lang), lang),
    file_name=f"weekly_{dates[chosen]:%Y%m%d}.pptx",
    mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
    key="issue_deck",
    icon=":material/slideshow:",
    on_click="ignore",
)
