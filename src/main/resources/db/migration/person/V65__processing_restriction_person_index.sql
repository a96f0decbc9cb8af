-- Every person deleted (by the retention sweep, or on request) has the foreign key from
-- processing_restriction checked, and every batch erasure deletes restrictions by person. The
-- unique index covers standing restrictions only, so both scanned the whole table, lifted
-- restrictions included, which are kept and so grow with the years.
CREATE INDEX processing_restriction_person ON processing_restriction (person_id);
