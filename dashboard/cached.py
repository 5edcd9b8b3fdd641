"""The pages' way to the database: every `dashboard.queries` function and the charts, cached.

Cached per data version (`dashboard.db.connection_key`), so a rebuilt database is never answered
from the cache. `dashboard.queries` itself stays free of Streamlit for the command line; pages
call `cached.commitments(con, filters)` where they would call `queries.commitments`.

Results are held once per process (`st.cache_resource`) and shared by every session, not
pickled out of `st.cache_data` on each run (the commitments frame is 14 MB at 500 bulletins, and
unpickling it took most of a page's time). What a caller gets is its own copy, so no session can
change another's: a frame's copy shares the data (pandas' copy-on-write copies a column only when
it is written to), a record's dict and a list are copied outright (they are small). Figures are
shared as they are: copying one costs as much as building it, and the dashboard only reads them
(`st.plotly_chart` and the exporters serialise a figure; `charts.for_screen` builds a new one).
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from dashboard import charts, queries
from dashboard.db import connection_key
from dashboard.filters import Filters

# Entries of old data versions age out with the least used; a result is never served across versions.
MAX_ENTRIES = 1024
# What a cached call is keyed on: a connection by its data version; the filters by their repr,
# which names every field and value (a tenth of the time Streamlit's generic hashing takes, and a
# page asks a dozen cached calls per run).
_KEYS = {duckdb.DuckDBPyConnection: connection_key, Filters: repr}


def own_copy(result: Any) -> Any:
    """A caller's copy of a shared cached result: writing to it never reaches the cache."""
    if isinstance(result, pd.DataFrame):
        return result.copy(deep=False)  # copy-on-write: cheap, and a write copies the column first
    if isinstance(result, tuple):
        return tuple(own_copy(part) for part in result)
    if isinstance(result, dict | list):
        return copy.deepcopy(result)
    return result  # figures (read only, see above), numbers, strings, None


def shared(function: Callable) -> Callable:
    """`function` cached once per process and data version; each call returns `own_copy` of it."""
    held = st.cache_resource(hash_funcs=_KEYS, max_entries=MAX_ENTRIES, show_spinner=False)(function)

    @functools.wraps(function)
    def call(*args, **kwargs):
        return own_copy(held(*args, **kwargs))

    return call


# What does not ask the database is not cached: the SQL helpers.
_NOT_QUERIES = {"where_clause"}

for _name, _function in inspect.getmembers(queries, inspect.isfunction):
    if _function.__module__ == queries.__name__ and not _name.startswith("_") and _name not in _NOT_QUERIES:
        globals()[_name] = shared(_function)

# A chart as a page shows it, with the slide figure its export buttons use.
render_for_page = shared(charts.render_for_page)
