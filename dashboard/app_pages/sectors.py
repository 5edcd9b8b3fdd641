"""산업 / Sectors: commitments by sector and kind, and the largest values in one chosen unit."""

from dataclasses import replace

import streamlit as st

from dashboard import cached, charts, components, i18n

con, filters, lang = components.context()
st.title(i18n.t("page_sectors", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Counts by sector and year
components.show_chart(con, "sector_kind", filters, lang)
components.show_chart(con, "by_year", filters, lang)

# 2. Values, one unit at a time (values of different units are never added or compared)
units = list(cached.count_by(con, filters, "unit")["key"])
if units:
    unit = st.selectbox(
        i18n.t("value_unit", lang),
        units,
        index=units.index(charts.value_unit(con, filters)),
        format_func=lambda u: i18n.unit_name(u, lang),
        key="sectors_unit",
    )
    components.show_chart(con, "top_values", replace(filters, units=(unit,)), lang)
