package se.vinr.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/** Measures work done in this process: wall time, process CPU time and the resident-memory peak. */
final class Meter {

    /** The result of the work and what it cost. */
    record Timed<T>(T value, Measurement measurement) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private boolean peaksPerStage = true;

    <T> Timed<T> measure(Callable<T> work) throws Exception {
        peaksPerStage &= ProcStatus.resetOwnPeak();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        T value = work.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        return new Timed<>(value, new Measurement(seconds, cpuSeconds, ProcStatus.ownPeakRssKb()));
    }

    /** Whether every peak so far was of its own stage, not of the process since it started. */
    boolean peaksPerStage() {
        return peaksPerStage;
    }
}
