package dk.tillid.privacy.requests;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A download ready to stream: everything that can fail has been built and checked before the first
 * byte goes out (so a failure is still an error page, not half a zip); the files are copied into
 * the zip while it streams.
 */
@FunctionalInterface
public interface ExportZip {

    String MEDIA_TYPE = "application/zip";

    void writeTo(OutputStream out) throws IOException;

    /** Sends it as an attachment that no browser or proxy keeps. */
    default void send(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
