package se.vinr.bench;

import java.nio.file.Path;

import se.vinr.app.ApplicationStarter;
import se.vinr.core.ProjectFiles;

/**
 * The entry point of a scenario's own JVM, started by {@link BenchHarness} through Spring Boot's
 * {@code PropertiesLauncher} so that the scenario runs under its own {@code -Xmx} and its own
 * resident-memory count. Arguments: scenario, folder, key file, report sample, results file, then
 * the configuration file, sql folder and seeds folder, each {@code -} for none.
 */
public final class ScenarioProcess {

    private ScenarioProcess() {
    }

    public static void main(String[] args) {
        if (args.length != 8) {
            System.err.println("ScenarioProcess needs 8 arguments: scenario folder key-file report-sample "
                    + "results-file config sql-dir seeds-dir (- for none)");
            System.exit(2);
        }
        try {
            Path config = optional(args[5]);
            ProjectFiles seeds = ProjectFiles.of(optional(args[7]), "seeds");
            ProjectFiles sql = ProjectFiles.of(optional(args[6]), "sql");
            Scenario scenario = new Scenarios(Populations.fromSeeds(seeds)).named(args[0], Integer.parseInt(args[3]));
            ScenarioResult result = new ScenarioRunner(PipelineContexts.of(new ApplicationStarter(), config), seeds,
                    sql, System.out::println).run(scenario, Path.of(args[1]), Path.of(args[2]));
            ResultsFile.write(Path.of(args[4]), result);
        } catch (Exception | OutOfMemoryError e) {
            // The parent reads the exit code; this sentence and the trace are for the person at the console.
            System.err.println(failurePrefix(args[0]) + " " + e);
            e.printStackTrace();
            System.exit(1);
        }
        // Pools of the closed contexts may leave non-daemon threads behind; the result is written.
        System.exit(0);
    }

    /** How the line that says why a scenario failed begins. */
    static String failurePrefix(String scenario) {
        return "scenario " + scenario + " failed:";
    }

    static String[] arguments(String scenario, Path folder, Path keyFile, int reportSample, Path results, Path config,
                              Path sqlDir, Path seedsDir) {
        return new String[] {scenario, folder.toAbsolutePath().toString(), keyFile.toAbsolutePath().toString(),
                Integer.toString(reportSample), results.toAbsolutePath().toString(), orDash(config), orDash(sqlDir),
                orDash(seedsDir)};
    }

    private static String orDash(Path path) {
        return path == null || path.toString().isBlank() ? "-" : path.toAbsolutePath().toString();
    }

    private static Path optional(String text) {
        return text.equals("-") ? null : Path.of(text);
    }
}
