"""The briefing page under AppTest: charts added from other pages, reordered, removed, built into a .pptx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pptx import Presentation
from streamlit.testing.v1 import AppTest

from dashboard import charts
from dashboard import export as exports
from dashboard.export import DeckItem
from dashboard.filters import Filters
from etl import config

APP = Path(__file__).resolve().parents[2] / "streamlit_app.py"
DECK_PAGE = "dashboard/app_pages/deck.py"
real_build_deck = exports.build_deck


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


def test_charts_added_on_the_overview_are_listed_reordered_removed_and_built(app, monkeypatch):
    built = []  # every deck the page builds for its download button, newest last

    def build_deck(*args, **kwargs):
        built.append(real_build_deck(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(exports, "build_deck", build_deck)
    run(app.button(key="add_to_deck_by_year").click())
    run(app.button(key="add_to_deck_by_sector").click())
    assert app.session_state["deck"] == [DeckItem("by_year", Filters()), DeckItem("by_sector", Filters())]

    at = run(app.switch_page(DECK_PAGE))
    titles = [charts.CHARTS[n].title("ko") for n in ("by_year", "by_sector")]
    assert listed(at) == [f"**1. {titles[0]}**", f"**2. {titles[1]}**"]

    run(at.button(key="deck_down_0").click())
    assert listed(at) == [f"**1. {titles[1]}**", f"**2. {titles[0]}**"]

    # one click: the download is offered at once, holding the deck in the listed order
    (download,) = at.get("download_button")
    assert download.proto.label == "PPTX 내려받기"
    slides = Presentation(io.BytesIO(built[-1])).slides
    assert len(slides) == 1 + 2 + 1
    assert slides[1].shapes[0].text_frame.text == titles[1]
    # a thumbnail of each chart before the download, and the cover's filters said once
    assert len(at.get("image")) == 2
    assert [t.value for t in at.text].count("조건: 전체 목표") == 1

    run(at.button(key="deck_remove_0").click())
    assert listed(at) == [f"**1. {titles[0]}**"]
    assert len(at.get("download_button")) == 1
    slides = Presentation(io.BytesIO(built[-1])).slides
    assert len(slides) == 1 + 1 + 1  # the file follows the list


def test_a_chart_with_one_category_is_marked_as_left_out(app):
    app.session_state["deck"] = [DeckItem("by_province", Filters(provinces=("Guangdong",)))]
    at = run(app.switch_page(DECK_PAGE))
    assert "항목이 하나뿐인 차트라 슬라이드에서 빠집니다." in [c.value for c in at.caption]


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
