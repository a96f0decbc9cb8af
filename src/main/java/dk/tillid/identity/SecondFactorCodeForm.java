package dk.tillid.identity;

/** The login's second step: a code from the app, or a recovery code. */
record SecondFactorCodeForm(String code) {

    static SecondFactorCodeForm empty() {
        return new SecondFactorCodeForm("");
    }

    @Override
    public String toString() {
        return "SecondFactorCodeForm[hidden]";
    }
}
