-- Baseline extract of training.csv (issue #8); see extract_cases.sql for what is and is not checked.
-- Inputs:  ${input}/<municipality>/<period>/training.csv; macros.sql.
-- Outputs: ${parquet}/training/municipality=<code>/period=<period>/*.parquet; the row count.
COPY (
    WITH source AS (
        SELECT *, bench_municipality(filename) AS municipality, bench_period(filename) AS period,
               bench_period_end(bench_period(filename)) AS period_end
        FROM read_csv('${input}/*/*/training.csv', header = true, all_varchar = true, filename = true)
    )
    SELECT municipality, period,
           bench_hash('employee', trim(employee_id)) AS employee_id,
           trim(department) AS department, trim(unit) AS unit, trim(role) AS role, trim(course) AS course,
           bench_date(completed_on) AS completed_on
    FROM source
    WHERE coalesce(trim(employee_id), '') <> '' AND coalesce(trim(department), '') <> ''
      AND coalesce(trim(unit), '') <> ''
      AND trim(role) IN ('employee', 'manager', 'elected')
      AND trim(course) IN ('basic', 'advanced', 'elected_day', 'knowledge_day', 'other')
      AND bench_date(completed_on) <= period_end
) TO '${parquet}/training' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
