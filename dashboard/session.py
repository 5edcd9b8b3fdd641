"""The one owner of the browser session's state: every `st.session_state` key the app uses,
behind a named slot, and what of it the URL keeps.

Pages and components read and write `session.filters.get()`, `session.deck.get()`, … never a
raw key, so a key is spelled once. Widget keys live here too (`widget_key`, the slots marked
as widgets), because a callback sets a widget's value through its key. What the URL carries
(the filters, the language, the reviewer, the deck, the timeline's grouping, the record shown,
the explorer's order, the long tables' pages) is written by `url_params` and read back on a session's first run by
`restore`, so a copied link or a page reload reopens the same view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

import streamlit as st

from dashboard import charts, queries
from dashboard import filters as filter_module
from dashboard.export import DeckItem


@dataclass(frozen=True)
class Slot:
    """One session-state key and the value it has before anything is stored."""

    key: str
    default: Callable[[], Any] = lambda: None

    def get(self) -> Any:
        return st.session_state.get(self.key, self.default())

    def set(self, value: Any) -> None:
        st.session_state[self.key] = value

    def pop(self) -> Any:
        return st.session_state.pop(self.key, self.default())

    def held(self) -> bool:
        return self.key in st.session_state

    def setdefault(self, value: Any) -> Any:
        return st.session_state.setdefault(self.key, value)


@dataclass(frozen=True)
class Paging:
    """Which page of a long table is shown (1 is the first): its slot, the slot of its
    page-number widget, and the URL parameter that keeps it (a copied link reopens the page)."""

    slot: Slot
    param: str

    @property
    def widget(self) -> Slot:
        return Slot(f"{self.slot.key}_input")

    def get(self) -> int:
        return self.slot.get()

    def keep(self, page: int) -> None:
        """The page as chosen on the table's page, into the session and at once into the URL
        (the app writes the URL before the page runs)."""
        self.slot.set(page)
        if page == 1:
            st.query_params.pop(self.param, None)
        else:
            st.query_params[self.param] = str(page)


# The view: filters as the sidebar last built them, the language, the as-of date (tracking)
filters = Slot("filters", lambda: filter_module.Filters())
lang = Slot("lang", lambda: "ko")  # the sidebar's language toggle (a widget)
ui_lang = Slot("ui_lang", lambda: "ko")  # the language of the last run, kept when the widget is dropped
as_of_day = Slot("as_of", date.today)  # the sidebar's "as of" date (a widget)
ignored = Slot("ignored", list)  # (filter label, value) of the URL values ignored, until reset
reviewer = Slot("reviewer")  # the name reviews are signed with (dashboard.reviewing reads it)
reviewer_input = Slot("reviewer_input")  # its sidebar widget
db_connection = Slot("_db_connection")  # (data version, cursor), dashboard/db.py

# The briefing deck (app_pages/deck.py): the charts added (the file is built from them, cached there)
deck = Slot("deck", list)

# Pages
commitment_id = Slot("commitment_id")  # the record the detail page shows
open_detail_request = Slot("open_detail")  # a row chosen in the explorer, opened after the run
explorer_ids = Slot("explorer_ids", list)  # the explorer table's record ids, row by row
explorer_order = Slot("explorer_order", lambda: ORDERS[0])  # the explorer's order of rows (URL: sort)
EXPLORER_ORDER_WIDGET = "explorer_order_choice"  # its selectbox
review_id = Slot("review_id")  # the record the review page shows
review_bulletins = Slot("review_bulletins", list)  # the review queue's bulletins (a widget)
review_done_too = Slot("review_done_too", lambda: False)  # the queue includes reviewed records (a widget)
review_message = Slot("review_message")  # (level, text) of the last review action, shown once
upload_results = Slot("upload_results", list)  # the last upload's result per file
region_selector = Slot("region_selector")  # the regions page's selector (a widget)
timeline_group = Slot("timeline_grouping", lambda: TIMELINE_GROUPS[0])  # the timeline's grouping
TIMELINE_GROUP_WIDGET = "timeline_group"  # its radio, dropped by Streamlit on other pages
# The long tables' pages: the explorer's (its rows are also the detail page's choices), the
# timeline's, the data-quality page's
explorer_paging = Paging(Slot("explorer_page", lambda: 1), "page")
timeline_paging = Paging(Slot("timeline_page", lambda: 1), "timeline_page")
quality_paging = Paging(Slot("quality_page", lambda: 1), "quality_page")
PAGINGS = (explorer_paging, timeline_paging, quality_paging)

TIMELINE_GROUPS = ("region", "sector")
ORDERS = tuple(queries.ORDERS)  # the explorer's orders, the first the default

# URL parameters that are not filters
LANG_PARAM = "lang"
DECK_PARAM = "deck"
GROUP_PARAM = "group"
RECORD_PARAM = "id"  # the detail and review pages' record
ORDER_PARAM = "sort"
REVIEWER_PARAM = "reviewer"


def widget_key(field: str, part: str = "") -> str:
    """The sidebar widget of filter field `field` ("provinces" → "f_provinces"); `part` names
    what the sidebar keeps beside it (the range widgets' saved values and bounds)."""
    return f"f_{field}{'_' + part if part else ''}"


def filter_widget(field: str, part: str = "") -> Slot:
    """The slot of a sidebar filter widget (dashboard/sidebar.py), or of what it keeps beside it."""
    return Slot(widget_key(field, part))


def set_filter_widget(field: str, value: Any) -> None:
    """Set a sidebar filter from a page (the regions page chooses a province); the sidebar reads it."""
    st.session_state[widget_key(field)] = value


def chart_selection(name: str) -> Any:
    """What the user selected on chart `name` (its widget state), as Streamlit reports it."""
    return st.session_state[f"chart_{name}"].selection


def table_selection(key: str) -> Any:
    return st.session_state[key].selection


def keep_filters(current: Any) -> None:
    """The filters the sidebar made for this run. Changed filters make other rows, so every long
    table starts again at its first page."""
    if filters.held() and filters.get() != current:
        first_pages()
    filters.set(current)


def first_pages() -> None:
    for paging in PAGINGS:
        paging.slot.pop()


def as_of() -> date:
    """The date statuses are judged on: the sidebar's "as of" control, today by default."""
    return as_of_day.get() or date.today()


def add_to_deck(item: DeckItem) -> int:
    """Add a chart to the deck; the number of charts it then holds."""
    held = deck.setdefault([])
    held.append(item)
    return len(held)


def open_review(record_id: str) -> None:
    """The review page opens at this record, whatever its status, over every bulletin."""
    review_id.set(record_id)
    review_done_too.set(True)
    review_bulletins.set([])


# ---------------------------------------------------------------- the URL


def keep_timeline_group(group: str) -> None:
    """The timeline's grouping as chosen on its page, into the session and at once into the URL
    (the app writes the URL before the page runs)."""
    timeline_group.set(group)
    if group == TIMELINE_GROUPS[0]:
        st.query_params.pop(GROUP_PARAM, None)
    else:
        st.query_params[GROUP_PARAM] = group


def keep_explorer_order(order: str) -> None:
    """The explorer's order as chosen, into the session and the URL; other rows come first, so
    the table (and the detail page's choices) start again at page 1."""
    explorer_order.set(order)
    if order == ORDERS[0]:
        st.query_params.pop(ORDER_PARAM, None)
    else:
        st.query_params[ORDER_PARAM] = order
    explorer_paging.keep(1)


def deck_param(items: list[DeckItem]) -> list[str]:
    """The deck in the URL: one value per chart, "by_year:province=Guangdong&sector=robotics"."""
    return [f"{item.name}:{urlencode(item.filters.to_query_params(), doseq=True)}" for item in items]


def deck_from_param(values: list[str]) -> list[DeckItem]:
    """The deck read back from the URL; a chart the app does not know is left out."""
    items = []
    for value in values:
        name, _, query = value.partition(":")
        if name in charts.CHARTS:
            items.append(DeckItem(name, filter_module.Filters.from_query_params(parse_qs(query))))
    return items


def restore(params: Mapping[str, list[str]]) -> tuple[Any, str]:
    """A session's first run: take what the URL keeps. The filters and the language are returned
    for the sidebar to seed its widgets with; the rest is stored in its slot."""
    ignored.set(filter_module.Filters.malformed_query_params(params))
    deck.set(deck_from_param(params.get(DECK_PARAM, [])))
    group = (params.get(GROUP_PARAM) or [None])[0]
    if group in TIMELINE_GROUPS:
        timeline_group.set(group)
    order = (params.get(ORDER_PARAM) or [None])[0]
    if order in ORDERS:
        explorer_order.set(order)
    for paging in PAGINGS:  # a page number past the table's end is brought back by the table
        page = (params.get(paging.param) or [""])[0]
        if page.isdecimal() and int(page) >= 1:
            paging.slot.set(int(page))
    chosen_lang = "en" if (params.get(LANG_PARAM) or [None])[0] == "en" else "ko"
    return filter_module.Filters.from_query_params(params), chosen_lang


def url_params(current: Mapping[str, str]) -> dict[str, str | list[str]]:
    """Everything the URL keeps, from the session (and the record id a page put in `current`)."""
    params = filters.get().to_query_params()
    if lang.get() == "en":
        params[LANG_PARAM] = "en"
    if RECORD_PARAM in current:
        params[RECORD_PARAM] = current[RECORD_PARAM]
    if reviewer.get():
        params[REVIEWER_PARAM] = reviewer.get()
    if deck.get():
        params[DECK_PARAM] = deck_param(deck.get())
    if timeline_group.get() != TIMELINE_GROUPS[0]:
        params[GROUP_PARAM] = timeline_group.get()
    if explorer_order.get() != ORDERS[0]:
        params[ORDER_PARAM] = explorer_order.get()
    for paging in PAGINGS:
        if paging.get() > 1:
            params[paging.param] = str(paging.get())
    return params
