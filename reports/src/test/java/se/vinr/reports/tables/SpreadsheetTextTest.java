package se.vinr.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=", "-"})
    void prefixesTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(SpreadsheetText.safe(text)).startsWith("'").hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "+3", "-1e-3", "42", "IFO vuxen", "unit==HYPERLINK(x)", "kommungrupp:C6"})
    void leavesNumbersAndOrdinaryTextAlone(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void anEmptyCellStaysEmpty(String text) {
        assertThat(SpreadsheetText.safe(text)).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isEmpty();
    }
}
