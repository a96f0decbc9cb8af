-- The hours of an assignment are its timesheet lines in the employment module; the running total
-- kept here was a second copy of payroll data that could disagree with them (a corrected day was
-- added, not replaced). The placement page sums the lines instead.
ALTER TABLE placement DROP COLUMN hours_recorded;
