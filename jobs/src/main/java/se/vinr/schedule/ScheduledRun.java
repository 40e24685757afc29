package se.vinr.schedule;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/** What the schedule does for one municipality and half-year: run the whole pipeline once. */
public interface ScheduledRun {

    /** Whether a run for this municipality and period has already completed. */
    boolean completed(MunicipalityCode municipality, Period period);

    /** Runs (or resumes) extract, load and report; returns whether it completed. */
    boolean run(MunicipalityCode municipality, Period period);
}
