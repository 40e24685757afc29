package se.vinr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The benchmark's own pseudonymisation key: 32 random bytes in a file readable by its owner only, made
 * once under the benchmark folder. It protects nothing (the data is synthetic) but makes our extract
 * and the baseline hash under a real-sized key; it is never printed.
 */
final class BenchKey {

    private static final int BYTES = 32;

    private final Path file;

    private BenchKey(Path file) {
        this.file = file;
    }

    /** The key in {@code file}, written first if the file does not exist. */
    static BenchKey at(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                byte[] key = new byte[BYTES];
                new SecureRandom().nextBytes(key);
                write(file, key);
            }
            return new BenchKey(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bench key " + file, e);
        }
    }

    private static void write(Path file, byte[] key) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.write(file, key);
    }

    Path file() {
        return file;
    }

    /** The key in {@code file} as hex text, for the baseline's stand-in keyed hash. */
    static String hexOf(Path file) {
        try {
            return HexFormat.of().formatHex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bench key " + file, e);
        }
    }
}
