package io.attache.enrich.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * The bundled {@code cues.yaml}: words that tell a bilateral pair (two states acting on each other) from two
 * names that merely stand in one text, such as the teams of a match; and names that contain a country's name but
 * stand for none ("the Korean Peninsula"). Read by {@link DyadRanker}.
 */
final class Cues {
    private Cues() {}

    /** Every cue phrase, as {@link PhraseSource.Kind#CUE} phrases whose target is a {@link PhraseSource.Cue} name. */
    static List<PhraseSource> bundled() {
        File file = DataFiles.bundled("cues.yaml", File.class);
        List<PhraseSource> phrases = new ArrayList<>();
        add(file.interaction(), PhraseSource.Cue.INTERACTION, phrases);
        add(file.sports(), PhraseSource.Cue.SPORTS, phrases);
        add(file.neutral(), PhraseSource.Cue.NEUTRAL, phrases);
        return phrases;
    }

    private static void add(List<String> list, PhraseSource.Cue cue, List<PhraseSource> phrases) {
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException(
                    "bundled cues.yaml has no '" + cue.name().toLowerCase() + "' list");
        }
        list.forEach(p -> phrases.add(new PhraseSource(p, PhraseSource.Kind.CUE, cue.name(), 1)));
    }

    record File(List<String> interaction, List<String> sports, List<String> neutral) {}
}
