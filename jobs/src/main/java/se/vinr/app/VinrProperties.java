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
 * Every {@code vinr.*} setting, with the defaults of {@code application.properties}; each is documented in
 * the README.
 *
 * @param sqlDir a folder holding an edited copy of {@code sql/}; empty = the copy packaged in the jar
 * @param seedsDir a folder holding an edited copy of {@code seeds/}; empty = the packaged copy
 * @param extractThreads how many input files the extract works on at once; 0 (the default) = one per
 *                       available processor
 * @param rejectShareLimit the share of rejected rows in any file above which the extract fails
 * @param suppressionThreshold counts from 1 to this minus one are never published
 * @param outputAccess who may read the output folder: {@code owner} (default) or {@code group}, for a
 *                     team sharing the folder through its group
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
        @DefaultValue("0") int extractThreads,
        @DefaultValue("0.05") double rejectShareLimit,
        @DefaultValue("5") int suppressionThreshold,
        @DefaultValue("3") int protectionLevel,
        @DefaultValue("0.95") double confidenceLevel,
        Path warehouse,
        Path plan,
        @DefaultValue Schedule schedule,
        @DefaultValue DataTests dataTests,
        @DefaultValue National national,
        @DefaultValue("owner") String outputAccess) {

    public OutputLayout layout() {
        return new OutputLayout(out);
    }

    /** {@link #extractThreads}, with 0 (or less) meaning one per processor the JVM may use. */
    public int extractThreadCount() {
        return extractThreads > 0 ? extractThreads : Runtime.getRuntime().availableProcessors();
    }

    public Path warehouseFile() {
        return warehouse != null ? warehouse : layout().warehouse();
    }

    /** Whether the output folder's group may read it ({@code output-access: group}). */
    public boolean outputSharedWithGroup() {
        return "group".equalsIgnoreCase(outputAccess.trim());
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

    /**
     * What {@code national --fetch} downloads: Kolada v3 KPIs for the given years (none: the years the warehouse
     * covers), Kolada's municipality groups, and SCB tables by id with their PxWeb v2 selections.
     */
    public record National(@DefaultValue("https://api.kolada.se/v3") String koladaUrl, List<String> koladaKpis,
                           List<Integer> years, @DefaultValue("true") boolean koladaGroups,
                           @DefaultValue("https://statistikdatabasen.scb.se/api/v2") String scbUrl,
                           Map<String, String> scbTables,
                           @DefaultValue("PT30S") Duration timeout, @DefaultValue("3") int retries) {
    }
}
