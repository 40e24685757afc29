package se.vinr.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.vinr.app.ApplicationStarter;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.reports.model.Language;

/**
 * Builds the {@code vinr} command line: every command of docs/contract.md#7-commands, help in Swedish
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
        return commandLine(new Console(out, err, se.vinr.cli.LanguageOption.fromArgs(args))).execute(args);
    }

    /** The whole command tree, speaking {@code console}'s language, ready to execute. */
    CommandLine commandLine(Console console) {
        CommandLine line = new CommandLine(new VinrCommand(console))
                .addSubcommand(new DemoCommand(console, starter))
                .addSubcommand(new ExtractCommand(console, starter))
                .addSubcommand(new LoadCommand(console, starter))
                .addSubcommand(new NationalCommand(console, starter))
                .addSubcommand(new PublishCommand(console, starter))
                .addSubcommand(new ReportCommand(console, starter))
                .addSubcommand(new RunCommand(console, starter))
                .addSubcommand(new ScheduleCommand(console, starter))
                .addSubcommand(new StatusCommand(console, starter))
                .addSubcommand(new KeygenCommand(console))
                .addSubcommand(new BenchCommand(console, starter))
                .addSubcommand(new CommandLine(new PlanCommand(console))
                        .addSubcommand(new PlanCheckCommand(console, starter)));
        // Registered after the subcommands were added, so that every inherited --lang gets it too.
        line.registerConverter(Language.class, value -> language(console, value));
        line.registerConverter(Period.class, value -> period(console, value));
        line.registerConverter(MunicipalityCode.class, value -> municipality(console, value));
        // Every command offers -V through its standard help options; without a provider it printed nothing.
        everyCommand(line, command -> command.getCommandSpec().versionProvider(new VersionProvider()));
        line.setOut(out);
        line.setErr(err);
        line.setResourceBundle(console.bundle());
        line.setParameterExceptionHandler(new OneSentence(console));
        return line;
    }

    private static Language language(Console console, String value) {
        for (Language language : Language.values()) {
            if (language.code().equalsIgnoreCase(value)) {
                return language;
            }
        }
        throw new TypeConversionException(console.text("error.lang", value));
    }

    private static Period period(Console console, String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(console.text("error.period", value));
        }
    }

    private static MunicipalityCode municipality(Console console, String value) {
        try {
            return MunicipalityCode.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(console.text("error.municipality", value));
        }
    }

    private static void everyCommand(CommandLine line, Consumer<CommandLine> action) {
        action.accept(line);
        line.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
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
                sentence = missing(missing.getMissing(), List.of(args));
            } else if (e instanceof UnmatchedArgumentException unmatched) {
                sentence = console.text("error.unknown", String.join(" ", unmatched.getUnmatched()));
            } else if (e.getArgSpec() != null && e.getCause() instanceof TypeConversionException) {
                sentence = console.text("error.value", name(e.getArgSpec()), e.getCause().getMessage());
            } else {
                sentence = e.getMessage();
            }
            // The pointer to the help goes inside the sentence, so that the error stays one sentence.
            String withoutStop = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
            console.fail(withoutStop + " " + console.text("error.help", command));
            return ExitCodes.USAGE;
        }

        /** An option given without its value, required options not given, or a missing positional argument. */
        private String missing(List<ArgSpec> missing, List<String> args) {
            String names = String.join(", ", missing.stream().map(OneSentence::name).toList());
            if (missing.stream().anyMatch(arg -> given(arg, args))) {
                return console.text("error.missing-value", names);
            }
            boolean onlyOptions = missing.stream().allMatch(ArgSpec::isOption);
            return console.text(onlyOptions ? "error.missing" : "error.missing-argument", names);
        }

        private static boolean given(ArgSpec arg, List<String> args) {
            return arg.isOption() && Arrays.stream(((OptionSpec) arg).names()).anyMatch(args::contains);
        }

        private static String name(ArgSpec arg) {
            return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
        }
    }
}
