/**
 * Matching and placements: ranking candidates for a client's job order, proposing them to the
 * client with a profile that holds only what the purpose needs (through the disclosure ledger),
 * and the placement's life after that: accepted, assignment started, hours recorded, ended.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placement")
package dk.tillid.placement;
