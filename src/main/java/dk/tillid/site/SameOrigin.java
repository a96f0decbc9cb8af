package dk.tillid.site;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The check that stands in for a CSRF token where the site needs no session: a browser says where a
 * request comes from (Sec-Fetch-Site, Origin), and a choice or a count from another site is refused,
 * so no other site can answer the cookie banner on a visitor's behalf.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean holds(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            // No browser would leave both out on a cross-site POST; a program acting for itself harms no visitor.
            return origin == null;
        }
        try {
            URI from = URI.create(origin);
            return request.getScheme().equalsIgnoreCase(from.getScheme())
                    && request.getServerName().equalsIgnoreCase(from.getHost())
                    && request.getServerPort() == port(from);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
