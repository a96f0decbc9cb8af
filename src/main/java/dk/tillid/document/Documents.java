package dk.tillid.document;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dk.tillid.person.PersonId;
import dk.tillid.person.UnknownPersonException;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document module's API. An upload is inspected before anything is kept; what is kept is
 * encrypted with the person's key. Every call states its purpose and is recorded in the audit trail.
 */
@Service
@Transactional
public class Documents {

    static final int MAX_SEARCH_HITS = 1000;

    private final UploadInspector inspector;
    private final DocumentStore store;
    private final DocumentRepository repository;
    private final PersonalKeys keys;
    private final AuditTrail audit;
    private final Policy policy;
    private final Clock clock;

    Documents(UploadInspector inspector, DocumentStore store, DocumentRepository repository, PersonalKeys keys,
              AuditTrail audit, Policy policy, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.repository = repository;
        this.keys = keys;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Keeps the document, or refuses it with a reason a person can be told.
     *
     * @throws UploadRefusedException if the file is not what it may be (nothing is kept)
     */
    public DocumentInfo upload(Upload upload, PurposeId purpose) {
        SubjectId subject = upload.person().subject();
        audit.change(subject, purpose, AuditAction.CREATE, upload.kind().category());
        Inspected inspected = inspector.inspect(upload.originalFilename(), upload.content());
        DocumentId id = DocumentId.random();
        String storageName = DocumentStore.newName();
        store.write(storageName, keys.encrypt(subject, contentField(id), inspected.content()));
        var row = new DocumentRepository.Row(id, upload.person(), upload.kind(), inspected.type().mediaType(),
                inspected.content().length, keys.encryptText(subject, nameField(id), inspected.safeFilename()),
                storageName, clock.instant(), audit.currentActor().toString());
        repository.insert(row, inspected.text());
        return info(row, inspected.safeFilename());
    }

    /**
     * Whether the upload would be kept, without keeping anything (e.g. to refuse a CV before a
     * registration goes on).
     *
     * @throws UploadRefusedException with the reason it would be refused
     */
    public void check(String originalFilename, byte[] content) {
        inspector.inspect(originalFilename, content);
    }

    /** The person's documents of the kinds the purpose may see, newest first. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> list(PersonId person, PurposeId purpose) {
        Set<DocumentKind> visible = visibleKinds(purpose);
        audit.read(person.subject(), purpose, categories(visible.isEmpty() ? EnumSet.allOf(DocumentKind.class) : visible));
        return repository.of(person).stream().filter(row -> visible.contains(row.kind()))
                .map(row -> info(row, name(row))).toList();
    }

    @Transactional(readOnly = true)
    public DocumentDownload download(PersonId person, DocumentId id, PurposeId purpose) {
        var row = repository.find(person, id).orElseThrow(() -> new UnknownPersonException(person));
        audit.read(person.subject(), purpose, row.kind().category());
        byte[] content = keys.decrypt(person.subject(), contentField(id), store.read(row.storageName())).bytes()
                .orElseThrow(() -> new UnknownPersonException(person));
        return new DocumentDownload(info(row, name(row)), content);
    }

    public void delete(PersonId person, DocumentId id, PurposeId purpose) {
        var row = repository.find(person, id).orElseThrow(() -> new UnknownPersonException(person));
        audit.change(person.subject(), purpose, AuditAction.DELETE, row.kind().category());
        repository.delete(id);
        store.deleteAfterCommit(row.storageName());
    }

    /**
     * The directory of the encrypted files, for the backup module only: it copies them as they are
     * (still encrypted) and puts them back on a restore. Nothing else reads the directory.
     */
    public java.nio.file.Path storeDirectory() {
        return store.directory();
    }

    /** The people whose documents hold these words; what is shown of them is read (and recorded) by the caller. */
    @Transactional(readOnly = true)
    public List<PersonId> peopleWhoseDocumentsSay(String words) {
        return words == null || words.isBlank() ? List.of() : repository.peopleWith(words.strip(), MAX_SEARCH_HITS);
    }

    private Set<DocumentKind> visibleKinds(PurposeId purpose) {
        Set<DocumentKind> visible = EnumSet.noneOf(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            if (policy.allows(purpose, kind.category())) {
                visible.add(kind);
            }
        }
        return visible;
    }

    private static String[] categories(Set<DocumentKind> kinds) {
        return kinds.stream().map(DocumentKind::category).distinct().toArray(String[]::new);
    }

    private String name(DocumentRepository.Row row) {
        return keys.decrypt(row.person().subject(), nameField(row.id()), row.sealedName()).text().orElse("–");
    }

    private static DocumentInfo info(DocumentRepository.Row row, String name) {
        return new DocumentInfo(row.id(), row.person(), row.kind(), name, row.mediaType(), row.sizeBytes(),
                row.uploadedAt(), row.uploadedBy());
    }

    static String contentField(DocumentId id) {
        return "document:" + id.value();
    }

    static String nameField(DocumentId id) {
        return "document-name:" + id.value();
    }
}
