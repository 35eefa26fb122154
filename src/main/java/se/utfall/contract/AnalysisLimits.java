package se.utfall.contract;

import java.math.BigDecimal;

/**
 * The limits analyze holds a contract to, written in contract.yaml so a plain {@code ./utfall
 * analyze} fails what the parties would not accept:
 * <pre>
 * analysis:
 *   budget: 5000000          # the most the paying parties may pay over the whole period
 *   tolerated-cliff: 100000  # the most one smallest step of a figure may change the total
 * </pre>
 * Amounts are in the contract's currency; either may be left out (null: reported, not judged).
 * {@code line} is where the block stands, for a report that says where a limit came from.
 */
public record AnalysisLimits(BigDecimal budget, BigDecimal toleratedCliff, int line) {
    public static final AnalysisLimits NONE = new AnalysisLimits(null, null, 0);
}
