"""What a number counts: the noun phrase a commitment's `subject_ko` holds.

The phrase after the number ("300개 이상 5G 공장 구축") or, where a particle binds the number
to what precedes it, the one before ("우수 기업기술센터 1000개를 육성"); a list shares one
subject ("각각 500만 위안, 200만 위안 지원"); a density names what it measures ("로봇 밀도").
"""

from __future__ import annotations

import re
from functools import cache

from etl.clauses import Candidate
from etl.numbers import leading_quantity
from etl.rules import alternation, vocabulary

# A particle ends a word of two syllables or more, or a one-syllable measure noun standing as a word
# ("기업 수는"; not "받은", a verb's ending).
_BEFORE_PARTICLE = (
    r"(?:(?<=[가-힣A-Za-z)]{2})|"
    + "|".join(rf"(?<=\s{noun})" for noun in vocabulary().one_syllable_measures)
    + ")"
)
PARTICLE_TAIL = re.compile(_BEFORE_PARTICLE + r"(?:을|를|은|는|이|가|의|에|에서|으로|로|과|와|도)$")
MARKUP = re.compile(r"<[^>]+>|\*\*|\\")
# Bullets, list numbers ("1)", "3."), and a leading "(혁신플랫폼)" label.
_LEAD_NOISE = re.compile(r"^[\s\-▶●•*#>✓△※]*(?:\d{1,2}[).]\s*)?(?:\([^)]*\))?\s*")
# A year phrase before a number: "'25년까지", "2023년 말 기준,", "2020년 대비".
_YEAR_PHRASE = re.compile(
    r"[\'‘’´`′]?\d{2,4}\s*년\s*(?:말\s*)?(?:까지|기준|대비|보다|(?:의\s?)?수준에서|에는|에|엔)?,?"
)


@cache
def _stop_words() -> tuple[str, ...]:
    """Words before a number that are no part of what it counts: "매년 최대 35만 위안"."""
    return vocabulary().subject_stop_words


@cache
def _verb_tail() -> re.Pattern[str]:
    """The verb that ends a noun phrase after a number ("300개 이상 5G 공장 구축"): any verb of
    action of the vocabulary, or one that reports a change or a fact reached. A verb stem is a verb
    only before an ending, a particle or a break: "보조금", "공급망", "개발자" are nouns."""
    vocab = vocabulary()
    verbs = alternation(vocab.forward_verbs + vocab.subject_end_verbs)
    return re.compile(
        rf"\s*(?:{verbs})(?=[하할한해될되된돼시을를의에와과및이도으는고며기어게지면]|\s|$|[,.;()\]]).*$"
    )


# Where a noun phrase ends before a particle: "도시를 …", "기업은 …", "지역에서 …".
_PHRASE_END = re.compile(r"(?<=[가-힣A-Za-z)]{2})(?:을|를|은|는|에서|으로|에게)\s")
# What may stand between a number and the noun it counts: "이상의", "급", "규모의".
_AFTER_NUMBER = re.compile(
    r"^(?:\s*[(（][^)）]*[)）])?"  # a conversion in brackets: "1조 위안(약 190조 원)급 …"
    r"(?:\s*(?:이상|초과|이하|이내|미만|안팎|내외|가량|정도|여|급|규모)\s*(?:의)?|\s*의)?"
    r"(?:인|되는|된)?\s+(?=\S)"  # an adnominal copula glued: "2만헥타르인 보호구", "2만헥타르되는 논"
)
_QUALIFIER_WORD = re.compile(r"^(?:이상|초과|이하|이내|미만|안팎|내외|가량|정도|여|돌파|육박)")
# "…에 대해 최대 1억 위안", "…을 대상으로 1,000만 위안": the noun phrase stands before these words.
_GOVERNING_TAIL = re.compile(
    r"\s*(?:에\s*대해서?|을\s*대상으로|를\s*대상으로|대상으로|에게|을 위해|를 위해)\s*$"
)


# A clause that opens with a label: "▶ 투입 규모 : 광동성 정부와 광저우시 정부 공동으로 70억 위안 투입".
_LABEL = re.compile(r"^\s*([가-힣A-Za-z&]+(?:\s[가-힣A-Za-z&]+){0,3})\s*[:：]\s")
# An adverb of manner just before the number ("공동으로", "자체적으로") says how, not what.
_MANNER = re.compile(r"\S(?:으로|적으로)\s*$")
# A collective named with its members: "집적회로, 바이오의약 및 인공지능 등 3대 선도산업의 규모".
_LISTED_GROUP = re.compile(
    r"(?P<members>[^\s,]+(?:\s*,\s*[^\s,]+)*\s+및\s+[^\s,]+)\s+등\s+"
    r"(?P<count>\d+)대\s*(?P<group>[가-힣A-Za-z]+?)(?:의)?\s+(?P<measure>[가-힣A-Za-z]+)\s*$"
)

# A subject is a few words next to its number: reading at most this many characters on each side
# keeps the work per number constant on a long line of figures.
SUBJECT_WINDOW = 200


def subject_of(candidate: Candidate) -> str:
    """What the number counts: the noun phrase after it ("300개 이상 5G 공장 구축"),
    else the one before it ("우수 기업기술센터 1000개를 육성")."""
    q, offset = candidate.quantity, candidate.clause_start
    after = MARKUP.sub("", candidate.clause[q.end - offset : q.end - offset + SUBJECT_WINDOW])
    lead = _AFTER_NUMBER.match(after)
    if lead and not re.match(r"(?:으로|로|을|를|에|은|는|이|가|과|와)\b", after[lead.end() :]):
        phrase = _PHRASE_END.split(_verb_tail().sub("", after[lead.end() :]).strip() + " ")[0]
        # past a number that opens it ("2개의 1조 위안(…)급 산업 클러스터"), up to the next one
        opening = leading_quantity(phrase)
        if opening:
            phrase = re.sub(r"^\s*(?:[(（][^)）]*[)）])?\S*\s*", "", phrase[opening.end :])
        phrase = re.split(r"\s\S*\d", phrase)[0]  # "디지털 작업장과 20개 …"
        phrase = clean_subject(phrase)
        if (
            1 < len(phrase) <= 30
            and re.search(r"[가-힣A-Za-z]{2}", phrase)
            and not _QUALIFIER_WORD.match(phrase)
        ):
            return phrase
    before = MARKUP.sub(" ", candidate.clause[max(0, q.start - offset - SUBJECT_WINDOW) : q.start - offset])
    before = _YEAR_PHRASE.sub("", _LEAD_NOISE.sub("", before))
    # the line, not the clause: a list of members spans the clauses its commas make
    line_before = MARKUP.sub(" ", candidate.text[max(0, q.start - SUBJECT_WINDOW) : q.start])
    if named := _label_or_group(_LEAD_NOISE.sub("", line_before)):
        return named
    before = re.sub(r"\d+\s*년\s*(?:내|이내|간|동안|주기로?)", "", before)  # "3년 내", "5년 주기로"
    # after an earlier figure joined by "와/과/및/,": "모범기업 20개와 시범기업" (not "3대 선도산업")
    before = re.split(r"\S*\d\S*(?:와|과|,)\s+(?=\S)|\S*\d\S*\s+및\s+", before)[-1]
    # After what governs the number: "… 클러스터 구축을 중심으로 선도 기업 20개", "계획에 따르면 …"
    governed = re.split(r"(?:대해|대상으로|통해|위해|중심으로|따르면)\s", before)
    if len(governed) > 1 and [w for w in governed[-1].split() if w not in _stop_words()]:
        before = governed[-1]
    # After the sentence's topic ("허난성은 로봇 기업 200개"), unless the topic is the subject
    # itself ("이산화탄소 배출량은 약 15%").
    parts = re.split(_BEFORE_PARTICLE + r"(?:은|는)\s", before)
    if len(parts) > 1 and not [w for w in parts[-1].split() if w not in _stop_words()]:
        before = parts[-2]
    else:
        before = parts[-1]
    words = before.split()
    while words and words[-1] in _stop_words():
        words.pop()
    before = _GOVERNING_TAIL.sub("", " ".join(words))
    words = [w for w in before.split() if w not in _stop_words()][-4:]
    while len(words) > 2 and re.search(r"(?:의|에서|에|로|으로)$", words[0]):
        words = words[1:]
    return clean_subject(" ".join(words))


def _label_or_group(before: str) -> str | None:
    """What the clause itself names the figure: its label when only an adverb of manner stands
    before the number ("투입 규모 : … 공동으로 70억 위안" → "투입 규모"), or a collective with its
    members ("집적회로, 바이오의약 및 인공지능 등 3대 선도산업의 규모" → "3대 선도산업(집적회로·
    바이오의약·인공지능) 규모"), so that a sum over three industries is not named after the last."""
    label = _LABEL.match(before)
    if label and _MANNER.search(before) and not re.search(r"\d", before[label.end() :]):
        return clean_subject(label.group(1))
    # the pattern can start at any word and backtracks over the list: only where its words stand
    group = _LISTED_GROUP.search(before) if "및" in before and "등" in before else None
    if group:
        members = [m for m in re.split(r"\s*,\s*|\s+및\s+", group["members"]) if m]
        if len(members) == int(group["count"]):
            measure = PARTICLE_TAIL.sub("", group["measure"])
            return f"{group['count']}대 {group['group']}({'·'.join(members)}) {measure}"
    return None


def clause_subject(candidate: Candidate) -> str:
    """The last resort: the clause itself, as far as 30 characters."""
    return clean_subject(_LEAD_NOISE.sub("", candidate.clause))[:30]


def clean_subject(text: str) -> str:
    text = MARKUP.sub(" ", text)
    # the tail of a bracket the cut went through: "원)급 대형 소비 시장" of "1조 위안(약 208조 원)급 …"
    text = _CUT_BRACKET.sub("", text)
    text = " ".join(text.split()).strip(' ,·-"“”*')
    text = PARTICLE_TAIL.sub("", text).strip()
    # Keep quoted names whole ("'인공지능+생활' 혁신 활용 시나리오"); drop a quote left unpaired
    # where the clause cut through a name.
    if len(re.findall(r"['‘’]", text)) % 2:
        text = re.sub(r"^['‘’]|['‘’](?=[^'‘’]*$)", "", text, count=1)
    return text.strip()


_CUT_BRACKET = re.compile(r"^[^()（）]*[)）]\s*(?:급|규모의?)?\s*")


# How many neighbouring figures list_subject asks for a shared subject.
_NEIGHBOURS_ASKED = 8


def list_subject(candidate: Candidate, siblings: list[Candidate]) -> str:
    """In "각각 500만 위안, 200만 위안 지원" the second amount shares the first one's subject; a
    figure with no noun of its own ("2030년에는 90%까지 높이고") measures what the figure of the same
    unit before it on the line measures."""
    subject = subject_of(candidate)
    if subject and not re.search(r"\d", subject):
        return subject
    index = next(i for i, s in enumerate(siblings) if s is candidate)
    unit = candidate.quantity.unit
    # the list it belongs to first, then the nearest earlier figure of the same unit
    # ("매출액은 628억 위안 …, '25년 1,100억 위안을 달성 예정"). Only the figures next to it can be
    # joined to it by a comma, and only the nearest few earlier ones are asked: the work per
    # figure stays constant however many figures a line holds.
    adjacent = [
        s for s in siblings[max(0, index - 1) : index + 2] if s is not candidate and s.quantity.unit == unit
    ]
    joined = [
        s
        for s in adjacent
        if candidate.text[
            min(s.quantity.end, candidate.quantity.end) : max(s.quantity.start, candidate.quantity.start)
        ].strip()
        in (",", "，")
    ]
    earlier = [s for s in siblings[:index] if s.quantity.unit == unit][::-1]
    for neighbour in (joined + earlier)[:_NEIGHBOURS_ASKED]:
        shared = subject_of(neighbour)
        if shared and not re.search(r"\d", shared):
            return shared
    return subject or clause_subject(candidate)


def rate_subject(subject: str, unit: str) -> str:
    """ "1만명당" names the base of a density, not what is counted: "로봇 밀도", or the subject
    without its base ("발명특허 보유량"); so does the distance of fuel per distance ("100㎞당")."""
    if unit == "robots_per_10k_workers":
        return "로봇 밀도"
    if unit.endswith(("_per_km", "_per_100km")):
        # "평균 연료 소모량을 100㎞당" → "평균 연료 소모량": the distance is the unit's
        return (
            re.sub(r"(?:을|를)?\s*[\d,.]+\s?(?:㎞|km|킬로미터)\s?(?:당|주행|운행)?$", "", subject).strip()
            or subject
        )
    return re.sub(r"(?:인구|근로자)?\s*1?\s?만\s?명당", "", subject).strip() or subject
