-- Art. 18(3): a person whose processing is restricted is told before the restriction is lifted. The
-- notice is recorded on the restriction it announces, with the first day the lifting may happen;
-- Persons.liftRestriction refuses to lift before it.
ALTER TABLE processing_restriction
    ADD COLUMN lift_announced_at timestamptz,
    ADD COLUMN lift_announced_by text,
    ADD COLUMN lift_on date,
    ADD CONSTRAINT processing_restriction_lift_announced
        CHECK ((lift_announced_at IS NULL) = (lift_on IS NULL) AND (lift_announced_at IS NULL) = (lift_announced_by IS NULL));
COMMENT ON COLUMN processing_restriction.lift_announced_at IS 'P-DATA-REL: when the person was told the restriction will be lifted';
COMMENT ON COLUMN processing_restriction.lift_announced_by IS 'P-DATA-REL: staff account that told them';
COMMENT ON COLUMN processing_restriction.lift_on IS 'P-DATA-REL: the first day the restriction may be lifted, as the person was told';
