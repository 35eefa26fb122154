package se.utfall.facts;

/** A measure the contract defines: its unit and which direction is better. */
public record MeasureDefinition(String id, String title, String unit, boolean higherIsBetter, String source) {
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
