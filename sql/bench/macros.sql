-- Baseline (DuckDB alone, issue #8): the helpers the extract statements share.
--
-- Purpose: what vinr's Java extract does per row, written as DuckDB macros so that the baseline
--          pays the same kind of work in plain SQL: person ids normalised to 12 digits (century of
--          a 10-digit form inferred from the period's end, '+' for 100 years or older), Luhn check,
--          real birth date (co-ordination numbers: day + 60), sex and age from the id, age band,
--          dates, the contract's boolean words, and a keyed hash per identifier.
-- Inputs:  the variable bench_key (hex text of the bench's key), set by the harness.
-- Outputs: temporary macros bench_*; nothing is written.
--
-- The keyed hash is a STAND-IN: DuckDB has no HMAC, so it is sha256(key || ':' || domain || value).
-- That costs the same class of work as vinr's HMAC-SHA-256 (one SHA-256 over a short message
-- against HMAC's two) but is weaker: a plain prefix-keyed hash is open to length extension. It is
-- here to time the baseline, never to protect data.
-- DuckDB-only SQL (macros, regexp_replace, try_strptime, getvariable): this file is a
-- benchmark, not part of the portable indicator SQL.

CREATE OR REPLACE TEMP MACRO bench_period_start(period) AS
    make_date(CAST(left(period, 4) AS INTEGER), CASE right(period, 1) WHEN '1' THEN 1 ELSE 7 END, 1);

CREATE OR REPLACE TEMP MACRO bench_period_end(period) AS
    make_date(CAST(left(period, 4) AS INTEGER), CASE right(period, 1) WHEN '1' THEN 6 ELSE 12 END,
              CASE right(period, 1) WHEN '1' THEN 30 ELSE 31 END);

-- The latest year not after end_year that ends in yy, a hundred years earlier with '+'.
CREATE OR REPLACE TEMP MACRO bench_birth_year(yy, end_year, plus) AS
    end_year - ((end_year % 100 - yy + 100) % 100) - CASE WHEN plus THEN 100 ELSE 0 END;

CREATE OR REPLACE TEMP MACRO bench_digits(raw) AS regexp_replace(raw, '[^0-9]', '', 'g');

-- The 12-digit form, or NULL when the text has neither 10 nor 12 digits.
CREATE OR REPLACE TEMP MACRO bench_person(raw, period_end) AS
    CASE length(bench_digits(raw))
        WHEN 12 THEN bench_digits(raw)
        WHEN 10 THEN CAST(bench_birth_year(CAST(left(bench_digits(raw), 2) AS INTEGER), year(period_end),
                                           contains(raw, '+')) // 100 AS VARCHAR) || bench_digits(raw)
    END;

-- Luhn over the 10-digit form (digits 3-12 of the 12): weights 2,1,2,...; a doubled digit d adds
-- 2d - 9 when d >= 5 (its digit sum); with the check digit included the sum ends in 0.
CREATE OR REPLACE TEMP MACRO bench_digit(pid, k) AS CAST(substr(pid, k, 1) AS INTEGER);

CREATE OR REPLACE TEMP MACRO bench_doubled(d) AS 2 * d - CASE WHEN d >= 5 THEN 9 ELSE 0 END;

CREATE OR REPLACE TEMP MACRO bench_luhn(pid) AS
    (bench_doubled(bench_digit(pid, 3)) + bench_digit(pid, 4) + bench_doubled(bench_digit(pid, 5))
     + bench_digit(pid, 6) + bench_doubled(bench_digit(pid, 7)) + bench_digit(pid, 8)
     + bench_doubled(bench_digit(pid, 9)) + bench_digit(pid, 10) + bench_doubled(bench_digit(pid, 11))
     + bench_digit(pid, 12)) % 10 = 0;

-- The birth date, NULL when it is not a real date; co-ordination numbers carry day + 60.
CREATE OR REPLACE TEMP MACRO bench_birth(pid) AS
    CAST(try_strptime(left(pid, 6) || lpad(CAST(CAST(substr(pid, 7, 2) AS INTEGER) % 60 AS VARCHAR), 2, '0'),
                      '%Y%m%d') AS DATE);

CREATE OR REPLACE TEMP MACRO bench_valid_person(pid) AS
    pid IS NOT NULL AND bench_luhn(pid) AND bench_birth(pid) IS NOT NULL;

CREATE OR REPLACE TEMP MACRO bench_sex_of(pid) AS
    CASE WHEN CAST(substr(pid, 11, 1) AS INTEGER) % 2 = 1 THEN 'M' ELSE 'K' END;

-- Whole years from birth to the date.
CREATE OR REPLACE TEMP MACRO bench_age(birth, on_date) AS
    ((year(on_date) * 10000 + month(on_date) * 100 + day(on_date)) - (year(birth) * 10000 + month(birth) * 100 + day(birth))) // 10000;

CREATE OR REPLACE TEMP MACRO bench_age_band(age) AS
    CASE WHEN age < 18 THEN '0-17' WHEN age < 25 THEN '18-24' WHEN age < 45 THEN '25-44'
         WHEN age < 65 THEN '45-64' WHEN age < 80 THEN '65-79' ELSE '80+' END;

CREATE OR REPLACE TEMP MACRO bench_date(txt) AS CAST(try_strptime(trim(txt), '%Y-%m-%d') AS DATE);

CREATE OR REPLACE TEMP MACRO bench_bool(txt) AS
    CASE WHEN lower(trim(txt)) IN ('true', 'ja', '1', 'j') THEN true
         WHEN lower(trim(txt)) IN ('false', 'nej', '0', 'n') THEN false END;

-- A boolean field is acceptable when empty or one of the accepted words.
CREATE OR REPLACE TEMP MACRO bench_bool_ok(txt) AS
    coalesce(trim(txt), '') = '' OR bench_bool(txt) IS NOT NULL;

CREATE OR REPLACE TEMP MACRO bench_hash(domain, value) AS
    sha256(getvariable('bench_key') || ':' || 'vinr:' || domain || ':' || value);

-- The municipality and period of a package file from its path: <input>/<municipality>/<period>/<file>.
CREATE OR REPLACE TEMP MACRO bench_municipality(file_path) AS regexp_extract(file_path, '([0-9]{4})[/\\][0-9]{4}H[12][/\\][^/\\]+$', 1);

CREATE OR REPLACE TEMP MACRO bench_period(file_path) AS regexp_extract(file_path, '([0-9]{4}H[12])[/\\][^/\\]+$', 1);
