package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class KoladaImporterTest {

    @TempDir
    Path dir;

    private static final String SOURCE = "Källa: Kolada (RKA), N07402, https://www.kolada.se/verktyg/fri-sokning/?kpis=N07402";

    private final KoladaImporter importer = new KoladaImporter(NationalTestSupport.store());

    @Test
    void importsEachGenderValueWithTheContractsAreaCodes() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = importer.importFile(warehouse, fixture("kolada-N07402.json"));

            assertThat(result.rows()).isEqualTo(6);
            assertThat(result.changes()).isZero();
            assertThat(result.format()).isEqualTo("kolada");
            assertThat(rows(warehouse, "SELECT indicator, area, year, sex, value, year_num, source FROM ref.national_figures"
                    + " ORDER BY area, sex"))
                    .containsExactly("N07402|1281|2021|T|6.28061|2021|" + SOURCE,
                            "N07402|22|2021|T|null|2021|" + SOURCE,
                            "N07402|2280|2022|K|12.5|2022|" + SOURCE,
                            "N07402|2280|2022|M|9.5|2022|" + SOURCE,
                            "N07402|2280|2022|T|11.0|2022|" + SOURCE,
                            "N07402|riket|2021|T|9.1|2021|" + SOURCE);
            assertThat(rows(warehouse, "SELECT import_id, format, rows FROM ref.imports")).containsExactly("1|kolada|6");
        }
    }

    @Test
    void recordsEveryValueThatALaterImportChanges() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            importer.importFile(warehouse, fixture("kolada-N07402.json"));

            ImportResult revised = importer.importFile(warehouse, fixture("kolada-N07402-revised.json"));

            assertThat(revised.changes()).isEqualTo(2);
            assertThat(rows(warehouse, "SELECT import_id, previous_import_id, dataset, indicator, area, year, sex, old_value,"
                    + " new_value FROM ref.import_changes ORDER BY area"))
                    .containsExactly("2|1|national_figures|N07402|22|2021|T|null|7.0",
                            "2|1|national_figures|N07402|riket|2021|T|9.1|9.3");
            assertThat(rows(warehouse, "SELECT value, import_id FROM ref.national_figures WHERE area = 'riket'"))
                    .containsExactly("9.3|2");
            assertThat(rows(warehouse, "SELECT count(*) FROM ref.national_figures")).containsExactly("6");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNoValue() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            importer.importFile(warehouse, fixture("kolada-N07402.json"));

            assertThat(importer.importFile(warehouse, fixture("kolada-N07402.json")).changes()).isZero();
            assertThat(rows(warehouse, "SELECT count(*) FROM ref.national_figures")).containsExactly("6");
        }
    }

    @Test
    void refusesAFileWithoutAValuesArray() {
        assertThatThrownBy(() -> importer.parse(fixture("kolada-bad-no-values.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("kolada-bad-no-values.json is not a Kolada API answer: no 'values' array");
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> importer.parse(fixture("kolada-bad-html.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessageStartingWith("kolada-bad-html.json is not a Kolada API answer: it is not valid JSON");
    }

    @Test
    void readsKoladaV3WithMunicipalityIdAndPagesJoinedIntoOneArray() throws Exception {
        Path file = dir.resolve("kolada-v3.json");
        java.nio.file.Files.writeString(file, """
                [{"kpi": "U30750", "municipality_id": "2183", "period": 2022,
                  "values": [{"gender": "T", "count": 1, "status": "", "value": 25.3}]},
                 {"kpi": "U30750", "municipality_id": "0192", "period": 2022,
                  "values": [{"gender": "T", "count": 1, "status": "", "value": 39.4}]}]
                """);

        ImportBatch batch = importer.parse(file);

        assertThat(batch.figures()).extracting(f -> f.indicator() + " " + f.area() + " " + f.year() + " " + f.value())
                .containsExactly("U30750 2183 2022 25.3", "U30750 0192 2022 39.4");
    }

    @Test
    void readsTheUnitFromAKoladaTitle() {
        assertThat(KoladaKpi.unitOf("Vuxna (18+) som aktualiserats …, antal/10 000 vuxna invånare")).contains("per_10000");
        assertThat(KoladaKpi.unitOf("Anmälda brott om grov kvinnofridskränkning i kommunen, antal/100 000 inv"))
                .contains("per_100000");
        assertThat(KoladaKpi.unitOf("Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)")).contains("percent");
        assertThat(KoladaKpi.unitOf("Invånare totalt, antal")).contains("count");
        assertThat(KoladaKpi.unitOf("Nöjd Region-Index")).isEmpty();
    }

    @Test
    void refusesKpiMetadataInPlaceOfFigures() throws Exception {
        Path file = dir.resolve("kpi.json");
        java.nio.file.Files.writeString(file, "{\"values\": [{\"id\": \"U30750\", \"title\": \"Vuxna …\"}]}");

        assertThatThrownBy(() -> NationalFormat.detect(file)).hasMessageStartingWith("kpi.json is Kolada metadata");
    }

    @Test
    void refusesAnUnknownGenderCode() {
        assertThatThrownBy(() -> importer.parse(fixture("kolada-bad-gender.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("kolada-bad-gender.json: values[1].values[0] has gender 'X'; Kolada uses T, K or M");
    }

    @Test
    void aRefusedFileLeavesNoTrace() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            assertThatThrownBy(() -> importer.importFile(warehouse, fixture("kolada-bad-gender.json")));

            assertThat(rows(warehouse, "SELECT count(*) FROM ref.imports")).containsExactly("0");
        }
    }
}
