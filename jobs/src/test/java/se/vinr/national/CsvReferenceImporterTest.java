package se.vinr.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vinr.national.NationalTestSupport.fixture;
import static se.vinr.national.NationalTestSupport.rows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.load.Warehouse;

class CsvReferenceImporterTest {

    @TempDir
    Path dir;

    private final CsvReferenceImporter importer = new CsvReferenceImporter(NationalTestSupport.store());

    @Test
    void importsEachRowAsAFigure() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            ImportResult result = importer.importFile(warehouse, fixture("national.csv"));

            assertThat(result.rows()).isEqualTo(4);
            assertThat(rows(warehouse, "SELECT indicator, area, year, sex, value, unit, year_num FROM ref.national_figures"
                    + " ORDER BY indicator"))
                    .containsExactly("new_cases_per_10000|riket|2026H1|T|14.2|per_10000|2026",
                            "new_victims_rate|riket|2025|K|21.5|per_10000|2025",
                            "risk_assessed_share|kommungrupp:C6|2025|T|61.0|percent|2025",
                            "screening_rate|22|2025|T|null|percent|2025");
        }
    }

    @Test
    void keepsTheDenominatorOfEachRowWhereTheFileHasOne() throws Exception {
        Path file = dir.resolve("with-denominator.csv");
        Files.writeString(file, """
                indicator,area,year,sex,value,unit,source,Denominator
                screening_rate,2281,2025H1,T,62.5,percent,test,400
                screening_rate,2282,2025H1,T,,percent,test,
                new_victims_rate,riket,2025H1,T,14.25,per_10000,test,8000000
                """);
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            importer.importFile(warehouse, file);

            assertThat(rows(warehouse, "SELECT indicator, area, value, denominator FROM ref.national_figures"
                    + " ORDER BY indicator, area"))
                    .containsExactly("new_victims_rate|riket|14.25|8000000.0", "screening_rate|2281|62.5|400.0",
                            "screening_rate|2282|null|null");
        }
    }

    @Test
    void filesRatesByAgeBandUnderTheirAgeGroupAndAnEmptyOneAsTotal() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            importer.importFile(warehouse, fixture("national-age-groups.csv"));

            assertThat(rows(warehouse, "SELECT sex, age_group, value FROM ref.national_figures ORDER BY sex, age_group"))
                    .containsExactly("K|18-24|12.5", "K|25-44|8.0", "K|total|9.0", "M|total|3.0");
        }
    }

    @Test
    void leavesTheDenominatorEmptyWhereTheFileHasNoSuchColumn() throws Exception {
        try (Warehouse warehouse = NationalTestSupport.warehouse(dir)) {
            importer.importFile(warehouse, fixture("national.csv"));

            assertThat(rows(warehouse, "SELECT DISTINCT denominator FROM ref.national_figures"))
                    .containsExactly("null");
        }
    }

    @Test
    void refusesANegativeOrMalformedDenominator() throws Exception {
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "indicator,area,year,sex,value,unit,source,denominator\n"
                + "screening_rate,2281,2025H1,T,62.5,percent,test,-4\n");
        Path comma = dir.resolve("comma.csv");
        Files.writeString(comma, "indicator,area,year,sex,value,unit,source,denominator\n"
                + "screening_rate,2281,2025H1,T,62.5,percent,test,\"400,5\"\n");

        assertThatThrownBy(() -> importer.parse(negative))
                .hasMessage("negative.csv line 2: denominator '-4' is not a number of zero or more with a decimal point,"
                        + " nor empty");
        assertThatThrownBy(() -> importer.parse(comma))
                .hasMessage("comma.csv line 2: denominator '400,5' is not a number of zero or more with a decimal point,"
                        + " nor empty");
    }

    @Test
    void withoutAnAgeGroupColumnEveryFigureIsForAllAges() {
        assertThat(importer.parse(fixture("national.csv")).figures())
                .extracting(NationalFigure::ageGroup).containsOnly(NationalFigure.TOTAL);
    }

    @Test
    void refusesAnAgeGroupOutsideTheContractsBands() {
        assertThatThrownBy(() -> importer.parse(fixture("national-bad-age-group.csv")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("national-bad-age-group.csv line 2: age_group '20-24' is not empty, total or one of"
                        + " [0-17, 18-24, 25-44, 45-64, 65-79, 80+, total]");
    }

    @Test
    void readsAByteOrderMarkWindowsLineEndsAndLooseHeaderSpelling() {
        ImportBatch batch = importer.parse(fixture("national-bom-crlf.csv"));

        assertThat(batch.figures()).singleElement().satisfies(f -> {
            assertThat(f.indicator()).isEqualTo("new_cases_per_10000");
            assertThat(f.area()).isEqualTo("riket");
            assertThat(f.source()).isEqualTo("hand-made with BOM and CRLF");
        });
    }

    @Test
    void refusesAWrongHeader() {
        assertThatThrownBy(() -> importer.parse(fixture("national-bad-header.csv")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("national-bad-header.csv is not a national reference CSV: its header is [indicator, area, year,"
                        + " gender, value, unit, source], expected indicator,area,year,sex,value,unit,source (and optionally"
                        + " denominator and age_group)");
    }

    @Test
    void refusesADecimalComma() {
        assertThatThrownBy(() -> importer.parse(fixture("national-bad-value.csv")))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("national-bad-value.csv line 3: value '21,5' is not a number with a decimal point"
                        + " (write 12.5, not 12,5), nor empty");
    }

    @Test
    void refusesUnknownSexAndYearCodes() {
        assertThatThrownBy(() -> importer.parse(fixture("national-bad-sex.csv")))
                .hasMessage("national-bad-sex.csv line 2: sex 'W' is not T (total), K (women) or M (men)");
        assertThatThrownBy(() -> importer.parse(fixture("national-bad-year.csv")))
                .hasMessage("national-bad-year.csv line 2: year '26H1' is not a year (2025) or a half-year (2025H1)");
    }

    @Test
    void theFormatIsToldApartFromTheOthers() {
        assertThat(NationalFormat.detect(fixture("national.csv"))).isEqualTo(NationalFormat.CSV);
        assertThat(NationalFormat.detect(fixture("kolada-N07402.json"))).isEqualTo(NationalFormat.KOLADA);
        assertThat(NationalFormat.detect(fixture("pxweb-TAB638.json"))).isEqualTo(NationalFormat.PXWEB);
        assertThatThrownBy(() -> NationalFormat.detect(fixture("kolada-bad-no-values.json")))
                .hasMessageContaining("is neither a Kolada API answer");
    }

    @Test
    void readsTheSwedishExcelCsvWithSemicolonsDecimalCommasAndWindows1252() throws Exception {
        Path file = dir.resolve("jamforelse.csv");
        java.nio.file.Files.write(file, ("indicator;area;year;sex;value;unit;source;denominator\r\n"
                + "new_victims_rate;riket;2024;T;12,5;per_10000;Källa: Kolada, övrigt;1 234,0\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));

        ImportBatch batch = new CsvReferenceImporter(NationalTestSupport.store()).parse(file);

        assertThat(batch.figures()).extracting(f -> f.value() + " " + f.denominator() + " " + f.source())
                .containsExactly("12.5 1234.0 Källa: Kolada, övrigt");
    }

    @Test
    void readsTheSwedishExcelCsvInUtf8WithABom() throws Exception {
        Path file = dir.resolve("jamforelse-utf8.csv");
        java.nio.file.Files.writeString(file, "\uFEFFindicator;area;year;sex;value;unit;source\n"
                + "screening_rate;2280;2024H1;K;61,25;percent;Härnösands egen uppföljning\n");

        ImportBatch batch = new CsvReferenceImporter(NationalTestSupport.store()).parse(file);

        assertThat(batch.figures()).extracting(f -> f.indicator() + " " + f.value() + " " + f.source())
                .containsExactly("screening_rate 61.25 Härnösands egen uppföljning");
    }

    @Test
    void refusesAFileThatMixesUtf8AndWindows1252() throws Exception {
        Path file = dir.resolve("blandad.csv");
        byte[] utf8 = "indicator;area;year;sex;value;unit;source\nscreening_rate;riket;2024;T;60;percent;Källa\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] cp1252 = "screening_rate;2280;2024;T;61;percent;Härnösand\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] both = java.util.Arrays.copyOf(utf8, utf8.length + cp1252.length);
        System.arraycopy(cp1252, 0, both, utf8.length, cp1252.length);
        java.nio.file.Files.write(file, both);

        assertThatThrownBy(() -> new CsvReferenceImporter(NationalTestSupport.store()).parse(file))
                .isInstanceOf(NationalImportException.class)
                .hasMessage("blandad.csv mixes UTF-8 and Windows-1252 text: save it again in one encoding (UTF-8)");
    }
}
