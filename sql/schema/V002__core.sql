-- V002: the core model that indicator SQL reads.
--
-- Purpose: one deduplicated row per fact across every loaded package of a municipality, the
--          loaded periods, and the code tables that give each code its Swedish and English label.
-- Inputs:  staging.* (V001), rebuilt by sql/load/core_*.sql inside the load transaction.
-- Outputs: core.cases, core.contacts, core.risk_assessments, core.interventions, core.training,
--          core.headcount, core.plan_status (columns: municipality, period, then the Parquet
--          columns without source_line; period is the package the winning row came from),
--          core.periods, and the code tables core.sexes, core.age_bands, core.case_roles,
--          core.staff_roles, core.violence_types, core.relations, core.risk_methods,
--          core.risk_levels, core.intervention_types, core.courses, core.plan_statuses,
--          core.units, core.departments.
--
-- Tables, not views: indicator queries run many times per report over the same rows, and
-- deduplicating with a window function each time would repeat the work; the load rebuilds a
-- municipality's core rows in the same transaction as its staging rows, so they never disagree.
--
-- Deduplication (docs/contract.md#2-input-files: "the newest loaded package wins"): newest means the latest
-- period, not the latest load time, so reloading an older period never overwrites what a later
-- package knew (a closing date that became known later), and the result does not depend on the
-- order in which periods are loaded.
--   cases             (municipality, case_id, person_id, role)
--   contacts          (municipality, contact_id)
--   risk_assessments  (municipality, assessment_id)
--   interventions     (municipality, intervention_id)
--   training          (municipality, employee_id, course, completed_on): accumulates over periods
--   headcount         (municipality, period, department, unit, role): a per-period fact
--   plan_status       (municipality, period, activity_id): a per-period fact

-- The fact tables have their staging table's columns, in the same order, without source_line (a
-- line number means nothing once rows of several packages are merged): defined once, in V001. A
-- table made from a query keeps no NOT NULL; core takes its rows only from staging, whose columns
-- carry the rules, so they are not repeated here.
CREATE TABLE core.cases AS SELECT * EXCLUDE (source_line) FROM staging.cases WITH NO DATA;
CREATE TABLE core.contacts AS SELECT * EXCLUDE (source_line) FROM staging.contacts WITH NO DATA;
CREATE TABLE core.risk_assessments AS SELECT * EXCLUDE (source_line) FROM staging.risk_assessments WITH NO DATA;
CREATE TABLE core.interventions AS SELECT * EXCLUDE (source_line) FROM staging.interventions WITH NO DATA;
CREATE TABLE core.training AS SELECT * EXCLUDE (source_line) FROM staging.training WITH NO DATA;
CREATE TABLE core.headcount AS SELECT * EXCLUDE (source_line) FROM staging.headcount WITH NO DATA;
CREATE TABLE core.plan_status AS SELECT * EXCLUDE (source_line) FROM staging.plan_status WITH NO DATA;

-- The loaded periods of each municipality: indicator SQL takes period bounds from here.
CREATE TABLE core.periods (
    municipality VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL,
    loaded_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (municipality, period)
);

-- Code tables: the contract's code lists with the labels a reader sees (Swedish first).
CREATE TABLE core.sexes (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.sexes VALUES
    ('K', 'Kvinnor', 'Women', 1),
    ('M', 'Män', 'Men', 2),
    ('X', 'Annat', 'Other', 3);

-- min_age and max_age are inclusive; max_age is NULL for the open band.
CREATE TABLE core.age_bands (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL,
    min_age INTEGER NOT NULL, max_age INTEGER);
INSERT INTO core.age_bands VALUES
    ('0-17', '0–17 år', '0–17 years', 1, 0, 17),
    ('18-24', '18–24 år', '18–24 years', 2, 18, 24),
    ('25-44', '25–44 år', '25–44 years', 3, 25, 44),
    ('45-64', '45–64 år', '45–64 years', 4, 45, 64),
    ('65-79', '65–79 år', '65–79 years', 5, 65, 79),
    ('80+', '80 år och äldre', '80 years and older', 6, 80, NULL);

CREATE TABLE core.case_roles (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.case_roles VALUES
    ('victim', 'Våldsutsatt vuxen', 'Adult victim', 1),
    ('child_victim', 'Barn som utsatts för våld', 'Child victim', 2),
    ('child_witness', 'Barn som upplevt våld', 'Child who witnessed violence', 3),
    ('perpetrator', 'Våldsutövare', 'Perpetrator', 4);

CREATE TABLE core.staff_roles (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.staff_roles VALUES
    ('employee', 'Medarbetare', 'Employee', 1),
    ('manager', 'Chef', 'Manager', 2),
    ('elected', 'Förtroendevald', 'Elected representative', 3);

CREATE TABLE core.violence_types (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.violence_types VALUES
    ('physical', 'Fysiskt våld', 'Physical violence', 1),
    ('psychological', 'Psykiskt våld', 'Psychological violence', 2),
    ('sexual', 'Sexuellt våld', 'Sexual violence', 3),
    ('economic', 'Ekonomiskt våld', 'Economic violence', 4),
    ('material', 'Materiellt våld', 'Material violence', 5),
    ('latent', 'Latent våld', 'Latent violence', 6),
    ('neglect', 'Försummelse', 'Neglect', 7),
    ('honour', 'Hedersrelaterat våld och förtryck', 'Honour-related violence and oppression', 8),
    ('child_marriage', 'Barnäktenskap', 'Child marriage', 9),
    ('forced_marriage', 'Tvångsäktenskap', 'Forced marriage', 10),
    ('fgm', 'Könsstympning', 'Female genital mutilation', 11),
    ('trafficking', 'Människohandel', 'Human trafficking', 12);

CREATE TABLE core.relations (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.relations VALUES
    ('partner', 'Partner', 'Partner', 1),
    ('former_partner', 'Tidigare partner', 'Former partner', 2),
    ('parent', 'Förälder', 'Parent', 3),
    ('child', 'Barn', 'Child', 4),
    ('sibling', 'Syskon', 'Sibling', 5),
    ('other_relative', 'Annan släkting', 'Other relative', 6),
    ('other', 'Annan närstående', 'Other close relation', 7);

CREATE TABLE core.risk_methods (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.risk_methods VALUES
    ('FREDA_KORTFRAGOR', 'FREDA-kortfrågor', 'FREDA short questions', 1),
    ('FREDA_BESKRIVNING', 'FREDA-beskrivning', 'FREDA description', 2),
    ('FREDA_FARLIGHET', 'FREDA-farlighetsbedömning', 'FREDA dangerousness assessment', 3),
    ('SARA_SV', 'SARA:SV', 'SARA:SV', 4),
    ('PATRIARK', 'PATRIARK', 'PATRIARK', 5),
    ('SAM', 'SAM', 'SAM', 6),
    ('OTHER', 'Annan metod', 'Other method', 7);

CREATE TABLE core.risk_levels (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.risk_levels VALUES
    ('low', 'Låg', 'Low', 1),
    ('medium', 'Medel', 'Medium', 2),
    ('high', 'Hög', 'High', 3);

CREATE TABLE core.intervention_types (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.intervention_types VALUES
    ('protected_housing', 'Skyddat boende', 'Protected housing', 1),
    ('support_talks', 'Stödsamtal', 'Support talks', 2),
    ('financial_aid', 'Ekonomiskt bistånd', 'Financial aid', 3),
    ('perpetrator_programme', 'Behandlingsprogram för våldsutövare', 'Perpetrator programme', 4),
    ('child_support', 'Stöd till barn', 'Support for children', 5),
    ('other', 'Annan insats', 'Other intervention', 6);

CREATE TABLE core.courses (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.courses VALUES
    ('basic', 'Grundutbildning', 'Basic course', 1),
    ('advanced', 'Fördjupningsutbildning', 'Advanced course', 2),
    ('elected_day', 'Utbildningsdag för förtroendevalda', 'Training day for elected representatives', 3),
    ('knowledge_day', 'Kunskapsdag', 'Knowledge day', 4),
    ('other', 'Annan utbildning', 'Other course', 5);

CREATE TABLE core.plan_statuses (
    code VARCHAR PRIMARY KEY, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL, sort_order INTEGER NOT NULL);
INSERT INTO core.plan_statuses VALUES
    ('not_started', 'Ej påbörjad', 'Not started', 1),
    ('ongoing', 'Pågående', 'Ongoing', 2),
    ('done', 'Genomförd', 'Done', 3);

-- Units and departments are each municipality's own names (free text in the export): both labels
-- are the name itself. Rebuilt from core.* by sql/load/core_units.sql on every load.
CREATE TABLE core.units (
    municipality VARCHAR NOT NULL, code VARCHAR NOT NULL, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL,
    sort_order INTEGER NOT NULL, PRIMARY KEY (municipality, code));

CREATE TABLE core.departments (
    municipality VARCHAR NOT NULL, code VARCHAR NOT NULL, label_sv VARCHAR NOT NULL, label_en VARCHAR NOT NULL,
    sort_order INTEGER NOT NULL, PRIMARY KEY (municipality, code));
