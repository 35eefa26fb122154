package se.utfall.derived;

/**
 * A measure the contract computes from others instead of having it measured: its formula and the
 * decimals its figure is rounded to, once, half-up.
 */
public record DerivedMeasure(String id, Formula formula, int decimals) {
}
