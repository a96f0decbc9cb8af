/**
 * Backups and restore (issue T6): nightly logical dumps of the database (COPY, one file per table)
 * with the encrypted document files, each proved by a restore into a scratch database; the data
 * keys and a copy of the deletion log kept apart from them; and a restore command that replays
 * every erasure the backup predates before anyone is served, so an erased person stays erased.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backups")
package dk.tillid.backup;
