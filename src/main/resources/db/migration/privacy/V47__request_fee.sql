-- Art. 12(5) and 15(3): a reasonable fee, only for a further copy (a repeated request) or a request
-- the DPO found excessive, and never without its reason, which the person is told.
CREATE TABLE request_fee (
    request_id  uuid          PRIMARY KEY REFERENCES subject_request (id) ON DELETE CASCADE,
    amount_dkk  numeric(8, 2) NOT NULL CHECK (amount_dkk > 0 AND amount_dkk <= 10000),
    reason      text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    recorded_at timestamptz   NOT NULL,
    recorded_by text          NOT NULL
);
COMMENT ON TABLE request_fee IS 'P-DATA-REL: a fee charged for a request (GDPR art. 12(5), 15(3))';
COMMENT ON COLUMN request_fee.request_id IS 'technical';
COMMENT ON COLUMN request_fee.amount_dkk IS 'P-DATA-REL: the fee in Danish kroner';
COMMENT ON COLUMN request_fee.reason IS 'P-DATA-REL: why a fee is charged, as the person is told';
COMMENT ON COLUMN request_fee.recorded_at IS 'P-DATA-REL';
COMMENT ON COLUMN request_fee.recorded_by IS 'P-DATA-REL: staff account that charged it';
