package dk.tillid.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.tillid.platform.Csv;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The record of processing (GDPR Art. 30(1)) for the DPO: a page, and JSON and CSV downloads. */
@Controller
class RecordOfProcessingController {

    private final RecordOfProcessing record;

    RecordOfProcessingController(RecordOfProcessing record) {
        this.record = record;
    }

    @GetMapping("/dpo/record-of-processing")
    String page(Model model, Locale locale) {
        model.addAttribute("activities", record.activities(locale));
        model.addAttribute("policyVersion", record.policyVersion());
        return "policy/record-of-processing";
    }

    /** The JSON download: what the page shows, with lists as arrays. */
    record Download(String policyVersion, String language, List<RecordOfProcessing.Activity> activities) {
    }

    @GetMapping(value = "/dpo/record-of-processing.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Download> json(Locale locale) {
        return download("json", MediaType.APPLICATION_JSON,
                new Download(record.policyVersion(), locale.getLanguage(), record.activities(locale)));
    }

    @GetMapping(value = "/dpo/record-of-processing.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> csv(Locale locale) {
        List<RecordOfProcessing.Activity> activities = record.activities(locale);
        List<String> header = activities.get(0).fields().stream().map(RecordOfProcessing.Field::name).toList();
        List<List<String>> rows = new ArrayList<>();
        for (RecordOfProcessing.Activity activity : activities) {
            rows.add(activity.fields().stream().map(field -> String.join("; ", field.values())).toList());
        }
        // A byte-order mark makes spreadsheet programs read the Danish letters as UTF-8.
        byte[] body = ("\uFEFF" + Csv.of(header, rows)).getBytes(StandardCharsets.UTF_8);
        return download("csv", new MediaType("text", "csv", StandardCharsets.UTF_8), body);
    }

    private <T> ResponseEntity<T> download(String extension, MediaType type, T body) {
        String filename = "record-of-processing-" + record.policyVersion() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
