package se.vinr.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.app.VinrProperties;
import se.vinr.cli.VersionProvider;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.load.Warehouse;
import se.vinr.reports.ReportRenderer;
import se.vinr.reports.model.ReportModel;

/**
 * The report step: the publication as the publish step stored it in {@code mart.*} (read-only; no
 * indicator, statistic or protection decision is computed here), then the files of
 * {@code reports/<municipality>/<period>/} from the renderer.
 */
@Configuration
public class ReportSteps {

    @Bean
    public List<Step> reportStepList(JobRepository repository, PlatformTransactionManager transactions,
                                     Tasklet reportTasklet) {
        return List.of(new StepBuilder("report", repository).tasklet(reportTasklet, transactions).build());
    }

    /** Created when a report step first runs: the renderer starts Java's font system, which other jobs never need. */
    @Bean
    @Lazy
    public ReportRenderer reportRenderer() {
        return new se.vinr.reports.StandardReportRenderer();
    }

    @Bean
    @StepScope
    public Tasklet reportTasklet(VinrProperties properties, ReportRenderer renderer,
                                 @Value("#{jobParameters['municipality']}") String municipality,
                                 @Value("#{jobParameters['period']}") String period) {
        return (contribution, chunk) -> {
            MunicipalityCode code = MunicipalityCode.parse(municipality);
            Period half = Period.parse(period);
            ReportModel model;
            try (Warehouse warehouse = Warehouse.openReadOnly(properties.warehouseFile())) {
                model = new PublicationReader(warehouse.connection(), code, half).read()
                        .toReportModel(properties.reportLanguage(), properties.protectionLevel(),
                                VersionProvider.version(), Instant.now());
            }
            Path directory = properties.layout().reportDir(code, half);
            Files.createDirectories(directory);
            List<Path> written = renderer.render(model, directory);
            contribution.incrementWriteCount(written.size());
            return RepeatStatus.FINISHED;
        };
    }
}
