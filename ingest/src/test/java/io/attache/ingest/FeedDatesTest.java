package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Wed, 10 Jan 2024 08:30:00 GMT+0000 | 2024-01-10T08:30:00Z",
                "Wed, 10 Jan 2024 16:30:00 GMT+8    | 2024-01-10T08:30:00Z",
                "Wed, 10 Jan 2024 16:30:00 UTC+08:00| 2024-01-10T08:30:00Z",
                "Wed, 10 Jan 2024 08:30:00          | 2024-01-10T08:30:00Z",
                "10 Jan 2024 03:30 EST              | 2024-01-10T08:30:00Z",
                "Wednesday, 10 January 2024 08:30:00 +0000 | 2024-01-10T08:30:00Z",
                "10 Jan 24 08:30:00 GMT             | 2024-01-10T08:30:00Z",
                "2024-01-10 08:30:00                | 2024-01-10T08:30:00Z",
                "2024-01-10T10:30:00+02:00          | 2024-01-10T08:30:00Z",
                "2024-01-10T08:30:00.123Z           | 2024-01-10T08:30:00.123Z",
                "2024-01-10T08:30                   | 2024-01-10T08:30:00Z",
                "2024-01-10                         | 2024-01-10T00:00:00Z",
                "Jan 10, 2024                       | 2024-01-10T00:00:00Z",
                "2024/01/10 08:30:00                | 2024-01-10T08:30:00Z",
            })
    void readsFormsRomeMisses(String raw, String expected) {
        assertThat(FeedDates.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wed, 10 Jan 2024 08:30:00 GMT",
                "2024-01-10T08:30:00Z",
                "10 Jan 2024 08:30 +0800",
                "2024-01-10T08:30:00-05:00",
                "Wed, 10 Jan 2024 03:30:00 EST"
            })
    void zonesRomeReadsRightAreExplicit(String raw) {
        assertThat(FeedDates.hasExplicitZone(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-10T08:30:00", "Wed, 10 Jan 2024 08:30:00 GMT+0800", "2024-01-10", ""})
    void missingOrUnusualZonesAreNotExplicit(String raw) {
        assertThat(FeedDates.hasExplicitZone(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "32 Jan 2024 08:00:00 GMT", "2024-13-01"})
    void refusesWhatIsNotADate(String raw) {
        assertThat(FeedDates.parse(raw)).isEmpty();
    }
}
