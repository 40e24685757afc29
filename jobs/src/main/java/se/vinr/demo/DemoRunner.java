package se.vinr.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.core.ProjectFiles;
import se.vinr.plan.PlanLocator;

/**
 * {@code vinr demo}: synthetic packages for a sample municipality, the public labelled demo key, the national
 * seeds with synthetic comparison figures for every municipality, then {@code run} for every half-year;
 * returns the newest report.
 */
@Component
public class DemoRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    private final VinrProperties properties;
    private final JobRunner runner;
    private final PlanLocator plans;

    public DemoRunner(VinrProperties properties, JobRunner runner, PlanLocator plans) {
        this.properties = properties;
        this.runner = runner;
        this.plans = plans;
    }

    public Path run(MunicipalityCode municipality, Period from, Period to, long seed) {
        Path root = properties.layout().root().resolve("demo");
        Path input = root.resolve("input").resolve(municipality.code());
        List<String> activities = plans.forMunicipality(municipality)
                .map(p -> p.activities().stream().map(a -> a.id()).toList()).orElse(List.of());
        long population = population(municipality);
        List<SyntheticPackages.GeneratedPackage> packages = new SyntheticPackages().write(
                new SyntheticPackages.Settings(municipality, population, from, to, seed, activities, 0.01), input);
        log.info("demo: generated {} half-years for {} (population {}) in {}", packages.size(), municipality,
                population, input);
        // Beside the exports, not among them: it is reference data for the national job, not a municipality export.
        Path comparison = root.resolve("reference").resolve("jamforelsetal-syntetiska.csv");
        int figures = SyntheticReferenceFigures.fromSeeds(seeds()).write(municipality, from, to, seed, comparison);
        log.info("demo: wrote {} synthetic comparison figures (not real statistics) to {}", figures, comparison);
        check(runner.run(Jobs.NATIONAL, Map.of(Jobs.SCOPE, "national"),
                Map.of(Jobs.NATIONAL_INPUTS, comparison.toAbsolutePath().normalize().toString(), Jobs.FETCH, "false")));
        for (SyntheticPackages.GeneratedPackage generated : packages) {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(Jobs.INPUT, generated.directory().toString());
            settings.put(Jobs.DEMO_KEY, "true");
            check(runner.run(Jobs.RUN, Map.of(JobRunner.MUNICIPALITY, municipality.code(),
                    JobRunner.PERIOD, generated.period().toString()), settings));
        }
        return properties.layout().reportDir(municipality, to).resolve("rapport.html");
    }

    private ProjectFiles seeds() {
        return ProjectFiles.of(properties.seedsDir(), "seeds");
    }

    private static void check(JobOutcome outcome) {
        if (!outcome.completed()) {
            throw new UserFacingException("the demo stopped: " + outcome.job() + " failed: " + outcome.failure());
        }
    }

    /** The newest total population of the municipality in the seeds. */
    long population(MunicipalityCode municipality) {
        try (Reader reader = new java.io.InputStreamReader(seeds().open("population.csv"), StandardCharsets.UTF_8)) {
            long population = 0;
            int year = 0;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (row.get("municipality_code").equals(municipality.code()) && row.get("age_group").equals("total")
                        && row.get("sex").equals("T") && Integer.parseInt(row.get("year")) > year) {
                    year = Integer.parseInt(row.get("year"));
                    population = Long.parseLong(row.get("population"));
                }
            }
            if (population == 0) {
                throw new UserFacingException("the seeds have no population for municipality " + municipality
                        + "; pick another with --municipality");
            }
            return population;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read population.csv of the seeds", e);
        }
    }
}
