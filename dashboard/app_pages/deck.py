"""브리핑 슬라이드 / Briefing deck: the charts added from any page, reordered, built into one .pptx."""

from datetime import date

import streamlit as st

from dashboard import charts, components, i18n
from dashboard import export as exports
from dashboard.export import images

con, _, lang = components.context()
st.title(i18n.t("page_deck", lang))
st.caption(i18n.t("export.deck_note", lang))

# 1. The deck, kept in the session by components.add_to_deck
deck: list[exports.DeckItem] = st.session_state.setdefault("deck", [])


def _changed() -> None:
    """A built file no longer matches the list once the list changes."""
    st.session_state.pop("deck_file", None)


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
    st.info(i18n.t("export.deck_empty", lang))
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
        help=i18n.t("export.up", lang),
        disabled=index == 0,
        on_click=_move,
        args=(index, -1),
    )
    row.button(
        "",
        icon=":material/arrow_downward:",
        key=f"deck_down_{index}",
        help=i18n.t("export.down", lang),
        disabled=index == len(deck) - 1,
        on_click=_move,
        args=(index, 1),
    )
    row.button(
        "",
        icon=":material/close:",
        key=f"deck_remove_{index}",
        help=i18n.t("export.remove", lang),
        on_click=_remove,
        args=(index,),
    )
st.button(i18n.t("export.clear", lang), icon=":material/delete_sweep:", on_click=_clear)

# 3. Build and download
title = st.text_input(
    i18n.t("export.deck_title", lang),
    value=i18n.t("deck.cover.title", lang),
    max_chars=120,
    on_change=_changed,
)
if st.button(i18n.t("export.build", lang), type="primary", icon=":material/slideshow:", key="deck_build"):
    with st.spinner(i18n.t("export.building", lang)):
        try:
            st.session_state["deck_file"] = exports.build_deck(con, deck, lang, title=title.strip())
        except images.ExportUnavailable as error:  # only a map needs the browser
            st.error(str(error))
if data := st.session_state.get("deck_file"):
    st.download_button(
        i18n.t("export.download_deck", lang),
        data=data,
        file_name=f"briefing_{date.today():%Y%m%d}.pptx",
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        icon=":material/download:",
        on_click="ignore",
    )
