package se.vinr.load.job;

import java.time.Clock;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.app.VinrProperties;
import se.vinr.load.DataTestConfig;
import se.vinr.load.DataTests;
import se.vinr.load.LoadOptions;
import se.vinr.load.PeriodLoader;
import se.vinr.load.Severity;

/**
 * The load step: the packages of the job's {@link LoadSelection} into the warehouse, each replacing
 * its period in one transaction of its own, over one open warehouse ({@link PackagesTasklet}).
 */
@Configuration
public class LoadSteps {

    @Bean
    public Step loadStep(JobRepository repository, PlatformTransactionManager transactions,
                         PackagesTasklet loadTasklet) {
        // The tasklet is also the step's stream: it opens the warehouse once and records the packages done.
        return new StepBuilder("load", repository).tasklet(loadTasklet, transactions).stream(loadTasklet).build();
    }

    @Bean
    @StepScope
    public PackagesTasklet loadTasklet(VinrProperties properties, WarehouseAccess access,
                                       @Value("#{jobParameters['municipality']}") String municipality,
                                       @Value("#{jobParameters['period']}") String period,
                                       @Value("#{jobParameters['from']}") String from,
                                       @Value("#{jobParameters['to']}") String to,
                                       @Value("#{jobParameters['acceptNewKey']}") String acceptNewKey) {
        DataTestConfig tests = new DataTestConfig(properties.dataTests().volumeDropWarning(),
                properties.dataTests().maxAge(), "error".equalsIgnoreCase(properties.dataTests()
                        .unknownCaseSeverity()) ? Severity.ERROR : Severity.WARNING);
        PeriodLoader loader = new PeriodLoader(access.sql(), new DataTests(access.sql(), tests), Clock.systemUTC());
        return new PackagesTasklet(access, loader, properties.layout(),
                LoadSelection.of(municipality, period, from, to), new LoadOptions(Boolean.parseBoolean(acceptNewKey)));
    }
}
