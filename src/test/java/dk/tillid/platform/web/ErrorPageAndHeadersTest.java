package dk.tillid.platform.web;

import java.util.List;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every answer carries the security headers (pages, the portal, the API, error pages), and an
 * unexpected failure shows a generic page or problem with a reference that is also in the log,
 * never a stack trace or SQL.
 */
@IntegrationTest
@Import(ErrorPageAndHeadersTest.Failing.class)
class ErrorPageAndHeadersTest {

    static final String SECRET = "SELECT cpr FROM person WHERE secret_column = 1";

    /** Endpoints that fail as a bug would, for this test only. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({FailingPage.class, FailingApi.class})
    static class Failing {
    }

    @Controller
    static class FailingPage {
        @GetMapping("/test-only/failing-page")
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @RestController
    static class FailingApi {
        @GetMapping("/api/v1/test-only/failing")
        String fail() {
            throw new UnsupportedOperationException(SECRET);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void aFailingPageShowsTheGenericPageWithAReferenceAndNoDetail() throws Exception {
        MvcTestResult failed = mvc.get().uri("/test-only/failing-page").with(user("r").roles("RECRUITER"))
                .header("Accept-Language", "en").exchange();

        assertThat(failed).hasStatus(500);
        String body = failed.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("Something went wrong", "Reference: ")
                .doesNotContain("SELECT", "secret_column", "IllegalStateException", "at dk.tillid");
        assertThat(body).containsPattern("Reference: [A-Z0-9]{10}\\.");
        assertSecurityHeaders(failed);
    }

    @Test
    void aFailingApiCallAnswersAProblemWithAReference() {
        MvcTestResult failed = mvc.get().uri("/api/v1/test-only/failing").with(user("r").roles("RECRUITER"))
                .header("Accept-Language", "en").exchange();

        assertThat(failed).hasStatus(500);
        assertThat(failed).bodyJson().extractingPath("$.reference").asString().matches("[A-Z0-9]{10}");
        assertThat(failed).bodyText().doesNotContain("SELECT", "secret_column", "UnsupportedOperation", "at dk.tillid");
        assertSecurityHeaders(failed);
    }

    @Test
    void aStatusTheExceptionDeclaresStaysItsOwn() {
        assertThat(mvc.post().uri("/admin/accounts/" + java.util.UUID.randomUUID() + "/enable")
                .with(user("boss").roles("ADMIN"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange()).hasStatus(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/portal/sign-in", "/portal", "/no-such-page", "/api/v1/candidates",
            "/staff", "/actuator/health"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(mvc.get().uri(path).exchange());
        assertSecurityHeaders(mvc.get().uri(path).with(user("r").roles("RECRUITER")).exchange());
    }

    @Test
    void hstsOnlyOverTls() {
        assertThat(mvc.get().uri("https://localhost/").secure(true).exchange()).headers()
                .hasValue("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        assertThat(mvc.get().uri("/").exchange()).headers().doesNotContainHeader("Strict-Transport-Security");
        assertThat(mvc.get().uri("https://localhost/api/v1/candidates").secure(true).exchange()).headers()
                .containsHeader("Strict-Transport-Security");
    }

    private static void assertSecurityHeaders(MvcTestResult result) {
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).as("CSP").isNotNull().contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(List.of(result.getResponse().getStatus())).doesNotContain(0);
    }
}
