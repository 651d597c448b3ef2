package io.attache.ingest;

/** The stable ids and content hashes of articles. */
final class ArticleIds {
    private ArticleIds() {}

    /**
     * Hash of the canonical URL; without one, of feed id and guid; without either, of title and text.
     * Each input is prefixed with its kind so that the three never collide.
     */
    static String of(String canonicalUrl, String feedId, String guid, String title, String text) {
        if (!canonicalUrl.isEmpty()) {
            return Hashes.sha256("url\n" + canonicalUrl);
        }
        if (!guid.isEmpty()) {
            return Hashes.sha256("guid\n" + feedId + "\n" + guid);
        }
        return Hashes.sha256("content\n" + title + "\n" + text);
    }

    /** Hash of the normalised title and text. */
    static String contentHash(String title, String text) {
        return Hashes.sha256(title + "\n" + text);
    }
}
