package io.attache.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fixed pages served on 127.0.0.1 (404 for any other path), counting the requests for each path. */
final class ServedSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Integer> requests = new ConcurrentHashMap<>();

    /** @param pages path to {content type, body} */
    ServedSite(Map<String, String[]> pages) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.merge(path, 1, Integer::sum);
            String[] page = pages.get(path);
            if (page == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] body = page[1].replace("${base}", base()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", page[0]);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
    }

    /** e.g. {@code http://127.0.0.1:40123}; {@code ${base}} in a served body becomes this. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests {@code path} has had. */
    int requestsTo(String path) {
        return requests.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
