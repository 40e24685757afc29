package se.vinr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A benchmark run as a dated Markdown section of {@code BENCHMARKS.md}: the machine, the scenario
 * sizes, the main table (exactly {@code | scenario | stage | rows | ours_s | baseline_s | ratio |
 * peak_rss_mb |}), rows per second and CPU time, then start-up, the demo, report cost, the million-row
 * run, and issue #18's targets beside what was measured.
 */
public final class BenchmarksMarkdown {

    public static final String MAIN_HEADER = "| scenario | stage | rows | ours_s | baseline_s | ratio | peak_rss_mb |";
    private static final String NONE = "—";

    private BenchmarksMarkdown() {
    }

    public static String section(BenchRun run) {
        StringBuilder md = new StringBuilder();
        md.append("\n## ").append(run.started()).append(" — vinr ").append(run.toolVersion()).append("\n\n");
        Machine machine = run.machine();
        md.append(String.format(Locale.ROOT, "Machine: %d cores (%s), %s memory, %s; %s%s.%n%n", machine.cores(),
                machine.cpu(), machine.memoryMb() == 0 ? "unknown" : String.format(Locale.ROOT, "%.1f GiB",
                        machine.memoryMb() / 1024.0), machine.os(), machine.java(), duckdb(run.scenarios())));
        sizes(md, run.scenarios());
        main(md, run.scenarios());
        throughput(md, run.scenarios());
        notes(md, run);
        targets(md, run);
        return md.toString();
    }

    /** Appends the section to the file, creating it with a title if it does not exist. */
    public static void append(Path file, String section) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, "# Benchmarks\n", StandardCharsets.UTF_8);
        }
        Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String duckdb(List<ScenarioResult> scenarios) {
        return scenarios.stream().map(ScenarioResult::duckdbVersion).distinct().findFirst()
                .map(v -> "; baseline DuckDB " + v).orElse("");
    }

    private static void sizes(StringBuilder md, List<ScenarioResult> scenarios) {
        md.append("| scenario | municipalities | half-years | population | input rows | input MB | heap | reported |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            ScenarioSize size = s.size();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.1f | -Xmx%dm | %s |%n", s.scenario(),
                    size.municipalities(), size.periods(), size.population(), size.inputRows(),
                    size.inputBytes() / 1e6, s.heapMb(), reported(s)));
        }
        md.append('\n');
        for (ScenarioResult s : scenarios) {
            md.append("Input rows of ").append(s.scenario()).append(": ").append(s.size().rowsByFile().entrySet()
                    .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        md.append('\n');
    }

    private static String reported(ScenarioResult s) {
        String last = "last half-year";
        if (s.reported().size() == 1) {
            return s.reported().get(0) + ", " + last;
        }
        return s.reported().size() + " of " + s.size().municipalities() + " municipalities (" + String.join(" ",
                s.reported()) + "), " + last;
    }

    private static void main(StringBuilder md, List<ScenarioResult> scenarios) {
        md.append(MAIN_HEADER).append('\n');
        md.append("|---|---|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            for (StageResult stage : s.stages()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", s.scenario(),
                        stage.stage().label(), stage.rows(), seconds(stage.ours()), seconds(stage.baseline()),
                        stage.ratio() == null ? NONE : String.format(Locale.ROOT, "%.1f", stage.ratio()),
                        stage.ours() == null ? NONE : String.format(Locale.ROOT, "%.0f", stage.ours().peakRssMb())));
            }
        }
        md.append('\n');
        md.append("""
                ours_s and baseline_s are wall-clock seconds; ratio = ours_s / baseline_s; peak_rss_mb is the \
                resident-memory high-water mark of our process during the stage (Linux VmHWM, reset at each \
                stage). rows are the input data rows the stage covers: every row for extract, load and total, \
                the reported municipalities' rows (every half-year, for the trend) for indicators and report. \
                Ours runs the same jobs as the commands, in-process, into one output folder and warehouse, \
                one application context per ten municipalities. Ours' indicators is the publish job (indicator SQL, \
                intervals, trends, suppression, stored in mart.*), report the report job, which renders from \
                mart.* without computing; the baseline renders no report. Ours' total counts both, and adds \
                starting the application contexts and loading the national seeds.
                """);
        md.append('\n');
    }

    private static void throughput(StringBuilder md, List<ScenarioResult> scenarios) {
        md.append("| scenario | stage | ours_rows_per_s | baseline_rows_per_s | ours_cpu_s | baseline_cpu_s | "
                + "baseline_peak_rss_mb |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            for (StageResult stage : s.stages()) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", s.scenario(),
                        stage.stage().label(), rate(StageResult.rowsPerSecond(stage.rows(), stage.ours())),
                        rate(StageResult.rowsPerSecond(stage.rows(), stage.baseline())), cpu(stage.ours()),
                        cpu(stage.baseline()), stage.baseline() == null ? NONE
                                : String.format(Locale.ROOT, "%.0f", stage.baseline().peakRssMb())));
            }
        }
        md.append("\nCPU seconds are the whole process's (every thread); the baseline's DuckDB uses every core, "
                + "our jobs mostly one.\n\n");
    }

    private static void notes(StringBuilder md, BenchRun run) {
        for (ScenarioResult s : run.scenarios()) {
            md.append(String.format(Locale.ROOT, "- %s: our extract read %d rows, wrote %d, rejected %d; the baseline "
                    + "kept %d.", s.scenario(), s.oursRowsRead(), s.oursRowsWritten(), s.oursRowsRejected(),
                    s.baselineRowsKept()));
            md.append(String.format(Locale.ROOT, " Application contexts: %d, %.1f s in all (%.2f s each); national "
                    + "seeds %.1f s; generating the input %.1f s (not counted).", s.contextCount(),
                    s.contexts().seconds(), s.contextCount() == 0 ? 0 : s.contexts().seconds() / s.contextCount(),
                    s.national().seconds(), s.generation().seconds()));
            if (s.processSeconds() > 0) {
                md.append(String.format(Locale.ROOT, " Its own JVM (-Xmx%dm): %.1f min, peak RSS %.0f MB.",
                        s.heapMb(), s.processSeconds() / 60, s.processPeakRssKb() / 1024.0));
            }
            if (!s.peaksPerStage()) {
                md.append(" Peaks could not be reset per stage here: each is the process's peak so far.");
            }
            md.append('\n');
        }
        for (ScenarioResult s : run.scenarios()) {
            if (s.reports() > 0) {
                double mean = s.reportCost().seconds() / s.reports();
                md.append(String.format(Locale.ROOT, "- Report cost, %s: %d report%s in %.1f s, %.1f s each "
                        + "(the indicators included)", s.scenario(), s.reports(), s.reports() == 1 ? "" : "s",
                        s.reportCost().seconds(), mean));
                if (s.reports() < s.size().municipalities()) {
                    md.append(String.format(Locale.ROOT, "; all %d municipalities would take about %.0f s "
                            + "(extrapolated from the sample)", s.size().municipalities(),
                            mean * s.size().municipalities()));
                }
                md.append(".\n");
            }
        }
        for (CommandRuns command : run.startup()) {
            md.append(childLine("Start-up", command, ChildMeasurements.STARTUP_HEAP_MB));
        }
        if (run.demo() != null) {
            md.append(childLine("Demo", run.demo(), ChildMeasurements.DEMO_HEAP_MB));
        }
        MillionRowRun million = run.millionRows();
        if (million != null) {
            md.append(String.format(Locale.ROOT, "- 1,000,000-row cases.csv, `java -Xmx%dm -jar vinr.jar extract`: "
                    + "%s; %.1f s wall (start-up included), %s rows/s, peak RSS %.0f MB, manifest read %d rows%s.%n",
                    million.heapMb(), million.completed() ? "completed" : "DID NOT COMPLETE",
                    million.run().seconds(), rate(million.rowsPerSecond()), million.run().peakRssKb() / 1024.0,
                    million.rowsRead(), million.completed() ? "" : " (exit code " + million.run().exitCode()
                            + ", see " + million.run().log() + ")"));
        }
        for (String failure : run.failures()) {
            md.append("- FAILED: ").append(failure).append('\n');
        }
    }

    private static String childLine(String what, CommandRuns command, int heapMb) {
        return String.format(Locale.ROOT, "- %s: `%s` (a child `java -Xmx%dm -jar vinr.jar`, %d run%s): median %.2f s "
                + "wall from launch to exit, peak RSS %.0f MB%s.%n", what, command.command(), heapMb,
                command.runs().size(), command.runs().size() == 1 ? "" : "s", command.medianSeconds(),
                command.peakRssKb() / 1024.0, command.succeeded() ? "" : "; FAILED (exit code "
                        + command.firstFailure().exitCode() + ", see " + command.firstFailure().log() + ")");
    }

    private static void targets(StringBuilder md, BenchRun run) {
        md.append("\n### Targets (issue 18)\n\n| target | measured | verdict |\n|---|---|---|\n");
        for (Targets.Check check : Targets.of(run)) {
            md.append("| ").append(check.target()).append(" | ").append(check.measured()).append(" | ")
                    .append(check.verdict().text()).append(" |\n");
        }
    }

    private static String seconds(Measurement m) {
        return m == null ? NONE : String.format(Locale.ROOT, "%.2f", m.seconds());
    }

    private static String cpu(Measurement m) {
        return m == null ? NONE : String.format(Locale.ROOT, "%.1f", m.cpuSeconds());
    }

    private static String rate(Double rowsPerSecond) {
        return rowsPerSecond == null ? NONE : String.format(Locale.ROOT, "%.0f", rowsPerSecond);
    }
}
