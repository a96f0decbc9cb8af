package dk.tillid.candidate;

import java.time.LocalDate;

import dk.tillid.platform.Fields;

/** Unemployment, the unemployment-insurance fund (A-kasse), and leave (P-DATA-4). */
public record Unemployment(LocalDate unemployedSince, String insuranceFund, String leave, LocalDate leaveFrom,
                           LocalDate leaveTo) {

    public Unemployment {
        insuranceFund = Fields.optional(insuranceFund, "unemployment-insurance fund", 100);
        leave = Fields.optional(leave, "kind of leave", 100);
        Fields.inOrder(leaveFrom, leaveTo, "leave");
    }

    @Override
    public String toString() {
        return "Unemployment[redacted]";
    }
}
