package dk.tillid.privacy.spi;

import java.time.LocalDate;
import java.util.List;

/** What a module deleted and what it kept (and why, and until when), with no personal data in it. */
public record ErasureReport(String source, List<String> deleted, List<Kept> kept) {

    public record Kept(String category, String reason, LocalDate until) {
    }

    public ErasureReport {
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }

    public static ErasureReport nothingHeld(String source) {
        return new ErasureReport(source, List.of(), List.of());
    }
}
