package dk.tillid.privacy.breach;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * How the DPO chooses the people affected: {@code DISCLOSURE} — everyone whose data went to a
 * recipient (by name, as the disclosure ledger has it) in a period of days, e.g. the client whose
 * mailbox was broken into; or {@code IDS} — a list of pseudonymous person ids, e.g. from a log.
 */
record SelectionForm(String by, String recipient,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                     String ids) {

    static SelectionForm empty() {
        return new SelectionForm("DISCLOSURE", "", null, null, "");
    }
}
