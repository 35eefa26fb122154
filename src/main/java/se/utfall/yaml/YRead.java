package se.utfall.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.utfall.problem.BadInput;
import se.utfall.problem.Suggestions;
import se.utfall.text.PlainNumber;
import se.utfall.text.WrittenNumber;

/**
 * Typed reading of YAML nodes. Each method either returns the value or throws {@link BadInput}
 * naming the file, the line, what was found and what to write instead.
 */
public final class YRead {
    private YRead() {
    }

    public static YMap map(YNode node, String what) {
        if (node instanceof YMap m) {
            return m;
        }
        throw fail(node, what + " must be a mapping of 'key: value' lines, found " + node.kind() + ".");
    }

    public static YList list(YNode node, String what) {
        if (node instanceof YList l) {
            return l;
        }
        throw fail(node, what + " must be a list ('- ' items), found " + node.kind() + ".");
    }

    /** Refuses keys outside {@code allowed}, suggesting the closest allowed one. */
    public static void onlyKeys(YMap map, Collection<String> allowed, String where) {
        for (String key : map.keys()) {
            if (!allowed.contains(key)) {
                throw BadInput.of(map.file(), map.keyLine(key), "unknown key '" + key + "' in " + where + "."
                        + Suggestions.hint(key, new TreeSet<>(allowed)));
            }
        }
    }

    public static YNode required(YMap map, String key, String where) {
        if (!map.has(key)) {
            throw BadInput.of(map.file(), map.line(), where + " is missing '" + key + ":'; add it.");
        }
        return map.get(key);
    }

    public static String text(YMap map, String key, String where) {
        return text(required(map, key, where), where + " '" + key + "'");
    }

    public static String optionalText(YMap map, String key, String fallback, String where) {
        return map.has(key) ? text(map.get(key), where + " '" + key + "'") : fallback;
    }

    public static String text(YNode node, String what) {
        if (node instanceof YScalar s && !s.isNull()) {
            return s.text();
        }
        throw fail(node, what + " must be text, found " + node.kind() + ".");
    }

    public static String choice(YNode node, Set<String> allowed, String what) {
        String value = text(node, what);
        if (!allowed.contains(value)) {
            throw fail(node, what + " is '" + value + "'." + Suggestions.hint(value, allowed));
        }
        return value;
    }

    /**
     * A number written out in digits, as a person writes it: 80.5, 80,5, 120 000 or 120 000,50 (see
     * {@link WrittenNumber}; the point is YAML's own decimal sign, so 1,000 is refused as ambiguous
     * while 1.000 is one, as it always was). An exponent ({@code 1e-999999999}) or an absurd number of
     * digits is refused at its line: BigDecimal would take it, and printing or computing with it
     * later runs out of memory far from the line that caused it.
     */
    public static BigDecimal decimal(YNode node, String what) {
        if (node instanceof YScalar s && !s.isNull()) {
            String t = s.text().trim().replace("_", "");
            try {
                return PlainNumber.YAML.parseWritten(t, WrittenNumber.DecimalSign.POINT);
            } catch (PlainNumber.Refused e) {
                throw fail(node, what + ": " + e.getMessage() + ".");
            }
        }
        throw fail(node, what + " must be a number, found " + node.kind() + ".");
    }

    public static int integer(YNode node, String what) {
        BigDecimal d = decimal(node, what);
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw fail(node, what + " must be a whole number, found '" + d.toPlainString() + "'.");
        }
    }

    public static boolean bool(YNode node, String what) {
        String t = text(node, what).toLowerCase();
        return switch (t) {
            case "true", "yes", "ja", "sant" -> true;
            case "false", "no", "nej", "falskt" -> false;
            default -> throw fail(node, what + " must be true or false, found '" + t + "'.");
        };
    }

    public static List<String> textList(YNode node, String what) {
        return list(node, what).items().stream().map(n -> text(n, what + " item")).toList();
    }

    public static BadInput fail(YNode node, String message) {
        return BadInput.of(node.file(), node.line(), message);
    }
}
