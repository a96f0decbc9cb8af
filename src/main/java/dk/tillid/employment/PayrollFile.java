package dk.tillid.employment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.tillid.platform.Csv;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import tools.jackson.databind.json.JsonMapper;

/** The payroll file's content, as CSV (formula cells neutralised by {@link Csv}) or JSON. */
record PayrollFile(LocalDate from, LocalDate to, String provider, List<Line> lines) {

    enum Format { CSV, JSON }

    static final List<String> HEADER = List.of("employeeNumber", "name", "cpr", "bankAccount", "employment", "title",
            "hours", "hourlyPay", "pay");

    record Line(long employeeNumber, String name, String cpr, String bankAccount, EmploymentId employment, String title,
                BigDecimal hours, BigDecimal hourlyPay, BigDecimal pay) {

        @Override
        public String toString() {
            return "Line[" + employeeNumber + ", redacted]";
        }
    }

    @Override
    public String toString() {
        return "PayrollFile[" + from + ".." + to + ", " + lines.size() + " lines]";
    }

    DisclosureChannel.Payload payload(Format format, JsonMapper json) {
        String name = "payroll-" + from + "-" + to;
        return switch (format) {
            case CSV -> new DisclosureChannel.Payload(name + ".csv", "text/csv; charset=UTF-8",
                    ("\uFEFF" + csv()).getBytes(StandardCharsets.UTF_8));
            case JSON -> new DisclosureChannel.Payload(name + ".json", "application/json", json.writeValueAsBytes(document()));
        };
    }

    String csv() {
        return Csv.of(HEADER, lines.stream().map(line -> List.of(String.valueOf(line.employeeNumber()), line.name(),
                nullToEmpty(line.cpr()), nullToEmpty(line.bankAccount()), line.employment().toString(), line.title(),
                line.hours().toPlainString(), line.hourlyPay().toPlainString(), line.pay().toPlainString())).toList());
    }

    Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("period", Map.of("from", from.toString(), "to", to.toString()));
        document.put("provider", provider);
        document.put("lines", lines.stream().map(line -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("employeeNumber", line.employeeNumber());
            row.put("name", line.name());
            row.put("cpr", line.cpr());
            row.put("bankAccount", line.bankAccount());
            row.put("employment", line.employment().toString());
            row.put("title", line.title());
            row.put("hours", line.hours());
            row.put("hourlyPay", line.hourlyPay());
            row.put("pay", line.pay());
            return row;
        }).toList());
        return document;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
