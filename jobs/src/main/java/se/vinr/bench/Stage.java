package se.vinr.bench;

/** The rows of the benchmark table, in the order a run goes through them. */
public enum Stage {
    EXTRACT, LOAD, INDICATORS, REPORT, TOTAL;

    public String label() {
        return name().toLowerCase();
    }
}
