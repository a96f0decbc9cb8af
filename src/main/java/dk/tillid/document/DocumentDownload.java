package dk.tillid.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** A document's content with what a download needs to name and type it. */
public record DocumentDownload(DocumentInfo info, byte[] content) {

    /**
     * Always an attachment, never shown inline in our origin. The name goes twice: a plain-ASCII
     * fallback in quotes, and the exact UTF-8 name (RFC 6266 / 5987), both with every character
     * that could end or bend the header replaced.
     */
    public String contentDisposition() {
        String name = info.displayName();
        String folded = name.replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    @Override
    public String toString() {
        return "DocumentDownload[" + info.id() + "]";
    }
}
