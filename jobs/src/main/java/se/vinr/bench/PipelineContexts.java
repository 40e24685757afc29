package se.vinr.bench;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.ApplicationStarter;
import se.vinr.reports.model.Language;

/** Starts our application for one output folder, as a {@code vinr} command would. */
@FunctionalInterface
public interface PipelineContexts {

    /**
     * The reject-share limit in the benchmark: the smallest municipalities have five to ten case rows a
     * half-year, so one deliberately bad row would cross the default 5 % and stop the run; the
     * benchmark measures cost, not that check.
     */
    String REJECT_SHARE_LIMIT = "0.5";

    /**
     * @param out the output folder: extracts, reports and the warehouse, shared by a scenario's municipalities
     * @param jobRepository the folder of this context's own job repository (an H2 file)
     */
    ConfigurableApplicationContext start(Path out, Path jobRepository, Path keyFile);

    /** Contexts from the application's own starter, quiet, with the user's configuration file if any. */
    static PipelineContexts of(ApplicationStarter starter, Path config) {
        return (out, jobRepository, keyFile) -> starter.start(new ApplicationStarter.Settings(out, config, keyFile,
                Language.SV, true, false, Map.of(
                        "spring.datasource.url", "jdbc:h2:file:" + jobRepository.toAbsolutePath().resolve("repository")
                                + ";DB_CLOSE_ON_EXIT=FALSE",
                        "vinr.reject-share-limit", REJECT_SHARE_LIMIT)));
    }
}
