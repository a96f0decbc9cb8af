-- Erasing a business contact (or a batch of people, by the retention sweep) takes them off the
-- proposals they received: without this index each such erasure read the whole placement table.
CREATE INDEX placement_contact ON placement (contact_id) WHERE contact_id IS NOT NULL;
