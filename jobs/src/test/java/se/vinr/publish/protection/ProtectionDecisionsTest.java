package se.vinr.publish.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The decisions of small-number protection on 200 random crossed tables and 200 random systems of
 * overlapping groups, against those the dense elimination took before {@link Derivability} was made
 * faster (stored in {@value #STORED}, one line per table, written by the implementation of commit
 * 7870c4b). A faster audit must not hide one cell more or less.
 */
class ProtectionDecisionsTest {

    private static final String STORED = "dense-elimination-decisions.txt";

    @Test
    void hidesExactlyWhatTheDenseEliminationHid() throws IOException {
        assertThat(decisions()).containsExactlyElementsOf(stored());
    }

    static List<String> decisions() {
        SmallNumberProtection protection = new SmallNumberProtection();
        RandomTables random = new RandomTables(20_261_124L);
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < 200; run++) {
            lines.add("crossed " + run + " " + describe(protection.protect(random.crossed())));
        }
        for (int run = 0; run < 200; run++) {
            lines.add("overlapping " + run + " " + describe(protection.protect(random.overlapping())));
        }
        return lines;
    }

    private static String describe(SuppressionDecision decision) {
        Map<String, SuppressionReason> reasons = new TreeMap<>(decision.reasons());
        return reasons + " unprotectable " + new TreeSet<>(decision.unprotectable());
    }

    private static List<String> stored() throws IOException {
        try (InputStream in = ProtectionDecisionsTest.class.getResourceAsStream(STORED)) {
            assertThat(in).as(STORED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
