package io.attache.sink;

import static io.attache.sink.TestRecords.article;
import static io.attache.sink.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.model.Json;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class PartitionerTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void kafkaPartitionNamesThePartition() {
        ConsumerRecord<byte[], byte[]> record = record("t", 4, 0, "k", "{}");
        assertThat(new Partitioner.KafkaPartition().folder(record, tree("{}"), RecordTime.timestamp(), UTC))
                .isEqualTo("partition=4");
    }

    @Test
    void themeNamesTheBestTheme() {
        String value = "{\"themes\":[{\"id\":\"agriculture\"},{\"id\":\"trade\"}]}";
        assertThat(Partitioner.Field.theme()
                        .folder(record("t", 0, 0, "k", value), tree(value), RecordTime.timestamp(), UTC))
                .isEqualTo("theme=agriculture");
    }

    @Test
    void fieldWithoutValueGoesToNone() {
        String value = "{\"themes\":[]}";
        assertThat(Partitioner.Field.theme()
                        .folder(record("t", 0, 0, "k", value), tree(value), RecordTime.timestamp(), UTC))
                .isEqualTo("theme=_none");
    }

    @Test
    void fieldValuesAreMadeSafeForFolderNames() {
        String value = "{\"feed\":{\"id\":\"../etc/pass wd\"}}";
        assertThat(new Partitioner.Field("feed.id", "feed")
                        .folder(record("t", 0, 0, "k", value), tree(value), RecordTime.timestamp(), UTC))
                .isEqualTo("feed=.._etc_pass_wd");
    }

    @Test
    void dailyFolderComesFromPublished() {
        String value = article("a", "2024-01-10T23:30:00Z", "x");
        assertThat(Partitioner.Time.daily()
                        .folder(record("t", 0, 0, "k", value), tree(value), RecordTime.published(), UTC))
                .isEqualTo("dt=2024-01-10");
    }

    @Test
    void dailyFolderFollowsTheConfiguredZone() {
        String value = article("a", "2024-01-10T23:30:00Z", "x");
        assertThat(Partitioner.Time.daily()
                        .folder(
                                record("t", 0, 0, "k", value),
                                tree(value),
                                RecordTime.published(),
                                ZoneId.of("Asia/Phnom_Penh")))
                .isEqualTo("dt=2024-01-11");
    }

    @Test
    void timeFallsBackToTheRecordTimestampWhenTheFieldIsMissing() {
        ConsumerRecord<byte[], byte[]> record = record("t", 0, 0, Instant.parse("2023-05-06T07:00:00Z"), "k", "{}");
        assertThat(Partitioner.Time.daily().folder(record, tree("{}"), RecordTime.published(), UTC))
                .isEqualTo("dt=2023-05-06");
    }

    @Test
    void timePatternsMayNestFolders() {
        ConsumerRecord<byte[], byte[]> record = record("t", 0, 0, Instant.parse("2023-05-06T07:00:00Z"), "k", "{}");
        assertThat(new Partitioner.Time("'year'=yyyy/'month'=MM")
                        .folder(record, tree("{}"), RecordTime.timestamp(), UTC))
                .isEqualTo("year=2023/month=05");
    }

    @Test
    void invalidPatternIsRefusedWithItsText() {
        assertThatThrownBy(() -> new Partitioner.Time("'dt=yyyy")).hasMessageContaining("'dt=yyyy");
    }

    private static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
