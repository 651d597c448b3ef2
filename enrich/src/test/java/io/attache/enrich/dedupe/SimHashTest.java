package io.attache.enrich.dedupe;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {
    @Test
    void sameTextGivesTheSameFingerprint() {
        assertThat(SimHash.of("T", RELEASE_TEXT)).isEqualTo(SimHash.of("T", RELEASE_TEXT));
    }

    @Test
    void syndicatedCopyWithPrefixEditorLineAndChangedDateIsWithinThreeBits() {
        long original = SimHash.of("Wang Yi Holds Talks with Prak Sokhonn", RELEASE_TEXT);
        long copy = SimHash.of(
                "Xinhua | Wang Yi Holds Talks with Prak Sokhonn",
                RELEASE_TEXT.replace("On 12 March,", "On Tuesday,") + "\n\nEditor: Li Ming");
        assertThat(SimHash.distance(original, copy)).isLessThanOrEqualTo(3);
    }

    @Test
    void fingerprintsStayAsEarlierVersionsComputedThem() {
        // The fingerprint index keeps fingerprints for the retention: a change here would split copies across an
        // upgrade.
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            manyWords.append('w').append(Integer.toString(i * 7919, 36)).append(i % 3 == 0 ? " the " : " ");
        }
        assertThat(SimHash.hex(SimHash.of("Wang Yi Holds Talks", RELEASE_TEXT))).isEqualTo("0a8bb3c8188868f0");
        assertThat(SimHash.hex(SimHash.of("", manyWords.toString()))).isEqualTo("cb3ff435b889fb31");
        assertThat(SimHash.of("", "")).isZero();
    }

    @Test
    void caseAccentsAndNumbersDoNotMoveTheFingerprint() {
        assertThat(SimHash.of("", "Côte d'Ivoire signed on 3 May"))
                .isEqualTo(SimHash.of("", "COTE D'IVOIRE SIGNED ON 14 MAY"));
    }

    @Test
    void differentReleaseFromTheSameTemplateIsFarAway() {
        String other = RELEASE_TEXT
                .replace("Cambodia", "Laos")
                .replace("Cambodian", "Lao")
                .replace("Prak Sokhonn", "Thongsavanh Phomvihane")
                .replace("Fish and Rice Corridor", "China-Laos Railway")
                .replace("Funan Techo Canal", "Vientiane-Vang Vieng expressway")
                .replace("mine clearance, health and education", "disaster relief and hydropower");
        assertThat(SimHash.distance(SimHash.of("T", RELEASE_TEXT), SimHash.of("T", other)))
                .isGreaterThan(3);
    }

    @Test
    void pairsWithinThreeBitsShareABand() {
        long a = 0x0123_4567_89ab_cdefL;
        long b = a ^ (1L << 3) ^ (1L << 20) ^ (1L << 40);
        boolean shared = false;
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            shared |= FingerprintBands.value(a, band) == FingerprintBands.value(b, band);
        }
        assertThat(shared).isTrue();
        assertThat(SimHash.hex(a)).isEqualTo("0123456789abcdef");
    }
}
