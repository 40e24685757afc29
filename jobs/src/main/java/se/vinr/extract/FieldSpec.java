package se.vinr.extract;

import java.util.List;

import se.vinr.extract.pseudonym.IdKind;

/**
 * One field of an input file (docs/contract.md#2-input-files).
 *
 * @param codes the accepted values for {@link FieldType#CODE} and {@link FieldType#CODE_LIST}, else empty
 * @param idKind the pseudonym domain for {@link FieldType#ID} and {@link FieldType#PERSON_ID} fields, else null
 */
public record FieldSpec(String name, FieldType type, boolean required, List<String> codes, IdKind idKind) {

    public FieldSpec {
        codes = List.copyOf(codes);
    }

    static FieldSpec required(String name, FieldType type) {
        return new FieldSpec(name, type, true, List.of(), type == FieldType.PERSON_ID ? IdKind.PERSON : null);
    }

    static FieldSpec optional(String name, FieldType type) {
        return new FieldSpec(name, type, false, List.of(), null);
    }

    static FieldSpec id(String name, IdKind kind, boolean required) {
        return new FieldSpec(name, FieldType.ID, required, List.of(), kind);
    }

    static FieldSpec code(String name, boolean required, String... codes) {
        return new FieldSpec(name, FieldType.CODE, required, List.of(codes), null);
    }

    static FieldSpec codeList(String name, boolean required, String... codes) {
        return new FieldSpec(name, FieldType.CODE_LIST, required, List.of(codes), null);
    }
}
