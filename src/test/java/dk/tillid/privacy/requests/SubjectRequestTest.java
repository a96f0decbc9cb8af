package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dk.tillid.privacy.requests.SubjectRequest.Notice.MAIL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadline rules of GDPR Art. 12(3) and 12(6), on plain dates. */
class SubjectRequestTest {

    @ParameterizedTest(name = "received {0} → due {1}")
    @CsvSource({"2026-12-10, 2027-01-10", "2027-01-31, 2027-02-28", "2028-01-31, 2028-02-29", "2027-03-31, 2027-04-30",
            "2027-02-28, 2027-03-28", "2026-11-30, 2026-12-30"})
    void theAnswerIsDueTheSameDateNextMonthClampedToTheMonthsEnd(LocalDate received, LocalDate due) {
        assertThat(request(received).dueOn()).isEqualTo(due);
    }

    @Test
    void waitingForProofOfIdentityStopsTheClock() {
        SubjectRequest request = request(LocalDate.of(2027, 1, 10));
        request.awaitIdentity(LocalDate.of(2027, 1, 12));
        assertThat(request.dueOn()).as("no due date while paused").isNull();
        assertThat(request.isOverdue(LocalDate.of(2027, 6, 1))).isFalse();

        request.identityVerified(LocalDate.of(2027, 1, 20));

        assertThat(request.pausedDays()).isEqualTo(8);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2027, 2, 18));
    }

    @Test
    void anExtensionNeedsReasonsToldWithinTheFirstMonthAndIsTwoMonthsAtMost() {
        SubjectRequest request = request(LocalDate.of(2027, 1, 31));

        assertThatThrownBy(() -> request.extend(1, " ", MAIL,
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10)))
                .hasFieldOrPropertyWithValue("key", "request.extension.noReason");
        assertThatThrownBy(() -> request.extend(1, "Mange dokumenter", MAIL,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)))
                .as("told after the first month").hasFieldOrPropertyWithValue("key", "request.extension.tooLate");
        assertThatThrownBy(() -> request.extend(3, "Mange dokumenter", MAIL,
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 10)))
                .hasFieldOrPropertyWithValue("key", "request.extension.tooLong");

        request.extend(2, "Mange dokumenter i flere systemer", MAIL,
                LocalDate.of(2027, 2, 27), LocalDate.of(2027, 2, 27));

        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThatThrownBy(() -> request.extend(1, "Endnu mere", MAIL,
                LocalDate.of(2027, 2, 27), LocalDate.of(2027, 2, 27)))
                .hasFieldOrPropertyWithValue("key", "request.extension.tooLong");
    }

    @Test
    void overdueIsTheDayAfterTheDueDateForAnOpenRequestOnly() {
        SubjectRequest request = request(LocalDate.of(2027, 1, 10));

        assertThat(request.isOverdue(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(request.isOverdue(LocalDate.of(2027, 2, 11))).isTrue();
        request.complete("Indsigt sendt", LocalDate.of(2027, 2, 12));
        assertThat(request.isOverdue(LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void aRequestWaitingForProofOfIdentityHasNoDueDateToExtend() {
        SubjectRequest request = request(LocalDate.of(2027, 1, 10));
        request.awaitIdentity(LocalDate.of(2027, 1, 11));

        assertThatThrownBy(() -> request.extend(1, "Mange systemer", MAIL, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 12)))
                .hasFieldOrPropertyWithValue("key", "request.extension.paused");
        assertThat(request.extensionMonths()).isZero();
    }

    @Test
    void nothingIsAnsweredBeforeIdentityIsVerifiedAndARefusalNeedsItsReason() {
        SubjectRequest request = request(LocalDate.of(2027, 1, 10));
        request.awaitIdentity(LocalDate.of(2027, 1, 11));

        assertThatThrownBy(() -> request.complete("Her er dine data", LocalDate.of(2027, 1, 12)))
                .hasFieldOrPropertyWithValue("key", "request.identityFirst");
        assertThatThrownBy(() -> request.refuse("", LocalDate.of(2027, 1, 12)))
                .hasFieldOrPropertyWithValue("key", "request.refusal.noReason");
        request.refuse("Identiteten kunne ikke bekræftes", LocalDate.of(2027, 1, 12));
        assertThat(request.status()).isEqualTo(SubjectRequest.Status.REFUSED);
        assertThatThrownBy(() -> request.complete("Alligevel", LocalDate.of(2027, 1, 13)))
                .hasFieldOrPropertyWithValue("key", "request.closed");
    }

    @Test
    void aRequestCannotHaveArrivedTomorrow() {
        assertThatThrownBy(() -> SubjectRequest.received(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.LETTER, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 10)))
                .hasFieldOrPropertyWithValue("key", "request.receivedInFuture");
    }

    @Test
    void aRequestByLetterIsActedOnOnlyOnceTheDpoHasCheckedWhoWroteAndThatStopsNoClock() {
        LocalDate received = LocalDate.of(2027, 1, 10);
        SubjectRequest letter = SubjectRequest.received(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.LETTER, received, received);

        assertThat(letter.isIdentityVerified()).isFalse();
        assertThatThrownBy(() -> letter.complete("Indsigt sendt", received)).isInstanceOf(RequestRefusal.class)
                .hasFieldOrPropertyWithValue("key", "request.identityFirst");
        letter.identityVerified(LocalDate.of(2027, 1, 12));

        assertThat(letter.isIdentityVerified()).isTrue();
        assertThat(letter.pausedDays()).as("the clock never stood still").isZero();
        assertThat(letter.dueOn()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThatThrownBy(() -> letter.identityVerified(LocalDate.of(2027, 1, 13))).isInstanceOf(RequestRefusal.class);
        assertThat(SubjectRequest.received(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.PORTAL, received, received).isIdentityVerified()).as("the sign-in proved it").isTrue();
    }

    /** Through the portal: the sign-in proved who asks. */
    private static SubjectRequest request(LocalDate received) {
        return SubjectRequest.received(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.PORTAL, received, received);
    }
}
