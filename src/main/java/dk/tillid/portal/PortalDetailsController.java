package dk.tillid.portal;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * P-DATA-0: the person keeps what they gave us correct themselves — phone and address here. The
 * e-mail address is what they sign in with; changing it needs a proof of the new one (not yet).
 */
@Controller
class PortalDetailsController {

    record DetailsForm(
            @Size(max = 20, message = "{field.tooLong}") @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{field.phone}") String phone,
            @Size(max = 200, message = "{field.tooLong}") String street,
            @Size(max = 12, message = "{field.tooLong}") String postcode,
            @Size(max = 100, message = "{field.tooLong}") String city) {

        static DetailsForm of(Person person) {
            return new DetailsForm(person.contact().phone(), person.address().map(PostalAddress::street).orElse(""),
                    person.address().map(PostalAddress::postcode).orElse(""), person.address().map(PostalAddress::city).orElse(""));
        }

        boolean hasAddress() {
            return !blank(street) && !blank(postcode) && !blank(city);
        }

        boolean partAddress() {
            return !hasAddress() && !(blank(street) && blank(postcode) && blank(city));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    private final Persons persons;
    private final SignedInPerson signedIn;

    PortalDetailsController(Persons persons, SignedInPerson signedIn) {
        this.persons = persons;
        this.signedIn = signedIn;
    }

    @GetMapping("/portal/details")
    ModelAndView form() {
        PersonId person = signedIn.id();
        Person current = signedIn.act(() -> persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS));
        return new ModelAndView("portal/details").addObject("form", DetailsForm.of(current));
    }

    @PostMapping("/portal/details")
    ModelAndView correct(@Valid @ModelAttribute("form") DetailsForm form, BindingResult result, RedirectAttributes redirect) {
        PersonId person = signedIn.id();
        if (form.partAddress()) {
            result.reject("field.address.incomplete");
        }
        if (!result.hasErrors()) {
            try {
                signedIn.act(() -> {
                    Person current = persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS);
                    persons.changeContact(person, new ContactDetails(current.contact().email(), form.phone()),
                            PurposeId.DATA_SUBJECT_RIGHTS);
                    if (form.hasAddress()) {
                        persons.moveTo(person, new PostalAddress(form.street(), form.postcode(), form.city(), null),
                                PurposeId.DATA_SUBJECT_RIGHTS);
                    }
                    return null;
                });
                redirect.addFlashAttribute("saved", "portal.details.saved");
                return new ModelAndView("redirect:/portal/details");
            } catch (IllegalArgumentException refused) {
                result.reject("form.rejected");
            }
        }
        ModelAndView page = new ModelAndView("portal/details").addObject("form", form);
        page.addObject(BindingResult.MODEL_KEY_PREFIX + "form", result);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

}
