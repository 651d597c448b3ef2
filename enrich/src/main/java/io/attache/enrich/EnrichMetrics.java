package io.attache.enrich;

import io.attache.model.DuplicateReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Enrichment's counters: what was enriched, dropped as a duplicate (by reason), dead-lettered, and tagged. */
public final class EnrichMetrics {
    private final MeterRegistry registry;
    private final Counter enriched;
    private final Counter deadLetters;
    private final Map<DuplicateReason, Counter> duplicates = new EnumMap<>(DuplicateReason.class);
    private final Map<String, Counter> themes = new ConcurrentHashMap<>();

    public EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.enriched = Counter.builder("attache.enrich.enriched")
                .description("Unique articles written to the enriched topic")
                .register(registry);
        this.deadLetters = Counter.builder("attache.enrich.dead.letters")
                .description("Input records sent to the dead-letter topic")
                .register(registry);
        for (DuplicateReason reason : DuplicateReason.values()) {
            duplicates.put(
                    reason,
                    Counter.builder("attache.enrich.duplicates")
                            .description("Articles dropped as duplicates")
                            .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                            .register(registry));
        }
    }

    public void enriched() {
        enriched.increment();
    }

    public void deadLetter() {
        deadLetters.increment();
    }

    public void duplicate(DuplicateReason reason) {
        duplicates.get(reason).increment();
    }

    public void themeTagged(String theme) {
        themes.computeIfAbsent(
                        theme,
                        id -> Counter.builder("attache.enrich.themes")
                                .description("Unique articles tagged with a theme")
                                .tag("theme", id)
                                .register(registry))
                .increment();
    }
}
