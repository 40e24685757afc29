package se.vinr.bench;

/**
 * What one piece of work cost: wall-clock seconds, CPU seconds of the whole process (every thread,
 * DuckDB's native ones and the garbage collector's included) and the resident-memory high-water mark
 * in kB while it ran (0 when unknown).
 */
public record Measurement(double seconds, double cpuSeconds, long peakRssKb) {

    public static final Measurement NONE = new Measurement(0, 0, 0);

    /** Both pieces of work, one after the other: times add up, the peak is the higher one. */
    public Measurement plus(Measurement other) {
        return new Measurement(seconds + other.seconds, cpuSeconds + other.cpuSeconds,
                Math.max(peakRssKb, other.peakRssKb));
    }

    /** The same peak, with the given seconds carved out of this measurement's wall time. */
    public Measurement withSeconds(double newSeconds) {
        return new Measurement(newSeconds, cpuSeconds, peakRssKb);
    }

    public double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
