package io.attache.app.view;

import java.util.List;
import java.util.Map;

/**
 * Articles per country pair and theme over a period.
 *
 * @param period the period counted, e.g. {@code 7d}
 * @param themes the columns: theme ids, most articles first
 * @param rows   the pairs, most articles first
 */
public record Grid(String period, List<String> themes, List<Row> rows) {
    /**
     * One pair's counts.
     *
     * @param pair     the dyad key, e.g. {@code CHN-KHM}
     * @param articles articles about the pair in the period (with or without a theme)
     * @param cells    per theme id, articles about the pair with that theme; themes without one are absent
     */
    public record Row(String pair, int articles, Map<String, Integer> cells) {}
}
