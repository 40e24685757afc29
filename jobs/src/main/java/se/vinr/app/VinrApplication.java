package se.vinr.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * The Spring application behind every command that runs a job; the command line itself is plain picocli.
 * The auto-configurations it leaves out matched (their condition evaluation report said so) but provide
 * nothing vinr uses — no thread pools or schedulers (the extract and {@code vinr schedule} make their
 * own), no {@code @Transactional} or aspects (Spring Batch wraps its own transactions), no JdbcTemplate
 * or JdbcClient beans, no SSL bundles, build info or availability states — and each costs every job
 * command's start-up its classes and beans (issue 18). Its one settings class is registered by name:
 * scanning for such classes read every class of {@code se.vinr} a second time at each start.
 */
@SpringBootApplication(scanBasePackages = "se.vinr", exclude = {
        AopAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class, ProjectInfoAutoConfiguration.class,
        SslAutoConfiguration.class, TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        PersistenceExceptionTranslationAutoConfiguration.class, TransactionAutoConfiguration.class})
@EnableConfigurationProperties(VinrProperties.class)
public class VinrApplication {
}
