package io.attache.model;

import static io.attache.model.Fields.copyOf;
import static io.attache.model.Fields.orEmpty;
import static io.attache.model.Fields.required;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event as its reports tell it: the value of the compacted {@code news.stories} topic, keyed by {@link #id()},
 * written again each time a report joins. Every enriched article of the story carries its id as
 * {@link EnrichedArticle#storyId()}. Documented field by field in {@code docs/record-format.md}.
 *
 * @param schema        version of this record's JSON layout; {@link #SCHEMA} when written by this code
 * @param id            the id of the story's first report (with {@code -r<n>} when that report was revision n > 0);
 *                      fixed for the story's life
 * @param countries     who the story is about: the two codes of its dyad (sorted), or the one country of a story
 *                      about one country, or none
 * @param themes        per theme id, how many of its reports carry the theme
 * @param firstReportAt the earliest publication time among its reports
 * @param lastReportAt  the latest publication time among its reports
 * @param reports       how many reports (unique articles; revisions do not count again) it has
 * @param publishers    who published its reports (the feed's publisher, else its title, else its id), in order of
 *                      their first report, at most {@link #MAX_LISTED}
 * @param sourceTypes   the kinds of source of its reports, in order of their first report
 * @param languages     the languages of its reports, in order of their first report ({@code ""} for unknown)
 * @param headline      the title of its first report
 * @param reportIds     the article ids of its reports in the order they joined, at most {@link #MAX_LISTED}: the
 *                      first ones, which stay fixed as the story grows
 * @param updatedAt     when this version of the record was written
 */
public record Story(
        int schema,
        String id,
        List<String> countries,
        Map<String, Integer> themes,
        Instant firstReportAt,
        Instant lastReportAt,
        int reports,
        List<String> publishers,
        List<SourceType> sourceTypes,
        List<String> languages,
        String headline,
        List<String> reportIds,
        Instant updatedAt) {

    /** The layout version this code writes. */
    public static final int SCHEMA = 1;

    /** The most publishers and report ids a record lists, so that a story of thousands of reports stays small. */
    public static final int MAX_LISTED = 100;

    public Story {
        if (schema < 1) {
            throw new InvalidRecordException("schema", "must be 1 or more, was " + schema);
        }
        required("id", id);
        countries = copyOf(countries);
        if (countries.size() > 2 || (countries.size() == 2 && countries.get(0).compareTo(countries.get(1)) >= 0)) {
            throw new InvalidRecordException(
                    "countries", "must be at most two distinct codes in sorted order, was " + countries);
        }
        themes = themes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(themes));
        required("firstReportAt", firstReportAt);
        required("lastReportAt", lastReportAt);
        if (lastReportAt.isBefore(firstReportAt)) {
            throw new InvalidRecordException(
                    "lastReportAt", "must not be before firstReportAt " + firstReportAt + ", was " + lastReportAt);
        }
        if (reports < 1) {
            throw new InvalidRecordException("reports", "must be 1 or more, was " + reports);
        }
        publishers = copyOf(publishers);
        sourceTypes = copyOf(sourceTypes);
        languages = copyOf(languages);
        headline = orEmpty(headline);
        reportIds = copyOf(reportIds);
        required("updatedAt", updatedAt);
    }
}
