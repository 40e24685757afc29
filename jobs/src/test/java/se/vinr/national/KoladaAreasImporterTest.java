package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class KoladaAreasImporterTest {

    private static final String REAL = "real-formats/kolada_v2_municipality_values__pykolada.json";

    @TempDir
    Path dir;

    @Test
    void importsKoladasRealListOfAreasAsTheNamesItsGroupTitlesUse() throws Exception {
        assertThat(NationalFormat.detect(fixture(REAL))).isEqualTo(NationalFormat.KOLADA_AREAS);
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            new SeedLoader(NationalTestSupport.store()).load(warehouse, Path.of("..", "seeds"));
            try (Statement statement = warehouse.connection().createStatement()) {
                statement.execute("UPDATE ref.municipalities SET municipality_name = 'Härnösands kommun'"
                        + " WHERE municipality_code = '2280'");
            }

            ImportResult result = new NationalImports(NationalTestSupport.store()).importFile(warehouse, fixture(REAL));

            assertThat(result.read()).isEqualTo(312);
            assertThat(result.rows()).isEqualTo(290);
            assertThat(result.skipped()).containsExactly(Map.entry(KoladaAreasImporter.NOT_A_MUNICIPALITY, 22L));
            assertThat(result.replaced()).containsExactly("name 2280: Härnösands kommun → Härnösand");
            assertThat(rows(warehouse, "SELECT municipality_name FROM ref.municipalities"
                    + " WHERE municipality_code = '2280'")).containsExactly("Härnösand");
        }
    }
}
