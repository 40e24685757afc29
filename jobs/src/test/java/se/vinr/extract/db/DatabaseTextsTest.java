package se.vinr.extract.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

class DatabaseTextsTest {

    @Test
    void hasEveryTextInSwedishAndEnglish() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle swedish = ResourceBundle.getBundle("messages.database", DatabaseTexts.SWEDISH, exact);
        ResourceBundle english = ResourceBundle.getBundle("messages.database", Locale.ENGLISH, exact);

        assertThat(swedish.keySet()).isNotEmpty().isEqualTo(english.keySet());
        assertThat(swedish.getString("database.no_query")).isNotEqualTo(english.getString("database.no_query"));
    }

    @Test
    void speaksSwedishUnlessEnglishIsAsked() {
        assertThat(new DatabaseTexts(Locale.GERMAN).text("database.password_set")).isEqualTo("den är satt");
        assertThat(new DatabaseTexts(Locale.ENGLISH).text("database.password_set")).isEqualTo("it is set");
    }

    @Test
    void showsAStatementErrorButOnlyTheCodeOfADataError() {
        DatabaseTexts texts = new DatabaseTexts(Locale.ENGLISH);

        assertThat(texts.reason(new SQLException("relation \"cases\" does not exist", "42P01")))
                .isEqualTo("relation \"cases\" does not exist");
        assertThat(texts.reason(new SQLException("invalid input syntax for type date: \"19121212-1212\"", "22007")))
                .isEqualTo("the database's error code SQLSTATE 22007; the message is not shown because it may "
                        + "hold values from the database");
        assertThat(texts.reason(new SQLException("driver trouble with 19121212-1212"))).doesNotContain("1912");
    }
}
