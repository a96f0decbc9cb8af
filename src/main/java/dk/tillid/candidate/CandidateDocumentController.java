package dk.tillid.candidate;

import java.io.IOException;

import dk.tillid.document.DocumentDownload;
import dk.tillid.document.DocumentId;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.Upload;
import dk.tillid.document.UploadRefusedException;
import dk.tillid.person.PersonId;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A candidate's CV, certificates and references: upload, download, delete. */
@Controller
@RequestMapping("/candidates/{id}/documents")
class CandidateDocumentController {

    private final Documents documents;
    private final Candidates candidates;

    CandidateDocumentController(Documents documents, Candidates candidates) {
        this.documents = documents;
        this.candidates = candidates;
    }

    @PostMapping
    String upload(@PathVariable PersonId id, @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        candidates.requireWritable(id, CandidateController.WORK);
        if (kind == null || file == null || file.isEmpty()) {
            redirect.addFlashAttribute("uploadRefused", "document.refused.EMPTY");
        } else {
            try {
                documents.upload(new Upload(id, kind, file.getOriginalFilename(), file.getBytes()), CandidateController.WORK);
                redirect.addFlashAttribute("saved", "document.saved");
            } catch (UploadRefusedException refused) {
                redirect.addFlashAttribute("uploadRefused", "document.refused." + refused.reason().name());
            }
        }
        return "redirect:/candidates/" + id.value() + "#documents";
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable PersonId id, @PathVariable DocumentId documentId) {
        candidates.requireCandidate(id);
        DocumentDownload download = documents.download(id, documentId, CandidateController.WORK);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.info().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, download.contentDisposition())
                .cacheControl(CacheControl.noStore())
                .body(download.content());
    }

    @PostMapping("/{documentId}/delete")
    String delete(@PathVariable PersonId id, @PathVariable DocumentId documentId, RedirectAttributes redirect) {
        candidates.requireWritable(id, CandidateController.WORK);
        documents.delete(id, documentId, CandidateController.WORK);
        redirect.addFlashAttribute("saved", "candidate.removed");
        return "redirect:/candidates/" + id.value() + "#documents";
    }
}
