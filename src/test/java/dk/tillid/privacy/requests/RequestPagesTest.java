package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "dpo-requests", roles = "DPO")
class RequestPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SubjectRequests requests;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aLetterIsRecordedWithItsDueDateAndAnOverdueOneIsShownAsSuch() {
        UUID person = UUID.randomUUID();
        LocalDate received = requests.today().minusDays(40);

        var recorded = mvc.post().uri("/dpo/requests").with(csrf()).param("person", person.toString())
                .param("kind", "ERASURE").param("channel", "LETTER").param("receivedOn", received.toString()).exchange();

        assertThat(recorded).hasStatus3xxRedirection();
        var list = mvc.get().uri("/dpo/requests").header("Accept-Language", "en").exchange();
        assertThat(list).bodyText().contains("Erasure (Art. 17)", received.plusMonths(1).toString(), "Overdue");
        String page = recorded.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).header("Accept-Language", "da").exchange()).bodyText()
                .contains("Sletning (art. 17)", "brev", "Overskredet");
    }

    @Test
    void aSecondRequestOfTheSameKindWithinThreeMonthsIsFlaggedAsRepeated() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        requests.receive(person, SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.PORTAL, requests.today().minusDays(50));
        RequestId second = requests.receive(person, SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, requests.today());
        RequestId other = requests.receive(person, SubjectRequest.Kind.RECTIFICATION, SubjectRequest.Channel.EMAIL, requests.today());

        assertThat(requests.get(second).flag()).isEqualTo(SubjectRequest.Flag.REPEATED);
        assertThat(requests.get(other).flag()).isNull();
    }

    @Test
    void aLateExtensionIsRefusedInPlainWordsAndTheDueDateStays() {
        RequestId id = requests.receive(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.EMAIL, requests.today().minusMonths(2));
        LocalDate due = requests.get(id).dueOn();

        var refused = mvc.post().uri("/dpo/requests/" + id.value() + "/extend").with(csrf()).param("months", "1")
                .param("reason", "Mange systemer").exchange();

        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused.getMvcResult().getFlashMap().get("refused")).isEqualTo("request.extension.tooLate");
        assertThat(requests.get(id).dueOn()).isEqualTo(due);
    }

    @Test
    void aRefusalTellsTheDpoThePersonMayComplainToDatatilsynet() {
        RequestId id = requests.receive(new SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ERASURE,
                SubjectRequest.Channel.EMAIL, requests.today());

        mvc.post().uri("/dpo/requests/" + id.value() + "/refuse").with(csrf())
                .param("reason", "Lønoplysninger skal gemmes i 5 år efter bogføringsloven").exchange();

        assertThat(requests.get(id).status()).isEqualTo(SubjectRequest.Status.REFUSED);
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "da").exchange()).bodyText()
                .contains("Datatilsynet", "bogføringsloven");
    }

    @Test
    @WithMockUser(username = "recruiter-requests", roles = "RECRUITER")
    void recruitersDoNotHandleRequests() {
        assertThat(mvc.get().uri("/dpo/requests").exchange()).hasStatus(403);
    }
}
