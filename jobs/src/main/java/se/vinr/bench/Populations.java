package se.vinr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.ProjectFiles;

/** The newest total population of every municipality in the seeds' {@code population.csv}. */
public record Populations(Map<MunicipalityCode, Long> latest) {

    /** The country as a whole, which the seeds list beside the municipalities. */
    private static final String COUNTRY = "0000";

    public Populations {
        latest = Map.copyOf(latest);
    }

    public static Populations fromSeeds(ProjectFiles seeds) {
        try (InputStream in = seeds.open("population.csv")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read population.csv of the seeds " + seeds.describe(), e);
        }
    }

    static Populations read(InputStream csv) throws IOException {
        Map<MunicipalityCode, Long> population = new HashMap<>();
        Map<MunicipalityCode, Integer> year = new HashMap<>();
        try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (row.get("municipality_code").equals(COUNTRY) || !row.get("age_group").equals("total")
                        || !row.get("sex").equals("T")) {
                    continue;
                }
                MunicipalityCode code = MunicipalityCode.parse(row.get("municipality_code"));
                int rowYear = Integer.parseInt(row.get("year"));
                if (rowYear > year.getOrDefault(code, 0)) {
                    year.put(code, rowYear);
                    population.put(code, Long.parseLong(row.get("population")));
                }
            }
        }
        return new Populations(population);
    }

    public long of(MunicipalityCode municipality) {
        Long population = latest.get(municipality);
        if (population == null) {
            throw new IllegalArgumentException("the seeds have no population for municipality " + municipality);
        }
        return population;
    }

    /** Every municipality with its population, in code order. */
    public Map<MunicipalityCode, Long> byCode() {
        return new TreeMap<>(latest);
    }
}
