package io.attache.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * Mends the parsed XML of a feed where ROME would refuse or crash on a document that feed readers accept:
 * an RSS or Atom root in a namespace ROME does not know (or in none), RSS without its {@code <channel>}, an
 * RDF root without one, an RSS version ROME does not list, and Atom 0.3 {@code mode="base64"} text (ROME's
 * own decoder fails on the line breaks the spec allows). It only rewrites the in-memory document after the
 * secure parse, so the DOCTYPE refusal and ROME's other defaults are untouched; a document ROME already
 * reads is left as it is.
 */
final class FeedDocumentRepair {
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Namespace RSS_10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final Namespace RSS_090 = Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/");
    private static final String RDF_URI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /** The versions ROME's RSS parsers accept; RSS 2.0's also accepts any "2.0..." and none at all. */
    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94");

    private FeedDocumentRepair() {}

    /** Repairs {@code document} in place so that ROME can read it. */
    static void repair(Document document) {
        Element root = document.getRootElement();
        switch (root.getName()) {
            case "feed" -> repairAtom(root);
            case "rss" -> repairRss(root);
            case "RDF" -> repairRdf(root);
            default -> {
                // Not RSS or Atom: ROME refuses it and the parser says so.
            }
        }
    }

    private static void repairAtom(Element root) {
        Namespace namespace = root.getNamespace();
        if (!namespace.getURI().equals(ATOM_10.getURI()) && !namespace.getURI().equals(ATOM_03.getURI())) {
            // Pre-standard Atom drafts (purl.org/echo, necho, pie, ...) and bare <feed>s: version="0.3" marks 0.3.
            Namespace atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
            moveNamespace(root, namespace, Namespace.getNamespace(namespace.getPrefix(), atom.getURI()));
        }
        if (root.getNamespaceURI().equals(ATOM_03.getURI())) {
            decodeBase64Text(root);
        }
    }

    private static void repairRss(Element root) {
        if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            // Userland and Harvard namespaces for plain RSS: ROME reads RSS elements in no namespace.
            moveNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
        }
        String version = root.getAttributeValue("version");
        if (version != null
                && !ROME_RSS_VERSIONS.contains(version.trim())
                && !version.trim().startsWith("2.0")) {
            // RSS 2.01, 2.1 and other variants are RSS 2.0 as far as their elements go.
            root.setAttribute("version", "2.0");
        }
        wrapInChannel(root, Namespace.NO_NAMESPACE);
    }

    private static void repairRdf(Element root) {
        if (!RDF_URI.equals(root.getNamespaceURI())) {
            return;
        }
        Namespace rss = root.getAdditionalNamespaces().stream()
                .filter(n -> n.getURI().equals(RSS_10.getURI()) || n.getURI().equals(RSS_090.getURI()))
                .findFirst()
                .orElse(RSS_10);
        if (root.getChild("channel", rss) == null) {
            // RSS 0.90/1.0 keep items beside the channel, so an empty one is enough for ROME to read the rest.
            root.addContent(0, new Element("channel", rss));
        }
    }

    /** Moves the children of a channel-less RSS root into a {@code <channel>}, where RSS 0.91 to 2.0 keep them. */
    private static void wrapInChannel(Element root, Namespace namespace) {
        if (root.getChild("channel", namespace) != null) {
            return;
        }
        Element channel = new Element("channel", namespace);
        List<Content> children = new ArrayList<>(root.removeContent());
        channel.addContent(children);
        root.addContent(channel);
    }

    /** Moves the root and every element in the root's namespace {@code from} to {@code to}. */
    private static void moveNamespace(Element root, Namespace from, Namespace to) {
        List<Element> elements = new ArrayList<>();
        root.getDescendants(Filters.element(from)).forEach(elements::add);
        elements.forEach(element -> element.setNamespace(to));
        root.setNamespace(to);
    }

    /**
     * Replaces Atom 0.3 {@code mode="base64"} text by its decoded form, marked {@code mode="escaped"} (the text
     * as it stands), because ROME's decoder fails on whitespace. Text that is not base64 stays as it was, so
     * nothing the feed gave is dropped.
     */
    private static void decodeBase64Text(Element root) {
        List<Element> encoded = new ArrayList<>();
        for (Element element : root.getDescendants(Filters.element())) {
            if ("base64".equals(element.getAttributeValue("mode"))) {
                encoded.add(element);
            }
        }
        for (Element element : encoded) {
            decoded(element.getText()).ifPresent(element::setText);
            element.setAttribute("mode", "escaped");
        }
    }

    private static Optional<String> decoded(String base64) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64.strip());
            return Optional.of(FeedParser.withoutInvalidXmlCharacters(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
