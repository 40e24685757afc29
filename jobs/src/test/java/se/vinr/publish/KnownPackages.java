package se.vinr.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.vinr.demo.TestPersonNumbers;
import se.vinr.extract.person.PersonId;

/**
 * Two hand-made extract packages of municipality 2280 whose every core indicator can be counted by
 * hand ({@link KnownTruthEndToEndTest} states the counts). Persons have never-issued numbers (birth
 * number 000) born so that their age at the case's opening is the one stated; sex is given in the file.
 *
 * <pre>
 * 2024H2 (1 Jul – 31 Dec 2024)
 *   cases  AK 15 women 35 (25-44) victims, opened 2 Sep, one case each (A-K-01..15);
 *             A-K-01..10 closed 30 Nov (every role), A-K-11..15 still open
 *          AM 2 men 28 (25-44) victims, opened 1 Oct, closed 15 Dec (A-M-1..2)
 *          6 child witnesses aged 9 in A-K-01..06, 8 men 40 perpetrators in A-K-01..08
 *   contacts  IFO vuxen 30 (20 asked, 6 of them disclosed); Bistånd 10 (5 asked, none disclosed)
 *   risk    AK 1..12 FREDA_KORTFRAGOR 7 days after opening; AM 1..2 SARA_SV 14 days after
 *   interventions  support_talks 10 (AK 1..10), child_support 6 (witnesses), perpetrator_programme 5
 *   training  basic: Socialtjänst 20, Äldreomsorg 10 employees; elected_day: 12 elected
 *   headcount  Socialtjänst 40 employees + 5 managers, Äldreomsorg 30 + 3, Politik 20 elected
 *
 * 2025H1 (1 Jan – 30 Jun 2025), with A-K-11..15 carried over (open)
 *   cases  VK 20 women 30 (25-44) victims opened 10 Feb (B-K-01..20)
 *          VM 6 men 50 (45-64) victims opened 3 Mar, closed 30 May (B-M-1..6)
 *          VO 3 women 70 (65-79) victims opened 1 Apr (B-O-1..3)
 *          7 child victims aged 10 in B-K-01..07, 10 child witnesses aged 8 in B-K-08..17,
 *          12 men 40 perpetrators in B-K-01..12, all opened 10 Feb
 *   contacts  IFO vuxen 40 (30 asked, 12 disclosed); Bistånd 20 (10 asked, 3 disclosed);
 *             Mottagning 3 (3 asked, none disclosed)
 *   risk    VK 1..16 FREDA_KORTFRAGOR +10 days, VK 1..2 also FREDA_FARLIGHET +19 days,
 *           VM 1..6 SARA_SV +20 days, child victims 1..5 FREDA_BESKRIVNING +30 days; VO none
 *   interventions  support_talks 15, protected_housing 5, financial_aid 2, child_support 8,
 *                  perpetrator_programme 6
 *   training  basic: Socialtjänst 8 more, Äldreomsorg 2 more; elected_day: 3 more elected
 *   headcount  as 2024H2
 * </pre>
 */
final class KnownPackages {

    static final LocalDate A_K_OPENED = LocalDate.of(2024, 9, 2);
    static final LocalDate A_M_OPENED = LocalDate.of(2024, 10, 1);
    static final LocalDate B_K_OPENED = LocalDate.of(2025, 2, 10);
    static final LocalDate B_M_OPENED = LocalDate.of(2025, 3, 3);
    static final LocalDate B_O_OPENED = LocalDate.of(2025, 4, 1);

    private final Set<PersonId> handedOut = new HashSet<>();

    /** The carried-over victims of 2024H2 (A-K-11..15), the same persons in both packages. */
    private final List<String> carriedOver = new ArrayList<>();

    void write(Path a, Path b) throws IOException {
        writeA(a);
        writeB(b);
    }

    private void writeA(Path dir) throws IOException {
        Table cases = cases();
        List<String> akVictims = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            String person = person(A_K_OPENED, 35);
            akVictims.add(person);
            cases.row(caseId("A-K", i), person, "victim", "IFO vuxen", A_K_OPENED, closedA(i), "K", "physical");
            if (i > 10) {
                carriedOver.add(person);
            }
        }
        List<String> amVictims = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            String person = person(A_M_OPENED, 28);
            amVictims.add(person);
            cases.row("A-M-" + i, person, "victim", "IFO vuxen", A_M_OPENED, LocalDate.of(2024, 12, 15), "M", "physical");
        }
        List<String> witnesses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String person = person(A_K_OPENED, 9);
            witnesses.add(person);
            cases.row(caseId("A-K", i), person, "child_witness", "IFO barn", A_K_OPENED, closedA(i), "M", "physical");
        }
        List<String> perpetrators = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String person = person(A_K_OPENED, 40);
            perpetrators.add(person);
            cases.row(caseId("A-K", i), person, "perpetrator", "IFO vuxen", A_K_OPENED, closedA(i), "M", "physical");
        }
        cases.write(dir.resolve("cases.csv"));

        Table contacts = contacts();
        contacts(contacts, "A-IV", "IFO vuxen", LocalDate.of(2024, 8, 5), 30, 20, 6);
        contacts(contacts, "A-BI", "Bistånd", LocalDate.of(2024, 8, 6), 10, 5, 0);
        contacts.write(dir.resolve("contacts.csv"));

        Table risk = risk();
        for (int i = 1; i <= 12; i++) {
            risk.row("A-R-K" + i, caseId("A-K", i), akVictims.get(i - 1), "FREDA_KORTFRAGOR", A_K_OPENED.plusDays(7),
                    "medium", "IFO vuxen");
        }
        for (int i = 1; i <= 2; i++) {
            risk.row("A-R-M" + i, "A-M-" + i, amVictims.get(i - 1), "SARA_SV", A_M_OPENED.plusDays(14), "high",
                    "IFO vuxen");
        }
        risk.write(dir.resolve("risk_assessments.csv"));

        Table interventions = interventions();
        for (int i = 1; i <= 10; i++) {
            interventions.row("A-I-S" + i, caseId("A-K", i), akVictims.get(i - 1), "support_talks",
                    A_K_OPENED.plusDays(3), "");
        }
        for (int i = 1; i <= 6; i++) {
            interventions.row("A-I-C" + i, caseId("A-K", i), witnesses.get(i - 1), "child_support",
                    A_K_OPENED.plusDays(5), "");
        }
        for (int i = 1; i <= 5; i++) {
            interventions.row("A-I-P" + i, caseId("A-K", i), perpetrators.get(i - 1), "perpetrator_programme",
                    A_K_OPENED.plusDays(9), "");
        }
        interventions.write(dir.resolve("interventions.csv"));

        Table training = training();
        completions(training, "EMP-SOC-", 1, 20, "Socialtjänst", "employee", "basic", LocalDate.of(2024, 9, 15));
        completions(training, "EMP-ALD-", 1, 10, "Äldreomsorg", "employee", "basic", LocalDate.of(2024, 10, 15));
        completions(training, "POL-", 1, 12, "Politik", "elected", "elected_day", LocalDate.of(2024, 11, 20));
        training.write(dir.resolve("training.csv"));
        headcount().write(dir.resolve("headcount.csv"));
    }

    private void writeB(Path dir) throws IOException {
        Table cases = cases();
        for (int i = 0; i < carriedOver.size(); i++) {
            cases.row(caseId("A-K", 11 + i), carriedOver.get(i), "victim", "IFO vuxen", A_K_OPENED, "", "K", "physical");
        }
        List<String> vk = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String person = person(B_K_OPENED, 30);
            vk.add(person);
            cases.row(caseId("B-K", i), person, "victim", "IFO vuxen", B_K_OPENED, "", "K", "physical|psychological");
        }
        List<String> vm = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String person = person(B_M_OPENED, 50);
            vm.add(person);
            cases.row("B-M-" + i, person, "victim", "IFO vuxen", B_M_OPENED, LocalDate.of(2025, 5, 30), "M", "physical");
        }
        for (int i = 1; i <= 3; i++) {
            cases.row("B-O-" + i, person(B_O_OPENED, 70), "victim", "IFO vuxen", B_O_OPENED, "", "K", "economic");
        }
        List<String> childVictims = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String person = person(B_K_OPENED, 10);
            childVictims.add(person);
            cases.row(caseId("B-K", i), person, "child_victim", "IFO barn", B_K_OPENED, "", i <= 4 ? "K" : "M", "physical");
        }
        List<String> witnesses = new ArrayList<>();
        for (int i = 8; i <= 17; i++) {
            String person = person(B_K_OPENED, 8);
            witnesses.add(person);
            cases.row(caseId("B-K", i), person, "child_witness", "IFO barn", B_K_OPENED, "", "K", "physical");
        }
        List<String> perpetrators = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String person = person(B_K_OPENED, 40);
            perpetrators.add(person);
            cases.row(caseId("B-K", i), person, "perpetrator", "IFO vuxen", B_K_OPENED, "", "M", "physical");
        }
        cases.write(dir.resolve("cases.csv"));

        Table contacts = contacts();
        contacts(contacts, "B-IV", "IFO vuxen", LocalDate.of(2025, 1, 20), 40, 30, 12);
        contacts(contacts, "B-BI", "Bistånd", LocalDate.of(2025, 1, 21), 20, 10, 3);
        contacts(contacts, "B-MO", "Mottagning", LocalDate.of(2025, 1, 22), 3, 3, 0);
        contacts.write(dir.resolve("contacts.csv"));

        Table risk = risk();
        for (int i = 1; i <= 16; i++) {
            risk.row("B-R-K" + i, caseId("B-K", i), vk.get(i - 1), "FREDA_KORTFRAGOR", B_K_OPENED.plusDays(10), "medium",
                    "IFO vuxen");
        }
        for (int i = 1; i <= 2; i++) {
            risk.row("B-R-F" + i, caseId("B-K", i), vk.get(i - 1), "FREDA_FARLIGHET", B_K_OPENED.plusDays(19), "high",
                    "IFO vuxen");
        }
        for (int i = 1; i <= 6; i++) {
            risk.row("B-R-M" + i, "B-M-" + i, vm.get(i - 1), "SARA_SV", B_M_OPENED.plusDays(20), "medium", "IFO vuxen");
        }
        for (int i = 1; i <= 5; i++) {
            risk.row("B-R-C" + i, caseId("B-K", i), childVictims.get(i - 1), "FREDA_BESKRIVNING",
                    B_K_OPENED.plusDays(30), "low", "IFO barn");
        }
        risk.write(dir.resolve("risk_assessments.csv"));

        Table interventions = interventions();
        for (int i = 1; i <= 15; i++) {
            interventions.row("B-I-S" + i, caseId("B-K", i), vk.get(i - 1), "support_talks", B_K_OPENED.plusDays(2), "");
        }
        for (int i = 1; i <= 5; i++) {
            interventions.row("B-I-H" + i, caseId("B-K", i), vk.get(i - 1), "protected_housing", B_K_OPENED.plusDays(1),
                    B_K_OPENED.plusDays(40));
        }
        for (int i = 16; i <= 17; i++) {
            interventions.row("B-I-F" + i, caseId("B-K", i), vk.get(i - 1), "financial_aid", B_K_OPENED.plusDays(4), "");
        }
        for (int i = 1; i <= 8; i++) {
            interventions.row("B-I-C" + i, caseId("B-K", 7 + i), witnesses.get(i - 1), "child_support",
                    B_K_OPENED.plusDays(6), "");
        }
        for (int i = 1; i <= 6; i++) {
            interventions.row("B-I-P" + i, caseId("B-K", i), perpetrators.get(i - 1), "perpetrator_programme",
                    B_K_OPENED.plusDays(8), "");
        }
        interventions.write(dir.resolve("interventions.csv"));

        Table training = training();
        completions(training, "EMP-SOC-", 21, 28, "Socialtjänst", "employee", "basic", LocalDate.of(2025, 3, 10));
        completions(training, "EMP-ALD-", 11, 12, "Äldreomsorg", "employee", "basic", LocalDate.of(2025, 4, 10));
        completions(training, "POL-", 13, 15, "Politik", "elected", "elected_day", LocalDate.of(2025, 2, 5));
        training.write(dir.resolve("training.csv"));
        headcount().write(dir.resolve("headcount.csv"));
    }

    private static Object closedA(int caseNumber) {
        return caseNumber <= 10 ? LocalDate.of(2024, 11, 30) : "";
    }

    private static String caseId(String prefix, int number) {
        return String.format("%s-%02d", prefix, number);
    }

    /** A new person aged exactly {@code age} on {@code at}: born {@code age} years and 1 to 364 days before. */
    private String person(LocalDate at, int age) {
        for (int offset = 1; offset < 365; offset++) {
            PersonId id = TestPersonNumbers.personnummer(at.minusYears(age).minusDays(offset));
            if (handedOut.add(id)) {
                return id.format(PersonId.Form.TWELVE_DASH);
            }
        }
        throw new IllegalStateException("no birth date left for age " + age + " on " + at);
    }

    private void contacts(Table contacts, String prefix, String unit, LocalDate date, int total, int asked,
                          int disclosed) {
        for (int i = 1; i <= total; i++) {
            contacts.row(prefix + "-" + i, person(date, 40), unit, date, i <= asked ? "ja" : "nej",
                    i <= disclosed ? "ja" : "nej", "");
        }
    }

    private static void completions(Table training, String prefix, int from, int to, String department, String role,
                                    String course, LocalDate on) {
        for (int i = from; i <= to; i++) {
            training.row(prefix + i, department, department + " enhet", role, course, on);
        }
    }

    private static Table cases() {
        return new Table("case_id,person_id,role,unit,opened,closed,sex,violence_types");
    }

    private static Table contacts() {
        return new Table("contact_id,person_id,unit,contact_date,asked,disclosed,case_id");
    }

    private static Table risk() {
        return new Table("assessment_id,case_id,person_id,method,assessed_on,risk_level,unit");
    }

    private static Table interventions() {
        return new Table("intervention_id,case_id,person_id,type,start,end");
    }

    private static Table training() {
        return new Table("employee_id,department,unit,role,course,completed_on");
    }

    private static Table headcount() {
        Table headcount = new Table("department,unit,role,headcount");
        headcount.row("Socialtjänst", "Socialtjänst enhet", "employee", 40);
        headcount.row("Socialtjänst", "Socialtjänst enhet", "manager", 5);
        headcount.row("Äldreomsorg", "Äldreomsorg enhet", "employee", 30);
        headcount.row("Äldreomsorg", "Äldreomsorg enhet", "manager", 3);
        headcount.row("Politik", "Politik enhet", "elected", 20);
        return headcount;
    }

    /** A CSV file being written: a header and rows of plain values (none needs quoting). */
    private static final class Table {
        private final StringBuilder text = new StringBuilder();

        Table(String header) {
            text.append(header).append('\n');
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                text.append(i == 0 ? "" : ",").append(values[i]);
            }
            text.append('\n');
        }

        void write(Path file) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
