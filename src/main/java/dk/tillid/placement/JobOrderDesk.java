package dk.tillid.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.candidate.MatchCriteria;
import dk.tillid.candidate.Profile;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;

/**
 * What placement needs of the client module (JobOrders and Clients in CONTRACTS.md), behind an
 * interface of placement's own until the client module is on main; {@link ClientModuleDesk}
 * adapts it.
 */
interface JobOrderDesk {

    /** A job order as matching and placing read it. */
    record Order(UUID id, UUID client, String clientName, String title, List<String> skills,
                 List<MatchCriteria.LanguageRequirement> languages, String city, String postcode, LocalDate start,
                 Integer durationWeeks, boolean temporary, boolean open, int positions) {

        MatchCriteria criteria(String words) {
            return new MatchCriteria(skills, languages, city, postcode, start,
                    temporary ? Profile.WorkType.TEMPORARY : Profile.WorkType.PERMANENT, words);
        }
    }

    /** A business contact at the client who may receive profiles. */
    record Contact(PersonId person, String name, String position) {

        @Override
        public String toString() {
            return "Contact[" + person + "]";
        }
    }

    Optional<Order> find(UUID jobOrder);

    /** OPEN → FILLED. */
    void fill(UUID jobOrder);

    List<Contact> contacts(UUID client, PurposeId purpose);

    /** The way a profile reaches the contact: an e-mail through the outbox. Only Disclosures delivers. */
    DisclosureChannel mailTo(PersonId contact);
}
