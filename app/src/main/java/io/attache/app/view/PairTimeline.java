package io.attache.app.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One pair's articles over time.
 *
 * @param pair     the dyad key, e.g. {@code CHN-KHM}
 * @param days     the days (UTC) with at least one article, oldest first
 * @param articles the pair's latest articles, newest first
 */
public record PairTimeline(String pair, List<Day> days, List<ArticleLine> articles) {
    /**
     * @param day      the date (UTC)
     * @param articles articles about the pair published that day
     * @param themes   per theme id, how many of them carry it
     */
    public record Day(LocalDate day, int articles, Map<String, Integer> themes) {}
}
