package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class KoladaGroupsImporterTest {

    @TempDir
    Path dir;

    private final NationalImports imports = new NationalImports(NationalTestSupport.store());

    @Test
    void tellsAGroupsResponseFromADataResponseByItsShape() {
        assertThat(NationalFormat.detect(fixture("kolada-groups.json"))).isEqualTo(NationalFormat.KOLADA_GROUPS);
        assertThat(NationalFormat.detect(fixture("kolada-N07402.json"))).isEqualTo(NationalFormat.KOLADA);
    }

    @Test
    void importsEachMunicipalityOfEachGroupAndLeavesRegionsOut() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = imports.importFile(warehouse, fixture("kolada-groups.json"));

            assertThat(result.format()).isEqualTo("kolada_groups");
            assertThat(result.rows()).isEqualTo(5);
            assertThat(result.warnings()).containsExactly("G124: member '0022' is no municipality and was left out");
            assertThat(rows(warehouse, "SELECT group_id, title, municipality_code, import_id FROM ref.peer_groups"
                    + " ORDER BY group_id, municipality_code"))
                    .containsExactly("G124|Kommuner i Västernorrlands län|2280|1",
                            "G33720|Liknande kommuner IFO, Härnösand|1281|1",
                            "G33720|Liknande kommuner IFO, Härnösand|2280|1",
                            "G33720|Liknande kommuner IFO, Härnösand|2281|1",
                            "G9|Liknande kommuner IFO, Lund|1281|1");
        }
    }

    @Test
    void aLaterImportOfAGroupReplacesItsMembersAndKeepsOtherGroups() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            imports.importFile(warehouse, fixture("kolada-groups.json"));

            imports.importFile(warehouse, fixture("kolada-groups-revised.json"));

            assertThat(rows(warehouse, "SELECT group_id, title, municipality_code, import_id FROM ref.peer_groups"
                    + " WHERE group_id = 'G33720' ORDER BY municipality_code"))
                    .containsExactly("G33720|Liknande kommuner IFO, Härnösand 2025|2262|2",
                            "G33720|Liknande kommuner IFO, Härnösand 2025|2280|2");
            assertThat(rows(warehouse, "SELECT count(*) FROM ref.peer_groups WHERE group_id <> 'G33720'"))
                    .containsExactly("2");
        }
    }

    @Test
    void filesAGroupsDataUnderItsKoladaArea() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            imports.importFile(warehouse, fixture("kolada-group-data.json"));

            assertThat(rows(warehouse, "SELECT indicator, area, year, sex, value, age_group FROM ref.national_figures"))
                    .containsExactly("N07402|kolada:G33720|2022|T|10.4|total");
        }
    }

    @Test
    void refusesAGroupIdThatIsNotKoladas() {
        assertThatThrownBy(() -> imports.importer(NationalFormat.KOLADA_GROUPS).parse(fixture("kolada-groups-bad-id.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("kolada-groups-bad-id.json: values[0] has id 'X1', not a Kolada group id (G followed by"
                        + " letters or digits)");
    }
}
