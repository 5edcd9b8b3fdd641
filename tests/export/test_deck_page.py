"""The briefing page under AppTest: charts added from other pages, reordered, removed, built into a .pptx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

from dashboard import charts
from dashboard.export import DeckItem
from dashboard.filters import Filters
from etl import config

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
DECK_PAGE = "dashboard/app_pages/deck.py"


@pytest.fixture
def app(monkeypatch, export_db_file) -> AppTest:
    monkeypatch.setattr(config, "DB_PATH", export_db_file)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def run(target) -> AppTest:
    """Run the app (from an AppTest, or a widget just clicked) and check nothing raised."""
    at = target.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def listed(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("**")]


def test_an_empty_deck_says_how_to_fill_it(app):
    at = run(app.switch_page(DECK_PAGE))
    assert "브리핑에 추가" in at.info[0].value


def test_charts_added_on_the_overview_are_listed_reordered_removed_and_built(app):
    run(app.button(key="add_to_deck_by_year").click())
    run(app.button(key="add_to_deck_by_sector").click())
    assert app.session_state["deck"] == [DeckItem("by_year", Filters()), DeckItem("by_sector", Filters())]

    at = run(app.switch_page(DECK_PAGE))
    titles = [charts.CHARTS[n].title("ko") for n in ("by_year", "by_sector")]
    assert listed(at) == [f"**1. {titles[0]}**", f"**2. {titles[1]}**"]

    run(at.button(key="deck_down_0").click())
    assert listed(at) == [f"**1. {titles[1]}**", f"**2. {titles[0]}**"]

    run(at.button(key="deck_build").click())
    slides = Presentation(io.BytesIO(at.session_state["deck_file"])).slides
    assert len(slides) == 1 + 2 + 1
    assert slides[1].shapes[0].text_frame.text == titles[1]

    run(at.button(key="deck_remove_0").click())
    assert listed(at) == [f"**1. {titles[0]}**"]
    assert "deck_file" not in at.session_state  # the built file no longer matches the list


def test_the_deck_is_kept_in_the_url_and_comes_back_on_a_reload(app, monkeypatch, export_db_file):
    run(app.multiselect(key="f_provinces").set_value(["Guangdong"]))
    run(app.button(key="add_to_deck_by_year").click())
    run(app.multiselect(key="f_provinces").set_value([]))
    run(app.button(key="add_to_deck_by_sector").click())
    params = {name: app.query_params[name] for name in app.query_params}
    assert params["deck"] == ["by_year:province=Guangdong", "by_sector:"]

    # A reload: a new session that has only the URL.
    reloaded = AppTest.from_file(str(APP), default_timeout=60)
    reloaded.query_params.update(params)
    at = run(run(reloaded).switch_page(DECK_PAGE))
    assert reloaded.session_state["deck"] == [
        DeckItem("by_year", Filters(provinces=("Guangdong",))),
        DeckItem("by_sector", Filters()),
    ]
    titles = [charts.CHARTS[n].title("ko") for n in ("by_year", "by_sector")]
    assert listed(at) == [f"**1. {titles[0]}**", f"**2. {titles[1]}**"]

    run(at.button(key="deck_remove_0").click())
    assert at.query_params["deck"] in ("by_sector:", ["by_sector:"])  # AppTest gives one value bare
    run(at.button(key="deck_remove_0").click())
    assert "deck" not in at.query_params


def test_a_chart_the_app_does_not_know_is_left_out_of_a_linked_deck(monkeypatch, export_db_file):
    monkeypatch.setattr(config, "DB_PATH", export_db_file)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params.update({"deck": ["nonsense:province=Guangdong", "by_year:kind=bogus"]})
    run(at)
    assert at.session_state["deck"] == [DeckItem("by_year", Filters())]
