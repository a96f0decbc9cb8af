package dk.tillid.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

    /** A tsvector holds at most 1 MB; the first words of a long document are the ones worth finding. */
    static final int MAX_INDEXED_CHARS = 200_000;

    /** A stored document's row; the display name is still encrypted. */
    record Row(DocumentId id, PersonId person, DocumentKind kind, String mediaType, int sizeBytes, byte[] sealedName,
               String storageName, Instant uploadedAt, String uploadedBy) {
    }

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row, String text) {
        String indexed = text.length() > MAX_INDEXED_CHARS ? text.substring(0, MAX_INDEXED_CHARS) : text;
        // Positions are stripped: search needs the words, not their order.
        jdbc.sql("""
                        INSERT INTO document (id, person_id, kind, media_type, size_bytes, display_name, storage_name,
                                              search, uploaded_at, uploaded_by)
                        VALUES (:id, :person, :kind, :mediaType, :size, :name, :storage,
                                strip(to_tsvector('simple', :text)), :at, :by)""")
                .param("id", row.id().value())
                .param("person", row.person().value())
                .param("kind", row.kind().name())
                .param("mediaType", row.mediaType())
                .param("size", row.sizeBytes())
                .param("name", row.sealedName())
                .param("storage", row.storageName())
                .param("text", indexed.replace('\u0000', ' '))
                .param("at", java.sql.Timestamp.from(row.uploadedAt()))
                .param("by", row.uploadedBy())
                .update();
    }

    List<Row> of(PersonId person) {
        return jdbc.sql("SELECT * FROM document WHERE person_id = :person ORDER BY uploaded_at DESC, id")
                .param("person", person.value()).query(DocumentRepository::row).list();
    }

    Optional<Row> find(PersonId person, DocumentId id) {
        return jdbc.sql("SELECT * FROM document WHERE person_id = :person AND id = :id")
                .param("person", person.value()).param("id", id.value()).query(DocumentRepository::row).optional();
    }

    void delete(DocumentId id) {
        jdbc.sql("DELETE FROM document WHERE id = :id").param("id", id.value()).update();
    }

    /** A deleted document: whose it was, its kind, and the file still to remove from the store. */
    record Deleted(UUID person, DocumentKind kind, String storageName) {
    }

    List<Deleted> deleteAll(UUID[] people) {
        return jdbc.sql("DELETE FROM document WHERE person_id = ANY(:people) RETURNING person_id, kind, storage_name")
                .param("people", people)
                .query((rs, n) -> new Deleted(rs.getObject("person_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("storage_name")))
                .list();
    }

    /** The people with a document holding every word of {@code words} (web-search syntax: "quoted", -not). */
    List<PersonId> peopleWith(String words, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT person_id FROM document
                        WHERE search @@ websearch_to_tsquery('simple', :words)
                        LIMIT :limit""")
                .param("words", words).param("limit", limit)
                .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new DocumentId(rs.getObject("id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("media_type"), rs.getInt("size_bytes"),
                rs.getBytes("display_name"), rs.getString("storage_name"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }
}
