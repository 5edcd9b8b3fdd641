"""자료 / Sources: the files loaded — whole bulletins and single web articles, told apart — with
their checksums, and any file that failed to load."""

import streamlit as st

from dashboard import components, i18n, queries

con, _, lang = components.context()
st.title(i18n.t("page_sources", lang))

# 1. Bulletins and single articles
st.subheader(i18n.t("loaded_bulletins", lang))
st.caption(i18n.t("sources_hint", lang))
bulletins = queries.bulletins(con)
if bulletins.empty:
    st.info(i18n.t("empty", lang))
else:
    bulletins = bulletins.assign(kind=bulletins["kind"].map(lambda kind: i18n.source_kind_label(kind, lang)))
    st.dataframe(
        bulletins.rename(
            columns={
                "issue_date": i18n.t("bulletin_date", lang),
                "kind": i18n.t("source_kind", lang),
                "file_name": i18n.t("file_name", lang),
                "articles": i18n.t("articles", lang),
                "commitments": i18n.t("commitments", lang),
            }
        ),
        hide_index=True,
        key="sources_bulletins",
    )

# 2. Failures
st.subheader(i18n.t("failures", lang))
failures = queries.ingest_failures(con)
if failures.empty:
    st.success(i18n.t("no_failures", lang))
else:
    st.dataframe(
        failures.rename(columns={"file_name": i18n.t("file_name", lang), "reason": i18n.t("reason", lang)}),
        hide_index=True,
        key="sources_failures",
    )
