"""The sector of a commitment, from the keyword table in etl/data/sectors.toml.

The subject ("우수 기업기술센터") speaks first, then the sentence, then the article's
headline and lead, each only when it speaks clearly enough: a passing word in the
sentence ("지방의 중소기업 경쟁력 강화") does not outweigh what the whole article is
about ("중소기업 디지털 전환 시범사업"), but a decisive phrase does ("5G 공장").
Weak hints in the subject and the sentence are consulted last. At each step the
text that names one sector decides; two sectors named equally go on to the next step,
which breaks the tie. A text that names three or more sectors equally is an enumeration
("집적회로·바이오의약·인공지능 등 3대 선도산업") and says nothing about which one a
commitment belongs to, so it is passed over.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from etl.config import REFERENCE_DIR

SECTORS_FILE = REFERENCE_DIR / "sectors.toml"
OTHER = "other"
# A text that ties this many sectors at the top is a list of industries.
ENUMERATION = 3
# The order in which the texts are heard, and the score a text's leading sector needs to be
# heard at that step: a clear word (weight 3) in the subject, a decisive phrase (weight 4, or
# words adding up to it) in the sentence, anything in the article; then any hint at all.
EVIDENCE = (("subject", 3), ("sentence", 4), ("context", 1), ("subject", 1), ("sentence", 1))


@dataclass(frozen=True)
class Sector:
    id: str
    label_ko: str
    label_en: str


@cache
def _table() -> dict:
    with SECTORS_FILE.open("rb") as handle:
        return tomllib.load(handle)


@cache
def sectors() -> list[Sector]:
    """The taxonomy, in the order of the data file."""
    return [
        Sector(id=sector_id, label_ko=labels["label_ko"], label_en=labels["label_en"])
        for sector_id, labels in _table()["sectors"].items()
    ]


@cache
def with_role(role: str) -> frozenset[str]:
    """The sectors the data file gives this role: "generic" (a kind of measure rather than an
    industry: R&D, SMEs …) or "domain" (an industry a plan can be about)."""
    return frozenset(
        sector_id for sector_id, entry in _table()["sectors"].items() if entry.get("role") == role
    )


@cache
def keyword_weights() -> dict[str, tuple[str, int]]:
    """Keyword → (sector id, weight)."""
    return {
        word: (group["sector"], group["weight"]) for group in _table()["keywords"] for word in group["words"]
    }


def _keyword_pattern(word: str) -> str:
    # Latin keywords stand as words of their own: "AI" in "AI+의료", not in "MAIN" or "AIDS".
    pattern = re.escape(word)
    if re.match(r"[A-Za-z0-9]", word):
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if re.search(r"[A-Za-z0-9]$", word):
        pattern += r"(?![A-Za-z])"
    return pattern


@cache
def _keyword_regex() -> re.Pattern[str]:
    # Longest first and without overlap: "신에너지 자동차" is one keyword, not also "신에너지".
    words = sorted(keyword_weights(), key=len, reverse=True)
    return re.compile("|".join(_keyword_pattern(word) for word in words))


@lru_cache(maxsize=4096)  # every number of a line scores the same sentence and article
def scores(text: str) -> Counter[str]:
    """Sector id → the summed weight of its keywords in `text` (shared: never change it)."""
    total: Counter[str] = Counter()
    for match in _keyword_regex().finditer(text):
        sector_id, weight = keyword_weights()[match.group()]
        if weight:  # weight 0: a phrase matched only so that the keyword inside it goes unheard
            total[sector_id] += weight
    return total


@cache
def _classifiable() -> tuple[str, ...]:
    # "other" too: its keywords name topics outside the taxonomy (the marine economy)
    return tuple(sector.id for sector in sectors())


def classify(subject: str, sentence: str = "", context: str = "") -> str:
    """The sector id of a commitment; "other" when no keyword speaks for any sector."""
    texts = {"subject": subject, "sentence": sentence, "context": context}
    candidates = _classifiable()
    for name, needed in EVIDENCE:
        level = scores(texts[name])
        # only the sectors the text scores: a missing one counts 0, below every `needed`
        top = max((level[sector_id] for sector_id in candidates if sector_id in level), default=0)
        if top < needed:
            continue
        leaders = [sector_id for sector_id in candidates if sector_id in level and level[sector_id] == top]
        if len(leaders) >= ENUMERATION:
            continue
        if len(leaders) == 1:
            return leaders[0]
        candidates = leaders
    if len(candidates) < len(sectors()):
        return candidates[0]  # still tied after every text: the first in the taxonomy's order
    return OTHER


def sector_label(sector_id: str, lang: str = "ko") -> str:
    """The sector's name for the dashboard; an unknown id is shown as it is."""
    for sector in sectors():
        if sector.id == sector_id:
            return sector.label_ko if lang == "ko" else sector.label_en
    return sector_id
