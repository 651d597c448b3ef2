package io.attache.app;

import picocli.CommandLine;

/** Entry point of the {@code attache} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv(), args).execute(args));
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
