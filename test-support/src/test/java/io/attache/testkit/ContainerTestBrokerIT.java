package io.attache.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Testcontainers path of the kit; skipped where no Docker engine answers. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerTestBrokerIT {
    @Test
    void containerBrokerAcceptsTopics() throws Exception {
        try (TestBroker broker = TestBrokers.start("testcontainers", ContainerTestBroker.configuredImage());
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic("container-check", 1, (short) 1)))
                    .all()
                    .get();

            assertThat(admin.listTopics().names().get()).contains("container-check");
        }
    }
}
