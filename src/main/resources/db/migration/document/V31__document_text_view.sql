-- The document module's published read model for matching (T4): the words of each person's CVs,
-- as the document module keeps them. Other modules read this view, never the document table, so
-- the table can change behind it. Certificates and references are not searched by matching.
CREATE VIEW document_cv_words AS
SELECT person_id, search
FROM document
WHERE kind = 'CV';
