package dk.tillid.outreach;

import java.util.UUID;

/** A campaign's random id. */
public record CampaignId(UUID value) {

    public CampaignId {
        java.util.Objects.requireNonNull(value, "value");
    }

    static CampaignId random() {
        return new CampaignId(UUID.randomUUID());
    }
}
