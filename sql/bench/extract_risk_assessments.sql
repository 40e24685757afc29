-- Baseline extract of risk_assessments.csv (issue #8); see extract_cases.sql for what is and is not checked.
-- Inputs:  ${input}/<municipality>/<period>/risk_assessments.csv; macros.sql.
-- Outputs: ${parquet}/risk_assessments/municipality=<code>/period=<period>/*.parquet; the row count.
COPY (
    WITH source AS (
        SELECT *, bench_municipality(filename) AS municipality, bench_period(filename) AS period,
               bench_period_end(bench_period(filename)) AS period_end
        FROM read_csv('${input}/*/*/risk_assessments.csv', header = true, all_varchar = true, filename = true)
    ), typed AS (
        SELECT *, bench_person(person_id, period_end) AS pid, bench_date(assessed_on) AS assessed
        FROM source
    )
    SELECT municipality, period,
           bench_hash('assessment', trim(assessment_id)) AS assessment_id,
           bench_hash('case', trim(case_id)) AS case_id,
           bench_hash('person', pid) AS person_id,
           trim(method) AS method, assessed AS assessed_on, nullif(trim(risk_level), '') AS risk_level,
           nullif(trim(unit), '') AS unit, bench_sex_of(pid) AS sex,
           bench_age(bench_birth(pid), assessed) AS age,
           bench_age_band(bench_age(bench_birth(pid), assessed)) AS age_band
    FROM typed
    WHERE coalesce(trim(assessment_id), '') <> '' AND coalesce(trim(case_id), '') <> ''
      AND bench_valid_person(pid) AND assessed IS NOT NULL AND assessed <= period_end
      AND trim(method) IN ('FREDA_KORTFRAGOR', 'FREDA_BESKRIVNING', 'FREDA_FARLIGHET', 'SARA_SV', 'PATRIARK',
                           'SAM', 'OTHER')
      AND coalesce(trim(risk_level), '') IN ('', 'low', 'medium', 'high')
) TO '${parquet}/risk_assessments' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
