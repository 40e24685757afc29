package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class PxWebImporterTest {

    @TempDir
    Path dir;

    private final PxWebImporter importer = new PxWebImporter(NationalTestSupport.store());

    // The fixture's values: Sweden men 50000 + age, women 49000 + age; Härnösand men 100 + age % 10,
    // women 90 + age % 10, the women's 100+ not published (".."). Age 100+ counts as 100.

    @Test
    void sumsSingleYearsOfAgeIntoTheContractsBandsPerSex() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = importer.importFile(warehouse, fixture("pxweb-TAB638.json"));

            assertThat(rows(warehouse, "SELECT age_group, population FROM ref.population"
                    + " WHERE municipality_code = '0000' AND sex = 'M' ORDER BY age_group"))
                    .containsExactly("0-17|900153", "18+|4154897", "18-24|350147", "25-44|1000690", "45-64|1001090",
                            "65-79|751080", "80+|1051890", "total|5055050");
            assertThat(rows(warehouse, "SELECT sex, population, derived FROM ref.population"
                    + " WHERE municipality_code = '0000' AND age_group = 'total' ORDER BY sex"))
                    .containsExactly("K|4954050|true", "M|5055050|true", "T|10009100|true");
            assertThat(rows(warehouse, "SELECT DISTINCT year, source FROM ref.population"))
                    .containsExactly("2024|scb_pxweb:pxweb-TAB638.json");
            assertThat(result.rows()).isEqualTo(3 * 8 + 8 + 5 + 5);
        }
    }

    @Test
    void leavesOutGroupsThatNeedAnUnpublishedValueAndSaysSo() throws Exception {
        ImportBatch batch = importer.parse(fixture("pxweb-TAB638.json"));

        assertThat(batch.population()).filteredOn(p -> p.region().equals("2280") && p.sex().equals("K"))
                .extracting(PopulationFigure::ageGroup).containsExactly("0-17", "18-24", "25-44", "45-64", "65-79");
        assertThat(batch.population()).filteredOn(p -> p.region().equals("2280") && p.sex().equals("T"))
                .extracting(p -> p.ageGroup() + "=" + p.population())
                .containsExactly("0-17=3566", "18-24=1384", "25-44=3980", "45-64=3980", "65-79=3010");
        assertThat(batch.warnings()).containsExactly("region 2280, 2024, sex K: 80+, 18+, total left out, because the file"
                + " lacks an age or a value they need");
    }

    @Test
    void refusesADatasetWhoseValuesDoNotFillItsDimensions() {
        assertThatThrownBy(() -> importer.parse(fixture("pxweb-bad-size.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("pxweb-bad-size.json has 401 values but its dimensions make 404 cells");
    }

    @Test
    void refusesAnUnknownSexCode() {
        assertThatThrownBy(() -> importer.parse(fixture("pxweb-bad-kon.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("pxweb-bad-kon.json: Kon '3' is not SCB's 1 (men), 2 (women), 1+2 or TotSa (both)");
    }

    @Test
    void storesTheTotalOfATableWithoutAges() {
        ImportBatch batch = importer.parse(fixture("pxweb-no-alder.json"));

        assertThat(batch.population()).extracting(p -> p.region() + " " + p.sex() + " " + p.ageGroup() + " "
                + p.population() + " " + p.derived())
                .containsExactly("2280 M total 12000 false", "2280 K total 13000 false", "2280 T total 25000 true");
    }

    @Test
    void refusesAFileThatIsNotPxWeb() {
        assertThatThrownBy(() -> importer.parse(fixture("kolada-N07402.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessageStartingWith("kolada-N07402.json is not a PxWeb answer vinr reads");
    }

    @Test
    void recordsPopulationChangesBetweenImports() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir);
             var insert = warehouse.connection().createStatement()) {
            insert.execute("INSERT INTO ref.imports VALUES (1, 'earlier', 'pxweb', 'x', now(), 1)");
            insert.execute("INSERT INTO ref.population VALUES ('2280', 2024, 'M', 'total', 10000, 'earlier', true, 1)");

            ImportResult result = importer.importFile(warehouse, fixture("pxweb-TAB638.json"));

            assertThat(result.changes()).isEqualTo(1);
            assertThat(rows(warehouse, "SELECT dataset, indicator, area, year, sex, old_value, new_value FROM ref.import_changes"))
                    .containsExactly("population|total|2280|2024|M|10000.0|10550.0");
        }
    }
}
