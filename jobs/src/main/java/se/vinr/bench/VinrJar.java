package se.vinr.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built {@code vinr.jar} the child processes run: {@code java -jar} for our commands, and Spring
 * Boot's {@code PropertiesLauncher} with {@code loader.main} for a scenario's own JVM, which then runs
 * our code from the same jar with its own heap limit.
 */
record VinrJar(Path jar) {

    static final String DEFAULT_LOCATION = "jobs/target/vinr.jar";

    /** The jar this process was started from, else the project's build output, else null. */
    static VinrJar find(Path given) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new IllegalArgumentException("the jar " + given.toAbsolutePath()
                        + " does not exist; build it with ./mvnw -q -B package -DskipTests or give --jar");
            }
            return new VinrJar(given.toAbsolutePath());
        }
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                && Files.isRegularFile(Path.of(classPath))) {
            return new VinrJar(Path.of(classPath).toAbsolutePath());
        }
        Path built = Path.of(DEFAULT_LOCATION);
        return Files.isRegularFile(built) ? new VinrJar(built.toAbsolutePath()) : null;
    }

    /** {@code java -Xmx… -jar vinr.jar <arguments>}. */
    List<String> command(int heapMb, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx" + heapMb + "m", "-jar",
                jar.toString()));
        command.addAll(arguments);
        return command;
    }

    /** {@code java -Xmx… -cp vinr.jar -Dloader.main=<main> PropertiesLauncher <arguments>}. */
    List<String> mainCommand(int heapMb, Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xmx" + heapMb + "m", "-cp",
                jar.toString(), "-Dloader.main=" + main.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(arguments);
        return command;
    }
}
