package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DPO's requests: the open ones by due date, recording one that came by e-mail or letter, and each step. */
@Controller
@RequestMapping("/dpo/requests")
class RequestController {

    /** A request as staff record it; the person is named by their id (never by name in an address). */
    record RequestForm(@NotNull(message = "{field.required}") UUID person,
                       @NotNull(message = "{field.required}") SubjectRequest.Kind kind,
                       @NotNull(message = "{field.required}") SubjectRequest.Channel channel,
                       @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                       @Size(max = 2000, message = "{request.statement.invalid}") String statement) {
    }

    /** An extension Tillid tells the person of by mail, today: the DPO gives only the months and the reasons. */
    record ExtensionForm(@NotNull(message = "{field.required}") @Min(1) @Max(2) Integer months,
                         @NotNull(message = "{field.required}") @Size(min = 1, max = 2000, message = "{field.required}") String reason) {
    }

    /** An extension for a person without an e-mail address, told by the letter the DPO sent. */
    record LetterExtensionForm(@NotNull(message = "{field.required}") @Min(1) @Max(2) Integer months,
                               @NotNull(message = "{field.required}") @Size(min = 1, max = 2000, message = "{field.required}") String reason,
                               @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterSentOn) {
    }

    private final SubjectRequests requests;
    private final AccessPackageDownloads downloads;
    private final PortabilityExports portability;
    private final org.springframework.beans.factory.ObjectProvider<RequestWork> work;

    RequestController(SubjectRequests requests, AccessPackageDownloads downloads, PortabilityExports portability,
                      org.springframework.beans.factory.ObjectProvider<RequestWork> work) {
        this.requests = requests;
        this.downloads = downloads;
        this.portability = portability;
        this.work = work;
    }

    /** The Art. 15 download: the package as JSON and as a page, with the original files; never before identity is verified. */
    @GetMapping("/{id}/package.zip")
    void packageZip(@PathVariable UUID id, java.util.Locale locale, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        SubjectRequest request = releasable(id);
        downloads.zip(request.subject(), locale).send(response, "access-package-" + request.receivedOn() + ".zip");
    }

    /** The Art. 20 download, for a portability request only: what the person gave us, JSON (schema-checked), CSV and files. */
    @GetMapping("/{id}/portability.zip")
    void portabilityZip(@PathVariable UUID id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        SubjectRequest request = releasable(id);
        if (request.kind() != SubjectRequest.Kind.PORTABILITY) {
            throw new NotPortabilityException();
        }
        portability.zip(request.subject()).send(response, "my-data-" + request.receivedOn() + ".zip");
    }

    /** The JSON of the access package alone (the files it names are in the zip). */
    @GetMapping("/{id}/package.json")
    org.springframework.http.ResponseEntity<AccessPackages.AccessPackage> packageFile(@PathVariable UUID id, java.util.Locale locale) {
        SubjectRequest request = releasable(id);
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("access-package-" + request.receivedOn() + ".json").build().toString())
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(downloads.json(request.subject(), locale));
    }

    /** The same package as a page a person can read. */
    @GetMapping("/{id}/package")
    ModelAndView packagePage(@PathVariable UUID id, java.util.Locale locale) {
        SubjectRequest request = releasable(id);
        return new ModelAndView("privacy/access-package").addObject("pkg", downloads.json(request.subject(), locale))
                .addObject("request", request);
    }

    private SubjectRequest releasable(UUID id) {
        SubjectRequest request = requests.get(new RequestId(id));
        if (!request.isIdentityVerified()) {
            throw new IdentityNotVerifiedException();
        }
        return request;
    }

    /** Nothing is released before the person has proved who they are. */
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CONFLICT)
    static class IdentityNotVerifiedException extends RuntimeException {
        IdentityNotVerifiedException() {
            super("The person's identity is not verified yet");
        }
    }

    /** A portability download is the answer to a portability request, and to no other. */
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
    static class NotPortabilityException extends RuntimeException {
        NotPortabilityException() {
            super("This request is not a portability request");
        }
    }

    @GetMapping
    ModelAndView open() {
        return page(new RequestForm(null, SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, requests.today(), null));
    }

    @PostMapping
    ModelAndView record(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                RequestId id = requests.receive(new SubjectId(form.person()), form.kind(), form.channel(), form.receivedOn(),
                        form.statement());
                redirect.addFlashAttribute("saved", "request.recorded");
                return new ModelAndView("redirect:/dpo/requests/" + id.value());
            } catch (RequestRefusal refused) {
                result.reject(refused.key());
            }
        }
        ModelAndView page = page(form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable UUID id, java.util.Locale locale) {
        SubjectRequest request = requests.get(new RequestId(id));
        return new ModelAndView("privacy/request").addObject("request", request)
                .addObject("statement", requests.statement(request.id()).orElse(null))
                .addObject("today", requests.today())
                .addObject("panels", work.orderedStream().map(module -> module.panel(request, locale))
                        .flatMap(java.util.Optional::stream).toList());
    }

    @PostMapping("/{id}/await-identity")
    String awaitIdentity(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "request.awaitingIdentity", () -> requests.awaitIdentity(new RequestId(id)));
    }

    @PostMapping("/{id}/identity-verified")
    String identityVerified(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, "request.identityVerified", () -> requests.identityVerified(new RequestId(id)));
    }

    /** Tillid tells the person by mail; refused, with nothing extended, when they have no address. */
    @PostMapping("/{id}/extend")
    String extend(@PathVariable UUID id, @Valid @ModelAttribute("extension") ExtensionForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refused", "request.extension.mailForm");
            return "redirect:/dpo/requests/" + id;
        }
        return step(id, redirect, "request.extendedByMail",
                () -> requests.extendTellingByMail(new RequestId(id), form.months(), form.reason()));
    }

    /** Only for a person Tillid cannot mail: the DPO sent a letter with the reasons. */
    @PostMapping("/{id}/extend-by-letter")
    String extendByLetter(@PathVariable UUID id, @Valid @ModelAttribute("letter") LetterExtensionForm form, BindingResult result,
                          RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("refused", "request.extension.form");
            return "redirect:/dpo/requests/" + id;
        }
        return step(id, redirect, "request.extended",
                () -> requests.extendToldByLetter(new RequestId(id), form.months(), form.reason(), form.letterSentOn()));
    }

    @PostMapping("/{id}/excessive")
    String excessive(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "request.flagged", () -> requests.markExcessive(new RequestId(id), limit(reason)));
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        return step(id, redirect, "request.completed", () -> requests.complete(new RequestId(id), limit(answer)));
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, "request.refused", () -> requests.refuse(new RequestId(id), limit(reason)));
    }

    private String step(UUID id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (RequestRefusal refused) {
            redirect.addFlashAttribute("refused", refused.key());
        } catch (ExtensionNoticeRefused refused) {
            redirect.addFlashAttribute("refused", refused.key());
        }
        return "redirect:/dpo/requests/" + id;
    }

    private static String limit(String text) {
        if (text.length() > 2000) {
            throw new RequestRefusal("request.tooLong", "At most 2000 characters");
        }
        return text;
    }

    private ModelAndView page(RequestForm form) {
        return new ModelAndView("privacy/requests").addObject("requests", requests.open()).addObject("form", form)
                .addObject("today", requests.today()).addObject("kinds", SubjectRequest.Kind.values())
                .addObject("channels", SubjectRequest.Channel.values());
    }
}
