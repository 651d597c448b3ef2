package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchResultTest {
    @Test
    void twoSmallNumbersJoinedByADashAreAResult() {
        assertThat(MatchResult.in("Girona thrash Sevilla 5-1")).isTrue();
        assertThat(MatchResult.in("Rep. Dominicana (5–4) México Rojo")).isTrue();
        assertThat(MatchResult.in("Root guides England to 325-9")).isTrue();
    }

    @Test
    void yearsSeasonsAndDesignationsAreNoResult() {
        assertThat(MatchResult.in("Budget for 2025-26 passed")).isFalse();
        assertThat(MatchResult.in("Poland buys F-35 jets as COVID-19 fades")).isFalse();
        assertThat(MatchResult.in("Ceasefire talks on 12-14/03 in Doha")).isFalse();
        assertThat(MatchResult.in("Talks in Doha")).isFalse();
    }
}
