package se.vinr.national.job;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.app.VinrProperties;
import se.vinr.batch.UserFacingException;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.load.job.WarehouseAccess;
import se.vinr.national.FetchConfig;
import se.vinr.national.FetchResult;
import se.vinr.national.ImportResult;
import se.vinr.national.NationalFetcher;
import se.vinr.national.NationalImportException;
import se.vinr.national.NationalImports;
import se.vinr.national.ReferenceStore;
import se.vinr.national.SeedLoader;

/**
 * The national step: the shipped reference seeds into {@code ref.*}, then each file given with
 * {@code --input} (Kolada, PxWeb JSON-stat2 or plain CSV), then, with {@code --fetch}, what the
 * configured sources serve.
 */
@Configuration
public class NationalSteps {

    private static final Logger log = LoggerFactory.getLogger(NationalSteps.class);

    @Bean
    public Step nationalStep(JobRepository repository, PlatformTransactionManager transactions,
                             Tasklet nationalTasklet) {
        return new StepBuilder("national", repository).tasklet(nationalTasklet, transactions).build();
    }

    @Bean
    @StepScope
    public Tasklet nationalTasklet(VinrProperties properties, WarehouseAccess access,
                                   @Value("#{jobParameters['nationalInputs']}") String inputs,
                                   @Value("#{jobParameters['fetch']}") String fetch,
                                   @Value("#{jobParameters['allowEmpty']}") String allowEmpty) {
        return (contribution, chunk) -> {
            ReferenceStore store = new ReferenceStore(access.sql(), Clock.systemUTC());
            List<Path> files = new ArrayList<>();
            if (inputs != null && !inputs.isBlank()) {
                for (String file : inputs.split(java.io.File.pathSeparator)) {
                    files.add(Path.of(file));
                }
            }
            try (Warehouse warehouse = access.openForWriting()) {
                long rows = 0;
                for (ImportResult result : new SeedLoader(store).load(warehouse, seedsDirectory(properties))) {
                    log.info("seed {}", result.summary());
                    rows += result.rows();
                }
                if (Boolean.parseBoolean(fetch)) {
                    FetchResult fetched = new NationalFetcher(fetchConfig(properties.national(), warehouse))
                            .fetch(properties.layout().root().resolve("national"));
                    files.addAll(fetched.toImport());
                }
                NationalImports imports = new NationalImports(store);
                for (Path file : files) {
                    ImportResult result = imports.importFile(warehouse, file, Boolean.parseBoolean(allowEmpty));
                    log.info("imported {}", result.summary());
                    result.warnings().forEach(warning -> log.warn("{}: {}", file.getFileName(), warning));
                    rows += result.rows();
                }
                contribution.incrementWriteCount(rows);
            } catch (NationalImportException | IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            return RepeatStatus.FINISHED;
        };
    }

    /** The fetch as configured; without configured years, the calendar years of the loaded half-years. */
    static FetchConfig fetchConfig(VinrProperties.National national, Warehouse warehouse) throws SQLException {
        List<Integer> years = national.years() == null || national.years().isEmpty()
                ? warehouseYears(warehouse) : national.years();
        return FetchConfig.of(URI.create(national.koladaUrl()), national.koladaKpis() == null ? List.of()
                        : national.koladaKpis(), years, national.koladaGroups(), URI.create(national.scbUrl()),
                national.scbTables() == null ? Map.of() : national.scbTables(), national.timeout(), national.retries());
    }

    private static List<Integer> warehouseYears(Warehouse warehouse) throws SQLException {
        List<Integer> years = new ArrayList<>();
        try (Statement statement = warehouse.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT CAST(year(start_date) AS INTEGER) AS y "
                     + "FROM core.periods ORDER BY y")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years;
    }

    /** The seeds folder on disk: the configured copy, or the packaged one copied out of the jar. */
    private static Path seedsDirectory(VinrProperties properties) throws IOException {
        if (properties.seedsDir() != null && !properties.seedsDir().toString().isBlank()) {
            return properties.seedsDir();
        }
        ProjectFiles seeds = ProjectFiles.of(null, "seeds");
        Path copy = properties.layout().root().resolve("national").resolve("seeds");
        Files.createDirectories(copy);
        for (String file : SeedLoader.FILES) {
            try (InputStream in = seeds.open(file)) {
                Files.copy(in, copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
