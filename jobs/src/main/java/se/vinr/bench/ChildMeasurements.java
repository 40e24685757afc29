package se.vinr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The measurements that need our command line as users run it, each a {@code java -jar vinr.jar}
 * child process: the start-up cost of the commands people wait for (issue #18's targets), the demo
 * from launch to exit, and issue #3's million-row extract under 256 MB.
 */
final class ChildMeasurements {

    static final int STARTUP_RUNS = 5;
    static final int STARTUP_HEAP_MB = 512;
    static final int DEMO_HEAP_MB = 1024;
    static final String EXTRACT_ONE_ROW = "vinr extract (one row)";
    static final String STATUS = "vinr status";
    static final String DEMO = "vinr demo";
    static final int MILLION = 1_000_000;
    static final int MILLION_HEAP_MB = 256;
    private static final String MUNICIPALITY = "0180";
    private static final String PERIOD = "2025H2";

    private final VinrJar jar;
    private final Path root;
    private final Path keyFile;

    ChildMeasurements(VinrJar jar, Path root, Path keyFile) {
        this.jar = jar;
        this.root = root;
        this.keyFile = keyFile;
    }

    /**
     * {@code vinr --help}, {@code vinr keygen}, {@code vinr extract} of a one-row package (a fresh output
     * folder each time: the whole run, an upper bound of the time to its first row), then {@code vinr
     * status} of the output folder the first extract left.
     */
    List<CommandRuns> startup() throws IOException {
        Path dir = root.resolve("startup");
        ScenarioRunner.deleteTree(dir);
        Path input = dir.resolve("input");
        SyntheticCasesFile.writeCases(input, 1, 1);
        CommandRuns help = repeat("vinr --help", dir, i -> List.of("--help"));
        CommandRuns keygen = repeat("vinr keygen", dir, i -> List.of("keygen", dir.resolve("key-" + i).toString()));
        CommandRuns extract = repeat(EXTRACT_ONE_ROW, dir, i -> extractArguments(input, dir.resolve("out-" + i)));
        CommandRuns status = repeat(STATUS, dir, i -> List.of("status", "--out", dir.resolve("out-1").toString()));
        return List.of(help, status, keygen, extract);
    }

    /** {@code vinr demo} (its default half-years) from launch to exit, once, in a fresh folder. */
    CommandRuns demo() throws IOException {
        Path dir = root.resolve("demo");
        ScenarioRunner.deleteTree(dir);
        Files.createDirectories(dir);
        return new CommandRuns(DEMO, List.of(ChildProcess.run(jar.command(DEMO_HEAP_MB,
                List.of("demo", "--out", dir.resolve("out").toString(), "--quiet")), dir.resolve("run.log"), null)));
    }

    private CommandRuns repeat(String command, Path dir, IntFunction<List<String>> arguments)
            throws IOException {
        String name = command.replace("vinr ", "").replace("--", "").replace(' ', '-');
        List<ChildRun> runs = new ArrayList<>();
        for (int i = 1; i <= STARTUP_RUNS; i++) {
            runs.add(ChildProcess.run(jar.command(STARTUP_HEAP_MB, arguments.apply(i)),
                    dir.resolve(name + "-" + i + ".log"), null));
        }
        return new CommandRuns(command, runs);
    }

    /** {@code vinr extract} of a 1,000,000-row {@code cases.csv} with {@code -Xmx256m}. */
    MillionRowRun millionRows() throws IOException {
        Path dir = root.resolve("million");
        ScenarioRunner.deleteTree(dir);
        Path input = dir.resolve("input");
        SyntheticCasesFile.writeCases(input, MILLION, 3);
        Path out = dir.resolve("out");
        ChildRun run = ChildProcess.run(extract(MILLION_HEAP_MB, input, out), dir.resolve("run.log"), null);
        return new MillionRowRun(run, MILLION, casesRead(out.resolve("extracts").resolve(MUNICIPALITY).resolve(PERIOD)
                .resolve("manifest.json")), MILLION_HEAP_MB);
    }

    private List<String> extract(int heapMb, Path input, Path out) {
        return jar.command(heapMb, extractArguments(input, out));
    }

    private List<String> extractArguments(Path input, Path out) {
        return List.of("extract", "--municipality", MUNICIPALITY, "--period", PERIOD, "--input", input.toString(),
                "--out", out.toString(), "--key-file", keyFile.toString(), "--quiet");
    }

    /** The manifest's count of data rows read from {@code cases.csv}, 0 when there is none. */
    static long casesRead(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return 0;
        }
        JsonNode read = JsonMapper.builder().build().readTree(Files.readString(manifest))
                .path("files").path("cases.csv").path("read");
        return read.isNumber() ? read.asLong() : 0;
    }
}
