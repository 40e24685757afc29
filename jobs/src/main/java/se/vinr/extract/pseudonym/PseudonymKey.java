package se.vinr.extract.pseudonym;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The municipality's secret pseudonymisation key (docs/contract.md#3-pseudonymisation).
 *
 * <p>The key is the exact bytes of the key file, at least {@value #MIN_BYTES} of them; {@code vinr keygen}
 * writes {@value #GENERATED_BYTES} random bytes. Editing the file (even adding a newline) makes a
 * different key and so different pseudonyms; the {@linkplain #fingerprint() fingerprint} in every
 * manifest shows when that happened.
 *
 * <p>Loading refuses, with one sentence naming the file, a missing file, a file of fewer than
 * {@value #MIN_BYTES} or more than {@value #MAX_BYTES} bytes, the public demo key, and a file that its
 * group or others may read, write or execute. The permission check needs POSIX permissions: on a file
 * system without them (e.g. NTFS or FAT on Windows) it is skipped and the file's protection is left to the
 * operating system's access control lists.
 *
 * <p>Neither {@link #toString()} nor any message ever shows key bytes.
 */
public final class PseudonymKey {

    public static final int MIN_BYTES = 32;
    static final int GENERATED_BYTES = 32;
    static final int MAX_BYTES = 4096;

    private static final String HMAC = "HmacSHA256";
    private static final String DEMO_FINGERPRINT_PREFIX = "demo-";
    private static final byte[] FINGERPRINT_LABEL =
            "vinr-key-fingerprint-v1:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEMO_KEY_LABEL =
            "vinr-demo-key-v1: public, for synthetic data only".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] bytes;
    private final boolean demo;

    private PseudonymKey(byte[] bytes, boolean demo) {
        this.bytes = bytes;
        this.demo = demo;
    }

    /** Reads and checks the key file; see the class description for what is refused. */
    public static PseudonymKey load(Path file) throws KeyFileException {
        Objects.requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new KeyFileException("the key file " + file + " is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new KeyFileException("the key file " + file + " does not exist; create one with: vinr keygen " + file);
        }
        try {
            if (isOpenToGroupOrOthers(file)) {
                throw new KeyFileException("the key file " + file
                        + " may be read by its group or others; make it private with: chmod 600 " + file);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new KeyFileException("the key file " + file + " is larger than " + MAX_BYTES
                        + " bytes, so it is not a key file; point --key-file at the file vinr keygen wrote");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < MIN_BYTES) {
                throw new KeyFileException("the key file " + file + " holds " + bytes.length + " bytes but a key needs at least "
                        + MIN_BYTES + "; create a new one with: vinr keygen FILE");
            }
            if (MessageDigest.isEqual(bytes, demoKeyBytes())) {
                throw new KeyFileException("the key file " + file
                        + " holds the public demo key, which must never protect real data; create a key with: vinr keygen FILE");
            }
            return new PseudonymKey(bytes, false);
        } catch (KeyFileException e) {
            throw e;
        } catch (IOException e) {
            throw new KeyFileException("the key file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** A new random key of {@value #GENERATED_BYTES} bytes. */
    public static PseudonymKey generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new PseudonymKey(bytes, false);
    }

    /**
     * The demo's key: always the same, so demo runs are reproducible, and public (derived from a label in
     * this source file), so anyone can recompute its pseudonyms. It is flagged by {@link #isDemo()} and by
     * the {@code demo-} prefix of its fingerprint, is never written to a file, and is refused by
     * {@link #load(Path)}.
     */
    public static PseudonymKey demoKey() {
        return new PseudonymKey(demoKeyBytes(), true);
    }

    /**
     * Creates {@code file} holding this key, readable and writable by its owner only ({@code rw-------}).
     * The file is created with those permissions in one step (no moment in which others could open it),
     * and an existing file is never overwritten: replacing a key would cut every pseudonym off from the
     * earlier periods'. On a file system without POSIX permissions the owner-only restriction is applied
     * as far as {@link java.io.File#setReadable(boolean, boolean)} allows.
     */
    public void writeTo(Path file) throws KeyFileException {
        Objects.requireNonNull(file, "file");
        if (demo) {
            throw new IllegalStateException("the demo key is public and is never written to a key file");
        }
        boolean posix = supportsPosix(file);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, options, attributes)) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyFileException("the key file " + file
                    + " already exists and is kept: replacing a key would break the link to earlier periods' pseudonyms", e);
        } catch (NoSuchFileException e) {
            throw new KeyFileException("the key file " + file + " cannot be created because its folder does not exist", e);
        } catch (IOException e) {
            throw new KeyFileException("the key file " + file + " cannot be written (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!posix) {
            restrictToOwner(file);
        }
    }

    /**
     * The first 16 hex digits of SHA-256 over a fixed label followed by the key: enough to tell keys apart
     * in manifests, useless for recovering the key. The demo key's fingerprint starts with {@code demo-}.
     */
    public String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(FINGERPRINT_LABEL);
            String hex = HexFormat.of().formatHex(sha256.digest(bytes), 0, 8);
            return demo ? DEMO_FINGERPRINT_PREFIX + hex : hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    public boolean isDemo() {
        return demo;
    }

    /** A fresh HMAC-SHA-256 instance under this key; the bytes never leave this class otherwise. */
    Mac newMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(bytes, HMAC));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides " + HMAC, e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[fingerprint=" + fingerprint() + "]";
    }

    private static byte[] demoKeyBytes() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEMO_KEY_LABEL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static boolean isOpenToGroupOrOthers(Path file) throws IOException {
        if (!supportsPosix(file)) {
            return false;
        }
        Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        return !ownerOnly.containsAll(Files.getPosixFilePermissions(file));
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void restrictToOwner(Path file) {
        java.io.File plain = file.toFile();
        plain.setReadable(false, false);
        plain.setReadable(true, true);
        plain.setWritable(false, false);
        plain.setWritable(true, true);
        plain.setExecutable(false, false);
    }
}
