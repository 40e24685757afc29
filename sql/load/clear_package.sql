-- Remove one package from staging before it is loaded (again), and its earlier data test results.
-- Inputs:  none.  Outputs: staging.* and meta.data_test_results without rows of ($1, $2).
-- Parameters: $1 municipality, $2 period.
-- Every kind is cleared, also those the new package lacks: a file dropped from a package must
-- not leave its old rows behind.
DELETE FROM staging.cases WHERE municipality = $1 AND period = $2;
DELETE FROM staging.contacts WHERE municipality = $1 AND period = $2;
DELETE FROM staging.risk_assessments WHERE municipality = $1 AND period = $2;
DELETE FROM staging.interventions WHERE municipality = $1 AND period = $2;
DELETE FROM staging.training WHERE municipality = $1 AND period = $2;
DELETE FROM staging.headcount WHERE municipality = $1 AND period = $2;
DELETE FROM staging.plan_status WHERE municipality = $1 AND period = $2;
DELETE FROM meta.data_test_results WHERE municipality = $1 AND period = $2;
