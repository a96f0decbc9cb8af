package dk.tillid.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The access rules of every page. Public: the website pages, the published JSON schemas, the login
 * and the health probe. Everything else needs a staff login with a role; the record of processing
 * needs DPO or ADMIN, the administration pages ({@code /admin/**}) ADMIN.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {"/", "/privacy", "/cookies", "/jobs", "/register", "/register/**", "/css/**",
            "/js/**", "/images/**", "/favicon.ico", "/too-large", "/schemas/**"};
    /**
     * The website's posts that need no session: the cookie choice and the statistics count (checked
     * to come from this site instead of by a CSRF token, so that showing the banner sets no cookie).
     */
    static final String[] SESSIONLESS_POSTS = {"/cookies/consent", "/stats/hit"};
    static final String PASSWORD_PAGE = "/account/password";
    static final String API_REALM = "Tillid";
    /** No inline script or style anywhere; no framing (with X-Frame-Options DENY, Spring Security's default). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String[] STAFF_ROLES = {Role.ADMIN.name(), Role.DPO.name(), Role.RECRUITER.name(),
            Role.PAYROLL.name(), Role.SCREENING.name()};
    /** Client companies, their contacts and agreements, job orders, matching and placements. */
    static final String[] RECRUITING_PAGES = {"/candidates", "/candidates/**", "/clients", "/clients/**", "/job-orders", "/job-orders/**", "/placements", "/placements/**"};
    static final String[] RECRUITING_API = {"/api/v1/candidates", "/api/v1/candidates/**", "/api/v1/clients",
            "/api/v1/clients/**", "/api/v1/job-orders", "/api/v1/job-orders/**", "/api/v1/placements",
            "/api/v1/placements/**"};
    /**
     * The employee file is shared by the roles that work with employees; which fields each may see
     * (a CPR number in full, a criminal record, a health reason) the employment module decides field by field.
     */
    static final String[] EMPLOYEE_ROLES = {Role.RECRUITER.name(), Role.PAYROLL.name(), Role.SCREENING.name()};

    /**
     * The JSON API: HTTP Basic with a staff account, no session and so no cookie to forge a request
     * with (hence no CSRF token); refusals answer in JSON, never with the login page.
     */
    // Web only: the commands that run without a web server (--backup, --restore, ...) have no HttpSecurity.
    @ConditionalOnWebApplication
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new LoginThrottleFilter(throttle),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(RECRUITING_API).hasRole(Role.RECRUITER.name())
                        .requestMatchers("/api/v1/employees", "/api/v1/employees/**").hasAnyRole(EMPLOYEE_ROLES)
                        .requestMatchers("/api/v1/payroll", "/api/v1/payroll/**").hasRole(Role.PAYROLL.name())
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .httpBasic(basic -> basic.realmName(API_REALM).authenticationEntryPoint(ApiProblems::unauthorized))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiProblems::unauthorized)
                        .accessDeniedHandler(ApiProblems::forbidden))
                .headers(headers -> headers.cacheControl(Customizer.withDefaults())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @ConditionalOnWebApplication
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionLifetimes lifetimes, LoginThrottle throttle)
            throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, SESSIONLESS_POSTS).permitAll()
                        .requestMatchers(HttpMethod.POST, "/register", "/register/**").permitAll()
                        .requestMatchers("/portal/sign-in", "/portal/sign-in/**", "/portal/email/confirm").permitAll()
                        .requestMatchers("/portal", "/portal/**").hasAuthority(PersonSessions.AUTHORITY)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/dpo/**").hasAnyRole(Role.DPO.name(), Role.ADMIN.name())
                        .requestMatchers(RECRUITING_PAGES).hasRole(Role.RECRUITER.name())
                        .requestMatchers("/employees", "/employees/**").hasAnyRole(EMPLOYEE_ROLES)
                        .requestMatchers("/payroll", "/payroll/**").hasRole(Role.PAYROLL.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(PASSWORD_PAGE).authenticated()
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SESSIONLESS_POSTS))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(passwordChangeFirst(lifetimes)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(passwordChangeBeforeAnythingElse())
                        .authenticationEntryPoint(signInPage()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2,
                Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    private static AuthenticationSuccessHandler passwordChangeFirst(SessionLifetimes lifetimes) {
        SavedRequestAwareAuthenticationSuccessHandler normal = new SavedRequestAwareAuthenticationSuccessHandler();
        normal.setDefaultTargetUrl("/staff");
        return (request, response, authentication) -> {
            lifetimes.signedIn(request, SessionLifetimes.Kind.STAFF);
            if (mustChangePassword(authentication)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            } else {
                normal.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** A person who is not signed in goes to the portal's sign-in; anyone else to the staff login. */
    private static org.springframework.security.web.AuthenticationEntryPoint signInPage() {
        var portal = org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                .matcher("/portal/**");
        var portalSignIn = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/portal/sign-in");
        var staffLogin = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, refused) -> (portal.matches(request) ? portalSignIn : staffLogin)
                .commence(request, response, refused);
    }

    private static AccessDeniedHandler passwordChangeBeforeAnythingElse() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return new AccessDeniedHandler() {
            @Override
            public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                    throws IOException, ServletException {
                if (mustChangePassword(SecurityContextHolder.getContext().getAuthentication())) {
                    response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                } else {
                    forbidden.handle(request, response, denied);
                }
            }
        };
    }

    static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> StaffUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(granted.getAuthority()));
    }
}
