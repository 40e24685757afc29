package se.vinr.report.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium with every way to the network closed (a proxy on the discard port, no
 * host resolves, no background or component traffic), driven over the DevTools protocol. Closing it
 * ends the browser and every process it started, and removes its throw-away profile.
 */
final class Chromium implements AutoCloseable {

    private static final String INSTALL = "Debian's chromium is needed for the browser tests and was not found on "
            + "the PATH; install it with: sudo apt-get install chromium (.ci/run does this on CI)";

    private final Process process;
    private final Path profile;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final DevTools devTools;

    private Chromium(Path binary) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("vinr-chromium-");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        DevTools connected = null;
        try {
            connected = DevTools.connect(endpoint());
        } finally {
            if (connected == null) {
                stop(process.descendants().toList());
            }
        }
        devTools = connected;
    }

    /** Starts the browser, or fails the test (never skips it) when Chromium is not installed. */
    static Chromium start() throws IOException, InterruptedException {
        return new Chromium(binary().orElseGet(() -> fail(INSTALL)));
    }

    private static Optional<Path> binary() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin"))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "chromium"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Opens {@code file} in a new 1280 × 900 tab and waits until it has loaded. */
    PageVisit open(Path file) throws InterruptedException {
        return PageVisit.open(devTools, file, 1280, 900);
    }

    /** Opens {@code file} in a new tab of the given window size (a phone is 390 px wide) and waits for it. */
    PageVisit open(Path file, int width, int height) throws InterruptedException {
        return PageVisit.open(devTools, file, width, height);
    }

    /** Reads the {@code DevTools listening on ws://…} line, draining stderr for as long as the browser runs. */
    private URI endpoint() throws InterruptedException {
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("DevTools listening on ")) {
                        endpoint.complete(URI.create(line.substring("DevTools listening on ".length()).strip()));
                    }
                    remember(line);
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IllegalStateException("Chromium ended before it listened"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return endpoint.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Chromium did not open its DevTools port: " + e.getMessage()
                    + "; its last output:\n" + String.join("\n", stderrTail()), e);
        }
    }

    private synchronized void remember(String line) {
        stderrTail.addLast(line);
        if (stderrTail.size() > 40) {
            stderrTail.removeFirst();
        }
    }

    private synchronized List<String> stderrTail() {
        return List.copyOf(stderrTail);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            devTools.call("Browser.close", devTools.params());
        } catch (RuntimeException e) {
            // the browser may already be gone; it is killed below either way
        } finally {
            devTools.close();
            stop(children);
        }
    }

    /** Ends the browser and its helpers (known before it exits: an orphan can no longer be found from it). */
    private void stop(List<ProcessHandle> children) throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        children.forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a helper may still be writing into the profile; a stray temp folder is harmless
        }
    }
}
