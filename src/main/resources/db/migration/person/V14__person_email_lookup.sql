-- Finding a person by e-mail address (registration on the website must not register anyone twice).
-- Addresses are stored in lower case (ContactDetails), so a plain index serves.
CREATE INDEX person_email ON person (email) WHERE email IS NOT NULL;
