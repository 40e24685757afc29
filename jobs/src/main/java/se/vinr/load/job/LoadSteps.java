package se.vinr.load.job;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.app.VinrProperties;
import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.load.DataTestConfig;
import se.vinr.load.DataTestFinding;
import se.vinr.load.DataTests;
import se.vinr.load.LoadOptions;
import se.vinr.load.LoadResult;
import se.vinr.load.PeriodLoader;
import se.vinr.load.Severity;
import se.vinr.load.Warehouse;
import se.vinr.load.WarehouseException;

/** The load step: one extract into the warehouse, replacing its period in one transaction. */
@Configuration
public class LoadSteps {

    private static final Logger log = LoggerFactory.getLogger(LoadSteps.class);

    @Bean
    public Step loadStep(JobRepository repository, PlatformTransactionManager transactions, Tasklet loadTasklet) {
        return new StepBuilder("load", repository).tasklet(loadTasklet, transactions).build();
    }

    @Bean
    @StepScope
    public Tasklet loadTasklet(VinrProperties properties, WarehouseAccess access,
                               @Value("#{jobParameters['municipality']}") String municipality,
                               @Value("#{jobParameters['period']}") String period,
                               @Value("#{jobParameters['acceptNewKey']}") String acceptNewKey) {
        return (contribution, chunk) -> {
            DataTestConfig tests = new DataTestConfig(properties.dataTests().volumeDropWarning(),
                    properties.dataTests().maxAge(), "error".equalsIgnoreCase(properties.dataTests()
                            .unknownCaseSeverity()) ? Severity.ERROR : Severity.WARNING);
            PeriodLoader loader = new PeriodLoader(access.sql(), new DataTests(access.sql(), tests), Clock.systemUTC());
            try (Warehouse warehouse = access.openForWriting()) {
                LoadResult result = loader.load(warehouse, properties.layout(), MunicipalityCode.parse(municipality),
                        Period.parse(period), new LoadOptions(Boolean.parseBoolean(acceptNewKey)));
                long rows = result.rows().values().stream().mapToLong(Long::longValue).sum();
                contribution.incrementWriteCount(rows);
                for (DataTestFinding warning : result.warnings()) {
                    log.warn("data test {}: {}", warning.check(), warning.message());
                }
            } catch (WarehouseException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
            return RepeatStatus.FINISHED;
        };
    }
}
