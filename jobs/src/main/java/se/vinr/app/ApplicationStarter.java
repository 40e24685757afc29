package se.vinr.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.batch.ConfigurationProblem;
import se.vinr.reports.model.Language;

/**
 * Starts the Spring context for one command, with the command's options as the highest-priority
 * properties; only commands that run jobs pay for it, so {@code --help} and option errors stay instant.
 */
public class ApplicationStarter {

    /** What a command passes to the application: the common options as plain values. */
    public record Settings(Path out, Path config, Path keyFile, Language language, boolean quiet, boolean verbose,
                           Map<String, Object> extra) {
        public Settings {
            extra = Map.copyOf(extra);
        }
    }

    public ConfigurableApplicationContext start(Settings settings) {
        if (settings.config() != null) {
            checkConfigurationFile(settings.config());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vinr.out", settings.out().toAbsolutePath().normalize().toString());
        properties.put("vinr.language", settings.language().code());
        if (settings.keyFile() != null) {
            properties.put("vinr.key-file", settings.keyFile().toAbsolutePath().toString());
        }
        if (settings.quiet()) {
            properties.put("logging.level.se.vinr", "WARN");
        }
        if (settings.verbose()) {
            properties.put("logging.level.se.vinr", "DEBUG");
            properties.put("logging.level.org.springframework.batch", "INFO");
        }
        properties.putAll(settings.extra());
        SpringApplicationBuilder builder = new SpringApplicationBuilder(VinrApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        if (settings.config() != null) {
            properties.put("spring.config.additional-location", "file:" + settings.config().toAbsolutePath());
        }
        // As command-line arguments they outrank application.yml and --config, as an option should.
        String[] arguments = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try {
            return builder.run(arguments);
        } catch (RuntimeException e) {
            Optional<Throwable> yaml = causeFrom(e, "org.yaml.snakeyaml");
            if (settings.config() != null && yaml.isPresent()) {
                String problem = String.valueOf(yaml.get().getMessage()).lines().findFirst().orElse("");
                throw new ConfigurationProblem("the configuration file " + settings.config().toAbsolutePath()
                        + " is not valid YAML (" + problem + "); correct it or give another file to --config", e);
            }
            throw e;
        }
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
