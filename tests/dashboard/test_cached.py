"""The query caches are shared by every session of a process: what one caller does to its result
never reaches the cache or another caller, and a new data version is never answered from it."""

import pandas as pd
from conftest import write_database

from dashboard import cached, components, db
from dashboard.filters import Filters


def test_a_caller_changing_its_frame_leaves_the_cached_one_as_it_was(con):
    first = cached.commitments(con, Filters())
    first.loc[first.index[0], "value"] = -1.0
    first["subject_ko"] = "바뀜"
    del first["unit"]
    again = cached.commitments(con, Filters())
    assert again is not first
    assert again["value"].iloc[0] != -1.0
    assert "바뀜" not in set(again["subject_ko"])
    assert "unit" in again.columns


def test_a_caller_changing_its_record_or_list_leaves_the_cached_one_as_it_was(con):
    record = cached.commitment(con, "c1")
    record["value"] = -1.0
    assert cached.commitment(con, "c1")["value"] == 1000
    dates = cached.bulletin_dates(con, Filters())
    dates.clear()
    assert len(cached.bulletin_dates(con, Filters())) == 2


def test_a_rebuilt_database_is_never_answered_from_the_cache(tmp_path):
    path = write_database(tmp_path / "tracker.duckdb")
    old = db.open_read_only(path, db.data_version(path))
    assert len(cached.commitments(old, Filters())) == 8
    rebuilt = write_database(tmp_path / "rebuilt.duckdb", seeded=False)
    rebuilt.replace(path)
    new = db.open_read_only(path, db.data_version(path))
    assert cached.commitments(new, Filters()).empty
    assert cached.render_for_page(new, "by_province", Filters(), "ko")[2].empty
    old.close()
    new.close()


def test_pages_of_rows():
    records = pd.DataFrame({"n": range(1, 451)})  # rows 1 … 450
    assert list(components.rows_of_page(records, 2)["n"]) == list(range(201, 401))
    assert list(components.rows_of_page(records, 3)["n"]) == list(range(401, 451))
    assert [components.page_count(n) for n in (0, 1, 200, 201, 400, 450)] == [1, 1, 1, 2, 2, 3]
