package dk.tillid.privacy.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a downloaded zip holds, entry by entry, for tests. */
public record ZipContents(Map<String, byte[]> entries) {

    public static ZipContents of(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("the zip holds " + entry.getName() + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ZipContents(entries);
    }

    public String text(String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new AssertionError("no " + name + " in the zip, only " + entries.keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Every entry as text, to search the whole download for a value. */
    public String allText() {
        StringBuilder all = new StringBuilder();
        entries.values().forEach(content -> all.append(new String(content, StandardCharsets.UTF_8)).append('\n'));
        return all.toString();
    }
}
