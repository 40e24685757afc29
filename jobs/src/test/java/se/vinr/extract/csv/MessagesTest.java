package se.vinr.extract.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertThat(Messages.english().keys()).containsExactlyInAnyOrderElementsOf(Messages.swedish().keys());
    }

    @Test
    void everyTextTakesItsArgumentsWithoutLeftoverPlaceholders() {
        for (Messages messages : new Messages[] {Messages.swedish(), Messages.english()}) {
            for (String key : messages.keys()) {
                String text = messages.text(key, "a", "b", "c", "d", "e", "f", "g");
                assertThat(text).as(key).doesNotContain("{", "}").isNotBlank();
            }
        }
    }

    @Test
    void choosesEnglishOnlyForEnglish() {
        assertThat(Messages.of(Locale.UK).locale().getLanguage()).isEqualTo("en");
        assertThat(Messages.of(Locale.GERMANY).locale()).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.of(Messages.SWEDISH).text("file.empty", "cases.csv")).startsWith("cases.csv är tom");
    }

    @Test
    void writesLineNumbersAsPlainDigits() {
        assertThat(Messages.swedish().text("reject.missing_required", "cases.csv", 12345L, "opened"))
                .startsWith("cases.csv, rad 12345, fält opened:");
    }
}
