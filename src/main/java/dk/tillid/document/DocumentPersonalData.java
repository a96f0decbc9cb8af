package dk.tillid.document;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The documents a person handed the agency: copies of them for access and portability, and their erasure. */
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
        for (var row : repository.of(new PersonId(subject.value()))) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("kind", row.kind().name());
            value.put("fileName", keys.decrypt(subject, Documents.nameField(row.id()), row.sealedName()).text().orElse(null));
            value.put("mediaType", row.mediaType());
            value.put("uploadedAt", row.uploadedAt().toString());
            keys.decrypt(subject, Documents.contentField(row.id()), store.read(row.storageName())).bytes()
                    .ifPresent(content -> value.put("contentBase64", Base64.getEncoder().encodeToString(content)));
            items.add(new PersonalDataItem(row.kind().category(), "document", value, PersonalDataItem.Origin.THE_PERSON));
        }
        return items;
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
}
