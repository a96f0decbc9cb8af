package dk.tillid.identity;

import java.util.regex.Matcher;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "admin-accounts", roles = "ADMIN")
class AccountsPageTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theAdministratorCreatesAnAccountWhoseOneTimePasswordSignsInOnceToAPasswordChange() throws Exception {
        var created = mvc.post().uri("/admin/accounts").with(csrf()).param("username", "Rita.Rekrutter")
                .param("displayName", "Rita Rekrutter").param("roles", "RECRUITER", "PAYROLL")
                .header("Accept-Language", "en").exchange();

        assertThat(created).hasStatusOk();
        assertThat(created).bodyText().contains("rita.rekrutter", "It is not shown again");
        Matcher password = java.util.regex.Pattern.compile("id=\"one-time-password\">([A-Za-z0-9]+)<")
                .matcher(created.getMvcResult().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(password.find()).isTrue();

        assertThat(mvc.perform(formLogin("/login").user("rita.rekrutter").password(password.group(1))))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/password");
        assertThat(mvc.get().uri("/admin/accounts").header("Accept-Language", "en").exchange()).bodyText()
                .contains("rita.rekrutter", "Recruiter", "Payroll", "Has not signed in yet");
    }

    @Test
    void aTakenNameOrNoRoleIsRefusedInPlainWords() {
        mvc.post().uri("/admin/accounts").with(csrf()).param("username", "taken.name").param("displayName", "A")
                .param("roles", "DPO").exchange();

        var taken = mvc.post().uri("/admin/accounts").with(csrf()).param("username", "Taken.Name").param("displayName", "B")
                .param("roles", "DPO").header("Accept-Language", "en").exchange();
        var noRole = mvc.post().uri("/admin/accounts").with(csrf()).param("username", "no.role").param("displayName", "C")
                .header("Accept-Language", "da").exchange();

        assertThat(taken).hasStatus(400);
        assertThat(taken).bodyText().contains("This user name is taken.");
        assertThat(noRole).hasStatus(400);
        assertThat(noRole).bodyText().contains("Vælg mindst én rolle.");
    }

    @Test
    void anAdministratorAccountCannotAlsoSeeFullCprNumbersOrCriminalRecords() {
        var refused = mvc.post().uri("/admin/accounts").with(csrf()).param("username", "admin.two").param("displayName", "D")
                .param("roles", "ADMIN", "SCREENING").header("Accept-Language", "en").exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("cannot also have the Payroll or Screening role");
        assertThat(mvc.get().uri("/admin/accounts").exchange()).bodyText().doesNotContain("admin.two");
    }

    @Test
    @WithMockUser(username = "recruiter-accounts", roles = "RECRUITER")
    void onlyTheAdministratorManagesAccounts() {
        assertThat(mvc.get().uri("/admin/accounts").exchange()).hasStatus(403);
    }
}
