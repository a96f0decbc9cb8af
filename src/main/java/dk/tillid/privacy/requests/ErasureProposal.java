package dk.tillid.privacy.requests;

import java.time.LocalDate;
import java.util.List;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;

/**
 * What an erasure will delete and what it must keep, shown to the DPO before it runs and told to
 * the person after: categories by policy id; each kept one with the retention rule of the law that
 * keeps it and the last day it is kept; {@code warnings} are message keys for the DPO (the person is
 * still employed, say).
 */
public record ErasureProposal(SubjectId subject, ErasurePlan plan, List<String> deleted, List<Keeping> kept,
                              List<String> warnings) {

    public record Keeping(String category, String rule, LocalDate until) {
    }

    public ErasureProposal {
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
        warnings = List.copyOf(warnings);
    }

    public boolean holdsNothing() {
        return deleted.isEmpty() && kept.isEmpty();
    }
}
