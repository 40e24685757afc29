package se.vinr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.vinr.app.ApplicationStarter;
import se.vinr.app.VinrProperties;
import se.vinr.batch.ConfigurationProblem;
import se.vinr.batch.DiskFull;
import se.vinr.batch.JobOutcome;
import se.vinr.batch.OutputLock;
import se.vinr.batch.OutputPermissions;
import se.vinr.batch.RunLock;
import se.vinr.batch.UserFacingException;
import se.vinr.core.OutputLayout;

/**
 * A command that runs inside the Spring application: it locks the output folder, starts the context,
 * does its work and turns every failure into one sentence and an exit code.
 */
abstract class AppCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final Console console;
    private final ApplicationStarter starter;

    AppCommand(Console console, ApplicationStarter starter) {
        this.console = console;
        this.starter = starter;
    }

    Console console() {
        return console;
    }

    /** Extra properties for the application, e.g. a command-specific setting. */
    Map<String, Object> properties() {
        return Map.of();
    }

    /** Whether this command writes to the output folder and so must hold its lock. */
    boolean locksOutput() {
        return true;
    }

    /**
     * Checks what parsing cannot (option values against each other, paths that must exist) before the
     * application starts, so a wrong command line fails at once with {@link ExitCodes#USAGE}.
     *
     * @throws ParameterException with the sentence to show
     */
    void validate() {
    }

    abstract int execute(ConfigurableApplicationContext context) throws Exception;

    /** A command-line error in the user's language, shown as one sentence by the parse error handler. */
    ParameterException usageError(String key, Object... args) {
        return new ParameterException(spec.commandLine(), console.text(key, args));
    }

    void requireInputFolder(Path input) {
        if (!Files.isDirectory(input)) {
            throw usageError("error.input-folder", input.toAbsolutePath());
        }
    }

    void requireReadableFile(Path file, String option) {
        if (file != null && !(Files.isRegularFile(file) && Files.isReadable(file))) {
            throw usageError("error.file", file.toAbsolutePath(), option);
        }
    }

    @Override
    public final Integer call() {
        validate();
        OutputLayout layout = new OutputLayout(common.out());
        ApplicationStarter.Settings settings = new ApplicationStarter.Settings(common.out(), common.config(),
                common.keyFile(), console.language(), common.quiet(), common.verbose(), properties());
        OutputPermissions permissions = null;
        try (OutputLock lock = locksOutput() ? OutputLock.acquire(layout.lockFile(), Duration.ZERO) : null;
             ConfigurableApplicationContext context = starter.start(settings)) {
            if (lock != null) {
                VinrProperties properties = context.getBeanProvider(VinrProperties.class).getIfAvailable();
                permissions = new OutputPermissions(properties != null && properties.outputSharedWithGroup());
                permissions.restrictFolder(layout.root());
            }
            return execute(context);
        } catch (Exception e) {
            return failed(console, common.out(), e);
        } finally {
            if (permissions != null) {
                permissions.restrictTree(layout.root());
            }
            cleanUp();
        }
    }

    /** Removes what {@link #properties()} prepared outside the output folder, after the application has stopped. */
    void cleanUp() {
    }

    /** Says why the command failed, as one sentence, and returns the exit code for the cause. */
    static int failed(Console console, Path out, Exception e) {
        OutputLayout layout = new OutputLayout(out);
        Optional<DiskFull> full = DiskFull.in(e);
        if (full.isPresent()) {
            // also outside a job's steps, e.g. while the job history is written
            console.fail(full.get().orHistory(e, layout.jobRepositoryDir().resolve("repository.mv.db"))
                    .sentence(out, console.language()));
            return ExitCodes.OUTPUT_FOLDER;
        }
        if (e instanceof OutputLock.OutputFolderException || e instanceof RunLock.InUseException) {
            console.fail(e.getMessage());
            return ExitCodes.OUTPUT_FOLDER;
        }
        if (e instanceof ConfigurationProblem) {
            console.fail(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        if (e instanceof UserFacingException) {
            console.fail(e.getMessage());
            return ExitCodes.JOB_FAILED;
        }
        if (isDamagedHistory(e)) {
            console.fail(console.text("history.damaged", layout.jobRepositoryDir()));
            return ExitCodes.OUTPUT_FOLDER;
        }
        if (e instanceof BeanCreationException) {
            if (rootMessage(e).contains("The file is locked")) {
                // The embedded job history admits one process at a time; a running vinr holds it.
                console.fail(console.text("history.in.use", layout.jobRepositoryDir()));
                return ExitCodes.OUTPUT_FOLDER;
            }
            console.fail(rootMessage(e));
            return ExitCodes.CONFIGURATION;
        }
        if (e instanceof IllegalArgumentException) {
            console.fail(e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        console.fail(rootMessage(e));
        return ExitCodes.JOB_FAILED;
    }

    /** Prints one line per step and the outcome; returns the exit code. */
    int report(JobOutcome outcome) {
        if (!common.quiet()) {
            for (JobOutcome.StepOutcome step : outcome.steps()) {
                console.say("step.line", step.step(), step.status(), step.read(), step.written(), step.rejected(),
                        step.millis() / 1000.0);
            }
        }
        if (outcome.completed()) {
            return ExitCodes.OK;
        }
        console.fail(console.text("job.failed", outcome.job().replace("Job", ""), outcome.failure()));
        return outcome.diskFull() ? ExitCodes.OUTPUT_FOLDER : ExitCodes.JOB_FAILED;
    }

    /**
     * The embedded job history could not be opened because its file is cut off or corrupted (a copy
     * that stopped half-way, a disk that filled up): H2 says so with an end of file or its "file
     * corrupted" error, far down the chain of a failed start.
     */
    static boolean isDamagedHistory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof java.io.EOFException
                    || cause.getClass().getName().startsWith("org.h2.") && (message.contains("corrupt")
                    || message.contains("90030") || message.contains("EOFException"))) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof UserFacingException)) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
