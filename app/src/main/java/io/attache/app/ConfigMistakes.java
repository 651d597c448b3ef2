package io.attache.app;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Points usage errors that come from the config file or the environment at their source: a value that is
 * not valid for its option names the file's line and key (or the variable), and a config-file key that is no
 * option of any command is refused with its line, instead of being ignored.
 */
final class ConfigMistakes implements IParameterExceptionHandler, CommandLine.IExecutionStrategy {
    private final ConfigDefaults defaults;
    private final IParameterExceptionHandler report;
    private final CommandLine.IExecutionStrategy execution;

    private ConfigMistakes(
            ConfigDefaults defaults, IParameterExceptionHandler report, CommandLine.IExecutionStrategy execution) {
        this.defaults = defaults;
        this.report = report;
        this.execution = execution;
    }

    /** Installs the checks on {@code commandLine}, whose defaults come from {@code defaults}. */
    static void install(CommandLine commandLine, ConfigDefaults defaults) {
        ConfigMistakes mistakes = new ConfigMistakes(
                defaults, commandLine.getParameterExceptionHandler(), commandLine.getExecutionStrategy());
        commandLine.setParameterExceptionHandler(mistakes);
        commandLine.setExecutionStrategy(mistakes);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) throws Exception {
        Optional<String> origin = ex.getArgSpec() instanceof OptionSpec option
                        && option.longestName().startsWith("--")
                        && !givenOnTheCommandLine(option.longestName(), args)
                ? defaults.origin(option.longestName().substring(2))
                : Optional.empty();
        if (origin.isEmpty()) {
            return report.handleParseException(ex, args);
        }
        return report.handleParseException(
                new ParameterException(
                        ex.getCommandLine(),
                        ex.getMessage() + " (from " + origin.get() + ")",
                        ex,
                        ex.getArgSpec(),
                        ex.getValue()),
                args);
    }

    @Override
    public int execute(ParseResult parseResult) {
        List<String> unknown =
                defaults.unknownKeys(optionNames(parseResult.commandSpec().root()));
        if (!unknown.isEmpty()) {
            throw new ParameterException(parseResult.commandSpec().commandLine(), String.join("; ", unknown));
        }
        return execution.execute(parseResult);
    }

    private static boolean givenOnTheCommandLine(String name, String[] args) {
        for (String arg : args) {
            if (arg.equals(name) || arg.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /** The long option names, without their dashes, of every command and subcommand. */
    private static Set<String> optionNames(CommandSpec spec) {
        Set<String> names = new HashSet<>();
        for (OptionSpec option : spec.options()) {
            if (option.longestName().startsWith("--")) {
                names.add(option.longestName().substring(2));
            }
        }
        spec.subcommands().values().forEach(sub -> names.addAll(optionNames(sub.getCommandSpec())));
        return names;
    }
}
