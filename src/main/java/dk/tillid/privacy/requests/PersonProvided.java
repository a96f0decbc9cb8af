package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the person gave us themselves (origin {@link PersonalDataItem.Origin#THE_PERSON}): GDPR art. 20
 * covers that and nothing else, so what the agency made or others said is left out here. Each value
 * is a JSON tree with its files already placed in the zip. The builders take items by module and
 * field; whatever no builder took is left for the extension's "other", so nothing the person gave is
 * lost when a module adds a field.
 */
final class PersonProvided {

    /** One item the person gave, as the module holding it named it. */
    record Entry(String source, String category, String field, JsonNode value) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** By identity: two equal entries (the same sign-in time twice) are still two. */
    private final Set<Entry> taken = Collections.newSetFromMap(new IdentityHashMap<>());

    PersonProvided(List<PersonalData.Holding> holdings, ExportFiles files, JsonMapper json) {
        for (PersonalData.Holding holding : holdings) {
            for (PersonalDataItem item : holding.items()) {
                if (item.origin() == PersonalDataItem.Origin.THE_PERSON) {
                    PersonalDataItem placed = files.place(item);
                    entries.add(new Entry(holding.source(), item.category(), item.field(), json.valueToTree(placed.value())));
                }
            }
        }
    }

    /** Every value of the field from the module, in the module's order; they count as taken. */
    List<JsonNode> all(String source, String field) {
        List<JsonNode> values = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.source().equals(source) && entry.field().equals(field)) {
                values.add(entry.value());
                taken.add(entry);
            }
        }
        return values;
    }

    Optional<JsonNode> first(String source, String field) {
        return all(source, field).stream().findFirst();
    }

    /** What no builder took, in the order the modules gave it. */
    List<Entry> left() {
        return entries.stream().filter(entry -> !taken.contains(entry)).toList();
    }
}
