"""검토 / Review: the queue of commitments to check, least certain first, one at a time.

Each record shows its sentence marked in the article's text, its fields and the numbers of
the article that were not taken. Accept (A), next (N), previous (P) work from the keyboard;
correct, reject and add-a-missed-commitment are forms. Every action is signed, stored in
the review store and shown at once (dashboard/reviewing.py). Bulletin text is always escaped.
"""

import pandas as pd
import streamlit as st

from dashboard import cached, components, i18n, reviewing, session
from dashboard.formatting import format_value
from etl import checks, gazetteer, review, sectors
from etl.numbers import find_quantities

con, filters, lang = components.context()
st.title(i18n.t("page_review", lang))
if reviewing.read_only():  # the page is not offered then; a hand-made request ends here too
    st.warning(i18n.t("read_only", lang))
    st.stop()
who = reviewing.reviewer()
if not who:
    st.info(i18n.t("reviewer_needed", lang))
    st.stop()
st.caption(components.escape_markdown(f"{i18n.t('reviewer', lang)}: {who} · {filters.describe(lang)}"))

# 1. The queue: the sidebar's filters, optionally some bulletins (an upload sends its own here)
bulletin_ids = list(cached.bulletins(con)["id"])
session.review_bulletins.set([b for b in session.review_bulletins.get() if b in bulletin_ids])
left, right = st.columns([3, 1], vertical_alignment="bottom")
chosen_bulletins = left.multiselect(
    i18n.t("queue_bulletins", lang),
    bulletin_ids,
    key=session.review_bulletins.key,
    placeholder=i18n.t("all", lang),
)
done_too = right.checkbox(i18n.t("queue_done_too", lang), key=session.review_done_too.key)
queue = cached.review_queue(con, filters, tuple(chosen_bulletins), done_too)
ids = list(queue["id"])
if not ids:
    st.success(i18n.t("queue_empty", lang))
    st.stop()
# A link (…/review?id=…, or the detail page's id carried over) opens that record first.
current = session.review_id.get() or st.query_params.get(session.RECORD_PARAM)
if current not in ids:
    current = ids[0]
position = ids.index(current)
session.review_id.set(current)
st.query_params[session.RECORD_PARAM] = current


def _go(step: int) -> None:
    session.review_id.set(ids[(position + step) % len(ids)])


def _after_action() -> None:
    """The next record of the queue as it was: the one just checked leaves it."""
    following = ids[position + 1 :] + ids[:position]
    session.review_id.set(following[0] if following else None)


def _save(make_action) -> None:
    """Build, store and apply one action; say what happened."""
    try:
        action = make_action()
        reviewing.save(action)
    except (review.ReviewError, checks.DataCheckError) as error:
        reason = components.escape_markdown(str(error))
        session.review_message.set(("error", i18n.t("not_saved", lang, reason=reason)))
        return
    label = i18n.review_status_label(review.STATUS_OF[action.action], lang)
    session.review_message.set(("success", i18n.t("saved", lang, what=label)))
    if action.action != "add":
        _after_action()


record = cached.commitment(con, current)
key = review.key_of(record)
if message := session.review_message.pop():
    (st.error if message[0] == "error" else st.success)(message[1])

# 2. Navigation and accept, from the keyboard too
row = st.container(horizontal=True, vertical_alignment="center")
row.markdown(f"**{i18n.t('queue_progress', lang, i=position + 1, n=len(ids))}**")
row.button(
    i18n.t("accept", lang), type="primary", icon=":material/check:", shortcut="A", key="review_accept",
    on_click=_save, args=(lambda: review.accept(key, who),),
)  # fmt: skip
for word, icon, shortcut, step in (("previous", "arrow_back", "P", -1), ("next", "arrow_forward", "N", 1)):
    row.button(
        i18n.t(word, lang), icon=f":material/{icon}:", shortcut=shortcut, key=f"review_{word}",
        on_click=_go, args=(step,),
    )  # fmt: skip
row.caption(i18n.t("keys_hint", lang))

# 3. The record: value, fields, its sentence in the article's text
value = format_value(record["value"], record["unit"], record["qualifier"], lang, record["value_max"])
st.subheader(components.escape_markdown(f"{value} · {record['subject_ko']}"))
facts = (
    f"{i18n.t('confidence', lang)}: {record['confidence']}",
    record["rule"],
    i18n.review_label(record["review_status"], record["reviewed_by"], lang),
)
st.caption(components.escape_markdown(" · ".join(part for part in facts if part)))
text_column, fields_column = st.columns([3, 2])
lines = cached.article_lines(con, record["bulletin"], record["article_seq"])
with text_column.container(height=420):
    for line in lines.itertuples():
        if not line.text.strip():
            continue
        if line.line == record["line"]:
            components.show_marked(line.text, number=line.line)
        else:
            st.markdown(f"`{line.line}` {components.render_line(line.text)}")
fields_column.dataframe(components.commitment_facts(record, lang), hide_index=True, key="review_facts")

# 4. Numbers of the article the extractor did not take
st.subheader(i18n.t("not_taken", lang))
not_taken = cached.rejected_candidates(con, record["bulletin"], record["article_seq"])
if not_taken.empty:
    st.caption(i18n.t("not_taken_all", lang))
    not_taken = pd.DataFrame(
        [
            (line.line, quantity.text, "")
            for line in lines.itertuples()
            for quantity in find_quantities(line.text)
        ],
        columns=["line", "value_text", "reason"],
    )
components.dataframe(
    not_taken.rename(
        columns={
            "line": i18n.t("line", lang),
            "value_text": i18n.t("value_text", lang),
            "reason": i18n.t("reason", lang),
        }
    ),
    hide_index=True,
    key="review_not_taken",
)

# 5. Correct, reject, add
regions = [
    checks.NATIONAL,
    *(p.name_en for p in gazetteer.provinces()),
    *(r.name_en for r in gazetteer.economic_regions()),
]
sector_ids = [sector.id for sector in sectors.sectors()]
units = sorted(checks.canonical_units())
LABEL_KEYS = {"region": "province", "subject_ko": "subject"}  # field → its word in dashboard/i18n.py


def field_inputs(defaults: dict, prefix: str) -> dict:
    """One input per reviewable field, filled with `defaults`; returns the values typed."""

    def pick(name: str, options: list, label) -> str:
        value = defaults.get(name)
        if value and value not in options:  # a unit the text gives that the canonical list lacks
            options = [value, *options]
        return st.selectbox(
            i18n.t(LABEL_KEYS.get(name, name), lang),
            options,
            index=options.index(value) if value in options else 0,
            format_func=label,
            key=f"{prefix}_{name}",
        )

    def text(name: str) -> str:
        value = defaults.get(name)
        shown = "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
        if name in ("value", "value_max", "target_year") and shown != "":
            shown = f"{float(shown):.15g}"
        return st.text_input(
            i18n.t(LABEL_KEYS.get(name, name), lang), value=str(shown), key=f"{prefix}_{name}"
        )

    one, two, three = st.columns(3)
    with one:
        values = {
            "kind": pick("kind", list(checks.KINDS), lambda k: i18n.kind_label(k, lang)),
            "value": text("value"),
            "value_max": text("value_max"),
            "unit": pick("unit", units, lambda u: f"{i18n.unit_name(u, lang)} ({u})"),
        }
    with two:
        values |= {
            "qualifier": pick("qualifier", list(checks.QUALIFIERS), str),
            "target_year": text("target_year"),
            "plan_period": text("plan_period"),
            "issuer": text("issuer"),
        }
    with three:
        values |= {
            "region": pick("region", regions, lambda r: i18n.region_label(r, lang)),
            "city": text("city"),
            "sector": pick("sector", sector_ids, lambda s: i18n.sector_label(s, lang)),
        }
    values["subject_ko"] = text("subject_ko")
    values["subject_en"] = text("subject_en")
    return values


correct_tab, reject_tab, add_tab = st.tabs(
    [i18n.t("correct", lang), i18n.t("reject", lang), i18n.t("add_missed", lang)]
)
with correct_tab, st.form(f"review_correct_{current}", border=False):
    typed = field_inputs(record, f"correct_{current}")
    if st.form_submit_button(i18n.t("save_correction", lang), icon=":material/edit:"):
        _save(lambda: review.correct(key, who, record, typed))
        st.rerun()

with reject_tab, st.form(f"review_reject_{current}", border=False):
    reason = st.radio(
        i18n.t("reject_reason", lang),
        review.REJECT_REASONS,
        format_func=lambda r: i18n.t(f"reason_{r}", lang),
        horizontal=True,
        key=f"reject_reason_{current}",
    )
    note = st.text_input(i18n.t("note", lang), max_chars=300, key=f"reject_note_{current}")
    if st.form_submit_button(i18n.t("reject", lang), icon=":material/block:"):
        _save(lambda: review.reject(key, who, reason, note))
        st.rerun()

with add_tab:
    by_line = {line.line: line.text for line in lines.itertuples()}
    line_number = st.selectbox(
        i18n.t("add_line", lang),
        list(by_line),
        index=list(by_line).index(record["line"]) if record["line"] in by_line else 0,
        format_func=lambda n: f"{n}: {by_line[n][:90]}",
        key=f"add_line_{current}",
    )
    quantities = find_quantities(by_line[line_number])
    if not quantities:
        st.info(i18n.t("no_numbers", lang))
    else:
        index = st.selectbox(
            i18n.t("add_number", lang),
            range(len(quantities)),
            format_func=lambda i: quantities[i].text,
            key=f"add_number_{current}_{line_number}",
        )
        quantity = quantities[index]
        # The number pre-filled from the text; place, sector and year guessed from the record under review.
        guess = {
            name: record[name]
            for name in ("kind", "target_year", "plan_period", "region", "city", "sector", "issuer")
        }
        guess |= {
            "value": quantity.value,
            "value_max": quantity.value_max,
            "unit": quantity.unit,
            "qualifier": quantity.qualifier,
        }
        with st.form(f"review_add_{current}_{line_number}_{index}", border=False):
            typed_new = field_inputs(guess, f"add_{current}_{line_number}_{index}")
            if st.form_submit_button(i18n.t("add", lang), icon=":material/add:"):
                _save(lambda: review.add(record["sha256"], line_number, quantity.text, who, typed_new))
                st.rerun()

# 6. This record's history
st.subheader(i18n.t("history", lang))
components.review_history(reviewing.history(record), lang, key="review_history")
