-- a first file
SELECT 1;
