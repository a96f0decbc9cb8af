-- Art. 15(4): a person's access package leaves out other people's names. The redactor (privacy)
-- asks the person module which words of a text are someone else's full name; this function folds a
-- stored name exactly as privacy.spi.NameKey folds words of a text (ASCII lowered under the C
-- collation, so the result never depends on the database's locale; the letters beyond ASCII by an
-- explicit table; dots as spaces; the typographic apostrophe as the plain one; spaces collapsed),
-- and the index lets one query answer for a whole package among any number of people.
CREATE FUNCTION person_name_key(given_name text, family_name text)
    RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(
    lower(translate(given_name || ' ' || family_name,
                    'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ.’',
                    'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷÿźżž ''') COLLATE "C"),
    ' {2,}', ' ', 'g'));

CREATE INDEX person_name_key ON person (person_name_key(given_name, family_name));
