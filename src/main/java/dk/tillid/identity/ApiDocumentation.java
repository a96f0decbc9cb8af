package dk.tillid.identity;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description (at /v3/api-docs, for staff): how to sign in and what every endpoint needs. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Tillid API", version = "v1",
        description = "The agency's system of record. Every call is made for a purpose of the privacy policy and is "
                + "recorded in the audit trail. Refusals are RFC 9457 problems in the language of Accept-Language."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account; the candidate endpoints need the RECRUITER role.")
class ApiDocumentation {
}
