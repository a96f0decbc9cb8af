-- Nothing is done or released before it is known who asks: through the portal the sign-in proves
-- it on receipt; a request by e-mail or letter waits for the DPO's check.
ALTER TABLE subject_request ADD COLUMN identity_verified_on date;
UPDATE subject_request SET identity_verified_on = received_on WHERE channel = 'PORTAL';
UPDATE subject_request SET identity_verified_on = closed_on WHERE channel <> 'PORTAL' AND status = 'COMPLETED';
COMMENT ON COLUMN subject_request.identity_verified_on IS 'P-DATA-REL: when it was checked who asks';
