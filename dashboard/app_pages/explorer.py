"""목표 탐색 / Explorer: the filtered commitments as a sortable table; a row opens its detail."""

import streamlit as st

from dashboard import cached, components, i18n, session

con, filters, lang = components.context()
st.title(i18n.t("page_explorer", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Data, in the order chosen (sorted by the database, so every page follows it; a click on a
# column header sorts only the page shown)
order = st.selectbox(
    i18n.t("sort_order", lang),
    session.ORDERS,
    index=session.ORDERS.index(session.explorer_order.get()),
    format_func=lambda name: i18n.t(f"order.{name}", lang),
    key=session.EXPLORER_ORDER_WIDGET,
    width=260,
)
if order != session.explorer_order.get():
    session.keep_explorer_order(order)
records = cached.commitments(con, filters, order=order)


def _open_selected() -> None:
    rows = session.table_selection("explorer_table").rows
    if rows:
        session.open_detail_request.set(session.explorer_ids.get()[rows[0]])


# 2. Table, a page at a time (the page kept in the URL)
if records.empty:
    st.info(i18n.t("empty", lang))
else:
    st.write(i18n.t("rows_shown", lang, n=f"{len(records):,}") + " · " + i18n.t("select_row_hint", lang))
    shown = components.show_table(
        records, lang, key="explorer_table", on_select=_open_selected, paging=session.explorer_paging
    )
    session.explorer_ids.set(shown["id"].tolist())

# 3. Open the chosen row's detail
if chosen := session.open_detail_request.pop():
    components.open_detail(chosen)
