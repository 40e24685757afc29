-- Baseline load of contacts (issue #8): every package's Parquet into a staging table, then one row
-- per key into the core table, the copy from the latest period winning, as vinr's warehouse keeps it.
-- Inputs:  ${parquet}/contacts/municipality=<code>/period=<period>/*.parquet.
-- Outputs: staging.contacts (every row), core.contacts (one row per municipality, contact_id).
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE OR REPLACE TABLE staging.contacts AS
SELECT * FROM read_parquet('${parquet}/contacts/*/*/*.parquet', hive_partitioning = true, hive_types_autocast = false);
CREATE OR REPLACE TABLE core.contacts AS
SELECT * FROM staging.contacts
QUALIFY row_number() OVER (PARTITION BY municipality, contact_id ORDER BY period DESC) = 1;
