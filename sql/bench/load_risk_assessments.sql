-- Baseline load of risk_assessments (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/risk_assessments/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.risk_assessments (every row), core.risk_assessments (one row per municipality, assessment_id).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.risk_assessments AS
SELECT * FROM read_parquet('${parquet}/risk_assessments/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.risk_assessments AS
SELECT * FROM staging.risk_assessments
QUALIFY row_number() OVER (PARTITION BY municipality, assessment_id ORDER BY period DESC) = 1;
