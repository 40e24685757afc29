package se.vinr.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
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
        return commandLine(new Console(out, err, se.vinr.cli.LanguageOption.fromArgs(args)), args).execute(args);
    }

    /** The whole command tree, speaking {@code console}'s language, ready to execute. */
    CommandLine commandLine(Console console) {
        return commandLine(console, subcommands(console).values());
    }

    /**
     * The command line that executes {@code args}: with only the command they name first (after
     * {@code --lang}, the one top-level option with a value), since picocli reads the annotations of every
     * command it is given before it parses anything, which made each command pay for the whole tree (issue
     * 18); the whole tree for anything else (the top-level help, a missing or unknown command).
     */
    CommandLine commandLine(Console console, String... args) {
        Map<String, Supplier<Object>> commands = subcommands(console);
        Supplier<Object> named = commands.get(firstCommandName(args));
        return commandLine(console, named == null ? commands.values() : List.of(named));
    }

    /** Every command by its name, created only when asked for. */
    private Map<String, Supplier<Object>> subcommands(Console console) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        add(commands, DemoCommand.class, () -> new DemoCommand(console, starter));
        add(commands, ExtractCommand.class, () -> new ExtractCommand(console, starter));
        add(commands, LoadCommand.class, () -> new LoadCommand(console, starter));
        add(commands, NationalCommand.class, () -> new NationalCommand(console, starter));
        add(commands, PublishCommand.class, () -> new PublishCommand(console, starter));
        add(commands, ReportCommand.class, () -> new ReportCommand(console, starter));
        add(commands, RunCommand.class, () -> new RunCommand(console, starter));
        add(commands, ScheduleCommand.class, () -> new ScheduleCommand(console, starter));
        add(commands, StatusCommand.class, () -> new StatusCommand(console, starter));
        add(commands, KeygenCommand.class, () -> new KeygenCommand(console));
        add(commands, BenchCommand.class, () -> new BenchCommand(console, starter));
        add(commands, PlanCommand.class, () -> new CommandLine(new PlanCommand(console))
                .addSubcommand(new PlanCheckCommand(console, starter)));
        return commands;
    }

    private static void add(Map<String, Supplier<Object>> commands, Class<?> type, Supplier<Object> command) {
        commands.put(type.getAnnotation(Command.class).name(), command);
    }

    /** The first argument, or the one after a leading {@code --lang}; null when there is none. */
    private static String firstCommandName(String[] args) {
        int first = args.length > 0 && args[0].startsWith("--lang=") ? 1
                : args.length > 1 && args[0].equals("--lang") ? 2 : 0;
        return first < args.length ? args[first] : null;
    }

    private CommandLine commandLine(Console console, Collection<Supplier<Object>> subcommands) {
        CommandLine line = new CommandLine(new VinrCommand(console));
        subcommands.forEach(command -> line.addSubcommand(command.get()));
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
