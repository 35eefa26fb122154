package se.utfall.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Doctest-style comparison: a line that is exactly {@code ...} in the guide stands for any number of lines, and
 * what differs on every run (the time a run was recorded, a run's 64-digit seal, how long it took) compares equal
 * to any other.
 */
final class Elision {
    static final String ANY = "...";
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z *");
    private static final Pattern SEAL = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern DURATION = Pattern.compile("\\b\\d+(\\.\\d+)? (s|ms|contracts/s)\\b");

    /** A line with what changes from run to run made the same. */
    static String canonical(String line) {
        String same = SEAL.matcher(TIME.matcher(line).replaceAll("<time> ")).replaceAll("<seal>");
        return DURATION.matcher(same).replaceAll("<n> $2");
    }

    private Elision() {
    }

    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0, new Boolean[expected.size() + 1][actual.size() + 1]);
    }

    private static boolean matches(List<String> e, int i, List<String> a, int j, Boolean[][] memo) {
        if (memo[i][j] != null) {
            return memo[i][j];
        }
        boolean result;
        if (i == e.size()) {
            result = j == a.size();
        } else if (e.get(i).equals(ANY)) {
            result = matches(e, i + 1, a, j, memo) || (j < a.size() && matches(e, i, a, j + 1, memo));
        } else {
            result = j < a.size() && canonical(e.get(i)).equals(canonical(a.get(j))) && matches(e, i + 1, a, j + 1, memo);
        }
        memo[i][j] = result;
        return result;
    }

    /**
     * The new text for a block whose output changed: the whole output, or, where the guide elided lines, as
     * many lines before the first {@code ...} and after the last one as the guide showed, around one {@code ...}.
     */
    static List<String> keepShape(List<String> expected, List<String> actual) {
        int first = expected.indexOf(ANY);
        if (first < 0) {
            return actual;
        }
        int tail = expected.size() - 1 - expected.lastIndexOf(ANY);
        if (actual.size() <= first + tail) {
            return actual;
        }
        List<String> shaped = new ArrayList<>(actual.subList(0, first));
        shaped.add(ANY);
        shaped.addAll(actual.subList(actual.size() - tail, actual.size()));
        return shaped;
    }
}
