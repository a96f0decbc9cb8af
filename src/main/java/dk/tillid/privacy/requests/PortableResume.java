package dk.tillid.privacy.requests;

import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dk.tillid.privacy.requests.JsonFields.copy;
import static dk.tillid.privacy.requests.JsonFields.put;
import static dk.tillid.privacy.requests.JsonFields.text;

/**
 * The JSON Resume v1 core of the portability export, from what the person and candidate modules
 * export (their {@code PersonalDataProvider}s name the fields read here): basics, work, education,
 * skills, languages and certificates. References are not here: a referee's statement is given by
 * the referee (origin OTHERS), not by the person, and so is outside art. 20.
 */
final class PortableResume {

    private PortableResume() {
    }

    static void fill(ObjectNode document, PersonProvided data) {
        ObjectNode basics = document.putObject("basics");
        JsonNode profile = data.first("candidate", "profile").orElse(null);
        String name = String.join(" ", data.first("person", "givenName").map(JsonNode::asString).orElse(""),
                data.first("person", "familyName").map(JsonNode::asString).orElse("")).strip();
        put(basics, "name", name);
        copy(profile, "headline", basics, "label");
        data.first("person", "email").filter(email -> JsonFields.isPlainMailbox(email.asString()))
                .ifPresent(email -> put(basics, "email", email));
        data.first("person", "phone").ifPresent(phone -> put(basics, "phone", phone));
        copy(profile, "summary", basics, "summary");
        data.first("person", "address").ifPresent(address -> {
            ObjectNode location = basics.putObject("location");
            copy(address, "street", location, "address");
            copy(address, "postcode", location, "postalCode");
            copy(address, "city", location);
            put(location, "countryCode", JsonFields.countryCode(text(address, "country")));
        });

        ArrayNode work = document.putArray("work");
        for (JsonNode experience : data.all("candidate", "experience")) {
            if ("JOB".equals(text(experience, "kind"))) {
                ObjectNode job = work.addObject();
                copy(experience, "employer", job, "name");
                copy(experience, "title", job, "position");
                copy(experience, "startedOn", job, "startDate");
                copy(experience, "endedOn", job, "endDate");
                copy(experience, "description", job, "summary");
            }
        }

        ArrayNode education = document.putArray("education");
        for (JsonNode taken : data.all("candidate", "education")) {
            ObjectNode entry = education.addObject();
            copy(taken, "institution", entry);
            copy(taken, "programme", entry, "area");
            copy(taken, "startedOn", entry, "startDate");
            copy(taken, "endedOn", entry, "endDate");
        }

        ArrayNode skills = document.putArray("skills");
        if (profile != null && profile.get("skills") != null) {
            profile.get("skills").forEach(skill -> skills.addObject().put("name", skill.asString()));
        }

        ArrayNode languages = document.putArray("languages");
        for (JsonNode language : data.all("candidate", "language")) {
            String code = text(language, "language");
            String level = text(language, "level");
            ObjectNode entry = languages.addObject();
            put(entry, "language", Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
            put(entry, "fluency", "NATIVE".equals(level) ? "Native speaker" : level);
        }

        // Certificates the person handed us as documents; the file is in the zip.
        ArrayNode certificates = document.putArray("certificates");
        for (JsonNode file : data.all("document", "document")) {
            if ("CERTIFICATE".equals(text(file, "kind"))) {
                copy(file, "fileName", certificates.addObject(), "name");
            }
        }
    }
}
