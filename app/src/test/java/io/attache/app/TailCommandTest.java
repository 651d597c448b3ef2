package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code attache tail} refuses before it connects to anything. */
class TailCommandTest {
    @Test
    void itReadsOneTopicAtATime() {
        CommandRun run = CommandRun.of("tail", "--theme", "agriculture", "--stories");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give at most one of --theme, --dyad and --stories");
    }

    @Test
    void aDyadIsTwoCountryCodes() {
        CommandRun run = CommandRun.of("tail", "--dyad", "CHN");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--dyad 'CHN' is not a pair: write it AAA-BBB");
    }

    @Test
    void aThemeIdIsLowerCaseLettersDigitsAndUnderscores() {
        CommandRun run = CommandRun.of("tail", "--theme", "Trade!");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("theme id 'Trade!' is not valid");
    }
}
