package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.RunLock;

/**
 * The failures that are the output folder's, not the job's, end with exit code 3 and their one
 * sentence: a full disk, told by the job or met while the application starts, and the same work
 * running on another machine that shares the job repository.
 */
class OutputFolderExitTest {

    private static final String FULL = "run failed: the disk is full: /srv/out/extracts/x.parquet.part could not"
            + " be written; free space on the disk of the output folder /srv/out or choose another output folder"
            + " with --out, then run the same command again";

    @TempDir
    Path dir;

    @Test
    void aJobStoppedByAFullDiskExitsWith3() {
        Cli.Result result = run(() -> new JobOutcome("runJob", 1, false, false, FULL.substring("run failed: ".length()),
                true, List.of()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUT_FOLDER);
        assertThat(result.errLines()).containsExactly(FULL);
    }

    @Test
    void aJobThatFailedOnItsDataStillExitsWith1() {
        Cli.Result result = run(() -> new JobOutcome("runJob", 1, false, false, "cases.csv has no column opened",
                false, List.of()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.JOB_FAILED);
    }

    @Test
    void theSameWorkRunningOnAnotherMachineExitsWith3() {
        String sentence = "another vinr run is running run for municipality 2280, period 2026H1 with the same job"
                + " repository; wait until it has finished and try again";

        Cli.Result result = run(() -> {
            throw new RunLock.InUseException(sentence);
        });

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUT_FOLDER);
        assertThat(result.errLines()).containsExactly(sentence);
    }

    @Test
    void aFullDiskWhileTheApplicationStartsExitsWith3NamingTheOutputFolder() {
        Path out = dir.resolve("out");
        ApplicationStarter fullDisk = new ApplicationStarter() {
            @Override
            public ConfigurableApplicationContext start(Settings settings) {
                throw new BeanCreationException("jobRepository", "could not open the job history",
                        new IOException("No space left on device"));
            }
        };

        Cli.Result result = Cli.run(fullDisk, Cli.concat(Commands.valid("run", dir), "--out", out.toString()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OUTPUT_FOLDER);
        assertThat(result.errLines()).containsExactly("disken där utdatamappen " + out.toAbsolutePath()
                + " ligger är full; frigör utrymme på den eller välj en annan utdatamapp med --out, och kör sedan"
                + " samma kommando igen");
    }

    /** {@code vinr run} with a runner that answers with {@code outcome}. */
    private Cli.Result run(Supplier<JobOutcome> outcome) {
        ApplicationStarter starter = new ApplicationStarter() {
            @Override
            public ConfigurableApplicationContext start(Settings settings) {
                GenericApplicationContext context = new GenericApplicationContext();
                context.registerBean(JobRunner.class, () -> new JobRunner(null, null, Map.of(), null, null) {
                    @Override
                    public JobOutcome run(String jobName, Map<String, String> key, Map<String, String> settings) {
                        return outcome.get();
                    }
                });
                context.refresh();
                return context;
            }
        };
        return Cli.run(starter, Cli.concat(Commands.valid("run", dir), "--out", dir.resolve("out").toString(),
                "--lang", "en", "--quiet"));
    }
}
