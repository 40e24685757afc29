-- V008: macros the indicator queries share, so that no query copies another's pieces.
--
-- Purpose: one home for the breakdown encoding (a value may hold any text: '\', ';' and '=' in it are
--          escaped with a backslash, as se.vinr.reports.model.Breakdown reads them) and for the endings
--          that several indicators had written out alike.
-- Inputs:  core.periods.
-- Outputs: the macros breakdown_value and counts_with_zeros.

-- A value as it is written in a breakdown: `unit=` || breakdown_value(unit) keeps "Vård; omsorg" one value.
CREATE OR REPLACE MACRO breakdown_value(v) AS
    replace(replace(replace(v, '\', '\\'), ';', '\;'), '=', '\=');

-- The ending of a count indicator: every row of `required_table` (municipality, period, breakdown: what
-- must be listed, zeros included) and every row counted in `counts_table` (municipality, period,
-- breakdown, n), with 0 where nothing was counted. Pass the CTE names as text:
-- SELECT * FROM counts_with_zeros('counts', 'required_rows').
CREATE OR REPLACE MACRO counts_with_zeros(counts_table, required_table) AS TABLE
WITH breakdowns AS (
    SELECT municipality, period, breakdown FROM query_table(required_table)
    UNION
    SELECT municipality, period, breakdown FROM query_table(counts_table)
)
SELECT b.municipality, b.period, b.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM breakdowns b
LEFT JOIN query_table(counts_table) c
       ON c.municipality = b.municipality AND c.period = b.period AND c.breakdown = b.breakdown
ORDER BY b.municipality, b.period, b.breakdown;
