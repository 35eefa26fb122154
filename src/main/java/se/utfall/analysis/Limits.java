package se.utfall.analysis;

import java.math.BigDecimal;
import se.utfall.contract.AnalysisLimits;

/**
 * The budget and the tolerated cliff a run judges by, and where each came from: the contract's
 * {@code analysis:} block, or a command-line option that overrides it. Null: reported, not judged.
 */
public record Limits(BigDecimal budget, String budgetFrom, BigDecimal cliff, String cliffFrom) {
    public static final Limits NONE = new Limits(null, null, null, null);

    /** The contract's limits, each overridden by its option when one is given. */
    public static Limits of(AnalysisLimits contract, BigDecimal budgetOption, BigDecimal cliffOption) {
        BigDecimal budget = budgetOption != null ? budgetOption : contract.budget();
        String budgetFrom = budgetOption != null ? "--budget" : contract.budget() != null ? "contract.yaml analysis: budget"
                : null;
        BigDecimal cliff = cliffOption != null ? cliffOption : contract.toleratedCliff();
        String cliffFrom = cliffOption != null ? "--max-cliff" : contract.toleratedCliff() != null
                ? "contract.yaml analysis: tolerated-cliff" : null;
        return new Limits(budget, budgetFrom, cliff, cliffFrom);
    }
}
