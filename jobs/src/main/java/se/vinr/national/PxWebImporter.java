package se.vinr.national;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vinr.load.Warehouse;

/**
 * SCB population by region, sex and single year of age (table TAB638, BefolkningNy) in PxWeb's
 * JSON-stat2 format, into ref.population. Dimensions: Region (two-digit county or four-digit
 * municipality code, '00' Sweden, stored as '0000'), Kon ('1' men, '2' women, '1+2' both; without
 * Kon the figures are totals), Alder (single years '0'..'99', an open top such as '100+', and
 * optionally 'tot'), Tid (the year of the 31 December count), ContentsCode (the population count
 * BE0101N1 is taken when there are several).
 *
 * <p>Single ages are summed into the contract's age bands 0-17, 18-24, 25-44, 45-64, 65-79, 80+,
 * plus 18+ and total; both sexes are summed into T when the file has no '1+2'. A sum is made only
 * when every age it needs is in the file with a value; otherwise the group is left out and a
 * warning says so. Sums are flagged derived.
 */
public final class PxWebImporter implements NationalImporter {

    static final String FORMAT = "pxweb";
    static final String POPULATION_CONTENTS = "BE0101N1";

    private record Band(String name, int from, Integer to) {
    }

    private static final List<Band> BANDS = List.of(
            new Band("0-17", 0, 17), new Band("18-24", 18, 24), new Band("25-44", 25, 44), new Band("45-64", 45, 64),
            new Band("65-79", 65, 79), new Band("80+", 80, null), new Band("18+", 18, null));
    private static final Pattern SINGLE_AGE = Pattern.compile("\\d{1,3}");
    private static final Pattern OPEN_AGE = Pattern.compile("(\\d{1,3})\\+");
    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}");

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
        JsonStatDataset data = JsonStatDataset.read(name, JsonFiles.read(file, "a PxWeb JSON-stat2 dataset"));
        for (String region : data.codes("Region")) {
            if (!REGION.matcher(region).matches()) {
                throw new NationalImportException(name + ": Region '" + region + "' is not an SCB county or municipality code");
            }
        }
        for (String year : data.codes("Tid")) {
            if (!year.matches("\\d{4}")) {
                throw new NationalImportException(name + ": Tid '" + year + "' is not a year; the population table counts"
                        + " on 31 December of each year");
            }
        }
        for (String age : data.codes("Alder")) {
            if (!SINGLE_AGE.matcher(age).matches() && !OPEN_AGE.matcher(age).matches() && !isTotal(age)) {
                throw new NationalImportException(name + ": Alder '" + age + "' is not a single year of age; select"
                        + " single years (0, 1, ... 100+) in the table");
            }
        }
        if (data.has("Kon")) {
            for (String sex : data.codes("Kon")) {
                sex(name, sex);
            }
        }
        String contents = contents(name, data);

        // (region, year, sex) -> age code -> value (null: not published)
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        List<String> dimensions = data.dimensions();
        int region = dimensions.indexOf("Region");
        int age = dimensions.indexOf("Alder");
        int year = dimensions.indexOf("Tid");
        int kon = dimensions.indexOf("Kon");
        int content = dimensions.indexOf("ContentsCode");
        data.forEachCell((codes, value) -> {
            if (content >= 0 && !codes[content].equals(contents)) {
                return;
            }
            String sex = kon >= 0 ? sex(name, codes[kon]) : "T";
            String key = codes[region] + "|" + codes[year] + "|" + sex;
            cells.computeIfAbsent(key, k -> new HashMap<>()).put(codes[age], value);
        });

        List<PopulationFigure> population = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String source = "scb_pxweb:" + name;
        Map<String, Map<String, Long>> bySex = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Double>> cell : cells.entrySet()) {
            Map<String, Long> groups = groups(cell.getValue(), cell.getKey(), warnings);
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
        return new ImportBatch(file, FORMAT, List.of(), population, false, warnings);
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
    private static Map<String, Long> groups(Map<String, Double> ages, String key, List<String> warnings) {
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
        for (Band band : BANDS) {
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
        return age.equalsIgnoreCase("tot") || age.equalsIgnoreCase("totalt");
    }

    private static String sex(String name, String kon) {
        return switch (kon) {
            case "1" -> "M";
            case "2" -> "K";
            case "1+2" -> "T";
            default -> throw new NationalImportException(name + ": Kon '" + kon + "' is not SCB's 1 (men), 2 (women) or 1+2");
        };
    }

    private static String region(String code) {
        return "00".equals(code) ? "0000" : code;
    }

    private static String contents(String name, JsonStatDataset data) {
        if (!data.has("ContentsCode")) {
            return null;
        }
        List<String> codes = data.codes("ContentsCode");
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
