package io.attache.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testkit.KafkaBrokerExtension;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopicOffsetsIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static Map<byte[], byte[]> records(int count) {
        Map<byte[], byte[]> records = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            records.put(("k" + i).getBytes(StandardCharsets.UTF_8), ("v" + i).getBytes(StandardCharsets.UTF_8));
        }
        return records;
    }

    @Test
    void groupWithoutCommitsLagsByEveryRecord() {
        String topic = KAFKA.uniqueName("lag");
        KAFKA.createTopics(1, topic);
        KAFKA.produce(topic, records(7));
        try (Admin admin = KAFKA.admin()) {
            assertThat(new TopicOffsets(admin).groupLag(KAFKA.uniqueName("group"), List.of(topic)))
                    .isEqualTo(7);
        }
    }

    @Test
    void lagIsEndMinusCommitted() throws Exception {
        String topic = KAFKA.uniqueName("lag");
        String group = KAFKA.uniqueName("group");
        KAFKA.createTopics(1, topic);
        KAFKA.produce(topic, records(7));
        try (Admin admin = KAFKA.admin()) {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(5)))
                    .all()
                    .get();

            assertThat(new TopicOffsets(admin).groupLag(group, List.of(topic))).isEqualTo(2);
        }
    }

    @Test
    void topicsAreFilteredByName() {
        String topic = KAFKA.uniqueName("filtered");
        KAFKA.createTopics(1, topic);
        try (Admin admin = KAFKA.admin()) {
            assertThat(new TopicOffsets(admin).topics(name -> name.startsWith("filtered-")))
                    .contains(topic);
        }
    }
}
