-- The whole database: applied by etl/load.py and by the test fixtures alike.
-- Every table and column is documented here; tests/test_schema.py checks that
-- each table has a comment line "-- table: NAME".

-- table: provinces — the 34 province-level units (reference data: etl/data/provinces.csv).
CREATE TABLE provinces (
    name_en   VARCHAR PRIMARY KEY,   -- Beijing, Inner Mongolia, …
    name_ko   VARCHAR NOT NULL,      -- 베이징
    name_zh   VARCHAR NOT NULL,      -- 北京
    kind      VARCHAR NOT NULL,      -- municipality | province | autonomous_region | sar | taiwan
    iso_code  VARCHAR NOT NULL,      -- ISO 3166-2:CN, e.g. CN-BJ
    aliases   VARCHAR[] NOT NULL,    -- Korean spellings used in the bulletins (톈진/텐진 …)
    lat       DOUBLE NOT NULL,       -- centroid, for map labels
    lon       DOUBLE NOT NULL
);

-- table: economic_regions — named multi-province regions a commitment can apply to.
CREATE TABLE economic_regions (
    name_en VARCHAR PRIMARY KEY,     -- Greater Bay Area, Yangtze River Delta, …
    name_ko VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL
);

-- table: cities — the cities and districts the gazetteer knows (reference data: etl/data/cities.csv).
CREATE TABLE cities (
    name_en   VARCHAR PRIMARY KEY,   -- Chengdu, Lingang New Area, Huangpu (Guangzhou), …
    name_ko   VARCHAR NOT NULL,      -- 청두, 린강신구
    name_zh   VARCHAR NOT NULL,      -- 成都
    province  VARCHAR NOT NULL,      -- provinces.name_en
    record_as VARCHAR NOT NULL       -- the commitments.city value it gives: a district records its city
);

-- table: sectors — the sector taxonomy (reference data: etl/data/sectors.toml).
CREATE TABLE sectors (
    id       VARCHAR PRIMARY KEY,    -- AI, semiconductors, …, other
    label_ko VARCHAR NOT NULL,
    label_en VARCHAR NOT NULL
);

-- table: bulletins — one row per ingested file (provenance): a whole bulletin or a single article.
CREATE TABLE bulletins (
    id                VARCHAR PRIMARY KEY,      -- file stem, e.g. 000_1b9d18066b15c3c4
    kind              VARCHAR NOT NULL DEFAULT 'bulletin',  -- bulletin (a whole weekly issue) | article (one web page's article, etl/article.py)
    file_name         VARCHAR NOT NULL,
    sha256            VARCHAR NOT NULL UNIQUE,  -- of the file's bytes; re-ingesting the same bytes is a no-op
    issue_date        DATE NOT NULL,            -- 발행일; an article's own date (etl/article.py says which)
    publisher         VARCHAR,                  -- 발행인
    organisation      VARCHAR,                  -- 발행기관
    source_format     VARCHAR NOT NULL,         -- text | pdf
    encoding          VARCHAR NOT NULL,         -- utf-8, utf-8-sig, cp949, pdf
    n_lines           INTEGER NOT NULL,         -- lines of the decoded text (bulletin_lines holds them all)
    n_articles        INTEGER NOT NULL,
    ingested_at       TIMESTAMP NOT NULL,       -- when this row was written (differs between rebuilds)
    parser_version    VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL
);

-- table: bulletin_lines — the decoded text, line by line, so every sentence can be shown in context.
CREATE TABLE bulletin_lines (
    bulletin_id VARCHAR NOT NULL REFERENCES bulletins (id),
    line        INTEGER NOT NULL,   -- 1-based
    article_seq INTEGER,            -- the article the line belongs to (NULL: cover, contents, summary)
    section     VARCHAR NOT NULL,   -- cover | contents | summary | body (part/category headers) | article | colophon; chrome: the web page around a single article
    text        VARCHAR NOT NULL,
    page        INTEGER,            -- PDF only: the page the line starts on (NULL for a text file)
    page_line   INTEGER,            -- PDF only: its n-th printed line or table row on the page, running header left out
    PRIMARY KEY (bulletin_id, line)
);

-- table: articles — every article of a bulletin, numbered or not, short news (단신) included.
CREATE TABLE articles (
    bulletin_id      VARCHAR NOT NULL REFERENCES bulletins (id),
    seq              INTEGER NOT NULL,  -- 1-based position in the bulletin
    part             VARCHAR,           -- 특집기사 | 정책동향 | 기술동향 | 단신동향
    category         VARCHAR,           -- 기술전략, 지역, 기업, 통계 … where printed
    number           INTEGER,           -- printed article number
    headline         VARCHAR NOT NULL,  -- as printed, without its number and Markdown '#'
    headline_line    INTEGER NOT NULL,
    subheadline      VARCHAR,           -- the ■ line
    subheadline_line INTEGER,
    announced_on     DATE,              -- bracketed (6.16) date resolved against the issue date
    first_line       INTEGER NOT NULL,  -- the printed number's line when it stands alone ("02"), else headline_line
    last_line        INTEGER NOT NULL,  -- last non-blank line: its last reference or source URL
    n_tables         INTEGER NOT NULL,  -- tab, pipe or HTML tables; a table split by a repeated header counts twice
    PRIMARY KEY (bulletin_id, seq)
);

-- table: article_references — 참고자료 / 출처 entries of an article.
CREATE TABLE article_references (
    bulletin_id VARCHAR NOT NULL REFERENCES bulletins (id),
    article_seq INTEGER NOT NULL,
    seq         INTEGER NOT NULL,  -- order within the article
    title       VARCHAR,           -- 참고자료 title or 출처 outlet, NULL for a bare URL
    url         VARCHAR,           -- Markdown escapes removed (content\\_1 → content_1)
    line        INTEGER NOT NULL,
    PRIMARY KEY (bulletin_id, article_seq, seq)
);

-- table: commitments — the records of docs/commitment-record.md, plus key and provenance.
CREATE TABLE commitments (
    id                VARCHAR PRIMARY KEY,  -- sha256(bulletin|line|value_text|occurrence)[:16], stable across rebuilds
    bulletin          VARCHAR NOT NULL REFERENCES bulletins (id),
    article_seq       INTEGER NOT NULL,
    issue_date        DATE NOT NULL,
    article_title     VARCHAR NOT NULL,
    kind              VARCHAR NOT NULL,     -- target | funding | actual
    value             DOUBLE NOT NULL,      -- fully expanded
    value_max         DOUBLE,               -- upper bound of a printed range (3~4개 → 4)
    value_text        VARCHAR NOT NULL,     -- as printed
    unit              VARCHAR NOT NULL,     -- CNY, count, people, percent, EFLOPS, …
    qualifier         VARCHAR NOT NULL,     -- = | >= | <= | ~
    per_year          BOOLEAN NOT NULL,     -- an annual rate ("연간 25개", "연평균 20%")
    target_year       INTEGER,              -- NULL for kind actual, which has as_of_year instead
    as_of_year        INTEGER,              -- kind actual: the year the baseline describes
    plan_period       VARCHAR,              -- 2023-2025, or 2023 for a one-year work plan
    region            VARCHAR NOT NULL,     -- provinces.name_en, economic_regions.name_en or National
    city              VARCHAR,
    issuer            VARCHAR NOT NULL,
    sector            VARCHAR NOT NULL REFERENCES sectors (id),
    subject_ko        VARCHAR NOT NULL,
    subject_en        VARCHAR,
    sentence          VARCHAR NOT NULL,     -- the source line exactly as in the file
    line              INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    confidence        VARCHAR NOT NULL,     -- high | medium | low, from the evidence the rules saw
    rule              VARCHAR NOT NULL,     -- the named rule that accepted it (python -m etl explain)
    page              INTEGER,              -- PDF only: the page the sentence starts on (NULL for a text file)
    page_line         INTEGER,              -- PDF only: its n-th printed line or table row on that page
    -- From the review store (etl/review.py), applied on every build; the fields above already
    -- carry a reviewer's corrections. rejected records stay here, hidden by the dashboard unless asked.
    review_status     VARCHAR NOT NULL DEFAULT 'extracted',  -- extracted | accepted | corrected | added | rejected
    reviewed_by       VARCHAR,              -- who signed the last review action
    reviewed_at       TIMESTAMP             -- when (UTC)
);

-- Each number the extractor read and did not take is kept with the named rule that rejected it,
-- so the dashboard can show "numbers not taken" for any article.
-- table: rejected_candidates — numbers not taken, with the rule that rejected each
CREATE TABLE rejected_candidates (
    bulletin_id VARCHAR NOT NULL REFERENCES bulletins (id),
    article_seq INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    value_text  VARCHAR NOT NULL,
    value       DOUBLE,
    unit        VARCHAR,
    rule        VARCHAR NOT NULL,       -- the rule's name
    reason      VARCHAR NOT NULL,       -- what the rule means, in words
    sentence    VARCHAR NOT NULL
);

-- table: orphaned_reviews — review actions that match no record of this build (never dropped from the store)
CREATE TABLE orphaned_reviews (
    commitment_id   VARCHAR NOT NULL,   -- the id the review was made under
    bulletin_sha256 VARCHAR NOT NULL,
    line            INTEGER NOT NULL,
    value_text      VARCHAR NOT NULL,
    action          VARCHAR NOT NULL,   -- accept | correct | reject | add
    reviewer        VARCHAR NOT NULL,
    reviewed_at     TIMESTAMP NOT NULL, -- UTC
    reason          VARCHAR,            -- a rejection's reason
    why             VARCHAR NOT NULL    -- bulletin not loaded | no record at that line with that number any more | …
);

-- table: ingest_failures — files that could not be loaded, with the reason (shown on the Sources page).
CREATE TABLE ingest_failures (
    file_name    VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    line         INTEGER,               -- where the problem is, when it has a place
    attempted_at TIMESTAMP NOT NULL
);

-- Tracking (etl/track.py, etl/quality.py): recomputed from `commitments` on every build and
-- ingest. Links are automatic only; a reviewer's merge/split is not applied here yet.
-- table: tracked_targets — one row per tracked target: the same commitment across bulletins, its deadline and progress
CREATE TABLE tracked_targets (
    target_id           VARCHAR PRIMARY KEY,  -- commitments.id of its first mention
    kind                VARCHAR NOT NULL,     -- target | funding
    region              VARCHAR NOT NULL,
    unit                VARCHAR NOT NULL,
    per_year            BOOLEAN NOT NULL,
    latest_id           VARCHAR NOT NULL,     -- commitments.id of its latest mention (value, subject, sector shown)
    first_seen          DATE NOT NULL,        -- issue date of the first bulletin that reported it
    last_seen           DATE NOT NULL,
    n_mentions          INTEGER NOT NULL,
    n_revisions         INTEGER NOT NULL,     -- mentions that changed value or year
    deadline_year       INTEGER,              -- the latest mention's target year (NULL: no deadline)
    first_value         DOUBLE NOT NULL,
    first_deadline_year INTEGER,
    baseline_id         VARCHAR,              -- the newest actual known when it was first reported
    baseline_value      DOUBLE,
    baseline_year       INTEGER,
    actual_id           VARCHAR,              -- the newest actual after the baseline
    actual_value        DOUBLE,
    actual_year         INTEGER,
    progress_share      DOUBLE,               -- (actual − baseline) / (target − baseline); without a baseline actual / target
    growth_needed       DOUBLE,               -- yearly growth from baseline to target by the deadline
    growth_observed     DOUBLE                -- yearly growth from baseline to the newest actual
);

-- table: target_mentions — each commitment that reports a tracked target, with how it changed it
CREATE TABLE target_mentions (
    target_id     VARCHAR NOT NULL,
    commitment_id VARCHAR PRIMARY KEY,
    seq           INTEGER NOT NULL,       -- 1 = first report
    bulletin      VARCHAR NOT NULL,
    issue_date    DATE NOT NULL,
    value         DOUBLE NOT NULL,
    target_year   INTEGER,
    revision      VARCHAR NOT NULL,       -- new | restated | revised
    changes       VARCHAR[] NOT NULL,     -- raised | lowered | deadline_moved, against the mention before
    similarity    DOUBLE                  -- subject similarity (Dice of bigrams) that linked it; NULL for the first
);

-- table: target_evidence — actuals of a target's measure and place: baseline, progress, outcome
CREATE TABLE target_evidence (
    target_id     VARCHAR NOT NULL,
    commitment_id VARCHAR NOT NULL,       -- the actual (kind actual)
    bulletin      VARCHAR NOT NULL,
    reported_on   DATE NOT NULL,          -- its bulletin's issue date: status as of an earlier date ignores it
    value         DOUBLE NOT NULL,
    actual_year   INTEGER NOT NULL,       -- the year the actual describes (its as_of_year)
    role          VARCHAR NOT NULL,       -- baseline | earlier (before the baseline) | progress | outcome
    share         DOUBLE,                 -- of the way from baseline to target
    verdict       VARCHAR,                -- achieved | partly | not_achieved; NULL: no verdict from this row
    PRIMARY KEY (target_id, commitment_id)
);

-- table: data_flags — data-quality flags on commitments, for a reviewer; a flag never changes a number
CREATE TABLE data_flags (
    commitment_id VARCHAR NOT NULL,
    flag          VARCHAR NOT NULL,       -- target_backwards | year_before_issue | magnitude | missing_place | missing_unit | table_units
    detail        VARCHAR NOT NULL,       -- the figures that raised it
    PRIMARY KEY (commitment_id, flag)
);

-- Status depends on the date asked about, so it is computed here, not stored: as of `as_of`,
-- from the bulletins issued by then, the newest verdict of a later actual, else the deadline
-- against as_of's year. Targets first reported after as_of do not exist yet.
CREATE MACRO target_status(as_of) AS TABLE
    WITH known AS (
        SELECT target_id, arg_max(target_year, seq) AS deadline_year, count(*) AS n_mentions
        FROM target_mentions WHERE issue_date <= as_of GROUP BY target_id
    ), judged AS (
        SELECT target_id, arg_max(verdict, (reported_on, actual_year)) AS verdict,
               arg_max(share, (reported_on, actual_year)) AS outcome_share
        FROM target_evidence WHERE verdict IS NOT NULL AND reported_on <= as_of GROUP BY target_id
    )
    SELECT k.target_id, k.deadline_year AS status_deadline, k.n_mentions AS mentions_by_then,
           CASE
               WHEN j.verdict IS NOT NULL THEN j.verdict
               WHEN k.deadline_year IS NULL THEN 'no_deadline'
               WHEN k.deadline_year > year(as_of) THEN 'upcoming'
               WHEN k.deadline_year = year(as_of) THEN 'due_this_year'
               ELSE 'deadline_passed'
           END AS status,
           j.outcome_share
    FROM known k LEFT JOIN judged j USING (target_id);
