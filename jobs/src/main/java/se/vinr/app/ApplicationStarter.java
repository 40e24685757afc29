package se.vinr.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import se.vinr.batch.ConfigurationProblem;
import se.vinr.reports.model.Language;

/**
 * Starts the Spring context for one command, with the command's options as the highest-priority
 * properties; only commands that run jobs pay for it, so {@code --help}, {@code status}, {@code keygen} and
 * option errors start in a fraction of the time.
 */
public class ApplicationStarter {

    /** What a command passes to the application: the common options as plain values. */
    public record Settings(Path out, Path config, Path keyFile, Language language, boolean quiet, boolean verbose,
                           Map<String, Object> extra) {
        public Settings {
            extra = Map.copyOf(extra);
        }

        /** The settings as command-line arguments: they outrank application.properties and --config, as an option should. */
        String[] arguments() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("vinr.out", out.toAbsolutePath().normalize().toString());
            properties.put("vinr.language", language.code());
            if (keyFile != null) {
                properties.put("vinr.key-file", keyFile.toAbsolutePath().toString());
            }
            if (quiet) {
                properties.put("logging.level.se.vinr", "WARN");
            }
            if (verbose) {
                properties.put("logging.level.se.vinr", "DEBUG");
                properties.put("logging.level.org.springframework.batch", "INFO");
            }
            properties.putAll(extra);
            if (config != null) {
                properties.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
            }
            return properties.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
        }
    }

    public ConfigurableApplicationContext start(Settings settings) {
        checkConfigurationFile(settings);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VinrApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        try {
            return builder.run(settings.arguments());
        } catch (RuntimeException e) {
            throw configurationProblem(settings, e);
        }
    }

    /**
     * The settings the application would see — {@code application.properties}, {@code --config}, system
     * properties, environment variables and the command's options, in Spring Boot's order and with its
     * placeholders — read without starting the application, for the commands that need a setting but
     * run no job (such as {@code vinr status}): by Boot's own config-data loader, or, when it would find
     * nothing but the packaged defaults, by Boot's properties loader alone ({@link PackagedDefaults}).
     */
    public ConfigurableEnvironment environment(Settings settings) {
        checkConfigurationFile(settings);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings.arguments()));
        if (settings.config() == null && PackagedDefaults.alone(environment, Path.of("").toAbsolutePath(),
                ApplicationStarter.class.getClassLoader())) {
            environment.getPropertySources().addLast(PackagedDefaults.propertySource());
            return environment;
        }
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
        } catch (RuntimeException e) {
            throw configurationProblem(settings, e);
        }
        return environment;
    }

    /** The {@code vinr.*} settings of {@link #environment}, bound as the application binds them, without starting it. */
    public VinrProperties properties(Settings settings) {
        return Binder.get(environment(settings)).bindOrCreate("vinr", VinrProperties.class);
    }

    private static void checkConfigurationFile(Settings settings) {
        if (settings.config() != null) {
            checkConfigurationFile(settings.config());
        }
    }

    /** A configuration file that is not valid YAML, as one sentence; any other failure as it was. */
    private static RuntimeException configurationProblem(Settings settings, RuntimeException e) {
        Optional<Throwable> yaml = causeFrom(e, "org.yaml.snakeyaml");
        if (settings.config() != null && yaml.isPresent()) {
            String problem = String.valueOf(yaml.get().getMessage()).lines().findFirst().orElse("");
            return new ConfigurationProblem("the configuration file " + settings.config().toAbsolutePath()
                    + " is not valid YAML (" + problem + "); correct it or give another file to --config", e);
        }
        return e;
    }

    private static void checkConfigurationFile(Path config) {
        Path shown = config.toAbsolutePath();
        if (Files.isDirectory(config)) {
            throw new ConfigurationProblem("the configuration file " + shown
                    + " is a folder, not a file; give the YAML file itself to --config");
        }
        if (!Files.isRegularFile(config) || !Files.isReadable(config)) {
            throw new ConfigurationProblem("the configuration file " + shown
                    + " cannot be read; check the path given to --config");
        }
    }

    private static Optional<Throwable> causeFrom(Throwable failure, String packageName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith(packageName)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
