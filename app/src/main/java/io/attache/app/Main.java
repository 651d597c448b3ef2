package io.attache.app;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Entry point of the {@code attache} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = commandLine(System.getenv(), args);
        } catch (UncheckedIOException e) {
            // The config file is read before picocli runs, so its error handler cannot answer for it yet.
            System.err.println("attache: " + e.getMessage());
            System.exit(UserErrorHandler.USER_ERROR);
            return;
        }
        System.exit(commandLine.execute(args));
    }

    /** The command line with defaults from the environment and the config file, ready to execute. */
    static CommandLine commandLine(java.util.Map<String, String> environment, String[] args) {
        CommandLine commandLine = new CommandLine(new AttacheCommand());
        ConfigDefaults defaults = ConfigDefaults.load(environment, args);
        commandLine.setDefaultValueProvider(defaults);
        ConfigMistakes.install(commandLine, defaults);
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        return commandLine;
    }
}
