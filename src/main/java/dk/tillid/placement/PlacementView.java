package dk.tillid.placement;

/** A placement as pages show it: with the candidate's name, the job order's title and the client's name. */
public record PlacementView(Placement placement, String candidateName, String jobTitle, String clientName,
                            java.math.BigDecimal hoursRecorded) {

    @Override
    public String toString() {
        return "PlacementView[" + placement.id() + "]";
    }
}
