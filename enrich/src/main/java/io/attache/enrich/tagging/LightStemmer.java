package io.attache.enrich.tagging;

/**
 * Strips one common inflectional ending from words of scripts whose languages inflect names and nouns, so that
 * a phrase written in its dictionary form matches its inflected forms: Russian, Ukrainian and Serbian case
 * endings ({@code Китай}, {@code Китая}, {@code Китаю} all become {@code кита}), Korean particles
 * ({@code 중국과}, {@code 중국은} become {@code 중국}), and Arabic clitics and suffixes ({@code والصين},
 * {@code بالصين}, {@code الصينية} become {@code صين}). Phrases and text go through the same stemmer, so a stem
 * needs only to be consistent, not linguistically right. Latin-script words are left whole (English and the
 * Romance languages list their plural forms in the data files instead), but for Serbian, Croatian and Bosnian
 * text, whose Latin-script words decline like the Cyrillic ones.
 */
final class LightStemmer {
    /**
     * Cyrillic endings, longest first within each length so the longest that fits is stripped. Surnames in -ов/-ев
     * decline as -ова, -ову, -овым ({@code Лавров}, {@code Лаврова} both become {@code лавр}); instrumental -ым/-им
     * ({@code Путиным}, {@code российским}). Ukrainian -ія names lose the whole ending in every case, as their -ії,
     * -ію forms do ({@code Росія}, {@code Росії}, {@code Росію} all become {@code рос}).
     */
    private static final String[] CYRILLIC_ENDINGS = {
        "иями", "овым", "евым", "ями", "ами", "иях", "ией", "ого", "его", "ому", "ему", "ыми", "ими", "ама", "има",
        "ією", "ске", "ски", "ска", "ова", "ову", "ове", "ева", "еву", "еве", "ях", "ах", "ий", "ый", "ой", "ей", "ая",
        "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ым", "им", "ям", "ов", "ев", "ию", "ия", "ии",
        "ью", "ья", "ье", "их", "ых", "ою", "ею", "ів", "ія", "ії", "ій", "ію", "ој", "ју", "у", "ю", "а", "я", "о",
        "е", "ы", "и", "й", "ь", "і", "ї", "є", "ј",
    };
    /** Serbian, Croatian and Bosnian endings in Latin letters, longest first within each length. */
    private static final String[] LATIN_SLAVIC_ENDINGS = {
        "skoga", "skome", "skog", "skom", "skoj", "skim", "skih", "ama", "ima", "ski", "ska", "ske", "sku", "om", "em",
        "oj", "og", "im", "ih", "u", "a", "e", "i", "o",
    };
    /** Languages written in Latin letters whose names and nouns decline ({@code Srbija}, {@code Srbije}, {@code Srbiji}). */
    static final java.util.Set<String> LATIN_SLAVIC = java.util.Set.of("sr", "hr", "bs");

    private static final String[] HANGUL_PARTICLES = {
        "에서는", "에게서", "으로는", "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "와의", "과의", "와는", "과는", "이나", "은", "는", "이", "가",
        "을", "를", "의", "에", "와", "과", "도", "로", "만",
    };
    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال", "و"};
    /**
     * The relational (nisba) endings that make an adjective or a people of a name ({@code الصيني}, {@code الصينية},
     * {@code الصينيون}), "its" and the feminine plural. Not the dual and plural {@code ان}, {@code ون}, {@code ين} or
     * the feminine {@code ة}: names end so ({@code لبنان}, {@code البحرين}, {@code سبتة}), and stripped they would be
     * words (yogurt, sea, Saturday).
     */
    private static final String[] ARABIC_SUFFIXES = {"يون", "يين", "ها", "ات", "يه", "ي"};

    private static final int MIN_CYRILLIC_STEM = 3;

    static {
        // Endings are written as spelled; words arrive folded (й is и, ї is і once accents are stripped).
        for (int i = 0; i < CYRILLIC_ENDINGS.length; i++) {
            CYRILLIC_ENDINGS[i] = CharFolding.foldPhrase(CYRILLIC_ENDINGS[i]);
        }
    }

    private static final int MIN_ARABIC_STEM = 2;

    private LightStemmer() {}

    /**
     * Stems the folded word {@code chars[start, start + length)} in place and returns its new length (at least 1);
     * words in Latin letters only when {@code latinSlavic} (the text is Serbian, Croatian or Bosnian).
     */
    static int stemLength(char[] chars, int start, int length, boolean latinSlavic) {
        if (length < 2) {
            return length;
        }
        return switch (Scripts.kind(chars[start])) {
            case Scripts.CYRILLIC -> length - ending(chars, start, length, CYRILLIC_ENDINGS, MIN_CYRILLIC_STEM);
            case Scripts.HANGUL -> length - ending(chars, start, length, HANGUL_PARTICLES, 1);
            case Scripts.ARABIC -> arabic(chars, start, length);
            default ->
                latinSlavic ? length - ending(chars, start, length, LATIN_SLAVIC_ENDINGS, MIN_CYRILLIC_STEM) : length;
        };
    }

    private static int arabic(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++) {
            chars[i] = switch (chars[i]) {
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> chars[i];
            };
        }
        int prefix = 0;
        for (String p : ARABIC_PREFIXES) {
            if (length - p.length() >= MIN_ARABIC_STEM + 1 && startsWith(chars, start, length, p)) {
                prefix = p.length();
                break;
            }
        }
        if (prefix > 0) {
            System.arraycopy(chars, start + prefix, chars, start, length - prefix);
            length -= prefix;
        }
        return length - ending(chars, start, length, ARABIC_SUFFIXES, MIN_ARABIC_STEM + 1);
    }

    /** Length of the longest listed ending of the word that leaves at least {@code minStem} chars, else 0. */
    private static int ending(char[] chars, int start, int length, String[] endings, int minStem) {
        int best = 0;
        for (String ending : endings) {
            int n = ending.length();
            if (n > best && length - n >= minStem && endsWith(chars, start, length, ending)) {
                best = n;
            }
        }
        return best;
    }

    private static boolean endsWith(char[] chars, int start, int length, String ending) {
        int offset = start + length - ending.length();
        for (int i = 0; i < ending.length(); i++) {
            if (chars[offset + i] != ending.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(char[] chars, int start, int length, String prefix) {
        if (prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (chars[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
