package dk.tillid.portal;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.privacy.requests.AccessPackageDownloads;
import dk.tillid.privacy.requests.AccessPackages;
import dk.tillid.privacy.requests.ExportZip;
import dk.tillid.privacy.requests.PortabilityExports;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The person downloads the answer to their own access or portability request, for a while. */
@Controller
class PortalDownloadController {

    private final SubjectRequests requests;
    private final SignedInPerson signedIn;
    private final AccessPackageDownloads downloads;
    private final PortabilityExports portability;

    PortalDownloadController(SubjectRequests requests, SignedInPerson signedIn, AccessPackageDownloads downloads,
                             PortabilityExports portability) {
        this.requests = requests;
        this.signedIn = signedIn;
        this.downloads = downloads;
        this.portability = portability;
    }

    /** How long an answered request's package can be downloaded from the person's page. */
    static final int DOWNLOAD_DAYS = 30;

    /**
     * The answer to the person's own access or portability request, while it lasts, as one zip: the
     * access package (JSON, page and files) for an access request, the portable data (JSON Resume
     * with the extension, CSV and files) for a portability request. Authenticated by the sign-in, and
     * only theirs: anyone else's id, or an expired one, is simply not found.
     */
    @GetMapping("/portal/requests/{id}/package.zip")
    void downloadZip(@PathVariable UUID id, Locale locale,
                     HttpServletResponse response) throws IOException {
        PersonId person = signedIn.id();
        // Built as the person (the export is audited as theirs); the files are copied while it streams.
        Download download = signedIn.act(() -> {
            SubjectRequest request = answered(person, id);
            return request.kind() == SubjectRequest.Kind.PORTABILITY
                    ? new Download("my-portable-data-" + request.closedOn() + ".zip", portability.zip(person.subject()))
                    : new Download("my-data-" + request.closedOn() + ".zip", downloads.zip(person.subject(), locale));
        });
        download.zip().send(response, download.fileName());
    }

    private record Download(String fileName, ExportZip zip) {
    }

    /** The access package's JSON alone (the files it names are in the zip above). */
    @GetMapping("/portal/requests/{id}/package.json")
    ResponseEntity<AccessPackages.AccessPackage> download(
            @PathVariable UUID id, Locale locale) {
        PersonId person = signedIn.id();
        return signedIn.act(() -> {
            SubjectRequest request = answered(person, id);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                            .attachment().filename("my-data-" + request.closedOn() + ".json").build().toString())
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(downloads.json(person.subject(), locale));
        });
    }

    /** The person's own answered access or portability request, within the download days; else not found. */
    private SubjectRequest answered(PersonId person, UUID id) {
        return requests.of(person.subject()).stream()
                .filter(mine -> mine.id().value().equals(id))
                .filter(mine -> mine.status() == SubjectRequest.Status.COMPLETED)
                .filter(mine -> mine.kind() == SubjectRequest.Kind.ACCESS || mine.kind() == SubjectRequest.Kind.PORTABILITY)
                .filter(mine -> !requests.today().isAfter(mine.closedOn().plusDays(DOWNLOAD_DAYS)))
                .findFirst().orElseThrow(SubjectRequests.UnknownRequestException::new);
    }
}
