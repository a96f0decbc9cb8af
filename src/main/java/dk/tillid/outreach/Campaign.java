package dk.tillid.outreach;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import dk.tillid.platform.CprShape;

/**
 * A newsletter or campaign: the same text to everyone in its audience, in Danish and English. It is
 * written and revised as a draft, then sent once; sending can be stopped, which suppresses what has
 * not left yet.
 */
final class Campaign {

    enum Status { DRAFT, SENDING, SENT, CANCELLED }

    /** The texts, each language's subject and body. */
    record Texts(String subjectDa, String textDa, String subjectEn, String textEn) {

        static final int MAX_SUBJECT = 150;
        static final int MAX_TEXT = 10_000;

        Texts {
            subjectDa = line(subjectDa, "Danish subject");
            subjectEn = line(subjectEn, "English subject");
            textDa = body(textDa, "Danish text");
            textEn = body(textEn, "English text");
        }

        String subject(Locale language) {
            return "en".equals(language.getLanguage()) ? subjectEn : subjectDa;
        }

        String text(Locale language) {
            return "en".equals(language.getLanguage()) ? textEn : textDa;
        }

        private static String line(String value, String what) {
            String stripped = value == null ? "" : value.strip();
            if (stripped.isEmpty() || stripped.length() > MAX_SUBJECT || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("The " + what + " is one line of 1 to " + MAX_SUBJECT + " characters");
            }
            refuseCpr(stripped, what);
            return stripped;
        }

        private static String body(String value, String what) {
            String stripped = value == null ? "" : value.strip().replace("\r\n", "\n");
            if (stripped.isEmpty() || stripped.length() > MAX_TEXT) {
                throw new IllegalArgumentException("The " + what + " is 1 to " + MAX_TEXT + " characters");
            }
            if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                throw new IllegalArgumentException("The " + what + " holds control characters");
            }
            refuseCpr(stripped, what);
            return stripped;
        }

        /** A campaign goes to many: nothing in it may be shaped like a CPR number (requirement 16). */
        private static void refuseCpr(String value, String what) {
            if (CprShape.appearsIn(value)) {
                throw new IllegalArgumentException("The " + what + " holds something shaped like a CPR number");
            }
        }
    }

    private final CampaignId id;
    private String name;
    private Texts texts;
    private Audience audience;
    private Status status;
    private final Instant createdAt;
    private final String createdBy;
    private Instant sendStartedAt;
    private String sendStartedBy;
    private Instant finishedAt;

    Campaign(CampaignId id, String name, Texts texts, Audience audience, Status status, Instant createdAt,
             String createdBy, Instant sendStartedAt, String sendStartedBy, Instant finishedAt) {
        this.id = Objects.requireNonNull(id);
        this.name = checkedName(name);
        this.texts = Objects.requireNonNull(texts);
        this.audience = Objects.requireNonNull(audience);
        this.status = Objects.requireNonNull(status);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.sendStartedAt = sendStartedAt;
        this.sendStartedBy = sendStartedBy;
        this.finishedAt = finishedAt;
    }

    static Campaign draft(String name, Texts texts, Audience audience, Instant at, String by) {
        return new Campaign(CampaignId.random(), name, texts, audience, Status.DRAFT, at, by, null, null, null);
    }

    void revise(String newName, Texts newTexts, Audience newAudience) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("Only a draft can be changed; this campaign is " + status.name().toLowerCase(Locale.ROOT));
        }
        name = checkedName(newName);
        texts = Objects.requireNonNull(newTexts);
        audience = Objects.requireNonNull(newAudience);
    }

    void startSending(Instant at, String by) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("A campaign is sent once; this one is " + status.name().toLowerCase(Locale.ROOT));
        }
        status = Status.SENDING;
        sendStartedAt = at;
        sendStartedBy = by;
    }

    /** Stops a draft for good, or a sending: what has not left is suppressed. */
    void cancel(Instant at) {
        if (status != Status.DRAFT && status != Status.SENDING) {
            throw new IllegalStateException("Only a draft or a campaign being sent can be stopped");
        }
        status = Status.CANCELLED;
        finishedAt = at;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 120) {
            throw new IllegalArgumentException("A campaign's name is 1 to 120 characters");
        }
        return stripped;
    }

    // What the templates read is public: SpEL calls public methods only, and a package-private one
    // failed every campaign page ("Method name() cannot be found"). The class stays package-private.

    public CampaignId id() { return id; }

    public String name() { return name; }

    public Texts texts() { return texts; }

    public Audience audience() { return audience; }

    public Status status() { return status; }

    public Instant createdAt() { return createdAt; }

    String createdBy() { return createdBy; }

    public Instant sendStartedAt() { return sendStartedAt; }

    String sendStartedBy() { return sendStartedBy; }

    Instant finishedAt() { return finishedAt; }

    public boolean isDraft() { return status == Status.DRAFT; }

    public boolean isSending() { return status == Status.SENDING; }
}
