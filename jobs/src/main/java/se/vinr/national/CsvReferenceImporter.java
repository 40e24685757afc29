package se.vinr.national;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.vinr.load.Warehouse;

/**
 * The plain national CSV: UTF-8 (a BOM is allowed), comma-separated, RFC 4180 quoting, the header
 * {@code indicator,area,year,sex,value,unit,source} (any order, case and surrounding spaces
 * ignored), optionally with a {@code denominator} column and an {@code age_group} column (empty or
 * {@code total} for all ages, else one of the contract's age bands, for rates by age band and sex), one value
 * per row. See the README section "National figures as plain CSV".
 *
 * <p>The same file as Swedish Excel saves it is read too: separated by {@code ;} (told by the header
 * line), numbers with a decimal comma ({@code 12,5}), in Windows-1252 or UTF-8 with a BOM. A file that
 * is not UTF-8 is read as Windows-1252 only when none of its text looks like UTF-8 read wrongly ("Ã¥"),
 * so a file of mixed encodings is refused rather than silently changed.
 */
public final class CsvReferenceImporter implements NationalImporter {

    static final String FORMAT = "csv";
    static final List<String> HEADER = List.of("indicator", "area", "year", "sex", "value", "unit", "source");
    static final String DENOMINATOR = "denominator";
    static final String AGE_GROUP = "age_group";
    static final Set<String> AGE_GROUPS = Set.of(NationalFigure.TOTAL, "0-17", "18-24", "25-44", "45-64", "65-79", "80+");
    static final Set<String> UNITS = Set.of("count", "percent", "per_1000", "per_10000", "per_100000", "ratio", "days");

    private static final Pattern INDICATOR = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}(H[12])?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Set<String> SEXES = Set.of("T", "K", "M");
    /** UTF-8's two bytes of å, ä, ö, é and the like, read as Windows-1252. */
    private static final Pattern MIXED = Pattern.compile("Ã[\u0080-\u00bf\u0152-\u2122]");

    private final ReferenceStore store;

    public CsvReferenceImporter(ReferenceStore store) {
        this.store = store;
    }

    @Override
    public ImportResult importFile(Warehouse warehouse, Path file) {
        return store.write(warehouse, parse(file));
    }

    @Override
    public ImportBatch parse(Path file) {
        String name = file.getFileName().toString();
        String text = read(file, name);
        String firstLine = text.lines().findFirst().orElse("");
        boolean swedish = firstLine.contains(";") && !firstLine.contains(",");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setDelimiter(swedish ? ';' : ',').get();
        List<NationalFigure> figures = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<String> optional = header.stream().filter(h -> !HEADER.contains(h)).toList();
            if (header.size() != new HashSet<>(header).size() || !header.containsAll(HEADER)
                    || !List.of(DENOMINATOR, AGE_GROUP).containsAll(optional)) {
                throw new NationalImportException(name + " is not a national reference CSV: its header is " + header
                        + ", expected " + String.join(",", HEADER) + " (and optionally " + DENOMINATOR + " and " + AGE_GROUP + ")");
            }
            List<String> original = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                figures.add(figure(name, record, original, header, swedish));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new NationalImportException(name + " is not a readable CSV file: " + e.getMessage(), e);
        }
        if (figures.isEmpty()) {
            throw new NationalImportException(name + " has a header but no values");
        }
        return new ImportBatch(file, FORMAT, figures, List.of(), false, List.of());
    }

    private static NationalFigure figure(String name, CSVRecord record, List<String> original, List<String> header,
                                         boolean decimalComma) {
        String where = name + " line " + (record.getRecordNumber() + 1);
        if (record.size() != header.size()) {
            throw new NationalImportException(where + " has " + record.size() + " fields, the header " + header.size());
        }
        String indicator = field(record, original, header, "indicator");
        if (!INDICATOR.matcher(indicator).matches()) {
            throw new NationalImportException(where + ": indicator '" + indicator + "' must be letters, digits and _ . : -");
        }
        String areaText = field(record, original, header, "area");
        String area = Area.fromCsv(areaText);
        if (area == null) {
            throw new NationalImportException(where + ": area '" + areaText
                    + "' is not riket, a county code (22), a municipality code (2280),"
                    + " kommungrupp:<name> or kolada:<Kolada group id>");
        }
        String year = field(record, original, header, "year");
        if (!YEAR.matcher(year).matches()) {
            throw new NationalImportException(where + ": year '" + year + "' is not a year (2025) or a half-year (2025H1)");
        }
        String sex = field(record, original, header, "sex");
        if (!SEXES.contains(sex)) {
            throw new NationalImportException(where + ": sex '" + sex + "' is not T (total), K (women) or M (men)");
        }
        String valueText = number(field(record, original, header, "value"), decimalComma);
        Double value = null;
        if (!valueText.isEmpty()) {
            if (!NUMBER.matcher(valueText).matches()) {
                throw new NationalImportException(where + ": value '" + field(record, original, header, "value")
                        + (decimalComma ? "' is not a number (12,5) nor empty"
                        : "' is not a number with a decimal point (write 12.5, not 12,5), nor empty"));
            }
            value = Double.valueOf(valueText);
        }
        String unit = field(record, original, header, "unit");
        if (!UNITS.contains(unit)) {
            throw new NationalImportException(where + ": unit '" + unit + "' is not one of " + new TreeSet<>(UNITS));
        }
        String source = field(record, original, header, "source");
        if (source.isEmpty()) {
            throw new NationalImportException(where + ": source is empty; say where the figure comes from");
        }
        NationalFigure figure = NationalFigure.of(indicator, area, year, sex, value, unit, source);
        if (header.contains(DENOMINATOR)) {
            figure = figure.withDenominator(denominator(where, record, original, header, decimalComma));
        }
        if (!header.contains(AGE_GROUP)) {
            return figure;
        }
        String ageGroup = field(record, original, header, AGE_GROUP);
        ageGroup = ageGroup.isEmpty() ? NationalFigure.TOTAL : ageGroup;
        if (!AGE_GROUPS.contains(ageGroup)) {
            throw new NationalImportException(where + ": age_group '" + ageGroup + "' is not empty, total or one of "
                    + new TreeSet<>(AGE_GROUPS));
        }
        return figure.forAgeGroup(ageGroup);
    }

    private static Double denominator(String where, CSVRecord record, List<String> original, List<String> header,
                                      boolean decimalComma) {
        String text = number(field(record, original, header, DENOMINATOR), decimalComma);
        if (text.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(text).matches() || text.startsWith("-")) {
            throw new NationalImportException(where + ": denominator '" + text
                    + "' is not a number of zero or more with a decimal point, nor empty");
        }
        return Double.valueOf(text);
    }

    /** A Swedish number as the plain format writes it: "1 234,5" is "1234.5"; a point there is not Swedish. */
    private static String number(String text, boolean decimalComma) {
        if (!decimalComma || text.contains(".")) {
            return text;
        }
        return text.replace("\u00a0", "").replace(" ", "").replace(',', '.');
    }

    private static String field(CSVRecord record, List<String> original, List<String> header, String column) {
        return record.get(original.get(header.indexOf(column))).trim();
    }

    /** Excel's "CSV (semikolonavgränsad)": Windows-1252, unless UTF-8 read as it shows that the file mixes both. */
    private static String windows1252(Path file, String name) {
        try {
            String text = new String(Files.readAllBytes(file), java.nio.charset.Charset.forName("windows-1252"));
            if (MIXED.matcher(text).find()) {
                throw new NationalImportException(name + " mixes UTF-8 and Windows-1252 text: save it again in one"
                        + " encoding (UTF-8)");
            }
            return text;
        } catch (IOException e) {
            throw new NationalImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new NationalImportException(file + " does not exist");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return windows1252(file, name);
        } catch (IOException e) {
            throw new NationalImportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
