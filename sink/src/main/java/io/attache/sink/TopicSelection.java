package io.attache.sink;

import io.attache.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which topics the sink reads: named topics, topics matching a regular expression, or both. The consumer
 * subscribes to one pattern, so topics created later (a new {@code news.theme.*}) are picked up too.
 *
 * @param names exact topic names; may be empty
 * @param regex a Java regular expression matched against whole topic names; empty for none
 */
public record TopicSelection(List<String> names, String regex) {
    public TopicSelection {
        names = List.copyOf(names);
        regex = regex == null ? "" : regex;
        if (names.isEmpty() && regex.isEmpty()) {
            throw new IllegalArgumentException("no topics to sink: give topic names or a topic regex");
        }
        if (!regex.isEmpty()) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "topic regex '" + regex + "' is not valid: " + e.getDescription(), e);
            }
        }
    }

    /** The enriched topic and every per-theme topic of the deployment. */
    public static TopicSelection defaults(Topics topics) {
        return new TopicSelection(
                List.of(topics.enriched()), topics.themePattern().pattern());
    }

    /** Exactly these topics. */
    public static TopicSelection of(String... names) {
        return new TopicSelection(List.of(names), "");
    }

    /** The single pattern the consumer subscribes to. */
    public Pattern pattern() {
        List<String> alternatives = new ArrayList<>();
        names.forEach(name -> alternatives.add(Pattern.quote(name)));
        if (!regex.isEmpty()) {
            alternatives.add("(?:" + regex + ")");
        }
        return Pattern.compile(String.join("|", alternatives));
    }
}
