"""브리핑 슬라이드 / Briefing deck: the charts added from any page, reordered, built into one .pptx."""

from datetime import date

import streamlit as st

from dashboard import charts, components, i18n, session
from dashboard import export as exports
from dashboard.export import images, slides

con, _, lang = components.context()
st.title(i18n.t("page_deck", lang))
st.caption(exports.word("deck_note", lang))

# 1. The deck, kept in the session and the URL (dashboard/session.py), so a reload keeps it
deck: list[exports.DeckItem] = session.deck.setdefault([])


def _changed() -> None:
    """A built file no longer matches the list once the list changes."""
    session.deck_file.pop()


def _move(index: int, step: int) -> None:
    deck.insert(index + step, deck.pop(index))
    _changed()


def _remove(index: int) -> None:
    deck.pop(index)
    _changed()


def _clear() -> None:
    deck.clear()
    _changed()


if not deck:
    st.info(exports.word("deck_empty", lang))
    st.stop()

# 2. The list: title and filters of each chart, with its controls
for index, item in enumerate(deck):
    row = st.container(border=True, horizontal=True, vertical_alignment="center")
    row.markdown(f"**{index + 1}. {charts.CHARTS[item.name].title(lang)}**")
    row.text(item.filters.describe(lang), width="stretch")  # plain text: the search words are the user's
    row.button(
        "",
        icon=":material/arrow_upward:",
        key=f"deck_up_{index}",
        help=exports.word("up", lang),
        disabled=index == 0,
        on_click=_move,
        args=(index, -1),
    )
    row.button(
        "",
        icon=":material/arrow_downward:",
        key=f"deck_down_{index}",
        help=exports.word("down", lang),
        disabled=index == len(deck) - 1,
        on_click=_move,
        args=(index, 1),
    )
    row.button(
        "",
        icon=":material/close:",
        key=f"deck_remove_{index}",
        help=exports.word("remove", lang),
        on_click=_remove,
        args=(index,),
    )
st.button(exports.word("clear", lang), icon=":material/delete_sweep:", on_click=_clear)

# 3. Build and download
title = st.text_input(
    exports.word("deck_title", lang), value=slides.WORDS[lang]["title"], max_chars=120, on_change=_changed
)
if st.button(exports.word("build", lang), type="primary", icon=":material/slideshow:", key="deck_build"):
    with st.spinner(exports.word("building", lang)):
        try:
            session.deck_file.set(exports.build_deck(con, deck, lang, title=title.strip()))
        except images.ExportUnavailable as error:  # only a map needs the browser
            st.error(str(error))
if data := session.deck_file.get():
    st.download_button(
        exports.word("download_deck", lang),
        data=data,
        file_name=f"briefing_{date.today():%Y%m%d}.pptx",
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        icon=":material/download:",
        on_click="ignore",
    )
