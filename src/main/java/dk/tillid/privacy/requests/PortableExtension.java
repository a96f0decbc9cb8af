package dk.tillid.privacy.requests;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dk.tillid.privacy.requests.JsonFields.copy;
import static dk.tillid.privacy.requests.JsonFields.put;
import static dk.tillid.privacy.requests.JsonFields.text;

/**
 * The {@code x-tillid} extension of the portability export: everything else the person gave, in
 * sections the schema describes strictly (see docs/adr/0005), and "other" for a field no section
 * knows yet. Where the core gives a JSON Resume view (education, languages), the section here holds
 * the complete record, exactly as given (ISO language code, CEFR level, whether completed).
 */
final class PortableExtension {

    private PortableExtension() {
    }

    static void fill(ObjectNode extension, PersonProvided data, String schemaUrl, Instant generatedAt, String controller) {
        extension.put("version", PortabilitySchema.VERSION);
        extension.put("schema", schemaUrl);
        extension.put("generatedAt", generatedAt.toString());
        extension.put("controller", controller);

        ObjectNode personal = extension.putObject("personal");
        data.first("person", "givenName").ifPresent(value -> put(personal, "givenName", value));
        data.first("person", "familyName").ifPresent(value -> put(personal, "familyName", value));
        data.first("person", "dateOfBirth").ifPresent(value -> put(personal, "dateOfBirth", value));
        data.first("person", "address").ifPresent(address -> copy(address, "country", personal));
        // An address JSON Resume's "email" format would refuse (the agency accepts more) is kept here instead.
        data.first("person", "email").filter(email -> !JsonFields.isPlainMailbox(email.asString()))
                .ifPresent(email -> put(personal, "email", email));

        data.first("candidate", "profile").ifPresent(profile -> {
            ObjectNode preferences = extension.putObject("preferences");
            copy(profile, "workType", preferences);
            copy(profile, "preferredArea", preferences);
            copy(profile, "availableFrom", preferences);
        });
        list(extension, "languages", data.all("candidate", "language"), (from, to) -> {
            copy(from, "language", to, "code");
            copy(from, "level", to);
        });
        list(extension, "education", data.all("candidate", "education"), (from, to) -> {
            copy(from, "institution", to);
            copy(from, "programme", to);
            copy(from, "startedOn", to, "startDate");
            copy(from, "endedOn", to, "endDate");
            copy(from, "completed", to);
        });
        list(extension, "internships", data.all("candidate", "experience").stream()
                .filter(experience -> "INTERNSHIP".equals(text(experience, "kind"))).toList(), (from, to) -> {
            copy(from, "employer", to);
            copy(from, "title", to);
            copy(from, "startedOn", to, "startDate");
            copy(from, "endedOn", to, "endDate");
            copy(from, "description", to);
        });
        list(extension, "courses", data.all("candidate", "courses"), (from, to) ->
                List.of("kind", "name", "provider", "takenOn", "result", "throughAgency").forEach(field -> copy(from, field, to)));
        data.first("candidate", "unemployment").ifPresent(from -> {
            ObjectNode unemployment = extension.putObject("unemployment");
            List.of("unemployedSince", "insuranceFund", "leave", "leaveFrom", "leaveTo").forEach(field -> copy(from, field, unemployment));
        });
        list(extension, "nextOfKin", data.all("candidate", "next_of_kin"), (from, to) ->
                List.of("name", "relation", "phone", "email").forEach(field -> copy(from, field, to)));
        list(extension, "documents", data.all("document", "document"), (from, to) ->
                List.of("kind", "fileName", "mediaType", "uploadedAt", "file").forEach(field -> copy(from, field, to)));
        list(extension, "consents", data.all("consent", "consent"), (from, to) ->
                List.of("purpose", "category", "fact", "wordingVersion", "channel", "at").forEach(field -> copy(from, field, to)));
        PortableEmployee.fill(extension, data);
        data.first("client", "position").ifPresent(position -> put(extension.putObject("businessContact"), "position", position));

        ArrayNode other = extension.putArray("other");
        for (PersonProvided.Entry entry : data.left()) {
            if (JsonFields.present(entry.value())) {
                other.addObject().put("source", entry.source()).put("category", entry.category()).put("field", entry.field())
                        .set("value", entry.value());
            }
        }
    }

    /** A section of one object per value, each filled by {@code fields}. */
    static void list(ObjectNode extension, String section, List<JsonNode> values, Fields fields) {
        ArrayNode array = extension.putArray(section);
        values.forEach(value -> fields.fill(value, array.addObject()));
    }

    @FunctionalInterface
    interface Fields {
        void fill(JsonNode from, ObjectNode to);
    }
}
