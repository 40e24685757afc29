package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.demo.TestPersonNumbers;
import se.vinr.extract.person.PersonId;

class SyntheticCasesFileTest {

    private static final LocalDate PERIOD_END = LocalDate.of(2025, 12, 31);

    @Test
    void writesValidDistinctRowsWhosePersonIdsBelongToNobody(@TempDir Path dir) throws Exception {
        Path file = SyntheticCasesFile.writeCases(dir, 500, 7);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(501);
        assertThat(lines.get(0)).isEqualTo(SyntheticCasesFile.HEADER);
        Set<String> caseIds = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(12);
            assertThat(caseIds.add(f[0])).isTrue();
            assertThat(TestPersonNumbers.isInTestScheme(PersonId.parse(f[1], PERIOD_END))).isTrue();
            LocalDate opened = LocalDate.parse(f[4]);
            assertThat(opened).isBeforeOrEqualTo(PERIOD_END);
            if (!f[5].isEmpty()) {
                assertThat(LocalDate.parse(f[5])).isAfterOrEqualTo(opened).isBeforeOrEqualTo(PERIOD_END);
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameFile(@TempDir Path dir) throws Exception {
        Path first = SyntheticCasesFile.writeCases(dir.resolve("a"), 50, 11);
        Path second = SyntheticCasesFile.writeCases(dir.resolve("b"), 50, 11);

        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    }
}
