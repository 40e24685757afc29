package se.vinr.extract.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one pass over an input file tells before its rows are read: the SHA-256 the manifest records,
 * and the number of physical lines, against which progress through a long file is shown as a percent.
 * Counting {@code \n} bytes is exact for the encodings the contract accepts (in UTF-8 and
 * Windows-1252 the byte never occurs inside another character) and line endings CRLF and LF.
 *
 * @param sha256 lower-case hex, as {@code FileDigest} writes it
 * @param lines physical lines, the header's included; a last line without a line break counts
 */
record InputScan(String sha256, long lines) {

    static InputScan of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        long breaks = 0;
        byte last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        breaks++;
                    }
                }
                last = buffer[n - 1];
            }
        }
        return new InputScan(HexFormat.of().formatHex(digest.digest()), last == '\n' ? breaks : breaks + 1);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
