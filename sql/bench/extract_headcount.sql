-- Baseline extract of headcount.csv (issue #8); see extract_cases.sql for what is and is not checked.
-- Inputs:  ${input}/<municipality>/<period>/headcount.csv; macros.sql.
-- Outputs: ${parquet}/headcount/municipality=<code>/period=<period>/*.parquet; the row count.
COPY (
    SELECT bench_municipality(filename) AS municipality, bench_period(filename) AS period,
           trim(department) AS department, trim(unit) AS unit, trim(role) AS role,
           try_cast(trim(headcount) AS BIGINT) AS headcount
    FROM read_csv('${input}/*/*/headcount.csv', header = true, all_varchar = true, filename = true)
    WHERE coalesce(trim(department), '') <> '' AND coalesce(trim(unit), '') <> ''
      AND trim(role) IN ('employee', 'manager', 'elected')
      AND try_cast(trim(headcount) AS BIGINT) IS NOT NULL
) TO '${parquet}/headcount' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
