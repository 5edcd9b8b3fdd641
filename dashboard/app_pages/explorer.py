"""목표 탐색 / Explorer: the filtered commitments as a sortable table; a row opens its detail."""

import streamlit as st

from dashboard import components, i18n, queries

con, filters, lang = components.context()
st.title(i18n.t("page_explorer", lang))
st.caption(components.escape_markdown(filters.describe(lang)))

# 1. Data
records = queries.commitments(con, filters)
st.session_state["explorer_ids"] = records["id"].tolist()


def _open_selected() -> None:
    rows = st.session_state["explorer_table"].selection.rows
    if rows:
        st.session_state["open_detail"] = st.session_state["explorer_ids"][rows[0]]


# 2. Table
if records.empty:
    st.info(i18n.t("empty", lang))
else:
    st.write(i18n.t("rows_shown", lang, n=f"{len(records):,}") + " · " + i18n.t("select_row_hint", lang))
    components.show_table(records, lang, key="explorer_table", on_select=_open_selected)

# 3. Open the chosen row's detail
if chosen := st.session_state.pop("open_detail", None):
    components.open_detail(chosen)
