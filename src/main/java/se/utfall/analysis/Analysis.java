package se.utfall.analysis;

import java.util.List;
import se.utfall.contract.Contract;

/** Everything analyze found for a contract, in the order it is reported. */
public record Analysis(Contract contract, long seed, int samples, CountedMoney money, List<Focus> foci,
                       List<String> heldMeasures, List<ComparisonResult> comparisons, Cliff cliff, Exposure exposure,
                       long settlements) {

    public boolean passed() {
        return comparisons.stream().noneMatch(c -> c.status() == Status.FAIL)
                && (cliff == null || cliff.status() != Status.FAIL) && exposure.status() != Status.FAIL;
    }
}
