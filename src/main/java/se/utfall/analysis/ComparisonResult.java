package se.utfall.analysis;

/**
 * The outcome of one comparison check over every figure: how many pairs were settled, and when it
 * fails, the smallest counter-example the shrinker reached and the largest shortfall found.
 */
public record ComparisonResult(Comparison check, Status status, long pairs, Example minimal, Example largest) {
}
