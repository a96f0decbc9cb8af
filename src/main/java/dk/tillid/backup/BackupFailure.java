package dk.tillid.backup;

import java.sql.SQLException;

/**
 * A backup, verification or restore that failed, in words that hold no data: they are logged, shown
 * to the administrator and stored. Anything else that goes wrong is described by its kind only.
 */
class BackupFailure extends RuntimeException {

    BackupFailure(String message) {
        super(message);
    }

    /** A safe description of any failure: ours as written, others by type and SQL state only. */
    static String describe(Throwable failure) {
        if (failure instanceof BackupFailure) {
            return failure.getMessage();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "Database error (SQL state " + sql.getSQLState() + ")";
            }
            if (cause instanceof java.io.IOException io) {
                return "File error (" + io.getClass().getSimpleName() + ")";
            }
        }
        return "Unexpected error (" + failure.getClass().getSimpleName() + ")";
    }
}
