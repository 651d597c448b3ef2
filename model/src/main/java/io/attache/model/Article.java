package io.attache.model;

import static io.attache.model.Fields.copyOf;
import static io.attache.model.Fields.orEmpty;
import static io.attache.model.Fields.required;

import java.time.Instant;
import java.util.List;

/**
 * One feed entry, normalised: the value of the {@code news.articles} topic, keyed by {@link #id()}.
 * Documented field by field in {@code docs/record-format.md}. Optional text fields are empty, never null.
 *
 * @param schema            version of this record's JSON layout; {@link #SCHEMA} when written by this code
 * @param id                stable hash of the canonical URL (else of feed id + guid, else of title + text)
 * @param guid              the entry's own id as the feed gives it, empty when none
 * @param url               canonical URL of the entry, empty when the entry has no link
 * @param title             plain-text title
 * @param text              plain-text body, paragraphs separated by a blank line
 * @param summary           plain-text summary as the feed gives it
 * @param published         when the entry was published (else updated), UTC
 * @param publishedInferred true when the feed gave no usable date and {@code published} is the fetch time
 * @param authors           author names
 * @param categories        the feed's own categories for the entry
 * @param language          BCP 47 language tag of the entry (from the entry, else the feed, else the feeds file, else
 *                          detected from the text), empty when unknown
 * @param languageSource    where {@code language} came from
 * @param feed              the feed it came from
 * @param fetchedAt         when the feed response holding this entry was fetched
 * @param contentHash       hash of the normalised title and text, for exact-content duplicate detection
 * @param textSource        whether {@code text} came from the feed or the entry's web page
 */
public record Article(
        int schema,
        String id,
        String guid,
        String url,
        String title,
        String text,
        String summary,
        Instant published,
        boolean publishedInferred,
        List<String> authors,
        List<String> categories,
        String language,
        FeedRef feed,
        Instant fetchedAt,
        String contentHash,
        TextSource textSource,
        LanguageSource languageSource) {

    /** The layout version this code writes. */
    public static final int SCHEMA = 1;

    public Article {
        if (schema < 1) {
            throw new InvalidRecordException("schema", "must be 1 or more, was " + schema);
        }
        required("id", id);
        guid = orEmpty(guid);
        url = orEmpty(url);
        title = orEmpty(title);
        text = orEmpty(text);
        summary = orEmpty(summary);
        required("published", published);
        authors = copyOf(authors);
        categories = copyOf(categories);
        language = orEmpty(language);
        required("feed", feed);
        required("fetchedAt", fetchedAt);
        required("contentHash", contentHash);
        textSource = textSource == null ? TextSource.FEED : textSource;
        // Records written before the field existed carry a language but no source: the feed declared it.
        languageSource = languageSource != null
                ? languageSource
                : language.isEmpty() ? LanguageSource.UNKNOWN : LanguageSource.FEED;
    }
}
