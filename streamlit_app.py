"""The dashboard's entry point: `streamlit run streamlit_app.py`.

It only navigates and draws the shared sidebar: the filters (kept across pages and in
the URL, so a copied link reopens the same view) and the language toggle. The pages
in dashboard/app_pages/ read the filters from the session.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from dashboard import db, i18n, reviewing, session, sidebar
from dashboard.filters import Filters

PAGES_DIR = Path(__file__).resolve().parent / "dashboard" / "app_pages"
# (file, label key); no icons, since Streamlit fetches a page's icon from a CDN as the favicon.
# The deck page is the export engineer's and appears once it exists.
PAGES = (
    ("overview.py", "page_overview"),
    ("explorer.py", "page_explorer"),
    ("regions.py", "page_regions"),
    ("sectors.py", "page_sectors"),
    ("timeline.py", "page_timeline"),
    ("detail.py", "page_detail"),
    ("review.py", "page_review"),
    ("sources.py", "page_sources"),
    ("deck.py", "page_deck"),
)
# The tracking pages (etl/track.py, etl/quality.py).
PAGES += (
    ("tracker.py", "page_tracker"),
    ("this_issue.py", "page_this_issue"),
    ("deadlines.py", "page_deadlines"),
    ("quality.py", "page_quality"),
)
# Pages a read-only deployment does not offer (they refuse to run there too).
WRITING_PAGES = ("review.py",)


def saved_view() -> tuple[Filters, str]:
    """The filters and language of the session so far; on its first run, the URL's.

    Kept outside the widgets' own keys because Streamlit drops a widget's state when a run
    ends without drawing it, as happens when a page switches in the middle of a run.
    """
    if session.filters.held():
        return session.filters.get(), session.ui_lang.get()
    return session.restore({name: st.query_params.get_all(name) for name in st.query_params})


def keep_in_url() -> None:
    """Write the view into the URL, so a copied link or a reload reopens it."""
    st.query_params.from_dict(session.url_params(st.query_params.to_dict()))


def reviewer_name(lang: str) -> None:
    """The name reviews are signed with, asked once where nobody is signed in; the URL keeps it.

    Kept under a key of its own besides the widget's, which Streamlit drops when a page switches.
    """
    if reviewing.read_only() or reviewing.signed_in_user():
        return
    if not session.reviewer_input.held():
        session.reviewer_input.set(session.reviewer.get() or st.query_params.get(session.REVIEWER_PARAM, ""))
    with st.sidebar:
        name = st.text_input(
            i18n.t("reviewer", lang),
            key=session.reviewer_input.key,
            max_chars=100,
            help=i18n.t("reviewer_help", lang),
        )
    session.reviewer.set(name.strip())


def navigation(lang: str) -> StreamlitPage:
    pages = [
        st.Page(PAGES_DIR / file, title=i18n.t(label, lang), default=file == "overview.py")
        for file, label in PAGES
        if (PAGES_DIR / file).exists() and not (reviewing.read_only() and file in WRITING_PAGES)
    ]
    # every page listed: past ten, Streamlit folds the rest under "View N more" (in English only)
    return st.navigation(pages, expanded=True)


sidebar.seed_widgets(*saved_view())
# No page_icon, for the same reason as the pages have none.
st.set_page_config(page_title=i18n.t("app_title", session.lang.get()), layout="wide")
with st.sidebar:
    st.radio(
        i18n.t("language", session.lang.get()),
        i18n.LANGS,
        key=session.lang.key,
        horizontal=True,
        format_func=lambda code: i18n.t("language_name", code),
    )
language = session.lang.get()
page = navigation(language)
session.ui_lang.set(language)
session.keep_filters(sidebar.sidebar_filters(db.get_connection(), language))
reviewer_name(language)
keep_in_url()
with st.sidebar:  # the date statuses are judged on (tracking pages, exports)
    session.as_of_day.setdefault(date.today())
    st.date_input(i18n.t("as_of", language), key=session.as_of_day.key)
page.run()
