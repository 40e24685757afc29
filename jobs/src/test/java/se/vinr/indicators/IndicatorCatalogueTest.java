package se.vinr.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.model.IndicatorDefinition;
import se.vinr.reports.model.Polarity;
import se.vinr.reports.model.Unit;

class IndicatorCatalogueTest {

    private static final String VALID = """
            -- id: %s
            -- title_sv: Antal
            -- title_en: Number
            -- description_sv: Beskrivning
            --   som fortsätter.
            -- description_en: Description
            -- unit: count
            -- numerator: rows
            -- denominator: none
            -- polarity: neither
            -- portable: yes
            --
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
    void readsTheHeaderIntoTheReportsDefinitionAndTheSpec() {
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
    void anAddedFileIsAnAddedIndicator() throws IOException {
        write("first_indicator", VALID.formatted("first_indicator"));
        assertThat(IndicatorCatalogue.fromDirectory(sqlRoot).specs()).extracting(IndicatorSpec::id)
                .containsExactly("first_indicator");

        write("second_indicator", VALID.formatted("second_indicator"));
        IndicatorCatalogue catalogue = IndicatorCatalogue.fromDirectory(sqlRoot);
        assertThat(catalogue.specs()).extracting(IndicatorSpec::id).containsExactly("first_indicator", "second_indicator");
        assertThat(catalogue.get("second_indicator").definition().descriptionSv()).isEqualTo("Beskrivning som fortsätter.");
        assertThat(catalogue.get("second_indicator").sql()).endsWith("FROM core.periods");
    }

    @Test
    void rejectsAnUnknownUnitNamingTheFile() throws IOException {
        write("bad", VALID.formatted("bad").replace("unit: count", "unit: kronor"));
        assertRejected("bad.sql", "unknown unit 'kronor'");
    }

    @Test
    void rejectsAnUnknownPolarity() throws IOException {
        write("bad", VALID.formatted("bad").replace("polarity: neither", "polarity: up"));
        assertRejected("bad.sql", "unknown polarity 'up'");
    }

    @Test
    void rejectsAFileWithoutId() throws IOException {
        write("bad", VALID.formatted("bad").replace("-- id: bad\n", ""));
        assertRejected("bad.sql", "lacks '-- id");
    }

    @Test
    void rejectsAnIdThatDiffersFromTheFileName() throws IOException {
        write("bad", VALID.formatted("other"));
        assertRejected("bad.sql", "name the file other.sql");
    }

    @Test
    void rejectsAMisspeltKey() throws IOException {
        write("bad", VALID.formatted("bad").replace("polarity:", "polartiy:"));
        assertRejected("bad.sql", "unknown header key 'polartiy'");
    }

    @Test
    void rejectsANonPortableQueryWithoutAReason() throws IOException {
        write("bad", VALID.formatted("bad").replace("portable: yes", "portable: no"));
        assertRejected("bad.sql", "needs the reason");
    }

    @Test
    void rejectsAHeaderWithoutAQuery() throws IOException {
        String header = VALID.formatted("bad");
        write("bad", header.substring(0, header.indexOf("SELECT")));
        assertRejected("bad.sql", "no query");
    }

    @Test
    void rejectsAnEmptyFolder() throws IOException {
        Files.createDirectories(sqlRoot.resolve("indicators"));
        assertThatThrownBy(() -> IndicatorCatalogue.fromDirectory(sqlRoot))
                .isInstanceOf(InvalidIndicatorFileException.class).hasMessageContaining("No indicator files");
    }

    @Test
    void readsTheSameCatalogueFromAJarOnTheClassPath() throws IOException {
        Path jar = sqlRoot.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("sql/"));
            out.putNextEntry(new JarEntry("sql/indicators/"));
            for (String path : SqlFiles.directory(ProjectSql.root()).list(IndicatorCatalogue.FOLDER)) {
                out.putNextEntry(new JarEntry("sql/" + path));
                out.write(Files.readAllBytes(ProjectSql.root().resolve(path)));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            IndicatorCatalogue fromJar = IndicatorCatalogue.load(SqlFiles.classpath(loader));
            assertThat(fromJar.specs()).extracting(IndicatorSpec::id)
                    .containsExactlyElementsOf(ProjectSql.catalogue().specs().stream().map(IndicatorSpec::id).toList());
            assertThat(fromJar.get("new_cases").file()).isEqualTo("classpath:sql/indicators/new_cases.sql");
            assertThat(fromJar.get("new_cases").sql()).isEqualTo(ProjectSql.catalogue().get("new_cases").sql());
        }
    }

    private void write(String id, String text) throws IOException {
        Path dir = Files.createDirectories(sqlRoot.resolve("indicators"));
        try (OutputStream out = Files.newOutputStream(dir.resolve(id + ".sql"))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void assertRejected(String fileName, String problem) {
        assertThatThrownBy(() -> IndicatorCatalogue.fromDirectory(sqlRoot))
                .isInstanceOf(InvalidIndicatorFileException.class)
                .hasMessageContaining(fileName)
                .hasMessageContaining(problem);
    }
}
