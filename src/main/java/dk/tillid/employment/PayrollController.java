package dk.tillid.employment;

import java.util.Locale;

import dk.tillid.privacy.disclosure.DisclosureChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The payroll page and API: choose a pay period and the payroll provider, download the CSV or JSON
 * file. The disclosure is recorded before the file is sent; downloads are never cached.
 */
@Controller
@Tag(name = "Payroll", description = "Payroll files for the payroll provider (P-PUR-4, recipient P-REC-2).")
class PayrollController {

    private final PayrollExport export;
    private final MessageSource messages;

    PayrollController(PayrollExport export, MessageSource messages) {
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/payroll")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("employment/payroll");
        view.addObject("providers", export.providers());
        return view;
    }

    @PostMapping("/payroll")
    Object download(@ModelAttribute EmployeeForms.PayrollForm form) {
        try {
            return file(export.export(form.from(), form.to(), form.provider(),
                    form.format() == null ? PayrollFile.Format.CSV : form.format()));
        } catch (EmploymentRefusal refused) {
            ModelAndView view = page();
            view.addObject("refused", refused.key());
            view.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    record Provider(java.util.UUID id, String name) {
    }

    @GetMapping(path = "/api/v1/payroll/providers", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "Payroll providers to choose from: processors registered for payroll data")
    java.util.List<Provider> providers() {
        return export.providers().stream().map(p -> new Provider(p.id(), p.name())).toList();
    }

    @PostMapping(path = "/api/v1/payroll/export", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Operation(summary = "The payroll file of a period (CSV or JSON), recorded as disclosed to the provider")
    ResponseEntity<byte[]> apiExport(@RequestBody EmployeeForms.PayrollForm form) {
        return file(export.export(form.from(), form.to(), form.provider(),
                form.format() == null ? PayrollFile.Format.JSON : form.format()));
    }

    private static ResponseEntity<byte[]> file(DisclosureChannel.Payload payload) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(payload.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(payload.filename()).build().toString())
                .body(payload.content());
    }

    @ExceptionHandler(EmploymentRefusal.class)
    ResponseEntity<ProblemDetail> refused(EmploymentRefusal refusal, Locale locale) {
        return ApiRefusals.refused(messages, refusal, locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return ApiRefusals.denied(messages, locale);
    }
}
