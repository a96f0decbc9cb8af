package dk.tillid.privacy.requests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The access package as the HTML file of the download: the same sections as the DPO's page, with
 * its style inside, so that it reads the same offline, years from now, with nothing fetched.
 */
@Component
class AccessPackageFile {

    static final String TEMPLATE = "privacy/access-package-file";

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    AccessPackageFile(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    byte[] render(AccessPackages.AccessPackage pkg, List<ExportFiles.Placed> files, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("pkg", pkg);
        context.setVariable("files", files);
        // Outside a web request the page still reaches beans such as @agencyTime (Danish time).
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(TEMPLATE, context).getBytes(StandardCharsets.UTF_8);
    }
}
