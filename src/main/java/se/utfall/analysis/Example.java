package se.utfall.analysis;

import java.math.BigDecimal;

/**
 * A concrete pair of trajectories of one figure, what each is paid, how much the worse one gets
 * beyond the better, and the clause that makes the difference (null when not worked out).
 */
public record Example(Focus focus, Pair pair, Payout better, Payout worse, BigDecimal shortfall, Difference clause) {

    public Example(Focus focus, Pair pair, Payout better, Payout worse, BigDecimal shortfall) {
        this(focus, pair, better, worse, shortfall, null);
    }

    /** This example with the clause that makes its difference, settled in full by the evaluator. */
    Example explained(Evaluator evaluator) {
        return new Example(focus, pair, better, worse, shortfall, Difference.between(
                evaluator.settle(java.util.Map.of(focus, pair.better())),
                evaluator.settle(java.util.Map.of(focus, pair.worse())), evaluator.money()));
    }
}
