package se.vinr.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import se.vinr.demo.TestPersonNumbers;

/**
 * Writes {@code cases.csv} files of valid rows for the child-process runs: one row for the start-up
 * measurement, a million for the memory bound. Person ids are the never-issued birth-number-000
 * numbers of {@link TestPersonNumbers}; case ids are unique, so every row is distinct.
 */
final class SyntheticCasesFile {

    static final String HEADER = "case_id,person_id,role,unit,opened,closed,sex,violence_types,relation,"
            + "disability,lgbtq,foreign_background";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = 365 * 60;
    private static final LocalDate FIRST_OPENED = LocalDate.of(2024, 1, 1);
    private static final int OPENED_DAYS = 730;
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private SyntheticCasesFile() {
    }

    /** Writes {@code rows} case rows for half-year 2025H2 to {@code <directory>/cases.csv}. */
    static Path writeCases(Path directory, int rows, long seed) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("cases.csv");
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int i = 0; i < rows; i++) {
                LocalDate birth = FIRST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
                String id = (random.nextInt(10) == 0 ? TestPersonNumbers.samordningsnummer(birth)
                        : TestPersonNumbers.personnummer(birth)).normalised();
                boolean victim = random.nextInt(3) > 0;
                LocalDate opened = FIRST_OPENED.plusDays(random.nextInt(OPENED_DAYS));
                LocalDate closed = opened.plusDays(random.nextInt(200));
                out.write(String.join(",", "Ä-" + (1_000_000 + i), id.substring(0, 8) + "-" + id.substring(8),
                        victim ? "victim" : "perpetrator", victim ? "IFO vuxen" : "Mottagningsenheten",
                        opened.toString(), random.nextBoolean() || closed.isAfter(LAST_DAY) ? "" : closed.toString(),
                        victim && random.nextInt(5) > 0 ? "K" : "M",
                        random.nextBoolean() ? "physical" : "psychological|economic",
                        random.nextBoolean() ? "partner" : "former_partner",
                        bool(random.nextInt(12) == 0), bool(random.nextInt(25) == 0), bool(random.nextInt(5) == 0)));
                out.newLine();
            }
        }
        return file;
    }

    private static String bool(boolean value) {
        return value ? "true" : "false";
    }
}
