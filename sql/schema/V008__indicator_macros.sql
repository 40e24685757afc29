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

-- The ending of a share with one `all` row: every loaded period, with 0 of 0 where `counts_table`
-- (municipality, period, num, den) has no row. SELECT * FROM share_of_all('counts').
CREATE OR REPLACE MACRO share_of_all(counts_table) AS TABLE
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM core.periods p
LEFT JOIN query_table(counts_table) c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period;

-- Every case row opened in a loaded period in one of `roles` (a list such as ['victim']): who has a new
-- case, in which role and case, and when it was opened.
CREATE OR REPLACE MACRO new_case_rows(roles) AS TABLE
SELECT p.municipality, p.period, p.end_date, c.person_id, c.case_id, c.role, c.opened
FROM core.periods p
JOIN core.cases c ON c.municipality = p.municipality
                 AND c.opened BETWEEN p.start_date AND p.end_date
                 AND list_contains(roles, c.role);

-- The share of the persons in `population_table` (municipality, period, person_id) who are also in
-- `qualifying_table` (municipality, period, person_id), as one `all` row per loaded period.
CREATE OR REPLACE MACRO share_of_persons(population_table, qualifying_table) AS TABLE
WITH counts AS (
    SELECT v.municipality, v.period, COUNT(DISTINCT q.person_id) AS num, COUNT(DISTINCT v.person_id) AS den
    FROM query_table(population_table) v
    LEFT JOIN query_table(qualifying_table) q
           ON q.municipality = v.municipality AND q.period = v.period AND q.person_id = v.person_id
    GROUP BY v.municipality, v.period
)
SELECT * FROM share_of_all('counts');

-- The share of persons with a new case in one of `roles` who have an intervention of `intervention_type`
-- in that same case (same person), started on or before the period's last day.
CREATE OR REPLACE MACRO share_with_intervention(roles, intervention_type) AS TABLE
WITH new_rows AS (
    SELECT * FROM new_case_rows(roles)
),
with_intervention AS (
    SELECT DISTINCT v.municipality, v.period, v.person_id
    FROM new_rows v
    JOIN core.interventions i ON i.municipality = v.municipality
                             AND i.case_id = v.case_id AND i.person_id = v.person_id
                             AND i.type = intervention_type
                             AND i."start" <= v.end_date
)
SELECT * FROM share_of_persons('new_rows', 'with_intervention');

-- The share of new victims with another case (as victim, child victim or child witness) opened before
-- their new one and at most `months` months before it. An earlier case opened the same day does not
-- count (not before); one opened exactly `months` months before does.
CREATE OR REPLACE MACRO repeat_victimisation(months) AS TABLE
WITH new_victims AS (
    SELECT * FROM new_case_rows(['victim'])
),
repeated AS (
    SELECT DISTINCT v.municipality, v.period, v.person_id
    FROM new_victims v
    JOIN core.cases e ON e.municipality = v.municipality
                     AND e.person_id = v.person_id
                     AND e.case_id <> v.case_id
                     AND e.role IN ('victim', 'child_victim', 'child_witness')
                     AND e.opened < v.opened
                     AND e.opened >= v.opened - to_months(months)
)
SELECT * FROM share_of_persons('new_victims', 'repeated');

-- The coverage of a training course among employees and managers, in total and by department. Completions
-- count from every loaded package (training rows are kept across periods), whichever package reported them.
-- Each trained person belongs to the department of their latest such completion, so the department parts add
-- up to `all`. Every department seen in the municipality's headcount, in any period, gets a row in every period.
-- A department without headcount in a period that has headcount gets denominator 0 (value empty).
CREATE OR REPLACE MACRO training_coverage(course_code) AS TABLE
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
trained AS (
    SELECT municipality, period, employee_id, department
    FROM (SELECT p.municipality, p.period, t.employee_id, t.department,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, t.employee_id
                                    ORDER BY t.completed_on DESC, t.department) AS rn
          FROM periods p
          JOIN core.training t ON t.municipality = p.municipality
                              AND t.course = course_code
                              AND t.role IN ('employee', 'manager')
                              AND t.completed_on <= p.end_date) latest
    WHERE rn = 1
),
staff AS (
    SELECT municipality, period, department, SUM(headcount) AS headcount
    FROM core.headcount WHERE role IN ('employee', 'manager')
    GROUP BY municipality, period, department
),
counted AS (
    SELECT municipality, period FROM core.headcount GROUP BY municipality, period
),
breakdowns AS (
    SELECT municipality, period, 'all' AS breakdown, CAST(NULL AS VARCHAR) AS department FROM periods
    UNION
    SELECT p.municipality, p.period, 'department=' || breakdown_value(h.department), h.department
    FROM periods p JOIN (SELECT DISTINCT municipality, department FROM core.headcount) h
                     ON h.municipality = p.municipality
    UNION
    SELECT municipality, period, 'department=' || breakdown_value(department), department FROM trained
),
numerators AS (
    SELECT b.municipality, b.period, b.breakdown, COUNT(t.employee_id) AS n
    FROM breakdowns b
    LEFT JOIN trained t ON t.municipality = b.municipality AND t.period = b.period
                       AND (b.department IS NULL OR t.department = b.department)
    GROUP BY b.municipality, b.period, b.breakdown
),
denominators AS (
    SELECT b.municipality, b.period, b.breakdown,
           CASE WHEN k.period IS NULL THEN NULL ELSE COALESCE(SUM(s.headcount), 0) END AS d
    FROM breakdowns b
    LEFT JOIN counted k ON k.municipality = b.municipality AND k.period = b.period
    LEFT JOIN staff s ON s.municipality = b.municipality AND s.period = b.period
                     AND (b.department IS NULL OR s.department = b.department)
    GROUP BY b.municipality, b.period, b.breakdown, k.period
)
SELECT n.municipality, n.period, n.breakdown,
       CAST(n.n AS DOUBLE PRECISION) AS numerator,
       CAST(d.d AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM numerators n
JOIN denominators d ON d.municipality = n.municipality AND d.period = n.period AND d.breakdown = n.breakdown
ORDER BY n.municipality, n.period, n.breakdown;

-- The cases that are new in a loaded period: the earliest row of the case was opened in it (a row added
-- to an older case does not make it new).
CREATE OR REPLACE MACRO cases_opened_in_period() AS TABLE
SELECT p.municipality, p.period, p.end_date, c.case_id
FROM core.periods p
JOIN core.cases c ON c.municipality = p.municipality
GROUP BY p.municipality, p.period, p.start_date, p.end_date, c.case_id
HAVING MIN(c.opened) BETWEEN p.start_date AND p.end_date;

-- The (case, person) pairs of victims and child victims whose case row was opened in a loaded period, each
-- by its earliest such row: the pairs a risk assessment is owed for.
CREATE OR REPLACE MACRO victim_case_pairs() AS TABLE
SELECT municipality, period, end_date, case_id, person_id, role, opened
FROM (SELECT p.municipality, p.period, p.end_date, c.case_id, c.person_id, c.role, c.opened,
             ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, c.case_id, c.person_id
                                ORDER BY c.opened, c.role) AS rn
      FROM core.periods p
      JOIN core.cases c ON c.municipality = p.municipality
                       AND c.opened BETWEEN p.start_date AND p.end_date
                       AND c.role IN ('victim', 'child_victim')) first_row
WHERE rn = 1;
