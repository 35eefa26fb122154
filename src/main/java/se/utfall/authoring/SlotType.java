package se.utfall.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.utfall.engine.Phase;
import se.utfall.problem.Suggestions;
import se.utfall.text.PlainNumber;
import se.utfall.text.WrittenNumber;

/**
 * What may fill a {slot} of a vocabulary sentence. A vocabulary declares the type of every slot
 * ({gräns:tal} or {limit:number}); the words a contract writes there are checked against it before
 * anything is expanded, because Drools' own DSL expansion would copy them into the rule code as they
 * are. Each type has an English and a Swedish name, so each vocabulary reads in its own language.
 */
public enum SlotType {
    NUMBER("number", "tal", "a number as the contract writes it: 50 000 or 90,5"),
    AMOUNT("amount", "belopp", "an amount in kronor: 50 000 or 1 250,50"),
    COUNT("count", "antal", "a whole number: 30"),
    MEASURE("measure", "mått", "a measure id of the contract (under measures in contract.yaml)"),
    CLAUSE("clause", "klausul", "a clause id of the contract, e.g. §5.4"),
    PARTY("party", "part", "a party of the contract, by its id or its name in contract.yaml"),
    PHASE("phase", "fas", "a phase: " + String.join(", ", Phase.names())),
    TEXT("text", "text", "the contract's own words, kept inside the decision line's quoted reason");

    /** The most digits a figure in a contract needs: whole kronor up to a trillion, six decimals. */
    static final int WHOLE_DIGITS = 12;
    static final int DECIMALS = 6;
    /** The longest reason a decision line quotes. */
    static final int TEXT_LENGTH = 400;

    /**
     * One token of a figure: digits, perhaps with letters or separators mistyped among them. The
     * lookahead asks for a digit and the token is then taken possessively, so a line of a million
     * digits is matched in linear time instead of trying every way to split it.
     */
    private static final String FIGURE_TOKEN = "(?=[\\p{L},.]*[0-9])[\\p{L}0-9,.]++";
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}_§.\\-]+");

    private final String english;
    private final String swedish;
    private final String means;

    SlotType(String english, String swedish, String means) {
        this.english = english;
        this.swedish = swedish;
        this.means = means;
    }

    public static Optional<SlotType> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.english.equals(n) || t.swedish.equals(n)).findFirst();
    }

    /** "number (tal), amount (belopp), ..." for a message about a vocabulary. */
    public static String names() {
        List<String> out = new ArrayList<>();
        for (SlotType t : values()) {
            out.add(t.english.equals(t.swedish) ? t.english : t.english + " (" + t.swedish + ")");
        }
        return String.join(", ", out);
    }

    public String english() {
        return english;
    }

    public String means() {
        return means;
    }

    /**
     * The words this slot takes when a written line is matched against a sentence. Loose on
     * purpose: what looks like a figure ("50 0O0", "1e9") is taken so that the check can say what is
     * wrong with it, instead of reporting the whole line as an unknown sentence.
     */
    String shape() {
        return switch (this) {
            case NUMBER, AMOUNT, COUNT -> FIGURE_TOKEN + "(?:[ \\u00a0\\u202f]+" + FIGURE_TOKEN + ")*";
            case MEASURE -> "[a-z0-9_]+";
            case CLAUSE, PHASE -> "\\S+";
            case PARTY, TEXT -> ".+?";
        };
    }

    /** What a contract may refer to, for the checks that need to know it. */
    public record Known(Set<String> measures, Set<String> clauses, Set<String> parties) {
    }

    /** The value as it goes into the rule (a figure in plain form), or the problem with the words. */
    public sealed interface Checked permits Value, Wrong {
    }

    public record Value(String text) implements Checked {
    }

    public record Wrong(String message) implements Checked {
    }

    public Checked check(String slot, String written, Known known) {
        String w = written.strip();
        return switch (this) {
            case NUMBER -> figure(w, DECIMALS, "has more decimals than a contract's figures need.");
            case AMOUNT -> figure(w, 2, "has more decimals than an amount in kronor; write at most two, like 1 250,50.");
            case COUNT -> figure(w, 0, "is not a whole number; write it like 30.");
            case MEASURE -> known(w, known.measures(), "is not a measure of the contract.");
            case CLAUSE -> known(w, known.clauses(), "is not a clause of the contract.");
            case PARTY -> party(w, known.parties());
            case PHASE -> Phase.of(w) != null ? new Value(w)
                    : new Wrong("'" + w + "' is not a phase." + Suggestions.hint(w, Phase.names()));
            case TEXT -> text("the words in {" + slot + "}", w);
        };
    }

    private static Checked figure(String w, int decimals, String tooPrecise) {
        String plain;
        try {
            plain = WrittenNumber.plain(w, WrittenNumber.DecimalSign.EITHER);
        } catch (PlainNumber.Refused ambiguous) {
            return new Wrong(ambiguous.getMessage() + ".");
        }
        if (plain == null) {
            return new Wrong("'" + w + "' is not a number; write it like 50 000 or 90,5.");
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? null : plain.substring(point + 1);
        if (whole.length() > WHOLE_DIGITS || fraction != null && fraction.length() > DECIMALS) {
            return new Wrong("'" + w + "' has more digits than a contract's figures need (at most " + WHOLE_DIGITS
                    + " before the decimal sign and " + DECIMALS + " after); write the figure the contract means.");
        }
        if (fraction != null && fraction.length() > decimals) {
            return new Wrong("'" + w + "' " + tooPrecise);
        }
        return new Value(plain);
    }

    private static Checked known(String w, Set<String> known, String notOne) {
        if (IDENTIFIER.matcher(w).matches() && known.contains(w)) {
            return new Value(w);
        }
        return new Wrong("'" + w + "' " + notOne + Suggestions.hint(w, known));
    }

    /**
     * A party is written as contract.yaml names it: its id in any case (Socialstyrelsen for
     * socialstyrelsen) or its name, of which the part before a comma is enough (HR-avdelningen).
     */
    private static Checked party(String w, Set<String> parties) {
        if (IDENTIFIER.matcher(w).matches()) {
            for (String p : parties) {
                if (p.equalsIgnoreCase(w)) {
                    return new Value(w);
                }
            }
        }
        List<String> writable = parties.stream().filter(p -> IDENTIFIER.matcher(p).matches()).sorted().toList();
        return new Wrong("'" + w + "' is not a party of the contract; write a party's id or name as contract.yaml"
                + " has it (one word of letters, digits, - . _ or §)." + Suggestions.hint(w, writable));
    }

    /**
     * Free words end up inside a quoted string in the rule code: nothing in them may end that string,
     * start an escape, or be read as code or a comment by Drools or the Java compiler.
     */
    static Checked text(String what, String w) {
        if (w.isBlank()) {
            return new Wrong(what + " is empty; write the words.");
        }
        if (w.codePointCount(0, w.length()) > TEXT_LENGTH) {
            return new Wrong(what + " is longer than " + TEXT_LENGTH + " characters; say it shorter.");
        }
        for (String[] bad : FORBIDDEN) {
            if (w.contains(bad[0])) {
                return new Wrong(what + " cannot contain " + bad[0] + " (" + bad[1] + "); write it without that.");
            }
        }
        Optional<String> invisible = Characters.invisible(w);
        if (invisible.isPresent() || w.contains("\t")) {
            return new Wrong(what + " contains the invisible character " + invisible.orElse("U+0009") + "; delete it.");
        }
        return new Value(w);
    }

    private static final String[][] FORBIDDEN = {
        {"\"", "a quotation mark would end the quoted reason"},
        {"\\", "a backslash starts an escape such as \\u0022 inside the quoted reason"},
        {"$", "$ names a rule's variable"},
        {"{", "braces mark a vocabulary's slots"},
        {"}", "braces mark a vocabulary's slots"},
        {"//", "a comment stands on a line of its own"},
        {"/*", "it starts a comment in rule code"},
        {"*/", "it ends a comment in rule code"},
    };
}
