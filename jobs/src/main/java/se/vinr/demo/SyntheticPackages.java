package se.vinr.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * Writes contract-conformant extract packages of synthetic data for one municipality and a run of
 * half-years: volumes scaled to the population, persons who recur across periods, training that
 * accumulates, screening that improves over time, and a small share of deliberately bad rows so that
 * validation and the rejects file have something to do. Person ids come from the never-issued
 * birth number 000 ({@link TestPersonNumbers}) in every accepted written form; since such an id always
 * reads as a woman's, {@code cases.csv} states every person's sex. The same seed gives the same files.
 */
public final class SyntheticPackages {

    static final List<String> UNITS = List.of("IFO vuxen", "IFO barn och familj", "Mottagningsenheten",
            "Biståndsenheten");
    static final List<String> DEPARTMENTS = List.of("Individ- och familjeomsorg", "Äldreomsorg", "Funktionsstöd",
            "Utbildning");
    private static final String ELECTED_DEPARTMENT = "Kommunfullmäktige";
    private static final String[] VIOLENCE = {"physical", "psychological", "sexual", "economic", "material",
            "latent", "neglect", "honour"};
    private static final String[] METHODS = {"FREDA_KORTFRAGOR", "FREDA_BESKRIVNING", "FREDA_FARLIGHET", "SARA_SV",
            "PATRIARK", "OTHER"};
    private static final String[] INTERVENTIONS = {"protected_housing", "support_talks", "financial_aid",
            "child_support", "other"};

    // The expected volumes and shares, per 10,000 inhabitants of all ages and half-year; the synthetic
    // comparison figures (SyntheticReferenceFigures) draw other municipalities around the same ones.
    static final double VICTIMS_PER_10000 = 11;
    static final double WOMEN_AMONG_VICTIMS = 0.78;
    static final double CASES_WITH_CHILDREN = 0.6;
    /** One or two children in a case with children. */
    static final double CHILDREN_PER_CASE_WITH_CHILDREN = 1.5;
    static final double CHILD_VICTIM_SHARE = 0.25;
    static final double CONTACTS_PER_10000 = 300;
    static final double ASSESSED_SHARE = 0.72;
    /** An assessment comes within this many days of the opening; one after the period's end is not written. */
    static final int ASSESSMENT_WITHIN_DAYS = 35;

    /** The share of contacts asked about violence in the {@code index}-th generated half-year: it improves. */
    static double askedShare(int index) {
        return Math.min(0.95, 0.55 + 0.05 * index);
    }

    /** How one package came out: its folder and the data rows written per file (bad rows included). */
    public record GeneratedPackage(Period period, Path directory, Map<String, Integer> rows) {
    }

    /**
     * @param population the municipality's population, which scales every volume
     * @param activityIds the action plan's activity ids for {@code plan_status.csv}; empty writes no such file
     * @param badRowShare the share of rows in cases and contacts written deliberately invalid (0 for none)
     * @param newCaseFactors per period, a factor on the expected number of new victim cases (and so on the
     *                       children and perpetrators in them): a known effect for tests of the statistics;
     *                       a period not in the map keeps factor 1, which leaves the files unchanged
     */
    public record Settings(MunicipalityCode municipality, long population, Period from, Period to, long seed,
                           List<String> activityIds, double badRowShare, Map<Period, Double> newCaseFactors) {
        public Settings {
            activityIds = List.copyOf(activityIds);
            newCaseFactors = Map.copyOf(newCaseFactors);
            newCaseFactors.forEach((period, factor) -> {
                if (!(factor >= 0) || Double.isInfinite(factor)) {
                    throw new IllegalArgumentException("the factor on new cases of " + period
                            + " must be a finite number of at least 0, not " + factor);
                }
            });
        }

        /** Settings without a known effect: every period at its usual volume. */
        public Settings(MunicipalityCode municipality, long population, Period from, Period to, long seed,
                        List<String> activityIds, double badRowShare) {
            this(municipality, population, from, to, seed, activityIds, badRowShare, Map.of());
        }

        /** The same settings with a factor on the new victim cases of one period. */
        public Settings withNewCaseFactor(Period period, double factor) {
            Map<Period, Double> factors = new HashMap<>(newCaseFactors);
            factors.put(period, factor);
            return new Settings(municipality, population, from, to, seed, activityIds, badRowShare, factors);
        }

        double newCaseFactor(Period period) {
            return newCaseFactors.getOrDefault(period, 1.0);
        }
    }

    /** Writes one folder per period under {@code root}, named after the period. */
    public List<GeneratedPackage> write(Settings settings, Path root) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        double scale = settings.population() / 10_000.0;
        World world = new World(settings, random, scale);
        // Cases opened in the year before the first package are still open in it, as in a real caseload;
        // without them the first half-year would show only the cases it opened.
        world.openNewCases(settings.from().previous().previous(), 0);
        world.openNewCases(settings.from().previous(), 0);
        List<GeneratedPackage> packages = new ArrayList<>();
        int index = 0;
        for (Period period = settings.from(); period.compareTo(settings.to()) <= 0; period = period.next()) {
            Path directory = root.resolve(period.toString());
            packages.add(world.writePeriod(period, index++, directory));
        }
        return packages;
    }

    /** The persons, cases and staff that live across the generated periods. */
    private final class World {
        private final Settings settings;
        private final SplittableRandom random;
        private final double scale;
        private final Map<String, Person> persons = new HashMap<>();
        private final List<Person> earlierVictims = new ArrayList<>();
        private final List<OpenCase> cases = new ArrayList<>();
        private final List<Employee> staff = new ArrayList<>();
        private final java.util.Set<String> training = new java.util.HashSet<>();
        private long caseSequence = 10_000;
        private long contactSequence = 500_000;
        private long assessmentSequence = 70_000;
        private long interventionSequence = 90_000;

        World(Settings settings, SplittableRandom random, double scale) {
            this.settings = settings;
            this.random = random;
            this.scale = scale;
            int employeesPerDepartment = Math.max(6, (int) Math.round(6 * scale));
            int serial = 1;
            for (String department : DEPARTMENTS) {
                for (int i = 0; i < employeesPerDepartment; i++) {
                    String role = i % 8 == 0 ? "manager" : "employee";
                    staff.add(new Employee("E" + (serial++), department, UNITS.get(i % UNITS.size()), role));
                }
            }
            int elected = Math.max(31, (int) Math.round(31 + 2 * scale));
            for (int i = 0; i < elected; i++) {
                staff.add(new Employee("F" + (serial++), ELECTED_DEPARTMENT, "Kommunfullmäktige", "elected"));
            }
        }

        GeneratedPackage writePeriod(Period period, int index, Path directory) {
            Map<String, Integer> rows = new LinkedHashMap<>();
            try {
                Files.createDirectories(directory);
                List<String> contactRows = new ArrayList<>();
                List<String> caseRows = new ArrayList<>();
                List<String> assessmentRows = new ArrayList<>();
                List<String> interventionRows = new ArrayList<>();
                openNewCases(period, index);
                writeCases(period, caseRows, assessmentRows, interventionRows);
                writeContacts(period, index, contactRows);
                rows.put("cases.csv", write(directory.resolve("cases.csv"), "case_id,person_id,role,unit,opened,"
                        + "closed,sex,violence_types,relation,disability,lgbtq,foreign_background", caseRows));
                rows.put("contacts.csv", write(directory.resolve("contacts.csv"),
                        "contact_id,person_id,unit,contact_date,asked,disclosed,case_id", contactRows));
                rows.put("risk_assessments.csv", write(directory.resolve("risk_assessments.csv"),
                        "assessment_id,case_id,person_id,method,assessed_on,risk_level,unit", assessmentRows));
                rows.put("interventions.csv", write(directory.resolve("interventions.csv"),
                        "intervention_id,case_id,person_id,type,start,end", interventionRows));
                rows.put("training.csv", write(directory.resolve("training.csv"),
                        "employee_id,department,unit,role,course,completed_on", trainingRows(period, index)));
                rows.put("headcount.csv", write(directory.resolve("headcount.csv"),
                        "department,unit,role,headcount", headcountRows()));
                if (!settings.activityIds().isEmpty()) {
                    rows.put("plan_status.csv", write(directory.resolve("plan_status.csv"),
                            "activity_id,status,value,comment", planRows(index)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the synthetic package " + directory, e);
            }
            return new GeneratedPackage(period, directory, rows);
        }

        private void openNewCases(Period period, int index) {
            int victims = poisson(VICTIMS_PER_10000 * scale * settings.newCaseFactor(period));
            for (int i = 0; i < victims; i++) {
                Person victim = !earlierVictims.isEmpty() && random.nextDouble() < 0.12
                        ? earlierVictims.get(random.nextInt(earlierVictims.size()))
                        : adult(period, random.nextDouble() < WOMEN_AMONG_VICTIMS ? "K" : "M");
                earlierVictims.add(victim);
                String caseId = "Ä-" + (caseSequence++);
                LocalDate opened = dayIn(period);
                LocalDate closed = random.nextDouble() < 0.8 ? opened.plusDays(20 + random.nextInt(300)) : null;
                String types = violenceTypes();
                String relation = random.nextDouble() < 0.6 ? "partner" : random.nextDouble() < 0.6
                        ? "former_partner" : "other_relative";
                String unit = UNITS.get(0);
                cases.add(new OpenCase(caseId, victim, "victim", unit, opened, closed, types, relation));
                if (random.nextDouble() < CASES_WITH_CHILDREN) {
                    int children = 1 + random.nextInt(2);
                    for (int c = 0; c < children; c++) {
                        String role = random.nextDouble() < CHILD_VICTIM_SHARE ? "child_victim" : "child_witness";
                        cases.add(new OpenCase(caseId, child(period), role, UNITS.get(1), opened.plusDays(
                                random.nextInt(5)), closed, types, "parent"));
                    }
                }
                if (random.nextDouble() < 0.35) {
                    cases.add(new OpenCase(caseId, adult(period, "M"), "perpetrator", unit,
                            opened.plusDays(random.nextInt(20)), closed, types, relation));
                }
            }
        }

        private void writeCases(Period period, List<String> caseRows, List<String> assessmentRows,
                                List<String> interventionRows) {
            for (OpenCase open : cases) {
                if (open.opened().isAfter(period.end())
                        || (open.closed() != null && open.closed().isBefore(period.start()))) {
                    continue;
                }
                LocalDate closedAsKnown = open.closed() != null && !open.closed().isAfter(period.end())
                        ? open.closed() : null;
                Person p = open.person();
                String row = String.join(",", open.caseId(), form(p, period), open.role(), open.unit(),
                        open.opened().toString(), closedAsKnown == null ? "" : closedAsKnown.toString(),
                        p.sex(), open.violenceTypes(), open.relation(),
                        bool(p.disability()), bool(p.lgbtq()), bool(p.foreignBackground()));
                caseRows.add(maybeBad(row, period));
                if (!period.contains(open.opened())) {
                    continue;
                }
                boolean assessable = open.role().equals("victim") || open.role().equals("child_victim");
                if (assessable && random.nextDouble() < ASSESSED_SHARE) {
                    LocalDate on = open.opened().plusDays(random.nextInt(ASSESSMENT_WITHIN_DAYS));
                    if (!on.isAfter(period.end())) {
                        assessmentRows.add(String.join(",", "R-" + (assessmentSequence++), open.caseId(),
                                form(p, period), METHODS[random.nextInt(METHODS.length)], on.toString(),
                                new String[] {"low", "medium", "high"}[random.nextInt(3)], open.unit()));
                    }
                }
                int count = open.role().equals("perpetrator") ? (random.nextDouble() < 0.4 ? 1 : 0)
                        : open.role().equals("victim") ? random.nextInt(4) : random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    String type = open.role().equals("perpetrator") ? "perpetrator_programme"
                            : open.role().startsWith("child") ? "child_support"
                            : INTERVENTIONS[random.nextInt(INTERVENTIONS.length)];
                    LocalDate start = open.opened().plusDays(random.nextInt(40));
                    if (start.isAfter(period.end())) {
                        continue;
                    }
                    LocalDate end = random.nextDouble() < 0.5 ? start.plusDays(10 + random.nextInt(120)) : null;
                    interventionRows.add(String.join(",", "I-" + (interventionSequence++), open.caseId(),
                            form(p, period), type, start.toString(), end == null || end.isAfter(period.end())
                                    ? "" : end.toString()));
                }
            }
        }

        private void writeContacts(Period period, int index, List<String> rows) {
            int contacts = poisson(CONTACTS_PER_10000 * scale);
            double askedShare = askedShare(index);
            for (int i = 0; i < contacts; i++) {
                Person person = adult(period, random.nextDouble() < 0.55 ? "K" : "M");
                boolean asked = random.nextDouble() < askedShare;
                boolean disclosed = asked && random.nextDouble() < 0.12;
                String caseId = "";
                if (disclosed && random.nextDouble() < 0.4 && !cases.isEmpty()) {
                    caseId = cases.get(cases.size() - 1 - random.nextInt(Math.min(cases.size(), 20))).caseId();
                }
                String row = String.join(",", "K-" + (contactSequence++), form(person, period),
                        UNITS.get(2 + random.nextInt(2)), dayIn(period).toString(), asked ? "ja" : "nej",
                        asked ? (disclosed ? "ja" : "nej") : "", caseId);
                rows.add(maybeBad(row, period));
            }
        }

        private List<String> trainingRows(Period period, int index) {
            List<String> rows = new ArrayList<>();
            for (Employee employee : staff) {
                String course;
                if (employee.role().equals("elected")) {
                    course = "elected_day";
                } else {
                    course = training.contains(employee.id() + ":basic") && random.nextDouble() < 0.3
                            ? "advanced" : "basic";
                }
                String key = employee.id() + ":" + course;
                if (training.contains(key) || random.nextDouble() > 0.13 + 0.02 * index) {
                    continue;
                }
                training.add(key);
                rows.add(String.join(",", employee.id(), employee.department(), employee.unit(), employee.role(),
                        course, dayIn(period).toString()));
            }
            return rows;
        }

        private List<String> headcountRows() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Employee employee : staff) {
                counts.merge(employee.department() + "," + employee.unit() + "," + employee.role(), 1, Integer::sum);
            }
            List<String> rows = new ArrayList<>();
            counts.forEach((key, count) -> rows.add(key + "," + count));
            return rows;
        }

        private List<String> planRows(int index) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < settings.activityIds().size(); i++) {
                int progress = (i * 7 + index * 3) % 10;
                if (progress == 9) {
                    continue;
                }
                String status = progress < 2 + index ? "done" : progress < 6 + index ? "ongoing" : "not_started";
                rows.add(settings.activityIds().get(i) + "," + status + ",,");
            }
            return rows;
        }

        /** Replaces a small share of rows by a typical export fault: a wrong check digit or an impossible date. */
        private String maybeBad(String row, Period period) {
            if (random.nextDouble() >= settings.badRowShare()) {
                return row;
            }
            String[] fields = row.split(",", -1);
            if (random.nextBoolean()) {
                // The id may carry surrounding spaces (one of the written forms): change its last digit.
                String id = fields[1];
                int last = id.stripTrailing().length() - 1;
                char wrong = (char) ('0' + (id.charAt(last) - '0' + 1) % 10);
                fields[1] = id.substring(0, last) + wrong + id.substring(last + 1);
            } else {
                int dateField = fields[0].startsWith("K-") ? 3 : 4;
                fields[dateField] = period.year() + "-02-30";
            }
            return String.join(",", fields);
        }

        private Person adult(Period period, String sex) {
            // A few centenarians, so that the YYMMDD+NNNN form occurs too.
            int age = random.nextDouble() < 0.004 ? 100 + random.nextInt(5)
                    : 18 + (int) Math.min(80, Math.abs(random.nextGaussian() * 17 + 20));
            return person(period, age, sex);
        }

        private Person child(Period period) {
            return person(period, random.nextInt(18), random.nextBoolean() ? "K" : "M");
        }

        private Person person(Period period, int age, String sex) {
            LocalDate birth = period.start().minusYears(age).minusDays(random.nextInt(365));
            // One test number per birth date: persons born the same day coincide, as returning clients do,
            // and so keep the sex and traits they were first given.
            String id = (random.nextDouble() < 0.1 ? TestPersonNumbers.samordningsnummer(birth)
                    : TestPersonNumbers.personnummer(birth)).normalised();
            Person known = persons.get(id);
            if (known != null) {
                return known;
            }
            Person person = new Person(id, sex, random.nextDouble() < 0.08, random.nextDouble() < 0.04,
                    random.nextDouble() < 0.22);
            persons.put(id, person);
            return person;
        }

        /** One of the accepted written forms of the person's number, chosen at random. */
        private String form(Person person, Period period) {
            String id = person.id();
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(0, 4)), Integer.parseInt(id.substring(4, 6)),
                    Integer.parseInt(id.substring(6, 8)) > 60 ? Integer.parseInt(id.substring(6, 8)) - 60
                            : Integer.parseInt(id.substring(6, 8)));
            boolean hundred = !birth.plusYears(100).isAfter(period.end());
            return switch (random.nextInt(5)) {
                case 0 -> id.substring(0, 8) + "-" + id.substring(8);
                case 1 -> id;
                case 2 -> id.substring(2, 8) + (hundred ? "+" : "-") + id.substring(8);
                case 3 -> hundred ? id : id.substring(2);
                default -> " " + id.substring(0, 8) + "-" + id.substring(8) + " ";
            };
        }

        private String violenceTypes() {
            List<String> types = new ArrayList<>();
            types.add(VIOLENCE[random.nextInt(2)]);
            if (random.nextDouble() < 0.3) {
                types.add(VIOLENCE[2 + random.nextInt(VIOLENCE.length - 2)]);
            }
            return String.join("|", types);
        }

        private LocalDate dayIn(Period period) {
            return period.start().plusDays(random.nextInt(period.days()));
        }

        private int poisson(double lambda) {
            if (lambda > 30) {
                return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
            }
            double limit = Math.exp(-lambda);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
    }

    private static String bool(boolean value) {
        return value ? "true" : "false";
    }

    private static int write(Path file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        lines.addAll(rows);
        Files.write(file, lines);
        return rows.size();
    }

    private record Person(String id, String sex, boolean disability, boolean lgbtq, boolean foreignBackground) {
    }

    private record OpenCase(String caseId, Person person, String role, String unit, LocalDate opened,
                            LocalDate closed, String violenceTypes, String relation) {
    }

    private record Employee(String id, String department, String unit, String role) {
    }
}
