"""자료 / Sources: the files loaded — whole bulletins and single web articles, told apart — with
their checksums, any file that failed to load, reviews that match no record, and (unless
read-only, or a team's replica over a shared snapshot) an upload of new files."""

import streamlit as st

from dashboard import cached, components, i18n, reviewing, session
from etl import config, review
from etl.review import STATUS_OF

con, _, lang = components.context()
st.title(i18n.t("page_sources", lang))

# 1. Add bulletins: the same checks as `etl ingest`, one atomic swap, a result per file
if reviewing.can_upload():
    with st.expander(i18n.t("upload", lang), icon=":material/upload_file:", expanded=True):
        with st.form("upload_form", clear_on_submit=True, border=False):
            uploads = st.file_uploader(
                i18n.t("upload_help", lang, mb=config.MAX_UPLOAD_BYTES // (1024 * 1024)),
                type=list(config.UPLOAD_TYPES),
                accept_multiple_files=True,
                max_upload_size=max(1, config.MAX_UPLOAD_BYTES // (1024 * 1024)),
                key="upload_files",
            )
            pasted = st.text_area(i18n.t("paste_article", lang), max_chars=200_000, key="upload_pasted")
            submitted = st.form_submit_button(i18n.t("upload_button", lang), icon=":material/upload:")
        files = [(file.name, file.getvalue()) for file in uploads or []]
        if pasted.strip():
            files.append(reviewing.pasted_article(pasted))
        if submitted and files:
            try:
                results = reviewing.add_bulletins(files)
            except review.ReadOnlyError:
                st.stop()
            session.upload_results.set(results)
            con, _, _ = components.context()  # the database was replaced: read the new one
        results = session.upload_results.get()
        counts = dict(zip(cached.bulletins(con)["id"], cached.bulletins(con)["commitments"], strict=True))
        for result in results:
            name = components.escape_markdown(result.file_name)
            if result.outcome == "loaded":
                st.success(i18n.t("upload_loaded", lang, file=name, n=counts.get(result.bulletin, 0)))
            elif result.outcome == "already_loaded":
                st.info(i18n.t("upload_already_loaded", lang, file=name))
            else:
                st.error(
                    i18n.t(
                        "upload_refused", lang, file=name, reason=components.escape_markdown(result.reason)
                    )
                )
        loaded = [result.bulletin for result in results if result.outcome == "loaded"]
        if loaded and st.button(
            i18n.t("review_new", lang), icon=":material/fact_check:", key="upload_review"
        ):
            session.review_bulletins.set(loaded)
            session.upload_results.pop()
            st.switch_page(components.REVIEW_PAGE)

# 2. Bulletins and single articles
st.subheader(i18n.t("loaded_bulletins", lang))
st.caption(i18n.t("sources_hint", lang))
bulletins = cached.bulletins(con)
if bulletins.empty:
    st.info(i18n.t("empty", lang))
else:
    bulletins = bulletins.assign(kind=bulletins["kind"].map(lambda kind: i18n.source_kind_label(kind, lang)))
    components.dataframe(components.readable_frame(bulletins, lang), hide_index=True, key="sources_bulletins")

# 3. Failures
st.subheader(i18n.t("failures", lang))
failures = cached.ingest_failures(con)
if failures.empty:
    st.success(i18n.t("no_failures", lang))
else:
    components.dataframe(components.readable_frame(failures, lang), hide_index=True, key="sources_failures")

# 4. Reviews that match no record of this build (kept in the store, listed here)
orphans = cached.orphaned_reviews(con)
if not orphans.empty:
    st.subheader(i18n.t("orphaned", lang))
    orphans = orphans.assign(
        action=[i18n.review_status_label(STATUS_OF.get(a, a), lang) for a in orphans["action"]]
    )
    components.dataframe(components.readable_frame(orphans, lang), hide_index=True, key="sources_orphans")
