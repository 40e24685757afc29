package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.ProjectFiles;
import se.vinr.reports.model.ChartHint;
import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

class IndicatorCatalogueTest {

    private static final String MODEL = """
            title:
              sv: Antal
              en: Number
            definition:
              sv: >-
                Beskrivning
                som fortsätter.
              en: Description
            unit: count
            numerator: rows
            denominator: none
            polarity: neither
            portable: true
            """;

    private static final String QUERY = """
            -- A free comment: with a colon.
            SELECT municipality, period, 'all' AS breakdown, CAST(1 AS DOUBLE) AS numerator,
                   CAST(NULL AS DOUBLE) AS denominator, CAST(NULL AS DOUBLE) AS value
            FROM core.periods;
            """;

    @TempDir
    Path sqlRoot;

    @Test
    void readsEveryIndicatorTheActionPlansCanReferTo() {
        // The catalogue ids listed in seeds/plans/README.md.
        assertThat(ProjectSql.catalogue().specs()).extracting(IndicatorSpec::id).containsExactly(
                "active_cases", "days_to_risk_assessment", "disclosed_led_to_case", "disclosure_rate",
                "elected_trained_share", "honour_cases", "interventions", "interventions_per_victim_case",
                "new_cases", "new_cases_by_violence_type", "new_cases_vulnerable_groups", "new_children_rate",
                "new_victims_rate", "perpetrator_programme_share", "repeat_victimisation_12m",
                "repeat_victimisation_24m", "risk_assessed_share", "risk_assessments", "screening_rate",
                "training_advanced_coverage", "training_basic_coverage", "training_completions");
    }

    @Test
    void readsTheModelIntoTheReportsDefinitionAndTheSpec() {
        IndicatorSpec screening = ProjectSql.catalogue().get("screening_rate");
        IndicatorDefinition definition = screening.definition();
        assertThat(definition.unit()).isEqualTo(Unit.PERCENT);
        assertThat(definition.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(definition.subGoal()).isEqualTo("D3");
        assertThat(definition.referenceSource()).isEmpty();
        assertThat(definition.titleSv()).isEqualTo("Andel nya kontakter där frågan om våld ställdes");
        assertThat(definition.descriptionEn()).startsWith("Of all new contacts").endsWith("In total and by unit.");
        assertThat(screening.goal()).hasValue(100.0);
        assertThat(screening.additive()).containsExactly(new AdditiveGroup("unit", "all"));
        assertThat(screening.portable()).isTrue();

        IndicatorSpec rate = ProjectSql.catalogue().get("new_victims_rate");
        assertThat(rate.population()).contains(new PopulationBasis("18+", Optional.of("20+")));
        assertThat(rate.goal()).isEmpty();
        assertThat(ProjectSql.catalogue().get("new_cases").additive()).containsExactly(
                new AdditiveGroup("sex", "role=victim"), new AdditiveGroup("age_band", "role=victim"),
                new AdditiveGroup("age_band", "role=victim;sex=*"), new AdditiveGroup("sex", "role=victim;age_band=*"));
        assertThat(ProjectSql.catalogue().get("days_to_risk_assessment").portabilityNote()).contains("SQL:2008");
        assertThat(ProjectSql.catalogue().get("screening_rate").definition().charts())
                .containsExactlyInAnyOrder(ChartHint.P_CHART, ChartHint.BY_UNIT);
        assertThat(ProjectSql.catalogue().get("risk_assessed_share").definition().referenceSource()).startsWith("SKR");
    }

    @Test
    void everyProjectIndicatorHasBothLanguagesAndNoTrailingSemicolon() {
        for (IndicatorSpec spec : ProjectSql.catalogue().specs()) {
            IndicatorDefinition d = spec.definition();
            assertThat(List.of(d.titleSv(), d.titleEn(), d.descriptionSv(), d.descriptionEn(),
                    d.numeratorDefinition(), d.denominatorDefinition())).as(spec.id()).allSatisfy(
                            text -> assertThat(text).isNotBlank());
            assertThat(spec.sql()).as(spec.id()).doesNotEndWith(";");
        }
    }

    @Test
    void anAddedModelIsAnAddedIndicator() throws IOException {
        write("first_indicator", MODEL, QUERY);
        assertThat(IndicatorCatalogue.fromDirectory(sqlRoot).specs()).extracting(IndicatorSpec::id)
                .containsExactly("first_indicator");

        write("second_indicator", MODEL, QUERY);
        IndicatorCatalogue catalogue = IndicatorCatalogue.fromDirectory(sqlRoot);
        assertThat(catalogue.specs()).extracting(IndicatorSpec::id).containsExactly("first_indicator", "second_indicator");
        assertThat(catalogue.get("second_indicator").definition().descriptionSv()).isEqualTo("Beskrivning som fortsätter.");
        assertThat(catalogue.get("second_indicator").sql()).endsWith("FROM core.periods");
    }

    @Test
    void aTestFileBesideTheModelIsNoModel() throws IOException {
        write("first_indicator", MODEL, QUERY);
        Files.writeString(sqlRoot.resolve("indicators/first_indicator.test.yml"), "cases: []\n");
        assertThat(IndicatorCatalogue.fromDirectory(sqlRoot).specs()).extracting(IndicatorSpec::id)
                .containsExactly("first_indicator");
    }

    @Test
    void rejectsAnUnknownUnitNamingTheFile() throws IOException {
        write("bad", MODEL.replace("unit: count", "unit: kronor"), QUERY);
        assertRejected("bad.yml", "unknown unit 'kronor'");
    }

    @Test
    void rejectsAnUnknownPolarity() throws IOException {
        write("bad", MODEL.replace("polarity: neither", "polarity: up"), QUERY);
        assertRejected("bad.yml", "unknown polarity 'up'");
    }

    @Test
    void rejectsAModelWithoutTitle() throws IOException {
        write("bad", MODEL.replace("  en: Number\n", ""), QUERY);
        assertRejected("bad.yml", "lacks 'title.en:'");
    }

    @Test
    void rejectsAQueryWithoutModel() throws IOException {
        write("good", MODEL, QUERY);
        Files.writeString(sqlRoot.resolve("indicators/orphan.sql"), QUERY);
        assertRejected("orphan.sql", "write what it means in orphan.yml");
    }

    @Test
    void rejectsAModelWithoutQuery() throws IOException {
        write("bad", MODEL, QUERY);
        Files.delete(sqlRoot.resolve("indicators/bad.sql"));
        assertRejected("bad.yml", "no query beside it");
    }

    @Test
    void rejectsAMisspeltKey() throws IOException {
        write("bad", MODEL.replace("polarity:", "polartiy:"), QUERY);
        assertRejected("bad.yml", "polartiy");
    }

    @Test
    void rejectsANonPortableQueryWithoutAReason() throws IOException {
        write("bad", MODEL.replace("portable: true", "portable: false"), QUERY);
        assertRejected("bad.yml", "needs a portability_note");
    }

    @Test
    void rejectsAQueryFileWithOnlyComments() throws IOException {
        write("bad", MODEL, "-- nothing yet\n;\n");
        assertRejected("bad.sql", "no query");
    }

    @Test
    void rejectsAnUnknownChart() throws IOException {
        write("bad", MODEL + "charts: [pie]\n", QUERY);
        assertRejected("bad.yml", "unknown chart 'pie'");
    }

    @Test
    void rejectsASharedCountOfAnIndicatorNotInTheCatalogue() throws IOException {
        write("bad", MODEL + """
                shared_counts:
                  sums:
                    - total: {breakdown: all}
                      parts:
                        - {indicator: missing_one, breakdown: all}
                """, QUERY);
        assertRejected("bad.yml", "'missing_one', which is not in the catalogue");
    }

    @Test
    void readsSharedCountsWithTheirDefaults() throws IOException {
        write("part", MODEL, QUERY);
        write("whole", MODEL + """
                cumulative: true
                shared_counts:
                  assumed_additive: [role]
                  subset_key: group
                  sums:
                    - total: {breakdown: role=victim, count: denominator}
                      parts:
                        - {indicator: part}
                  same_as:
                    - {indicator: part, count: denominator}
                  contains:
                    - whole: {breakdown: all}
                      part: {indicator: part, breakdown: role=victim}
                """, QUERY);
        IndicatorSpec whole = IndicatorCatalogue.fromDirectory(sqlRoot).get("whole");
        SharedCounts shared = whole.shared();
        assertThat(whole.cumulative()).isTrue();
        assertThat(shared.assumedAdditive()).containsExactly(new AdditiveGroup("role", "all"));
        assertThat(shared.subsetKey()).contains("group");
        assertThat(shared.sums()).containsExactly(new SharedCounts.Sum(
                new SharedCounts.Ref("whole", "role=victim", SharedCounts.Count.DENOMINATOR),
                List.of(new SharedCounts.Ref("part", "all", SharedCounts.Count.NUMERATOR))));
        assertThat(shared.sameAs()).containsExactly(new SharedCounts.Ref("part", "all", SharedCounts.Count.DENOMINATOR));
        assertThat(shared.contains()).containsExactly(new SharedCounts.Contains(
                new SharedCounts.Ref("whole", "all", SharedCounts.Count.NUMERATOR),
                new SharedCounts.Ref("part", "role=victim", SharedCounts.Count.NUMERATOR)));
    }

    @Test
    void rejectsAnEmptyFolder() throws IOException {
        Files.createDirectories(sqlRoot.resolve("indicators"));
        assertThatThrownBy(() -> IndicatorCatalogue.fromDirectory(sqlRoot))
                .isInstanceOf(InvalidIndicatorFileException.class).hasMessageContaining("No indicator models");
    }

    @Test
    void readsTheSameCatalogueFromAJarOnTheClassPath() throws IOException {
        Path jar = sqlRoot.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("sql/"));
            out.putNextEntry(new JarEntry("sql/indicators/"));
            ProjectFiles project = ProjectFiles.of(ProjectSql.root(), ProjectFiles.SQL);
            for (String path : Stream.concat(project.list(IndicatorCatalogue.FOLDER, ".sql").stream(),
                    project.list(IndicatorCatalogue.FOLDER, ".yml").stream()).toList()) {
                out.putNextEntry(new JarEntry("sql/" + path));
                out.write(Files.readAllBytes(ProjectSql.root().resolve(path)));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            IndicatorCatalogue fromJar = IndicatorCatalogue.load(ProjectFiles.packaged(ProjectFiles.SQL, loader));
            assertThat(fromJar.specs()).extracting(IndicatorSpec::id)
                    .containsExactlyElementsOf(ProjectSql.catalogue().specs().stream().map(IndicatorSpec::id).toList());
            assertThat(fromJar.get("new_cases").file()).isEqualTo("classpath:sql/indicators/new_cases.sql");
            assertThat(fromJar.get("new_cases").sql()).isEqualTo(ProjectSql.catalogue().get("new_cases").sql());
        }
    }

    private void write(String id, String model, String query) throws IOException {
        Path dir = Files.createDirectories(sqlRoot.resolve("indicators"));
        Files.writeString(dir.resolve(id + ".yml"), model, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(id + ".sql"), query, StandardCharsets.UTF_8);
    }

    private void assertRejected(String fileName, String problem) {
        assertThatThrownBy(() -> IndicatorCatalogue.fromDirectory(sqlRoot))
                .isInstanceOf(InvalidIndicatorFileException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(problem);
    }
}
