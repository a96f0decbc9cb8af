package dk.tillid.employment;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes criminal record extracts whose consent was withdrawn anywhere in Tillid (the consent pages
 * of the privacy module included) or whose employment has ended, without waiting for someone to read them.
 */
@Component
class CriminalRecordSweep {

    private final CriminalRecords records;

    CriminalRecordSweep(CriminalRecords records) {
        this.records = records;
    }

    @Scheduled(fixedDelayString = "${tillid.employment.criminal-record-sweep:PT5M}",
            initialDelayString = "${tillid.employment.criminal-record-sweep:PT5M}")
    void sweep() {
        records.sweep();
    }
}
