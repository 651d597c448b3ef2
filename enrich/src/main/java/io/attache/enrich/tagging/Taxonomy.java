package io.attache.enrich.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The themes and the phrases that signal them, in every language the tagger reads. The bundled
 * {@code taxonomy.yaml} holds the base themes consumers depend on, with English phrases; each bundled
 * {@code taxonomy-<language>.yaml} adds the same themes' phrases in one language. User files in the same
 * layout ({@code --taxonomy}) add themes or phrases; a file's optional {@code language} key names the language
 * of its phrases.
 */
public final class Taxonomy {
    /** Languages with a bundled phrase file {@code taxonomy-<language>.yaml}. */
    static final List<String> BUNDLED_LANGUAGES = List.of(
            "zh", "fr", "es", "ru", "de", "pt", "uk", "ja", "ko", "vi", "ar", "sr", "it", "id", "tr", "th", "km");

    private static final Pattern THEME_ID = Pattern.compile("[a-z0-9_]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
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
        Set<String> baseIds = Set.copyOf(ids);
        for (String language : BUNDLED_LANGUAGES) {
            String name = "taxonomy-" + language + ".yaml";
            add(DataFiles.bundled(name, File.class), "bundled " + name, phrases, ids);
        }
        if (!ids.equals(baseIds)) {
            throw new IllegalStateException("a bundled language file adds a theme the base taxonomy lacks: " + ids);
        }
        for (Path file : userFiles) {
            add(DataFiles.user(file, File.class), file.toString(), phrases, ids);
        }
        return new Taxonomy(phrases, ids);
    }

    private static void add(File file, String source, List<PhraseSource> phrases, Set<String> ids) {
        if (file.themes() == null) {
            throw new IllegalArgumentException(source + ": no 'themes' list");
        }
        String language = file.language() == null ? "" : file.language();
        if (!language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException(
                    source + ": language '" + language + "' is not a primary language subtag such as fr or zh");
        }
        for (Theme theme : file.themes()) {
            if (theme.id() == null || !THEME_ID.matcher(theme.id()).matches()) {
                throw new IllegalArgumentException(
                        source + ": theme id '" + theme.id() + "' is not valid: use a-z, 0-9 and '_'");
            }
            ids.add(theme.id());
            addAll(theme.phrases(), PhraseSource.Kind.THEME, 1, theme.id(), language, phrases);
            addAll(theme.strong(), PhraseSource.Kind.THEME, STRONG_WEIGHT, theme.id(), language, phrases);
            addAll(theme.supporting(), PhraseSource.Kind.THEME_SUPPORT, 1, theme.id(), language, phrases);
        }
    }

    private static void addAll(
            List<String> list,
            PhraseSource.Kind kind,
            int weight,
            String id,
            String language,
            List<PhraseSource> phrases) {
        if (list != null) {
            list.forEach(
                    p -> phrases.add(new PhraseSource(p, kind, id, weight, PhraseSource.wordRestriction(p, language))));
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

    record File(String language, List<Theme> themes) {}

    /**
     * One theme's phrases in one file: {@code phrases} count 1, {@code strong} ones 2, and {@code supporting} ones
     * count 1 only where a phrase of the other two lists signals the theme too.
     */
    record Theme(String id, List<String> phrases, List<String> strong, List<String> supporting) {}
}
