package se.vinr.extract;

import java.util.Arrays;

/**
 * One validated, pseudonymised row, values in the order of {@link OutputSchema#columns()}; it holds
 * no raw identifier, so it may be written anywhere downstream.
 */
public record PseudonymisedRow(Object[] values) {

    public PseudonymisedRow {
        values = values.clone();
    }

    public Object get(int index) {
        return values[index];
    }

    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PseudonymisedRow other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PseudonymisedRow" + Arrays.toString(values);
    }
}
