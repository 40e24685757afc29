package se.vinr.extract.validate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.vinr.core.Period;
import se.vinr.extract.FieldSpec;
import se.vinr.extract.FieldType;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.profile.BooleanWords;
import se.vinr.extract.profile.CodeMapping;
import se.vinr.extract.profile.MappingProfile;

/**
 * Judges the rows of one file for one period (docs/contract.md#4-rejects). Values are trimmed and translated
 * by the profile first; then a row gets the first reason that applies, in the contract's order:
 * {@code malformed_row}, {@code missing_required}, {@code invalid_person_id}, {@code invalid_date},
 * {@code unknown_code}, {@code invalid_text}, {@code closed_before_opened}, {@code out_of_period},
 * {@code duplicate_id}. A date before the person's birth is an {@code invalid_date}: no age can be
 * computed for it. Free text ({@link FieldType#FREE_TEXT}) is dropped here unless the profile keeps it.
 * Within one reason, fields are judged in the file's field order.
 *
 * <p>Codes are matched exactly (they are case-sensitive in the contract); yes/no words and profile
 * translations ignore case. A number that does not parse is an {@code unknown_code}: the contract has
 * no reason of its own for it, and "a value outside what the field accepts" is what that reason says.
 * {@code duplicate_id} is judged last and only among rows that passed every other check, so a rejected
 * row claims no key; the first row with a key wins.
 *
 * <p>Stateful (it remembers the keys seen) and not thread-safe: one validator per file and run.
 */
public final class RowValidator {

    private static final Pattern INTEGER = Pattern.compile("\\+?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)");
    private static final String CANONICAL_LIST_SEPARATOR = "|";

    private final RecordKind kind;
    private final Period period;
    private final PersonIdCheck personIds;
    private final String fileName;
    private final Messages messages;
    private final List<FieldSpec> fields;
    private final CodeMapping codes;
    private final DateTimeFormatter dates;
    private final String datePattern;
    private final Pattern listSeparator;
    private final Optional<DateOrder> dateOrder;
    private final int[] keyFields;
    private final String keyName;
    private final SeenKeys seenKeys = new SeenKeys();
    private final MessageDigest digest;
    private final boolean keepComments;

    /**
     * @param fileName the file named in rejections and their messages
     */
    public RowValidator(RecordKind kind, Period period, MappingProfile profile, PersonIdCheck personIds,
                        String fileName, Messages messages) {
        this.kind = kind;
        this.period = period;
        this.personIds = personIds;
        this.fileName = fileName;
        this.messages = messages;
        this.fields = kind.fields();
        this.codes = profile.codes(kind);
        this.dates = profile.dateFormatter();
        this.datePattern = profile.datePattern();
        this.listSeparator = Pattern.compile(Pattern.quote(profile.listSeparator()));
        this.dateOrder = DateOrder.of(kind);
        this.keyFields = kind.uniqueKey().stream().mapToInt(this::indexOf).toArray();
        this.keyName = String.join("+", kind.uniqueKey());
        this.keepComments = profile.keepComments();
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public RecordKind kind() {
        return kind;
    }

    public ValidationResult validate(RawRecord record) {
        if (record.malformed()) {
            return reject(record, "", RejectReason.MALFORMED_ROW,
                    messages.text("reject.malformed_row", fileName, record.line(), record.fieldCount()));
        }
        Object[] prepared = new Object[fields.size()];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = prepare(fields.get(i), record.field(fields.get(i).name()));
        }
        for (int i = 0; i < prepared.length; i++) {
            if (fields.get(i).required() && prepared[i] == null) {
                return reject(record, i, RejectReason.MISSING_REQUIRED, "reject.missing_required");
            }
        }
        Object[] typed = new Object[prepared.length];
        CheckedPerson person = null;
        for (int i = 0; i < prepared.length; i++) {
            if (fields.get(i).type() == FieldType.PERSON_ID && prepared[i] != null) {
                String raw = (String) prepared[i];
                try {
                    person = personIds.check(raw);
                    typed[i] = person.normalised();
                } catch (InvalidPersonId e) {
                    String key = "reject.invalid_person_id." + e.problem().name().toLowerCase(Locale.ROOT);
                    return reject(record, i, RejectReason.INVALID_PERSON_ID, key, raw.length());
                }
            }
        }
        for (int i = 0; i < prepared.length; i++) {
            if (fields.get(i).type() == FieldType.DATE && prepared[i] != null) {
                String text = (String) prepared[i];
                try {
                    typed[i] = LocalDate.parse(text, dates);
                } catch (DateTimeParseException e) {
                    return reject(record, i, RejectReason.INVALID_DATE, "reject.invalid_date",
                            ValueDisplay.of(text, List.of(), messages), datePattern);
                }
                if (person != null && ((LocalDate) typed[i]).isBefore(person.birthDate())) {
                    return reject(record, i, RejectReason.INVALID_DATE, "reject.before_birth", typed[i]);
                }
            }
        }
        for (int i = 0; i < prepared.length; i++) {
            if (prepared[i] != null) {
                Optional<Rejection> unknown = convert(record, i, prepared[i], typed);
                if (unknown.isPresent()) {
                    return unknown.get();
                }
            }
        }
        Optional<Rejection> badText = checkText(record, typed);
        if (badText.isPresent()) {
            return badText.get();
        }
        Optional<Rejection> outOfOrder = checkDateOrder(record, typed);
        if (outOfOrder.isPresent()) {
            return outOfOrder.get();
        }
        Optional<Rejection> outOfPeriod = checkPeriod(record, typed);
        if (outOfPeriod.isPresent()) {
            return outOfPeriod.get();
        }
        if (!firstTimeSeen(typed)) {
            return reject(record, keyName, RejectReason.DUPLICATE_ID,
                    messages.text("reject.duplicate_id", fileName, record.line(), keyName));
        }
        return new Validated(record, valuesByField(typed), person);
    }

    /**
     * The trimmed value with the profile's translation applied, null when empty: a String, or for a
     * code list the List of its translated parts (null when none remain).
     */
    private Object prepare(FieldSpec field, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        switch (field.type()) {
            case CODE, BOOLEAN -> text = codes.map(field.name(), text).trim();
            case CODE_LIST -> {
                List<String> parts = new ArrayList<>();
                for (String part : listSeparator.split(text)) {
                    String code = part.isBlank() ? "" : codes.map(field.name(), part.trim()).trim();
                    if (!code.isEmpty()) {
                        parts.add(code);
                    }
                }
                return parts.isEmpty() ? null : parts;
            }
            default -> { }
        }
        return text.isEmpty() ? null : text;
    }

    /** Types a code, code list, yes/no or number value into {@code typed}; the rejection if it is none. */
    @SuppressWarnings("unchecked")
    private Optional<Rejection> convert(RawRecord record, int i, Object prepared, Object[] typed) {
        FieldSpec field = fields.get(i);
        switch (field.type()) {
            case CODE -> {
                String code = (String) prepared;
                if (!field.codes().contains(code)) {
                    return Optional.of(unknownCode(record, i, code));
                }
                typed[i] = code;
            }
            case CODE_LIST -> {
                TreeSet<String> sorted = new TreeSet<>();
                for (String code : (List<String>) prepared) {
                    if (!field.codes().contains(code)) {
                        return Optional.of(unknownCode(record, i, code));
                    }
                    sorted.add(code);
                }
                typed[i] = String.join(CANONICAL_LIST_SEPARATOR, sorted);
            }
            case BOOLEAN -> {
                Optional<Boolean> value = BooleanWords.parse((String) prepared);
                if (value.isEmpty()) {
                    return Optional.of(reject(record, i, RejectReason.UNKNOWN_CODE, "reject.unknown_boolean",
                            ValueDisplay.of((String) prepared, BooleanWords.WORDS, messages)));
                }
                typed[i] = value.get();
            }
            case INTEGER -> {
                String text = (String) prepared;
                if (!INTEGER.matcher(text).matches()) {
                    return Optional.of(reject(record, i, RejectReason.UNKNOWN_CODE, "reject.not_an_integer",
                            ValueDisplay.of(text, List.of(), messages)));
                }
                typed[i] = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            }
            case NUMBER -> {
                String text = (String) prepared;
                if (!NUMBER.matcher(text).matches()) {
                    return Optional.of(reject(record, i, RejectReason.UNKNOWN_CODE, "reject.not_a_number",
                            ValueDisplay.of(text, List.of(), messages)));
                }
                typed[i] = Double.parseDouble(text.replace(',', '.'));
            }
            case TEXT, ID -> typed[i] = prepared;
            case FREE_TEXT -> typed[i] = keepComments ? prepared : null;
            case PERSON_ID, DATE -> { }
        }
        return Optional.empty();
    }

    private Rejection unknownCode(RawRecord record, int i, String code) {
        return reject(record, i, RejectReason.UNKNOWN_CODE, "reject.unknown_code",
                ValueDisplay.of(code, fields.get(i).codes(), messages), String.join(", ", fields.get(i).codes()));
    }

    /** Names and kept free text must not hold a personal number, a control character or over-long text. */
    private Optional<Rejection> checkText(RawRecord record, Object[] typed) {
        for (int i = 0; i < typed.length; i++) {
            FieldType type = fields.get(i).type();
            if (typed[i] instanceof String text && (type == FieldType.TEXT || type == FieldType.FREE_TEXT)) {
                Optional<FreeText.Problem> problem = type == FieldType.TEXT ? FreeText.checkName(text)
                        : FreeText.checkComment(text);
                if (problem.isPresent()) {
                    return Optional.of(reject(record, i, RejectReason.INVALID_TEXT,
                            "reject.invalid_text." + problem.get().name().toLowerCase(Locale.ROOT),
                            text.codePointCount(0, text.length()), FreeText.LONGEST));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Rejection> checkDateOrder(RawRecord record, Object[] typed) {
        if (dateOrder.isEmpty()) {
            return Optional.empty();
        }
        int earlier = indexOf(dateOrder.get().earlier());
        int later = indexOf(dateOrder.get().later());
        if (typed[earlier] instanceof LocalDate from && typed[later] instanceof LocalDate to && to.isBefore(from)) {
            return Optional.of(reject(record, later, RejectReason.CLOSED_BEFORE_OPENED, "reject.closed_before_opened",
                    to, fields.get(earlier).name(), from));
        }
        return Optional.empty();
    }

    private Optional<Rejection> checkPeriod(RawRecord record, Object[] typed) {
        for (int i = 0; i < typed.length; i++) {
            if (typed[i] instanceof LocalDate date) {
                if (date.isAfter(period.end())) {
                    return Optional.of(reject(record, i, RejectReason.OUT_OF_PERIOD, "reject.out_of_period.after",
                            date, period, period.end()));
                }
                if (date.isBefore(period.start()) && kind.notBeforePeriodStart().contains(fields.get(i).name())) {
                    return Optional.of(reject(record, i, RejectReason.OUT_OF_PERIOD, "reject.out_of_period.before",
                            date, period, period.start()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Records the row's unique key as the first 128 bits of SHA-256 over its typed values, each
     * length-prefixed so that no two keys run together; person ids are already in their 12-digit form.
     */
    private boolean firstTimeSeen(Object[] typed) {
        digest.reset();
        for (int index : keyFields) {
            Object value = typed[index];
            byte[] bytes = value == null ? new byte[0] : value.toString().getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : bytes.length).array());
            digest.update(bytes);
        }
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        return seenKeys.add(hash.getLong(), hash.getLong());
    }

    private Map<String, Object> valuesByField(Object[] typed) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < typed.length; i++) {
            values.put(fields.get(i).name(), typed[i]);
        }
        return Collections.unmodifiableMap(values);
    }

    private Rejection reject(RawRecord record, int field, RejectReason reason, String key, Object... details) {
        Object[] args = new Object[details.length + 3];
        args[0] = fileName;
        args[1] = record.line();
        args[2] = fields.get(field).name();
        System.arraycopy(details, 0, args, 3, details.length);
        return reject(record, fields.get(field).name(), reason, messages.text(key, args));
    }

    private Rejection reject(RawRecord record, String field, RejectReason reason, String message) {
        return new Rejection(fileName, record.line(), field, reason, message);
    }

    private int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + kind.csvName());
    }
}
