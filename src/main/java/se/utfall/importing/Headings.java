package se.utfall.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headings of a published survey table, recognised by their Swedish (or English) names whatever
 * their case, spacing or a trailing "(%)": "Andel nöjda (%)", "ANTAL SVAR", "Svarsfrekvens". A
 * contract names a heading the table writes otherwise under {@code import: survey: columns:}.
 */
final class Headings {
    /** The headings each figure is known by, normalised (see {@link #normal}). */
    static final Map<String, List<String>> KNOWN = Map.of(
            "unit", List.of("enhet", "enhetens namn", "enhetsnamn", "verksamhet", "enhet/verksamhet",
                    "hemtjänstenhet", "hemtjänstområde", "utförare", "unit", "subject"),
            "value", List.of("andel nöjda", "andel", "andel positiva", "andel positiva svar", "resultat",
                    "andel mycket eller ganska nöjda", "nöjda", "share satisfied", "value"),
            "respondents", List.of("antal svar", "antal svarande", "svarande", "antal besvarade", "respondents"),
            "response_rate", List.of("svarsfrekvens", "svarsandel", "response rate", "response_rate"),
            "year", List.of("år", "undersökningsår", "year"),
            "question", List.of("fråga", "frågeområde", "indikator", "question"));

    private Headings() {
    }

    /** Lower case, one space between words, no "(%)", "%" or trailing ':' — how two headings are compared. */
    static String normal(String heading) {
        String s = Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace("(%)", " ").replace("%", " ").replace("*", " ");
        s = s.replaceAll("\\s+", " ").strip();
        while (s.endsWith(":") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }
}
