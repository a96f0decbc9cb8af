package dk.tillid.client;

/** A job order was placed or reopened: it is open now. Published in the transaction that opened it. */
public record JobOrderOpened(JobOrderId id) {
}
