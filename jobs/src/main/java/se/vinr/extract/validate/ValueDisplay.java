package se.vinr.extract.validate;

import java.util.regex.Pattern;
import se.vinr.extract.csv.Messages;

/**
 * How a rejected value appears in a message. Code, date, yes/no and number values help the analyst and
 * identify nobody, so they are shown; but an export with shifted columns can put a personnummer in any
 * field, so a long value or one with a run of six or more digits is described by its length instead.
 */
final class ValueDisplay {

    private static final int LONGEST_SHOWN = 40;
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d{6,}");

    private ValueDisplay() {
    }

    static String of(String value, Messages messages) {
        if (value.length() > LONGEST_SHOWN || DIGIT_RUN.matcher(value).find()) {
            return masked(value, messages);
        }
        return messages.text("value.shown", value);
    }

    static String masked(String value, Messages messages) {
        return messages.text("value.masked", value.length());
    }
}
