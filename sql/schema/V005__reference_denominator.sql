-- V005: an optional denominator for reference figures.
--
-- Purpose: a municipality's figure with its denominator is a point in the report's funnel plot
--          (value against the size of what it is a share or rate of), and lets the report hide a
--          figure computed from a small count.
-- Inputs:  ref.national_figures (V003).
-- Outputs: ref.national_figures.denominator.
--
-- The denominator is the figure's own: for a share the number it is a share of, for a rate the
-- population it is a rate of. NULL where the source gives none (Kolada, PxWeb, the seeds, a CSV
-- without the column).

ALTER TABLE ref.national_figures ADD COLUMN denominator DOUBLE;
