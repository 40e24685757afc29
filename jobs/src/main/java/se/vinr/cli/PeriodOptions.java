package se.vinr.cli;

import picocli.CommandLine.Option;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/** The municipality and half-year a command works on. */
public class PeriodOptions {

    @Option(names = "--municipality", required = true, paramLabel = "CODE", descriptionKey = "common.municipality")
    MunicipalityCode municipality;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", descriptionKey = "common.period")
    Period period;

    public MunicipalityCode municipality() {
        return municipality;
    }

    public Period period() {
        return period;
    }
}
