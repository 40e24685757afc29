package se.vinr.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the output folder private: extracts, warehouse, reports and the job history hold sensitive
 * figures, and Java creates files as the process's umask allows (usually readable by everyone). The
 * folder itself is made owner-only when a command starts, so nobody else can reach what is written
 * while it runs, and every file and folder beneath is set owner-only when the command ends. With
 * {@code vinr.output-access: group} the group gets read access (and may enter folders) instead.
 * Symbolic links are not followed. On a file system without POSIX permissions nothing is done.
 */
public final class OutputPermissions {

    private final Set<PosixFilePermission> folders;
    private final Set<PosixFilePermission> files;

    public OutputPermissions(boolean sharedWithGroup) {
        this.folders = PosixFilePermissions.fromString(sharedWithGroup ? "rwxr-x---" : "rwx------");
        this.files = PosixFilePermissions.fromString(sharedWithGroup ? "rw-r-----" : "rw-------");
    }

    /** Makes the output folder itself private, so what is created in it is out of others' reach. */
    public void restrictFolder(Path root) {
        if (isPosix(root) && Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            set(root, folders);
        }
    }

    /** Makes every file and folder under {@code root} private. */
    public void restrictTree(Path root) {
        if (!isPosix(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    set(dir, folders);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        set(file, files);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // gone since it was listed (a temporary file of the run): nothing to protect
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException e) {
            // a file another user owns (a shared folder) keeps its permissions; it is not ours to change
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
