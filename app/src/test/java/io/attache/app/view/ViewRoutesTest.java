package io.attache.app.view;

import static io.attache.app.view.ViewRecords.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.app.ops.HttpReply;
import io.attache.app.ops.MetricsServer;
import io.attache.model.Json;
import io.attache.model.SourceType;
import io.attache.testkit.ManualClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)> <script>alert(2)</script> & \"quotes\"";

    private final ViewModel model = new ViewModel(100, new ManualClock(NOW));
    private MetricsServer server;

    @BeforeEach
    void serve() {
        server = MetricsServer.start(MetricsServer.newRegistry(), "127.0.0.1", 0, () -> true, new ViewRoutes(model));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    @Test
    void thePageIsServedWithAContentSecurityPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
                        + "base-uri 'none'; frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thePageHasNoInlineScriptOrStyleThePolicyWouldBlock() throws Exception {
        String page = get("/").body();

        assertThat(page).contains("<script src=\"/view.js\" defer></script>");
        assertThat(page)
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContain("<style")
                .doesNotContain(" style=");
        assertThat(page).doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void theScriptAndStylesheetAreServedWithTheirTypes() throws Exception {
        assertThat(get("/view.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/view.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void theScriptNeverWritesMarkup() throws Exception {
        String script = get("/view.js").body();

        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        assertThat(get("/secret.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void untrustedTextComesBackAsJsonStringData() throws Exception {
        model.accept(
                article("evil", HOSTILE, NOW, "cn-mfa", SourceType.GOVERNMENT, "en", List.of("CHN-KHM"), List.of()));

        HttpResponse<String> response = get("/api/articles");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(HttpReply.CONTENT_SECURITY_POLICY);
        assertThat(Json.mapper().readTree(response.body()).get(0).get("title").asText())
                .isEqualTo(HOSTILE);
    }

    @Test
    void theGridAnswersForThePeriodAndFiltersAsked() throws Exception {
        model.accept(article("new", NOW.minusSeconds(86_400), List.of("CHN-KHM"), List.of("trade")));
        model.accept(article("old", NOW.minusSeconds(20 * 86_400), List.of("CHN-KHM"), List.of("trade")));
        model.accept(article("lao", NOW.minusSeconds(86_400), List.of("CHN-LAO"), List.of("trade")));

        JsonNode grid = json("/api/grid?period=30d&country=KHM");

        assertThat(grid.get("period").asText()).isEqualTo("30d");
        assertThat(grid.get("rows")).hasSize(1);
        assertThat(grid.get("rows").get(0).get("pair").asText()).isEqualTo("CHN-KHM");
        assertThat(grid.get("rows").get(0).get("cells").get("trade").asInt()).isEqualTo(2);
        assertThat(json("/api/grid?period=7d")
                        .get("rows")
                        .get(0)
                        .get("articles")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void anUnknownPeriodIsABadRequestNamingTheChoices() throws Exception {
        HttpResponse<String> response = get("/api/grid?period=week");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(response.body()).get("error").asText())
                .isEqualTo("period 'week' is not one of 7d, 30d, all");
    }

    @Test
    void aPairsTimelineNeedsThePair() throws Exception {
        HttpResponse<String> response = get("/api/pair");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'dyad' is required");
    }

    @Test
    void anArticleIsAnsweredWithItsEvidence() throws Exception {
        model.accept(article("a", NOW, List.of("CHN-KHM"), List.of("trade")));

        JsonNode article = json("/api/article?id=a");

        assertThat(article.get("title").asText()).isEqualTo("Title of a");
        assertThat(article.get("themes")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("end")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void anArticleNotHeldIsNotFound() throws Exception {
        assertThat(get("/api/article?id=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void theSummaryCountsWhatIsHeld() throws Exception {
        model.accept(article("a", NOW, List.of("CHN-KHM"), List.of("trade")));

        JsonNode summary = json("/api/summary");

        assertThat(summary.get("articles").asInt()).isEqualTo(1);
        assertThat(summary.get("pairs").get(0).asText()).isEqualTo("CHN-KHM");
    }

    @Test
    void onlyReadingIsAllowed() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/summary"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
    }
}
