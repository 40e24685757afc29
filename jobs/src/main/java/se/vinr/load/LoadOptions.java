package se.vinr.load;

/**
 * Choices of the person running a load.
 *
 * @param acceptNewKey load a package pseudonymised under another key than the municipality's earlier
 *                     loads; its persons then get new pseudonyms, so no one can be followed across
 *                     the change
 */
public record LoadOptions(boolean acceptNewKey) {

    public static LoadOptions defaults() {
        return new LoadOptions(false);
    }
}
