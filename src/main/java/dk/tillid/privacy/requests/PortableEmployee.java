package dk.tillid.privacy.requests;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import static dk.tillid.privacy.requests.JsonFields.copy;
import static dk.tillid.privacy.requests.JsonFields.put;

/**
 * The employee file's part of the extension: what the person gave as an employee (the employment
 * module's export names these fields). The agency's own records (employee number, employments,
 * timesheets, screenings) are not the person's to port.
 */
final class PortableEmployee {

    private PortableEmployee() {
    }

    static void fill(ObjectNode extension, PersonProvided data) {
        String source = "employment";
        ObjectNode employee = extension.objectNode();
        data.first(source, "nationality").ifPresent(value -> put(employee, "nationality", value));
        data.first(source, "bankAccount").ifPresent(value -> put(employee, "bankAccount", value));
        PortableExtension.list(employee, "cprNumbers", data.all(source, "cprNumber"), (from, to) ->
                List.of("number", "validFrom", "validTo").forEach(field -> copy(from, field, to)));
        data.first(source, "idDocument").ifPresent(from -> {
            ObjectNode document = employee.putObject("idDocument");
            List.of("type", "number", "expiry").forEach(field -> copy(from, field, document));
        });
        data.first(source, "workPermit").ifPresent(from -> {
            ObjectNode permit = employee.putObject("workPermit");
            List.of("type", "expiry").forEach(field -> copy(from, field, permit));
        });
        PortableExtension.list(employee, "absences", data.all(source, "absence"), (from, to) ->
                List.of("firstDay", "lastDay", "type").forEach(field -> copy(from, field, to)));
        PortableExtension.list(employee, "absenceHealthReasons", data.all(source, "absenceHealthReason"), (from, to) ->
                List.of("firstDay", "reason").forEach(field -> copy(from, field, to)));
        data.first(source, "criminalRecordExtract").ifPresent(from -> {
            ObjectNode extract = employee.putObject("criminalRecordExtract");
            List.of("issuedOn", "text").forEach(field -> copy(from, field, extract));
        });
        PortableExtension.list(employee, "criminalRecordDisclosureConsents", data.all(source, "criminalRecordDisclosureConsent"),
                (from, to) -> List.of("client", "givenAt", "used").forEach(field -> copy(from, field, to)));
        // Only someone with an employee file has this section; empty lists alone do not make one.
        boolean holdsAnything = employee.properties().stream()
                .anyMatch(field -> !field.getValue().isArray() || !field.getValue().isEmpty());
        if (holdsAnything) {
            extension.set("employee", employee);
        }
    }
}
