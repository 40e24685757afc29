package se.vinr.batch;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vinr.app.VinrProperties;

/**
 * The jobs of the contract's commands, each a sequence of steps; {@code runJob} chains the steps of
 * extract, load, publish and report so that a restart resumes at the step that failed.
 */
@Configuration
public class JobsConfiguration {

    private final JobRepository repository;
    private final VinrProperties properties;

    public JobsConfiguration(JobRepository repository, VinrProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Bean(Jobs.EXTRACT)
    public Job extractJob(@Qualifier("extractStepList") List<Step> extract) {
        return job(Jobs.EXTRACT, extract);
    }

    @Bean(Jobs.LOAD)
    public Job loadJob(@Qualifier("loadStep") Step load) {
        return job(Jobs.LOAD, List.of(load));
    }

    @Bean(Jobs.NATIONAL)
    public Job nationalJob(@Qualifier("nationalStep") Step national) {
        return job(Jobs.NATIONAL, List.of(national));
    }

    @Bean(Jobs.PUBLISH)
    public Job publishJob(@Qualifier("publishStep") Step publish) {
        return job(Jobs.PUBLISH, List.of(publish));
    }

    @Bean(Jobs.REPORT)
    public Job reportJob(@Qualifier("reportStepList") List<Step> report) {
        return job(Jobs.REPORT, report);
    }

    @Bean(Jobs.RUN)
    public Job runJob(@Qualifier("extractStepList") List<Step> extract, @Qualifier("loadStep") Step load,
                      @Qualifier("publishStep") Step publish, @Qualifier("reportStepList") List<Step> report) {
        List<Step> steps = new ArrayList<>(extract);
        steps.add(load);
        steps.add(publish);
        steps.addAll(report);
        return job(Jobs.RUN, steps);
    }

    private Job job(String name, List<Step> steps) {
        FailureMessageListener failureMessage = new FailureMessageListener(properties.layout().root(),
                properties.reportLanguage());
        SimpleJobBuilder builder = new JobBuilder(name, repository).listener(failureMessage)
                .start(steps.get(0));
        for (Step step : steps.subList(1, steps.size())) {
            builder = builder.next(step);
        }
        return builder.build();
    }
}
