package dk.tillid.candidate;

/** The list sections of a candidate, each with the data category the policy gives it. */
public enum Section {
    EDUCATION("P-DATA-2", "education", Education.class),
    EXPERIENCE("P-DATA-2", "experience", Experience.class),
    COURSES("P-DATA-3", "courses", Course.class),
    NEXT_OF_KIN("P-DATA-5", "next_of_kin", NextOfKin.class),
    REFEREES("P-DATA-6", "referees", Referee.class);

    private final String category;
    private final String column;
    private final Class<? extends SectionItem> type;

    Section(String category, String column, Class<? extends SectionItem> type) {
        this.category = category;
        this.column = column;
        this.type = type;
    }

    public String category() {
        return category;
    }

    String column() {
        return column;
    }

    Class<? extends SectionItem> type() {
        return type;
    }

    static Section of(SectionItem item) {
        for (Section section : values()) {
            if (section.type.isInstance(item)) {
                return section;
            }
        }
        throw new IllegalArgumentException("No section holds " + item.getClass().getSimpleName());
    }
}
