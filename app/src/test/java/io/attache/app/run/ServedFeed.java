package io.attache.app.run;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An RSS 2.0 feed served on 127.0.0.1 whose items a test can add while the pipeline runs. */
public final class ServedFeed implements AutoCloseable {
    private final HttpServer server;
    private final List<String> items = new ArrayList<>();

    private ServedFeed(HttpServer server) {
        this.server = server;
    }

    public static ServedFeed start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ServedFeed feed = new ServedFeed(http);
            http.createContext("/feed.xml", exchange -> {
                byte[] body = feed.render().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            return feed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
    }

    /** Adds an item; the next fetch serves it. */
    public synchronized void addItem(String slug, String title, String html, String rfc822Date) {
        items.add("<item><title>" + title + "</title><link>https://mfa.example.cn/eng/" + slug + ".html</link>"
                + "<guid>urn:test:" + slug + "</guid><pubDate>" + rfc822Date + "</pubDate>"
                + "<description><![CDATA[" + html + "]]></description></item>");
    }

    private synchronized String render() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test MFA</title>"
                + "<link>https://mfa.example.cn/eng/</link><description>test</description>"
                + String.join("", items) + "</channel></rss>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
