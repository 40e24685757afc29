package se.vinr.batch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Every run in the job repository, oldest first, as {@code vinr status} shows them. Read with plain
 * JDBC from Spring Batch's tables rather than through its {@code JobRepository}, so that {@code status}
 * needs no application context: it starts in a fraction of the time a job's context takes.
 */
public final class RunHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Spring Batch's {@code BatchStatus.isRunning()}: an execution that has not ended. */
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    /** The outcomes that have a reason and a command that resumes them. */
    private static final Set<String> UNSUCCESSFUL = Set.of("FAILED", "STOPPED", "ABANDONED");

    private final DataSource dataSource;

    public RunHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param failure the reason of a failed run, else null
     * @param restartHint the command that resumes a failed run
     */
    public record Run(long id, String command, String municipality, String period, String start, String end,
                      String outcome, long read, long written, long rejected, String failure, String restartHint) {

        /** Whether this is a completed run of the job (its Spring Batch name) for the municipality and period. */
        public boolean completed(String job, String municipality, String period) {
            return command.equals(commandOf(job)) && "COMPLETED".equals(outcome)
                    && this.municipality.equals(municipality) && this.period.equals(period);
        }
    }

    /** The command a job belongs to: {@code runJob} is {@code vinr run}. */
    static String commandOf(String jobName) {
        return jobName.replace("Job", "");
    }

    /** The runs; none when the repository has no Spring Batch tables yet (nothing has run). */
    public List<Run> runs() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasBatchTables(connection)) {
                return List.of();
            }
            try (Statement statement = connection.createStatement()) {
                Map<Long, Map<String, String>> parameters = parameters(statement);
                Map<Long, List<StepCounts>> steps = steps(statement);
                List<Run> runs = new ArrayList<>();
                try (ResultSet row = statement.executeQuery("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS,"
                        + " e.START_TIME, e.END_TIME, e.EXIT_MESSAGE FROM BATCH_JOB_EXECUTION e"
                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                        + " ORDER BY e.JOB_EXECUTION_ID")) {
                    while (row.next()) {
                        long id = row.getLong(1);
                        runs.add(toRun(id, row.getString(2), row.getString(3), row.getTimestamp(4), row.getTimestamp(5),
                                row.getString(6), parameters.getOrDefault(id, Map.of()),
                                steps.getOrDefault(id, List.of())));
                    }
                }
                return runs;
            }
        }
    }

    private record StepCounts(String step, long read, long written, long filtered) {
    }

    private static boolean hasBatchTables(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String table = metadata.storesLowerCaseIdentifiers() ? "batch_job_execution" : "BATCH_JOB_EXECUTION";
        try (ResultSet tables = metadata.getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /** The string parameters of every execution; vinr's jobs take no others. */
    private static Map<Long, Map<String, String>> parameters(Statement statement) throws SQLException {
        Map<Long, Map<String, String>> parameters = new HashMap<>();
        try (ResultSet row = statement.executeQuery("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE"
                + " FROM BATCH_JOB_EXECUTION_PARAMS WHERE PARAMETER_TYPE = 'java.lang.String'")) {
            while (row.next()) {
                parameters.computeIfAbsent(row.getLong(1), id -> new LinkedHashMap<>()).put(row.getString(2),
                        row.getString(3));
            }
        }
        return parameters;
    }

    private static Map<Long, List<StepCounts>> steps(Statement statement) throws SQLException {
        Map<Long, List<StepCounts>> steps = new HashMap<>();
        try (ResultSet row = statement.executeQuery("SELECT JOB_EXECUTION_ID, STEP_NAME, READ_COUNT, WRITE_COUNT,"
                + " FILTER_COUNT FROM BATCH_STEP_EXECUTION")) {
            while (row.next()) {
                steps.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(new StepCounts(row.getString(2), row.getLong(3), row.getLong(4), row.getLong(5)));
            }
        }
        return steps;
    }

    private static Run toRun(long id, String jobName, String status, Timestamp start, Timestamp end, String exitMessage,
                             Map<String, String> parameters, List<StepCounts> steps) {
        long read = 0;
        long written = 0;
        long rejected = 0;
        // A run both extracts and loads the same rows: count them once, as the extract wrote them.
        boolean extracts = steps.stream().anyMatch(s -> s.step().startsWith("extract-"));
        for (StepCounts step : steps) {
            read += step.read();
            if (!extracts || step.step().startsWith("extract-")) {
                written += step.written();
            }
            rejected += step.filtered();
        }
        String command = commandOf(jobName);
        String municipality = value(parameters.get(JobRunner.MUNICIPALITY));
        String from = parameters.get(JobRunner.FROM);
        // a load over a range of half-years shows the range where a run shows its half-year
        String period = from == null ? value(parameters.get(JobRunner.PERIOD))
                : from + ".." + value(parameters.get(JobRunner.TO));
        String outcome = RUNNING.contains(status) ? "RUNNING" : status;
        // The reason FailureMessageListener wrote as the job's exit description; without one, the outcome.
        String failure = !UNSUCCESSFUL.contains(status) ? null
                : exitMessage == null || exitMessage.isBlank() ? status : exitMessage;
        String hint = failure == null ? null : restartHint(command, municipality, parameters);
        return new Run(id, command, municipality, period, time(start), time(end), outcome, read, written, rejected,
                failure, hint);
    }

    private static String restartHint(String command, String municipality, Map<String, String> parameters) {
        StringBuilder hint = new StringBuilder("vinr ").append(command);
        if (!municipality.isEmpty()) {
            hint.append(" --municipality ").append(municipality);
            String from = parameters.get(JobRunner.FROM);
            if (from == null) {
                hint.append(" --period ").append(value(parameters.get(JobRunner.PERIOD)));
            } else {
                hint.append(" --from ").append(from).append(" --to ").append(value(parameters.get(JobRunner.TO)));
            }
        }
        String input = parameters.get(Jobs.INPUT);
        if (input != null) {
            hint.append(" --input ").append(input);
        }
        return hint.toString();
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    private static String time(Timestamp time) {
        return time == null ? "" : TIME.format(time.toLocalDateTime());
    }
}
