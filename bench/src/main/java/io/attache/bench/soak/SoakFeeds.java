package io.attache.bench.soak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Feeds on 127.0.0.1 that hand out a given number of distinct articles in all: each request to a feed returns
 * its next page of new items, until the total is reached. The
 * texts are random words around a country pair and a theme, so every article is tagged and none is a copy.
 * Once the total is reached a feed has no items: repeating a full page would only make ingest parse it again.
 */
final class SoakFeeds implements AutoCloseable {
    private static final List<String> PAIRS =
            List.of("China and Cambodia", "Vietnam and Laos", "Japan and the Philippines", "India and Nepal");
    private static final List<String> THEMES =
            List.of("trade", "railway", "energy", "health", "tourism", "maritime", "security", "climate");
    private static final int WORDS = 120;

    private final int feeds;
    private final int pageSize;
    private final long total;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private long served;

    private SoakFeeds(int feeds, int pageSize, long total) throws IOException {
        this.feeds = feeds;
        this.pageSize = pageSize;
        this.total = total;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Serves {@code total} articles over {@code feeds} feeds, {@code pageSize} new ones per request. */
    static SoakFeeds start(int feeds, int pageSize, long total) throws IOException {
        return new SoakFeeds(feeds, pageSize, total);
    }

    /** The feeds file for ingest, each feed polled every second. */
    String feedsFile() {
        StringBuilder yaml = new StringBuilder("feeds:\n");
        for (int i = 0; i < feeds; i++) {
            yaml.append("  - id: soak-")
                    .append(i)
                    .append("\n    url: http://127.0.0.1:")
                    .append(server.getAddress().getPort())
                    .append("/soak-")
                    .append(i)
                    .append(".xml\n    interval: 1s\n    language: en\n");
        }
        return yaml.toString();
    }

    /** Articles handed out so far. */
    synchronized long served() {
        return served;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int feed = path.matches("/soak-\\d+\\.xml") ? Integer.parseInt(path.replaceAll("\\D", "")) : -1;
            if (feed < 0 || feed >= feeds) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = page(feed);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized byte[] page(int feed) {
        long first = served;
        long count = Math.min(pageSize, total - served);
        served += count;
        StringBuilder xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Soak ")
                .append(feed)
                .append("</title><link>https://soak.example/</link><description>soak</description>");
        for (long n = first; n < first + count; n++) {
            Random random = new Random(n);
            String pair = PAIRS.get(random.nextInt(PAIRS.size()));
            String theme = THEMES.get(random.nextInt(THEMES.size()));
            xml.append("<item><title>")
                    .append(pair)
                    .append(" discuss ")
                    .append(theme)
                    .append(", release ")
                    .append(n)
                    .append("</title><link>https://soak.example/")
                    .append(feed)
                    .append('/')
                    .append(n)
                    .append(".html</link><description>")
                    .append(text(random, pair, theme))
                    .append("</description></item>");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Random random, String pair, String theme) {
        StringBuilder text = new StringBuilder(pair)
                .append(" agreed to work together on ")
                .append(theme)
                .append('.');
        for (int i = 0; i < WORDS; i++) {
            text.append(' ');
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
