package se.vinr.bench;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * Our indicators stage: the publish job, which computes every indicator of the municipality's
 * half-year once (the indicator SQL over every loaded half-year, intervals, comparisons, trends,
 * small-number protection) and stores it in {@code mart.*}; the report job then only renders it.
 */
@FunctionalInterface
interface OurIndicators {

    /** Computes the indicators of a municipality's half-year; returns the number of values. */
    int compute(ConfigurableApplicationContext context, MunicipalityCode municipality, Period period) throws Exception;

    OurIndicators PUBLISH = (context, municipality, period) -> {
        JobOutcome outcome = context.getBean(JobRunner.class).run(Jobs.PUBLISH,
                Map.of(JobRunner.MUNICIPALITY, municipality.code(), JobRunner.PERIOD, period.toString()), Map.of());
        if (!outcome.completed()) {
            throw new BenchException(Jobs.PUBLISH + " for " + municipality + " " + period + " failed: "
                    + outcome.failure());
        }
        return (int) outcome.steps().stream().mapToLong(JobOutcome.StepOutcome::written).sum();
    };
}
