package se.vinr.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.core.ProjectFiles;
import se.vinr.core.ProjectFiles;
import se.vinr.national.CsvReferenceImporter;
import se.vinr.national.NationalFigure;
import se.vinr.national.ReferenceStore;

class SyntheticReferenceFiguresTest {

    private static final MunicipalityCode HARNOSAND = new MunicipalityCode("2280");
    private static final SyntheticReferenceFigures FIGURES =
            SyntheticReferenceFigures.fromSeeds(ProjectFiles.of(Path.of("..", "seeds"), "seeds"));

    @TempDir
    static Path dir;

    private static List<NationalFigure> figures;

    @BeforeAll
    static void writeTwoHalfYears() {
        Path file = dir.resolve("figures.csv");
        int rows = FIGURES.write(HARNOSAND, Period.parse("2024H2"), Period.parse("2025H1"), 7, file);
        figures = new CsvReferenceImporter(new ReferenceStore(ProjectFiles.of(Path.of("..", "sql"), ProjectFiles.SQL),
                Clock.systemUTC())).parse(file).figures();
        assertThat(figures).hasSize(rows);
    }

    @Test
    void saysInEveryRowThatTheFiguresAreSynthetic() {
        assertThat(figures).extracting(NationalFigure::source).containsOnly(SyntheticReferenceFigures.SOURCE);
        assertThat(SyntheticReferenceFigures.SOURCE).contains("Syntetiska", "ej verklig statistik");
    }

    @Test
    void givesEveryOtherMunicipalityButNeverTheDemoMunicipality() {
        Map<String, List<String>> areasByIndicator = figures.stream()
                .filter(f -> f.year().equals("2025H1") && f.sex().equals("T") && f.area().matches("\\d{4}"))
                .collect(Collectors.groupingBy(NationalFigure::indicator,
                        Collectors.mapping(NationalFigure::area, Collectors.toList())));

        assertThat(areasByIndicator.keySet()).containsExactlyInAnyOrder("new_victims_rate", "new_children_rate",
                "screening_rate", "risk_assessed_share");
        // 290 municipalities less the demo's own; a few small ones hide a figure from 1 to 4 persons.
        assertThat(areasByIndicator.get("screening_rate")).hasSize(289).doesNotContain("2280");
        assertThat(areasByIndicator.get("risk_assessed_share")).hasSizeBetween(250, 289).doesNotContain("2280");
        assertThat(figures).extracting(NationalFigure::area).doesNotContain("2280");
    }

    @Test
    void aggregatesSwedenEveryCountyAndEveryMunicipalityGroupFromTheMunicipalities() {
        List<String> areas = figures.stream().filter(f -> f.year().equals("2024H2")
                && f.indicator().equals("screening_rate")).map(NationalFigure::area).toList();

        assertThat(areas).contains("riket", "22", "01", "kommungrupp:Mindre stad/tätort", "kommungrupp:Storstäder");
        assertThat(areas.stream().filter(a -> a.matches("\\d{2}"))).hasSize(21);
        assertThat(areas.stream().filter(a -> a.startsWith("kommungrupp:"))).hasSize(9);
        NationalFigure sweden = figure("screening_rate", "riket", "2024H2", "T");
        double shownDenominators = figures.stream().filter(f -> f.year().equals("2024H2")
                && f.indicator().equals("screening_rate") && f.area().matches("\\d{4}"))
                .mapToDouble(NationalFigure::denominator).sum();
        // Sweden includes the demo municipality's own draw, which is not shown.
        assertThat(sweden.denominator()).isGreaterThan(shownDenominators);
    }

    @Test
    void drawsAroundTheRatesTheDemoMunicipalityIsGeneratedWith() {
        // The second generated half-year: 60 % asked, about 65 % of new cases assessed within the half-year.
        assertThat(figure("screening_rate", "riket", "2025H1", "T").value()).isBetween(57.0, 63.0);
        assertThat(figure("risk_assessed_share", "riket", "2025H1", "T").value()).isBetween(60.0, 70.0);
        // 11 victims per 10,000 inhabitants of all ages is about 13-14 per 10,000 aged 20+.
        assertThat(figure("new_victims_rate", "riket", "2025H1", "T").value()).isBetween(12.0, 17.0);
        assertThat(figure("new_victims_rate", "riket", "2025H1", "K").value())
                .isGreaterThan(3 * figure("new_victims_rate", "riket", "2025H1", "M").value());
        // Municipalities differ: a spread well beyond chance alone in the large ones.
        List<Double> rates = figures.stream().filter(f -> f.indicator().equals("new_victims_rate")
                && f.year().equals("2025H1") && f.sex().equals("T") && f.area().matches("\\d{4}")
                && f.denominator() > 50_000).map(NationalFigure::value).sorted().toList();
        assertThat(rates.get(rates.size() - 1) / rates.get(0)).isGreaterThan(1.5);
    }

    @Test
    void showsNoMunicipalityFigureComputedFromOneToFourPersons() {
        for (NationalFigure f : figures) {
            if (f.area().matches("\\d{4}") && f.value() != null) {
                double scale = f.unit().equals("percent") ? 100 : 10_000;
                long numerator = Math.round(f.value() * f.denominator() / scale);
                assertThat(numerator >= 1 && numerator <= 4 || f.denominator() >= 1 && f.denominator() <= 4)
                        .as("%s %s %s %s", f.indicator(), f.area(), f.year(), f.sex()).isFalse();
            }
        }
    }

    @Test
    void hidesBothSexesWhereOneIsSmallButKeepsTheTotal() {
        List<String> withTotal = figures.stream().filter(f -> f.indicator().equals("new_victims_rate")
                && f.area().matches("\\d{4}") && f.sex().equals("T")).map(f -> f.area() + f.year()).toList();
        List<String> withWomen = figures.stream().filter(f -> f.indicator().equals("new_victims_rate")
                && f.area().matches("\\d{4}") && f.sex().equals("K")).map(f -> f.area() + f.year()).toList();
        List<String> withMen = figures.stream().filter(f -> f.indicator().equals("new_victims_rate")
                && f.area().matches("\\d{4}") && f.sex().equals("M")).map(f -> f.area() + f.year()).toList();

        assertThat(withWomen).isEqualTo(withMen);
        assertThat(withTotal).containsAll(withWomen).hasSizeGreaterThan(withWomen.size());
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        Period half = Period.parse("2025H1");
        FIGURES.write(HARNOSAND, half, half, 7, dir.resolve("a.csv"));
        FIGURES.write(HARNOSAND, half, half, 7, dir.resolve("b.csv"));
        FIGURES.write(HARNOSAND, half, half, 8, dir.resolve("c.csv"));

        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(Files.readString(dir.resolve("a.csv")));
        assertThat(Files.readString(dir.resolve("c.csv"))).isNotEqualTo(Files.readString(dir.resolve("a.csv")));
    }

    private static NationalFigure figure(String indicator, String area, String year, String sex) {
        return figures.stream().filter(f -> f.indicator().equals(indicator) && f.area().equals(area)
                && f.year().equals(year) && f.sex().equals(sex)).findFirst().orElseThrow();
    }
}
