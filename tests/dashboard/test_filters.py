"""The shared filters: through the URL and back, and in words for a subtitle."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dashboard import i18n
from dashboard.filters import KINDS, Filters

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
