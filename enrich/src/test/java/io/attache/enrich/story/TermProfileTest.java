package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermProfileTest {
    @Test
    void aReportAddsItsNewTermsAndCountsItselfInTermsAlreadyThere() {
        TermProfile profile = TermProfile.EMPTY.plus(Map.of("canal", 2, "financing", 1), 10);

        TermProfile grown = profile.plus(Map.of("canal", 3, "stake", 1), 10);

        assertThat(grown)
                .isEqualTo(TermProfile.of(
                        new String[] {"canal", "financing", "stake"}, new int[] {2, 1, 1}, new int[] {5, 1, 1}));
    }

    @Test
    void overTheBoundTheTermsInMostReportsAreKeptThenTheHeavierThenTheFirstInOrder() {
        TermProfile profile = TermProfile.EMPTY
                .plus(Map.of("canal", 1, "bridge", 1, "loan", 1), 10)
                .plus(Map.of("canal", 1, "stake", 3, "zinc", 3, "apple", 1), 4);

        assertThat(profile)
                .isEqualTo(TermProfile.of(
                        new String[] {"apple", "canal", "stake", "zinc"}, new int[] {1, 2, 1, 1}, new int[] {1, 2, 3, 3
                        }));
    }

    @Test
    void termsGivenInAnyOrderAreFoundByName() {
        TermProfile profile =
                TermProfile.of(new String[] {"stake", "canal", "financing"}, new int[] {1, 2, 1}, new int[] {1, 5, 2});

        assertThat(profile.weightOf("canal")).isEqualTo(5);
        assertThat(profile.weightOf("financing")).isEqualTo(2);
        assertThat(profile.weightOf("hospital")).isZero();
        assertThat(profile.term(0)).isEqualTo("canal");
    }
}
