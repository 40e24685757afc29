package se.vinr.batch;

/** The names of the Spring Batch jobs and of the settings their steps read from the job parameters. */
public final class Jobs {
    public static final String EXTRACT = "extractJob";
    public static final String LOAD = "loadJob";
    public static final String NATIONAL = "nationalJob";
    public static final String PUBLISH = "publishJob";
    public static final String REPORT = "reportJob";
    /** Extract, load, publish and report as one job, so a restart resumes at the step that failed. */
    public static final String RUN = "runJob";

    public static final String INPUT = "input";
    public static final String PROFILE = "profile";
    public static final String ACCEPT_NEW_KEY = "acceptNewKey";
    public static final String NATIONAL_INPUTS = "nationalInputs";
    public static final String FETCH = "fetch";
    /** {@code true} when a national file that stores nothing is recorded rather than refused. */
    public static final String ALLOW_EMPTY = "allowEmpty";
    public static final String SCOPE = "scope";
    /** {@code true} when the run uses the public, labelled demo key (the demo only). */
    public static final String DEMO_KEY = "demoKey";

    private Jobs() {
    }
}
