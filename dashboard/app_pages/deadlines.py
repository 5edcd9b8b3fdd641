"""마감 일정 / Deadlines: tracked targets falling due in the next 12 months from the as-of date, by month."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import cached, components, i18n, palette, session
from dashboard.chartspec import FONT_FAMILY
from dashboard.formatting import count_ticks

con, filters, lang = components.context()
as_of = session.as_of()
st.title(i18n.t("page_deadlines", lang))
end = date(as_of.year + 1, as_of.month, min(as_of.day, 28))
st.caption(
    components.escape_markdown(
        f"{filters.describe(lang)} · {i18n.t('deadlines_next', lang, start=as_of, end=end)}"
    )
)

targets = cached.tracked_targets(con, filters, as_of)
# A deadline given as a year is its 31 December.
due = pd.to_datetime(targets["deadline_year"].astype("Int64").astype("string") + "-12-31", errors="coerce")
soon = targets[(due.dt.date >= as_of) & (due.dt.date <= end)].assign(month=due.dt.strftime("%Y-%m"))
st.caption(i18n.t("deadline_note", lang))
if soon.empty:
    st.info(i18n.t("no_targets", lang))
    st.stop()
by_month = soon.groupby("month").size()
figure = go.Figure(
    go.Bar(x=list(by_month.index), y=list(by_month.values), marker_color=palette.KIND_COLOURS["target"])
)
figure.update_layout(
    title=i18n.t("deadlines_by_month", lang),
    font={"family": FONT_FAMILY},
    xaxis={"title": i18n.t("month", lang), "type": "category"},
    yaxis={"title": i18n.t("count_axis", lang), **count_ticks(by_month.max())},
    height=360,
)
st.plotly_chart(figure, key="deadlines_chart")
for month, rows in soon.groupby("month"):
    st.subheader(month)
    components.show_targets(rows, lang, key=f"deadlines_{month}")
