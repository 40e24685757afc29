-- Merge one import's figures into ref.national_figures, recording every value it changes.
-- Inputs:  incoming_figures (ref_incoming.sql), ref.national_figures, ref.imports.
-- Outputs: ref.import_changes, ref.national_figures.
-- Parameters: $1 this import's id, $2 its format, $3 true when it replaces earlier imports of the
--             same format (their rows that this import lacks are removed).
-- A value that differs from the stored one for the same (indicator, area, year, sex, age_group) is a change;
-- a new key is not. NULL to a number and back counts as a change.
INSERT INTO ref.import_changes
SELECT $1, f.import_id, 'national_figures', i.indicator, i.area, i.year, i.sex, f.value, i.value
FROM incoming_figures i
JOIN ref.national_figures f
  ON f.indicator = i.indicator AND f.area = i.area AND f.year = i.year AND f.sex = i.sex
 AND f.age_group = i.age_group
WHERE f.value IS DISTINCT FROM i.value;
DELETE FROM ref.national_figures
WHERE $3 AND import_id IN (SELECT import_id FROM ref.imports WHERE format = $2 AND import_id <> $1);
DELETE FROM ref.national_figures f
WHERE EXISTS (SELECT 1 FROM incoming_figures i
              WHERE f.indicator = i.indicator AND f.area = i.area AND f.year = i.year AND f.sex = i.sex
                AND f.age_group = i.age_group);
INSERT INTO ref.national_figures (indicator, area, year, sex, value, unit, source, year_num, reference_id, domain,
                                  geography, qualifier, source_quote, import_id, denominator, age_group)
SELECT indicator, area, year, sex, value, unit, source, year_num, reference_id, domain, geography, qualifier,
       source_quote, $1, denominator, age_group
FROM incoming_figures;
DROP TABLE incoming_figures;
