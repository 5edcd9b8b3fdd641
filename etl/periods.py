"""Years and plan periods as the bulletins print them.

`year_mentions` finds every year in a line ('25년까지, 2027년까지, ‘22년 말 기준,
2025년); `plan_period` reads the period a plan title states ((2023-2025),
('23~'25), （2023—2025年）, 14·5, "2023년 업무계획").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# An apostrophe-year as Korean writers print it, with any of the quote marks
# the seeds and web pages use: "'25년까지", "‘30년까지", "´26년까지", "’22년 말", "′23년" (a prime),
# "＇24년" (a full-width apostrophe).
_QUOTES = "'‘’´`′＇"
# A quote before two digits is a year only when 년 or a period follows: "’ 10개" is a count
# after a closing quote, "'25년" and "('25)" are years.
# ("’20GRDP 증가율": a short year glued to the acronym of the measure it dates)
# (or no quote at all after 오는 or 지난, "coming" and "last": "오는 98년까지 2년간", "지난 96년 철강생산량",
# as the press of the 1990s wrote them; and a deadline of the 1990s printed bare, "97년까지", "97년말까지",
# not "10년까지 연장", a span; never a decade, "지난 50년대": the fifties, not 2050)
# (a fiscal year printed bare too: "92회계연도중 중국의 재정적자액은")
_SHORT_YEAR = rf"(?:[{_QUOTES}]\s?|(?<=오는\s)|(?<=지난\s)|(?<![\d.,])(?=[7-9]\d년\s?말?까지)|(?<![\d.,])(?=\d{{2}}\s?회계\s?[연년]도))(?P<short>\d{{2}})(?!\d)(?!\s*년대)(?=\s*(?:년|年|회계|\)|）|~|-|—|–)|[A-Z]{{2,}})"
# Not the digits of a decimal or a grouped amount ("1.2030", "3,2025"), but a year may follow an
# ellipsis or a full stop with no space ("속도 낸다...2030년까지", "밝혔다.2028년까지").
_LONG_YEAR = r"(?<!\d)(?<!\d[.,])(?P<long>(?:19|20)\d{2})(?![\d,]|\.\d)"

# "'25년까지", "2027년까지", "'23년 말까지", "2030년에 이르러", "2016년에 이르면" (by 2030, as the
# Korean-language press of China writes 到2030年), "2025년" — the year, then what follows it.
# (and the year work is to be finished in, a deadline too: "2050년께 완료될 예정", "2030년 완공할 계획")
_YEAR = re.compile(
    rf"(?:{_SHORT_YEAR}|{_LONG_YEAR})\s*(?:년|年)?"
    r"(?P<after>\s*(?:도\s*)?(?:말|末|연말)?\s*(?:까지|이전|前|에\s?이르러|에\s?이르면)"
    r"|\s*(?:께|경|쯤)?(?:에)?\s*(?:완료|완공|완성|준공)(?=될|할|되|하|키|시킬))?"
)

# The marks a span of years is printed with: the hyphen, the dashes, and the tildes the Korean press
# uses, half- and full-width and the mathematical one ("12.5(2011∼2015년)").
_RANGE_MARKS = "-~—–－〜∼～"
_RANGE_CLASS = "[" + re.escape(_RANGE_MARKS) + "]"
# (2023-2025), (2023—2025年), （2022—2035年）, ('22~'35), (‘23~’25), 2023-2028
_PERIOD = re.compile(
    rf"[{_QUOTES}]?(?P<a>(?:19|20)?\d{{2}})\s*(?:년|年)?\s*{_RANGE_CLASS}\s*[{_QUOTES}]?(?P<b>(?:19|20)?\d{{2}})\s*(?:년|年)?"
)

# "'23년 5월 기준", "'22년말 기준", "2023년 7월, 현재": the date a statistic describes.
# "현재보다 50% 이상 강화" compares with today: no date of a figure.
_AS_OF = re.compile(
    r"\s*(?:년|年)?\s*(?:말|초|\d{1,2}\s*월(?:\s*\d{1,2}\s*일|\s*말|\s*초)?)?\s*,?\s*(?:기준|현재|시점)(?!\s*(?:보다|대비|에 비해))"
)


def dates_a_figure(text: str, end: int) -> bool:
    """What follows a year (or a word for one, "올해") at `end` makes it the date a figure
    describes: "… 5월 기준", "올 8월 말 기준"."""
    return bool(_AS_OF.match(text, end))


# "2020년 대비 2배로", "'20년比": the base year of a change.
# … and "2015년의 2배로", "2010년의 두배에": the year a multiple is counted from; "2020년 수준에서 8% 줄인다": the
# level a cut is counted from, or "2005년 수준의 65% 이상 감축": the share of it ("2013년도의 40% 선까지": the
# share of the year's own level)
_BASE = re.compile(
    r"\s*(?:년|年)?\s*(?:말|초)?\s*(?:기준\s?)?(?:대비|比|보다|에\s?비해|에\s?비하여|의\s*(?:[\d.]+|두|세|네|다섯|열)\s*배"
    r"|(?:도\s?)?의\s*(?:약\s?)?[\d.]+\s*%"
    r"|(?:의\s?)?수준(?:에서|보다|에\s?비해|\s?대비|의\s?(?=\d)))"
)

# The year's level named by its measure, then 보다 (no topic or object on the way: "2025년 생산량은 작년보다
# …", "2030년 발전량을 지금보다 10배" compare with another time); or the year's time, 당시.
_BASE_PAST_NAME = re.compile(
    r"\s*(?:년|年)?\s?(?:의\s)?(?:(?:[^\s,]*[^\s.,은는을를]\s){0,3}?[^\s.,]*(?<!지금)(?<!현재)(?<!작년)(?<!지난해)(?<!전년)보다\s"
    r"|당시\s)"
)

# "2023년 업무계획", "2023년 工作计划", "'2024년 5G 응용 확대 업무계획'", "'디지털 중국 건설 2025년
# 행동방안'" (行动方案 as some outlets translate it): a one-year work plan.
_WORK_PLAN = re.compile(
    rf"(?:(?P<long>(?:19|20)\d{{2}})|[{_QUOTES}](?P<short>\d{{2}}))\s*(?:년|年)\s*(?:도\s*)?"
    # a quoted short name may stand between: "2024년 '1269' 행동계획"
    rf"[^'’\"」》(（]{{0,20}}?(?:[{_QUOTES}][^{_QUOTES}]{{1,15}}[{_QUOTES}]\s*)?"
    r"(?:업무\s*계획|工作计划|工作要点|업무계획|실행\s*계획|행동\s*계획|행동\s*방안|(?:작업|업무)\s*요점|(?:작업|업무)\s*지도\s*의견|工作指导意见)"
)


# The 14th Five-Year Plan: "14·5", "14.5", "十四五", "14차 5개년"; older plans still quoted in news
# ("제12차 5개년 계획기간 … 연평균 16%", "10.5계획기간중") as "12·5", "12차 5개년", or "12.5" where the
# plan is unmistakable: quoted ("'12.5'기간", "《12.5》시기") or followed by its time or plan word
# ("13.5기간", "10.5계획"). A bare "14.5" is the plan only where no counter follows: "13.5건" is a
# number; a bare "12.5" always is one.
# (a gloss may stand in brackets before the closing quote: "“13.5(13번째 5개년 계획)”말")
_PLAN_NUMBER_QUOTED = (r"(?<=['‘’\"“《「『〈<])", r"(?=(?:\s?[(（][^)）]{0,20}[)）])?['’\"”》」』〉>])")
_PLAN_WORD_AFTER = r"(?=\s?(?:기간|시기|계획|규획|期间|时期|规划))"


def _five_year_plan_pattern(n: int, zh: str | None) -> re.Pattern[str]:
    opening, closing = _PLAN_NUMBER_QUOTED
    # a plan of one digit ("8·5", the 1990s' news) is a plan only with its plan word after: "8·5" alone
    # may be a date
    dotted = rf"(?<![\d.]){n}\s*[·ㆍ]\s*5" + (r"(?![\d.])" if n >= 10 else _PLAN_WORD_AFTER)
    forms = [
        dotted,
        rf"(?<!\d){n}차\s*5개년",
        rf"(?<!\d){n}\s?번째\s*5개년",  # "13번째 5개년 계획"
        rf"{opening}{n}\.5{closing}",
        rf"(?<![\d.]){n}\.5{_PLAN_WORD_AFTER}",
    ]
    if zh:
        forms += [rf"(?<![\d.]){n}\.5(?=[\s'’\"”)]|$)", zh]
    return re.compile("|".join(forms))


_FIVE_YEAR_PLANS = {
    n: _five_year_plan_pattern(n, zh)
    for n, zh in (
        (6, None), (7, None), (8, None), (9, None), (10, None), (11, None), (12, None),
        (13, "十三五"), (14, "十四五"), (15, "十五五"),
    )
}  # fmt: skip
_FIVE_YEAR_PLAN_START = {n: 1981 + 5 * (n - 6) for n in _FIVE_YEAR_PLANS}  # the 6th: 1981-1985
# What every form above contains (a plan number and its mark, or 五): most lines have none, and
# the patterns, each opening with a lookbehind, would otherwise be tried at every letter.
_FIVE_YEAR_PLAN_MARK = re.compile(rf"(?:{'|'.join(map(str, _FIVE_YEAR_PLANS))})(?:\s*[·ㆍ]|\.|차|\s?번째)|五")


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int
    end: int
    until: bool  # "까지", "에 이르러": the year by which something is to be done
    as_of: bool = False  # "기준"/"현재": the date a figure describes ("'23년 5월 기준")
    base: bool = False  # "2020년 대비": the year a change is measured from, not the number's date


def _full_year(short: str | None, long: str | None) -> int:
    """ "'25" is 2025; "'98" and "오는 98년" are 1998 (no short year here reaches 2070)."""
    if long:
        return int(long)
    return (1900 if int(short) >= 70 else 2000) + int(short)


# The day a report came out, right after its year: "… 2024년 1월 22일 보도했다", "… 2023년 3월 5일(현지시간) 전했다".
_REPORTED_ON = re.compile(
    r"\s*(?:년|年)?\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*(?:[(（][^)）]{0,8}[)）]\s*)?(?:보도|전했|밝혔|발표했|공개했)"
)


def year_mentions(text: str) -> list[YearMention]:
    """Every calendar year printed in `text`, in order (periods count as their two ends)."""
    return list(_year_mentions(text))


# Every candidate of a sentence asks for the years of the same text: a few entries hold the
# sentences being read, never a bulletin's worth.
@lru_cache(maxsize=32)
def _year_mentions(text: str) -> tuple[YearMention, ...]:
    mentions = []
    for m in _YEAR.finditer(text):
        if not (m.group("short") or m.group("long")):
            continue
        # "'22년" and "2022년" are years; a bare 4-digit number only when it is a plausible year.
        if (
            m.group("long")
            and "년" not in m.group(0)
            and "年" not in m.group(0)
            and not _looks_like_year(text, m)
        ):
            continue
        if not m.group("after") and _REPORTED_ON.match(text, m.end()):
            continue  # "차이나데일리가 2024년 1월 22일 보도했다": the day of the report dates no figure
        year = _full_year(m.group("short"), m.group("long"))
        # "2025년까지 현재의 …": a deadline is never the date a figure describes
        as_of = not m.group("after") and dates_a_figure(text, m.end())
        # ("2015년 PM 2.5 농도보다 18% 이상 낮추기로": the level of that year a change is measured from,
        # past the measure's name; "2008년 당시 주경기장을 재활용해": what that year's time had, no date of a
        # later figure)
        base = (
            bool(_BASE.match(text, m.end()))
            or not m.group("after")
            and bool(_BASE_PAST_NAME.match(text, m.end()))
        )
        mentions.append(YearMention(year, m.start(), m.end(), bool(m.group("after")), as_of, base))
        end = _SHORT_END.match(text, m.end()) if m.group("long") else None
        if end and int(end.group(1)) > year % 100:
            # "(2016~20)": a period whose end year is printed short, counted like "2016~2020"
            mentions.append(
                YearMention(year // 100 * 100 + int(end.group(1)), end.start(1), end.end(1), False)
            )
    return tuple(mentions)


# The end of a period printed with two digits after its first year: "2016~20", "2021-25년".
_SHORT_END = re.compile(rf"\s?{_RANGE_CLASS}\s?(\d{{2}})(?![\d.,%])")


def _looks_like_year(text: str, m: re.Match[str]) -> bool:
    """A bare "2023" is a year in "2023 산업 인터넷 대회" but not in "2,023" or "1200 1500"."""
    before = text[max(0, m.start() - 1) : m.start()]
    after = text[m.end("long") : m.end("long") + 1]
    # (the second end of a period is one too: "행동계획(2015~2017)")
    opens = (
        before in ("", " ", "(", "'", "‘", "〈", "《", "「", "『") or bool(before) and before in _RANGE_MARKS
    )
    return opens and (after in ("", " ", ")", "·") or bool(after) and after in _RANGE_MARKS)


def period_from_text(text: str) -> tuple[int, int] | None:
    """The first plan period printed in `text`: (2023, 2025) for "(2023-2025)" or "('23~'25)"."""
    for m in _PERIOD.finditer(text):
        start, end = _expand(m.group("a")), _expand(m.group("b"))
        if start is None or end is None or not 0 < end - start <= 20:
            continue
        # A date range such as "'23년 1~4월" or "6.16~6.20" is no period: require a year form.
        if len(m.group("a")) == 2 and not re.search(rf"[{_QUOTES}(（]\s*$", text[: m.start() + 1]):
            continue
        return start, end
    return None


def _expand(digits: str) -> int | None:
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return year if 1990 <= year <= 2100 else None


# "2026년을 위한 조기 투자 계획", "2027년도를 위한 예산": what is planned for a year is due in it.
_FOR_YEAR = re.compile(
    rf"(?:(?P<long>(?:19|20)\d{{2}})|[{_QUOTES}](?P<short>\d{{2}}))\s*(?:년|年)\s*(?:도\s*)?(?:을|를)\s*위한"
)


def year_planned_for(text: str) -> int | None:
    m = _FOR_YEAR.search(text)
    return _full_year(m.group("short"), m.group("long")) if m else None


def work_plan_year(text: str) -> int | None:
    m = _WORK_PLAN.search(text)
    return _full_year(m.group("short"), m.group("long")) if m else None


def five_year_plan(text: str) -> tuple[int, int] | None:
    if not _FIVE_YEAR_PLAN_MARK.search(text):
        return None
    for number, pattern in _FIVE_YEAR_PLANS.items():
        if pattern.search(text):
            start = _FIVE_YEAR_PLAN_START[number]
            return start, start + 4
    return None


# The time of a five-year plan, not its title: "14차 5개년(2021~2025) 기간 동안", "14·5 시기". ("13차
# 5개년 계획(2016년~2020년) 기간 동안 … 증가했고" is as often the review of a plan as its time.)
# A quote may close the number and a plan word stand before the time: "'12.5'기간", "10.5계획기간중".
# The time it starts from is a review: "'13차 5개년(2016~2020년)' 기간부터 … 강해졌으며".
_PLAN_TIME = re.compile(
    r"\s*['’\"”》」』〉>]?\s*(?:[(（][^)）]{0,15}[)）])?\s*(?P<word>(?:계획|규획)\s?)?(?:기간|시기|期间|时期)"
    r"(?:\s*[(（][^)）]{0,15}[)）])?(?!\s*(?:부터|이래|以来))"
)


def five_year_plan_time(text: str, plan_word: bool = True) -> int | None:
    """The end year of the five-year plan whose time `text` names ("14차 5개년 기간 동안" → 2025):
    what is to be done in that time is due by its end. Without `plan_word`, only the time itself
    counts ("14·5 시기"), not the plan's ("12차 5개년 계획 기간 내에는")."""
    if not _FIVE_YEAR_PLAN_MARK.search(text):
        return None
    for number, pattern in _FIVE_YEAR_PLANS.items():
        for m in pattern.finditer(text):
            time = _PLAN_TIME.match(text, m.end())
            if time and (plan_word or not time.group("word")):
                return _FIVE_YEAR_PLAN_START[number] + 4
    return None


@lru_cache(maxsize=32)  # asked again for the line of each record it gives
def plan_period(text: str) -> tuple[int, int] | None:
    """The period a plan title states: explicit years first, then a work-plan year, then a 5-year plan."""
    if period := period_from_text(text):
        return period
    if year := work_plan_year(text):
        return year, year
    return five_year_plan(text)


def format_period(period: tuple[int, int] | None) -> str | None:
    if period is None:
        return None
    start, end = period
    return str(start) if start == end else f"{start}-{end}"
