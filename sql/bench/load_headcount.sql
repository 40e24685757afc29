-- Baseline load of headcount (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/headcount/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.headcount (every row), core.headcount (one row per municipality, period, department, unit, role).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.headcount AS
SELECT * FROM read_parquet('${parquet}/headcount/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.headcount AS
SELECT * FROM staging.headcount
QUALIFY row_number() OVER (PARTITION BY municipality, period, department, unit, role ORDER BY period DESC) = 1;
