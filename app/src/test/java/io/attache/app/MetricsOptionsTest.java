package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsOptionsTest {
    private static MetricsOptions metricsOf(String... args) {
        return ParsedMixin.of("metrics", MetricsOptions.class, args);
    }

    @Test
    void theLongRunningPartsHaveDistinctDefaultPorts() {
        assertThat(metricsOf("ingest").port()).contains(9465);
        assertThat(metricsOf("enrich").port()).contains(9466);
        assertThat(metricsOf("sink").port()).contains(9467);
        assertThat(metricsOf("run").port()).contains(9464);
        assertThat(metricsOf("web").port()).contains(9468);
    }

    @Test
    void anExplicitPortWins() {
        assertThat(metricsOf("sink", "--metrics-port", "9999").port()).contains(9999);
    }

    @Test
    void noMetricsServesNothing() {
        assertThat(metricsOf("enrich", "--no-metrics").port()).isEqualTo(Optional.empty());
    }
}
