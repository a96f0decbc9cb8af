-- P-SEC-5: a processor may be registered before its data processing agreement exists; the register
-- then shows it as lacking one and the DPO's pages warn until the reference is entered.
ALTER TABLE processor ALTER COLUMN agreement_reference DROP NOT NULL;
