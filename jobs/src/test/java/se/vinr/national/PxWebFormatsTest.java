package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SCB's real TAB638 answer (API v2, JSON-stat 2.0) and tables shaped like it: every dimension understood,
 * eliminated by its total, or the file refused naming the dimension; SCB's newer codes; the v1 formats.
 */
class PxWebFormatsTest {

    private static final String REAL = "real-formats/scb_v2_TAB638_data__ropengov_pxweb.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final PxWebImporter importer = new PxWebImporter(NationalTestSupport.store());

    /** One dimension of a table built on the real answer's shape: its code, label and category codes. */
    private record Dimension(String id, String label, List<String> codes) {
    }

    @Test
    void refusesTheRealTab638AnswerWithAMaritalStatusSelectedNamingCivilstand() {
        assertThat(NationalFormat.detect(fixture(REAL))).isEqualTo(NationalFormat.PXWEB);

        assertThatThrownBy(() -> importer.parse(fixture(REAL)))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("scb_v2_TAB638_data__ropengov_pxweb.json has the dimension Civilstand (civilstånd) with 'OG'"
                        + " (ogifta) selected and no total, so its figures are not the population: download the table"
                        + " again with Civilstand eliminated (not selected) or with its total");
    }

    @Test
    void importsATab638ShapedAnswerWithoutMaritalStatus() throws Exception {
        Path file = tab638(List.of(region("2280"), sex("1", "2"), age(ages("100+")), contents(), time("2024")),
                cell -> cell[1].equals("1") ? 100 : 110);

        ImportBatch batch = importer.parse(file);

        assertThat(batch.read()).isEqualTo(2 * 101);
        assertThat(batch.skipped()).isEmpty();
        assertThat(populations(batch, "2280", "total")).containsExactly("M=10100", "K=11110", "T=21210");
        assertThat(populations(batch, "2280", "80+")).containsExactly("M=2100", "K=2310", "T=4410");
    }

    @Test
    void eliminatesADimensionByScbsNewTotalCodeAndCountsTheOtherCellsAsSkipped() throws Exception {
        Path file = tab638(List.of(region("00"), new Dimension("Civilstand", "civilstånd", List.of("OG", "TotSa")),
                sex("TotSA"), age(List.of("TotSA")), contents(), time("2024")),
                cell -> cell[1].equals("OG") ? 444_759 : 10_551_707);

        ImportBatch batch = importer.parse(file);

        assertThat(populations(batch, "0000", "total")).containsExactly("T=10551707");
        assertThat(batch.population().get(0).derived()).isFalse();
        assertThat(batch.skipped()).containsExactly(java.util.Map.entry("cells of Civilstand other than its total 'TotSa'", 1L));
    }

    @Test
    void readsAnOpenTopAgeBandAsEveryoneFromThatAge() throws Exception {
        Path file = tab638(List.of(region("2280"), sex("1"), age(ages("100+")), contents(), time("2024")),
                cell -> cell[2].equals("100+") ? 7 : 1);

        assertThat(populations(importer.parse(file), "2280", "80+")).containsExactly("M=27");
    }

    @Test
    void takesTheDecemberMonthAsTheYearEndCountAndLeavesOtherMonthsOut() throws Exception {
        Path file = tab638(List.of(region("2280"), sex("TotSa"), age(List.of("TotSa")), contents(),
                time("2025M06", "2025M12")), cell -> cell[4].equals("2025M12") ? 24_800 : 24_900);

        ImportBatch batch = importer.parse(file);

        assertThat(batch.population()).extracting(p -> p.year() + " " + p.sex() + " " + p.population())
                .containsExactly("2025 T 24800");
        assertThat(batch.skipped()).containsExactly(java.util.Map.entry(PxWebImporter.NOT_YEAR_END, 1L));
    }

    @Test
    void readsJsonStatOneFromApiVersionOne() throws Exception {
        ObjectNode v2 = (ObjectNode) JSON.readTree(Files.readString(tab638(List.of(region("2280"), sex("1", "2"),
                age(List.of("tot")), contents(), time("2024")), cell -> cell[1].equals("1") ? 12_000 : 13_000)));
        ObjectNode dimension = v2.putObject("dimensions-of-v1");
        dimension.setAll((ObjectNode) v2.path("dimension"));
        dimension.set("id", v2.path("id"));
        dimension.set("size", v2.path("size"));
        dimension.set("role", v2.path("role"));
        ObjectNode dataset = JSON.createObjectNode();
        dataset.put("label", "Folkmängd");
        dataset.set("dimension", dimension);
        dataset.set("value", v2.path("value"));
        Path file = dir.resolve("v1.json");
        Files.writeString(file, JSON.writeValueAsString(JSON.createObjectNode().set("dataset", dataset)));

        assertThat(NationalFormat.detect(file)).isEqualTo(NationalFormat.PXWEB);
        assertThat(populations(importer.parse(file), "2280", "total")).containsExactly("M=12000", "K=13000", "T=25000");
    }

    @Test
    void readsPxWebJsonFromApiVersionOne() throws Exception {
        Path file = dir.resolve("px.json");
        Files.writeString(file, """
                {"columns": [{"code": "Region", "text": "region", "type": "d"}, {"code": "Kon", "text": "kön", "type": "d"},
                  {"code": "Tid", "text": "år", "type": "t"}, {"code": "BE0101N1", "text": "Folkmängd", "type": "c"}],
                 "comments": [],
                 "data": [{"key": ["2280", "1", "2024"], "values": ["12000"]},
                          {"key": ["2280", "2", "2024"], "values": ["13000"]},
                          {"key": ["2281", "1", "2024"], "values": [".."]},
                          {"key": ["2281", "2", "2024"], "values": ["50000"]}]}
                """, StandardCharsets.UTF_8);

        assertThat(NationalFormat.detect(file)).isEqualTo(NationalFormat.PXWEB);
        ImportBatch batch = importer.parse(file);
        assertThat(populations(batch, "2280", "total")).containsExactly("M=12000", "K=13000", "T=25000");
        assertThat(populations(batch, "2281", "total")).containsExactly("K=50000");
    }

    private static List<String> populations(ImportBatch batch, String region, String ageGroup) {
        return batch.population().stream().filter(p -> p.region().equals(region) && p.ageGroup().equals(ageGroup))
                .map(p -> p.sex() + "=" + p.population()).toList();
    }

    private static Dimension region(String... codes) {
        return new Dimension("Region", "region", List.of(codes));
    }

    private static Dimension sex(String... codes) {
        return new Dimension("Kon", "kön", List.of(codes));
    }

    private static Dimension age(List<String> codes) {
        return new Dimension("Alder", "ålder", codes);
    }

    private static Dimension contents() {
        return new Dimension("ContentsCode", "tabellinnehåll", List.of("BE0101N1"));
    }

    private static Dimension time(String... codes) {
        return new Dimension("Tid", "år", List.of(codes));
    }

    private static List<String> ages(String top) {
        List<String> ages = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            ages.add(Integer.toString(a));
        }
        ages.add(top);
        return ages;
    }

    /** The real TAB638 answer with its dimensions replaced, and a value per cell (codes in dimension order). */
    private Path tab638(List<Dimension> dimensions, ToDoubleFunction<String[]> value) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(fixture(REAL).toFile());
        ArrayNode ids = root.putArray("id");
        ArrayNode sizes = root.putArray("size");
        ObjectNode byId = root.putObject("dimension");
        long cells = 1;
        for (Dimension d : dimensions) {
            ids.add(d.id());
            sizes.add(d.codes().size());
            ObjectNode node = byId.putObject(d.id());
            node.put("label", d.label());
            ObjectNode index = node.putObject("category").putObject("index");
            ObjectNode labels = ((ObjectNode) node.path("category")).putObject("label");
            for (int i = 0; i < d.codes().size(); i++) {
                index.put(d.codes().get(i), i);
                labels.put(d.codes().get(i), d.codes().get(i));
            }
            cells *= d.codes().size();
        }
        ArrayNode values = root.putArray("value");
        String[] cell = new String[dimensions.size()];
        for (long i = 0; i < cells; i++) {
            long rest = i;
            for (int d = dimensions.size() - 1; d >= 0; d--) {
                List<String> codes = dimensions.get(d).codes();
                cell[d] = codes.get((int) (rest % codes.size()));
                rest /= codes.size();
            }
            values.add(value.applyAsDouble(cell));
        }
        Path file = dir.resolve("TAB638-" + Long.toHexString(System.nanoTime()) + ".json");
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);
        return file;
    }

}
