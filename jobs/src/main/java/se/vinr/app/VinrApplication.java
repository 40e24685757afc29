package se.vinr.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind every command that runs a job; the command line itself is plain picocli. */
@SpringBootApplication(scanBasePackages = "se.vinr")
@ConfigurationPropertiesScan("se.vinr")
public class VinrApplication {
}
