"""데이터 품질 / Data quality: the flags computed on load (etl/quality.py), by kind, each with its record."""

import pandas as pd
import streamlit as st

from dashboard import cached, components, i18n, session

con, filters, lang = components.context()
st.title(i18n.t("page_quality", lang))
st.caption(components.escape_markdown(filters.describe(lang)))
st.caption(i18n.t("quality_note", lang))

flags = cached.data_flags(con, filters)
if flags.empty:
    st.info(i18n.t("no_flags", lang))
    st.stop()
counts = flags["flag"].value_counts()
for column, (flag, n) in zip(st.columns(len(counts)), counts.items(), strict=True):
    column.metric(i18n.flag_label(flag, lang), int(n))
flags = components.paged(flags, session.quality_paging, lang).reset_index(drop=True)
rows = pd.DataFrame(
    {
        i18n.t("flag", lang): [i18n.flag_label(f, lang) for f in flags["flag"]],
        i18n.t("detail", lang): flags["detail"],
    }
)
records = components.commitment_rows(flags, lang)
components.dataframe(
    pd.concat([rows, records], axis=1),
    hide_index=True,
    key="quality_table",
    column_config={i18n.t("sentence", lang): st.column_config.TextColumn(width="large")},
)
