package se.vinr.extract.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vinr.extract.person.PersonId;

/**
 * Expected values were computed outside Java, with Python's {@code hmac} module, e.g.
 * {@code hmac.new(bytes(range(32)), b"vinr-pseudonym-v1:case:A-17", hashlib.sha256).hexdigest()}.
 */
class PseudonymiserTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    @TempDir
    Path folder;

    private PseudonymKey countingKey;

    @BeforeEach
    void loadKey() throws Exception {
        countingKey = PseudonymKey.load(KeyFiles.writePrivate(folder.resolve("counting.key"), KeyFiles.counting(32)));
    }

    @Test
    void usesHmacSha256AsRfc4231Specifies() throws Exception {
        // RFC 4231, test case 6: a 131-byte key of 0xaa (long enough for our 32-byte minimum).
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        PseudonymKey rfcKey = PseudonymKey.load(KeyFiles.writePrivate(folder.resolve("rfc4231.key"), key));

        byte[] mac = rfcKey.newMac().doFinal(
                "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII));

        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void hashesTheDomainPrefixAndTheNormalisedValue() throws Exception {
        Pseudonymiser pseudonymiser = new Pseudonymiser(countingKey);

        assertThat(pseudonymiser.pseudonymise(IdKind.CASE, "A-17"))
                .isEqualTo("5ec5ff8720bc6ecb020cacb3820b1008dc3f7be342b52fc1ff49ee11beb6b9f5");
        assertThat(pseudonymiser.pseudonymise(IdKind.CONTACT, "A-17"))
                .isEqualTo("c5bc03a1577e7bb6bb6f3394b8fd90400235cbd73566bf874e91114c4e98d915");
        assertThat(pseudonymiser.pseudonymise(PersonId.parse("900830-2391", REFERENCE)))
                .isEqualTo("454d52d4e33a13ea234bcb827772b0db15011d4a709c76f85b00cc31bfff4287");
    }

    @Test
    void givesTheSamePseudonymForTheSameValueAndKey() throws Exception {
        Pseudonymiser first = new Pseudonymiser(countingKey);
        Pseudonymiser second = new Pseudonymiser(PseudonymKey.load(folder.resolve("counting.key")));

        assertThat(first.pseudonymise(IdKind.CASE, "A-17"))
                .isEqualTo(first.pseudonymise(IdKind.CASE, "A-17"))
                .isEqualTo(second.pseudonymise(IdKind.CASE, "  A-17\t"));
    }

    @Test
    void givesThePersonTheSamePseudonymInEveryWrittenForm() throws Exception {
        Pseudonymiser pseudonymiser = new Pseudonymiser(countingKey);

        assertThat(pseudonymiser.pseudonymise(PersonId.parse("19900830-2391", REFERENCE)))
                .isEqualTo(pseudonymiser.pseudonymise(PersonId.parse("9008302391", REFERENCE)));
    }

    @Test
    void separatesTheKindsOfIdentifier() throws Exception {
        Pseudonymiser pseudonymiser = new Pseudonymiser(countingKey);
        Set<String> pseudonyms = new HashSet<>();

        for (IdKind kind : IdKind.values()) {
            if (kind != IdKind.PERSON) {
                pseudonyms.add(pseudonymiser.pseudonymise(kind, "199008302391"));
            }
        }
        pseudonyms.add(pseudonymiser.pseudonymise(PersonId.parse("199008302391", REFERENCE)));

        assertThat(pseudonyms).hasSize(IdKind.values().length);
    }

    @Test
    void givesAnotherKeyOtherPseudonyms() {
        Pseudonymiser ours = new Pseudonymiser(countingKey);
        Pseudonymiser demo = new Pseudonymiser(PseudonymKey.demoKey());

        assertThat(ours.pseudonymise(IdKind.CASE, "A-17")).isNotEqualTo(demo.pseudonymise(IdKind.CASE, "A-17"));
    }

    @Test
    void writes64LowercaseHexDigits() {
        assertThat(new Pseudonymiser(countingKey).pseudonymise(IdKind.EMPLOYEE, "anna.svensson"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void refusesAPersonIdGivenAsText() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(countingKey);

        assertThatThrownBy(() -> pseudonymiser.pseudonymise(IdKind.PERSON, "199008302391"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyValue() {
        Pseudonymiser pseudonymiser = new Pseudonymiser(countingKey);

        assertThatThrownBy(() -> pseudonymiser.pseudonymise(IdKind.CASE, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
