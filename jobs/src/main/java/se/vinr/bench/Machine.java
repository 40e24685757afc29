package se.vinr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a run was measured on, as the benchmark section states it. */
public record Machine(int cores, long memoryMb, String cpu, String os, String java) {

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(), cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    private static long totalMemoryMb() {
        String total = procField(Path.of("/proc/meminfo"), "MemTotal:");
        return total.isEmpty() ? 0 : Long.parseLong(total.replace("kB", "").trim()) / 1024;
    }

    private static String cpuModel() {
        String model = procField(Path.of("/proc/cpuinfo"), "model name");
        return model.isEmpty() ? "unknown CPU" : model.replaceFirst("^\\s*:\\s*", "");
    }

    private static String procField(Path file, String name) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> l.substring(name.length()).trim()).orElse("");
        } catch (IOException e) {
            // Not Linux: the section then says the value is unknown.
            return "";
        }
    }
}
