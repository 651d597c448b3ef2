package io.attache.app.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the sample feeds shipped with Attaché on {@code http://<host>:<port>/<file>}, so the demo (and the
 * compose stack) exercise the real HTTP fetcher: three feeds, a broken one, and a ministry's press pages with
 * no feed ({@code mfaic/}: two listing pages and their articles) under a {@code robots.txt} that keeps
 * crawlers out of {@code /internal/}. {@code ${demo.base}} in a served file becomes the address the feeds are
 * fetched from.
 */
public final class DemoFeedServer implements AutoCloseable {
    /** The shipped demo files, under {@code io/attache/app/demo/} on the classpath. */
    public static final List<String> FILES = List.of(
            "mfa-press.xml",
            "regional-wire.atom",
            "embassy-bulletin.xml",
            "broken.xml",
            "feeds.yaml",
            "robots.txt",
            "mfaic/press.html",
            "mfaic/press-2.html",
            "mfaic/2026/11/funan-techo-canal-second-phase.html",
            "mfaic/2026/11/japan-mine-action-sihanoukville.html",
            "mfaic/2026/11/thailand-border-checkpoints.html",
            "mfaic/2026/11/viet-nam-mekong-fisheries.html",
            "mfaic/2026/11/china-rice-seed-plant-battambang.html",
            "mfaic/2026/11/laos-cross-border-power-trade.html");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "xml", "application/rss+xml; charset=utf-8",
            "atom", "application/atom+xml; charset=utf-8",
            "yaml", "text/yaml; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "html", "text/html; charset=utf-8");

    static final String BASE_PLACEHOLDER = "${demo.base}";

    private final HttpServer server;
    private final String baseUrl;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    private DemoFeedServer(HttpServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts serving on a free port of 127.0.0.1. */
    public static DemoFeedServer start() {
        return start(new InetSocketAddress("127.0.0.1", 0), Optional.empty());
    }

    /**
     * Starts serving on {@code address}.
     *
     * @param baseUrl where clients reach this server (e.g. {@code http://feeds:8080} in a container network);
     *                empty for the address it listens on
     */
    public static DemoFeedServer start(InetSocketAddress address, Optional<String> baseUrl) {
        try {
            HttpServer http = HttpServer.create(address, 0);
            DemoFeedServer demo = new DemoFeedServer(
                    http,
                    baseUrl.orElseGet(() -> "http://" + address.getHostString() + ":"
                            + http.getAddress().getPort()));
            for (String file : FILES) {
                demo.bodies.put("/" + file, demo.load(file).getBytes(StandardCharsets.UTF_8));
            }
            http.createContext("/", exchange -> {
                byte[] body = demo.bodies.get(exchange.getRequestURI().getPath());
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                String name = exchange.getRequestURI().getPath();
                exchange.getResponseHeaders()
                        .set("Content-Type", CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve the sample feeds on " + address.getHostString() + ":" + address.getPort() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Where the feeds are fetched from, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The demo feeds file with every feed URL pointing at this server. */
    public String feedsYaml() {
        return new String(bodies.get("/feeds.yaml"), StandardCharsets.UTF_8);
    }

    private String load(String file) throws IOException {
        try (InputStream in = DemoFeedServer.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IOException("demo file " + file + " is missing from the attache jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(BASE_PLACEHOLDER, baseUrl());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
