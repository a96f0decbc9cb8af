package dk.tillid.outreach;

/** What a person can stop receiving with one click. */
public enum Topic {
    /** Newsletters and campaigns (P-PUR-2, consent): unsubscribing withdraws the consent. */
    MARKETING('M'),
    /** Job alerts (P-PUR-1, legitimate interest): unsubscribing sets them to never. */
    JOB_ALERTS('A');

    final char code;

    Topic(char code) {
        this.code = code;
    }

    static Topic of(char code) {
        for (Topic topic : values()) {
            if (topic.code == code) {
                return topic;
            }
        }
        throw new IllegalArgumentException("No such topic");
    }
}
