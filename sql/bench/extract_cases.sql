-- Baseline extract of cases.csv (issue #8): every package of the scenario in one statement.
--
-- Purpose: read, check, pseudonymise and write Parquet as vinr's extract does, in plain DuckDB.
--          Checks: required fields, person id (length, Luhn, real date), dates, code lists,
--          closed before opened, dates after the period. Rows failing one are dropped; unlike
--          vinr there is no rejects file, no reason per row, no duplicate check (the load keeps
--          one row per key) and no manifest, so this is a lower bound of the work.
-- Inputs:  ${input}/<municipality>/<period>/cases.csv; macros.sql.
-- Outputs: ${parquet}/cases/municipality=<code>/period=<period>/*.parquet (zstd); the row count.
COPY (
    WITH source AS (
        SELECT *, bench_municipality(filename) AS municipality, bench_period(filename) AS period,
               bench_period_end(bench_period(filename)) AS period_end
        FROM read_csv('${input}/*/*/cases.csv', header = true, all_varchar = true, filename = true)
    ), typed AS (
        SELECT *, bench_person(person_id, period_end) AS pid, bench_date(opened) AS opened_on,
               bench_date(closed) AS closed_on
        FROM source
    )
    SELECT municipality, period,
           bench_hash('case', trim(case_id)) AS case_id,
           bench_hash('person', pid) AS person_id,
           trim(role) AS role, trim(unit) AS unit, opened_on AS opened, closed_on AS closed,
           coalesce(nullif(trim(sex), ''), bench_sex_of(pid)) AS sex,
           nullif(trim(violence_types), '') AS violence_types, nullif(trim(relation), '') AS relation,
           bench_bool(disability) AS disability, bench_bool(lgbtq) AS lgbtq,
           bench_bool(foreign_background) AS foreign_background,
           bench_age(bench_birth(pid), opened_on) AS age,
           bench_age_band(bench_age(bench_birth(pid), opened_on)) AS age_band
    FROM typed
    WHERE coalesce(trim(case_id), '') <> '' AND coalesce(trim(unit), '') <> ''
      AND bench_valid_person(pid)
      AND opened_on IS NOT NULL AND (coalesce(trim(closed), '') = '' OR closed_on IS NOT NULL)
      AND trim(role) IN ('victim', 'child_victim', 'child_witness', 'perpetrator')
      AND coalesce(trim(sex), '') IN ('', 'K', 'M', 'X')
      AND coalesce(trim(relation), '') IN ('', 'partner', 'former_partner', 'parent', 'child', 'sibling',
                                           'other_relative', 'other')
      AND list_has_all(['physical', 'psychological', 'sexual', 'economic', 'material', 'latent', 'neglect',
                        'honour', 'child_marriage', 'forced_marriage', 'fgm', 'trafficking'],
                       string_split(coalesce(nullif(trim(violence_types), ''), 'physical'), '|'))
      AND bench_bool_ok(disability) AND bench_bool_ok(lgbtq) AND bench_bool_ok(foreign_background)
      AND (closed_on IS NULL OR closed_on >= opened_on)
      AND opened_on <= period_end AND (closed_on IS NULL OR closed_on <= period_end)
) TO '${parquet}/cases' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (municipality, period), OVERWRITE_OR_IGNORE true);
