package dk.tillid.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataProvider;
import dk.tillid.privacy.spi.PersonalFile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The documents a person handed the agency: copies of them for access and (all but references) portability, and their erasure. */
@Component
@Order(150)
class DocumentPersonalData implements PersonalDataProvider {

    private final DocumentRepository repository;
    private final DocumentStore store;
    private final PersonalKeys keys;

    DocumentPersonalData(DocumentRepository repository, DocumentStore store, PersonalKeys keys) {
        this.repository = repository;
        this.store = store;
        this.keys = keys;
    }

    @Override
    public String source() {
        return "document";
    }

    @Override
    public List<PersonalDataItem> export(SubjectId subject) {
        List<PersonalDataItem> items = new ArrayList<>();
        var rows = repository.of(new PersonId(subject.value()));
        if (rows.isEmpty()) {
            return items;
        }
        // A name per document: the key is read and unwrapped once, not once per document.
        PersonalKeys.OpenedKey key = keys.open(subject);
        for (var row : rows) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("kind", row.kind().name());
            value.put("fileName", key.decrypt(Documents.nameField(row.id()), row.sealedName()).text().orElse(null));
            value.put("mediaType", row.mediaType());
            value.put("uploadedAt", row.uploadedAt().toString());
            // The content is not read here: the export names the file, and a download copies it (original).
            value.put("file", new PersonalFile(source(), row.id().value().toString()));
            items.add(new PersonalDataItem(row.kind().category(), "document", value, origin(row.kind())));
        }
        return items;
    }

    /**
     * Where a kind of document comes from, which decides whether it is portable (Art. 20 takes only
     * what the person gave). A reference letter is the referee's account of the person, so it is
     * others' (in the access package, not the portable data, as a referee's statement is). A CV is the
     * person's own; a certificate is issued by a school or an authority, but it is the person's proof
     * of their own qualification, handed in by them to be used again elsewhere, so it counts as theirs
     * (JSON Resume has a section for it). No default: a new kind must be decided here.
     */
    static PersonalDataItem.Origin origin(DocumentKind kind) {
        return switch (kind) {
            case CV, CERTIFICATE -> PersonalDataItem.Origin.THE_PERSON;
            case REFERENCE -> PersonalDataItem.Origin.OTHERS;
        };
    }

    @Override
    public Optional<byte[]> original(SubjectId subject, PersonalFile file) {
        if (!file.source().equals(source())) {
            return Optional.empty();
        }
        DocumentId id;
        try {
            id = new DocumentId(UUID.fromString(file.id()));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
        return repository.find(new PersonId(subject.value()), id)
                .flatMap(row -> keys.decrypt(subject, Documents.contentField(id), store.read(row.storageName())).bytes());
    }

    @Override
    public ErasureReport erase(SubjectId subject, ErasurePlan plan) {
        var rows = repository.of(new PersonId(subject.value()));
        if (rows.isEmpty()) {
            return ErasureReport.nothingHeld(source());
        }
        Set<String> deleted = new LinkedHashSet<>();
        Map<String, ErasureReport.Kept> kept = new LinkedHashMap<>();
        for (var row : rows) {
            String category = row.kind().category();
            if (plan.decisionFor(category) instanceof ErasurePlan.Keep keep) {
                kept.putIfAbsent(category, new ErasureReport.Kept(category, keep.reason(), keep.until()));
            } else {
                repository.delete(row.id());
                store.deleteAfterCommit(row.storageName());
                deleted.add(category);
            }
        }
        return new ErasureReport(source(), List.copyOf(deleted), List.copyOf(kept.values()));
    }

    @Override
    public Map<SubjectId, List<String>> eraseAll(List<SubjectId> subjects) {
        Map<SubjectId, Set<String>> deleted = new LinkedHashMap<>();
        for (var row : repository.deleteAll(subjects.stream().map(SubjectId::value).toArray(UUID[]::new))) {
            store.deleteAfterCommit(row.storageName());
            deleted.computeIfAbsent(new SubjectId(row.person()), s -> new LinkedHashSet<>()).add(row.kind().category());
        }
        Map<SubjectId, List<String>> categories = new LinkedHashMap<>();
        deleted.forEach((subject, held) -> categories.put(subject, List.copyOf(held)));
        return categories;
    }
}
