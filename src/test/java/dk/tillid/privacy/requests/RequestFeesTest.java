package dk.tillid.privacy.requests;

import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Art. 12(5), 15(3): answering is free; a fee only for a further copy or an excessive request, with its reason. */
@IntegrationTest
@WithMockUser(username = "dpo-fees", roles = "DPO")
class RequestFeesTest {

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired SubjectRequests requests;
    @Autowired RequestFees fees;

    @Test
    void aFirstRequestIsFreeAndAFurtherCopyMayCostAFeeWithItsReason() {
        PersonId person = person();
        RequestId first = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL, requests.today());

        assertThat(charge(first, "150", "En kopi mere")).flash().containsEntry("refused", "request.fee.notAllowed");
        assertThat(fees.of(first)).isEmpty();

        RequestId again = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL, requests.today());
        assertThat(charge(again, "150", "")).flash().containsEntry("refused", "request.fee.noReason");
        assertThat(charge(again, "0", "En kopi mere")).flash().containsEntry("refused", "request.fee.amount.invalid");
        assertThat(charge(again, "10000,01", "En kopi mere")).flash().containsEntry("refused", "request.fee.amount.invalid");
        assertThat(charge(again, "mange", "En kopi mere")).flash().containsEntry("refused", "request.fee.amount.invalid");
        assertThat(fees.of(again)).isEmpty();

        assertThat(charge(again, "150,50", "En ekstra kopi af det samme")).flash().containsEntry("saved", "request.fee.charged");

        assertThat(fees.of(again)).hasValueSatisfying(fee -> {
            assertThat(fee.amountDkk()).isEqualByComparingTo("150.50");
            assertThat(fee.reason()).isEqualTo("En ekstra kopi af det samme");
        });
        assertThat(mvc.get().uri("/dpo/requests/" + again.value()).exchange()).bodyText()
                .contains("150,50 kr.: En ekstra kopi af det samme");
        assertThat(mvc.get().uri("/portal/choices").with(as(person)).exchange()).bodyText()
                .contains("Gebyr: 150,50 kr. (En ekstra kopi af det samme)");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult charge(RequestId id, String amount, String reason) {
        return mvc.post().uri("/dpo/requests/" + id.value() + "/fee").with(csrf()).param("amount", amount)
                .param("reason", reason).exchange();
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Gebyr", "Gentagersen"),
                new ContactDetails("gebyr-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}
