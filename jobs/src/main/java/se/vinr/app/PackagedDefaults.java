package se.vinr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The packaged {@code application.properties} as the only configuration file, for the commands that read
 * settings without starting the application ({@code status}, {@code plan check}, {@code schedule}
 * waiting). Spring Boot's config-data loader costs such a command about a third of its start-up (its
 * location and profile machinery, the conversion service); when it would find nothing but the packaged
 * file, reading that file with Boot's own properties loader gives the same settings. It would find more
 * when a setting steers it ({@code spring.config.*}, {@code spring.profiles.*},
 * {@code spring.application.json}, as an option, system property or environment variable), when the
 * working directory holds an {@code application*} file in one of Boot's default locations ({@code ./},
 * {@code ./config/}, {@code ./config/}{@code *}{@code /}), or when the class path holds another
 * {@code application} or {@code application-default} file; then Boot's loader reads the settings as before.
 */
final class PackagedDefaults {

    static final String FILE = "application.properties";
    /** What Boot's property source loaders read: properties, XML properties and YAML. */
    private static final List<String> EXTENSIONS = List.of(".properties", ".xml", ".yml", ".yaml");
    /** Boot's config names with no profile active: the file, and its "default" profile's variant. */
    private static final List<String> NAMES = List.of("application", "application-default");
    private static final List<String> STEERING = List.of("spring.config.", "spring.profiles.", "spring.application.json");

    private PackagedDefaults() {
    }

    /**
     * Whether Boot's config data would find nothing but the packaged file for {@code environment} (its
     * options, system properties and environment variables) run in {@code workingDirectory}.
     */
    static boolean alone(ConfigurableEnvironment environment, Path workingDirectory, ClassLoader classLoader) {
        return noSteeringSetting(environment) && noFileIn(workingDirectory) && onlyPackagedOnClassPath(classLoader);
    }

    /** The packaged file as Boot's loader reads it, to add after the environment's own sources as Boot does. */
    static PropertySource<?> propertySource() {
        try {
            return new PropertiesPropertySourceLoader().load("packaged " + FILE, new ClassPathResource(FILE)).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged " + FILE, e);
        }
    }

    private static boolean noSteeringSetting(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> names)) {
                return false;
            }
            for (String name : names.getPropertyNames()) {
                // environment variables as relaxed binding reads them: SPRING_CONFIG_LOCATION is spring.config.location
                String relaxed = name.toLowerCase(Locale.ROOT).replace('_', '.');
                if (STEERING.stream().anyMatch(relaxed::startsWith)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean noFileIn(Path workingDirectory) {
        Path config = workingDirectory.resolve("config");
        if (hasConfigurationFile(workingDirectory) || hasConfigurationFile(config)) {
            return false;
        }
        if (Files.isDirectory(config)) {
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(config, Files::isDirectory)) {
                for (Path folder : folders) {
                    if (hasConfigurationFile(folder)) {
                        return false;
                    }
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasConfigurationFile(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "application*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (EXTENSIONS.stream().anyMatch(name::endsWith)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean onlyPackagedOnClassPath(ClassLoader classLoader) {
        if (classLoader.getResource(FILE) == null) {
            return false;
        }
        for (String folder : List.of("", "config/")) {
            for (String name : NAMES) {
                for (String extension : EXTENSIONS) {
                    String resource = folder + name + extension;
                    if (!resource.equals(FILE) && classLoader.getResource(resource) != null) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
