package se.vinr.extract.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdMaskTest {

    @ParameterizedTest
    @ValueSource(strings = {"19900830-2391", "199008302391", "900830+2391", "ärende-17"})
    void keepsOnlyTheLength(String raw) {
        assertThat(IdMask.mask(raw))
                .isEqualTo("(masked value, " + raw.length() + " characters)")
                .doesNotContain("9008", "2391", "ärende", "-", "+");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void callsABlankValueEmpty(String raw) {
        assertThat(IdMask.mask(raw)).isEqualTo("(empty value)");
    }

    @Test
    void capsTheLengthOfLongValues() {
        assertThat(IdMask.mask("1".repeat(500))).isEqualTo("(masked value, more than 99 characters)");
        assertThat(IdMask.mask("7")).isEqualTo("(masked value, 1 character)");
    }
}
