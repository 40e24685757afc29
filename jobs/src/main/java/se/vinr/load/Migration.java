package se.vinr.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned schema file, {@code V003__reference.sql}: version 3, description "reference". */
public record Migration(int version, String description, String fileName) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    static Optional<Migration> fromFileName(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), fileName));
    }
}
