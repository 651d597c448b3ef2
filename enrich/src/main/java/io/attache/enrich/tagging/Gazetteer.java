package io.attache.enrich.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names that stand for each country, in every language the tagger reads. From data files (all in one
 * layout, bundled ones first, then the user's with {@code --gazetteer}): names, demonyms, capitals, places
 * (regions, provinces, territories), institutions used as metonyms, heads of state and government and foreign
 * ministers, and the abbreviations Chinese, Japanese and Korean write country pairs with ({@code 中柬}, {@code 日米},
 * {@code 한중}); a person's name also signals the {@code political} theme. From CLDR: every country's name in every language it covers ({@link CldrCountryNames}).
 */
public final class Gazetteer {
    /** Bundled data files, read in this order. */
    static final List<String> BUNDLED =
            List.of("gazetteer.yaml", "gazetteer-places.yaml", "gazetteer-languages.yaml", "leaders.yaml");

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    /** The base theme a person's name also signals. */
    private static final String POLITICAL = "political";

    private static volatile Gazetteer bundled;

    private final List<PhraseSource> phrases;
    private final Set<String> codes;

    private Gazetteer(List<PhraseSource> phrases, Set<String> codes) {
        this.phrases = List.copyOf(phrases);
        this.codes = Set.copyOf(codes);
    }

    /** The bundled gazetteer plus each user file in order. */
    public static Gazetteer load(List<Path> userFiles) {
        Gazetteer base = bundled();
        if (userFiles.isEmpty()) {
            return base;
        }
        Collector collector = new Collector(base.phrases, base.codes);
        for (Path file : userFiles) {
            collector.add(DataFiles.user(file, File.class), file.toString());
        }
        return collector.gazetteer();
    }

    /** Built once per process: CLDR names and compounds take a moment to generate. */
    private static Gazetteer bundled() {
        Gazetteer result = bundled;
        if (result == null) {
            synchronized (Gazetteer.class) {
                result = bundled;
                if (result == null) {
                    Collector collector = new Collector(List.of(), Set.of());
                    for (String name : BUNDLED) {
                        collector.add(DataFiles.bundled(name, File.class), "bundled " + name);
                    }
                    collector.addCldrNames();
                    bundled = result = collector.gazetteer();
                }
            }
        }
        return result;
    }

    /**
     * Every phrase that names a country, or a pair of countries; Chinese sides ({@code 中方}) also as interaction
     * cues.
     */
    public List<PhraseSource> phrases() {
        return phrases;
    }

    /** Every country code known. */
    public Set<String> codes() {
        return codes;
    }

    /** Gathers phrases file by file, then writes the pair compounds of every abbreviation seen. */
    private static final class Collector {
        private final List<PhraseSource> phrases;
        private final Set<String> codes;
        /** Per language of compounds (zh, ja, ko): each country's abbreviation. */
        private final Map<String, Map<String, String>> abbreviations = new LinkedHashMap<>();

        Collector(List<PhraseSource> phrases, Set<String> codes) {
            this.phrases = new ArrayList<>(phrases);
            this.codes = new LinkedHashSet<>(codes);
        }

        void add(File file, String source) {
            for (Country country : orEmpty(file.countries())) {
                String code = checkCode(country.code(), source);
                codes.add(code);
                for (List<String> names : List.of(
                        orEmpty(country.names()),
                        orEmpty(country.demonyms()),
                        orEmpty(country.capitals()),
                        orEmpty(country.places()),
                        orEmpty(country.institutions()))) {
                    names.forEach(name -> phrases.add(new PhraseSource(name, PhraseSource.Kind.COUNTRY, code, 1)));
                }
                abbreviation("zh", code, country.abbreviation());
                abbreviation("ja", code, country.abbreviationJa());
                abbreviation("ko", code, country.abbreviationKo());
            }
            for (Person person : orEmpty(file.people())) {
                String code = checkCode(person.code(), source);
                if (person.name() == null || person.name().isBlank()) {
                    throw new IllegalArgumentException(source + ": a person of " + code + " has no name");
                }
                List<String> names = new ArrayList<>(orEmpty(person.aliases()));
                names.add(person.name());
                for (String name : names) {
                    phrases.add(new PhraseSource(name, PhraseSource.Kind.COUNTRY, code, 1));
                    // A head of state or government or a foreign minister acting is politics, whatever else the news
                    // is.
                    phrases.add(new PhraseSource(name, PhraseSource.Kind.THEME, POLITICAL, 1));
                }
            }
        }

        private void abbreviation(String language, String code, String abbreviation) {
            if (abbreviation != null && !abbreviation.isBlank()) {
                abbreviations
                        .computeIfAbsent(language, l -> new LinkedHashMap<>())
                        .put(code, abbreviation.strip());
            }
        }

        void addCldrNames() {
            phrases.addAll(CldrCountryNames.phrases(codes, phrases));
        }

        Gazetteer gazetteer() {
            List<PhraseSource> all = new ArrayList<>(phrases);
            Set<String> names = new HashSet<>();
            phrases.forEach(p -> names.add(TextFolding.phraseKey(p.phrase())));
            // A name listed wins over a pair its characters happen to spell: 加沙 is Gaza, not 加 (Canada) + 沙 (Saudi).
            abbreviations.forEach((language, byCode) -> compounds(language, byCode).stream()
                    .filter(compound -> !names.contains(TextFolding.phraseKey(compound.phrase())))
                    .forEach(all::add));
            all.addAll(sides(all));
            return new Gazetteer(all, codes);
        }

        /**
         * Chinese names a state as a side ({@code 中方}, {@code 菲方}) when it deals with another, so a side's name
         * is a word of interaction as well.
         */
        private static List<PhraseSource> sides(List<PhraseSource> names) {
            return names.stream()
                    .filter(name -> name.kind() == PhraseSource.Kind.COUNTRY && isSide(name.phrase()))
                    .map(name -> new PhraseSource(
                            name.phrase(),
                            PhraseSource.Kind.CUE,
                            PhraseSource.Cue.INTERACTION.name(),
                            1,
                            name.language()))
                    .distinct()
                    .toList();
        }

        private static boolean isSide(String name) {
            return name.length() <= 3 && name.endsWith("方") && Scripts.isUnspaced(name.charAt(0));
        }

        /**
         * Pairs as these languages write them: two abbreviations in a row name both countries ({@code 中柬} is
         * China and Cambodia); Chinese also writes a side as its abbreviation and 方 ({@code 中方}, {@code 美方}).
         * Looked for in articles of that language only, since the same characters mean other things elsewhere.
         */
        private static List<PhraseSource> compounds(String language, Map<String, String> byCode) {
            List<PhraseSource> compounds = new ArrayList<>();
            byCode.forEach((a, abbreviationA) -> {
                if (language.equals("zh")) {
                    compounds.add(new PhraseSource(abbreviationA + "方", PhraseSource.Kind.COUNTRY, a, 1, language));
                }
                byCode.forEach((b, abbreviationB) -> {
                    if (!a.equals(b)) {
                        String pair = abbreviationA + abbreviationB;
                        compounds.add(new PhraseSource(pair, PhraseSource.Kind.COUNTRY, a, 1, language));
                        compounds.add(new PhraseSource(pair, PhraseSource.Kind.COUNTRY, b, 1, language));
                    }
                });
            });
            return compounds;
        }
    }

    private static String checkCode(String code, String source) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    source + ": country code '" + code + "' is not an ISO 3166-1 alpha-3 code");
        }
        return code;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record File(List<Country> countries, List<Person> people) {}

    /**
     * One country's entry in a gazetteer file.
     *
     * @param abbreviation   Chinese abbreviation used in pairs ({@code 柬} for Cambodia)
     * @param abbreviationJa Japanese abbreviation used in pairs ({@code 米} for the United States)
     * @param abbreviationKo Korean abbreviation used in pairs ({@code 미} for the United States)
     */
    record Country(
            String code,
            List<String> names,
            List<String> demonyms,
            List<String> capitals,
            List<String> places,
            List<String> institutions,
            String abbreviation,
            String abbreviationJa,
            String abbreviationKo,
            String note) {}

    /** A head of state or government or a foreign minister; {@code from}/{@code to} as ISO dates, informational. */
    record Person(String code, String name, List<String> aliases, String role, String from, String to, String note) {}
}
