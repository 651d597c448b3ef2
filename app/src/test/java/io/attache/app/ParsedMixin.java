package io.attache.app;

import java.util.Map;
import picocli.CommandLine.ParseResult;

/** A mixin of the subcommand a command line names, as picocli parsed it (defaults from an empty environment). */
final class ParsedMixin {
    private ParsedMixin() {}

    /** The mixin field named {@code name} of the subcommand {@code args} name. */
    static <T> T of(String name, Class<T> type, String... args) {
        ParseResult parsed = Main.commandLine(Map.of(), args).parseArgs(args);
        return type.cast(parsed.subcommand().commandSpec().mixins().get(name).userObject());
    }
}
