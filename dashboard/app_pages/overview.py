"""개요 / Overview: headline figures, the nearest deadlines and the three main charts."""

from datetime import date

import streamlit as st

from dashboard import cached, components, i18n

con, filters, lang = components.context()
st.title(i18n.t("page_overview", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Headline figures: targets, funding and achieved figures counted apart, never summed as "목표"
figures = cached.summary(con, filters)
HEADLINE = ("bulletins", "targets", "funding", "actuals", "provinces", "sectors")
for column, key in zip(st.columns(len(HEADLINE)), HEADLINE, strict=True):
    column.metric(i18n.t(f"n_{key}", lang), f"{figures[key]:,}")

# 2. Nearest deadlines
st.subheader(i18n.t("nearest_deadlines", lang))
deadlines = cached.nearest_deadlines(con, filters, date.today().year)
if deadlines.empty:
    st.info(i18n.t("empty", lang))
else:
    components.show_table(deadlines, lang, key="overview_deadlines")

# 3. Charts
components.show_chart(con, "by_year", filters, lang)
left, right = st.columns(2)
with left:
    components.show_chart(con, "by_province", filters, lang)
with right:
    components.show_chart(con, "by_sector", filters, lang)
