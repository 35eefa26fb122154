package se.utfall.derived;

import java.util.LinkedHashMap;
import java.util.Map;
import se.utfall.facts.MeasureDefinition;
import se.utfall.problem.BadInput;
import se.utfall.problem.Suggestions;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;

/**
 * Reads the {@code derived:} formulas of contract.yaml's measures and checks them before anything
 * runs: the formula parses within its limits, every name is a measure of the contract, and no derived
 * measure reads itself, directly or through others. Each error is one message at the formula's line.
 */
public final class DerivedMeasures {
    /** Decimals of a derived figure when the measure gives none (fewer when its unit allows fewer). */
    public static final int DEFAULT_DECIMALS = 2;

    private DerivedMeasures() {
    }

    /** The derived measures of {@code measures}, in an order where each follows those it reads. */
    public static Map<String, DerivedMeasure> read(YMap measures, Map<String, MeasureDefinition> defined) {
        Map<String, DerivedMeasure> derived = new LinkedHashMap<>();
        Map<String, YNode> at = new LinkedHashMap<>();
        for (String mid : measures.keys()) {
            YMap m = (YMap) measures.get(mid);
            if (!m.has("derived")) {
                continue;
            }
            YNode node = m.get("derived");
            String text = YRead.text(node, "derived");
            Formula formula;
            try {
                formula = Formula.parse(text);
            } catch (FormulaError e) {
                throw fail(node, "measure '" + mid + "': the formula \"" + shortened(text) + "\" cannot be read: "
                        + e.getMessage());
            }
            for (String name : formula.names()) {
                if (!defined.containsKey(name)) {
                    throw fail(node, "measure '" + mid + "': the formula names '" + name + "', which is not a measure"
                            + " of the contract; name one of " + String.join(", ", defined.keySet()) + "."
                            + Suggestions.hint(name, defined.keySet()));
                }
            }
            MeasureDefinition def = defined.get(mid);
            int decimals = Math.min(def.domain().decimals(), DEFAULT_DECIMALS);
            if (m.has("decimals")) {
                decimals = def.domain().decimals();
            }
            derived.put(mid, new DerivedMeasure(mid, formula, decimals));
            at.put(mid, node);
        }
        return DerivedFigures.ordered(derived, (first, loop) -> {
            throw fail(at.get(first), "measure '" + first + "' is derived from itself (" + loop + "); a derived"
                    + " measure must be computed from measured figures in the end. Break the cycle.");
        });
    }

    private static BadInput fail(YNode node, String message) {
        return YRead.fail(node, message);
    }

    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
