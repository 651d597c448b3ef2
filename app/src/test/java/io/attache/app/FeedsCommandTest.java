package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsCommandTest {
    @TempDir
    Path dir;

    @Test
    void importedFeedsExportAgain() throws IOException {
        Path opml = Files.writeString(dir.resolve("in.opml"), """
                <opml version="2.0"><body>
                  <outline type="rss" text="MFA Press" xmlUrl="https://mfa.example/rss.xml"/>
                </body></opml>""");
        Path feeds = dir.resolve("feeds.yaml");

        CommandRun imported = CommandRun.of("feeds", "import", opml.toString(), "--feeds", feeds.toString());
        CommandRun exported = CommandRun.of("feeds", "export", "--feeds", feeds.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Imported 1 feeds");
        assertThat(exported.out())
                .contains("xmlUrl=\"https://mfa.example/rss.xml\"")
                .contains("title=\"mfa-press\"");
    }

    @Test
    void importingTheSameListTwiceAddsNothing() throws IOException {
        Path opml = Files.writeString(
                dir.resolve("in.opml"),
                "<opml><body><outline text=\"A\" xmlUrl=\"https://a.example/rss\"/></body></opml>");
        Path feeds = dir.resolve("feeds.yaml");
        CommandRun.of("feeds", "import", opml.toString(), "--feeds", feeds.toString());

        CommandRun again = CommandRun.of("feeds", "import", opml.toString(), "--feeds", feeds.toString());

        assertThat(again.out()).contains("Imported 0 feeds").contains("(1 already listed)");
    }

    @Test
    void discoverListsTheFeedsASavedPageAdvertises() throws IOException {
        Path page = Files.writeString(
                dir.resolve("news.html"),
                "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"Press\" href=\"rss.xml\"></head></html>");

        CommandRun run = CommandRun.of("feeds", "discover", page.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(dir.resolve("rss.xml").toString())
                .contains("application/rss+xml")
                .contains("Press");
    }

    @Test
    void discoverReadsAServedPageAndResolvesItsLinks() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page =
                "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head></html>"
                        .getBytes(StandardCharsets.UTF_8);
        server.createContext("/news/", exchange -> {
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();

            CommandRun run = CommandRun.of("feeds", "discover", base + "/news/index.html");

            assertThat(run.out()).contains(base + "/atom.xml  application/atom+xml");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBrokenOpmlFileIsAUserErrorNamingIt() throws IOException {
        Path opml = Files.writeString(dir.resolve("broken.opml"), "<opml><body>");

        CommandRun run = CommandRun.of(
                "feeds",
                "import",
                opml.toString(),
                "--feeds",
                dir.resolve("feeds.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.opml");
    }
}
