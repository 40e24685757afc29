package se.vinr.batch;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.vinr.reports.model.Language;

/**
 * A failure caused by a full disk (or an exhausted quota), told as one sentence that names the file
 * that could not be written, the output folder, and what to do. The operating system says so only in
 * the message of an exception somewhere down the chain ({@code No space left on device}); which file it
 * was, a writer attaches with {@link #at}, and DuckDB writes it into its own message.
 *
 * @param file the file that could not be written, when known
 */
public record DiskFull(@Nullable Path file) {

    /** The job's exit code in the job repository for a run that stopped on a full disk. */
    public static final String EXIT_CODE = "FAILED_DISK_FULL";

    /** The texts of {@code ENOSPC} and {@code EDQUOT} as the JVM, DuckDB and H2 pass them on. */
    private static final Pattern FULL = Pattern.compile("No space left on device|Disk quota exceeded",
            Pattern.CASE_INSENSITIVE);
    /**
     * DuckDB's {@code Could not write file "…": No space left on device}, whose quotes arrive escaped
     * ({@code \"}) when DuckDB reports the failure of an asynchronous write as JSON.
     */
    private static final Pattern QUOTED_FILE = Pattern.compile("file \\\\?\"([^\"\\\\]+)\\\\?\"");

    /** The full disk beneath {@code failure}, if that is what it is. */
    public static Optional<DiskFull> in(Throwable failure) {
        boolean full = false;
        Path file = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            full |= FULL.matcher(message).find();
            if (file == null) {
                file = file(cause, message);
            }
        }
        return full ? Optional.of(new DiskFull(file)) : Optional.empty();
    }

    /**
     * This full disk, naming {@code historyFile} when the job history (embedded H2) is what could not
     * write: H2's own message names no file, only a file channel.
     */
    public DiskFull orHistory(Throwable failure, Path historyFile) {
        if (file != null) {
            return this;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith("org.h2.")) {
                return new DiskFull(historyFile);
            }
        }
        return this;
    }

    /**
     * {@code failure} with the file it was writing attached, so that a full disk is reported naming
     * that file: the JVM's own message for a failed write names none.
     */
    public static FileSystemException at(Path file, Throwable failure) {
        if (failure instanceof FileSystemException named && named.getFile() != null) {
            return named;
        }
        FileSystemException named = new FileSystemException(file.toString(), null, failure.getMessage());
        named.initCause(failure);
        return named;
    }

    /** The sentence the user reads, in {@code language}. */
    public String sentence(Path outputFolder, Language language) {
        Locale locale = se.vinr.cli.LanguageOption.locale(language);
        // The command-line texts, without fallback: the JVM's default locale must not pick the language.
        ResourceBundle texts = ResourceBundle.getBundle("se.vinr.cli.Messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Path folder = outputFolder.toAbsolutePath().normalize();
        return file == null
                ? String.format(Locale.ROOT, texts.getString("disk.full"), folder)
                : String.format(Locale.ROOT, texts.getString("disk.full.file"), file, folder);
    }

    private static @Nullable Path file(Throwable cause, String message) {
        if (cause instanceof FileSystemException named && named.getFile() != null) {
            return Path.of(named.getFile());
        }
        Matcher quoted = QUOTED_FILE.matcher(message);
        return quoted.find() ? Path.of(quoted.group(1)) : null;
    }
}
