package se.vinr.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * {@code vinr load}: one package ({@code --period}) as in the contract, or many in one job
 * ({@code --from}/{@code --to}, several municipalities), so the fixed costs of a job and of opening
 * the warehouse are paid once for the batch.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false)
class LoadCommand extends AppCommand {

    @Option(names = "--municipality", required = true, split = ",", paramLabel = "CODE", descriptionKey = "load.municipality")
    List<MunicipalityCode> municipalities = new ArrayList<>();

    @Option(names = "--period", paramLabel = "PERIOD", descriptionKey = "load.period")
    Period period;

    @Option(names = "--from", paramLabel = "PERIOD", descriptionKey = "load.from")
    Period from;

    @Option(names = "--to", paramLabel = "PERIOD", descriptionKey = "load.to")
    Period to;

    @Option(names = "--accept-new-key", descriptionKey = "load.accept-new-key")
    boolean acceptNewKey;

    LoadCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    void validate() {
        if (period != null && (from != null || to != null)) {
            throw usageError("error.load-period-and-range");
        }
        if (period == null && from == null && to == null) {
            throw usageError("error.missing", "--period");
        }
        if (period == null && (from == null || to == null)) {
            throw usageError("error.missing", from == null ? "--from" : "--to");
        }
        if (period == null && to.compareTo(from) < 0) {
            throw usageError("error.demo-range", to, from);
        }
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        return report(context.getBean(JobRunner.class).run(Jobs.LOAD, key(),
                Map.of(Jobs.ACCEPT_NEW_KEY, Boolean.toString(acceptNewKey))));
    }

    /** The job's identity: the municipalities, and the half-year or the range. */
    private Map<String, String> key() {
        Map<String, String> key = new LinkedHashMap<>();
        key.put(JobRunner.MUNICIPALITY, municipalities.stream().map(MunicipalityCode::code).distinct()
                .collect(Collectors.joining(",")));
        if (period != null) {
            key.put(JobRunner.PERIOD, period.toString());
        } else {
            key.put(JobRunner.FROM, from.toString());
            key.put(JobRunner.TO, to.toString());
        }
        return key;
    }
}
