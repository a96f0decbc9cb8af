package dk.tillid.candidate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;

/**
 * A candidate's data beyond identity. State changes go through named methods that keep the rules;
 * only this module calls them, through {@link Candidates}.
 */
public final class Candidate {

    /** How a candidate came to the agency. */
    public enum RegisteredVia { WEBSITE, STAFF, BRANCH }

    static final int MAX_ITEMS = 50;
    static final int MAX_LANGUAGES = 30;

    private final PersonId personId;
    private final RegisteredVia registeredVia;
    private final int version;
    private final Map<Section, List<SectionItem>> sections = new EnumMap<>(Section.class);
    private final List<LanguageSkill> languages = new ArrayList<>();
    private Profile profile;
    private Unemployment unemployment;
    private Instant emailConfirmedAt;

    Candidate(PersonId personId, Profile profile, Map<Section, List<SectionItem>> sections, Unemployment unemployment,
              List<LanguageSkill> languages, RegisteredVia registeredVia, Instant emailConfirmedAt, int version) {
        this.personId = Objects.requireNonNull(personId);
        this.profile = Objects.requireNonNull(profile);
        for (Section section : Section.values()) {
            this.sections.put(section, new ArrayList<>(sections.getOrDefault(section, List.of())));
        }
        this.unemployment = unemployment;
        this.languages.addAll(languages);
        this.registeredVia = Objects.requireNonNull(registeredVia);
        this.emailConfirmedAt = emailConfirmedAt;
        this.version = version;
    }

    static Candidate fresh(PersonId personId, Profile profile, RegisteredVia via) {
        return new Candidate(personId, profile, Map.of(), null, List.of(), via, null, 0);
    }

    void updateProfile(Profile profile) {
        this.profile = Objects.requireNonNull(profile);
    }

    void add(SectionItem item) {
        List<SectionItem> items = sections.get(Section.of(item));
        if (items.size() >= MAX_ITEMS) {
            throw new IllegalArgumentException("A section holds at most " + MAX_ITEMS + " entries");
        }
        items.add(item);
    }

    /** @return whether there was such an entry */
    boolean remove(Section section, UUID itemId) {
        return sections.get(section).removeIf(item -> item.id().equals(itemId));
    }

    void setUnemployment(Unemployment unemployment) {
        this.unemployment = unemployment;
    }

    /** Adds the language, or changes its level. */
    void setLanguage(LanguageSkill skill) {
        languages.removeIf(known -> known.language().equals(skill.language()));
        if (languages.size() >= MAX_LANGUAGES) {
            throw new IllegalArgumentException("A profile lists at most " + MAX_LANGUAGES + " languages");
        }
        languages.add(skill);
    }

    boolean removeLanguage(String language) {
        return languages.removeIf(known -> known.language().equals(language));
    }

    void confirmEmail(Instant at) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = at;
        }
    }

    /** Empties a section (for erasure). */
    void clear(Section section) {
        sections.get(section).clear();
    }

    public PersonId personId() {
        return personId;
    }

    public Profile profile() {
        return profile;
    }

    public List<SectionItem> items(Section section) {
        return List.copyOf(sections.get(section));
    }

    public <T extends SectionItem> List<T> items(Section section, Class<T> type) {
        return sections.get(section).stream().map(type::cast).toList();
    }

    public Optional<Unemployment> unemployment() {
        return Optional.ofNullable(unemployment);
    }

    public List<LanguageSkill> languages() {
        return List.copyOf(languages);
    }

    public RegisteredVia registeredVia() {
        return registeredVia;
    }

    public Optional<Instant> emailConfirmedAt() {
        return Optional.ofNullable(emailConfirmedAt);
    }

    int version() {
        return version;
    }

    @Override
    public String toString() {
        return "Candidate[" + personId + "]";
    }
}
