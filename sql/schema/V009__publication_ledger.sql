-- V009: the publish step's tables: every figure a report shows, as it was published.
--
-- Purpose: the publication ledger. `vinr publish` computes each indicator once per (municipality,
--          report period) — values, intervals, comparisons, protection decisions, trends, peers,
--          reference figures, data quality, plan follow-up — and stores it here; `vinr report` reads
--          only these tables and renders. A BI tool or an analyst's DuckDB session sees exactly what
--          was published, never an exact small count.
-- Inputs:  written by se.vinr.publish.PublicationWriter, from core.*, ref.*, meta.data_test_results,
--          the extract's manifest and the action plan.
-- Outputs: mart.publications and the mart.* tables below, keyed by (municipality, report_period);
--          mart.first_published_cells (view); meta.publish_runs (the run log).
--
-- report_period is the half-year of the publication (the report); period is the half-year a row
-- describes (a report shows every loaded half-year up to its own). Publishing a (municipality,
-- report_period) again replaces all its rows in one transaction, and the same data gives the same
-- rows: ordinals keep the report's order, and nothing here depends on the time of the run except
-- first_published_at, which the first publication sets and later ones keep. The time of every run is
-- in meta.publish_runs.
-- (V008 holds the YAML indicator models' shared macros.)

CREATE TABLE mart.publications (
    municipality          VARCHAR NOT NULL,
    report_period         VARCHAR NOT NULL,
    municipality_name     VARCHAR NOT NULL,
    suppression_threshold INTEGER NOT NULL,   -- counts 1 .. threshold-1 are never shown
    confidence_level      VARCHAR NOT NULL,   -- per cent, as printed: '95.0'
    first_published_at    TIMESTAMP NOT NULL, -- UTC, of the first publication of this key
    synthetic             BOOLEAN NOT NULL,   -- made from the demo's synthetic data: every page says so
    PRIMARY KEY (municipality, report_period)
);

-- The municipality's loaded half-years the publication covers, ascending.
CREATE TABLE mart.publication_periods (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    period        VARCHAR NOT NULL,
    PRIMARY KEY (municipality, report_period, period)
);

-- The ledger proper: every published cell (the rows of indicators.csv). A hidden cell has
-- suppressed = true and no numerator, value or interval (its denominator only where that is safe).
-- Revisions (a later report showing an earlier half-year again, compared with the cell's first
-- publication in a report period before this one): a count hidden before stays hidden; a count changed
-- by 1 .. threshold-1 is hidden (subtraction would reveal the small difference) and its sums are
-- protected as for a small count; a count unchanged is shown as before; a count changed by the
-- threshold or more is shown with revised = true (reviderad).
-- reference_area is '' for a row without a matching reference figure, else one row per area.
CREATE TABLE mart.published_cells (
    municipality    VARCHAR NOT NULL,
    report_period   VARCHAR NOT NULL,
    ordinal         INTEGER NOT NULL,
    indicator       VARCHAR NOT NULL,
    breakdown       VARCHAR NOT NULL,         -- 'all' or 'key=value[;key=value]'
    period          VARCHAR NOT NULL,
    reference_area  VARCHAR NOT NULL,
    unit            VARCHAR NOT NULL,         -- count, percent, per_10000, ratio, days
    numerator       DOUBLE,
    denominator     DOUBLE,
    value           DOUBLE,
    ci_low          DOUBLE,
    ci_high         DOUBLE,
    reference_value DOUBLE,
    comparison      VARCHAR NOT NULL,         -- higher, similar, lower, not_compared
    suppressed      BOOLEAN NOT NULL,
    revised         BOOLEAN NOT NULL DEFAULT false, -- shown, and differs from the cell's first publication
    PRIMARY KEY (municipality, report_period, indicator, breakdown, period, reference_area)
);

-- Each cell as the earliest publication that showed its half-year published it: what a later report
-- compares a revised figure with.
CREATE VIEW mart.first_published_cells AS
SELECT municipality, indicator, breakdown, period, reference_area,
       report_period AS first_report_period, unit, numerator, denominator, value, ci_low, ci_high,
       reference_value, comparison, suppressed
FROM mart.published_cells
QUALIFY row_number() OVER (PARTITION BY municipality, indicator, breakdown, period, reference_area
                           ORDER BY report_period) = 1;

-- The indicators as the publication defined them (catalogue and derived ratios), in report order.
CREATE TABLE mart.indicator_definitions (
    municipality           VARCHAR NOT NULL,
    report_period          VARCHAR NOT NULL,
    ordinal                INTEGER NOT NULL,
    indicator              VARCHAR NOT NULL,
    title_sv               VARCHAR,
    title_en               VARCHAR,
    description_sv         VARCHAR,
    description_en         VARCHAR,
    unit                   VARCHAR NOT NULL,
    numerator_definition   VARCHAR,
    denominator_definition VARCHAR,
    polarity               VARCHAR NOT NULL,  -- HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER
    sub_goal               VARCHAR,
    reference_source       VARCHAR,
    goal                   DOUBLE,
    charts                 VARCHAR NOT NULL,  -- the model's chart hints, comma-separated, sorted (may be empty)
    PRIMARY KEY (municipality, report_period, indicator)
);

-- One finding per indicator series: changes, trend test and control-chart signal, from published
-- half-years only.
CREATE TABLE mart.trends (
    municipality             VARCHAR NOT NULL,
    report_period            VARCHAR NOT NULL,
    ordinal                  INTEGER NOT NULL,
    indicator                VARCHAR NOT NULL,
    breakdown                VARCHAR NOT NULL,
    change_from_previous     DOUBLE,
    previous_change          VARCHAR NOT NULL, -- SIGNIFICANT_INCREASE, SIGNIFICANT_DECREASE, NOT_SIGNIFICANT, NOT_TESTED, ACROSS_BREAK
    change_from_year_earlier DOUBLE,
    year_earlier_change      VARCHAR NOT NULL,
    trend                    VARCHAR NOT NULL, -- INCREASING, DECREASING, NO_TREND, TOO_FEW_POINTS, NOT_TESTED
    unbroken_points          INTEGER NOT NULL,
    control_signal           VARCHAR NOT NULL, -- SPECIAL_CAUSE_HIGH, SPECIAL_CAUSE_LOW, COMMON_CAUSE, NOT_ASSESSED
    goal_assurance           VARCHAR NOT NULL, -- WILL_REACH, WILL_NOT_REACH, UNCERTAIN, NO_GOAL
    PRIMARY KEY (municipality, report_period, indicator, breakdown)
);

-- The control chart each finding's signal was read from: one row per half-year of the unbroken run
-- that has limits, on the indicator's own scale; the report draws exactly these.
CREATE TABLE mart.control_chart_points (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    indicator     VARCHAR NOT NULL,
    breakdown     VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    period        VARCHAR NOT NULL,
    value         DOUBLE NOT NULL,
    centre        DOUBLE NOT NULL,
    lower_limit   DOUBLE NOT NULL,
    upper_limit   DOUBLE NOT NULL,
    variation     VARCHAR NOT NULL,             -- SPECIAL_CAUSE_HIGH, SPECIAL_CAUSE_LOW, COMMON_CAUSE
    PRIMARY KEY (municipality, report_period, indicator, breakdown, period)
);

-- The latest value's comparison with each reference area at the level the report's sentences use
-- (the displayed comparison, at the interval's level, is in mart.published_cells).
CREATE TABLE mart.trend_flag_comparisons (
    municipality   VARCHAR NOT NULL,
    report_period  VARCHAR NOT NULL,
    indicator      VARCHAR NOT NULL,
    breakdown      VARCHAR NOT NULL,
    reference_area VARCHAR NOT NULL,
    comparison     VARCHAR NOT NULL,            -- higher, similar, lower, not_compared
    PRIMARY KEY (municipality, report_period, indicator, breakdown, reference_area)
);

-- Other municipalities' values shown in funnel plots (small ones already left out).
CREATE TABLE mart.peer_values (
    municipality      VARCHAR NOT NULL,
    report_period     VARCHAR NOT NULL,
    ordinal           INTEGER NOT NULL,
    indicator         VARCHAR NOT NULL,
    peer_municipality VARCHAR NOT NULL,
    peer_name         VARCHAR,
    period            VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    denominator       DOUBLE NOT NULL,
    source            VARCHAR
);

-- Where the reference figures came from.
CREATE TABLE mart.reference_sources (
    municipality   VARCHAR NOT NULL,
    report_period  VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    reference_area VARCHAR,
    indicator      VARCHAR,
    source         VARCHAR,
    years          VARCHAR,                   -- '2023' or '2019–2024'
    note           VARCHAR
);

-- Reference areas other than the country, by code (Kolada groups: 'kolada:<id>') with their titles.
CREATE TABLE mart.reference_areas (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    area          VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    PRIMARY KEY (municipality, report_period, area)
);

CREATE TABLE mart.series_breaks (
    municipality   VARCHAR NOT NULL,
    report_period  VARCHAR NOT NULL,
    ordinal        INTEGER NOT NULL,
    period         VARCHAR NOT NULL,          -- the first half-year after the break
    scope          VARCHAR NOT NULL,          -- 'all' or an indicator id
    description_sv VARCHAR,
    description_en VARCHAR,
    source         VARCHAR
);

-- The municipality's inhabitants by sex and adult age band (SCB, public) the victims are set against.
CREATE TABLE mart.population (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    sex           VARCHAR NOT NULL,
    age_band      VARCHAR NOT NULL,
    inhabitants   BIGINT NOT NULL,
    year          INTEGER NOT NULL,
    PRIMARY KEY (municipality, report_period, sex, age_band)
);

-- Data quality: the extract's files, their rejects by reason, missing files, load warnings and
-- revised national figures.
CREATE TABLE mart.quality_files (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    file          VARCHAR NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_written  BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    PRIMARY KEY (municipality, report_period, file)
);

CREATE TABLE mart.quality_rejects (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    file          VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    reason        VARCHAR NOT NULL,
    rows_rejected BIGINT NOT NULL,
    PRIMARY KEY (municipality, report_period, file, reason)
);

CREATE TABLE mart.quality_missing_files (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    file          VARCHAR NOT NULL
);

CREATE TABLE mart.quality_warnings (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    period        VARCHAR NOT NULL,
    check_name    VARCHAR NOT NULL,
    severity      VARCHAR NOT NULL,
    message       VARCHAR                     -- Swedish, small row counts already hidden
);

CREATE TABLE mart.quality_revised_references (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    indicator     VARCHAR NOT NULL,
    area          VARCHAR NOT NULL,
    year          VARCHAR NOT NULL,
    value_before  DOUBLE,
    value_after   DOUBLE
);

-- The action-plan follow-up: no row in mart.plan_follow_up when no plan was configured.
CREATE TABLE mart.plan_follow_up (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    title         VARCHAR,
    vision        VARCHAR,
    PRIMARY KEY (municipality, report_period)
);

CREATE TABLE mart.plan_sub_goals (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    sub_goal      VARCHAR NOT NULL,
    title         VARCHAR
);

CREATE TABLE mart.plan_activities (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    sub_goal      VARCHAR NOT NULL,
    ordinal       INTEGER NOT NULL,
    activity      VARCHAR NOT NULL,
    text          VARCHAR,
    responsible   VARCHAR,
    due           VARCHAR,                    -- ISO date
    status        VARCHAR,                    -- not_started, ongoing, done, or null when not reported
    overdue       BOOLEAN NOT NULL,
    comment       VARCHAR
);

CREATE TABLE mart.plan_indicators (
    municipality       VARCHAR NOT NULL,
    report_period      VARCHAR NOT NULL,
    sub_goal           VARCHAR NOT NULL,
    ordinal            INTEGER NOT NULL,
    plan_indicator     VARCHAR NOT NULL,
    title              VARCHAR,
    computed_indicator VARCHAR,               -- the catalogue id, or null when reported by hand
    unit               VARCHAR,
    latest_value       DOUBLE,                -- the latest published (protected) value
    latest_period      VARCHAR
);

-- One row per publish run (its time is kept here, not in mart.*, so reruns leave mart.* unchanged).
CREATE TABLE meta.publish_runs (
    municipality  VARCHAR NOT NULL,
    report_period VARCHAR NOT NULL,
    published_at  TIMESTAMP NOT NULL,
    cells         BIGINT NOT NULL
);
