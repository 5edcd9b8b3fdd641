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

from dashboard import db, i18n, queries, reviewing
from dashboard.filters import KINDS, Filters

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
# Sidebar widget keys for each filter; their values are what the URL carries.
KEYS = {
    "provinces": "f_provinces",
    "cities": "f_cities",
    "sectors": "f_sectors",
    "kinds": "f_kinds",
    "issuers": "f_issuers",
    "units": "f_units",
    "text": "f_text",
    "reviewed_only": "f_reviewed_only",
    "with_rejected": "f_with_rejected",
}
# Pages a read-only deployment does not offer (they refuse to run there too).
WRITING_PAGES = ("review.py",)
# URL parameters that belong to a page rather than to the filters.
PAGE_PARAMS = ("id",)


def saved_view() -> tuple[Filters, str]:
    """The filters and language of the session so far; on its first run, the URL's.

    Kept outside the widgets' own keys because Streamlit drops a widget's state when a run
    ends without drawing it, as happens when a page switches in the middle of a run.
    """
    if "filters" in st.session_state:
        return st.session_state["filters"], st.session_state["ui_lang"]
    params = {name: st.query_params.get_all(name) for name in st.query_params}
    st.session_state["ignored"] = Filters.malformed_query_params(params)
    return Filters.from_query_params(params), "en" if st.query_params.get("lang") == "en" else "ko"


def seed_widgets(saved: Filters, lang: str) -> None:
    """Give every sidebar widget that has no state (first run, or dropped) its saved value."""
    for name, key in KEYS.items():
        if key not in st.session_state:
            value = getattr(saved, name)
            st.session_state[key] = list(value) if isinstance(value, tuple) else value
    st.session_state.setdefault("lang", lang)
    st.session_state["f_years_saved"] = (saved.year_from, saved.year_to)
    st.session_state["f_dates_saved"] = (saved.date_from, saved.date_to)


def reset_filters() -> None:
    for key in (*KEYS.values(), "f_years", "f_dates", "ignored"):
        st.session_state.pop(key, None)
    st.session_state["filters"] = Filters()


def _keep_known(key: str, label: str, options: list) -> None:
    """A value the data does not have (an old link, a rebuilt database) is dropped, not an error,
    and the page says so: "알 수 없는 지역 'Atlantis' 무시"."""
    chosen = st.session_state.get(key, [])
    st.session_state[key] = [v for v in chosen if v in options]
    if "filters" not in st.session_state:  # the first run: the values came from the URL
        st.session_state.setdefault("ignored", []).extend((label, v) for v in chosen if v not in options)


def show_ignored(lang: str) -> None:
    """The URL values that were ignored, until the filters are reset."""
    for label, value in st.session_state.get("ignored", []):
        st.warning(i18n.t("ignored_value", lang, what=i18n.t(label, lang), value=value))


def multiselect(key: str, label_key: str, options: list, format_func=str) -> tuple[str, ...]:
    lang = st.session_state["lang"]
    _keep_known(key, label_key, options)
    label = i18n.t(label_key, lang)
    return tuple(
        # No "Select all" (Streamlit writes it in English only): choosing none already means all.
        st.multiselect(
            label,
            options,
            key=key,
            format_func=format_func,
            placeholder=i18n.t("all", lang),
            select_all=False,
        )
    )


def open_ended_range(key: str, bounds: tuple, saved_key: str) -> None:
    """Seed a range widget's state. An end left at the data's bound means "no limit": when the
    data grows (a newer bulletin ingested while the session is open), that end follows the new
    bound instead of turning into a filter that hides the new rows."""
    low, high = bounds
    previous = st.session_state.get(f"{key}_bounds")
    if key in st.session_state and previous not in (None, bounds):
        chosen = tuple(st.session_state.pop(key))
        start, end = (chosen + (None, None))[:2]
        st.session_state[saved_key] = (
            start if start is not None and start > previous[0] else None,
            end if end is not None and end < previous[1] else None,
        )
    if key not in st.session_state:
        saved_from, saved_to = st.session_state.get(saved_key, (None, None))
        st.session_state[key] = (max(low, saved_from or low), min(high, saved_to or high))
    st.session_state[f"{key}_bounds"] = bounds


def year_range(bounds: tuple, lang: str) -> tuple[int | None, int | None]:
    """The target-year slider; the full range means no year filter (undated records stay in)."""
    low, high = bounds
    if low is None or low == high:
        return None, None
    open_ended_range("f_years", bounds, "f_years_saved")
    start, end = st.slider(i18n.t("target_year", lang), low, high, key="f_years")
    return (start if start > low else None), (end if end < high else None)


def date_range(bounds: tuple, lang: str) -> tuple[date | None, date | None]:
    """The bulletin issue-date range; the full range means no date filter."""
    low, high = bounds
    if low is None or low == high:
        return None, None
    open_ended_range("f_dates", bounds, "f_dates_saved")
    chosen = st.date_input(i18n.t("bulletin_date", lang), min_value=low, max_value=high, key="f_dates")
    if len(chosen) != 2:  # the second date of the range is still being picked
        return None, None
    return (chosen[0] if chosen[0] > low else None), (chosen[1] if chosen[1] < high else None)


def sidebar_filters(lang: str) -> Filters:
    options = queries.filter_options(db.get_connection())
    with st.sidebar:
        st.header(i18n.t("filters", lang))
        provinces = multiselect(
            KEYS["provinces"],
            "province",
            options["regions"],
            lambda r: i18n.region_label(r, lang),
        )
        cities = options["cities"]
        if provinces:
            cities = cities[cities["region"].isin(provinces)]
        city_options = list(cities["city"].drop_duplicates())
        chosen = {
            "provinces": provinces,
            "cities": multiselect(KEYS["cities"], "city", city_options, lambda c: i18n.city_label(c, lang)),
            "sectors": multiselect(
                KEYS["sectors"],
                "sector",
                options["sectors"],
                lambda s: i18n.sector_label(s, lang),
            ),
            "kinds": multiselect(KEYS["kinds"], "kind", list(KINDS), lambda k: i18n.kind_label(k, lang)),
            "issuers": multiselect(KEYS["issuers"], "issuer", options["issuers"]),
            "units": multiselect(KEYS["units"], "unit", options["units"], lambda u: i18n.unit_name(u, lang)),
            "text": st.text_input(i18n.t("search", lang), key=KEYS["text"], max_chars=200).strip(),
            "reviewed_only": st.checkbox(i18n.t("reviewed_only", lang), key=KEYS["reviewed_only"]),
            "with_rejected": st.checkbox(i18n.t("with_rejected", lang), key=KEYS["with_rejected"]),
        }
        year_from, year_to = year_range(options["years"], lang)
        date_from, date_to = date_range(options["dates"], lang)
        st.button(
            i18n.t("reset_filters", lang),
            on_click=reset_filters,
            key="reset_filters",
            icon=":material/filter_alt_off:",
        )
        show_ignored(lang)
    return Filters(**chosen, year_from=year_from, year_to=year_to, date_from=date_from, date_to=date_to)


def keep_in_url(filters: Filters, lang: str) -> None:
    """Write the view into the URL, so a copied link reopens it."""
    params = filters.to_query_params()
    if lang == "en":
        params["lang"] = "en"
    for name in PAGE_PARAMS:
        if name in st.query_params:
            params[name] = st.query_params[name]
    if st.session_state.get(reviewing.REVIEWER_KEY):
        params[reviewing.REVIEWER_KEY] = st.session_state[reviewing.REVIEWER_KEY]
    st.query_params.from_dict(params)


def reviewer_name(lang: str) -> None:
    """The name reviews are signed with, asked once where nobody is signed in; the URL keeps it.

    Kept under a key of its own besides the widget's, which Streamlit drops when a page switches.
    """
    if reviewing.read_only() or reviewing.signed_in_user():
        return
    if "reviewer_input" not in st.session_state:
        st.session_state["reviewer_input"] = st.session_state.get(
            reviewing.REVIEWER_KEY, st.query_params.get(reviewing.REVIEWER_KEY, "")
        )
    with st.sidebar:
        name = st.text_input(
            i18n.t("reviewer", lang), key="reviewer_input", max_chars=100, help=i18n.t("reviewer_help", lang)
        )
    st.session_state[reviewing.REVIEWER_KEY] = name.strip()


def navigation(lang: str) -> StreamlitPage:
    pages = [
        st.Page(PAGES_DIR / file, title=i18n.t(label, lang), default=file == "overview.py")
        for file, label in PAGES
        if (PAGES_DIR / file).exists() and not (reviewing.read_only() and file in WRITING_PAGES)
    ]
    # every page listed: past ten, Streamlit folds the rest under "View N more" (in English only)
    return st.navigation(pages, expanded=True)


seed_widgets(*saved_view())
# No page_icon, for the same reason as the pages have none.
st.set_page_config(page_title=i18n.t("app_title", st.session_state["lang"]), layout="wide")
with st.sidebar:
    st.radio(
        i18n.t("language", st.session_state["lang"]),
        i18n.LANGS,
        key="lang",
        horizontal=True,
        format_func=lambda code: i18n.t("language_name", code),
    )
language = st.session_state["lang"]
page = navigation(language)
st.session_state["ui_lang"] = language
st.session_state["filters"] = sidebar_filters(language)
reviewer_name(language)
keep_in_url(st.session_state["filters"], language)
with st.sidebar:  # the date statuses are judged on (tracking pages, exports)
    st.session_state.setdefault("as_of", date.today())
    st.date_input(i18n.t("as_of", language), key="as_of")
page.run()
