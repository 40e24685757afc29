package se.vinr.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** SQL files under a folder on disk. */
final class DirectorySqlFiles implements SqlFiles {

    private final Path root;

    DirectorySqlFiles(Path root) {
        this.root = root;
    }

    @Override
    public List<String> list(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .map(name -> folder + "/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the SQL files in " + dir, e);
        }
    }

    @Override
    public String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location(path), e);
        }
    }

    @Override
    public String location(String path) {
        return root.resolve(path).toString();
    }
}
