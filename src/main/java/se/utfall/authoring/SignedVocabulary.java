package se.utfall.authoring;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vocabulary as a ledger stored it when a contract was signed. Vocabularies signed before slots
 * declared their types wrote {skäl} or {gräns:[0-9 ,.]+}; the ledger must still rebuild those
 * contracts' clauses to replay their runs and settle their earlier years. Those vocabularies were
 * the library's own (rules/dsl, reviewed and pinned), and each slot name meant one kind of words in
 * them, so the name gives the type. A slot whose name is not in that list stays untyped and is
 * refused as in any vocabulary. Only stored texts are read this way: a vocabulary on disk must
 * declare its types.
 */
public final class SignedVocabulary {
    /** Every slot name the untyped vocabularies (utfall-sv.dsl, utfall-en.dsl) used, with its meaning. */
    private static final Map<String, SlotType> UNTYPED_NAMES = Map.ofEntries(
            Map.entry("klausul", SlotType.CLAUSE), Map.entry("clause", SlotType.CLAUSE),
            Map.entry("mått", SlotType.MEASURE), Map.entry("measure", SlotType.MEASURE),
            Map.entry("gräns", SlotType.NUMBER), Map.entry("limit", SlotType.NUMBER),
            Map.entry("förändring", SlotType.NUMBER), Map.entry("change", SlotType.NUMBER),
            Map.entry("belopp", SlotType.AMOUNT), Map.entry("amount", SlotType.AMOUNT),
            Map.entry("pris", SlotType.AMOUNT), Map.entry("price", SlotType.AMOUNT),
            Map.entry("tak", SlotType.AMOUNT), Map.entry("cap", SlotType.AMOUNT),
            Map.entry("antal", SlotType.COUNT), Map.entry("count", SlotType.COUNT),
            Map.entry("part", SlotType.PARTY), Map.entry("party", SlotType.PARTY),
            Map.entry("skäl", SlotType.TEXT), Map.entry("reason", SlotType.TEXT),
            Map.entry("vad", SlotType.TEXT), Map.entry("what", SlotType.TEXT),
            Map.entry("villkor", SlotType.TEXT), Map.entry("until", SlotType.TEXT));
    /** A slot in a sentence: its name and, after a colon, a type or (in old vocabularies) a pattern. */
    private static final Pattern SLOT = Pattern.compile("\\{([^{}:]+)(?::([^{}]*))?}");

    private SignedVocabulary() {
    }

    /** The stored text with each untyped slot of a sentence given the type its name stood for. */
    public static String typed(String stored) {
        StringBuilder out = new StringBuilder(stored.length() + 256);
        for (String line : stored.split("(?<=\n)", -1)) {
            out.append(line.stripLeading().startsWith("[") ? typedSentence(line) : line);
        }
        return out.toString();
    }

    /** Only the sentence (before its '=') names slots with types; the DRL after it refers to them by name. */
    private static String typedSentence(String line) {
        int equals = line.indexOf('=');
        if (equals < 0) {
            return line;
        }
        Matcher m = SLOT.matcher(line.substring(0, equals));
        StringBuilder key = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            boolean typed = m.group(2) != null && SlotType.named(m.group(2)).isPresent();
            SlotType meant = UNTYPED_NAMES.get(name);
            String slot = typed || meant == null ? m.group() : "{" + name + ":" + meant.english() + "}";
            m.appendReplacement(key, Matcher.quoteReplacement(slot));
        }
        m.appendTail(key);
        return key + line.substring(equals);
    }
}
