package se.vinr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The packaged defaults read alone give the settings Spring Boot's config-data loader gives, and they are
 * read alone only when nothing else could contribute a setting.
 */
class PackagedDefaultsTest {

    private static final ClassLoader CLASS_PATH = PackagedDefaultsTest.class.getClassLoader();
    private static final String[] OPTIONS = {"--vinr.out=/srv/vinr/out", "--vinr.job-history-dir=/tmp/copy"};

    @TempDir
    Path workingDirectory;

    @Test
    void theDefaultsReadAloneAreTheSettingsBootsLoaderReads() {
        ConfigurableEnvironment alone = environment(OPTIONS);
        alone.getPropertySources().addLast(PackagedDefaults.propertySource());
        ConfigurableEnvironment boot = environment(OPTIONS);
        ConfigDataEnvironmentPostProcessor.applyTo(boot);

        List<String> names = new ArrayList<>(List.of(
                ((EnumerablePropertySource<?>) PackagedDefaults.propertySource()).getPropertyNames()));
        assertThat(names).contains("spring.datasource.url", "vinr.chunk-size", "vinr.national.kolada-kpis[3]");
        for (String name : names) {
            assertThat(alone.getProperty(name)).as(name).isEqualTo(boot.getProperty(name));
        }
        assertThat(alone.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:/tmp/copy/repository;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(bound(alone)).isEqualTo(bound(boot));
    }

    @Test
    void anEmptyWorkingDirectoryAndPlainOptionsLeaveThePackagedFileAlone() {
        assertThat(PackagedDefaults.alone(environment(OPTIONS), workingDirectory, CLASS_PATH)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application.yml", "application.properties", "config/application.yaml",
            "config/site/application.properties", "application-default.yml", "config/application.xml"})
    void aConfigurationFileWhereBootLooksLeavesTheSettingsToBootsLoader(String file) throws IOException {
        Files.createDirectories(workingDirectory.resolve(file).getParent());
        Files.writeString(workingDirectory.resolve(file), "");

        assertThat(PackagedDefaults.alone(environment(OPTIONS), workingDirectory, CLASS_PATH)).isFalse();
    }

    @Test
    void otherFilesInTheWorkingDirectoryChangeNothing() throws IOException {
        Files.createDirectories(workingDirectory.resolve("config/site"));
        Files.writeString(workingDirectory.resolve("applications.txt"), "");
        Files.writeString(workingDirectory.resolve("config/site/vinr.yml"), "");

        assertThat(PackagedDefaults.alone(environment(OPTIONS), workingDirectory, CLASS_PATH)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.profiles.active", "spring.config.import", "spring.config.location",
            "SPRING_CONFIG_ADDITIONAL_LOCATION", "SPRING_APPLICATION_JSON", "spring.config.name"})
    void aSettingThatSteersBootsLoaderLeavesTheSettingsToIt(String name) {
        ConfigurableEnvironment environment = environment(OPTIONS);
        environment.getPropertySources().addLast(new MapPropertySource("environment", Map.of(name, "x")));

        assertThat(PackagedDefaults.alone(environment, workingDirectory, CLASS_PATH)).isFalse();
    }

    @Test
    void anotherDefaultsFileOnTheClassPathLeavesTheSettingsToBootsLoader() throws IOException {
        Path config = Files.createDirectories(workingDirectory.resolve("plugin/config"));
        Files.writeString(config.resolve("application.yml"), "vinr:\n  chunk-size: 7\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {config.getParent().toUri().toURL()}, CLASS_PATH)) {
            assertThat(PackagedDefaults.alone(environment(OPTIONS), workingDirectory.resolve("empty"), loader)).isFalse();
        }
    }

    private static ConfigurableEnvironment environment(String... options) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options));
        return environment;
    }

    /** The {@code vinr.*} settings bound from an environment as the application binds them. */
    private static VinrProperties bound(ConfigurableEnvironment environment) {
        return Binder.get(environment).bindOrCreate("vinr", VinrProperties.class);
    }
}
