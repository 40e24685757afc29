package se.vinr.extract.csv;

import java.util.Map;

/**
 * One data row as read, before validation. It holds raw values, identifiers included, so it must never
 * leave the extract step; {@link #toString()} therefore shows no values.
 *
 * @param line the 1-based physical line where the row starts (the header is line 1); a row whose
 *             quoted values hold line breaks spans several lines and is known by its first
 * @param fields the raw (untrimmed) values by contract field name; a field whose column the file lacks
 *               is absent
 * @param fieldCount how many fields the row had
 * @param malformed whether that count differs from the header's
 */
public record RawRecord(long line, Map<String, String> fields, int fieldCount, boolean malformed) {

    public RawRecord {
        fields = Map.copyOf(fields);
    }

    /** The raw value of a contract field, or null when the file has no such column. */
    public String field(String name) {
        return fields.get(name);
    }

    @Override
    public String toString() {
        return "RawRecord[line=" + line + ", fieldCount=" + fieldCount + ", malformed=" + malformed + "]";
    }
}
