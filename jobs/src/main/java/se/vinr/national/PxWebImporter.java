package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.load.Warehouse;

/**
 * SCB population tables (TAB638 BefolkningNy and others like it) from PxWeb API v2 or v1, in JSON-stat
 * 2.0, JSON-stat 1.x or PxWeb json (see {@link PxWebTable}), into ref.population.
 *
 * <p>Every dimension is understood, eliminated, or the file is refused naming it; nothing is chosen in
 * silence (a table with marital status selected counts only those persons):
 * <ul>
 *   <li>Region: a two-digit county or four-digit municipality code, '00' Sweden (stored as '0000').</li>
 *   <li>Kon: '1' men, '2' women, '1+2' or SCB's newer total codes 'TotSa'/'TotSA' both; without Kon the
 *       figures are totals.</li>
 *   <li>Alder: single years '0'..'99', an open top such as '100+', and optionally a total ('tot', 'totalt',
 *       'TotSa', 'TotSA'); without Alder only the total is stored.</li>
 *   <li>Tid (or the time role): a year, the 31 December count; a month 'YYYYM12' is that year's 31
 *       December count, other months are left out and counted (not a year-end count).</li>
 *   <li>ContentsCode (or the metric role): the population count BE0101N1 when there are several.</li>
 *   <li>Any other dimension (Civilstand, Fodelseregion, …) is eliminated when it has a total code (only the
 *       total's cells are read, the rest counted as skipped); without one, the file is refused, naming the
 *       dimension and what was selected.</li>
 * </ul>
 *
 * <p>Single ages are summed into the contract's age bands 0-17, 18-24, 25-44, 45-64, 65-79, 80+,
 * plus 18+ and total; both sexes are summed into T when the file has no total. A sum is made only
 * when every age it needs is in the file with a value; otherwise the group is left out and a
 * warning says so. Sums are flagged derived.
 */
public final class PxWebImporter implements NationalImporter {

    static final String FORMAT = "pxweb";
    static final String POPULATION_CONTENTS = "BE0101N1";
    static final String NOT_YEAR_END = "a month other than December, not a 31 December count";
    static final String NOT_POPULATION = "contents other than the population count " + POPULATION_CONTENTS;

    private record Band(String name, int from, Integer to) {
    }

    private static final List<Band> BANDS = List.of(
            new Band("0-17", 0, 17), new Band("18-24", 18, 24), new Band("25-44", 25, 44), new Band("45-64", 45, 64),
            new Band("65-79", 65, 79), new Band("80+", 80, null), new Band("18+", 18, null));
    private static final Pattern SINGLE_AGE = Pattern.compile("\\d{1,3}");
    private static final Pattern OPEN_AGE = Pattern.compile("(\\d{1,3})\\+");
    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:M(\\d{2}))?");
    /** SCB's codes for "all of this dimension": the classic ones and those of tables published from 2025. */
    private static final Set<String> TOTALS = Set.of("tot", "totalt", "totsa", "1+2");
    private static final String REGION_DIM = "Region";
    private static final String SEX_DIM = "Kon";
    private static final String AGE_DIM = "Alder";
    private static final String TIME_DIM = "Tid";

    private final ReferenceStore store;

    public PxWebImporter(ReferenceStore store) {
        this.store = store;
    }

    @Override
    public ImportResult importFile(Warehouse warehouse, Path file) {
        return store.write(warehouse, parse(file));
    }

    @Override
    public ImportBatch parse(Path file) {
        String name = file.getFileName().toString();
        PxWebTable data = PxWebTable.read(name, JsonFiles.read(file, "a PxWeb answer"));
        List<String> dimensions = data.dimensions();
        String timeDim = data.has(TIME_DIM) ? TIME_DIM : null;
        if (!data.has(REGION_DIM)) {
            throw new NationalImportException(name + " has no dimension Region (it has " + dimensions
                    + "): select the regions in the table");
        }
        if (timeDim == null) {
            throw new NationalImportException(name + " has no dimension Tid (it has " + dimensions + "): select the years");
        }
        for (String region : data.codes(REGION_DIM)) {
            if (!REGION.matcher(region).matches()) {
                throw new NationalImportException(name + ": Region '" + region + "' is not an SCB county or municipality code");
            }
        }
        for (String year : data.codes(timeDim)) {
            var m = YEAR.matcher(year);
            if (!m.matches() || (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12))) {
                throw new NationalImportException(name + ": Tid '" + year + "' is not a year (2024) or a month (2025M12);"
                        + " the population is counted on 31 December of each year");
            }
        }
        if (data.has(AGE_DIM)) {
            for (String age : data.codes(AGE_DIM)) {
                if (!SINGLE_AGE.matcher(age).matches() && !OPEN_AGE.matcher(age).matches() && !isTotal(age)) {
                    throw new NationalImportException(name + ": Alder '" + age + "' is not a single year of age; select"
                            + " single years (0, 1, ... 100+) in the table");
                }
            }
        }
        if (data.has(SEX_DIM)) {
            for (String sex : data.codes(SEX_DIM)) {
                sex(name, sex);
            }
        }
        String contents = contents(name, data);
        Map<Integer, String> eliminated = eliminate(name, data,
                Set.of(REGION_DIM, SEX_DIM, AGE_DIM, TIME_DIM, PxWebTable.CONTENTS));

        // (region, year, sex) -> age code -> value (null: not published)
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        int region = dimensions.indexOf(REGION_DIM);
        int age = dimensions.indexOf(AGE_DIM);
        int year = dimensions.indexOf(timeDim);
        int kon = dimensions.indexOf(SEX_DIM);
        int content = dimensions.indexOf(PxWebTable.CONTENTS);
        data.forEachCell((codes, value) -> {
            for (Map.Entry<Integer, String> total : eliminated.entrySet()) {
                if (!codes[total.getKey()].equals(total.getValue())) {
                    skipped.merge("cells of " + dimensions.get(total.getKey()) + " other than its total '"
                            + total.getValue() + "'", 1L, Long::sum);
                    return;
                }
            }
            if (content >= 0 && !codes[content].equals(contents)) {
                skipped.merge(NOT_POPULATION, 1L, Long::sum);
                return;
            }
            var time = YEAR.matcher(codes[year]);
            time.matches();
            if (time.group(2) != null && !time.group(2).equals("12")) {
                skipped.merge(NOT_YEAR_END, 1L, Long::sum);
                return;
            }
            String sex = kon >= 0 ? sex(name, codes[kon]) : "T";
            String key = codes[region] + "|" + time.group(1) + "|" + sex;
            cells.computeIfAbsent(key, k -> new HashMap<>()).put(age >= 0 ? codes[age] : "tot", value);
        });

        List<PopulationFigure> population = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String source = "scb_pxweb:" + name;
        Map<String, Map<String, Long>> bySex = new LinkedHashMap<>();
        // A table whose only age is a total has no bands to sum.
        boolean byAge = age >= 0 && data.codes(AGE_DIM).stream().anyMatch(a -> !isTotal(a));
        for (Map.Entry<String, Map<String, Double>> cell : cells.entrySet()) {
            Map<String, Long> groups = groups(cell.getValue(), cell.getKey(), warnings, byAge);
            bySex.put(cell.getKey(), groups);
        }
        for (Map.Entry<String, Map<String, Long>> entry : bySex.entrySet()) {
            String[] key = entry.getKey().split("\\|");
            for (Map.Entry<String, Long> group : entry.getValue().entrySet()) {
                boolean published = group.getKey().equals("total") && hasPublishedTotal(cells.get(entry.getKey()));
                population.add(new PopulationFigure(region(key[0]), Integer.parseInt(key[1]), key[2], group.getKey(),
                        group.getValue(), source, !published));
            }
        }
        population.addAll(bothSexes(bySex, source));
        if (!warnings.isEmpty()) {
            skipped.put("age groups lacking an age or a value they need", (long) warnings.size());
        }
        return new ImportBatch(file, FORMAT, List.of(), population, false, warnings, List.of(), data.cells(), skipped);
    }

    /**
     * Each dimension vinr does not know, by position, with the total code whose cells are read; refuses the
     * file when such a dimension has no total (a selected marital status, say, is not the population).
     */
    private static Map<Integer, String> eliminate(String name, PxWebTable data, Set<String> known) {
        Map<Integer, String> eliminated = new LinkedHashMap<>();
        List<String> dimensions = data.dimensions();
        for (int d = 0; d < dimensions.size(); d++) {
            String dimension = dimensions.get(d);
            if (known.contains(dimension)) {
                continue;
            }
            List<String> codes = data.codes(dimension);
            String total = codes.stream().filter(PxWebImporter::isTotal).findFirst().orElse(null);
            if (total == null) {
                String selected = codes.stream().map(c -> "'" + c + "' (" + data.label(dimension, c) + ")")
                        .collect(java.util.stream.Collectors.joining(", "));
                throw new NationalImportException(name + " has the dimension " + dimension + " (" + data.label(dimension)
                        + ") with " + selected + " selected and no total, so its figures are not the population: download"
                        + " the table again with " + dimension + " eliminated (not selected) or with its total");
            }
            eliminated.put(d, total);
        }
        return eliminated;
    }

    /** T as M + K per group, where the file has men and women but no '1+2'. */
    private static List<PopulationFigure> bothSexes(Map<String, Map<String, Long>> bySex, String source) {
        List<PopulationFigure> sums = new ArrayList<>();
        TreeSet<String> regionYears = new TreeSet<>();
        bySex.keySet().forEach(k -> regionYears.add(k.substring(0, k.lastIndexOf('|'))));
        for (String regionYear : regionYears) {
            Map<String, Long> men = bySex.get(regionYear + "|M");
            Map<String, Long> women = bySex.get(regionYear + "|K");
            if (bySex.containsKey(regionYear + "|T") || men == null || women == null) {
                continue;
            }
            String[] key = regionYear.split("\\|");
            for (Map.Entry<String, Long> group : men.entrySet()) {
                Long other = women.get(group.getKey());
                if (other != null) {
                    sums.add(new PopulationFigure(region(key[0]), Integer.parseInt(key[1]), "T", group.getKey(),
                            group.getValue() + other, source, true));
                }
            }
        }
        return sums;
    }

    /** The age groups that the ages of one (region, year, sex) fully cover. */
    private static Map<String, Long> groups(Map<String, Double> ages, String key, List<String> warnings,
                                            boolean byAge) {
        Map<Integer, Double> single = new HashMap<>();
        Integer openFrom = null;
        Double openValue = null;
        for (Map.Entry<String, Double> age : ages.entrySet()) {
            Matcher open = OPEN_AGE.matcher(age.getKey());
            if (open.matches()) {
                openFrom = Integer.valueOf(open.group(1));
                openValue = age.getValue();
            } else if (SINGLE_AGE.matcher(age.getKey()).matches()) {
                single.put(Integer.valueOf(age.getKey()), age.getValue());
            }
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Band band : byAge ? BANDS : List.<Band>of()) {
            Long sum = sum(single, openFrom, openValue, band.from(), band.to());
            if (sum == null) {
                missing.add(band.name());
            } else {
                groups.put(band.name(), sum);
            }
        }
        Double published = ages.entrySet().stream().filter(a -> isTotal(a.getKey())).map(Map.Entry::getValue)
                .filter(v -> v != null).findFirst().orElse(null);
        Long total = published != null ? Long.valueOf(Math.round(published)) : sum(single, openFrom, openValue, 0, null);
        if (total == null) {
            missing.add("total");
        } else {
            groups.put("total", total);
        }
        if (!missing.isEmpty()) {
            String[] k = key.split("\\|");
            warnings.add("region " + k[0] + ", " + k[1] + ", sex " + k[2] + ": " + String.join(", ", missing)
                    + " left out, because the file lacks an age or a value they need");
        }
        return groups;
    }

    /** The sum of ages from..to (to null: and older), or null when an age is missing or unpublished. */
    private static Long sum(Map<Integer, Double> single, Integer openFrom, Double openValue, int from, Integer to) {
        int last = to != null ? to : (openFrom == null ? -1 : openFrom - 1);
        if (to == null && (openFrom == null || openFrom <= from || openValue == null)) {
            return null;
        }
        if (to != null && openFrom != null && to >= openFrom) {
            return null;
        }
        double total = to == null ? openValue : 0;
        for (int age = from; age <= last; age++) {
            Double value = single.get(age);
            if (value == null) {
                return null;
            }
            total += value;
        }
        return Math.round(total);
    }

    private static boolean hasPublishedTotal(Map<String, Double> ages) {
        return ages.entrySet().stream().anyMatch(a -> isTotal(a.getKey()) && a.getValue() != null);
    }

    private static boolean isTotal(String age) {
        return TOTALS.contains(age.toLowerCase(java.util.Locale.ROOT));
    }

    private static String sex(String name, String kon) {
        return switch (kon) {
            case "1" -> "M";
            case "2" -> "K";
            case "1+2", "TotSa", "TotSA" -> "T";
            default -> throw new NationalImportException(name + ": Kon '" + kon + "' is not SCB's 1 (men), 2 (women),"
                    + " 1+2 or TotSa (both)");
        };
    }

    private static String region(String code) {
        return "00".equals(code) ? "0000" : code;
    }

    private static String contents(String name, PxWebTable data) {
        if (!data.has(PxWebTable.CONTENTS)) {
            return null;
        }
        List<String> codes = data.codes(PxWebTable.CONTENTS);
        if (codes.size() == 1) {
            return codes.get(0);
        }
        if (codes.contains(POPULATION_CONTENTS)) {
            return POPULATION_CONTENTS;
        }
        throw new NationalImportException(name + " has the contents " + codes + " and none is the population count "
                + POPULATION_CONTENTS + ": select the population count only");
    }
}
