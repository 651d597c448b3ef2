package io.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testkit.KafkaBrokerExtension;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TopicProvisionerIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void createsMissingTopicsWithTheirPartitions() throws Exception {
        String name = KAFKA.uniqueName("prov");
        try (Admin admin = KAFKA.admin()) {
            var created =
                    new TopicProvisioner(admin).ensure(List.of(TopicProvisioner.topic(name, 3, (short) 1, Map.of())));

            TopicDescription description =
                    admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
            assertThat(created).containsExactly(name);
            assertThat(description.partitions()).hasSize(3);
        }
    }

    @Test
    void existingTopicsAreLeftAloneWithoutError() {
        String name = KAFKA.uniqueName("prov");
        KAFKA.createTopics(2, name);
        try (Admin admin = KAFKA.admin()) {
            NewTopic again = TopicProvisioner.topic(name, 5, (short) 1, Map.of());

            assertThat(new TopicProvisioner(admin).ensure(List.of(again))).isEmpty();
        }
    }
}
