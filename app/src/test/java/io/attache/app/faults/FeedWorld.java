package io.attache.app.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.attache.enrich.dedupe.SimHash;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Feeds served on 127.0.0.1 whose world moves on as they are read: each good response may publish a new
 * article, a syndicated near-copy of one (another URL, one word changed), a same-URL copy (an article listed in
 * a second feed) or a revision (same URL, new text). Now and then a feed misbehaves for a few requests (hangs,
 * answers 500, or sends garbage) before recovering. All choices come from one seeded random source, and the
 * world remembers every article it published, as {@link Story stories}, for the reconciliation.
 */
final class FeedWorld implements AutoCloseable {
    /** Feeds served; a story starts in one and its same-URL copy is listed in another. */
    static final int FEEDS = 4;

    /** Items per feed response, newest first; far more than ingest can miss while it is restarted. */
    private static final int WINDOW = 400;

    private static final long HANG_MILLIS = 6_000;
    private static final List<String> THEMES =
            List.of("trade", "railway", "energy", "health", "tourism", "maritime", "security", "climate");
    private static final int TEXT_WORDS = 40;

    private final Random random;
    private final int maxStories;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Story> stories = new ArrayList<>();
    private final List<List<Item>> feeds = new ArrayList<>();
    private final int[] faultyRequestsLeft = new int[FEEDS];
    private final Fault[] faultOf = new Fault[FEEDS];
    private int events;
    private int faultyResponses;
    private boolean frozen;

    /** One article as the server shows it in a feed. */
    private record Item(String url, String title, int story) {}

    /** How a misbehaving feed answers. */
    private enum Fault {
        HANG,
        ERROR,
        GARBAGE
    }

    private FeedWorld(long seed, int maxStories) throws IOException {
        this.random = new Random(seed);
        this.maxStories = maxStories;
        for (int i = 0; i < FEEDS; i++) {
            feeds.add(new ArrayList<>());
        }
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Starts serving; the world publishes at most {@code maxStories} original articles. */
    static FeedWorld start(long seed, int maxStories) {
        try {
            return new FeedWorld(seed, maxStories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feeds file that points ingest at these feeds, polled every second. */
    String feedsFile() {
        StringBuilder yaml = new StringBuilder("feeds:\n");
        for (int i = 0; i < FEEDS; i++) {
            yaml.append("  - id: wire-")
                    .append(i)
                    .append("\n    url: ")
                    .append(url(i))
                    .append("\n    interval: 1s\n    language: en\n");
        }
        return yaml.toString();
    }

    private String url(int feed) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed-" + feed + ".xml";
    }

    /** How many times the world has changed (articles, copies, revisions); faults are timed by it. */
    synchronized int events() {
        return events;
    }

    /** Whether the world has published all the stories it may, so it changes no more. */
    synchronized boolean exhausted() {
        return stories.size() >= maxStories;
    }

    /** Responses that hung, failed or were garbage so far. */
    synchronized int faultyResponses() {
        return faultyResponses;
    }

    /** Stops publishing and misbehaving: from now on every feed answers its last state, so the output can settle. */
    synchronized void freeze() {
        frozen = true;
        Arrays.fill(faultyRequestsLeft, 0);
    }

    /** Every story published so far. */
    synchronized List<Story> stories() {
        return List.copyOf(stories);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            int feed = feedIndex(exchange.getRequestURI().getPath());
            if (feed < 0) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Fault fault = faultFor(feed);
            if (fault == Fault.HANG) {
                awaitClose(); // ingest's timeout gives up first; the exchange then fails, as a hung server's would
                exchange.sendResponseHeaders(503, -1);
            } else if (fault == Fault.ERROR) {
                exchange.sendResponseHeaders(500, -1);
            } else if (fault == Fault.GARBAGE) {
                send(exchange, garbage());
            } else {
                send(exchange, render(feed));
            }
        }
    }

    private static int feedIndex(String path) {
        for (int i = 0; i < FEEDS; i++) {
            if (path.equals("/feed-" + i + ".xml")) {
                return i;
            }
        }
        return -1;
    }

    /** Decides how this request is answered; a good answer may first move the world on. */
    private synchronized Fault faultFor(int feed) {
        if (!frozen && faultyRequestsLeft[feed] == 0 && random.nextInt(100) < 6) {
            faultyRequestsLeft[feed] = 1 + random.nextInt(3);
            faultOf[feed] = Fault.values()[random.nextInt(Fault.values().length)];
        }
        if (faultyRequestsLeft[feed] > 0) {
            faultyRequestsLeft[feed]--;
            faultyResponses++;
            return faultOf[feed];
        }
        if (!frozen) {
            advance(feed);
        }
        return null;
    }

    private void awaitClose() {
        try {
            closed.await(HANG_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void advance(int feed) {
        if (stories.size() >= maxStories) {
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 60 || stories.isEmpty()) {
            publishNew(feed);
        } else if (roll < 72) {
            nearCopy(feed);
        } else if (roll < 84) {
            sameUrlCopy(feed);
        } else {
            revise(feed);
        }
        events++;
    }

    private void publishNew(int feed) {
        int n = stories.size();
        String theme = THEMES.get(random.nextInt(THEMES.size()));
        String title = "Ministers discuss " + theme + " in round " + n;
        Story story = Story.original(
                n, feed, "https://wire.example/" + feed + "/story-" + n + ".html", title, randomText(theme));
        stories.add(story);
        feeds.get(feed).add(0, new Item(story.url(), title, n));
    }

    /** Another URL, the same title and the text with one word changed: a syndicated copy the dedupe must drop. */
    private void nearCopy(int feed) {
        Story original = pick(Story.Kind.ORIGINAL);
        if (original == null || original.texts().size() > 1 || original.copied()) {
            publishNew(feed);
            return;
        }
        String text = original.text();
        String copyText = text;
        String[] words = text.split(" ");
        for (int attempt = 0; attempt < 20; attempt++) {
            String[] changed = words.clone();
            changed[random.nextInt(changed.length)] = word();
            String candidate = String.join(" ", changed);
            if (SimHash.distance(SimHash.of(original.title(), text), SimHash.of(original.title(), candidate)) <= 2) {
                copyText = candidate; // near, by the definition enrich applies; else an exact copy (same content)
                break;
            }
        }
        int n = stories.size();
        Story copy = Story.nearCopy(
                n, feed, "https://syndicate.example/" + feed + "/copy-" + n + ".html", original, copyText);
        stories.set(original.number(), original.withCopy());
        stories.add(copy);
        feeds.get(feed).add(0, new Item(copy.url(), copy.title(), n));
    }

    /** The same article listed in a second feed: the same URL and text, so the same id, dropped as same_url. */
    private void sameUrlCopy(int feed) {
        Story original = pick(Story.Kind.ORIGINAL);
        if (original == null || original.texts().size() > 1 || original.feed() == feed) {
            publishNew(feed);
            return;
        }
        stories.set(original.number(), original.withCopy());
        feeds.get(feed).add(0, new Item(original.url(), original.title(), original.number()));
    }

    /** A correction: same URL, new text; it must reach the files as the next revision. */
    private void revise(int feed) {
        Story story = pick(Story.Kind.ORIGINAL);
        if (story == null || story.copied()) {
            publishNew(feed);
            return;
        }
        stories.set(story.number(), story.revised(randomText(THEMES.get(random.nextInt(THEMES.size())))));
    }

    private Story pick(Story.Kind kind) {
        List<Story> candidates = stories.stream().filter(s -> s.kind() == kind).collect(Collectors.toList());
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private String randomText(String theme) {
        StringBuilder text =
                new StringBuilder("The ministers spoke about ").append(theme).append('.');
        for (int i = 0; i < TEXT_WORDS; i++) {
            text.append(' ').append(word());
        }
        return text.toString();
    }

    /** A made-up word: random texts share almost no words, so their SimHashes are far apart. */
    private String word() {
        StringBuilder word = new StringBuilder();
        int length = 5 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private byte[] garbage() {
        return switch (random.nextInt(3)) {
            case 0 ->
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>cut".getBytes(StandardCharsets.UTF_8);
            case 1 ->
                "<html><body><h1>Maintenance</h1><p>Back soon.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] noise = new byte[512];
                random.nextBytes(noise);
                yield noise;
            }
        };
    }

    private synchronized byte[] render(int feed) {
        StringBuilder xml = new StringBuilder(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>")
                .append("<title>Wire ")
                .append(feed)
                .append("</title><link>https://wire.example/</link><description>test wire</description>");
        Map<String, Boolean> listed = new HashMap<>();
        for (Item item :
                feeds.get(feed).subList(0, Math.min(WINDOW, feeds.get(feed).size()))) {
            if (listed.putIfAbsent(item.url(), true) != null) {
                continue;
            }
            xml.append("<item><title>")
                    .append(item.title())
                    .append("</title><link>")
                    .append(item.url())
                    .append("</link><guid>")
                    .append(item.url())
                    .append("</guid><pubDate>Tue, 10 Dec 2024 08:00:00 GMT</pubDate><description>")
                    .append(stories.get(item.story()).text())
                    .append("</description></item>");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
