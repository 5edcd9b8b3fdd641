"""지역 / Regions: a map of the provinces by number of commitments, next to a ranked bar chart.

Choosing a province here (the selector, a click on the map or on a bar) sets the sidebar's province
filter, so every page follows.
"""

import streamlit as st

from dashboard import cached, components, i18n, session

con, filters, lang = components.context()
st.title(i18n.t("page_regions", lang))
st.caption(components.escape_markdown(filters.describe(lang)))


def _choose(region: str | None) -> None:
    session.set_filter_widget("provinces", [region] if region else [])


def _chosen_on(chart: str):
    """A click on a province (map) or a bar (ranking) chooses that row's region."""

    def callback() -> None:
        points = session.chart_selection(chart).points
        # Each bar and province carries its region as customdata (dashboard/charts.py).
        region = points[0].get("customdata") if points else None
        if isinstance(region, list):
            region = region[0] if region else None
        if region:
            _choose(region)

    return callback


def _chosen_in_selector() -> None:
    _choose(session.region_selector.get())


# 1. Province selector
regions = cached.filter_options(con)["provinces"]
current = filters.provinces[0] if len(filters.provinces) == 1 else None
st.selectbox(
    i18n.t("choose_province", lang),
    [None, *regions],
    index=([None, *regions].index(current) if current in regions else 0),
    format_func=lambda r: i18n.t("all", lang) if r is None else i18n.region_label(r, lang),
    key=session.region_selector.key,
    on_change=_chosen_in_selector,
)

# 2. Map and ranking
left, right = st.columns([3, 2])
with left:
    components.show_chart(con, "province_map", filters, lang, on_select=_chosen_on("province_map"))
with right:
    components.show_chart(con, "by_province", filters, lang, on_select=_chosen_on("by_province"))
