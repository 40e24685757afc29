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
    void importsEachMunicipalityOfEachGroupAndCountsRegionsAsSkipped() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = imports.importFile(warehouse, fixture("kolada-groups.json"));

            assertThat(result.format()).isEqualTo("kolada_groups");
            assertThat(result.rows()).isEqualTo(5);
            assertThat(result.read()).isEqualTo(6);
            assertThat(result.skipped()).containsExactly(
                    java.util.Map.entry(KoladaGroupsImporter.NOT_A_MUNICIPALITY, 1L));
            assertThat(result.summary()).isEqualTo("kolada-groups.json [kolada_groups]: read 6, stored 5, 1 skipped"
                    + " (member is a region or the country, not a municipality), replaced no stored value");
            assertThat(rows(warehouse, "SELECT group_id, title, municipality_code, import_id FROM ref.peer_groups"
                    + " ORDER BY group_id, municipality_code"))
                    .containsExactly("G124|Kommuner i Västernorrlands län|2280|1",
                            "G33720|Liknande kommuner IFO, Härnösand, 2022|1281|1",
                            "G33720|Liknande kommuner IFO, Härnösand, 2022|2262|1",
                            "G33720|Liknande kommuner IFO, Härnösand, 2022|2281|1",
                            "G9|Liknande kommuner IFO, Lund, 2022|2280|1");
        }
    }

    @Test
    void importsKoladasRealGroupsWhereG36529IsHarnosandsOwnIfoPeerGroupOfSevenOthers() throws Exception {
        Path real = fixture("real-formats/kolada_v2_municipality_groups_values__pykolada.json");
        assertThat(NationalFormat.detect(real)).isEqualTo(NationalFormat.KOLADA_GROUPS);
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = imports.importFile(warehouse, real);

            assertThat(result.skipped()).containsKey(KoladaGroupsImporter.NOT_A_MUNICIPALITY);
            assertThat(rows(warehouse, "SELECT title, count(*), count(*) FILTER (municipality_code = '2280')"
                    + " FROM ref.peer_groups WHERE group_id = 'G36529' GROUP BY title"))
                    .containsExactly("Liknande kommuner IFO, Härnösand, 2022|7|0");
            assertThat(rows(warehouse, "SELECT municipality_code FROM ref.peer_groups WHERE group_id = 'G36529'"
                    + " ORDER BY municipality_code"))
                    .containsExactly("0192", "0360", "0562", "1495", "1781", "1885", "2183");
            assertThat(PeerGroupTitle.parse("Liknande kommuner IFO, Härnösand, 2022"))
                    .contains(new PeerGroupTitle("IFO", "Härnösand", 2022));
        }
    }

    @Test
    void refusesMembersInAShapeKoladaDoesNotServe() {
        assertThatThrownBy(() -> imports.importer(NationalFormat.KOLADA_GROUPS)
                .parse(fixture("kolada-groups-old-shape.json")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("kolada-groups-old-shape.json: values[0].members[0] has no 'member_id': Kolada lists a"
                        + " group's members as {\"member_id\": \"2280\", \"member_title\": \"Härnösand\"}");
    }

    @Test
    void aLaterImportOfAGroupReplacesItsMembersAndKeepsOtherGroups() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            imports.importFile(warehouse, fixture("kolada-groups.json"));

            imports.importFile(warehouse, fixture("kolada-groups-revised.json"));

            assertThat(rows(warehouse, "SELECT group_id, title, municipality_code, import_id FROM ref.peer_groups"
                    + " WHERE group_id = 'G33720' ORDER BY municipality_code"))
                    .containsExactly("G33720|Liknande kommuner IFO, Härnösand, 2025|2262|2",
                            "G33720|Liknande kommuner IFO, Härnösand, 2025|2281|2");
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
