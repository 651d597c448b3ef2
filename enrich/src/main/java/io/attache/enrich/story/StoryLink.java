package io.attache.enrich.story;

/**
 * Which story an article joined: the value of the story-link store, keyed by article id, so that a revision keeps
 * its article's story for the whole retention, after the story itself is no longer held for new reports.
 *
 * @param storyId the story
 * @param seenAt  stream time (ms) when the article (or its latest revision) was assigned; it expires a retention later
 */
public record StoryLink(String storyId, long seenAt) {}
