-- Baseline extract of interventions.csv (issue #8); see extract_cases.sql for what is and is not checked.
-- Inputs:  ${input}/<municipality>/<period>/interventions.csv; macros.sql.
-- Outputs: ${parquet}/interventions/municipality=<code>/period=<period>/*.parquet; the row count.
COPY (
    WITH source AS (
        SELECT *, bench_municipality(filename) AS municipality, bench_period(filename) AS period,
               bench_period_end(bench_period(filename)) AS period_end
        FROM read_csv('${input}/*/*/interventions.csv', header = true, all_varchar = true, filename = true)
    ), typed AS (
        SELECT *, bench_person(person_id, period_end) AS pid, bench_date(start) AS started,
               bench_date("end") AS ended
        FROM source
    )
    SELECT municipality, period,
           bench_hash('intervention', trim(intervention_id)) AS intervention_id,
           bench_hash('case', trim(case_id)) AS case_id,
           bench_hash('person', pid) AS person_id,
           trim(type) AS type, started AS start, ended AS "end", bench_sex_of(pid) AS sex,
           bench_age(bench_birth(pid), started) AS age,
           bench_age_band(bench_age(bench_birth(pid), started)) AS age_band
    FROM typed
    WHERE coalesce(trim(intervention_id), '') <> '' AND coalesce(trim(case_id), '') <> ''
      AND bench_valid_person(pid) AND started IS NOT NULL
      AND (coalesce(trim("end"), '') = '' OR ended IS NOT NULL)
      AND trim(type) IN ('protected_housing', 'support_talks', 'financial_aid', 'perpetrator_programme',
                         'child_support', 'other')
      AND started <= period_end AND (ended IS NULL OR ended <= period_end)
) TO '${parquet}/interventions' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
