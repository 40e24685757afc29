package se.vinr.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on the output folder, held for the whole of a command, so that two runs on the
 * same folder never interleave: the second waits up to {@code wait}, then refuses with a clear message.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static OutputLock acquire(Path lockFile, Duration wait) {
        try {
            Files.createDirectories(lockFile.getParent());
        } catch (IOException e) {
            throw new OutputFolderException("the output folder " + lockFile.getParent()
                    + " cannot be created (" + e.getMessage() + "); choose a writable folder with --out", e);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputFolderException("the output folder " + lockFile.getParent()
                    + " is not writable (" + e.getMessage() + "); choose a writable folder with --out", e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    throw new OutputFolderException("another vinr run is using the output folder "
                            + lockFile.getParent() + "; wait until it has finished and try again", null);
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new OutputFolderException("the output folder " + lockFile.getParent()
                    + " cannot be locked (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputFolderException("interrupted while waiting for the output folder "
                    + lockFile.getParent(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock dies with the channel or the process anyway; nothing to recover here.
        }
    }

    /** The output folder cannot be used: not writable, or in use by another run. */
    public static final class OutputFolderException extends RuntimeException {
        public OutputFolderException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
