-- V003: reference data: geography, population, national figures, series breaks, import history.
--
-- Purpose: hold what a municipality's figures are compared with and divided by.
-- Inputs:  seeds/*.csv (SeedLoader), Kolada API JSON, SCB PxWeb JSON-stat2 and the plain national
--          CSV format (KoladaImporter, PxWebImporter, CsvReferenceImporter), written through
--          sql/load/ref_*.sql.
-- Outputs: ref.counties, ref.municipalities, ref.population, ref.national_figures,
--          ref.series_breaks, ref.imports, ref.import_changes.
--
-- Area codes in ref.national_figures follow the contract's reference_area: 'riket', a two-digit
-- county code, a four-digit municipality code, 'kommungrupp:<name>', or, for seed rows whose
-- geography is neither (e.g. '32 kommuner'), the seed's text as it is.
-- Sex codes everywhere: 'T' total, 'K' women, 'M' men.
-- A later import of the same key replaces the value; the old value is kept in ref.import_changes.

CREATE TABLE ref.imports (
    import_id   BIGINT PRIMARY KEY,
    file        VARCHAR NOT NULL,
    format      VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    rows        BIGINT NOT NULL
);

CREATE TABLE ref.counties (
    county_code VARCHAR PRIMARY KEY,
    county_name VARCHAR NOT NULL
);

CREATE TABLE ref.municipalities (
    municipality_code VARCHAR PRIMARY KEY,
    municipality_name VARCHAR NOT NULL,
    county_code       VARCHAR NOT NULL,
    county_name       VARCHAR NOT NULL,
    skr_group_code    VARCHAR,
    skr_group_name    VARCHAR,
    skr_main_group    VARCHAR
);

-- Population on 31 December of year. municipality_code '0000' is Sweden; two-digit codes are
-- counties (from SCB files). age_group: 'total', the contract's bands '0-17' '18-24' '25-44'
-- '45-64' '65-79' '80+', '18+', and the seeds' derived '0-19' and '20+'.
CREATE TABLE ref.population (
    municipality_code VARCHAR NOT NULL,
    year              INTEGER NOT NULL,
    sex               VARCHAR NOT NULL,
    age_group         VARCHAR NOT NULL,
    population        BIGINT NOT NULL,
    source            VARCHAR NOT NULL,
    derived           BOOLEAN NOT NULL,
    import_id         BIGINT NOT NULL,
    PRIMARY KEY (municipality_code, year, sex, age_group)
);

-- year is text: 'YYYY', a half-year 'YYYYH1'/'YYYYH2', or as the seeds give it ('YYYY-MM', a span
-- 'YYYY-YYYY', or '' when the source names no year). year_num is the year when year is one
-- calendar year or a half-year, else NULL. value NULL: the source publishes no number.
-- reference_id, domain, geography, qualifier and source_quote come from the seeds only.
CREATE TABLE ref.national_figures (
    indicator    VARCHAR NOT NULL,
    area         VARCHAR NOT NULL,
    year         VARCHAR NOT NULL,
    sex          VARCHAR NOT NULL,
    value        DOUBLE,
    unit         VARCHAR,
    source       VARCHAR NOT NULL,
    year_num     INTEGER,
    reference_id VARCHAR,
    domain       VARCHAR,
    geography    VARCHAR,
    qualifier    VARCHAR,
    source_quote VARCHAR,
    import_id    BIGINT NOT NULL,
    PRIMARY KEY (indicator, area, year, sex)
);

CREATE TABLE ref.series_breaks (
    break_date     DATE NOT NULL,
    scope          VARCHAR NOT NULL,
    description_sv VARCHAR NOT NULL,
    description_en VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    PRIMARY KEY (break_date, scope)
);

-- A value that an import changed: dataset 'national_figures' or 'population' (then indicator is
-- the age group and area the region code).
CREATE TABLE ref.import_changes (
    import_id          BIGINT NOT NULL,
    previous_import_id BIGINT NOT NULL,
    dataset            VARCHAR NOT NULL,
    indicator          VARCHAR NOT NULL,
    area               VARCHAR NOT NULL,
    year               VARCHAR NOT NULL,
    sex                VARCHAR NOT NULL,
    old_value          DOUBLE,
    new_value          DOUBLE
);
