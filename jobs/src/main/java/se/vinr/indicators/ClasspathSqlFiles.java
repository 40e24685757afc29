package se.vinr.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * SQL files packaged on the class path. Spring's resolver lists a folder inside plain jars and inside
 * Spring Boot's nested jars alike, which a hand-rolled jar walk would not.
 */
final class ClasspathSqlFiles implements SqlFiles {

    private final ClassLoader classLoader;
    private final String root;

    ClasspathSqlFiles(ClassLoader classLoader, String root) {
        this.classLoader = classLoader;
        this.root = root;
    }

    @Override
    public List<String> list(String folder) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:" + root + folder + "/*.sql");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .map(name -> folder + "/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the SQL files in classpath:" + root + folder, e);
        }
    }

    @Override
    public String read(String path) {
        try (InputStream in = classLoader.getResourceAsStream(root + path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no such resource: " + location(path)));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location(path), e);
        }
    }

    @Override
    public String location(String path) {
        return "classpath:" + root + path;
    }
}
