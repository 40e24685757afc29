package se.vinr.extract.person;

/** The age bands of docs/contract.md#3-pseudonymisation, by completed years at the event. */
public enum AgeBand {
    AGE_0_17("0-17", 0),
    AGE_18_24("18-24", 18),
    AGE_25_44("25-44", 25),
    AGE_45_64("45-64", 45),
    AGE_65_79("65-79", 65),
    AGE_80_PLUS("80+", 80);

    private final String label;
    private final int lowest;

    AgeBand(String label, int lowest) {
        this.label = label;
        this.lowest = lowest;
    }

    public static AgeBand of(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("an age cannot be negative: " + age);
        }
        AgeBand[] bands = values();
        for (int i = bands.length - 1; i > 0; i--) {
            if (age >= bands[i].lowest) {
                return bands[i];
            }
        }
        return bands[0];
    }

    /** The label used in files and reports, e.g. {@code 25-44} or {@code 80+}. */
    public String label() {
        return label;
    }
}
