-- How the person was told of an extension (Art. 12(3)): by Tillid's own mail, queued the day the
-- extension was recorded, or by a letter the DPO sent to a person without an e-mail address.
-- Extensions recorded before this column existed were typed in by the DPO: how is not known.
ALTER TABLE subject_request ADD COLUMN extension_told_by text CHECK (extension_told_by IN ('MAIL', 'LETTER'));
COMMENT ON COLUMN subject_request.extension_told_by IS 'P-DATA-REL: how the person was told of the extension';
