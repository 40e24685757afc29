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
                    .containsExactly("N07402|1281|2021|T|6.28061|2021|kolada",
                            "N07402|22|2021|T|null|2021|kolada",
                            "N07402|2280|2022|K|12.5|2022|kolada",
                            "N07402|2280|2022|M|9.5|2022|kolada",
                            "N07402|2280|2022|T|11.0|2022|kolada",
                            "N07402|riket|2021|T|9.1|2021|kolada");
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
                .hasMessage("kolada-bad-no-values.json is not a Kolada API response: no 'values' array");
    }

    @Test
    void refusesAFileThatIsNotJson() {
        assertThatThrownBy(() -> importer.parse(fixture("kolada-bad-html.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessageStartingWith("kolada-bad-html.json is not a Kolada API response: it is not valid JSON");
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
