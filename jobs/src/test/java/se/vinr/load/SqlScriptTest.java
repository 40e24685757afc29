package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsStatementsOnSemicolons() {
        assertThat(SqlScript.parse("t", "SELECT 1;\nSELECT 2;\n").statements()).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void keepsSemicolonsInsideQuotesAndComments() {
        String text = "-- header; with a semicolon\nSELECT 'a;b', \"odd;name\" /* c; d */ FROM t; SELECT 'it''s; fine'";

        assertThat(SqlScript.parse("t", text).statements()).containsExactly(
                "-- header; with a semicolon\nSELECT 'a;b', \"odd;name\" /* c; d */ FROM t", "SELECT 'it''s; fine'");
    }

    @Test
    void dropsStatementsThatAreOnlyComments() {
        assertThat(SqlScript.parse("t", "-- purpose\n-- inputs\n;\nSELECT 1;\n-- trailing note\n").statements())
                .containsExactly("SELECT 1");
    }

    @Test
    void namesTheFileOfAnUnclosedQuote() {
        assertThatThrownBy(() -> SqlScript.parse("load/x.sql", "SELECT 'open")).hasMessage("load/x.sql: a quote ' is never closed");
    }
}
