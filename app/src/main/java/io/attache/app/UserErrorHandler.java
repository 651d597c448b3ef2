package io.attache.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can fix (a bad feeds file, an unreachable broker, a missing directory) into one
 * readable line and exit code 2, instead of a stack trace. Bugs still print their trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    /** Exit code for errors in what the user asked for or in their environment. */
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof UserException
                || e instanceof io.attache.ingest.FeedsFileException
                || e instanceof java.io.UncheckedIOException
                || e instanceof IllegalArgumentException) {
            commandLine.getErr().println(commandLine.getColorScheme().errorText("attache: " + e.getMessage()));
            return USER_ERROR;
        }
        commandLine.getErr().println(commandLine.getColorScheme().stackTraceText(e));
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }
}
