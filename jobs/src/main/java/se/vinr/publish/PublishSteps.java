package se.vinr.publish;

import java.time.Clock;

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
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.load.Warehouse;
import se.vinr.load.job.WarehouseAccess;
import se.vinr.plan.PlanLocator;

/**
 * The publish step: every indicator of one municipality and half-year computed once — values,
 * intervals, comparisons, protection, trends, peers, references, data quality, plan follow-up — and
 * stored in the ledger tables {@code mart.*}, replacing that publication in one transaction. Running
 * it again on the same data gives the same rows, so a restarted run simply publishes again.
 */
@Configuration
public class PublishSteps {

    @Bean
    public Step publishStep(JobRepository repository, PlatformTransactionManager transactions,
                            Tasklet publishTasklet) {
        return new StepBuilder("publish", repository).tasklet(publishTasklet, transactions).build();
    }

    @Bean
    @StepScope
    public Tasklet publishTasklet(VinrProperties properties, WarehouseAccess access, LoadedIndicators indicators,
                                  PlanLocator plans,
                                  @Value("#{jobParameters['municipality']}") String municipality,
                                  @Value("#{jobParameters['period']}") String period) {
        return (contribution, chunk) -> {
            MunicipalityCode code = MunicipalityCode.parse(municipality);
            Period half = Period.parse(period);
            try (Warehouse warehouse = access.openForWriting()) {
                Publication publication = new PublicationBuilder(indicators.catalogue(), properties.layout(),
                        new ConfidenceLevel(properties.confidenceLevel()), properties.suppressionThreshold(),
                        properties.protectionLevel())
                        .build(warehouse.connection(), code, half, plans.forMunicipality(code));
                contribution.incrementWriteCount(new PublicationWriter(Clock.systemUTC())
                        .write(warehouse, publication));
            }
            return RepeatStatus.FINISHED;
        };
    }
}
