package dk.tillid;

import java.util.List;
import java.util.UUID;

import dk.tillid.identity.PersonSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may open what, as far as T1 goes: the public pages and the health probe are open, everything
 * else needs a staff login. (The full endpoint-by-role proof is access.AccessControlMatrixTest.)
 */
@IntegrationTest
class AccessRulesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void publicPagesAndTheLoginAreOpenToEveryone() {
        for (String page : new String[] {"/", "/privacy", "/cookies", "/login", "/css/tillid.css", "/actuator/health"}) {
            assertThat(mvc.get().uri(page).exchange()).as(page).hasStatusOk();
        }
    }

    @Test
    void everythingElseSendsAnonymousVisitorsToTheLogin() {
        for (String page : new String[] {"/staff", "/dpo/record-of-processing", "/dpo/record-of-processing.json",
                "/account/password", "/actuator/metrics", "/anything-else"}) {
            assertThat(mvc.get().uri(page).exchange()).as(page).hasStatus3xxRedirection()
                    .redirectedUrl().isEqualTo("/login");
        }
    }

    @Test
    void theHealthProbeTellsAnonymousVisitorsNoDetails() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).bodyJson()
                .doesNotHavePath("$.components");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void onlyAdministratorsSeeTheOtherActuatorEndpoints() {
        assertThat(mvc.get().uri("/actuator/metrics").exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health").exchange()).bodyJson().hasPath("$.components.db");
    }

    @Test
    @WithMockUser(roles = {"RECRUITER", "PAYROLL", "DPO"})
    void otherRolesMayNotSeeActuatorEndpoints() {
        assertThat(mvc.get().uri("/actuator/metrics").exchange()).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "PAYROLL")
    void staffOfAnyRoleReachTheStaffArea() {
        assertThat(mvc.get().uri("/staff").exchange()).hasStatusOk();
    }

    @Test
    @WithMockUser(authorities = "SOME_OTHER_AUTHORITY")
    void aLoginWithoutAStaffRoleReachesNothing() {
        assertThat(mvc.get().uri("/staff").exchange()).hasStatus(403);
    }

    @Test
    void aPersonSignedInToThePortalHasNoStaffPasswordPage() {
        var person = authentication(UsernamePasswordAuthenticationToken.authenticated(UUID.randomUUID().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));

        assertThat(mvc.get().uri("/account/password").with(person).exchange()).hasStatus(403);
    }

    @Test
    void aRegistrationPostedWithoutTheCandidatesFieldsIsShownAgainNotAnError() {
        var result = mvc.post().uri("/register").with(csrf()).exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyText().contains("name=\"candidate.givenName\"").doesNotContain("Exception");
    }

    @Test
    void errorsShowAGenericPageWithoutDetails() {
        var result = mvc.get().uri("/error").exchange();

        assertThat(result).bodyText().doesNotContain("Exception", "at dk.tillid", "SQL");
    }

    @Test
    void pagesSendProtectiveHeaders() {
        var result = mvc.get().uri("/privacy").exchange();

        assertThat(result).headers()
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("Referrer-Policy", "same-origin");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
    }
}
