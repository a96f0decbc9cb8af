package dk.tillid;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Danish and English pages say the same things: every key is in both bundles, and none is empty. */
class MessageBundlesTest {

    /** One bundle per module that has many texts, so modules do not all edit the same file. */
    static final String[] BUNDLES = {"messages", "messages-client", "messages-employment", "messages-placement", "messages-outreach"};

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            sameKeys(bundle);
        }
    }

    @Test
    void theApplicationReadsEveryBundle() throws IOException {
        try (var in = MessageBundlesTest.class.getResourceAsStream("/application.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(yaml).contains("basename: " + String.join(",", BUNDLES));
        }
    }

    private static void sameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties danish = load(bundle + "_da.properties");

        Set<String> missingInDanish = new TreeSet<>(english.stringPropertyNames());
        missingInDanish.removeAll(danish.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(danish.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInDanish).as("keys missing in %s_da.properties", bundle).isEmpty();
        assertThat(missingInEnglish).as("keys missing in %s.properties", bundle).isEmpty();
        assertThat(english.stringPropertyNames()).as(bundle).isNotEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String name : BUNDLES) {
            for (String bundle : new String[] {name + ".properties", name + "_da.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("empty messages in %s", bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
            }
        }
    }

    /** A key written twice is silently the second text everywhere: one page's words replace another's. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String name : BUNDLES) {
            for (String bundle : new String[] {name + ".properties", name + "_da.properties"}) {
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                Properties counting = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        if (!seen.add((String) key)) {
                            twice.add((String) key);
                        }
                        return super.put(key, value);
                    }
                };
                try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + bundle), StandardCharsets.UTF_8)) {
                    counting.load(in);
                }
                assertThat(twice).as("keys written twice in %s", bundle).isEmpty();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
