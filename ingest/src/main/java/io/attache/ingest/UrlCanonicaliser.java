package io.attache.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of an entry's link, so that the same article reached by different links gets the same
 * id: relative links resolved against the feed URL, scheme and host lower-cased, default port and fragment
 * dropped, tracking parameters removed and the remaining query parameters sorted.
 */
final class UrlCanonicaliser {
    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "mc_cid",
            "mc_eid",
            "igshid",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "spm",
            "cmpid",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id",
            "wt.mc_id",
            "ref_src",
            "s_cid",
            "at_medium",
            "at_campaign");

    private UrlCanonicaliser() {}

    /** The canonical http(s) URL of {@code link}, or empty when it is blank, unparseable or not http(s). */
    static Optional<String> canonical(String link, URI base) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = base.resolve(new URI(link.trim().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            url.append(uri.getRawUserInfo()).append('@');
        }
        url.append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        if (!defaultPort) {
            url.append(':').append(port);
        }
        String path = uri.getRawPath();
        url.append(path == null || path.isEmpty() ? "/" : path);
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return Optional.of(url.toString());
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        kept.sort(Comparator.comparing((String p) -> p.split("=", 2)[0]).thenComparing(Comparator.naturalOrder()));
        return String.join("&", kept);
    }
}
