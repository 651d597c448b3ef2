package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.AttacheVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AttacheCommandTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        CommandLine commandLine = Main.commandLine(Map.of(), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheBuild() {
        Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("attache " + AttacheVersion.get());
    }

    @Test
    void everySubcommandDocumentsItself() {
        for (String sub : new CommandLine(new AttacheCommand()).getSubcommands().keySet()) {
            Run run = run(sub, "--help");

            assertThat(run.exitCode()).as(sub).isZero();
            assertThat(run.out()).as(sub).contains("Usage: attache " + sub);
        }
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        new CommandLine(new AttacheCommand())
                .getSubcommands()
                .forEach((name, sub) -> assertThat(
                                sub.getCommandSpec().usageMessage().description()[0])
                        .as(name)
                        .endsWith("."));
    }

    @Test
    void everyHelpFitsIn80Columns() {
        List<String[]> helps = new ArrayList<>();
        helps.add(new String[] {"--help"});
        new CommandLine(new AttacheCommand())
                .getSubcommands()
                .keySet()
                .forEach(sub -> helps.add(new String[] {sub, "--help"}));
        for (String[] help : helps) {
            assertThat(run(help).out().lines())
                    .as(String.join(" ", help))
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        }
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        Run run = run("broker", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run().exitCode()).isEqualTo(2);
    }
}
