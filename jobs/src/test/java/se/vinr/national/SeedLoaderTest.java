package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class SeedLoaderTest {

    @TempDir
    Path dir;

    private final SeedLoader loader = new SeedLoader(NationalTestSupport.store());

    private static final String EVERYTHING = "SELECT 'c', count(*) FROM ref.counties UNION ALL SELECT 'm', count(*) FROM"
            + " ref.municipalities UNION ALL SELECT 'p', count(*) FROM ref.population UNION ALL SELECT 'f', count(*) FROM"
            + " ref.national_figures UNION ALL SELECT 'b', count(*) FROM ref.series_breaks";

    @Test
    void loadsEverySeedFile() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            List<ImportResult> results = loader.load(warehouse, fixture("seeds"));

            assertThat(results).extracting(ImportResult::format).containsExactly("seed:counties.csv",
                    "seed:municipalities.csv", "seed:population.csv", "seed:national_reference.csv", "seed:kolada_figures.csv",
                    "seed:kolada_groups.csv", "seed:series_breaks.csv");
            assertThat(rows(warehouse, EVERYTHING)).containsExactly("c|3", "m|3", "p|10", "f|8", "b|1");
            assertThat(rows(warehouse, "SELECT municipality_name, county_code, skr_group_code FROM ref.municipalities"
                    + " WHERE municipality_code = '2280'")).containsExactly("Härnösand|22|C6");
            assertThat(rows(warehouse, "SELECT population FROM ref.population WHERE municipality_code = '2280'"
                    + " AND year = 2021 AND sex = 'T' AND age_group = '20+'")).containsExactly("19429");
            assertThat(rows(warehouse, "SELECT area, year, year_num, value FROM ref.national_figures"
                    + " WHERE reference_id IS NOT NULL ORDER BY reference_id"))
                    .containsExactly("riket||null|150000.0", "riket|2022|2022|15.2", "0127|2024|2024|95905.0",
                            "riket|2021|2021|1.0452326E7", "32 kommuner|2021-2023|null|2090.0");
            assertThat(rows(warehouse, "SELECT break_date, scope FROM ref.series_breaks")).containsExactly("2022-11-01|all");
        }
    }

    @Test
    void loadsKoladaValuesWithTheirUnitDomainAndSource() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            loader.load(warehouse, fixture("seeds"));

            assertThat(rows(warehouse, "SELECT indicator, area, year, value, unit, domain FROM ref.national_figures"
                    + " WHERE reference_id IS NULL ORDER BY indicator"))
                    .containsExactly("N07402|riket|2021|13.30804|per_100000|bra_kolada",
                            "U30750|0192|2022|39.4|per_10000|kolada", "U30751|2183|2022|12.8|per_10000|kolada");
            assertThat(rows(warehouse, "SELECT source FROM ref.national_figures WHERE indicator = 'U30750'"))
                    .containsExactly("Källa: Kolada (RKA), U30750 Vuxna (18+) som aktualiserats i individ- och"
                            + " familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, antal/10 000"
                            + " vuxna invånare, https://www.kolada.se/verktyg/fri-sokning/?kpis=U30750 (via"
                            + " open-numbers/ddf--kolada--dump, commit 8501d5c)");
        }
    }

    @Test
    void loadsTheShippedSeedsWithTheRealKoladaValues() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            loader.load(warehouse, Path.of("..", "seeds"));

            assertThat(rows(warehouse, "SELECT count(*) FROM ref.national_figures WHERE indicator = 'U30750'"
                    + " AND year = '2022' AND regexp_full_match(area, '[0-9]{4}')")).containsExactly("96");
            assertThat(rows(warehouse, "SELECT title, count(*) FROM ref.peer_groups WHERE group_id = 'G36529'"
                    + " GROUP BY title")).containsExactly("Liknande kommuner IFO, Härnösand, 2022|7");
            assertThat(rows(warehouse, "SELECT value FROM ref.national_figures WHERE indicator = 'U30750'"
                    + " AND area = '1281' AND year = '2022'")).containsExactly("16.4");
            assertThat(rows(warehouse, "SELECT value FROM ref.national_figures WHERE indicator = 'N07402'"
                    + " AND area = '1281' AND year = '2021'")).containsExactly("6.28061");
            assertThat(rows(warehouse, "SELECT population FROM ref.population WHERE municipality_code = '0000'"
                    + " AND year = 2022 AND sex = 'T' AND age_group = 'total'")).containsExactly("10521556");
            assertThat(rows(warehouse, "SELECT population FROM ref.population WHERE municipality_code = '1281'"
                    + " AND year = 2022 AND sex = 'K' AND age_group = 'total'")).hasSize(1);
        }
    }

    @Test
    void loadingTheSeedsAgainReplacesThem() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            loader.load(warehouse, fixture("seeds"));
            List<String> once = rows(warehouse, "SELECT * EXCLUDE (import_id) FROM ref.population ORDER BY ALL");

            List<ImportResult> again = loader.load(warehouse, fixture("seeds"));

            assertThat(rows(warehouse, "SELECT * EXCLUDE (import_id) FROM ref.population ORDER BY ALL")).isEqualTo(once);
            assertThat(rows(warehouse, EVERYTHING)).containsExactly("c|3", "m|3", "p|10", "f|8", "b|1");
            assertThat(again).extracting(ImportResult::changes).containsOnly(0L);
        }
    }

    @Test
    void rowsDroppedFromASeedFileAreRemovedButOtherImportsStay() throws Exception {
        Path seeds = copyOfSeeds();
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            loader.load(warehouse, seeds);
            new CsvReferenceImporter(NationalTestSupport.store()).importFile(warehouse, fixture("national.csv"));
            List<String> lines = Files.readAllLines(seeds.resolve("population.csv"));
            Files.write(seeds.resolve("population.csv"), lines.subList(0, lines.size() - 1));

            loader.load(warehouse, seeds);

            assertThat(rows(warehouse, EVERYTHING)).containsExactly("c|3", "m|3", "p|9", "f|12", "b|1");
        }
    }

    @Test
    void aSeedsFolderMadeBeforeTheKoladaSeedsStillLoads() throws Exception {
        Path seeds = copyOfSeeds();
        for (String file : List.of("kolada_figures.csv", "kolada_kpis.csv", "kolada_groups.csv")) {
            Files.delete(seeds.resolve(file));
        }
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            assertThat(loader.load(warehouse, seeds)).extracting(ImportResult::format).containsExactly(
                    "seed:counties.csv", "seed:municipalities.csv", "seed:population.csv",
                    "seed:national_reference.csv", "seed:series_breaks.csv");
        }
    }

    @Test
    void namesAMissingSeedFile() throws Exception {
        Path seeds = copyOfSeeds();
        Files.delete(seeds.resolve("series_breaks.csv"));
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            assertThatThrownBy(() -> loader.load(warehouse, seeds))
                    .isInstanceOf(NationalImportException.class)
                    .hasMessageContaining("series_breaks.csv is missing");
            assertThat(rows(warehouse, EVERYTHING)).containsOnly("c|0", "m|0", "p|0", "f|0", "b|0");
        }
    }

    private Path copyOfSeeds() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (var files = Files.list(fixture("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        return seeds;
    }
}
