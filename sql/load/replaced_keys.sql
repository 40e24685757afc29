-- Remember the keys of the package about to be replaced, before clear_package.sql removes its rows.
-- Inputs:  staging.cases, staging.contacts, staging.risk_assessments, staging.interventions,
--          staging.training (the earlier load of the package, if any).
-- Outputs: temp tables replaced_<kind> (this connection only), one row per key of the old package;
--          core_<kind>.sql adds the new package's keys, rebuilds exactly those keys and drops the table.
-- Parameters: $1 municipality, $2 period.
-- Why: a key's winner can only change if the replaced package had or has a copy of it, so the
-- core rebuild is limited to these keys instead of every row the municipality ever delivered.
CREATE OR REPLACE TEMP TABLE replaced_cases AS
SELECT case_id, person_id, role FROM staging.cases WHERE municipality = $1 AND period = $2;
CREATE OR REPLACE TEMP TABLE replaced_contacts AS
SELECT contact_id FROM staging.contacts WHERE municipality = $1 AND period = $2;
CREATE OR REPLACE TEMP TABLE replaced_risk_assessments AS
SELECT assessment_id FROM staging.risk_assessments WHERE municipality = $1 AND period = $2;
CREATE OR REPLACE TEMP TABLE replaced_interventions AS
SELECT intervention_id FROM staging.interventions WHERE municipality = $1 AND period = $2;
CREATE OR REPLACE TEMP TABLE replaced_training AS
SELECT employee_id, course, completed_on FROM staging.training WHERE municipality = $1 AND period = $2;
