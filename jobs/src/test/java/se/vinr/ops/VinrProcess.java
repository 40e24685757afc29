package se.vinr.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import se.vinr.Vinr;

/**
 * One {@code vinr} command as an operating-system process of its own, as an operator or systemd
 * starts it. Its output goes to files, so a chatty child never blocks on a full pipe and the test can
 * watch for a line while it runs.
 *
 * <p>The child runs {@link Vinr} on the application's class path taken from this JVM rather than
 * {@code jobs/target/vinr.jar}: Maven runs the tests before it packages the jar, so the jar would be
 * missing or stale. The test classes are left out so that no test configuration can reach the
 * application's component scan.
 */
final class VinrProcess {

    private static final Duration POLL = Duration.ofMillis(50);

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final long startedNanos = System.nanoTime();

    private VinrProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code vinr arguments...}; {@code name} names its output files in {@code logs}. */
    static VinrProcess start(Path logs, String name, List<String> arguments) {
        return start(logs, name, List.of(), arguments);
    }

    /** Starts {@code vinr arguments...} in a JVM given {@code jvmOptions} (such as a class-loading log). */
    static VinrProcess start(Path logs, String name, List<String> jvmOptions, List<String> arguments) {
        try {
            Files.createDirectories(logs);
            Path stdout = logs.resolve(name + ".out");
            Path stderr = logs.resolve(name + ".err");
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", applicationClassPath(), Vinr.class.getName()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            return new VinrProcess(name, process, stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start vinr " + arguments, e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The name its output files are called by in the logs folder ({@code name.out}, {@code name.err}). */
    String name() {
        return name;
    }

    /** What the process has printed on standard output so far. */
    String output() {
        return read(stdout);
    }

    /** What the process has printed on standard error so far. */
    String errors() {
        return read(stderr);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code condition} holds; fails when the process ends first or {@code timeout} passes. */
    void awaitWhileRunning(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended with exit code " + process.exitValue() + " before " + what
                        + describeOutput());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not get to " + what + " within " + timeout + describeOutput());
            }
            sleep(POLL);
        }
    }

    /** Waits until standard output contains {@code text}. */
    void awaitOutput(String text, Duration timeout) {
        awaitWhileRunning("printing \"" + text + "\"", timeout, () -> output().contains(text));
    }

    /** {@code kill -9}: the process gets no chance to clean up, as with a power cut or the OOM killer. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " survived kill -9 for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing " + name, e);
        }
    }

    /** The exit code; kills the process and fails when it has not ended within {@code timeout}. */
    int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError(name + " did not end within " + timeout + describeOutput());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
        return process.exitValue();
    }

    /** Seconds since the process was started. */
    double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    String describeOutput() {
        return "\n--- standard output of " + name + " ---\n" + tail(output()) + "\n--- standard error ---\n"
                + tail(errors());
    }

    private static String tail(String text) {
        int limit = 6000;
        return text.length() <= limit ? text : "…" + text.substring(text.length() - limit);
    }

    private static String read(Path file) {
        try {
            // decoded leniently: the child may be half-way through writing a multi-byte character
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
