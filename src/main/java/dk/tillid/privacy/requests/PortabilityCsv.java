package dk.tillid.privacy.requests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import dk.tillid.platform.Csv;
import tools.jackson.databind.JsonNode;

/**
 * The portability export's CSV tables, one per kind of record, made from the very JSON document
 * that passed the schema, so the two can never disagree. RFC 4180 with every cell quoted and
 * formula-like cells neutralised ({@link Csv}); UTF-8 with a byte-order mark, so that a spreadsheet
 * reads æ, ø and å right. A table with no rows is left out.
 */
final class PortabilityCsv {

    static final String FOLDER = "csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A column: its header, and where its value is (a JSON pointer from the row). */
    record Column(String header, String pointer) {
    }

    /** A table: rows from the array at {@code rows}, or one row from the document if {@code rows} is null. */
    record Table(String name, String rows, List<Column> columns) {

        static Table of(String name, String rows, String... headersAndPointers) {
            List<Column> columns = new ArrayList<>();
            for (int i = 0; i < headersAndPointers.length; i += 2) {
                columns.add(new Column(headersAndPointers[i], headersAndPointers[i + 1]));
            }
            return new Table(name, rows, List.copyOf(columns));
        }
    }

    private static final String X = "/x-tillid";
    static final List<Table> TABLES = List.of(
            Table.of("person.csv", null, "givenName", X + "/personal/givenName", "familyName", X + "/personal/familyName",
                    "dateOfBirth", X + "/personal/dateOfBirth", "email", "/basics/email", "phone", "/basics/phone",
                    "address", "/basics/location/address", "postalCode", "/basics/location/postalCode",
                    "city", "/basics/location/city", "country", X + "/personal/country",
                    "countryCode", "/basics/location/countryCode"),
            Table.of("profile.csv", null, "headline", "/basics/label", "summary", "/basics/summary",
                    "workType", X + "/preferences/workType", "preferredArea", X + "/preferences/preferredArea",
                    "availableFrom", X + "/preferences/availableFrom"),
            Table.of("skills.csv", "/skills", "skill", "/name"),
            Table.of("languages.csv", X + "/languages", "language", "/code", "level", "/level"),
            Table.of("work.csv", "/work", "employer", "/name", "title", "/position", "startDate", "/startDate",
                    "endDate", "/endDate", "description", "/summary"),
            Table.of("internships.csv", X + "/internships", "employer", "/employer", "title", "/title",
                    "startDate", "/startDate", "endDate", "/endDate", "description", "/description"),
            Table.of("education.csv", X + "/education", "institution", "/institution", "programme", "/programme",
                    "startDate", "/startDate", "endDate", "/endDate", "completed", "/completed"),
            Table.of("courses.csv", X + "/courses", "kind", "/kind", "name", "/name", "provider", "/provider",
                    "takenOn", "/takenOn", "result", "/result", "throughAgency", "/throughAgency"),
            Table.of("unemployment.csv", null, "unemployedSince", X + "/unemployment/unemployedSince",
                    "insuranceFund", X + "/unemployment/insuranceFund", "leave", X + "/unemployment/leave",
                    "leaveFrom", X + "/unemployment/leaveFrom", "leaveTo", X + "/unemployment/leaveTo"),
            Table.of("next-of-kin.csv", X + "/nextOfKin", "name", "/name", "relation", "/relation", "phone", "/phone",
                    "email", "/email"),
            Table.of("documents.csv", X + "/documents", "kind", "/kind", "fileName", "/fileName", "mediaType", "/mediaType",
                    "uploadedAt", "/uploadedAt", "file", "/file"),
            Table.of("consents.csv", X + "/consents", "purpose", "/purpose", "category", "/category", "fact", "/fact",
                    "wordingVersion", "/wordingVersion", "channel", "/channel", "at", "/at"),
            Table.of("employee.csv", null, "nationality", X + "/employee/nationality",
                    "bankAccount", X + "/employee/bankAccount", "idDocumentType", X + "/employee/idDocument/type",
                    "idDocumentNumber", X + "/employee/idDocument/number", "idDocumentExpiry", X + "/employee/idDocument/expiry",
                    "workPermitType", X + "/employee/workPermit/type", "workPermitExpiry", X + "/employee/workPermit/expiry",
                    "criminalRecordIssuedOn", X + "/employee/criminalRecordExtract/issuedOn",
                    "criminalRecordText", X + "/employee/criminalRecordExtract/text"),
            Table.of("cpr-numbers.csv", X + "/employee/cprNumbers", "number", "/number", "validFrom", "/validFrom",
                    "validTo", "/validTo"),
            Table.of("absences.csv", X + "/employee/absences", "firstDay", "/firstDay", "lastDay", "/lastDay", "type", "/type"),
            Table.of("absence-health-reasons.csv", X + "/employee/absenceHealthReasons", "firstDay", "/firstDay",
                    "reason", "/reason"),
            Table.of("criminal-record-disclosure-consents.csv", X + "/employee/criminalRecordDisclosureConsents",
                    "client", "/client", "givenAt", "/givenAt", "used", "/used"),
            Table.of("business-contact.csv", null, "position", X + "/businessContact/position"),
            Table.of("other.csv", X + "/other", "source", "/source", "category", "/category", "field", "/field",
                    "value", "/value"));

    private PortabilityCsv() {
    }

    /** Each table with at least one row, by its path in the zip ({@code csv/person.csv}), as UTF-8 with a BOM. */
    static Map<String, byte[]> of(JsonNode document) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Table table : TABLES) {
            List<List<String>> rows = rows(table, document);
            if (!rows.isEmpty()) {
                byte[] text = Csv.of(table.columns().stream().map(Column::header).toList(), rows).getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[BOM.length + text.length];
                System.arraycopy(BOM, 0, withBom, 0, BOM.length);
                System.arraycopy(text, 0, withBom, BOM.length, text.length);
                files.put(FOLDER + "/" + table.name(), withBom);
            }
        }
        return files;
    }

    static List<List<String>> rows(Table table, JsonNode document) {
        List<JsonNode> sources = table.rows() == null ? List.of(document)
                : StreamSupport.stream(document.at(table.rows()).spliterator(), false).toList();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode source : sources) {
            List<String> row = table.columns().stream().map(column -> cell(source.at(column.pointer()))).toList();
            if (row.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Text as it is; a list of texts joined by "; "; anything else as its JSON. */
    static String cell(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asString();
        }
        if (value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isString)) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asString).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
