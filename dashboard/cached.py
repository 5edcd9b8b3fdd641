"""The pages' way to the database: every `dashboard.queries` function and `charts.render`, cached.

Cached per data version (`dashboard.db.connection_key`), so a rebuilt database is never answered
from the cache. `dashboard.queries` itself stays free of Streamlit for the command line; pages
call `cached.commitments(con, filters)` where they would call `queries.commitments`.
"""

from __future__ import annotations

import inspect

import duckdb
import streamlit as st

from dashboard import charts, queries
from dashboard.db import connection_key

_cache = st.cache_data(
    hash_funcs={duckdb.DuckDBPyConnection: connection_key}, max_entries=1024, show_spinner=False
)

# What does not ask the database is not cached: the SQL helpers.
_NOT_QUERIES = {"where_clause"}

for _name, _function in inspect.getmembers(queries, inspect.isfunction):
    if _function.__module__ == queries.__name__ and not _name.startswith("_") and _name not in _NOT_QUERIES:
        globals()[_name] = _cache(_function)

# A chart's figure and tidy data, as the page draws it (and as the export buttons use it).
render = _cache(charts.render)
