package se.vinr.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one way to read the project's own files — the {@code sql/} and {@code seeds/} trees (SQL,
 * indicator models, seeds, templates): an analyst's edited copy on disk when one is configured
 * ({@code vinr.sql-dir}, {@code vinr.seeds-dir}), else the copy packaged in the jar (read through
 * Spring's resource resolver, since a folder inside the nested jar cannot be listed as files). Paths
 * are relative to the tree's root and use {@code /}.
 */
public final class ProjectFiles {

    /** The packaged folder of the SQL tree. */
    public static final String SQL = "sql";
    /** The packaged folder of the seeds. */
    public static final String SEEDS = "seeds";

    private final Path directory;
    private final String packaged;
    private final ClassLoader classLoader;

    private ProjectFiles(Path directory, String packaged, ClassLoader classLoader) {
        this.directory = directory;
        this.packaged = packaged;
        this.classLoader = classLoader;
    }

    /**
     * @param configured the folder given in configuration, or null (or blank) for the packaged copy
     * @param packaged the class-path folder name: {@link #SQL} or {@link #SEEDS}
     */
    public static ProjectFiles of(Path configured, String packaged) {
        if (configured != null && !configured.toString().isBlank()) {
            if (!Files.isDirectory(configured)) {
                throw new IllegalArgumentException("the configured folder " + configured.toAbsolutePath()
                        + " does not exist; fix vinr." + packaged + "-dir or leave it empty to use the packaged copy");
            }
            return new ProjectFiles(configured.toAbsolutePath().normalize(), packaged, ProjectFiles.class.getClassLoader());
        }
        return packaged(packaged, ProjectFiles.class.getClassLoader());
    }

    /** The packaged copy as a given class loader sees it (a plugin's or a test's jar). */
    public static ProjectFiles packaged(String packaged, ClassLoader classLoader) {
        return new ProjectFiles(null, packaged, classLoader);
    }

    /** Where the files come from, for messages and the report's method notes. */
    public String describe() {
        return directory != null ? directory.toString() : "classpath:" + packaged + "/";
    }

    /** Where one file lives, for messages that must name it. */
    public String location(String relative) {
        return directory != null ? directory.resolve(relative).toString() : "classpath:" + packaged + "/" + relative;
    }

    public boolean exists(String relative) {
        if (directory != null) {
            return Files.exists(directory.resolve(relative));
        }
        return classLoader.getResource(packaged + "/" + relative) != null;
    }

    public InputStream open(String relative) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(relative));
        }
        InputStream in = classLoader.getResourceAsStream(packaged + "/" + relative);
        if (in == null) {
            throw new IOException(packaged + "/" + relative + " is not in the packaged files");
        }
        return in;
    }

    /** A file's text, read as UTF-8; throws {@link UncheckedIOException} naming it when it cannot be read. */
    public String read(String relative) {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location(relative) + ": " + e.getMessage(), e);
        }
    }

    /**
     * The relative paths ({@code folder/name}) of a folder's files whose names end in {@code suffix},
     * sorted by name; none when the folder does not exist.
     */
    public List<String> list(String folder, String suffix) {
        List<String> names = new ArrayList<>();
        try {
            if (directory != null) {
                Path dir = directory.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                                .filter(n -> n.endsWith(suffix)).forEach(names::add);
                    }
                }
            } else {
                Resource[] found = new PathMatchingResourcePatternResolver(classLoader)
                        .getResources("classpath*:" + packaged + "/" + folder + "/*" + suffix);
                for (Resource resource : found) {
                    if (resource.getFilename() != null) {
                        names.add(resource.getFilename());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location(folder) + ": " + e.getMessage(), e);
        }
        return names.stream().distinct().sorted().map(n -> folder + "/" + n).toList();
    }
}
