"""Articles → commitment records (docs/commitment-record.md).

For each article the extractor first settles what the article is about — who
issued it, where it applies, which plan period it belongs to — then reads every
line: each number with a unit is a candidate, and a candidate becomes a record
only when its clause looks forward (a future year, 까지, or a verb of action such
as 육성/구축/달성) and nothing marks it as a fact already reached, a forecast, a
threshold, or a count that only describes the document. Year-by-year target
tables give one record per cell. A number repeated in the summary, a headline
or a restating heading is kept once, at its first full statement in the body.

Every decision is named: each candidate gets its `Evidence` once and a `Decision` that records
the rule of etl/rules.py that took or rejected it (`python -m etl explain FILE:LINE` prints both).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache, partial

from etl import gazetteer, periods, sectors
from etl.article import SENTENCE_END, display_title, is_headline, is_item_title, is_running_prose
from etl.article import layout as article_layout
from etl.clauses import (
    N_FINAL,
    PAST_STEM,
    Candidate,
    candidates,
    continuation_of,
    continues_previous,
    is_overlong,
    sentences,
)
from etl.config import EXTRACTOR_VERSION
from etl.model import Article, Bulletin, Commitment, Line, RejectedCandidate, Table
from etl.numbers import (
    CURRENCIES,
    QUALIFIER_WORDS_AFTER,
    Quantity,
    find_quantities,
    leading_quantity,
    parse_korean_number,
    rate,
    unit_table,
)
from etl.rules import RULES, Evidence, alternation, confidence, describe, vocabulary
from etl.subjects import MARKUP, PARTICLE_TAIL, clean_subject, list_subject, rate_subject


@dataclass(frozen=True)
class ArticleContext:
    """What an article is about, settled once before its lines are read."""

    bulletin: Bulletin
    article: Article
    issuer: str
    region: str
    city: str | None
    plan: tuple[int, int] | None  # the plan period the article's plan states
    deadline: int | None  # a year the headline or ■ line sets: "■ 우한시, '27년까지 …"
    research: bool  # a research-results or statistics article: only explicit targets count
    private: bool  # the headline's actor is a company, university or think tank, not a government
    # the title or lead tells of this year's work ("연변, 올해 숲 4만 헥타르 조성"): it dates the
    # article's targets that print no year, without making any figure a target
    this_year: bool = False
    won_is_yuan: bool = False  # the file never names the yuan: its 원 is 元 (etl/data/extraction.toml)
    # a shared name the article glosses once ("산시(山西)성"): its bare mentions read the same way
    readings: tuple[tuple[tuple[str, str | None], tuple[str, str | None]], ...] = ()

    def reading(self, place: tuple[str, str | None]) -> tuple[str, str | None]:
        return dict(self.readings).get(place, place)

    @property
    def issue_year(self) -> int:
        return self.bulletin.issue_date.year

    @property
    def issue_month(self) -> int:
        return self.bulletin.issue_date.month

    @cached_property
    def text(self) -> str:
        """The article's lines as one text, where a person or body is introduced once for all."""
        return "\n".join(line.text for line in self.article.lines)


@dataclass(frozen=True)
class Extraction:
    """What the extractor made of one bulletin: the records it took and the numbers it did not."""

    records: list[Commitment]
    rejected: list[RejectedCandidate]


def extract(bulletin: Bulletin) -> Extraction:
    """The bulletin's commitments and the candidates its rules rejected."""
    decisions = bulletin_decisions(bulletin)
    records = [d.record for d in decisions if d.record is not None]
    rejected = [d.rejection(bulletin.id) for d in decisions if d.record is None]
    return Extraction(sorted(records, key=lambda c: (c.line, c.occurrence)), rejected)


def extract_bulletin(bulletin: Bulletin) -> list[Commitment]:
    """Every quantitative commitment of a bulletin, in line order."""
    return extract(bulletin).records


def bulletin_decisions(bulletin: Bulletin) -> list[Decision]:
    """Every candidate number of the bulletin with its decision, in line order
    (what `python -m etl explain` prints)."""
    decisions: list[Decision] = []
    for article in bulletin.articles:
        decisions.extend(article_decisions(article_context(bulletin, article)))
    return sorted(decisions, key=lambda d: d.line.number)


# --- 1. the article's context ------------------------------------------------


def article_context(bulletin: Bulletin, article: Article) -> ArticleContext:
    vocab = vocabulary()
    readings = gazetteer.glossed_readings("\n".join(line.text for line in article.lines))
    place = article_place(article)
    region, city = readings.get(place, place)
    research = (
        article.part in vocab.research_parts
        or (article.category or "") in vocab.research_categories
        or is_report(article.headline, bulletin.issue_date.year)
    )
    return ArticleContext(
        bulletin=bulletin,
        article=article,
        issuer=gazetteer.normalise_issuer(article_issuer(article), region, city),
        region=region,
        city=city,
        plan=article_plan(article, bulletin.issue_date.year),
        deadline=headline_deadline(article, bulletin.issue_date.year)
        or lead_deadline(article, bulletin.issue_date.year),
        this_year=tells_of_this_year(article),
        research=research,
        private=is_private_actor(headline_actor(article.headline)) or leads_with_an_expert(article),
        won_is_yuan=not converts_into_won(bulletin.lines)
        and (not names_the_yuan(bulletin.lines) or glosses_won_as_yuan(bulletin.lines)),
        readings=tuple(readings.items()),
    )


# Another currency's amount converted into won in brackets: "800억 달러(약 92조3600억원)", "500억
# 위안(약 9조원)", "9천 마카오 파타카(약 132만2천 원)".
# (or after a comma, "270억 달러, 약 35조 원 규모"; or won named as our money, "우리돈 38조 원")
_INTO_WON = re.compile(
    r"(?:달러|유로|엔|위안|파타카)\s?[(（]\s?(?:한화|원화)?\s?(?:약\s?)?[\d,.]+[\d,.\s조억만천]*원[)）]"
    r"|(?:달러|유로|엔),\s?약\s?[\d,.]+[\d,.\s조억만천]*원|우리\s?돈\s?(?:약\s?)?[\d,.]+[\d,.\s조억만천]*원"
    # (or any amount converted into won named as such: "인민폐 13조원(한화.약 1천3백조원)")
    r"|[(（]\s?(?:한화|원화)[\s.,:]*(?:약\s?)?[\d,.]+[\d,.\s조억만천백]*원"
)


@lru_cache(maxsize=8)  # asked once per article of the same file
def converts_into_won(lines: tuple[str, ...]) -> bool:
    """The file converts dollars (or euros, yen, yuan) into won: its 원 amounts are won, like those
    conversions, even where it never names the yuan."""
    return any(_INTO_WON.search(line) for line in lines)


@lru_cache(maxsize=8)  # asked once per article of the same file
def names_the_yuan(lines: tuple[str, ...]) -> bool:
    """The file prints the yuan by one of its names: its 원 amounts are won, conversions."""
    names = [counter for counter, (unit, _) in unit_table().items() if unit == "CNY"]
    pattern = re.compile(alternation([*names, *vocabulary().yuan_names]))
    return any(pattern.search(line) for line in lines)


def is_report(headline: str, issue_year: int) -> bool:
    """A headline that reports rather than plans: "쑤저우(蘇州)시, 중국 신에너지산업 집중도 3위",
    "'22년 NSFC 사업 예산 및 분야 발표" (a past year), "…연간보고 발표"."""
    vocab = vocabulary()
    if _has(headline, vocab.plan_headline):
        return False
    mentions = periods.year_mentions(headline)
    if any(m.year > issue_year and not m.base for m in mentions) and not _has(headline, vocab.forecast):
        return False  # "신규 원전 10기 승인…"2030년 세계 1위 등극"": a rank in a year ahead is an aim
    past = [m for m in mentions if m.year < issue_year and not m.until]
    return bool(past) or _has(headline, vocab.report_headline)


def is_private_actor(actor: str | None) -> bool:
    """ "화웨이, …", "칭화대, …", "글로벌 싱크탱크(CCG), …": a headline actor that is a company,
    university or institute, not a government. Its plans are no public commitments (GUIDELINES)."""
    if not actor or gazetteer.issuer_place(actor)[0] or gazetteer.find_places(actor) or _CHINA.search(actor):
        return False
    vocab = vocabulary()
    # "룽지(隆基)그린에너지"; a quoted title names a policy, not its author: "中 'AI+제조' 정책 발표"
    name = _QUOTED_TITLE.sub("", _BRACKETED.sub("", actor)).strip()
    if _has(name, vocab.reporting_bodies):
        return False  # "KOTRA, …": who reports the plan
    if name.endswith(vocab.official_titles):
        return False  # "싱하이밍 대사, “중국은 …”": an official speaking, whose 대사 ends like a company (사)
    return (
        _has(name, vocab.companies)
        or name.endswith(vocab.company_suffixes)
        or bool(re.search(vocab.private_actor_pattern, name))
        or latin_organisation(name)
    )


# "中", "중국": the country itself.
_CHINA = re.compile(r"中(?![가-힣])|중국(?!\s*(?:기업|업체|회사))")
# A subject with its nominative particle opening the sentence: "중국이 …", "베이징시가 …".
_NOMINATIVE_OPENING = re.compile(r"([^\s,]{1,15})(?:이|가)\s")
_QUOTED_TITLE = re.compile(r"['‘“「《『][^'’”」》』]*['’”」》』]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z&]*")


# The last character of a number, in digits or in words: "1600", "1천", "3만".
_NUMBER_END = re.compile(r"[\d천만억조백]")


def latin_organisation(name: str) -> bool:
    """A name in Latin letters ("BYD", "Unitree", "CATL는"): an organisation, unless every Latin
    word is a technology's or a measure's acronym ("AI+제조", "ESS 산업")."""
    acronyms = vocabulary().technology_acronyms
    # (a unit printed after its number, "1600cc", "500MW", "1천cc", measures: it names no one)
    found = _LATIN_WORD.finditer(name)
    words = [m.group() for m in found if not (m.start() and _NUMBER_END.match(name[m.start() - 1]))]
    words = [w for w in words if len(w) >= 2 or w.isupper()]
    return any(w not in acronyms and len(w) >= 2 for w in words)


def headline_deadline(article: Article, issue_year: int) -> int | None:
    """The deadline a title sets for the article: its "'27년까지", or the issue's year for a title
    of this year's targets ("올해 성장률 목표 5% 안팎" over a work report's figures)."""
    titles = (article.headline, article.subheadline or "")
    if year := next((until_year(title) for title in titles if until_year(title)), 0):
        return year
    if any(plans_next_year(title, issue_year) for title in titles if title):
        return issue_year + 1  # "中, 2026년 소비 부양에 '12조 원' 투입" in the last days of 2025
    return issue_year if any(sets_this_year(title, issue_year) for title in titles) else None


def plans_next_year(title: str, issue_year: int) -> bool:
    """A title that says what is planned or spent next year: "2026년 소비 부양에 … 투입"."""
    vocab = vocabulary()
    return any(
        m.year == issue_year + 1
        and not (m.until or m.base or m.as_of)
        and not _MONTH_AFTER.match(title, m.end)
        for m in periods.year_mentions(title)
    ) and (_has(title, vocab.lead_plan_nouns) or has_verb(title, vocab.funding_verbs))


def lead_deadline(article: Article, issue_year: int) -> int | None:
    """The year the article's first sentence sets, where the title sets none: a lead that
    announces this year's goals ("… 업무 보고를 통해 올해 … 성장 목표를 발표했다") dates the figures
    of the article that print no year of their own. (A lead's "'27년까지 …" dates its own
    sentence only: "최대 1억 위안을 지원하고, '26년까지 … 목표" leaves the support undated.)"""
    return issue_year if sets_this_year(lead_sentence(article), issue_year) else None


def tells_of_this_year(article: Article) -> bool:
    """Whether the title tells of work this year ("상하이 올해 공원 120곳 증설", "中 국무원, 올해 석탄
    3억t 추가 생산 주문") or the lead says what is to be done this year ("연변이 올해 … 사용할 방침이다").
    A title that reports a part of the year or a fact ("올해 상반기 … 늘어났다") tells of none."""
    vocab = vocabulary()
    titles = [title for title in (article.headline, article.subheadline or "") if title]
    for title in titles:
        if _has(title, vocab.historical_predicates) or _has(title, vocab.forecast):
            continue
        if _names_this_year(title):
            return True
    return _plans_this_year(lead_sentence(article))


# After a this-year word, a part of the year or a start, not the year's work: "올해 상반기",
# "올해 1~5월", "올해 1분기", "올해부터", "올해 들어".
_THIS_YEAR_SPAN = re.compile(r"\s?(?:부터|들어|상반기|하반기|[\d~\-\s]+(?:월|분기))")


def leads_with_an_expert(article: Article) -> bool:
    """An article with no title whose lead's subject is an expert ("중국 칭화대학 교수이자 국정전문가인
    후안강 교수는 2020년 중국국가발전목표에서 … 권고했다고 … 보도했다"): what follows are the expert's
    proposals, no public body's plan, as under a think tank's headline."""
    if article.headline:
        return False
    subject = _SENTENCE_SUBJECT.match(strip_dateline(lead_sentence(article)))
    return bool(subject) and subject.group(1).strip().endswith(vocabulary().expert_titles)


def lead_sentence(article: Article) -> str:
    """The first sentence of the article's first prose line, "" when it has none; a web page's deck of
    short title-like lines above the story ("2025년 성장률 목표 6%로 설정, … 시사") is no sentence."""
    prose = _prose_lines(article)
    first = next((line for line in prose if not is_headline(line.text)), next(iter(prose), None))
    if first is None:
        return ""
    start, end = sentences(first.text)[0]
    return first.text[start:end]


def sets_this_year(text: str, issue_year: int | None = None) -> bool:
    """A text that sets this year's goals: the issue's year as a word beside a plan noun ("올해 … 목표"),
    or, in a title or lead (`issue_year` given), as a number ("30개 성이 … 2026년 GDP 성장률 목표를
    확정했다", "2026년 업무 보고를 발표한 가운데"): not a deadline ("2026년까지"), which dates its own."""
    this_year = bool(_this_year().search(text)) or (
        issue_year is not None
        and any(
            m.year == issue_year and not m.until and not m.base and not _MONTH_AFTER.match(text, m.end)
            for m in periods.year_mentions(text)
        )
    )
    return this_year and _has(text, vocabulary().lead_plan_nouns)


# A year with its month dates a step taken ("2006년 6월에는 … 지정하였다"), not the year's goals; so
# does a quarter or the first half, the period a report reviews ("2025년 1분기 중국 국채는 … 달성했으며").
_MONTH_AFTER = re.compile(r"\s?(?:\d{1,2}\s?월|[1-4]\s?분기|상반기)")


def headline_actor(headline: str) -> str | None:
    """The actor KOSTEC headlines print before the first comma: "베이징, '로봇산업 …' 수립". A head
    that states an amount or a year is the news itself, no one's name: "27년까지 설비 투자 25% 확대, …"
    (a count may name actors: "20개 부처, …")."""
    head, sep, _ = strip_dateline(headline).partition(",")
    head = head.strip()
    amounts = [q for q in find_quantities(head) if q.unit != "count"]
    if not sep or len(head) > 25 or amounts or periods.year_mentions(head):
        return None
    return head


def lead_subject(article: Article) -> str | None:
    """The subject of the article's first body sentence: "베이징 경제정보화국은 '…'을 발표" → 베이징 경제정보화국."""
    for line in _prose_lines(article):
        m = re.match(
            r"^[\s\-▶●•*#]*(?:최근\s*|이번에\s*|지난\s*\d+월\s*)?(?:중국\s+)?([^,'‘“「《]{2,30}?)(?:은|는)\s",
            strip_dateline(line.text),
        )
        if m and m.group(1).strip().endswith(vocabulary().news_outlets):
            return None  # "홍콩 …모닝포스트는 … 보도했다": who reports, not whose plan
        if m and _PUBLISHED_IN.search(m.group(1).strip()):
            return None  # "쓰촨성에서 발행되는 화시도시보는 …": where the paper that reports comes out
        return m.group(1).strip() if m else None
    return None


# A news dateline or byline: "(베이징=신화통신)", "[상하이=뉴스핌] 김선영 기자 =", "[가상통신 베이징
# 1월13일]" names where the story was filed, not where a target applies.
_DATELINE = re.compile(
    r"[(\[【]\s*[가-힣A-Za-z·\s]{1,12}=\s*[^)\]】]{1,25}[)\]】](?:\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*=?)?"
    r"|[(\[【]\s*[가-힣A-Za-z·\s]{2,20}\s\d{1,2}\s?월\s?\d{1,2}\s?일\s*[)\]】]"
    r"|[(\[【]\s*[가-힣·\s]{1,15}무역관\s*[)\]】]"  # "(중국 베이징 무역관)": the trade office that reports
    # the place a wire report was filed from and its agencies, without "=": "【북경 AFP 연합】"
    r"|[(\[【]\s*[가-힣]{2,6}\s+(?:[A-Z]{2,5}\s*[·=]?\s*)?(?:연합|교도|신화|로이터|AP|AFP)\s*[)\]】]"
)
# … unbracketed, as Chinese outlets' Korean services print it: "북경 7월 23일발 인민넷소식:", the place
# and day a report was sent from (발, 發). (A pattern of its own, tried only where 발 stands: opening
# with a letter class, it is tried at every letter of the text.)
_SENT_FROM = re.compile(
    r"(?<![\w가-힣])[가-힣]{2,6}\s?\d{1,2}\s?월\s?\d{1,2}\s?일\s?발(?![가-힣])(?:\s?[가-힣A-Za-z]{1,12}(?:소식|통신|보도))?\s*[:：]?"
)


# … or unbracketed, a place and the reporter or agency that filed from it: "베이징=홍길동특파원",
# "상하이=홍길동 기자", "베이징.도쿄=외신종합", "홍콩=연합뉴스", or a paper's correspondent in a place:
# "가상경제 베이징 특파원 홍길동 기자=" (tried only where = stands, for the same reason).
_FILED_BY = re.compile(
    r"(?<![\w가-힣])[가-힣]{2,6}(?:[.·][가-힣]{2,6})*\s?=\s?"
    r"(?:[가-힣]{2,4}\s?(?:기자|특파원|통신원)|외신종합|[가-힣]{1,6}(?:뉴스|통신|연합)(?![가-힣]))"
    r"|(?<![\w가-힣])[가-힣]{2,6}\s?(?:특파원|주재기자)\s?[가-힣]{2,4}\s?기자\s?="
)


def strip_dateline(text: str) -> str:
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    text = _DATELINE.sub(blank, text)
    if "=" in text:
        text = _FILED_BY.sub(blank, text)
    return _SENT_FROM.sub(blank, text) if "발" in text else text


def article_issuer(article: Article) -> str:
    """The body named in the lead ("베이징 경제정보화국은 …") when it is the headline's actor or a
    part of it, else the headline's actor."""
    actor, subject = headline_actor(article.headline), lead_subject(article)
    if actor and subject and (actor in subject or subject in actor):
        return subject
    return actor or subject or "중국"


def article_place(article: Article) -> tuple[str, str | None]:
    """The jurisdiction an article's plan applies to: the headline's actor, else its lead sentence,
    else the headline, else the place its first prose lines name as their subject ("베이징시는 …");
    where none names one, the province a provincial paper calls "우리 성" (our province)."""
    place = _named_article_place(article)
    if place == ("National", None):
        return _our_province(article) or place
    return place


# "우리 성은 … 100만무 조림을 조성하고": a provincial paper of the Korean-language press of China
# writing of its own province, which the article names somewhere ("흑룡강성 림초국에 따르면").
# (never "우리 성과", our results, nor "우리 성장")
_OUR_PROVINCE = re.compile(r"우리\s?성(?:(?![가-힣])|(?=은|의|에서|에|이\s))")


def _our_province(article: Article) -> tuple[str, str | None] | None:
    lines = [line.text for line in article.lines]
    if not any(_OUR_PROVINCE.search(text) for text in lines):
        return None
    for text in [article.headline, *lines]:
        provinces = [p for p in gazetteer.find_places(text) if p.kind in ("province", "city")]
        if provinces:
            return provinces[0].region, None
    return None


def _named_article_place(article: Article) -> tuple[str, str | None]:
    actor = headline_actor(article.headline)
    if actor and not _CHINA.sub("", actor).strip():
        actor = None  # "중국, …" names the country, not who in it: the lead says ("과학기술부와 장쑤성은")
    texts = [actor, lead_subject(article), strip_dateline(article.headline)]
    for text in filter(None, texts):
        place = place_of(text)
        if place == ("National", None):
            # "국무원, '장자커우시 … 시범구 발전계획' 비준": a central body's plan for one province,
            # which the lead keeps naming, applies there
            return dominant_place(article) or place
        if place:
            region, city = place
            if city is None and region != "National":
                city = _city_in_lead(article, region)
            return region, city
    for line in _lead_lines(article):
        if is_item_title(line.text):
            break  # a newsletter's items: each names its own place (item_context)
        # "중국 저장성(Zhejiang)이 …": the country names where the actor is, not the actor
        if place := _opening_place(_COUNTRY_FIRST.sub("", strip_dateline(line.text))):
            return place
    return dominant_place(article) or titled_plan_place(article) or ("National", None)


_COUNTRY_FIRST = re.compile(r"^\s*중국\s+")
# A document title in brackets or quotes: "<료녕성 2024년 … 실시방안>", "《…행동계획》", "'…방안'".
_DOCUMENT_TITLE = re.compile(r"[<《「『〈'‘]([^<>《》「」『』〈〉'‘’]{4,80})[>》」』〉'’]")


def titled_plan_place(article: Article) -> tuple[str, str | None] | None:
    """The province or city the title of the plan the lead reports names, where nothing else
    places the article: "일전 인쇄발부된 <료녕성 2024년 소비품 이구환신 … 실시방안>에 따르면 …"."""
    vocab = vocabulary()
    for line in _lead_lines(article):
        for title in _DOCUMENT_TITLE.findall(line.text):
            if not _has(title, vocab.plan_documents):
                continue
            places = [p for p in gazetteer.find_places(title) if p.kind != "national"]
            if places:
                return places[0].region, places[0].city
    return None


def dominant_place(article: Article) -> tuple[str, str | None] | None:
    """The one province (or economic region) the lead keeps naming when no title or subject names
    the actor ("2017년 광둥의 GDP … 광둥 성장은 … 광둥성 지역생산총액"): at least twice and twice as
    often as any other — three times and thrice beside a central body, which a national article
    citing a province's example names too."""
    regions: Counter[str] = Counter()
    cities: Counter[tuple[str, str]] = Counter()
    central = False
    for line in _lead_lines(article):
        # (not a gloss in brackets: "Zhenhai(Zhejiang), Huangdao(Shandong)의 석유비축기지" lists where)
        for place in gazetteer.find_places(_LATIN_GLOSS.sub(" ", strip_dateline(line.text))):
            if place.kind == "national":
                central = True
                continue
            regions[place.region] += 1
            if place.city:
                cities[(place.region, place.city)] += 1
    # beside a central body ("국무원이 <해남 국제관광섬 … 의견>을 발표"), the province must dominate more
    times = 3 if central else 2
    ranked = regions.most_common(2)
    if not ranked or ranked[0][1] < times or (len(ranked) > 1 and ranked[0][1] < times * ranked[1][1]):
        return None
    region = ranked[0][0]
    in_region = [(city, n) for (r, city), n in cities.most_common() if r == region]
    return region, in_region[0][0] if in_region else None


_LATIN_GLOSS = re.compile(r"[(（][A-Za-z][^)）]*[)）]")


def item_context(ctx: ArticleContext, title: str) -> ArticleContext:
    """The context of a newsletter item's lines: the actor its title names ("♣ 장시성, …") is
    their issuer and place, the plan it names ("2024년 '1269' 행동계획") their plan; a title that
    names no actor leaves the page's."""
    title = title.lstrip().lstrip("".join(article_layout().item_title_marks)).strip()
    actor = headline_actor(title)
    place = place_of(actor) if actor else None
    if place is None:
        return ctx
    plan = periods.plan_period(title) or ctx.plan
    return replace(ctx, issuer=actor, region=place[0], city=place[1], plan=plan)


# What may stand before the subject a lead opens with: bullets, a day, a source ("베이징만보에
# 따르면"), "최근": not "일례로, 상하이는 …", which names an example inside a national story.
_LEAD_OPENING = re.compile(
    r"[\s\-▶●•*#□○◦ㅇ]*(?:\d{1,2}일\s*)?(?:[^,.]{0,20}에 (?:따르면|의하면),?\s*)?"
    r"(?:최근\s*|지난\s*\d+월\s*|(?:지난\s*)?\d{1,2}월\s*\d{1,2}일\s*(?:에는|에|)\s*)?"  # "…에 따르면 8월 12일 허난성 정부는"
)


def _opening_place(text: str) -> tuple[str, str | None] | None:
    """The place a lead line opens with as its subject: "상하이시가 …", "9일 …에 따르면 베이징시는 …"."""
    opening = _LEAD_OPENING.match(text)
    start = opening.end() if opening else 0
    places = gazetteer.find_places(text[start : start + 40])
    if places and places[0].start == 0 and places[0].kind != "national":
        if topic := topic_place(text[start : start + places[0].end + 25]):
            return topic
        if text.startswith("의 ", start + places[0].end):
            return places[0].region, None  # "허난성의 성도인 정저우 공항에 …": the lead is about it
    return None


# How many prose lines open an article: its lead, where the actor is named.
_LEAD_LINES = 3


def _prose_lines(article: Article) -> list[Line]:
    """The body lines that are prose, not a page's metadata left in the body ("과학망", "저자",
    "발행일", "5,927", "2025-03-04  KIPOST"): a line with a sentence's worth of Korean."""
    return [line for line in article.lines if line.kind == "body" and _PROSE.match(line.text)]


def _lead_lines(article: Article) -> list[Line]:
    """The prose lines that open the article's text, past the deck of short marked lines a web
    page prints under its title ("■ 2030년까지 생산액 600억 위안 … 목표"), which name no actor."""
    lines = _prose_lines(article)
    deck = 0
    while (
        deck < len(lines) - 1
        and _DECK_LINE.match(lines[deck].text)
        and not SENTENCE_END.search(lines[deck].text)
    ):
        deck += 1
    return lines[deck : deck + _LEAD_LINES]


_DECK_LINE = re.compile(r"^\s*[■▶►◆●•-]\s*.{0,60}$")
_PROSE_SYLLABLES = 10
# that many Hangul syllables anywhere in a line, found without counting every one of a long line
_PROSE = re.compile(rf"(?:[^가-힣]*[가-힣]){{{_PROSE_SYLLABLES}}}")


# A place as the subject or topic of its sentence: "상하이(上海)는", "베이징시가", "장시성에서는".
# (a gloss in brackets may stand between: "저장성(Zhejiang)이 …")
# (or its government: "허난성 정부는", "광저우시 인민정부가", "신장 당국은")
_TOPIC_AFTER = re.compile(
    r"\s?(?:[(（][^)）]{1,20}[)）])?(?:\s?(?:인민)?정부|\s?당국)?(?:은|는|이|가|에서는|도)\s"
)


def topic_place(text: str) -> tuple[str, str | None] | None:
    """The last place `text` names as a subject or topic ("일례로, 상하이(上海)는 …"), None when
    the text names China itself as one ("중국은 …") after it or names none."""
    topic = None
    for place in gazetteer.find_places(text):
        if _TOPIC_AFTER.match(text, place.end):
            topic = None if place.kind == "national" else (place.region, place.city)
    return topic


def _city_in_lead(article: Article, region: str) -> str | None:
    """A province-level headline whose first lines name the city: "후베이성 …" / "이창시(宜昌市)에서 …"."""
    body = [strip_dateline(line.text) for line in _prose_lines(article)][
        :2
    ]  # "(하얼빈=신화통신)" files, not places
    for text in body:
        for place in gazetteer.find_places(text):
            if place.kind == "city" and place.region == region:
                return place.city
    return None


def place_of(text: str) -> tuple[str, str | None] | None:
    """The place a short actor text names: a central body → National; a city → its province.
    A place that names an event or a paper names no actor: "…베이징 동계올림픽 띄우기 나선 중국"."""
    text = _without_venues(text)
    region, city = gazetteer.issuer_place(text)
    if region:
        return region, city
    places = gazetteer.find_places(text)
    if not places:
        return None
    cities = [p for p in places if p.city]
    chosen = cities[0] if cities else places[0]
    return chosen.region, chosen.city


def _without_venues(text: str) -> str:
    """`text` with every place that names an event or a paper blanked: "베이징 동계올림픽이 열리는",
    "상하이 데일리에 따르면" say where something happens or is printed, not whose plan it is."""
    for p in gazetteer.find_places(text):
        if _VENUE_AFTER.match(text, p.end) or _names_outlet(text, p.end):
            text = text[: p.start] + " " * (p.end - p.start) + text[p.end :]
    return text


def title_texts(article: Article) -> list[str]:
    """What titles the article: its headline and ■ line, or for a text pasted without its title
    the first sentence, which names the plan as a title would ("… 14차 5개년 계획 … 요강에서는 …")."""
    if article.headline:
        return [article.headline, article.subheadline or ""]
    return [lead_sentence(article)]


def article_plan(article: Article, issue_year: int) -> tuple[int, int] | None:
    """The plan period the article's plan states, from its title lines or its reference titles.

    Background lines are not read: a lead that recalls "14·5 기간동안" is no plan title.
    """
    titles = [*title_texts(article), *(ref.title or "" for ref in article.references)]
    for text in titles:
        if period := periods.plan_period(text):
            return period
    if any(_names_work_report(text) for text in titles):
        return issue_year, issue_year  # "총리, 정부업무보고 발표": this year's plan
    for line in _prose_lines(article)[:_LEAD_LINES]:
        # A plan title quoted in the lead with its period: 「기업 기술혁신역량 강화 방안(2022-2023)」,
        # or its year: "‘2025년도 에너지 작업 지도의견’을 발표"
        if period := periods.period_from_text(line.text):
            return period
        if year := periods.work_plan_year(line.text):
            return year, year
        if years := _YEARS_PLAN.search(line.text):
            # "발개위는 '3개년 동북진흥전략'을 발표했다": a plan of so many years from the issue's
            return issue_year, issue_year + int(years.group(1)) - 1
        if (plan := periods.five_year_plan(line.text)) and plan[0] > issue_year:
            # "…내년부터 시작되는 12차 5개년계획 기간 …": the plan yet to start that the lead announces
            # is the article's (a running plan a lead recalls is background)
            return plan
        if _names_work_report(line.text) or _congress_report().search(line.text):
            return issue_year, issue_year  # "정부업무보고를 했다": this year's plan
    return _table_years(article)


# A plan named by how many years it runs: "3개년 동북진흥전략", "2개년 행동계획" (not the 5개년 of "12차
# 5개년 계획" or "13번째 5개년 계획", a five-year plan by number).
_YEARS_PLAN = re.compile(
    r"(?<![\d차째])(?<!차\s)(?<!째\s)([2-9])\s?개년\s?[^\s'’]{0,12}(?:계획|전략|방안|규획)"
)


def _names_work_report(text: str) -> bool:
    """The government work report named, maybe with a gloss inside its name: "정부공작(업무)보고"."""
    return _has(text, vocabulary().work_reports) or _has(_BRACKETED.sub("", text), vocabulary().work_reports)


@cache
def _congress_report() -> re.Pattern[str]:
    # a work report delivered at a people's congress session: "… 인민대표대회 제5차회의' 업무보고에서"
    return re.compile(
        rf"(?:{alternation(vocabulary().congress_sessions)})[^.]{{0,40}}?(?:업무|공작|사업)\s?보고"
    )


def _table_years(article: Article) -> tuple[int, int] | None:
    """A year-by-year target table implies the plan period it spans (2023년 … 2025년)."""
    for table in article.tables:
        years = year_columns(table)
        if years:
            return min(years.values()), max(years.values())
    return None


# --- 2. is it a commitment? --------------------------------------------------


# "올해 5G 공장 1만 개 건설", "연내 …": the issue's own year, printed as a word.
@cache
def _this_year() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary().this_year))


# A day or part of the year with no year printed is the issue's own: "오는 26일 … 발행",
# "이달 23일에", "연말까지", "하반기에" (months alone, "오는 3월", may fall in the next year).
@cache
def _this_year_date() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![가-힣])(?:{alternation(vocabulary().this_year_dates)}|오는\s?\d{{1,2}}\s?일|올(?=\s?\d{{1,2}}\s?월))"
    )


# …unless a year or a past or next year stands just before it: "2024년 하반기", "지난해 하반기",
# "작년 연말", "내년 상반기" ("올 하반기" is this year's).
# ("해" as a year only after a word that makes it one, "지난해", "그 해": not the verb ending of "대비해 년내")
_YEAR_BEFORE_DATE = re.compile(
    r"(?:\d\s?(?:년|年)?|(?:지난|그|이듬|전|다음|올)\s?해|작년|지난|전년|내년|래년|명년)\s?$"
)


@cache
def _next_year() -> re.Pattern[str]:
    # at the start of a word ("내년까지", "내년도"), never inside one ("미래년")
    return re.compile(rf"(?<![가-힣])(?:{alternation(vocabulary().next_year)})")


def temporal_anchor(
    line_text: str, position: int, clause_end: int, issue_year: int = 0, issue_month: int = 0
) -> periods.YearMention | None:
    """The year a number is dated by: the nearest year printed before it on its line,
    else one printed after it in the same clause ("연산력 300 EFLOPS ('25)"). With the issue's month,
    a month deadline with no year is dated too ("오는 8월까지")."""
    mentions = [m for m in periods.year_mentions(line_text) if not _dates_a_from_value(line_text, m)]
    if issue_year:
        mentions += [  # "올 연말까지", "올해 말까지": a deadline this year ("올해 5월 기준": a date)
            _this_year_mention(line_text, m, issue_year) for m in _this_year().finditer(line_text)
        ]
        mentions += [  # "내년까지": a deadline next year
            periods.YearMention(issue_year + 1, m.start(), m.end(), line_text.startswith("까지", m.end()))
            for m in _next_year().finditer(line_text)
        ]
        mentions += [  # "오는 26일", "이달 23일에", "연말까지", "올 8월 말 기준": a day or part of this year
            _this_year_mention(line_text, m, issue_year)
            for m in _this_year_date().finditer(line_text)
            if not _YEAR_BEFORE_DATE.search(line_text, 0, m.start())
        ]
        spans = [  # "2006년부터 향후 5년간": the span's last year (2010), not its first
            periods.YearMention(int(m.group(1)) + int(m.group(2)) - 1, m.start(), m.end(), True)
            for m in _SPAN_FROM_YEAR.finditer(line_text)
            if 0 < int(m.group(2)) <= 30
        ] + [  # "올해부터 5년 동안", "내년부터 3년간": the same, from the issue's year or the next
            periods.YearMention(
                issue_year + bool(m.group("next")) + int(m.group("years")) - 1, m.start(), m.end(), True
            )
            for m in _span_from_now().finditer(line_text)
            if 0 < int(m.group("years")) <= 30
        ]
        mentions = [m for m in mentions if not any(s.start <= m.start < s.end for s in spans)] + spans
        mentions += [  # "오는 8월 11일까지": a month still ahead of the issue
            periods.YearMention(year, m.start(), m.end(), True)
            for m in _MONTH_DEADLINE.finditer(line_text)
            if (year := _month_deadline_year(m, issue_year, issue_month))
            and not _YEAR_BEFORE_DATE.search(line_text, 0, m.start())
        ]
        mentions += [  # "금세기말까지": by the last year of this century (2000 for a page of 1995)
            periods.YearMention((issue_year - 1) // 100 * 100 + 100, m.start(), m.end(), True)
            for m in _CENTURY_END.finditer(line_text)
        ]
        mentions += [  # "5년 후엔 … 11%를 넘어선다": a sentence opening on a time so many years ahead
            periods.YearMention(issue_year + int(m.group(1)), m.start(), m.end(), True)
            for m in _YEARS_HENCE.finditer(line_text)
            # (said of the future: "5년 후 매출이 … 늘었다" tells a past from another start)
            if ends_in_present(line_text[m.end() : _sentence_end(line_text, m.end())])
        ]
        mentions += [  # "9월 말 시점으로 … 720만 채": the date a figure describes, a month of the issue's year
            periods.YearMention(issue_year, m.start(), m.end(), False, True)
            for m in _MONTH_AS_OF.finditer(line_text)
            if not _YEAR_BEFORE_DATE.search(line_text, 0, m.start())
        ]
        mentions += [  # "지난해 말 기준 678GW": the date a figure describes, a year before the issue's
            periods.YearMention(issue_year - 1, m.start(), m.end(), False, True)
            for m in _LAST_YEAR_AS_OF.finditer(line_text)
        ]
        mentions.sort(key=lambda m: m.start)
    mentions = [
        _plan_started_then(line_text, m) for m in mentions if not m.base
    ]  # "2020년 대비 18% 감소": a base, never the date
    mentions = [m for m in mentions if not _dates_the_base_of_a_later_year(line_text, m, mentions)]
    before = [m for m in mentions if m.end <= position]
    if before:
        return before[-1]
    after = [m for m in mentions if position <= m.start < clause_end]
    return after[0] if after else None


# A span of years counted from a year: "2006년부터 향후 5년간", "2025년부터 3년 동안".
_SPAN_FROM_YEAR = re.compile(
    r"((?:19|20)\d{2})\s?년\s?부터\s?(?:향후|앞으로)?\s?(\d{1,2})\s?년\s?(?:간|동안)"
)


@cache
def _span_from_now() -> re.Pattern[str]:
    vocab = vocabulary()
    return re.compile(
        rf"(?<![가-힣])(?:{alternation(vocab.this_year)}|(?P<next>{alternation(vocab.next_year)}))\s?부터\s?"
        r"(?:향후|앞으로)?\s?(?P<years>\d{1,2})\s?년\s?(?:간|동안)"
    )


# A month still to come that a deadline falls in, its year unprinted: "오는 8월 11일까지", "오는 6월
# 말까지" (not a bare "9월까지", which as often counts the months so far: "올 들어 9월까지 60개 …
# 가동됐으며").
_MONTH_DEADLINE = re.compile(
    r"(?<![가-힣\d])오는\s?(?P<month>\d{1,2})\s?월(?:\s?\d{1,2}\s?일)?\s?(?:말|초|중순|말경)?\s?까지"
)


def _month_deadline_year(m: re.Match[str], issue_year: int, issue_month: int) -> int | None:
    """The issue's year for a month not yet past, the next one's for a month past ("오는 3월까지"
    in December); None where the issue's month is unknown."""
    month = int(m.group("month"))
    if not issue_month or not 1 <= month <= 12:
        return None
    return issue_year if month >= issue_month else issue_year + 1


# A month named as the date of the figures after it: "9월 말 시점으로", "10월 기준", "5월 현재".
_MONTH_AS_OF = re.compile(r"(?<![가-힣\d])\d{1,2}\s?월\s?(?:말|초|\d{1,2}\s?일)?\s?(?:시점|기준|현재)")
_CENTURY_END = re.compile(r"(?:금세기|이번\s?세기)\s?말(?:까지|경까지)")


def _sentence_end(text: str, start: int) -> int:
    stop = re.compile(r"[.!?](?:\s|$)").search(text, start)
    return stop.end() if stop else len(text)


# A sentence that opens on so many years from now: "5년 후엔 총 에너지 소비에서 신에너지 비율이 11%를
# 넘어선다" (not "설립 5년 후 매출이 …": a span from some other start, inside a sentence).
# (a sentence starts after a stop, or after the blank the candidate's text puts in for the sentence before)
_YEARS_HENCE = re.compile(
    r"(?:^|(?<=[.!?\s]\s))(?:앞으로\s|지금부터\s)?(\d{1,2})\s?년\s?(?:후|뒤)(?:에는|엔|에|면|이면)?\s"
)


def _plan_started_then(text: str, mention: periods.YearMention) -> periods.YearMention:
    """The year a five-year plan starts, named as its start ("내년부터 시작되는 12차 5개년계획 기간"), dates
    what the plan sets by the plan's end, not by its first year."""
    if not text.startswith("부터", mention.end):
        return mention
    plan = periods.five_year_plan(text[mention.end : mention.end + _PLAN_NAMED_WITHIN])
    if plan is None or plan[0] != mention.year:
        return mention
    return replace(mention, year=plan[1], until=True)


# How far after "…부터" the plan that starts then may be named: "부터 시작되는 제12차 5개년 계획".
_PLAN_NAMED_WITHIN = 30
# Last year as the date of a figure: "지난해 말 기준", "작년 6월 말 기준", "지난해 말 현재".
_LAST_YEAR_AS_OF = re.compile(
    r"(?<![가-힣])(?:지난해|작년)\s?(?:말|연말|\d{1,2}\s?월\s?(?:말)?)?\s?기준"
    r"|(?<![가-힣])(?:지난해|작년)\s?(?:말|연말|\d{1,2}\s?월\s?말)\s?현재"
)


def _this_year_mention(text: str, m: re.Match[str], issue_year: int) -> periods.YearMention:
    until = bool(_UNTIL_AFTER.match(text, m.end()))
    # ("재정적자 목표는 올해보다 높은 GDP의 4%로": this year is what the figure is compared with)
    base = bool(_COMPARED_AFTER.match(text, m.end()))
    return periods.YearMention(
        issue_year, m.start(), m.end(), until, not until and periods.dates_a_figure(text, m.end()), base
    )


# A deadline after a year word: "까지", "말까지", "연말까지".
_UNTIL_AFTER = re.compile(r"\s?(?:말|연말)?\s?까지")
# A comparison after a year word: "올해보다", "올해 대비", "올해에 비해".
_COMPARED_AFTER = re.compile(r"\s?(?:보다|대비|에\s?비해|에\s?비하여)")


def _dates_a_from_value(text: str, mention: periods.YearMention) -> bool:
    """ "2022년의 260대에서 360대로", "2020년 기준 7만 개의 의료기관을 9만 개로": the year of the
    starting value, not of the target."""
    rest = text[mention.end :]
    # ("2010년의 1.5만톤으로부터 50만톤으로": from, as the Korean-language press of China writes 从;
    # "2008년 말의 1200만 킬로와트에서": a multiplier, then the unit set off by a space; "올해 규모(1450척)에서":
    # the level named, its figure in brackets)
    if re.match(
        r"\s*(?:년)?\s*(?:말)?\s*(?:의|에는|엔)?\s*(?:규모|수준)?\s*[(（]?[\d.,]+\s*[조억만천백]*\s?\S{0,8}?"
        r"(?:에서|으로부터|로부터)\s",
        rest,
    ):
        return True
    figure = _YEAR_THEN_FIGURE.match(rest)
    return bool(figure) and _changes_to_a_level(rest[figure.start(1) :])


def _dates_the_base_of_a_later_year(
    text: str, mention: periods.YearMention, mentions: list[periods.YearMention]
) -> bool:
    """A year word that dates the value a change starts from, where a later year stands just before
    it: "내년 평균 수입 관세율이 올해 10.4%에서 9.9%로" — 올해 is the base's, 내년 the level's."""
    if not _dates_a_from_value(text, mention):
        return False
    return any(
        other.year > mention.year and other.end <= mention.start and mention.start - other.end <= 40
        for other in mentions
    )


_YEAR_THEN_FIGURE = re.compile(r"\s*(?:년)?\s*(?:말)?\s*(?:기준)?\s*(?:의|에는|엔)?\s*([\d.,]+)")


# A day of a month: "오는 14일", "이달 23일".
_DAY_DATE = re.compile(r"\d{1,2}\s?일")
# Between a year and a multiple right after it, "기준으로": the year is the multiple's base.
_BASE_OF_MULTIPLE = re.compile(r"\s*(?:년)?\s*(?:수준\s?)?기준(?:으로|해)?\s*(?:약\s?)?")


# A year's level as the base of a change, right after the year: "금년도 수준에서", "올해 수준보다".
_YEARS_LEVEL = re.compile(r"\s?도?\s?(?:의\s)?수준(?:에서|보다|대비|에\s?비해|으로부터)")


@lru_cache(maxsize=64)  # read by the status rules, the evidence and the target year in turn
def anchor_of(candidate: Candidate, issue_year: int, issue_month: int = 0) -> periods.YearMention | None:
    """The year a candidate's number is dated by (one definition for the status, the target
    year and an actual's as-of year alike)."""
    # (a year after the number dates it up to its own past predicate only: "…20곳에 … 설치를 마쳤고 2020년까지
    # 30곳을 늘린다는 계획이다" dates the 30, not the 20)
    clause_end = candidate.quantity.end + len(own_predicate(candidate.rest))
    anchor = temporal_anchor(candidate.text, candidate.quantity.start, clause_end, issue_year, issue_month)
    if (
        anchor is not None
        and anchor.start < candidate.clause_start
        and (own := _own_deadline_after(candidate))
    ):
        # "2050년까지 23개 노선 … 건설토록 되어 있는데 이 중 8개 노선 1,012km는 2020년까지 완성토록": the
        # deadline of its own clause, printed after it, dates it, not the clause before
        return own
    if anchor is not None and _AFTER_THAT.search(candidate.text, anchor.end, candidate.quantity.start):
        return None  # "2020년 5800kW까지 늘리고 이후 3000만kW를 확대해": after the year, not by it
    if anchor is not None and _YEARS_LEVEL.match(candidate.text, anchor.end):
        return None  # "배출량을 금년도 수준에서 다시 20% 낮추고": the level a cut starts from, no date
    if (
        anchor is not None
        and anchor.start < candidate.clause_start
        and _DAY_DATE.search(candidate.text, anchor.start, anchor.end)
        and not re.search(r"(?:19|20)\d{2}|\d{2}\s?년", candidate.text[anchor.start : anchor.end])
        and ends_in_past(candidate.clause)
    ):
        # "전인대는 오는 14일까지 계속되며 … 대표 3000여명이 참석했다": a day dates the event of its own
        # clause, not a deed told in the past after it ("오는 25일을 전후해 … 10곳을 선정할 계획" keeps it)
        return None
    if (
        anchor is not None
        and anchor.as_of
        and "배" in candidate.quantity.text
        and _BASE_OF_MULTIPLE.fullmatch(candidate.text, anchor.end, candidate.quantity.start)
    ):
        return None  # "GDP가 2000년 기준으로 4배가 될 것": the year the multiple is counted from
    if (
        anchor is not None
        and anchor.as_of
        and anchor.start < candidate.clause_start
        and find_quantities(candidate.text[anchor.end : candidate.clause_start])
    ):
        # "작년 말 현재 고속도로는 17만여km인데, 이 기간 … 20만km로 늘리겠다는 계획": the date of the
        # figure of its own clause, not of the plan after it ("'22년 말 기준, 중국은 … 230만 개" keeps it)
        return None
    if (
        anchor is None
        and _BY_MEANS_OF.search(candidate.clause)
        and (deadline := _DEADLINE_OPENS.match(candidate.text, clause_end))
    ):
        # "5년 동안에 루계로 7억 2800만원을 투입해 2023년까지 방호림대 …를 복구": the means take the
        # deadline of the end they serve
        found = periods.year_mentions(deadline.group())
        if found:
            return periods.YearMention(
                found[0].year, clause_end + found[0].start, clause_end + found[0].end, True
            )
    if (
        anchor is None
        and _has(candidate.sentence[:8], vocabulary().anaphora)
        and not reports_fact(candidate.tail)
    ):
        # "…2025년까지 … 목표를 제시했다. 이를 통해 … 240억 위안 창출": the sentence carries on the one before
        # (not what it reports as done since: "이에 따라 지난 1월 … 점유율은 … 27.9%를 기록했고")
        anchor = temporal_anchor(
            candidate.line.text, candidate.quantity.start, clause_end, issue_year, issue_month
        )
    return anchor


def _own_deadline_after(candidate: Candidate) -> periods.YearMention | None:
    """A year by which (…까지) printed after the number in its own clause."""
    start, end = candidate.quantity.end, candidate.clause_start + len(candidate.clause)
    for mention in periods.year_mentions(candidate.text[start:end]):
        if mention.until:
            return replace(mention, start=start + mention.start, end=start + mention.end)
    return None


def _has(text: str, words: tuple[str, ...]) -> bool:
    return bool(words) and _words_pattern(words).search(text) is not None


# "단일 프로젝트 보조는 최대 1,000만 위안": the support named before the amount it caps.
@cache
def _funding_topic() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{alternation(vocabulary().funding_topics)})(?:은|는|이|가)?\s*(?:최대|최고|약)?\s*$"
    )


# "40만개로 늘리고", "1ms 이내로 공제", "20% 이상으로 향상": a number set as the level to reach.
_TO_LEVEL = re.compile(r"^\s*(?:이상|이내|이하|미만|까지|안팎|내외|가량|정도|수준|전후)?\s*(?:으로|로)\s")


_ALREADY = re.compile(r"(?<![가-힣])이미\s")


# A clause that closes on the means to what follows ("…을 투입해 ", "…을 들여 "), and the deadline the
# next clause opens with ("2023년까지 ").
_BY_MEANS_OF = re.compile(r"[가-힣](?:해|하여|들여)[,]?\s*$")
_DEADLINE_OPENS = re.compile(r"\s*(?:(?:19|20)\d{2}\s?년|['’‘′]\d{2}\s?년?)\s?(?:말|연말)?\s?까지")
# A time after the one named: "… 이후 3000만kW를", "그 뒤", "그 후".
_AFTER_THAT = re.compile(r"(?<![가-힣])(?:이후|그\s?후|그\s?뒤)(?![가-힣])")


# (or a day of next month or next year: "내달 20일부터 5000위엔까지 면세를 실시키로")
_COMING_DATE = re.compile(r"(?:오는|내달|다음\s?달|내년)\s?(?:\d{1,2}\s?월\s?)?(?:\d{1,2}\s?일)?$")


def _looking_back(match: re.Match[str], replacement: str) -> str:
    """`replacement` for a phrase that looks back; "부터" after "올해" or "내년" counts from now on
    ("올해부터 기업당 연간 최대 500만 위안을 지원"), not from a past start ("2020년부터")."""
    before = match.string[: match.start()]
    if match.group() == "부터" and (
        before.endswith((*vocabulary().this_year, "내년", "내달", "다음 달", "다음달"))
        or _COMING_DATE.search(before)  # "오는 20일부터 세 차례에 걸쳐": from a date ahead
        or not _TIME_BEFORE.search(before)  # "철도 총길이부터 … 비율까지": the first of a list, no time
        or _COMING.match(match.string, match.end())  # "지난 2월부터 오는 12월까지": a span that runs on
    ):
        return match.group()
    return replacement


# A time ahead that a span from the past runs to: "…부터 오는 12월까지", "…부터 내년까지".
_COMING = re.compile(r"\s?(?:오는|다가오는|내년|내달|연말)")
# A time "부터" can start from: "2020년부터", "3월부터", "그때부터", "출범 이후부터".
_TIME_BEFORE = re.compile(r"(?:년|월|일|때|해|시기|이래|이후|초|말|분기|반기)\s?$")


# A count of projects a body decided on, in the past: "… 1백개 재개발 프로젝트를 승인했다", "7개의 국가급
# 경제개발 프로젝트를 확정했다" — the list decided, not a count yet to reach (not "…를 승인할 계획").
# The target the figure is the level of, told as met: "…의 4배로 증가시키는 목표를 최근 달성함에 따라",
# "…을 건설한다는 목표를 이미 초과 달성했다".
def _still_ahead(anchor: periods.YearMention | None, issue_year: int) -> bool:
    return anchor is not None and anchor.year >= issue_year


# A target stated with a copula in the past, "목표치는 8.0%였고": the target of a time gone by.
_TARGET_WAS = re.compile(
    r"\s?(?:이상|이하|안팎|내외|정도|가량|수준|선)?\s?(?:이었|였)(?:고|다|으며|는데|지만|으나|던)"
)
_TARGET_TOPIC = re.compile(r"목표(?:치|액|량)?(?:는|은|가|이)\s(?:[^\s\d]+\s)?(?:약\s?)?$")
_TARGET_ALREADY_MET = re.compile(
    r"\s?(?:으로|로|을|를)?\s?(?:[가-힣]+\s)?[가-힣]{1,8}(?:는|한다는|하겠다는)\s목표(?:를|을)\s"
    r"(?:\S+\s){0,2}?(?:초과\s?)?달성(?:했|하였|함|한\s|해\s|하여)"
)
# A plan called off, named right after its figure: "약 200만 톤 규모의 구리 제련 설비 증설 계획을 중단했다".
# (or denied: "추가로 500억위앤 규모의 국채를 발행할 계획이 없다고 밝혔다")
_PLAN_DROPPED = re.compile(
    r"\s?(?:규모의?\s)?(?:[^\s,.]+\s){0,4}?[^\s,.]*(?:계획|사업|프로젝트)(?:을|를|이|가|은|는)?\s?(?:전면\s?|잠정\s?)?"
    r"(?:중단|취소|철회|보류|백지화|폐기)(?:했|하였|됐|되었|한\s|된\s|시켰)"
    r"|\s?(?:규모의?\s)?(?:[^\s,.]+\s){0,4}?[^\s,.]*(?:할|될)\s(?:계획|방침|예정)(?:은|이)\s?(?:전혀\s)?없"
)
# A quotation opened and closed: “…”, "…".
_CLOSED_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"]")
# A former target (_FORMER_TARGET) passed: "당초 목표였던 5만7천 개를 뛰어넘었다".
_PASSED = re.compile(
    r"\s?(?:을|를)?\s?(?:훨씬\s)?(?:뛰어넘었|넘어섰|넘었|초과했|초과하였|돌파했|달성했|달성하였|웃돌았)"
)
_PROJECTS_DECIDED = re.compile(
    r"\s?(?:의\s)?(?:[^\s,.]+\s){0,3}?[가-힣]*(?:프로젝트|사업|항목|공정)(?:을|를)\s"
    r"(?:최종\s?|잇따라\s?)?(?:승인|비준|확정|선정|허가)(?:했|하였|됐|되었)"
)


# Works or a plan being pursued, in the progressive: "…대상건설을 추진하고있는데", "…건설을 추진 중".
_PURSUING = re.compile(r"추진\s?하고\s?있|추진\s?중")
# What a body pursues or plans, named as a nominalised clause: "…제한하는 것을 추진하고 있다".
_PURSUED_AFTER = re.compile(r"(?:는|할)\s?것을\s?(?:추진|계획)(?:하고|하며|한다|중|했|하는)")


# A plan or its date named only as what a deed is measured against: "예정보다 6개월 빠른", "계획보다
# 1년 앞당겨", "당초 목표 대비".
# (or the end of a plan's period: "'13차 5개년 계획' 말보다 6배 이상 증가한")
_PLAN_COMPARED = re.compile(
    r"(?:예정|계획|목표)(?:일|치)?['’」』》]?\s?(?:기간\s?)?(?:말|초)?\s?(?:보다|대비|에\s?비해)"
)


# A measure named as what a plan (规划) lays out, as the topic the figure sizes: "기획면적은 42제곱킬로미터",
# "규획 인구 30만 명", "총 규획면적이 약 120㎢" (계획 is a plan noun of its own and needs no rule here).
_PLANNED_MEASURE = re.compile(r"(?:기획|규획)\s?(?:면적|인구|용지)(?:은|는|이|가)?\s?(?:총|약|모두)?\s?$")


# The year so far, up to a month past: "올 들어 9월까지", "올해 들어", "지난 8월 말까지".
_SO_FAR = re.compile(r"(?<![가-힣])(?:올|올해|금년)\s?들어|지난\s?\d{1,2}\s?월\s?(?:말|초)?\s?까지")
# A quote that closes on the figure, its predicate the copula: "…사망자수가 798명"이라며 ".
_QUOTE_CLOSED_BY_COPULA = re.compile(r"\s?[\"”’']\s?(?:이)?라(?:며|면서|고)\s")


# Works opened a day or days ago, joined to what they bring about: "… 노선이 전날 개통되면서 ", "지난 28일
# 완공됨에 따라 ".
_OPENED_JUST_NOW = re.compile(
    r"(?<![가-힣])(?:전날|어제|그제|지난\s?\d{1,2}\s?일|\d{1,2}\s?일)\s?(?:[(（][^)）]{0,8}[)）])?\s?"
    r"(?:[^.,]{0,30}?\s)?(?:개통|완공|준공|개장|개항)(?:되면서|하면서|됨에\s?따라|되어|돼)\s"
)


@cache
def _opening_looking_back() -> re.Pattern[str]:
    """A sentence's opening words that look back: "지금까지 ", "현재까지 "."""
    return re.compile(rf"(?:{alternation(vocabulary().past_until)})\s")


# What was planned, modifying the whole a part done is counted from: "도태할 예정이였던 소형 석탄보이라 ".
_PLANNED_WHOLE = re.compile(r"(?:할|될)\s?(?:예정|계획)(?:이였던|이었던|였던|인)\s(?:[^\s,.]+\s){0,3}$")
# … and the part done so far, right after the whole: "55대중 현재 47대를".
_PART_DONE_AFTER = re.compile(r"\s?(?:가운데|중)\s?(?:현재|이미|지금까지)?\s?(?:약\s?)?\d")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def status(candidate: Candidate, ctx: ArticleContext, inherited: int | None = None) -> tuple[str | None, str]:
    """('target' | 'actual' | None, the deciding rule's name): forward-looking, a fact reached,
    or neither / not ours.

    `inherited` is the deadline of the lead bullet the line sits under ("- '26년까지 …" /
    " - (R&D) … 매출의 15% 차지"): under it, a plain verb states the plan, not a fact."""
    vocab = vocabulary()
    # a comparison in brackets ("발행(전년 대비 5000억 위안 증가) 예정") reports no fact of the number
    clause = candidate.clause
    for phrase in vocab.past_until:  # "현재까지 40개 …" looks back, not forward
        clause = re.sub(re.escape(phrase), lambda m: _looking_back(m, "현재"), clause)
    # a plan a deed is measured against plans nothing: "예정보다 6개월 빠른 23개월 만에 개통했다"
    clause = _PLAN_COMPARED.sub(_blank, clause)
    rest, tail = _PLAN_COMPARED.sub(_blank, candidate.rest), _PLAN_COMPARED.sub(_blank, candidate.tail)
    rest = _QUOTE_CLOSED.split(rest, maxsplit=1)[
        0
    ]  # "…75%를 돌파했다”라며 《계획》 …": the plan word is the reporter's
    if is_level_now_modifier(candidate):
        # "현재 480만대인 … 등록대수는", "현재 … 1% 수준에 머물고 있는 … 비중이 … 3%까지": the level now, whatever
        # the sentence plans or foresees
        return "actual", "as_of_figure"
    if _PLANNED_MEASURE.search(candidate.text, candidate.clause_start, candidate.quantity.start):
        # "단지 전반 기획면적은 50제곱킬로미터에 달하며": a zone's planned (规划) area or population is a
        # plan, whatever verb sizes it
        return "target", "planned_measure"
    if candidate.quantity.unit == "CNY" and (
        _FUND_SET_UP.match(candidate.text, candidate.quantity.end)
        or _SET_UP_BEFORE.search(candidate.text, 0, candidate.quantity.start)
        and _FUND_NAMED_AFTER.match(candidate.text, candidate.quantity.end)
    ):
        # "50억 위안 규모의 산업 전용 펀드도 함께 조성됐다", "상하이시가 … 마련한 100억위엔에 달하는 전문기금은"
        return "target", "fund_set_up"
    if (
        _SET_AS_TARGET.match(rest)
        and _has(tail, vocab.target_outcomes)
        and not this_years_target_named(candidate, ctx.issue_year)
    ):
        return (
            None,
            "outcome_reported",
        )  # "지난해 12.5%를 목표로 정한 …는 10.8%에 머물렀으며": a target gone by
    if _PLAN_DROPPED.match(rest):
        return None, "plan_dropped"  # "약 200만 톤 규모의 … 증설 계획을 중단했다": called off
    if _TARGET_ALREADY_MET.match(rest):
        return None, "outcome_reported"  # "…4배로 증가시키는 목표를 최근 달성함에 따라": a target met
    if _FORMER_TARGET.search(
        candidate.text, candidate.sentence_start, candidate.quantity.start
    ) and _PASSED.match(rest):
        return None, "outcome_reported"  # "당초 목표였던 5만7천 개를 뛰어넘었다": a target passed
    if candidate.quantity.unit == "count" and _PROJECTS_DECIDED.match(MARKUP.sub("", rest)):
        return (
            "actual",
            "projects_decided",
        )  # "1백개 재개발 프로젝트를 승인했다": a list decided, not to build
    if _BEAT_TARGET.match(rest):
        return "actual", "historical_cue"  # "10.7%의 성장률로 목표를 0.7%p 초과했다": the outcome
    if (
        _TARGET_WAS.match(rest)
        and _TARGET_TOPIC.search(candidate.text, candidate.clause_start, candidate.quantity.start)
        and not _still_ahead(anchor_of(candidate, ctx.issue_year, ctx.issue_month), ctx.issue_year)
    ):
        # "지난해 성장 목표치는 8.0%였고 실제 성장률은 9.2%였다": a target gone by (not "2020년 … 목표치는
        # 53GW였지만 … 48GW에 머물 것으로 예상" in 2019: still ahead)
        return None, "outcome_reported"
    if _QUOTED_GOALS.match(candidate.tail):
        # ""…10만 위안 이상, … 12.2년에 이르며……" 서기가 발표한 기본적인 현대화의 주요 목표와 내용은":
        # the quote is the goals announced, whatever verb closes it
        return "target", "stated_target"
    if (
        _NAMED_TARGET.match(rest)
        # "성장률 목표를 2%~3%로 재확인하며": the level the target is put at, whatever the verb
        or _TARGET_OBJECT_BEFORE.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        and _TO_LEVEL.match(rest)
        # "연간 … 발행 목표액(3.08조 위안)의 47.4%": the target's value, given in brackets, that progress
        # is measured against (not "목표치(12건)를 조기 달성", met, nor "작년 목표(4% 이상) 대비")
        or _TARGET_GLOSSED.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        and _SHARE_OF_IT.match(candidate.text, candidate.quantity.end)
        or this_years_target_named(candidate, ctx.issue_year)
        or goals_set_out(candidate, ctx.issue_year)
        or glosses_a_target(candidate)
    ) and not asks_whether(candidate.tail):  # ("…성장률 목표를 부과할지 관심이 쏠린다": an open question)
        # "비중이 20% 목표를 초과 달성할 것이라고 전망", "올해 성장률 목표치인 7.0%를 하회했다": the
        # target named, whatever happened to it
        return "target", "stated_target"
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    if _IF_TO_REACH.search(before) and _NEEDED.match(candidate.text, candidate.quantity.end):
        # "…목표를 달성하려면 1조7500억위안의 투자가 필요하지만": what reaching it would take, an estimate
        return None, "forecast"
    if _PAST_MONTH_UNTIL.search(before) and ends_in_past(_QUOTATIVE.split(candidate.tail, maxsplit=1)[0]):
        # "지난 7월말까지는 … 9500만톤 규모의 생산 설비가 감축돼 … 38%에 불과했고": progress so far (the
        # target it is measured against, "…도 목표 4500만톤의 47%", stays the year's target)
        if _TARGET_IS.search(before):
            return "target", "stated_target"
        return "actual", "historical_cue"
    if _ESTIMATED_LEVEL.match(candidate.tail):
        # the level now as estimated ("올해 200억위안으로 예상되는 생산액을 2015년 400억위안으로
        # 끌어올리기로"): the base of the plan, no figure of it
        return None, "forecast"
    if is_from_value(candidate):  # (whatever expectation the change is worded with)
        return "actual", "from_value"
    if is_share_of_plan_met(candidate):
        return "actual", "plan_share_met"
    if _WAS_LEVEL.match(candidate.tail):
        return "actual", "historical_cue"  # "지난해 32억t이었던 석탄생산량을 … 제한할 계획": what it was
    if _LAST_YEAR_BEFORE.search(candidate.text, candidate.clause_start, candidate.quantity.start) and (
        _DONE_BY_IT.match(candidate.text, candidate.quantity.end)
    ):
        return "actual", "historical_cue"  # "지난해 480만TEU를 처리한 서커우항과 합쳐 …": what it did
    if (
        describes_state_now(candidate)
        or _SIZE_UNDER_WAY.match(candidate.tail)
        or _MADE_EACH_DAY.search(candidate.text, candidate.clause_start, candidate.quantity.start)
    ):
        # "60㎢ 규모로 건설중인 신도시를 … 도시로 육성": the size of works under way, which the plan takes on
        return "actual", "state_to_change"
    if _OPENED_JUST_NOW.search(candidate.sentence) and not re.search(
        vocab.explicit_forward, _WILL_COME_TO.sub(" ", candidate.sentence)
    ):
        # "108km 길이의 지하철 5개 노선이 전날 개통되면서 … 총 길이는 336km에 달하게 된다": what the
        # opening a day ago brought the network to, reached (its 게 된다 no plan)
        return "actual", "historical_cue"
    if _SCENE.search(candidate.sentence):
        return "actual", "historical_cue"  # "400명의 현장 로동자가 … 분주하게 움직이는 모습이다": a scene now
    if _LEVEL_GOING_ON.match(candidate.tail):
        return "actual", "historical_cue"  # "경제성장률이 연 8∼10%에 이르고 있어 …": the level it is at now
    if _ARROW_CHANGE.match(candidate.text, candidate.quantity.end):
        return "actual", "historical_cue"  # "수출액 10%↑": a headline's change reported by its arrow
    if _MONEY_TO_SPEND.search(candidate.text, candidate.sentence_start, candidate.quantity.start) or (
        candidate.quantity.unit in _MONEY
        and (
            _COST_TO_TAKE.match(candidate.text, candidate.quantity.end)
            or _MONEY_PUT_TO.match(candidate.text, candidate.quantity.end)
        )
    ):
        # "…이 공동 투자할 자금은 100억위안에 달한다", "총 16억9500만위엔이 소요된다": money yet to spend
        return "target", "forward_verb"
    if candidate.quantity.unit in _MONEY and _BUDGET_PASSED.match(candidate.text, candidate.quantity.end):
        # "1조5,138억 위앤(227조원 상당) 규모의 올해 예산안을 통과시켰다": the size of the year's budget
        return "target", "allotted_level"
    if _STATISTICS_CITED.search(candidate.sentence) and reports_fact(candidate.tail):
        # "통계국이 발표한 통계에 따르면 올해 … 총생산량은 1억4천978만t으로 집계됐다": the source of a
        # fact, not someone's expectation
        return "actual", "historical_cue"
    # (the estimate of another figure forecasts nothing of this one; nor does a forecast after the
    # quote the number stands in: "…증설을 목표로 하고 있다"며 "…넘어설 것"으로 전망했다)
    own_clause = clause[: candidate.quantity.end - candidate.clause_start] + rest
    # "…120개 설립을 목표로 하면서 시장이 성장할 것이라는 전망도 나온다": the guess is the next clause's
    own_clause = _TARGET_SET_THEN.split(own_clause, maxsplit=1)[0]
    if (
        _has(_ESTIMATED_LEVEL.sub(" ", _without_false_forecasts(own_clause)), vocab.forecast + vocab.claims)
        # "…1조 위엔을 돌파할 것이며 … 유지하게 될 것으로 보인다": the closing outlook governs the joined will
        or _WILL_JOINED.search(own_clause)
        and _FORECAST_END.search(candidate.sentence)
        or is_forecast(candidate)
        or foresees_when(candidate)
        or _OUTCOME_FORESEEN.match(candidate.tail)  # "…을 초과하며 … 기록할 것이 확실시되고 있다"
    ):
        if (
            asks_whether(candidate.tail)
            or _has(candidate.tail, vocab.fears + vocab.claims + vocab.potentials)
            or foresees_when(candidate)
            or _OUTCOME_FORESEEN.match(candidate.tail)
        ):
            return (
                None,
                "forecast",
            )  # an open question, a fear, a claim or a guess at when is no plan's figure
        if yields_once_done(candidate):
            return None, "forecast"  # (even in an article on a plan)
        anchor = anchor_of(candidate, ctx.issue_year, ctx.issue_month)
        span = years_within(candidate)  # "계획'에 따르면 향후 3년 내에 … 전망된다": the plan's own span
        year = anchor.year if anchor is not None else ctx.issue_year + span if span else None
        # "계획에 따르면 2026년까지 … 달할 것이다. … 넘어설 것으로 예상된다": its paragraph's deadline
        year = year or paragraph_deadline(candidate, ctx.issue_year) or None
        if anchor is not None and anchor.as_of:
            # "2010년 현재 연간 여객 1,300만 명 … 수준에 도달한 …": a statistic
            return "actual", "as_of_figure"
        if year is not None and is_plan_figure(candidate, ctx, year):
            return "target", "plan_forecast"
        if year is None and (
            follows_from_plan(candidate, inherited, ctx.issue_year) or follows_from_decision(candidate, ctx)
        ):
            return "target", "plan_forecast"
        cited = _plan_citation().search(candidate.sentence) or _TARGETS_CITED.search(candidate.sentence)
        if year is None and cited and not _has(candidate.sentence, vocab.forecasters + vocab.companies):
            return "target", "plan_forecast"  # "통지 목표에 따르면 … 60만대 이상이 보급될 것으로 예상된다"
        if _STAGE_OF_PLAN.match(candidate.sentence) and paragraph_deadline(candidate, ctx.issue_year):
            return (
                "target",
                "plan_forecast",
            )  # "2027년까지 … 실현한다. 이 시기에는 … 70%를 넘어설 것으로 전망되며"
        # (whatever deadline the paragraph sets: "…2020년에 이르러 … 목표로 내세웠고 … 총 투자액은 22.5억원에
        # 달할것으로 전망")
        if is_project_cost(candidate, ctx):
            return "target", "plan_forecast"
        if is_design_figure(candidate):
            return "target", "plan_forecast"
        if _OUTLOOK_SET_OUT.match(candidate.tail) and not _has(candidate.sentence, vocab.forecasters):
            # "중국은 올해 6% 이상의 경제성장률 전망치 제시": the expected target (预期目标) a government sets out
            return "target", "stated_target"
        if (
            _names_this_year(candidate.sentence)
            and is_allotted_level(candidate, this_year=True)
            and not _has(candidate.sentence, vocab.forecasters)
        ):
            # "올해 국방 예산은 1,046억위안으로 작년보다 12.7% 증가, 사상 최대규모가 될 전망": this year's
            # budget, whatever its record is expected to be
            return "target", "allotted_level"
        if expects_this_years_goal(candidate, ctx, year):
            return "target", "plan_forecast"
        return None, "forecast"
    if _FOUNDATION.match(MARKUP.sub("", rest)):
        return "actual", "foundation"
    if (
        candidate.quantity.unit == "count"
        and lists_items(tail)
        and not re.search(vocab.explicit_forward, rest)
        and not _LIST_ITEM_VALUE.match(rest)  # "△고용창출 1,000만개 이상 △…": an item's value
        and not _LEVEL_TO_SET.match(rest)  # "보급 목표를 7만 대로 제시": a level set, no list
        and not _IN_LIST_ITEM.search(
            candidate.text, 0, candidate.quantity.start
        )  # "… △고용창출 1,000만개를 제시"
    ):
        return (
            None,
            "listed_in_document",
        )  # "27개 전방기술과 18개 기초과학문제 … 제기" (not "…가 되도록 … 제시")
    # (not the plan of "연간 계획의 139.5%를 완수했다", how much of it was done)
    planned = bool(
        re.search(
            vocab.explicit_forward,
            _TARGET_MET.sub(" ", _PLAN_MET.sub(" ", _PLAN_NAMES_A_YEAR.sub(" ", own_predicate(rest)))),
        )
    )
    if not planned and has_verb(own_predicate(rest), vocab.forward) and _PURSUED_AFTER.search(candidate.tail):
        # "…을 GDP 단위당 3% 줄이고, … 500만톤으로 제한하는 것을 추진하고 있다": the verbs joined by 고 are
        # both what is pursued
        planned = True
    if not planned and figure_follows(candidate):
        # "각각 동기 대비 22.3%, 40% 성장을 목표로": the figures of a list share the predicate after the last
        planned = bool(re.search(vocab.explicit_forward, _PLAN_MET.sub(" ", tail))) and not reports_fact(tail)
    if not planned and _LISTED_MARK.search(
        candidate.text, candidate.sentence_start, candidate.quantity.start
    ):
        # "정책에 △… 최대 3000만 위안의 보조금 지급 △… 등을 담았다": the items a document holds
        planned = bool(_CONTENTS_LISTED.search(tail))
    if _FELL_SHORT.match(candidate.text, candidate.quantity.end):
        return "actual", "historical_cue"  # "상반기까지 900만톤을 넘기지 못해": the level not reached
    if (
        _SO_FAR.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        and (_COPULA.match(rest) or _QUOTE_CLOSED_BY_COPULA.match(candidate.text, candidate.quantity.end))
        and not planned
    ):
        # "올 들어 9월까지 광산 사고로 인한 사망자수가 798명"이라며 "…": the year's tally so far, stated
        return "actual", "historical_cue"
    if _EQUIVALENT_TO.search(candidate.sentence) and candidate.sentence.lstrip().startswith("이는"):
        # "이는 약 60만 가구의 … 사용량을 충족하는 양으로 … 감축하는 효과가 있다": what the figure before
        # amounts to, whatever deadline the paragraph set
        return "actual", "historical_cue"
    if _PLANNED_WHOLE.search(candidate.text, candidate.clause_start, candidate.quantity.start) and (
        _PART_DONE_AFTER.match(candidate.text, candidate.quantity.end)
    ):
        # "올해 안에 도태할 예정이였던 소형 석탄보이라 55대중 현재 47대를 도태시켰고": the plan's whole, which
        # the part done so far is counted against
        return "target", "planned_items"
    if _DONE_THEN.match(_QUOTATIVE.split(candidate.tail, maxsplit=1)[0]):
        # "3일 1천병상 규모의 … 병원을 연 데 이어 오는 6일에는 … 개원할 예정이다": the deed done first, whatever
        # the next clause plans
        return "actual", "historical_cue"
    if (
        _opening_looking_back().match(candidate.sentence.lstrip())
        and not planned
        and not re.search(vocab.explicit_forward, candidate.clause)
        # (not a clause with a deadline of its own: "현재까지 … 지방정부는 7곳으로, 이들은 2030년까지 … 보급한다")
        and not _still_ahead(anchor_of(candidate, ctx.issue_year, ctx.issue_month), ctx.issue_year)
    ):
        # "지금까지 항원검사 … 주간 생산능력은 5억인분, …, 마스크 … 1억개, …": a sentence that opens looking
        # back dates every figure of its list as now
        return "actual", "historical_cue"
    if _SAME_PERIOD_COMPARED.match(candidate.text, candidate.quantity.end) and not planned:
        # "PM2.5 년평균 농도가 39.8μg/㎥로 전년 동기 대비 0.6μg 감소, …": a period's level set against
        # the same period a year before, reported (not "…로 전년 동기 대비 …% 늘릴 계획")
        return "actual", "historical_cue"
    if _OVERACHIEVED.match(candidate.text, candidate.quantity.end):
        return (
            "actual",
            "historical_cue",
        )  # "…250만명 초과 달성한 것을 근거로 올해 …하겠다": beaten, whatever is planned after
    anchor = anchor_of(candidate, ctx.issue_year, ctx.issue_month)
    if anchor is not None:
        if anchor.as_of:  # "'24년 기준 9.9%로 목표에 근접" reports progress towards a target
            # (not one met: "8월 말 기준 … 290만t을 넘어서며 … 목표를 조기에 달성했다")
            if _has(rest, vocab.as_of_plan_words) and not _TARGET_MET.search(rest):
                return "target", "as_of_progress_plan"
            return "actual", "as_of_figure"
        # (a report's hearsay of an outcome is no plan, dated or not: "그 결과 … 용량은 연말까지
        # 3억kW가 되어 … 증가한다고 한다")
        hearsay = ctx.research and not planned and _HEARSAY.search(candidate.sentence)
        # (the end of a plan's period in its name dates only what a verb sets ahead: "행동계획(2015~2017)에 따르면
        # … 3만개를 신설하고", not "'행동 계획(2022-2024)'의 일환으로 … 14개국과 협력 체결")
        period_end = candidate.text[anchor.start - 1 : anchor.start] in _PERIOD_DASHES
        ahead = not period_end or has_verb(tail, vocab.forward_verbs) or ends_in_present(tail)
        # (a deadline of the works a clause before the figure describes dates no count reported as
        # reached already: "2009년까지 15억달러를 투자해 조성하는 … 단지에는 이미 … 50여개사가 입주했다")
        reached_already = _ALREADY.search(
            candidate.text, anchor.end, candidate.quantity.start
        ) is not None and ends_in_past(_QUOTATIVE.split(tail, maxsplit=1)[0])
        # (this year as the end of a span a past verb closes tells how far a figure has come, no
        # deadline: "초기 물동량이 …, 올해까지 5억톤으로 급증했다")
        # (not a date still ahead within the year: "오는 연말까지 … 구입세를 10%에서 5%로 낮췄다")
        so_far = (
            anchor.until
            and anchor.year == ctx.issue_year
            and not _DATE_AHEAD_IN_YEAR.search(candidate.text, max(0, anchor.start - 4), anchor.end)
            and not planned
            and ends_in_past(_QUOTATIVE.split(tail, maxsplit=1)[0])
        )
        if (
            (anchor.year > ctx.issue_year or (anchor.until and anchor.year == ctx.issue_year and not so_far))
            and not hearsay
            and ahead
            and not reached_already
        ):
            if is_market_outlook(candidate):
                return None, "forecast"
            return "target", "future_year"
        if anchor.year < ctx.issue_year:
            # "2020년 … 11조 위안을 기록한 중국은 2025년 17조 위안으로 … 목표": the plan word
            # governs a later figure when the number's own predicate reports a fact
            # (or a level the subject passed in that year, told in a clause that modifies it: "2022년 처음으로
            # 연간 우유 생산량 4천만톤을 넘어선 중국이 2023년 …을 생산할 것")
            planned = planned and not reports_fact(tail) and not _LEVEL_PASSED_THEN.match(tail)
            return ("target", "past_year_planned") if planned else ("actual", "past_year")
    # (a quote closed before the number is another statement: "“… 지난해 대비 다소 개선되었으나 …”라며,
    # 향후 3년간 이산화유황 2만톤, … 감소시켜 …")
    prefix = _CLOSED_QUOTE.sub(lambda m: " " * len(m.group()), candidate.text[: candidate.quantity.start])
    cue_text = _without_starting_level(candidate, clause + prefix)
    if _NOW_AS_SUBJECT.match(candidate.sentence) and re.search(vocab.explicit_forward, tail):
        # "현재 베이징시는 3년 내로 … 설치한다는 방침이다": 현재 says what the policy is now, not a fact
        cue_text = cue_text.replace("현재", "  ")
    if _ALREADY_OF_TOPIC.match(candidate.sentence) and (
        re.search(vocab.explicit_forward, tail) or has_verb(tail, vocab.forward_verbs)
    ):
        # "이미 세계 최장의 고속철을 운영하는 중국은 매년 7천억 위엔을 투자해 …": 이미 describes the
        # topic, not the figure after it
        cue_text = cue_text.replace("이미", "  ")
    if (
        added := _IN_ADDITION.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
    ) and re.search(vocab.explicit_forward, tail):
        # "600km에 달하는 해안도로는 이미 운영중인 상황이며, 이에 추가해 1000km의 고속도로를 부설해 …
        # 방침이다": the cues of what exists, before "in addition", date nothing added
        done = candidate.text[candidate.sentence_start : added.start()]
        cue_text = cue_text.replace(done, " " * len(done))
    if (dated := _ANNOUNCED_IN.match(candidate.sentence)) and re.search(vocab.explicit_forward, tail):
        # "지난해 12월 발개위는 … 투자될 것이라고 발표했다": the month it was said, not the figure's date
        cue_text = cue_text.replace(dated.group(1), " " * len(dated.group(1)))
    if (venue := _SET_AT_LAST_YEARS.match(strip_dateline(candidate.sentence))) and _has(
        tail, vocab.proposing_verbs
    ):
        # "중국은 지난해 전인대에서 … 연평균 GDP 성장률 7%, … 등 각종 의제를 설정했다": when it was set
        cue_text = cue_text.replace(venue.group(1), " " * len(venue.group(1)))
    if anchor is not None and anchor.year == ctx.issue_year and anchor.end <= candidate.quantity.start:
        # "지난해 GDP의 2.1%였던 적자 규모는 올해는 … 1조6200억 위안으로": a cue before the number's own
        # year of this year dates another figure
        clause_end = candidate.clause_start + len(candidate.clause)
        cue_text = _without_starting_level(
            candidate, candidate.text[anchor.end : max(anchor.end, clause_end)]
        )
    if _WHOLE_YEAR.search(candidate.sentence):
        # "올해 료녕은 전년의 용수총량을 149억립방메터이내로 통제하고": 全年, the whole of this year, not 前年
        cue_text = cue_text.replace("전년의", "   ")
    if is_stated_target(candidate, ctx):
        return "target", "stated_target"
    if issued_by_finance(candidate):
        return "target", "funds_issued"  # "재정부는 … 보조자금 2274억원을 하달했다고 공포했다"
    if is_allotted_level(candidate, this_year=ctx.this_year):
        return "target", "allotted_level"
    if ctx.deadline == ctx.issue_year and governed_by_place(candidate) and not reports_fact(tail):
        return "target", "place_goal"  # under "…2023년 경제성장 목표가 모두 공개": "해남이 9.5% 좌우, …이다"
    if breaks_down_a_plan(candidate) or specifies_planned_works(candidate):
        # "…40만가구를 개조할 계획인데 그중 시 주택이 30만 5,000가구이고", "…을 건설하는 공사다. 선석 길이는 826m"
        return "target", "planned_items"
    if _PLAN_COST_NAMED.search(candidate.text, candidate.sentence_start, candidate.quantity.start):
        return (
            "target",
            "forward_verb",
        )  # "(계획의) 프로젝트에 따른 총 투자액은 약 650억 위엔이며": what the plan will cost
    if names_a_project_cost(candidate, tail):
        return "target", "project_cost"  # "새로 건설되는 … 비행장은 … 총투자가 9.89억원에 달한다"
    if (
        _COPULA.match(rest)
        and not planned
        and not re.search(vocab.explicit_forward, tail)
        # ("새로 건설될 … 파이프라인의 길이는 각각 0.5만km, 1.2만km 이고": the topic is what is to be made)
        and not _PROSPECTIVE_TOPIC.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        # ("개인창업의 경우 대출한도는 30만위안이며", "보조금 최대 한도는 2000위안이다": the support a measure
        # caps, stated as it now stands, is the measure's; a cap that was, "…였다", is history)
        and not (_funding_topic().search(MARKUP.sub("", prefix)) and _PRESENT_COPULA.match(rest))
    ):
        return "actual", "copula_statement"  # "발사장 총 투자액은 40억 위안이며": stated, not pledged
    if anchor is None and inherited == REVIEWED:
        return "actual", "under_review_heading"
    if anchor is None and inherited and inherited >= ctx.issue_year:
        if lists_what_was_planned(candidate):
            return "target", "planned_items"
        clause_end = candidate.clause_start + len(candidate.clause)
        verb = rest + candidate.text[clause_end : clause_end + 8]  # "증가해 | 오고 있음"
        # "… 비중 80% 달성 목표를 제시했다", "… 10% 등의 목표들을 세워놓고 있다": the past tense
        # reports the plan being set, not the figure reached
        ahead = (
            re.search(vocab.explicit_forward, _PLAN_MET.sub(" ", rest))
            # (not past a clause of its own that says what goes on now: "13개만이 사용중이고 … 채울 계획")
            or (
                re.search(vocab.explicit_forward, tail)
                and not reports_fact(tail)
                and not (_ONGOING.search(rest) and not _decided(rest))
            )
            or _CONTENTS_LISTED.search(tail)  # "▲…98% 이상 ▲… 등을 꼽았다": what the plan lists
            or proposed(candidate)  # "… 52만 위안 이상의 노동생산성도 제시했다": the level the plan sets
        )
        # ("현행보다 43.5% 확충한 70GW로 끌어올릴": the level now as a base of comparison; "지난해
        # 말보다 25% 더 많이 확충하겠다": a change planned from a base, not one reported)
        cues = _BRACKETED.sub("", cue_text)
        cues = _without_bases(_COMPARATIVE_BASE.sub(" ", cues) if ahead else cues)
        past = (
            _has(cues, vocab.historical_markers)
            # "선석이 270개에 달하고 … 1350만 TEU를 초과한다": the plan's sentence, in the present
            # ("…40%에 육박하고 … 1위를 차지하고 있다": the progressive reports the state now)
            or (
                _REACHED.match(MARKUP.sub("", rest))
                and (not ends_in_present(candidate.sentence) or _PROGRESSIVE_END.search(candidate.sentence))
            )
            or not ahead
            and (
                _ONGOING.search(verb)
                # "…115만개가 넘는 기지국을 설치해 … 구축에 앞장서고 있다": what is under way now
                or _PROGRESSIVE_END.search(candidate.sentence)
                # "56%를 차지해 주도적인 위치를 점했다" (a bare "차지" plans); an action reported in the
                # plain present is planned, whatever tense reports it ("…을 지원한다고 발표했다")
                or _PAST_ENDING.search(tail)
                and not _REPORTED_ACTION.search(_QUOTATIVE.split(tail, maxsplit=1)[0])
                or _REPORTED.search(tail)  # "7.2% 증가한 것으로 나타났다"
                or _NO_MORE_THAN.match(tail)  # "기여도는 60%에 불과하다"
                or _STATE_REACHED.search(tail)  # "…의 설립을 승인한 상태다"
                or ("적" in tail and _EVER_DONE.search(tail))  # "…이를 초과한 적은 한 번도 없다"
                or _THERE_ARE.search(tail)  # "…충전소 1천753개와 충전대 3만3천593대가 있다"
                or _AMOUNTS_TO.match(tail)  # "이는 세계 생산량의 3분의 1에 해당한다"
                or _LEVEL_DESCRIBED.search(tail)  # "…의 18배에 달하는 수치다"
                # a nominal sentence with no verb at all: "응용 시나리오는 약 400개"
                or (
                    not tail.strip()
                    and re.search(r"(?<=[가-힣])(?:은|는)\s", clause)
                    and not _funding_topic().search(MARKUP.sub("", prefix))  # "보조는 최대 1,000만 위안"
                )
            )
        )
        from_paragraph = paragraph_deadline(candidate, ctx.issue_year) == inherited
        # a paragraph of running prose carries no other paragraph's deadline into a sentence that
        # says nothing of a plan nor of a deed: "시장은 9166억위안 규모에 달한다" under "2020년까지
        # 매년 20% 증가" two paragraphs up states the market now (a bullet under its lead, or a row
        # of a table, does carry it; so does "…150억 위안을 투자한다")
        prose = (
            not from_paragraph
            and is_running_prose(candidate.line.text)
            and not ahead
            and not has_verb(tail, vocab.forward_verbs)
            # ("현재 성의 방침에 의하면 …. 그밖의 도시는 평균 0.3% 수준이다": a plan the paragraph names)
            and not _names_a_plan(candidate.line.text[: candidate.quantity.start])
        )
        if (
            past
            or prose
            or (not ahead and (describes_the_present(candidate) or states_a_level_now(candidate)))
        ):
            return "actual", "inherited_but_reported"
        return "target", "paragraph_deadline" if from_paragraph else "inherited_deadline"
    # ("…이상으로 안정시키게 되는데 이는 지난해와 비슷하다", "목표치를 지난해와 같은 5% 내외로": a level
    # likened to last year's, no fact of the figure)
    cues = _LIKE_LAST_YEAR.sub(" ", _BRACKETED.sub("", cue_text))
    if part := _PART_DONE.match(candidate.rest):
        # "10억위엔의 총투자 중 이미 2억위엔을 완수하여": 이미 dates the part done, not the whole
        cues = cues.replace(part.group(), " " * len(part.group()))
    if _COMPARED_BEFORE_THE_FIGURE.search(candidate.text, candidate.sentence_start, candidate.quantity.start):
        # "지난해보다 5,000억 위안 이상 증가한 1조 5,000억 위안 규모의 …": the base of the rise before
        # it, no date of the new level (its own predicate still reports a fact: "…을 기록했다")
        cues = _COMPARATIVE_BASE.sub(" ", cues)
    # "300억 위안을 올려 지난해 같은 시기에 비해 20%의 성장을": a base after the number measures the
    # figure after it
    own_rest = candidate.rest
    after = candidate.text[candidate.quantity.end : candidate.quantity.end + len(own_rest) + 8]
    if _BASE_OF_NEXT.search(after):
        cues = cues.replace(own_rest, _COMPARISON_BASE.sub(" ", own_rest))
    own_verb_ahead = _first_word(tail, vocab.forward + vocab.historical_predicates) in vocab.forward
    if own_verb_ahead and ends_in_present(candidate.sentence):
        cues = _without_bases(cues)  # "투자액은 2150억위안으로 전년대비 5.0% 확대한다": a base, no fact
    if own_verb_ahead and not reports_fact(tail) and (anchor is None or anchor.year >= ctx.issue_year):
        # "올해 상반기 … SOC건설에 2천억위엔을 투자한다고 밝혔다", "하반기에 나머지 100억 위안의 국채가
        # 시장에 풀린다": a half of this year, ahead
        cues = _HALF_YEAR.sub(" ", cues)
    past_words = (
        _has(cues, vocab.historical_markers)
        or bool(_STATISTICS_CITED.search(candidate.sentence))  # "통계에 따르면 … 4억 명이 넘고"
        or reports_fact(tail)
        # "52곳이 실제로 사용되고 있으며"; not the verb that reports the clause ("…을 투입한다고 보도했다"),
        # nor money readied ("…보조금으로 50억위안을 준비했다": set aside, yet to be paid), nor works being
        # pursued ("총길이 21.4킬로메터에 달하는 … 대상건설을 추진하고있는데": still to be done)
        or bool(_ONGOING.search(_QUOTATIVE.split(MARKUP.sub("", rest), maxsplit=1)[0]))
        and not _READIED.match(rest)
        and not _decided(_QUOTATIVE.split(MARKUP.sub("", rest), maxsplit=1)[0])
        and not _PURSUING.search(_QUOTATIVE.split(MARKUP.sub("", rest), maxsplit=1)[0])
        or closes_on_a_deed(candidate, tail)
    )
    if candidate.quantity.unit == "percent" and _SHARE_OF_WORKS_DONE.match(
        candidate.text, candidate.quantity.end
    ):
        # "현재 전체 공사량의 70%를 수행한 상태로서 올해 12월이면 … 마무리하게 될것": how far works have come
        return "actual", "historical_cue"
    if _PROGRESS_AGAINST_TARGET.match(candidate.text, candidate.quantity.end):
        return "actual", "historical_cue"  # "…2,470만 톤 감축되어 … 목표치(3,000만 톤)의 80% 이상을 달성함"
    if candidate.quantity.unit in _MONEY and _BUDGET_NEEDED.match(candidate.text, candidate.quantity.end):
        # "인공섬 '밍르다위' 조성에 약 6420억 홍콩달러(…)의 예산이 필요하다고 밝혔다": what the works will cost
        return "target", "project_cost"
    if _SCOPE_OF_WORKS_BEGUN.match(candidate.text, candidate.quantity.end) or (
        candidate.quantity.unit in _MONEY
        and _SPENT_ON_WORKS_BEGUN.match(candidate.text, candidate.quantity.end)
    ):
        # "베이징시는 현재 시내 700개의 공중화장실 시설을 대대적으로 개선하는 사업에 착수했다": the scope
        # of works set about, still to be done
        return "target", "works_begun"
    if lists_what_was_planned(candidate):
        return "target", "planned_items"
    if sizes_a_package_decided(candidate, anchor, ctx.issue_year):
        return "target", "package_decided"
    if past_words and not planned or _LEVEL_REACHED.match(candidate.text, candidate.quantity.end):
        return "actual", "historical_cue"  # (a level reached, "90%로 떨어진 자급률을 …", whatever is planned)
    if ctx.research:  # "… 7% 이상 증가시키고, … 8% 이상으로 제고하는 목표를 제시"
        if planned or re.search(vocab.explicit_forward, tail):
            return "target", "research_explicit_plan"
        # "… 5200억 위안을 달성하고 … 3000개 이상을 확보한다": a verb of action in the present tense
        # (not hearsay: "… 2억 4000만 kW가 되어 16.2% 증가한다고 한다")
        if (
            has_verb(tail, vocab.forward)
            and ends_in_present(candidate.sentence)
            and not _HEARSAY.search(candidate.sentence)
        ):
            return "target", "research_explicit_plan"
        return None, "research_no_plan"
    forward = (
        planned  # "…에 3,000억 위안을 투자키로 했다": a decision, whatever its verb
        or has_verb(tail, vocab.forward)  # not the 개발 of "경제개발구"
        # what a quoted speaker says must be done: "…5만곳의 빈민촌을 벗어나게 해야 한다"고 말했다"
        or bool(re.search(vocab.explicit_forward, _QUOTATIVE.split(tail, maxsplit=1)[0]))
        or (candidate.quantity.unit in _MONEY and has_verb(tail, vocab.funding_verbs))
        # a level to reach or to cut to, not "5.5%로 여전히 낮아"
        or (_TO_LEVEL.match(rest) and has_verb(rest, vocab.forward_verbs + vocab.reduction_verbs))
        or _has(clause, vocab.plan_nouns)
        or _funding_topic().search(MARKUP.sub("", prefix))
        # a level put forward: "올해 경제성장률을 6.5% 안팎으로 제시했습니다"
        or (_TO_LEVEL.match(rest) and proposed(candidate))
        # what is to be done, as the topic the copula sizes: "중국이 올해 발행할 특별 국채 규모는 1조 위안이다"
        or bool(
            _COPULA.match(rest)
            and _PROSPECTIVE_TOPIC.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        )
    )
    if forward:
        return "target", "forward_verb"
    if anchor is not None and anchor.year == ctx.issue_year and _has(candidate.sentence, vocab.work_reports):
        return "target", "work_report_year"  # "정부업무보고에서 … 올해 도시취업 인구 1100만명을 새로 증가해"
    if goal_listed_from_work_report(candidate, ctx):
        return "target", "work_report_list"
    return None, "no_forward_cue"


# A line with a predicate of its own: "…증가했다.", "…해결에 주력한다", "…이었다".
_PREDICATE_CLOSING = re.compile(r"[가-힣](?:다|요|함|음|됨|임)[.。]?\s*$")


def goal_listed_from_work_report(candidate: Candidate, ctx: ArticleContext) -> bool:
    """A digest of this year's work report lists the year's goals as bare lines, a measure and its
    bounded figure ("GDP 성장률 약6.5%", "도시 신규 취업자 1100만 명 이상, 도시 조사 실업률 5.5% 이내")
    where its sentences told the years before in the past (past its lead: not the deck under a preview's
    title, "성장 목표치 3%이상, 재정 적자율 3.5% 내외" over "…보고 어떤 내용 담기나")."""
    prose = _prose_lines(ctx.article)
    return (
        ctx.plan == (ctx.issue_year, ctx.issue_year)
        and _names_work_report(ctx.article.headline or "")
        and bool(prose)
        and candidate.line.number > prose[0].number
        and candidate.quantity.qualifier != "="
        and candidate.line.kind == "body"
        and not _PREDICATE_CLOSING.search(candidate.line.text)
        and anchor_of(candidate, ctx.issue_year, ctx.issue_month) is None
    )


def sizes_a_package_decided(
    candidate: Candidate, anchor: periods.YearMention | None, issue_year: int
) -> bool:
    """An amount that sizes a support package or plan a body approves or announces: "6천억위엔에 달하는
    … 산업 지원책을 승인하고" — the approval, whatever its tense, makes the package's size a commitment
    (not one dated in a past year: "2008년 승인한 4조 위안 부양책")."""
    if anchor is not None and anchor.year < issue_year:
        return False
    sized = _SIZES_A_PACKAGE.match(candidate.text, candidate.quantity.end)
    return bool(sized) and bool(_PACKAGE_DECIDED.match(candidate.text, sized.end()))


# An amount, then the package or plan it sizes: "…에 달하는 전자 및 정보통신(IT) 산업 지원책을 ",
# "… 규모의 경기부양책을 ".
_SIZES_A_PACKAGE = re.compile(
    # ("8조 5000억 위안(약 1500조원) 규모 슈퍼 경기부양책을 발표했다")
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:규모의?|에\s?달하는|에\s?이르는)\s(?:[^\s,.]+\s){0,5}?"
    # ("약 2조 5천억 위안(…) 규모의 일자리 창출 정책을 발표했습니다": a policy sized, a package too)
    r"[^\s,.]*(?:지원책|부양책|지원\s?방안|투자\s?계획|지원\s?계획|패키지|정책|대책|예산안)(?:을|를)\s"
)
# … and the verb of a body deciding or announcing it, right after: "승인하고", "발표했다", "내놓았다".
# ("…에 달하는 예산안을 내놨다": 내놓았다 contracted)
_PACKAGE_DECIDED = re.compile(r"(?:[가-힣]+\s)?(?:승인|비준|확정|의결|발표|내놓|내놨|공개|통과)")


def lists_what_was_planned(candidate: Candidate) -> bool:
    """A sentence that points back at what the sentence before it plans, and lists it: "7개 지하철
    노선이 … 건설될 예정이다. 이 7개 노선들은 △5호선 남쪽 연장 구간 20km △14호선 36km …" (an item's
    words end at the next mark: "…에 이르는" there is the next item's); or one that opens by listing
    the targets the sentence before announced, whatever the reporter then says of them: "올해 목표치는
    … 발표되었다. GDP 성장률 5% 내외, 재정적자율 3% 등 예상했던 것처럼 서프라이즈는 없었다"."""
    if lists_announced_targets(candidate):
        return True
    if _PLANNED_TOPIC.match(candidate.sentence) and not _PAST_ENDING.search(candidate.tail):
        return True  # "올해 중점적으로 추진할 중대기초시설대상은 …, 총투자가 1.5억원에 달하는 …다리, …"
    q = candidate.quantity
    if not _POINTS_BACK.match(candidate.sentence) or not _LIST_MARK.search(
        candidate.text, candidate.sentence_start, q.start
    ):
        return False
    item_tail = _LIST_MARK.split(candidate.tail, maxsplit=1)[0]
    if reports_fact(item_tail):
        return False
    earlier = sentences(candidate.line.text[: candidate.sentence_start])
    if not earlier:
        return False
    start, end = earlier[-1]
    before = candidate.line.text[start:end]
    return bool(re.search(vocabulary().explicit_forward, before)) and not reports_fact(before)


def specifies_planned_works(candidate: Candidate) -> bool:
    """A measure of the works the sentence before plans, given as a topic and its size: "…2개의 벌크화물
    선석과 배후시설을 건설하는 공사다. 선석 길이는 826m, 연간 취급능력은 2560만t이며 …" (not the
    size of what was built: "…을 건설했다. 선석 길이는 800m다")."""
    q = candidate.quantity
    if not _SPEC_TOPIC.search(candidate.text, candidate.clause_start, q.start):
        return False
    if _PAST_ENDING.search(_QUOTATIVE.split(candidate.tail, maxsplit=1)[0]):
        return False
    earlier = sentences(candidate.line.text[: candidate.sentence_start])
    if not earlier:
        return False
    before = candidate.line.text[slice(*earlier[-1])]
    planned = _WORKS_DESCRIBED.search(before) or re.search(vocabulary().explicit_forward, before)
    return bool(planned) and not reports_fact(before)


# The measure a size is given for, as the topic just before it: "선석 길이는 826m", "연간 취급능력은 2560만t".
_SPEC_TOPIC = re.compile(
    r"(?:길이|연장|너비|높이|깊이|수심|면적|능력|용량|규모|배수량|톤수)(?:은|는|이|가)\s?(?:약|총)?\s?$"
)
# Works a sentence describes as to be done: "…선석과 배후시설을 건설하는 공사다", "…을 조성하는 사업이다".
_WORKS_DESCRIBED = re.compile(
    r"(?:건설|건조|조성|구축|신설|확장|증설)(?:하|되)는\s(?:공사|사업|프로젝트|공정)(?:이)?다"
)


def breaks_down_a_plan(candidate: Candidate) -> bool:
    """A figure of the breakdown of what its sentence plans before it: "…40만가구를 개조할 계획인데
    그중 각 시 본급 주택이 30만 5,000가구이고 현의 주택이 9만 5,000가구이다"."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    opened = list(_BREAKDOWN.finditer(before))
    # ("…6만채에 달하고": a part, in no tense; the verb that reports it, "…8백50km라고 전했다", says nothing)
    if not opened or _PAST_ENDING.search(_QUOTATIVE.split(candidate.tail, maxsplit=1)[0]):
        return False
    planned = before[: opened[-1].start()]
    if not planned.strip():
        # the breakdown opens its sentence: "… 9.5만채가 배치될 예정이다. 그중 공공임대주택이 6만채에 달하고"
        earlier = sentences(candidate.line.text[: candidate.sentence_start])
        planned = candidate.line.text[slice(*earlier[-1])] if earlier else ""
    return bool(re.search(vocabulary().explicit_forward, planned)) and not reports_fact(planned)


# The words that open a breakdown of what was said before: "그중", "이 가운데".
_BREAKDOWN = re.compile(r"(?<![가-힣])(?:그\s?중|이\s?중|그\s?가운데|이\s?가운데)(?:에서|에는)?\s")


def lists_announced_targets(candidate: Candidate) -> bool:
    """The sentence opens with a list of measures and their figures, and the one before it announces
    targets (see lists_what_was_planned)."""
    sentence = candidate.sentence
    if " 등" not in sentence or "," not in sentence:
        return False  # (a cheap test first: the list pattern backtracks over the whole sentence)
    listed = _FIGURES_LISTED.match(sentence)
    if not listed or candidate.quantity.end > candidate.sentence_start + listed.end():
        return False
    items = listed.group(0).rstrip().removesuffix("등").split(",")
    if any(len(find_quantities(item)) != 1 for item in items):
        return False  # each item a measure and its one figure
    earlier = sentences(candidate.line.text[: candidate.sentence_start])
    if not earlier:
        return False
    start, end = earlier[-1]
    return bool(_TARGETS_ANNOUNCED.search(candidate.line.text, start, end))


# A sentence that opens with a list of measures and their figures: "GDP 성장률 5% 내외, 재정적자율 3%,
# 지방특수채 3.9조 위안 등 …" (no verb ends an item).
_ITEM_CHAR = r"(?:[^,.다며고]|(?<=\d)\.(?=\d))"  # (a decimal point is no sentence's end)
_FIGURES_LISTED = re.compile(rf"\s*(?:{_ITEM_CHAR}{{2,40}},\s*){{1,12}}{_ITEM_CHAR}{{2,40}}?\s등(?=\s)")
# A sentence that announces targets: "올해 경제 지표 목표치는 … 발표되었다".
_TARGETS_ANNOUNCED = re.compile(r"목표(?:치)?(?:는|은|를|을|가|이|도)\s.{0,40}?(?:발표|제시|공개|확정|내놓)")


# A sentence whose topic is the works to be done, listed after it: "올해 중점적으로 추진할
# 중대기초시설대상은 …", "새로 건설될 프로젝트는 …".
_PLANNED_TOPIC = re.compile(
    r"^\s*(?:\S+\s){0,4}?\S*(?:할|될)\s(?:\S+\s){0,2}?\S*(?:대상|사업|프로젝트|항목|공정)(?:은|는|으로는)\s"
)


# A sentence that opens by pointing back: "이 7개 노선들은 …", "이들 사업은 …".
_POINTS_BACK = re.compile(r"\s*이(?:들)?\s(?:[\d,]+\s?개의?\s?)?[가-힣]+?(?:들)?(?:은|는|에는)\s")


# What someone is said to say, closing the sentence: "…증가한다고 한다".
_HEARSAY = re.compile(r"다고\s?한다[.。]?\s*$")


def ends_in_present(sentence: str) -> bool:
    """The sentence closes on a verb in the present ("…를 초과한다.", "…에 달한다"), not the past
    ("…에 달했다"): Korean marks the past with a final ㅆ on the syllable before 다."""
    m = re.search(r"([가-힣])다\s*[.。]?\s*$", sentence)
    # (있 ends in ㅆ but is no past: "…펀드 구성을 준비하고 있다" is going on now)
    return bool(m) and (m.group(1) == "있" or _final_consonant(m.group(1)) != _SSANG_SIOT)


_SSANG_SIOT = 20  # the index of the final consonant ㅆ in a Hangul syllable


# A statistic reported: "…증가한 것으로 나타났다", "…으로 집계됐다".
_REPORTED = re.compile(r"(?:것으로|으로|로)\s*(?:나타났|집계됐|집계되었|조사됐|파악됐)")


# The end of a quoted statement: "…를 돌파했다”라며", "…라고".
_QUOTE_CLOSED = re.compile(r"[”\"’']\s*(?:이?라며|이?라고|며|고)(?![가-힣])")

# A past-tense ending anywhere in the rest of the sentence: "…를 차지해 …를 점했다".
# (췄, 줬, 꿨: "6개의 활주로(…)를 갖췄다", "…을 낮췄다")
_PAST_ENDING = re.compile(
    r"(?:했|하였|됐|되었|되였|였|었|았|켰|렸|웠|쳤|냈|졌|났|섰|뤘|췄|줬|꿨)(?:다|으며|고|음|던)"
)
_NO_MORE_THAN = re.compile(r"\s?(?:에|에\s?그쳐)?\s?불과(?:하다|하며|하고|한|했)")
_STATE_REACHED = re.compile(r"[한된]\s?상태(?:다|이다|이며)")

# A level a change has brought the measure to, as a modifier: "90%로 떨어진 돼지고기 자급률을 95%로
# 끌어올리고" (the level now, which the target starts from; "30%로 떨어진다" would state a change).
# (past the change by a share too: "상반기 생산량이 896만톤으로 3.2% 감소한 영향이", "…1045만톤으로
# 전년동기대비 2.6% 줄어들었다")
# (a measure's name and an adverb may stand between: "1:5 비율로 크게 떨어진데다")
_LEVEL_REACHED = re.compile(
    r"\s*(?:비율|수준|규모)?(?:으로|로)\s*(?:크게|대폭|소폭|급격히|다소)?\s*(?:(?:전년\s?(?:동기\s?)?대비|전년보다)?\s*\d+(?:\.\d+)?\s?%\s?)?"
    r"(?:떨어진|하락한|줄어든|낮아진|늘어난|높아진|증가한|감소한|상승한|줄어들었|늘어났|감소했|증가했|하락했|상승했)"
)
# What stands between the two years of a period: "(2015~2017)", "(2022-2024)".
_PERIOD_DASHES = frozenset("~-—–∼～")
# A level not reached, whatever the date: "상반기까지 900만톤을 넘기지 못해", "목표치 7%에 미치지 못했다".
# A level compared with the same period of the year before (同比), right after it: "39.8μg/㎥로 전년 동기 대비".
_SAME_PERIOD_COMPARED = re.compile(r"\s?(?:으로|로|이며|이고|이다|,)?\s?(?:전년|지난해|작년)?\s?동기\s?대비")
_FELL_SHORT = re.compile(r"\s?(?:을|를|에)?\s?(?:넘기지|넘지|달성하지|채우지|미치지|이르지)\s?못")

# A verb in the past tense: "약 9,000개를 육성하였으며", "… 구축했다".
# (되였: 되었 as the Korean-language papers of China spell it: "6.3억원이 투입되였다")
# (…이 가능해졌다: what has become possible is done: "1천200만㎡ … 에너지 공급이 가능해졌습니다")
# (섰 ends the past of a verb in 서: "68%를 넘어섰으며")
_PAST_TENSE = re.compile(
    r"^(?:을|를|이|가)?\s*(?:하였|했|되었|되였|됐|섰|하였음|완료|하고\s?있|되고\s?있|가능해졌|가능하게\s?(?:됐|되었)"
    r"|시켰|시키었)"  # a causative in the past: "심층가공률을 95% 이상에 도달시켰다"
)


# A number closed by a copula states what is: "총 투자액은 40억 위안이며", "… 1,216억 개임".
_PRESENT_COPULA = re.compile(r"^\s*(?:[(（][^)）]*[)）])?\s*(?:이며|이다|이고|임(?:\s|$|\.))")
_COPULA = re.compile(
    r"^\s*(?:[(（][^)）]*[)）])?\s*(?:이며|이다|이고|임(?:\s|$|\.)|였|이었|으로 집계|로 집계|(?:규모|수준)인\s"
    # the copula in its adverbial form, as the Korean-language press of China lists a year's figures:
    # "생산총액은 111.5억원으로서 지난해 동기보다 15%, 재정수입은 12.3억원으로서 …"
    r"|(?:으로|로)서\s"
    r"|에\s?해당하는\s?[가-힣]+(?:임|이다|이며)"  # "전체 생산량의 14%에 해당하는 양임"
    # a rank the level gives: "보유량은 6억 7,605만kw로 세계 최대이나", "…로 전국 1위다"
    r"|(?:으로|로)\s(?:세계|전국|국내|아시아|중국)\s?(?:최대|최고|최다|최저|1위|선두)\s?(?:이(?:다|며|나|고|지만)|였|다|인\s))"
)


# "… 200여 개에 달하고, …": a figure reached, not one to reach ("달하도록" would plan it).
_REACHED = re.compile(
    r"^\s*(?:[(（][^)）]*[)）])?\s*(?:에|으로|로)?\s*(?:달하고|달하며|달했|달해|달한다|달하는데|육박하고|육박하며|육박했|육박해)"
)


def closes_on_a_deed(candidate: Candidate, tail: str) -> bool:
    """The number's clause is joined ("…을 완성하여", "…을 설치해", "…을 늘리고") to a sentence that closes
    in the past on a deed, not on a verb that reports, sets or decides: Korean gives the joined clauses
    the tense of the last verb ("청수환림 67.41만무를 완성하여 임무목표를 169.64% 초과했다")."""
    if not _JOINED_CLAUSE.search(_QUOTATIVE.split(tail, maxsplit=1)[0]):
        return False
    closing = _PAST_CLOSING.search(candidate.sentence)
    if closing is None:
        # "…1800만 명을 돌파하며, 꾸준히 증가세를 이어가고 있다": a trend told as going on (not work
        # under way on a plan's verb: "…을 투자해 신도시를 건설하고 있다")
        closing = _RUNNING_CLOSING.search(candidate.sentence)
        if closing is None or _has(closing.group(1), vocabulary().forward):
            return False
    if _tells().search(closing.group()):
        return False
    return not re.search(vocabulary().explicit_forward, _TARGET_MET.sub(" ", _PLAN_MET.sub(" ", tail)))


# A clause joined to the next by its verb: "…을 완성하여 ", "…를 설치해 ", "…을 늘리고 ", "…하며 ".
# (or the connective of 올리다, 키우다, 시키다 …: "…의 관광수입을 올려 각각 15%와 17.9%의 증가율을 보였다")
_JOINED_CLAUSE = re.compile(r"[가-힣](?:하여|해|하고|고|하며|며|되어|돼|되고|려|워|켜|쳐)[,]?\s")
# The sentence's last verb in the past, and the word it closes: "… 초과했다."
_PAST_CLOSING = re.compile(
    r"(\S+?)(?:했|하였|됐|되었|였|었|았|켰|렸|웠|쳤|냈|졌|났|섰)(?:다|습니다|음)\s*[.。]?\s*$"
)


# The sentence's last verb in the progressive, and the word it closes: "… 증가세를 이어가고 있다."
_RUNNING_CLOSING = re.compile(r"(\S+?)고\s?있(?:다|습니다|음)\s*[.。]?\s*$")


def _decided(clause: str) -> bool:
    """The clause closes in the past on a verb that sets or decides ("…을 환급하는 부양책이 확정됐다",
    "…이 승인됐다"): the figure is what was decided, not a deed done."""
    closing = _PAST_CLOSING.search(clause)
    return closing is not None and bool(_sets_or_decides().search(closing.group()))


@cache
def _sets_or_decides() -> re.Pattern[str]:
    vocab = vocabulary()
    return re.compile(alternation(vocab.proposing_verbs + vocab.allotting_verbs + vocab.deciding_verbs))


@cache
def _tells() -> re.Pattern[str]:
    """The verbs that report, set or decide what a sentence states: past, but its figures are the plan's."""
    vocab = vocabulary()
    words = (
        vocab.telling_verbs
        + vocab.proposing_verbs
        + vocab.allotting_verbs
        + vocab.forecast
        + vocab.preparing_verbs
    )
    return re.compile(alternation(words))


# A sentence that closes on the progressive: "…를 차지하고 있다", "…이 늘고 있다".
_PROGRESSIVE_END = re.compile(r"고\s?있(?:다|습니다)\s*[.。]?\s*$")
# "현재" as a word of its own before the figure: the time of what the sentence tells.
_NOW_OPENING = re.compile(r"(?<![가-힣])현재\s")


# The quotative ending that closes a reported clause: "…을 투입한다고 (보도했다)", "…이라고 (밝혔다)".
# A reported clause closing on an action in the plain present: "…보조금을 지원한다(고 발표했다)" (not
# "…기대된다", "…교육시키고 있다", "…했다").
_REPORTED_ACTION = re.compile(r"(?<!되)[한킨린낸준춘운]다\s*[\"”’']?\s*$")
# (or, after a closing quote, by 며/면서 as the reporting verb's link: "…자리매김했다"면서 "…",
# "…극심한 빈곤층"이라며 "…")
_QUOTATIVE = re.compile(r"(?<=[다라])[\"”’']?고\s|(?<=[가-힣])[\"”’'](?:이)?(?:라)?(?:며|면서)\s")
# A verb that reports what has happened or is happening: "증가해 오고 있음", "육성하였으며".
_ONGOING = re.compile(
    r"(?:하였|했|되었|됐|해\s*오|해\s*왔|되어\s*왔|돼\s*왔|하고\s*있|되고\s*있|\s중이|진행\s?중"
    # what has been done once: "배정한 바 있다", "축소시킨 바 있다"
    rf"|{N_FINAL}\s?바\s?있"
    # in use now, written as one word: "13개만이 사용중이고"
    r"|(?:사용|운영|가동|운행)중"
    # any past stem closing the clause before the next: "…33개 대상이 륙속 착공에 들어갔는데", "모두 7기의
    # 기상위성을 띄웠으며" (not the will of 겠, nor 있: "…할 수 있으며")
    rf"|{PAST_STEM}(?:는데|지만|으나)[,]?\s*$|(?![겠있]){PAST_STEM}(?:으며|고)[,]?\s*$)"
)


def _without_false_forecasts(text: str) -> str:
    """The text without forecast words that forecast nothing: "예상치보다 …" (a comparison with an
    expectation), "예상목표" (an expected target is a target)."""
    for phrase in vocabulary().not_forecasts:
        text = text.replace(phrase, " ")
    return text


def asks_whether(tail: str) -> bool:
    """The verb after the number asks whether ("목표를 부과할지 관심이 쏠린다"), with no clause of its
    own ended before it ("목표를 제시했고, 달성할지 주목된다" states the target)."""
    question = _open_question().search(tail)
    return bool(question) and not _CLAUSE_ENDED.search(tail, 0, question.start())


@cache
def _open_question() -> re.Pattern[str]:
    # a syllable that ends in ㄹ (할, 될, 늘릴, 높일 …), then 지 and what is open about it
    rieul_final = "".join(chr(0xAC00 + initial_and_vowel * 28 + 8) for initial_and_vowel in range(19 * 21))
    return re.compile(
        rf"[{rieul_final}]지(?:는|가|를|도|에)?\s*(?:{alternation(vocabulary().open_questions)})"
    )


_CLAUSE_ENDED = re.compile(r"(?:다|며|고|고서)[,.]?\s")


# A target set, then another clause: "…를 목표로 하면서 …", "…을 목표로 삼고 …"; a level raised to,
# then what follows from it: "1.9%수준으로 끌어올려 투자금액이 950억 위안에 달할 것으로 예상된다".
# (… or a plan stated, then its effect guessed: "…14억㎾ 이상으로 확대한다는 계획이어서 석탄 수입량은 …
# 늘어날 것으로 전망됐다"; "…철도가 건설될 예정으로 … 우선순위가 매겨질 것으로 보인다")
_TARGET_SET_THEN = re.compile(
    r"(?<=목표로)\s?(?:하면서|하며|하고|해|삼고|삼아)\s|(?<=로)\s?(?:끌어올려|끌어올리고|올려|늘려|높여|낮춰|줄여)\s"
    r"|(?<=계획|예정)(?:이어서|이라서|이므로|이기\s?때문에|으로)\s"
)


# "As early as" a year, a level reached: a guess at when, not a level set ("이르면 2025년에 …
# 50%에 도달하게 될 것이라고 말했다"; not "이르면 내년 초 … 발표할 예정": when a plan comes).
_AS_EARLY_AS = re.compile(r"이르면\s(?:오는\s)?(?:\d{4}|\d{2})년")
_REACHES = re.compile(
    r"\s?(?:이상|가량|정도)?\s?(?:에|을|를|이|가)?\s?(?:도달|달성|돌파|넘어서|넘어설|넘을|이를|달할)"
)


@cache
def _official_speaks() -> re.Pattern[str]:
    """An official named as who speaks: "구장 지앙량(姜樑)씨는 ", "부주임은 "."""
    titles = alternation(vocabulary().official_titles)
    # (the title a word of its own, or the end of one: not the 구장 of 야구장, a ballpark)
    return re.compile(
        rf"(?:(?<![가-힣])|(?<=[부총]))(?:{titles})(?:\s[가-힣]{{2,4}})?(?:[(（][^)）]*[)）])?\s?(?:씨)?(?:은|는)\s"
    )


# What one will do, as said: "…투자할 것이라고 밝혔다", "…건설할 것이라고 말했다", in quotes too ("…8조달러에
# 달할 것"이라며 이같이 밝혔다", "…건설할 것을 밝혔다"), or in the first person: "…400만 달러를 출자하겠다고 밝혔다",
# or in the plain present the announcing reports: "…1만개의 전기차 충전소를 세운다고 발표했다" (not the past,
# "세웠다고", nor a state, "갖추고 있다고").
_WILL_SAID = re.compile(
    r"(?:(?:할|될)\s?것[”\"’']?\s?(?:이라고|이라며|이라고\s?했|을)|겠다[”\"’']?\s?(?:고|며)"
    r"|(?<=[가-힣])(?<![었았였됐웠렸졌있없])다고)\s?"
    r"(?:이같이\s|이와\s?같이\s)?(?:밝혔|말했|강조했|설명했|약속했|선언했|발표했|했)"
)


def foresees_when(candidate: Candidate) -> bool:
    """A guess at the year a level is reached: "이르면 2025년에 … 보급률이 50%에 도달하게 될 것"."""
    return bool(
        _AS_EARLY_AS.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        and _REACHES.match(candidate.text, candidate.quantity.end)
    )


# A sentence that closes as an estimate: "…할 것으로 추산됨", "…인 것으로 추정된다".
_ESTIMATE_CLOSING = re.compile(r"것으로\s?(?:추산|추정)(?:됨|된다|됐다|되었다|했다|하고\s?있다)\s*[.。]?\s*$")


def is_forecast(candidate: Candidate) -> bool:
    """Someone's expectation: the predicate that governs the number is a forecast word ("…
    2035년 130만대, 2050년 500만대에 이를 것으로 예상했다"), or the sentence is attributed to a source
    ("백서에 따르면 …") and states no plan ("… 목표를 제시했다" reports a plan)."""
    vocab = vocabulary()
    if glosses_a_target(candidate):
        return False  # "판매량 목표(… 중 20%)를 앞당겨 달성할 것으로 보인다": the guess is of reaching it
    # (a target set governs before a later clause's guess: "목표를 1000억 위안으로 설정했는데 … 영향을
    # 받았을 것으로 보인다")
    first = _first_word(
        _without_false_forecasts(candidate.tail),
        vocab.forward_verbs + vocab.forecast + vocab.plan_nouns + vocab.target_setting_verbs,
    )
    if (
        first in vocab.forecast
        or asks_whether(candidate.tail)
        or _has(candidate.tail, vocab.fears + vocab.potentials)
    ):
        return True
    if _ESTIMATE_CLOSING.search(candidate.sentence):
        return (
            True  # "…3.1조 위안 중 … 1조 위안, … PPP를 통해 공급되어야 할 것으로 추산됨": all of it estimated
        )
    if (
        _NOUN_LIST_FORECAST.match(candidate.tail)
        or yields_once_done(candidate)
        or _EFFECT.match(candidate.tail)
    ):
        return True  # "- GDP 5조7000억 위안 증가, 일자리 390만 개 창출 전망 -": one outlook over the list
    if _has(candidate.tail, vocab.foresee_verbs):
        forecaster = _has(
            candidate.text[candidate.sentence_start : candidate.quantity.start], vocab.forecasters
        )
        verbs = tuple(w for w in vocab.forward if w not in vocab.forward_non_verbs) + vocab.foresee_verbs
        own = _first_word(candidate.tail, verbs) in vocab.foresee_verbs
        # "전문가들은 … 성장할 것으로 내다봤다"; an official's outlook, its own verb, in a sentence that
        # names no plan (not "…25%까지 늘리고 … 성장할 것으로 봤다": the plan's verb comes first)
        # (or named after the figure, as the foreseeing verb's subject: "올해는 10억 위안을 돌파할 것으로
        # 상하이증권보는 내다봤다", where the sentence names no plan)
        planned = _has(candidate.sentence, vocab.attributed_plan)
        if forecaster or ((own or _has(candidate.tail, vocab.forecasters)) and not planned):
            return True
    if _FORECAST_CLOSING.search(candidate.tail) and _COPULA.match(candidate.rest):
        return True  # "…2030년이면 … 1300GW이며, 2035년까지 … 2000GW 이상일 것이라고 관측했다": one outlook
    if _FORECAST_CLOSING.search(candidate.tail) and (
        is_forecasters_sentence(candidate) or continues_a_forecast(candidate)
    ):
        return True  # "…전문가는 2030년까지 … 300만t을 넘어 … 시장을 형성해 … 선도할 것이라고 전망했다"
    will = _WILL_QUOTED.search(candidate.tail)
    if (
        will
        and _has(candidate.tail[will.end() :], vocab.analysts)
        # (not money a public body's official tells of: "…34억 위안이 투입될 것이라고 환경국 관계자는 전했다";
        # an outlook of growth stays a guess, whoever tells it)
        and not (candidate.quantity.unit in _MONEY and official_tells(candidate.tail[will.end() :]))
        and not _has(candidate.sentence, vocab.attributed_plan)
    ):
        return True  # "…2천억 위안 규모까지 커질 것이라고 …이 보고서를 인용해 보도했다": the report's
    if _EXPECTED_FIGURE.search(candidate.text, 0, candidate.quantity.start):
        return True  # "당초 예상치인 7% 안팎을 웃도는 8.1%": the expectation itself
    speaker = _forecaster_quoted().search(candidate.text, candidate.sentence_start, candidate.quantity.start)
    if speaker and not speaks_for_government(speaker.group(1)):
        return True  # "둥우증권 수석애널리스트는 "… 30%씩 확대되면서 …"": an analyst's words (not "민항국 관계자는")
    sentence = _REPORTER_LEARNED.sub(" ", candidate.sentence)
    source = _SOURCE.search(sentence) if _ATTRIBUTED_WORD.search(sentence) else None
    actor = _REPORTED_QUOTED_ACTOR.search(sentence) or _REPORTED_ACTOR.search(sentence)
    # "민항국에 따르면 올해 … 프로젝트가 진행되며": a public body's own figures; "…IT즈자에 따르면
    # 선전시 상무국은 … 소비쿠폰을 발행한다": a public body the report is about (what either "can"
    # save, "…배출을 줄일 수 있다", is an effect it expects)
    # ("산동성 정부 발표에 따르면": the body whose announcement it is)
    public = (
        (source and _is_public_body(_ANNOUNCED.sub("", source.group(1)), placed=False))
        # what a press conference made known: "…소식공개회에서 입수한 소식에 따르면" (新闻发布会)
        or (source and _PRESS_CONFERENCE.search(sentence, 0, source.start()))
        or (actor and _is_public_body(_leading_time().sub("", actor.group(1)), placed=True))
        or acting_body_reported(candidate)
        # "22일 재정부가 전한 소식에 따르면": the news a public body itself gave
        or any(_is_public_body(m.group(1), placed=False) for m in _BODY_TOLD.finditer(sentence))
    )
    # (what one "can" do is an effect it expects, "…배출을 줄일 수 있다", but what one can receive is the
    # grant's entitlement: "본사를 이전하는 회사들은 최대 500만위안을 … 지원받을 수 있다")
    if public and (not _MAY.search(sentence) or _entitled().search(sentence)):
        return False
    if source and _INSIDERS.search(source.group(1)):
        return (
            False  # "…에 정통한 소식통들에 따르면 … 발행 규모는 …": a plan the insiders tell of, no outlook
        )
    if _official_speaks().search(
        sentence, 0, candidate.quantity.start - candidate.sentence_start
    ) and _WILL_SAID.search(candidate.tail):
        return False  # "…에 따르면 … 푸둥신구 구장 지앙량씨는 … 투자할 것이라고 밝혔다": an official's word
    if place_as_subject(
        candidate.text[candidate.sentence_start : candidate.quantity.start]
    ) and _WILL_SAID.search(candidate.tail):
        return False  # "제남일보에 따르면 제남시는 … 100개 박물관을 건설할 것을 밝혔다": the city's own word
    # "…에 따르면 국무원은 … 늘리겠다는 의견을 발표했다": a report of the plan, not a forecast
    # "보도에 따르면 … 3개 노선 고속철 건설 공사에 돌입한다": the news reports a project, in the present
    reported_project = (
        bool(_NEWS_REPORT.search(sentence))
        and first in vocab.forward
        and ends_in_present(sentence)
        # works a body has set about, whatever reports it: "신경보에 따르면, 베이징시는 현재 시내 700개의
        # 공중화장실 시설을 대대적으로 개선하는 사업에 착수했다"
        or bool(_WORKS_LAUNCHED.search(sentence))
    )
    return _has(sentence, vocab.attribution) and not (
        _has(sentence, vocab.attributed_plan + vocab.plan_documents)
        or _PLEDGE_QUOTED.search(sentence)
        or reported_project
        # "…에 따르면 정부와 업계는 … 30개로 늘리기로 합의했다": a decision the report tells of
        or _DECISION_TOLD.search(_QUOTATIVE.split(candidate.tail, maxsplit=1)[0])
    )


# A decision told as the figure's predicate: "…늘리기로 합의했다", "…하기로 결정했다", "…키로 했다".
# ("…200억달러 차관을 제공하기로 약속했다": a pledge made, told in the past)
_DECISION_TOLD = re.compile(r"[가-힣](?<!않)(?:기|키)로\s?(?:합의|결정|확정|의결|약속)?(?:했|하였|됐|되었)")


# What follows once works are done, as the sentence expects it: a condition before the figure
# ("…대부분 2009-10년 완료되면", "공사가 순조롭게 진행될 경우") and an expectation closing the sentence,
# in the passive or told by who expects it ("…10%로 높아질 것이라고 이 신문은 말했다").
_IF_DONE = re.compile(
    r"(?:완료|완공|준공|가동|건설|개통|완성)(?:되|하)면\s|(?:진행|완료|완공|추진)될\s?경우\s"
)
_EXPECTED_CLOSING = re.compile(
    r"것으로\s?(?:예상|전망|관측)(?:된다|됐다|되었다|되고\s?있다|되며)[^.]{0,10}[.]?\s*$"
)


@cache
def _expected_by_the_press() -> re.Pattern[str]:
    """ "…높아질 것이라고 이 신문은 말했다": the paper's expectation (not an official's, whose words
    of the works he runs labellers take as its goal: "소장은 … 완공되면 … 올릴 수 있을 것이라고 말했다")."""
    vocab = vocabulary()
    return re.compile(
        rf"[가-힣]\s?것이라고\s(?:이\s|현지\s)?[^\s.]*(?:{alternation(vocab.news_outlets + vocab.news_media)})"
        r"(?:은|는|이|가)?\s(?:말했|전했|보도했|내다봤)[^.]{0,10}[.]?\s*$"
    )


def yields_once_done(candidate: Candidate) -> bool:
    """What works yield once done, as the sentence expects it, whatever verb its clause has: "프로젝트들이
    … 완료되면 … 4억9555만톤으로 12.7% 확대되고, … 달할 것으로 예상된다"."""
    return bool(
        _IF_DONE.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
        and (_EXPECTED_CLOSING.search(candidate.tail) or _expected_by_the_press().search(candidate.tail))
    )


# The effect a measure is expected to have, as the figure's head noun: "390만개 일자리 창출 효과", "GDP
# 5조 위안 증가 효과를 낼 것" (not 효과적, effective; nor the effect a figure is of, "1,530억불의 …
# 유발효과를 낼 수 있는 공항을 건설", which labellers take as the plan's).
_EFFECT = re.compile(r"\s?(?:[가-힣]+\s){0,2}?[가-힣]*\s?효과(?:가|를|는|도|와|로|\.\.)?(?=[\s.,…'\"’”]|$)")


# A headline's list of effects in nouns that one outlook word closes: "GDP 5조7000억 위안 증가, 일자리
# 390만 개 창출 전망" (the 증가 of the first item is no verb of its own).
_NOUN_LIST_FORECAST = re.compile(
    r"\s?[가-힣]{2,4}\s?,\s?(?:[^,.]{1,30},\s?)*[^,.]{1,30}?\s?(?:전망|예상|예측)\s*[-–]?\s*$"
)


# A sentence closed by an outlook, whatever verbs its clauses join before it: "…할 것이라고 전망했다".
# (or in the nominal style of briefs: "…것이라고 전망함", and an analyst's reading: "…것이라고 분석함")
_FORECAST_CLOSING = re.compile(
    # (a quote may close after 것: "…1조 위안에 도달할 것"이라고 전망했다")
    r"것[”\"’']?(?:이라고|이라며|으로)\s?(?:전망|예상|예측|관측|분석)(?:했|하였|한다|하고\s?있|함)[^.]{0,20}[.]?\s*$"
)


# A market's size as the subject of its figure: "클라우드 시장 규모는 ", "…산업분야의 시장 규모가 오는 2020년 ".
_MARKET_SIZE_SUBJECT = re.compile(r"시장\s?(?:규모|수요)?(?:는|은|가|이)\s[^.,]{0,20}$")


def is_market_outlook(candidate: Candidate) -> bool:
    """A market's size in a year ahead, in a sentence that names no plan: an outlook ("…시장 규모는 2020년
    약 1억달러에 육박한다"), not a market a body plans to grow ("…시장 규모를 … 키울 계획")."""
    return bool(
        _MARKET_SIZE_SUBJECT.search(candidate.text, candidate.clause_start, candidate.quantity.start)
    ) and not _has(candidate.sentence, vocabulary().attributed_plan)


def is_forecasters_sentence(candidate: Candidate) -> bool:
    """The sentence's subject, before the number, is a forecaster and no public body: "장 모모 …교류센터
    특별 초청 전문가는 …" (not "발개위 관계자는 …", an official's)."""
    return names_a_forecaster(candidate.text[candidate.sentence_start : candidate.quantity.start])


# The sentence before, on the same line: "… 늘어날 것으로 내다봤다. " before "또 …".
_SENTENCE_BEFORE = re.compile(r"([^.]+[.])\s*$")


def continues_a_forecast(candidate: Candidate) -> bool:
    """An outlook with no subject of its own goes on the outlook of the sentence before, a forecaster's
    ("보고서는 … 낮아질 것으로 내다봤다. 또 2025년 … 20%를 넘어서고, … 달할 것으로 전망했다") or a source's
    other than a plan ("'…조사'에 따르면 … 전망된다. 구체적으로는 … 13%, …"); not when the sentence names a
    plan or a public body of its own."""
    before = _SENTENCE_BEFORE.search(candidate.line.text, 0, candidate.sentence_start)
    if not before:
        return False
    vocab = vocabulary()
    earlier = before.group(1)
    forecasters = _FORECAST_MADE.search(earlier) and names_a_forecaster(earlier)
    # (or an outlook a source other than a plan gives: "'…조사'에 따르면, … 유지할 것으로 전망된다")
    sourced = (
        _has(earlier, vocab.attribution)
        and _has(earlier, vocab.forecast)
        and not _has(earlier, vocab.plan_documents + vocab.attributed_plan)
    )
    if not (forecasters or sourced):
        return False
    own = candidate.text[candidate.sentence_start : candidate.quantity.start]
    topics = [m.group(1) for m in re.finditer(r"(\S+)(?:은|는)\s", own)]
    return not _has(candidate.sentence, vocab.attributed_plan + vocab.plan_documents) and not any(
        _is_public_body(word, placed=False) for word in topics
    )


def names_a_forecaster(before: str) -> bool:
    """The words before a number name a forecaster as their subject, and no public body."""
    forecaster = _forecaster_named().search(before)
    if not forecaster:
        return False
    # the words that name the forecaster, up to it (a word of two syllables that ends as a body's name
    # does is a noun of action — 초청, 요청 — save 정부 and 당국)
    words = [word.rstrip("은는이가의") for word in before[: forecaster.end()].split()]
    return not any((len(w) > 2 or w in ("정부", "당국")) and _is_public_body(w, placed=False) for w in words)


@cache
def _forecaster_named() -> re.Pattern[str]:
    return re.compile(alternation(vocabulary().forecasters))


# The budget works need, right after the amount: "…(92조 371억원)의 예산이 필요하다고", "…의 자금이 필요한".
# (or the amount itself as what is needed: "…바다매립 공사에 1400억 홍콩달러가 필요하고")
_BUDGET_NEEDED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:(?:의\s)?(?:예산|자금|사업비|공사비|투자))?(?:이|가)?\s?(?:필요|소요)"
    r"(?:하다|한다|할|한|하고|하며|될|된다)"
)
# The share of works done so far, right after it: "70%를 수행한 상태로서", "80%를 완성했다", "이미 96%
# 완성돼 10월부터 …".
_SHARE_OF_WORKS_DONE = re.compile(
    r"\s?(?:이상|가량|정도|남짓)?\s?(?:을|를|가|이)?\s?(?:수행|완성|완료|진행|마무리|달성)(?:한|했|하였|됐|되었|돼|되어|함)"
)
# … and the amount done so far that such a share is worked out from, after it in its sentence: "조강 생산량은
# 2,470만 톤 감축되어 한해 감축 목표치(3,000만 톤)의 80% 이상을 달성함".
_PROGRESS_AGAINST_TARGET = re.compile(
    r"[^.]{0,30}?목표(?:치|량|액)?\s?(?:[(（][^)）]*[)）])?\s?의\s?[\d.]+\s?%\s?(?:이상|가량|정도)?\s?(?:을|를)?\s?"
    r"달성(?:한|했|하였|함)"
)
# The figure as the scope of works set about, right after it: "700개의 공중화장실 시설을 대대적으로
# 개선하는 사업에 착수했다".
# (or approved: "17,000채의 임시주택을 건설하는 프로젝트의 1단계를 승인했지만")
_SCOPE_OF_WORKS_BEGUN = re.compile(
    r"[^.,]{0,40}?(?:하는|할)\s(?:[가-힣]+\s)?(?:사업|공사|작업|프로젝트|공정)"
    r"(?:에\s?(?:착수|돌입)|(?:의\s\S+\s?)?(?:을|를)\s?(?:승인|비준))(?:했|하였|한다|하고|해)"
)
# … or the money they are set about with: "45억 위안(…)을 들여 재해 후 재건 프로젝트를 가동했다"; or a
# payment set about, still being paid out: "주민들에게 디지털 위안화 총 5천만위안(…) 지급에 착수했다".
_SPENT_ON_WORKS_BEGUN = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:(?:을|를)\s?들여\s(?:[^.,]{0,30}?\s)?(?:사업|공사|프로젝트|공정)(?:을|를)?\s?"
    r"(?:가동|착수|착공|시작)|(?:의\s)?(?:지급|배포|발급|발행)(?:에\s?착수|을\s?시작|에\s?나서))(?:했|하였|한다|하고|해)"
)
# Works set about, closing the sentence: "…을 개선하는 사업에 착수했다", "…건설 공사에 돌입했다".
_WORKS_LAUNCHED = re.compile(
    r"(?:사업|공사|작업|프로젝트|공정)에\s?(?:착수|돌입)(?:했|하였|한다|하고|해)[^.]{0,15}[.]?\s*$"
)
# The news as the source: "보도에 따르면", "매체에 따르면", "신화통신에 따르면".
_NEWS_REPORT = re.compile(r"(?:보도|매체|신문|통신|방송)(?:에\s?따르면|에\s?의하면)")


@cache
def _forecaster_quoted() -> re.Pattern[str]:
    """A forecaster as the speaker of the quote a number stands in: "… 수석애널리스트는 "…"", "…
    애널리스트는 이날 블룸버그 통신과의 전화 통화를 통해 "…" (when and how it spoke, between), "…
    애널리스트는 "…"이라며 "…" (the next quote of the same speaker)."""
    return re.compile(
        rf"((?:\S+\s){{0,2}}\S*(?:{alternation(vocabulary().forecasters)})\S*)\s?(?:은|는|이|가)\s?"
        r"(?:[^\"“”.]{0,40}\s)?(?:[\"“][^\"”]*[\"”]\s?(?:이?라며|며|면서)\s?)*[\"“][^\"”]*$"
    )


# Who tells what was said before: "…될 것이라고 환경국 관계자는 전했다".
_TELLER = re.compile(r"((?:\S+\s){0,2}\S+)(?:은|는|이|가)\s(?:\S+\s){0,2}?\S*(?:전했|밝혔|말했|설명했)")


def official_tells(tail: str) -> bool:
    """The one who tells the words before is an official of a public body: "…환경국 관계자는 전했다"."""
    teller = _TELLER.search(tail)
    if not teller:
        return False
    # (not a research body under the government: "…것이라고 중국 정부 산하의 연구기관이 밝혔다")
    words = teller.group(1).split()
    body = " ".join(words[:-1] if words[-1] in _OFFICIALS else words)
    return speaks_for_government(teller.group(1)) and not _has(body, vocabulary().forecasters)


def speaks_for_government(speaker: str) -> bool:
    """A speaker who is a public body or speaks for one: "민항국 관계자", "항저우시 관계자" (the
    city's official, as a city is its government)."""
    words = speaker.split()
    if any(_is_public_body(word, placed=False) for word in words):
        return True
    return len(words) > 1 and words[-1] in _OFFICIALS and bool(gazetteer.issuer_place(words[-2])[0])


def _is_public_body(name: str, placed: bool) -> bool:
    """A Chinese government body: a central one by name ("MIIT", "공업정보화부"), another by its
    name's end and, where `placed`, a place before it."""
    vocab = vocabulary()
    if _has(name, vocab.foreign_actors):
        return False
    if gazetteer.names_central_body(name):
        return True
    if not _GOVERNMENT_BODY.search(name):
        return False
    return not placed or bool(gazetteer.issuer_place(name)[0])


# An act told in the plain present inside a quotation: "…을 발행한다고 보도했다", "…이 지급된다고 밝혔다",
# "…로 늘린다고", "…을 짓는다고" (the present's ㄴ is the last consonant of the syllable before 다).
_QUOTED_DA = re.compile(r"([가-힣])다고\s")
_NIEUN = 4  # the final ㄴ among the 28 final consonants of a Hangul syllable


def tells_act_in_present(tail: str) -> bool:
    return any(_final_consonant(m.group(1)) == _NIEUN for m in _QUOTED_DA.finditer(tail))


# A subject with its topic or nominative particle: "우한시 정부는 ", "발개위가 ".
_SUBJECT_WORDS = re.compile(r"(?<![^\s])(\S+\s\S+|\S+)(?:은|는|이|가)\s")


def acting_body_reported(candidate: Candidate) -> bool:
    """A public body is the subject of the clause a report relays, before the number, and the clause
    tells its act in the plain present: "연합뉴스에 따르면 관영 중앙(CC)TV는 17일 우한시 정부는 … 5억
    위안어치를 발행한다고 보도했다" (not an outlook, "…두 배 성장할 것이라고 밝혔다", nor a forecaster's
    source, "분석가들의 예측에 의하면, … 중국은 …")."""
    text, start, end = candidate.text, candidate.sentence_start, candidate.quantity.start
    if not tells_act_in_present(candidate.tail):
        return False
    source = _SOURCE.search(text, start, end) if _ATTRIBUTED_WORD.search(text, start, end) else None
    if source is None:
        return False
    vocab = vocabulary()
    if _has(source.group(), vocab.forecasters + vocab.forecast):
        return False
    return any(
        _is_public_body(m.group(1), placed=True)
        or _is_public_body(m.group(1).split()[-1], placed=False)
        or counts_public_bodies(text, m)
        for m in _SUBJECT_WORDS.finditer(text, source.end(), end)
    )


# A count of the bodies just listed, as a subject: "인민은행, …, 재정부 5개 기관은", "7개 부처가".
_BODIES_COUNTED = re.compile(r"\d+\s?개\s?(?:기관|부처|부문|부서)")
_WORD_BEFORE = re.compile(r"(\S+)\s$")


def counts_public_bodies(text: str, subject: re.Match[str]) -> bool:
    """The subject counts the bodies listed before it, the last of them a public body."""
    if not _BODIES_COUNTED.fullmatch(subject.group(1)):
        return False
    last = _WORD_BEFORE.search(text, 0, subject.start())
    return bool(last) and _is_public_body(last.group(1).rstrip(",)"), placed=False)


@cache
def _leading_time() -> re.Pattern[str]:
    """The time words that may open a clause before its subject: "올해 중국은 …", "2026년 시 정부는 …"."""
    vocab = vocabulary()
    return re.compile(rf"^(?:(?:{alternation(vocab.this_year + vocab.next_year)}|\d{{4}}년)\s)+")


# The subject right after the attribution: "…에 따르면, 상하이시 상무위원회는 …" (or after a time:
# "그의 소개에 따르면 올해 중국은 … 4.6% 이내로 통제할 것이며").
_REPORTED_ACTOR = re.compile(r"에\s(?:따르면|의하면),?\s((?:\S+\s){0,2}\S+?)(?:은|는|이|가)\s")
# … or a body named in quotes, however long: "보도에 따르면 최근 개최된 ‘상하이 2009년 도시건설 및
# 교통공작회의’는 …"
_REPORTED_QUOTED_ACTOR = re.compile(
    r"에\s(?:따르면|의하면),?\s(?:\S+\s){0,3}?[‘'“\"「《]([^’'”\"」》]{2,40})[’'”\"」》](?:은|는|이|가)\s"
)
# A government body by its name's end: "민항국", "상무부", "발전개혁위원회", "시 정부", "당국" (not
# "지린성 전력교역센터", an enterprise a place names).
# (有关部门, as the Korean-language press of China prints "the departments concerned": "관련 부문에 따르면")
_GOVERNMENT_BODY = re.compile(
    r"(?:국|부|위원회|정부|당국|청|판공실|총서|사업회의|공작회의|업무회의|(?:관련|유관|해당|주관)\s?부문)$"
)
_ESTIMATED_LEVEL = re.compile(r"\s*(?:으로|로)\s?(?:예상|추정|추산|집계)되는\s")
_EXPECTED_FIGURE = re.compile(r"(?:예상치|전망치)(?:인|는|은|가|이)?\s*(?:약\s*)?$")
# A speaker's pledge quoted: "…전문가를 채용할 것”이라고 말했다", "…늘리겠다”고 밝혔다", or put
# forward as a vision or goal: "…15%까지 끌어올리겠다"는 비전을 제시했다".
_PLEDGE_QUOTED = re.compile(
    r"(?:할\s?것|겠다|겠습니다)[.]?[”\"’']\s?(?:(?:이라|라)?고\s(?:말했|밝혔|강조했)"
    r"|는\s[가-힣]{1,4}(?:을|를)\s(?:제시했|밝혔|내놓았|내놨|발표했))"
)
_MAY = re.compile(r"[가-힣]\s수\s?있(?:다|으며|고|는)")


@cache
def _entitled() -> re.Pattern[str]:
    """A grant one can receive: "…최대 500만위안을 지원받을 수 있다", "보조금을 받을 수 있다"."""
    grants = alternation(vocabulary().grant_verbs)
    return re.compile(rf"(?:{grants})(?:금)?(?:을|를)?\s?받을\s수\s?있")


# (tried only where the words stand: the pattern opens with any word, so it is tried at every one)
_ATTRIBUTED_WORD = re.compile(r"에\s(?:따르면|의하면)")
# The source a sentence is attributed to: "민항국에 따르면", "중국 상무부에 의하면"; a body's document
# names the body ("중국 정부 보고 문서에 따르면 2016년 철도 구축에 … 투자한다").
_SOURCE = re.compile(r"(\S+(?:\s\S+)?)(?:\s(?:보고\s?)?(?:문서|문건|보고서))?에\s(?:따르면|의하면)")
# Sources familiar with a matter, who tell what was decided, not what they expect: "소식통들에 따르면".
_INSIDERS = re.compile(r"소식통")
# This year's whole year (全年), as the Korean-language press of China writes it: "올해 … 전년의 용수총량을".
_WHOLE_YEAR = re.compile(r"(?:올해|금년)[^.,]{0,20}전년의\s")
# What the reporter learned (了解到), as the Korean-language press of China opens a report: "료해에 따르면 올해
# 료녕은 …", "료해한데 따르면" — no source of a forecast.
_REPORTER_LEARNED = re.compile(r"(?:료해|요해)(?:에|한\s?데|한데)\s(?:따르면|의하면)")
# The news or data a body gave, the body as the subject of the clause naming it: "재정부가 전한 소식에
# 따르면", "통계국이 발표한 자료에 의하면".
_BODY_TOLD = re.compile(
    r"(\S+?)(?:이|가)\s(?:전한|발표한|밝힌|공개한|내놓은)\s(?:소식|자료|내용|발표)에\s(?:따르면|의하면)"
)
# A press conference (新闻发布会), as the Korean-language press of China and Korean papers call it.
_PRESS_CONFERENCE = re.compile(
    r"(?:소식공개회|소식발표회|신문발표회|뉴스발표회|기자회견|기자간담회)에서\s(?:\S+\s){0,2}?$"
)
# The word for what a body made public, after its name: "정부 발표", "시 공고", "국무원 통지".
_ANNOUNCED = re.compile(r"\s?(?:의\s)?(?:발표|공고|통지|자료|보도자료|브리핑)$")


# The targets of a plan as the source: "통지 목표에 따르면 …".
_TARGETS_CITED = re.compile(r"목표에\s?(?:따르면|의하면)")


@cache
def _plan_citation() -> re.Pattern[str]:
    """ "계획에 따르면", "이 행동계획에 따라", "'… 업무 방안'(이하 방안)에 따르면", "<의견>에 따르면", "'실행 계획'에서는 …
    전망했다": the plan itself as the source, or as the subject that expects; also the plan quoted or
    published in the same sentence ("'… 실시방안'을 인용해 …", "'… 계획 요강'을 발표하면서 …")."""
    vocab = vocabulary()
    return re.compile(
        # (its period may close the title: "'… 3년 행동방안(2019-2021)'에 따르면")
        rf"(?:{alternation(vocab.plan_documents)}|(?:{alternation(vocab.quoted_plan_documents)})(?=[’'”\"」》』〉>])"
        rf"|(?:{alternation(vocab.dated_plan_documents)})(?=\s?[(（]\d{{4}}))"
        r"(?:\s?[(（][^)）]{0,20}[)）])?[’'”\"」》』〉>)\s]*(?:\(이하[^)]*\))?\s*"
        rf"(?:{alternation(vocab.attribution)}|에\s?따라|에서는|에서|은|는|(?:을|를)\s?(?:인용해|인용하여|발표하면서|발표하며|통해))"
        r"(?![가-힣])"
    )


def is_plan_figure(candidate: Candidate, ctx: ArticleContext, year: int) -> bool:
    """A figure worded as an expectation that is the plan's own (GUIDELINES: a plan's targets worded
    with 전망/예상 are targets): dated within the plan (not before the issue, not after the plan
    period's end: "2030년 시장 규모 … 전망" in a 2024-2026 plan is someone's outlook), and the
    sentence cites the plan, or the article is about a plan and the sentence names no other source.
    An analyst, institute, report or company named in the sentence makes it their forecast."""
    vocab = vocabulary()
    sentence = candidate.sentence
    if year < ctx.issue_year or (ctx.plan is not None and year > ctx.plan[1]):
        return False
    if _has(sentence, vocab.forecasters) or _has(sentence, vocab.companies):
        return False
    speaker = quote_opened_before(candidate)
    if _has(speaker, vocab.forecasters) or _has(speaker, vocab.companies):
        return False  # "협회 비서장은 “… . 올해 … 240만 대에 달할 것으로 보이고, …”": still the association's words
    if forecaster_spoke_before(candidate):
        return False  # "청서에서는 … 기술하고 있다. … 2018년에는 60%에 달할 것으로 전망되었다": the book's outlook
    if _plan_citation().search(sentence):
        return True  # the plan cited as the source, even in a report ("…'지침'에 따르면 … 전망")
    if cites_plan_just_before(candidate) and not (
        _has(sentence, vocab.attribution) or _FORECAST_MADE.search(sentence)
    ):
        return True  # "계획에 따르면 2026년까지 … 달할 것이다. … 넘어설 것으로 예상된다"
    # (the sentence before closes on a plan's verb, not one that only names a plan: "11차 5개년 계획 첫해인 …")
    if _CONSEQUENTLY.match(sentence) and re.search(
        vocab.explicit_forward, previous_sentence(candidate, ctx)[-20:]
    ):
        # "…프로젝트를 실행할 예정이다. 이에 따른 올해 … 총 투자액은 약 8천억 위안에 달할 것으로 예상된다"
        return not _has(sentence, vocab.attribution)
    if ctx.research:
        return False
    if _government_subject(sentence) and until_year(sentence):
        return True  # "베이징시는 2025년까지 … 300억 위안 이상에 도달시킬 것으로 전망": its own deadline
    if public_body_expects(sentence) and not _estimates_the_year_closing(ctx, year):
        return True  # "수리부 부부장은 올해 … 투자액은 8천억 위안에 이를 것으로 예상된다고 밝혔다"
    if _ANAPHORIC_CITATION.match(sentence) and names_a_plan(ctx.article):
        return True  # "…'실시의견'을 발표했다. 이에 따르면 2025년까지 …": the plan just named
    if headline_pledges(candidate, ctx.article):
        return True  # title "… 270개 이상으로 늘릴 것" over "… 270개 이상에 달할 것으로 예상된다"
    if _has(sentence, vocab.attribution) or _FORECAST_MADE.search(sentence):
        return False  # "에 따르면" of another source; "X는 … 1,540억 달러로 예측": X's own forecast
    return _has(ctx.article.headline, vocab.plan_documents)


def expects_this_years_goal(candidate: Candidate, ctx: ArticleContext, year: int | None) -> bool:
    """In an article on this year's work reports or two sessions, what a province or city expects of
    this year is the year's goal it sets (预期目标, printed as 전망/예측): "광둥성은 올해 지역내총생산
    5% 이상 성장을 예측했다", "충칭시와 후난성은 각각 … 6% 이상, 약 6.5%로 예측했다"."""
    vocab = vocabulary()
    sentence = candidate.sentence
    return (
        ctx.plan == (ctx.issue_year, ctx.issue_year)
        and (year or ctx.issue_year) == ctx.issue_year
        and not _estimates_the_year_closing(ctx, ctx.issue_year)
        and not _has(sentence, vocab.forecasters + vocab.companies)
        and (_government_subject(sentence) or places_as_subject(sentence) is not None)
    )


def goals_set_out(candidate: Candidate, issue_year: int) -> bool:
    """Figures listed as the goals a speaker sets out, each with its verb noun: "올해 경제목표로 GDP
    성장률 7% 달성, 고정자산투자 10% 증액 등을 제시했다" (the 달성 of a goal, not a deed); or the
    target set at the figure, named after it: "올해 7%로 설정한 성장률 목표를 달성하기 위해" (not a past
    year's goals)."""
    listed = _GOALS_NAMED_BEFORE.search(
        candidate.text, candidate.sentence_start, candidate.quantity.start
    ) and _GOALS_SET_OUT.search(candidate.tail)
    if not listed and not _TARGET_SET_AT.match(candidate.text, candidate.quantity.end):
        return False
    anchor = anchor_of(candidate, issue_year)
    near = candidate.text[
        max(candidate.sentence_start, candidate.quantity.start - 20) : candidate.quantity.start
    ]
    return (anchor is None or anchor.year >= issue_year) and not _LAST_YEAR.search(near)


# Last year, named as a word: "지난해 6%로 설정한 성장률 목표를 달성하지 못했다".
_LAST_YEAR = re.compile(r"지난해|지난 해|작년|전년")


# The goals named before their figures: "경제목표로 ", "주요 목표는 ".
_GOALS_NAMED_BEFORE = re.compile(r"목표(?:로|는|로는|로서)\s")
# … and set out after them: "…등을 제시했다", "…을 목표로 확정했다".
_GOALS_SET_OUT = re.compile(r"(?:을|를)\s?(?:제시|설정|확정|내놓|정했|정하)")


# The outlook figure set out, right after the number and its measure: "…의 경제성장률 전망치 제시".
_OUTLOOK_SET_OUT = re.compile(
    r"\s?(?:이상|이하|안팎|내외|가량|좌우)?의?\s(?:[가-힣]+\s)?전망치(?:를|을)?\s?(?:제시|발표|확정|내놓)"
)


def is_design_figure(candidate: Candidate) -> bool:
    """What a work is built to do once it is finished ("공항이 개항하면 연간 여객수송량이 48만명에
    달할 전망", "댐이 완공되면 연간 발전량은 300억㎾h에 이를 것으로 보인다"): the project's design
    figure, worded as an outlook, when no forecaster is named."""
    return bool(
        _WHEN_FINISHED.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
    ) and not _has(candidate.sentence, vocabulary().forecasters + vocabulary().companies)


# A work finished, as a condition: "개항하면", "완공되면", "전 구간이 개통되면", "가동에 들어가면".
_WHEN_FINISHED = re.compile(
    r"(?:완공|개항|준공|개통|완성|완료|준공)(?:되|하|이\s?되)면\s|가동(?:되|하|에\s?들어가)면\s"
)


def is_project_cost(candidate: Candidate, ctx: ArticleContext) -> bool:
    """What a project of the plan an article names is expected to cost ("도로의 총 길이는 47㎞,
    28억위엔이 투입될 것으로 예상되고 있다", "23억위엔 투자가 예상되고 있다"): the plan's budget worded
    as an estimate, when no one else is named as the one who estimates it."""
    vocab = vocabulary()
    sentence = candidate.sentence
    return (
        candidate.quantity.unit in _MONEY
        and bool(
            _COST_EXPECTED.match(candidate.text, candidate.quantity.end)
            or _COST_NAMED.search(candidate.text, 0, candidate.quantity.start)
            and _REACHES_EXPECTED.match(candidate.text, candidate.quantity.end)
        )
        and not _has(sentence, vocab.forecasters + vocab.companies + vocab.attribution)
        and names_a_plan(ctx.article)
    )


# Money a project is expected to take: "…이 투입될 것으로 예상", "… 투자가 예상되고", "…이 소요될 것으로 보인다".
# (or the cost it is estimated at, named after it: "총 374억위안(…)으로 추산되는 사업비의 58%는 …")
# (or the money named: "총 10억 위엔의 자금이 투입될 전망이다")
_COST_EXPECTED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:의\s(?:자금|예산|사업비|투자금)(?=이|가|을|를))?(?:의\s)?(?:이|가|을|를)?\s?"
    r"(?:투입|투자|소요)(?:될|되는|가|이)?\s?(?:것으로\s?)?(?:예상|보인|보여|추산|전망)"
    r"|\s?(?:[(（][^)）]*[)）])?\s?(?:으로|로)\s?(?:추산|예상|추정)되는\s?(?:총\s?)?(?:사업비|공사비|투자비|투자액|예산|비용)"
)

# … or the cost named before it, reaching the amount: "관광도로건설은 총투자가 5500만위안에 달할 것으로 추산".
# (or the budget it takes: "이때 인프라 구축에 투자되는 정부 예산은 4250억 위안에 이를 전망이다")
_COST_NAMED = re.compile(r"(?:총\s?)?(?:투자|투자액|투자\s?규모|사업비|공사비|예산)(?:이|가|은|는)\s*$")
_REACHES_EXPECTED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:에\s?달할|에\s?이를|(?:이|가)\s?될)\s?(?:것으로\s?)?(?:예상|추산|보인|보여|전망)"
)


def _estimates_the_year_closing(ctx: ArticleContext, year: int) -> bool:
    """In the last quarter, what a body expects of this year is its estimate of the year's outcome
    ("올해 … 매출이 약 11%씩 증가할 것으로 전망했다", said in December), not the year's plan."""
    return year == ctx.issue_year and ctx.bulletin.issue_date.month >= 10


# What is added to what exists: "이에 추가해", "이에 더해", "여기에 더해", "이와 별도로".
_IN_ADDITION = re.compile(r"(?:이에|여기에)\s?(?:추가해|추가하여|더해|더하여)|이와\s?별도로")
# A sentence opened as the outcome of what was just said: "이에 따라", "이에 따른", "이를 통해", "이로써".
# (or a part of what it planned: "…244개에 달하게 할 계획입니다. 그중 새로 건설하는 공항은 97개에 달할 전망")
# (or the plan itself named as the means: "이 프로젝트를 통해 새로 지어지는 의료병동은 …에 이를 전망이다")
_CONSEQUENTLY = re.compile(
    r"^\W*(?:이에\s?따(?:라|른)|이를\s?통해|이로써|그\s?중(?:에서)?|이\s중(?:에서)?"
    r"|이\s(?:프로젝트|사업|계획|방안|공정)(?:을|를)\s?통(?:해|한))\s"
)


def previous_sentence(candidate: Candidate, ctx: ArticleContext) -> str:
    """The sentence before the candidate's: earlier in its paragraph, else the last of the paragraph
    before."""
    earlier = [
        text for text in _sentence_texts(candidate.line.text[: candidate.sentence_start]) if text.strip()
    ]
    if earlier:
        return earlier[-1]
    before = _paragraphs_before(ctx.article, candidate.line, 1)
    spans = [text for text in _sentence_texts(before[0].text) if text.strip()] if before else []
    return spans[-1] if spans else ""


def forecaster_spoke_before(candidate: Candidate) -> bool:
    """The sentence before, in the same paragraph, has a forecaster as its subject: the outlook that
    follows, with no subject of its own, is still that forecaster's."""
    earlier = [
        text for text in _sentence_texts(candidate.line.text[: candidate.sentence_start]) if text.strip()
    ]
    if (
        not earlier
        or _government_subject(candidate.sentence)
        or _has(candidate.sentence, vocabulary().plan_documents)
    ):
        return False  # (a body or a plan in its own sentence: "…라고 밝혔다. 국무원은 … 늘릴 전망이다")
    subject = _SPEAKER.match(earlier[-1])
    return bool(subject) and names_a_forecaster(subject.group(1))


def quote_opened_before(candidate: Candidate) -> str:
    """Who speaks a quote that an earlier sentence of the paragraph opened and that the candidate's
    sentence carries on: the text of that sentence before the quote mark ("…협회 비서장은 "), else ""."""
    before = candidate.line.text[: candidate.sentence_start]
    quoted = _open_quote(before)
    if quoted is None:
        return ""
    opened = before[: len(before) - len(quoted) - 1]
    earlier = _sentence_texts(opened)
    return earlier[-1] if earlier else opened


def _sentence_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def follows_from_plan(candidate: Candidate, deadline: int | None, issue_year: int) -> bool:
    """Under a plan's deadline, a sentence told as its outcome expects the plan's own figures:
    "…2000년까지 통신분야에 5,000억원을 투자할 계획이다. … 이에 따라 전화회선용량은 1억7,000만회선으로
    확대될 전망이다"; unless an analyst or a company expects them."""
    vocab = vocabulary()
    return (
        deadline is not None
        and deadline >= issue_year
        and bool(_CONSEQUENTLY.match(candidate.sentence))
        and not _has(candidate.sentence, vocab.forecasters + vocab.companies)
    )


# A decision reported: "…을 모두 전기차로 교체하기로 했다", "…키로 결정했다".
_DECISION_REPORTED = re.compile(r"(?:[가-힣](?<!않)기|키)로\s?(?:했|하였|결정|확정)")


def follows_from_decision(candidate: Candidate, ctx: ArticleContext) -> bool:
    """A sentence told as the outcome of the decision the sentence before reports, with no year:
    "중국이 … 공공부문 차량을 모두 전기차로 교체하기로 했다. 이에 따라 … 약 60만 대에 달하는 전기차가
    새로 보급될 것으로 보인다" (not a company's decision, nor an analyst's reading)."""
    if not _CONSEQUENTLY.match(candidate.sentence):
        return False
    vocab = vocabulary()
    earlier = previous_sentence(candidate, ctx)
    return (
        bool(_DECISION_REPORTED.search(earlier))
        and not is_company_plan(earlier)
        and not _has(candidate.sentence + earlier, vocab.forecasters + vocab.companies)
    )


def cites_plan_just_before(candidate: Candidate) -> bool:
    """The sentence before, in the same paragraph, cites the plan as its source: the next one goes
    on with the plan's figures (not a later one, which may turn to the world market)."""
    earlier = sentences(candidate.line.text[: candidate.sentence_start])
    if not earlier:
        return False
    start, end = earlier[-1]
    return bool(_plan_citation().search(candidate.line.text[start:end]))


# Who speaks, as the sentence's subject: "중국 교통운수부가 26일, …", "수리부 부부장(차관)은 …".
_SPEAKER = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?([^,.'‘“\"]{2,40}?)(?:은|는|이|가)\s")
# … and the verb it speaks by, closing the sentence: "…라고 밝혔다", "…예상된다고 말했다".
_SPOKEN = re.compile(r"(?:다|라)고\s(?:[^\s]+\s){0,2}?(?:밝혔|말했|발표했|설명했|소개했)[가-힣]*[.。]?\s*$")


def public_body_expects(sentence: str) -> bool:
    """A central body, or one of its officials, says what it expects of its own work: "교통운수부가
    … 공작회의를 열어, 2020년에는 투자액이 약 2조 7000억 위안에 이를 전망이라고 밝혔다" — the
    body's plan worded as an expectation (GUIDELINES), not an analyst's forecast."""
    sentence = strip_dateline(sentence)
    m = _SPEAKER.match(sentence)
    # "상무부는 2025년까지 … 7천억달러에 이를 것으로 추산했다": the body expects, in its own words
    expects = bool(m) and bool(_SPOKEN.search(sentence) or _FORECAST_MADE.search(sentence))
    if not expects:
        # "공업정보화부에 따르면 2020년 … 6조 위안에 도달할 것으로 전망된다": the body as the source
        m = _OPENING_SOURCE.match(sentence) if not _FORECAST_MADE.search(sentence) else None
    # (or named after what it expects: "…10억t의 화물을 취급할 수 있을 것이라고 국가계획위원회는 전망했다")
    m = m or _SPEAKER_AFTER.search(sentence)
    if not m:
        return False
    speaker = _BRACKETED.sub("", m.group(1)).strip()
    if _foreign().search(speaker):
        return False  # "미국 상무부에 따르면 …": another country's ministry
    if _CHINAS_GOVERNMENT.fullmatch(speaker):
        return True  # "중국 정부는 … 3조 위안을 넘을 것으로 예상했다": the government's own 预计
    return gazetteer.names_central_body(speaker) and not _has(speaker, vocabulary().forecasters)


# Who expects, named after the outlook and before its verb: "…것이라고 국가계획위원회는 전망했다".
_SPEAKER_AFTER = re.compile(
    r"(?:것이라고|것으로)\s((?:[^\s,.]+\s){0,2}[^\s,.]+?)(?:은|는|이|가)\s(?:전망|예상|예측|내다|추산)"
)


# The central government named as the country's: "중국 정부", "중국 중앙정부".
_CHINAS_GOVERNMENT = re.compile(r"(?:중국|중국의)\s?(?:중앙\s?)?정부")


# The source the sentence opens with: "중국 공업정보화부(工业和信息化部)에 따르면 …".
_OPENING_SOURCE = re.compile(r"^\s*([^,.'‘“\"]{2,40}?)에\s?(?:따르면|의하면)")


# A will quoted: "…커질 것이라고", "…늘어날 것이라는" (who says it follows).
_WILL_QUOTED = re.compile(r"[가-힣]\s?것(?:이라고|이라는|이라며)")


# A forecast someone makes (active: 예측했다, 전망했다, 내다봤다, 예상하고 있다), not a plan's figure worded as an
# expectation (passive: 전망된다, 달할 전망이다).
_FORECAST_MADE = re.compile(
    r"예측(?:했|하였|함|\s*$|\.)|전망했|전망하였|전망함|예상했|예상함|내다봤|내다보|(?:예상|전망|예측)하고\s?있"
    r"|분석했|분석하였|분석함"
)


def _government_subject(sentence: str) -> bool:
    """The sentence's subject is a province, city or central body (not the country as a whole,
    whose "중국은 … 전망이다" is a market's outlook): what it expects of itself is its plan."""
    m = _SENTENCE_SUBJECT.match(strip_dateline(sentence))
    if not m or _ATTRIBUTED.search(m.group(1)) or _CHINA.fullmatch(m.group(1).strip()):
        return False  # "…위원회에 따르면 올해 생산액은": a source, not the subject
    return bool(gazetteer.issuer_place(m.group(1))[0])


_ATTRIBUTED = re.compile(r"에\s?(?:따르면|의하면)")


def headline_pledges(candidate: Candidate, article: Article) -> bool:
    """The title states the same figure as a pledge, in words of no forecast: the body's
    "…에 달할 것으로 예상된다" words the plan's figure as an expectation."""
    vocab = vocabulary()
    title = article.headline
    return (
        candidate.quantity.text in title
        and not _has(title, vocab.forecast)
        and (has_verb(title, vocab.forward) or bool(re.search(vocab.explicit_forward, title)))
    )


# A sentence about the stage the sentence before it dated: "이 시기에는", "이 단계에서는", "그때까지".
_STAGE_OF_PLAN = re.compile(r"^\W*(?:이|그)\s?(?:시기|단계|때)(?:에는|에서는|에|까지|까지는)\s")

# "이에 따르면", "이 의견에 따르면": the source is the document the text has just named.
_ANAPHORIC_CITATION = re.compile(r"^\W*(?:이에|이\s?\S{1,6}에)\s?(?:따르면|의하면)")


def names_a_plan(article: Article) -> bool:
    """The article's title or lead names a plan document ("… '체육산업 실시의견'을 발표했다")."""
    lead = [line.text for line in _prose_lines(article)[:_LEAD_LINES]]
    return any(_has(text, vocabulary().plan_documents) for text in [*title_texts(article), *lead])


# "성장 목표도 10% 이상이다", "목표를 2016년의 10%에서 11% 이상으로": 목표 as the subject or object
# the number completes, within its clause.
_TARGET_NOUN = re.compile(r"목표(?:치|액)?(?:는|은|도|가|이|를)\s")
# (a quota is what is allotted: "올해 지방정부의 채권발행 한도액은 6000억 위안으로서")
# An item's label in brackets that names what follows targets: "- (도시 조사실업률 목표치) △상하이시 4.3% …".
_TARGET_LABEL = re.compile(r"^\s*[-–ㅇ□○◦•▶]*\s*[(（][^)）]{0,20}목표[^)）]{0,4}[)）]")
_TARGET_NOUN_JUST_BEFORE = re.compile(
    # "목표생산량은 37만t", "2015년의 목표 임무는 740만채이다" (目标任务)
    # "소비자 물가 목표 상승률은 3%로" (a target rate named: 목표 성장률, 목표 증가율)
    # "올해 계획투자가 40억원에 달하는 …철도" (计划投资: the investment planned for the year)
    r"(?:목표(?:치|액|생산량|량|\s?규모|\s?임무|\s?과제|\s?[가-힣]{2,3}률)?|한도액|계획\s?투자(?:액)?)"
    r"(?:는|은|도|가|이)\s(?:약\s?|최소\s?)?$"
)
# The area a plan sets, named as the subject of its figure: "계획 용적률 계산 건축 면적(…)은", "계획 부지
# 면적은" (规划面积), not the area a plan's site already has ("개조 범위 총 부지는").
_PLANNED_AREA = re.compile(
    r"계획\s?(?:[^\s\d]+\s){0,3}?[가-힣]*면적\s?(?:[(（][^)）]*[)）])?(?:은|는|이|가)\s$"
)
# What a body targets, named as the subject of its figure: "올해 중국이 목표한 반도체 자급률은 70%지만".
_TARGETED_MEASURE = re.compile(
    r"목표(?:로)?\s?(?:한|하는|삼은)\s(?:\S+\s){0,3}?\S+(?:은|는|이|가)\s(?:약\s?)?$"
)
_FROM_LEVEL = re.compile(r"\s?(?:좌우|안팎|내외|이상|이하)?에서\s\S{0,6}\d")
_COMPARED_WITH = re.compile(r"^\s*(?:이상|이하|안팎|내외|가량)?\s*\)?\s*대비")


def proposed(candidate: Candidate) -> bool:
    """Whether the verb that governs the number proposes it as a level: "…을 제시했다", "…로 정했다"."""
    vocab = vocabulary()
    words = vocab.forward_verbs + vocab.historical_predicates + vocab.target_setting_verbs
    tail = _LEVEL_QUALIFIER.sub("", candidate.tail, count=1)
    if _first_word(tail, words) in vocab.proposing_verbs:
        return True
    # (or a level told in the plain present, then proposed: "…25평방미터에 도달한다고 명확히 제기했다")
    told = _QUOTATIVE.split(tail, maxsplit=1)
    return (
        len(told) == 2 and tells_act_in_present(tail) and _first_word(told[1], words) in vocab.proposing_verbs
    )


# The figure's own phrase set as a goal or task: "…55만개 이상 창출을 올해의 임무로 설정했다",
# "…86만 명 달성'을 목표로 제시했고"; its clause as what is set ("PM10 농도를 전년대비 14% 이상 낮추는
# 것을 올해 대기 질량 개선 목표치로 책정했다").
_SET_AS_GOAL = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:[가-힣]{1,4}\s?)?(?:[가-힣]+는\s것)?['’”\"]?(?:을|를)\s"
    r"(?:[가-힣]+의\s|(?:올해|금년|내년)\s(?:[가-힣]+\s){0,3}?)?(?:목표치?|임무|과제)(?:로|으로)\s?"
    r"(?:설정|제시|확정|정했|정하|내세|삼|책정)"
)


def is_stated_target(candidate: Candidate, ctx: ArticleContext) -> bool:
    """A target stated as what 목표 is ("경제성장 목표도 10% 이상이다"), or a number a setting verb
    governs ("8% 안팎을 제시함") in a sentence or under a headline that names 목표. A fact reached
    ("목표를 넘어 500만t을 기록") is none."""
    vocab = vocabulary()
    tail = candidate.tail
    if _COMPARED_WITH.match(tail):  # "작년 목표(4.5% 이상) 대비 상향": the old target, a base
        return False
    if _FROM_LEVEL.match(tail):  # "목표는 작년의 7% 좌우에서 6~6.5%로 조정": the level it is revised from
        return False
    if _TARGET_LABEL.match(candidate.line.text) and not reports_fact(tail):
        return (
            True  # "- (신규 취업자 목표치) △장쑤성 120만 명, …": the item's label names its figures targets
        )
    # (the verbs only: "…약 2%로 목표치를 제시했다" is set by 제시, not read as the noun 목표)
    # (a verb, not the letters inside a noun: "제기" in "국제기구이며")
    setting = _first_verb(  # past the level's own qualifier: "7% 이상으로 … 수준을 제시했고"
        _LEVEL_QUALIFIER.sub("", tail, count=1),
        vocab.forward_verbs + vocab.historical_predicates + vocab.target_setting_verbs,
    )
    sets_target = setting in vocab.target_setting_verbs
    in_clause = candidate.text[candidate.clause_start : candidate.quantity.start]
    if states_goals(candidate, ctx.issue_year) or closes_in_goal(candidate):
        return True
    if _SET_AS_GOAL.match(_LEVEL_QUALIFIER.sub("", tail, count=1)):
        return True  # "신규 일자리 55만개 이상 창출을 올해의 임무로 설정했다": the task set, in any tense
    if _TARGET_NOUN_JUST_BEFORE.search(in_clause):
        return True  # "목표액이 100억 위안 규모인 펀드 운용을 시작했다": what the target is, whatever began
    if _PLANNED_AREA.search(in_clause) and not reports_fact(tail):
        return True  # "계획 … 건축 면적은 120만㎡이다" (规划建筑面积): the area the plan sets
    if _TARGETED_MEASURE.search(in_clause) and not _has(in_clause, vocab.historical_markers):
        return True  # "올해 중국이 목표한 반도체 자급률은 70%지만 …에 불과하다" (not last year's)
    if _WHO_SET_TARGETS.search(in_clause):
        return False  # "목표를 제시한 지방정부는 9곳으로": the figure counts who set targets
    if (_TARGET_NOUN.search(in_clause) or in_target_list(candidate)) and (
        sets_target or not reports_fact(tail)
    ):
        return True
    if _has(
        _BRACKETED.sub("", _without_starting_level(candidate, candidate.clause)), vocab.historical_markers
    ):
        return False  # "현재 관련 기업은 약 300개로 …": a figure of now, whatever the sentence then sets
    if setting in _EXPLICIT_SETTING:
        return True  # "…수출입 총액은 6% 증가하는 것으로 설정했다": setting names a target without 목표
    # 목표 in the headline or the paragraph so far ("목표치를 보면, … 그중 티베트는 7% 이상으로 전국
    # 최고 수준을 제시했고, 하이난은 6%, 신장은 5.5~6% 범위를 제시했다")
    paragraph = candidate.line.text[: candidate.sentence_start + len(candidate.sentence)]
    return sets_target and ("목표" in paragraph or "목표" in ctx.article.headline)


_LEVEL_QUALIFIER = re.compile(r"^\s*(?:이상|이하|내외|안팎|이내)(?:으로|로)?")
# Verbs that set a level whatever is named: a 제시 (present) or 인상 (raise) needs a 목표 beside it.
_EXPLICIT_SETTING = ("설정", "확정")


# A figure that heads the noun 목표: "20% 목표를 초과 달성", "6% 안팎의 목표를".
# … or set as one: "12.5%를 목표로 정한", "9.0%를 목표로 제시해".
_SET_AS_TARGET = re.compile(
    r"\s*(?:(?:이상|이하|안팎|내외|가량)\s*)?(?:를|을|의)?\s*목표(?:를|는|가|치를|치는|치로|로)\s"
)
# (or named by 이라는: "매출액 2천억 위엔이라는 발전목표를 달성할 것으로 예상된다")
# (the measure may stand between: "올해 7%의 경제성장률 목표를 달성하기 위해")
_NAMED_TARGET = re.compile(
    r"\s*(?:(?:이상|이하|안팎|내외|가량)\s*)?(?:의\s*(?:[가-힣]+\s)?)?목표(?:를|는|가|치를|치는|로)\s"
    r"|\s*(?:이)?라는\s(?:[가-힣]+\s)?[가-힣]{0,4}목표(?:치)?(?:를|는|가|로)?\s"
    # the target quoted by its words: "연초 세운 ‘1100만 명 일자리 창출’ 목표치 중 54.4%를 달성"
    r"|[^’'”\"‘“.]{0,20}[’'”\"]\s?목표(?:치)?(?:를|는|가|로|중|의)?\s"
)
# The target named, its value in brackets after it: "발행 목표액(3.08조 위안)".
_TARGET_GLOSSED = re.compile(r"(?<!작년\s)(?<!지난해\s)목표(?:액|치|량)?\s?[(（]\s?(?:약\s?)?$")
# The target's level given in brackets after its name, the bracket closing on it: "정부가 설정한
# 신에너지차 판매량 목표(전체 자동차 판매량 중 20%)를 … 달성할 것으로 보인다".
_TARGET_BRACKETED = re.compile(r"(?<!작년\s)(?<!지난해\s)목표(?:액|치|량)?\s?[(（][^()（）]{0,30}$")
_BRACKET_SHUT = re.compile(r"\s?[)）]")


def glosses_a_target(candidate: Candidate) -> bool:
    """The figure is the level of a target named just before it, in brackets: "목표(… 중 20%)를",
    whatever the sentence then says of reaching it ahead of time, "…를 앞당겨 달성할 것으로 보인다" (not a
    target gone by: "…목표(8%)를 달성했다", "목표치(12건)를 조기 달성")."""
    q = candidate.quantity
    own = _QUOTATIVE.split(candidate.tail, maxsplit=1)[0]
    return bool(
        _TARGET_BRACKETED.search(candidate.text, candidate.sentence_start, q.start)
        and _BRACKET_SHUT.match(candidate.text, q.end)
        and not ends_in_past(own)
        and not (_REACHED_IT.search(own) and not _WILL.search(own))
    )


# Reaching or passing a target, and a will: "…를 조기 달성", "…를 넘어섰다"; "…달성할 것으로".
_REACHED_IT = re.compile(r"달성|돌파|초과|넘어")
_WILL = re.compile(r"(?:할|될)\s?것|겠")
_SHARE_OF_IT = re.compile(r"\s?[)）]\s?의\s?[\d.,]+\s?%")
# The target as the object, the figure the level it is put at: "성장률 목표를 2%~3%로 …".
_TARGET_OBJECT_BEFORE = re.compile(r"목표(?:치)?(?:를|을)\s(?:(?:약|최소|최대)\s?)?$")
# The target set at the figure, named after it: "올해 7%로 설정한 성장률 목표를 달성하기 위해".
_TARGET_SET_AT = re.compile(
    r"\s?(?:으로|로)\s?(?:설정|확정|제시|책정)(?:한|된)\s(?:[가-힣]+\s){0,2}?목표(?:치)?(?:를|는|가|의|에)?\s"
)

# The size of a fund or a lending programme being set up, in whatever tense: its money is
# committed ("5천억 위안 규모의 과학기술 혁신 재대출 프로그램을 설립했다", "… 규모의 기금을 공동
# 발기하자는": 发起, to launch a fund, as the Korean-language press writes it).
# … or a fund set up, the verb before its size: "…위해 마련한 100억위엔에 달하는 전문기금은".
_SET_UP_BEFORE = re.compile(r"(?:마련|조성|설립|출범|신설)한\s$")
_FUND_NAMED_AFTER = re.compile(
    r"\s?(?:규모의?|의|에\s?달하는)\s(?:[가-힣A-Za-z·]+\s){0,3}?[가-힣]*(?:펀드|기금)"
)
_FUND_SET_UP = re.compile(
    # (the fund's name may be quoted, with its phase: "3440억 위안 규모의 '국가집적회로산업투자기금 3단계'를 조성했다")
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:규모의?|의|에\s?달하는)\s['‘“\"]?(?:[가-힣A-Za-z·]+\s){0,6}?(?:[가-힣]*펀드|[가-힣]*기금|"
    # ("100억 위안 규모 특별 융자금을 마련했다": a lending programme)
    r"[가-힣]*프로그램|[가-힣]*자금|[가-힣]*융자금?)(?:\s?\d+\s?(?:단계|기|호))?['’”\"]?(?:을|를|이|가|도)\s?(?:함께\s|새로\s|공동\s?)?(?:조성|설립|출범|신설|마련|발기)"
)

# The target named just before its figure by a copula: "목표치인 7.0%", "목표 범위인 6~6.5%".
# 목표 as the object of a relative clause on the subject the figure then counts: "… 보급 목표를
# 제시한 지방정부는 9곳으로", "목표를 달성한 도시가 12개".
_WHO_SET_TARGETS = re.compile(
    r"목표(?:치)?(?:를|을)\s(?:[^\s\d]+\s)?[^\s\d]*[한된]\s[^\s\d]{1,10}(?:은|는|이|가)\s*$"
)
# (or the target's amount right before the figure: "내년 목표량 65억㎥를 쉽게 초과 달성할 것으로 예상")
# … or the plan's amount so named: "올해 … 계획면적 11만 8081헥타르의 48.6%를 달성", "년초계획 106개 마을보다",
# "2019년 1월부터 7월까지 연간 목표 289만채중 207만채가 …"
_TARGET_IS = re.compile(
    r"목표(?:치)?\s?(?:범위|구간)?인\s?(?:약\s?)?$|(?:목표|계획)(?:량|액|치|면적)?\s(?:약\s?)?$|(?:년초|연초)\s?(?:계획|목표)\s$"
)
# A condition of reaching something, then the amount it needs: "…달성하려면 1조7500억위안(…)의 투자가 필요".
_IF_TO_REACH = re.compile(r"(?:하|되|이루|키우|줄이|늘리)려면\s")
_NEEDED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:의|이|가)?\s?(?:[가-힣]+\s)?(?:투자|자금|비용|예산|재원)?(?:이|가)?\s?필요(?:하|한|할|해|로)"
)
# A past month as the end of what was done so far: "지난 7월말까지는 ", "지난 3월까지 ".
_PAST_MONTH_UNTIL = re.compile(r"지난\s?\d{1,2}\s?월\s?(?:말|초|중순|\d{1,2}\s?일)?\s?까지(?:는)?\s")
# The annual target named right before its figure: "연간 목표인 ", "연간 감축 목표 ".
_ANNUAL_TARGET = re.compile(r"연간\s(?:[가-힣]+\s)?목표(?:치)?(?:인)?\s?$")
# A target's figure told as done: "…목표 5000만t를 완료했고", "…목표 3천만t을 이미 달성했다".
_TARGET_DONE = re.compile(
    r"\s?(?:을|를)\s?(?:조기\s?|이미\s?|초과\s?)?(?:완료|달성|완수|완성)(?:했|하였|됐|되었)"
)


def this_years_target_named(candidate: Candidate, issue_year: int = 0) -> bool:
    """ "선전시의 올해 성장률 목표치인 7.0%를 하회했다", "내년 목표량 65억㎥를 …": this (or next) year's
    target, named, whatever the figures reached or are expected to (not "GDP성장률은 당초목표치인 5%에
    달했으며" in a review of a past year)."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    vocab = vocabulary()
    years = periods.year_mentions(before)
    return (
        bool(_TARGET_IS.search(before))
        and (
            _has(before, vocab.this_year + vocab.next_year)
            or any(m.year == issue_year for m in years)
            # the year's own target in a report of its progress: "…감축돼 연간 목표인 2억5000만톤의 38%에 불과했고"
            or _ANNUAL_TARGET.search(before) is not None
            and not any(m.year < issue_year for m in years)
        )
        # (not one told as done: "올해 … 감축 목표 5000만t를 완료했고")
        and not _TARGET_DONE.match(candidate.text, candidate.quantity.end)
    )


# A level a verb sets or states, right after the figure: "… 목표를 7만 대로 제시".
_LEVEL_TO_SET = re.compile(r"\s*(?:이상|이하|안팎|내외|가량)?\s*(?:으로|로)\s")
# A figure that closes an item of an inline list: "△고용창출 1,000만개 이상 △수출입 …".
_LIST_ITEM_VALUE = re.compile(r"\s*(?:이상|이하|내외|안팎)?\s*[▲△▷▶►]")
# … or the last item's, the list's mark right before its name: "… △고용창출 1,000만개(900만개)를 제시".
_IN_LIST_ITEM = re.compile(r"[▲△▷▶►][^▲△▷▶►\d]{1,20}$")


def states_goals(candidate: Candidate, issue_year: int) -> bool:
    """A sentence whose topic is this year's (or a coming year's) goals states them in every clause:
    "올해 연길시의 주요목표는 지역총생산액을 351억원 완성하여 지난해 같은 시기보다 17% 증가하고
    재정수입은 77억원 완성하여 …" — the year before is the base of each growth rate, not a fact.
    A clause that reports what was reached ("실제 성장률은 5.2%에 그쳤다") is none of them."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    topic = _GOALS_TOPIC.search(before)
    if topic is None or _CLAUSE_REACHED.search(candidate.clause) or reports_fact(candidate.rest):
        return False
    if _has(_COMPARISON_BASE.sub(" ", candidate.clause), vocabulary().historical_markers):
        return False  # "…, 지난해 투자는 8% 늘었다": a clause of its own about the year before
    opening = before[: topic.start()]
    return bool(_this_year().search(opening)) or any(
        m.year >= issue_year for m in periods.year_mentions(opening) if not m.base
    )


# "…의 주요목표는", "발전 목표는", "올해 목표 생산량은": the sentence's topic is the goals (or a
# measure named as a target) it goes on to list.
_GOALS_TOPIC = re.compile(r"목표(?:\s?[가-힣]{0,4}(?:량|률|율|액|치|규모))?(?:는|은)\s")
# The year (or the now) a change is counted from: "지난해 같은 시기보다 17% 증가", "전년 대비 5%
# 증가", "작년 수준인 2만t 이하로", "현행보다 40% 확충한", "작년과 동일한 3%로 설정", "지난해의 3배",
# "지난해와 같이 7.2% 증액", "작년처럼"; the year's measure may be named in the base: "작년 실제
# 집행액보다 11.2% 증가한", "지난해 예산보다".
_COMPARISON_BASE = re.compile(
    r"(?:(?:지난해|작년도?|전년도?|현재|현행)\s?(?:같은\s?시기|동기|말|연말)?"
    r"(?:\s(?:실제\s?)?[가-힣]{0,6}(?:액|량|예산)(?=\s?(?:보다|대비|에\s?비해)))?|(?<![가-힣])동기)\s?(?:보다|대비|에\s?비해|에\s?비하여|수준|처럼|(?:과|와)\s?(?:동일한|같은|같이|마찬가지로|비슷한)|의\s?[\d.]+\s?배)"
)


# A report of what a document lists, whose past tense dates the report: "… 등을 꼽았다",
# "…해야 한다는 등 구체적인 수치를 제시했다".
# (or holds, in the present: "방안에는 … 훈련장 두 곳 신설 등의 내용을 포함하고 있다")
_CONTENTS_LISTED = re.compile(
    r"등(?:을|의)?\s?(?:[가-힣]+\s){0,2}?(?:꼽았|제시했|제기했|명시했|열거했|내놓았|담았|포함했|포함시켰|포함하고\s?있|담고\s?있)"
)
# A list mark earlier in the sentence: the figure is in one of its items.
_LISTED_MARK = re.compile(r"[▲△▷▶►]")


# Statistics as the source: what they give is reached. "통계에 따르면 …", "데이터에 의하면 …".
_STATISTICS_CITED = re.compile(r"(?:통계|데이터|집계)(?:에\s?따르면|에\s?의하면)")
# The statistics bureau as the source of the sentence: "…것이 통계국의 설명이다", "통계국에 따르면".
_STATISTICS_REPORTED = re.compile(r"통계국(?:의\s?(?:설명|발표|집계)|에\s?따르면|에\s?의하면|이\s?발표한)")


# A base of comparison followed by the figure it measures: "…지난해 같은 시기에 비해 20%의".
_BASE_OF_NEXT = re.compile(r"(?:보다|대비|비해|비하여)\s?(?:약\s?)?\d")


# A base a comparative measures from: "지난해 말보다 25% 더 많은 …" (not "(전년 대비 5000억 위안 증가)").
# The part of a whole already done, right after the whole: "…의 총투자 중 이미 2억위엔을 완수".
_PART_DONE = re.compile(r"\s*(?:[(（][^)）]*[)）])?\s*(?:의\s)?(?:\S+\s){0,2}?중\s(?:이미|현재까지|지금까지)")
_LIKE_LAST_YEAR = re.compile(r"(?:지난해|작년|전년)\s?(?:와|과)\s?(?:비슷|같|동일|유사)")
# A base of comparison, then a change, right before the figure: "지난해보다 5,000억 위안 이상 증가한 ".
_COMPARED_BEFORE_THE_FIGURE = re.compile(
    r"(?:지난해|작년도?|전년도?)\s?보다\s(?:[^.,]|,(?=\d)){0,30}?(?:증가|늘어난|늘린|확대|상승|감소|줄어든|줄인)[한된]?\s*$"
)
# (the base's figure may stand between: "재정적자는 지난해 3.8%보다 줄어든 3%로 운영할 계획")
_COMPARATIVE_BASE = re.compile(
    r"(?:지난해|작년도?|전년도?|현재|현행)\s?(?:말|연말)?\s?(?:의\s?)?(?:[\d.,]+\s?[^\s\d]{0,4}?\s?)?보다"
)


# The level now as what describes the subject whose new level follows at once: "현재 561km 길이의
# 지하철 길이가 약 660km까지 늘어날 것", "현재 30%의 보급률이 2030년 50%로".
_NOW_OF_SUBJECT = r"\s?(?:[가-힣]{1,4})?의\s(?:[^\s\d]+\s){0,3}?[^\s\d]*(?:이|가)\s(?:약\s?)?(?=\d)"


# The level now a change starts from, before the level it reaches: "현재 80곳에서 120곳으로"
# (a few words may name what is measured: "현재 전체 노동자의 9.2%에서 20%까지 늘리고").
# Last year's level a revision starts from counts as well: "목표는 작년의 7% 좌우에서 6~6.5%로 조정되고".
_STARTING_LEVEL = re.compile(
    r"(?:현재|현행|기존|지금|작년|지난해|전년)(?:의)?\s*(?:[^\s\d]+\s){0,3}[\d.,]+[^\s]*?(?:\s?(?:좌우|안팎|내외|이상))?"
    # (a unit may stand apart: "현재의 1억800만 가구에서 2억3000만 가구로")
    r"(?:(?:\s[가-힣]{1,3})?에서\s|\s?[가-힣]{0,6}(?:을|를)\s(?=\d)"  # "현재 3650㎡ 면적을 4880㎡로": the level now as the object
    # (or naming the measure a change will move: "현재 15% 수준인 비화석 에너지 사용 비중을 5년 안에 5%포인트가량")
    r"|\s?(?:수준|규모)인\s(?:[^\s\d]+\s){0,4}?[^\s\d]*(?:을|를)\s"
    # (or the subject it describes, the new level right after it)
    r"|" + _NOW_OF_SUBJECT + ")"
)


def _without_starting_level(candidate: Candidate, text: str) -> str:
    """`text` without the "현재 80곳에서" of the levels changes reach ("…120곳으로 확대한다"): its
    현재 dates the starting level, not the one to reach, nor a later clause's ("…85% 수준까지")."""
    for start in _STARTING_LEVEL.findall(candidate.text, 0, candidate.quantity.start + 1):
        text = text.replace(start, " ")
    return text


def _without_bases(text: str) -> str:
    """The text without its bases of comparison ("현행보다", "전년 대비"), unless the number it
    ends before is the change from one ("(전년 대비 5000억 위안 증가)" reports that change)."""
    if re.search(rf"(?:{_COMPARISON_BASE.pattern})\s*$", text):
        return text
    return _COMPARISON_BASE.sub(" ", text)


# What a clause reports as reached: "…에 그쳤다", "실제 …", "…를 기록".
_CLAUSE_REACHED = re.compile(r"그쳤|실제|기록|초과\s?달성|달성했")


# … or the support a list's items each get: "대당 보조금 상한액은 TV 400위안, 냉장고 300위안, …".
_SUPPORT_LIST_HEAD = re.compile(r"(?:상한액|상한선|보조금|지원금|지원\s?금액|장려금)(?:은|는|이|가)\s")


def in_target_list(candidate: Candidate) -> bool:
    """A figure in the list a sentence's 목표 opens: "올해 … 주요 목표는 지역생산총액 11%, 공업 증가액
    12% 이상, 사회소비품소매총액 15%, … 성장시키는 등": every item is a target, not only the first.
    The items before it are each a name and a figure, with no verb of their own."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    openings = list(_TARGET_NOUN.finditer(before)) or list(_SUPPORT_LIST_HEAD.finditer(before))
    if not openings:
        return False
    *items, last = _LIST_COMMA.split(before[openings[-1].end() :])
    # the list's first item, where a support list goes on after it ("상한액은 TV 400위안, 냉장고 …")
    first_of_list = (
        not items
        and bool(_SUPPORT_LIST_HEAD.search(before))
        and bool(_LIST_GOES_ON.match(candidate.text, candidate.quantity.end))
    )
    return (
        (bool(items) or first_of_list)
        and all(find_quantities(item) and _names_only(item) for item in items)
        and _names_only(last)
    )


# After a list's figure, the next item: a comma, a short name and its figure ("(약 7만원), 냉장고 300").
_LIST_GOES_ON = re.compile(r"\s*(?:[(（][^)）]{0,30}[)）])?\s*[,，]\s*[^,，\d]{1,12}?\s?\d")


def closes_in_goal(candidate: Candidate) -> bool:
    """A figure of a list the sentence closes by naming it the goals or deciding it: "재정수입은 전년
    대비 16% 성장한 102억 위엔, …, 농민 인당 소득은 6300위엔이 목표라고 말했다", "…는 동기 대비 12%
    증가한 126억 위엔으로, …는 7% 증가한 4350위엔으로 각각 올리기로 했다". Each item after it is a
    name and a figure, however it is counted (전년 대비), and the last closes the list."""
    end = candidate.sentence_end if candidate.sentence_end is not None else len(candidate.line.text)
    after = candidate.line.text[candidate.quantity.end : end]
    own, *items = _LIST_COMMA.split(after)  # the rest of its own item ("…으로"), then the others
    last = items.pop() if items else own
    close = _list_close(last)
    before = candidate.line.text[candidate.sentence_start : candidate.quantity.start]
    listed = last is not own or bool(_LIST_COMMA.search(before))
    if close is None or not (listed or (close == 0 and _GOAL_CLOSE.match(last))):
        return False  # no list: "88%로 떨어진 자급률을 93%로 끌어올리기로" is one clause's verb
    if close and not (find_quantities(last[: close + 12]) and _names_only(last[:close])):
        return False  # the goal word right after this figure, or after the list's last figure
    if last is not own and not _names_only(own):
        return False
    return all(find_quantities(item) and _names_only(item) for item in items)


def _list_close(item: str) -> int | None:
    """Where the predicate that closes a list of figures begins in its last item: the goal word
    ("…6300위엔이 목표라고") or a decision on the level reached ("…4350위엔으로 각각 올리기로 했다")."""
    if goal := _GOAL_CLOSE.search(item):
        return goal.start()
    figures = find_quantities(item)
    end = figures[-1].end if figures else 0  # (0: the level is the figure the item follows)
    if level := _LEVEL_THEN.match(item, end):
        # the verb right after the level decides it, not one of a later clause ("…-1%로 반등했다"며
        # "…련결하겠다"): the first word or two
        verb = re.match(r"\S+(?:\s\S+)?", item[level.end() :])
        if verb and re.search(vocabulary().explicit_forward, verb.group()):
            return end
    return None


# A figure as the level a list's verb reaches: "4350위엔으로 각각 올리기로", "12억 달러로 늘릴 계획",
# "2만5천km에 이르도록 하겠다는" (the verb of reaching, then what makes it a plan).
_LEVEL_THEN = re.compile(r"\S{0,3}?(?:(?:으로|로)\s(?:각각\s)?|에\s?(?=이르|달하|도달))")
# The goal word that closes a list: "…6300위엔이 목표라고 말했다", "…5%가 목표다", "…을 목표로 한다".
_GOAL_CLOSE = re.compile(
    r"(?:^|(?<=\d)(?!\d)\S*\s?)(?:이|가|을|를)?\s?목표(?:이?라고|이?다|이며|임|로\s?(?:한다|하고|했다|제시))"
)


def _names_only(item: str) -> bool:
    """An item of a list of figures: names and numbers ("전 사회고정자산투자 12% 성장"), no verb
    that ends a clause ("…를 추진하고", "…증가했다") and no fact reported."""
    item = _SHARE_NAME.sub("", item)
    return not _CLAUSE_VERB.search(item) and _first_word(item, vocabulary().historical_predicates) is None


# The commas between the items of a list of figures: "11%,규모이상공업 …", "15% , 외국무역 …"
_LIST_COMMA = re.compile(r"\s?[,，]\s?")
# A verb with an ending that closes or links a clause: "추진하고", "확대하며", "늘렸다", "조성된다",
# and a copula that sets the scene: "철도망은 14만여km인데,"; a past verb linking the next clause:
# "…420만명에서 최근 320만명으로 줄였고, 내년까지 …"
_CLAUSE_VERB = re.compile(
    r"(?:하고|하며|하여|해서|했|한다|하는|된다|되고|되며|됐|[었았였](?:다|고|으며|는데|지만)|인데)(?=\s|$|[,.])"
)
# "…이 GDP에서 차지하는 비중": the share a part takes, the name of a measure and no verb of the list
_SHARE_NAME = re.compile(r"차지하는\s?(?=비중|비율)")


# A place's name as the subject right before a figure: "해남이 9.5% 좌우", "저장성은 5~5.5%".
_SUBJECT_PARTICLE_END = re.compile(r"(?:이|가|은|는)\s*$")


def governed_by_place(candidate: Candidate) -> bool:
    """The figure's subject is a place named right before it: each place of a roundup of this
    year's provincial goals states its own."""
    return subject_place_just_before(candidate) is not None


def place_bracketing(candidate: Candidate) -> tuple[str, str | None] | None:
    """The place whose bracket holds the figure: "△ 하이난(海南, 15%) △ 광시(广西, 12%)"."""
    opened = _BRACKET_OPEN_BEFORE.search(
        candidate.text, max(0, candidate.quantity.start - 24), candidate.quantity.start
    )
    if opened is None:
        return None
    name, chinese = opened.group(1), opened.group(2)
    named = f"{name}({chinese})" if chinese else name  # (山西 tells 산시 Shanxi from 산시 Shaanxi)
    places = [p for p in gazetteer.find_places(named) if p.kind != "national"]
    return (places[-1].region, places[-1].city) if places and places[-1].end == len(named) else None


# Places grouped by the band of their targets: "10% 이상 증가율을 목표로 제시한 지역은", "7% 이상을 목표로
# 제시한 지역으로는".
_GROUP_BY_TARGET = re.compile(
    r"\s?(?:이상|이하|미만|초과|대)[^.△▲]{0,20}?목표로\s?(?:제시|설정|정|내건)한\s?(?:지역|곳|성|도시|성시|지방)"
)


# A name, its bracket opened and not closed before the figure: "하이난(海南, " of "하이난(海南, 15%)".
_BRACKET_OPEN_BEFORE = re.compile(r"([가-힣·]{2,12})\s?[(（]([\u4e00-\u9fff·]*)[^()（）]{0,16}[,，]\s*$")


def subject_place_just_before(candidate: Candidate) -> tuple[str, str | None] | None:
    """The place whose name, with its subject particle, stands right before the figure ("해남이
    9.5%"), read in the whole sentence: a list of provinces there confirms names that are also
    common words (해남, 서장)."""
    q = candidate.quantity
    start = candidate.sentence_start
    particle = _SUBJECT_PARTICLE_END.search(candidate.text, max(start, q.start - 6), q.start)
    if particle is None:
        return None
    sentence = candidate.text[start : start + len(candidate.sentence)]
    for place in gazetteer.find_places(sentence):
        if place.kind != "national" and start + place.end == particle.start():
            return place.region, place.city
    return None


# A level then a superlative that compares it with others: "…으로 가장 규모가 큼", "…으로 가장 많다".
_SUPERLATIVE_AFTER = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?(?:으로|로)\s(?:[^\s\d]+\s)?가장\s")


# A decision to act, whose 로 names no level: "이주시키기로 결정했다", "늘리기로 정했다".
_TO_ACT_DECIDED = re.compile(r"(?<=[가-힣])(?:기|키)로(?=\s?(?:결정|확정|정했|정하|정해))")


def is_allotted_level(candidate: Candidate, this_year: bool = False) -> bool:
    """A level or amount a verb of allotting governs ("GDP 대비 4% 안팎으로 책정했으며", "1조 위안으로
    편성됐다", "예산을 올해 300억 위안 편성하고"):
    what is set for the year, in whatever tense the news reports the setting. This year's spending
    reported as the budget is read ("올해 중앙정부 지출이 4조 위안으로 전년대비 6.9% 증가했다고 밝혔다"),
    where the sentence or the article (`this_year`) is about this year."""
    vocab = vocabulary()
    if _CHANGE_MODIFIER.match(candidate.tail):
        return False  # "전년대비 10.44% 증가한 51억 6000만 위안의 예산을 배정했다": the change, not the level
    if is_from_value(candidate):
        return False  # "예산은 기존 10억 위안(약 1800억 원)에서 50억 위안으로 늘어난다": where it starts
    verbs = vocab.forward + vocab.historical_predicates + vocab.allotting_verbs
    in_clause = candidate.text[candidate.clause_start : candidate.quantity.start]
    if _RAISED_FOR_THIS_YEAR.search(in_clause) and _RAISED_TO.match(candidate.tail):
        return True  # "…자금을 작년 1500억위안에서 올해 3000억위안으로 확대했다": this year's money, set
    spending = _SPENDING_SUBJECT.search(in_clause) and (this_year or _names_this_year(in_clause))
    # (the level it is set at, "…쿼터는 6만2000t으로", not a change foreseen, "…쿼터는 5% 증가할 것이라고")
    quota = (
        _QUOTA_SUBJECT.search(in_clause)
        and _names_this_year(in_clause)
        and _LEVEL_SET_AT.match(candidate.tail)
    )
    budget = (_BUDGET_SUBJECT.search(in_clause) or spending or quota) and not _CHANGE_MODIFIER.match(
        candidate.tail
    )
    allotted = _ALLOTTED_BEFORE.search(candidate.text, candidate.sentence_start, candidate.quantity.start)
    tail = _QUALIFIER_BEFORE_LEVEL.sub("", candidate.tail, count=1)  # "10%이상으로 조정했고"
    # ("…의 경품과 보조금이 배정됐고": the support named as what is allotted is no verb of its own;
    # "20%까지 보조금이 책정됐다": 까지 right after the level bounds it, no deadline)
    # "GDP의 2.1%에 달하는 1조 위안으로 정했다": the share equals the level the verb sets
    tail = _EQUAL_TO_LEVEL.sub(" ", _LEVEL_BOUND.sub(" ", tail, count=1), count=1)
    # ("…이주시키기로 결정했다": a decision to act, no level "로 결정")
    tail = _TO_ACT_DECIDED.sub(_blank, tail)
    first = _first_word(_allotted_support().sub(" ", tail), verbs)
    if first not in vocab.allotting_verbs and not budget and not allotted:
        return False
    if first == "차지":
        return False  # "…고등교육 예산이 3.6%가량을 차지한 셈": the share a budget takes, described
    if not budget and not allotted and first.startswith("확보") and candidate.quantity.unit == "count":
        return False  # "…핵심기술 300여 건을 확보했고": things counted as won, no level allotted
    if _SUPERLATIVE_AFTER.match(candidate.tail) and not _names_this_year(candidate.sentence):
        # "…의 예산은 각각 18,750만 위안으로 가장 규모가 큼": budgets compared, as they are (this year's
        # largest item is still this year's budget: "올해 교육 예산이 … 410억 위안으로 가장 많았다")
        return False
    if _STATISTICS_REPORTED.search(candidate.sentence):
        return False  # "…비율은 2.69%로 … 증가했다는 것이 통계국의 설명이다": a statistic, no budget set
    if candidate.quantity.unit == "count" and _TO_WHOM.match(candidate.tail):
        return False  # "…국유기업 4개사에 할당된다": who receives, not the level allotted
    if _NOW_OPENING.search(candidate.text, candidate.sentence_start, candidate.quantity.start) and (
        _PROGRESSIVE_END.search(candidate.sentence)
    ):
        return False  # "중국은 현재 … 단일 지분은 20%로, 합산 지분은 25%로 제한하고 있습니다": the level now
    if first in vocab.allotting_verbs and re.match(r"(?:액|량|분|률)", tail[tail.find(first) + len(first) :]):
        return False  # "…의 20% 정도 할당액을 차지하지만": a noun of what is allotted, no verb
    # "지난해 증가율을 4.1%로 하향 조정했다": a past figure revised, not a level set (a base of
    # comparison, "전년 대비 9% 증가한", "작년 수준인", dates nothing); in its own clause ("지난해
    # 수입은 557억 위안에 달했는데, 금년에는 … 581억 위안으로 잡았다")
    before = candidate.text[candidate.clause_start : candidate.quantity.start]
    before = _HALF_YEAR.sub(
        " ", _COMPARISON_BASE.sub(" ", before)
    )  # "상반기 채굴량을 …으로 정함": a quota's period
    if dated := _ANNOUNCED_IN.match(candidate.sentence):
        before = before.replace(dated.group(1), " ")  # "작년 말 정부는 올해 … 쿼터를 …로 정하고": when set
    if _CUMULATIVE.search(before) and _ALLOTTED_IN_PAST.match(tail):
        return False  # "…기간에 … 보조금을 누계로 2,243억원 배정했는데": the period's sum, spent
    return not _has(before, vocab.historical_markers)


# A finance body named before the amount: "재정부", "중앙재정", "재정청", "재정국".
_FINANCE_BODY = re.compile(r"재정부|중앙\s?재정|재정청|재정국")
# … and the amount issued, raised or spent by it, right after the amount (past a gloss and "…에 달하는
# 보조금을"): "2274억원(인민페)를 하달했다", "243억원을 재차 조달했다", "100억 위안(…)을 집행해".
# ("2.5억위안에 달하는 중앙자연재해생활보조자금을 배치했다": deployed, 下拨)
_FUNDS_ISSUED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:에\s?달하는\s(?:\S+\s){0,2}?\S+?)?(?:을|를)\s?"
    r"(?:재차\s|추가로\s|앞당겨\s|사전에\s|긴급\s)?(?:하달|조달|집행|교부|배치)"
)


def issued_by_finance(candidate: Candidate) -> bool:
    """Money a finance body issues (下达), raises or spends for a purpose, in any tense: "중앙재정이 …
    특별자금 162억위안을 하달했다", not a sum over a period ("누계로", "누적으로")."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    if _SPENT_BY_NOW.search(before):
        # "지난달 31일 기준으로 … 예산 9천80억위안 중 … 집행했다": progress to a date; "재정부는 이미 … 674억원에
        # 달하는 유가 보조금을 조달했고": spent
        return False
    return (
        candidate.quantity.unit in _MONEY
        and bool(_FINANCE_BODY.search(before))
        and bool(_FUNDS_ISSUED.match(candidate.text, candidate.quantity.end))
        and not _CUMULATIVE.search(before)
    )


_SPENT_BY_NOW = re.compile(r"기준|이미\s")


# A sum over a period ("누계로", "루계로" as the Korean-language papers of China spell it, "누적") and an
# allotting verb in the past after it.
_CUMULATIVE = re.compile(r"(?:누계|루계|누적)(?:으로|로)?\s")
_ALLOTTED_IN_PAST = re.compile(r"\s?(?:을|를|이|가)?\s?[가-힣]{1,4}(?:했|하였|됐|되었|되였)")


_LEVEL_BOUND = re.compile(r"^\s*까지\s")
# A share followed by the amount it equals: "…의 2.1%에 달하는 1조5300억 위안으로".
_EQUAL_TO_LEVEL = re.compile(
    r"^\s*(?:[(（][^)）]*[)）])?\s*에\s?(?:달하는|해당하는|상당하는)\s(?=[\d.,]+\s?[조억만천]*)"
)


@cache
def _allotted_support() -> re.Pattern[str]:
    """The support named as the subject or object of the allotting verb after it: "보조금이
    책정됐다", "보조금을 별도로 책정했다"."""
    topics, verbs = alternation(vocabulary().funding_topics), alternation(vocabulary().allotting_verbs)
    return re.compile(rf"(?:{topics})(?:이|가|을|를)\s(?=(?:\S+\s)?\S*(?:{verbs}))")


_HALF_YEAR = re.compile(r"(?:상|하)반기")
# A count of recipients: "…4개사에 할당된다", "…30개 도시에게 배정".
_TO_WHOM = re.compile(r"\s?(?:[가-힣]{1,4}?\s?)?(?:에|에게)\s")
# Money for this year raised from last year's: "…자금을 작년 1500억위안(약 30조원)에서 올해 | 3000억위안으로 확대";
# a target likewise, raised or cut: "재정적자 목표치를 지난해 2.6%에서 올해는 | 2.8%로 높였다".
_RAISED_FOR_THIS_YEAR = re.compile(
    r"(?:자금|예산|보조금|지원금|목표치|목표)(?:을|를|이|가|은|는)?\s(?:\S+\s){0,3}?(?:작년|지난해|전년)\s?(?:[^.]|\.(?=\d))*?에서\s"
    r"(?:올해|금년)(?:는|에는)?\s?$"
)
_RAISED_TO = re.compile(
    r"(?:\s?[(（][^)）]*[)）])?\s?(?:으로|로)\s?(?:확대|증액|늘|인상|상향|높|올리|올렸|낮추|낮췄|줄|인하|하향)"
)
# The level's own qualifier, before the particle that makes it the level set: "이상(으로)".
_QUALIFIER_BEFORE_LEVEL = re.compile(r"^\s*(?:이상|이하|내외|안팎|이내)(?=으로|로)")
# What was allotted, as the subject of the figures: "할당된 철강과 시멘트의 생산량은 각각 1억t, …".
_ALLOTTED_BEFORE = re.compile(
    r"(?:할당|배정|책정|편성|시달)된\s(?:\S+\s){0,5}?\S+(?:은|는)\s(?:각각\s)?(?:[^\s,]*\d[^\s,]*,\s?)*$"
)


# A budget as the subject of its amount: a level allotted, however the news words it ("중앙의 예산
# 규모는 … 8조 위안이었다", "국방 예산이 전년대비 10% 증가한 8800억 위안으로 가장 많았다"), or the
# bill that proposes it ("올해 국방예산안은 작년 실제 집행액보다 11.2% 증가한 6702억 위안이라고 밝혔다").
# (or a quota, for the year it is issued for: "올해 희토류 수출쿼터를 1만680t 추가 확대했다")
_BUDGET_SUBJECT = re.compile(r"예산(?:안)?(?:\s?규모)?(?:은|는|이|가)\s|(?:쿼터|할당량)(?:를|을)\s")
_LEVEL_SET_AT = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?(?:으로|로)\s")
# This year's quota as the subject: "올해 첫 번째 텅스텐 정광 생산량 쿼터는 6만2000t으로 …" (not quotas
# described, "전력 할당량은 … 10%에서 90%로 다양하다").
_QUOTA_SUBJECT = re.compile(r"(?:쿼터|할당량)(?:은|는|이|가)\s")
# Spending as the subject of its figure: "중앙정부 지출이", "국방 지출의 경우", "교육 분야에서 지출은".
# … or the money a budget funds: "올해 중앙재정 … 보조자금은 2100억위안으로 … 증가했다".
# (and bonds to issue: "그중 올해 우선 발행 규모는 1조 위안이다")
_SPENDING_SUBJECT = re.compile(r"(?:지출|보조자금|보조금|지원자금|발행\s?규모)(?:은|는|이|가|의\s경우)\s")


def _names_this_year(text: str) -> bool:
    """A this-year word for the whole year, not a part of it ("올해 1~10월", "올해 상반기")."""
    return any(not _THIS_YEAR_SPAN.match(text, m.end()) for m in _this_year().finditer(text))


# A change that modifies the level after it ("지난해보다 9.5% 늘어난 8조 위안"): the change, not the level.
# (or the difference that sets it apart: "지난해보다 1%포인트 높은 5%로")
_CHANGE_MODIFIER = re.compile(
    r"\s?(?:포인트|p)?\s?(?:더\s?)?(?:늘어난|증가한|감소한|줄어든|확대된|인상된|삭감된|높은|낮은|많은|적은)\s"
)


# A level to reach, then the next item of a list of changes: "16%로, 전체 공업제품에서 …".
_LEVEL_THEN_NEXT_ITEM = re.compile(r"\s*(?:이상|이하|까지|수준|정도)?\s*(?:으로|로)\s?[,，]\s")


# The noun a "…에 달하는" figure sizes, as the object of the next verb: "는 3북방호림 등 지역의 식수조림을 ".
_SIZED_OBJECT = re.compile(r"는\s[^.]{1,50}?(?:을|를)\s")


# A deed named as one of several, "…를 짓는 등": the present adnominal takes the tense of the predicate
# after the list, and that predicate closes in the past ("…를 달성했다", "…를 달성했"고 밝혔다).
_AMONG_OTHERS = re.compile(r"[^.,]{0,40}?[가-힣](?<!하기)는\s?등(?:의)?\s")
_CLOSES_ON = re.compile(r"([가-힣])(?:습니)?다?\s*[.。]?\s*$")


# A deed done, explained by the sentence's close: "…추가 개통된 것이다", "…넘어섰던 셈이다".
# (or joined to what else it means: "…문제가 전격적으로 해결된 것이자 … 마무리되었음을 상징한다")
_EXPLAINED_PAST = re.compile(
    r"(?:된|됐던|했던|었던|았던)\s?(?:것|셈)(?:(?:이다|입니다|임)\s*[.。]?\s*$|이자\s)"
)


def _closes_in_past(clause: str) -> bool:
    """The clause closes on a past stem (its syllable ends on ㅆ: 했, 늘렸, 달성했습니다), whether or not
    the quotative cut off its 다."""
    m = _CLOSES_ON.search(clause)
    return bool(m) and m.group(1) != "있" and _final_consonant(m.group(1)) == _SSANG_SIOT


# A verb made a noun (its last syllable closed by ㅁ) as the cause of what follows: "…설비를 늘림에 따라 ",
# "…가 증가함에 따라 ".
_AS_IT_DID = re.compile(r"[^.,]{0,25}?([가-힣])에\s?따라\s")
_MIEUM = 16  # the final ㅁ among the 28 final consonants of a Hangul syllable


def _final_consonant(syllable: str) -> int:
    return (ord(syllable) - 0xAC00) % 28


def reports_fact(tail: str) -> bool:
    """The first predicate after a number states a fact: "… 4.1조 위안을 기록", "…를 육성하였으며"."""
    vocab = vocabulary()
    if _EQUIVALENT_TO.search(tail):
        return True  # "이는 42만t의 석탄 소비를 줄이는 효과와 같다": what a figure equals, a gloss
    if (
        (cause := _AS_IT_DID.match(tail))
        and _final_consonant(cause.group(1)) == _MIEUM
        and ends_in_past(tail)
    ):
        return True  # "5GW의 설비를 늘림에 따라 총 … 설비는 33GW 이상으로 늘었다": a cause, told in the past
    if _HOLDS_NOW.match(tail):
        return True  # "…11개의 연구실을 갖추고 있으며": what a body has, now
    if _FINDING.match(tail):
        return True  # "…각각 30%, 50% 향상된 것으로 나타났다": what a verb did, reported as a finding
    if _STATE_REACHED.search(tail):
        return True  # "…3곳의 설립을 승인한 상태다": whatever the verb, a state reached
    if _EXPLAINED_PAST.search(tail):
        return True  # "…2개월 만에 4개 노선이 추가 개통된 것이다": a deed done, explained
    if "적" in tail and _EVER_DONE.search(tail):
        return True  # "3%는 …의 마지노선으로, 이를 초과한 적은 한 번도 없다": what has (never) happened
    if _PLAN_MET.search(_QUOTATIVE.split(tail, maxsplit=1)[0]):
        return True  # "…3170만t 감축해 연간 목표의 63.4%를 달성했다": how much of the plan was done
    if (among := _AMONG_OTHERS.match(tail)) and not re.search(vocab.explicit_forward, among.group()):
        main = _QUOTATIVE.split(tail[among.end() :], maxsplit=1)[0]
        if _closes_in_past(main):
            return True  # "주택 355만 가구를 새로 짓는 등 복구계획 95%를 달성했다": the deeds listed, past
    # the reported clause, not the verb that reports it: "…빠져나오게 해야 한다"고 말했다"
    tail = _QUOTATIVE.split(tail, maxsplit=1)[0]
    if _DONE_THEN.match(tail):
        return True  # "…각각 2t의 인삼 종자를 투하한 데 이어 내년에도 …": what was done, then the plan
    if _LEVEL_THEN_NEXT_ITEM.match(tail):
        # "…비율을 9%에서 16%로, … 차지하는 … 비율을 15%에서 25%로 높이기로 했다": one verb closes the
        # list of changes, not the next item's modifier
        return ends_in_past(tail) and not re.search(vocab.explicit_forward, tail)
    first = _first_word(
        tail,
        vocab.forward_predicates
        + vocab.historical_predicates
        + vocab.allotting_verbs
        + vocab.proposing_verbs,
    )
    if first in vocab.allotting_verbs or first in vocab.proposing_verbs:
        # "목표가 6%로 확정되였지만", "올해 경제성장률을 6.5% 안팎으로 제시했다": a level set or put
        # forward, in whatever tense the setting is told
        return False
    if first is None:
        return False
    if _DECIDED_TO.search(tail, 0, tail.find(first)):
        return False  # "…20%의 비율로 분담하기로 했다": 했다 closes a decision to act, no deed
    after = tail[tail.find(first) + len(first) :]
    if _DONE_WHEREAS.match(after):
        return True  # "총 7개 성이 5조 위안을 돌파한 반면, …": what one did, against another
    if after.startswith("금") and ends_in_past(tail) and not re.search(vocab.explicit_forward, tail):
        return True  # "…1억 위안이 넘는 장려금을 받았다": the money noun's verb decides, received
    if first in vocab.historical_predicates and _WILL_COME_TO.match(after):
        return False  # "…38%를 차지하게 된다": what it will come to, not what it is
    if (
        first in vocab.historical_predicates
        and first.endswith(_CONNECTIVE_ENDINGS)
        and (coming := _WILL_COME_TO.search(after))
        and not _PAST_ENDING.search(after, 0, coming.start())
    ):
        # "신규 노선은 1만1천km에 달해 … 전체 길이가 3만km에 달하게 돼 …": joined to what it will come to
        return False
    if first in vocab.historical_predicates:
        # "80,000~200만 위안에 달하는 주택 보조금도 지급한다": a modifier; the verb it modifies decides
        # ("3천억 위안에 달하는 … 펀드 구성을 준비하고 있다": a fund being readied)
        # ("25만무에 달하는 … 지역의 식수조림을 완수하고 …", "총 216Km에 달하는 지하철 10개 노선의 공사에
        # 착수한다고": the size of the work the next verb will do)
        return not (
            after.startswith("는 ")
            and ends_in_present(tail)
            and (
                has_verb(after, vocab.funding_verbs + vocab.grant_verbs + vocab.preparing_verbs)
                or (sized := _SIZED_OBJECT.match(after)) is not None
                and has_verb(after[sized.end() : sized.end() + 8], vocab.forward_verbs)
                or _first_verb(after, vocab.forward_verbs + vocab.historical_predicates)
                in vocab.forward_verbs
            )
        )
    if first in vocab.preparing_verbs and (_PROGRESSIVE.match(after) or first == "준비"):
        # "10억 위안을 준비하고 있다", "보조금으로 50억위안을 준비했다": readied, not yet spent
        return False
    if _JOINED.match(after) and ends_in_past(tail) and not re.search(vocab.explicit_forward, tail):
        return True  # "…1조원을 돌파하여 2013년 이래 최고 수준에 이르렀다": the sentence's last verb
    if (joined := _JOINED_TO_PAST.match(after)) and not re.search(vocab.explicit_forward, joined.group()):
        return True  # "…16,734억 위안을 달성해 5.2% 성장하였으며, 이는 …": the next verb's tense
    if after.startswith(",") and ends_in_past(tail) and not re.search(vocab.explicit_forward, tail):
        return True  # "투자를 7441억원 실현, 전해에 비해 30.3% 성장, … 30% 성장했다": a verb noun listed, the last verb's tense
    if _LEVEL_DESCRIBED.match(after):
        return True  # "이는 2019년 대비 10.6% 확대된 규모다": a level described, as it is
    if _ACHIEVEMENTS.search(tail) and not re.search(vocab.explicit_forward, tail):
        return True  # "▷라벨링 기업 223곳 유치 및 육성 ▷… 등 성과를 거뒀다": results listed
    if _COMPLETED.match(after):
        return True  # "2601억 위안의 투자를 마쳤으며": the work named by the verb noun is done
    if _HAS_BEEN_DOING.match(after):
        return True  # "수십 만 달러를 티베트에 지원해 왔으며": what has been done so far
    return bool(_PAST_TENSE.match(after))


# What a body holds now, the figure the object of its own clause: "…11개의 연구실을 갖추고 있으며",
# "…공장 3곳을 운영하고 있다" (not "…갖추고 있을 것이다": what it will hold).
_HOLDS_NOW = re.compile(
    r"[^.,]{0,30}?(?:을|를)\s?(?:갖추|보유하|구비하|운영하)고\s?있(?:으며|다|고\s|는\s|음|어)"
)
# A topic named by what is still to be done to it, in the prospective adnominal: "새로 건설될 … 길이는",
# "투입할 자금은".
_PROSPECTIVE_TOPIC = re.compile(r"[가-힣](?:될|할)\s(?:[^\s.,]+\s){0,5}?[^\s.,]*(?:은|는)\s")
# The suffix that makes a noun an adjective or adverb: "기록적인 적자", "획기적으로".
_ADJECTIVE_SUFFIX = re.compile(r"적(?:인|으로|이)")
# A deed set against another's: "…돌파한 반면", "…늘어난 반면에".
# By how much a goal was beaten, or what was reached: "250만명 초과 달성한 것을", "… 20% 초과 달성했다".
# (초과 may have been read as the figure's qualifier, "more than")
_OVERACHIEVED = re.compile(r"\s?(?:을|를|이|가)?\s?(?:초과\s?)?달성(?:했|하였|됐|된|한(?!다))")
# The level reached as the means of beating the target, in the past: "10.7%의 성장률로 목표를 0.7%p 초과했다".
_BEAT_TARGET = re.compile(
    r"\s?(?:의\s[가-힣]+)?(?:으로|로)\s(?:[가-힣]+\s)?목표(?:치)?(?:를|을)\s(?:\S+\s)?"
    r"(?:초과|상회|웃돌|넘어섰|넘었|달성)(?:했|하였|았|었)"
)
# A deed in the past adnominal that the next clause follows on: "…을 투하한 데 이어 ", "…를 뿌린 것에 이어서 ",
# "…병원을 연 데 이어 " (열다, to open).
_DEED_THEN_NEXT = r"(?:한|된|친|린|낸|운|진|난|은|연)\s?(?:데|것)에?\s?이어(?:서)?\s"
# … as the first predicate after a number: the deed a plan follows on.
_DONE_THEN = re.compile(r"[^,.]{0,30}?(?:[가-힣]|(?:을|를)\s)" + _DEED_THEN_NEXT)
_DONE_WHEREAS = re.compile(r"(?:한|된|난|른|했던|였던)\s?반면")
# A decision to act, right before the predicate that tells it: "분담하기로 했다", "늘리기로 하였다".
# (not a decision not to: "…생산시설 허가를 내주지 않기로 했다" bans, whatever its figures are)
_DECIDED_TO = re.compile(r"(?:[가-힣](?<!않)기|키)로\s?$")
# What has been done up to now: "지원해 왔으며", "추진되어 왔다".
_HAS_BEEN_DOING = re.compile(r"(?:하여|해|되어|돼)\s*왔")
# What has or has never happened: "…을 초과한 적은 한 번도 없다", "…에 달한 적이 있다".
# (after a past adnominal -ㄴ: 한, 된, 넘긴, 늘어난 …; not 목적, 실적, 업적)
_EVER_DONE = re.compile(
    r"(?:한|된|던|진|난|긴|친|낸|린|온|본|간|른|선|운)\s?적(?:이|은|도)\s?(?:한\s?번도\s?|거의\s?)?(?:없|있)"
)


# A sentence closed by what its figures equal: "…을 감축하는 효과와 같다", "…에 맞먹는다", or the effect
# they have: "이는 약 60만 가구의 … 사용량을 충족하는 양으로 연간 100만t에 가까운 이산화탄소를 감축하는 효과가 있다".
_EQUIVALENT_TO = re.compile(
    r"(?:와|과)\s?(?:같다|같은 수준이다|맞먹는다)\s*[.。]?\s*$|에\s?맞먹는다\s*[.。]?\s*$"
    r"|효과가\s?있다\s*[.。]?\s*$"
)


# How much of a plan or target was done: "연간 목표의 63.4%를 달성했다", "년간 계획의 139.5%를 완수했고",
# "감축 목표의 87.1%를 작년 말까지 실현했다"; or a target met, told in the past: "1분기 목표를 14일
# 앞당겨 완수했다", "4.1% 줄여 목표 3.6% 이상을 웃돌았다", "예정된 목표보다 19.3% 초과 완성했다" (the
# figures around it are results).
# A target met, whatever its figure: "…계획 목표를 조기에 달성했다", "목표를 초과 완수하였다".
# ("…임무목표를 169.64% 초과했다", "…계획을 초과완수했다": met and more)
_TARGET_MET = re.compile(
    r"(?:목표|계획)(?:를|을)\s?(?:\S+\s){0,2}?(?:초과\s?)?(?:달성|완수|실현|초과)(?:했|하였|한\s)"
    # (the plan as the subject: "…3년 행동계획이 원만히 마무리되었음을 상징한다")
    r"|(?:목표|계획)(?:이|가)\s?(?:\S+\s){0,2}?(?:달성|완수|완료|실현|완성|마무리)(?:됐|되었|되였)"
)
# A plan named only to say which year is meant: "11차5개년 개발계획(11ㆍ5계획)의 마지막 해인 작년에",
# "10ㆍ5계획 마지막 연도인 2005년의" (no plan of the figure).
_PLAN_NAMES_A_YEAR = re.compile(
    r"(?:계획|규획)\s?(?:[(（][^)）]{0,20}[)）])?\s?(?:의\s?)?(?:마지막|첫|시작|최종)\s?(?:해|연도|년도)(?:인|이던|였던)\s"
)
_PLAN_MET = re.compile(
    # (the plan's amount may be named: "계획면적 11만 8081헥타르의 48.6%를 달성하였다"; the verb may join
    # the next clause: "년초계획의 152%를 달성하고")
    r"(?:목표|계획)(?:치|량|면적|액)?(?:\s[\d.,]+\s?[조억만천]*(?:\s?[\d.,]+)?\s?[^\s\d]{0,6})?의\s?[\d.,]+\s?%"
    r"(?:를|을)?\s?(?:\S+\s){0,3}?(?:초과\s?)?"
    r"(?:달성|완수|완성|완료|실현)(?:했|하였|한|하여|해\s|하고\s|하며\s)"
    # … or its progress as a rate: "올해 목표의 90.7%의 달성률을 보였다"
    r"|(?:목표|계획)(?:치|량)?의\s?[\d.,]+\s?%의?\s?(?:달성률|달성도|완성률|완성도|진척률)"
    # … or how far short of a target, its level named: "2015년 목표인 65억입방미터의 80%에 그쳐"
    r"|목표(?:치|량)?인\s?[\d.,]+\s?[조억만천]*\s?[^\s\d]{0,6}의\s?[\d.,]+\s?%(?:에|를|을)?\s?(?:그쳐|그쳤|그친|불과|머물)"
    r"|(?:예정된\s?|계획된\s?)?목표(?:치|량)?(?:를|을|보다)?\s(?:\S+\s){0,3}?(?:초과\s?)?"
    r"(?:(?:달성|완수|완성|완료|실현)(?:했|하였|됐|되었)|웃돌았|상회했|넘어섰)"
    # … or the share of a target reached so far: "신규 대출이 연간 목표치의 60%에 육박한 셈"
    # (or now, the target's level in brackets: "…로서 년간목표 (3,000 킬로메터)의 106.1% 에 달한다")
    r"|(?:목표|계획)(?:치|량)?\s?(?:[(（][^)）]{0,30}[)）])?\s?의\s?[\d.,]+\s?%\s?(?:에|를|을)?\s?"
    r"(?:(?:육박|도달|근접|달|이르|이)(?:했|하였|한\s?셈|렀)|(?:육박|도달|근접|달)(?:한다|하며|하고)|이른다|이르며)"
    # … or the share of a plan named in one compound, done: "복구계획 95%를 달성했다"
    r"|(?:목표|계획)\s[\d.,]+\s?%(?:를|을)?\s?(?:초과\s?)?(?:달성|완수|완성|완료|실현)(?:했|하였)"
)


def is_share_of_plan_met(candidate: Candidate) -> bool:
    """The number is how much of a plan was done: "감축 목표의 87.1%를 작년 말까지 실현했다"."""
    q = candidate.quantity
    if (done := _LEVEL_AS_SHARE.match(candidate.text, q.end)) and _PLAN_MET.match(candidate.text, done.end()):
        return True  # "농촌도로는 3,183 킬로메터로서 년간목표 (3,000 킬로메터)의 106.1% 에 달한다": the level done
    return any(
        m.start() < q.start and m.end() > q.end
        for m in _PLAN_MET.finditer(candidate.text, candidate.sentence_start)
    )


# A level told as what it comes to against the target that follows: "3,183 킬로메터로서 년간", "…로 연간 ".
_LEVEL_AS_SHARE = re.compile(r"\s?(?:로서|으로서|으로|로)\s?,?\s?(?:년간|연간|올해|금년)?\s?(?=목표|계획)")


# Money yet to spend as the subject of its amount: "공동 투자할 자금은 …", "투입될 예산은 총 …".
# (or in the present of the work planned: "공사에 투입되는 자금은 133억위엔이라고")
# (or decided on right before it: "칭다오시 정부가 투입하기로 한 20억 위안은 … 최고 액수다")
_MONEY_TO_SPEND = re.compile(
    r"(?:할|될|(?:투입|투자|소요)되는)\s(?:자금|금액|예산|투자액|투자금|비용|사업비)(?:은|는|이|가)\s(?:총\s?|약\s?)?$"
    r"|(?:투입|투자|지원|지급|배정)(?:하기로|키로)\s(?:한|했던)\s(?:총\s?|약\s?)?$"
)
# Money as the subject of what it will be used for: "2,000억 위안은 산업폐수 처리를 위해 사용된다".
_MONEY_PUT_TO = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:은|는|이|가)\s[^.]{0,40}?(?:위해|위하여|에)\s(?:사용된다|사용될|쓰인다|쓰일|투입된다|투입될)"
)
# The cost of a plan's projects, named as the subject of its amount: "프로젝트에 따른 총 투자액은 약 " (not
# "현재 … 건설 중인 프로젝트의 총 투자액은": what is being spent, described).
_PLAN_COST_NAMED = re.compile(
    r"(?:계획|프로젝트|사업|방안)에\s?따른\s(?:총\s?)?(?:투자액|투자\s?규모|사업비|소요\s?예산)(?:은|는|이|가)\s(?:약\s?|총\s?)?$"
)
# A project's total or planned investment as the subject of the amount: "총투자가 ", "총 투자액은 ",
# "계획총투자가 ", "계획투자액이 무려 ", "총 투자 금액은 약 " (not the statistics of fixed assets,
# "고정자산 총투자액은").
_PROJECT_COST = re.compile(
    r"(?<!자산)(?<!자산\s)(?:계획\s?총?|총)\s?투자(?:\s?(?:액|규모|금액))?\s?(?:은|는|이|가)\s(?:약\s?|무려\s|총\s)?$"
)
# … or the investment opening its sentence, the works the sentences before describe: "…건설된다. 투자
# 규모는 2000억 위안에 이른다".
# (or the works' budget: "건설 예산만 6,240억 홍콩달러(…)에 달한다")
# (past what it is spent on, and as the money to invest: "이 설비에 투자하는 금액만 16억위안(…)에 달하며")
_COST_OPENS_SENTENCE = re.compile(
    r"\s*(?:[^\s,.]+\s){0,3}?(?:투자\s?(?:규모|액)|투자(?:하는|할)\s금액|(?:건설|사업|공사)\s?예산)"
    r"(?:만|은|는|이|가)\s(?:약\s?|무려\s|총\s)?$"
)
# A project told as finished: "…공사는 지난해 모두 완공됐다", "…개조를 마쳤다".
# (or already begun, "이미 … 착공"; or a firm's project a zone has attracted: "…에 달하는 … 등 일련의
# 대형 프로젝트를 적극 유치했다")
_PROJECT_DONE = re.compile(
    r"(?:완공|준공|완성|개통|마무리|가동|개조|유치)(?:됐|되었|되였|했|하였)|(?:마쳤|끝냈|들어갔)|이미\s"
)


_BUILT_WHEN = re.compile(r"완공|준공|개통")
# The amount's own verb of reaching, in the present: "…에 달하는 … 공정이", "총 투자액은 9.77억원에 달하고 …".
_COST_REACHES = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?에\s?(?:달하는|이르는|달하고|달하며|달한다|이르며|이른다)"
)


def names_a_project_cost(candidate: Candidate, tail: str) -> bool:
    """What a project will cost, named as its total investment, whatever tense describes the
    project ("…대상건설을 추진하게 되는데 이 대상건설은 현재 … 진행되고 있는중이다"): not a project done
    or a figure compared with the year before."""
    opening = candidate.text[candidate.sentence_start : candidate.quantity.start]
    if not (
        _PROJECT_COST.search(candidate.text, candidate.clause_start, candidate.quantity.start)
        # (reaching it in the present: not "투자규모는 683억위안이었으며", a past year's)
        or _COST_OPENS_SENTENCE.match(opening)
        and _COST_REACHES.match(candidate.text, candidate.quantity.end)
    ):
        return False
    if _COPULA.match(candidate.rest) and _BUILT_WHEN.search(candidate.sentence):
        return False  # "발사장 총 투자액은 40억 위안이며, 1호 발사대는 '24년 6월 완공": a site described, as built
    return (
        candidate.quantity.unit in _MONEY
        and not _PROJECT_DONE.search(candidate.sentence)
        and not _has(
            candidate.text[candidate.clause_start : candidate.quantity.start], vocabulary().historical_markers
        )
        # (the amount as the project's modifier reports nothing: "총 투자규모가 180억 위안에 달하는 … 항만
        # 2기 공정이 … 건설중이다")
        and (bool(_COST_REACHES.match(tail)) or not reports_fact(tail))
    )


# The year's budget an amount sizes, passed or drawn up: "… 규모의 올해 예산안을 통과시켰다".
# ("1,503억 위안(…)에 달하는 적자 예산안을 편성했다고 밝혔다")
_BUDGET_PASSED = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:규모의|의|에\s?달하는|에\s?이르는)\s(?:올해|금년|내년|\d{4}년(?:도)?)?\s?"
    r"(?:[가-힣]+\s)?[가-힣]*예산(?:안)?(?:을|를)\s?"
    r"(?:통과|승인|의결|확정|편성)"
)
# … or what a work will take, after the amount (not 소요됐다): "총 16억9500만위엔이 소요된다".
_COST_TO_TAKE = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?(?:이|가)?\s?소요(?:된다|될|되며|되고)")


# A level as it was, modifying what a plan changes: "32억t이었던 석탄생산량을".
# (or "-던" on the verb it modifies: "당초 50억 위안 규모로 추진되던 사업은 …", a state left behind)
# (… or in the past adnominal: "지난해 10% 정도를 차지했던 비화석 연료의 비중을 …로 높이고")
# The size of works under way, as the modifier of what they build: "60㎢ 규모로 건설중인 신도시를".
_SIZE_UNDER_WAY = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:규모|면적)?(?:으로|로|의)\s(?:건설|조성|개발|공사|추진)\s?중인\s"
    # (or the places where works go on now: "최소 5곳에서 인공태양 실험장치를 구축 중인 가운데")
    r"|\s?에서\s(?:\S+\s){0,3}?\S*(?:을|를)\s(?:구축|건설|조성|개발|운영|추진)\s?중인\s"
)


def describes_state_now(candidate: Candidate) -> bool:
    """ "수력은 2억8000만kW, 풍력은 7548만kW에 그치고 있는 현 상황을 개선할 예정": the figure, or a list
    of figures it opens, is the state a plan would change; not "300만kW로 늘려 50만kW에 그치고 있는 현
    상황을 바꿀", where a verb of its own stands between."""
    tail = candidate.tail
    state = _STATE_NOW.search(tail)
    if not state:
        return False
    between = tail[: state.start()]
    for figure in reversed(find_quantities(between)):
        between = between[: figure.start] + "#" + between[figure.end :]
    return bool(_FIGURE_LIST.fullmatch(between))


# The rest of a quote, then who announced it as the goals: "…에 이르며……" 서기가 발표한 … 주요 목표와".
_QUOTED_GOALS = re.compile(
    r"[^“”\"]{0,200}[”\"]\s?(?:[^\s.“”\"]+\s){0,6}?[^\s.“”\"]*(?:발표|제시|제출|확정)한\s(?:[^\s.]+\s){0,4}?[^\s.]*(?:목표|지표)"
)
# An outcome expected to be recorded, whatever plan the article reports: "올해 성장률은 … 1.9% 정도를 기록할
# 전망이다" (a plan's own figure is reached, not recorded: "…20만t에 달할 전망").
# (not a government's own hope: "중국 정부는 올해 … 10기가와트를 기록할 것으로 기대했다")
# (or held certain: "…1700만톤을 초과하며 역대 최고치를 기록할 것이 확실시되고 있다")
_OUTCOME_FORESEEN = re.compile(
    r"[^.]{0,20}?기록할\s?(?:전망|것으로\s?(?:보인|보이|전망|예상|관측)|것이\s?확실시)"
)
# A will joined to the next clause, and the outlook the sentence closes on: "…할 것이며 ", "…될 것으로 보인다."
_WILL_JOINED = re.compile(r"것이며\s*$|것이고\s*$")
_FORECAST_END = re.compile(r"것으로\s?(?:보인다|보여진다|전망된다|예상된다|관측된다)\s*[.。]?\s*$")
# A sentence that paints a scene: "…분주하게 움직이는 모습이다", "…활기를 띠는 모습을 보였다".
_SCENE = re.compile(r"[는은]\s모습(?:이다|이었다|을\s보이고|을\s보였)")
# A level told in the progressive: "연 8∼10%에 이르고 있어", "…1천만대를 기록하고 있다".
_LEVEL_GOING_ON = re.compile(
    r"\s?(?:[(（][^)）]*[)）])?\s?(?:에|을|를)\s?(?:이르고|달하고|육박하고|머물고|기록하고)\s?있(?:어|으며|고|다|는)"
)
# A level described as the state now, in a phrase the plan goes on to change: "…에 그치고 있는 현
# 상황을", "…에 불과한 현재의 구조를", "…에 머물러 있는 실정을".
_STATE_NOW = re.compile(
    r"에\s?(?:그치고\s?있는|머물고\s?있는|머물러\s?있는|불과한|그친|머문)\s"
    r"(?:현\s?|현재의?\s|지금의\s)?(?:상황|상태|실정|구조|수준)(?:을|를|에서|은|는|이|가)?\s"
)
# The figures listed after one: ", 풍력발전은 #, 태양광과 원자력은 각각 #, #" (# a figure).
_FIGURE_LIST = re.compile(
    r"(?:\s*(?:[,，、]|과|와|및)\s*(?:[^\s,#]+\s){0,3}?(?:[^\s,#]+(?:은|는|도)\s)?(?:각각\s)?\s*#)*\s*"
)
# What is made or let out every day or year now, the amount a plan must handle: "매일 산생되는 6만 5000톤
# 정도의 음식물 쓰레기를 … 처리", "해마다 배출되는 …".
_MADE_EACH_DAY = re.compile(
    r"(?:매일|매년|매달|매월|해마다|날마다|하루|연간)\s(?:\S+\s)?(?:발생|산생|배출|생산|생성|소비)(?:되는|하는)\s(?:약\s)?$"
)
# Last year's figure closed by a past participle of the thing that reached it: "지난해 480만TEU를 처리한
# 서커우항과 합쳐", "지난해 1천149TEU로 세계 5위를 기록한 부산항도": what that thing did, whatever the
# sentence plans after it.
_LAST_YEAR_BEFORE = re.compile(r"(?<![가-힣])(?:지난해|작년)(?:에|에는)?\s?$")
_DONE_BY_IT = re.compile(
    r"\s?(?:을|를|로|으로|이|가)\s(?:\S+\s){0,2}?[가-힣]{1,4}(?<![하되])(?:한|된|했던|됐던)\s(?=[가-힣])"
)
_WAS_LEVEL = re.compile(
    r"\s?(?:이었던|였던)\s"
    r"|\s?(?:규모|수준|정도|가량)?(?:으로|로|을|를)?\s?[가-힣]{1,6}(?:되던|하던|했던|됐던|되었던|하였던)\s"
    # (the time a trip took: "기존의 5시간 걸리던 운행시간이 90분으로 단축된다")
    r"|\s?(?:이|가)?\s?걸리던\s"
    # (or what a "-던" verb kept up, with the noun the figure sizes: "10%대 고도성장을 이어가던 중국은")
    r"|\S{0,2}\s(?:[가-힣]+\s)?[가-힣]+(?:을|를)\s[가-힣]{1,5}(?<!런)던\s"
)
# The endings that join a predicate to the next clause: "…에 달해", "…에 달하며", "…에 달하고".
_CONNECTIVE_ENDINGS = ("해", "하며", "하고")
# What a predicate will come to (-게 되다, ahead): "차지하게 된다", "이르게 될".
_WILL_COME_TO = re.compile(r"(?:하)?게\s?(?:된다|될|되며|되고|됩니다|되어|돼(?![가-힣]))")


# Money or means readied, in any tense: "…을 준비했다", "…를 준비하고".
_READIED = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?(?:을|를)\s?준비(?:했|하였|하고|해|한)")
# A past predicate joined to the next clause: "구축했고 …", "완공됐으며 …", "늘었지만 …".
# (not a decision told in the past, "…을 투입하기로 했으며": what was decided is ahead)
# (or a step done, then the next: "2014년 시행도시를 34개로 확대한데 이어 올해는 100개 도시로 확대할 예정")
# ("…설치를 마쳤고 2020년까지 30곳을 늘린다": any past stem, not 있/없/겠)
_PAST_JOINT = re.compile(
    rf"(?<!기로)(?<!기로\s)(?<!키로)(?<!키로\s)(?:되었|하였|(?![겠있없]){PAST_STEM})(?:고|으며|는데|지만)\s"
    r"|(?<=[가-힣])" + _DEED_THEN_NEXT
)
# The next clause taking the figure up again: "…70%를 투입했고 내년에도 이 기준을 견지할 것이며".
_REFERS_BACK = re.compile(r"^[^,.]{0,12}?(?:이\s?(?:기준|수준|비율|목표|규모)|이를)")


def own_predicate(rest: str) -> str:
    """The clause after a number up to its own past predicate where that joins a later clause: the
    plan word of "50만kW를 구축했고 … 60만kW에 달할 것이며" is the later figure's (not when the later
    clause takes the figure up again: "…70%를 투입했고 내년에도 이 기준을 견지할 것")."""
    parts = _PAST_JOINT.split(rest, maxsplit=1)
    return rest if len(parts) == 1 or _REFERS_BACK.match(parts[1]) else parts[0]


# A verb joined to the next one: "돌파하여 …", "확대해 …", "건설되어 …", "초과하고 …".
_JOINED = re.compile(r"(?:을|를)?\s?(?:하여|해\s|되어|돼\s|하고\s|되고\s|하며[\s,]|되며[\s,])")
# … and the verb it joins, in the past, closing its own clause: "달성해 5.2% 성장하였으며".
_JOINED_TO_PAST = re.compile(
    r"(?:을|를)?\s?(?:하여|해|되어|돼)\s(?:[^.,]|(?<=\d)[.,](?=\d)){0,30}?(?:았|었|였|했|됐|웠)(?:으며|고[\s,]|다\s*[.。]?\s*$)"
)
# A level described by the change that made it: "…확대된 규모다", "…늘어난 수준이다", "…0.44% 증가한
# 수치로 …".
# (or a figure achieved: "…경제총량의 9분의 1을 달성해 낸 수치다")
_LEVEL_DESCRIBED = re.compile(
    r"(?:된|한|진|난|른|달하는|이르는|해\s?낸)\s?(?:규모|수준|수치)(?:다|이다|임|로\s|이며)\s*[.。]?"
)
# Results a list closes with: "… 등 성과를 거뒀다", "…등의 성과를 올렸다"; results a verb names:
# "… 222개 인증을 추진하는 성과도 보였다".
_ACHIEVEMENTS = re.compile(
    r"(?:등(?:의)?\s?(?:[가-힣]+\s){0,2}?|[가-힣][는은한]\s)성과(?:를|도)\s?(?:거뒀|거두었|거둔|올렸|냈|보였)"
)
# A verb noun's work said to be done: "투자를 마쳤으며", "파종을 전부 마쳤고", "건설을 완료했다".
_COMPLETED = re.compile(
    r"(?:을|를)\s?(?:전부\s|모두\s|이미\s|이미\s모두\s)?(?:마쳤|마치었|끝냈|끝마쳤|완료했|완료하였|완수했|완수하였)"
)


# A level passed, told in a clause that modifies who passed it: "4천만톤을 넘어선 중국이".
_LEVEL_PASSED_THEN = re.compile(r"\s?(?:을|를|에|선을)?\s?(?:넘어선|넘어섰던|돌파한|넘긴|도달한|달성한)\s")
# A date later within the year than "this year" as a whole: "오는 …", "연말", "6월", "하반기".
_DATE_AHEAD_IN_YEAR = re.compile(r"오는|말|월|반기")


def ends_in_past(text: str) -> bool:
    """The text closes on a verb in the past ("…에 이르렀다.", "…신기록을 썼다"), not one that reports
    another's words ("…개조하게 되는데 … 전해졌다", "…밝혔다")."""
    # (the formal style of broadcast news closes the same way: "…달성했습니다", "…밝혔습니다")
    m = re.search(r"([가-힣])(?:습니)?다\s*[.。]?\s*$", text)
    # (있다 ends on ㅆ but is the present, "…의 보조금을 지원받을 수 있다", unless it holds a state a deed
    # left, "…한국기업이 약 600여 사가 진출해 있다")
    return (
        bool(m)
        and _final_consonant(m.group(1)) == _SSANG_SIOT
        and (m.group(1) != "있" or bool(_STATE_LEFT.search(text)))
        and not _REPORTING_END.search(text)
    )


_STATE_LEFT = re.compile(r"(?:아|어|여|해|돼|되어|와|워|져)\s?있(?:습니)?다\s*[.。]?\s*$")


_REPORTING_END = re.compile(
    r"(?:전해졌|알려졌|밝혔|보도했|전했|말했|강조했|설명했|덧붙였)(?:습니)?다\s*[.。]?\s*$"
)

# What there is: the number's own predicate is 있다 after a subject particle.
_THERE_ARE = re.compile(r"^(?:[^,.]{0,40}?[가-힣)])?(?:가|이)\s있(?:다|으며|고|음)")

# What another figure amounts to: "… 3분의 1에 해당한다", "…의 20%에 상당하는".
_AMOUNTS_TO = re.compile(r"^\s*(?:[(（][^)）]*[)）])?\s*에\s?(?:해당|상당)(?:한다|하며|하고|함|했|되는|된다)")

_PROGRESSIVE = re.compile(r"^(?:을|를)?\s*(?:하고|되고)\s?있")


# A finding: the number's verb in the past adnominal, then "것으로 나타났다" (the same for 집계,
# 조사, 파악, 확인): "…50% 향상된 것으로 나타났다", "…3848개인 것으로 나타났다".
_FINDING = re.compile(
    r"(?:\s?[,，、]\s?[\d.]+[^\s,]{0,4})*"  # the rest of a list: "각각 30%, 50% 향상된"
    r"[^,.。]{0,30}?(?:된|한|난|진|던|인)\s?것으로\s?(?:나타났|나타나|집계됐|집계되|조사됐|파악됐|파악된|확인됐|드러났)"
    # … or heard, where the verb is one of a level reached: "…최고의 수치를 달성한 것으로 알려졌다" (not
    # "…하기로 한 것으로 알려졌다", a decision, nor "투자할 것으로": ahead)
    # (or money spent: "…세 차례에 걸쳐 인프라 건설 투자에 집행된 것으로 알려졌다")
    r"|[^,.。]{0,30}?(?:달성|기록|완료|완성|돌파|집행|투입|지출|사용)(?:한|했던|된)\s?것으로\s?(?:알려졌|전해졌)"
)


# A fund as the subject: "엔젤 모펀드는", "Angel Mother 펀드는", "산업 투자기금은".
_FUND_SUBJECT = re.compile(r"(?:펀드|기금)$")


def heads_a_department(subject: str, article_text: str) -> bool:
    """The officer a subject names was introduced as the head of a ministry's department: "생태환경부
    토양생태환경사(司) 쑤커징(蘇克敬) 사장" (司长, which Korean prints as 사장, a company president's
    title too), then "쑤커징 사장은 …"."""
    words = subject.split()
    if len(words) < 2:
        return False
    name, title = re.escape(words[-2]), re.escape(words[-1])
    return bool(
        re.search(rf"\S+부\s(?:\S+\s)?\S+사(?:\([^)]*\))?\s{name}(?:\([^)]*\))?\s?{title}", article_text)
    )


# An industry association, whose officers bear a company's titles: "강철공업협회(CISA) 부회장".
_ASSOCIATION = r"(?:협회|연합회|학회|상회|연맹)(?:\s?[(（][^)）]{0,12}[)）])?\s?"


def serves_an_association(subject: str, article_text: str) -> bool:
    """The officer a subject names holds the title in an industry association the article names with it:
    "리신촹(李新創) 강철공업협회(CISA) 부회장", then "리 부회장은 …": not a company's officer."""
    title = subject.split()[-1]
    return bool(re.search(_ASSOCIATION + re.escape(title), article_text))


# A subject glossed in brackets with its English company name: "충칭창안자동차(重慶長安·Chongqing Changan
# Automobile)가 ", "…(BYD Co., Ltd.)는 ".
_COMPANY_GLOSSED_SUBJECT = re.compile(
    r"^[\s\-▶●•]*(?:중국의?\s)?[^\s,(（]{2,20}\s?[(（][^)）]{0,60}?\b(?:Automobiles?|Motors?|Group|Corp(?:oration)?"
    r"|Co\.|Company|Holdings?|Technolog(?:y|ies)|Inc\.?|Ltd\.?)(?![A-Za-z])[^)）]*[)）](?:이|가|은|는)\s"
)


def is_company_plan(
    sentence: str, context: str = "", private_actors: bool = True, article_text: str = ""
) -> bool:
    """A sentence whose subject is a company states that company's plan, not a public commitment:
    "■ BYD는 … 연간 20만 대 생산을 목표로", "차이나 모바일은 …", or a name `context` (its
    paragraph) introduces as a company: "국영 석유회사인 시노펙(Sinopec) … 시노펙은 …". With
    `private_actors`, a university's, institute's or association's too ("연구진은 …")."""
    if _COMPANY_GLOSSED_SUBJECT.match(sentence):
        return (
            True  # "중국의 충칭창안자동차(重慶長安·Chongqing Changan Automobile)가 …": glossed as a company
        )
    m = _SENTENCE_SUBJECT.match(sentence.lstrip("■ “\"‘'"))  # (a quoted sentence: "“… 차이나텔레콤은 …")
    if not m:
        # "중국 최대 이동통신 업체인 차이나모바일이 …": a company in apposition as the subject
        return bool(_COMPANY_APPOSITIVE_SUBJECT.match(sentence))
    subject = _BRACKETED.sub("", m.group(1)).strip()  # "연산 파워(CP) 면에서" names no company
    subject = re.split(r"에서\s", subject)[-1]  # "운영상 방면에서 차이나 텔레콤은": after the adverbial
    if subject.endswith(vocabulary().person_titles):
        # "장쟝 하이테크 과기단지 린징 박사는": a person, whose 박사 ends like 사 (a company); the body named
        # before the name decides
        subject = " ".join(subject.split()[:-2])
        if not subject:
            return False  # "양 총설계사는": a person, no body named before the name
    if subject.endswith(vocabulary().legal_entity_suffixes):
        return True  # "…목록에 오른 항저우 지하이반도체유한회사는": a company, named after its city
    if gazetteer.issuer_place(_ATTRIBUTED.split(subject)[-1].strip())[0]:
        return False  # "KMI 연구위원에 따르면 중국 정부는 …": the source is not who acts
    nominative = _NOMINATIVE_OPENING.match(subject)
    if nominative and (
        _CHINA.fullmatch(nominative.group(1)) or gazetteer.issuer_place(nominative.group(1))[0]
    ):
        return False  # "중국이 … 제품을 사는 소비자에게": the place opening the sentence acts; 사는 qualifies
    if re.search(r"(?:에|에게|에서|으로|로)$", subject):
        return False  # "… 기술 개발 기업에는 최대 5,000만 위안": to whom, not who acts
    if _FIRMS_AS_A_CLASS.fullmatch(subject):
        return False  # "제조사는 NEV 차량을 … 생산해야 한다": the firms a rule binds, no firm's own plan
    if subject.endswith(vocabulary().news_outlets):
        return False  # "관영 중국중앙TV(CCTV)는 … 보도했다": who reports, not whose plan
    if _COMPANY_APPOSITIVE.search(subject):
        return True  # "중국 최대 석유회사인 시노펙은": the country names where, the appositive who
    if (
        subject.split()[-1] in vocabulary().company_titles
        and not heads_a_department(subject, article_text)
        and not serves_an_association(subject, article_text)
    ):
        return True  # "하이 부매니저는 \"올해 말까지 … 연결할 계획\"이라고 말했다": the company's officer
    if gazetteer.issuer_place(subject)[0] or re.search(r"까지|목표|면에서|분야", subject):
        return False  # a government body or place
    if _WORKS.search(subject):
        return False  # "연길공항 이개축공사는 …": construction works (工程), not a company (公司)
    if _GOVERNMENT_BODY.search(subject) and (
        gazetteer.issuer_place(subject)[0] or gazetteer.find_places(subject) or _CHINA.search(subject)
    ):
        return False  # "중국 민용항공총국(CAAC)은": a bureau, whatever Latin name it is glossed with
    if subject.endswith(vocabulary().official_titles):
        return False  # "Ren 총리는 …": an official speaking, whatever script the name is in
    if _FUND_SUBJECT.search(subject):
        return False  # "이중 Angel Mother 펀드는 …": a fund a government sets up, whatever its name
    rest = sentence[m.end() :]
    unquoted = _SPEECH_QUOTED.sub(
        " ", rest
    )  # (not China inside the speaker's own words: "“…중국은 …”이라고 밝혔다")
    if _REPORTS_ANOTHER.search(rest) and place_as_subject(unquoted):
        # "로이터와 CNBC 등은 … 중국 6개 부처가 … 목표를 세웠다고 보도했다", "EIA는 … 중국이 … 50기가와트로
        # 늘리려 하고 있다고 전했다": who reports
        return False
    vocab = vocabulary()
    if glossed_public_body(subject, article_text or context):
        return False  # "SARFT는 …" after "중국 광파전영전시총국(SARFT)은 …": the body's own acronym
    return (
        latin_organisation(_QUOTED_TITLE.sub("", subject))
        or subject.endswith(vocab.company_suffixes)
        and not subject.endswith(vocab.vehicle_kinds)  # "순수한 전기자동차는 …": vehicles, no carmaker
        or _has(subject, vocab.companies)
        # "연구진은 …" (not the plan of a kind of body, which the state sets: "일반 대학교의 모집계획은 657만명으로")
        or (
            private_actors
            and bool(re.search(vocab.private_actor_pattern, subject))
            and not _KINDS_PLAN.search(subject)
        )
        or introduced_as_company(subject, context)
    )


# Firms named only as a class, the parties a rule binds: "제조사는", "자동차 제조사들은", "관련 기업은".
_FIRMS_AS_A_CLASS = re.compile(
    r"(?:(?:관련|해당|모든|각|자동차|완성차|국내)\s?)?(?:제조사|제조업체|업체|기업|회사|사업자)(?:들)?"
)
# A plan of a kind of body, named as the subject: "일반 대학교의 모집계획", "전국 고교의 招生계획".
_KINDS_PLAN = re.compile(r"의\s(?:[가-힣]+\s)?[가-힣]*계획$")


def continues_company_plan(candidate: Candidate, ctx: ArticleContext) -> bool:
    """On a news page, a sentence with no actor of its own goes on with the nearest earlier
    sentence that has one: "태양광 업체 론지(LONGi)는 … 추진한다. 약 70억 위안을 투입해 …" and
    "China Coal은 … 건설할 예정이다. 생산능력은 수소 2만 t …" are the company's plan."""
    if ctx.bulletin.kind != "article" or _actor_subject(candidate.sentence, candidate.line.text, ctx.text):
        return False
    if _nearest_place(candidate.sentence):
        return False  # "내몽고 바옌나오얼에 … 건설": a place the sentence names may own it
    line = candidate.line.text
    earlier = [(line[start:end], line) for start, end in sentences(line[: candidate.sentence_start])]
    for other in _paragraphs_before(ctx.article, candidate.line, _SUBJECT_PARAGRAPHS):
        earlier[:0] = [(other.text[start:end], other.text) for start, end in sentences(other.text)]
    for sentence, paragraph in reversed(earlier):
        if actor := _actor_subject(sentence.strip(), paragraph, ctx.text):
            return actor == "company"
    return False


def _actor_subject(sentence: str, context: str, article_text: str = "") -> str | None:
    """ "company" when the sentence's subject is a company that plans (a forward word: "…건설할
    예정이다"; not "mu는 … 단위이다"), "public" when it is a public body or place, else None
    ("생산능력은 …", "약 70억 위안을 투입해 …")."""
    if is_company_plan(sentence, context, private_actors=False, article_text=article_text) and _has(
        sentence, vocabulary().forward
    ):
        # "지침에 따르면 … 팹리스 업체는 …": a company a cited plan speaks of; "무역협회(KITA)는 …
        # 중국이 … 진행할 규획을 정리했다": a company reporting the country's plan
        cited = _plan_citation().search(sentence) or _COUNTRY_ACTS.search(sentence)
        return "public" if cited else "company"
    m = _SENTENCE_SUBJECT.match(strip_dateline(sentence))
    if m and _public_actor(m.group(1)):
        return "public"
    return None


def _public_actor(subject: str) -> bool:
    """ "쓰촨성 정부", "이에 따라 중국 정부", "공업정보화부", "당국": a place or a government."""
    return bool(
        gazetteer.issuer_place(subject)[0]
        or gazetteer.find_places(subject)
        or gazetteer.names_central_body(subject)
        or re.search(r"정부|당국", subject)
        # China as the topic, past a clause of its own: "두 회사가 … 속도를 내면서 중국은 …"
        or re.search(r"(?<![가-힣])중국$", subject)
    )


# Construction works, whose 공사 is 工程, not the 公司 of a company name: "확장공사", "이개축공사".
# (or named by a demonstrative, back to the works a lead named: "…인장지한 공사가 … 착공된다. 이 공사는 …")
_WORKS = re.compile(r"(?:(?:건설|개축|증축|확장|개조|보수|정비|시공|토목|신축)\s?|^(?:이|그|해당|본)\s)공사$")


# The country as an actor inside a sentence: "중국이 …할", "중국 정부는 …".
_COUNTRY_ACTS = re.compile(r"중국\s?(?:이|은|정부|당국)\s")


# A subject the sentence itself calls a company: "태양광 제조업체인 롱지는", "석유회사인 시노펙은".
# ("산업체인 생산액" is an industry chain's output: 산업 체인, not 산업체 + 인)
_COMPANY_APPOSITIVE = re.compile(r"(?:기업|(?<!산)업체|회사)인\s*[^\s]+$")
# … opening the sentence as its subject, no topic before it: "중국 최대 이동통신 업체인 차이나모바일이 …"
_COMPANY_APPOSITIVE_SUBJECT = re.compile(
    r"^\s*(?:(?![^\s]*(?:은|는|이|가|을|를)\s)[^\s,.]+\s){0,4}?[^\s,.]*(?:기업|(?<!산)업체|회사)인\s*\S+?(?:이|가)\s"
)
# A sentence that reports what someone else said or did: "… 세웠다고 보도했다", "…라고 전했다".
# (the day may stand between: "…본격화할 예정이라고 29일 밝혔다")
_REPORTS_ANOTHER = re.compile(
    r"(?:다|라)고\s*(?:\d{1,2}일\s*(?:\(현지시간\)\s*)?)?(?:보도|전했|전하|밝혔|알렸|발표했)"
)
# Words quoted in double quotes: a speaker's own.
_SPEECH_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# China as the subject of the clause reported: "중국이 …", "중국 정부는 …".
_CHINA_AS_SUBJECT = re.compile(r"(?<![가-힣])중국(?:\s?정부)?(?:이|가|은|는)\s")
# After a place's name, the rest of a subject: its government or a body of it, and the particle
# ("베이징시 정부가 ", "광둥성 발개위는 "), not a locative ("충칭시 푸링구에서").
# ("중국 6개 부처가 ": its bodies counted; "…SCMP는 선전시 정부도 … 펀드를 조성했다고 보도했다": a place
# acting too)
_PLACE_SUBJECT_TAIL = re.compile(
    r"\s?(?:[(（][^)）]{0,12}[)）])?\s?(?:시|성|자치구)?\s?(?:\d+개\s?)?"
    r"(?:[가-힣]{0,8}(?:정부|당국|위원회|위|국|청|부|부처))?(?:이|가|은|는|도)\s"
)


def place_as_subject(text: str) -> bool:
    """China or a Chinese place names who acts in `text`: "… 베이징시 정부가 … 세웠다고 보도했다",
    "… 중국 6개 부처가 …"."""
    ends = [place.end for place in gazetteer.find_places(text)] + [m.end() for m in _CHINA.finditer(text)]
    return any(_PLACE_SUBJECT_TAIL.match(text, end) for end in ends)


def glossed_public_body(name: str, text: str) -> bool:
    """`text` gives `name` in brackets after a public body's name: "광파전영전시총국(SARFT)"."""
    if not name or not re.fullmatch(r"[A-Za-z][A-Za-z&.\-]{1,15}", name):
        return False
    return any(
        _is_public_body(m.group(1), placed=False)
        for m in re.finditer(rf"(\S+)\s?[(（]{re.escape(name)}[)）]", text)
    )


def introduced_as_company(name: str, text: str) -> bool:
    """ "석유회사인 시노펙", "시노펙(中石化·Sinopec)": `text` calls `name` a company or gives it a
    Latin organisation name in brackets."""
    if len(name) < 2:
        return False
    vocab = vocabulary()
    escaped = re.escape(name)
    if re.search(rf"(?:기업|업체|{alternation(vocab.company_suffixes)})인\s*{escaped}", text):
        return True
    bracket = re.search(rf"{escaped}\s*[(（]([^)）]*)[)）]", text)
    return bool(bracket) and latin_organisation(bracket.group(1))


# After N대 counting machines, not a part of a plan: "1만 명당 500대 수준으로", "2만대를 보급",
# "300대 이상" ("5대 방향", "8대 산업" take a noun).
_MACHINE_COUNT_FOLLOWERS = (
    "수준",
    "규모",
    "이상",
    "정도",
    "가량",
    "을 ",
    "를 ",
    "로 ",
    "으로 ",
    "에 ",
    "까지",
)


# More parts than a plan or document ever names ("8대 산업", "27개 전방기술"): a count of things.
_MOST_PARTS = 50
_MOST_LISTED_PARTS = 1000
# The scope of a ranking before "N대": "세계 500대 기업", "국내 100대 기업" are the top N.
_RANKING_SCOPE = re.compile(r"(?:세계|글로벌|국내|전국|중국|아시아|포춘)\s*$")


# Parts a document holds, counted before it: "5가지 주요 과학 주제와 17개 우선 발전 방향이 담긴 로드맵",
# "10개 중점 임무를 담은 방안" (up to three words before the part's noun, which may be one of a pair).
_PARTS_HELD = re.compile(
    r"\s?(?:[가-힣A-Za-z]+\s){0,3}?(?:주제|과제|방향|임무|원칙|항목|부문|영역)"
    r"(?:(?:와|과)\s[^.,]{0,30}?\s[가-힣]+)?(?:이|가|을|를)\s?(?:담긴|담은|포함된|포함한)\s"
)


def is_structural(candidate: Candidate) -> bool:
    """A count that names a part of the document ("11개 중점행동계획", "5대 방향", "11장 24조")."""
    q = candidate.quantity
    if q.structural:
        if q.value >= _MOST_PARTS and not _RANKING_SCOPE.search(candidate.text[: q.start]):
            return False  # "로봇 밀도 600대 (인구 1만 명당)": no plan has 600 parts ("세계 100대 기업" ranks)
        # "500대 달성", "2만대 보급": 대 counting machines before a verb, not "5대 방향"
        following = candidate.text[q.end :].lstrip()
        return not following.startswith((*_structural_words().verbs, *_MACHINE_COUNT_FOLLOWERS))
    if q.unit != "count":
        return False
    if q.value >= _MOST_LISTED_PARTS:
        return False  # "600만개 개조 목표": no document lists a million parts
    if _divided_into().match(candidate.text, q.end):
        return True  # "크게 4가지로 분류된다": the parts a whole is divided into
    if _PARTS_HELD.match(candidate.text, q.end):
        return True  # "5가지 주요 과학 주제와 17개 우선 발전 방향이 담긴 로드맵은": what a document holds
    if _structural_topic().search(candidate.text, 0, q.start) and _IS_THE_COUNT.match(candidate.text, q.end):
        return True  # "톈진의 미래 발전방향은 크게 3가지다": how many parts a plan has
    if re.match(r"\s*['’”\"」』]", candidate.text[q.end :]):
        return False  # "'… 충전소 1000기' 목표": the count closes a quote, no noun of the plan follows it
    if counts_facilities(candidate):
        return False
    after = skip_modifier(candidate.text[q.end : q.end + 16].lstrip(" 의"))
    if re.match(r"(?:을|를|은|는|이|가|로|으로)\s", after):
        after = ""  # "40개를 목표로": the count is the object, what follows is no noun it counts
    words = after.split(" ", 1)
    vocab = vocabulary()
    # "54개 구체적인 조치", "22개 세부 조치": look past one modifier, never past a verb
    # ("만 개 육성 목표를") or a particle ("도시를 …")
    first = words[0] if words else ""
    verb = first.startswith(vocab.forward)  # "보급" ends like the modifier "국가급" but is a verb
    looks_past = not verb and not PARTICLE_TAIL.search(first)
    named_measures = (
        verb
        and len(words) > 1
        and not PARTICLE_TAIL.search(first)
        and words[1].startswith(vocab.measure_nouns)
    )
    if named_measures:
        return True  # "32개 지원 방안을 담고": the verb-noun names what the plan's measures do
    second = words[1] if len(words) > 1 and (looks_past or (_MODIFIER.search(first) and not verb)) else ""
    second = skip_modifier(second)  # "100개의 단지형 국가 시범기지": the nation past the modifier too
    structural = _structural_words()
    if _KEY_PROJECTS.match(after):
        return False  # "200개 중점 프로젝트를 추진": key projects are works to carry out, no part of a text
    if any(structural.opening.match(text) for text in (after, second)):
        return True
    head = PARTICLE_TAIL.sub("", words[0]) if words else ""
    if head.endswith(structural.long_nouns):  # "20개 지원조항을"
        return True
    if second and PARTICLE_TAIL.sub("", second.split(" ", 1)[0]).endswith(structural.long_nouns):
        return True  # "12개 핵심 기술분야를": the compound past a modifier ends in one too
    # "6개 분야 12개 콘텐츠", "5대 분야 15개 조치": a count under a structural count is structural
    before = candidate.text[max(0, q.start - 20) : q.start]  # "8대 분야에서 27개", "8개 기술영역의 18개"
    return bool(
        re.search(r"\d+\s*[개대]\s*(?:[가-힣]+\s?)?(?:분야|방향|영역|부문|유형)(?:의|에서)?\s*$", before)
    )


@cache
def _divided_into() -> re.Pattern[str]:
    # (past the parts' own noun: "… 등 3개 권역으로 나눠 집중 지원")
    return re.compile(
        rf"\s?(?:[가-힣]{{1,4}}?\s?)?(?:으로|로)\s?(?:{alternation(vocabulary().division_verbs)})"
    )


# The copula that makes a count what its topic is: "3가지다", "5개이며", "4개로 이뤄진다".
_IS_THE_COUNT = re.compile(r"\s?(?:이다|이며|이고|다(?![가-힣])|였|이었|(?:으로|로)\s?(?:이뤄|이루어|구성))")


@cache
def _structural_topic() -> re.Pattern[str]:
    """A structural noun as the topic the count completes: "발전방향은 크게 ", "중점 과제는 모두 "."""
    return re.compile(
        rf"(?:{alternation(vocabulary().parts_topics)})(?:은|는|이|가)\s(?:크게|모두|총|대략)?\s?$"
    )


# Where a count's noun phrase ends: a particle closing a word, or the next item's mark.
_PHRASE_END = re.compile(r"(?:과|와|을|를|이|가|은|는|에|에서|의|으로|로|,)$|^(?:등|및|▷|△|·|\d)")


def counts_facilities(candidate: Candidate) -> bool:
    """ "▷4개 중점 업계 혁신 센터 … 건설", "100개의 녹색시범구역과 …을 건설": the count's noun phrase
    ends in a facility that a verb builds, whatever structural word opens it."""
    text = _BRACKETED.sub("", candidate.text[candidate.quantity.end : candidate.quantity.end + 40])
    words = text.removeprefix("의").split()
    phrase = ""
    for word in words[:6]:
        end = _PHRASE_END.search(word)
        if end and end.start() == 0:
            break  # the next item: "▷4개 … 센터 ▷4개 …"
        phrase = word[: end.start()] if end else word
        if end:
            break
    vocab = vocabulary()
    return phrase.endswith(vocab.facility_nouns) and has_verb(candidate.tail, vocab.forward_verbs)


@dataclass(frozen=True)
class _StructuralWords:
    verbs: tuple[str, ...]  # the forward words that are no structural or plan noun: "달성", "보급"
    opening: re.Pattern[str]  # a text that opens with a structural noun as a word
    long_nouns: tuple[str, ...]  # the structural nouns of two characters or more


# Key projects (重点项目) a plan carries out, unlike its key tasks (重点任务): "200개 중점 프로젝트".
_KEY_PROJECTS = re.compile(r"중점\s?(?:건설\s?)?(?:프로젝트|사업|공정)(?:(?![가-힣])|[을를이가은는의])")


@cache
def _structural_words() -> _StructuralWords:
    """The structural nouns as is_structural reads them for every count, worked out once."""
    vocab = vocabulary()
    nouns = vocab.structural_nouns
    verbs = tuple(w for w in vocab.forward if w not in nouns and w not in vocab.plan_nouns)
    long_nouns = tuple(noun for noun in nouns if len(noun) > 1)
    short_nouns = [noun for noun in nouns if len(noun) == 1]
    # a text opens with a noun as a word: a long noun at its start, a one-character noun before no
    # syllable or before a particle ("조 …" and "조를" name a clause, "조성" does not)
    # (a compound head opens a compound, not a noun of its own: "국가산림도시", "국가급")
    heads = [noun for noun in long_nouns if noun in vocab.compound_heads]
    plain = [noun for noun in long_nouns if noun not in vocab.compound_heads]
    parts = [f"(?:{alternation(plain)})"] if plain else []
    if heads:
        parts.append(f"(?:{alternation(heads)})(?:(?![가-힣])|(?=[을를은는이가의과와로들]))")
    if short_nouns:
        parts.append(f"(?:{alternation(short_nouns)})(?:(?![가-힣])|(?=[을를은는이가의과와로]))")
    return _StructuralWords(verbs, re.compile("|".join(parts) or "(?!)"), long_nouns)


def skip_modifier(after: str) -> str:
    """ "국가 시범기지", "국가급 …": the nation modifying the noun after it is no count of countries."""
    for noun in vocabulary().modifier_nouns:
        if not after.startswith(noun):
            continue  # (the pattern below opens with the noun: a cheap test first)
        m = re.match(rf"{re.escape(noun)}(?:급\s*|\s+(?=[가-힣A-Za-z]))", after)
        if m:
            return after[m.end() :]
    return after


# A word that modifies the noun after it: "구체적인", "주요한", "국가급", "신형".
_MODIFIER = re.compile(r"(?:인|한|된|적|급|형|별)$")


# Who sets a target, as the subject of the count: "29곳이 목표를", "12개 성이 성장률 목표를".
_SETS_TARGET = re.compile(
    r"\s?(?:[가-힣]{1,3}\s?)?(?:이|가|은|는)\s(?:[가-힣]+\s){0,2}?목표(?:치)?(?:를|을)\s"
)
# Who takes part, as the subject of the count: "120개사가 참여해", "30개국이 참가한".
_PARTICIPANTS = re.compile(
    r"\s?(?:이|가)\s?(?:참여|참가|참석)(?!하도록|할|토록)"
    # … past who they are, or where they come from, up to the verb: "300여명의 경제인이 참석",
    # "19개국에서 160여개사 300여명의 경제인이 참석"
    r"|\s?(?:의\s[가-힣]{1,6}|에서\s(?:[^\s,.]+\s){0,3}?[^\s,.]*)(?:이|가)\s?(?:참여|참가|참석)(?!하도록|할|토록)"
    # … named by a few words, gathering or taking part in what an event shows: "350여개 국내외 헬리콥터
    # 업체가 모이고 50여대 헬리콥터가 현장 전시, 공연에 참여한 … 박람회"
    r"|\s(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:이|가)\s(?:[^.]{0,20}?에\s)?(?:참여|참가|참석|모이|모여|운집)(?!하도록|할|토록)"
    # … or people listed up to who attended: "중앙위원 168명, 후보위원 147명, … 등이 참석한 가운데"
    # (who they are may follow the count: "전국 31곳 지방지도자, 군 고위간부 등 200여 명이 참석한 가운데")
    r"|(?:\s?[^\s\d,.]{1,10})?(?:,\s?[^,.]{1,30}?){0,4}(?:이|가)\s?(?:참석|참가|출석)한\s?가운데"
)


# The dead, missing, hurt or homeless of a disaster: "7만여 명이 사망하고 수백만 명의 이재민이 발생한".
_CASUALTIES = re.compile(
    r"\s?(?:의|이|가)?\s?(?:사망|숨지|숨졌|숨진|실종|부상|이재민|사상자|피해자|희생자|희생|목숨)"
)


# The people a body is made of: "관계자 80여명으로 구성된 사절단".
_MEMBERS = re.compile(r"\s?(?:으로|로)\s?구성(?:된|되어|돼)")
_MEMBER_BODIES = re.compile(r"\s?(?:의\s)?[가-힣A-Za-z]{1,8}(?:으로|로)\s?(?:구성(?:된|되어|돼)|이루어진)")


# A list closed by 등 right before the count, and the count as the subject.
_LISTED_THEN = re.compile(r"등\s?$")
_AS_ITS_SUBJECT = re.compile(r"\s?(?:은|는|이|가)\s")
# A group of countries by its acronym: "주요 20개국(G20)".
_GROUP_OF_COUNTRIES = re.compile(r"\s?[(（]\s?G\s?\d{1,2}\s?[)）]")
# A count of firms with no noun of its own, so it refers back: "…는 3사가", "이들 3사는", a sentence's first word.
_FIRMS_REFERRED_TO = re.compile(r"(?:^\s*|\S(?:은|는)\s|(?:이들|해당|상기|이)\s)$")


@cache
def _delegation_before() -> re.Pattern[str]:
    """A delegation named right before the count of its members: "사절단 40명", "대표단(團) 30여명"."""
    return re.compile(
        rf"(?:{alternation(vocabulary().delegations)})\s?(?:[(（][^)）]{{0,8}}[)）]\s?)?(?:약\s?)?$"
    )


def is_actor_count(candidate: Candidate) -> bool:
    """A count naming who acts, not what is to be reached: "3개 대학,", "6개 부처는", "8개 기관으로 구성",
    "해외 20여 명 전문가들과"."""
    q = candidate.quantity
    if q.unit not in ("count", "people") or q.value >= _MOST_ACTORS:
        return False  # "100만 개의 혁신형 중소기업, …을 육성": no plan names a million actors
    if _bodies_as_subject().search(candidate.text[max(0, q.start - 12) : q.start]) and re.match(
        r"\s*(?:은|는|이|가|와|과)\s", candidate.text[q.end : q.end + 4]
    ):
        return True  # "정부 부처 7개는 …": the bodies named first, then counted as the subject
    if (
        q.counter in ("사", "개사")
        and _LISTED_THEN.search(candidate.text, 0, q.start)
        and _AS_ITS_SUBJECT.match(candidate.text, q.end)
    ):
        return True  # "…화인재벌, 이희성그룹 등 7사는 …": the firms just named, counted as the subject
    if (
        q.counter in ("사", "개사")
        and _FIRMS_REFERRED_TO.search(candidate.text, candidate.sentence_start, q.start)
        and _AS_ITS_SUBJECT.match(candidate.text, q.end)
    ):
        return True  # "공업정보화부는 3사가 … 투자하는 금액이": the firms an earlier sentence named
    if _SETS_TARGET.match(candidate.text, q.end):
        return True  # "베이징을 비롯한 29곳이 목표를 하향 조정했다": who sets the targets
    if _PARTICIPANTS.match(candidate.text, q.end):
        return True  # "현지 바이어 120개사가 참여해 …": who takes part (not "…참여하도록 한다")
    if q.counter == "개국" and _GROUP_OF_COUNTRIES.match(candidate.text, q.end):
        return True  # "주요 7개국(G7)과 … 회원국의 정부 수반은": a group's name, its members who act
    if q.counter == "개국" and _COUNTRIES_AS_SUBJECT.match(candidate.text, q.end):
        return True  # "푸동지역에는 총 190개국, 48개 국제기구가 들어선다": the countries taking part
    if _PROVINCES_COUNTED.match(candidate.text, q.end):
        return True  # "31개 성·시·자치구 대부분 지역이", "30개 성이 … 목표를 확정했다"
    if q.unit == "people" and _delegation_before().search(candidate.text, 0, q.start):
        return True  # "투자유치사절단 40명이 오는 29일 방한할 계획": the members of a delegation
    if q.unit == "people" and _MEMBERS.match(candidate.text, q.end):
        return True  # "정부와 기업 관계자 80여명으로 구성된 경제사절단이 참가해": who a body is made of
    if q.unit == "count" and _MEMBER_BODIES.match(candidate.text, q.end):
        return True  # "15개 대학과 2개 연구기관, 2개 출판사로 구성된 …": the bodies a body is made of
    after = skip_modifier(candidate.text[q.end : q.end + 24].lstrip(" 의").replace("*", ""))
    vocab = vocabulary()
    words = after.split(" ", 1)
    # "20개 정부 부처는": past one short modifier, never past a verb ("2만 명 늘이고 도시…")
    past_modifier = len(words) > 1 and len(words[0]) <= 3 and not words[0].startswith(vocab.forward)
    texts = [after] + ([words[1]] if past_modifier else [])
    for text in texts:
        for noun in vocab.actor_nouns:
            if noun not in text:
                continue  # neither test below can hold: a cheap test first
            if noun in vocab.compound_heads and re.match(
                rf"{noun}(?![은는이가와과를의도로에들])[가-힣]", text
            ):
                continue  # "국가문화 … 시범기지", "국가급": national, not countries
            if text.split(" ", 1)[0].startswith(noun) or re.match(rf"[가-힣]{{1,4}}{noun}", text):
                follower = re.sub(  # (past a gloss in brackets: "국제기구(기관)가")
                    r"^[·\w]*?(?:\([^)]{0,12}\))?(?=은|는|이 |가 |,|와|과|으로|로 |등|이며|$)",
                    "",
                    text[len(noun) :],
                    count=1,
                )
                if follower.startswith(",") and _LIST_AS_OBJECT.match(candidate.text, q.end):
                    return False  # "10개 선도기업, 10개 연구혁신본부를 육성": a list of what is fostered
                if follower.startswith(("과 ", "와 ")) and _PAIR_AS_OBJECT.match(candidate.text, q.end):
                    return False  # "50개 이상의 첨단기업과 인재 프로젝트를 유치": the pair attracted
                return (
                    any(follower.lstrip().startswith(w) for w in vocab.actor_followers)
                    or not follower.strip()
                )
    return False


# A list whose items close on an object particle and a verb, with no subject particle on the way:
# "10개 선도기업, 10개 연구혁신본부를 육성하고" (what the plan fosters, not who acts).
_LIST_AS_OBJECT = re.compile(
    r"[^.은는이가]{0,60}?[가-힣](?:을|를)\s(?:[가-힣]+\s)?[가-힣]*(?:육성|조성|구축|건설|설립|유치|배출|지원)"
)


# After "…과", a second noun phrase (a few nouns, no verb or adverbial) that the verb takes as its
# object with the first: "…기업과 인재 프로젝트를 유치" (not "…기업과 협업하여 … 설립", "…부서와
# 연합으로": with whom).
_PAIR_AS_OBJECT = re.compile(
    r"\s?(?:이상|여|남짓)?의?\s?[가-힣A-Za-z·]+[과와]\s(?:[가-힣A-Za-z·]+(?<![여고로며서해을를에])\s){0,3}[가-힣A-Za-z·]+(?:을|를)\s(?:[가-힣]+\s)?"
    r"[가-힣]*(?:육성|조성|구축|건설|설립|유치|배출|지원)"
)


# Countries counted as a subject, alone or heading a list of counts: "100개국이 ", "190개국, 48개 기구가 ".
_COUNTRIES_AS_SUBJECT = re.compile(r"\s?(?:이|가|은|는)\s|\s?[,，]\s?\d[^.,]{0,20}?(?:이|가|은|는)\s")
# More than any sentence names as those who act together.
_MOST_ACTORS = 1000
# China's provinces counted as those who act: "31개 성·시·자치구", "30개 성이", "31개 성(省)".
_PROVINCES_COUNTED = re.compile(
    r"\s?성\s?(?:[·∙、]\s?(?:시|직할시|자치구|구)|\(省\)|이\s|은\s|들|에도\s|에서도\s"
    r"|시\s?[(（]省市[)）]|시(?:의|가|는)\s"  # "31개 성시(省市)의 … 목표치가"
    # … or as partners: "유관 부처와 6개 성과 함께 … 계획을 공동 연구 제정할 것" (not 성과, results)
    r"|과\s(?:함께|공동으로|협력해|협력하여|손잡고))"
)


@cache
def _bodies_as_subject() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary().public_body_nouns)})\s?$")


# "매출액 100억 위안 이상의 세계 일류 제조기업 15개": an amount that only says which
# enterprises count (the commitment is the 15); also "… 이상 기업을 대상으로".
# (also "1천억 위안(19조9천억원)을 초과하는 산업 15개")
_THRESHOLD_TAIL = re.compile(
    r"^\s*(?:[(（][^)）]*[)）])?\s*(?:(?:이상|초과|이하|미만)\s*(?:의|인)?|(?:을|를)\s*(?:초과하는|넘는))\s"
)
# The bracket that defines a class of enterprises: "규모 이상(연매출 2천만 위안 이상) 기업".
_CLASS_OPENED = re.compile(r"(?:이상|규모|급)\s?[(（][^)）]{0,20}$")
_CLASS_CLOSED = re.compile(r"[^)）]{0,20}[)）]\s*(?:의\s)?(?:기업|업체|공업|회사)")
# A list of levels closed as the conditions to qualify: "… 50대 이상, … 1개 이상 등 조건을 갖춰야".
_CONDITIONS_LISTED = re.compile(
    r"[^.]{0,60}?등\s?(?:의\s)?(?:신청\s?|자격\s?)?(?:조건|요건)(?:을|를|이|에)\s"
)
# A bracket after a group that says who is in it: "소규모 납세자(연 매출액 500만 위안 이하)".
_GROUP_OPENED = re.compile(r"(?:기업|업체|납세자|자영업자|사업자|소상공인)\s?[(（][^)）]{0,20}$")
_GROUP_CLOSED = re.compile(r"\s*(?:이하|이상|미만|초과)\s?[)）]")
# A duration that only says when: "3~5년 이내", "3년 내", "5년 주기로".
_DEADLINE_TAIL = re.compile(r"^\s*(?:이내|내|안에|후|간|동안|만에|째|주기)")
# (or "…에 대해": "출력이 1,000킬로와트(kW)이상인 단선(單船)에 대해 최대 89만위엔까지 지급")
_TARGET_GROUP = re.compile(r"^[^,]{0,25}?(?:(?:을|를)\s*대상으로|에\s?대해(?:서)?\s)")
# "연간 매출액 50억 위안 이상 기업이 …": the amount says which enterprises qualify.
# "매출액 30억 위안을 초과한 선두기업 10개" likewise ("…규모 기업 3곳": `_SIZED_CLASS`).
_QUALIFIED_GROUP = re.compile(
    r"^\s*(?:[(（][^)）]{0,25}[)）]\s*)?"
    # ("50억 위안 이상 규모의 중대형 사업과": the size that makes a project one of those named)
    r"(?:(?:이상|초과|이하|미만)\s*(?:규모)?\s*(?:의|인)?|급|(?:이|가)?\s*(?:넘는|넘은|넘어서는)"
    # "상주인구가 300만명 안되는 도시는": under the size
    r"|(?:이|가)?\s*(?:안\s?되는|넘지\s?않는|못\s?미치는)"
    # "…5천만 달러 이상을 달성한 기업에 대해": the level a group reached to qualify
    r"|(?:이상|초과)?\s*(?:을|를)\s*(?:초과한|초과하는|넘는|넘은|달성한|실현한|기록한)"
    # "5억 위안 이상을 투자하는 기업에 투자비의 10%를 환급": the investment that qualifies a firm
    r"|(?:이상|초과)\s*(?:을|를)\s*(?:투자|투입)(?:하는|한)\s(?:다른\s|신규\s)?)\s*"
    # "1억 위안이 넘는 100개 선도제품": past the count of the group and one modifier
    # (a modifier, not a verb or a conjunction: "… 증가시키고 도시", "…명 이상 창출과 도시 등록 실업율")
    r"(?:[\d,]+\s*개의?\s*)?(?:[가-힣]*[가-힣](?<![고며서다과와])\s)?[가-힣]{0,4}"
    # ("주행거리 300km 이하 모델의 경우 보조금을 하향조정": the models a range names)
    # ("연산 50만t 이하의 소규모 제철소를 합병", "30만 KW 이하의 화력발전소 폐쇄": the plants a size names)
    # (not the people living there a share counts: "60% 이상의 농촌지역 거주 노인이 양로혜택을 누릴 수 있도록")
    r"(?:기업|업체|프로젝트|기관|회사|단지|(?:도시|지역)(?!\s?거주)|제품|영역|설비|장치|시설|공장|사업|모델|차종"  # "100만톤 이상의 대형설비"
    # ("300㎥ 이하 용광로, 20톤 이하 회전로와 전기로를 … 퇴출": the furnaces a size names)
    r"|제철소|발전소|제련소|탄광|광산|보일러|용광로|고로|전로|회전로|전기로|코크스로"  # ("10증기톤 이하 석탄 보일러를 퇴출": the boilers a size names)
    # ("3t이하 소형 화물차 중 순수전기차 비중을 50% 이상으로", "1.6ℓ이하 승용차 구매세": the vehicles)
    r"|화물차|승용차|트럭|차량"
    # "연간 소득 200만 위안 이하 자영업자의 소득세를 50% 감면": the taxpayers a tax cut is for
    r"|자영업자|납세자|사업자|소상공인"
    # "인구수 500명 이상의 건제촌에 …", "인구수 1000명 이상 마을에는": the villages a population size names
    # (not the countryside of "5000만명 이상의 농촌 인구와")
    r"|(?<![농어])촌(?=에|은|는|이|의|[(（])|마을)"
    # "상주인구가 5만명 이상인 현은": the counties that size names (defined in brackets too: "빈곤현(1인당
    # 연평균 수입이 700위안 이하인 현)")
    r"|^\s?(?:이상|이하|미만|초과)인\s현(?:은|는|이|의|에|\s?[)）])"
    # "투자가 5억위엔 이상에 달하는 중대 계속 건설대상 8개": the projects (대상, 项目) a size names
    # ("투자가 3000만원 이상 되는 신규대상, 지속건설대상 도합 72개")
    r"|^\s?(?:이상|초과)\s?(?:에\s?달하는|되는)\s(?:[가-힣]+\s){0,3}[가-힣]*대상(?![가-힣])"
    # "투자 자금이 100만달러 이상인 서비스업에 대해서는 …": whatever group a size names, support is for
    r"|^\s?(?:이상|이하|미만|초과)인\s(?:[가-힣]+\s)?[가-힣]+(?:에\s?대해서는|에\s?대해|에\s?대하여|의\s?경우)"
)
# The value of a purchase that earns a subsidy: "500위안(약 8만원) 상당의 소가전제품 구입 시", "100위안의
# 물건값을 구매하면", a price cap: "18만위안(약 3천만원) 이하의 전기차 구입 시", "… 이하의 자동차를
# 구입하는 부처에는" (not the subsidy paid for it, after).
_PURCHASE_SIZE = re.compile(
    r"\s?(?:[(（][^)）]{0,25}[)）])?\s?(?:상당의|이상의|이하의|미만의|짜리|의)\s(?:[^\s.,]+\s){0,2}?[^\s.,]*?(?:을|를)?\s?"
    r"(?:구입|구매)\s?(?:시|할\s?(?:때|경우)|하면|하는\s?경우|하는\s[가-힣]+(?:에는|에게는|에게|에)\s)"
)
# Power is the capacity of the plant it names, when no count of plants follows: "2000만㎾ 이상의 전력
# 생산설비를 갖추고" (not "100만kW 이상의 발전설비 10기": a class of units counted).
_POWER = ("GW", "MW", "GWh")
_CAPACITY_OF_PLANT = re.compile(
    r"\s*(?:이상|초과)?\s*(?:의|인)?\s*(?:[가-힣]+\s)?[가-힣]*(?:설비|시설|장치)(?:을|를|이|가|은|는)\s"
)
# The size a group of firms, clusters or cities is made of, past a short description of it: "생산액
# 1,000억 위안(약 17조 원) 이상인 경쟁력과 특색을 갖춘 산업 클러스터" (not "…이상의 투자를 유치해
# 기업을": a verb between them).
_SIZE_OF_GROUP = re.compile(
    # (after the sizes listed before the last: "50억 위안 이상, 500억 위안 이상인 …")
    r"(?:\s*(?:[(（][^)）]{0,25}[)）]\s*)?(?:이상|초과)?\s*[,，]\s*[\d.,]+\s?[조억만천]*\s?(?:위안|元|달러))*"
    r"\s*(?:[(（][^)）]{0,25}[)）]\s*)?(?:이상|초과)(?:인|의)\s(?:[^\s.,]+(?<![해고며서여])\s){0,4}?"
    r"[가-힣]*(?:기업|업체|클러스터|산업군|집적지|산업단지)(?![가-힣])"
)
# An amount that sizes what a count that follows counts, whatever it is: "1천억 위안(약 20조 원) 규모의
# 소비 핫스팟 10개", "매출 1천억 위안 규모 기업 3곳", "출하량이 1000-2999마리 되는 양돈장이 2000개" (not "3천억 위안 규모의 펀드를 조성", "인구 250만 명
# 규모의 신도시를 건설": no count, the thing's own size; nor the next item's count past a comma, "30만 평
# 규모의 플랫폼으로 발전시키고, 1,000개 이상의 기업을 …").
# A share of facilities to put in, as the object of the verb: "10% 이상 충전시설을 설치하거나".
_SHARE_BUILT = re.compile(
    r"\s*이상\s*[가-힣]{0,4}(?:시설|설비|장치)(?:을|를)\s(?:[가-힣]+\s)?[가-힣]*(?:설치|구축|건설|조성|확보|보급|마련)"
)
_SIZED_CLASS = re.compile(
    r"\s*(?:[(（][^)）]{0,25}[)）]\s*)?(?:규모의?|(?:이|가)?\s?되는)\s(?:[^\s,]+\s){0,2}[^\s,]+?\s?[\d,]+\s?(?:개|곳|가지)"
)
# A firm's revenue reaching the level that makes it one of those counted: "매출규모가 150억위안에
# 달하는 대형 기업을 10곳", "매출규모 50억위안 기업 20곳" (a project's "투자 규모가 … 에 달하는" may
# be the total, so revenue only).
_REVENUE_CLASS_BEFORE = re.compile(r"매출(?:\s?규모|액)?(?:이|가|은|는)?\s*$")
_REACHING_GROUP = re.compile(r"\s?(?:(?:에|이)?\s*달하는\s)?(?:[가-힣]+\s){0,2}?[가-힣]*(?:기업|업체|회사)")


def _shares_a_threshold(candidate: Candidate, siblings: list[Candidate]) -> bool:
    """A figure listed before a threshold of the same unit qualifies the same group, as does each
    figure of the list: "휴대전화는 가격이 1000위안(약 21만6000원), 냉장고는 2500위안, 컬러TV와 세탁기는
    각각 2000위안 이하의 저렴한 제품이어야"."""
    text, end = candidate.text, candidate.quantity.end
    later = [s for s in siblings if s.quantity.start > end and s.quantity.unit == candidate.quantity.unit]
    for following in later:
        between = text[end : following.quantity.start]
        # (a conversion in brackets may stand after a figure of the list)
        unglossed = _BRACKETED.sub("", between)
        if not unglossed.lstrip().startswith((",", "，")) or re.search(r"\d", unglossed) or len(between) > 40:
            return False
        if _QUALIFIED_GROUP.match(text[following.quantity.end :]):
            return True
        end = following.quantity.end
    return False


# "… 2천억 위안으로 2배로": the level a figure is raised to, right before a multiple of it.
_TO_VALUE = re.compile(r"^\s*(?:[(（][^)）]*[)）])?\s*(?:으로|로|까지)\s")


# A multiple as the modifier of the level after it: "두 배 이상 많은 8600만kW", "3배 늘어난 300억 위안".
# (or names the level it equals: "현재의 2배 이상 수준인 연간 1천억달러까지")
_MULTIPLE_DESCRIBES = re.compile(
    r"\s?(?:이상|가량|정도)?\s?(?:많은|높은|큰|늘어난|증가한|확대된|(?:수준|규모)?인|에\s?(?:달하는|이르는))\s(?:[^\s\d]+\s)?\d"
)


# A multiple naming the size of what follows: "10배 크기인 ", "3배 면적의 ", "2배 규모의 ".
_SIZE_LIKENED = re.compile(r"\s?(?:크기|규모|면적|넓이|길이)(?:인|의)\s")


@cache
def _multiple_of_a_yardstick() -> re.Pattern[str]:
    """A multiple of a yardstick, right before it: "경부고속도로 길이의 약 ", "한국보다 "."""
    vocab = vocabulary()
    return re.compile(
        rf"(?:{alternation(vocab.yardsticks + vocab.foreign_actors)})[^.]{{0,12}}?(?:의|보다)\s?(?:약\s?|무려\s?)?$"
    )


# A comparative adjective after a multiple, describing a noun: "…보다 2.4만배 빠른 양자컴퓨터" (not a
# level after it, _MULTIPLE_DESCRIBES, nor an adverb: "10배 빠르게 늘린다").
_SUCCEEDED = re.compile(r"에\s?성공(?:했|하였|하여|해|한|하면서)")
_DESCRIBED_BY_MULTIPLE = re.compile(
    r"\s?(?:이상\s?)?(?:빠른|느린|높은|큰|많은|강한|넓은|긴|작은|적은|낮은|가벼운|얇은)\s[^\s\d]"
)


# A figure a multiple is of, right before it: "(3500억 위안)보다 약 세 배", "4.4%에 비해 성장폭이 3배".
# (or of it, told as a fact by "거의" or "무려": "목표치 3만5천명의 거의 3배로"; not "1조 위안의 2배로 늘린다")
_MULTIPLE_OF_FIGURE = re.compile(
    r"\d[\d,.]*\s?[만억조천]*\s?[가-힣%A-Za-z]{0,4}\s?[)）]?\s?(?:보다|에\s?비해)"
    r"(?:\s[가-힣]+(?:이|가|은|는))?\s?(?:약\s?|무려\s?)?$"
    r"|\d[\d,.]*\s?[만억조천\d]*\s?[가-힣%A-Za-z]{1,4}의\s(?:무려|거의)\s?$"
)
# The outcome of a plan, as a multiple: "계획대로 되면 …", "전망이 맞다면 …", "이에 따라 …", or a multiple
# whose own clause is a condition ("2배 이상 늘어나게 되면").
_CONSEQUENCE = re.compile(r"대로\s?(?:되면|된다면)\s|맞다면\s|이에\s?따라\s|게\s?되면\s")
_IF_IT_COMES = re.compile(r"[^.,]{0,15}?게\s?되면\s")


def is_derived_multiple(candidate: Candidate, siblings: list[Candidate]) -> bool:
    """A multiple that restates the change its clause states in amounts: "생산액을 '22년 1천억
    위안에서 '26년까지 2천억 위안으로 2배로 늘린다" — the 2천억 is the target, the 2배 follows from it."""
    q = candidate.quantity
    if q.counter != "배":
        return False
    if _MULTIPLE_DESCRIBES.match(candidate.text, q.end) and any(s.quantity.start > q.end for s in siblings):
        return True  # "이보다 두 배 이상 많은 8600만kW까지": the multiple describes the level after it
    before = candidate.text[candidate.sentence_start : q.start]
    if _MULTIPLE_OF_FIGURE.search(before):
        return True  # "올 투자액(3500억 위안)보다 약 세 배 많은 자금": worked out from the figure named
    if _multiple_of_a_yardstick().search(before):
        return True  # "경부고속도로 길이의 약 1667배에 달하는 교통망": the reporter's yardstick
    if _SIZE_LIKENED.match(candidate.text, q.end) and any(s.quantity.start > q.end for s in siblings):
        return True  # "인천경제자유구역의 10배 크기인 2270㎢의 땅에": the size after it, likened
    if (
        "보다" in candidate.text[candidate.clause_start : q.start]
        and _DESCRIBED_BY_MULTIPLE.match(candidate.text, q.end)
        and (_SUCCEEDED.search(candidate.tail) or reports_fact(candidate.tail))
    ):
        # "일반 컴퓨터보다 연산속도가 2.4만배 빠른 … 양자컴퓨터 개발에 성공하여": what a thing made is like
        # (not one still to make: "목표는 … 100만 배 이상 빠른 양자 컴퓨터를 개발하는 것")
        return True
    if _CONSEQUENCE.search(before) or _IF_IT_COMES.match(candidate.text, q.end):
        # "계획대로 되면 … 지금의 네 배 이상 커진다", "2020년 2배 이상 늘어나게 되면 …": what the plan's
        # figures come to, said as their outcome
        return True
    clause_start = candidate.clause_start
    return any(
        s.clause_start == clause_start
        and s.quantity.end <= q.start
        and s.quantity.counter != "배"
        and _TO_VALUE.match(candidate.text[s.quantity.end :])
        for s in siblings
    )


# A share of those within a span: "45분 이내 통근 이동 비율", "30분 이하 출퇴근 비중".
_SHARE_OF_THOSE_WITHIN = re.compile(
    r"\s?(?:이내|이하|이상|미만)\s?(?:의\s)?(?:[가-힣]+\s?){0,3}?(?:비율|비중)"
)


def is_threshold(candidate: Candidate, siblings: list[Candidate]) -> bool:
    q = candidate.quantity
    after = candidate.text[q.end :]
    if _CONDITIONS_LISTED.match(after):
        return (
            True  # "연료전지차 50대 이상, 수소충전소 1개 이상 등 조건을 갖춰야": what an applicant must have
        )
    if q.unit == "count" or sizes_a_port(candidate):
        return False
    if q.unit in _POWER and _CAPACITY_OF_PLANT.match(after):
        return False  # "2000만㎾ 이상의 전력 생산설비를 갖추고": the plant's capacity, no class of plant
    if sizes_one_plant(candidate):
        return False
    if q.unit == "percent" and _SHARE_BUILT.match(after):
        return False  # "주차면수 대비 10% 이상 충전시설을 설치": the share of places to equip, no class
    if q.unit in ("min", "hours") and _SHARE_OF_THOSE_WITHIN.match(after):
        return True  # "시민의 45분 이내 통근 이동 비율은 56%": the span that makes the group a share counts
    if _QUALIFIED_GROUP.match(after) or _SIZED_CLASS.match(after):
        return True  # "매출액 50억 위안 이상 기업이", "매출 억 위안급 기업 50개"
    if q.unit in _MONEY and _PURCHASE_SIZE.match(after):
        return True  # "500위안 상당의 소가전제품 구입 시 50위안의 보조금": the purchase that qualifies
    if q.unit in _MONEY and _SIZE_OF_GROUP.match(after):
        return True  # "생산액 1,000억 위안 이상인 … 산업 클러스터 육성": the size that makes a group
    if _GROUP_BY_TARGET.match(after):
        return True  # "10% 이상 증가율을 목표로 제시한 지역은 △ 하이난(15%) …": the band a group is in
    if (
        q.unit not in _MONEY
        and _ITEM_OPENS_HERE.search(candidate.text, 0, q.start)
        and _PAID_FOR_BRACKET.match(after)
    ):
        return True  # "… 상이한 바, △150~200km 1.5만 위안, △200~250km 2.4만 위안": the bracket a grant is for
    if _REACHING_GROUP.match(after) and _REVENUE_CLASS_BEFORE.search(candidate.text, 0, q.start):
        return True
    if _CLASS_OPENED.search(candidate.text, 0, q.start) and _CLASS_CLOSED.match(after):
        return True  # "규모 이상(연매출 2천만 위안 이상) 기업의 매출": what the class means
    if _GROUP_OPENED.search(candidate.text, 0, q.start) and _GROUP_CLOSED.match(after):
        return True  # "소규모 납세자(연 매출액 500만 위안 이하)·영세기업": who the group is
    if _shares_a_threshold(candidate, siblings):
        return True  # "핵심산업규모 50억 위안, 유관산업규모 200억 위안이 넘는 도시"
    if not _THRESHOLD_TAIL.match(after):
        return False
    # "…을 대상으로", also past a list of further groups: "▷투자액 500만 위안 이상 ▷… 등을 대상으로"
    if _TARGET_GROUP.match(after) or re.search(r"(?:을|를)\s*대상으로", candidate.tail):
        return True
    later_counts = [  # "45세 이하 청년 과학자 1,000명", "100억 위안 이상의 프로젝트 10개"
        s
        for s in siblings
        if s.clause_start == candidate.clause_start
        and s.quantity.start > q.end
        and (
            s.quantity.unit in ("count", "people")
            # or the share of the class: "90㎡ 이하의 소형 아파트 비율이 70%가 되도록"
            or s.quantity.unit == "percent"
            and _SHARE_NAMED.search(candidate.text, q.end, s.quantity.start)
        )
        # not the next item of a list: "▲거래 규모를 100억 위안 이상 ▲플랫폼 3개 이상 구축"
        and not _LIST_MARK.search(candidate.text[q.end : s.quantity.start])
    ]
    return bool(later_counts)


# The share a class makes up, named between its threshold and the share: "… 아파트 비율이 70%".
_SHARE_NAMED = re.compile(r"(?:비율|비중|점유율)(?:이|가|은|는|을|를)?\s")
# The marks that open the items of an inline list.
_LIST_MARK = re.compile(r"[▲△▷▶►•]")
# An item that opens on the number, and the money the item pays for it: "△150~200km 1.5만 위안".
_ITEM_OPENS_HERE = re.compile(r"[▲△▷▶►•]\s*$")
_PAID_FOR_BRACKET = re.compile(r"\s*(?:이상|이하|미만|초과)?\s[\d.,]+\s?[만억천]*\s?(?:위안|元|원|달러)")

# A year's apostrophe is no quotation mark: "'25년까지", "('25)".
_YEAR_APOSTROPHE = re.compile(r"[’'‘´]\s?\d{2}(?=\s*(?:년|年|\)|~|-))")
# (a backtick opens a quote closed by an apostrophe in older typesetting: "`4개 기지, 1개 구'")
_QUOTED = re.compile(r"(['‘“\"「『`])([^'‘’“”\"「」『』`]{1,60}?)(['’”\"」』])")
# A document's title in angle brackets, as the Korean-language papers of China print it: "<…에 관한 의견>",
# "《…계획》".
_ANGLED_TITLE = re.compile(r"[<《〈][^<>《》〈〉\n]{2,150}?[>》〉]")


# A network named by its lines, north-south (纵) and east-west (横): "3종3횡1환망", "8종8횡 고속철도망".
_NETWORK_NAME = re.compile(r"\d\s?[종횡]\s?\d\s?[횡종]")


# A simile the figure stands in: "마치 10개의 만리장성을 동시에 쌓는듯한 …", "마치 100년 전처럼".
_SIMILE = re.compile(r"마치\s(?:[^\s.]+\s){0,2}?[^\s.]*$")


def counts_a_yardstick(candidate: Candidate) -> bool:
    """So many of the reporter's yardstick: "총 면적은 농구장 8개와 맞먹어", "축구장 30개 크기"."""
    q = candidate.quantity
    return q.unit == "count" and bool(
        _yardstick_before().search(candidate.text, max(0, q.start - 12), q.start)
    )


@cache
def _yardstick_before() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary().yardsticks)})\s?(?:약\s?)?$")


def in_quoted_name(candidate: Candidate) -> bool:
    """A number inside quotation marks is part of a name: "'1개의 실험실, 2개의 산업기지와 4개의
    센터'의 … 체계", "'신제조(新製造)100' 프로젝트"; so is one in the gloss of a quoted name, which
    gives its Chinese and what it means: "'첸판'(千帆·1천개의 돛) 프로젝트"."""
    text = _YEAR_APOSTROPHE.sub(lambda m: " " * len(m.group()), candidate.text)
    q = candidate.quantity
    if any(m.start() < q.start and q.end < m.end() for m in _ANGLED_TITLE.finditer(text)):
        return True  # "<… 천만마리 육우 건설 프로젝트를 실시할 데 관한 의견>을 착지하고": a document's title
    glosses = (_NAME_GLOSS.match(text, m.end()) for m in _QUOTED.finditer(text))
    if any(g and g.start(1) <= q.start and q.end <= g.end(1) for g in glosses):
        return True
    return any(
        m.start(2) <= q.start
        and q.end <= m.end(2)
        and not _SPEECH.search(m.group(2))
        and not _SPEECH_CLOSED.match(text, m.end())  # '"…목표치 3만5천명의 거의 3배로 열광적인 반응"이라며'
        and not (
            _QUOTED_FIGURE.fullmatch(m.group(2).replace(q.text, ""))
            # (a share quoted is no name, whatever follows: "‘7% 내외’의 안정적 성장")
            and (_FIGURE_GOES_ON.match(text, m.end()) or q.unit == "percent")
        )
        and not _QUOTED_TARGET.match(text, m.end())
        # "'신규 취업자 수 86만 명 달성'을 목표로": the pledge quoted, its verb noun right after the figure
        and not (_PLEDGE_CLOSES_QUOTE.fullmatch(text, q.end, m.end(2)) and _SET_AS_GOAL.match(text, m.end(2)))
        # "'무역 프로젝트 100개 체결, 수출입 300억 위안 증량' 계획을 제기": a plan's list of targets
        and not ("," in m.group(2) and _QUOTED_PLAN.match(text, m.end()))
        # ""…8만 위안 이상, …" 서기가 발표한 주요 목표": the goals announced, quoted
        and not _QUOTED_GOALS.match(text, m.end(2))
        for m in _QUOTED.finditer(text)
    )


# A quote a speaker's words close, what follows it: '"…열광적인 반응"이라며' (not "'…'라고 불리는", a name).
_SPEECH_CLOSED = re.compile(r"\s?(?:이)?라(?:며|면서)\s")
# A quote that closes on the figure's verb noun: "… 86만 명 달성'", "… 10% 이상 증가'".
_PLEDGE_CLOSES_QUOTE = re.compile(
    r"\s?(?:이상|이하|가량|정도|여)?\s?(?:달성|실현|돌파|창출|확보|유치|증가|감축|구축|건설|육성)\s*"
)


# The bracket right after a quoted name that glosses it in Chinese: "(千帆·1천개의 돛)".
_NAME_GLOSS = re.compile(r"\s?[(（]([\u4e00-\u9fff]+[·・,\s][^)）]{1,30})[)）]")
# A quote that states the target itself: "'2030년 수소차 100만대·충전소 1000기' 목표 제시". (A
# slogan the goal is ("'10개 새로운 돌파'를 목표로") names it, as a programme's name does.)
_QUOTED_TARGET = re.compile(r"\s*(?:이라는|라는|의)?\s*목표")
_QUOTED_PLAN = re.compile(r"\s*(?:이라는|라는|의)?\s*(?:목표|계획|방안)")


# A figure quoted for emphasis names nothing: "비중을 '17%' 이상으로", "‘20% 안팎’에 도달", "'5% 내외'의
# 목표치를" — the sentence goes on with a particle or a qualifier; "'1조 위안' 클러스터" names a cluster.
# … or the quote holds the pledge itself, its verb's noun with it: "성장 목표를 '약 5% 달성'하겠다는".
# (or a target set out at it: "…하이난성으로 ‘9%이상’ 제시")
_FIGURE_GOES_ON = re.compile(
    r"\s?(?:을|를|이|가|에|으로|로|은|는|까지|이상|이하|이내|미만|초과|안팎|내외|돌파|달성|의\s?목표|제시|설정|확정|$|[,.])"
    r"|하(?:겠|기|고|며|는|여|도록)"
)
# (with its conversion: "'1조 위안(약 186조원)' 돌파")
_QUOTED_FIGURE = re.compile(
    r"\s*(?:약|최대|최소)?\s*(?:이상|이하|이내|미만|초과|안팎|내외|가량|정도|수준|여|좌우|전후)?\s*(?:[(（][^)）]*[)）])?\s*"
    r"(?:(?:달성|돌파|실현|유지)\s*)?"
)


# A quotation that is a statement, not a name: "“2030년까지 … 15조 위안 규모가 되게 할 것”".
# (a quoted pledge ends in its plan word: "…66개의 새로운 공항을 건설할 계획"이라며; a headline quotes
# the target itself: ..."올해 GDP 성장률 5% 안팎 목표")
# (or trails off, as words quoted do: "“대학생 창업자에게 최대 50만 위안 지급, … 주거비 지원….”")
_SPEECH = re.compile(
    r"(?:다|것|요|함|음|겠다|목표|[ㄹ을할될]\s?(?:계획|방침|예정))\s*[.!]?\s*$|까지\s|(?:…|\.\.\.)\s*\.?\s*$"
    # (a verb's adnominal closing the quote, its 것 after it: "“매년 10억 위안을 조성해 … 투입할”것을 결정했다")
    r"|[가-힣](?:할|될)\s*$"
)


# "12개 지역의 신규 장려 산업", "6개 기업의 전고체 배터리 기초연구": the count only scopes
# the noun phrase that follows (unlike "2개의 …", "100개 이상의 …", which count it).
# (not a size: "약 3만 회 규모의 문화·관광 행사가 열릴 예정")
# (not a qualifier, "80개 좌우의 …中樞": the count's own; nor "여", "규모")
_SCOPE = re.compile(
    rf"^\s(?!{alternation((*QUALIFIER_WORDS_AFTER, '여', '규모'))})[가-힣A-Za-z·]+(?:\s[가-힣A-Za-z·]+)?(?<!등)"
    r"(?:[(（][^)）]{1,12}[)）])?의\s"  # (a gloss may stand before 의: "27개 성도(省都)의 쇼핑몰")
)


# Provinces and autonomous units a count names: a plan covers them, never makes more of them ("6개 성과
# 5개 자치구", "30개 자치현, 1백21개 자치군이며"; not "10개 성과를 거뒀다", achievements).
# (in Hanja too, glued to the count: "中 30개省 2022년 GDP 목표 성장률 ‘5% 이상’ 제시")
# (or glossed with the units of the same rank: "6개 성(직할시, 자치구)의 128개 현(기, 시, 구)에 포함")
_ADMINISTRATIVE_UNITS = re.compile(
    r"\s?(?:(?:성|현)\s?[(（][가-힣,，·\s]{1,20}[)）]\s?(?:의|에|에서)\s"
    r"|省|성(?:(?:과|와)\s?\d|[,，·]|(?:의|에서|에|을|를|이|가|은|는)\s)"
    r"|(?:자치구|직할시|자치현|자치주|자치기|자치군|특별행정구)(?![가-힣])|(?:자치구|직할시|자치현|자치주|자치기|자치군)(?:[과와의에을를이가은는]|이며))"
)


# Places a line or route runs through: "10여개 시와 30여개 현을 지나며", "5개 성을 경유하는".
_PASSED_THROUGH = re.compile(
    r"\s?(?:시|현|성|도시|지역|구|국가|개국)(?:와|과|,)?\s?(?:[^\s,.]+\s){0,3}?[^\s,.]*?(?:을|를)?\s?(?:지나|경유|통과|관통)"
)


# A count of the units a figure is given by ("31개 성별로 … 각각 10~15%", "5개 부문별"), not 특별/개별 …
_BY_EACH = re.compile(r"\s[가-힣]*[가-힣](?<![특개차식판작])별(?:로|의)?[\s,]")


# The kinds of goods a measure covers: "8종 가전제품 외에", "12종의 주방 용품에 대해서도".
_KINDS_COVERED = re.compile(
    r"(?:의)?\s(?:[가-힣A-Za-z·]+\s){0,3}?[가-힣A-Za-z·]+(?:에\s?대해|에\s?대한|\s?외에|\s?외의)"
)


def totals_follow(candidate: Candidate) -> bool:
    """A count right before an amount counts the kinds the amount totals: "10종 4100만톤으로" (not a
    count of things of a class the amount names: "7개 1000만㎾급 풍력 발전기지", seven bases)."""
    after = candidate.text[candidate.quantity.end : candidate.quantity.end + 24]
    if not after.startswith(" ") or not after[1:2].isdigit():
        return False
    following = find_quantities(after)
    if not following or following[0].start != 1 or following[0].unit == "count":
        return False
    return not re.match(r"\s*(?:[(（][^)）]*[)）])?\s*급", after[following[0].end :])


def is_scope(candidate: Candidate) -> bool:
    q = candidate.quantity
    if q.unit != "count":
        return False
    if _ADMINISTRATIVE_UNITS.match(candidate.text, q.end):
        return True  # "서부 6개 성과 5개 자치구, 1개 직할시를 … 개발": the units a plan covers, none to make
    if _BY_EACH.match(candidate.text, q.end) or totals_follow(candidate):
        return True
    if _PASSED_THROUGH.match(candidate.text, q.end):
        return True  # "동북 3성 10여개 시와 30여개 현을 지나며": the places a line runs through
    if q.counter in _KINDS and _KINDS_COVERED.match(candidate.text, q.end):
        return True  # "8종 가전제품 외에 … 12종의 … 용품에 대해서도 보조금을 지급": what a measure covers
    if not _SCOPE.match(candidate.text[q.end :]):
        return False
    # "54개 행정촌의 농촌주거환경 개선사업을 완수할 계획": the places the works reach are the count
    return not _WORKS_ON_THEM.match(candidate.text, q.end)


# The works a count of places is the object of: "… 촌의 주거환경 개선사업을", "… 마을의 도로 정비를",
# "91개 공항의 확장을 추진", "6개 공항의 이전을".
# … or whose use a verb changes: "700개 지역의 석탄사용을 청정에너지로 대체하고".
_WORKS_ON_THEM = re.compile(
    r"[^을를,.]{0,30}?(?:개선|개조|정비|보수|리모델링|재건축|확장|확장건설|이전|증설|확충|신축)"
    r"(?:사업|대상|공사|작업)?(?:을|를)\s"
    r"|[^을를,.]{0,20}?(?:을|를)\s(?:[^\s,.]+\s){0,2}?[^\s,.]*?(?:대체|전환|교체)(?:하|한|할|시키)"
)


def is_enumeration(candidate: Candidate) -> bool:
    """A count that sums up the names listed right before it: "톈푸(天府), 청두(成都) 2개 고신구"."""
    q = candidate.quantity
    if q.unit != "count":
        return False
    before = candidate.text[max(0, q.start - 40) : q.start]
    # "…청두(成都) 2개 고신구"; "CATL, BYD 등 6개 기업" (a list of names in Latin or Hanja); not a
    # lead label "(제조업 디지털 전환) 200개 이상의 …"
    # names glossed in brackets, one after another: not "중개기관(數商) 500개"
    listed = r"[)）]\s*,[^,]{0,12}[(（][\u4e00-\u9fffA-Za-z·\s]+[)）]\s*$"
    # (a count of times sums up no names: "유인우주선, 베이더우(北斗) 위성의 발사 등 30차례의 우주발사"; nor
    # does a count of more than the names given, as the object to make: "둥자커우(董家口)항, 첸완(前灣)항 등 5곳의
    # 물류산업단지와 … 조성할 예정": examples of the five)
    named = (
        q.counter not in _TIMES
        and (
            bool(re.search(listed, before))
            or bool(re.search(r"(?:[A-Z]{2,}|[\u4e00-\u9fff]).{0,25}등\s*$", before))
        )
        and not examples_of_more(candidate)
    )
    return (
        named
        or counts_the_list_before(candidate)
        # "동부 7개 도시 칭다오(青岛), 옌타이(烟台), 르자오(日照), …": the names it counts, right after it
        or bool(_NAMES_LISTED_AFTER.match(candidate.text, q.end))
    )


def examples_of_more(candidate: Candidate) -> bool:
    """Fewer names listed before "등" than the count after it, the counted noun the object to make: the
    names are examples of what is to be made, and the count is its size. (Every comma, 및 or "…을
    비롯해" of the sentence up to the count is taken for a name's, so a long list is never read as a
    few examples.)"""
    q = candidate.quantity
    listed = _LIST_JOINS.split(candidate.text[candidate.sentence_start : q.start])
    return (
        q.value is not None and q.value > len(listed) and bool(_COUNT_AS_OBJECT.match(candidate.text, q.end))
    )


# What joins the names of a list: a comma, 및, "…을 비롯해".
_LIST_JOINS = re.compile(r"[,，、]|\s및\s|(?:을|를)\s?비롯(?:해|한|하여)\s")
# The counted noun as the object to make: "5곳의 물류산업단지와 ", "6곳의 물류센터를 " (not "18개 물류기업
# 인프라도", "6개 기업이").
_COUNT_AS_OBJECT = re.compile(r"\s?(?:의\s)?(?:[가-힣A-Za-z·]+\s)?[가-힣A-Za-z·]*?(?:을|를|와|과)\s")
# Counters of occurrences: launches, visits, rounds.
_TIMES = frozenset(("차례", "회", "번"))
# Names glossed in brackets, listed right after the count and its noun: " 도시 칭다오(青岛), 옌타이(烟台), ".
_NAMES_LISTED_AFTER = re.compile(
    r"\s?[가-힣]{1,4}\s(?:[가-힣]{2,8}\s?[(（][\u4e00-\u9fffA-Za-z·\s]+[)）]\s?[,，、]\s?){2,}"
    # … or in brackets right after it: "구시가지 6곳(둥청(東城), 시청(西城), 차오양(朝陽), …)과 …"
    # ("정부 4개 부처(교통부, 재무부, 국가개발개혁위원회, 공업정보화부)에서": bodies' long names too)
    r"|\s?(?:[가-힣]{1,4})?[(（](?:[가-힣]{1,12}\s?(?:[(（][^)）]{0,12}[)）])?\s?[,，、]\s?){2,}"
)


# Between the items of a list: a comma, a middle dot ("베이징·톈진·상하이 등 3개"), or 과/와 after a
# name ("중국희토그룹과 북방희토, 샤먼텅스텐 등 3개 기업").
# (or a mark before each item: "△인터넷 보급률 △전자상거래 총액 △… 등 3가지")
_LIST_SEPARATORS = (re.compile(r"[,，、·・△▲▷]"), re.compile(r"[,，、·・△▲▷]|(?<=[가-힣])(?:과|와)\s"))
# An item of a list: a short phrase between commas ("운영 서비스 수준 향상").
_LIST_ITEM_CHARS = 20


def counts_the_list_before(candidate: Candidate) -> bool:
    """ "A, B, C, D 등 4가지 작업": the count is the number of items the sentence lists right before
    "등" (the first item may close a longer phrase), so it counts the list, not a target; so does
    "장춘, 길림, 연변 3개 지역" without 등 where three names or more come right before it."""
    q = candidate.quantity
    if q.value is None:
        return False
    # (past one short word: "…, 시노자이언트 등 관내 6개 철강업체들에게")
    head = re.search(r"등\s*(?:[가-힣]{1,3}\s)?$", candidate.text[: q.start])
    # without 등, the names themselves, none with a figure of its own: "장춘, 길림, 연변 3개 지역을"
    # (not "스마트 공장 300개, 디지털 작업장 2개")
    bare = not head
    listed = candidate.text[: head.start() if head else q.start]
    # items between commas or dots, or also joined by 과/와 ("중국희토그룹과 북방희토, …"), whichever
    # way counts the figure ("사람과 가축 분리공사" is one item of its list)
    by_commas, with_and = (separator.split(listed) for separator in _LIST_SEPARATORS)
    # (two names joined by 과 alone are no list: "커넥티드카와 전자정보 등 2개의 … 클러스터를 구축")
    return _counts_items(by_commas, q.value, bare, q.counter) or (
        len(by_commas) > 2 and _counts_items(with_and, q.value, bare, q.counter)
    )


_HANZI_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
# Counters of kinds, not of things made: "8종 가전제품", "4가지 인프라".
_KINDS = ("종", "가지")


def _counts_items(parts: list[str], count: float, bare: bool, counter: str | None) -> bool:
    short = 0
    for part in reversed(parts[1:]):
        if not part.strip() or len(part.strip()) > _LIST_ITEM_CHARS:
            break
        short += 1
    if bare:
        # … names of places: "의료, 교육, 제조 분야에서 3개의 기지", "동부, 남부, 북부 신도시 3개" are
        # fields or parts of a plan, before a count of what it builds
        items = [part.split()[-1] for part in parts[-short - 1 :] if part.split()]
        # (or names in Hanzi, as a page may print the districts: "松江, 嘉定, 临港新城 3개 지역"; or any
        # items a count of kinds sums up: "철도, 가스, 전기, 수자원 4가지의 인프라")
        named = all(
            gazetteer.find_places(item) or _HANZI_NAME.fullmatch(item) or counter in _KINDS for item in items
        )
        figured = any(re.search(r"\d", item) for item in items)
        return short >= 2 and short + 1 == count and named and not figured
    # (the first item may close a longer phrase, "…은 A, B 등 3개"; or every item stand apart after a
    # clause, "…에 따르면, A, B, C, D 등 4개")
    return short >= 1 and (short + 1 == count or short == count and short >= 3)


def as_yuan(candidate: Candidate) -> Candidate:
    """A won amount of a file that never names the yuan reads as yuan: "총투자 1,598억원"."""
    q = candidate.quantity
    return replace(candidate, quantity=replace(q, unit="CNY")) if q.unit == "KRW" else candidate


def glossed_yuan(candidate: Candidate) -> bool:
    """A won amount glossed as renminbi: "3조 원(RMB)", "5억원(인민폐)", "2조원 인민폐 안팎",
    "인민폐 8000억원의 고정자산투자", "인민폐로 429억원에 달하는 자금"; or converted into won, "1조2000억원(약
    253조원)"."""
    q = candidate.quantity
    return bool(
        _YUAN_GLOSS.match(candidate.text, q.end)
        or _YUAN_BEFORE.search(candidate.text, 0, q.start)
        or (q.unit == "KRW" and _CONVERTED_INTO_WON.match(candidate.text, q.end))
    )


# (인민페 as the Korean-language papers of China also spell it; 로, "in renminbi")
_YUAN_BEFORE = re.compile(r"(?:인민[폐페]|RMB|CNY)(?:로)?\s?$")


_YUAN_GLOSS = re.compile(r"\s?(?:[(（]\s?(?:RMB|CNY|인민폐|元|위안)\s?[)）]|인민폐)")
# A won amount converted into won in brackets, as only a foreign amount is: "1조2000억원(약 253조원)"
# prints 원 for 위안 (that amount alone: the file's other 원 may be won); "21억3천만원(한화 2천1백30억원상당)".
_CONVERTED_INTO_WON = re.compile(
    r"\s?[(（]\s?(?:약|한화\s?약?|우리\s?돈\s?약?)\s?[\d,.]+(?:\s?[조억만천백]\s?[\d,.]*)*\s?원\s?(?:상당|가량|정도)?\s?[)）]"
)


# A won amount glossed as renminbi anywhere in a line: "인민폐로 4조원", "1백60억원인민폐".
_WON_GLOSSED_AS_YUAN = re.compile(
    r"(?:인민[폐페]|RMB|CNY)(?:로)?\s?\d[\d,.\s조억만천백]*원|\d[\d,.\s조억만천백]*원" + _YUAN_GLOSS.pattern
)


@lru_cache(maxsize=8)  # asked once per article of the same file
def glosses_won_as_yuan(lines: tuple[str, ...]) -> bool:
    """The file writes the yuan as 원 and says so once: "…인민폐로 4조원 투자중 2100억원을 환경보호에"
    — its other 원 amounts are yuan too, though it names the renminbi."""
    return any(_WON_GLOSSED_AS_YUAN.search(line) for line in lines)


def is_conversion(candidate: Candidate) -> bool:
    """A won amount only converts a yuan amount: "1,700억 위안(32조 2,813억 원)"."""
    return candidate.quantity.unit == "KRW"


def is_bracketed_conversion(candidate: Candidate) -> bool:
    """An amount in brackets right after an amount in another currency or unit of the same measure
    converts it: "1조 위안(약 1380억 달러)", "1억 4000만 묘(약 933만ha)"."""
    q = candidate.quantity
    if q.unit == "percent" and _SHARE_GLOSS.match(candidate.text, q.end) and _after_money(candidate):
        return True  # "나머지 157억위안(42%) 자금을": the amount's share of the whole, no figure of its own
    if _ONE_UNIT_DEFINED.search(candidate.text, 0, q.start):
        return True  # "부지 3,000무(1무는 666평방미터)", "매 1무(畝…, 약 666㎡) 당": what one unit is
    if (
        q.value == 1
        and _DEFINED_AS.match(candidate.text, q.end)
        and _BRACKET_OPEN.search(candidate.text, 0, q.start)
    ):
        return True  # "(…, 1묘는 약 666.67㎡)": the unit being defined
    if (
        q.value == 1
        and _RATE_OPENED.search(candidate.text, 0, q.start)
        and _RATE_EQUALS.match(candidate.text, q.end)
    ):
        return True  # "3조위안(1위안=약 130원)": the rate of exchange, one unit defined
    if q.unit == "USD" and _YUAN_IN_BRACKETS.match(candidate.text, q.end):
        return (
            True  # "국방예산 규모는 224억달러(1천853억위안)이다": China's own figure is the yuan in brackets
        )
    if _glosses_in_another_unit(candidate):
        return True
    measure = next((units for units in _MEASURES if q.unit in units), None)
    if measure is None:
        return False
    opening = _CONVERSION_OPENING.search(candidate.text, 0, q.start)
    if not opening:
        return False
    before = find_quantities(candidate.text[max(0, opening.start() - 30) : opening.start()])
    if (
        q.unit == "CNY"
        and before
        and before[-1].unit == "USD"
        and _RATE_OPENED.search(candidate.text, 0, q.start)
    ):
        return False  # (the yuan glossing a dollar amount is the original: "224억달러(1천853억위안)")
    return bool(before) and before[-1].unit in measure and before[-1].unit != q.unit


def _glosses_in_another_unit(candidate: Candidate) -> bool:
    """The amount alone in brackets, or after "즉", right after an amount of another measure: the
    same amount put another way ("원유 1억5833만t(일일 317만 배럴)", "연간 10억 톤, 즉 하루 2,000만
    배럴로"). A share is left to the rules above."""
    q = candidate.quantity
    if q.unit in (None, "percent") or q.unit in _MONEY:
        return False  # (money after a count is what the count is worth: "10만대(약 300억 위안)")
    opened = _UNIT_GLOSS_OPENED.search(candidate.text, max(0, q.start - 50), q.start)
    if not opened or (opened.group("bracket") and not _UNIT_GLOSS_CLOSED.match(candidate.text, q.end)):
        return False
    before = find_quantities(candidate.text[max(0, opened.start() - 30) : opened.end("unit")])
    if not before or before[-1].unit in (None, "percent", q.unit) or before[-1].unit in _MONEY:
        return False
    # (two units of one measure are left to the conversion rules below: China's own figure may stand
    # in the bracket, "224억달러(1천853억위안)")
    return not any(q.unit in units and before[-1].unit in units for units in _MEASURES)


# What opens a gloss right after an amount: a bracket, or a comma and "즉" (that is), then at most
# a period the second unit is counted in ("일일", "하루", "연간") and "약".
_UNIT_GLOSS_OPENED = re.compile(
    r"\d(?P<unit>[^\s\d(（,]{0,6}(?:\s[^\s\d(（,]{1,3})?)\s?(?:(?P<bracket>[(（])|,\s?즉)\s*(?:(?:일일|하루|매일|연간|연|매년|월간)\s?)?(?:약\s?)?$"
)
# … and, for a bracket, closes it right after the amount: "(일일 317만 배럴)".
_UNIT_GLOSS_CLOSED = re.compile(r"\s*[)）]")


# A yuan amount alone in brackets right after a dollar amount: "(1천853억위앤)".
_YUAN_IN_BRACKETS = re.compile(
    r"\s?[(（]\s?[\d,.]+\s?[조억만천백\d\s]*\s?(?:위안|위엔|위앤|元|인민폐)\s?[)）]"
)


# A bracket holding only a share: "(42%)".
_SHARE_GLOSS = re.compile(r"\s?[)）]")


def _after_money(candidate: Candidate) -> bool:
    """The candidate opens a bracket right after an amount of money."""
    start = candidate.quantity.start
    if not _RATE_OPENED.search(candidate.text, max(0, start - 3), start):
        return False
    before = find_quantities(candidate.text[max(0, start - 30) : start])
    return (
        bool(before)
        and before[-1].unit in _MONEY
        and before[-1].end >= len(candidate.text[max(0, start - 30) : start].rstrip()) - 2
    )


# The unit itself, opening a bracket that defines it: "(1위안=약 130원)", "(1달러는 약 1300원)".
_RATE_OPENED = re.compile(r"[(（]\s*$")
_RATE_EQUALS = re.compile(r"\s*(?:=|＝|은|는)\s*(?:약\s*)?\d")
# One of a unit, defined in brackets: "(1무는 ", "1무(畝중국 토지단위, 약 ".
# (past a gloss in the bracket: "1,000만 묘(亩·중국식 토지 면적 단위, 1묘는 약 666.67㎡)", "(畝, 1묘=약 666㎡)")
_ONE_UNIT_DEFINED = re.compile(
    r"(?:[(（][^()（）]{0,30}?(?<!\d)1\s?[가-힣A-Za-z\u4e00-\u9fff]{1,4}(?:은|는|=|:)|(?<!\d)1\s?[가-힣\u4e00-\u9fff]{1,3}[(（][^)）]{0,25}?)"
    r"\s*(?:약|대략)?\s*$"
)
# … and the one unit so defined, itself: "(…, 1묘는 약 666.67㎡)"
_DEFINED_AS = re.compile(r"\s?(?:은|는|=|:)\s*(?:약|대략)?\s*\d[^)）]{0,20}[)）]")
_BRACKET_OPEN = re.compile(r"[(（][^()（）]{0,30}$")
# The bracket that opens a conversion: "(약 ", "(한화 약 ", "( 한화 환산 약 ", "(US$ "
# … and "(전체의 ", before a share put as a fraction: "33%(전체의 3분의 1)"
# (past the unit's name in Hanja: "2천500여만 무(畝∙약 16666.67㎢)")
# (past a first conversion in the same bracket: "4조위안(775조원, 5860억달러)")
_CONVERSION_OPENING = re.compile(
    r"[(（]\s*(?:(?:약\s?)?[\d.,]+[\d.,\s조억만천백]*[가-힣A-Za-z$]{1,3}\s?[,，]\s?)?(?:[\u4e00-\u9fff]{1,4}\s?[∙·・,，]\s?)?(?:(?:한화|미화|원화)(?:\s?(?:환산|기준))?|전체의)?\s*(?:약|대략)?\s*(?:US\$|\$)?\s*$"
    # … or after a comma, the currency named as such: "200억위안, 미화 3억 2670만 달러를 투자해"
    r"|[,，]\s?(?:한화|미화|원화)\s*(?:약\s?)?(?:US\$|\$)?\s*$"
)


# --- 3. the record's fields ---------------------------------------------------
def kind_of(candidate: Candidate) -> str:
    """'funding' for public money pledged ("최대 1억 위안 지원", "60억 위안을 투자해"), else 'target'."""
    q = candidate.quantity
    if q.unit == "percent":
        if re.search(r"(?:보조|지원|장려)\s*(?:비율|율)", candidate.text[: q.start]):
            return "funding"  # "보조 비율을 최대 80%까지 상향"
        # "비용의 최대 30%를 보조": a subsidy rate is support pledged
        first = _first_word(candidate.tail, vocabulary().forward + vocabulary().funding_verbs)
        return "funding" if first in ("보조", "지원", "보조금", "장려", "보상") else "target"
    if q.unit not in _MONEY:  # (any currency: "혁신기금에 155억 홍콩달러를 투입" is money pledged too)
        return "target"
    if _FUND_SET_UP.match(candidate.text, q.end):
        return "funding"  # "50억 위안 규모의 산업 전용 펀드를 조성": money committed, not an industry's size
    before = MARKUP.sub("", candidate.text[: q.start])
    rest = re.sub(r"^\s*[(（][^)）]*[)）]", "", MARKUP.sub("", candidate.tail))  # "(약 1조 원)"
    if re.search(r"규모(?:는|를|가|이|의)?\s*$", before) or re.match(r"\s*(?:규모|급)", rest):
        return "target"  # the size of an industry or cluster, not money pledged
    vocab = vocabulary()
    if _funding_topic().search(before):
        return "funding"
    if _READIED.match(candidate.text, q.end) and _readied_as_funding().search(before):
        return "funding"  # "…교체 보조금으로 50억위안을 준비했다": money readied as support
    if _SUPPORT_LIST_HEAD.search(candidate.text, candidate.sentence_start, q.start) and in_target_list(
        candidate
    ):
        return "funding"  # "대당 보조금 상한액은 TV 400위안, 냉장고 300위안": each item's support
    first = _first_word(rest, vocab.forward + vocab.funding_verbs)
    return "funding" if first in vocab.funding_verbs else "target"


# Money a plan puts into its work as a whole ("풍력에 9000억위안을 투입", "프로젝트에 1.6조 위안을
# 투자하기로"), not support handed to each recipient: it is due when the plan's work is.
_INVESTING = ("투자", "투입")


def invests_total(candidate: Candidate) -> bool:
    """ "2조5000억 위안 중 1조 위안을 태양광 … 투입할 계획": a total the plan invests, which keeps the
    plan's deadline; a cap ("최대 500만 위안 투자") or money per recipient or year has none."""
    q = candidate.quantity
    if q.unit != "CNY" or q.qualifier == "<=":
        return False
    before = MARKUP.sub("", candidate.text[candidate.sentence_start : q.start])
    if _funding_topic().search(before) or re.search(r"당\s*$|매년|해마다|연간|최대|최고", before):
        return False
    vocab = vocabulary()
    return _first_word(candidate.tail, vocab.forward + vocab.funding_verbs) in _INVESTING


# What may follow a verb stem: an ending, a particle or a break, not a noun's next syllable
# ("경제개발구", "공급망" are nouns); money pledged as a noun ("지원금", "보조금") still pledges.
# 합/됩: a verb-noun in the formal style of broadcast news ("지원합니다", "확대됩니다"); 키: 하기 fused
# ("7천억 위안을 투자키로 하는 등").
# (not 도 of a noun: "개발도상국" is a developing country, not a development; nor a verb noun that
# dates an era: "개혁·개방 이후 … 초과한 적이 없다")
# (nor one an amount follows, the name of an item of a list: "임대주택 330억위안, 광산판자촌 개조 35억위안, …
# 등에 … 투자됐다"; a year may follow a verb: "기업 50개 육성 2025년까지")
_VERB_FOLLOWS = (
    r"(?=[하할한해될되된돼시을를의에와과및이으는고며기어게지면였했함음토금받합됩키]|도(?!상국)|\s(?!이후|이래)(?!\d(?!\d{3}\s?년))|$"
    r"|[,.;()\]\"”’'])"
)


# (지급시 is a prefecture-level city, 地级市, not a payment: "18개 국가급, 성급, 지급시의 공업단지를
# 조사한 결과", "지급시 이상 도시의 …"; "지급 시", when paid, keeps its space)
_CITY_RANK = r"(?!(?<=지급)시)"


@cache
def _verb_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words)}){_CITY_RANK}{_VERB_FOLLOWS}")


def lists_items(tail: str) -> bool:
    """The verb that governs a count states what a document lists ("… 18개 기초과학문제 제기"),
    with no plan word before it ("40개를 목표로 제시" sets a target)."""
    vocab = vocabulary()
    for m in _verb_pattern(vocab.forward_verbs + vocab.content_verbs).finditer(tail):
        if m.group() in vocab.content_verbs and _ADNOMINAL.match(tail, m.end()):
            continue  # "…허브를 포함한 약 80개의 허브를 배치할 것": including, not what the document lists
        if (
            m.group() in vocab.content_verbs
            and _CONNECTIVE.match(tail, m.end())
            and (
                re.search(vocab.explicit_forward, tail[m.end() :])
                or has_verb(tail[m.end() :], vocab.forward_verbs)
            )
        ):
            # "신도시 3개와 … 도시 7개를 포함해 … 건설할 계획", "빈곤 마을 8000여 곳을 포함해 … 구축을
            # 진행": including, then the plan's verb
            continue
        if m.group() not in vocab.content_verbs:
            return False
        # (a will before the verb: "…800개의 빈곤촌 퇴출 … 를 완수하기 위해 힘쓸 것이라고 제기했다" raises
        # what is to be done)
        before = tail[: m.start()]
        return not (_has(before, vocab.plan_nouns) or re.search(vocab.explicit_forward, before))
    return False


# A verb-noun made a modifier of the noun after it: "포함한 80개", "제시된 목표".
_ADNOMINAL = re.compile(r"[한된]\s")
# A verb-noun joined to the verb after it: "포함해 …", "포함하여 …".
_CONNECTIVE = re.compile(r"(?:해|하여|시켜)\s")


def first_verb(text: str, words: tuple[str, ...]) -> str | None:
    """The word of `words` that stands first in `text` as a verb (not the 초과 of "기초과학")."""
    m = _verb_pattern(words).search(text)
    return m.group() if m else None


def has_verb(text: str, words: tuple[str, ...]) -> bool:
    """One of `words` stands in `text` as a verb (or a verbal noun), not inside a longer noun."""
    return bool(_verb_pattern(words).search(text))


# "2022년의 260대에서 360대로 늘릴 계획", "3만 위안(약 5백만원)에서 10만 위안으로": a value a
# change starts from.
# ("1.5만톤으로부터 50만톤으로": 从 … 到, as the Korean-language press of China writes it)
# (and "기존의 5000개소의 기초에서 2025년에는 5만개소로", 在…基础上; "현재 1만151명에서 매년 3천명씩 늘려":
# from a level, by so much a year; "2015년 5.9% 수준에서 2020년까지 10%로", "지난해 4억t 규모에서 5억t 규모로")
_FROM_VALUE = re.compile(
    # (a rate's time after the unit: "220만 m³/일에서 260만m³/일로")
    # (a conversion may follow after a comma, as broadcasts gloss yuan: "기존 3,600억 위안, 64조원에서")
    # (or close the bracket it was given in: "올해 규모(1450척)에서 50척이 줄어든 1400척으로")
    r"^[)）]?(?:/\s?[가-힣]{1,2})?\s*(?:[(（][^)）]*[)）])?\s*(?:,\s?(?:약\s?)?[\d.,]+\s?(?:[조억만천]\s?)*원)?\s*"
    r"(?:(?:수준|규모|인민폐)\s?)?(?:(?:의\s?)?기초(?:\s?위)?에서|에서|으로부터|로부터)\s*"
    # (a unit may be spelt out, in two words too: "100 메가와트에서 2만 메가와트로", "…에서 800만 홍콩 달러로")
    # (a conversion in brackets may follow the level: "…에서 50억 위안(약 9000억 원)으로")
    r"(?:(?:\S+\s){0,5}?\S*\d\S*?(?:\s(?:[가-힣]{1,4}|[A-Za-z]{1,3})?){0,2}(?:[(（][^)）]{0,25}[)）])?\s*(?:이상|이하|수준|가량|정도|안팎|내외)?\s*(?:으로|로|까지)"
    r"|(?:매년|연간|해마다|연평균)\s\S*\d\S*씩"
    # (or the change it grows by: "기존에 발표했던 90GW에서 10% 이상 증대된 것이다")
    r"|\S*\d\S*?\s?(?:이상|가량|정도|안팎|내외)?\s?(?:증대|증가|늘어|확대|상향|감소|줄어|축소)"
    # (or a participle of the change, then the new level: "2019년 6.1%에서 크게 줄어든 1.9% 정도를 기록할 전망")
    r"|(?:크게|대폭|소폭|다소|약간|급격히|더)?\s?(?:줄어든|늘어난|감소한|증가한|하락한|상승한|떨어진|높아진|낮아진)\s\S*\d)"
)


# "현재 44개 시범 프로젝트를 기반으로 …": what a plan builds on is there already.
_FOUNDATION = re.compile(r"^\s*(?:[(（][^)）]*[)）])?\s*(?:\S+\s){0,2}?\S*(?:을|를)\s*(?:기반|바탕|토대)으로")


def is_from_value(candidate: Candidate) -> bool:
    """The figure a change starts from ("260대에서 360대로 늘릴", "7만 개의 의료기관을 2025년까지
    9만 개로 확대") is a baseline, not the target."""
    after = MARKUP.sub("", candidate.text[candidate.quantity.end :])
    if _LEVEL_NOW_BEFORE.search(candidate.text, 0, candidate.quantity.start) and _LEVEL_NOW_AFTER.match(
        after
    ):
        return True  # "현재 142개에 이르는 공항의 수를 2010년 190개로": the level now, which a change starts from
    if (
        _LEVEL_NOW_BEFORE.search(candidate.text, 0, candidate.quantity.start)
        and re.match(_NOW_OF_SUBJECT, after)
        and _later_figure_of_unit(candidate)
    ):
        return True  # "현재 30%의 보급률이 2030년 50%로 높아지도록": the level now, the subject's
    if _ONLY_LEVEL_AFTER.match(after):
        return (
            True  # "10∼30%에 불과한 반도체 자급률을 2025년까지 70%까지": the shortfall a change starts from
        )
    if (
        _LEVEL_REACHED_MODIFIER.match(after)
        and _later_figure_of_unit(candidate)
        # (not a level set by a deadline before it: "올해 말까지 … 800~1000개에 이르는 충전시설을 설치하고
        # 내년에는 … 2만5000개까지 늘린다")
        and "까지" not in candidate.text[candidate.clause_start : candidate.quantity.start]
    ):
        return True  # "능력이 230엑사플롭에 달하는 중국이 2025년 전까지 300엑사플롭을 돌파": the level now
    if _GROWN_FROM.match(after):
        return True  # "11만 8000km 길이에서 1만 8000km가 추가된 총 길이 …": the length it grows from
    if _ARROW_TO.match(after):
        return True  # "한도를 2000위안→5000위안": the arrow's tail is where the change starts
    if _NOW_THEN_IT.match(after) and _later_figure_of_unit(candidate):
        return True  # "현재 … 200만t 정도며 이를 2010년까지 1200만t으로 늘릴": the level now, then "이를"
    return bool(_FROM_VALUE.match(after)) or _changes_to_a_level(candidate.text[candidate.quantity.start :])


@cache
def _readied_as_funding() -> re.Pattern[str]:
    """What money is readied as: "…보조금으로 ", "…장려금으로 "."""
    return re.compile(rf"(?:{alternation(vocabulary().funding_topics)})(?:으로|로)\s*$")


# A measure a figure is added to: "…km 길이에서 1만 8000km가 추가된", "…규모에서 50억 위안이 늘어난".
_GROWN_FROM = re.compile(
    r"\s?(?:길이|규모|면적|용량|수준)?에서\s*\S*\d[^.,]{0,15}?(?:이|가)\s?(?:추가|증가|늘어|확대|확충|확장)"
)


# The level stated with a copula, then taken up by "이를" for the change: "…200만t 정도며 이를 …로".
_NOW_THEN_IT = re.compile(r"\s?(?:정도|가량|수준|규모)?\s?(?:이)?(?:며|고)[,]?\s이를\s")
# An arrow to the new level: "2000위안→5000위안", "15개 -> 30개".
_ARROW_TO = re.compile(r"\s?(?:→|->|⟶|➔|➡)\s?[^\s\d]{0,4}\d")
# A level reached as the modifier of a noun: "…230엑사플롭에 달하는 중국이", "…에 이르는 …을".
_LEVEL_REACHED_MODIFIER = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?에\s?(?:달하는|이르는)\s")


def _later_figure_of_unit(candidate: Candidate) -> bool:
    """A later figure of the same unit stands in the sentence: the level the change reaches."""
    end = candidate.sentence_start + len(candidate.sentence)
    later = find_quantities(candidate.text[candidate.quantity.end : end])
    return any(q.unit == candidate.quantity.unit for q in later)


# "only N", named as what a change takes: "…에 불과한 자급률을 … 70%까지", "…에 그친 비중을 …로".
_ONLY_LEVEL_AFTER = re.compile(
    r"\s?(?:수준)?에\s?(?:불과한|그친)\s[^.]{0,30}?(?:을|를)\s[^.]{0,40}?(?:으로|로|까지)\s"
)


# The level now, named as what a change takes: "현재 142개에 이르는 …를", "현재 3곳인 …을".
# (or this year's: "올해 9억6천만㎾인 전력생산능력을 오는 2015년까지 14억㎾ 이상으로")
# (… of a whole named between: "현재 국내총생산(GDP)의 1.5% 수준인 연구개발비 비중을 …")
_LEVEL_NOW_BEFORE = re.compile(
    r"(?:현재|올해|금년|지금)\s?(?:[^\s\d]{1,20}의\s)?(?:(?:한\s?해|연간)\s)?(?:약\s?|근\s?)?$"  # ("현재 한해 근 7억명")
)
# (or by a share: "현재 1억1천만회선인 전화회선 용량을 오는 2000년 말까지 50% 이상 늘리는")
_LEVEL_NOW_AFTER = re.compile(
    # (or the subject it describes: "현재 한해 근 7억명 규모인 해외 관광객이 2020년에는 약 15억명으로")
    r"\s?(?:\s?(?:수준|규모))?(?:에\s?(?:이르는|달하는|불과한|그친)|인)\s[^.]{0,30}?(?:을|를|이|가)\s(?:[^.]|\.(?=\d)){0,60}?"
    r"(?:(?:으로|로)\s|\d\s?%\s?(?:이상\s?|가량\s?)?(?:늘|확대|증가|높|줄|감축|낮))"
)


def _changes_to_a_level(text: str) -> bool:
    """`text` opens with a figure that a change takes, as its object, to a level of the same unit."""
    figures = find_quantities(text[:40])
    if not figures or figures[0].start != 0:
        return False
    rest = MARKUP.sub("", text[figures[0].end :])
    level = (
        _OBJECT_THEN_LEVEL.match(rest) or _TOPIC_THEN_LEVEL.match(rest) or _SUBJECT_THEN_CHANGE.match(rest)
    )
    return bool(level) and any(q.unit == figures[0].unit for q in find_quantities(level.group(1)))


# The level a measure is at, as the object a change takes to a new level of the same unit: "7만2000개의
# 중의약 의료기관을 2025년까지 9만5000개로 확대", "1조1328억 위안 수준인 어업생산액을 1조4000억 위안
# 수준으로", "30㎢의 항만을 100㎢까지 확대" (not "500억 위안을 투자해 규모를 2조 위안으로": a verb
# between them).
_OBJECT_THEN_LEVEL = re.compile(
    # (a bound may stand before: "120개 이상의 공장을 …")
    r"\s*(?:[(（][^)）]*[)）])?\s*(?:이상|여)?(?:수준인|규모인|인|의)?\s*(?:[^\s\d,，.]+(?<![해고며서을를])\s){0,3}?[^\s\d,，.]*(?:을|를)\s"
    # (the level may follow its rate's base and open a list of levels: "…를 1만 명당 2-3명, …로 늘릴")
    # (a date may stand between: "2025년까지 ", "올해 말까지 ")
    # (or a century: "21세기까지 "; and the level may be a year's: "연간 5백만대로")
    r"(?:(?:\S*\d{4}년|\d{2}세기|올해|금년|내년)\S*\s(?:말까지\s|말\s)?)?(?:연간\s|매년\s)?"
    r"(?:[\d.,]+\s?[만천]?\s?[가-힣]{1,2}당\s)?([\d.,]+[^\s,]*?(?:\s?[가-힣]{1,2}?)?)\s*"
    # (the level may name what it counts: "… 3∼4개의 대기업군으로 재편")
    # (not the 기로 of a decision: "…여 개의 도로를 연결하기로 했다")
    r"(?:수준|이상)?\s*(?:의\s(?:[^\s\d,，.]+\s)?[^\s\d,，.]{1,8}?)?(?:(?:으로|(?<![기키])로|까지)\s|,)"
)


# The figure counts the subject, the amount it changes by right after: "전국 832개 빈곤현이 430개 이상
# 줄어들고", "… 6만개 노후 공장이 약 4만개가 퇴출하게 된다" (the amount is the target, the count what
# there is now).
_SUBJECT_THEN_CHANGE = re.compile(
    r"\s*(?:[^\s\d,，.]+\s){0,2}?[^\s\d,，.]*(?:이|가)\s(?:약\s?|근\s|무려\s)?([\d.,]+[^\s,]*?)\s*"
    r"(?:이상|가량|정도|안팎|내외|여)?\s?(?:이|가)?\s?(?:줄어|감소|늘어|증가|퇴출|축소|감축)"
)


# The figure itself the topic, the level it changes to right after: "취득세 10%는 5%로 감면된다".
_TOPIC_THEN_LEVEL = re.compile(r"(?:은|는)\s([\d.,]+[^\s,]*?)\s*(?:으로|로)\s")


def _first_word(text: str, words: tuple[str, ...]) -> str | None:
    """The word of `words` that occurs first in `text` (the longest of those starting there), never
    one made an adjective by 적 ("기록적인 적자 예산을 편성했다": record-breaking, no 기록)."""
    for m in _words_pattern(words).finditer(text):
        if not _ADJECTIVE_SUFFIX.match(text, m.end()):
            return m.group()
    return None


def _first_verb(text: str, words: tuple[str, ...]) -> str | None:
    """The word of `words` that first stands in `text` as a verb (or a verbal noun), not inside a noun."""
    m = _verb_pattern(words).search(text)
    return m.group() if m else None


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # longest first, so at the first place any word stands the longest one there wins
    return re.compile(alternation(words))


def target_year_of(candidate: Candidate, ctx: ArticleContext, history: History) -> int | None:
    """Its own year, else the year of the lead sentence it sits under, else the plan's end."""
    if year := year_in_context(candidate, ctx, history):
        return year
    window = window_end(candidate, ctx.issue_year, ctx.issue_month)
    if window and not (ctx.plan and ctx.plan[0] < ctx.plan[1]):
        return window  # "향후 5년 동안의 목표로 …" in a one-year work report looks past the year
    # a plan of several years frames a window it mentions ("(2025-2030)" over "향후 5년간 매년 …")
    if ctx.plan:
        return ctx.plan[1]
    if ctx.deadline or window:
        return ctx.deadline or window
    if later := deadline_set_after(candidate, ctx):
        return later
    # vouchers are handed out for a season of the year they are announced in ("3억1800만 위안의 전자
    # 소비 바우처를 발행하겠다고 밝힌 뒤 …"): a one-off of this year, no standing support
    if ctx.this_year or _has(candidate.sentence, vocabulary().vouchers):
        return ctx.issue_year
    if allotted_now(candidate):
        return ctx.issue_year
    return None


def allotted_now(candidate: Candidate) -> bool:
    """Money a body allots now, with no year of its own: "홍수 피해 지역에 3억위안을 배정했다", "방재
    보조금 1억 위안을 긴급 교부" is this year's money, a one-off, no standing support (not "매년 인재 예산을
    5억위안으로 편성한다": every year's)."""
    vocab = vocabulary()
    return (
        candidate.quantity.unit in _MONEY
        and _has(candidate.clause, vocab.allotments)
        and not _has(candidate.sentence, vocab.per_year_words)
    )


def deadline_set_after(candidate: Candidate, ctx: ArticleContext) -> int | None:
    """The deadline a later line sets for what the lines before it describe: "이 같은 도로의
    건설기한을 전부 2015년으로 잡고 있는 가운데 …" after the roads, their lengths and costs."""
    following = [
        line for line in ctx.article.lines if 0 < line.number - candidate.line.number <= _LINES_AHEAD
    ]
    for line in following:
        if "기한" in line.text and (m := _DEADLINE_SET.search(line.text)):
            year = periods.year_mentions(m.group("year"))
            return year[0].year if year and year[0].year >= ctx.issue_year else None
    return None


# How far ahead a deadline set for what was just described is looked for.
_LINES_AHEAD = 3
# "이 같은 도로의 건설기한을 전부 2015년으로 잡고", "상기 사업의 완공 기한은 2027년까지"
_DEADLINE_SET = re.compile(
    r"(?:이\s?같은|이들|이러한|상기|해당|위의)\s[^.]{0,30}?기한(?:을|를|은|는)\s?(?:전부|모두)?\s?"
    r"(?P<year>(?:19|20)\d{2}년|[’'‘]\d{2}년)"
)


def year_in_context(candidate: Candidate, ctx: ArticleContext, history: History) -> int | None:
    """The year its own words, its paragraph or the lead it sits under give, before any fallback
    to the article's plan."""
    if (each := years_each(candidate)) and len(each.years) == each.count:
        return each.years[each.index]  # "2024년, 2025년 … 각각 18.9%, 20%": the years in order
    anchor = anchor_of(candidate, ctx.issue_year, ctx.issue_month)
    if (
        anchor is not None
        and anchor.year < ctx.issue_year
        and _NEXT_YEARS.search(candidate.line.text, anchor.end, candidate.quantity.start)
    ):
        # "'16년 말 … 발표한 '…13차 5개년 규획'에 따르면, 향후 5년간 연간 8억톤의 …": the window after a
        # past date (the plan's) is the figure's
        return window_end(candidate, ctx.issue_year, ctx.issue_month)
    if anchor is not None:  # its own year; a past one on a line that still plans ("'22년 말 … 예정")
        return anchor.year
    if plan_end := periods.five_year_plan_time(candidate.sentence):
        return plan_end  # "14차 5개년 기간 동안 … 7% 이상 늘리고": by the plan's end, whatever the lead says
    if cited := period_of_plan_cited(candidate, ctx):
        return cited
    if named := goals_year_named_after(candidate, ctx.issue_year):
        return named
    if earlier := paragraph_deadline(candidate, ctx.issue_year):
        return earlier
    if paragraph_this_year(candidate):
        return ctx.issue_year
    # (a window of its own sentence, "향후 3년간 …", dates it after this: window_end)
    own_window = _NEXT_YEARS.search(candidate.line.text, candidate.sentence_start, candidate.quantity.start)
    inherited = inherited_year(candidate.line, history)
    if (
        own_window
        and inherited
        and not (ctx.plan and ctx.plan[0] < ctx.plan[1])
        and (window := window_end(candidate, ctx.issue_year, ctx.issue_month))
    ):
        return (
            window  # under a 2020 lead, "중국 정부는 전기차 개발에 향후 3년간 100억위안을 투입": its own span
        )
    if inherited and inherited != REVIEWED:
        return inherited
    if span := years_within(candidate):
        return ctx.issue_year + span
    if not own_window and (planned := paragraph_year_planned(candidate, ctx.issue_year)):
        return planned
    line_plan = periods.plan_period(candidate.text)
    return line_plan[1] if line_plan else None


def goals_year_named_after(candidate: Candidate, issue_year: int) -> int | None:
    """The year a sentence closes by naming its goals for: "일자리 1000만개 창출, 실업률 4.5% 통제
    등을 올해의 목표로 지정했다", "… 등을 2030년 목표로 제시했다": every figure listed before is that
    year's, though its own clause prints none."""
    m = _goals_of_year().search(candidate.tail)
    if m is None:
        return None
    if m.group("year") is None:
        return issue_year
    mentions = periods.year_mentions(m.group("year"))
    return mentions[0].year if mentions else None


@cache
def _goals_of_year() -> re.Pattern[str]:
    # "올해의 목표로", "2030년 주요 목표로", "금년 목표를": the goals a year is named for, as the
    # object or the level of the sentence's closing verb
    return re.compile(
        rf"(?:{alternation(vocabulary().this_year)}|(?P<year>(?:19|20)\d{{2}}년|[’'‘]\d{{2}}년))"
        r"(?:의)?\s?(?:주요\s?)?목표(?:로|를|치로)\s"
    )


@dataclass(frozen=True)
class YearsEach:
    """The years a figure of a "각각" list is stated for: "2024년, 2025년 … 각각 18.9%, 20%"."""

    years: tuple[int, ...]
    index: int  # which figure of the list this is
    count: int  # how many figures the list has


# Years listed for the figures that follow: "2024년, 2025년", "2026년과 2027년".
# … or the span they run over, one figure a year: "2016~2020년 … 각각 3만 대, 3만5,000대, …, 7만 대".
_YEAR_LIST = re.compile(
    r"(?:19|20)\d{2}년(?:\s*(?:[,、·]|및|과|와)\s*(?:19|20)\d{2}년)+"
    r"|(?P<first>(?:19|20)\d{2})\s*[~∼\-–—]\s*(?P<last>(?:19|20)\d{2})년"
)
_EACH_WORD = re.compile(r"(?:각각|각기)\s*")
# Between two figures of the list: "18.9%, 20%", "1조 위안(약 190조 원), 1.5조 위안".
# (or 와/과/및: "2030년과 2060년에는 각각 25%와 80% 이상으로")
_FIGURE_GAP = re.compile(r"\s*(?:[(（][^)）]*[)）])?\s*(?:[,、]|(?<=[%\w])(?:와|과)\s|\s및\s)\s*")


def figure_follows(candidate: Candidate) -> bool:
    """The next figure of a list follows the number, past only a comma: "22.3%, 40% 성장을"."""
    gap = _FIGURE_GAP.match(candidate.text, candidate.quantity.end)
    if not gap:
        return False
    following = find_quantities(candidate.text[gap.end() : gap.end() + 24])
    return bool(following) and following[0].start == 0


def years_each(candidate: Candidate) -> YearsEach | None:
    q = candidate.quantity
    start = max(
        candidate.sentence_start, *(m.end() for m in _LIST_MARK.finditer(candidate.text, 0, q.start)), 0
    )
    before = candidate.text[start : q.start]
    listed = list(_YEAR_LIST.finditer(before))
    each = list(_EACH_WORD.finditer(before))
    if not listed or not each or each[-1].start() < listed[-1].end():
        return None
    span = listed[-1]
    if span["first"]:
        years = tuple(range(int(span["first"]), int(span["last"]) + 1))
    else:
        years = tuple(m.year for m in periods.year_mentions(span.group(0)))
    earlier = before[each[-1].end() :]
    index = 0
    for quantity in find_quantities(earlier):  # the figures of the list before this one
        if _FIGURE_GAP.fullmatch(earlier[quantity.end :]) or _FIGURE_GAP.match(earlier, quantity.end):
            index += 1
    if earlier.strip() and index == 0:
        return None  # words between 각각 and the figure: not a list of figures
    count = index + 1
    position = q.end
    while gap := _FIGURE_GAP.match(candidate.text, position):
        following = find_quantities(candidate.text[gap.end() : gap.end() + 24])
        if not following or following[0].start != 0:
            break
        count, position = count + 1, gap.end() + following[0].end
    if span["first"] and count != len(years):
        return None  # "(2011-2015년)에서 … 각각 1만톤": a plan's period, no figure a year
    return YearsEach(years, index, count)


# "5년 내에 … 연맹 3곳을 구축": a deadline counted from the announcement. A range ("3~5년 이내")
# names no one year, and "향후"/"앞으로" add nothing to the count.
# … and "앞으로 3년 후 연간 생산량을 1억대로" (N years from now: only after 앞으로/향후, not "완공 2년 후").
_WITHIN_YEARS = re.compile(
    r"(?<![~\d∼-])(?P<within>\d{1,2})\s*년\s*(?:내|이내|안)(?:에|로)?(?=\s|,|$)"
    r"|(?:앞으로|향후)\s*(?P<after>\d{1,2})\s*년\s*(?:후|뒤)(?:에|에는)?(?=\s|,|$)"
)
# "앞으로 3년간 … 500억 위안을 투자", "향후 5년 동안": a window that counts the announcement's own
# year as its first, so it ends N − 1 years later (a 2018 plan "for the next five years" runs to 2022).
# ("앞으로 5년에 걸쳐 … 쏟아 부을 것"; not a bare "3년간", which may be how long a grant is paid)
_NEXT_YEARS = re.compile(r"(?:앞으로|향후)\s*(\d{1,2})\s*년\s*(?:간|동안|에\s?걸쳐)")


# "이 방안에 따르면", "동 계획에 의하면": the plan just named cited as the source.
_THIS_PLAN_CITED = re.compile(
    r"^\W*(?:이|동|해당|상기|이번)\s?(?:방안|계획|규획|강요|의견)(?:에\s?(?:따르면|의하면)|에서는)\s"
)
# How many sentences back the plan cited is looked for.
_SENTENCES_BACK = 3


def period_of_plan_cited(candidate: Candidate, ctx: ArticleContext) -> int | None:
    """The end of the period of the plan a sentence cites as "이 방안" (this plan), named in one of the
    sentences just before: "… '12차 5개년계획'기간 티베트 … 계획방안"을 비준했습니다. 이 방안에 따르면
    9억여원을 투입해 …" is due by 2015."""
    if not _THIS_PLAN_CITED.match(candidate.sentence):
        return None
    lines = [line.text for line in ctx.article.lines if line.number < candidate.line.number]
    earlier = [*lines, candidate.line.text[: candidate.sentence_start]]
    texts = [text[start:end] for text in earlier for start, end in sentences(text)]
    for text in reversed(texts[-_SENTENCES_BACK:]):
        if _has(text, vocabulary().plan_documents) and (period := periods.plan_period(text)):
            return period[1] if period[1] >= ctx.issue_year else None
    return None


def years_within(candidate: Candidate) -> int | None:
    """The span of a "N년 내(에)" printed before the number in its sentence, the nearest one; else the
    first after it."""
    sentence_start = candidate.sentence_start
    before = candidate.line.text[sentence_start : candidate.quantity.start]
    spans = [int(m.group("within") or m.group("after")) for m in _WITHIN_YEARS.finditer(before)]
    if not spans:  # "253km 구간을 133억위안의 예산을 들여 4년 안에 완공할 계획": the span after it
        end = sentence_start + len(candidate.sentence)
        spans = [
            int(m.group("within") or m.group("after"))
            for m in _WITHIN_YEARS.finditer(candidate.line.text, candidate.quantity.end, end)
        ][:1]
    return spans[-1] if spans and 0 < spans[-1] <= 30 else None


def window_end(candidate: Candidate, issue_year: int, issue_month: int = 0) -> int | None:
    """The last year of an "앞으로 N년간" window printed before the number in its sentence. Told in
    the year's last months, the window opens with the next year: "앞으로 3년간" in November 2012
    runs through 2015, in March 2015 through 2017."""
    found = list(
        _NEXT_YEARS.finditer(candidate.line.text, candidate.sentence_start, candidate.quantity.start)
    )
    years = int(found[-1].group(1)) if found else 0
    plan = periods.five_year_plan(candidate.line.text) if years == 5 else None
    if plan and plan[1] >= issue_year:
        return plan[1]  # "향후 5년간 … 12차 5개년 계획": the next five years are the plan's (2011-2015)
    first = issue_year + 1 if issue_month >= _LATE_IN_THE_YEAR else issue_year
    return first + years - 1 if 1 < years <= 30 else None


# The first month from which "the next N years" no longer count the rest of the issue's own year.
_LATE_IN_THE_YEAR = 9


def paragraph_deadline(candidate: Candidate, issue_year: int) -> int:
    """The deadline an earlier sentence of the same paragraph set, 0 if none: in "2025년까지 … 비중은
    10%에 이른다. 에너지 소비는 13.5% 감소되고" the second sentence carries on the first, as a bullet
    carries on its lead ("'30년까지" over sibling bullets). Only a deadline, a plan for a year ("2026년을
    위한 투자 계획을 발표했다. 여기에는 … 2,950억 위안이 투입되는") or this year's goals carry ("올해 …
    목표를 5% 안팎으로 제시했다. 물가 목표는 2% 안팎"), never a past year."""
    for start, end in reversed(sentences(candidate.line.text[: candidate.sentence_start])):
        earlier = candidate.line.text[start:end]
        if _AVERAGE_OVER_A_SPAN.search(earlier):
            continue  # "올해부터 2020년까지 … 평균 목표치는 6.5% 이상": the span of an average, its own
        if year := (
            until_year(earlier) or periods.five_year_plan_time(earlier) or periods.year_planned_for(earlier)
        ):
            return year if year >= issue_year else 0
        if sets_this_year(earlier):
            return issue_year
    return 0


# A span from one year to another that an average runs over: "올해부터 2020년까지 향후 5년간의 … 평균 목표치".
_AVERAGE_OVER_A_SPAN = re.compile(r"부터\s?[^.]{0,20}?까지[^.]{0,40}?(?:연\s?)?평균")


def describes_the_present(candidate: Candidate) -> bool:
    """A paragraph that opens on the present ("현재 중국은 명실상부한 인터넷대국이다. 2015년말 기준,
    …") describes what is: its later figures ("누리꾼 수도 7억 명으로 세계 1위며") are no part of a
    plan whose deadline an earlier line set, unless a sentence of it sets one."""
    earlier = sentences(candidate.line.text[: candidate.sentence_start])
    if not earlier or paragraph_deadline(candidate, 0):
        return False
    start, end = earlier[0]
    first = strip_dateline(candidate.line.text[start:end]).lstrip(" -·•▶")
    if any(_names_a_plan(text) for text in (first, candidate.sentence)):
        return False  # "현재 정부의 방침에 의하면 …", "연간 계획은 180억 위안의 투자를 완료하는 것이다"
    return first.startswith(("현재", "지금")) or any(m.as_of for m in periods.year_mentions(first))


# A level as it stands, in the present: "…의 38%를 차지한다", "…1조 위안에 달한다", "…에 이르는 방대한
# 지역", "…에 불과한", "…을 웃도는 것이다", "…가 넘는다".
_LEVEL_NOW = re.compile(
    r"^\s*(?:[(（][^)）]*[)）])?\s*(?:가량|정도|이상)?\s*(?:을|를|에|가|이)?\s*"
    r"(?:차지한다|차지하며|달한다|달함|이른다|이르는|불과|웃도는|넘는다)"
)


def states_a_level_now(candidate: Candidate) -> bool:
    """A paragraph of prose (no bullet under a lead) that states a level as it stands ("리튬 생산량이
    중국 전체의 90%가량을 차지한다") and names no plan: a description, whatever deadline an earlier
    paragraph set (a bullet's "… 1조 위안에 달한다" under "2025년까지 …" is the plan's)."""
    if _BULLET_START.match(candidate.line.text):
        return False
    return bool(_LEVEL_NOW.match(candidate.tail)) and not _names_a_plan(candidate.sentence)


# A bullet, a number or an ordinal word that opens an item of a plan: "- …", "1) …", "셋째, 개방 플랫폼."
_BULLET_START = re.compile(
    r"^\s*(?:[-–○◦•·□■▶▷◇◆●※*]|\d{1,2}[.)]|[①-⑳]|(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째)"
)


def _names_a_plan(text: str) -> bool:
    vocab = vocabulary()
    words = vocab.plan_nouns + vocab.attributed_plan + vocab.plan_documents
    return _has(text, words) or bool(re.search(vocab.explicit_forward, text))


def paragraph_this_year(candidate: Candidate) -> bool:
    """Whether an earlier sentence of the paragraph says what is to be done this year ("올해는 … 농촌
    도로를 신개축할 것이다"): the next sentences go on with this year's work ("… 5천km에 이를 예정이다").
    It dates a target; unlike a deadline it does not make a figure one."""
    earlier = [
        candidate.line.text[start:end]
        for start, end in sentences(candidate.line.text[: candidate.sentence_start])
    ]
    if any(_plans_this_year(sentence) for sentence in earlier):
        return True
    # "회의에서는 올해 새로 착공되는 … 과업중 …을 발표했다. … 9.5만채가 … 배치될 예정이다": this year's
    # work named before a sentence that plans
    return bool(_WILL_END.search(candidate.sentence)) and any(_names_this_years_work(s) for s in earlier)


def paragraph_year_planned(candidate: Candidate, issue_year: int) -> int:
    """The year an earlier sentence of the paragraph plans for, 0 if none: in "칭다오는 2016년에도 …
    계속 추진할 예정이다. 운영 서비스 사업 33개, 기업 서비스 사업 10개 …" the next sentences go on
    with that year's work. The nearest earlier sentence that prints a year decides; a year gone by,
    a base ("2013년 대비"), a date of figures ("2015년 말 기준") or a day ("2009년 3월 1일부터 …",
    the date of a step) dates nothing. Like this year's work it dates a target; it does not make a
    figure one."""
    for start, end in reversed(sentences(candidate.line.text[: candidate.sentence_start])):
        earlier = candidate.line.text[start:end]
        years = [
            (m.start, m.year)
            for m in periods.year_mentions(earlier)
            if not m.base and not m.as_of and not _MONTH_AFTER.match(earlier, m.end)
        ] + [  # "내년 … 지급하기로 했다. … 1인당 300위안": the next year as a word
            (m.start(), issue_year + 1)
            for m in _next_year().finditer(earlier)
            if not earlier.startswith("부터", m.end())
        ]
        if not years:
            continue
        year = max(years)[1]
        return year if year >= issue_year and _will_be_done(earlier) else 0
    return 0


def _will_be_done(sentence: str) -> bool:
    """The sentence states what is to be done: "…할 예정이다", "…할 것이라고 소개했다", or a verb of
    action in the present ("…정책조치를 출범시킨다", "…을 추진한다")."""
    return bool(_WILL_END.search(sentence) or _WILL_TOLD.search(sentence) or _ACTION_NOW.search(sentence))


# What a speaker says will be done, closing the sentence: "…완비할 것이라고 소개했다", "…할 것이라며".
_WILL_TOLD = re.compile(r"\s것이?라(?:고|며)\s?\S{0,6}\s*[.。]?\s*$")
# A verb of action in the present closing the sentence: "-ㄴ다" / "-는다" ("출범시킨다", "늘린다").
_ACTION_NOW = re.compile(rf"{N_FINAL}다\s*[.。]?\s*$")


def _names_this_years_work(sentence: str) -> bool:
    return any(
        not sentence.startswith(("부터", " 들어", "들어"), m.end()) for m in _this_year().finditer(sentence)
    )


def _plans_this_year(sentence: str) -> bool:
    return _names_this_years_work(sentence) and bool(_WILL_END.search(sentence))


# The end of a sentence that states what will be done: "…할 것이다", "…할 예정이다", "…하기로 했다",
# "…단행키로 했다" (하기로, contracted).
_WILL_END = re.compile(r"(?:\s것|예정|계획|방침|기로|키로)\S{0,6}(?:\s[했하]\S{0,3})?\s*[.。]?\s*$")


def indent(text: str) -> int:
    """The bullet depth of a line: "- " is 0, " - " is 1, "    - " is 2 …"""
    stripped = text.lstrip(" \u3000\t")
    return len(text) - len(stripped)


class History:
    """The lines of an article read so far, each with the deadline it sets for the lines under it
    (`lead_year`). A line's parent bullet and inherited deadline are answered from the lines no
    later line has closed, not by walking back over every earlier line (which made a long
    article take time growing with the square of its length)."""

    def __init__(self) -> None:
        self._lines: list[tuple[Line, int]] = []
        self._open: list[tuple[int, int]] = []  # (depth, index), depths strictly increasing
        self._last_year = -1  # index of the last line that set a year

    def append(self, entry: tuple[Line, int]) -> None:
        line, year = entry
        depth = indent(line.text)
        # a line closes every earlier line of no smaller depth: none can be a later line's parent
        while self._open and self._open[-1][0] >= depth:
            self._open.pop()
        self._open.append((depth, len(self._lines)))
        if year:
            self._last_year = len(self._lines)
        self._lines.append(entry)

    def clear(self) -> None:
        self.__init__()

    def parent_index(self, depth: int) -> int:
        """The nearest earlier line of smaller depth, -1 if none."""
        return next((index for d, index in reversed(self._open) if d < depth), -1)

    def parent(self, depth: int) -> Line | None:
        index = self.parent_index(depth)
        return self._lines[index][0] if index >= 0 else None

    def inherited(self, depth: int) -> int | None:
        """The year of the nearest earlier line that is of smaller depth or sets a year."""
        index = max(self.parent_index(depth), self._last_year)
        return (self._lines[index][1] or None) if index >= 0 else None


def inherited_year(line: Line, history: History) -> int | None:
    """Sibling bullets under a "'30년까지" lead inherit its year (GUIDELINES: 000 l.230-231):
    walk back over earlier lines of no smaller depth to the nearest one that set a year."""
    return history.inherited(indent(line.text))


def planned_year_of_box(caption: Line, issue_year: int) -> int | None:
    """The year a ※ box's title names for a plan, this year or later ("※ '14년 중국 일부 지방정부
    투자계획 규모"): the figures listed under it are that plan's (a box of last year's figures dates none)."""
    if not _has(caption.text, vocabulary().plan_documents):
        return None
    years = [m.year for m in periods.year_mentions(caption.text) if not m.base and not m.as_of]
    return years[0] if len(years) == 1 and years[0] >= issue_year else None


def lead_year(line: Line, issue_year: int) -> int:
    """The deadline a line sets for the lines under it: its "'30년까지", or the issue's year for a
    heading of this year's targets with no figure of its own ("2. 올해 주요 예상 목표")."""
    # ("2015년 끝나는 12차 5개년 계획 기간 내에는 …" tells of the plan in passing: no lead)
    if is_overlong(line.text):
        return 0  # a line too long to read numbers from (etl/quarantine.py reports it) sets no lead either
    if year := until_year(line.text) or periods.five_year_plan_time(line.text, plan_word=False):
        return (
            year  # a lead naming the plan's time ("14차 5개년 기간 … 주요 목표로") dates the lines under it
        )
    if line.text.lstrip().startswith("※") and (year := planned_year_of_box(line, issue_year)):
        return year  # "※ '14년 중국 일부 지방정부 투자계획 규모" over "- 쓰촨성 … 2.88조 위안"
    vocab = vocabulary()
    if find_quantities(line.text):
        # "2018년 푸둥신구 경제발전의 주요 예상목표는 …": the year's goals, which the lines after list
        goals = _YEAR_GOALS.search(line.text)
        return issue_year if goals and _names_year(goals.group("year"), issue_year) else 0
    if (heading := _YEAR_HEADING.match(line.text)) and (year := periods.year_mentions(heading["year"])):
        # a year alone heads the goals listed under it ("2015년" / "- 관광업, GDP의 8% 이상 점유")
        return year[0].year if year[0].year >= issue_year else 0
    if sets_this_year(line.text):
        return issue_year
    # A heading that reviews the year before marks the lines under it as facts: REVIEWED.
    if _REVIEW_HEADING.match(line.text) and _has(line.text, vocab.review_words):
        return REVIEWED
    label = _HEADING_LABEL.match(line.text)  # "《… 추진 성과》", "■ (정책적 성과) …"
    return REVIEWED if label and _has(label.group(1) or label.group(2), vocab.review_words) else 0


# The year's goals as a sentence's subject: "2018년 … 경제발전의 주요 예상목표는", "올해 주요 목표는".
_YEAR_GOALS = re.compile(
    r"(?P<year>(?:19|20)\d{2}년|올해|금년)\s?(?:도\s)?(?:[가-힣]+\s){0,3}?(?:주요\s?)?(?:예상\s?|발전\s?)?목표(?:치)?(?:는|은)\s"
)


def _names_year(text: str, year: int) -> bool:
    """`text` ("2018년", "올해") names `year`, the issue's year."""
    return bool(_this_year().fullmatch(text)) or any(m.year == year for m in periods.year_mentions(text))


# A heading that is a year and nothing more: "2015년", "■ 2020년 목표", "('25년)".
_YEAR_HEADING = re.compile(
    r"^\s*[□■◆▶●○◎◇\-–•]?\s*[(\[<〈]?\s*(?P<year>['’‘]?\d{2}년|\d{4}년)\s*(?:도)?\s*(?:목표|까지)?\s*[)\]>〉:]?\s*$"
)
# A heading in title brackets, or a bullet's bracketed label: "《중국제조 2025 추진 성과》",
# "■ (정책적 성과) 혁신센터 건설 등 …".
_HEADING_LABEL = re.compile(r"^\s*(?:[《【]([^》】]{1,40})[》】]\s*$|[□■◆▶●○◎]\s*[(（]([^)）]{1,12})[)）])")
# The lead year of lines under a review heading ("1. 지난해 업무 회고"): no year, only facts.
REVIEWED = -1
# A short numbered or bulleted heading line: "1. 지난해 업무 회고", "□ 작년 성과".
_REVIEW_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]|[□■◆▶●○◎])\s*\S.{0,25}$")


def until_year(text: str) -> int:
    """The first deadline printed in `text` ("'30년까지" → 2030), 0 when there is none."""
    return next((m.year for m in periods.year_mentions(text) if m.until), 0)


def place_for(candidate: Candidate, ctx: ArticleContext, parent: Line | None) -> tuple[str, str | None]:
    """The article's place, unless the sentence names another: a place just before the number
    ("린강(臨港) 신구의 매출액 성장률을 20%"), the sentence's own subject ("중국 공업정보화부 등
    15개 부처는 …"), or the place of the bullet it sits under ("이 중 창수(常熟) 신에너지산업단지" /
    "  - '25년 1,100억 위안 달성 예정")."""
    in_clause = strip_dateline(candidate.clause[: candidate.quantity.start - candidate.clause_start])
    sentence = strip_dateline(candidate.sentence)
    nearest = subject_place_just_before(candidate) or place_bracketing(candidate)
    nearest = nearest or _nearest_place(in_clause, sentence)
    nearest = nearest or _subject_place(sentence.strip())
    # "일례로, 상하이는 …까지 …", or the paragraph's earlier sentence: "상하이시는 … 계획이다. 또 …"
    nearest = nearest or topic_place(strip_dateline(candidate.line.text[: candidate.quantity.start]))
    nearest = nearest or paragraph_subject_place(candidate.line.text[: candidate.sentence_start])
    if nearest is None and ctx.bulletin.kind == "article":
        nearest = earlier_subject_place(ctx.article, candidate.line)
        if nearest == (ctx.region, None):
            nearest = None  # the article's own province: keep the city its lead names
    if nearest is None and parent is not None:
        nearest = _nearest_place(parent.text)
        if nearest and nearest[0] != ctx.region:
            nearest = None  # a parent's place counts only inside the article's own region
    if nearest is None:
        return ctx.region, ctx.city
    # "푸젠성 전체로는 …" in a Xiamen article: a province named in the sentence is the place
    return ctx.reading(nearest)


def _names_outlet(text: str, end: int) -> bool:
    """The place opens a news outlet's name: "홍콩 사우스차이나 모닝포스트는", "상하이 데일리에 따르면"."""
    return bool(_outlet_after().match(text, end))


@cache
def _outlet_after() -> re.Pattern[str]:
    return re.compile(
        rf"[^,.\d]{{0,20}}?(?:{alternation(vocabulary().news_outlets)})(?:는|은|이|가|에|의|\s|$)"
    )


# A place that says where a meeting or event is held, not whose figure it is: "베이징 인민대회당에서 열린
# 개막식에서", "상하이에서 열린 포럼에서", "베이징 동계올림픽이 열리는 2022년까지".
_VENUE_AFTER = re.compile(
    r"\s?(?:인민대회당|대회당|회의장|컨벤션센터|전시장|[가-힣]{0,6}올림픽|(?:[가-힣]{0,8}\s)?에서\s(?:열린|개최된|열리는|개막한))"
)
# "동부, 중부, 서부 지역의 시범도시": the three zones together are the whole country.
_ZONES = re.compile(r"동부|중부|동북")


# "(홍콩·마카오·타이완 제외)": places named only to be left out.
_EXCLUDED = re.compile(r"[(（][^)）]*제외[)）]")


# "허페이(合肥), 우후(蕪湖) 등을 중심으로": the focus areas of a province-wide plan.
_FOCUS = re.compile(r"(?:등을|을|를)\s*중심으로")


def _without_focus(text: str) -> str:
    r"""`text` without its focus phrases, each from the comma or · before it. (The one pattern
    `[^,·]*?(?:등을|을|를)\s*중심으로` meant the same but took time growing with the square of
    the line's length.)"""
    kept, position = [], 0
    for match in _FOCUS.finditer(text):
        start = max(
            position,
            text.rfind(",", position, match.start()) + 1,
            text.rfind("·", position, match.start()) + 1,
        )
        kept.append(text[position:start])
        position = match.end()
    kept.append(text[position:])
    return "".join(kept)


def _nearest_place(text: str, sentence: str = "") -> tuple[str, str | None] | None:
    text = _without_focus(_EXCLUDED.sub("", text))
    places = [
        p
        for p in gazetteer.find_places(text)
        if p.kind != "national" and not _names_outlet(text, p.end) and not _VENUE_AFTER.match(text, p.end)
    ]
    if not places:
        return None
    place = places[-1]
    if place.kind == "economic_region" and _ZONES.search(sentence or text):
        return "National", None
    return place.region, place.city


# The subject of a sentence, after any date: "'21년 12월에 중국 공업정보화부 등 15개 부처는 …".
_SENTENCE_SUBJECT = re.compile(
    r"^[\s\-▶●•*#]*(?:(?:한편|또한|아울러|이와 함께|앞서)\s*,?\s*)?(?:[\'‘’]?\d{2,4}년\s*(?:\d{1,2}월)?에?\s*)?"
    r"(?:(?:올해|지난해|작년|금년)\s?(?:초|말|연초|연말|상반기|하반기)?\s?,\s*)?"  # "올해 초, 국무원은 …"
    # (a place may take 도, "also": "산시(陝西)성 닝산현도 첫째 2천 위안 … 지급하기로 했다")
    r"(?:최근\s*|이번에\s*)?([^,'‘“]{2,40}?)(?:은|는|(?<=[성시현구주])도)\s"
)


def paragraph_subject_place(text: str) -> tuple[str, str | None] | None:
    """The place of the nearest earlier sentence of a paragraph whose subject is an actor: "쓰촨성
    경제정보화청 등 8개 부서는 … 발표했다. 연간 ▷3천 건의 …" (Sichuan), "중국은 … 주력하고 있다.
    2030년 100만 대 …" (the country: National). A web paragraph's later sentences go on with it."""
    text = strip_dateline(text)
    for start, end in reversed(sentences(text) if text.strip() else []):
        if place := _subject_place(text[start:end].strip()):
            return place
    return None


# How many paragraphs back a news story's subject carries: "광저우는 … 계획을 발표했다." / "… 300억
# 위안의 시장 규모를 달성한다는 목표가 담겼다." / "또 … 100억 위안 이상을 투자해 …"
_SUBJECT_PARAGRAPHS = 2


def earlier_subject_place(article: Article, line: Line) -> tuple[str, str | None] | None:
    """On a news page, the place the nearest earlier paragraph names as its subject, when the
    sentence names none: a story about two cities goes on with the one it last introduced."""
    for other in _paragraphs_before(article, line, _SUBJECT_PARAGRAPHS):
        if place := paragraph_subject_place(other.text):
            return place
    return None


def _paragraphs_before(article: Article, line: Line, count: int) -> list[Line]:
    """The `count` prose lines before `line`, nearest first, found by walking back from it (not by
    reading the whole article for each number: a long pasted text would take quadratic time)."""
    lines = article.lines
    index = line.number - lines[0].number if lines else -1
    if not (0 <= index < len(lines) and lines[index].number == line.number):
        index = next((i for i, other in enumerate(lines) if other.number == line.number), -1)
    found: list[Line] = []
    for other in reversed(lines[:index] if index > 0 else ()):
        if len(found) == count:
            break
        if other.kind == "body" and _PROSE.match(other.text):
            found.append(other)
    return found


def _subject_place(text: str) -> tuple[str, str | None] | None:
    m = _SENTENCE_SUBJECT.match(text)
    if not m:
        return None
    # "8일 홍콩 사우스차이나모닝포스트에 따르면 푸톈구는": the source's place is not the subject's
    subject = _ATTRIBUTED.split(m.group(1))[-1]
    if _reporters(_BRACKETED.sub("", subject).strip()):
        return None  # "홍콩 사우스차이나 모닝포스트는 … 보도했다", "홍콩 언론들은": who reports, not where
    if _PUBLISHED_IN.search(subject):
        return (
            None  # "쓰촨(四川)성에서 발행되는 화시도시보는 …": where a paper comes out (발행되는 read as 는)
        )
    region, city = gazetteer.issuer_place(_without_venues(_subject_head(subject)))
    if not region:
        region, city = gazetteer.issuer_place(_without_venues(subject))
    if not region and _COUNTRYS.search(subject) and not gazetteer.find_places(subject):
        return gazetteer.NATIONAL, None  # "…동안 중국의 인큐베이터는 …": the country's, not the last city's
    return (region, city) if region else None


def _reporters(subject: str) -> bool:
    """A subject that is the press: an outlet ("…모닝포스트") or the media at large ("홍콩 언론들")."""
    vocab = vocabulary()
    return subject.endswith(vocab.news_outlets) or subject.removesuffix("들").endswith(vocab.news_media)


def _subject_head(subject: str) -> str:
    """The noun phrase a subject ends on, past the clause that modifies it: "개최지가 베이징으로
    결정된 2015년 7월부터 중국 정부" is the government's, not Beijing's."""
    cut = 0
    for m in _MODIFIER_END.finditer(subject):
        cut = m.end()
    return subject[cut:]


# The last word of a clause that modifies a noun after it, or of a time it starts from.
_MODIFIER_END = re.compile(r"[가-힣]+(?:된|되는|하는|했던|하던|있는|부터)\s")


_PUBLISHED_IN = re.compile(r"에서\s?(?:발행|발간|출간|출판)되$")
# The country as the owner of the subject: "중국의 인큐베이터는", "중국 전체의 …".
_COUNTRYS = re.compile(r"(?:^|\s|[)）])중국(?:의|\s전체의|\s전역의)\s")


def parent_line(line: Line, history: History) -> Line | None:
    """The bullet a line sits under: the nearest earlier line of smaller depth."""
    return history.parent(indent(line.text))


def per_year(candidate: Candidate) -> bool:
    before = candidate.text[max(0, candidate.quantity.start - 8) : candidate.quantity.start]
    return _has(before, vocabulary().per_year_words)


# "kW당 2,000위안", "시간당 3,000㎥", "월 50만 장": a rate, whose unit names what it is per.
_PER = re.compile(
    r"(?:(?P<kw>kW|KW|킬로와트)\s?당|(?P<hour>시간)\s?당|(?P<month>(?<![0-9])월|매월|월간)\s?(?:당\s?)?)\s*(?:최대\s*|약\s*)?$"
)


def rate_unit(candidate: Candidate, siblings: list[Candidate]) -> str | None:
    """ "1만명당 360대": a count after a per-10,000-people base is a density ("1만 위안당 0.85톤": per
    10,000 yuan of output, an intensity); "100㎞당 4ℓ" is fuel per distance; "kW당 2,000위안",
    "시간당 3,000㎥" and "월 50만 장" are rates per kW, hour and month."""
    q = candidate.quantity
    bases = [s.quantity for s in siblings if s.quantity.per and s.quantity.end <= q.start]
    if bases and q.start - bases[-1].end <= 4 and bases[-1].value == 10000:
        if bases[-1].unit == "CNY":
            return rate(q.unit, "10k_CNY")  # "GDP 1만 위안당 0.85톤": an intensity of output
        if "로봇" in candidate.text:
            return "robots_per_10k_workers"
        return rate(q.unit, "10k_people")
    if bases and q.start - bases[-1].end <= 12 and bases[-1].unit == "km" and bases[-1].value in (1, 100):
        # "100㎞당 4ℓ", "1㎞ 주행에 0.069ℓ": fuel used over a distance
        return rate(q.unit, "km" if bases[-1].value == 1 else "100km")
    # (searched in place, so a month's date before the window is seen: "5월 3개 노선" is no rate)
    m = _PER.search(candidate.text, max(0, q.start - 12), q.start)
    if not m:
        return None
    return rate(q.unit, "kW" if m.group("kw") else "hour" if m.group("hour") else "month")


# --- 4. year-by-year target tables -------------------------------------------

_YEAR_CELL = re.compile(r"^\s*(?:[\'‘’]?(\d{2})|((?:19|20)\d{2}))\s*(?:년|年)?\s*(?:목표)?\s*$")
_UNIT_IN_LABEL = re.compile(r"[(（]\s*([^()（）]{1,12})\s*[)）]\s*$")


def year_columns(table: Table) -> dict[int, int]:
    """Column index → year, for a table whose header row is years: "지표 2023년 2024년 2025년"."""
    if not table.rows:
        return {}
    columns = {}
    for index, cell in enumerate(table.rows[0].cells):
        m = _YEAR_CELL.match(cell)
        if m:
            columns[index] = int(m.group(2)) if m.group(2) else 2000 + int(m.group(1))
    return columns if len(columns) >= 2 else {}


def table_unit(label: str) -> tuple[str, float] | None:
    """The unit a row label states in brackets, with its multiplier: "연산력 규모 (EFLOPS)" →
    (EFLOPS, 1), "(개)" → (count, 1), "산업 규모 (억 위안)" → (CNY, 100000000)."""
    m = _UNIT_IN_LABEL.search(label)
    if not m:
        # "데이터센터 PUE  1.3  1.25  1.2": a row with no unit is a bare ratio or index
        return ("ratio", 1.0)
    found = find_quantities("1" + m.group(1).strip())
    return (found[0].unit, found[0].value) if found else None


def table_records(ctx: ArticleContext, table: Table) -> list[tuple[Line, Commitment]]:
    years = year_columns(table)
    out = []
    for row in table.rows[1:]:
        label_cells = [
            c
            for i, c in enumerate(row.cells)
            if i not in years and parse_korean_number(c) is None and not re.fullmatch(r"\s*\d{0,2}\s*", c)
        ]
        label = label_cells[-1] if label_cells else ""
        unit_and_scale = table_unit(label)
        line = _line(ctx.article, row.line)
        if unit_and_scale is None or line is None:
            continue
        for index, year in years.items():
            if index >= len(row.cells):
                continue
            if year < ctx.issue_year and max(years.values()) >= ctx.issue_year:
                continue  # "2016년 2017년 목표치": the year before the plan's column is what was reached
            cell = row.cells[index].strip()
            unit, scale = unit_and_scale
            value = parse_korean_number(cell)
            if (own := _cell_quantity(cell)) is not None:
                (value, unit), scale = own, 1.0  # "6.70%", "79조2,495억위안": the cell prints its unit
            if value is None:
                continue
            subject = clean_subject(_UNIT_IN_LABEL.sub("", label))
            record = _record(
                ctx, line, value * scale, cell, unit, "=", year, subject, "target", ctx.region, ctx.city,
                confidence=confidence("year_table_cell", "target", None), rule="year_table_cell",
            )  # fmt: skip
            out.append((line, record))
    return out


def _cell_quantity(cell: str) -> tuple[float, str] | None:
    """The value and unit of a cell that prints its own unit: "6.70%", "5,000만톤"."""
    found = find_quantities(cell)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(cell):
        return found[0].value, found[0].unit
    return None


def _line(article: Article, number: int) -> Line | None:
    return next((line for line in article.lines if line.number == number), None)


# --- 5. putting it together ---------------------------------------------------


def sector_of(subject: str, sentence: str, ctx: ArticleContext) -> str:
    """The subject decides, then the sentence, then the headline (the plan's own domain); the ■
    line only breaks a deadlock, since it often lists every industry a plan touches."""
    sector = sectors.classify(subject, MARKUP.sub(" ", sentence), ctx.article.headline)
    if sector == "other" and ctx.article.subheadline:
        sector = sectors.classify("", "", ctx.article.subheadline)
    generic = sectors.with_role("generic")
    if sector in generic and sectors.classify(subject) in generic | {sectors.OTHER}:
        # "국가급 혁신 플랫폼 5개" in a biomanufacturing plan: a generic subject takes the plan's domain
        domain = sectors.classify("", "", ctx.article.headline)
        if domain in sectors.with_role("domain"):
            return domain
    return sector


def _record(
    ctx, line, value, value_text, unit, qualifier, year, subject, kind, region, city, **extra
) -> Commitment:
    return Commitment(
        bulletin=ctx.bulletin.id,
        issue_date=ctx.bulletin.issue_date.isoformat(),
        article_title=display_title(ctx.article),
        kind=kind,
        value=value,
        value_text=value_text,
        unit=unit,
        qualifier=qualifier,
        target_year=year,
        plan_period=periods.format_period(periods.plan_period(line.text) or ctx.plan),
        region=region,
        city=city,
        issuer=ctx.issuer,
        sector=sector_of(subject, line.text, ctx),
        subject_ko=subject,
        subject_en=None,
        sentence=line.text,
        line=line.number,
        article_seq=ctx.article.seq,
        extractor_version=EXTRACTOR_VERSION,
        **extra,
    )


@dataclass
class Decision:
    """One candidate number and what the rules made of it: the record it gave, or none, and the
    name of the rule that decided (`etl.rules.RULES`)."""

    line: Line
    article_seq: int
    value_text: str
    value: float | None
    unit: str | None
    rule: str
    # the Evidence, or the function that works it out: a rejected candidate's evidence is read
    # only by `explain`, so it is worked out on first reading (`evidence`), not for every number
    evidence_source: Evidence | Callable[[], Evidence] | None = None
    record: Commitment | None = None
    taken_by: str = ""  # the rule that first took it, when a later rule dropped it

    @property
    def evidence(self) -> Evidence | None:
        if callable(self.evidence_source):
            self.evidence_source = self.evidence_source()
        return self.evidence_source

    def drop(self, rule_name: str) -> None:
        self.taken_by, self.rule, self.record = self.rule, rule_name, None

    def rejection(self, bulletin: str) -> RejectedCandidate:
        return RejectedCandidate(
            bulletin=bulletin,
            article_seq=self.article_seq,
            line=self.line.number,
            value_text=self.value_text,
            value=self.value,
            unit=self.unit,
            rule=self.rule,
            reason=RULES[self.rule].meaning,
            sentence=self.line.text,
        )


def explain(decision: Decision) -> list[str]:
    """A decision as readable lines: the number, the verdict and rule, the rule's meaning, the evidence."""
    rule_ = RULES[decision.rule]
    if decision.record is not None:
        record = decision.record
        verdict = f"TAKEN as {record.kind}, confidence {record.confidence}"
        verdict += f", year {record.target_year or record.as_of_year or '-'}"
    else:
        verdict = "REJECTED" + (f" (first taken by {decision.taken_by})" if decision.taken_by else "")
    out = [
        f"  {decision.value_text}  [{decision.unit or '-'}]  {verdict}",
        f"    rule {rule_.name}: {rule_.meaning}   e.g. {rule_.example}",
    ]
    return out + [f"    {text}" for text in describe(decision.evidence)]


@cache
def _foreign() -> re.Pattern[str]:
    # a word of its own: "인도" (India) is not the start of "인도기금" (guidance fund), "EU" not the
    # end of "2700만TEU"
    return re.compile(
        rf"(?<![가-힣A-Za-z])(?:{alternation(vocabulary().foreign_actors)})"
        r"(?=$|[^가-힣A-Za-z]|(?:은|는|이|가|의|도|과|와|에서|에|정부|측)(?:[^가-힣]|$))"
    )


_CHINA_LINK = re.compile(r"(중국|中|중)\s*[-·–]\s*[가-힣A-Za-z]+")


def compared_to(phrase: str) -> bool:
    """A country named as what China competes with or is compared to, not as the actor: "미국 등
    반도체 강국과 경쟁하기 위해", "미국을 추월", "일본보다"; "한국 산업통상자원부는 …" is an actor.
    Read word by word over the country's noun phrase (five words at most). A country that is the
    subject of a clause describing the noun compared ("미국이 운영하는 GPS와 별도의 …") is compared
    too: the clause's verb is passed over; "한국이 발표한 계획은 …" still names Korea's plan."""
    words = re.split(r"\s+", _BRACKETED.sub("", phrase).strip())[:5]
    if any("맞먹" in word or word.endswith(("만큼", "처럼")) for word in words[:4]):
        return True  # "현재 유럽 전역의 생산량에 맞먹는 에너지를": the yardstick of a Chinese goal
    if len(words) > 2 and words[0].endswith(("이", "가")) and _ADNOMINAL_VERB.fullmatch(words[1]):
        words = [words[0][:-1], *words[2:]]
    for word in words:
        word = word.rstrip(",.")
        if word.endswith(("과", "와", "을", "를", "보다")):
            return True
        if word.endswith(("은", "는", "이", "가", "의")) or not word:
            return False
    return False


# A country's name as the nationality of firms ("한국 기업 가운데 … 인센티브를 지원한다"): whom a
# Chinese body's measure is for, not another country's plan (a firm's own plan is a company's).
_FIRMS_OF = re.compile(r"\s?계?\s?(?:기업|업체|회사|자본|투자자|투자기업)")
# A verb in the form that modifies the noun after it: "운영하는", "개발한", "주도하던".
_ADNOMINAL_VERB = re.compile(r"[가-힣]+(?:하는|하던|한|되는|된)")


# Countries listed as where something is held: "베트남, 인도네시아, …, 멕시코 등 9개 국가의 10개 도시에서".
_COUNTRIES_AS_VENUES = re.compile(
    r"(?:\s?,\s?[^,.]{1,12})*\s?등\s?\d+\s?개\s?(?:국가|나라)(?:의\s?\d+\s?개\s?도시)?(?:에서|에)\s"
)


# Another country's economy as a circumstance, not an actor: "미국 경기의 침체로", "미국 시장 수요가".
_FOREIGN_CIRCUMSTANCE = re.compile(
    r"\s?(?:경기|경제|시장|수요|제재|관세|금리|증시)(?:의|가|이|로|에|와|과|를|을)?\s"
)
# A foreign outlet or body cited as the source: "미국 뉴욕타임스지 계산에 따르면", "미국 에너지정보청에 의하면".
_CITED_AS_SOURCE = re.compile(r"(?:\s?[^\s,.]+){0,3}?\s?에\s?(?:따르면|의하면)")


def cited_as_source(text: str, end: int) -> bool:
    """The foreign name ending at `end` is who says or counted it, not whose plan it is; unless what
    is cited is its plan ("한국 산업부 계획에 따르면")."""
    cited = _CITED_AS_SOURCE.match(text, end)
    return bool(cited) and not _has(cited.group(), vocabulary().plan_documents)


# A name followed by a subject's particle, maybe past its body: "미국은 ", "한국 산업통상자원부는 ".
_AS_SUBJECT = re.compile(r"(?:\s?(?:정부|당국|[가-힣]{1,10}(?:부|청|국|위원회|의회)))?(?:은|는|이|가)\s")


def _foreign_subject_names_china_in_passing(before: str, foreign: list[int], sentence_start: int) -> bool:
    """Another country is the sentence's subject and China is named after it only in passing (no
    Chinese place follows: "우리나라는 내몽골 자치구의 …" plans for a province)."""
    subjects = [end for end in foreign if end > sentence_start and _AS_SUBJECT.match(before, end)]
    if not subjects:
        return False
    return any(m.end() > subjects[-1] for m in _CHINA.finditer(before)) and not any(
        p.end > subjects[-1] for p in gazetteer.find_places(before)
    )


def is_foreign(candidate: Candidate, ctx: ArticleContext) -> bool:
    """Another country's plan quoted beside China's ("한국 산업통상자원부는 '30년까지 …"): the
    actor named last before the number (or, with none, the headline's actor) is not Chinese."""
    before = strip_dateline(candidate.text[: candidate.quantity.start])
    # "중국-유럽 화물열차", "중·EU": a link between China and another names no other country's plan
    before = _CHINA_LINK.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), before)
    foreign = _foreign_actors(before, candidate.sentence_start)
    # "중국은 미국 등 반도체 강국과의 경쟁을 위해 …": with China the sentence's subject, another
    # country counts only as a later subject of its own ("…, 한국 산업부는 …")
    china_subject = [m.end() for m in _CHINA_AS_SUBJECT.finditer(before, candidate.sentence_start)]
    if china_subject:
        foreign = [end for end in foreign if end > china_subject[-1] and _AS_SUBJECT.match(before, end)]
        if not foreign:
            return False
    elif _foreign_subject_names_china_in_passing(before, foreign, candidate.sentence_start):
        return True  # "미국은 중국어에 능통한 인재 10만명 양성을 …": China named after another country as subject
    chinese = _chinese_actors(before)
    if foreign or chinese:
        return max(foreign, default=-1) > max(chinese, default=-1)
    # a sentence naming no one goes on the paragraph's last actor: "미국 … 아르곤 국립연구소는 … 개발 계획을
    # 발표했다. … 투입될 예산은 5억달러 이상이다."
    paragraph = strip_dateline(candidate.line.text[: candidate.sentence_start])
    foreign = _foreign_actors(paragraph, 0)
    chinese = _chinese_actors(paragraph)
    if foreign or chinese:
        return max(foreign, default=-1) > max(chinese, default=-1)
    actor = headline_actor(ctx.article.headline) or ""
    return bool(_foreign().search(actor)) and not _CHINA.search(actor)


def _chinese_actors(text: str) -> list[int]:
    """Where each mention of China, a Chinese place or China's head of state ends in `text`."""
    return (
        [m.end() for m in _CHINA.finditer(text)]
        + [p.end for p in gazetteer.find_places(text)]
        + [m.end() for m in _CHINESE_HEAD_OF_STATE.finditer(text)]
    )


# China's head of state by his title, the only one of its kind: "후 주석은 또 향후 10년 간 1,000억 달러를
# 중남미에 투자하겠다고" acts for China whatever country the sentence before named ("미국의 뒷마당").
_CHINESE_HEAD_OF_STATE = re.compile(r"(?<![가-힣])(?:국가\s?)?주석(?=(?:은|는|이|가|의)?\s)")


def _foreign_actors(before: str, sentence_start: int) -> list[int]:
    """Where each other country named in `before` as an actor ends (not one compared to, a nationality
    of firms, a venue, a circumstance or a source)."""
    return [
        m.end()
        for m in _foreign().finditer(before)
        if not compared_to(before[m.start() :])
        and not _FIRMS_OF.match(before, m.end())
        and not _COUNTRIES_AS_VENUES.match(before, m.end())
        and not _FOREIGN_CIRCUMSTANCE.match(before, m.end())
        and not cited_as_source(before, m.end())
        and not our_country_said_by_china(before, m, sentence_start)
        and not (m.group() == "인도" and _GUIDED_BY.search(before, 0, m.start()))
    ]


# Who guides, before 인도 as the word for guidance (引导), not India: "당국 인도, 기업 참여, …".
_GUIDED_BY = re.compile(r"(?:정부|당국|정책|시장|행정)\s?$")


def our_country_said_by_china(before: str, foreign: re.Match[str], sentence_start: int) -> bool:
    """ "우리나라" in the mouth of a Chinese official is China, as the Korean-language press of China
    quotes him: "중국 주택 도시농촌건설부 륙극화 부부장이 … 우리나라는 8백65억원을 들여 …"."""
    if not foreign.group().startswith("우리"):
        return False
    return bool(_chinese_speaker().search(before, sentence_start, foreign.start()))


@cache
def _chinese_speaker() -> re.Pattern[str]:
    """A Chinese body's official as the sentence's subject: "중국 … 부부장이 ", "중국 상무부 대변인은 "."""
    titles = alternation((*vocabulary().official_titles, "관계자"))
    return re.compile(
        rf"(?:중국|中)[^.]{{0,40}}?(?:{titles})(?:\s[가-힣]{{2,4}})?(?:[(（][^)）]*[)）])?(?:은|는|이|가)\s"
    )


def is_ordinal(candidate: Candidate) -> bool:
    """ "제20기 중앙위원회", "(20기 3중전회)", "20호선 1기": an ordinal names a session or a phase,
    it counts nothing."""
    q = candidate.quantity
    after = candidate.text[q.end : q.end + 12]
    if q.counter == "기" and _TERM_OF.search(candidate.text, 0, q.start):
        return True  # "집권 4기": a leader's fourth term
    if q.counter == "기" and _MACHINES_BEFORE.search(candidate.text, 0, q.start):
        return False  # "원전 2기 착공", "풍력발전기 46기": machines or plants counted
    if q.counter == "기" and (
        _PHASE_OF.search(candidate.text, 0, q.start)
        or _PHASE_WORKS.match(candidate.text, q.end)
        or _PHASE_BEGUN.match(candidate.text, q.end)
    ):
        return True  # "20호선 1기", "2호 공정 3기", "1기, 2기 공사": a phase of a line or works
    if _IN_INSTALMENTS.match(candidate.text, q.end):
        return True  # "투자총액은 10억 위엔으로 3회에 나뉘어 투자": how many phases the works take, no target
    if q.counter == "회" and _EVENT_NAMED.match(candidate.text, q.end):
        return True  # "13회 보아오 포럼에서": the event's edition (not "포럼 100회 개최")
    if _SESSION_NUMBERED.match(candidate.text, q.end):
        return True  # "정협 12회 11차 상무회의": a body's term, then its meeting
    if q.counter == "대" and _PARTY_BEFORE.search(candidate.text, 0, q.start):
        return True  # "중공18대보고에서는": the party's 18th congress (十八大), no count
    # (제 as a word of its own, "제20기": not the end of 과제, 경제, 체제 — "연구과제 15개 이내 지원")
    return bool(_ORDINAL_MARK.search(candidate.text, 0, q.start)) or _has(after, vocabulary().session_words)


_ORDINAL_MARK = re.compile(r"(?<![가-힣])제\s?$")
# The party whose congress "N대" numbers: "중공18대", "중국공산당 제19대", "당 20대".
_PARTY_BEFORE = re.compile(r"(?:중공|공산당|(?<![가-힣])당)\s?$")
# The phases works or money are split into: "3회에 나뉘어", "2단계로 나누어", "세 차례에 걸쳐 나눠".
_IN_INSTALMENTS = re.compile(r"\s?(?:에|로|으로)\s?(?:나뉘어|나누어|나눠|분할해|분할하여)")
# A second ordinal right after the first: "12회 11차 상무회의", "14기 3차 회의".
_SESSION_NUMBERED = re.compile(r"\s?\d+\s?차\s?(?:[가-힣]*회의|전체회의|전원회의|회의)")
# A line, a works or a fund whose phase "N기" names: "20호선 1기", "13호선 2기", "투자펀드 2기"
# (not "원전 2기": reactors).
# (and of a railway, an airport, a park, a project named in brackets or by a Latin code: "철도 2기",
# "공항 2기 확장 공사", "혁신밸리(联东…谷) 1기", "창업원(…)(1기)", "보중(渤中) G 1기")
_PHASE_OF = re.compile(
    r"(?:호선|노선|선|공정|단지|구간|구역|펀드|기금|철도|공항|밸리|창업원|산업원|[)）]\s?[(（]?|[(（]|[A-Z]\d?)\s?$"
)
# Machines and plants counted by "기", before it: "원전 11기", "발전설비 2기", "위성 300기".
_MACHINES_BEFORE = re.compile(
    r"(?:원전|원자로|발전기|발전설비|설비|위성|로켓|터빈|보일러|기지국|엘리베이터|크레인|타워|탑|호기|유닛"
    r"|우주선|탐사선|항공기|여객기|비행기|잠수함|함정)\s?$"  # (spacecraft too: "궤도 우주선 200기 이상")
)
# A phase begun or finished: "1기를 마무리하고 2기 착공에 들어갔는데" (a phase before the works' verb).
_PHASE_BEGUN = re.compile(r"\s?(?:를|을|가|이|는)?\s?(?:착공|준공|완공|마무리)")
# A term of office "N기" counts: "집권 4기", "연임 3기".
_TERM_OF = re.compile(r"(?:집권|연임|임기)\s?$")
# The works a phase "N기" is of, after it, maybe after the next phases listed: "2기 공사가", "1기, 2기
# 사업이", "스키장 2기 확장공사", "3기 확장 공사는", "2기와 3기 건설 프로젝트가" (not "원전 11기 건설":
# reactors to build).
# (or the phase's site being completed: "3기 기지가 완공되면")
_PHASE_WORKS = re.compile(
    r"(?:\s?[,·와과]\s?\d{1,2}기)*\s?(?:(?:확장|확건|건설)\s?)?(?:공사|공정|사업|프로젝트)(?:가|는|은|를|도|의|이|으로|로|에|,|\s)"
    r"|\s?(?:기지|단지)(?:가|이|는)\s(?:완공|준공|완성|가동)"
)
# An event's name straight after "N회", then a particle: "13회 보아오 포럼에서", "5회 수입박람회가".
_EVENT_NAMED = re.compile(
    r"\s?(?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z]*(?:포럼|박람회|엑스포|대회|회의)(?:에서|가|는|이|을|를|의)"
    # (a festival or week named by its place or theme: "4회 한국 주간행사", "제5회 가상 국제 영화제")
    r"|\s?[가-힣A-Za-z]+\s(?:[가-힣A-Za-z]+\s)?[가-힣A-Za-z]*(?:주간행사|행사|축제|영화제|전시회|박람회)(?:을|를|이|가|은|는|의|에서|에)?(?![가-힣])"
)


# "미국(33%)과 중국(27%)": a share printed in brackets after a name.
_BRACKETED_SHARE = re.compile(r"[(（]\s*(?:약\s*)?[\d.,]+\s*%\s*[)）]")


# A figure in brackets right after a name: "미국(93기)", "프랑스(56기)".
_NAME_BRACKET = re.compile(r"([^\s(（)）·,、]+)\s?[(（]\s*(?:약\s*)?$")


# A bracket opened right after a figure, naming what the figure is compared with: "5백22㎢(서울의 ".
_GLOSS_OPENED = re.compile(r"\d[^\s()（）]*\s?[(（][가-힣A-Za-z·\s]{1,12}의\s?$")


def is_bracketed_share(candidate: Candidate) -> bool:
    """Shares compared in a description, each in brackets after its name: "미국(33%)과 중국(27%)";
    any figure in brackets after another country's name: "미국(93기)·프랑스(56기)에 이어"."""
    q = candidate.quantity
    name = _NAME_BRACKET.search(candidate.text, candidate.sentence_start, q.start)
    if name and re.match(r"\s*[)）]", candidate.text[q.end :]) and _foreign().fullmatch(name.group(1)):
        return True
    if q.unit != "percent":
        return False
    if _GLOSS_OPENED.search(candidate.text, candidate.sentence_start, q.start) and re.match(
        r"\s*[)）]", candidate.text[q.end :]
    ):
        return True  # "면적이 5백22㎢(서울의 86%)이고": a figure compared with something else, in brackets
    text = candidate.text
    shares = [m for m in _BRACKETED_SHARE.finditer(text) if candidate.sentence_start <= m.start()]
    inside = any(m.start() <= q.start < m.end() for m in shares)
    if not inside or len(shares) < 2:
        return False
    # "정저우(7%), 창사(7%) … 등으로 제시했다": the figures each place set, not shares compared; so are
    # those after the goals named ("…목표치가 가장 높은 지역은 각각 시장(11% 이상), 충칭(약 10%) 및 …")
    after = text[shares[-1].end() : shares[-1].end() + 16]
    if _GOALS_NAMED.search(text, candidate.sentence_start, shares[0].start()):
        return False
    return not _set_list_end().match(after)


_GOALS_NAMED = re.compile(r"목표치?(?:가|는|은|를|로|도)\s")


@cache
def _set_list_end() -> re.Pattern[str]:
    verbs = alternation(vocabulary().target_setting_verbs)
    return re.compile(rf"\s*(?:등)?(?:으로|로|을|를)?\s*(?:목표|{verbs})")


# "급" right after the amount, or after its conversion in brackets: "1조 위안(약 190조 원)급의".
_CLASS_MARK = re.compile(r"(?:\s*[(（][^)）]*[)）])?\s*급")
# "대" after a money amount: its range ("1천억 위안(약 19조원)대 소비 랜드마크"), not an amount
# to reach ("2만 달러대 진입" is one: a level the measure enters).
_MONEY_RANGE_MARK = re.compile(r"(?:\s*[(（][^)）]*[)）])?대\s(?!진입|돌파|로|에)")
_MONEY = CURRENCIES
# Units that measure the same thing, so one converts another: money, land, mass, power.
_MEASURES = (
    frozenset(_MONEY),
    frozenset(("mu", "ha", "km2", "m2")),
    frozenset(("t", "jin")),  # (kilograms are read as tonnes)
    frozenset(("MW", "GW")),
    # a share glossed as a fraction: "33%(전체의 3분의 1)"
    frozenset(("percent", "ratio")),
)


# An amount as the subject of a past participle of spending, then the thing it was spent on: "50억위안(약
# 9000억원)이 투입된 충칭신항의", "총 3억 위안이 투자된 공장은" (not "투입될": the prospective one).
# (not its object, "4억 1700만원을 투자한 이 아빠트단지건설은": the Korean-language press of China
# writes 投资…的 so for a project still being built)
_SPENT_ON = re.compile(r"\s?(?:[(（][^)）]*[)）])?\s?(?:이|가)\s(?:[가-힣]+\s)?(?:투입|투자|소요)된\s")
# A past participle of a deed right after a count of times: "4차례 방문한 ", "3번 개최한 ".
_DONE_AFTER = re.compile(r"\s?[가-힣]{1,4}(?<![하되])한\s|\s?[가-힣]{1,4}했던\s")
# A count of machines or plants, then "의": the power after it is each one's.
_UNITS_COUNTED_BEFORE = re.compile(r"\d\s?(?:대|기|개|台|套)의\s?$")
# Plants other than one, before their class: "다른 1000만 ㎾급 풍력발전기지가 아직 계획할 때".
_OTHERS_BEFORE = re.compile(r"(?:다른|각|여러|기타|나머지|모든)\s?$")
# A power plant of the class: "10㎿급 발전소", "1MW(메가와트)급 우주 태양광 발전소", "1000만㎾급 풍력 발전기지".
_PLANT_CLASS = re.compile(
    r"(?:\s*[(（][^)）]*[)）])?\s*급\s?(?:[가-힣]{1,8}\s?){0,3}?(?:발전소|발전\s?기지|발전단지|원전|에너지\s?저장소)"
)
# A participle of making in the past right before the number: "설치된 80대의 …", "건설한 3개 공장은".
_MADE_BEFORE = re.compile(
    r"(?:설치|건설|완공|준공|조성|구축|가동|개통|도입|설립)(?:된|한|되어\s있는|돼\s있는)\s(?:총\s|모두\s)?$"
)


def is_made_already(candidate: Candidate) -> bool:
    """ "풍력발전기지에 설치된 80대의 … 유닛은": what was made, named by its past participle, is no target
    (not "설치될 80대": the prospective one); nor is what was spent on a thing, as the subject of the
    participle naming it ("총 50억위안이 투입된 충칭신항의 안벽은")."""
    q = candidate.quantity
    return bool(
        _MADE_BEFORE.search(candidate.text, candidate.clause_start, q.start)
        or _SPENT_ON.match(candidate.text, q.end)
        # how many times it was done, by the participle after it: "習이 4차례 방문한 '마카오 배후지'"
        or q.counter in ("차례", "번", "회")
        and _DONE_AFTER.match(candidate.text, q.end)
        # the subject a participle of finishing names, in a sentence that plans nothing: "이번에 마무리된 동선
        # 1기 노선은 … 1467㎞ 구간이다" (not "새로 개통된 노선은 2030년까지 … 늘릴 계획")
        or bool(_FINISHED_SUBJECT.search(candidate.text, candidate.clause_start, q.start))
        and not re.search(vocabulary().explicit_forward, candidate.sentence)
    )


_FINISHED_SUBJECT = re.compile(
    r"(?:마무리|완공|준공|개통|완성)(?:된|한)\s(?:\S+\s){0,4}?[^\s\d]+(?:은|는|이|가)\s"
)


def sizes_one_plant(candidate: Candidate) -> bool:
    """A power class of one plant, which is its capacity: "2035년 10㎿급 발전소를 추가로 건설" (not "7개
    1000만㎾급 풍력 발전기지", "100MW급 발전소 3곳", "다른 1000만 ㎾급 기지": a class of plants counted
    or several)."""
    q = candidate.quantity
    plant = _PLANT_CLASS.match(candidate.text, q.end) if q.unit in _POWER else None
    return bool(
        plant
        and not _COUNT_OF.search(candidate.text, 0, q.start)
        and not _OTHERS_BEFORE.search(candidate.text, 0, q.start)
        and not re.match(r"\s?\d[\d,.]*\s?(?:개|곳|기|座)", candidate.text[plant.end() :])
    )


def is_size_class(candidate: Candidate) -> bool:
    """ "1㎡급 모듈", "400G급", "3개의 1조 위안급 소비 분야": a size class of the noun after it,
    not an amount (a money class counts the things that reach it, as "억 위안급 기업 50개")."""
    q = candidate.quantity
    if q.unit in _POWER and _UNITS_COUNTED_BEFORE.search(candidate.text, 0, q.start):
        return True  # "80대의 5메가와트 풍력발전 유닛", "10기의 100만kW 원전": the size of each unit
    if sizes_one_plant(candidate):
        return False
    if _CAPACITY_CLASS.match(candidate.text, q.end):
        return False  # "1200만t급 선박 제조능력을 갖춰": the capacity itself, not a class of things
    if sizes_a_port(candidate):
        return False
    if q.unit in _MONEY and _MONEY_RANGE_MARK.match(candidate.text, q.end):
        return True
    if q.unit in _MONEY and (cluster := _CLUSTER_CLASS.match(candidate.text, q.end)):
        # "1조 위안급 자동차 산업 클러스터 구축": the cluster's own size, unless clusters are counted
        # ("1조 위안급 … 클러스터 4~5개", "3개의 1조 위안급 …") or listed ("스마트장비, 첨단소재 … 등
        # 1,000억 위안급 특색 산업 클러스터": one of that class each)
        counted = (
            _COUNT_OF.search(candidate.text, 0, q.start)
            or re.search(r"등\s*$", candidate.text[: q.start])
            or re.match(r"\s?\d", candidate.text[cluster.end() :])
        )
        return bool(counted)
    if q.unit in _MONEY and _MARKET_CLASS.match(candidate.text, q.end):
        # "1조 위안급 시장을 조성": the market's own size, unless a count of such markets precedes
        return bool(_COUNT_OF.search(candidate.text, 0, q.start))
    return bool(_CLASS_MARK.match(candidate.text, q.end))


# "1조 위안(약 186조원)급 시장", "천억 위안급 산업": a market or industry of that size (not "…급 산업
# 클러스터": clusters of that class); "1000억 위안급 AI과학산업기금": a fund of that size.
_MARKET_CLASS = re.compile(
    r"(?:\s*[(（][^)）]*[)）])?\s*급\s?"
    r"(?:(?:시장|산업)(?:을|를|이|가|은|는|으로|로|의)?(?![가-힣]|\s?클러스터)|[가-힣A-Za-z·]{0,12}(?:기금|펀드))"
)
# A class that is the level of a capacity or scale, a unit glossed in brackets or not: "1200만t급 선박 제조능력",
# "100GW급 설비 규모", "1MW(메가와트)급 규모의 태양광 발전소".
_CAPACITY_CLASS = re.compile(
    r"(?:\s*[(（][^)）]*[)）])?\s*급\s?(?:[가-힣]{1,6}\s?){0,2}?(?:제조|생산|처리|발전|수송)?\s?(?:능력|규모)"
)
# A port of a throughput class: "3천만TEU급 항만건설계획", "30만TEU급의 항만", "… 부두".
_PORT_OF_CLASS = re.compile(r"\s*급(?:의)?\s?(?:항만|항구|부두|터미널|컨테이너\s?(?:부두|터미널))")


def sizes_a_port(candidate: Candidate) -> bool:
    """ "2천900만TEU급 항만도시로 육성": a port's yearly throughput is its capacity, neither a class of
    ports nor a threshold (unlike "2만TEU급 컨테이너선", the size of each ship)."""
    q = candidate.quantity
    return q.unit == "TEU" and bool(_PORT_OF_CLASS.match(candidate.text, q.end))


# "1조 위안(약 187조원)급 자동차 산업 클러스터": a cluster, park or base of that size.
_CLUSTER_CLASS = re.compile(
    r"(?:\s*[(（][^)）]*[)）])?\s*급\s?(?:[가-힣A-Za-z·]+\s){0,3}?[가-힣A-Za-z·]*(?:클러스터|산업단지|기지)(?:을|를|이|가|은|는|의|로|으로)?"
)
# "3개의 1조 위안급 …", "3대 1조 위안급 …": a count of the class just before the amount.
_COUNT_OF = re.compile(r"\d\s*(?:개|곳|대)(?:의)?\s*$")


def is_specification(candidate: Candidate) -> bool:
    """ "1000kV 송전망"; a distance that says where something lies: "하이커우에서 약 60km 떨어진
    해안지역에 건설된다", "베이징을 중심으로 1000㎞ 범위 안에" (not "노선 60km를 건설"); round the
    clock ("24시간 운영")."""
    q = candidate.quantity
    if q.unit in ("km", "m", "min", "hours") and _DISTANCE_AWAY.match(candidate.text, q.end):
        return True  # (a distance in time too: "공업단지에서 30분 거리에 위치한 … 항")
    if q.unit in ("months", "years", "days", "hours", "min") and _AS_A_UNIT.match(candidate.text, q.end):
        return True  # "1개월 단위로 기본 연금을 수령하는": the period something is counted by
    if q.unit in ("km", "m") and _RADIUS_OF_RESIDENTS.search(candidate.text, max(0, q.start - 6), q.end + 16):
        return (
            True  # "산림지대 반경 5㎞ 내에 거주하는 주민 9천110명": the radius says who, not how far to reach
        )
    if q.unit in ("km", "m") and _SPEED_BEFORE.search(candidate.text, 0, q.start):
        return True  # "시속 200Km 이상의 철도망": a speed, the class of a line
    if q.unit == "hours" and q.value == 24:
        return True  # "24시간 순찰", "24시간 무료 개방": round the clock, a mode of service
    if q.unit == "l" and _ENGINE_CLASS.match(candidate.text, q.end):
        return True  # "1.6ℓ 이하 차량세는 유지": an engine's displacement, the class of a car
    return q.unit in vocabulary().specification_units


# A car named by its engine's displacement: "1.6ℓ 이하 차량", "2.0리터 엔진", "1.6~2.5ℓ 차량세".
_ENGINE_CLASS = re.compile(r"\s?(?:이하|이상|초과|미만)?\s?(?:의\s?)?(?:차량|승용차|자동차|엔진|배기량|차\b)")


# A radius that says who lives or stands within it: "반경 5㎞ 내에 거주하는", "반경 3km 안에 있는" (not a
# service radius to reach: "충전 서비스 반경 0.9km").
_RADIUS_OF_RESIDENTS = re.compile(
    r"반경\s?(?:약\s?)?[\d.,]+\s?(?:㎞|km|킬로미터|m|미터)\s?(?:이내|내|안)(?:에|의)\s?(?:거주|살고|사는|위치|있는)"
)
# A span named as the unit something is counted or paid by: "1개월 단위로", "5년 단위의".
_AS_A_UNIT = re.compile(r"\s?단위(?:로|의|로서)\s")
# A speed: "시속 300Km", "최고 시속 350km", "초속 8m", and the top of a range of speeds: "시속 120km에서
# 최대 350km까지".
_SPEED_BEFORE = re.compile(
    r"(?:시속|초속|분속)\s?(?:(?:최대|최고|약)?\s?[\d,.]+\s?(?:km|㎞|킬로미터|m)\s?(?:에서|~|-)\s?)?(?:최대|최고|약)?\s?$"
)
# What a distance from a place is followed by: "…에서 60km 떨어진", "해안선에서 20㎞ 이상 떨어진 바다",
# "…로부터 3km 거리에", "일본해와 단 15킬로메터의 거리를 두고" (not the length of a line: "A와 B를 연결하는 955km 거리의 철도").
_DISTANCE_AWAY = re.compile(
    r"\s?(?:가량|정도|내외|밖에|이상|이내)?\s?(?:떨어진|떨어져|거리에|거리의(?!\s?(?:철도|고속철|고속도로|도로|노선|선로|운하|송전선|관로))"
    r"|거리인|(?:의\s?)?거리를\s?두|범위\s?(?:안|내|이내)"
    # a point so far along or away: "시 남쪽 40㎞ 지점에 들어서는 신공항"; a place lying so far away:
    # "상하이 동남쪽 30km 해상에 위치한 양산터미널"
    r"|지점(?:에|의|으로|이)|(?:[가-힣]{1,3}\s?)?에\s?(?:위치|자리))"
)


def is_duration(candidate: Candidate) -> bool:
    """ "3년 내", "3~5년 이내": a span of years says when, not how much; so does the span just past
    ("지난 6개월간 … 4가지 일을 단행했다")."""
    q = candidate.quantity
    if q.unit in ("years", "months") and re.search(r"(?:지난|최근)\s?$", candidate.text[: q.start]):
        return True
    if q.unit in ("years", "months") and _LOAN_TERM.match(candidate.text, q.end):
        return True  # "3개월·6개월·1년 만기의 … 재대출 금리": the term of a loan or bond, what it is
    if q.unit in ("years", "months") and _GONE_ON.match(candidate.text, q.end):
        return True  # "시위가 4개월 넘게 이어지고 있는 가운데": how long something has gone on
    if q.unit in ("years", "months", "days") and _SHIFTED.match(candidate.text, q.end):
        return True  # "당초 계획보다 9개월 앞당겨 … 준공될 예정", "공기를 1년 단축": how far a date moved
    if q.unit == "months":  # "향후 6개월 내에 … 30% 이상 확장": when, not how long anything lasts
        return bool(_DEADLINE_TAIL.match(candidate.text[q.end :]))
    return q.unit == "years" and (q.counter == "년" or bool(_DEADLINE_TAIL.match(candidate.text[q.end :])))


# How long a thing has gone on: "4개월 넘게 이어지고", "3년째 계속되는", "반년 가까이 지속된".
_GONE_ON = re.compile(
    r"\s?(?:넘게|이상|째|가까이|동안|간|여)?\s?(?:이어지|이어져|계속되|계속돼|지속되|지속돼)"
)
# How far a date is moved, earlier or later: "9개월 앞당겨", "1년 단축", "3개월 늦춰진".
_SHIFTED = re.compile(
    r"\s?(?:이상|가량|정도|여|나)?\s?(?:앞당|단축|빨리|빠른|늦춰|늦춘|늦어|늦게|연기|지연|미뤄|미룬)"
)
# A term a list of spans ends in: "3개월·6개월·1년 만기의", "10년 만기 국채".
_LOAN_TERM = re.compile(r"(?:\s?[·,]\s?\d+\s?(?:개월|년))*\s?(?:만기|물|짜리)(?:의)?\s")


# One of what a grant is paid for: "수소 충전소 1곳을 건설하는 데 최대 500만 위안", "1대를 구입할 때
# 2만 위안": the unit of a rate of support, as 1만명당 is of a ratio.
_PER_ONE = re.compile(r"\S{0,3}\s(?:[가-힣]+\s){0,2}?[가-힣]+(?:는\s?데|할\s?때|할\s?경우|마다)\s")


def is_grant_unit(candidate: Candidate) -> bool:
    q = candidate.quantity
    if q.value != 1 or q.unit in _MONEY or not (m := _PER_ONE.match(candidate.text, q.end)):
        return False
    return any(
        other.unit in _MONEY
        for other in find_quantities(candidate.clause[m.end() - candidate.clause_start :])
    )


# What the number is, before its verb is read: each test rejects under its rule's name, in order.
_WHAT_IT_IS: tuple[tuple[str, Callable[[Candidate, list[Candidate]], bool]], ...] = (
    (
        "rate_base",
        lambda c, _: (
            c.quantity.per and not _TARGET_IS.search(c.text, 0, c.quantity.start) or is_grant_unit(c)
        ),
    ),
    ("ordinal", lambda c, _: is_ordinal(c)),
    ("shares_in_brackets", lambda c, _: is_bracketed_share(c)),
    ("won_conversion", lambda c, _: is_conversion(c)),
    ("currency_conversion", lambda c, _: is_bracketed_conversion(c)),
    ("document_structure", lambda c, _: is_structural(c)),
    ("actor_count", lambda c, _: is_actor_count(c)),
    ("quoted_name", lambda c, _: in_quoted_name(c)),
    (
        "network_name",
        lambda c, _: bool(_NETWORK_NAME.search(c.text, max(0, c.quantity.start - 4), c.quantity.end + 6)),
    ),
    ("scope_count", lambda c, _: is_scope(c)),
    (
        "casualties",
        lambda c, _: c.quantity.unit == "people" and bool(_CASUALTIES.match(c.text, c.quantity.end)),
    ),
    ("pool_count", lambda c, _: is_pool(c)),
    ("enumeration_count", lambda c, _: is_enumeration(c)),
    ("size_class", lambda c, _: is_size_class(c)),
    ("made_already", lambda c, _: is_made_already(c)),
    ("specification_unit", lambda c, _: is_specification(c)),
    ("duration", lambda c, _: is_duration(c)),
    ("eligibility_threshold", lambda c, found: is_threshold(c, found)),
    ("derived_multiple", lambda c, found: is_derived_multiple(c, found)),
    ("definition", lambda c, _: is_definition(c)),
    ("rank_without_plan", lambda c, _: is_reported_rank(c)),
    ("bare_figure", lambda c, _: is_bare_figure(c)),
    ("price_stated", lambda c, _: is_price_stated(c)),
    ("age_group", lambda c, _: is_age_group(c)),
    ("revision_size", lambda c, _: is_revision_size(c)),
    ("old_target", lambda c, _: is_old_target(c)),
    ("left_out", lambda c, _: is_left_out(c)),
    ("compared_with", lambda c, _: is_comparison_base(c)),
    (
        "figure_of_speech",
        lambda c, _: (
            bool(_SIMILE.search(c.text, c.sentence_start, c.quantity.start)) or counts_a_yardstick(c)
        ),
    ),
    ("change_to_level", lambda c, _: is_change_to_level(c)),
    ("level_before_change", lambda c, _: is_level_before_change(c)),
    ("change_between_levels", lambda c, _: is_change_between_levels(c)),
    ("restated_change", lambda c, _: is_restated_change(c)),
    ("share_described", lambda c, _: is_share_described(c)),
    ("supposed_figure", lambda c, _: is_supposed(c)),
    ("expected_by_another", lambda c, _: is_expected_by_another(c)),
    ("share_of_a_whole", lambda c, _: describes_the_level_after(c)),
    ("news_sources", lambda c, _: is_news_sources(c)),
    ("possible_effect", lambda c, _: is_possible_effect(c)),
    ("population_described", lambda c, _: describes_a_population(c)),
)


# The people a place has, as a description: "13억명 이상의 인구를 가진 대국", and the whole population a
# share is of: "전체 인구 13억명의 46%를 차지할 것" (not a population to hold to: "인구를 2300만명으로 제한").
# … or the residents "over N" a measure serves: "1500만 명이 넘는 북경주민과 올림픽 관광객의 편의를";
# or the whole population the number sizes: "14억 명에 달하는 전체 인구의 40%인 5억6천만 명".
_POPULATION_HELD = re.compile(
    r"\s?(?:이상|여|가량)?\s?의?\s?인구를\s?(?:가진|보유한|거느린|가지고)"
    r"|\s?(?:이|가)?\s?넘는\s(?:[가-힣]+\s)?[가-힣]*(?:주민|시민|인구|국민)"
    r"|\s?(?:에\s?달하는|에\s?이르는)\s(?:전체\s?|전\s|총\s?)?(?:인구|국민)"
    # … or the people a measure is for: "9억명의 농민들을 위한 새로운 연금제도"
    r"|\s?(?:의\s)?(?:농민|주민|인구|국민|시민|노인)(?:들)?(?:을|를)\s?위한\s"
)
_WHOLE_POPULATION = re.compile(r"(?:전체|총|전국)\s?인구(?:는|가)?\s?$")
_SHARE_TAKEN_OF_IT = re.compile(r"\s?의\s?[\d.]+\s?%")


def describes_a_population(candidate: Candidate) -> bool:
    q = candidate.quantity
    if q.unit != "people":
        return False
    if _POPULATION_HELD.match(candidate.text, q.end):
        return True
    return bool(_WHOLE_POPULATION.search(candidate.text, max(0, q.start - 12), q.start)) and bool(
        _SHARE_TAKEN_OF_IT.match(candidate.text, q.end)
    )


# A verb of what a work or a measure can do or could do, closing the clause ("…를 줄일 수 있다", "…을
# 달성할 수 있고", "…충족시킬 수 있으며", "…효율을 47% 높일 수 있었다"), or a capability held ("…확보할
# 수 있는 능력을 갖추었다").
_CAN_DO = re.compile(
    r"[^.,]{0,60}?(?<![가-힣])([가-힣]+)\s?수\s?있(?:다|고|으며|어|었다|었고|습니다)(?![가-힣])"
    r"|[^.,]{0,60}?수\s?있는\s(?:능력|역량|여건)을\s?갖추"
)
_RIEUL = 8  # the final consonant ㄹ of a Hangul syllable (할, 줄일, 시킬)
# What one may receive or ask for, a right a measure grants: "…보조금을 지원받을 수 있다", "신청할 수 있다".
_MAY_RECEIVE = ("받을", "누릴", "신청할")


def is_possible_effect(candidate: Candidate) -> bool:
    """What a work or a measure can do, told with no plan: an effect or a capacity, no pledge
    ("…1,000명의 취업을 이끌 수 있다", "하루 최대 4.8톤의 수소 공급으로 … 수요를 충족시킬 수 있으며");
    not support one may receive ("…을 지원받을 수 있다"), nor works planned to hold it ("…을 수용할 수
    있는 12개 부두 건설키로 했다")."""
    clause_end = candidate.clause_start + len(candidate.clause)
    m = _CAN_DO.match(candidate.text, candidate.quantity.end, clause_end)
    if not m or _IF_DONE.search(candidate.line.text, 0, candidate.quantity.start):
        return False  # (what works can do once done, in its sentence or one before, is their design:
        # "공사가 완공되면 … 제공할 수 있으며. 한편 … 관개면적을 … 개선할 수 있어")
    if (verb := m.group(1)) and (_final_consonant(verb[-1]) != _RIEUL or verb.endswith(_MAY_RECEIVE)):
        return False
    return not re.search(vocabulary().explicit_forward, candidate.sentence)


# The people a report cites, as the subject that says it: "이중 2명의 관련 인원은 … 시행될 수 있다고
# 밝혔다", "소식통 3명에 따르면", "관계자 2명은".
_SOURCES_AFTER = re.compile(
    r"\s?(?:의\s?)?(?:[가-힣]+\s)?(?:인원|관계자|소식통|인사)(?:들)?(?:은|는|이|가|에\s?따르면|에\s?의하면)\s"
)
_SOURCES_BEFORE = re.compile(r"(?:관계자|소식통|인사)\s?$")
_SOURCES_SPEAK = re.compile(r"^\s?(?:은|는|이|가|에\s?따르면|에\s?의하면)\s")


def is_news_sources(candidate: Candidate) -> bool:
    q = candidate.quantity
    if q.unit != "people":
        return False
    if _SOURCES_AFTER.match(candidate.text, q.end):
        return True
    return bool(_SOURCES_BEFORE.search(candidate.text, 0, q.start)) and bool(
        _SOURCES_SPEAK.match(candidate.text[q.end :])
    )


# A share of the whole place, as a description lists it: "면적은 전 성의 48.6%, 인구는 전 성의 74%로서
# …", "GDP 총량은 전성의 84%" (not "비중을 전국의 30%로 높인다": a level to reach).
_OF_THE_WHOLE = re.compile(r"(?:전\s?(?:성|시|국|현|구|도)|전체)의\s?$")
_DESCRIBED_AFTER = re.compile(r"\s?(?:,|，|로서|으로서|이다|이며|임\b|를\s?차지|을\s?차지|$)")


def is_share_described(candidate: Candidate) -> bool:
    q = candidate.quantity
    return (
        q.unit == "percent"
        and bool(_OF_THE_WHOLE.search(candidate.text, candidate.sentence_start, q.start))
        and bool(_DESCRIBED_AFTER.match(candidate.text, q.end))
        and not re.search(vocabulary().explicit_forward, candidate.rest)
    )


# A figure a condition supposes of a subject: "연간 절감률이 4%면 …", "매출이 1억 위안 이상이면"
# (not "면적", nor "2시간이면 도착한다", the time a trip takes).
_SUPPOSED = re.compile(r"\s?(?:이상|이하)?(?:이|라|이라)?면\s")
# … or the amount a firm must invest to qualify: "공장 자동화에 1000만 위안 이상을 투자하면 …
# 환급받을 수 있다".
_QUALIFYING_INVESTMENT = re.compile(
    r"\s?(?:이상|초과)\s?(?:을|를)?\s?(?:투자|투입)(?:하면|할\s경우|하는\s경우)\s"
)
_SUBJECT_BEFORE = re.compile(r"[가-힣](?:이|가)\s(?:[가-힣]+\s)?$")
# The number's own verb in a condition: "…을 넘어선다면", "…에 달한다면", "…을 돌파한다면".
# (or a trend supposed to go on: "연 9%대의 성장을 계속하면 목표연도인 2010년에 이 목표의 60%를 달성하게 되며")
_IF_IT = re.compile(
    r"\s?(?:이상|이하)?(?:을|를|에|이|가)?\s?[가-힣]{1,5}(?:ㄴ다면|는다면|한다면|선다면|된다면|난다면)\s"
    r"|[^.,]{0,12}?(?:을|를|이|가)\s?(?:계속|지속|유지)(?:하면|되면)\s"
    # a change as the trigger of a measure: "모돈 수가 전월 대비 5% 감소하면 즉시 재입식"
    r"|\s?(?:이상|이하)?\s?(?:(?:증가|감소|하락|상승|초과|미달)(?:하면|되면)|줄어들면|늘어나면|떨어지면|넘으면|넘어서면)\s"
    # … or each time it happens: "GDP가 1% 성장할 때마다 … 일자리가 창출"
    r"|\s?(?:이|가|을|를)?\s?[가-힣]{1,4}(?:할|될|날|늘|줄)\s?때마다\s"
    # … or the case it makes: "인당 GDP를 3.6만원(19% 성장시킬 경우 3.1만원)에 도달시키며"
    r"|\s?(?:이상|이하)?\s?(?:을|를|이|가)?\s?[가-힣]{1,5}(?:할|될|시킬)\s?경우\s"
)
# … or a condition earlier in the sentence that the figure is the outcome of: "…넘어선다면 … 늘어나게 된다".
_THEN_IT = re.compile(
    r"[가-힣](?:ㄴ다면|는다면|한다면|선다면|된다면|난다면)\s|(?:계속|지속|유지)(?:하면|되면)\s"
)
# … or what would have been, had things gone otherwise: "…상황이었더라면 목표는 6% 안팎으로 설정했을
# 것이다" (a counterfactual: no target was set).
_HAD_IT = re.compile(r"[가-힣](?:었더라면|았더라면|였더라면|했더라면|됐더라면|더라면)\s")
_WOULD_HAVE = re.compile(r"(?:었|았|였|했|됐|웠|졌)을\s?(?:것|터)")


# … or that a calculation or a supposition takes: "연간 처리량을 1만t으로 계산하면", "3000만대에 달한다
# 치면" (what follows is worked out from it, not pledged).
_SUPPOSED_BY = re.compile(
    r"\s?(?:으로|로|에\s?달한다|이라고|라고)?\s?(?:계산하면|환산하면|가정하면|가정할\s?때|치면)"
)
# … or a trend supposed to go on: "이러한 속도대로라면", "현재 추세라면", "지금의 증가세가 이어지면".
_AT_THIS_PACE = re.compile(
    r"(?:이러한|이런|이\s?같은|현재의?|지금의?)\s?(?:속도|추세|증가세|성장세|증가\s?속도)(?:대로)?"
    r"(?:라면|이면|(?:가|이)\s?(?:이어|지속|계속)(?:되)?면|(?:를|을)\s?(?:유지|지속)(?:하)?면|로\s?가면)\s"
)
# … or a case that "if" (or "for example") opens and a conditional closes: "만일 20킬로와트의 전기자동차를
# 구매한다면 ", "예를 들어 … 벌크선을 … 새 선박으로 교체할 경우 선박회사는 … 5250만위안의 보조금을".
_IF_OPENS = re.compile(r"(?<![가-힣])(?:만일|만약|가령|예를\s?들어|예를\s?들면|예컨대)[\s,]")
_IF_CLOSES = re.compile(r"[^.,]{0,30}?(?:다면|라면|이면|하면|되면)\s")
# … closed before the figure, which is then what the case comes to.
_IF_CLOSED = re.compile(r"(?:다면|라면|이면|하면|되면)\s|(?:할|될|을|는|한)\s?경우\s")
# … or the assumption a plan's sums are made on, closing the clauses after the figure: "인구가 2030년
# 14억6000만명으로 최고치에 달하고 도시화율이 65%를 기록한다고 가정했을 때", "…에 달한다는 가정하에".
_ASSUMED = re.compile(
    r"[^.?!]{0,60}?(?:다고|라고|다는|라는)\s?가정(?:했을\s?때|할\s?때|하면|한다면|\s?하에|\s?아래)"
)


def is_supposed(candidate: Candidate) -> bool:
    q = candidate.quantity
    if _SUPPOSED_BY.match(candidate.text, q.end) or _QUALIFYING_INVESTMENT.match(candidate.text, q.end):
        return True
    if _AT_THIS_PACE.search(candidate.text, candidate.sentence_start, q.start) and not _NAMED_TARGET.match(
        candidate.rest
    ):
        # "이러한 속도대로라면 2015년에는 7500억위안을 넘어서고": the trend carried on, no plan (not
        # "이런 성장세라면 … 2천억 위엔이라는 발전목표를 달성할 것": the target it would meet)
        return True
    opened = _IF_OPENS.search(candidate.text, candidate.sentence_start, q.start)
    if opened and _IF_CLOSES.match(candidate.text, q.end):
        return True  # "만일 20킬로와트의 전기자동차를 구매한다면 …": the case supposed, not a pledge
    if opened and _IF_CLOSED.search(candidate.text, opened.end(), q.start):
        return True  # "만약 3년 다니는 학생이 있다면 총6000위안을 받게 된다": what the case supposed comes to
    if _ASSUMED.match(candidate.text, q.end):
        return True  # "…65%를 기록한다고 가정했을 때 …": what the plan assumes, not what it pledges
    if _IF_IT.match(candidate.text, q.end) or _THEN_IT.search(
        candidate.text, candidate.sentence_start, q.start
    ):
        return True  # "올해 투자가 8,000억위안을 넘어선다면 … 3조5,000억위안으로 늘어나게 된다": if, then
    if _HAD_IT.search(candidate.text, candidate.sentence_start, q.start) and _WOULD_HAVE.search(
        candidate.text, q.end, candidate.sentence_start + len(candidate.sentence)
    ):
        return True  # "…였더라면 … 6% 안팎으로 설정했을 것이다": had it been so, it would have been set
    return bool(_SUPPOSED.match(candidate.text, q.end)) and bool(
        _SUBJECT_BEFORE.search(candidate.text, candidate.clause_start, q.start)
    )


# A figure someone else expects, named by the verb that modifies it: "협회에서 예상한 올해 판매량
# 3290만대, 신에너지차 판매량 1600만대에는 못 미친다" — set against the plan, not the plan's own.
_EXPECTED_BY = re.compile(r"(?:에서|이|가|은|는)\s(?:[^\s.]+\s){0,2}?(?:예상|전망|예측|추산|추정)한\s")


def is_expected_by_another(candidate: Candidate) -> bool:
    q = candidate.quantity
    before = candidate.text[candidate.sentence_start : q.start]
    opened = list(_EXPECTED_BY.finditer(before))
    return bool(opened) and not has_verb(before[opened[-1].end() :], vocabulary().forward)


def describes_the_level_after(candidate: Candidate) -> bool:
    """The whole and the share that describe the figure after them: "2,900척의 4%인 3,000척", "기금의
    20%에 해당하는 600억위안"."""
    q = candidate.quantity
    after = candidate.text[q.end : q.end + 30]
    if _WHOLE_OF_SHARE.match(after):
        return True
    if q.counter == "분의" and _PART_THAT_IS.match(after):
        return True
    if q.unit != "percent":
        return False
    # the share of a figure ("2,900척의 4%인 …"), not of a measure ("GDP의 2.5%인 9000억 위안", a target)
    of_a_figure = _OF_A_FIGURE.search(candidate.text, max(0, q.start - 20), q.start)
    # (or of an amount of money: "투자금액의 70%인 350억위안")
    of_an_amount = _of_an_amount().search(candidate.text, max(0, q.start - 20), q.start)
    return bool(_SHARE_EQUAL_TO.match(after) or (of_a_figure or of_an_amount) and _SHARE_THAT_IS.match(after))


@cache
def _of_an_amount() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(vocabulary().amount_wholes)})의\s?$")


# "2,900척의 4%인 3,000척": the whole, then its share, then the level; "기금의 20%에 해당하는
# 600억위안": a share equal to the amount after it.
_WHOLE_OF_SHARE = re.compile(r"의\s?[\d.]+\s?%인\s?[\d,.]+")
_SHARE_THAT_IS = re.compile(r"인\s?[\d,.]+\s?[가-힣A-Za-z]")
# A fraction of a total just named, equal to the amount after it: "이중 3분의 1 남짓인 7731억 위안".
_PART_THAT_IS = re.compile(
    r"\s?(?:남짓|가량|정도|이상|이하|약)?\s?(?:인|에\s?해당하는|에\s?달하는)\s?[\d,.]+\s?[가-힣A-Za-z]"
)
_SHARE_EQUAL_TO = re.compile(r"에\s?(?:해당|상당)하는\s?[\d,.]+\s?[가-힣A-Za-z]")
_OF_A_FIGURE = re.compile(r"\d\s?[가-힣A-Za-z]{1,3}의\s?$")


# A figure a target was revised by, not the level it was set at ("…로 상향 조정"): "고정자산투자
# 증가율은 평균 0.89%포인트 상향 조정됨", "목표를 1%p 하향 조정했다".
_REVISED_BY = re.compile(r"(?:포인트|p)?\s*(?:씩\s*)?(?:상향|하향)\s?조정")


# The target a revision replaces: "기존 목표치 180만㎾를 2000만㎾로 대폭 상향조정", "종전 계획 50개에서
# 80개로 늘렸다" — the new level is the commitment.
# (or one told in the past: "목표였던 5만7천 개")
_FORMER_TARGET = re.compile(
    r"(?:(?:기존|종전|당초|원래|이전)(?:의)?\s?(?:목표치?|계획)(?:인|였던|은|는)?|목표치?(?:였던|이던))\s*$"
)
_REPLACED_BY = re.compile(r"\s?(?:을|를|에서|보다)\s(?:[^\s\d]+\s){0,2}?[\d.,]+")


# What a count leaves out is there already: "기존 399개 일반 공항을 제외하면", "378개 공항을 제외한 나머지".
_LEFT_OUT = re.compile(
    r"\s?(?:[가-힣]+\s){0,2}?[가-힣]*(?:을|를)\s?제외(?:하면|한|하고)"
    # … or the existing ones listed, besides which more is built: "7개의 수도방사선, 11개의 남북종선 외 …"
    r"|(?:의)?\s[가-힣]+(?:,\s?\d{1,3}개의\s[가-힣]+)*\s외(?:에|의)?\s"  # (not 내외, about)
)
# … or, with no noun between, the existing count itself: "노선을 기존 3개 외에 16개를 증설할 방침"
# (a bare "10개 외에" may be new ones as well, so only where 기존/현재 names them as there already)
_EXISTING = re.compile(r"(?:기존|현재)(?:의)?\s?$")
_BESIDES = re.compile(r"\s?외(?:에|의)?\s")
# … and what a plan adds to it: "기존 15개 시범지역에 22개 도시를 추가해".
_ADDED_TO = re.compile(
    r"\s?(?:[가-힣]+\s)?[가-힣]*에\s(?:[^\s,.]+\s){0,2}?\S*\d\S*\s(?:[^\s,.]+\s)?[가-힣]*(?:을|를)\s(?:추가|더해|더하|늘려|증설|신설)"
)


def is_left_out(candidate: Candidate) -> bool:
    """A count of what is there already, which a plan adds to or leaves out."""
    text, q = candidate.text, candidate.quantity
    if _LEFT_OUT.match(text, q.end):
        return True
    if _EXISTING.search(text, 0, q.start) and _ADDED_TO.match(text, q.end):
        return True  # "기존 15개 시범지역에 22개 도시를 추가해": the count there already, added to
    return bool(_BESIDES.match(text, q.end) and _EXISTING.search(text, 0, q.start))


# A figure another is compared with is its base: "지난 계획 시기의 7.5%와 비교해 …", "작년 2억 톤에
# 비해" — the figure compared is what the sentence is about.
# What another figure is measured against, last year's level (_LAST_YEARS) before it: "작년의 5,940만톤보다 ".
# (past a bracket that glosses the level: "지난해 735억2천만달러(전년 대비 51.6%증가)보다 15% 이상 늘려")
_THAN = re.compile(r"\s?(?:[(（][^)）]{0,30}[)）])?\s?보다\s")
_COMPARED_TO = re.compile(
    r"\s*(?:이상|이하|안팎|내외|가량|정도|수준)?[”’\"')]*\s?(?:(?:와|과)\s?비교(?:해|하면|하여|할\s?때)|에\s?비해|에\s?비하면"
    # a standard or a size in brackets that the figure before it is measured against: "WHO 기준치
    # (25㎍/㎥)보다 높지만", "하이난성 총면적(3만 5400㎢)에 근접하는"
    r"|(?<=\))\s?(?:보다|에\s?근접|의\s?[\d.]+\s?배))"
)


# "올해 목표치인 44억t에 비해 크게 증가": the base is itself a target the sentence states.
_NAMED_AS_TARGET = re.compile(r"목표(?:치|액)?(?:인|는|은)\s(?:약\s?)?$")
_LAST_YEARS = re.compile(r"(?:작년|지난해|전년|지난\s?해)(?:의)?\s?$")
# … or this year's or today's, which next year's is set against: "내년 적자율 목표는 4%로, 올해 3%보다 높게",
# maybe told by what was done with it: "올해 나눠준 8천 파타카보다 1천 파타카 인상된 금액"
_BASE_YEARS = re.compile(
    r"(?:작년|지난해|전년|지난\s?해|올해|금년|현재|현행)(?:의)?\s?(?:[가-힣]{1,4}(?:한|된|준|던|받은)\s)?$"
)


# The level something stands at, modifying it as the object of a change by a share named next: "연간
# 5천명을 웃도는 탄광사고 사망자 수를 올해 10% 정도 줄인다" (a level to reach names none: "…100개에 달하는
# 기업을 육성").
_LEVEL_BEFORE_CHANGE = re.compile(
    r"\s?(?:을|를|이|가|에)?\s?(?:웃도는|넘는|넘어서는|상회하는|달하는|이르는)\s[^.,]{1,30}?(?:을|를)\s"
    r"[^.,\d]{0,15}?[\d.]+\s?%\s?(?:정도|가량|이상|안팎|내외)?\s?"
    r"(?:줄|감축|감소|낮추|낮춘|늘|확대|증가|높이|높인|제고|인하|인상)"
)


# The level now told with 로, then the deadline and the level it is to be raised to: "…55만5500대로 향후
# 2020년까지 500만대로 끌어 올린다".
_LEVEL_THEN_RAISED = re.compile(
    r"\s?(?:으로|로)\s(?:향후\s|오는\s|앞으로\s)?(?:(?:19|20)\d{2}|['’]\d{2})\s?년\s?(?:말\s?)?까지\s"
    r"(?P<level>[^.,]{0,15}?[\d][\d.,]*\s?\S{0,4}?)\s?(?:으로|로)\s"
    r"(?:끌어\s?올|늘|확대|증가|높|제고|올리|올린)"
)


def is_level_now_modifier(candidate: Candidate) -> bool:
    """The level now, told as a modifier of what it measures: "현재 480만대인 베이징시의 자동차 등록대수는",
    "현재 전체 전력생산량중 1% 수준에 머물고 있는 핵발전 전력비중이"."""
    q = candidate.quantity
    return bool(
        _NOW_BEFORE.search(candidate.text, candidate.clause_start, q.start)
        and _IS_MODIFIER.match(candidate.text, q.end)
    )


# "현재", "지금" before the level, a few words of its scope between ("현재 480만대인 …", "현재 전체 전력생산량중
# 1% 수준에 머물고 있는 …"); the copula's modifier form, or staying at it, after it.
_NOW_BEFORE = re.compile(r"(?:현재|지금)\s(?:[^\s\d,.]+\s){0,3}?(?:약\s?)?$")
_IS_MODIFIER = re.compile(
    r"(?:\s?[(（][^)）]*[)）])?\s?(?:수준)?(?:인|이던|였던|(?:에|으로|로)\s?(?:머물고|머물러|그치고)\s?있는)\s"
)


def is_level_before_change(candidate: Candidate) -> bool:
    """The level now of what a share is to change, told as the modifier of its object; or told with
    로 before the deadline and the level it is raised to: "등록된 친환경차는 55만5500대로 향후 2020년까지
    500만대로 끌어 올린다" (not a stage with its own deadline: "2025년까지 50%로 2030년까지 80%로")."""
    q = candidate.quantity
    if q.unit != "percent" and _LEVEL_BEFORE_CHANGE.match(candidate.text, q.end):
        return True
    raised = _LEVEL_THEN_RAISED.match(candidate.text, q.end)
    if not raised or "까지" in candidate.text[candidate.clause_start : q.start]:
        return False
    level = leading_quantity(raised.group("level"))
    return level is not None and level.unit == q.unit


def is_change_to_level(candidate: Candidate) -> bool:
    """The change that modifies the level right after it, in the same unit: "지금보다 100만 명 더
    증가한 2천300만 명으로" — the level is the commitment, the change follows from it."""
    q = candidate.quantity
    change = _CHANGE_MODIFIER.match(candidate.text, q.end) or _CHANGE_AS_SUBJECT.match(candidate.text, q.end)
    if not change:
        return False
    level = leading_quantity(candidate.text[change.end() :])
    return level is not None and level.unit == q.unit


# The change as the subject of its verb, modifying the level after it: "50척이 줄어든 1400척".
_CHANGE_AS_SUBJECT = re.compile(r"\s?(?:이|가)\s(?:더\s?)?(?:늘어난|증가한|감소한|줄어든|확대된|축소된)\s")


def is_change_between_levels(candidate: Candidate) -> bool:
    """The change between two levels stated right before it: "기존 250GW에서 260GW로 10GW 증대" — the
    levels say it, the change is worked out from them."""
    q = candidate.quantity
    before = candidate.text[candidate.clause_start : q.start]
    if (
        (compared := _LEVEL_THEN_COMPARED.search(before))
        and (change := _GLOSSED_CHANGE_AFTER.match(candidate.text, q.end))
        and any(level.unit == q.unit for level in find_quantities(compared.group()))
        and not re.search(
            vocabulary().explicit_forward, _PREDICATE_REST.match(candidate.text, change.end()).group()
        )
    ):
        # "연초예산은 237억 위안으로 전년 예산보다 37억 위안(18.97%) 증가": the level reported first, in
        # the same unit (not a growth rate a budget is told with, "…로 전년 대비 14.7% 증가", nor the
        # increase a plan sets beside its level, "1억1,000만헥타로 올해보다 6만6,000헥타 정도 늘릴 계획")
        return True
    return bool(_BETWEEN_LEVELS.search(before)) and bool(_CHANGE_AFTER.match(candidate.text, q.end))


def is_restated_change(candidate: Candidate) -> bool:
    """A change a sentence (or clause) opening with 이는 works out for the figure before it: "이는 … 90GW에서 10%
    이상 증대된 것이다", "이는 지난해보다 20% 늘어난 규모다"; or a bracket right after the figure."""
    if _CHANGE_GLOSS_OPENED.search(
        candidate.text, max(0, candidate.quantity.start - 40), candidate.quantity.start
    ) and (_CHANGE_AFTER.match(candidate.text, candidate.quantity.end)):
        return True  # "지난해 735억2천만달러(전년 대비 51.6%증가)보다 …": the change of the level before it
    opening = (candidate.sentence, candidate.clause.lstrip())  # "…할 계획이며, 이는 …": a clause may open it
    return any(_RESTATING_OPENER.match(text) for text in opening) and bool(
        _CHANGE_DONE.match(candidate.text, candidate.quantity.end)
        or candidate.quantity.counter == "배"
        and _MULTIPLE_SIZED.match(candidate.text, candidate.quantity.end)
    )


# … or a multiple of another figure that sizes it: "이는 … 싼샤댐 발전용량의 2.1배에 이르는 규모다".
_MULTIPLE_SIZED = re.compile(
    r"\s?(?:이상|가량|정도)?\s?(?:에\s?(?:이르는|달하는|해당하는)|인)\s(?:[^\s\d.]+\s)?(?:규모|수준|수치|것)"
)
# The bound and the "더" a change may print between its figure and its verb: "5% 이상 늘어난", "1GW 더 증대".
_CHANGE_BOUND = r"\s*(?:이상|가량|정도|안팎|내외|여)?\s*(?:더\s)?"
# A change right after a figure: "… 10GW 증대", "… 5% 이상 늘어난".
_CHANGE_AFTER = re.compile(_CHANGE_BOUND + r"(?:증대|증가|늘|확대|확충|상향|감소|줄|축소|하락|상승)")
# Two levels of a change, the one it starts from and the one it reaches: "250GW에서 260GW로 ".
_BETWEEN_LEVELS = re.compile(r"\d\S*\s?(?:에서|으로부터|로부터)\s\S*\d\S*?(?:으로|로)\s*$")
# A level reached, then the year before it is compared with: "237억 위안으로 전년 예산보다 ".
_LEVEL_THEN_COMPARED = re.compile(
    r"\d[\d,.\s조억만천]*\s?[^\s\d,]{0,6}(?:으로|로)\s[^,\d을를]{0,15}(?:보다|대비|에\s?비해)\s*$"
)
# The rest of a predicate, up to a bracket or a comma: "…릴 계획이라고", not "[주로는 … 과기계획 …]".
_PREDICATE_REST = re.compile(r"[^\[(（,]*")
# … and the change, past a gloss of it in brackets: "37억 위안(18.97%) 증가".
_GLOSSED_CHANGE_AFTER = re.compile(r"(?:\s?[(（][^)）]{0,15}[)）])?" + _CHANGE_AFTER.pattern)
# A bracket right after a level that opens on the year it is compared with: "735억2천만달러(전년 대비 ".
_CHANGE_GLOSS_OPENED = re.compile(r"\d\S*\s?[(（]\s?(?:전년|작년|지난해|전년도)?\s?(?:동기\s?)?대비\s?$")
# A sentence that explains the figure before it: "이는 …", "이것은 …".
_RESTATING_OPENER = re.compile(r"(?:이는|이것은)\s")
# … and a change it works out, done: "… 10% 이상 증대된 것이다", "… 20% 늘어난 규모다".
# (the figure may take its particle first: "이는 5년새 총 1억 명이 줄어든 수치다")
_CHANGE_DONE = re.compile(
    _CHANGE_BOUND
    + r"(?:이|가)?\s?(?:증대된|증가한|증가된|늘어난|늘린|확대된|상향된|감소한|줄어든|축소된|하락한|상승한|많은|높은|적은|낮은)\s"
    r"(?:것|규모|수준|수치|셈)"
)


def is_comparison_base(candidate: Candidate) -> bool:
    q = candidate.quantity
    if _BASE_YEARS.search(candidate.text, max(0, q.start - 18), q.start) and _THAN.match(
        candidate.text, q.end
    ):
        return (
            True  # "작년의 5,940만톤보다 190만톤이 늘어난": last year's level, what a change is measured from
        )
    if not _COMPARED_TO.match(candidate.text, q.end):
        return False
    named = _NAMED_AS_TARGET.search(candidate.text, 0, q.start)
    # (a target named is the figure compared, unless it is last year's: "작년 목표치인 8%에 비해")
    return not named or bool(_LAST_YEARS.search(candidate.text, max(0, named.start() - 8), named.start()))


def is_old_target(candidate: Candidate) -> bool:
    """ "기존 목표치 180만㎾를 2000만㎾로 상향"; a plan once set, in the past perfect: "중국은 당초 2020년까지
    … 4000만㎾를 확보한다는 계획을 세웠었다" (since replaced)."""
    q = candidate.quantity
    if _ORIGINALLY.search(candidate.text, candidate.sentence_start, q.start) and (
        _PAST_PERFECT.search(candidate.sentence) or _WAS_THE_PLAN.search(candidate.tail)
    ):
        return True  # "애초에 … 매년 4%씩 감소시킨다는 계획이었지만, …": the plan as it was
    if _INSTEAD_OF.match(candidate.text, q.end):
        return True  # "2015년 감축폭도 20% 대신에 10%로 적용": the figure another replaces
    if _LAST_YEARS_TARGET.search(candidate.text, candidate.sentence_start, q.start) and _WAS.match(
        candidate.text, q.end
    ):
        return True  # "지난해 목표치는 '7% 안팎'이었다": last year's target, told as it was
    if _SET_FORMERLY.match(candidate.text, q.end) and _set_anew(candidate):
        return True  # "3만메가와트로 잡았던 풍력발전은 10만메가와트로 늘린다": the level once set
    if _SET_FORMERLY_AS_GOAL.match(candidate.text, q.end) and (
        _set_anew(candidate) or "달성" in candidate.sentence
    ):
        return True  # "1100만 명을 목표로 잡았던 도시신규고용은 250만명 초과 달성한": the goal once set
    return bool(
        _FORMER_TARGET.search(candidate.text, 0, q.start) and _REPLACED_BY.match(candidate.text, q.end)
    )


# Last year's target as the topic, and the copula in the past after its figure: "지난해 목표치는 '7% 안팎'이었다".
_LAST_YEARS_TARGET = re.compile(
    r"(?:지난해|작년|전년)(?:의)?\s(?:[^\s\d]+\s)?목표(?:치)?(?:는|은)\s?['‘\"“]?$"
)
_WAS = re.compile(r"\s?(?:안팎|내외|정도|가량|이상|이하)?\s?['’\"”]?\s?(?:이었|였)(?:다|고|으며|지만|는데)")
# A figure another takes the place of: "20% 대신에 10%로", "5만 대 대신 8만 대를".
_INSTEAD_OF = re.compile(r"\s?(?:[(（][^)）]{0,25}[)）])?\s?(?:을|를)?\s?대신(?:에|하여|해)?\s[^.]{0,20}?\d")


# A level set in the past perfect adnominal (-었던), of the measure named after it: "…로 잡았던 …".
_SET_FORMERLY = re.compile(r"\s?(?:으로|로)\s?(?:잡았던|정했던|설정했던|세웠던|책정했던|제시했던|내세웠던)\s")
# … or set as the goal: "1100만 명을 목표로 잡았던 도시신규고용은 …".
_SET_FORMERLY_AS_GOAL = re.compile(
    r"\s?(?:을|를)\s?목표로\s?(?:잡았던|정했던|설정했던|세웠던|제시했던|내세웠던)\s"
)
# The new level of that measure, later in the sentence: "… 10만메가와트로 늘린다".
_NEW_LEVEL_AFTER = re.compile(r"\s?(?:이상\s?)?(?:으로|로|까지)\s")


def _set_anew(candidate: Candidate) -> bool:
    """A later figure of the same unit in the sentence is a level to reach (…로): the measure set anew."""
    start, end = candidate.quantity.end, candidate.sentence_start + len(candidate.sentence)
    return any(
        q.unit == candidate.quantity.unit and _NEW_LEVEL_AFTER.match(candidate.text, start + q.end)
        for q in find_quantities(candidate.text[start:end])
    )


_ORIGINALLY = re.compile(r"당초|원래|애초")
# A plan told in the past, against what came after: "…한다는 계획이었지만", "목표였으나".
_WAS_THE_PLAN = re.compile(r"(?:계획|목표|방침)이었(?:지만|으나|는데)")
_PAST_PERFECT = re.compile(r"(?:었었|았었|였었|했었|웠었|졌었|렸었|됐었|갔었|왔었)(?:다|으나|는데|지만)")


def is_revision_size(candidate: Candidate) -> bool:
    """ "0.5%포인트 상향 조정", "9%에서 6%로 3%p나 내렸다": the size of a revision, not its level."""
    q = candidate.quantity
    if q.unit == "percentage_points" and _CHANGED_BY.match(candidate.text, q.end):
        return True
    if not _REVISED_BY.match(candidate.text, q.end):
        return False
    # ("기본 연금을 5% 상향 조정한다": an amount raised by a share is the raise itself, unless what is
    # revised is a target, an outlook or a rate: "성장률 전망을 0.5% 하향 조정")
    before = candidate.text[candidate.sentence_start : q.start]
    return q.unit != "percent" or bool(_REVISED_MEASURE.search(before))


# What a revision by a share is of, when it is no amount: a target, an outlook, a rate.
_REVISED_MEASURE = re.compile(r"목표|전망|예상|예측|[률율](?:을|를|은|는|이|가|도)?\s")
# What a change by so many points did: "3%p나 내렸다", "2%p 낮춘".
_CHANGED_BY = re.compile(
    r"\s?(?:나|를|만큼|씩)?\s?(?:내렸|내린|낮췄|낮춘|올렸|올린|높였|높인|끌어내렸|인하|인상"
    # … or how far a target stands from the last one: "작년 목표치인 8%에 비해 0.5%포인트 떨어진 것이다"
    r"|떨어진|낮아진|높아진|올라간|내려간)"
)


# An age that bounds a group of people: "65세 이상 노인", "3세 미만 영유아", "45세 이하 청년",
# "만 3세까지 자녀", "2~3세 어린이".
_AGE_GROUP = re.compile(
    r"\s*(?:(?:이상|이하|미만|초과)(?:의)?\s*[가-힣]|(?:의\s)?(?:어린이|영유아|유아|아동|노인|청년|학생|미성년|청소년))"
)


def is_age_group(candidate: Candidate) -> bool:
    q = candidate.quantity
    full_age = candidate.text[max(0, q.start - 2) : q.start] == "만 "  # "만 3세까지 자녀": 만 is full age
    # "매년 1만 위안을 5세까지 지원": the age support lasts until (not "기대수명을 80세까지")
    until_age = (
        bool(_UNTIL_AGE.match(candidate.text, q.end))
        and "수명" not in candidate.text[max(0, q.start - 15) : q.start]
    )
    return q.counter == "세" and (full_age or until_age or bool(_AGE_GROUP.match(candidate.text, q.end)))


_UNTIL_AGE = re.compile(r"\s?(?:까지|가\s?될\s?때까지)")


def is_bare_figure(candidate: Candidate) -> bool:
    """A line that is the figure alone ("'13조 5700억 위안'" as a news page's subheading): it names
    no measure, so nothing can be recorded of it (the body states the figure where it means one)."""
    rest = candidate.sentence.replace(candidate.quantity.text, "", 1)
    return not re.search(r"[가-힣A-Za-z]", rest)


def is_price_stated(candidate: Candidate) -> bool:
    """What a thing costs, stated by a copula: "가격은 21만위안이지만 … 보조금 덕에" (a product's price,
    no commitment; not a price a body sets: "가격을 …로 인하")."""
    return bool(
        _PRICE_TOPIC.search(candidate.text, candidate.clause_start, candidate.quantity.start)
        and _COPULA_AFTER.match(candidate.text, candidate.quantity.end)
    )


# The price as the topic or subject, right before its amount: "가격은 ", "판매가격이 약 ".
_PRICE_TOPIC = re.compile(r"(?:가격|판매가|시판가|출고가|소매가)(?:은|는|이|가)\s?(?:약\s?|대당\s?)?$")
# A copula after an amount: "…이지만", "…이다", "…인데", "…이며".
_COPULA_AFTER = re.compile(r"\s?(?:이지만|이다|인데|이며|이고|입니다|으로\s?(?:책정돼|정해져)\s?있)")


# The set a figure is picked from: "전국 30개 성 가운데", "41개 주요 제조업 내 1위", "100개 기업 중 20개".
# … and one of them: "전국 15개 솔선적으로 허가를 받은 수출가공구 시점구역의 하나인데"
_POOL_TAIL = re.compile(
    r"(?:의)?(?:\s[가-힣()·∙]+){1,3}?\s(?:가운데|중에서|중\s|내\s?(?:\d+\s?위|에서))"
    r"|(?:의)?(?:\s[가-힣()·∙]+){1,5}?의\s(?:하나|한\s곳)(?:인|이|로|이며|다)"
)


# A share written as a part of a pool: "신차 2대 중 1대는", "10명 중 3명이" (one in two, three in ten).
_PART_OF = re.compile(r"\d[^\s\d]{0,3}\s?(?:[가-힣]{1,6}\s)?중\s?$")  # "4대 국영은행 중 2곳"
# … set aside by a verb of allotting: "… 중 2만대는 특별히 전기자동차를 위해 할당함으로써".
_ALLOTTED_PART = re.compile(r"[^.,]{0,40}?(?:할당|배정|배분|책정)")
# The top or bottom of a ranking, a set a figure is given to: "상위 10개사", "하위 20% 기업".
_TOP_OF = re.compile(r"(?:상위|하위)\s?$")
_POOL_OF_PART = re.compile(r"\s?중\s?\d")


# A small round whole a proportion is told against: "10대 중 7대", "100명 가운데 3명", "2가구 중 1가구".
_PROPORTION_BASE = re.compile(r"(?<![\d.,])(?:2|3|4|5|10|100)\s?(?:대|개|명|곳|가구|채)\s?(?:중|가운데)\s?$")


def is_pool(candidate: Candidate) -> bool:
    q = candidate.quantity
    if q.unit not in ("count", "people"):
        return False
    if _TARGET_IS.search(candidate.text, 0, q.start):
        return False  # "연간 목표 289만채중 207만채": the target, whatever share of it is done
    if (
        _PART_OF.search(candidate.text, max(0, q.start - 8), q.start)
        and _ALLOTTED_PART.match(candidate.text, q.end)
        and not _PROPORTION_BASE.search(candidate.text, max(0, q.start - 8), q.start)
    ):
        # "번호판 10만대 중 2만대는 특별히 전기자동차를 위해 할당": the part set aside, a target (not "신규 차량 10대 중
        # 7대는 신에너지차에 배정": a proportion, seven in ten)
        return False
    return bool(
        _POOL_TAIL.match(candidate.text, q.end)
        or _POOL_OF_PART.match(candidate.text, q.end)
        or _PART_OF.search(candidate.text, max(0, q.start - 16), q.start)
        or _TOP_OF.search(candidate.text, max(0, q.start - 6), q.start)  # "상위 10개사에 전체의 60%를"
    )


def is_reported_rank(candidate: Candidate) -> bool:
    """A place in a ranking that nothing plans ("생산량은 국내 도시 1위로 자리잡았다", "… 목표
    공개…시짱 1위"): a standing, not a rank to reach ("전국 3위권 진입", "3위권 진입을 목표로")."""
    if candidate.quantity.unit != "rank":
        return False
    if _RANK_DESCRIBES.match(candidate.text, candidate.quantity.end):
        return True  # "온실가스 배출 세계 1위인 중국이", "탄소배출 2위 국가 中": who it is, whatever it plans
    vocab = vocabulary()
    reached_for = has_verb(candidate.tail, vocab.forward) and not reports_fact(candidate.tail)  # "3위권 진입"
    return not (reached_for or re.search(vocab.explicit_forward, candidate.clause))


# A month of last year opening a sentence before its subject: "지난해 12월 국가발전계획위원회는 …".
# (or its end: "작년 말 중국 정부는 올해 … 쿼터를 1조3900억위안으로 정하고")
_ANNOUNCED_IN = re.compile(
    r"^\s*((?:지난해|작년)\s?(?:\d{1,2}월(?:\s?\d{1,2}일)?|말|연말)(?:에)?)\s+\S+(?:\s\S+){0,3}?(?:은|는|이|가)\s"
)
# Last year's meeting, after the subject, where what follows was set: "중국은 지난해 전국인민대표대회(전인대)에서 …".
_SET_AT_LAST_YEARS = re.compile(
    r"^\s*\S+(?:\s\S+)?(?:은|는|이|가)\s((?:지난해|작년)\s?(?:\d{1,2}월\s?)?\S*(?:회의|대회|전회|회)(?:[(（][^)）]*[)）])?에서)\s"
)
# "현재" opening a sentence before its subject: "현재 베이징시는 …", "현재 베이징 시는 …".
_NOW_AS_SUBJECT = re.compile(r"^\s*현재\s?,?\s+(?:\S+\s)?\S+(?:은|는|이|가)\s")
# "이미" opening a description of the sentence's topic: "이미 세계 최장의 … 운영하는 중국은 …".
_ALREADY_OF_TOPIC = re.compile(
    r"^\s*이미\s[^.,\d]{0,50}?[가-힣](?:하는|되는|있는|인)\s(?:[^\s.,]+\s){0,2}?[^\s.,\d]+(?:은|는)\s"
)
# An arrow after a figure reports the change it was: "중국 수출액 10%↑", "재고 5%↓".
_ARROW_CHANGE = re.compile(r"\s?[↑↓⬆⬇]")
# A rank that describes the country, city or firm right after it: "세계 1위인 중국이", "2위 국가 中".
# (not the rank to become: "전국 3위권 도시로 도약할 계획")
_RANK_DESCRIBES = re.compile(
    r"\s?(?:인|이자|의)?\s?(?:중국|中|국가|나라|경제체|도시|기업)(?:은|는|이|가|의|\s|,|$)"
    # "세계 2위의 에너지 소비대국으로": a great power of some kind
    r"|\s?(?:인|이자|의)\s(?:[가-힣]+\s)?[가-힣]*(?:대국|강국)(?:으로|이|인|의|\s)"
    # "세계 1위 항만인 홍콩을": the place or thing a noun in apposition names
    r"|\s[가-힣]{1,6}(?<!목표)(?:인|이자)\s"
    # "세계 5위를 기록한 부산항도": the rank a place held, told of it
    r"|\s?(?:를|을)\s(?:기록|차지)(?:한|했던)\s"
)


# "6G는 4G보다 100배 빠른 … 기술을 말한다": a sentence that says what a word means.
_DEFINITION_END = re.compile(r"(?:을|를)\s*(?:말한다|뜻한다|의미한다|가리킨다|일컫는다)\s*\.?\s*$")


def is_definition(candidate: Candidate) -> bool:
    """ "… X를 말한다"; a unit defined by another: "(畝·1무는 약 200평)", "1mu는 0.067ha이다"."""
    q = candidate.quantity
    if q.value == 1 and _UNIT_DEFINED.match(candidate.text, q.end):
        return True
    if _DEFINED_IN_BRACKET.search(candidate.text, max(0, q.start - 40), q.start):
        return True  # "2200만TEU(1TEU=20피트 컨테이너 1개)": what one unit is, in brackets
    return bool(_DEFINITION_END.search(candidate.sentence))


# A bracket that opens by equating one unit with so much of another: "(1TEU=20피트 컨테이너 1개)".
_DEFINED_IN_BRACKET = re.compile(r"[(（]\s?1\s?[A-Za-z가-힣㎡㎥㎞]{1,5}\s?[=＝]\s?[^()（）]*$")
# One unit said to be so much of another: "1무는 약 200평", "1마일은 1.6km".
_UNIT_DEFINED = re.compile(r"\s?(?:은|는)\s?(?:약\s?)?[\d.,]+\s?[가-힣A-Za-z]")


def evidence_of(
    candidate: Candidate,
    found: list[Candidate],
    ctx: ArticleContext,
    lead_year: int | None,
    parent: Line | None,
) -> Evidence:
    vocab = vocabulary()
    q = candidate.quantity
    prefix = candidate.text[: q.start]
    verb = first_verb(candidate.tail, vocab.forward_verbs + vocab.historical_predicates)
    tense = "past" if reports_fact(candidate.tail) else "forward" if verb else "none"
    words = vocab.forecast + vocab.historical_markers + vocab.past_until
    cue_text = _without_false_forecasts(candidate.clause + " " + prefix)  # (not the 전망 of 송전망)
    region, city = place_for(candidate, ctx, parent)
    unit = unit_of(candidate, found)
    subject = list_subject(candidate, found)
    if "_per_10k_" in unit or unit.endswith(
        ("_per_km", "_per_100km")
    ):  # "1만명당 360대": the base is no subject
        subject = rate_subject(subject, unit)
    return Evidence(
        sentence=candidate.text,
        clause=candidate.clause,
        anchor=anchor_of(candidate, ctx.issue_year, ctx.issue_month),
        inherited=lead_year,
        verb=verb,
        tense=tense,
        cues=tuple(w for w in words if w in cue_text),
        region=region,
        city=city,
        subject=subject,
        unit=unit,
    )


def _central_body_before(candidate: Candidate) -> bool:
    """A central body named in the sentence before the number: in an article on the operators,
    "국무원 리극강 총리가 정부사업보고에서 … 료금을 15% 더 낮추고" is the government's target."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    return any(place.kind == "national" for place in gazetteer.find_places(before))


def unit_of(candidate: Candidate, found: list[Candidate]) -> str:
    return rate_unit(candidate, found) or candidate.quantity.unit


def public_body_acts(candidate: Candidate) -> bool:
    """A public body is the subject of the number's own clause, inside a sentence whose topic is a
    company or a foreign agency: "코트라는 … 중국 정부가 4조 위안을 투입하기로 한 … 프로젝트 진출을 지원",
    "…연구원은 "… 중국 정부의 담당자가 2015년까지 … 20GW로 확대할 예정"이라며"."""
    before = candidate.text[candidate.sentence_start : candidate.quantity.start]
    quoted = _open_quote(before)
    topic = _QUOTED_TOPIC.match(quoted) if quoted is not None else None
    if topic and _is_public_body(topic.group("topic"), placed=False):
        return True  # "…연구원은 "중국 정부는 … 2만3000km 철도 노선을 건설하는 데 …": the body the quote is about
    subjects = list(_NOMINATIVE.finditer(before))
    if not subjects:
        return False
    owner, noun = subjects[-1].group("owner") or "", subjects[-1].group("noun")
    if noun in _OFFICIALS:
        return bool(owner) and _is_public_body(owner, placed=False)  # "정부의 담당자가"
    return _is_public_body(noun, placed=False) or _is_public_body(f"{owner} {noun}".strip(), placed=False)


def _open_quote(text: str) -> str | None:
    """What `text` quotes after a quote mark it leaves open ("… 연구원은 “중국 정부는 … "), or None."""
    curly = text.rfind("“")
    if curly > text.rfind("”"):
        return text[curly + 1 :]
    if text.count('"') % 2:
        return text[text.rfind('"') + 1 :]
    return None


# The topic a quote opens with: "중국 정부는 ", "국무원은 ".
_QUOTED_TOPIC = re.compile(r"\s*(?P<topic>[가-힣A-Za-z]+(?:\s[가-힣A-Za-z]+)?)(?:은|는)\s")
# The subject a clause names with 가/이 (not the topic, 은/는), with the word before it: "중국 정부가 ",
# "정부의 담당자가 " (the government's official).
_NOMINATIVE = re.compile(
    r"(?:(?P<owner>[가-힣A-Za-z]+?)(?:의)?\s)?(?P<noun>[가-힣A-Za-z]+)(?<![있없같])(?:가|이)\s"
)
# Who speaks for a body: its official, spokesman, person in charge.
_OFFICIALS = frozenset(("담당자", "관계자", "대변인", "관리", "책임자", "당국자"))


def decide(
    candidate: Candidate, found: list[Candidate], ctx: ArticleContext, lead_year: int | None
) -> tuple[str | None, str]:
    """(state, rule): the first rule of `_WHAT_IT_IS` that rejects, else the status rules, else
    whose plan it is."""
    rejected = next((name for name, test in _WHAT_IT_IS if test(candidate, found)), None)
    if rejected:
        return None, rejected
    state, name = status(candidate, ctx, lead_year)
    if (
        state == "target"
        and (
            is_company_plan(candidate.sentence, candidate.line.text, article_text=ctx.text)
            or continues_company_plan(candidate, ctx)
        )
        and not granted_to_subject(candidate)
        and not public_body_acts(candidate)
    ):
        return None, "company_plan"
    if (
        state == "target"
        and ctx.private
        and _subject_place(candidate.sentence) is None
        and not _central_body_before(candidate)
    ):
        return None, "private_actor_plan"  # a company's or university's own plan
    if state == "target" and is_foreign(candidate, ctx):
        return None, "foreign_plan"
    return state, name


def granted_to_subject(candidate: Candidate) -> bool:
    """A grant a cited plan hands the company its sentence names as topic: "신고지침에 따르면 …
    팹리스 업체는 총 비용 중 50%를 300만위안 한도에서 지원하고" (the company receives, the plan gives)."""
    vocab = vocabulary()
    verb = _first_word(candidate.tail, vocab.forward_verbs + vocab.grant_verbs)
    return verb in vocab.grant_verbs and bool(_plan_citation().search(candidate.sentence))


def line_decisions(
    ctx: ArticleContext,
    line: Line,
    history: History,
    continuation: str = "",
    continues: bool = False,
) -> list[Decision]:
    found = list(candidates(line, continuation, continues))
    found = [as_yuan(c) if ctx.won_is_yuan or glossed_yuan(c) else c for c in found]
    # a headline's deadline stands in for a lead bullet only where no plan period frames the
    # article (short news: "■ 우한시, '27년까지 …" over bullets without a year)
    lead_year = inherited_year(line, history) or (None if ctx.plan else ctx.deadline)
    parent = parent_line(line, history)
    out = []
    for candidate in found:
        q = candidate.quantity
        lead = paragraph_deadline(candidate, ctx.issue_year) or lead_year
        state, name = decide(candidate, found, ctx, lead)
        evidence = partial(evidence_of, candidate, found, ctx, lead, parent)
        decision = Decision(line, ctx.article.seq, q.text, q.value, unit_of(candidate, found), name, evidence)
        copies = []
        if state is not None:
            decision.record = candidate_record(candidate, decision.evidence, state, name, ctx, history)
            copies = shared_copies(decision, candidate)
        out.append(decision)
        out.extend(copies)  # in the order the text names their places, after the first
    return out


# Between the places of a list: "베이징시, 상하이시", "광둥성과 저장성", "△ 베이징(北京) △ 상하이".
_BETWEEN_LISTED = re.compile(r"\s*(?:[,，、·△]|과|와)\s*")
# After the last: its subject particle, maybe after 등 ("간쑤(甘肅), 산시(陝西)등은 …"). ("허페이 등
# 도시" ends no subject list.)
# ("흑룡강, 복건, … 청해 등지의 목표는": the goals of the places listed)
_SUBJECT_AFTER = re.compile(r"(?:[(（][^)）]{1,10}[)）])?\s?(?:등지의\s?목표|등지|등)?(?:이|가|은|는)\s")


def places_as_subject(text: str) -> str | None:
    """The places listed as the subject of `text` ("베이징시, 상하이시, 광둥성이 … 6% 이상으로 제시",
    "강서, 신강이 7% 좌우", "△ 베이징(北京) △ 상하이(上海)은 …"), which share its figure: the span
    of the list, None unless two or more places are joined by list marks and the last takes a
    subject particle."""
    places = _list_items(text)
    for last in range(len(places) - 1, 0, -1):
        if not _SUBJECT_AFTER.match(text, places[last].end):
            continue
        first = last
        while first > 0 and _BETWEEN_LISTED.fullmatch(
            _unglossed(text[places[first - 1].end : places[first].start])
        ):
            first -= 1
        if first < last:
            return text[places[first].start : places[last].end]
    return None


# A subject of its own between a list of places and a later figure: "…, 나머지 대부분 지역이 5%" (places
# of their own; not the measure the list's places set, "…등지의 목표는 … 도농주민인당수입이 두배에").
_OWN_SUBJECT = re.compile(r"(?:지역|도시|지방|[성시현])(?:이|가|은|는)\s")


def _has_own_subject(between: str) -> bool:
    """A place as a subject of its own between a list of places and a later figure ("…, 나머지 대부분
    지역이 5%", "…, 네이멍구는 10%")."""
    if _OWN_SUBJECT.search(between):
        return True
    return any(_SUBJECT_AFTER.match(between, place.end) for place in gazetteer.find_places(between))


def _unglossed(gap: str) -> str:
    return re.sub(r"^[(（][^)）]{1,20}[)）]", "", gap)  # "베이징(北京) △ 상하이": the gloss of the one before


def _list_items(text: str) -> list[gazetteer.Place]:
    """The places of `text` as items of a list: not the nation, not a Latin gloss ("산둥성(Shandong)"),
    and a province printed before a city of its own ("산둥성 지난시와 칭다오시") one item, the city's."""
    text = strip_dateline(text)
    places = [
        p
        for p in gazetteer.find_places(text)
        if p.kind != "national" and not (text[p.start].isascii() and text[p.start - 1 : p.start] in "(（")
    ]
    items: list[gazetteer.Place] = []
    for place in places:
        before = items[-1] if items else None
        if (
            before is not None
            and before.city is None
            and place.city is not None
            and place.region == before.region
            and not _unglossed(text[before.end : place.start]).strip()
        ):
            items[-1] = replace(place, start=before.start, text=text[before.start : place.end])
        else:
            items.append(place)
    return items


# The mark that opens an item of an inline list.
_ITEM_MARK = re.compile(r"[▲△▷▶►]")
# "각각 1억 위안", "모두 80% 이상": one figure stated for each of several places or measures.
# (a deadline may stand between: "각각 연말까지 1만 개 이상")
_EACH = re.compile(r"(?:각각|각기|모두|공히)\s*(?:[^\s\d]{1,6}까지\s*)?(?:최대\s*|약\s*)?$")
# Items joined by middle dots with one figure each: "영어ㆍ한글ㆍ일본어판으로 각각 1200만위엔씩".
_DOTTED_EACH = re.compile(r"((?:[^\s·ㆍ,]+[·ㆍ])+[^\s·ㆍ,]+?)(?:으로|로|은|는|이|가|에)?\s(?:각각|각기)\s*$")
# Two subjects joined by 과/와 with one figure each: "경제형 주택과 염가주택은 각각 400만㎡로".
_PAIR_EACH = re.compile(r"((?:[^\s,]+\s)?[^\s,]+)(?:과|와)\s([^\s,]+?)(?:은|는|이|가)\s(?:각각|각기)\s*$")
# The marks of an inline list: "▷기업 경영 디지털화 보급률 ▷전자상거래 도입 기업 비율 등을 모두 80%".
_INLINE_ITEM = re.compile(r"[▷▶►①-⑩]\s*")


def _places_listed(text: str) -> list[tuple[str, str | None]]:
    places: list[tuple[str, str | None]] = []
    for place in _list_items(text):
        key = (place.region, place.city)
        if key not in places:
            places.append(key)
    return places


# Between two figures of a list stated "respectively": "1,300만 톤과 1,000만 톤", "5%, 6%", "3조(…) 및 2조".
# (each figure may keep its own qualifier, "5.0% 이상과 5.0% 내외", or stand in quotes, "‘5.5%‘ ‘5.5% 이상’")
_RUN_GAP = re.compile(
    r"\s*(?:[(（][^)）]*[)）])?\s*(?:이상|이하|내외|안팎|정도|수준|가량)?\s*"
    r"(?:[,，、]|과|와|및|[’'‘\"”“]\s*[‘'\"“])\s*(?:약|대략)?\s*"  # "6% 이상, 약 6.5%, 약 5.5%"
)


def figure_run(candidate: Candidate) -> tuple[int, int] | None:
    """(index, count) of the candidate in a run of two or more figures of its unit joined by list
    words, None when it stands alone."""
    q = candidate.quantity
    end = candidate.sentence_end if candidate.sentence_end is not None else len(candidate.text)
    # (figures of its unit only: a conversion in brackets between two stands in no run,
    # "780억 위안(약 13조6700억원), 745억 위안")
    figures = [
        f
        for f in find_quantities(candidate.text[:end])
        if f.start >= candidate.sentence_start and f.unit == q.unit
    ]
    at = next((i for i, f in enumerate(figures) if f.start == q.start), None)
    if at is None:
        return None

    def joined(a: Quantity, b: Quantity) -> bool:
        return a.unit == b.unit and bool(_RUN_GAP.fullmatch(candidate.text[a.end : b.start]))

    first = last = at
    while first > 0 and joined(figures[first - 1], figures[first]):
        first -= 1
    while last + 1 < len(figures) and joined(figures[last], figures[last + 1]):
        last += 1
    return (at - first, last - first + 1) if last > first else None


# Two items, each with its own deadline, right before the one figure they share: "버스는 2017년까지, 택시는
# 2020년까지 ".
_DEADLINES_EACH = re.compile(
    r"([가-힣A-Za-z]+)(?:은|는)\s((?:19|20)\d{2})년\s?까지\s?,\s?([가-힣A-Za-z]+)(?:은|는)\s((?:19|20)\d{2})년\s?까지\s?$"
)


def shared_copies(decision: Decision, candidate: Candidate) -> list[Decision]:
    """The figure once more for each further place or listed measure it is stated for ("베이징과
    상하이에 각각 1억 위안" is two commitments); the decision itself keeps the first."""
    q = candidate.quantity
    before = candidate.text[candidate.clause_start : q.start]
    if decision.record is None:
        return []
    if pair := _DEADLINES_EACH.search(candidate.text, candidate.sentence_start, q.start):
        # "버스는 2017년까지, 택시는 2020년까지 100% 전동화": one figure, two items each with its deadline
        decision.record = replace(decision.record, subject_ko=pair[1], target_year=int(pair[2]))
        second = replace(decision.record, subject_ko=pair[3], target_year=int(pair[4]))
        return [
            Decision(decision.line, decision.article_seq, decision.value_text, decision.value, decision.unit,
                     decision.rule, decision.evidence, second)
        ]  # fmt: skip
    listed = places_as_subject(candidate.text[candidate.sentence_start : q.start])
    if listed and _has_own_subject(
        candidate.text[candidate.text.rfind(listed, 0, q.start) + len(listed) : q.start]
    ):
        listed = (
            None  # "랴오닝·윈난은 4.5%, 나머지 대부분 지역이 5%": the later figure has a subject of its own
        )
    if listed and (run := figure_run(candidate)):
        # "베이징시와 톈진시는 … 각 1,300만 톤과 1,000만 톤을": one figure each, in the places' order
        index, count = run
        places = _places_listed(listed)
        if len(places) == count:
            region, city = places[index]
            decision.record = replace(decision.record, region=region, city=city)
        return []
    if listed:
        before = listed  # the list itself: the clause may begin inside it
    elif not _EACH.search(before):
        return []
    if re.match(r"\s*[,，、]\s*\d", candidate.text[q.end :]):
        return []  # "각각 500만 위안, 200만 위안": one amount each, in order
    record = decision.record
    places = _places_listed(before)
    if len(places) < 2 and not listed:
        # "베이징(北京), 상하이(上海), 청두(成都), 선전 등 도시는 각각": the list opens before the clause,
        # within its item of an inline list ("△장쑤성 120만 명, △광둥성, 허난성 각각 110만 명")
        marks = [m.end() for m in _ITEM_MARK.finditer(candidate.text, candidate.sentence_start, q.start)]
        item = marks[-1] if marks else candidate.sentence_start
        places = _places_listed(candidate.text[item : q.start]) or places
    each = years_each(candidate)
    if len(places) >= 2 and (run := figure_run(candidate)) and run[1] == len(places):
        # "간쑤(甘肅)와 충칭(重慶)은 … 각각 780억 위안(…),  745억 위안을": one figure each, in order
        region, city = places[run[0]]
        decision.record = replace(record, region=region, city=city)
        return []
    if len(places) >= 2:
        records = [replace(record, region=region, city=city) for region, city in places]
    elif each and each.count == 1 and len(each.years) >= 2:  # "2024년, 2025년 … 각각 1억 톤씩"
        records = [replace(record, target_year=year) for year in each.years]
    else:
        items = [clean_subject(re.sub(r"\s*등(?:을|를|은|는|이|가)?\s.*$", "", item))
                 for item in _INLINE_ITEM.split(before)[1:]]  # fmt: skip
        if len(items) < 2 and not figure_run(candidate) and (pair := _PAIR_EACH.search(before)):
            items = [pair.group(1), pair.group(2)]  # "경제형 주택과 염가주택은 각각 400만㎡": one each
        if len(items) < 2 and not figure_run(candidate) and (dotted := _DOTTED_EACH.search(before)):
            items = re.split(r"[·ㆍ]", dotted.group(1))  # "영어ㆍ한글ㆍ일본어판으로 각각 1200만위엔씩"
        if len(items) < 2:
            return []
        records = [replace(record, subject_ko=item) for item in items]
    decision.record = records[0]
    return [
        Decision(decision.line, decision.article_seq, decision.value_text, decision.value, decision.unit,
                 decision.rule, decision.evidence, copy)
        for copy in records[1:]
    ]  # fmt: skip


def candidate_record(
    candidate: Candidate, evidence: Evidence, state: str, rule_name: str, ctx: ArticleContext, history
) -> Commitment:
    q, line = candidate.quantity, candidate.line
    kind = "actual" if state == "actual" else kind_of(candidate)
    year = target_year_of(candidate, ctx, history)
    # a budget allotted with no year is the year's: "예산을 … 3981억위안으로 책정했고"
    if (
        year is None
        and rule_name == "allotted_level"
        and not _has(candidate.sentence, vocabulary().per_year_words)
    ):
        year = ctx.issue_year
    dated = (
        periods.year_mentions(line.text)
        or funds_this_or_next_year(candidate.text)
        # (or an earlier sentence's: "내년 … 보조금을 지급하기로 했다. … 1인당 300위안이 지급된다")
        or funds_this_or_next_year(candidate.line.text[: candidate.sentence_start])
        and paragraph_year_planned(candidate, ctx.issue_year)
        or window_end(candidate, ctx.issue_year, ctx.issue_month)
        # money to be spent in a plan's time is due by its end: "'12.5'계획 기간 동안 54억위안을 투자해"
        or periods.five_year_plan_time(candidate.sentence)
    )
    if (
        kind == "funding"
        and not dated
        and rule_name != "allotted_level"  # a budget allotted is the year's ("지출은 … 위안으로 결정")
        # (a total invested under a title or lead of this year's work is this year's: "연변이 올해 … 방침이다"
        # over "새 농촌 건설 보조자금으로 7백만위엔 … 을 투자할 계획이다")
        and not (
            invests_total(candidate)
            and (
                year_in_context(candidate, ctx, history)
                or ctx.this_year
                or deadline_set_after(candidate, ctx)
            )
        )
        and not _has(
            candidate.sentence, vocabulary().vouchers
        )  # vouchers are this year's, whatever their kind
        and not allotted_now(candidate)
    ):
        # a standing support measure has no deadline (GUIDELINES), nor a cap over a span ("3년 내 최대
        # 100만 위안 지원"); "올해 45억 위안" and "앞으로 3년간 500억 위안을 투자" have one
        year = None
    as_of = None
    if kind == "actual":  # a baseline has no deadline: the year it describes goes to as_of_year
        year, as_of = None, evidence.anchor.year if evidence.anchor else ctx.issue_year
    level = confidence(
        rule_name,
        kind,
        evidence,
        value_text=q.text,
        qualifier=q.qualifier,
        ranged=q.value_max is not None,
        after=line.text[q.end :],
        before=candidate.text[candidate.sentence_start : q.start],
        heading=is_heading(line),
    )
    return _record(
        ctx,
        line,
        q.value,
        q.text,
        evidence.unit,
        q.qualifier,
        year,
        evidence.subject,
        kind,
        evidence.region,
        evidence.city,
        value_max=q.value_max,
        per_year=per_year(candidate),
        as_of_year=as_of,
        confidence=level,
        rule=rule_name,
    )


def funds_this_or_next_year(text: str) -> bool:
    """Support for this year or the next ("올해 45억 위안의 자금을 조달해", "내년 … 1인당 9천 파타카를
    지급하겠다"), not a standing measure that starts then ("올해부터 연간 6억 위안 규모의 바우처를 발행")."""
    years = (*_this_year().finditer(text), *_next_year().finditer(text))
    return any(not text.startswith("부터", m.end()) for m in years)


def is_heading(line: Line) -> bool:
    """Headlines, ■ lines and numbered section headings ("1) 1000개 우수 기업기술센터 육성")
    restate what the body says."""
    if line.kind in ("headline", "subheadline"):
        return True
    if _YEAR_HEADING.match(line.text):
        return False  # "2015년" heads the goals under it: a lead, not a restatement (lead_year)
    return bool(_NUMBERED_HEADING.match(line.text) or _FIGURE_HEADING.match(line.text))


_NUMBERED_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:-\s*)?\d{1,2}\)\s")
# A section titled by its figure alone: "◇'7%'", "■ 300GW" over the paragraph that states it.
_FIGURE_HEADING = re.compile(r"^\s*[◇◆■□▶●○#*-]*\s*['‘“\"]?[\d.,]+\s*[^\s\d'’”\"]{0,4}['’”\"]?\s*$")


def table_decisions(ctx: ArticleContext) -> tuple[set[int], list[Decision]]:
    """The lines of the article's tables, and a decision per cell of its year-by-year target tables."""
    table_lines: set[int] = set()
    cells: list[Decision] = []
    for table in ctx.article.tables:
        if _is_non_commitment_table(table):
            table_lines.update(row.line for row in table.rows)
        elif year_columns(table):
            table_lines.update(row.line for row in table.rows)
            for line, record in table_records(ctx, table):
                cells.append(
                    Decision(line, ctx.article.seq, record.value_text, record.value, record.unit,
                             "year_table_cell", None, record)
                )  # fmt: skip
    return table_lines, cells


def article_decisions(ctx: ArticleContext) -> list[Decision]:
    """Every candidate of the article with its decision; the taken ones carry their record."""
    table_lines, cells = table_decisions(ctx)
    decisions: list[Decision] = list(cells)
    body: list[Decision] = []
    headings: list[Decision] = []
    history = History()
    here = ctx  # the page's context, or that of the newsletter item the line belongs to
    for index, line in enumerate(ctx.article.lines):
        if line.kind == "caption" and re.search(r"※|참고", line.text):
            history.clear()  # a 〈※ 참고 …〉 box opens a block of its own (a table title does not)
            if (year := planned_year_of_box(line, ctx.issue_year)) is not None:
                history.append(
                    (line, year)
                )  # "※ '14년 … 지방정부 투자계획 규모" over "- 쓰촨성 … 2.88조 위안"
        if is_item_title(line.text):
            history.clear()  # a newsletter item: its own actor, its own deadlines
            here = item_context(ctx, line.text)
        if line.number in table_lines or line.kind in ("caption", "reference", "source"):
            continue
        found = line_decisions(
            here, line, history, continuation_of(ctx.article, index), continues_previous(ctx.article, index)
        )
        decisions.extend(found)
        taken = [d for d in found if d.record is not None]
        if is_heading(line):
            headings.extend(taken)
        else:
            body.extend(taken)
            history.append((line, lead_year(line, ctx.issue_year)))  # a headline's year is no lead
    lead = frozenset(line.number for line in _prose_lines(ctx.article)[:_LEAD_LINES])
    kept = drop_restating_rows(
        deduplicate(body, lead=lead if ctx.bulletin.kind == "article" else frozenset())
    )
    kept += absorb_table_cells([d for d in cells], kept)
    body_records = [d.record for d in kept]
    # a figure the body states but did not take ("백서에 따르면 … 1만1천여개 … 세웠다") is no
    # commitment in the headline either
    body_figures = [
        (d.value, d.unit)
        for d in decisions
        if d.record is None and d.value is not None and not is_heading(d.line)
    ]
    for heading in deduplicate(headings):
        record = heading.record
        stated = any(unit == record.unit and _same(value, record.value) for value, unit in body_figures)
        if stated or _restates(record, body_records, heading=True):
            heading.drop("heading_restates_body")
        else:
            kept.append(heading)
    doubt_repeats(kept)
    targets = [d.record for d in kept if d.record.kind != "actual"]
    for decision in kept:
        if decision.record.kind == "actual" and not is_baseline(decision.record, targets):
            decision.drop("actual_not_baseline")
    return sorted(decisions, key=lambda d: d.line.number)


def extract_article(ctx: ArticleContext) -> list[Commitment]:
    return [d.record for d in article_decisions(ctx) if d.record is not None]


def is_baseline(actual: Commitment, targets: list[Commitment]) -> bool:
    """An actual figure is kept only as the baseline of a target: stated on the same line in the
    same unit ("'22년 628억 위안 … '25년 1,100억 위안 달성 예정"), or measuring the same subject
    ("현재 '전정특신 소거인' 기업 약 9,000개" against "'전정특신 소거인' 기업 만 개")."""
    for target in targets:
        if target.unit != actual.unit:
            continue
        if target.line == actual.line or _similar(target.subject_ko, actual.subject_ko):
            return True
    return False


def _similar(a: str, b: str) -> bool:
    """ "청두시 인공지능 산업 규모" measures what "인공지능 핵심 산업 규모" does;
    "인공지능 혁신 응용 선도구" does not measure "성(省) 인공지능 혁신 플랫폼"."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.6


def absorb_table_cells(cells: list[Decision], body: list[Decision]) -> list[Decision]:
    """A table cell that a body sentence already states (same value, unit and year) is a
    restatement (GUIDELINES: 002 l.189-191 vs l.196-203); each sentence absorbs one cell."""
    free = [d.record for d in body]
    kept = []
    for cell in cells:
        record = cell.record
        twin = next(
            (
                b
                for b in free
                if b.unit == record.unit
                and b.target_year == record.target_year
                and _same(b.value, record.value)
            ),
            None,
        )
        if twin is None:
            kept.append(cell)
        else:
            free.remove(twin)
            cell.drop("table_cell_in_body")
    return kept


def doubt_repeats(kept: list[Decision]) -> None:
    """A figure the article stated before on another line, under a subject worded otherwise, may
    restate it ("대형 소비 분야 3개" in the lead, "대형 소비 시장 3개" below): kept, but no longer high."""
    seen: list[Commitment] = []
    for decision in sorted(kept, key=lambda d: d.line.number):
        record = decision.record
        repeated = any(
            other.line != record.line and other.unit == record.unit and _same(other.value, record.value)
            for other in seen
        )
        if repeated and record.confidence == "high":
            decision.record = replace(record, confidence="medium")
        seen.append(record)


def drop_restating_rows(taken: list[Decision]) -> list[Decision]:
    """A row of a label | value table that states a figure a sentence of the article states too
    (the sentence "세수 수입은 2% 이상 증가시키고", the row "| 세수 수입 증가율 | 2% 이상 |") restates
    it, whichever comes first: the sentence is the record."""
    sentences = [d.record for d in taken if d.line.kind != "table"]
    kept = []
    for decision in taken:
        record = decision.record
        if decision.line.kind == "table" and any(
            s.unit == record.unit and _same(s.value, record.value) and _names_alike(decision.line, s.sentence)
            for s in sentences
        ):
            decision.drop("table_cell_in_body")
        else:
            kept.append(decision)
    return kept


def _names_alike(row: Line, sentence: str) -> bool:
    """The row's label (its first cell without a figure) is worded as the sentence words the
    measure: most of its words are in the sentence ("일반 세수 수입 증가율" / "일반 세수 수입은 …")."""
    cells = [c.strip() for c in re.split(r"\t|\|", row.text) if c.strip()]
    label = next((c for c in cells if not re.search(r"\d", c)), "")
    words = re.findall(r"[가-힣A-Za-z&]{2,}", label)
    return bool(words) and 2 * sum(w in sentence for w in words) > len(words)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _rounds(short: float, full: float) -> bool:
    """`short` is `full` rounded or cut at `short`'s last digit, and says at least two digits: a
    headline's "1.5억t" for the body's "1억5833만t" (not "100개" for "150개")."""
    if short <= 0 or full <= 0 or short != int(short):
        return False
    step = 1
    while short % (step * 10) == 0:
        step *= 10
    if short / step < 10:
        return False
    return abs(full - short) < step


def _is_non_commitment_table(table: Table) -> bool:
    header = " ".join(table.rows[0].cells) if table.rows else ""
    return _has(header, vocabulary().non_commitment_table_headers)


def deduplicate(taken: list[Decision], lead: frozenset[int] = frozenset()) -> list[Decision]:
    """Keep the first full statement of each commitment; number repeats on one line. `lead`: the
    lines of a news page's lead, whose figures the story restates below in other words."""
    kept: list[Decision] = []
    restated_on: set[tuple[int, int, float]] = set()  # (line, lead line, value): one restatement a line
    for decision in sorted(taken, key=lambda d: d.line.number):
        record = decision.record
        if summary := _lead_summary_of(record, kept, lead):
            summary.drop("restated")  # the body states it in full: its own year
            kept.remove(summary)
        # (a row of a table names its own measure in its label: only a subject alike restates it)
        elif (
            restates := _restates(
                record,
                [k.record for k in kept],
                heading=False,
                lead=lead if decision.line.kind != "table" else frozenset(),
            )
        ) and (record.line, restates.line, record.value) not in restated_on:
            # (the lead's one figure restates one of a line's, not each: "2개의 10만t급 및 2개의 3만t급")
            restated_on.add((record.line, restates.line, record.value))
            decision.drop("restated")
            if restates.target_year is None and record.target_year is not None:
                _date_from_restatement(kept, restates, record.target_year)
            continue
        occurrence = 1 + sum(
            1 for k in kept if k.record.line == record.line and k.record.value_text == record.value_text
        )
        if occurrence > 1:
            decision.record = replace(record, occurrence=occurrence, id="")
        kept.append(decision)
    return kept


def _date_from_restatement(kept: list[Decision], undated: Commitment, year: int) -> None:
    """The year a restatement gives the figure its lead left undated: "중국이 628억위안을 투자, …" dated
    by "국무원은 2010년까지 … 정부 자금 628억위안 외에 …"."""
    for decision in kept:
        if decision.record is undated:
            decision.record = replace(undated, target_year=year)


def _lead_summary_of(record: Commitment, kept: list[Decision], lead: frozenset[int]) -> Decision | None:
    """A news lead's figure with no year of its own ("고급 인력 100만명을 유치한다", dated only by
    the headline's deadline) that the body states with its own year ("2025년까지 100만 명의 고급
    인재를 유치한다"): the body's sentence is the full statement (GUIDELINES), the lead's a summary."""
    if record.line in lead or record.rule != "future_year":
        return None
    for decision in kept:
        other = decision.record
        if (
            other.line in lead
            and other.rule in ("inherited_deadline", "forward_verb")
            and other.unit == record.unit
            and other.kind == record.kind
            and other.region == record.region
            and _same(other.value, record.value)
        ):
            return decision
    return None


def _both_pledged_money(one: Commitment, other: Commitment) -> bool:
    """Two amounts of money pledged, whichever of target and funding each verb made it: "자녀 1명당
    3600위안 … 지급" restated as "1인당 매년 3600위안을 … 받을 수 있다"."""
    return one.unit in _MONEY and {one.kind, other.kind} <= {"target", "funding"}


def _restates(
    record: Commitment, earlier: list[Commitment], *, heading: bool, lead: frozenset[int] = frozenset()
) -> Commitment | None:
    """The record stating the same value and unit earlier, of the same kind and subject; a heading restates
    a body figure of any kind ("베이징, 1만1천여개 5G 기지국 건설" over a body that reports it built).
    On a news page the same figure for the same year and place as one its lead (`lead`) states
    restates it under any subject: a story says its number in the lead, again in a quote, again
    below; its body, like a bulletin's article, lists distinct targets that often share a round
    number (50개, 100개; "2025년 로봇 50%", "2025년 선박 50%")."""
    for other in earlier:
        if other.line == record.line or other.unit != record.unit:
            continue
        if other.kind != record.kind and not heading and not _both_pledged_money(other, record):
            continue
        if not _same(other.value, record.value) and not (heading and _rounds(record.value, other.value)):
            continue
        if not heading and (_other_provinces(other, record) or _province_after_nation(other, record)):
            continue  # "장쑤성은 5%의 목표치를" after "산둥성은 5%": the same figure, another place's
        if heading or _same_subject(other.subject_ko, record.subject_ko):
            return other
        if (
            other.line in lead
            and other.region == record.region
            and (
                record.target_year in (None, other.target_year)
                # (the lead's undated amount dated below: "중국이 628억위안을 투자, …" and "국무원은
                # 2010년까지 … 정부 자금 628억위안 외에 …"; a share is too common a figure to be the same)
                or other.target_year is None
                and record.unit != "percent"
            )
            # (a multiple says too little to be the same figure: "GDP를 … 2010년의 두배로" in the lead and
            # "소득을 2010년의 2배로" below are two targets)
            and record.unit != "ratio"
        ):
            # a news page restates its lead's figure in a quote or below, worded otherwise (undated
            # below: "中 원전 11기 건설 승인…2030년 …" over "중국 정부가 … 원자력발전소 11기 건설 계획을 승인했다")
            return other
    return None


def _province_after_nation(earlier: Commitment, later: Commitment) -> bool:
    """A province's figure after the nation's on a later line ("중앙은 2010년의 두배" … "흑룡강, 복건 …
    등지의 목표는 중앙과 같았는데 … 두배"): the provinces' own commitments, the same number."""
    return (
        earlier.region == gazetteer.NATIONAL
        and later.region != gazetteer.NATIONAL
        and later.line != earlier.line
    )


def _other_provinces(a: Commitment, b: Commitment) -> bool:
    """Two provinces (or two cities of one), neither the nation: commitments of two places."""
    return gazetteer.NATIONAL not in (a.region, b.region) and (a.region, a.city) != (b.region, b.city)


_QUOTED_NAME = re.compile(r"['‘“]([^'’”]+)['’”]")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")


def _same_subject(a: str, b: str) -> bool:
    """ "우수 기업기술센터" and "시급 기업기술센터" name one thing, and so do "전정특신기업" and
    "전정특신(專精特新) 기업"; "첨단 로봇 제품" and "휴머노이드 로봇 제품의 소량 생산" do not, nor
    "'인공지능+생산' 혁신 활용 시나리오" and "'인공지능+생활' 혁신 활용 시나리오" (two named programmes)."""
    names_a, names_b = set(_QUOTED_NAME.findall(a)), set(_QUOTED_NAME.findall(b))
    if names_a and names_b and names_a != names_b:
        return False
    a, b = (_BRACKETED.sub("", text).replace(" ", "") for text in (a, b))
    return bool(a and b) and (a in b or b in a or _shared_run(a, b) >= 5)


def _shared_run(a: str, b: str) -> int:
    """Length of the longest run of characters two subjects share, spaces ignored."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
