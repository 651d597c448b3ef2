package io.attache.app.run;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.ThemeTag;
import io.attache.sink.CommittedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/** Counts the unique articles per theme and per dyad in committed files of the enriched topic. */
final class EnrichedFileTally {
    private final SortedMap<String, Long> themes = new TreeMap<>();
    private final SortedMap<String, Long> dyads = new TreeMap<>();
    private long articles;

    /** Reads every committed, non-rejected file of {@code topic}. */
    static EnrichedFileTally of(Collection<CommittedFile> files, String topic) {
        EnrichedFileTally tally = new EnrichedFileTally();
        files.stream()
                .filter(f -> !f.rejected() && f.name().topic().equals(topic))
                .forEach(tally::read);
        return tally;
    }

    private void read(CommittedFile file) {
        try (InputStream raw = Files.newInputStream(file.path());
                InputStream in = file.name().gzip() ? new GZIPInputStream(raw) : raw;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                count(RecordSerdes.enriched().fromBytes(file.name().topic(), line.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + " for the run summary", e);
        }
    }

    private void count(EnrichedArticle article) {
        articles++;
        for (ThemeTag theme : article.themes()) {
            themes.merge(theme.id(), 1L, Long::sum);
        }
        for (Dyad dyad : article.dyads()) {
            dyads.merge(dyad.key(), 1L, Long::sum);
        }
    }

    long articles() {
        return articles;
    }

    SortedMap<String, Long> themes() {
        return themes;
    }

    SortedMap<String, Long> dyads() {
        return dyads;
    }
}
