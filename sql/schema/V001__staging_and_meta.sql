-- V001: schemas, migration bookkeeping, staging tables and load bookkeeping.
--
-- Purpose: give every layer of the warehouse its own schema and receive the pseudonymised rows of
--          each extract package unchanged, so that a load can always be replaced as a whole.
-- Inputs:  extracts/<municipality>/<period>/<kind>.parquet (docs/contract.md#5-output) through PeriodLoader,
--          which inserts the Parquet columns of se.vinr.extract.OutputSchema by name.
-- Outputs: staging.<kind> (one table per record kind: municipality and period of the delivering
--          package, then the Parquet columns in OutputSchema order, source_line last),
--          meta.schema_version, meta.loads, meta.data_test_results.
--
-- Staging keeps every package: the same case row arrives again in each period it stays open, and
-- core (V002) chooses among the copies. No primary keys on staging: the extract already guarantees
-- each kind's unique key within a package, and an index on millions of rows costs more than it saves.

CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS ref;
CREATE SCHEMA IF NOT EXISTS meta;
CREATE SCHEMA IF NOT EXISTS mart;

-- One row per applied migration file; the highest version is the warehouse's schema version.
CREATE TABLE meta.schema_version (
    version     INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    script      VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);

CREATE TABLE staging.cases (
    municipality       VARCHAR NOT NULL,
    period             VARCHAR NOT NULL,
    case_id            VARCHAR NOT NULL,
    person_id          VARCHAR NOT NULL,
    role               VARCHAR NOT NULL,
    unit               VARCHAR NOT NULL,
    opened             DATE NOT NULL,
    closed             DATE,
    sex                VARCHAR,
    violence_types     VARCHAR,
    relation           VARCHAR,
    disability         BOOLEAN,
    lgbtq              BOOLEAN,
    foreign_background BOOLEAN,
    age                INTEGER,
    age_band           VARCHAR,
    source_line        BIGINT NOT NULL
);

CREATE TABLE staging.contacts (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    contact_id   VARCHAR NOT NULL,
    person_id    VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    contact_date DATE NOT NULL,
    asked        BOOLEAN NOT NULL,
    disclosed    BOOLEAN,
    case_id      VARCHAR,
    sex          VARCHAR,
    age          INTEGER,
    age_band     VARCHAR,
    source_line  BIGINT NOT NULL
);

CREATE TABLE staging.risk_assessments (
    municipality  VARCHAR NOT NULL,
    period        VARCHAR NOT NULL,
    assessment_id VARCHAR NOT NULL,
    case_id       VARCHAR NOT NULL,
    person_id     VARCHAR NOT NULL,
    method        VARCHAR NOT NULL,
    assessed_on   DATE NOT NULL,
    risk_level    VARCHAR,
    unit          VARCHAR,
    sex           VARCHAR,
    age           INTEGER,
    age_band      VARCHAR,
    source_line   BIGINT NOT NULL
);

-- "end" is a reserved word: always write it quoted.
CREATE TABLE staging.interventions (
    municipality    VARCHAR NOT NULL,
    period          VARCHAR NOT NULL,
    intervention_id VARCHAR NOT NULL,
    case_id         VARCHAR NOT NULL,
    person_id       VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    start           DATE NOT NULL,
    "end"           DATE,
    sex             VARCHAR,
    age             INTEGER,
    age_band        VARCHAR,
    source_line     BIGINT NOT NULL
);

CREATE TABLE staging.training (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    employee_id  VARCHAR NOT NULL,
    department   VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    course       VARCHAR NOT NULL,
    completed_on DATE NOT NULL,
    source_line  BIGINT NOT NULL
);

CREATE TABLE staging.headcount (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    department   VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    headcount    BIGINT NOT NULL,
    source_line  BIGINT NOT NULL
);

CREATE TABLE staging.plan_status (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    activity_id  VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,
    value        DOUBLE,
    comment      VARCHAR,
    source_line  BIGINT NOT NULL
);

-- One row per loaded package (the latest load of it). rows_<kind> is the number of rows loaded
-- from that kind's Parquet file, NULL where the package has no such file.
CREATE TABLE meta.loads (
    municipality           VARCHAR NOT NULL,
    period                 VARCHAR NOT NULL,
    key_fingerprint        VARCHAR NOT NULL,
    manifest_sha256        VARCHAR NOT NULL,
    tool_version           VARCHAR,
    extract_created        VARCHAR,
    accepted_new_key       BOOLEAN NOT NULL,
    loaded_at              TIMESTAMP NOT NULL,
    rows_cases             BIGINT,
    rows_contacts          BIGINT,
    rows_risk_assessments  BIGINT,
    rows_interventions     BIGINT,
    rows_training          BIGINT,
    rows_headcount         BIGINT,
    rows_plan_status       BIGINT,
    PRIMARY KEY (municipality, period)
);

-- Findings of the data tests of the latest load of a package (errors never get here: they roll
-- the load back). check_name, not "check": CHECK is a reserved word in SQL.
CREATE TABLE meta.data_test_results (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    check_name   VARCHAR NOT NULL,
    severity     VARCHAR NOT NULL,
    message      VARCHAR NOT NULL,
    message_sv   VARCHAR NOT NULL,
    checked_at   TIMESTAMP NOT NULL
);
