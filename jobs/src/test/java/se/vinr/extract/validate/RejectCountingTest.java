package se.vinr.extract.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vinr.extract.RejectReason;
import se.vinr.extract.csv.ExtractFileException;
import se.vinr.extract.csv.Messages;

class RejectCountingTest {

    @Test
    void countsRowsReadWrittenAndRejectedByReason() {
        RejectCounter counter = counter(10, 7, RejectReason.INVALID_DATE, RejectReason.INVALID_DATE, RejectReason.DUPLICATE_ID);

        assertThat(counter.counts()).isEqualTo(new FileCounts(10, 7, 3,
                Map.of(RejectReason.INVALID_DATE, 2L, RejectReason.DUPLICATE_ID, 1L)));
        assertThat(counter.counts().rejectedByReason().keySet())
                .containsExactly(RejectReason.INVALID_DATE, RejectReason.DUPLICATE_ID);
        assertThat(counter.firstRejectedLine()).hasValue(100);
    }

    @Test
    void refusesCountsThatLoseARow() {
        RejectCounter counter = counter(3, 2);

        assertThatThrownBy(counter::counts).isInstanceOf(IllegalStateException.class).hasMessageContaining("read 3");
        assertThatThrownBy(() -> new FileCounts(2, 1, 1, Map.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void letsAFileThroughAtTheLimit() {
        RejectShareLimit limit = RejectShareLimit.defaultLimit(Messages.swedish());

        limit.check("cases.csv", counter(100, 95, fiveTimes(RejectReason.INVALID_PERSON_ID)));
        limit.check("cases.csv", counter(0, 0));
        assertThat(limit.exceededBy(new FileCounts(100, 95, 5, Map.of(RejectReason.UNKNOWN_CODE, 5L)))).isFalse();
    }

    @Test
    void failsAFileAboveTheLimitNamingShareLineAndWhatToDo() {
        RejectShareLimit limit = RejectShareLimit.defaultLimit(Messages.swedish());
        RejectCounter counter = counter(80, 75, RejectReason.UNKNOWN_CODE, RejectReason.UNKNOWN_CODE,
                RejectReason.INVALID_DATE, RejectReason.UNKNOWN_CODE, RejectReason.UNKNOWN_CODE);
        counter.countRead();
        counter.countRejected(new Rejection("cases.csv", 900, "role", RejectReason.UNKNOWN_CODE, "m"));

        assertThatThrownBy(() -> limit.check("cases.csv", counter))
                .isInstanceOfSatisfying(ExtractFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(100);
                    assertThat(e.getMessage()).isEqualTo("cases.csv: 6 av 81 rader (7,4 %) avvisades, fler än gränsen 5 %. "
                            + "Första avvisade raden är rad 100. Se orsaken per rad i rejects.csv, rätta exporten och kör "
                            + "igen, eller höj gränsen i konfigurationen om avvikelserna är väntade.");
                });
    }

    @Test
    void takesAConfiguredLimitAndSpeaksEnglish() {
        RejectShareLimit strict = new RejectShareLimit(0.0, Messages.english());

        assertThatThrownBy(() -> strict.check("training.csv", counter(50, 49, RejectReason.DUPLICATE_ID)))
                .hasMessageStartingWith("training.csv: 1 of 50 rows (2%) were rejected, more than the limit of 0%.");
        assertThatThrownBy(() -> new RejectShareLimit(5, Messages.english())).isInstanceOf(IllegalArgumentException.class);
    }

    private static RejectReason[] fiveTimes(RejectReason reason) {
        return new RejectReason[] {reason, reason, reason, reason, reason};
    }

    /** A counter after {@code read} rows, {@code written} of them written and one rejected per reason from line 100. */
    private static RejectCounter counter(int read, int written, RejectReason... rejected) {
        RejectCounter counter = new RejectCounter();
        for (int i = 0; i < read; i++) {
            counter.countRead();
        }
        for (int i = 0; i < written; i++) {
            counter.countWritten();
        }
        for (int i = 0; i < rejected.length; i++) {
            counter.countRejected(new Rejection("f.csv", 100 + i, "x", rejected[i], "m"));
        }
        return counter;
    }
}
