-- training_basic_coverage: Share of staff with basic training on violence in close relationships. What it means is in training_basic_coverage.yml.
--
-- How the macro counts is in sql/schema/V008__indicator_macros.sql.
SELECT * FROM training_coverage('basic')
