package dk.tillid.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TOTP against the test vectors of RFC 6238 (appendix B) and RFC 4226 (appendix D), Base32 against RFC 4648. */
class TotpTest {

    /** The RFC 6238 seeds: ASCII "1234567890" repeated to the hash's length. */
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void theRfc6238TestVectors(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @Test
    void theSixDigitCodeIsTheRfc4226HotpValue() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
                "399871", "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(Totp.code(SHA1_SEED, counter)).as("counter " + counter).isEqualTo(expected[counter]);
        }
    }

    @Test
    void aCodeMatchesOneStepEitherSideOfNowAndOnlyAfterTheLastUsedStep() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        byte[] secret = Totp.newSecret();

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, step)).as("used once").isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step - 1)).isEmpty();
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertThat(Totp.matchingStep(secret, spaced, now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(secret, "abcdef", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now, 0)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32IsRfc4648WithoutPadding(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.base32(bytes)).isEqualTo(base32);
        assertThat(Totp.fromBase32(base32.toLowerCase())).isEqualTo(bytes);
    }

    @Test
    void aSecretSurvivesBase32AsTheAppsReadItAndOtherTextIsRefused() {
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Totp.base32(secret)).hasSize(32);
        assertThat(Totp.fromBase32(Totp.base32(secret).replaceAll("(.{4})", "$1 "))).isEqualTo(secret);
        assertThatThrownBy(() -> Totp.fromBase32("not base32!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListOfCommonPasswordsIsShippedAndCheckedWhateverTheCase() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(CommonPasswords.contains("password")).isTrue();
        assertThat(CommonPasswords.contains("PassWord")).isTrue();
        assertThat(CommonPasswords.contains("qwertyuiop")).isTrue();
        assertThat(CommonPasswords.contains("blåbærgrød med fløde")).isFalse();
        assertThat(PasswordRules.broken("Football", "someone")).hasValue("password.rule.common");
        assertThat(PasswordRules.broken("a".repeat(64), "someone")).isEmpty();
        assertThat(PasswordRules.broken("korte ord", "someone")).isEmpty();
    }
}
