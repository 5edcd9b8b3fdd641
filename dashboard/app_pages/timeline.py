"""일정 / Timeline: which targets fall due when, grouped by region or by sector."""

import streamlit as st

from dashboard import cached, components, i18n, session

con, filters, lang = components.context()
st.title(i18n.t("page_timeline", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Grouping, kept in the session and the URL like every other choice
group = st.radio(
    i18n.t("group_by", lang),
    session.TIMELINE_GROUPS,
    index=session.TIMELINE_GROUPS.index(session.timeline_group.get()),
    format_func=lambda g: i18n.t("province" if g == "region" else "sector", lang),
    horizontal=True,
    key=session.TIMELINE_GROUP_WIDGET,
)
session.keep_timeline_group(group)

# 2. Chart
components.show_chart(con, "timeline_province" if group == "region" else "timeline_sector", filters, lang)

# 3. The targets in date order
records = cached.commitments(con, filters, order="due")  # those with a target year first
records = records.iloc[: int(records["target_year"].notna().sum())]
if not records.empty:
    components.show_table(records, lang, key="timeline_table", paging=session.timeline_paging)
