package se.utfall.rulecheck;

/** Turns character offsets in a rule file into the line numbers a person sees. */
final class SourceText {
    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    int lineAt(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /**
     * The line on which {@code code} (a piece the parser cut out of this file) begins, searching
     * from {@code from}; {@code fallback} when the parser changed the text so it cannot be found.
     */
    int lineOf(String code, int from, int fallback) {
        String trimmed = code.strip();
        if (trimmed.isEmpty()) {
            return fallback;
        }
        int at = text.indexOf(trimmed, Math.max(from, 0));
        return at < 0 ? fallback : lineAt(at);
    }

    String text() {
        return text;
    }
}
