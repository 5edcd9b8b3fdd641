"""The extractor's vocabulary, its named rules, the evidence they read and the confidence ladder.

Every number the extractor reads becomes a candidate (etl/clauses.py) whose evidence is computed
once (`Evidence`: its clause and sentence, its year, the deadline it inherits, its verb and
tense, the cue words around it, its place and subject). The rules in `RULES` then decide it, in
the order etl/extract.py applies them: each either rejects the candidate or takes it as a target
or an actual, and the deciding rule's name is kept on the record (`Commitment.rule`) or on the
rejection (`RejectedCandidate.rule`), so `python -m etl explain FILE:LINE` can say why.

Confidence (`Commitment.confidence`), from the evidence of a taken target:
  high    its own year is a future year or a 까지 deadline (rule `future_year`), or a cell of a
          year-by-year target table; a verb of action governs it; no doubtful cue (below); it
          counts no kinds ("3가지", mostly a list's count); its sentence has no word of an outlook, a
          claim or a foresight anywhere ("…등이 시달될 전망이다", "내다봤", "주장"); it stands in no
          bracket (a gloss or a detail of the figure before); its year is no start ("2029년 이후",
          "…부터"); and no earlier line of the article
          states the same figure (a possible restatement:
          etl/extract.py `doubt_repeats` lowers such a record to medium).
  low     the year is only inherited (a lead bullet's or the headline's deadline), a plan dated
          by a past year, a figure only a heading states, or one of the borderline classes of
          GUIDELINES.md "Confidence": a range or vague amount ("수백 개", "약"), a rank, a count
          of who receives money or a quota ("6개 기업 … 지원", "… 총 9개 업체에 배정"), a yearly standing
          programme ("해마다 …").
  medium  everything else.
An actual is medium when a year or "기준/현재" dates it, low otherwise.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from etl.config import REFERENCE_DIR
from etl.periods import YearMention

VOCABULARY_FILE = REFERENCE_DIR / "extraction.toml"


@dataclass(frozen=True)
class Vocabulary:
    forward: tuple[str, ...]
    historical_markers: tuple[str, ...]
    historical_predicates: tuple[str, ...]
    forecast: tuple[str, ...]
    open_questions: tuple[str, ...]
    fears: tuple[str, ...]
    claims: tuple[str, ...]
    expert_titles: tuple[str, ...]
    foresee_verbs: tuple[str, ...]
    preparing_verbs: tuple[str, ...]
    not_forecasts: tuple[str, ...]
    past_until: tuple[str, ...]
    report_headline: tuple[str, ...]
    plan_headline: tuple[str, ...]
    structural_nouns: tuple[str, ...]
    telling_verbs: tuple[str, ...]
    parts_topics: tuple[str, ...]
    division_verbs: tuple[str, ...]
    measure_nouns: tuple[str, ...]
    facility_nouns: tuple[str, ...]
    actor_nouns: tuple[str, ...]
    public_body_nouns: tuple[str, ...]
    actor_followers: tuple[str, ...]
    grant_verbs: tuple[str, ...]
    funding_verbs: tuple[str, ...]
    non_commitment_table_headers: tuple[str, ...]
    research_parts: tuple[str, ...]
    research_categories: tuple[str, ...]
    explicit_forward: str  # a regular expression
    specification_units: tuple[str, ...]
    company_suffixes: tuple[str, ...]
    legal_entity_suffixes: tuple[str, ...]
    companies: tuple[str, ...]
    official_titles: tuple[str, ...]
    person_titles: tuple[str, ...]
    company_titles: tuple[str, ...]
    reporting_bodies: tuple[str, ...]
    private_actor_pattern: str
    forward_non_verbs: tuple[str, ...]
    subject_end_verbs: tuple[str, ...]
    subject_stop_words: tuple[str, ...]
    this_year: tuple[str, ...]
    this_year_dates: tuple[str, ...]
    next_year: tuple[str, ...]
    per_year_words: tuple[str, ...]
    funding_topics: tuple[str, ...]
    as_of_plan_words: tuple[str, ...]
    plan_nouns: tuple[str, ...]
    proposing_verbs: tuple[str, ...]
    revising_verbs: tuple[str, ...]
    allotting_verbs: tuple[str, ...]
    deciding_verbs: tuple[str, ...]
    unitless_measures: tuple[str, ...]
    attribution: tuple[str, ...]
    attributed_plan: tuple[str, ...]
    plan_documents: tuple[str, ...]
    quoted_plan_documents: tuple[str, ...]
    dated_plan_documents: tuple[str, ...]
    forecasters: tuple[str, ...]
    news_media: tuple[str, ...]
    news_outlets: tuple[str, ...]
    lead_plan_nouns: tuple[str, ...]
    work_reports: tuple[str, ...]
    congress_sessions: tuple[str, ...]
    target_outcomes: tuple[str, ...]
    compound_heads: tuple[str, ...]
    review_words: tuple[str, ...]
    session_words: tuple[str, ...]
    anaphora: tuple[str, ...]
    reduction_verbs: tuple[str, ...]
    content_verbs: tuple[str, ...]
    technology_acronyms: tuple[str, ...]
    foreign_actors: tuple[str, ...]
    yardsticks: tuple[str, ...]
    delegations: tuple[str, ...]
    amount_wholes: tuple[str, ...]
    modifier_nouns: tuple[str, ...]
    one_syllable_measures: tuple[str, ...]
    yuan_names: tuple[str, ...]
    vouchers: tuple[str, ...]
    allotments: tuple[str, ...]
    potentials: tuple[str, ...]
    vehicle_kinds: tuple[str, ...]

    @cached_property
    def analysts(self) -> tuple[str, ...]:
        """The forecasters that make a forecast of their own, not the news media carrying one."""
        return tuple(w for w in self.forecasters if w not in self.news_media)

    @cached_property
    def forward_predicates(self) -> tuple[str, ...]:
        """The forward words without a level reached ("…이상으로"): the verb after a level decides
        its tense ("… 1천만 개 이상으로 확대됐다")."""
        return tuple(w for w in self.forward if not w.endswith("로"))

    @cached_property
    def target_setting_verbs(self) -> tuple[str, ...]:
        """The verbs that set a target at the number they govern: proposing it or revising it."""
        return self.proposing_verbs + self.revising_verbs

    @cached_property  # read for every candidate: worked out once
    def forward_verbs(self) -> tuple[str, ...]:
        """The verbs of action among the forward words (no 까지, 목표 …)."""
        return tuple(w for w in self.forward if w not in self.forward_non_verbs)


@cache
def vocabulary() -> Vocabulary:
    with VOCABULARY_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    return Vocabulary(
        **{name: words if isinstance(words, str) else tuple(words) for name, words in data.items()}
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "지원금" wins over "지원")."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Rule:
    name: str
    verdict: str  # reject | target | actual
    meaning: str
    example: str  # a sentence the rule decides (made up for the documentation and its test)


_RULES = (
    # --- rejections that need no reading of the verb: what the number is -------------------
    Rule("rate_base", "reject", "the base of a rate (…당, 1곳을 건설하는 데 … 위안), not an amount",
         "인구 1만명당 발명특허 보유량 20건 달성"),
    Rule("ordinal", "reject", "an ordinal names a session, a round or a phase, or counts the phases works are split into (3회에 나뉘어): it counts nothing",
         "지난달 열린 20기 중앙위원회 전체회의 후속 조치로 계획을 발표"),
    Rule("shares_in_brackets", "reject", "shares compared in a description, each in brackets after its name",
         "특허 출원에서 독일(31%)과 중국(24%)이 양강 구도를 형성"),
    Rule("won_conversion", "reject", "a won amount that only converts a yuan amount (in a file that names the yuan)",
         "'26년까지 총 500억 위안(약 9조 원)을 투자"),
    Rule("currency_conversion", "reject", "an amount in brackets (or after 즉) converting the amount before it into another currency or unit",
         "2027년까지 물류비용을 연간 1조 위안(약 1380억 달러) 절감"),
    Rule("document_structure", "reject", "a count that names a part of the document or plan",
         "계획은 8대 방향과 25개 중점 과제를 제시"),
    Rule("actor_count", "reject", "a count of who acts, not of what is to be reached",
         "'26년까지 7개 부처는 공동으로 로봇 기업 50개를 육성"),
    Rule("quoted_name", "reject", "a number inside a quoted name", "'스마트 공장 300개' 프로젝트를 추진"),
    Rule("scope_count", "reject", "a count that only scopes the noun phrase after it",
         "9개 지역의 신규 장려 산업 목록을 발표"),
    Rule("casualties", "reject", "the dead, missing, hurt or homeless of a disaster (사망, 실종, 이재민)",
         "지진으로 5만여 명이 사망하고 수백만 명의 이재민이 발생한 지역의 재건에 200억 위안을 투입"),
    Rule("pool_count", "reject", "the size of the set a figure is picked from (…가운데, … 중, … 내 1위), or a part of it (2대 중 1대)",
         "전국 30개 성 가운데 하이난성은 약 9%의 목표를 설정"),
    Rule("enumeration_count", "reject", "a count summing up names listed before it",
         "창사(長沙), 주저우(株洲) 2개 고신구에서 시범을 추진"),
    Rule("size_class", "reject", "a size class (…급, a money range …대 before a noun, each of N units: 80대의 5MW), not an amount (one plant's class is its capacity: 10㎿급 발전소를 건설)",
         "'26년까지 발전소 5곳을 100MW급으로 건설; 30만t급 선박 20척 건조"),
    Rule("made_already", "reject", "what was already made, named by a past participle before it (설치된 80대), or spent on a thing (…억 위안이 투입된 항구), or done so many times (4차례 방문한)",
         "기지에 설치된 80대의 풍력발전 유닛은 연간 전력을 공급"),
    Rule("specification_unit", "reject", "a specification (kV, K, ℃), a distance that says where, or a duration, not an amount to reach",
         "'27년까지 1000kV 송전망을 구축"),
    Rule("duration", "reject", "a span of years that says when, not how much", "3년 내 실험실 5개를 건설"),
    Rule("eligibility_threshold", "reject", "an amount that says which firms or projects qualify",
         "매출액 50억 위안 이상의 선도 기업 12개를 육성"),
    Rule("derived_multiple", "reject", "a multiple worked out from figures stated: the change its clause states in amounts, a figure named before it, what a plan comes to (계획대로 되면 …), a yardstick's (여의도 면적의 N배) or what a thing is like (…보다 N배 빠른 컴퓨터)",
         "생산액을 1천억 위안에서 '26년까지 2천억 위안으로 2배로 늘릴 계획"),
    Rule("rank_without_plan", "reject", "a place in a ranking with no plan word in its clause",
         "가상시의 로봇 생산량은 전국 1위로 올라섰다"),
    Rule("age_group", "reject", "an age that bounds a group of people, not an amount", "65세 이상 노인 건강관리율 70% 달성"),
    Rule("revision_size", "reject", "the size a target was revised by (N 상향 조정), not the level set (N으로)",
         "고정자산투자 증가율 목표는 평균 0.5%포인트 상향 조정됨"),
    Rule("old_target", "reject", "the earlier target a revision replaces (기존 목표치 N을 M으로 상향)",
         "태양광 설비는 2030년까지 기존 목표치 300만kW를 1000만kW로 상향 조정"),
    Rule("left_out", "reject", "what a count leaves out, there already (N개를 제외하면, 기존 N개 외에)",
         "2030년까지 공항 500개를 건설하며, 기존 120개 공항을 제외하면 380개가 새로 생긴다"),
    Rule("network_name", "reject", "the numbers of a network's name, its north-south and east-west lines (N종M횡)",
         "2015년까지 3종3횡1환 전력망 사업을 완료할 예정"),
    Rule("figure_of_speech", "reject", "a figure in a simile (마치 … 듯) or so many of the reporter's yardstick (축구장 N개): an image, no amount",
         "마치 10개의 만리장성을 동시에 쌓는 듯한 사업 규모"),
    Rule("compared_with", "reject", "a figure the sentence compares another with (…와 비교해, …에 비해): a base",
         "지난 계획의 목표 6%와 비교해 올해 목표는 5% 안팎으로 낮아졌다"),
    Rule("share_of_a_whole", "reject", "the whole a share is taken of, or the share, describing the level after it (…의 4%인 3,000척)",
         "'27년까지 어선 수를 현재 2,900척의 4%인 3,000척 이내로 통제"),
    Rule("change_to_level", "reject", "a change that modifies the level right after it in the same unit (N 더 증가한 M)",
         "2030년까지 인구는 지금보다 50만 명 더 증가한 1천500만 명으로 통제"),
    Rule("level_before_change", "reject", "the level now of what is to change: modifying its object (N을 웃도는 …를 M% 줄인다), or told with 로 before the deadline and the new level (N대로 2030년까지 M대로 늘린다)",
         "가상성은 연간 3천건을 웃도는 화재 건수를 올해 20% 줄인다"),
    Rule("change_between_levels", "reject", "the change between two levels stated right before it (A에서 B로 N 증대)",
         "'27년까지 설비용량을 300GW에서 350GW로 50GW 늘릴 계획"),
    Rule("restated_change", "reject", "a change worked out for the figure before it: in a sentence opening with 이는, or in a bracket right after it (…(전년 대비 N% 증가))",
         "'27년까지 설비 800GW를 갖춘다. 이는 기존 목표에서 10% 이상 증가한 것이다"),
    Rule("share_described", "reject", "a share of the whole province, city or country given to describe a place (…은 전 성의 74%, …)",
         "이 지역의 면적은 전 성의 48.6%, 인구는 전 성의 74%로서 도시가 가장 밀집된 지역이다"),
    Rule("supposed_figure", "reject", "a figure a condition supposes (N이면, N%라면), not one pledged",
         "연간 절감률이 4%면 5년간 절감률은 18%에 그쳐 목표 달성이 어렵다"),
    Rule("expected_by_another", "reject", "a figure a named body expects (…에서 예상한, …이 전망한 N), set against the plan's",
         "이 목표는 자동차협회에서 예상한 올해 판매량 1600만대에는 못 미친다"),
    Rule("news_sources", "reject", "the people a report cites as its sources (관계자 2명은 … 밝혔다)",
         "이 사안을 아는 관계자 2명은 계획이 내년에 시행될 수 있다고 밝혔다"),
    Rule("population_described", "reject", "the people a place has, as a description (…의 인구를 가진), or the whole population a share is of (전체 인구 N명의 M%)",
         "일자리는 14억명 이상의 인구를 가진 대국에 있어서 최대의 민생이다"),
    Rule("possible_effect", "reject", "what a work or measure can do (…할 수 있다), told with no plan: an effect or a capacity",
         "하루 최대 4톤의 수소 공급으로 수소차 700대의 충전 수요를 충족시킬 수 있다"),
    Rule("bare_figure", "reject", "a line that is the figure alone, naming no measure", "'13조 5700억 위안'"),
    Rule("price_stated", "reject", "what a thing costs, stated by a copula (가격은 … 위안이지만)",
         "가격은 21만 위안이지만 보조금 덕에 10만 위안이면 살 수 있다"),
    Rule("definition", "reject", "a sentence that says what a word means (…을 말한다, 뜻한다)",
         "고속 충전은 10분 만에 80%를 충전하는 기술을 말한다"),
    # --- the status of the number: forward, reached, or neither ---------------------------
    Rule("forecast", "reject", "someone's expectation, not a commitment (전망, 예측, 에 따르면)",
         "업계에 따르면 '30년 시장 규모는 900억 위안에 이를 전망"),
    Rule("plan_forecast", "target", "a plan's own figure worded as an expectation: the plan is cited, no analyst",
         "계획에 따르면 '26년까지 수소 생산량은 20만t에 달할 전망"),
    Rule("listed_in_document", "reject", "a count of the items a document lists (제기, 제시, 포함 …)",
         "요강은 12개 전략기술과 9개 기초과학 난제를 제기"),
    Rule("as_of_progress_plan", "target", "a figure dated 기준/현재 that a plan word still governs",
         "'22년 말 기준 5G 기지국 230만 개 구축 예정"),
    Rule("as_of_figure", "actual", "a figure dated by 기준/현재: a fact reached",
         "'23년 말 기준 5G 기지국 80만 개를 보유"),
    Rule("future_year", "target", "its own year is after the issue year, or a 까지 deadline",
         "'27년까지 스마트 공장 200개를 구축"),
    Rule("past_year_planned", "target", "a past year, but a plan word governs the number",
         "'22년 말까지 기지국 3만 개 건설을 계획"),
    Rule("past_year", "actual", "its own year is before the issue year", "'22년 산업 규모는 4,000억 위안을 기록"),
    Rule("planned_measure", "target", "a zone's planned (规划) area or population (기획면적, 규획인구) sized by the number, whatever the verb",
         "가상신구의 규획면적은 35제곱킬로미터에 달한다"),
    Rule("fund_set_up", "target", "the size of a fund or lending programme being set up, in any tense: money committed",
         "가상시는 30억 위안 규모의 산업 전용 펀드를 조성했다"),
    Rule("stated_target", "target", "the number is what a 목표 is (목표는/도 … X%), or what a verb sets a 목표 at",
         "허난성의 올해 로봇산업 성장 목표도 6% 이상이다"),
    Rule("plan_dropped", "reject", "a plan reported called off (…계획을 중단/취소/철회/보류했다): no commitment now",
         "가상성은 지난달 200만 톤 규모의 제련 설비 증설 계획을 중단했다"),
    Rule("outcome_reported", "reject", "a target whose outcome the sentence reports in the past, or told with a past copula (목표치는 8%였고): its time is over",
         "지난해 9%를 목표로 정한 가상성은 7.1%에 머물렀다; …의 4배로 늘리는 목표를 최근 달성함에 따라"),
    Rule("place_goal", "target", "in an article on this year's goals, a figure a place's name governs as subject",
         "(title: 각 성, 올해 성장 목표 공개) 해남이 9.5% 좌우, 안휘가 6% 좌우이다"),
    Rule("allotted_level", "target", "a level a budget or ratio is allotted (…으로 책정/편성/배정), in any tense",
         "올해 재정적자율은 GDP 대비 3% 안팎으로 책정했으며"),
    Rule("funds_issued", "target", "money a finance body issues, raises or spends for a purpose (하달, 조달, 집행), in any tense",
         "재정부는 최근 농업 보조금 50억 위안을 하달했다"),
    Rule("copula_statement", "actual", "an amount stated with a copula (이며, 이다, 임)",
         "발사장 부지 면적은 35만㎡이며 항구와 가까움"),
    Rule("inherited_but_reported", "actual", "under a lead bullet's deadline, but worded as a fact",
         "(lead \"- '26년까지 …\") 현재 관련 기업은 약 300개"),
    Rule("inherited_deadline", "target", "no year of its own: the deadline of the lead bullet or headline",
         "(lead \"- '26년까지 다음을 추진\")  - 시범 단지 12개 조성"),
    Rule("paragraph_deadline", "target", "no year of its own: the deadline an earlier sentence of its paragraph set",
         "'27년까지 로봇 기업 80개를 육성할 계획이다. 전문 단지도 6곳 조성된다"),
    Rule("under_review_heading", "actual", "no year of its own, under a heading reviewing the year before",
         "(heading \"1. 지난해 업무 회고\") ◊ 식량 생산량 6950억kg 초과"),
    Rule("planned_items", "target", "what a sentence plans or announces as targets, listed or broken down after it",
         "지하철 노선 3개가 건설될 예정이다. 이 노선들은 △1호선 연장 20km △2호선 36km"),
    Rule("package_decided", "target", "an amount that sizes a support package or plan a body approves or announces, in any tense",
         "정부는 6천억 위안에 달하는 산업 지원책을 승인했다"),
    Rule("plan_share_met", "actual", "how much of a plan or target was done (목표의 N%를 … 달성했다)",
         "발개위는 감축 목표의 87%를 작년 말까지 실현했다"),
    Rule("projects_decided", "actual", "a count of projects a body approved or picked, in the past: a list decided",
         "발전위원회는 가상3성 120개 재개발 프로젝트를 승인했다"),
    Rule("from_value", "actual", "the value a change starts from (…에서 …로)", "로봇 밀도를 '22년의 200대에서 300대로 늘릴 계획"),
    Rule("state_to_change", "actual", "a level described as the state now (…에 그치고 있는 현 상황) that the plan would change",
         "풍력은 300만kW, 태양광은 80만kW에 그치고 있는 현 상황을 개선할 예정이다"),
    Rule("foundation", "actual", "what a plan builds on (…를 기반으로, 바탕으로): there already",
         "현재 30개 시범 단지를 기반으로 '27년까지 로봇 산업을 육성"),
    Rule("historical_cue", "actual", "a cue of a fact reached (현재, 전년 대비, 기록, past tense)",
         "수출액은 전년 대비 18% 증가"),
    Rule("research_explicit_plan", "target", "a research or statistics article that states a target",
         "(a research article) 변환 효율을 30%로 높일 계획"),
    Rule("research_no_plan", "reject", "a number in a research or statistics article with no target word",
         "(a research article) 변환 효율 26.1%의 전지를 개발"),
    Rule("work_report_year", "target", "a figure for this year that the government work report the sentence cites states",
         "총리는 정부업무보고에서 올해 도시 신규 취업 인구 1200만명을 새로 증가해 작년보다 많다고 말했다"),
    Rule("work_report_list", "target", "a bare line of a digest of this year's work report: a measure and its bounded figure (약, 이상, 이내)",
         "(under \"정부업무보고 요약\") 도시 신규 취업자 1100만 명 이상"),
    Rule("works_begun", "target", "the scope of works a body has set about (…을 개선하는 사업에 착수했다), still to be done",
         "가상시는 현재 시내 600개의 공중화장실 시설을 개선하는 사업에 착수했다"),
    Rule("project_cost", "target", "a project's total or planned investment named as the amount's subject (총투자, 계획투자액), or the budget it needs (…의 예산이 필요), not a project done",
         "새로 건설되는 공항은 총투자가 9억 위안에 달한다"),
    Rule("forward_verb", "target", "a verb of action, a level to reach (…으로) or a plan word governs it",
         "신규 데이터센터 15개를 건설"),
    Rule("no_forward_cue", "reject", "nothing makes the number look forward", "행사 기간 관람객 5만 명이 방문"),
    # --- whose plan it is ------------------------------------------------------------------
    Rule("company_plan", "reject", "the sentence's subject is a company: its own plan",
         "BYD는 '26년까지 연간 30만 대 생산을 목표로 함"),
    Rule("private_actor_plan", "reject", "the article's actor is a company, university or institute",
         "(headline \"칭화대, …\") '27년까지 연구 인력 500명을 양성"),
    Rule("foreign_plan", "reject", "the plan of a country or body other than China's, quoted for comparison",
         "한편 한국 산업통상자원부는 '30년까지 수소차 30만 대를 보급할 계획"),
    # --- the article as a whole --------------------------------------------------------------
    Rule("year_table_cell", "target", "a cell of a year-by-year target table", "연산력 규모 (EFLOPS) | 200 | 250 | 300"),
    Rule("restated", "reject", "the same commitment stated earlier in the body", "(a second line) 로봇 기업 50개 육성"),
    Rule("heading_restates_body", "reject", "a headline or section heading restating a body figure",
         "1) 50개 로봇 기업 육성"),
    Rule("table_cell_in_body", "reject", "a table cell a body sentence already states",
         "(table) 2025년 | 300, (body) '25년 300 EFLOPS 달성"),
    Rule("actual_not_baseline", "reject", "a fact reached that is no baseline of a target of the article",
         "'22년 수출액은 200억 달러를 기록"),
)  # fmt: skip

RULES: dict[str, Rule] = {rule.name: rule for rule in _RULES}


@dataclass(frozen=True)
class Evidence:
    """What the rules read about one candidate, computed once."""

    sentence: str  # the number's sentence, the rest of its line blanked out (offsets kept)
    clause: str  # the clause that holds the number
    anchor: YearMention | None  # its own year ("'25년까지", "'23년 기준")
    inherited: int | None  # the deadline of the lead bullet or headline it sits under
    verb: str | None  # the first verb of action or of a fact reached after the number
    tense: str  # forward | past | none
    cues: tuple[str, ...]  # forecast and fact-reached words around it
    region: str
    city: str | None
    subject: str
    unit: str


def rule(name: str) -> Rule:
    return RULES[name]


# Rules whose target is doubtful by construction (GUIDELINES "Confidence").
_LOW_RULES = {"inherited_deadline", "past_year_planned", "as_of_progress_plan", "heading_restates_body"}
_HIGH_RULES = {"future_year", "year_table_cell"}
# A year named as a start, after it: "2029년 이후", "2026년부터".
_FROM_THEN = re.compile(r"\s?(?:년\s?)?(?:이후|부터)")
# An amount inside an open bracket: "…t(일일 ".
_IN_BRACKETS = re.compile(r"[(（][^)）]*$")


@cache
def _outlook_words() -> re.Pattern[str]:
    """The words of an outlook, a claim or a foresight anywhere in the sentence ("전망", "내다봤",
    "주장"): a target worded so may be someone's view, never certain."""
    vocab = vocabulary()
    return re.compile(alternation(vocab.forecast + vocab.claims + vocab.foresee_verbs))


# A count of who receives money ("6개 기업 … 지원") and a standing programme ("해마다 …").
_FUNDED_ACTORS = re.compile(r"^\s*(?:의\s*)?(?:[가-힣]+\s)?(?:기업|업체|기관|대학|단체)")
# Firms counted, the noun a compound ending in one of them: "3개 도매업체", "11개 기업".
_FIRMS_COUNTED = re.compile(r"^\s*[가-힣]*(?:기업|업체|기관|대학|단체)")
# … named as those a quota or money goes to: "…업체에 배정했다", "…기업에 지원".
_ALLOTTED_TO_THEM = re.compile(
    r"(?:기업|업체|기관|대학|단체)(?:에|에게)\s(?:[^\s]+\s)?(?:배정|할당|지원|지급|교부|하달|배분)"
)


def confidence(
    rule_name: str,
    kind: str,
    evidence: Evidence | None,
    *,
    value_text: str = "",
    qualifier: str = "=",
    ranged: bool = False,
    after: str = "",
    before: str = "",
    heading: bool = False,
) -> str:
    """The confidence ladder of the module docstring."""
    if kind == "actual":
        return "medium" if evidence is not None and evidence.anchor is not None else "low"
    if heading or rule_name in _LOW_RULES or _doubtful(evidence, value_text, qualifier, ranged, after, kind):
        return "low"
    if rule_name == "year_table_cell":
        return "high"
    if (
        rule_name in _HIGH_RULES
        and evidence is not None
        and evidence.tense == "forward"
        and not evidence.cues
        and not value_text.endswith("가지")  # "3가지 로봇 형태를 주축으로": kinds counted are mostly a list's
        # "…등이 시달될 전망이다", "…내다봤다", "…라는 주장도": someone's view, or an outlook's list
        and not _outlook_words().search(evidence.sentence)
        # "2029년 이후에 만료되는 … 채무": a year something starts from, no deadline the figure is due by
        and not (evidence.anchor and _FROM_THEN.match(evidence.sentence, evidence.anchor.end))
        and not _IN_BRACKETS.search(before)  # "(일일 317만 배럴)": a gloss or a detail of the figure before
    ):
        return "high"
    return "medium"


def _doubtful(
    evidence: Evidence | None, value_text: str, qualifier: str, ranged: bool, after: str, kind: str
) -> bool:
    if ranged or qualifier == "~" or value_text.startswith(("수", "몇")):
        return True  # a range or a vague amount
    if evidence is None:
        return False
    if evidence.unit == "rank":
        return True
    if kind == "funding" and evidence.unit == "count" and _FUNDED_ACTORS.match(after):
        return True  # a count of who receives money
    if evidence.unit == "count" and _FIRMS_COUNTED.match(after) and _ALLOTTED_TO_THEM.search(after[:80]):
        return True  # "…를 6개 생산업체와 3개 도매업체 등 총 9개 업체에 배정": who receives a quota
    return "해마다" in evidence.sentence and evidence.anchor is None


def describe(evidence: Evidence | None) -> list[str]:
    """The evidence as lines for `python -m etl explain`."""
    if evidence is None:
        return []
    anchor = evidence.anchor
    year = "-"
    if anchor is not None:
        printed = evidence.sentence[anchor.start : anchor.end]
        year = (
            f"{printed.strip()} → {anchor.year}"
            + (" (까지)" if anchor.until else "")
            + (" (기준)" if anchor.as_of else "")
        )
    return [
        f"sentence:  {evidence.sentence.strip()}",
        f"clause:    {evidence.clause.strip()}",
        f"year:      {year}   inherited deadline: {evidence.inherited or '-'}",
        f"verb:      {evidence.verb or '-'}   tense: {evidence.tense}   cues: {', '.join(evidence.cues) or '-'}",
        f"place:     {evidence.region}{' / ' + evidence.city if evidence.city else ''}",
        f"subject:   {evidence.subject}   unit: {evidence.unit}",
    ]
