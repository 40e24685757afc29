package se.vinr.extract;

import static se.vinr.extract.FieldSpec.code;
import static se.vinr.extract.FieldSpec.codeList;
import static se.vinr.extract.FieldSpec.id;
import static se.vinr.extract.FieldSpec.optional;
import static se.vinr.extract.FieldSpec.required;

import java.util.List;
import java.util.Optional;

import se.vinr.extract.pseudonym.IdKind;

/**
 * The seven input files of an extract package and their fields, exactly as docs/contract.md#2-input-files
 * lists them; uniqueness keys and period rules from section 5a.
 *
 * @param eventDate the field whose date gives the person's age at the event, or null
 * @param uniqueKey the fields that together must be unique in the file ({@code duplicate_id})
 * @param notBeforePeriodStart date fields that must also not lie before the period's start
 */
public enum RecordKind {
    CASES("cases", "opened", List.of("case_id", "person_id", "role"), List.of(),
            id("case_id", IdKind.CASE, true),
            required("person_id", FieldType.PERSON_ID),
            code("role", true, "victim", "child_victim", "child_witness", "perpetrator"),
            required("unit", FieldType.TEXT),
            required("opened", FieldType.DATE),
            optional("closed", FieldType.DATE),
            code("sex", false, "K", "M", "X"),
            codeList("violence_types", false, "physical", "psychological", "sexual", "economic", "material",
                    "latent", "neglect", "honour", "child_marriage", "forced_marriage", "fgm", "trafficking"),
            code("relation", false, "partner", "former_partner", "parent", "child", "sibling",
                    "other_relative", "other"),
            optional("disability", FieldType.BOOLEAN),
            optional("lgbtq", FieldType.BOOLEAN),
            optional("foreign_background", FieldType.BOOLEAN)),
    CONTACTS("contacts", "contact_date", List.of("contact_id"), List.of("contact_date"),
            id("contact_id", IdKind.CONTACT, true),
            required("person_id", FieldType.PERSON_ID),
            required("unit", FieldType.TEXT),
            required("contact_date", FieldType.DATE),
            required("asked", FieldType.BOOLEAN),
            optional("disclosed", FieldType.BOOLEAN),
            id("case_id", IdKind.CASE, false)),
    RISK_ASSESSMENTS("risk_assessments", "assessed_on", List.of("assessment_id"), List.of(),
            id("assessment_id", IdKind.ASSESSMENT, true),
            id("case_id", IdKind.CASE, true),
            required("person_id", FieldType.PERSON_ID),
            code("method", true, "FREDA_KORTFRAGOR", "FREDA_BESKRIVNING", "FREDA_FARLIGHET", "SARA_SV",
                    "PATRIARK", "SAM", "OTHER"),
            required("assessed_on", FieldType.DATE),
            code("risk_level", false, "low", "medium", "high"),
            optional("unit", FieldType.TEXT)),
    INTERVENTIONS("interventions", "start", List.of("intervention_id"), List.of(),
            id("intervention_id", IdKind.INTERVENTION, true),
            id("case_id", IdKind.CASE, true),
            required("person_id", FieldType.PERSON_ID),
            code("type", true, "protected_housing", "support_talks", "financial_aid", "perpetrator_programme",
                    "child_support", "other"),
            required("start", FieldType.DATE),
            optional("end", FieldType.DATE)),
    TRAINING("training", null, List.of("employee_id", "course", "completed_on"), List.of(),
            id("employee_id", IdKind.EMPLOYEE, true),
            required("department", FieldType.TEXT),
            required("unit", FieldType.TEXT),
            code("role", true, "employee", "manager", "elected"),
            code("course", true, "basic", "advanced", "elected_day", "knowledge_day", "other"),
            required("completed_on", FieldType.DATE)),
    HEADCOUNT("headcount", null, List.of("department", "unit", "role"), List.of(),
            required("department", FieldType.TEXT),
            required("unit", FieldType.TEXT),
            code("role", true, "employee", "manager", "elected"),
            required("headcount", FieldType.INTEGER)),
    PLAN_STATUS("plan_status", null, List.of("activity_id"), List.of(),
            required("activity_id", FieldType.TEXT),
            code("status", true, "not_started", "ongoing", "done"),
            optional("value", FieldType.NUMBER),
            optional("comment", FieldType.FREE_TEXT));

    private final String baseName;
    private final String eventDate;
    private final List<String> uniqueKey;
    private final List<String> notBeforePeriodStart;
    private final List<FieldSpec> fields;

    RecordKind(String baseName, String eventDate, List<String> uniqueKey, List<String> notBeforePeriodStart,
               FieldSpec... fields) {
        this.baseName = baseName;
        this.eventDate = eventDate;
        this.uniqueKey = uniqueKey;
        this.notBeforePeriodStart = notBeforePeriodStart;
        this.fields = List.of(fields);
    }

    /** {@code cases}, {@code contacts}, ...: the table and Parquet name. */
    public String baseName() {
        return baseName;
    }

    public String csvName() {
        return baseName + ".csv";
    }

    public String parquetName() {
        return baseName + ".parquet";
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<String> eventDate() {
        return Optional.ofNullable(eventDate);
    }

    public List<String> uniqueKey() {
        return uniqueKey;
    }

    public List<String> notBeforePeriodStart() {
        return notBeforePeriodStart;
    }

    /** Only {@code cases.csv} must be present in a package; every other file is optional. */
    public boolean isRequiredFile() {
        return this == CASES;
    }

    public static Optional<RecordKind> byCsvName(String fileName) {
        for (RecordKind kind : values()) {
            if (kind.csvName().equalsIgnoreCase(fileName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
