package dk.tillid.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.privacy.requests.RequestId;

/** One thing done on a request, as the request page and the person's page show it. */
record RequestStep(RequestId request, Kind kind, List<String> categories, Instant effectiveAt, String recipient,
                   String recipientName, Channel channel, String note, String consentPurpose, String consentCategory,
                   LocalDate liftOn, Instant takenAt) {

    enum Kind { RESTRICTED, LIFT_ANNOUNCED, LIFTED, CORRECTED, PASSED_ON, MARKETING_STOPPED, OUT_OF_MATCHING,
        CONSENT_WITHDRAWN, UNREGISTERED }

    /** How a recipient or the person was told. */
    enum Channel { EMAIL, LETTER, OTHER }

    RequestStep {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    static RequestStep of(RequestId request, Kind kind) {
        return new RequestStep(request, kind, null, null, null, null, null, null, null, null, null, null);
    }

    static RequestStep corrected(RequestId request, String category, Instant changedAt) {
        return new RequestStep(request, Kind.CORRECTED, List.of(category), changedAt, null, null, null, null, null, null,
                null, null);
    }

    static RequestStep passedOn(RequestId request, String recipient, String recipientName, List<String> categories,
                                Channel channel, String note) {
        return new RequestStep(request, Kind.PASSED_ON, categories, null, recipient, recipientName, channel, note, null,
                null, null, null);
    }

    static RequestStep consent(RequestId request, Kind kind, String purpose, String category) {
        return new RequestStep(request, kind, null, null, null, null, null, null, purpose, category, null, null);
    }

    static RequestStep liftAnnounced(RequestId request, LocalDate liftOn, Channel channel) {
        return new RequestStep(request, Kind.LIFT_ANNOUNCED, null, null, null, null, channel, null, null, null, liftOn, null);
    }

    @Override
    public String toString() {
        return "RequestStep[" + request.value() + ", " + kind + "]";
    }
}
