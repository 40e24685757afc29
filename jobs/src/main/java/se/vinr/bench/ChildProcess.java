package se.vinr.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a child process to its end while polling its resident-memory high-water mark every 50 ms, so
 * the last value read before it exits is its peak (within one poll). Its output goes to a log file and,
 * if asked, line by line to the console as well.
 */
final class ChildProcess {

    private static final long POLL_MILLIS = 50;

    private ChildProcess() {
    }

    /** The {@code java} of the running JVM, so children run on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * @param echo receives every output line as well, or null to only log it
     */
    static ChildRun run(List<String> command, Path log, Consumer<String> echo) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread copier = new Thread(() -> copy(process, log, echo), "bench-child-output");
            copier.start();
            long peak = 0;
            while (process.isAlive()) {
                peak = Math.max(peak, ProcStatus.peakRssKb(process.pid()).orElse(0));
                process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            copier.join();
            return new ChildRun(command, seconds, peak, process.exitValue(), log);
        } catch (IOException e) {
            throw new BenchException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while waiting for " + String.join(" ", command), e);
        }
    }

    private static void copy(Process process, Path log, Consumer<String> echo) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.newLine();
                out.flush();
                if (echo != null) {
                    echo.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the output of a child process to " + log, e);
        }
    }
}
