"""One home for the words: dashboard/words.toml, every key in Korean and English, and no UI
module with a word list of its own."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from dashboard import charts, i18n

ROOT = Path(__file__).resolve().parents[2]
UI_MODULES = sorted([*(ROOT / "dashboard").rglob("*.py"), ROOT / "streamlit_app.py"], key=lambda p: str(p))
HANGUL = re.compile(r"[가-힣]")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(i18n.words()))
def test_every_key_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = i18n.words()[key]
    assert set(entry) == {"ko", "en"}, key
    assert entry["ko"].strip() and entry["en"].strip(), key
    assert _fields(entry["ko"]) == _fields(entry["en"]), key


def test_keys_are_namespaced_by_their_table() -> None:
    assert i18n.t("deck.cover.title", "ko") == "중국 과학기술 정책 목표 브리핑"
    assert i18n.t("deck.cover.title", "en") == "Chinese S&T policy targets: briefing"
    assert i18n.t("code.kind.actual", "ko") == "실적"
    assert i18n.kind_label("funding", "en") == "Funding"
    assert i18n.unit_name("count_per_month", "ko") == "개/월"


def test_every_chart_has_a_title_in_both_languages() -> None:
    for name, spec in charts.CHARTS.items():
        assert HANGUL.search(spec.title("ko")), name
        assert not HANGUL.search(spec.title("en")), name


def _word_pairs(tree: ast.AST) -> list[int]:
    """Lines holding a word list: a dict keyed "ko"/"en", or a Korean string literal followed by
    an English one in the same tuple, list or call (the ("목표", "Target") pairs of old)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"ko", "en"} <= keys:
                lines.append(node.lineno)
        items = node.elts if isinstance(node, ast.Tuple | ast.List) else getattr(node, "args", None)
        if isinstance(node, ast.Tuple | ast.List | ast.Call) and items:
            texts = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
            for first, second in zip(texts, texts[1:], strict=False):
                if HANGUL.search(first) and re.search(r"[A-Za-z]{3}", second) and not HANGUL.search(second):
                    lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("module", UI_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_ui_module_keeps_its_own_words(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    assert _word_pairs(tree) == [], f"{module.name}: words belong in dashboard/words.toml"


def test_the_word_list_check_finds_a_word_list() -> None:
    # the convention test can fail: an old-style pair and a ko/en dict are both found
    tree = ast.parse('WORDS = {"title": ("브리핑", "Briefing")}\nX = {"ko": "가", "en": "a"}')
    assert sorted(_word_pairs(tree)) == [1, 2]
