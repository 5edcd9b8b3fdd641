"""브리핑 슬라이드 / Briefing deck: the charts added from any page, reordered, built into one .pptx."""

from datetime import date

import streamlit as st

from dashboard import charts, components, db, i18n, session
from dashboard import export as exports
from dashboard.export import images

con, _, lang = components.context()
st.title(i18n.t("page_deck", lang))
st.caption(i18n.t("export.deck_note", lang))

# 1. The deck, kept in the session and the URL (dashboard/session.py), so a reload keeps it
deck: list[exports.DeckItem] = session.deck.setdefault([])


def _move(index: int, step: int) -> None:
    deck.insert(index + step, deck.pop(index))


def _remove(index: int) -> None:
    deck.pop(index)


def _clear() -> None:
    deck.clear()


# Built per data version: the connection is this session's, so it is not part of the key.
@st.cache_data(max_entries=64, show_spinner=False)
def _thumbnail(version: str, item: exports.DeckItem, lang: str) -> bytes:
    return exports.slide_thumbnail(db.get_connection(), item, lang)


@st.cache_data(max_entries=16, show_spinner=False)
def _left_out(version: str, items: tuple[exports.DeckItem, ...], lang: str) -> list[exports.DeckItem]:
    return exports.left_out(db.get_connection(), items, lang)


@st.cache_data(max_entries=4, show_spinner=False)
def _deck_file(version: str, items: tuple[exports.DeckItem, ...], lang: str, title: str) -> bytes:
    return exports.build_deck(db.get_connection(), items, lang, title=title)


if not deck:
    st.info(i18n.t("export.deck_empty", lang))
    st.stop()

# 2. Preview: the cover as it will read, then each chart as a thumbnail with its controls
title = st.text_input(
    i18n.t("export.deck_title", lang), value=i18n.t("deck.cover.title", lang), max_chars=120
)
version = db.connection_key(con)
skipped = set(_left_out(version, tuple(deck), lang))
shared = {item.filters for item in deck if item not in skipped}
with st.container(border=True):
    st.caption(i18n.t("export.cover", lang))
    st.text(title.strip() or i18n.t("deck.cover.title", lang))  # plain text: typed by the user
    st.text(
        "\n".join(f"{i18n.t('deck.cover.filters', lang)}: {f.describe(lang)}" for f in dict.fromkeys(shared))
    )
problem = images.export_problem()
for index, item in enumerate(deck):
    row = st.container(border=True, horizontal=True, vertical_alignment="center")
    try:
        if problem:
            raise images.ExportUnavailable(problem)
        row.image(_thumbnail(version, item, lang), width=exports.THUMBNAIL.width // 2)
    except images.ExportUnavailable as error:  # the deck and its list stay usable without pictures
        row.caption(i18n.t("export.no_thumbnail", lang, reason=str(error)))
    words = row.container(width="stretch")
    words.markdown(f"**{index + 1}. {charts.CHARTS[item.name].title(lang)}**")
    words.text(item.filters.describe(lang))  # plain text: the search words are the user's
    if item in skipped:
        words.caption(i18n.t("export.left_out", lang))
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

# 3. One click downloads the deck, built (once per list, title and data version) as the page opens
try:
    with st.spinner(i18n.t("export.building", lang)):
        data = _deck_file(version, tuple(deck), lang, title.strip())
except images.ExportUnavailable as error:  # only a map needs the browser
    st.error(str(error))
else:
    st.download_button(
        i18n.t("export.download_deck", lang),
        data=data,
        file_name=f"briefing_{date.today():%Y%m%d}.pptx",
        mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        icon=":material/download:",
        type="primary",
        on_click="ignore",
        key="deck_download",
    )
