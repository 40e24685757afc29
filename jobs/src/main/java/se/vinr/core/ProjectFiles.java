package se.vinr.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The project's {@code sql/} or {@code seeds/} tree: an analyst's edited copy on disk when one is
 * configured, else the copy packaged in the jar (or on the test class path).
 */
public final class ProjectFiles {

    private final Path root;

    private ProjectFiles(Path root) {
        this.root = root;
    }

    /**
     * @param configured the folder given in configuration, or null for the packaged copy
     * @param packaged the class-path folder name: {@code sql} or {@code seeds}
     */
    public static ProjectFiles of(Path configured, String packaged) {
        if (configured != null && !configured.toString().isBlank()) {
            if (!Files.isDirectory(configured)) {
                throw new IllegalArgumentException("the configured folder " + configured.toAbsolutePath()
                        + " does not exist; fix vinr." + packaged + "-dir or leave it empty to use the packaged copy");
            }
            return new ProjectFiles(configured.toAbsolutePath());
        }
        URL marker = ProjectFiles.class.getClassLoader().getResource(packaged + "/README.md");
        if (marker == null) {
            throw new IllegalStateException("the packaged " + packaged + "/ folder is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                }
                return new ProjectFiles(zip.provider().getPath(uri).getParent());
            }
            return new ProjectFiles(Path.of(uri).getParent());
        } catch (Exception e) {
            throw new IllegalStateException("the packaged " + packaged + "/ folder cannot be opened: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative);
    }

    public boolean exists(String relative) {
        return Files.exists(root.resolve(relative));
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(relative), e);
        }
    }

    public InputStream open(String relative) throws IOException {
        return Files.newInputStream(root.resolve(relative));
    }

    /** The files of a folder whose names end in {@code suffix}, sorted by name. */
    public List<Path> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
