package se.vinr.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.vinr.core.OutputLayout;
import se.vinr.reports.model.Language;

/**
 * Every {@code vinr.*} setting, with the defaults of {@code application.yml}; each is documented in
 * the README.
 *
 * @param sqlDir a folder holding an edited copy of {@code sql/}; empty = the copy packaged in the jar
 * @param seedsDir a folder holding an edited copy of {@code seeds/}; empty = the packaged copy
 * @param rejectShareLimit the share of rejected rows in any file above which the extract fails
 * @param suppressionThreshold counts from 1 to this minus one are never published
 * @param protectionLevel how many feasible values the attacker's audit must leave each hidden small count
 */
@ConfigurationProperties(prefix = "vinr")
public record VinrProperties(
        @DefaultValue("out") Path out,
        Path keyFile,
        Path sqlDir,
        Path seedsDir,
        @DefaultValue("sv") String language,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("0.05") double rejectShareLimit,
        @DefaultValue("5") int suppressionThreshold,
        @DefaultValue("3") int protectionLevel,
        @DefaultValue("0.95") double confidenceLevel,
        Path warehouse,
        Path plan,
        @DefaultValue Schedule schedule,
        @DefaultValue DataTests dataTests,
        @DefaultValue National national) {

    public OutputLayout layout() {
        return new OutputLayout(out);
    }

    public Path warehouseFile() {
        return warehouse != null ? warehouse : layout().warehouse();
    }

    public Language reportLanguage() {
        return Language.fromCode(language);
    }

    /**
     * @param cron Spring cron expression (second minute hour day month weekday)
     * @param municipalities municipality code → input folder of its exports
     */
    public record Schedule(@DefaultValue("0 0 5 15 1,7 *") String cron, Map<String, Path> municipalities,
                           Map<String, Path> profiles, @DefaultValue("PT1H") Duration lockWait) {
    }

    /** Thresholds of the data tests run on every load. */
    public record DataTests(@DefaultValue("0.40") double volumeDropWarning, @DefaultValue("110") int maxAge,
                            @DefaultValue("warn") String unknownCaseSeverity) {
    }

    /** What {@code national --fetch} downloads. */
    public record National(@DefaultValue("https://api.kolada.se/v3") String koladaUrl, List<String> koladaKpis,
                           @DefaultValue("https://statistikdatabasen.scb.se/api/v2") String scbUrl,
                           @DefaultValue("TAB638") String scbPopulationTable,
                           @DefaultValue("PT30S") Duration timeout, @DefaultValue("3") int retries) {
    }
}
