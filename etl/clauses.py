"""A bulletin line cut into clauses, and the numbers in it as candidates with their clause.

A commitment's verb often stands clauses away from its number ("A 30개, B 15개를 육성"), and
a PDF conversion breaks sentences across lines; a `Candidate` carries both the clause it sits
in and the rest of its sentence, so the tests in etl/extract.py can read either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property

from etl import config, parse
from etl.article import is_running_prose
from etl.model import Article, Line
from etl.numbers import Quantity, find_quantities
from etl.rules import alternation, vocabulary


@dataclass(frozen=True)
class Candidate:
    """A number with a unit on one line, with the clause it sits in."""

    line: Line
    quantity: Quantity
    clause: str  # the clause of line.text that holds the quantity
    clause_start: int  # offset of the clause in line.text
    continuation: str = ""  # the next line, when this one breaks off mid-sentence
    sentence_start: int = 0  # the sentence of line.text that holds the quantity
    sentence_end: int | None = None

    # The views below are read many times per candidate by the rules: each is worked out once
    # (cached_property writes the instance's __dict__, which a frozen dataclass allows).
    @cached_property
    def rest(self) -> str:
        """The clause after the number."""
        return self.clause[self.quantity.end - self.clause_start :]

    @cached_property
    def text(self) -> str:
        """The line with every other sentence blanked out, offsets kept: a web paragraph holds
        several sentences on one line, and the cue of one ("…에 따르면", "출원") must not read
        into its neighbour."""
        line, start = self.line.text, self.sentence_start
        end = len(line) if self.sentence_end is None else self.sentence_end
        return " " * start + line[start:end] + " " * (len(line) - end)

    @cached_property
    def sentence(self) -> str:
        return self.text.strip()

    @cached_property
    def tail(self) -> str:
        """Everything after the number up to the end of its sentence: in "A 30개, B 15개를 육성"
        the verb that governs 30개 stands at the end of the line."""
        if self.sentence_end is not None and self.sentence_end < len(self.line.text.rstrip()):
            return self.line.text[self.quantity.end : self.sentence_end]
        # a break inside a word ("…연구비를 지" / "원하고") joins without a space
        glue = "" if re.search(r"[가-힣\d]$", self.line.text) else " "
        return self.line.text[self.quantity.end :] + glue + self.continuation


# A syllable that closes a past stem, its last consonant ㅆ: 했, 됐, 였, 갔 ("착공에 들어갔는데"), 왔, 섰 …
PAST_STEM = "[" + "".join(chr(0xAC00 + initial_vowel * 28 + 20) for initial_vowel in range(19 * 21)) + "]"
# A syllable whose last consonant is ㄴ, the past adnominal: 한, 된, 킨 ("축소시킨 바 있다"), 친, 린 …
N_FINAL = "[" + "".join(chr(0xAC00 + initial_vowel * 28 + 4) for initial_vowel in range(19 * 21)) + "]"

# Where one clause of a bulletin line ends: a comma, a bullet, a list mark,
# an HTML tag, or a verb ending that links two actions
# ("…5G 공장 구축, 30개 시범사업 추진", "…를 구축하고, 제조업 부가가치…"), and a sentence's end
# as `_SENTENCE_END` finds it without a space ("…위안이었다.중국 정부는 …"); a comma glued to the next
# word breaks too ("…채널을 승인했고,후난성 …").
_CLAUSE_BREAK = re.compile(
    r",\s|,(?=[가-힣])|，|;|•|✓|△|<[^>]+>|\t|[①-⑩]|(?<=[가-힣)\]])\s+(?=[-ㅇ□○◦]\s+[가-힣(])|(?<=[가-힣A-Za-z)\]”’\"'])[.。!?]\s|(?<=다)[.。](?=[\d가-힣‘'“\"\u4e00-\u9fff「『《<])|(?<=[가-힣])(?:하고|하며|이며|되며|되고|시키고|으며|하여|(?<![대위통난올매새])해)\s(?!있(?:지만|는데|으나)(?![가-힣]))"
    r"|(?<=[가-힣]게\s)(?:되며|되고)\s"  # "…를 새로 건설하게 되며 …": the same link after -게
    # a state going on, then the next: "…13개만이 사용중이고 올 연말까지 33개 건물들을 채울 계획"
    r"|(?<=중)이고\s"
    # a figure as the predicate, then the next: "작년의 조림면적은 25만무이고 올해 조림총면적은 35만무가 될것이며"
    r"|(?:(?<=\d)|(?<=\d\S)|(?<=\d\S\S)|(?<=\d\S\S\S))이고\s"
    # "…비중은 40.9%였는데 이를 2040년까지 2배로", "…4.3% 이하를 유지했지만 올해의 목표는 …", "작년
    # 130만TEU를 처리했으나 오는 2005년까지 …": a past fact, then the plan
    rf"|(?<={PAST_STEM})(?:는데|지만|으나)\s"
    # … or a state that holds now, then the plan: "…6%, 13%의 세율 구간을 두고 있는데 이 가운데 13% 구간을 없앤다"
    # (and "-고 있" before it is one predicate, the progressive, no link: "…수입에 의존하고 있지만")
    r"|(?<=[가-힣]고\s있)(?:는데|으나)\s"
    # a contrast in any tense: "…3600채에 불과하지만 내년부터 매년 …을 세울 계획이다"
    r"|(?<=[가-힣])지만\s"
    # one fact on top of another: "…1:5 비율로 크게 떨어진데다 지난해 …를 2000년께 …로 늘린다는"
    r"|(?<=[진한된던났왔갔])\s?데다(?:가)?\s"
    # a quote closed after its verb, then the next: "…200기를 넘었다”며 “2025년까지 …"
    # ("…200기를 넘었다"면서 "2025년까지 …": 면서 as 며)
    r"|(?<=다[”\"’'])(?:라)?(?:며|면서)\s"
    # … or said without quotes: "…두개 국제허브공항을 보유한 도시로 되었다며 이 두 국제공항의 …"
    r"|(?<=[가-힣]다)(?:며|면서)\s"
    # a report closed by who made it, then what followed: "…7.4%로 집계됐다고 밝혀 목표로 설정한 …"
    r"|(?<=[가-힣]고\s)밝혀\s"
    # a plan, then what follows from it: "…확장을 추진할 계획으로서 이때 투입되는 예산은 … 이를 전망이다"
    r"|(?<=계획|방침|예정)으로서\s"
)


# Where a sentence ends inside a line: a full stop after a word or a closing bracket or quote,
# then a space ("…목표를 제시했다. 이를 통해 …"); "1. 지난해" and "25.8" are no sentence ends.
# A web page saved as one line per box keeps its bullets inline: "…조치를 언급 - 세계 최대 …",
# "… 시달 ㅇ 중국은 …": a bullet mark between spaces after a word opens a new sentence too.
# A saved page can lose the space after a full stop: "…명확히 하였다.2025년까지 …" (after 다, a
# full stop ends the sentence whatever follows: a digit, a syllable, a quote, a name in Hanja ("…밝혔다.李총리는"),
# a title's bracket).
_SENTENCE_END = re.compile(
    r"(?<=[가-힣A-Za-z)\]”’\"'])[.。!?](?=\s+\S)|(?<=다)[.。](?=[\d가-힣‘'“\"\u4e00-\u9fff「『《<])"
    r"|(?<=[가-힣)\]])\s+(?=[-ㅇ□○◦]\s+[가-힣(])"
)


def _open_bracket(text: str) -> bool:
    """A round bracket opened in `text` and not closed (a short gloss: one left open far back is a
    typo, and the sentence ends anyway)."""
    opened = max(text.rfind("("), text.rfind("（"))
    return opened >= 0 and len(text) - opened <= _GLOSS_CHARS and not re.search(r"[)）]", text[opened:])


# The longest bracket a full stop can sit in without ending the sentence.
_GLOSS_CHARS = 40


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a line as (start, end) offsets, the full stop included."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _open_bracket(text[start : m.start()]):
            continue  # "계획(12.5계획. 2011∼2015년)에 따르면": a stop inside a bracket ends no sentence
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def clauses(text: str) -> list[tuple[int, str]]:
    """The clauses of a line with their offsets."""
    out, start = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        out.append((start, text[start : m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(offset, clause) for offset, clause in out if clause.strip()]


def candidates(line: Line, continuation: str = "", continues: bool = False) -> Iterator[Candidate]:
    """The numbers of a line with their clauses. A PDF conversion can cut an amount at the line's
    end ("기업당 연간 최대 200" / "만 위안을 보조"): the amount is read across the break, printed
    as far as the line shows it, and the orphaned "만 위안" of a `continues` line is no amount.
    A line over config.MAX_LINE_CHARS gives none (etl/quarantine.py reports it)."""
    if is_overlong(line.text):
        return
    cut = bool(continuation) and bool(_CUT_AMOUNT.search(line.text))
    joined = line.text.rstrip() + continuation.lstrip() if cut else line.text
    masked = mask_markup(joined)
    quantities = with_measures(find_quantities(masked), masked)
    quantities = [q for q in quantities if q.start < len(line.text.rstrip())]
    if continues:
        indent = len(line.text) - len(line.text.lstrip())
        quantities = [q for q in quantities if q.start > indent or re.match(r"\d", q.text)]
    if not quantities:
        return  # most lines: no need to cut them into clauses and sentences
    spans = clauses(line.text)
    sentence_spans = sentences(line.text)
    for quantity in share_list_qualifiers(quantities, joined):
        if quantity.end > len(line.text):
            quantity = replace(quantity, text=line.text[quantity.start :], end=len(line.text))
        start, end = next((a, b) for a, b in sentence_spans if a <= quantity.start < b or b == len(line.text))
        for offset, clause in spans:
            if offset <= quantity.start < offset + len(clause):
                yield Candidate(line, quantity, clause, offset, continuation, start, end)
                break


def is_overlong(text: str) -> bool:
    """Too long a line to read numbers from: the extractor's work per number grows with the line."""
    return len(text) > config.MAX_LINE_CHARS


# "PUE를 1.25 이하로", "PUE **1.2 이하**", "전력효율지수(PUE)는 1.3 이하": a bare number right after a unitless measure, before
# a qualifier, a level particle, a comma or the end.
_MEASURE_LEVEL = r"""\s*[)）]?\s*(?:은|는|을|를|이|가)?\s*(?P<number>\d+(?:\.\d+)?)(?![\d.,])
    (?=\s*(?P<word>이하|이내|미만|이상|초과)?\s*(?:으로|로|,|$|\s|[)]))"""
_MEASURE_QUALIFIERS = {"이하": "<=", "이내": "<=", "미만": "<=", "이상": ">=", "초과": ">="}


@cache
def _measure_pattern() -> re.Pattern[str]:
    measures = alternation(vocabulary().unitless_measures)
    return re.compile(rf"(?:{measures}){_MEASURE_LEVEL}", re.VERBOSE)


def measure_quantities(text: str) -> list[Quantity]:
    """The bare numbers a unitless measure sets: "PUE를 1.25 이하로 낮추고" → 1.25, ratio, <=."""
    out = []
    for m in _measure_pattern().finditer(text):
        qualifier = _MEASURE_QUALIFIERS.get(m.group("word") or "", "=")
        number = m.group("number")
        out.append(
            Quantity(float(number), None, "ratio", qualifier, number, m.start("number"), m.end("number"), "")
        )
    return out


def with_measures(quantities: list[Quantity], text: str) -> list[Quantity]:
    """The quantities of a line with the unitless measures' numbers no other quantity covers."""
    taken = [(q.start, q.end) for q in quantities]
    extra = [q for q in measure_quantities(text) if not any(s <= q.start < e for s, e in taken)]
    return sorted(quantities + extra, key=lambda q: q.start)


# A line that ends in the middle of an amount: "… 연간 최대 200", "… 1,000".
_CUT_AMOUNT = re.compile(r"\d\s*$")


def mask_markup(text: str) -> str:
    """Markdown emphasis blanked out, offsets kept: "**2.5%** 이상" reads as "2.5% 이상"."""
    return text.replace("**", "  ")


def share_list_qualifiers(quantities: list[Quantity], text: str) -> list[Quantity]:
    """In "각각 500개, 400개, 300개 이상의 기업" the closing 이상 bounds every number of the list."""
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        current, following = out[i], out[i + 1]
        joined = text[current.end : following.start].strip() in (",", "，", "、")
        if (
            joined
            and current.unit == following.unit
            and current.qualifier == "="
            and following.qualifier != "="
        ):
            out[i] = replace(current, qualifier=following.qualifier)
    return out


# A bullet, list mark or table cell opens a new sentence; anything else on the
# next line continues a line the PDF conversion broke ("…연간 25개의 외자 R&D센터" / "터를 유치하고").
_NEW_SENTENCE = re.compile(r"^\s*(?:[-*•▶●■✓△※#〈<◊◦○□☐▷▪◆◇❍❏ㅇ·‣]|\d{1,2}\)|[①-⑩]|\d{1,2}\t)")


def continues_previous(article: Article, index: int) -> bool:
    """The line carries on the sentence of the line before it (a PDF conversion's break)."""
    return index > 0 and bool(continuation_of(article, index - 1))


# A line that ends its sentence: a verb ending, a full stop or closing bracket, or a verbal noun after
# a word of its own, as headlines and bullets close ("대외무역 24.8% 증가", "목표 7%로 설정, … 시사").
_SENTENCE_CLOSED = re.compile(
    r"(?:[다음함됨임]|[.)]|\s|\s(?:증가|감소|달성|돌파|확대|설정|추진|시사|발표|구축|육성|건설|조성|제시))$"
)


def continuation_of(article: Article, index: int) -> str:
    line = article.lines[index]
    if index + 1 >= len(article.lines) or _SENTENCE_CLOSED.search(line.text.rstrip()):
        return ""
    following = article.lines[index + 1]
    if following.kind != "body" or _NEW_SENTENCE.match(following.text):
        return ""
    # a deck or heading above a web paragraph ("300㎢ 부지에 단계별 건설...전체 면적 40% 숲 조성, 저탄소 도시
    # 실현" over "중국의 … 마스터플랜이 발표됐다."): a line of its own, not one a conversion broke
    if not parse.longer_than_a_title(line.text) and is_running_prose(following.text):
        return ""
    return following.text
