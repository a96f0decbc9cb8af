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

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties danish = load("messages_da.properties");

        Set<String> missingInDanish = new TreeSet<>(english.stringPropertyNames());
        missingInDanish.removeAll(danish.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(danish.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInDanish).as("keys missing in messages_da.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_da.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames())
                    .as("empty messages in %s", bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
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
