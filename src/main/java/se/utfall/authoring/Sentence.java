package se.utfall.authoring;

import java.util.regex.Pattern;

/**
 * One sentence of a vocabulary: where it may stand (a condition, a consequence or a keyword such as
 * a rule's phase), the words a person writes, and the DRL it stands for.
 */
public record Sentence(Section section, String written, String expansion, int line) {

    public enum Section { CONDITION, CONSEQUENCE, KEYWORD, ANY }

    private static final Pattern ANCHORS = Pattern.compile("\\(\\?m\\)|\\^\\\\s\\*|\\(\\?!\\[\\^\\\\n]\\)");
    private static final Pattern OPTIONAL_GROUP = Pattern.compile("\\(\\?:[^()]*\\)\\?");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(\\?:([^()|]*)(?:\\|[^()]*)?\\)");
    private static final Pattern LETTER_CLASS = Pattern.compile("\\[([^\\]])[^\\]]*]");
    private static final Pattern TYPED_VARIABLE = Pattern.compile("\\{([^{}:]+):[^{}]*}");

    /**
     * The sentence as a person reads it: a vocabulary key is a regular expression, so the anchors,
     * optional words ("Om", "procent") and alternatives are shown by their first form only.
     */
    public static String readable(String key) {
        String s = ANCHORS.matcher(key).replaceAll("");
        s = TYPED_VARIABLE.matcher(s).replaceAll("{$1}");
        s = LETTER_CLASS.matcher(s).replaceAll("$1");
        s = OPTIONAL_GROUP.matcher(s).replaceAll("");
        s = ALTERNATIVES.matcher(s).replaceAll("$1");
        return s.replace("\\", "").replaceAll("\\s+", " ").strip();
    }
}
