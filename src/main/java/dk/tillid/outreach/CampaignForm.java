package dk.tillid.outreach;

import dk.tillid.person.PersonKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A campaign as staff write it: a name for themselves, subject and text in Danish and English, and
 * the audience (a kind of person, a town; each may be left empty).
 */
record CampaignForm(@NotBlank @Size(max = 120) String name,
                    @NotBlank @Size(max = Campaign.Texts.MAX_SUBJECT) String subjectDa,
                    @NotBlank @Size(max = Campaign.Texts.MAX_TEXT) String textDa,
                    @NotBlank @Size(max = Campaign.Texts.MAX_SUBJECT) String subjectEn,
                    @NotBlank @Size(max = Campaign.Texts.MAX_TEXT) String textEn,
                    @Pattern(regexp = "|CANDIDATE|EMPLOYEE|BUSINESS_CONTACT") String audienceKind,
                    @Size(max = 80) String audienceCity) {

    static CampaignForm empty() {
        return new CampaignForm("", "", "", "", "", "", "");
    }

    static CampaignForm of(Campaign campaign) {
        Campaign.Texts texts = campaign.texts();
        Audience audience = campaign.audience();
        return new CampaignForm(campaign.name(), texts.subjectDa(), texts.textDa(), texts.subjectEn(), texts.textEn(),
                audience.kind() == null ? "" : audience.kind().name(), audience.city() == null ? "" : audience.city());
    }

    /** @throws IllegalArgumentException if a text breaks a rule of campaigns */
    Campaign.Texts texts() {
        return new Campaign.Texts(subjectDa, textDa, subjectEn, textEn);
    }

    /** @throws IllegalArgumentException if the audience breaks a rule */
    Audience audience() {
        return new Audience(audienceKind == null || audienceKind.isBlank() ? null : PersonKind.valueOf(audienceKind),
                audienceCity);
    }
}
