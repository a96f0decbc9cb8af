package dk.tillid.platform.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish or English: the browser's preference, until the reader picks one with {@code ?lang=}.
 * Only that choice sets a cookie ({@code tillid_lang}, listed in the cookie declaration).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "tillid_lang";
    static final Locale DANISH = Locale.forLanguageTag("da");
    static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The first language of the browser's list that we speak; Danish if none. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DANISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return DANISH;
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst().orElse(DANISH);
    }
}
