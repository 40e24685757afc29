package se.vinr.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.extract.person.InvalidPersonIdException;
import se.vinr.extract.person.PersonId;

class SyntheticPackagesTest {

    private static final MunicipalityCode HARNOSAND = new MunicipalityCode("2280");
    private static final Period FIRST = Period.parse("2023H1");
    private static final Period LAST = Period.parse("2024H2");
    private static final List<String> ACTIVITIES = List.of("A1", "A2", "A3");

    /** The files docs/contract.md#2-input-files describes, with every field in the contract's order. */
    private static final Map<String, String> CONTRACT_HEADERS = Map.of(
            "cases.csv", "case_id,person_id,role,unit,opened,closed,sex,violence_types,relation,disability,lgbtq,"
                    + "foreign_background",
            "contacts.csv", "contact_id,person_id,unit,contact_date,asked,disclosed,case_id",
            "risk_assessments.csv", "assessment_id,case_id,person_id,method,assessed_on,risk_level,unit",
            "interventions.csv", "intervention_id,case_id,person_id,type,start,end",
            "training.csv", "employee_id,department,unit,role,course,completed_on",
            "headcount.csv", "department,unit,role,headcount",
            "plan_status.csv", "activity_id,status,value,comment");
    private static final List<String> FILES_WITH_PERSONS = List.of("cases.csv", "contacts.csv",
            "risk_assessments.csv", "interventions.csv");

    @TempDir
    Path dir;

    @Test
    void writesEveryFileOfTheContractWithItsHeaderForEveryPeriod() throws IOException {
        List<SyntheticPackages.GeneratedPackage> packages = write(25_000, 2280, 0.01, "run");

        assertThat(packages).extracting(SyntheticPackages.GeneratedPackage::period).containsExactly(
                FIRST, FIRST.next(), FIRST.next().next(), LAST);
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            assertThat(generated.directory()).isEqualTo(dir.resolve("run").resolve(generated.period().toString()));
            try (Stream<Path> files = Files.list(generated.directory())) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .containsExactlyInAnyOrderElementsOf(CONTRACT_HEADERS.keySet());
            }
            for (Map.Entry<String, String> file : CONTRACT_HEADERS.entrySet()) {
                List<String> lines = Files.readAllLines(generated.directory().resolve(file.getKey()));
                assertThat(lines.get(0)).as(file.getKey()).isEqualTo(file.getValue());
                assertThat(generated.rows()).containsEntry(file.getKey(), lines.size() - 1);
            }
        }
    }

    @Test
    void writesNoPlanStatusWithoutActivities() {
        SyntheticPackages.GeneratedPackage generated = new SyntheticPackages().write(new SyntheticPackages.Settings(
                HARNOSAND, 25_000, FIRST, FIRST, 1, List.of(), 0.01), dir).get(0);

        assertThat(generated.directory().resolve("plan_status.csv")).doesNotExist();
        assertThat(generated.directory().resolve("cases.csv")).exists();
    }

    @Test
    void scalesCasesContactsAndStaffWithThePopulation() {
        Volumes small = volumes(write(20_000, 7, 0.01, "small"));
        Volumes large = volumes(write(200_000, 7, 0.01, "large"));

        assertThat(small.cases()).isGreaterThan(30);
        assertThat((double) large.cases() / small.cases()).isBetween(7.0, 13.0);
        assertThat((double) large.contacts() / small.contacts()).isBetween(7.0, 13.0);
        assertThat((double) large.staff() / small.staff()).isBetween(7.0, 13.0);
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        write(25_000, 2280, 0.01, "first");
        write(25_000, 2280, 0.01, "second");

        Map<String, byte[]> first = contents(dir.resolve("first"));
        Map<String, byte[]> second = contents(dir.resolve("second"));
        assertThat(first).hasSize(4 * CONTRACT_HEADERS.size());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void writesOtherDataForAnotherSeed() throws IOException {
        write(25_000, 2280, 0.01, "first");
        write(25_000, 2281, 0.01, "second");

        for (String file : FILES_WITH_PERSONS) {
            assertThat(Files.readString(dir.resolve("second/2023H1").resolve(file))).as(file)
                    .isNotEqualTo(Files.readString(dir.resolve("first/2023H1").resolve(file)));
        }
    }

    @Test
    void aFactorOfOneOnEveryPeriodWritesTheSameBytesAsNoFactor() throws IOException {
        SyntheticPackages.Settings plain = settings(25_000, 2280);
        SyntheticPackages.Settings ones = plain;
        for (Period period = FIRST; period.compareTo(LAST) <= 0; period = period.next()) {
            ones = ones.withNewCaseFactor(period, 1.0);
        }
        new SyntheticPackages().write(plain, dir.resolve("plain"));
        new SyntheticPackages().write(ones, dir.resolve("ones"));

        Map<String, byte[]> without = contents(dir.resolve("plain"));
        Map<String, byte[]> with = contents(dir.resolve("ones"));
        assertThat(with.keySet()).isEqualTo(without.keySet());
        without.forEach((file, bytes) -> assertThat(with.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void aFactorOnAPeriodMultipliesTheVictimCasesOpenedInItAndLeavesTheEarlierPeriodsAlone() throws IOException {
        SyntheticPackages.Settings plain = settings(25_000, 2280);
        new SyntheticPackages().write(plain, dir.resolve("plain"));
        new SyntheticPackages().write(plain.withNewCaseFactor(LAST, 4.0), dir.resolve("step"));

        long before = newVictimCases(dir.resolve("plain").resolve(LAST.toString()), LAST);
        long after = newVictimCases(dir.resolve("step").resolve(LAST.toString()), LAST);
        // 27.5 expected new victims against 110: far apart for any seed.
        assertThat(after).isGreaterThan(3 * before);
        for (Period period = FIRST; period.compareTo(LAST) < 0; period = period.next()) {
            assertThat(Files.readAllBytes(dir.resolve("step").resolve(period.toString()).resolve("cases.csv")))
                    .as(period.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("plain").resolve(period.toString()).resolve("cases.csv")));
        }
    }

    @Test
    void refusesANegativeFactorOnNewCases() {
        assertThatThrownBy(() -> settings(25_000, 2280).withNewCaseFactor(LAST, -0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024H2");
    }

    @Test
    void writesOnlyValidTestNumbersWhenNoBadRowsAreAsked() {
        for (SyntheticPackages.GeneratedPackage generated : write(50_000, 11, 0.0, "clean")) {
            for (String file : FILES_WITH_PERSONS) {
                for (CSVRecord row : rows(generated.directory().resolve(file))) {
                    assertThat(inScheme(row.get("person_id"), generated.period())).as("%s line %d", file,
                            row.getRecordNumber() + 1).isTrue();
                }
            }
        }
    }

    /**
     * Every person id parses (check digit and real date, century inferred from the period's end) and has
     * birth number 000, except the deliberately bad rows of cases and contacts: those carry either an id
     * whose only fault is its check digit, or an impossible date, in about 1 % of rows.
     */
    @Test
    void keepsEveryIdInTheTestSchemeExceptTheDeliberatelyBadRows() {
        int rows = 0;
        int wrongCheckDigits = 0;
        int impossibleDates = 0;
        for (SyntheticPackages.GeneratedPackage generated : write(100_000, 13, 0.01, "bad")) {
            Period period = generated.period();
            for (String file : FILES_WITH_PERSONS) {
                boolean mayBeBad = file.equals("cases.csv") || file.equals("contacts.csv");
                String dateField = file.equals("cases.csv") ? "opened" : "contact_date";
                for (CSVRecord row : rows(generated.directory().resolve(file))) {
                    String raw = row.get("person_id");
                    String where = file + " line " + (row.getRecordNumber() + 1);
                    if (mayBeBad) {
                        rows++;
                    }
                    if (!inScheme(raw, period)) {
                        assertThat(mayBeBad).as(where).isTrue();
                        assertThat(failure(raw, period)).as(where).isEqualTo(InvalidPersonIdException.Reason.WRONG_CHECK_DIGIT);
                        assertThat(withAnotherLastDigitInScheme(raw, period)).as(where).isTrue();
                        wrongCheckDigits++;
                    } else if (mayBeBad && !isDate(row.get(dateField))) {
                        assertThat(row.get(dateField)).as(where).matches("\\d{4}-02-30");
                        impossibleDates++;
                    }
                }
            }
        }
        double badShare = (double) (wrongCheckDigits + impossibleDates) / rows;
        assertThat(rows).isGreaterThan(10_000);
        assertThat(badShare).isBetween(0.007, 0.013);
        assertThat(wrongCheckDigits).isGreaterThan(50);
        assertThat(impossibleDates).isGreaterThan(50);
    }

    @Test
    void writesPersonIdsInEveryAcceptedForm() {
        Map<String, Pattern> forms = new LinkedHashMap<>();
        forms.put("YYYYMMDD-NNNN", Pattern.compile("\\d{8}-\\d{4}"));
        forms.put("YYYYMMDDNNNN", Pattern.compile("\\d{12}"));
        forms.put("YYMMDD-NNNN", Pattern.compile("\\d{6}-\\d{4}"));
        forms.put("YYMMDD+NNNN", Pattern.compile("\\d{6}\\+\\d{4}"));
        forms.put("YYMMDDNNNN", Pattern.compile("\\d{10}"));
        Map<String, Integer> seen = new HashMap<>();
        int coordinationNumbers = 0;
        int withSpaces = 0;
        for (SyntheticPackages.GeneratedPackage generated : write(100_000, 17, 0.0, "forms")) {
            for (String file : FILES_WITH_PERSONS) {
                for (CSVRecord row : rows(generated.directory().resolve(file))) {
                    String raw = row.get("person_id");
                    withSpaces += raw.equals(raw.strip()) ? 0 : 1;
                    forms.forEach((form, pattern) -> {
                        if (pattern.matcher(raw.strip()).matches()) {
                            seen.merge(form, 1, Integer::sum);
                        }
                    });
                    coordinationNumbers += parse(raw, generated.period()).isCoordinationNumber() ? 1 : 0;
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(forms.keySet());
        assertThat(coordinationNumbers).isPositive();
        assertThat(withSpaces).isPositive();
    }

    @Test
    void bringsPersonsBackInLaterPeriods() {
        List<SyntheticPackages.GeneratedPackage> packages = write(25_000, 2280, 0.0, "recur");
        Map<String, Set<String>> casesOfPerson = new HashMap<>();
        List<Set<String>> personsPerPeriod = new ArrayList<>();
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            Set<String> persons = new HashSet<>();
            for (CSVRecord row : rows(generated.directory().resolve("cases.csv"))) {
                String person = parse(row.get("person_id"), generated.period()).normalised();
                persons.add(person);
                if (generated.period().contains(LocalDate.parse(row.get("opened")))) {
                    casesOfPerson.computeIfAbsent(person, p -> new HashSet<>()).add(row.get("case_id"));
                }
            }
            personsPerPeriod.add(persons);
        }
        for (int i = 1; i < personsPerPeriod.size(); i++) {
            Set<String> again = new HashSet<>(personsPerPeriod.get(i));
            again.retainAll(personsPerPeriod.get(i - 1));
            assertThat(again).as("persons of %s seen in the period before", packages.get(i).period()).isNotEmpty();
        }
        assertThat(casesOfPerson.values()).as("persons with a new case in two periods")
                .anySatisfy(cases -> assertThat(cases).hasSizeGreaterThan(1));
    }

    @Test
    void carriesAnOpenCaseIntoTheNextPeriodAndClosesItWhenItCloses() {
        List<SyntheticPackages.GeneratedPackage> packages = write(25_000, 2280, 0.0, "carry");
        Map<String, String> closedAsFirstSeen = new HashMap<>();
        int carried = 0;
        int closedLater = 0;
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            for (CSVRecord row : rows(generated.directory().resolve("cases.csv"))) {
                LocalDate opened = LocalDate.parse(row.get("opened"));
                String closed = row.get("closed");
                assertThat(opened).isBeforeOrEqualTo(generated.period().end());
                if (!closed.isEmpty()) {
                    assertThat(LocalDate.parse(closed)).isBetween(opened, generated.period().end())
                            .isAfterOrEqualTo(generated.period().start());
                }
                if (!generated.period().contains(opened)) {
                    carried++;
                }
                String before = closedAsFirstSeen.putIfAbsent(row.get("case_id") + "/" + row.get("role")
                        + "/" + opened, closed);
                if (before != null && before.isEmpty() && !closed.isEmpty()) {
                    closedLater++;
                }
            }
        }
        assertThat(carried).isPositive();
        assertThat(closedLater).isPositive();
    }

    @Test
    void givesEachPersonOneSex() {
        Map<String, Set<String>> sexes = new HashMap<>();
        for (SyntheticPackages.GeneratedPackage generated : write(100_000, 19, 0.0, "sex")) {
            for (CSVRecord row : rows(generated.directory().resolve("cases.csv"))) {
                assertThat(row.get("sex")).isIn("K", "M");
                sexes.computeIfAbsent(parse(row.get("person_id"), generated.period()).normalised(),
                        p -> new HashSet<>()).add(row.get("sex"));
            }
        }
        assertThat(sexes).allSatisfy((person, seen) -> assertThat(seen).hasSize(1));
        assertThat(sexes.values()).anySatisfy(seen -> assertThat(seen).containsExactly("M"));
    }

    @Test
    void accumulatesTrainingWithoutRepeatingACourse() {
        List<SyntheticPackages.GeneratedPackage> packages = write(25_000, 2280, 0.0, "training");
        Set<String> courses = new HashSet<>();
        Set<String> basic = new HashSet<>();
        List<Integer> trainedSoFar = new ArrayList<>();
        List<String> headcounts = new ArrayList<>();
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            Set<String> basicBefore = new HashSet<>(basic);
            for (CSVRecord row : rows(generated.directory().resolve("training.csv"))) {
                String employee = row.get("employee_id");
                String course = row.get("course");
                assertThat(courses.add(employee + ":" + course)).as("%s takes %s once", employee, course).isTrue();
                assertThat(generated.period().contains(LocalDate.parse(row.get("completed_on")))).isTrue();
                if (course.equals("basic")) {
                    basic.add(employee);
                }
                if (course.equals("advanced")) {
                    assertThat(basicBefore).as("%s took basic before advanced", employee).contains(employee);
                }
            }
            trainedSoFar.add(basic.size());
            headcounts.add(read(generated.directory().resolve("headcount.csv")));
        }
        assertThat(trainedSoFar).isSorted().doesNotHaveDuplicates();
        assertThat(courses).anyMatch(course -> course.endsWith(":advanced"));
        assertThat(headcounts).as("the same staff every period").containsOnly(headcounts.get(0));
    }

    private record Volumes(int cases, int contacts, int staff) {
    }

    private static Volumes volumes(List<SyntheticPackages.GeneratedPackage> packages) {
        int cases = 0;
        int contacts = 0;
        int staff = 0;
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            cases += generated.rows().get("cases.csv");
            contacts += generated.rows().get("contacts.csv");
            for (CSVRecord row : rows(generated.directory().resolve("headcount.csv"))) {
                if (!row.get("role").equals("elected")) {
                    staff += Integer.parseInt(row.get("headcount"));
                }
            }
        }
        return new Volumes(cases, contacts, staff);
    }

    private static SyntheticPackages.Settings settings(long population, long seed) {
        return new SyntheticPackages.Settings(HARNOSAND, population, FIRST, LAST, seed, ACTIVITIES, 0.0);
    }

    /** Victim cases opened in the period: one row each, since a victim has one row per case. */
    private static long newVictimCases(Path directory, Period period) {
        return rows(directory.resolve("cases.csv")).stream()
                .filter(row -> row.get("role").equals("victim") && period.contains(LocalDate.parse(row.get("opened"))))
                .count();
    }

    private List<SyntheticPackages.GeneratedPackage> write(long population, long seed, double badRowShare,
                                                           String folder) {
        return new SyntheticPackages().write(new SyntheticPackages.Settings(HARNOSAND, population, FIRST, LAST, seed,
                ACTIVITIES, badRowShare), dir.resolve(folder));
    }

    private static boolean inScheme(String raw, Period period) {
        try {
            return TestPersonNumbers.isInTestScheme(PersonId.parse(raw, period.end()));
        } catch (InvalidPersonIdException e) {
            return false;
        }
    }

    private static PersonId parse(String raw, Period period) {
        try {
            return PersonId.parse(raw, period.end());
        } catch (InvalidPersonIdException e) {
            throw new AssertionError("a generated person id does not parse: " + e.getMessage(), e);
        }
    }

    private static InvalidPersonIdException.Reason failure(String raw, Period period) {
        try {
            PersonId.parse(raw, period.end());
            return null;
        } catch (InvalidPersonIdException e) {
            return e.reason();
        }
    }

    /** Whether exactly one other last digit makes {@code raw} a valid number of the scheme. */
    private static boolean withAnotherLastDigitInScheme(String raw, Period period) {
        String id = raw.strip();
        int valid = 0;
        for (char digit = '0'; digit <= '9'; digit++) {
            if (inScheme(id.substring(0, id.length() - 1) + digit, period)) {
                valid++;
            }
        }
        return valid == 1;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<CSVRecord> rows(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
                    .get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
