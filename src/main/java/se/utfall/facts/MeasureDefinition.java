package se.utfall.facts;

/**
 * A measure the contract defines: its unit, which direction is better, and the values a figure of
 * it may take ({@link MeasureDomain}; checked when measurements are read).
 */
public record MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source,
                                MeasureDomain domain) {

    /** A measure whose domain is its unit's (any value for a unit Utfall does not know). */
    public MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source) {
        this(id, title, unit, higherIsBetter, source,
                MeasureDomain.ofUnit(unit).orElseGet(() -> MeasureDomain.bounded(unit)));
    }

    /**
     * The unit, for rules: write {@code $unit : unitName}. {@code unit} is a keyword of Drools'
     * executable-model parser, so a rule binding {@code unit} cannot be compiled for the disk cache.
     */
    public String unitName() {
        return unit;
    }

    public boolean lowerIsBetter() {
        return !higherIsBetter;
    }
}
