package dk.tillid.rights;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.tillid.client.BusinessContact;
import dk.tillid.person.Restriction;
import dk.tillid.policy.Policy;
import dk.tillid.privacy.requests.RequestWork;
import dk.tillid.privacy.requests.SubjectRequest;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * This module's panels on the DPO's request page, one per kind it acts on, and what must be done
 * before such a request can be answered. Nothing is shown to act on before the person's identity is
 * verified, nor on a refused request.
 */
@Component
@Order(100)
class RightsRequestWork implements RequestWork {

    static final String TEMPLATE = "rights/panels";

    private final RequestSteps steps;
    private final Restrictions restrictions;
    private final Rectifications rectifications;
    private final Choices choices;
    private final Policy policy;

    RightsRequestWork(RequestSteps steps, Restrictions restrictions, Rectifications rectifications, Choices choices,
                      Policy policy) {
        this.steps = steps;
        this.restrictions = restrictions;
        this.rectifications = rectifications;
        this.choices = choices;
        this.policy = policy;
    }

    @Override
    public Optional<Panel> panel(SubjectRequest request, Locale locale) {
        if (!handles(request) || request.status() == SubjectRequest.Status.AWAITING_IDENTITY
                || request.status() == SubjectRequest.Status.REFUSED) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("steps", steps.of(request));
        model.put("open", request.isOpen());
        switch (request.kind()) {
            case RESTRICTION -> {
                Optional<Restriction> standing = restrictions.standing(request);
                model.put("restriction", standing.orElse(null));
                model.put("earliestLiftOn", restrictions.earliestLiftOn());
            }
            case RECTIFICATION -> {
                model.put("changed", request.isOpen() ? rectifications.changedSince(request) : Map.of());
                model.put("recipients", rectifications.recipients(request).stream()
                        .map(recipient -> new RecipientView(recipient, request.isOpen() && !recipient.told()
                                ? rectifications.contactsAt(recipient) : List.of()))
                        .toList());
            }
            case OBJECTION -> {
                model.put("marketingConsent", choices.marketingConsentStands(request));
                model.put("unregistered", choices.unregistered(request));
            }
            case CONSENT_WITHDRAWAL -> model.put("consents", choices.standing(request, locale));
            case UNREGISTERING -> model.put("unregistered", choices.unregistered(request));
            default -> throw new IllegalStateException("not a kind this module acts on");
        }
        model.put("categoryNames", new CategoryNames(policy, locale));
        return Optional.of(new Panel(TEMPLATE, request.kind().name().toLowerCase(Locale.ROOT), model));
    }

    @Override
    public Optional<String> unfinished(SubjectRequest request) {
        if (!handles(request)) {
            return Optional.empty();
        }
        boolean done = switch (request.kind()) {
            case RESTRICTION -> steps.taken(request, RequestStep.Kind.RESTRICTED);
            case RECTIFICATION -> steps.taken(request, RequestStep.Kind.CORRECTED)
                    && rectifications.recipients(request).stream().allMatch(OldDataRecipient::told);
            case OBJECTION -> steps.taken(request, RequestStep.Kind.MARKETING_STOPPED, RequestStep.Kind.OUT_OF_MATCHING);
            case CONSENT_WITHDRAWAL -> steps.taken(request, RequestStep.Kind.CONSENT_WITHDRAWN)
                    || choices.standing(request, Locale.ENGLISH).isEmpty();
            case UNREGISTERING -> choices.unregistered(request);
            default -> true;
        };
        return done ? Optional.empty() : Optional.of("rights.unfinished." + request.kind().name());
    }

    private static boolean handles(SubjectRequest request) {
        return switch (request.kind()) {
            case RESTRICTION, RECTIFICATION, OBJECTION, CONSENT_WITHDRAWAL, UNREGISTERING -> true;
            default -> false;
        };
    }

    /** A recipient of old data with the contacts a correction can be mailed to (a client's, while untold). */
    record RecipientView(OldDataRecipient recipient, List<BusinessContact> contacts) {
    }

    /** Category names in the page's language, for the fragments. */
    record CategoryNames(Policy policy, Locale locale) {

        public String of(String category) {
            return policy.category(category).name().in(locale);
        }

        public String all(List<String> categories) {
            return PassOnText.names(policy, categories, locale);
        }

        public String purpose(String purpose) {
            return policy.purpose(purpose).name().in(locale);
        }
    }
}
