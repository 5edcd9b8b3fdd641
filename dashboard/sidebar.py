"""The sidebar's filters, one widget per field of `dashboard.filters.FIELDS`.

A list field is a multiselect whose options say how many commitments each would give under the
other filters ("광둥성 (12)"); an option that gives none is hidden, unless it is chosen. A range
is a slider (years) or a date range whose ends, left at the data's bounds, mean "no limit". The
widgets' values live under `session.widget_key(field)`; the Filters they make are kept in the
session (`session.filters`), since Streamlit drops a widget's state when a run ends without it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb
import streamlit as st

from dashboard import cached, i18n, session
from dashboard import filters as filter_module
from dashboard.filters import FlagField, ListField, RangeField, TextField


def _fields() -> tuple:
    """The fields of the `Filters` class the filters module holds when the sidebar is drawn."""
    return filter_module.Filters.FIELDS


def seed_widgets(saved: Any, lang: str) -> None:
    """Give every sidebar widget that has no state (first run, or dropped) its saved value."""
    for spec in _fields():
        if isinstance(spec, RangeField):
            session.filter_widget(spec.name, "saved").set(tuple(getattr(saved, b) for b in spec.bounds))
            continue
        widget = session.filter_widget(spec.name)
        if not widget.held():
            value = getattr(saved, spec.name)
            widget.set(list(value) if isinstance(value, tuple) else value)
    session.lang.setdefault(lang)


def reset_filters() -> None:
    for spec in _fields():
        session.filter_widget(spec.name).pop()
    session.ignored.pop()
    session.filters.set(filter_module.Filters())
    session.first_pages()


def _keep_known(spec: ListField, known: list) -> None:
    """A value the data does not have (an old link, a rebuilt database) is dropped, not an error,
    and the page says so: "알 수 없는 지역 'Atlantis' 무시"."""
    widget = session.filter_widget(spec.name)
    chosen = widget.get() or []
    widget.set([v for v in chosen if v in known])
    if not session.filters.held():  # the first run: the values came from the URL
        session.ignored.set(session.ignored.get() + [(spec.label, v) for v in chosen if v not in known])


def _open_ended_range(spec: RangeField, bounds: tuple) -> None:
    """Seed a range widget's state. An end left at the data's bound means "no limit": when the
    data grows (a newer bulletin ingested while the session is open), that end follows the new
    bound instead of turning into a filter that hides the new rows."""
    widget = session.filter_widget(spec.name)
    saved, last_bounds = session.filter_widget(spec.name, "saved"), session.filter_widget(spec.name, "bounds")
    low, high = bounds
    previous = last_bounds.get()
    if widget.held() and previous not in (None, bounds):
        chosen = tuple(widget.pop())
        start, end = (chosen + (None, None))[:2]
        saved.set(
            (
                start if start is not None and start > previous[0] else None,
                end if end is not None and end < previous[1] else None,
            )
        )
    if not widget.held():
        saved_from, saved_to = saved.get() or (None, None)
        widget.set((max(low, saved_from or low), min(high, saved_to or high)))
    last_bounds.set(bounds)


def _has_widget(spec: Any, options: dict) -> bool:
    if isinstance(spec, RangeField):
        low, high = options[spec.name]
        return low is not None and low != high
    return True


def _value(spec: Any, options: dict) -> dict[str, Any]:
    """The filter values a field's widget state stands for."""
    state = session.filter_widget(spec.name).get()
    if isinstance(spec, ListField):
        return {spec.name: tuple(state or ())}
    if isinstance(spec, TextField):
        return {spec.name: (state or "").strip()[: spec.max_chars]}
    if isinstance(spec, FlagField):
        return {spec.name: bool(state)}
    start_bound, end_bound = spec.bounds
    if not _has_widget(spec, options) or state is None or len(state) != 2:  # second date still being picked
        return {start_bound: None, end_bound: None}
    low, high = options[spec.name]
    start, end = state
    return {start_bound: start if start > low else None, end_bound: end if end < high else None}


def _multiselect(
    con: duckdb.DuckDBPyConnection, spec: ListField, known: list, current: Any, lang: str
) -> None:
    counts = cached.option_counts(con, current, spec.name)
    key = session.widget_key(spec.name)
    chosen = session.filter_widget(spec.name).get() or []
    # in the order of the counts (the most given first); a known value without data has none
    ordered = [v for v in counts if v in known] + [v for v in known if v not in counts]
    shown = [v for v in ordered if counts.get(v, 0) > 0 or v in chosen]
    st.multiselect(
        i18n.t(spec.label, lang),
        shown,
        key=key,
        format_func=lambda v: f"{spec.word(v, lang)} ({counts.get(v, 0):,})",
        placeholder=i18n.t("all", lang),
        select_all=False,  # Streamlit writes "Select all" in English only; choosing none means all
    )


def _range(spec: RangeField, bounds: tuple, lang: str) -> None:
    low, high = bounds
    key = session.widget_key(spec.name)
    if isinstance(low, date):
        st.date_input(i18n.t(spec.label, lang), min_value=low, max_value=high, key=key)
    else:
        st.slider(i18n.t(spec.label, lang), low, high, key=key)


def _widget(con: duckdb.DuckDBPyConnection, spec: Any, options: dict, current: Any, lang: str) -> None:
    key = session.widget_key(spec.name)
    if isinstance(spec, ListField):
        _multiselect(con, spec, options[spec.name], current, lang)
    elif isinstance(spec, TextField):
        st.text_input(i18n.t(spec.label, lang), key=key, max_chars=spec.max_chars)
    elif isinstance(spec, FlagField):
        st.checkbox(i18n.t(spec.label, lang), key=key)
    elif _has_widget(spec, options):
        _range(spec, options[spec.name], lang)


def show_ignored(lang: str) -> None:
    """The URL values that were ignored, until the filters are reset."""
    for label, value in session.ignored.get():
        st.warning(i18n.t("ignored_value", lang, what=i18n.t(label, lang), value=value))


def sidebar_filters(con: duckdb.DuckDBPyConnection, lang: str) -> Any:
    """Draw the filters in the sidebar; the Filters they make."""
    filters_class = filter_module.Filters
    options = cached.filter_options(con, filters_class())
    for spec in filters_class.FIELDS:
        if isinstance(spec, ListField):
            options[spec.name] = list(spec.allowed) or options[spec.name]
            _keep_known(spec, options[spec.name])
        elif isinstance(spec, RangeField) and _has_widget(spec, options):
            _open_ended_range(spec, options[spec.name])
    # Every widget's state is known before any is drawn: each list's counts follow all the others.
    current = filters_class(
        **{k: v for spec in filters_class.FIELDS for k, v in _value(spec, options).items()}
    )
    with st.sidebar:
        st.header(i18n.t("filters", lang))
        for spec in filters_class.FIELDS:
            _widget(con, spec, options, current, lang)
        st.button(
            i18n.t("reset_filters", lang),
            on_click=reset_filters,
            key="reset_filters",
            icon=":material/filter_alt_off:",
        )
        show_ignored(lang)
    return current
