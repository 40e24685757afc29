package se.vinr.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.core.ProjectFiles;

/**
 * Comparison figures for the demo, in the plain national CSV format with denominators: every
 * municipality of the seeds (but the demo's own) and the aggregates for {@code riket}, each county and
 * each SKR municipality group, for every generated half-year. They are invented: drawn, with a fixed
 * seed, around the same expected rates {@link SyntheticPackages} uses for the demo municipality, each
 * municipality a little higher or lower than the others for good (as real municipalities differ),
 * with the chance variation of its size on top. Their source says so in every row: {@link #SOURCE}.
 *
 * <p>What they are figures of, so that the report may compare them (see ReferenceFigures):
 * <ul>
 *   <li>{@code new_victims_rate} (total, women, men) and {@code new_children_rate} per 10,000, over the
 *       population the demo's own rate uses: the indicator's age group if the seeds have it, else its
 *       fallback ({@code 20+}, {@code 0-19}), latest year up to the half-year's. The seeds have no
 *       population by sex: women and men are taken as half each.</li>
 *   <li>{@code screening_rate} and {@code risk_assessed_share} in percent, of contacts and of new cases.</li>
 * </ul>
 * They cover only what no real figure does: half-year rates and shares, and rates by sex. The real figures
 * the seeds ship (Kolada's U30750 for new adult victims, per calendar year, reported by 96 municipalities in
 * 2022, and Kolada's peer groups) are what the demo's calendar-year comparison and its funnel plot use
 * (see {@code se.vinr.publish.reference.KoladaComparisons}); a synthetic figure is never filed under a
 * Kolada KPI.
 * An aggregate is the sum of its municipalities' numerators over the sum of their denominators, the
 * demo municipality's own draw included (it is one of Sweden's municipalities). Like a publisher of
 * official statistics, the file leaves out a municipality's figure computed from 1 to 4 persons.
 */
public final class SyntheticReferenceFigures {

    /** The source column of every row: nobody may take these for real statistics. */
    public static final String SOURCE = "Syntetiska jämförelsetal (demo, ej verklig statistik)";

    private static final String HEADER = "indicator,area,year,sex,value,unit,source,denominator";
    private static final int SMALLEST_PUBLISHED = 5;
    /** How much municipalities differ for good, as the standard deviation of a log rate or of a share. */
    private static final double RATE_SPREAD = 0.3;
    private static final double SHARE_SPREAD = 0.08;
    /** Half the assessments come in the second half of their window; those after the period's end are lost. */
    private static final double ASSESSED_IN_PERIOD = SyntheticPackages.ASSESSED_SHARE
            * (1 - SyntheticPackages.ASSESSMENT_WITHIN_DAYS / 2.0 / 182.5);

    /** A municipality of the seeds with the areas its figures add up into. */
    public record Municipality(String code, String countyCode, String groupName) {
    }

    /** A population of the seeds: both sexes, 31 December of {@code year}. */
    public record Population(String code, int year, String ageGroup, long population) {
    }

    private final List<Municipality> municipalities;
    private final Map<String, List<Population>> population;

    public SyntheticReferenceFigures(List<Municipality> municipalities, List<Population> population) {
        this.municipalities = List.copyOf(municipalities);
        this.population = population.stream().collect(Collectors.groupingBy(Population::code));
    }

    /** The seeds' {@code municipalities.csv} and {@code population.csv}. */
    public static SyntheticReferenceFigures fromSeeds(ProjectFiles seeds) {
        List<Municipality> municipalities = new ArrayList<>();
        for (CSVRecord row : csv(seeds, "municipalities.csv")) {
            municipalities.add(new Municipality(row.get("municipality_code"), row.get("county_code"),
                    row.get("skr_group_name")));
        }
        List<Population> population = new ArrayList<>();
        for (CSVRecord row : csv(seeds, "population.csv")) {
            if (row.get("sex").equals("T")) {
                population.add(new Population(row.get("municipality_code"), Integer.parseInt(row.get("year")),
                        row.get("age_group"), Long.parseLong(row.get("population"))));
            }
        }
        return new SyntheticReferenceFigures(municipalities, population);
    }

    /** Writes the figures of the half-years {@code from} to {@code to}; returns the number of rows. */
    public int write(MunicipalityCode demo, Period from, Period to, long seed, Path file) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Effects> effects = new LinkedHashMap<>();
        for (Municipality municipality : municipalities) {
            effects.put(municipality.code(), new Effects(Math.exp(random.nextGaussian() * RATE_SPREAD),
                    Math.exp(random.nextGaussian() * RATE_SPREAD), random.nextGaussian() * SHARE_SPREAD,
                    random.nextGaussian() * SHARE_SPREAD));
        }
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int index = 0;
        for (Period period = from; period.compareTo(to) <= 0; period = period.next()) {
            Map<String, Sum> aggregates = new LinkedHashMap<>();
            for (Municipality municipality : municipalities) {
                List<Figure> figures = draw(municipality, effects.get(municipality.code()), period, index, random);
                // Women and men add up to the total: a small part hides both parts, a small total every row.
                Set<String> hidden = new HashSet<>();
                for (Figure figure : figures) {
                    for (String area : List.of("riket", municipality.countyCode(),
                            "kommungrupp:" + municipality.groupName())) {
                        aggregates.computeIfAbsent(area + ',' + figure.key(), k -> new Sum(figure, area)).add(figure);
                    }
                    if (small(figure.numerator()) || small(figure.denominator())) {
                        hidden.add(figure.sex().equals("T") ? figure.indicator() : figure.indicator() + ",parts");
                    }
                }
                for (Figure figure : figures) {
                    boolean hide = hidden.contains(figure.indicator())
                            || (!figure.sex().equals("T") && hidden.contains(figure.indicator() + ",parts"));
                    if (!municipality.code().equals(demo.code()) && !hide) {
                        lines.add(figure.line(municipality.code(), period));
                    }
                }
            }
            for (Sum sum : aggregates.values()) {
                lines.add(sum.figure().line(sum.area(), period));
            }
            index++;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the synthetic comparison figures " + file, e);
        }
        return lines.size() - 1;
    }

    private List<Figure> draw(Municipality municipality, Effects effects, Period period, int index,
                              SplittableRandom random) {
        Optional<Long> total = population(municipality.code(), period, "total", "total");
        Optional<Long> adults = population(municipality.code(), period, "18+", "20+");
        Optional<Long> children = population(municipality.code(), period, "0-17", "0-19");
        if (total.isEmpty() || adults.isEmpty() || children.isEmpty()) {
            return List.of();
        }
        double tenThousands = total.get() / 10_000.0;
        double cases = SyntheticPackages.VICTIMS_PER_10000 * tenThousands;
        long victims = poisson(random, cases * effects.victims());
        long women = binomial(random, victims, SyntheticPackages.WOMEN_AMONG_VICTIMS);
        long adultWomen = adults.get() / 2;
        double childrenPerCase = SyntheticPackages.CASES_WITH_CHILDREN
                * SyntheticPackages.CHILDREN_PER_CASE_WITH_CHILDREN;
        long newChildren = poisson(random, cases * childrenPerCase * effects.children());
        long contacts = poisson(random, SyntheticPackages.CONTACTS_PER_10000 * tenThousands);
        long asked = binomial(random, contacts, share(SyntheticPackages.askedShare(index) + effects.screening()));
        long pairs = poisson(random, cases * effects.victims()
                * (1 + childrenPerCase * SyntheticPackages.CHILD_VICTIM_SHARE));
        long assessed = binomial(random, pairs, share(ASSESSED_IN_PERIOD + effects.assessed()));
        return List.of(
                new Figure("new_victims_rate", "T", "per_10000", victims, adults.get()),
                new Figure("new_victims_rate", "K", "per_10000", women, adultWomen),
                new Figure("new_victims_rate", "M", "per_10000", victims - women, adults.get() - adultWomen),
                new Figure("new_children_rate", "T", "per_10000", newChildren, children.get()),
                new Figure("screening_rate", "T", "percent", asked, contacts),
                new Figure("risk_assessed_share", "T", "percent", assessed, pairs));
    }

    /** The indicator queries' rule: the wanted age group if it has a year up to the period's, else the fallback. */
    private Optional<Long> population(String code, Period period, String wanted, String fallback) {
        for (String group : List.of(wanted, fallback)) {
            Optional<Long> found = population.getOrDefault(code, List.of()).stream()
                    .filter(p -> p.ageGroup().equals(group) && p.year() <= period.year())
                    .max((a, b) -> Integer.compare(a.year(), b.year())).map(Population::population);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static double share(double p) {
        return Math.max(0.02, Math.min(0.98, p));
    }

    private static boolean small(long count) {
        return count >= 1 && count < SMALLEST_PUBLISHED;
    }

    private static long poisson(SplittableRandom random, double lambda) {
        if (lambda > 30) {
            return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static long binomial(SplittableRandom random, long n, double p) {
        long hits = 0;
        for (long i = 0; i < n; i++) {
            hits += random.nextDouble() < p ? 1 : 0;
        }
        return hits;
    }

    private static List<CSVRecord> csv(ProjectFiles seeds, String name) {
        try (Reader reader = new InputStreamReader(seeds.open(name), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " of the seeds", e);
        }
    }

    /** A municipality's lasting difference from the expected rates and shares. */
    private record Effects(double victims, double children, double screening, double assessed) {
    }

    private record Figure(String indicator, String sex, String unit, long numerator, long denominator) {

        String key() {
            return indicator + ',' + sex;
        }

        String line(String area, Period period) {
            double scale = unit.equals("percent") ? 100 : 10_000;
            String value = denominator == 0 ? "" : String.format(Locale.ROOT, "%.2f", scale * numerator / denominator);
            return String.join(",", indicator, area, period.toString(), sex, value, unit, '"' + SOURCE + '"',
                    Long.toString(denominator));
        }
    }

    /** An aggregate being summed up. */
    private static final class Sum {
        private final String area;
        private final String indicator;
        private final String sex;
        private final String unit;
        private long numerator;
        private long denominator;

        Sum(Figure first, String area) {
            this.area = area;
            this.indicator = first.indicator();
            this.sex = first.sex();
            this.unit = first.unit();
        }

        void add(Figure figure) {
            numerator += figure.numerator();
            denominator += figure.denominator();
        }

        String area() {
            return area;
        }

        Figure figure() {
            return new Figure(indicator, sex, unit, numerator, denominator);
        }
    }
}
