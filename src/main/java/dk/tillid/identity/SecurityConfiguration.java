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
            "/js/**", "/images/**", "/favicon.ico", "/too-large", "/schemas/**", "/unsubscribe/*"};
    /**
     * The website's posts that need no session: the cookie choice and the statistics count (checked
     * to come from this site instead of by a CSRF token, so that showing the banner sets no cookie).
     */
    static final String[] SESSIONLESS_POSTS = {"/cookies/consent", "/stats/hit"};
    /**
     * One-click unsubscribing (RFC 8058): a mail program posts it from wherever it runs, with no
     * session or CSRF token; the signed token in the address is the authority, and it can only stop mail.
     */
    static final String UNSUBSCRIBE = "/unsubscribe/*";
    static final String PASSWORD_PAGE = "/account/password";
    /** The login's second step, for an account with a second factor (T7). */
    static final String SECOND_FACTOR_PAGE = "/login/second-factor";
    /** Enrolling (or replacing) the second factor, and new recovery codes. */
    static final String ENROLMENT_PAGE = "/account/second-factor";
    static final String API_REALM = "Tillid";
    /** No inline script or style anywhere; no framing (with X-Frame-Options DENY, Spring Security's default). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String[] STAFF_ROLES = {Role.ADMIN.name(), Role.DPO.name(), Role.RECRUITER.name(),
            Role.PAYROLL.name(), Role.SCREENING.name()};
    /** Client companies, their contacts and agreements, job orders, matching and placements. */
    static final String[] RECRUITING_PAGES = {"/candidates", "/candidates/**", "/clients", "/clients/**", "/job-orders", "/job-orders/**", "/placements", "/placements/**", "/campaigns", "/campaigns/**"};
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
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiPasswords apiPasswords, PasswordEncoder passwordEncoder,
                                               LoginThrottle throttle,
                                               org.springframework.security.authentication.AuthenticationEventPublisher events)
            throws Exception {
        // Basic cannot carry a TOTP code: the API takes the separate API password, never the login password.
        org.springframework.security.authentication.dao.DaoAuthenticationProvider apiPassword =
                new org.springframework.security.authentication.dao.DaoAuthenticationProvider(apiPasswords.forApi());
        apiPassword.setPasswordEncoder(passwordEncoder);
        var apiManager = new org.springframework.security.authentication.ProviderManager(apiPassword);
        // Its failures count towards the login throttle, as the form login's do.
        apiManager.setAuthenticationEventPublisher(events);
        http.securityMatcher("/api/**")
                .authenticationManager(apiManager)
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
                        .requestMatchers(HttpMethod.POST, UNSUBSCRIBE).permitAll()
                        .requestMatchers("/portal/sign-in", "/portal/sign-in/**", "/portal/email/confirm").permitAll()
                        .requestMatchers("/portal", "/portal/**").hasAuthority(PersonSessions.AUTHORITY)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/dpo/**").hasAnyRole(Role.DPO.name(), Role.ADMIN.name())
                        .requestMatchers(RECRUITING_PAGES).hasRole(Role.RECRUITER.name())
                        .requestMatchers("/employees", "/employees/**").hasAnyRole(EMPLOYEE_ROLES)
                        .requestMatchers("/payroll", "/payroll/**").hasRole(Role.PAYROLL.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(SECOND_FACTOR_PAGE).hasAuthority(StaffUserDetailsService.SECOND_FACTOR_REQUIRED)
                        .requestMatchers(ENROLMENT_PAGE, ENROLMENT_PAGE + "/**")
                        .hasAnyAuthority(withStaffRoles(StaffUserDetailsService.SECOND_FACTOR_ENROLMENT_REQUIRED))
                        .requestMatchers(PASSWORD_PAGE)
                        .hasAnyAuthority(withStaffRoles(StaffUserDetailsService.PASSWORD_CHANGE_REQUIRED))
                        .anyRequest().hasAnyRole(STAFF_ROLES))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SESSIONLESS_POSTS)
                        .ignoringRequestMatchers(org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher
                                .withDefaults().matcher(HttpMethod.POST, UNSUBSCRIBE)))
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

    /**
     * The staff login's check of name and password. A disabled or locked account is told apart only
     * after its password was checked (Spring's default refuses it before hashing), so that it answers
     * in the same time, and with the same page, as a wrong password or a name that is no account.
     */
    @Bean
    org.springframework.security.authentication.dao.DaoAuthenticationProvider staffAuthentication(
            StaffUserDetailsService users, PasswordEncoder passwordEncoder) {
        var provider = new org.springframework.security.authentication.dao.DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setUserDetailsPasswordService(users);
        var status = new org.springframework.security.authentication.AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(status::check);
        return provider;
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
            String nextStep = nextStep(authentication);
            if (nextStep != null) {
                response.sendRedirect(request.getContextPath() + nextStep);
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
                String nextStep = nextStep(SecurityContextHolder.getContext().getAuthentication());
                if (nextStep != null) {
                    response.sendRedirect(request.getContextPath() + nextStep);
                } else {
                    forbidden.handle(request, response, denied);
                }
            }
        };
    }

    /**
     * Where a staff member who passed only the password must go before anything else: the password
     * change, the second factor's code, or its enrolment; null when signed in fully (or not at all).
     */
    static String nextStep(Authentication authentication) {
        if (mustChangePassword(authentication)) {
            return PASSWORD_PAGE;
        }
        if (has(authentication, StaffUserDetailsService.SECOND_FACTOR_REQUIRED)) {
            return SECOND_FACTOR_PAGE;
        }
        if (has(authentication, StaffUserDetailsService.SECOND_FACTOR_ENROLMENT_REQUIRED)) {
            return ENROLMENT_PAGE;
        }
        return null;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    private static String[] withStaffRoles(String authority) {
        String[] authorities = new String[STAFF_ROLES.length + 1];
        authorities[0] = authority;
        for (int i = 0; i < STAFF_ROLES.length; i++) {
            authorities[i + 1] = "ROLE_" + STAFF_ROLES[i];
        }
        return authorities;
    }

    static boolean mustChangePassword(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> StaffUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(granted.getAuthority()));
    }
}
