package io.attache.enrich.tagging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names that stand for each country: names, demonyms, capitals and leaders. The bundled
 * {@code gazetteer.yaml} covers every UN member and observer state; user files in the same layout add to it.
 */
public final class Gazetteer {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private final List<PhraseSource> phrases;
    private final Set<String> codes;

    private Gazetteer(List<PhraseSource> phrases, Set<String> codes) {
        this.phrases = List.copyOf(phrases);
        this.codes = Set.copyOf(codes);
    }

    /** The bundled gazetteer plus each user file in order. */
    public static Gazetteer load(List<Path> userFiles) {
        List<PhraseSource> phrases = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        add(DataFiles.bundled("gazetteer.yaml", File.class), "bundled gazetteer.yaml", phrases, codes);
        for (Path file : userFiles) {
            add(DataFiles.user(file, File.class), file.toString(), phrases, codes);
        }
        return new Gazetteer(phrases, codes);
    }

    private static void add(File file, String source, List<PhraseSource> phrases, Set<String> codes) {
        for (Country country : orEmpty(file.countries())) {
            String code = checkCode(country.code(), source);
            codes.add(code);
            for (List<String> names : List.of(orEmpty(country.names()), orEmpty(country.demonyms()), orEmpty(country.capitals()))) {
                names.forEach(name -> phrases.add(new PhraseSource(name, PhraseSource.Kind.COUNTRY, code, 1)));
            }
        }
        for (Person person : orEmpty(file.people())) {
            String code = checkCode(person.code(), source);
            if (person.name() == null || person.name().isBlank()) {
                throw new IllegalArgumentException(source + ": a person of " + code + " has no name");
            }
            phrases.add(new PhraseSource(person.name(), PhraseSource.Kind.COUNTRY, code, 1));
        }
    }

    private static String checkCode(String code, String source) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(source + ": country code '" + code + "' is not an ISO 3166-1 alpha-3 code");
        }
        return code;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Every phrase that names a country. */
    public List<PhraseSource> phrases() {
        return phrases;
    }

    /** Every country code known. */
    public Set<String> codes() {
        return codes;
    }

    record File(List<Country> countries, List<Person> people) {
    }

    record Country(String code, List<String> names, List<String> demonyms, List<String> capitals) {
    }

    record Person(String code, String name, String role) {
    }
}
