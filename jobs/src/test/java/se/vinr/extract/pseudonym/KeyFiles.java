package se.vinr.extract.pseudonym;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes key files for tests, bypassing {@link PseudonymKey#writeTo} so that any bytes and modes can be set. */
final class KeyFiles {

    private KeyFiles() {
    }

    static Path write(Path file, byte[] bytes, String permissions) throws IOException {
        Files.write(file, bytes);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    static Path writePrivate(Path file, byte[] bytes) throws IOException {
        return write(file, bytes, "rw-------");
    }

    static byte[] counting(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
