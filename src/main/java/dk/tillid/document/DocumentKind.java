package dk.tillid.document;

/** What a document is to the agency, and so which data category of the policy it belongs to. */
public enum DocumentKind {
    CV("P-DATA-2"),
    CERTIFICATE("P-DATA-6"),
    REFERENCE("P-DATA-6");

    private final String category;

    DocumentKind(String category) {
        this.category = category;
    }

    public String category() {
        return category;
    }
}
