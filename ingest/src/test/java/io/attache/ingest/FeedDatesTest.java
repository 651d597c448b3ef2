package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
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
    @CsvSource(
            delimiter = '|',
            value = {
                "2024年12月4日             | 2024-12-04T00:00:00Z",
                "2024年12月4日 10:30       | 2024-12-04T10:30:00Z",
                "2024 년 12 월 4 일        | 2024-12-04T00:00:00Z",
                "发布时间：2024年12月04日  | 2024-12-04T00:00:00Z",
                "Published: 2024-12-04     | 2024-12-04T00:00:00Z",
                "[2024-12-04 10:30]        | 2024-12-04T10:30:00Z",
            })
    void findsTheDateInALineOfAPage(String text, String expected) {
        assertThat(FeedDates.find(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "04/12/2024            | dd/MM/yyyy       | 2024-12-04T00:00:00Z",
                "Issued on 04/12/2024  | dd/MM/yyyy       | 2024-12-04T00:00:00Z",
                "04.12.2024 10:30      | dd.MM.yyyy HH:mm | 2024-12-04T10:30:00Z",
                "12/04/2024            | MM/dd/yyyy       | 2024-12-04T00:00:00Z",
            })
    void findsADateWrittenAsThePatternSays(String text, String pattern, String expected) {
        assertThat(FeedDates.find(text, pattern)).contains(Instant.parse(expected));
    }

    @Test
    void aPatternThatMatchesNowhereFindsNothing() {
        assertThat(FeedDates.find("no date here", "dd/MM/yyyy")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "32 Jan 2024 08:00:00 GMT", "2024-13-01"})
    void refusesWhatIsNotADate(String raw) {
        assertThat(FeedDates.parse(raw)).isEmpty();
    }
}
