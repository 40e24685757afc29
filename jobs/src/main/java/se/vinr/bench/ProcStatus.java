package se.vinr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads a process's resident-memory high-water mark ({@code VmHWM} in {@code /proc/<pid>/status},
 * Linux) and resets this process's own mark, so that each stage run in-process gets its own peak.
 * Elsewhere the values are unknown and the benchmark reports 0.
 */
final class ProcStatus {

    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcStatus() {
    }

    static OptionalLong peakRssKb(long pid) {
        return field(pid, "VmHWM:");
    }

    static long ownPeakRssKb() {
        return peakRssKb(ProcessHandle.current().pid()).orElse(0);
    }

    /**
     * Sets this process's high-water mark back to its current resident size (Linux 4.0+: writing 5 to
     * {@code clear_refs}); returns whether that worked, else peaks are since the process started.
     */
    static boolean resetOwnPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static OptionalLong field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"),
                    StandardCharsets.US_ASCII)) {
                if (line.startsWith(name)) {
                    return OptionalLong.of(Long.parseLong(line.substring(name.length()).replace("kB", "").trim()));
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            // The process has ended, or this is not Linux: the value is unknown, not an error.
            return OptionalLong.empty();
        }
    }
}
