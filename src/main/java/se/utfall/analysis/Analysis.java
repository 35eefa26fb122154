package se.utfall.analysis;

import java.util.List;
import se.utfall.contract.Contract;

/**
 * Everything analyze found for a contract, in the order it is reported. units is the template's
 * own number of units and widest the most the comparisons were also run with (equal when the
 * template already had that many). limits says where the budget and the tolerated cliff came from.
 */
public record Analysis(Contract contract, long seed, int samples, CountedMoney money, List<Focus> foci,
                       List<String> heldMeasures, List<ComparisonResult> comparisons, Cliff cliff, Exposure exposure,
                       long settlements, int units, int widest, Limits limits) {

    public boolean passed() {
        return comparisons.stream().noneMatch(c -> c.status() == Status.FAIL)
                && (cliff == null || cliff.status() != Status.FAIL) && exposure.status() != Status.FAIL;
    }

    /** This analysis with the comparisons also run with more units (see ComparisonResult.and). */
    public Analysis withWider(List<ComparisonResult> wider, long moreSettlements, int widestUnits) {
        List<ComparisonResult> merged = new java.util.ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            merged.add(comparisons.get(i).and(wider.get(i)));
        }
        return new Analysis(contract, seed, samples, money, foci, heldMeasures, List.copyOf(merged), cliff, exposure,
                settlements + moreSettlements, units, widestUnits, limits);
    }
}
