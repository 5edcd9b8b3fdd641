"""Places: the province-level units, the cities and zones, the economic regions and the
central bodies that the bulletins name, read from etl/data/*.csv.

`find_places` finds every mention in a line, the way Korean writers print them: with or
without the suffix (광둥성, 광저우시, 린강신구), with the Chinese characters in brackets
(쑤저우(蘇州)시, 산시성(陝西)), in several spellings (톈진/텐진/천진). It prefers precision:

- a name glued to another word is part of that word: 베이징대학교, 홍콩과기대학,
  중국과학원다롄화학물리연구소, 광저우에너지연구원 are not place mentions (an institute
  written apart from its city, "광저우 에너지연구소", does give the city);
- a name that is also a common Korean word (the `word_aliases` columns: 선전 propaganda,
  지난 last, 창사 founding, 시안 draft, 저장 storage, 신장 growth, 강소 small-but-strong …)
  counts only with its suffix (선전시), with its Chinese characters (지난(济南)), or next to
  another place in a list ("난징, 우한, 창사", "광저우-선전");
- a name in the `suffix_aliases` column (the prefecture-level cities beyond those the bulletins
  name, in both their Chinese-pronunciation and Sino-Korean spellings: 솽야산/쌍압산) counts only
  with its suffix or its Chinese characters, never by a neighbour: many are Korean words;
- a name in the `hanja_aliases` column counts only with its Chinese characters: 장강 is the
  Yangtze unless printed 장강(張江), the Zhangjiang zone of Shanghai;
- a Korean name shared by two places (산시 = Shanxi 山西 or Shaanxi 陕西; 황푸 = Huangpu of
  Guangzhou 黄埔 or of Shanghai 黄浦) is told apart by its Chinese characters, else by the
  other places of the text (the nearer one wins: "윈난, 산시, 닝샤, 간쑤" is Shaanxi), else it
  is the place marked `preferred` in the data (Shaanxi; Huangpu of Guangzhou);
- the places in the bracket that defines an economic region ("징진지(베이징-톈진-허베이)")
  are its definition, not mentions of their own.

A zone records the city it lies in where that city is below province level (난사 → city
Guangzhou, as the gold labels do) and records itself inside a municipality (린강신구 →
"Lingang New Area"): the `record_as` column of cities.csv.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from etl.config import REFERENCE_DIR

NATIONAL = "National"


@dataclass(frozen=True)
class Province:
    name_en: str
    name_ko: str
    name_zh: str
    kind: str  # municipality | province | autonomous_region | sar | taiwan
    iso_code: str
    aliases: tuple[str, ...]
    lat: float
    lon: float


@dataclass(frozen=True)
class EconomicRegion:
    name_en: str
    name_ko: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class City:
    name_en: str
    name_ko: str
    name_zh: str
    province: str  # name_en of its province
    aliases: tuple[str, ...]
    record_as: str = ""  # the `city` value of a record: a district of Guangzhou records Guangzhou


@dataclass(frozen=True)
class Place:
    region: str  # province name_en, economic region name_en, or "National"
    city: str | None
    text: str  # the mention as printed, with suffix and bracketed Chinese: "쑤저우(蘇州)시"
    start: int  # text == line[start:end]
    end: int
    kind: str  # province | city | economic_region | national


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(alias.strip() for alias in cell.split(";") if alias.strip())


def _aliases(row: dict[str, str], *columns: str) -> tuple[str, ...]:
    """The other names of a row (its own Korean name left out), in the order of the columns."""
    names = (alias for column in columns for alias in _split(row[column]))
    return tuple(dict.fromkeys(name for name in names if name != row["name_ko"]))


@cache
def provinces() -> list[Province]:
    return [
        Province(
            name_en=row["name_en"],
            name_ko=row["name_ko"],
            name_zh=row["name_zh"],
            kind=row["kind"],
            iso_code=row["iso_code"],
            aliases=_aliases(row, "aliases", "word_aliases"),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        for row in _rows("provinces.csv")
    ]


@cache
def economic_regions() -> list[EconomicRegion]:
    return [
        EconomicRegion(name_en=row["name_en"], name_ko=row["name_ko"], aliases=_split(row["aliases"]))
        for row in _rows("economic_regions.csv")
    ]


@cache
def cities() -> list[City]:
    return [
        City(
            name_en=row["name_en"],
            name_ko=row["name_ko"],
            name_zh=row["name_zh"],
            province=row["province"],
            aliases=_aliases(row, "aliases", "word_aliases", "suffix_aliases", "hanja_aliases"),
            record_as=row["record_as"] or row["name_en"],
        )
        for row in _rows("cities.csv")
    ]


@cache
def _central_bodies() -> dict[str, bool]:
    """Central bodies as printed → whether a mention in running text names them (중국 alone does not)."""
    return {row["issuer_ko"]: row["in_text"] == "yes" for row in _rows("issuers.csv") if row["name_en"]}


@cache
def _unnamed_issuers() -> frozenset[str]:
    """Words that name no body on their own ("정부", "중국"): issuers.csv rows with alone = no."""
    return frozenset(row["issuer_ko"] for row in _rows("issuers.csv") if row["alone"] == "no")


# --- matching -------------------------------------------------------------------------------

# How sure a bare name is: plain names count wherever they stand as a word; common-word names
# need a suffix, their Chinese characters or a neighbouring place; suffix-only names (the
# prefecture-level cities of the `suffix_aliases` column, whose short names are often Korean
# words: 보이 is Pu'er and "seen") need their suffix or their Chinese characters; Hanja-only names
# need their Chinese characters.
PLAIN, WORD, SUFFIX, HANJA = "plain", "word", "suffix", "hanja"

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@dataclass(frozen=True)
class _Target:
    """What a name can refer to."""

    kind: str
    region: str
    city: str | None
    chinese: tuple[str, ...]  # Chinese forms, to read the bracket after a name
    lat: float | None
    lon: float | None
    preferred: bool


@cache
def _targets_by_name() -> dict[str, list[tuple[_Target, str]]]:
    """Korean name → the places it can name, each with how sure a bare mention is."""
    names: dict[str, list[tuple[_Target, str]]] = {}

    def add(target: _Target, plain: tuple[str, ...], word=(), hanja=(), suffixed=()) -> None:
        for guard, aliases in ((PLAIN, plain), (WORD, word), (SUFFIX, suffixed), (HANJA, hanja)):
            for alias in aliases:
                if not re.search(f"[{_CJK}]", alias):
                    names.setdefault(alias, []).append((target, guard))

    coordinates = {}
    for row in _rows("provinces.csv"):
        target = _Target(
            "province",
            row["name_en"],
            None,
            _chinese(row),
            float(row["lat"]),
            float(row["lon"]),
            bool(row["preferred"]),
        )
        coordinates[row["name_en"]] = (target.lat, target.lon)
        # the pinyin name as some Korean pages print it: "중국 Fujian 지방정부는 …"
        add(target, (*_plain_names(row, "word_aliases"), row["name_en"]), _split(row["word_aliases"]))
    for row in _rows("cities.csv"):
        lat, lon = coordinates[row["province"]]
        target = _Target(
            "city",
            row["province"],
            row["record_as"] or row["name_en"],
            _chinese(row),
            lat,
            lon,
            bool(row["preferred"]),
        )
        plain = _plain_names(row, "word_aliases", "hanja_aliases", "suffix_aliases")
        add(
            target,
            plain,
            _split(row["word_aliases"]),
            _split(row["hanja_aliases"]),
            _split(row["suffix_aliases"]),
        )
    for region in economic_regions():
        target = _Target("economic_region", region.name_en, None, (), None, None, False)
        add(target, (region.name_ko, *region.aliases))
    for body, in_text in _central_bodies().items():
        if in_text:
            add(_Target("national", NATIONAL, None, (), None, None, False), (body,))
    return names


def _plain_names(row: dict[str, str], *guarded_columns: str) -> tuple[str, ...]:
    """The Korean name and aliases of a row that need no guard."""
    guarded = {name for column in guarded_columns for name in _split(row[column])}
    return tuple(name for name in (row["name_ko"], *_split(row["aliases"])) if name not in guarded)


def _chinese(row: dict[str, str]) -> tuple[str, ...]:
    cells = (row["name_zh"], *_split(row["aliases"]))
    return tuple(cell for cell in cells if re.fullmatch(f"[{_CJK}]+", cell))


def _name_pattern(name: str) -> str:
    """A name as a regex; between the words of a region's name a bracket may stand:
    "청두(成都)·충칭(重庆) 경제권", "위강아오(광둥·홍콩·마카오) 대만구"."""
    parts = re.split(r"([·\- ])", name)
    pattern = re.escape(parts[0])
    for separator, part in zip(parts[1::2], parts[2::2], strict=True):
        pattern += r"(?:\([^()]{1,30}\))?" + re.escape(separator) + re.escape(part)
    return pattern


# Administrative suffixes and zone words glued to a name: 광둥성, 광저우시, 네이멍구자치구,
# 린강신구, 상하이자유무역구, 빈하이 고신구 is spaced so not a suffix, 창수 첨단기술개발구 likewise, 난사과학성; an
# ethnic autonomous prefecture or county, 연변조선족자치주, 장백조선족자치현; a zone glued to its
# city, 청두하이테크산업개발지구; a city's port, 광저우항.
_SUFFIX = (
    r"[가-힣]{1,4}족자치(?:주|현|구)|위구르자치구|자치주|자치현|특별행정구|자치구|(?:하이테크|첨단기술|고신기술)산업개발(?:지)?구"
    # a free trade zone glued to its place: 상하이자유무역구, 광둥자무역구 (自贸区), 하이난자유무역항
    r"|자유무역시험구|자유무역(?:지|시험)?구|자무역구|자유무역항|종합보세구"
    r"|첨단기술개발구|경제기술개발구|경제개발구|개발구|고신구|과학성|신구|성|시|구|현"
    r"|항구|항"  # a city's port: "광저우항이 …", "다롄항을" (not 공항: "민항공항" is no Minhang)
)
# Suffixes that make a name a proper noun even when a word follows: 광동성실험실, 광저우시정부.
_STRONG_SUFFIXES = {"특별행정구", "자치구", "자치주", "자치현", "신구", "성", "시"}
# The city's party committee or government glued after its suffix, which makes even a name that is
# a Korean word a place: "녕안시위와 녕안시정부의 주도하에" (市委, 市政府).
_GOVERNMENT_GLUED = re.compile(
    r"(?:정부|인민정부|위원회|당위|위)(?:[의이가을를은는와과에도]|에서)?(?![가-힣])"
)
# The Chinese characters printed after a name: 빈하이(滨海), 이창시(宜昌市), 린강신구(臨港新區)
_HANJA_BRACKET = rf"\((?P<hanja>[{_CJK}·]+)\)"
# After a name: nothing Korean, or a particle and then nothing Korean. "광저우시는", "선전, ",
# "베이징에서"; not "베이징대학교", "광저우에너지연구원", "지난해".
# ("간쑤(甘肅), 산시(陝西)등은": a list closed by 등 and its particle; "광시지역에": the place as a
# region, 지역 glued)
_AFTER_NAME = re.compile(
    r"(?:등(?:은|는|이|가|을|를|의|에서|에)?|지역(?:에서|에는|의|에|은|는|이|을|과|와|으로)?"
    r"|으로|에서|에는|에서는|까지|부터|과의|와의|에도|이며|이고|이다|처럼|보다|정부"
    r"|[의이가을를은는에와과도로만])?(?![가-힣])"
)
# "지난 9월", "지난 해": a common-word name followed by a time word is the common word.
_TIME_AFTER = re.compile(r" ?(?:해|번|주|달|날|분기|시기|[0-9]{1,2}(?:월|일))")
# Between two items of a list of places: "난징, 우한, 창사", "광저우-선전", "징진지·창장삼각주"
_LIST_GAP = re.compile(r" ?[,·、/\-–] ?")
_CHINESE_ENDINGS = re.compile(r"(?:新區|新区|市|省|區|区|縣|县)$")


@cache
def _place_regex() -> re.Pattern[str]:
    """A name with its suffix and Chinese characters. The names are grouped by their first letter
    ("광(?:저우|둥|…)", longest first within a group as in one flat list): Python's re tries an
    alternation's branches one by one at every letter, and with a letter in front of each group
    it skips letters that start no name. The word boundary before a name is `_GLUED_BEFORE`'s:
    a lookbehind in front would hide those letters from re."""
    names = sorted(_targets_by_name(), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    alternation = "|".join(
        re.escape(first) + "(?:" + "|".join(_name_pattern(name)[len(re.escape(first)) :] for name in group) + ")"
        for first, group in by_first.items()
    )  # fmt: skip
    return re.compile(
        rf"(?P<name>{alternation})(?P<suffix>{_SUFFIX})?(?:{_HANJA_BRACKET})?(?P<suffix2>{_SUFFIX})?"
    )


# A name glued to the word before it is part of that word: the 다롄 of "중국과학원다롄화학물리연구소".
_GLUED_BEFORE = re.compile(r"[가-힣A-Za-z0-9]")


def _place_matches(text: str) -> Iterator[re.Match[str]]:
    """Every name that starts a word, leftmost first, not overlapping."""
    pattern, position = _place_regex(), 0
    while match := pattern.search(text, position):
        start = match.start()
        if start and _GLUED_BEFORE.match(text, start - 1):
            position = start + 1
            continue
        yield match
        position = match.end()


# Chinese characters in brackets, as a name's gloss opens: "산시(山西)", "(陝西)".
_HANJA_GLOSS = re.compile(r"[(（]\s*[\u4e00-\u9fff]")


def glossed_readings(text: str) -> dict[tuple[str, str | None], tuple[str, str | None]]:
    """The reading a text gives a shared name by printing its Chinese characters once: after
    "산시(山西)성이 …", a bare "산시성의 …" further on is Shanxi too, not the preferred Shaanxi.
    Maps each other (region, city) the name could be to the glossed one; a text that glosses the
    name both ways settles nothing."""
    readings: dict[tuple[str, str | None], tuple[str, str | None]] = {}
    if not _HANJA_GLOSS.search(text):
        return readings  # most texts gloss nothing: no need to read every name in them
    for match in _place_matches(text):
        name = re.sub(r"\([^()]*\)", "", match["name"])
        if not match["hanja"] or len(_targets_by_name().get(name, ())) < 2:
            continue
        mention = _mention(text, match)
        if mention is None or len(mention.candidates) != 1:
            continue
        glossed = mention.candidates[0]
        for other, _ in _targets_by_name()[name]:
            if other != glossed:
                readings[(other.region, other.city)] = (glossed.region, glossed.city)
    return {place: reading for place, reading in readings.items() if place not in readings.values()}


@dataclass(frozen=True)
class _Mention:
    match: re.Match[str]
    candidates: tuple[_Target, ...]
    guard: str

    @property
    def confirmed(self) -> bool:
        return self.guard == PLAIN


def find_places(text: str) -> list[Place]:
    """Every place mention in `text`, in order (see the module docstring for what counts)."""
    mentions = [mention for match in _place_matches(text) if (mention := _mention(text, match))]
    mentions = _confirm_listed(text, mentions)
    mentions = _drop_region_definitions(text, mentions)
    context = [
        target for mention in mentions if len(mention.candidates) == 1 for target in mention.candidates
    ]
    places = [_place(mention, _resolve(mention.candidates, context)) for mention in mentions]
    return _drop_cities_of_another_province(text, places)


def _drop_cities_of_another_province(text: str, places: list[Place]) -> list[Place]:
    """A city named right after a province it does not lie in is a homonym the province rules out:
    "후베이성 장저우 시" is Hubei's Jingzhou spelled as Fujian's Zhangzhou, not Zhangzhou."""
    kept: list[Place] = []
    for place in places:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind == "province"
            and place.kind == "city"
            and place.region != before.region
            and not text[before.end : place.start].strip()
        ):
            continue
        kept.append(place)
    return kept


def _mention(text: str, match: re.Match[str]) -> _Mention | None:
    """A name with its candidates, or None when it is not a place here."""
    name = re.sub(r"\([^()]*\)", "", match["name"])
    if name not in _targets_by_name():
        return None
    suffix = match["suffix"] or match["suffix2"]
    if suffix and suffix.endswith(("족자치주", "족자치현", "족자치구", "위구르자치구")):
        suffix = suffix[-3:]  # 조선족자치주, 회족자치구: an autonomous unit, whichever its people
    choices = _targets_by_name()[name]
    candidates = tuple(target for target, _ in choices)
    guard = max((guard for _, guard in choices), key=[PLAIN, WORD, SUFFIX, HANJA].index)
    if match["hanja"]:
        chinese = _CHINESE_ENDINGS.sub("", match["hanja"])
        named = tuple(target for target in candidates if chinese in target.chinese)
        if named:
            candidates, guard = named, PLAIN
    if guard == HANJA:
        return None
    after = text[match.end() :]
    if name.isascii() and after[:1].isascii() and after[:1].isalpha():
        return None  # "Fujianese", "Hunan" of "Hunanese": a pinyin name is a word of its own
    glued = not _AFTER_NAME.match(after)
    if glued and not (suffix in _STRONG_SUFFIXES and (guard == PLAIN or _GOVERNMENT_GLUED.match(after))):
        return None
    if guard == SUFFIX:
        if not suffix:
            return None
        guard = PLAIN
    if guard == WORD:
        if suffix:
            guard = PLAIN
        elif _TIME_AFTER.match(after):
            return None
    return _Mention(match, candidates, guard)


def _confirm_listed(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Keep a common-word name only when it stands in a list next to a confirmed place, or, in a
    text that names a confirmed place, when it is the subject of a figure: "해남이 9.5% 좌우, 서장이
    8% 좌우, 강서, 신강이 7% 좌우" rounds up the provinces' goals."""
    any_confirmed = any(mention.confirmed for mention in mentions)
    kept = []
    for index, mention in enumerate(mentions):
        if (
            mention.confirmed
            or _next_to_place(text, mentions, index)
            or (any_confirmed and _FIGURE_SUBJECT.match(text, mention.match.end()))
        ):
            kept.append(mention)
    return kept


# A name as the subject of a figure: "해남이 9.5%", "서장은 8%".
_FIGURE_SUBJECT = re.compile(r"(?:이|가|은|는)\s*\d")


def _next_to_place(text: str, mentions: list[_Mention], index: int) -> bool:
    here = mentions[index].match
    neighbours = [mentions[i] for i in (index - 1, index + 1) if 0 <= i < len(mentions)]
    for neighbour in neighbours:
        if not neighbour.confirmed:
            continue
        left, right = sorted((here, neighbour.match), key=lambda match: match.start())
        if _LIST_GAP.fullmatch(text[left.end() : right.start()]):
            return True
    return False


def _drop_region_definitions(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The bracket after an economic region defines it: "징진지(베이징-톈진-허베이)"."""
    definitions = []
    for mention in mentions:
        if mention.candidates[0].kind == "economic_region" and text.startswith("(", mention.match.end()):
            close = text.find(")", mention.match.end())
            if close != -1:
                definitions.append((mention.match.end(), close))
    return [
        mention
        for mention in mentions
        if not any(start <= mention.match.start() < end for start, end in definitions)
    ]


def _resolve(candidates: tuple[_Target, ...], context: list[_Target]) -> _Target:
    """One place for a name shared by several: the nearest to the text's other places, else the preferred."""
    if len(candidates) == 1:
        return candidates[0]
    located = [target for target in context if target.lat is not None]
    if located:
        lat = sum(target.lat for target in located) / len(located)
        lon = sum(target.lon for target in located) / len(located)
        return min(candidates, key=lambda target: math.dist((target.lat, target.lon), (lat, lon)))
    return next((target for target in candidates if target.preferred), candidates[0])


def _place(mention: _Mention, target: _Target) -> Place:
    match = mention.match
    return Place(
        region=target.region,
        city=target.city,
        text=match.group(),
        start=match.start(),
        end=match.end(),
        kind=target.kind,
    )


# --- lookups --------------------------------------------------------------------------------


def province_of_city(city_en: str) -> str:
    """The province (name_en) of a city, district or zone, by its name_en or recorded name."""
    for city in cities():
        if city_en in (city.name_en, city.record_as):
            return city.province
    raise KeyError(f"unknown city: {city_en}")


# A central body the data does not list: a ministry printed as one word ending in 부
# ("자연자원부", "공업정보화부와 재정부"; not 정부 or 본부), a "국가…" or "중앙…" body
# ("국가표준화관리위원회", "중앙사이버안전위원회"), or a group of ministries ("20개 부처", "19개 부서").
# (not a place's direction word read out: "베이부(北部)만" is the Beibu Gulf, no ministry)
_CENTRAL_PATTERN = re.compile(
    r"(?:^|[\s·,(])(?:[가-힣]{2,}(?<![정본])부(?![가-힣])(?!\s*[(（][北南東东西中]部)|(?:국가|중앙)[가-힣]+)"
    r"|[0-9]+개 ?부[처서]"
)


def issuer_place(issuer_ko: str) -> tuple[str, str | None]:
    """(region, city) of the body that made a commitment.

    A place in the name wins, the most specific one ("광동성 정부와 광저우시 정부" →
    Guangdong, Guangzhou); central bodies give ("National", None). An issuer that names
    neither ("공동건설 기관") gives ("", None): the caller decides.
    """
    places = [place for place in find_places(issuer_ko) if place.kind != "national"]
    city = next((place for place in places if place.kind == "city"), None)
    if city:
        return city.region, city.city
    if places:
        return places[0].region, None
    if _is_central(issuer_ko):
        return NATIONAL, None
    return "", None


def _is_central(issuer_ko: str) -> bool:
    name = issuer_ko.strip()
    if name in _central_bodies() or _central_in_text().search(name):
        return True
    return bool(_CENTRAL_PATTERN.search(name))


def names_central_body(text: str) -> bool:
    """Whether `text` names a central body as running text does ("MIIT", "공업정보화부"; not "중국")."""
    return _central_in_text().search(text) is not None


@cache
def _central_in_text() -> re.Pattern[str]:
    """Any central body that a mention in running text names, as one pattern."""
    bodies = [re.escape(body) for body, in_text in _central_bodies().items() if in_text]
    if not bodies:
        return re.compile("(?!)")  # none listed: a pattern that never matches
    # (not a title that starts like a body's name: "상무부비서장" is 常务副秘书长, an executive deputy
    # secretary-general, of whatever organisation; "상무부부장" is the vice-minister of commerce; nor a
    # sector: "철도부문", "농업부문" are the railway and farming sectors, no ministry)
    return re.compile(f"(?:{'|'.join(bodies)})(?!비서장|회장|이사장|총경리|사장|원장|소장|총재|문)")


_KIND_SUFFIX_KO = {"province": "성", "municipality": "시", "autonomous_region": "", "sar": "", "taiwan": ""}
# The government of a place, and of the country, when an article names no body ("정부는 …").
_GOVERNMENT_KO = "정부"
_CENTRAL_GOVERNMENT_KO = "중국 중앙정부"


def normalise_issuer(issuer_ko: str, region: str, city: str | None) -> str:
    """One spelling per issuer: a bare place is written as the place ("상하이" → "상하이시",
    "광저우 정부" → "광저우시 정부"), and a word that names no body ("정부", "중국") becomes the
    most specific responsible government of the record's place (GUIDELINES: "where none is named,
    the most specific responsible unit")."""
    name = " ".join(issuer_ko.split())
    if name in _unnamed_issuers() or not name:
        place = _place_name_ko(city or region)
        return f"{place} {_GOVERNMENT_KO}" if place else _CENTRAL_GOVERNMENT_KO
    bare, sep, rest = name.partition(" ")
    if rest in ("", _GOVERNMENT_KO) and (place := _bare_place_name_ko(bare)):
        return f"{place}{sep}{rest}"
    return name


def _bare_place_name_ko(name: str) -> str | None:
    """ "상하이", "북경" → "상하이시", "베이징시"; a name with its suffix already, or no place, → None."""
    for province in provinces():
        if name == province.name_ko or name in province.aliases:
            return province.name_ko + _KIND_SUFFIX_KO[province.kind]
    for known in cities():
        if name == known.name_ko and known.name_en == known.record_as:
            return f"{known.name_ko}시"
    return None


def _place_name_ko(name_en: str) -> str | None:
    """A record's place in Korean with its suffix ("광저우시", "광둥성"); None for the whole country."""
    if name_en in ("", NATIONAL):
        return None
    for province in provinces():
        if province.name_en == name_en:
            return province.name_ko + _KIND_SUFFIX_KO[province.kind]
    for known in cities():
        if name_en == known.name_en == known.record_as:
            return f"{known.name_ko}시"
    for region in economic_regions():
        if region.name_en == name_en:
            return region.name_ko
    return None


def region_label(name_en: str, lang: str = "ko") -> str:
    """A region as the dashboard shows it: "광둥성 (广东)" in Korean, "Guangdong" in English."""
    if name_en == NATIONAL:
        return "중국 전국" if lang == "ko" else NATIONAL
    if lang != "ko":
        return name_en
    for province in provinces():
        if province.name_en == name_en:
            return f"{province.name_ko}{_KIND_SUFFIX_KO[province.kind]} ({province.name_zh})"
    for region in economic_regions():
        if region.name_en == name_en:
            return region.name_ko
    for city in cities():
        if name_en in (city.name_en, city.record_as) and city.name_en == city.record_as:
            return f"{city.name_ko} ({city.name_zh})"
    return name_en
