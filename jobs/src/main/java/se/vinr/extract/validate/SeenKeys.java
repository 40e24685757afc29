package se.vinr.extract.validate;

/**
 * The unique keys seen so far in one file, each kept as a 128-bit hash in an open-addressing table of
 * primitive longs: 16 bytes a key against well over 100 for a set of strings, so a million-row file
 * needs about 32 MB. Two different keys sharing a hash is a chance of about 2^-128 per pair: never in
 * practice. Not thread-safe.
 */
final class SeenKeys {

    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final int MAX_CAPACITY = 1 << 30;
    private static final double MAX_LOAD = 0.6;

    /** Slot {@code i} is {@code table[2i], table[2i+1]}; both zero marks an empty slot. */
    private long[] table = new long[2 * INITIAL_CAPACITY];
    private int mask = INITIAL_CAPACITY - 1;
    private int size;

    /** Adds a key's hash; true when it had not been seen before. */
    boolean add(long high, long low) {
        if (high == 0 && low == 0) {
            low = 1;
        }
        if (size + 1 > (mask + 1) * MAX_LOAD) {
            grow();
        }
        for (int i = slotOf(high); ; i = (i + 1) & mask) {
            long h = table[2 * i];
            long l = table[2 * i + 1];
            if (h == 0 && l == 0) {
                table[2 * i] = high;
                table[2 * i + 1] = low;
                size++;
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    int capacity() {
        return mask + 1;
    }

    private int slotOf(long high) {
        // The hash's bits are already uniform; folding the halves only guards against a weak caller.
        return (int) (high ^ (high >>> 32)) & mask;
    }

    private void grow() {
        int capacity = mask + 1;
        if (capacity >= MAX_CAPACITY) {
            throw new IllegalStateException("more unique keys in one file than can be checked: " + size);
        }
        long[] old = table;
        table = new long[4 * capacity];
        mask = 2 * capacity - 1;
        for (int i = 0; i < old.length; i += 2) {
            long h = old[i];
            long l = old[i + 1];
            if (h != 0 || l != 0) {
                int slot = slotOf(h);
                while (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = h;
                table[2 * slot + 1] = l;
            }
        }
    }
}
