-- Baseline load of interventions (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/interventions/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.interventions (every row), core.interventions (one row per municipality, intervention_id).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.interventions AS
SELECT * FROM read_parquet('${parquet}/interventions/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.interventions AS
SELECT * FROM staging.interventions
QUALIFY row_number() OVER (PARTITION BY municipality, intervention_id ORDER BY period DESC) = 1;
