package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.AttacheVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AttacheCommandTest {

    @Test
    void versionNamesTheBuild() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("attache " + AttacheVersion.get());
    }

    @Test
    void everySubcommandDocumentsItself() {
        for (String sub : new CommandLine(new AttacheCommand()).getSubcommands().keySet()) {
            CommandRun run = CommandRun.of(sub, "--help");

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
            assertThat(CommandRun.of(help).out().lines())
                    .as(String.join(" ", help))
                    .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
        }
    }

    @Test
    void unknownOptionIsAUsageErrorNamingIt() {
        CommandRun run = CommandRun.of("broker", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(CommandRun.of().exitCode()).isEqualTo(2);
    }
}
