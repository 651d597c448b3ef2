package io.attache.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(MetricsServer server, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsAreServedInPrometheusFormat() throws Exception {
        PrometheusMeterRegistry registry = MetricsServer.newRegistry();
        registry.counter("attache.ingest.articles.published", "feed", "cn-mfa").increment(3);
        try (MetricsServer server = MetricsServer.start(registry, "127.0.0.1", 0, () -> true)) {
            HttpResponse<String> response = get(server, "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("attache_ingest_articles_published_total{feed=\"cn-mfa\"} 3.0")
                    .contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void healthAnswersWhileReadyFollowsThePipeline() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        try (MetricsServer server = MetricsServer.start(MetricsServer.newRegistry(), "127.0.0.1", 0, ready::get)) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/ready").statusCode()).isEqualTo(503);

            ready.set(true);

            assertThat(get(server, "/ready").statusCode()).isEqualTo(200);
        }
    }
}
