package dk.tillid.identity;

/**
 * Enrolling the second factor, or replacing it, or new recovery codes: the password again, the
 * current code when a factor is already enrolled, and (to enrol) a code from the app for the new secret.
 */
record EnrolmentForm(String currentPassword, String currentCode, String newCode) {

    static EnrolmentForm empty() {
        return new EnrolmentForm("", "", "");
    }

    @Override
    public String toString() {
        return "EnrolmentForm[hidden]";
    }
}
