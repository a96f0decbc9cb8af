package dk.tillid.identity;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie an answer set. Sessions live in the database (Spring Session), so a test
 * carries the cookie to the next request, as a browser does, instead of MockMvc's own session.
 */
public final class SessionCookies {

    public static final String NAME = "JSESSIONID";

    private SessionCookies() {
    }

    public static Cookie of(MvcTestResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        assertThat(cookie).as("the answer sets a session cookie").isNotNull();
        return new Cookie(NAME, cookie.getValue());
    }
}
