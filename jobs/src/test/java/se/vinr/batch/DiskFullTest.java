package se.vinr.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.reports.model.Language;

/**
 * Full disks as the JVM and DuckDB really report them: every write to Linux's {@code /dev/full} fails
 * with the kernel's "No space left on device", reached here through a symbolic link named like an
 * output file.
 */
class DiskFullTest {

    private static final Path FULL_DEVICE = Path.of("/dev/full");

    @TempDir
    Path temp;

    @Test
    void recognisesAFailedJvmWriteAndNamesTheFileTheWriterAttached() throws IOException {
        Path file = Files.createSymbolicLink(temp.resolve("cases.parquet.part"), FULL_DEVICE);
        Throwable failure = catchThrowable(() -> Files.write(file, new byte[] {1, 2, 3}));

        Exception wrapped = new IllegalStateException("step failed", new UncheckedIOException(DiskFull.at(file,
                failure)));

        assertThat(DiskFull.in(wrapped)).contains(new DiskFull(file));
    }

    @Test
    void takesTheFileFromDuckDbsOwnMessage() throws Exception {
        Path file = Files.createSymbolicLink(temp.resolve("export.csv"), FULL_DEVICE);
        Throwable failure;
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement()) {
            failure = catchThrowable(() -> statement.execute(
                    "COPY (SELECT range AS n FROM range(100000)) TO '" + file + "' (FORMAT csv)"));
        }

        assertThat(failure).as("DuckDB's write to a full disk failed").isNotNull();
        assertThat(DiskFull.in(failure)).as(failure.getMessage()).contains(new DiskFull(file));
    }

    @Test
    void namesTheJobHistoryWhenH2IsWhatCouldNotWrite() {
        Path history = Path.of("/srv/out/jobs/repository.mv.db");
        Exception h2 = new org.h2.mvstore.MVStoreException(1,
                "Writing to sun.nio.ch.FileChannelImpl@6fd7aba8 failed; length 4096 at 184320");
        h2.initCause(new IOException("No space left on device"));
        Exception failure = new IllegalStateException("could not update the step", h2);

        DiskFull full = DiskFull.in(failure).orElseThrow();

        assertThat(full.file()).as("H2 names no file").isNull();
        assertThat(full.orHistory(failure, history).file()).isEqualTo(history);
        assertThat(DiskFull.in(new IOException("No space left on device")).orElseThrow()
                .orHistory(new IOException("No space left on device"), history).file()).isNull();
    }

    @Test
    void leavesOtherInputOutputFailuresAlone() {
        assertThat(DiskFull.in(new AccessDeniedException("/srv/out/manifest.json"))).isEmpty();
        assertThat(DiskFull.in(new IOException("Stream closed"))).isEmpty();
    }

    @Test
    void namesTheOutputFolderWhenTheFileIsUnknown() {
        DiskFull full = DiskFull.in(new IOException("No space left on device")).orElseThrow();

        assertThat(full.sentence(Path.of("/srv/vinr/out"), Language.SV)).isEqualTo("disken där utdatamappen "
                + "/srv/vinr/out ligger är full; frigör utrymme på den eller välj en annan utdatamapp med --out,"
                + " och kör sedan samma kommando igen");
        assertThat(full.sentence(Path.of("/srv/vinr/out"), Language.EN)).isEqualTo("the disk of the output folder "
                + "/srv/vinr/out is full; free space on it or choose another output folder with --out, then run"
                + " the same command again");
    }
}
