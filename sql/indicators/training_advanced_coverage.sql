-- training_advanced_coverage: Share of staff with advanced training on violence in close relationships. What it means is in training_advanced_coverage.yml.
--
-- How the macro counts is in sql/schema/V008__indicator_macros.sql.
SELECT * FROM training_coverage('advanced')
