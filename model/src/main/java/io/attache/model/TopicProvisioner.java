package io.attache.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a part needs at start-up, idempotently: a topic that already exists is left as it
 * is, so several instances (or parts) may provision the same topics concurrently.
 */
public final class TopicProvisioner {
    private final Admin admin;

    public TopicProvisioner(Admin admin) {
        this.admin = admin;
    }

    /** A topic to create with {@code partitions} and {@code replication}, plus topic configs (e.g. compaction). */
    public static NewTopic topic(String name, int partitions, short replication, Map<String, String> configs) {
        return new NewTopic(name, partitions, replication).configs(configs);
    }

    /**
     * Creates every topic that does not exist yet and waits for the broker's answer.
     *
     * @return the names that this call created (the others existed already)
     */
    public Set<String> ensure(Collection<NewTopic> topics) {
        if (topics.isEmpty()) {
            return Set.of();
        }
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
            try {
                result.getValue().get();
                created.add(result.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "cannot create topic " + result.getKey() + ": " + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topic " + result.getKey(), e);
            }
        }
        return Set.copyOf(created);
    }
}
