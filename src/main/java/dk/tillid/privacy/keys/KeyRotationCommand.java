package dk.tillid.privacy.keys;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code --rotate-master-key}: a new primary master key (in the key file; from the environment, the
 * operator provides it), then every data key re-wrapped under it. No personal data is decrypted or
 * rewritten. Running instances read the changed key file before they next unwrap a key.
 */
@Component
class KeyRotationCommand implements ApplicationRunner {

    static final String OPTION = "rotate-master-key";

    private final WrappingKey master;
    private final PersonalKeys keys;

    KeyRotationCommand(WrappingKey master, PersonalKeys keys) {
        this.master = master;
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        if (master.file() != null) {
            master.rotate();
        }
        // With TILLID_MASTER_KEY the operator has put a keyset with a new primary key in place on
        // every instance; what is left is to re-wrap the data keys under it.
        PersonalKeys.Rewrapping result = keys.rewrapAll();
        System.out.printf("Master key rotated: new primary key %d; %d data keys re-wrapped; no data was touched.%n"
                + "Back up the key file again, apart from the database backups.%n", master.primaryKeyId(), result.rewrapped());
        if (result.unreadable() > 0) {
            System.out.printf("WARNING: %d data keys could not be unwrapped by any master key in the keyset.%n",
                    result.unreadable());
        }
    }
}
