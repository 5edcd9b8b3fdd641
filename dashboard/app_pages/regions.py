"""지역 / Regions: a map of the provinces by number of commitments, next to a ranked bar chart.

Choosing a province here (the selector or a click on a bar) sets the sidebar's province
filter, so every page follows.
"""

import streamlit as st

from dashboard import components, i18n, queries

con, filters, lang = components.context()
st.title(i18n.t("page_regions", lang))
st.caption(filters.describe(lang))


def _choose(region: str | None) -> None:
    st.session_state["f_provinces"] = [region] if region else []


def _chosen_on_chart() -> None:
    points = st.session_state["chart_by_province"].selection.points
    if points:
        label = points[0].get("y")
        regions = {i18n.region_label(r, lang): r for r in queries.filter_options(con)["regions"]}
        _choose(regions.get(label))


def _chosen_in_selector() -> None:
    _choose(st.session_state["region_selector"])


# 1. Province selector
regions = queries.filter_options(con)["regions"]
current = filters.provinces[0] if len(filters.provinces) == 1 else None
st.selectbox(
    i18n.t("choose_province", lang),
    [None, *regions],
    index=([None, *regions].index(current) if current in regions else 0),
    format_func=lambda r: i18n.t("all", lang) if r is None else i18n.region_label(r, lang),
    key="region_selector",
    on_change=_chosen_in_selector,
)

# 2. Map and ranking
left, right = st.columns([3, 2])
with left:
    components.show_chart(con, "province_map", filters, lang)
with right:
    components.show_chart(con, "by_province", filters, lang, on_select=_chosen_on_chart)
