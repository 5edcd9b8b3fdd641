"""목표 상세 / Detail: one commitment, its sentence marked in the article's text, and its provenance.

Bulletin text is data: it is always shown escaped (components.escape_markdown), never as HTML.
"""

import pandas as pd
import streamlit as st

from dashboard import cached, components, i18n, reviewing, session
from dashboard.formatting import format_value

con, filters, lang = components.context()
st.title(i18n.t("page_detail", lang))

# 1. Which commitment: the one opened from a table, the URL's, or one chosen here among the
# explorer's page of rows (its page controls here too), not among every row
records = cached.commitments(con, filters, order=session.explorer_order.get())
records = components.paged(records, session.explorer_paging, lang)
chosen = session.commitment_id.get() or st.query_params.get(session.RECORD_PARAM)
records = records[["id", "subject_ko", "value", "unit", "qualifier", "value_max", "region"]]
if chosen and chosen not in set(records["id"]) and (elsewhere := cached.commitment(con, chosen)):
    chosen_row = pd.DataFrame([{column: elsewhere[column] for column in records.columns}])
    records = pd.concat([chosen_row, records], ignore_index=True)
options = records["id"].tolist()
labels = {
    commitment_id: f"{subject} · {value} · {i18n.region_label(region, lang)}"
    for commitment_id, subject, value, region in zip(
        options,
        records["subject_ko"].tolist(),
        components.values_written(records, lang),
        records["region"].tolist(),
        strict=True,
    )
}
chosen = st.selectbox(
    i18n.t("choose_commitment", lang),
    options,
    index=options.index(chosen) if chosen in options else None,
    format_func=lambda key: labels.get(key, key),
    placeholder=i18n.t("choose_commitment", lang),
)
record = cached.commitment(con, chosen) if chosen else None
if record is None:
    st.info(i18n.t("no_commitment", lang))
    st.stop()
session.commitment_id.set(chosen)
st.query_params[session.RECORD_PARAM] = chosen

# 2. The commitment
st.header(
    components.escape_markdown(
        format_value(record["value"], record["unit"], record["qualifier"], lang, record["value_max"])
    )
)
st.text(record["subject_en"] if lang == "en" and record["subject_en"] else record["subject_ko"])
components.dataframe(components.commitment_facts(record, lang), hide_index=True, key="detail_facts")
for flag in cached.commitment_flags(con, chosen).itertuples():  # data-quality flags (etl/quality.py)
    st.warning(components.escape_markdown(f"{i18n.flag_label(flag.flag, lang)}: {flag.detail}"))

# 3. The source sentence in the article's text
article = cached.article(con, record["bulletin"], record["article_seq"])
st.subheader(f"{i18n.t('sentence', lang)} ({components.source_location(record, lang)})")
components.show_marked(record["sentence"])
st.caption(components.escape_markdown(components.provenance_line(record, article, lang)))
with st.expander(i18n.t("article_text", lang)):
    components.show_marked_lines(
        cached.article_lines(con, record["bulletin"], record["article_seq"]), record["line"]
    )
if not pd.isna(record["page"]):  # a PDF's record: the page as printed, the sentence marked
    page = int(record["page"])
    with st.expander(i18n.t("page_text", lang, page=page)):
        components.show_marked_lines(cached.page_lines(con, record["bulletin"], page), record["line"])

# 4. References and other records from the same article
references = cached.article_references(con, record["bulletin"], record["article_seq"])
if not references.empty:
    st.subheader(i18n.t("references", lang))
    components.dataframe(
        components.safe_links(references, lang),
        hide_index=True,
        column_config={"URL": st.column_config.LinkColumn()},
        key="detail_references",
    )
others = cached.same_article(con, record["bulletin"], record["article_seq"], chosen)
if not others.empty:
    st.subheader(i18n.t("same_article", lang))
    components.show_table(others, lang, key="detail_others")

# 5. Who checked it: the review history (dashboard/reviewing.py), and a way to review it
st.subheader(i18n.t("history", lang))
components.review_history(reviewing.history(record), lang, key="detail_history")
if not reviewing.read_only() and st.button(i18n.t("review_this", lang), icon=":material/fact_check:"):
    session.open_review(chosen)
    st.switch_page(components.REVIEW_PAGE)
