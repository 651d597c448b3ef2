package io.attache.enrich.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The themes and the phrases that signal them. The bundled {@code taxonomy.yaml} holds the base themes
 * consumers depend on; user files in the same layout add themes or phrases.
 */
public final class Taxonomy {
    private static final Pattern THEME_ID = Pattern.compile("[a-z0-9_]+");
    /** A strong phrase counts as much in the body as an ordinary one in the title. */
    private static final int STRONG_WEIGHT = 2;

    private final List<PhraseSource> phrases;
    private final Set<String> themeIds;

    private Taxonomy(List<PhraseSource> phrases, Set<String> themeIds) {
        this.phrases = List.copyOf(phrases);
        this.themeIds = Set.copyOf(themeIds);
    }

    /** The bundled taxonomy plus each user file in order. */
    public static Taxonomy load(List<Path> userFiles) {
        List<PhraseSource> phrases = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        add(DataFiles.bundled("taxonomy.yaml", File.class), "bundled taxonomy.yaml", phrases, ids);
        for (Path file : userFiles) {
            add(DataFiles.user(file, File.class), file.toString(), phrases, ids);
        }
        return new Taxonomy(phrases, ids);
    }

    private static void add(File file, String source, List<PhraseSource> phrases, Set<String> ids) {
        if (file.themes() == null) {
            throw new IllegalArgumentException(source + ": no 'themes' list");
        }
        for (Theme theme : file.themes()) {
            if (theme.id() == null || !THEME_ID.matcher(theme.id()).matches()) {
                throw new IllegalArgumentException(source + ": theme id '" + theme.id() + "' is not valid: use a-z, 0-9 and '_'");
            }
            ids.add(theme.id());
            if (theme.phrases() != null) {
                theme.phrases().forEach(p -> phrases.add(new PhraseSource(p, PhraseSource.Kind.THEME, theme.id(), 1)));
            }
            if (theme.strong() != null) {
                theme.strong().forEach(p -> phrases.add(new PhraseSource(p, PhraseSource.Kind.THEME, theme.id(), STRONG_WEIGHT)));
            }
        }
    }

    /** Every phrase that signals a theme. */
    public List<PhraseSource> phrases() {
        return phrases;
    }

    /** Every theme id, base and user-added: each has its own {@code news.theme.<id>} topic. */
    public Set<String> themeIds() {
        return themeIds;
    }

    record File(List<Theme> themes) {
    }

    record Theme(String id, List<String> phrases, List<String> strong) {
    }
}
