package io.attache.app;

import io.attache.app.demo.DemoFeedServer;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attache sample-feeds}: serves the demo's sample feeds over HTTP until stopped. */
@Command(
        name = "sample-feeds",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves the sample feeds of `attache demo` over HTTP until stopped.",
            "For trying `attache ingest` or the compose stack without real feeds: the feeds are at "
                    + "<base-url>/mfa-press.xml, /regional-wire.atom, /embassy-bulletin.xml and /broken.xml, and "
                    + "<base-url>/feeds.yaml is a feeds file that lists them."
        })
final class SampleFeedsCommand implements Callable<Integer> {
    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 in a container (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Where clients reach this server, as the feeds name it, e.g. http://feeds:8080 "
                    + "(default: http://<host>:<port>).")
    String baseUrl;

    @Override
    public Integer call() throws InterruptedException {
        DemoFeedServer server = DemoFeedServer.start(new InetSocketAddress(host, port), Optional.ofNullable(baseUrl));
        System.out.println("Serving the sample feeds as " + server.baseUrl() + " (feeds file: " + server.baseUrl()
                + "/feeds.yaml). Ctrl-C stops.");
        StopSignal.awaitThen("sample-feeds", server::close);
        return 0;
    }
}
