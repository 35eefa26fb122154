package se.utfall.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a measure's figures are to the contract, written {@code role:} under the measure in
 * contract.yaml. Only an outcome is the provider's performance; the others are figures the payment
 * depends on but the provider does not produce, so analyze holds them instead of varying them (a
 * comparison group that does better is not the provider doing worse).
 */
public enum MeasureRole {
    /** The provider's results: what the contract pays for (the default). */
    OUTCOME,
    /** A comparison or control group's figure, or a national trend the outcome is measured against. */
    COMPARISON,
    /** A figure about circumstances: base pay, the number of residents, a price index. */
    CONTEXT,
    /** A figure the contract's own course sets: an investor's balance, money already repaid. */
    STATE;

    /** The word in contract.yaml: outcome, comparison, context or state. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(MeasureRole::word).toList();
    }

    public static MeasureRole of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
