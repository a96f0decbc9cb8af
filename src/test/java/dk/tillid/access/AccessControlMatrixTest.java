package dk.tillid.access;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dk.tillid.IntegrationTest;
import dk.tillid.identity.Role;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The access-control proof (T7 item 5, ASVS V8): every endpoint the running application maps, asked
 * by everyone who can ask ({@link Who}), answers as {@link ExpectedAccess} says.
 * <ul>
 * <li>Allowed: never a refusal (401, 403, a redirect to a sign-in) and never a server error; a GET
 * answers 2xx or 3xx. A change (POST, PUT, DELETE) is sent empty: it must pass the access check and
 * then may be refused for its content (400, 404, 409, 422) — filling every form validly would need a
 * fixture per form and would undo the fixtures the other cells read.</li>
 * <li>Not allowed: a visitor not signed in is sent to the sign-in page (the portal's for
 * {@code /portal/**}), or gets 401 from the JSON API; anyone signed in gets 403.</li>
 * <li>Every answer: no stack trace, no SQL error, no CPR-shaped number in a URL it redirects to or
 * links.</li>
 * </ul>
 * Path variables are real ids of fixtures made first ({@link MatrixFixtures}). Reads walk before
 * changes, so the changes cannot take away what a read needs.
 */
@IntegrationTest
class AccessControlMatrixTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theTableListsExactlyTheEndpointsTheApplicationAnswers() {
        assertThat(ExpectedAccess.mismatch(Endpoints.of(context), ExpectedAccess.TABLE.keySet())).as(
                "every endpoint needs one row in ExpectedAccess, naming who may use it").isEmpty();
    }

    @Test
    void anEndpointWithoutARowIsNamedAndSoIsARowWithoutAnEndpoint() {
        Set<String> collected = new TreeSet<>(Endpoints.of(context));
        collected.add("GET /brand-new/{id}");
        Set<String> rows = new TreeSet<>(ExpectedAccess.TABLE.keySet());
        rows.add("POST /long-gone");

        assertThat(ExpectedAccess.mismatch(collected, rows))
                .contains("no row in ExpectedAccess for: GET /brand-new/{id}")
                .contains("no longer has: POST /long-gone")
                .doesNotContain("GET /candidates/{id}");
    }

    @Test
    void theCollectedEndpointsIncludeControllersAndActuator() {
        assertThat(Endpoints.of(context)).contains("GET /candidates/{id}", "POST /portal/requests",
                "GET /actuator/health", "GET /actuator/metrics", "ANY /error");
    }

    @Test
    void everyStaffRoleIsWalked() {
        for (Role role : Role.values()) {
            assertThat(Who.valueOf(role.name()).isStaff()).as(role.name()).isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryoneAsTheTableSays() {
        MatrixFixtures fixtures = MatrixFixtures.create(context, mvc);
        List<String> endpoints = new ArrayList<>(Endpoints.of(context));
        endpoints.retainAll(ExpectedAccess.TABLE.keySet());
        endpoints.sort(Comparator.comparing((String endpoint) -> !isRead(endpoint)).thenComparing(endpoint -> endpoint));
        return endpoints.stream().flatMap(endpoint -> Arrays.stream(Who.values()).map(who ->
                DynamicTest.dynamicTest(endpoint + " as " + who, () -> cell(fixtures, endpoint, who))));
    }

    private void cell(MatrixFixtures fixtures, String endpoint, Who who) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        boolean api = pattern.startsWith("/api/");
        String path = fixtures.path(pattern);
        var request = mvc.method(HttpMethod.valueOf(Endpoints.ANY.equals(method) ? "GET" : method)).uri(path)
                .with(who.signedIn(fixtures.portalPerson)).with(csrf());
        if (!isRead(endpoint) && api) {
            request = request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        MockHttpServletResponse answer = request.exchange().getMvcResult().getResponse();
        int status = answer.getStatus();
        String location = answer.getRedirectedUrl();
        String what = endpoint + " as " + who + " (" + path + ") answered " + status + (location == null ? "" : " → " + location);

        Integer own = ExpectedAccess.OWN_STATUS.get(endpoint);
        if (ExpectedAccess.TABLE.get(endpoint).contains(who) && own != null && status == own
                && !(who == Who.ADMIN && own == 404)) {
            assertThat(LeakScan.of(new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8), location)).as(what).isEmpty();
        } else if (ExpectedAccess.TABLE.get(endpoint).contains(who)) {
            assertThat(status).as(what + ": allowed, must not be refused").isNotIn(401, 403);
            assertThat(status).as(what + ": allowed, must not fail").isLessThan(500);
            assertThat(isSignIn(location)).as(what + ": allowed, must not be sent to sign in").isFalse();
            if (isRead(endpoint)) {
                assertThat(status).as(what + ": a read must answer 2xx or 3xx").isBetween(200, 399);
            }
        } else if (who == Who.ANONYMOUS && api) {
            assertThat(status).as(what + ": not signed in, the API must answer 401").isEqualTo(401);
        } else if (who == Who.ANONYMOUS) {
            assertThat(status).as(what + ": not signed in, must be sent to sign in").isEqualTo(302);
            assertThat(isSignIn(location)).as(what + ": must be sent to sign in").isTrue();
        } else {
            assertThat(status).as(what + ": signed in without the right, must answer 403").isEqualTo(403);
        }
        if (own != null && status == own) {
            return;
        }
        String body = isText(answer) ? new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8) : null;
        assertThat(LeakScan.of(body, location)).as(what).isEmpty();
    }

    private static boolean isRead(String endpoint) {
        return endpoint.startsWith("GET ") || endpoint.startsWith(Endpoints.ANY + " ");
    }

    private static boolean isSignIn(String location) {
        if (location == null) {
            return false;
        }
        String path = location.replaceFirst("^https?://[^/]*", "").replaceFirst("\\?.*$", "");
        return path.equals("/login") || path.equals("/portal/sign-in");
    }

    private static boolean isText(MockHttpServletResponse answer) {
        String type = answer.getContentType();
        return type == null || type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("yaml");
    }
}
