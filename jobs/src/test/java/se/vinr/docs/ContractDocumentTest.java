package se.vinr.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.vinr.cli.ExitCodes;
import se.vinr.extract.FieldSpec;
import se.vinr.extract.FieldType;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import se.vinr.extract.person.AgeBand;
import se.vinr.reports.model.Comparison;
import se.vinr.reports.model.Unit;
import se.vinr.reports.tables.IndicatorsCsvWriter;

/**
 * docs/contract.md is what analysts and the coordinator read; these tests compare its tables with the
 * code, so that the page and the program cannot drift apart unnoticed.
 */
class ContractDocumentTest {

    private static final MarkdownPage CONTRACT = MarkdownPage.read("docs/contract.md");

    /** How the page names each field type. */
    private static final Map<String, FieldType> TYPE_WORDS = Map.of(
            "id", FieldType.ID, "person id", FieldType.PERSON_ID, "text", FieldType.TEXT, "code", FieldType.CODE,
            "code list", FieldType.CODE_LIST, "date", FieldType.DATE, "yes/no", FieldType.BOOLEAN,
            "integer", FieldType.INTEGER, "number", FieldType.NUMBER, "free text", FieldType.FREE_TEXT);

    @Test
    void listsTheRejectReasonsInTheOrderTheValidatorJudgesThem() {
        MarkdownPage.Table reasons = CONTRACT.section("4.").table("order", "reason", "the row is rejected when");

        assertThat(reasons.codes("reason"))
                .containsExactly(Arrays.stream(RejectReason.values()).map(RejectReason::code).toArray(String[]::new));
        assertThat(reasons.column("order")).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, RejectReason.values().length).mapToObj(Integer::toString)
                        .toArray(String[]::new));
    }

    @Test
    void describesExactlyTheInputFilesTheExtractReads() {
        List<String> fileHeadings = CONTRACT.section("2.").headings().stream()
                .flatMap(heading -> MarkdownPage.code(heading).stream()).toList();

        assertThat(fileHeadings)
                .containsExactly(Arrays.stream(RecordKind.values()).map(RecordKind::csvName).toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void listsEachFieldOfAnInputFileWithWhetherItIsRequiredItsTypeAndItsCodes(RecordKind kind) {
        MarkdownPage.Table fields = CONTRACT.section("2.").section("`" + kind.csvName() + "`")
                .table("field", "required", "type", "accepted values");

        assertThat(fields.codes("field"))
                .containsExactly(kind.fields().stream().map(FieldSpec::name).toArray(String[]::new));
        for (FieldSpec field : kind.fields()) {
            String name = "`" + field.name() + "`";
            assertThat(fields.cell(name, "required")).as(name).isEqualTo(field.required() ? "yes" : "no");
            assertThat(TYPE_WORDS.get(fields.cell(name, "type"))).as(name).isEqualTo(field.type());
            if (!field.codes().isEmpty()) {
                assertThat(MarkdownPage.code(fields.cell(name, "accepted values"))).as(name)
                        .containsExactlyElementsOf(field.codes());
            }
        }
    }

    @Test
    void givesTheUniqueKeyOfEveryFileForDuplicateIds() {
        MarkdownPage.Table keys = CONTRACT.section("4.").table("file", "unique key");
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (List<String> row : keys.rows()) {
            documented.put(MarkdownPage.code(row.get(0)).get(0), MarkdownPage.code(row.get(1)));
        }
        Map<String, List<String>> coded = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            coded.put(kind.csvName(), kind.uniqueKey());
        }

        assertThat(documented).containsExactlyEntriesOf(coded);
    }

    @Test
    void listsTheAgeBandsDerivedFromThePersonId() {
        assertThat(CONTRACT.section("3.").table("age band").codes("age band"))
                .containsExactly(Arrays.stream(AgeBand.values()).map(AgeBand::label).toArray(String[]::new));
    }

    @Test
    void givesTheColumnsOfIndicatorsCsvInTheOrderTheWriterWritesThem() {
        MarkdownPage.Table columns = CONTRACT.section("5.").section("`indicators.csv`").table("column", "content");

        assertThat(columns.codes("column")).containsExactlyElementsOf(IndicatorsCsvWriter.COLUMNS);
    }

    @Test
    void namesEveryUnitAndComparisonCodeOfIndicatorsCsv() {
        MarkdownPage.Table columns = CONTRACT.section("5.").section("`indicators.csv`").table("column", "content");

        assertThat(MarkdownPage.code(columns.cell("`unit`", "content")))
                .containsExactly(Arrays.stream(Unit.values()).map(Unit::code).toArray(String[]::new));
        assertThat(MarkdownPage.code(columns.cell("`comparison`", "content")))
                .containsExactly(Arrays.stream(Comparison.values()).map(Comparison::code).toArray(String[]::new));
    }

    @Test
    void givesEveryExitCodeTheProgramUses() throws IllegalAccessException {
        Map<Integer, String> coded = new TreeMap<>();
        for (Field field : ExitCodes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                coded.put(field.getInt(null), field.getName());
            }
        }

        assertThat(CONTRACT.section("7.").table("exit code", "meaning").column("exit code"))
                .containsExactly(coded.keySet().stream().map(String::valueOf).toArray(String[]::new));
    }

    @Test
    void definesOnlyIndicatorsThatHaveAFileInTheCatalogue() {
        List<String> ids = CONTRACT.section("5a.").table("id", "unit", "definition").codes("id");

        assertThat(ids).isNotEmpty().allSatisfy(id ->
                assertThat(MarkdownPage.ROOT.resolve("sql/indicators/" + id + ".sql")).as(id).exists());
    }

    @Test
    void linksOnlyToSectionsThatExist() {
        Matcher links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(CONTRACT.text());
        List<String> targets = new java.util.ArrayList<>();
        while (links.find()) {
            targets.add(links.group(1));
        }

        assertThat(targets).isNotEmpty();
        assertThat(CONTRACT.anchors()).containsAll(targets);
    }

    @Test
    void linksOnlyToFilesThatExist() {
        Matcher links = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(CONTRACT.text());
        while (links.find()) {
            assertThat(Files.exists(MarkdownPage.ROOT.resolve("docs").resolve(links.group(1))))
                    .as(links.group(1)).isTrue();
        }
    }
}
