package dk.tillid.policy;

import java.util.List;
import java.util.Set;

/**
 * The processors the agency uses, as the record of processing needs them. The policy module only
 * asks; the privacy module keeps the register and answers.
 */
public interface ProcessorDirectory {

    /** The EU and EEA countries (ISO 3166 codes): transfers elsewhere need a safeguard. */
    Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
            "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    List<RegisteredProcessor> activeProcessors();

    /** A processor or sub-processor with its data processing agreement. */
    record RegisteredProcessor(String name, String service, String agreementReference, List<String> categories,
                               String country, String safeguard, String processorFor) {

        public RegisteredProcessor {
            categories = List.copyOf(categories);
        }

        public boolean outsideEea() {
            return !EEA.contains(country);
        }
    }
}
