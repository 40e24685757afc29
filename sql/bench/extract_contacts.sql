-- Baseline extract of contacts.csv (issue #8); see extract_cases.sql for what is and is not checked.
-- Inputs:  ${input}/<municipality>/<period>/contacts.csv; macros.sql.
-- Outputs: ${parquet}/contacts/municipality=<code>/period=<period>/*.parquet; the row count.
COPY (
    WITH source AS (
        SELECT *, bench_municipality(filename) AS municipality, bench_period(filename) AS period,
               bench_period_end(bench_period(filename)) AS period_end
        FROM read_csv('${input}/*/*/contacts.csv', header = true, all_varchar = true, filename = true)
    ), typed AS (
        SELECT *, bench_person(person_id, period_end) AS pid, bench_date(contact_date) AS contact_on
        FROM source
    )
    SELECT municipality, period,
           bench_hash('contact', trim(contact_id)) AS contact_id,
           bench_hash('person', pid) AS person_id,
           trim(unit) AS unit, contact_on AS contact_date, bench_bool(asked) AS asked,
           bench_bool(disclosed) AS disclosed,
           CASE WHEN coalesce(trim(case_id), '') <> '' THEN bench_hash('case', trim(case_id)) END AS case_id,
           bench_sex_of(pid) AS sex,
           bench_age(bench_birth(pid), contact_on) AS age,
           bench_age_band(bench_age(bench_birth(pid), contact_on)) AS age_band
    FROM typed
    WHERE coalesce(trim(contact_id), '') <> '' AND coalesce(trim(unit), '') <> ''
      AND bench_valid_person(pid) AND contact_on IS NOT NULL
      AND bench_bool(asked) IS NOT NULL AND bench_bool_ok(disclosed)
      AND contact_on BETWEEN bench_period_start(period) AND period_end
) TO '${parquet}/contacts' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
