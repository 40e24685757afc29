-- Baseline load of cases (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/cases/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.cases (every row), core.cases (one row per municipality, case_id, person_id, role).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.cases AS
SELECT * FROM read_parquet('${parquet}/cases/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.cases AS
SELECT * FROM staging.cases
QUALIFY row_number() OVER (PARTITION BY municipality, case_id, person_id, role ORDER BY period DESC) = 1;
