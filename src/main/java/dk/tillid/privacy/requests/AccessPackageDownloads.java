package dk.tillid.privacy.requests;

import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.requests.AccessPackages.AccessPackage;
import dk.tillid.privacy.requests.AccessPackages.CategoryExplained;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Art. 15 as one download: a zip of the package as JSON ({@code access-package.json}), the same as
 * a page to read ({@code access-package.html}), and the original files the person gave us
 * ({@code files/}), to which the JSON and the page refer by their place in the zip.
 */
@Service
public class AccessPackageDownloads {

    static final String JSON = "access-package.json";
    static final String HTML = "access-package.html";

    private final AccessPackages packages;
    private final AccessPackageFile page;
    private final PersonalData personalData;
    private final JsonMapper json;

    AccessPackageDownloads(AccessPackages packages, AccessPackageFile page, PersonalData personalData, JsonMapper json) {
        this.packages = packages;
        this.page = page;
        this.personalData = personalData;
        this.json = json;
    }

    /** The package as the zip's JSON: each document names its file in the zip (the content is only in the zip). */
    public AccessPackage json(SubjectId subject, Locale locale) {
        return placed(packages.of(subject, locale), new ExportFiles());
    }

    /** The whole download; the export is recorded in the audit trail as it is built. */
    public ExportZip zip(SubjectId subject, Locale locale) {
        ExportFiles files = new ExportFiles();
        AccessPackage pkg = placed(packages.of(subject, locale), files);
        byte[] jsonFile = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(pkg);
        byte[] htmlFile = page.render(pkg, files.placed(), locale);
        return out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, JSON, jsonFile);
            entry(zip, HTML, htmlFile);
            files.copyInto(zip, subject, personalData);
            zip.finish();
        };
    }

    private PersonalDataItem plain(PersonalDataItem item) {
        return new PersonalDataItem(item.category(), item.field(), json.convertValue(item.value(), Object.class), item.origin());
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * The package with each file named by its place in the zip, and each value as plain JSON data
     * (maps, lists, text): the JSON is the same, and a page shows a record's fields instead of the
     * record's redacted name.
     */
    private AccessPackage placed(AccessPackage pkg, ExportFiles files) {
        var categories = pkg.categories().stream().map(category -> new CategoryExplained(category.id(), category.name(),
                category.description(), category.purposes(), category.recipients(), category.source(), category.retention(),
                category.keptThrough(), category.data().stream().map(files::place).map(this::plain).toList())).toList();
        return new AccessPackage(pkg.format(), pkg.generatedAt(), pkg.controller(), pkg.supervisoryAuthority(), categories,
                pkg.consents(), pkg.disclosures(), pkg.requests());
    }
}
