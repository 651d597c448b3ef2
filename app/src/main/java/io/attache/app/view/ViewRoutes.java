package io.attache.app.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.attache.app.ops.HttpReply;
import io.attache.app.ops.MetricsServer;
import io.attache.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The view's paths: the page ({@code /}, {@code /view.js}, {@code /view.css}, served from the jar) and its JSON
 * API under {@code /api/}. Feed text leaves here only as JSON string values; the page puts it into the document as
 * text nodes.
 */
public final class ViewRoutes implements MetricsServer.Routes {
    private static final String JSON = "application/json; charset=utf-8";
    private static final int LATEST_ARTICLES = 50;
    private static final int LATEST_STORIES = 20;
    private static final Map<String, Asset> ASSETS = Map.of(
            "/", Asset.load("index.html", "text/html; charset=utf-8"),
            "/view.js", Asset.load("view.js", "text/javascript; charset=utf-8"),
            "/view.css", Asset.load("view.css", "text/css; charset=utf-8"));

    private final ViewModel model;
    private final Map<String, Function<Map<String, String>, Object>> api;

    public ViewRoutes(ViewModel model) {
        this.model = model;
        this.api = Map.of(
                "/api/summary", query -> model.summary(),
                "/api/feeds", query -> model.feedHealth(),
                "/api/grid",
                        query -> model.grid(ViewPeriod.of(query.getOrDefault("period", "all")), ViewFilter.of(query)),
                "/api/pair", query -> model.pair(required(query, "dyad"), ViewFilter.of(query), LATEST_ARTICLES),
                "/api/articles", query -> model.latestArticles(ViewFilter.of(query), LATEST_ARTICLES),
                "/api/stories", query -> model.latestStories(ViewFilter.of(query), LATEST_STORIES));
    }

    @Override
    public void addTo(HttpServer server) {
        server.createContext("/", this::page);
        server.createContext("/api/", this::api);
    }

    private void page(HttpExchange exchange) throws IOException {
        if (refusedMethod(exchange)) {
            return;
        }
        Asset asset = ASSETS.get(exchange.getRequestURI().getPath());
        if (asset == null) {
            HttpReply.send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            return;
        }
        HttpReply.send(exchange, 200, asset.contentType(), asset.bytes());
    }

    private void api(HttpExchange exchange) throws IOException {
        if (refusedMethod(exchange)) {
            return;
        }
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        try {
            if (path.equals("/api/article")) {
                String id = required(query, "id");
                Optional<?> article = model.article(id);
                if (article.isEmpty()) {
                    json(exchange, 404, Map.of("error", "no article " + id + " is held"));
                } else {
                    json(exchange, 200, article.get());
                }
                return;
            }
            Function<Map<String, String>, Object> answer = api.get(path);
            if (answer == null) {
                json(exchange, 404, Map.of("error", "no such path: " + path));
                return;
            }
            json(exchange, 200, answer.apply(query));
        } catch (IllegalArgumentException e) {
            json(exchange, 400, Map.of("error", e.getMessage()));
        }
    }

    private static boolean refusedMethod(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return false;
        }
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        HttpReply.send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n");
        return true;
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view's answer as JSON: " + e.getMessage(), e);
        }
        HttpReply.send(exchange, status, JSON, body);
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the query parameter '" + name + "' is required");
        }
        return value;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(decode(name), decode(value));
        }
        return values;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** A file of the page, read from the jar once. */
    private record Asset(String contentType, byte[] bytes) {
        static Asset load(String name, String contentType) {
            try (InputStream in = ViewRoutes.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the view's " + name + " is missing from the jar");
                }
                return new Asset(contentType, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the view's " + name, e);
            }
        }
    }
}
