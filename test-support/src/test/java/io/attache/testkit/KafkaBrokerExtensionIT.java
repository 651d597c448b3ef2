package io.attache.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KafkaBrokerExtensionIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recordsProducedAreReadBackInOrder() {
        String topic = KAFKA.uniqueName("kit");
        KAFKA.createTopics(1, topic);
        Map<byte[], byte[]> records = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            records.put(utf8("k" + i), utf8("v" + i));
        }

        KAFKA.produce(topic, records);
        List<ConsumerRecord<byte[], byte[]>> read = KAFKA.readAll(List.of(topic), Duration.ofSeconds(30));

        assertThat(read)
                .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(records.values().stream()
                        .map(v -> new String(v, StandardCharsets.UTF_8))
                        .toList());
    }

    @Test
    void uniqueNamesDoNotRepeat() {
        assertThat(KAFKA.uniqueName("t")).isNotEqualTo(KAFKA.uniqueName("t"));
    }
}
