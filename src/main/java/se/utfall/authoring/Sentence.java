package se.utfall.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a vocabulary: where it may stand (a condition, a consequence or a keyword such as
 * a rule's phase), the words a person writes, the DRL it stands for, and its typed slots. A written
 * line is this sentence only if the whole line matches it; the words in each slot are then checked
 * by the slot's type before they are put into the DRL.
 */
public record Sentence(Section section, String written, String expansion, int line, List<Slot> slots, Pattern pattern) {

    public enum Section { CONDITION, CONSEQUENCE, KEYWORD, ANY }

    /** A {name:type} of the sentence. */
    public record Slot(String name, SlotType type) {
    }

    /** A sentence known by its words only (for suggesting sentences). */
    public Sentence(Section section, String written, String expansion, int line) {
        this(section, written, expansion, line, List.of(), null);
    }

    private static final Pattern ANCHORS = Pattern.compile("\\(\\?m\\)|\\^\\\\s\\*|\\(\\?!\\[\\^\\\\n]\\)");
    private static final Pattern OPTIONAL_GROUP = Pattern.compile("\\(\\?:[^()]*\\)\\?");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(\\?:([^()|]*)(?:\\|[^()]*)?\\)");
    private static final Pattern LETTER_CLASS = Pattern.compile("\\[([^\\]])[^\\]]*]");
    private static final Pattern TYPED_VARIABLE = Pattern.compile("\\{([^{}:]+):[^{}]*}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

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

    /** The words in each slot when the whole line is this sentence, in the order of the slots. */
    Optional<Map<Slot, String>> match(String line) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<Slot, String> words = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            words.put(slots.get(i), m.group(i + 1));
        }
        return Optional.of(words);
    }

    /** The DRL of the sentence with each slot's checked value in its place. */
    String expand(Map<String, String> values) {
        return PLACEHOLDER.matcher(expansion).replaceAll(p -> Matcher.quoteReplacement(values.get(p.group(1))));
    }
}
