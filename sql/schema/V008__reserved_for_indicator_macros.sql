-- V008: reserved, does nothing.
--
-- Purpose: keeps the version numbers without a gap while the indicator models' shared macros (the
--          "models" work of issue #17) take version 8; V009 is the publication ledger. When that
--          migration lands it replaces this file (delete this one then).
-- Inputs:  none.  Outputs: none.
SELECT 1;
