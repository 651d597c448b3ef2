package io.attache.ingest;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import io.attache.model.LanguageSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Decides an article's language: the entry's own, else the feed's declared one, else the one configured in the
 * feeds file, else detected from the title and text (n-gram profiles of 71 languages). A declared language
 * written in another script than the text is wrong (feeds relayed by aggregators often declare {@code en} for
 * Chinese items), and then the detected language is taken; so it is when the text is long and detection is all
 * but certain of another language. Thread-safe.
 */
final class ArticleLanguage {
    /** Detection below this probability is a guess, not an answer. */
    static final double MIN_PROBABILITY = 0.85;
    /**
     * Overruling a declared language written in the text's own script takes more: feeds relayed by aggregators
     * declare {@code en} for Serbian or Spanish items, but a short item can fool detection between near languages.
     */
    static final double SURE_PROBABILITY = 0.99;

    static final int SURE_LETTERS = 200;
    /** Letters of the text read for detection and for its script; a headline and a paragraph are plenty. */
    private static final int SAMPLE = 2_000;

    private static final Map<String, String> TAG_OF_DETECTED = Map.of("zh-CN", "zh-Hans", "zh-TW", "zh-Hant");
    private static final LanguageDetector DETECTOR = detector();

    /** A language and where it came from; the language is empty when unknown. */
    record Choice(String language, LanguageSource source) {}

    private ArticleLanguage() {}

    static Choice choose(
            String entryLanguage, String feedLanguage, String configuredLanguage, String title, String text) {
        String sample = sample(title, text);
        if (!entryLanguage.isBlank()) {
            return checked(new Choice(entryLanguage.strip(), LanguageSource.ENTRY), sample);
        }
        if (!feedLanguage.isBlank()) {
            return checked(new Choice(feedLanguage.strip(), LanguageSource.FEED), sample);
        }
        if (!configuredLanguage.isBlank()) {
            return checked(new Choice(configuredLanguage.strip(), LanguageSource.CONFIG), sample);
        }
        String detected = detect(sample, MIN_PROBABILITY);
        return detected.isEmpty()
                ? new Choice("", LanguageSource.UNKNOWN)
                : new Choice(detected, LanguageSource.DETECTED);
    }

    /**
     * The declared language, unless the text is written in another script, or is long enough for detection to be
     * sure it is in another language, and detection says which.
     */
    private static Choice checked(Choice declared, String sample) {
        int textScript = dominantScript(sample);
        if (textScript == UScript.INVALID_CODE) {
            return declared;
        }
        boolean otherScript = !fits(declared.language(), textScript);
        String detected = otherScript ? detect(sample, MIN_PROBABILITY) : detectSurely(sample, declared.language());
        return detected.isEmpty() ? declared : new Choice(detected, LanguageSource.DETECTED);
    }

    /** A language other than the declared one, when the sample is long and detection all but certain; else empty. */
    private static String detectSurely(String sample, String declared) {
        if (sample.codePoints().filter(Character::isLetter).count() < SURE_LETTERS) {
            return "";
        }
        String detected = detect(sample, SURE_PROBABILITY);
        String primary = declared.split("[-_]", 2)[0];
        return detected.isEmpty() || detected.split("-", 2)[0].equals(primary) ? "" : detected;
    }

    /** The detected language tag, or empty when detection is less sure than {@code minProbability}. */
    static String detect(String sample, double minProbability) {
        List<DetectedLanguage> probabilities = DETECTOR.getProbabilities(sample);
        if (probabilities.isEmpty() || probabilities.get(0).getProbability() < minProbability) {
            return "";
        }
        String tag = probabilities.get(0).getLocale().toString();
        return TAG_OF_DETECTED.getOrDefault(tag, tag);
    }

    /** Whether a language is written in the script: {@code zh} in Han, {@code ja} in Han or kana, {@code sr} in Cyrillic or Latin. */
    private static boolean fits(String language, int script) {
        ULocale likely = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
        int expected = UScript.getCodeFromName(likely.getScript());
        if (expected == script) {
            return true;
        }
        return switch (expected) {
            case UScript.SIMPLIFIED_HAN, UScript.TRADITIONAL_HAN -> script == UScript.HAN;
            case UScript.JAPANESE -> script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA;
            case UScript.KOREAN -> script == UScript.HANGUL || script == UScript.HAN;
            // Serbian, Uzbek, Azerbaijani and others are written in two scripts.
            default ->
                likely.getLanguage().equals("sr")
                        || likely.getLanguage().equals("bs")
                        || likely.getLanguage().equals("uz");
        };
    }

    /** The script most letters of the sample are written in, or {@link UScript#INVALID_CODE} when it has none. */
    private static int dominantScript(String sample) {
        int[] counts = new int[UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1];
        sample.codePoints().filter(Character::isLetter).forEach(cp -> counts[UScript.getScript(cp)]++);
        int best = UScript.INVALID_CODE;
        int bestCount = 0;
        for (int script = 0; script < counts.length; script++) {
            if (counts[script] > bestCount && script != UScript.COMMON && script != UScript.INHERITED) {
                best = script;
                bestCount = counts[script];
            }
        }
        return best;
    }

    private static String sample(String title, String text) {
        String joined = title + "\n" + text;
        return joined.length() <= SAMPLE ? joined : joined.substring(0, SAMPLE);
    }

    private static LanguageDetector detector() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language detector's bundled profiles", e);
        }
    }
}
