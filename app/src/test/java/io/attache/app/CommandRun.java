package io.attache.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * One {@code attache} command line run in this JVM, with what it wrote to its output and error streams.
 *
 * @param exitCode the command's exit code
 * @param out      what it wrote to standard output
 * @param err      what it wrote to standard error
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code attache ARGS} with no environment variables. */
    static CommandRun of(String... args) {
        CommandLine commandLine = Main.commandLine(Map.of(), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
