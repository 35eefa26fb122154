package se.utfall.authoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.utfall.problem.Suggestions;

/**
 * The sentences of a vocabulary closest to a line nobody defined. Compared word by word: a
 * {variable} stands for one or more words at no cost, a misspelt word costs its share of letters
 * wrong, a missing or extra word costs one. So "Om nojdhet för en enhet i år är minst 90 procnt"
 * is closest to "{mått} för en enhet i år är minst {gräns}".
 */
public final class ClosestSentences {
    private static final int SHOWN = 3;

    private ClosestSentences() {
    }

    public static List<String> to(String written, List<Sentence> candidates) {
        List<String> words = words(written);
        record Scored(String sentence, double cost) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Sentence s : candidates) {
            List<String> pattern = words(s.written());
            double cost = distance(words, pattern) / Math.max(1, Math.max(words.size(), literalCount(pattern)));
            scored.add(new Scored(s.written(), cost));
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::cost).thenComparing(Scored::sentence))
                .map(Scored::sentence).distinct().limit(SHOWN).toList();
    }

    private static long literalCount(List<String> pattern) {
        return pattern.stream().filter(w -> !isVariable(w)).count();
    }

    private static boolean isVariable(String word) {
        return word.startsWith("{") && word.endsWith("}");
    }

    static List<String> words(String text) {
        String lower = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : lower.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Word-level edit distance in which a {variable} absorbs one or more words for free. */
    static double distance(List<String> words, List<String> pattern) {
        int n = words.size();
        int m = pattern.size();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + 1;
            for (int i = 1; i <= n; i++) {
                String p = pattern.get(j - 1);
                double best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1);
                if (isVariable(p)) {
                    // the variable takes word i, alone or after the words it already took
                    best = Math.min(best, Math.min(d[i - 1][j - 1], d[i - 1][j]));
                } else {
                    best = Math.min(best, d[i - 1][j - 1] + wordCost(words.get(i - 1), p));
                }
                d[i][j] = best;
            }
        }
        return d[n][m];
    }

    private static double wordCost(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int edits = Suggestions.distance(a, b);
        double share = (double) edits / Math.max(a.length(), b.length());
        return share <= 0.4 ? share : 1;  // a typo, or simply another word
    }
}
