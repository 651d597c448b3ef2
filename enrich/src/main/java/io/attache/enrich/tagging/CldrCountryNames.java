package io.attache.enrich.tagging;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every country's name in every language CLDR covers, from ICU4J's copy of the CLDR data: {@code 柬埔寨},
 * {@code Камбоджа}, {@code カンボジア}, {@code كمبوديا}, {@code Cambodge}. Hong Kong and Macao are named as
 * themselves in CLDR and count for China here (see docs/tagging-quality.md for how places are counted).
 *
 * <p>A name is left out when it is ambiguous (CLDR gives it to two countries in different languages, or the
 * hand-written data gives it to another country), too short to be safe (under four letters in Latin script, or
 * left as the stem Serbian, Croatian and Bosnian text is read by), an everyday word of its language (Arabic مالي,
 * "financial"), or only a region code. Names in Latin script are looked for only in articles of their own language: the
 * Norwegian name of Iceland is the English word "island".
 */
final class CldrCountryNames {
    /** Regions CLDR names apart that the gazetteer counts for another code. */
    private static final Map<String, String> COUNTED_AS = Map.of("HK", "CHN", "MO", "CHN", "XK", "XKX");

    private static final int MIN_LATIN_LETTERS = 4;

    /**
     * Keys of CLDR names that are also everyday words: Arabic مالي (Mali, also spelt مالى) is "financial", and its
     * stem is that of المالية ("the financial") and مال ("money"); Ukrainian Лівія (Libya) stems as лівий ("left").
     * The gazetteer writes such countries in forms that are names only (باماكو, лівійський).
     */
    private static final Set<String> EVERYDAY_WORDS =
            Set.of(TextFolding.phraseKey("مالي"), TextFolding.phraseKey("Лівія"));

    private CldrCountryNames() {}

    /** Names for each of {@code codes}, minus those already written by hand in {@code handWritten}. */
    static List<PhraseSource> phrases(Set<String> codes, List<PhraseSource> handWritten) {
        Map<String, String> regionOf = regions(codes);
        Map<String, String> handCode = new HashMap<>();
        for (PhraseSource source : handWritten) {
            if (source.kind() == PhraseSource.Kind.COUNTRY) {
                handCode.putIfAbsent(TextFolding.phraseKey(source.phrase()), source.target());
            }
        }
        Map<String, Set<String>> codesOfKey = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ULocale locale : languages()) {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(locale);
            String language = locale.getLanguage();
            regionOf.forEach((region, code) -> {
                for (String name : variants(names.regionDisplayName(region))) {
                    if (usable(name, region, language)) {
                        Candidate candidate = new Candidate(
                                new PhraseSource(
                                        name,
                                        PhraseSource.Kind.COUNTRY,
                                        code,
                                        1,
                                        PhraseSource.restriction(name, language)),
                                TextFolding.phraseKey(name));
                        candidates.add(candidate);
                        codesOfKey
                                .computeIfAbsent(candidate.key(), k -> new HashSet<>())
                                .add(code);
                    }
                }
            });
        }
        List<PhraseSource> phrases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Candidate candidate : candidates) {
            String hand = handCode.get(candidate.key());
            boolean unambiguous = codesOfKey.get(candidate.key()).size() == 1;
            if (unambiguous
                    && hand == null
                    && seen.add(candidate.key() + "|" + candidate.source().language())) {
                phrases.add(candidate.source());
            }
        }
        return phrases;
    }

    /** A CLDR name and its folded key, folded once. */
    private record Candidate(PhraseSource source, String key) {}

    /** Region code (alpha-2) of each country code the gazetteer knows, and the regions counted for them. */
    private static Map<String, String> regions(Set<String> codes) {
        Map<String, String> regionOf = new HashMap<>();
        for (String region : ULocale.getISOCountries()) {
            String alpha3 = new ULocale("", region).getISO3Country();
            if (codes.contains(alpha3)) {
                regionOf.put(region, alpha3);
            }
        }
        COUNTED_AS.forEach((region, code) -> {
            if (codes.contains(code)) {
                regionOf.put(region, code);
            }
        });
        return regionOf;
    }

    /** One locale per language and script CLDR has names in (zh and zh-Hant, sr and sr-Latn, ...). */
    private static Set<ULocale> languages() {
        Set<ULocale> locales = new LinkedHashSet<>();
        for (ULocale locale : ULocale.getAvailableLocales()) {
            if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty()) {
                locales.add(locale);
            }
        }
        return locales;
    }

    /** "Myanmar (Burma)" is two names; "Hong Kong SAR China" is written whole. */
    private static List<String> variants(String displayName) {
        List<String> variants = new ArrayList<>();
        for (String part : displayName.split("[()（）]")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                variants.add(trimmed);
            }
        }
        return variants;
    }

    private static boolean usable(String name, String region, String language) {
        if (name.equalsIgnoreCase(region) || EVERYDAY_WORDS.contains(TextFolding.phraseKey(name))) {
            return false;
        }
        if (LightStemmer.LATIN_SLAVIC.contains(language)
                && letters(TextFolding.phraseKey(name, true)) < MIN_LATIN_LETTERS) {
            // Serbian, Croatian and Bosnian are read stemmed: Danska leaves "dan", the stem of dana ("days").
            return false;
        }
        if (!Scripts.isLatin(name)) {
            // One character of Chinese or Japanese is a syllable of countless words (刚果（金）is Congo, 金 is gold).
            return name.codePoints().filter(Character::isLetter).count() >= 2;
        }
        return letters(name) >= MIN_LATIN_LETTERS
                && !name.toUpperCase(Locale.ROOT).equals(name);
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetter).count();
    }
}
