package se.vinr.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.vinr.app.ApplicationStarter;
import se.vinr.reports.model.Language;

/**
 * Builds the {@code vinr} command line: every command of the contract's section 7, help in Swedish
 * (default) or English, and option errors as one sentence with exit code {@link ExitCodes#USAGE}.
 */
public final class VinrCli {

    private final PrintWriter out;
    private final PrintWriter err;
    private final ApplicationStarter starter;

    public VinrCli(PrintWriter out, PrintWriter err, ApplicationStarter starter) {
        this.out = out;
        this.err = err;
        this.starter = starter;
    }

    public int execute(String... args) {
        Language language = se.vinr.cli.Language.fromArgs(args);
        Console console = new Console(out, err, language);
        CommandLine line = commandLine(console);
        line.setOut(out);
        line.setErr(err);
        line.setResourceBundle(console.bundle());
        line.setParameterExceptionHandler(new OneSentence(console));
        return line.execute(args);
    }

    CommandLine commandLine(Console console) {
        return new CommandLine(new VinrCommand(console))
                .addSubcommand(new DemoCommand(console, starter))
                .addSubcommand(new ExtractCommand(console, starter))
                .addSubcommand(new LoadCommand(console, starter))
                .addSubcommand(new NationalCommand(console, starter))
                .addSubcommand(new ReportCommand(console, starter))
                .addSubcommand(new RunCommand(console, starter))
                .addSubcommand(new ScheduleCommand(console, starter))
                .addSubcommand(new StatusCommand(console, starter))
                .addSubcommand(new KeygenCommand(console))
                .addSubcommand(new CommandLine(new PlanCommand(console))
                        .addSubcommand(new PlanCheckCommand(console, starter)));
    }

    /** Prints the parse error as one sentence in the user's language and where to find help. */
    private static final class OneSentence implements IParameterExceptionHandler {
        private final Console console;

        OneSentence(Console console) {
            this.console = console;
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            String sentence;
            if (e instanceof MissingParameterException missing) {
                sentence = console.text("error.missing", missing.getMissing().stream()
                        .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName()
                                : arg.paramLabel())
                        .reduce((a, b) -> a + ", " + b).orElse(""));
            } else if (e instanceof UnmatchedArgumentException unmatched) {
                sentence = console.text("error.unknown", String.join(" ", unmatched.getUnmatched()));
            } else if (e.getArgSpec() != null && e.getCause() instanceof CommandLine.TypeConversionException) {
                sentence = console.text("error.value", optionName(e), e.getCause().getMessage());
            } else {
                sentence = e.getMessage();
            }
            console.fail(sentence + " " + console.text("error.help", command));
            return ExitCodes.USAGE;
        }

        private static String optionName(ParameterException e) {
            return e.getArgSpec().isOption() ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName()
                    : e.getArgSpec().paramLabel();
        }
    }
}
