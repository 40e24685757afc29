-- Baseline load of training (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/training/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.training (every row), core.training (one row per municipality, employee_id, course, completed_on).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.training AS
SELECT * FROM read_parquet('${parquet}/training/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.training AS
SELECT * FROM staging.training
QUALIFY row_number() OVER (PARTITION BY municipality, employee_id, course, completed_on ORDER BY period DESC) = 1;
