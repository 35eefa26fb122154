package se.utfall.analysis;

/**
 * The outcome of one comparison check over every figure: how many pairs were settled, and when it
 * fails, the smallest counter-example the shrinker reached and the largest shortfall found.
 */
public record ComparisonResult(Comparison check, Status status, long pairs, Example minimal, Example largest) {

    /**
     * The same check run with the template's own units and with more: a failure at either count
     * fails the check (the template's own count first, as the smaller example), and the pairs add up.
     */
    public ComparisonResult and(ComparisonResult wider) {
        ComparisonResult chosen = status == Status.FAIL || wider.status != Status.FAIL ? this : wider;
        long all = pairs + wider.pairs;
        Status s = chosen.status == Status.FAIL ? Status.FAIL : all == 0 ? Status.NOT_RUN : Status.PASS;
        return new ComparisonResult(check, s, all, chosen.minimal, chosen.largest);
    }
}
