-- Merge one import's population rows into ref.population, recording every value it changes.
-- Inputs:  incoming_population (ref_incoming.sql), ref.population, ref.imports.
-- Outputs: ref.import_changes (dataset 'population': indicator = age group, area = region code),
--          ref.population.
-- Parameters: $1 this import's id, $2 its format, $3 true when it replaces earlier imports of the
--             same format.
INSERT INTO ref.import_changes
SELECT $1, p.import_id, 'population', i.age_group, i.municipality_code, CAST(i.year AS VARCHAR), i.sex,
       p.population, i.population
FROM incoming_population i
JOIN ref.population p
  ON p.municipality_code = i.municipality_code AND p.year = i.year AND p.sex = i.sex AND p.age_group = i.age_group
WHERE p.population <> i.population;
DELETE FROM ref.population
WHERE $3 AND import_id IN (SELECT import_id FROM ref.imports WHERE format = $2 AND import_id <> $1);
DELETE FROM ref.population p
WHERE EXISTS (SELECT 1 FROM incoming_population i
              WHERE p.municipality_code = i.municipality_code AND p.year = i.year AND p.sex = i.sex
                AND p.age_group = i.age_group);
INSERT INTO ref.population
SELECT municipality_code, year, sex, age_group, population, source, derived, $1
FROM incoming_population;
DROP TABLE incoming_population;
