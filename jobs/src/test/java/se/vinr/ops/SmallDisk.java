package se.vinr.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system for full-disk tests: a tmpfs of a fixed size mounted on a folder, which
 * needs root (or CAP_SYS_ADMIN). {@link #mount} says whether that worked; a test that cannot mount
 * falls back to Linux's always-full {@code /dev/full} instead of being skipped.
 *
 * <p>{@link #fill} writes a ballast file until only the given number of bytes are free, so that a
 * run fails where it writes next; {@link #free} deletes it, which is "freeing space" as an operator
 * would.
 */
final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final boolean mounted;

    private SmallDisk(Path mountPoint, boolean mounted) {
        this.mountPoint = mountPoint;
        this.mounted = mounted;
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code dir} (created); {@link #mounted()} tells whether it worked. */
    static SmallDisk mount(Path dir, int megabytes) {
        try {
            Files.createDirectories(dir);
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700",
                    "tmpfs", dir.toString()).redirectErrorStream(true).start();
            boolean done = mount.waitFor(30, TimeUnit.SECONDS);
            return new SmallDisk(dir, done && mount.exitValue() == 0);
        } catch (IOException e) {
            return new SmallDisk(dir, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SmallDisk(dir, false);
        }
    }

    boolean mounted() {
        return mounted;
    }

    Path root() {
        return mountPoint;
    }

    /** Fills the disk with a ballast file until at most {@code bytesLeft} bytes are free. */
    void fill(long bytesLeft) {
        Path ballast = mountPoint.resolve("ballast");
        try (FileChannel channel = FileChannel.open(ballast, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            while (Files.getFileStore(mountPoint).getUsableSpace() > bytesLeft) {
                long room = Files.getFileStore(mountPoint).getUsableSpace() - bytesLeft;
                block.clear().limit((int) Math.min(block.capacity(), Math.max(1, room)));
                channel.write(block);
            }
        } catch (IOException e) {
            // the disk became full before the target was reached: as full as it gets
        }
    }

    /** Deletes the ballast: the space is free again. */
    void free() {
        try {
            Files.deleteIfExists(mountPoint.resolve("ballast"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long freeBytes() {
        try {
            return Files.getFileStore(mountPoint).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (mounted) {
            try {
                new ProcessBuilder("umount", "-l", mountPoint.toString()).redirectErrorStream(true).start()
                        .waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
