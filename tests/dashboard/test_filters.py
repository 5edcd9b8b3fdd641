"""The shared filters: through the URL and back, and in words for a subtitle."""

import subprocess
import sys
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

import dashboard.export.__main__ as cli
from dashboard import i18n, queries
from dashboard.filters import FIELDS, KINDS, Filters, ListField, filters_class
from etl import config

names = st.lists(st.text("abcdefghij가나다 -", min_size=1, max_size=8), max_size=3).map(tuple)
years = st.none() | st.integers(2000, 2060)
dates = st.none() | st.dates(date(2020, 1, 1), date(2030, 12, 31))


@given(
    provinces=names,
    sectors=names,
    kinds=st.lists(st.sampled_from(KINDS), max_size=3, unique=True).map(tuple),
    year_from=years,
    year_to=years,
    date_from=dates,
    text=st.text("abc 로봇", max_size=10).map(str.strip),
)
def test_query_params_round_trip(provinces, sectors, kinds, year_from, year_to, date_from, text):
    filters = Filters(
        provinces=provinces,
        sectors=sectors,
        kinds=kinds,
        year_from=year_from,
        year_to=year_to,
        date_from=date_from,
        text=text,
    )
    assert Filters.from_query_params(filters.to_query_params()) == filters


def test_query_params_spell_each_filter():
    filters = Filters(provinces=("Beijing", "Guangdong"), sectors=("robotics",), year_from=2025, text="로봇")
    assert filters.to_query_params() == {
        "province": ["Beijing", "Guangdong"],
        "sector": ["robotics"],
        "year_from": "2025",
        "q": "로봇",
    }


def test_malformed_url_values_are_ignored():
    params = {
        "kind": ["target", "DROP TABLE"],
        "year_from": "20x5",
        "year_to": "99999",
        "date_from": "2023-13-01",
    }
    assert Filters.from_query_params(params) == Filters(kinds=("target",))


def test_a_single_url_value_is_a_one_element_list():
    assert Filters.from_query_params({"province": "Beijing"}).provinces == ("Beijing",)


def test_describe_names_the_filters_in_korean_and_english():
    filters = Filters(provinces=("Guangdong",), sectors=("semiconductors",), year_from=2025, year_to=2030)
    for lang in ("ko", "en"):
        expected = " · ".join(
            [
                i18n.region_label("Guangdong", lang),
                i18n.sector_label("semiconductors", lang),
                f"{i18n.t('target_year', lang)} 2025–2030",
            ]
        )
        assert filters.describe(lang) == expected
    assert filters.describe("ko").endswith("목표연도 2025–2030")


def test_describe_without_filters_says_all():
    assert Filters().describe("ko") == "전체 목표"
    assert Filters().describe("en") == "All commitments"


def test_describe_open_ranges():
    assert Filters(year_from=2025).describe("ko") == "목표연도 2025–"
    assert Filters(year_to=2030).describe("en") == "Target year –2030"
    assert Filters(year_from=2030, year_to=2030).describe("ko") == "목표연도 2030"


# ---------------------------------------------------------------- the field table
# A field added to the table: the bulletin a commitment comes from.
BULLETIN = ListField("bulletins", "bulletin", "bulletin_title", "c.bulletin")


def with_bulletin_field():
    return filters_class((*FIELDS, BULLETIN))


def test_every_field_of_the_table_is_an_attribute_of_filters():
    names = {name for spec in FIELDS for name, _, _ in spec.attributes()}
    assert names == set(Filters.__dataclass_fields__)
    assert {"provinces", "year_from", "year_to", "date_from", "text", "reviewed_only"} <= names


def test_a_field_added_to_the_table_is_a_filter_with_its_url_parameter():
    extended = with_bulletin_field()
    chosen = extended(bulletins=("B1", "B2"), provinces=("Beijing",))
    assert chosen.to_query_params() == {"province": ["Beijing"], "bulletin": ["B1", "B2"]}
    assert extended.from_query_params({"bulletin": ["B1"]}) == extended(bulletins=("B1",))
    assert chosen.describe("ko") == f"{i18n.region_label('Beijing', 'ko')} · B1, B2"


def test_a_field_added_to_the_table_is_a_condition_with_its_value_bound():
    extended = with_bulletin_field()
    sql, params = queries.where_clause(extended(bulletins=("x'; --",)))
    assert sql == "c.review_status <> 'rejected' AND list_contains(?, c.bulletin)"
    assert params == [["x'; --"]]


def test_a_field_added_to_the_table_is_a_command_line_option(monkeypatch):
    extended = with_bulletin_field()
    monkeypatch.setattr(cli, "Filters", extended)
    args = cli.build_parser().parse_args(["table", "--out", "x.csv", "--bulletin", "B1", "--bulletin", "B2"])
    assert args.bulletins == ["B1", "B2"]


def test_without_clears_one_field_only():
    chosen = Filters(provinces=("Beijing",), year_from=2025, year_to=2030, text="로봇")
    assert chosen.without("provinces") == Filters(year_from=2025, year_to=2030, text="로봇")
    assert chosen.without("years") == Filters(provinces=("Beijing",), text="로봇")


def test_flags_travel_in_the_url():
    chosen = Filters(reviewed_only=True, with_rejected=True)
    assert chosen.to_query_params() == {"reviewed": "1", "rejected": "1"}
    assert Filters.from_query_params({"reviewed": "1", "rejected": "0"}) == Filters(reviewed_only=True)


def test_queries_import_without_streamlit():
    """The command line and scripts use dashboard.queries (and the export CLI) with no Streamlit."""
    code = "import sys, dashboard.queries, dashboard.export.__main__; sys.exit('streamlit' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=config.PROJECT_DIR, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
