"""Korean numerals and the quantities printed in the bulletins.

`parse_korean_number` reads one amount ("5조 9,166억" → 5916600000000);
`find_quantities` finds every number that carries a unit in a line, with its
canonical unit (etl/data/units.csv), its qualifier (이상 → ">=") and its exact
offsets, and leaves out what only looks like a quantity: calendar years, dates,
plan codes (14·5), ordinals (제31회), model names (5G, IPv6, V1.0).
"""

from __future__ import annotations

import bisect
import csv
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache

from etl.config import REFERENCE_DIR

UNITS_FILE = REFERENCE_DIR / "units.csv"

# The Korean multipliers. 만/억/조 close a four-digit group; 천/백 work inside one.
LARGE_UNITS = {"만": Decimal(10) ** 4, "억": Decimal(10) ** 8, "조": Decimal(10) ** 12}
SMALL_UNITS = {"천": Decimal(1000), "백": Decimal(100), "십": Decimal(10)}

# A printed number: 1,700 / 326.99 / 80,258.70 / 9402.30 / 3
# The canonical units of money (etl/data/units.csv): amounts of them convert into one another, and the
# dashboard writes their code before the number ("CNY 1.8 trn", "HKD 15.5 bn").
CURRENCIES = ("CNY", "USD", "KRW", "HKD", "MOP", "EUR", "JPY")

# (a first group of more digits is as printed: "2935,000만 위안" is 2,935,000만, not "000만")
NUM = r"[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"

# (여 inside an amount, "300여만 명", "160 여억 위안", is "about": read by the qualifier, skipped here)
_TOKEN = re.compile(rf"(?P<num>{NUM})|(?P<mult>[조억만천백십])|(?P<space>\s+|여)")


@dataclass(frozen=True)
class Quantity:
    value: float
    value_max: float | None  # upper bound of a range ("3~4개"), else None
    unit: str  # canonical: CNY, KRW, count, people, percent, EFLOPS …
    qualifier: str  # = | >= | <= | ~
    text: str  # number and unit as printed: "1.8조 위안", "30만 개", "수백 개"
    start: int  # sentence[start:end] == text
    end: int
    counter: str  # the unit word as printed: 개, 위안, %, 엑사플롭스 …
    structural: bool = False  # "5대 방향": a number naming a list, not an amount
    per: bool = False  # "1만명당 360대": the base of a rate, not an amount


def parse_korean_number(text: str) -> float | None:
    """The value of one printed amount, or None when `text` is not exactly one number."""
    tokens = _tokens(text.strip())
    if not tokens:
        return None
    total = Decimal(0)  # closed 만/억/조 groups
    group = Decimal(0)  # the current four-digit group, built from 천/백 parts
    pending: Decimal | None = None  # a number not yet multiplied
    last_large = last_small = None
    for kind, token in tokens:
        if kind == "num":
            if pending is not None:
                return None  # two numbers in a row: "3 4"
            pending = Decimal(token.replace(",", ""))
        elif token in SMALL_UNITS:
            if last_small is not None and SMALL_UNITS[token] >= last_small:
                return None  # "5백3천": small units must decrease
            group += (pending if pending is not None else 1) * SMALL_UNITS[token]
            pending, last_small = None, SMALL_UNITS[token]
        else:
            tail = group + (pending or 0)
            if (
                token == "억"
                and last_large == LARGE_UNITS["만"]
                and total < LARGE_UNITS["억"]
                and tail >= 1000
            ):
                # "1만 2,000억 위안" is the Chinese 1.2万亿 written in Korean: (1만 2,000) times 억,
                # 1조 2,000억 (as "1만억" is one 조); a tail under a thousand is no such group ("3만 2억")
                total = (total + tail) * LARGE_UNITS["억"]
                group, pending, last_large, last_small = Decimal(0), None, LARGE_UNITS["억"], None
                continue
            if last_large is not None and LARGE_UNITS[token] >= last_large:
                return None  # "3만 2억": large units must decrease
            group += pending if pending is not None else 0
            if not group and total:
                return None  # "억만": only the first multiplier may stand without a number ("만 개")
            total += (group or 1) * LARGE_UNITS[token]
            group, pending, last_large, last_small = Decimal(0), None, LARGE_UNITS[token], None
    if pending is not None and last_large is not None and pending >= last_large:
        return None  # the tail after "2만" must be below 만: "2만 7,916", not "2만 17,916"
    if group and pending is None and last_small is not None and last_large is not None:
        # "4억5천 t" is 4억 5천만, "1조5천" 1조 5천억: a 천/백 group closing an amount counts in the
        # unit below the last one ("2만5천" stays 25,000)
        group *= last_large / LARGE_UNITS["만"]
    value = float(total + group + (pending or 0))
    # A 400-digit figure is no amount anyone printed on purpose; as a float it is inf.
    return value if math.isfinite(value) else None


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """Numbers and multipliers of `text`, or None when anything else is in it."""
    tokens, position = [], 0
    for match in _TOKEN.finditer(text):
        if match.start() != position:
            return None
        position = match.end()
        if match.lastgroup != "space":
            tokens.append((match.lastgroup, match.group()))
    if position != len(text):
        return None
    # "1만억 위안" is the Chinese 万亿 written in Korean: ten thousand 억, one 조
    merged: list[tuple[str, str]] = []
    for token in tokens:
        if token == ("mult", "억") and merged and merged[-1] == ("mult", "만"):
            merged[-1] = ("mult", "조")
        else:
            merged.append(token)
    return merged


# What a rate unit is per: "CNY_per_kW" (kW당), "m3_per_hour" (시간당), "count_per_month" (월),
# "count_per_10k_people" (1만명당), "t_per_10k_CNY" (GDP 1만 위안당), "l_per_100km" (100㎞당 4ℓ: fuel
# used over a distance), "l_per_km" (1㎞ 주행에 0.069ℓ). etl/extract.py composes them with `rate`;
# etl/checks.py accepts any canonical unit per one of these.
RATE_BASES = ("kW", "hour", "month", "10k_people", "10k_CNY", "km", "100km")


def rate(unit: str, base: str) -> str:
    if base not in RATE_BASES:
        raise ValueError(f"no rate base {base!r}: one of {', '.join(RATE_BASES)}")
    return f"{unit}_per_{base}"


@cache
def unit_table() -> dict[str, tuple[str, str]]:
    """Counter as printed → (canonical unit, implied qualifier), from etl/data/units.csv."""
    with UNITS_FILE.open(encoding="utf-8") as handle:
        return {row["counter"]: (row["unit"], row["qualifier"]) for row in csv.DictReader(handle)}


@cache
def _unit_divisors() -> dict[str, int]:
    """Counter as printed → what its amount is divided by to be in the canonical unit: power in
    kW ("1000만㎾", China's 万千瓦) is kept in GW, the unit commitment-record.md lists."""
    with UNITS_FILE.open(encoding="utf-8") as handle:
        return {row["counter"]: int(row["divisor"]) for row in csv.DictReader(handle) if row["divisor"]}


def _in_canonical_unit(value: float | None, counter: str) -> float | None:
    divisor = _unit_divisors().get(counter)
    return value / divisor if value is not None and divisor else value


# A Korean counter ends where a particle or a non-Hangul character follows: "300개를", "40만개로",
# "1,000억 위안급", "1만명당", "목표 289만채중" — but not "3세대 반도체", "7회랑", "21세기", "2배터리".
_PARTICLE_AFTER = "의이가을를은는에와과도로으만씩까부당간째보급화중"
# 선 (line, level) as news writes a round figure: "2만메가와트선으로", "1만 달러선을" — not "개선".
_LEVEL_LINE = "선(?:으로|을|이|에|까지|도)"
# A qualifier glued to the counter ends it too: "89억5천만위엔정도", "100만톤이상", "60마이크로그램좌우"
# (左右, as the Korean-language press of China glues it); so does 어치, the worth of goods an amount
# buys: "'우한 바우처' 5억 위안어치를 발행".
_GLUED_QUALIFIER = "정도|내외|안팎|이상|이하|이내|미만|남짓|규모|수준|어치|좌우|전후|가량"
# A copula glued to the counter ends it too: "서비스 수출입총액은 1조달러다.", "목표는 3500만대였다",
# "총투자가 10억원인 협의", "지금의 6배인 22조원" (not "원인", a cause: 인 only before a space), and
# before 데 ("빈곤인구는 981만 5000명인데 그중 …").
# … and 되다 glued as the Korean-Chinese press writes an amount: "3.5만헥타르되는 논" (amounting to).
# (after a vowel the copula's 이 drops: "16억1천만달러라는 점", "목표는 20만대라고", "…는 2만3000대며, …")
_COPULA_GLUED = (
    r"다(?![가-힣])|였(?=다|고|으며|는데|지만|던)|인(?=\s|데)|되(?=는|며|고|었|였)|된(?=\s)|라(?=는|고|며|면서)"
    r"|며(?=[\s,，])"
)
_HANGUL_END = (
    rf"(?:(?![가-힣])|(?=[{_PARTICLE_AFTER}])|(?={_LEVEL_LINE})|(?={_GLUED_QUALIFIER})|(?={_COPULA_GLUED}))"
)
# A Latin unit ends where no Latin letter follows: "10GW" but not "10GWh" read as GW.
_LATIN_END = r"(?![A-Za-z])"


def _counter_pattern() -> str:
    counters = sorted(unit_table(), key=len, reverse=True)  # longest first: 개소 before 개, GWh before GW
    parts = []
    for counter in counters:
        end = _HANGUL_END if re.search(r"[가-힣]", counter) else _LATIN_END
        if counter == "분":
            end = f"(?!의|\\s?\\d){end}"  # "3분의 1", "3분2" are fractions (_fractions), no minutes
        if counter == "개":
            end = f"(?!\\s년){end}"  # "제14차 5개 년(2021∼2025년) 규획": a span of years, as 5개년
        if counter == "대":
            # "인구 300만~500만 대도시": a big city (大都市), no machines; "1대 1 상담회": one to one
            end = f"(?!도시)(?!\\s?\\d{{1,2}}(?![\\d,.만억천조대개명])){end}"
        parts.append(re.escape(counter) + end)
    return "|".join(parts)


# An amount: "1.8조", "5조 9,166억", "2만 7,916", "2억 5천만", "21만2,000", "만" (as in "만 개"),
# "300여만" (about 3 million), and a multiplier set off by a space as machine translation prints
# it ("3500 만원", "160 여억 위안").
# The tail after a multiplier is at most four digits and is never a year or date ("10만 2023년").
_TAIL = r"(?:[0-9],[0-9]{3}|[0-9]{1,4})(?![0-9,.])(?! ?[년월일])"
# … and a round amount in words alone: "만 개", "천만", "천억 위안", "십만 명"
# (여 may stand inside the multipliers too: "9천2백여만 위안", "2천500여만 무"; and a space after 천 or 백 before the
# multiplier it counts: "4천 억위엔", "3백 만 명")
_WITH_MULT = rf"(?:{NUM}) ?여? ?(?:[천백] (?=[조억만]))?[조억만천백]+(?:여[조억만천백]+)?"
# (a multiplier in words takes no digits after it: "만 3세" is 만 (full age) and 3세, not 10003)
_WORD_MULT = r"(?<![가-힣])(?:[십백천]?만|[십백천]?억)"
# (each later group may set its multiplier off by a space too: "2 억 4000 만 kW", "4조 3천 억원")
# (and a leading 천 or 백 with no digit before it, as the Korean-language press of China prints a
# thousand: "천4백80만명" is 1,480만)
_AMOUNT = (
    rf"(?:{_WITH_MULT}(?: ?(?:{NUM}) ?여?(?:[천백] (?=[조억만]))?[조억만천백]+(?:여[조억만천백]+)?)*(?: ?{_TAIL})?"
    rf"|(?<![가-힣])[천백](?=[0-9])(?:(?:{NUM})[조억만천백]+)+"
    rf"|{_WORD_MULT}(?: ?(?:{NUM})[조억만천백]+)*|(?:{NUM}))"
)
# Vague amounts: "수백 개" (hundreds), "수십", "수천억 위안"
# (a space may stand before the multiplier: "수십 만 달러")
# (a space may follow 수: "수 만명에 달하는 이주민" is tens of thousands, not one 만)
_VAGUE = r"(?<![가-힣])수\s?(?:(?:십|백|천)(?:\s?(?:만|억|조))?|만|억|조)"
# (the high end may repeat the low end's "about": "약 73만~약 370만 달러")
_RANGE_SEPARATOR = r" ?[~∼～\-–―] ?(?:약 ?)?"
# A won gloss may stand on the lower bound of a range whose unit the upper prints: "2만(370만원)~6만 위안".
_LOW_GLOSS = r"(?: ?[(（](?:약 ?)?[\d,.]+ ?[조억만천]*[조억만천]? ?원[)）])?"


@cache
def _quantity_regex() -> re.Pattern[str]:
    return re.compile(
        # not inside IPv6, V1.0, 6.16 …, nor a group after a comma (after a headline's "..", a number
        # starts: "22조원 투입..2만2천50메가와트 규모")
        r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]\.)(?<![0-9],)"
        # a range may print the percent sign on both bounds: "20%~30%"
        rf"(?:(?P<vague>{_VAGUE})|(?:(?P<low>{_AMOUNT})%?{_LOW_GLOSS}{_RANGE_SEPARATOR})?(?P<amount>{_AMOUNT}))"
        r"(?: ?(?P<approx>여))? ?"  # "1000여개", "30여 개", "30 여명": about; one space, never a tab between table cells
        rf"(?P<counter>{_counter_pattern()})"
        r"(?P<alias>\((?:EB|EFLOPS|PFLOPS|GWh|GW|MW|km|TCE|tce)\))?"  # "1800엑사바이트(EB)"
    )


# One to one as the name of a scheme, the noun after it: "1:1지원" (pairing assistance, 对口支援); a matching
# ratio ("1:1 매칭") stays a ratio.
_SCHEME_AFTER = r"\s?(?:지원|결연|원조|협력|상담|맞춤)"
# A ratio printed against one: "도시와 농촌 주민의 1인당 가처분 소득 비율은 2.3:1로 축소"
_RATIO = re.compile(rf"(?<![A-Za-z0-9.:])(?P<amount>{NUM}) ?: ?1(?![0-9.:])(?!(?<=1:1){_SCHEME_AFTER})")
# … and against one the other way round, what the second stands at per one of the first: "의사와
# 간호사 비율을 1:1.2로" (one digit or a decimal after the colon: "1:30" is a time)
_RATIO_PER_ONE = re.compile(
    rf"(?<![A-Za-z0-9.:])1 ?: ?(?P<amount>[0-9](?:\.[0-9]+)?)(?![0-9.:])(?!(?<=1:1){_SCHEME_AFTER})"
)

# Qualifier words after the unit, possibly after a particle:
# "300개 이상", "300억 위안 초과", "1800엑사바이트(EB)를 초과", "300GWh에 육박", "1ms 이내로"
# "4,000억 위안(약 73조 원) 돌파": a conversion in brackets may stand between; "'17%' 이상": a quote;
# "3%선 이내": the line (선) a level is held to.
# (좌우, 전후: "7% 좌우" as the Korean-language papers of China write 左右)
_QUALIFIERS_AFTER = {
    **dict.fromkeys(
        ["이상", "초과", "돌파", "넘는", "넘어", "넘게", "넘을", "넘기", "넘길", "상회", "웃도는", "웃돌"],
        ">=",
    ),
    **dict.fromkeys(["이내", "이하", "미만", "한도", "밑도는", "밑으로", "밑돌"], "<="),
    **dict.fromkeys(["안팎", "육박", "내외", "정도", "가량", "남짓", "좌우", "전후"], "~"),
}
# The words, for the rules that must not read a qualifier as a noun ("80개 좌우의 …" is no scope).
QUALIFIER_WORDS_AFTER = tuple(_QUALIFIERS_AFTER)
_QUALIFIER_AFTER = re.compile(
    r"(?:\s*[(（][^)）]{0,30}[)）])?\s*['’”\"]?\s*(?:선\s?)?(?:을|를|에|가|이|으로|로)?\s?"
    rf"(?P<word>{'|'.join(_QUALIFIERS_AFTER)})"
)
# Qualifier words before the number: "약 100개 휴머노이드 로봇", "최대 1억 위안 지원", "최고 500만 위안"
_QUALIFIERS_BEFORE = {
    **dict.fromkeys(["최소", "적어도"], ">="),
    **dict.fromkeys(["최대", "최고"], "<="),
    **dict.fromkeys(["약", "대략", "거의"], "~"),
}
_QUALIFIER_BEFORE = re.compile(rf"(?:^|[^가-힣])(?P<word>{'|'.join(_QUALIFIERS_BEFORE)})\s*$")
_QUALIFIERS = {**_QUALIFIERS_AFTER, **_QUALIFIERS_BEFORE}

# "수백 개" → 100 and the like: the lower bound of the vague amount.
_VAGUE_DIGITS = {"": Decimal(1), "십": Decimal(10), "백": Decimal(100), "천": Decimal(1000)}

# Apostrophes and quotes that mark a two-digit year: '25년, ‘30년, ’23년
_APOSTROPHES = "'‘’`´′＇\""
_CLOSING_QUOTES = "'’”」』"
# After N년 these make it a point in time, not a duration: "2025년까지", "'23년 5월", "23년도"
_CALENDAR_AFTER = re.compile(r"까지|도|부터|대비|\s?(?:(?:말|초)(?![가-힣])|기준|상반기|하반기|[0-9]{1,2}월)")
# A unit declared for a table column, not an amount: "직접비 금액(만 위안)", "(단위: 억 위안)"
_UNIT_DECLARATION = re.compile(r"(?:단위 ?[:：] ?|\()$")
# Web addresses carry digits that are never quantities.
_URL = re.compile(r"(?:https?://|www\.)\S+")


# How much text on each side of a number its tests read. Every test looks at a few words next to
# the number; a bounded window keeps the work per number constant, so a line's time grows with
# its length, not with its length times its numbers.
CONTEXT_CHARS = 80


class _Urls:
    """The web addresses of a line, asked "is this offset inside one?" in logarithmic time."""

    def __init__(self, sentence: str) -> None:
        spans = [match.span() for match in _URL.finditer(sentence)]
        self.starts = [start for start, _end in spans]
        self.ends = [end for _start, end in spans]

    def __contains__(self, offset: int) -> bool:
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def find_quantities(sentence: str) -> list[Quantity]:
    """Every number with a unit in `sentence`, in order of position."""
    read = sentence.translate(_HANJA_MULTIPLIERS)
    if read == sentence:
        return list(_quantities_of(sentence))
    # (one character for one: the offsets hold, and the text stays as printed)
    return [replace(q, text=sentence[q.start : q.end]) for q in _quantities_of(read)]


# The multipliers in Chinese characters, as a Korean page reprinting a Chinese one prints them:
# "중앙재정 96億元", "100万元".
_HANJA_MULTIPLIERS = str.maketrans("萬万億亿", "만만억억")


# A line's numbers are asked for by several stages in turn (its candidates, the deadline it sets
# for the lines under it): a few entries hold the line being read, never a bulletin's worth.
@lru_cache(maxsize=32)
def _quantities_of(sentence: str) -> tuple[Quantity, ...]:
    urls = _Urls(sentence)
    quantities = []
    for match in _quantity_matches(sentence):
        if match.start() in urls:
            continue
        quantity = _quantity(sentence, match)
        if quantity is not None:
            quantities.append(quantity)
    quantities.extend(_ratios(sentence, urls))
    quantities.extend(_coded_amounts(sentence, urls))
    quantities.extend(_native_multiples(sentence))
    quantities.extend(_native_counts(sentence))
    quantities.extend(_populations(sentence))
    quantities.extend(_fractions(sentence, urls))
    # (the numeral a vague amount closes on is no amount of its own: "수 백개" is not also "백개")
    vague = [(q.start, q.end) for q in quantities if q.text.startswith("수")]
    quantities = [q for q in quantities if not any(start < q.start < end for start, end in vague)]
    quantities = _with_shared_units(sentence, quantities)
    quantities.extend(_amounts_converted_before_their_unit(sentence, urls))
    quantities = [_as_energy(sentence, _with_minutes(sentence, quantity)) for quantity in quantities]
    quantities = [q for q in quantities if not (q.unit == "min" and _stray_minutes(sentence, q, quantities))]
    return tuple(_ranges_with_both_units(sentence, sorted(quantities, key=lambda quantity: quantity.start)))


# The hour of a clock time before its minutes: "오후 3시 25분" is a time of day, no duration.
_CLOCK_HOUR = re.compile(r"\d\s?시\s?$")


def _stray_minutes(sentence: str, minutes: Quantity, quantities: list[Quantity]) -> bool:
    """Minutes of a clock time ("3시 25분"), or those a count of hours took in ("4시간30분")."""
    if _CLOCK_HOUR.search(sentence, 0, minutes.start):
        return True
    return any(q is not minutes and q.start < minutes.start < q.end for q in quantities)


# The minutes after a count of hours: "4시간30분", "2시간 15분", also before a particle: "2시간 30분으로
# 단축", "2시간 30분만에", "3시간 12분에서 1시간으로" (never 분의, 분기, 분야 …: a fraction, a quarter, a field).
_MINUTES = re.compile(
    r"\s?(\d{1,2})\s?분(?:(?![가-힣])|(?=(?:으로|만에|만|에서|에|이면|이며|이다|이|을|간|씩|이내|내|가량|정도|까지)(?![가-힣])))"
)


def _with_minutes(sentence: str, quantity: Quantity) -> Quantity:
    """ "4시간30분" is 4.5 hours, one duration, not 4 hours."""
    if quantity.unit != "hours" or quantity.value_max is not None:
        return quantity
    minutes = _MINUTES.match(sentence, quantity.end)
    if not minutes or int(minutes.group(1)) >= 60:
        return quantity
    return replace(
        quantity, value=quantity.value + int(minutes.group(1)) / 60, text=sentence[quantity.start : minutes.end()],
        end=minutes.end(),
    )  # fmt: skip


# A measure of energy made or used in a year, named right before its amount: the press often prints
# its unit as power ("연간 전력생산량은 307억㎾ 규모로"), meaning ㎾h. (Without the year the same words
# name capacity as loosely: "풍력 발전량은 1억5,000만 kW", "발전량을 120GW 축소" are power.)
_ENERGY_MEASURE = re.compile(
    r"(?:연간|매년|한\s?해|년간)\s?(?:[가-힣]{1,4}\s)?"
    r"(?:발전량|전력\s?생산량|전력량|전력\s?소비량|전력\s?사용량|송전량)"
    r"(?:은|는|이|가|을|를)?\s?(?:약|총)?\s?$"
)


def _as_energy(sentence: str, quantity: Quantity) -> Quantity:
    """ "연간 발전량은 300억㎾": an amount of energy printed in a unit of power is ㎾h (one factor, so the
    value stands)."""
    if quantity.unit != "GW" or not _ENERGY_MEASURE.search(
        sentence, max(0, quantity.start - 32), quantity.start
    ):
        return quantity
    return replace(quantity, unit="GWh")


# What closes a range of counts written "N개에서 M개", as the press translates 到: an object, a subject
# or "about" ("10개 정도 만들어"), never a level changed to ("10개로", "10개까지").
_RANGE_CLOSED = re.compile(r"\s?(?:를|을|가|이|의|정도|가량|씩)(?![가-힣])")
# Between the two bounds of a range that prints its unit on both: "1500위안~5천 위안",
# "500만위안―800만위안" (a horizontal bar, as some papers of China print the range).
# (or 내지, "to": "425만톤 내지 440만톤")
_BOUND_GAP = re.compile(r" ?(?:[~∼～\-–―]|내지) ?")
# A range in words: "최저 500만 채에서 최대 600만 채", "최소 3개에서 최대 5개".
_LEAST_BEFORE = re.compile(r"(?:최저|최소)\s?$")
# How far back it is looked for: its own width (a search from the line's start, once per pair of
# figures, made a line of many figures quadratic).
_LEAST_WIDTH = 3
_LEAST_TO_MOST = re.compile(r"\s?에서\s?(?:최대|최고)\s?")


# A cut by a share from one bound to the other: "2005년의 40%에서 45%까지 감축" (下降40%—45%), not a
# level moved from one figure to another ("30%에서 50%로 높인다").
_CUT_BY_RANGE = re.compile(r"\s?에서\s?")
_CUT_UNTIL = re.compile(r"\s?까지\s?(?:감축|줄이|줄여|절감|삭감|낮추)")


def _ranges_with_both_units(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """Two amounts of one unit joined by a range mark are one range: the lower bound in
    value, the upper in value_max, "at least" the lower (GUIDELINES)."""
    out: list[Quantity] = []
    for quantity in quantities:
        low = out[-1] if out else None
        if low is not None and _bounds_of_one_range(sentence, low, quantity):
            qualifier = quantity.qualifier if quantity.qualifier != "=" else ">="
            if _LEAST_BEFORE.search(sentence, max(0, low.start - _LEAST_WIDTH), low.start):
                qualifier = ">="  # "최저 500만 채에서 최대 600만 채": at least the lower, whatever 최대 says
            out[-1] = replace(
                low, value_max=quantity.value, qualifier=qualifier, text=sentence[low.start : quantity.end],
                end=quantity.end, counter=quantity.counter,
            )  # fmt: skip
            continue
        out.append(quantity)
    return out


def _bounds_of_one_range(sentence: str, low: Quantity, high: Quantity) -> bool:
    if (
        low.unit != high.unit
        or low.value_max is not None
        or high.value_max is not None
        or low.value > high.value
    ):
        return False
    gap = sentence[low.end : high.start]
    if _BOUND_GAP.fullmatch(gap):
        return True
    if _LEAST_BEFORE.search(
        sentence, max(0, low.start - _LEAST_WIDTH), low.start
    ) and _LEAST_TO_MOST.fullmatch(gap):
        return True  # "최저 500만 채에서 최대 600만 채": the bounds of one range, in words
    if gap == "에서 " and low.unit == "count" and _RANGE_CLOSED.match(sentence, high.end):
        return True  # "대형업체 8개에서 10개를 설립" (8到10个), not "8개에서 10개로 늘린다", a change
    return low.unit == "percent" and bool(
        _CUT_BY_RANGE.fullmatch(gap) and _CUT_UNTIL.match(sentence, high.end)
    )


# Amounts listed before the one that prints their unit: "최대 각각 1000만, 2000만, 3000만 위안의 지원"
# (a multiplier in words makes each an amount; bare digits, "1, 2, 3단계", stay list numbers).
_BARE_AMOUNT = rf"(?<![0-9.,A-Za-z])(?:{NUM}) ?[조억만천백]+(?: ?(?:{NUM})[조억만천백]+)*"
# (each amount may carry its conversion in brackets: "최대 20만(약 3680만원), 50만(약 9210만원), 100만 위안")
_CONVERSION_BRACKET = r"[(（][^()（）]{0,25}[)）]"
_SHARED_UNIT_RUN = re.compile(
    rf"(?:(?:{_BARE_AMOUNT})\s*(?:{_CONVERSION_BRACKET})?\s*(?:[,，、]|및|와|과)\s*)+$"
)
_IN_BRACKETS = re.compile(_CONVERSION_BRACKET)
_RUN_MEMBER = re.compile(_BARE_AMOUNT)
_RUN_QUALIFIER = re.compile(rf"(?:^|[^가-힣])(?P<word>{'|'.join(_QUALIFIERS_BEFORE)})\s*(?:각각|각)?\s*$")


# An amount whose conversion in brackets stands before its currency: "5000만(약 89억 원) 위안" (the
# record keeps the text as printed, brackets and all).
_CONVERTED_BEFORE_UNIT = re.compile(
    rf"(?P<amount>{_BARE_AMOUNT})\s*{_CONVERSION_BRACKET}\s*(?P<counter>위안|元|달러)"
)


def _amounts_converted_before_their_unit(sentence: str, urls: _Urls) -> list[Quantity]:
    found = []
    for match in _CONVERTED_BEFORE_UNIT.finditer(sentence):
        value = parse_korean_number(match["amount"])
        if value is None or match.start() in urls:
            continue
        counter = match["counter"]
        found.append(
            Quantity(
                value=_in_canonical_unit(value, counter),
                value_max=None,
                unit=unit_table()[counter][0],
                qualifier="=",
                text=match.group(),
                start=match.start(),
                end=match.end(),
                counter=counter,
            )
        )
    return found


# Places, each with a bare number, before the last place whose number prints the unit: "찬청구 7,
# 난하이구 20, 순더구 14, … 산수이구 10곳" (a place's suffix before each: never "1, 2, 3단계").
_PLACE_WORD = r"[가-힣]{1,10}(?:구|시|현|성|주|군)"
_PLACES_RUN = re.compile(rf"(?:{_PLACE_WORD}\s?\d+(?:\.\d+)?\s*[,，]\s*)+{_PLACE_WORD}\s?$")
_PLACE_FIGURE = re.compile(rf"{_PLACE_WORD}\s?(\d+(?:\.\d+)?)")


def _shared_by_places(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """The bare numbers of a list of places that share the unit of the last one's quantity."""
    found: list[Quantity] = []
    for quantity in quantities:
        run = _PLACES_RUN.search(sentence, max(0, quantity.start - CONTEXT_CHARS), quantity.start)
        if run is None:
            continue
        found.extend(
            Quantity(
                value=_in_canonical_unit(float(m.group(1)), quantity.counter),
                value_max=None,
                unit=quantity.unit,
                qualifier="=",
                text=m.group(1),
                start=run.start() + m.start(1),
                end=run.start() + m.end(1),
                counter=quantity.counter,
            )
            for m in _PLACE_FIGURE.finditer(run.group())
        )
    return found


def _with_shared_units(sentence: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` and the amounts listed before one of them that share its unit; the list's
    qualifier ("최대 각각 …") holds for every member."""
    shared: list[Quantity] = []
    for quantity in quantities:
        run = _SHARED_UNIT_RUN.search(sentence, max(0, quantity.start - CONTEXT_CHARS), quantity.start)
        if run is None or not re.search(r"[조억만천백]", quantity.text):
            continue
        before = _RUN_QUALIFIER.search(sentence, max(0, run.start() - 20), run.start())
        qualifier = (
            _QUALIFIERS[before["word"]] if before and quantity.qualifier == "=" else quantity.qualifier
        )
        # (not the converted amounts inside the brackets)
        listed = _IN_BRACKETS.sub(lambda b: " " * len(b.group()), run.group())
        members = [m for m in _RUN_MEMBER.finditer(listed) if parse_korean_number(m.group()) is not None]
        shared.extend(
            Quantity(
                value=_in_canonical_unit(parse_korean_number(m.group()), quantity.counter),
                value_max=None,
                unit=quantity.unit,
                qualifier=qualifier,
                text=m.group(),
                start=run.start() + m.start(),
                end=run.start() + m.end(),
                counter=quantity.counter,
            )
            for m in members
        )
        shared.append(replace(quantity, qualifier=qualifier))
    shared += _shared_by_places(sentence, quantities)
    if not shared:
        return quantities
    replaced = {q.start for q in shared}
    return [q for q in quantities if q.start not in replaced] + shared


# Every quantity starts with a digit or one of these (수백, 백만, 천만, 만 개, 억, 십만): the full pattern
# is tried only where one stands, not at every character of a line.
_QUANTITY_START = re.compile(r"[0-9수백천만억십]")


def _quantity_matches(sentence: str) -> Iterator[re.Match[str]]:
    """The matches of _quantity_regex() in `sentence`, as finditer gives them, found faster."""
    pattern, position = _quantity_regex(), 0
    while start := _QUANTITY_START.search(sentence, position):
        match = pattern.match(sentence, start.start())
        if match:
            yield match
            position = match.end()
        else:
            position = start.start() + 1


def leading_quantity(text: str) -> Quantity | None:
    """The quantity `text` opens with: find_quantities(text)[0] where that starts at 0, without
    reading the rest of the text."""
    if _URL.match(text):
        return None
    match = _quantity_regex().match(text)
    quantity = _quantity(text, match) if match else None
    if quantity is None and (ratio := _RATIO.match(text)):
        quantity = _ratio(ratio)
    return quantity


def _quantity(sentence: str, match: re.Match[str]) -> Quantity | None:
    counter = match["counter"]
    unit, implied_qualifier = unit_table()[counter]
    start, end = match.start(), match.end()
    before = sentence[max(0, start - CONTEXT_CHARS) : start]
    after = sentence[end : end + CONTEXT_CHARS]
    if before.endswith("제"):  # "제31회": an ordinal
        return None
    if re.search(r"분의\s?$", before):
        return None  # "4분의 1인 750만대": the fraction's numerator, no count of people (인)
    if _UNIT_DECLARATION.search(before) and not re.search("[0-9]", match.group()):
        return None
    if counter == "년" and _is_calendar_year(match, before, after):
        return None
    if counter == "기" and re.match(r"\s*\d", after):
        return None  # "1기 2천20만㎾, 2기 …": a phase (期) named before its size
    if counter == "기" and not re.search(r"\d", match.group()):
        return None  # "1년 만기 대출": maturity (滿期), no ten thousand of anything
    if counter == "기" and re.match(r"[가-힣]", after) and not re.match(r"[의를은는이로와과도씩]", after):
        return None  # "위성 100기", "충전기 2만 기" count; "14·5 기간", "5기가" do not
    value, value_max = _values(match)
    if value is None:
        return None
    if counter == "호" and value < 100:
        return None  # "1호 문건", "2호 공장": a serial name, not dwellings counted
    if counter == "세대" and value < 20:
        return None  # "5세대 이동통신", "10.5세대 라인": a generation, not households counted
    if counter == "불" and not re.search(r"[만억조천]", match["amount"]):
        return None  # "3불 원칙": a name (三不), no money; 불 is dollars as a large amount prints them
    if counter == "불" and "홍콩" in before[-8:]:
        unit = "HKD"  # "홍콩달러 6천불": Hong Kong dollars named before the amount
    return Quantity(
        value=_in_canonical_unit(value, counter),
        value_max=_in_canonical_unit(value_max, counter),
        unit=unit,
        qualifier=_qualifier(match, before, after, implied_qualifier),
        text=match.group(),
        start=start,
        end=end,
        counter=counter,
        structural=_is_structural(match, after),
        # "1만명당 360대", "12kWh/100km": the base of a rate, after 당 or a slash; "만 위안 지역
        # 총생산물 사용량": a magnitude with no digit before the measure it divides
        per=bool(
            (per := _PER_AFTER.match(after))
            and not (per.group().lstrip().startswith("중") and unit in CURRENCIES)
        )
        or before.rstrip().endswith("/")
        # one of a measure glued to a price, as a flattened table prints "1kg당 15위안": "수소 1kg15위안";
        # or one of it with 에 before the price: "셰일가스 생산업체에 1㎥에 0.4위안의 보조금을 지급"
        or (value == 1 and bool(re.match(r"\d|에\s?(?:약\s?)?\d", after)))
        or (not re.search(r"\d", match.group()) and bool(_OUTPUT_MEASURE.match(after))),
    )


# A measure of output a digitless "만 위안" divides: "만 위안 지역 총생산물 사용량", "만 위안 GDP
# 에너지 소모" (unlike "만 개 기업", "천억 위안 클러스터", which count or size).
_OUTPUT_MEASURE = re.compile(
    r"\s?(?:지역\s?)?(?:총생산|GDP|공업\s?증가치|공업\s?부가가치|부가가치|산업\s?증가치)"
)
# "1만명당", "1만명 당 5G 기지 18개" — but not "당국" (authorities), "당일", "당시"; "철강 1t 생산당":
# per unit of what is made, sold or used
# … and "10명 중 5명": the base of a share counted out of it
# ("1만 위안(약 212만원)당 물 사용량": a conversion in brackets may stand before 당; so may what the
# money measures, "10,000위안의 GDP 당 에너지 소비")
# (money before "중 N" is a total a part is taken of, "총 264억 홍콩달러 중 149억 홍콩달러의 자금", no base
# of a rate like "2대 중 1대")
_PER_AFTER = re.compile(
    r"(?:\s?[(（][^)）]{0,20}[)）])?\s?(?:(?:생산|판매|소비|처리|발전|운송)\s?|의\s?(?:GDP|국내총생산|총생산)\s?)?당(?![국일시원])"
    r"|\s?중\s?\d"
    # a distance driven as the base of the fuel it takes: "1㎞ 주행에 0.069ℓ"
    r"|\s?(?:주행|운행)\s?(?:에|시)\s"
)


def _values(match: re.Match[str]) -> tuple[float | None, float | None]:
    """(value, value_max) of a plain amount, a range or a vague amount."""
    if match["vague"]:
        return _vague_value(match["vague"]), None
    value = parse_korean_number(match["amount"])
    if match["low"] is None or value is None:
        return value, None
    low = parse_korean_number(match["low"])
    if low is None:
        return None, None
    # "1~2억 위안": the lower bound borrows the multiplier of the upper one.
    multiplier = re.search(r"[조억만]$", match["amount"].strip())
    if multiplier and not re.search(r"[조억만천백]", match["low"]):
        low *= float(LARGE_UNITS[multiplier.group()])
    if not math.isfinite(low):
        return None, None
    return low, value


def _vague_value(word: str) -> float:
    """The least a vague amount can mean: "수백" → 100, "수천억" → 100000000000."""
    word = word.replace(" ", "")
    digits = word[1:2] if word[1:2] in _VAGUE_DIGITS else ""
    large = word[-1] if word[-1] in LARGE_UNITS else None
    value = _VAGUE_DIGITS[digits] * (LARGE_UNITS[large] if large else 1)
    return float(value)


def _qualifier(match: re.Match[str], before: str, after: str, implied: str) -> str:
    if match["approx"] or "여" in (match["amount"] or ""):
        return "~"  # "1000여개", "300여만 명"
    if match["low"] is not None or match["vague"]:
        return ">="  # "3~4개", "수백 개": at least the lower bound
    if implied:
        return implied  # "3위권": within the top three
    word = _QUALIFIER_AFTER.match(after) or _QUALIFIER_BEFORE.search(before)
    return _QUALIFIERS[word["word"]] if word else "="


def _is_calendar_year(match: re.Match[str], before: str, after: str) -> bool:
    """'25년, 2025년, 23년도, '23년 5월 are dates; 3년, 11년간 are durations."""
    amount = match["amount"] or ""
    if _starts_with_any(before[-1:], _APOSTROPHES) or _starts_with_any(match["low"] or "", _APOSTROPHES):
        return True
    if re.fullmatch(r"(?:19|20)[0-9]{2}", amount.strip()):
        return True
    return bool(_CALENDAR_AFTER.match(after))


def _is_structural(match: re.Match[str], after: str) -> bool:
    """N대 naming a list or a ranking: "5대 방향", "10대 산업 발전 플랫폼", "세계 500대 기업".

    A plain number glued to 대 and followed by a noun; "2만대를 보급", "360대로 확대"
    and "186만 대 기록" are counts of machines.
    """
    if match["counter"] != "대" or not match["amount"]:
        return False
    amount = match["amount"]
    if not re.fullmatch(r"[0-9]+", amount) or match.group().endswith(" 대"):
        return False
    if _starts_with_any(after, _CLOSING_QUOTES):  # "'혁신 마일리지 100대' 기업"
        return True
    # (the noun may open a quote: "3대 '신개발 지구' 건설 추진")
    names_a_noun = re.match(r" ?['‘\"“]?[가-힣A-Za-z(]", after) and not _starts_with_any(
        after, _PARTICLE_AFTER
    )
    return bool(names_a_noun) and not _QUALIFIER_AFTER.match(after)


def _starts_with_any(text: str, characters: str) -> bool:
    return bool(text) and text[0] in characters


# A multiple in native Korean numerals: "2010년의 두 배로", "두배에 이르게", "세 배"; and the Chinese
# "增长一倍" as the Korean-language papers of China print it, an increase by one times, a doubling:
# "2010년에 비해 한배 증장".
# (and a year's level "doubled" with no numeral at all: "2010년의 GDP를 2000년의 배로 늘릴 것")
_NATIVE_MULTIPLE = re.compile(
    r"(?<![가-힣])(?:(?P<word>두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?배|(?P<one>한) ?배(?= ?(?:증장|증가|성장|늘))"
    r"|(?<=년의 )배(?=로|가|를))"
    r"(?=(?:로|가|를|의|에|이|는)?(?![가-힣]))"
)
# (and a hundred or a thousand spelled out, as the Korean services of China's media write them: "박물관 백개")
_NATIVE_NUMBERS = {
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "백": 100,
    "천": 1000,
}


# A currency's code printed before the amount, as Hong Kong pages write money: "한도액 HKD 9,000",
# "HKD5,000이 지급된다", "HK$ 6,000", "US$ 1억".
_CURRENCY_CODES = {"HKD": "HKD", "HK$": "HKD", "USD": "USD", "US$": "USD", "RMB": "CNY", "CNY": "CNY"}
_CODED_AMOUNT = re.compile(
    rf"(?<![A-Za-z$])(?P<code>HKD|HK\$|USD|US\$|RMB|CNY) ?(?P<amount>{_AMOUNT})(?![0-9.,%A-Za-z])"
    r"(?!\s?(?:[조억만천백]|달러|위안|원|元|불))"  # (not a code glossing an amount with its own unit after it)
)


def _coded_amounts(sentence: str, urls: _Urls) -> list[Quantity]:
    if "D" not in sentence and "$" not in sentence and "RMB" not in sentence and "CNY" not in sentence:
        return []
    found = []
    for m in _CODED_AMOUNT.finditer(sentence):
        value = parse_korean_number(m["amount"])
        if value is not None and m.start() not in urls:
            found.append(_as_printed(value, m, m["code"], _CURRENCY_CODES[m["code"]]))
    return found


def _native_multiples(sentence: str) -> list[Quantity]:
    if "배" not in sentence:  # the pattern opens with a lookbehind: re would try it at every letter
        return []
    return [
        _as_ratio(float(_NATIVE_NUMBERS[m["word"]] if m["word"] else 2), m, "배")
        for m in _NATIVE_MULTIPLE.finditer(sentence)
    ]


# A count in native Korean numerals, of things or places: "두개의 대형 터미널을 건설", "세 곳을 조성"
# (not 한, which is also "a" and "about"; not 가지, which counts kinds, a list's structure).
# (the tens compound with the units: "열다섯곳", "스물두 곳" — 열 + 다섯, 스물 + 두)
_NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}
_NATIVE_UNITS = {"한": 1, **{w: v for w, v in _NATIVE_NUMBERS.items() if v < 10}}
_NATIVE_COUNT = re.compile(
    r"(?<![가-힣\d])(?P<word>(?:열|스물|서른|마흔|쉰)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)"
    r"|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무|서른|마흔|쉰|백|천) ?(?P<counter>개|곳)"
    r"(?=(?:의|를|을|가|이|는|은|로|와|과|씩)?(?![가-힣]))"
)


def _native_value(word: str) -> int:
    if word in _NATIVE_NUMBERS:
        return _NATIVE_NUMBERS[word]
    tens = next(prefix for prefix in _NATIVE_TENS if word.startswith(prefix))
    return _NATIVE_TENS[tens] + _NATIVE_UNITS.get(word[len(tens) :], 0)


def _native_counts(sentence: str) -> list[Quantity]:
    if "개" not in sentence and "곳" not in sentence:
        return []
    return [
        _as_printed(float(_native_value(m["word"])), m, m["counter"], "count")
        for m in _NATIVE_COUNT.finditer(sentence)
    ]


# People counted with no counter after 인구, as a city's size is written: "인구 50만 규모의 도시",
# "인구 1,200만의 대도시" (with 명 the counter is read as any other: "인구 300만 명").
_POPULATION = re.compile(
    r"인구\s?(?P<amount>\d[\d,.]*\s?(?:만|억)(?:\s?[\d,.]+\s?[천백]?\s?만)?)(?!\s?[\d명])"
    r"(?=\s?(?:규모|수준|의|이|을|를|에|으로|로|가|은|는)?(?![\d가-힣]))"
)


def _populations(sentence: str) -> list[Quantity]:
    if "인구" not in sentence:
        return []
    found = []
    for m in _POPULATION.finditer(sentence):
        value = parse_korean_number(m["amount"])
        if value is not None:
            found.append(
                Quantity(value, None, "people", "=", m["amount"], m.start("amount"), m.end("amount"), "명")
            )
    return found


def _ratios(sentence: str, urls: _Urls) -> list[Quantity]:
    if ":" not in sentence:  # the pattern opens with a lookbehind: re would try it at every letter
        return []
    against_one = list(_RATIO.finditer(sentence))
    taken = {match.start() for match in against_one}  # "1:1" reads the same both ways: once
    per_one = [match for match in _RATIO_PER_ONE.finditer(sentence) if match.start() not in taken]
    found = (_ratio(match) for match in [*against_one, *per_one] if match.start() not in urls)
    return [ratio for ratio in found if ratio is not None]


# A fraction in words, the denominator first: "충전소의 7분의1은", "3분의 1로 줄인다".
# (older papers drop the 의: "대부자금중 3분2가 이들 지역에 투자되며")
_FRACTION = re.compile(
    r"(?<![0-9.,])(?P<denominator>[0-9]{1,3}) ?분(?:의 ?)?(?P<numerator>[0-9]{1,3})(?![0-9.,])"
)


def _fractions(sentence: str, urls: _Urls) -> list[Quantity]:
    if "분" not in sentence:
        return []
    # a share of a whole, in percent as the record counts shares (labelled so: "약 4분의 1" is 25%)
    return [
        _as_printed(round(int(m["numerator"]) / int(m["denominator"]) * 100, 2), m, "분의", "percent")
        for m in _FRACTION.finditer(sentence)
        if m.start() not in urls and int(m["denominator"]) > 0
    ]


def _ratio(match: re.Match[str]) -> Quantity | None:
    value = float(match["amount"].replace(",", ""))
    if not math.isfinite(value):
        return None
    return _as_ratio(value, match, ":1")


def _as_ratio(value: float, match: re.Match[str], counter: str) -> Quantity:
    """A ratio or multiple as printed by `match`: "2.3:1", "두 배"."""
    return _as_printed(value, match, counter, "ratio")


def _as_printed(value: float, match: re.Match[str], counter: str, unit: str) -> Quantity:
    """A quantity read from `match` whole, with no qualifier of its own: "두 배", "세 곳"."""
    return Quantity(
        value=value,
        value_max=None,
        unit=unit,
        qualifier="=",
        text=match.group(),
        start=match.start(),
        end=match.end(),
        counter=counter,
    )
