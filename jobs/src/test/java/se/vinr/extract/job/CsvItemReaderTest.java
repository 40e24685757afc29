package se.vinr.extract.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.profile.MappingProfile;

class CsvItemReaderTest {

    @TempDir
    Path input;

    @Test
    void measuresProgressByThePhysicalLineWhereTheLastRowReadStarts() throws IOException {
        Files.writeString(input.resolve("plan_status.csv"),
                "activity_id,status,value,comment\r\nA1,done,,\r\nA2,ongoing,,\"two\r\nlines\"\r\nA3,done,,");
        CsvItemReader reader = new CsvItemReader(RecordKind.PLAN_STATUS, input, MappingProfile.none(), Messages.swedish());

        reader.open(new ExecutionContext());
        List<Double> progress = new ArrayList<>(List.of(reader.fractionRead().orElseThrow()));
        for (RawRecord row = reader.read(); row != null; row = reader.read()) {
            progress.add(reader.fractionRead().orElseThrow());
        }
        progress.add(reader.fractionRead().orElseThrow());
        reader.close();

        assertThat(progress).containsExactly(0.2, 0.4, 0.6, 1.0, 1.0);
    }

    @Test
    void hasNoProgressForAMissingOptionalFile() {
        CsvItemReader reader = new CsvItemReader(RecordKind.TRAINING, input, MappingProfile.none(), Messages.swedish());
        ExecutionContext context = new ExecutionContext();

        reader.open(context);

        assertThat(reader.read()).isNull();
        assertThat(reader.fractionRead()).isEqualTo(OptionalDouble.empty());
        assertThat(context.getString(CsvItemReader.MISSING)).isEqualTo("true");
    }
}
