package se.vinr.bench;

import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.VinrProperties;
import se.vinr.cli.VersionProvider;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.indicators.stats.ConfidenceLevel;
import se.vinr.load.Warehouse;
import se.vinr.plan.PlanLocator;
import se.vinr.publish.LoadedIndicators;
import se.vinr.publish.ReportModelBuilder;

/**
 * Our indicators stage on its own: the report model built from the warehouse exactly as the report
 * step builds it (the indicator SQL over every loaded half-year of the municipality, intervals,
 * comparisons, trends, small-number protection), without rendering. The report job then does this
 * again and renders; the benchmark times both.
 */
@FunctionalInterface
interface OurIndicators {

    /** Computes the indicators of a municipality's half-year; returns the number of values. */
    int compute(ConfigurableApplicationContext context, MunicipalityCode municipality, Period period) throws Exception;

    OurIndicators REPORT_MODEL = (context, municipality, period) -> {
        VinrProperties properties = context.getBean(VinrProperties.class);
        try (Warehouse warehouse = Warehouse.openReadOnly(properties.warehouseFile())) {
            return new ReportModelBuilder(context.getBean(LoadedIndicators.class).catalogue(), properties.layout(),
                    new ConfidenceLevel(properties.confidenceLevel()), properties.suppressionThreshold(),
                    properties.protectionLevel(),
                    VersionProvider.version())
                    .build(warehouse.connection(), municipality, period, properties.reportLanguage(),
                            context.getBean(PlanLocator.class).forMunicipality(municipality))
                    .values().size();
        }
    };
}
